"""A role picked out by what the speaker saw of her, by "local", or by a Tagalog possessive, round 31 (issue 10).

Why: the rules read a definite role with a mark after "with" ("the pharmacist with the purple hair",
``role_np_mark``) and a possessive role in many languages. v28-v30 held the same people in forms no
row read: one of several people at an event told apart by her clothes ("the bridesmaid in the green
dress", "the usher in the red jacket"), a role of the speaker's own area ("a local wedding
photographer", "the local vicar"), the German, Romance and Dutch mark phrases ("die Arzthelferin mit
den Locken", "la cajera con el pelo rosa", "a farmacêutica de cabelo roxo", "la pharmacienne aux
cheveux roses", "de kapster met de blauwe pony"), a Tagalog personal article with a first-person
possessive after the noun ("si ex-boyfriend ko", "ang ate ko": "si"/"kay" mark a person, "ko"/"mo"/
"namin" say whose), and a South Slavic neighbour placed by her floor ("susjeda s trećeg kata"). The
class is one specific individual the user knows, picked out by role + where/what; each row reads its
grammar, not a list of sentences.

NOT read: an indefinite role with clothes ("a nurse in a white dress, stock photo": a type), a costume
or uniform ("the nurse in the white uniform"), a description of the requested picture ("the maid in the
skimpy dress"), a plain person noun with a mark ("the woman in the red dress", "la mujer con el pelo
rosa": a character as often as a person, as in the older rows), fiction after the phrase ("the
bridesmaid in the green dress from the movie"). A person found in a NON-sexual prompt changes nothing:
the ``ncii`` profile blocks only sexual AND real person ("put a santa hat on the postwoman with the silver
bob" is allowed).

Every row is a bounded alternation gated by literals every match holds (:func:`.roles_ml._gated`).
"""

from __future__ import annotations

from .private_lexicon import _DE_ROLE_WORD, _ES_ROLE, _FR_ROLE, _IT_ROLE, _NL_ROLE, _PT_ROLE
from .roles_ml import _gated

__all__ = ["PRIVATE_MARKED_PATTERNS"]

#: Everyday and event roles one of whom the speaker tells apart by clothes (not "maid", "nurse
#: uniform" tropes: a costume word after the garment is refused below).
_EN_SEEN_ROLE = (
    r"bridesmaid|maid\s+of\s+hono(?:u)?r|usher|receptionist|cashier|barista|waitress|waiter|bartender|barmaid"
    r"|teller|bank\s+teller|clerk|librarian|pharmacist|dentist|hygienist|dental\s+hygienist|physio|trainer"
    r"|instructor|coach|teacher|tutor|lecturer|professor|photographer|caterer|hostess|courier|postwoman|postman"
    r"|postie|lifeguard|cleaner|shop\s+assistant|sales\s+assistant|assistant|estate\s+agent|letting\s+agent|realtor"
    r"|hairdresser|stylist|beautician|vet|midwife|carer|steward|flight\s+attendant|conductor"
    r"|ticket\s+inspector|attendant|volunteer|saleswoman|saleslady|shopkeeper|florist|baker|supervisor|manager"
    r"|intern|organiser|organizer|coordinator|celebrant|registrar|vicar|childminder"
    r"|neighbou?r|landlady|colleague|coworker|co-worker|classmate|driver|guard|security\s+guard|bouncer|doorman"
)
#: Garments and worn things that tell one person apart ("in the green dress", "in the yellow raincoat").
_EN_GARMENT = (
    r"dress|jumper|sweater|jacket|hoodie|coat|cardigan|scarf|hat|cap|beanie|blouse|shirt|t-shirt|tee|suit|tracksuit"
    r"|fleece|raincoat|overalls|dungarees|apron|gilet|puffer|parka|headscarf|hijab|glasses|specs|sunglasses|boots"
    r"|trainers|sneakers|skirt|jeans|lanyard|hi-vis|tie|bow\s+tie|waistcoat|turtleneck|poncho|kimono|sari|saree"
)
#: Words before a garment that describe the requested picture, not the person ("the skimpy dress").
_EN_PICTURE_WORD = (
    r"sexy|skimpy|tight|tiny|short|see-through|sheer|slutty|revealing|low-cut|lacy|lace|latex|leather|wet"
    r"|transparent|torn|ripped|open|unbuttoned|undone|slinky|clingy|naughty|fetish|bridal\s+lingerie"
)
_EN_FICTION_BEFORE = (
    r"oc|fictional|fantasy|anime|manga|cartoon|sexy|slutty|naughty|porn|generic|random|stock|hypothetical|imaginary"
    r"|ai|virtual|dream|video\s+game|game"
)
_EN_COSTUME_AFTER = r"(?!\s+(?:costume|outfit|uniform|cosplay|character|oc|trope|fantasy|roleplay|aesthetic|style|look)\b)"
#: Not a work, a dream or a game in the next words ("the bridesmaid in the green dress from the movie").
_EN_NOT_FICTION = (
    r"(?![a-z0-9\s,'-]{0,40}?\b(?:movie|film|series|show|tv|sitcom|anime|manga|comic|book|novel|game|painting|story"
    r"|fanfic|character|cartoon|disney|marvel|dream|fantasy|roleplay|rp)\b)"
)
#: Roles a "local" makes one person of the speaker's area ("a local wedding photographer"). Plain person
#: nouns stay out ("a local girl" is a porn tag).
_EN_LOCAL_ROLE = (
    _EN_SEEN_ROLE
    + r"|[a-z]{3,}(?:ographer|ician|ist)|mechanic|plumber|electrician|roofer|gardener|handyman|builder|butcher"
    r"|barber|priest|pastor|rabbi|imam|councillor|councilor|dj|farmer|vendor|shop\s+owner|owner|mum|mom|dad"
)
_EN_NOT_LOCAL_AGENT = r"(?!(?:artist|stylist|realist|theorist|tourist|nudist|exhibitionist|naturist|fetishist)\b)"

# --- German, Romance, Dutch: a definite role + "with the <mark>" ------------------------------------
_DE_MARK = (
    r"haar|haaren|haarschnitt|frisur|locken|lockenkopf|zopf|zopfen|pferdeschwanz|dutt|pony|bob|brille|tattoo|tattoos"
    r"|tatowierung|tatowierungen|piercing|piercings|nasenring|nasenpiercing|bart|sommersprossen|akzent|zahnspange"
    r"|hund|headset|glatze|undercut|dreadlocks|strahnen|muttermal|narbe|grubchen|kopftuch|ohrringen|creolen"
)
_DE_ART = r"dem|der|den|einem|einer|einen|ihrem|ihrer|ihren|seinem|seiner|seinen"
_DE_NOT_PLAIN = r"(?!(?:frau|mann|madchen|ehefrau|ehemann|freundin|freund|ex)\b)"
_DE_NOT_FICTION = (
    r"(?![a-z0-9\s,'-]{0,40}?\b(?:film|serie|buch|roman|spiel|videospiel|anime|manga|comic|traum|fernsehen|gemalde)\b)"
)
_ES_MARK = (
    r"pelo|cabello|melena|flequillo|trenza|trenzas|coleta|mono|rizos|gafas|lentes|tatuaje|tatuajes|piercing|piercings"
    r"|aro\s+en\s+la\s+nariz|acento|perro|brackets|pecas|barba|mechas|rastas|pañuelo|panuelo|lunar|cicatriz"
)
_PT_MARK = (
    r"cabelo|franja|tranca|trancas|rabo\s+de\s+cavalo|coque|cachos|oculos|tatuagem|tatuagens|piercing|piercings"
    r"|sotaque|cachorro|aparelho|sardas|barba|mechas|dreads|lenco|pinta|cicatriz"
)
_IT_MARK = (
    r"capelli|caschetto|frangia|frangetta|treccia|trecce|coda|chignon|ricci|occhiali|tatuaggio|tatuaggi|piercing"
    r"|accento|cane|apparecchio|lentiggini|barba|meches|neo|cicatrice"
)
_FR_MARK = (
    r"cheveux|frange|tresse|tresses|queue\s+de\s+cheval|chignon|boucles|lunettes|tatouage|tatouages|piercing|piercings"
    r"|accent|chien|appareil|taches\s+de\s+rousseur|barbe|meches|dreadlocks|carre|coupe|foulard|grain\s+de\s+beaute"
    r"|cicatrice"
)
_NL_MARK = (
    r"haar|haren|pony|vlecht|vlechten|paardenstaart|knot|krullen|bril|tattoo|tattoos|tatoeage|tatoeages|piercing"
    r"|piercings|accent|hond|beugel|sproeten|baard|coupe|bobkapsel|hoofddoek|moedervlek|litteken"
)
_ROM_NOT_PLAIN = r"(?!(?:mujer|esposa|novia|amiga|mulher|amiga|namorada|donna|moglie|ragazza|femme|amie|copine|vrouw|vriendin|ex)\b)"
_ROM_NOT_FICTION = (
    r"(?![a-z0-9\s,'-]{0,40}?\b(?:pelicula|filme|film|serie|libro|livro|roman|novela|romanzo|juego|jogo|gioco|jeu"
    r"|anime|manga|comic|sueno|sonho|sogno|reve|tableau|pintura|quadro)\b)"
)

# --- Tagalog: a personal article + a noun + a possessive after it ----------------------------------
#: Words that after "si/kay" are no person of the speaker's ("si waifu ko" is a character).
_TL_NOT = r"(?!(?:waifu|husbando|oc|character|karakter|idol|bias|anime|manga)\b)"
#: Relations and roles after "ang/yung/ung" (the common article also takes things: "ang kama ko").
_TL_REL = (
    r"ex(?:-[a-z]+)?|boyfriend|girlfriend|bf|gf|jowa|syota|nobya|nobyo|asawa|misis|mister|ate|kuya|tita|tito"
    r"|pinsan|kapitbahay|kaibigan|bestfriend|best\s+friend|bff|bayaw|hipag|biyenan|manugang|boss|amo|teacher"
    r"|titser|guro|prof|classmate|kaklase|officemate|katrabaho|ka-work|coworker|crush|landlady|kasera|kasambahay"
    r"|yaya|labandera|tutor|trainer|coach|neighbor|neighbour|roommate|housemate|dormmate|tropa|barkada|kumare"
    r"|kumpare|inaanak|ninang|ninong|stepmom|stepsister|step-sister"
)
_TL_MINE = r"ko|mo|namin|natin|nyo|niyo|ninyo"

# --- Croatian, Serbian, Bosnian, Slovene: a neighbour or colleague by floor or workplace -----------
_SH_PERSON = (
    r"susjed[a-z]{0,3}|sused[a-z]{0,3}|komsinic[a-z]{0,2}|komsij[a-z]{0,2}|kolegic[a-z]{0,2}|koleg[aeiu]"
    r"|sosed[a-z]{0,3}|sodelavk[a-z]{0,2}|cimeric[a-z]{0,2}|cimerk[a-z]{0,2}"
)
_SH_PLACE = (
    r"kata|sprata|nadstropja|etaze|ulaza|zgrade|hodnika|posla|ureda|firme|faksa|pisarne|sluzbe|stubista|haustora"
)

PRIVATE_MARKED_PATTERNS = [
    ("en_role_in_garment", 0.75,
     _gated((" in the ",),
            rf"\bthe\s+(?!(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_FICTION_BEFORE})\b)(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_SEEN_ROLE})"
            rf"\s+in\s+the\s+(?!(?:[a-z'-]+\s+){{0,1}}?(?:{_EN_PICTURE_WORD})\b)(?:[a-z'-]+\s+){{1,2}}?(?:{_EN_GARMENT})\b"
            rf"{_EN_COSTUME_AFTER}{_EN_NOT_FICTION}")),
    ("en_local_role", 0.75,
     _gated(("local ",),
            rf"\b(?:a|an|the|this|that|our)\s+local\s+(?!(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_FICTION_BEFORE})\b)"
            rf"(?:[a-z'-]+\s+){{0,2}}?{_EN_NOT_LOCAL_AGENT}(?:{_EN_LOCAL_ROLE})\b{_EN_COSTUME_AFTER}{_EN_NOT_FICTION}")),
    ("de_role_with_mark", 0.75,
     _gated((" mit ",),
            rf"\b(?:die|der|den|dem|diese|dieser|diesen|unsere|unser|unserer|unseren)\s+(?:[a-z]+e[nrs]?\s+){{0,2}}"
            rf"{_DE_NOT_PLAIN}{_DE_ROLE_WORD}\s+mit\s+(?:(?:{_DE_ART})\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_DE_MARK})\b"
            rf"{_DE_NOT_FICTION}")),
    ("romance_role_with_mark", 0.75,
     _gated((" con ", " de ", " com ", " dai ", " coi ", " aux ", " au ", " avec "),
            rf"\b(?:la|el|esa|ese|aquella)\s+{_ROM_NOT_PLAIN}(?:{_ES_ROLE})\s+(?:con|de)\s+(?:(?:el|la|los|las|un|una)\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_ES_MARK})\b{_ROM_NOT_FICTION}"
            rf"|\b(?:a|o|essa|esse|aquela)\s+{_ROM_NOT_PLAIN}(?:{_PT_ROLE})\s+(?:com|de)\s+(?:(?:o|a|os|as|um|uma)\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_PT_MARK})\b{_ROM_NOT_FICTION}"
            rf"|\b(?:la|il|quella|quel)\s+{_ROM_NOT_PLAIN}(?:{_IT_ROLE})\s+(?:con|dai|dagli|coi|col)\s+(?:(?:il|la|i|gli|le|lo)\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_IT_MARK})\b{_ROM_NOT_FICTION}"
            rf"|\b(?:la|le|cette|ce)\s+{_ROM_NOT_PLAIN}(?:{_FR_ROLE})\s+(?:aux|au|avec\s+(?:le|la|les|l'|son|sa|ses|un|une))\s*"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_FR_MARK})\b{_ROM_NOT_FICTION}")),
    ("nl_role_with_mark", 0.75,
     _gated((" met ",),
            rf"\b(?:de|die|dat|het|onze)\s+(?:[a-z]+e\s+)?{_ROM_NOT_PLAIN}(?:{_NL_ROLE})\s+met\s+(?:(?:de|het|die|dat|haar|zijn|een)\s+)?"
            rf"(?:[a-z-]+\s+){{0,2}}?(?:{_NL_MARK})\b{_ROM_NOT_FICTION}")),
    ("tl_article_noun_mine", 0.75,
     _gated((" ko", " mo", " namin", " natin", " nyo", " niyo", " ninyo"),
            rf"\b(?:si|kay)\s+{_TL_NOT}[a-z][a-z'-]{{1,20}}\s+(?:{_TL_MINE})\b"
            rf"|\b(?:ang|yung|ung|sa)\s+(?:{_TL_REL})\s+(?:{_TL_MINE})\b")),
    ("sh_person_from_floor", 0.75,
     _gated((" s ", " sa ", " iz ", " z "),
            rf"\b(?:{_SH_PERSON})\s+(?:s|sa|iz|z)\s+(?:[a-z]+\s+)?(?:{_SH_PLACE})\b")),
]
