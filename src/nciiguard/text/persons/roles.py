"""Role phrases that point at ONE person: "that tiktok dancer", "the bride in this photo", "die
Kassiererin bei Aldi", "la barista sotto casa", "kassörskan på ICA", "bu fotoğraftaki gelin".

:mod:`.private` reads a possessive before a relation ("my coworker") and a person noun with the
place the speaker meets them ("the girl from accounting"). Its nouns are mostly workplace, family
and service roles of seven languages; what it missed are public and media roles ("streamer",
"weather presenter", "bride", "model", "cosplayer") and the anchors that make any role specific.

The rule (decided for this branch, documented on the signal page): a role or person noun names a
specific person only when something ANCHORS it to one individual:

1. **picture deixis**: the person is in a picture the request points at: "the bride in this
   photo", "the model in this ad", "la mariée sur cette photo", "de bruid op deze foto", "femeia
   din poza asta", "bu fotoğraftaki gelin", "pengantin di foto ini" (the picture word must be a
   photo, video, ad or post, not a painting or a film);
2. **demonstrative at a subject slot**: "that tiktok dancer", "cette streameuse", "ta streamerka",
   "den där streamern", "şu tiktok dansçısı", "streamer itu", "streamerița aia": a demonstrative
   before a role noun (not a plain "woman": captions say "this woman is ..."); in English the
   demonstrative must open an item or follow a request word ("make that streamer ...", "nudes of
   that cosplayer"), since "that" is also a relative pronoun ("the dress that model wore");
3. **a named or local place**: a definite role with the place where the speaker knows it: a name
   written with a capital or a channel number ("the barista on Elm Street", "die Kassiererin bei
   Aldi", "la présentatrice météo de TF1", "väderpresentatören på SVT", "Migros'taki kasiyer",
   "kasir Indomaret itu"), or a fixed local phrase ("la barista sotto casa", "die Bäckerin
   gegenüber", "la boulangère d'en face").

NOT a specific person: an indefinite role ("a bride in a white dress", "a dancer on stage"), a
bare definite role in a caption ("the dancer leaps", "the bride smiles"), a role in a work of
fiction ("the nurse in the painting"), a costume ("that nurse outfit"). So a generic sexual art
prompt ("a nude bride in a classical painting style", "nude figure study of a dancer") carries no
person and is reviewed for sexual content alone, never blocked as NCII.

Reported as ``private_person`` (0.75; ``pattern`` ``role_in_picture``, ``role_demonstrative`` or
``role_at_place``). Patterns run over the folded view (lower case, no diacritics); the capital of
a named place is checked on the original text. Every pattern is a bounded alternation: linear.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .private import _ALL_PERSON

__all__ = ["role_findings"]

# --- role nouns (folded), by language --------------------------------------------------------
#: Public, media and event roles the private table lacks, and common service roles (all numbers).
_ROLE = (
    # en
    r"brides?|grooms?|bridesmaids?|models?|dancers?|streamers?|e-?girls?|presenters?|weather\s+(?:girl|woman|lady|presenter|man)"
    r"|weathergirl|weatherwoman|anchors?|anchorwoman|news\s?(?:anchor|reader|caster|lady|woman)|newsreader|newscaster"
    r"|reporters?|journalists?|hosts?|hostess|singers?|cosplayers?|actress|actor|youtubers?|tiktokers?|influencers?"
    r"|instagrammers?|vloggers?|gamers?|camgirls?|cam\s+girls?|performers?|gymnasts?|skaters?|surfers?|yoga\s+teacher"
    r"|cashiers?|baristas?|waitress|waiters?|bartenders?|receptionists?|florists?|bakers?|pharmacists?|hairdressers?"
    r"|flight\s+attendants?|stewardess|nurses?|doctors?|dentists?|teachers?|trainers?|instructors?|lifeguards?"
    r"|redheads?|blondes?|brunettes?|milfs?|cheerleaders?|ring\s+girls?|promo\s+girls?|shop\s+assistants?"
    # fr
    r"|mariee|modele|mannequin|danseuse|streameuse|presentatrice|animatrice|chanteuse|actrice|youtubeuse|tiktokeuse"
    r"|influenceuse|journaliste|boulangere|fleuriste|caissiere|serveuse|pharmacienne|coiffeuse|vendeuse|infirmiere"
    # es
    r"|novia|modelo|bailarina|presentadora|conductora|cantante|actriz|cajera|camarera|mesera|peluquera|dependienta"
    r"|panadera|farmaceutica|enfermera|periodista|streamer|tiktoker|youtuber|influencer|instagramer"
    # de
    r"|braut|tanzerin|streamerin|moderatorin|wetterfee|wetteransagerin|sangerin|schauspielerin|youtuberin|influencerin"
    r"|journalistin|kassiererin|kellnerin|backerin|verkauferin|friseurin|apothekerin|floristin|krankenschwester"
    # pt
    r"|noiva|dancarina|apresentadora|cantora|atriz|caixa|atendente|balconista|padeira|cabeleireira|garconete"
    r"|vendedora|enfermeira|jornalista"
    # it
    r"|sposa|modella|ballerina|presentatrice|conduttrice|attrice|cassiera|cameriera|commessa|fornaia|parrucchiera"
    r"|farmacista|infermiera|giornalista"
    # nl
    r"|bruid|danseres|streamster|weervrouw|weermeisje|presentatrice|zangeres|caissiere|serveerster|kapster"
    r"|verkoopster|verpleegster"
    # pl
    r"|panna\s+mloda|modelka|tancerka|streamerka|prezenterka|spikerka|piosenkarka|aktorka|youtuberka|influencerka"
    r"|kasjerka|kelnerka|ekspedientka|fryzjerka|pielegniarka|dziennikarka"
    # sv (the definite article is a suffix: "bruden", "kassörskan")
    r"|bruden|modellen|dansaren|dansosen|streamern|streamerskan|programledaren|presentatoren|vaderpresentatoren"
    r"|vaderflickan|sangerskan|skadespelerskan|kassorskan|kassoren|servitrisen|frisorskan|expediten|sjukskoterskan"
    r"|youtubern|influencern|journalisten"
    # ro (definite suffix -a, -ul)
    r"|mireasa|modelul|dansatoarea|streamerita|prezentatoarea|crainica|cantareata|actrita|casiera|chelnerita"
    r"|vanzatoarea|coafeza|farmacista|asistenta|jurnalista|youtubera|influencerita"
    # tr
    r"|gelin|dansci|dansci(?:si)?|yayinci(?:si)?|sunucu(?:su)?|spiker|sarkici(?:si)?|oyuncu(?:su)?|kasiyer|garson"
    r"|tezgahtar|kuafor|hemsire|fenomen(?:i)?"
    # id
    r"|pengantin|penari|penyiar|presenter|pembawa\s+acara|penyanyi|aktris|kasir|pelayan|pramugari|selebgram"
)
#: Plain person nouns of the languages without articles in the private table (sv, ro, tr, id, pl).
_PERSON_EXTRA = (
    r"kvinnan|tjejen|damen|femeia|fata|doamna|tipa|kadin|kiz|hanim|wanita|perempuan|cewek|kobieta|dziewczyna"
    r"|vrouw|meid|dame|femme|fille|mujer|chica|frau|mulher|moca|garota|donna|ragazza|woman|lady|girl|guy|man"
)
_HEAD_ANY = rf"(?:{_ROLE}|{_PERSON_EXTRA}|{_ALL_PERSON})"

# --- 1. picture deixis -----------------------------------------------------------------------
_PIC = (
    r"photos?|pictures?|pics?|images?|selfies?|ads?|adverts?|advertisements?|commercials?|billboards?|posters?"
    r"|videos?|clips?|posts?|screenshots?|stories|story|reels?|snaps?|uploads?|thumbnails?|covers?"
    r"|foto|fotos|imagen|imagem|immagine|bild|fotografia|anuncio|publicite|pub|affiche|werbung|plakat|reclame"
    r"|afbeelding|pubblicita|propaganda|cartaz|filmpje|vid|video"
)
_DET = (
    r"the|this|that|la|le|l'|cette|ce|cet|el|esa|ese|esta|este|aquella|die|der|diese|dieser|o|a|essa|esse|esta"
    r"|aquela|il|lo|quella|quel|questa|questo|de|het|deze|dat"
)
_PIC_PREP = (
    r"in|on|from|of|at|sur|dans|de|du|en|auf|im|aus|da|do|na|no|desta|deste|dessa|desse|nesta|neste|nessa|nesse"
    r"|nella|nel|della|del|sulla|sul|su|di|op|uit|van|de\s+la|de\s+l'|en\s+la|en\s+el|auf\s+dem|auf\s+der|in\s+der"
    r"|in\s+dem|in\s+diesem|auf\s+diesem|aus\s+dem|aus\s+diesem|op\s+de|in\s+de|uit\s+de"
)
_PIC_DEM = (
    r"this|that|the|my|attached|uploaded|following|cette|ce|cet|la|le|l'|ma|mon|esta|esa|este|ese|la|el|mi"
    r"|diesem|dem|der|dieser|meinem|deze|die|de|het|dit|mijn|questa|quella|la|il|mia|mio|essa|esta"
)
_NOT_PIC_TAIL = (
    r"(?!\s+(?:frames?|books?|galler(?:y|ies)|albums?|walls?|booths?|studios?|shoots?|sessions?|editors?|apps?|filters?"
    r"|rahmen|cadre|marco|moldura|cornice|contest|competition)\b)"
)
_IN_PICTURE = [
    # en fr es de pt it nl: determiner, up to two modifiers, the noun, up to one complement word,
    # a preposition and the picture ("the bride in this photo", "la mariée sur cette photo").
    re.compile(rf"\b(?:{_DET})\s+(?:[a-z-]+\s+){{0,2}}?(?P<head>{_HEAD_ANY})\s+(?:[a-z]+\s+)?"
               rf"(?:{_PIC_PREP})\s*(?:(?:{_PIC_DEM})\s+)?(?:attached\s+|uploaded\s+)?(?:{_PIC})\b{_NOT_PIC_TAIL}"),
    # pl: "ta kobieta z tego zdjęcia", "panna młoda z tego zdjęcia"
    re.compile(rf"\b(?P<head>{_HEAD_ANY})\s+(?:z|ze|na)\s+(?:tego|tej|tym|tamtego|mojego|mojej)\s+"
               r"(?:zdjecia|zdjeciu|filmu|filmiku|obrazka|reklamy|fotki|selfie|posta|nagrania)\b"),
    # sv: "bruden på det här fotot", "kvinnan på bilden"
    re.compile(rf"\b(?P<head>{_HEAD_ANY})\s+(?:pa|i|fran)\s+(?:(?:det|den)\s+(?:har|dar)\s+|mitt\s+|min\s+)?"
               r"(?:fotot|bilden|videon|reklamen|affischen|selfien|klippet|foto|bild)\b"),
    # ro: "mireasa din poza asta", "femeia din fotografia atașată"
    re.compile(rf"\b(?P<head>{_HEAD_ANY})\s+(?:din|de\s+pe|de\s+la|de\s+in)\s+"
               r"(?:poza|fotografia|imaginea|videoclipul|reclama|clipul|selfie-ul|poze|postarea)\b"),
    # tr: "bu fotoğraftaki gelin", "videodaki kadın"
    re.compile(rf"\b(?:fotograftaki|fotodaki|resimdeki|videodaki|reklamdaki|gorseldeki|posterdeki|selfiedeki)\s+"
               rf"(?:[a-z]+\s+)?(?P<head>{_HEAD_ANY})\b"),
    # id: "pengantin di foto ini", "wanita dalam gambar itu"
    re.compile(rf"\b(?P<head>{_HEAD_ANY})\s+(?:[a-z]+\s+)?(?:di|dalam|pada)\s+(?:foto|gambar|video|iklan|poster)\s+"
               r"(?:ini|itu|tersebut)\b"),
]

# --- 2. demonstrative + role -----------------------------------------------------------------
#: Words after which an English "that"/"this" opens the subject (a request verb, "of", "with").
_EN_SLOT = (
    r"of|make|undress|strip|show|me|with|and|generate|draw|render|create|imagine|get|put|photo|photos|pics?|nudes"
    r"|porn|video|deepfake|fake|want|see|like|is|turn"
)
_COSTUME = (r"outfits?|costumes?|uniforms?|cosplay|character|oc|aesthetic|vibes?|style|look|pose|trope|archetype"
            r"|machine|server|name|file|point|tag|link|text|setup|set-up|room|chair|desk|camera|mic|overlay|logo"
            r"|emotes?|avatar|skin|mode|software|kit|gear")
#: Role nouns a demonstrative makes no person: "this model" is the AI model a prompt is run on,
#: "this host" a computer, "this anchor" a point.
_NOT_DEM_HEAD = r"(?!(?:models?|modelo|modele|modella|modelka|modellen|modelul|hosts?|anchors?|actor)\b)"
_DEMONSTRATIVE = [
    # en: at an item start or after a request word
    re.compile(rf"(?:^|[,;:!?(\n]\s*|\b(?:{_EN_SLOT})\s+)(?P<det>that|this)\s+(?:[a-z-]+\s+){{0,2}}?{_NOT_DEM_HEAD}(?P<head>{_ROLE})\b"
               rf"(?!\s+(?:{_COSTUME})\b)(?!'s\b)"),
    # fr es de pt it pl sv tr ro (demonstratives that are no article or pronoun elsewhere)
    re.compile(rf"\b(?P<det>cette|cet|esa|ese|aquella|aquel|diese|dieser|jene|quella|quel|questa|questo|essa|esse"
               rf"|aquela|aquele|ta|tamta|tamten|den\s+dar|det\s+dar|den\s+har|su|bu|acea|aceasta|deze)\s+"
               rf"(?:[a-z-]+\s+){{0,2}}?{_NOT_DEM_HEAD}(?P<head>{_ROLE})\b(?!\s+(?:{_COSTUME})\b)"),
    # nl "die" (also a relative pronoun): at an item start only
    re.compile(rf"(?:^|[,;:!?(\n]\s*)(?P<det>die|dat)\s+(?:[a-z-]+\s+){{0,1}}?{_NOT_DEM_HEAD}(?P<head>{_ROLE})\b"),
    # ro and id put the demonstrative after the noun: "streamerița aia", "streamer itu", "kasir itu"
    re.compile(rf"\b{_NOT_DEM_HEAD}(?P<head>{_ROLE})\s+(?:[a-z]+\s+)?(?P<det>aia|asta|aceea|aceasta|itu|ini|tersebut)\b"),
]

# --- 3. role at a named or local place -------------------------------------------------------
_PLACE_PREP = (
    r"at|from|on|of|de|du|des|d'|chez|del|de\s+la|bei|beim|vom|von|aus|der|da|do|na|no|della|di|dal|dalla"
    r"|al|alla|bij|van|op|z|ze|pa|vid|fran|din|la|de\s+pe|di"
)
_LOCAL = (
    r"across\s+the\s+(?:street|road|hall)|next\s+door|around\s+the\s+corner|down\s+the\s+(?:street|road|block)"
    r"|d'en\s+face|du\s+coin|d'a\s+cote|de\s+ma\s+rue|de\s+mon\s+immeuble|du\s+quartier|de\s+enfrente|de\s+la\s+esquina"
    r"|del\s+barrio|de\s+mi\s+barrio|de\s+mi\s+edificio|de\s+al\s+lado|gegenuber|von\s+gegenuber|von\s+nebenan"
    r"|um\s+die\s+ecke|aus\s+meinem\s+haus|da\s+esquina|do\s+bairro|do\s+meu\s+predio|da\s+frente|do\s+lado"
    r"|sotto\s+casa|di\s+fronte|dell'angolo|del\s+quartiere|del\s+mio\s+palazzo|hiernaast|van\s+hiernaast"
    r"|om\s+de\s+hoek|tegenover|z\s+naprzeciwka|z\s+sasiedztwa|z\s+mojego\s+bloku|z\s+osiedla|mittemot"
    r"|de\s+vis-a-vis|de\s+la\s+colt|din\s+bloc|de\s+peste\s+drum|sebelah|depan\s+rumah"
)
_ART = r"the|la|le|l'|el|die|der|a|o|il|lo|de|het|cette|esa|esta|diese|essa|quella|ta"
_AT_PLACE = [
    # a definite role + a fixed local phrase: "la barista sotto casa", "die Bäckerin gegenüber"
    re.compile(rf"\b(?:(?:{_ART})\s+|l')?(?:[a-z-]+\s+)?(?P<head>{_ROLE})\s+(?:[a-z]+\s+)?(?:{_LOCAL})\b"),
    # a definite role + a preposition + a name (checked: a capital in the original, or digits):
    # "the barista on Elm Street", "die Kassiererin bei Aldi", "la présentatrice météo de TF1"
    re.compile(rf"\b(?P<art>{_ART}|l')\s*(?:[a-z-]+\s+)?(?P<head>{_ROLE})\s+(?:[a-z']+\s+){{0,2}}?"
               rf"(?:{_PLACE_PREP})\s*(?:the\s+|la\s+|le\s+|el\s+)?(?P<place>[a-z0-9][a-z0-9&'-]*)"),
    # languages with a suffixed article or none: "kassörskan på ICA", "casiera de la Kaufland",
    # "prezenterka pogody z TVN", "kasir Indomaret itu", "penyiar cuaca di TVRI"
    re.compile(rf"(?:^|[,;:!?(\n]\s*|\s)(?P<head>{_ROLE})\s+(?:[a-z]+\s+)?"
               rf"(?:pa|vid|fran|de\s+la|de\s+pe|din|z|ze|di|dari|la)\s+(?P<place>[a-z0-9][a-z0-9&'-]*)"),
    re.compile(rf"(?:^|[,;:!?(\n]\s*|\s)(?P<head>kasir|pelayan|penyiar|presenter|penyanyi|pramugari|streamer)\s+"
               rf"(?P<place>[a-z0-9][a-z0-9&'-]*)\s+(?:itu|ini)\b"),
    # tr: "Migros'taki kasiyer" (a name with the locative-adjective suffix)
    re.compile(rf"(?P<place>[a-z0-9]+)'(?:n?[dt][ae]ki)\s+(?:[a-z]+\s+)?(?P<head>{_ROLE}|{_PERSON_EXTRA})\b"),
]
#: Names of channels and stations written in lower case with a number ("channel 5", "rai 1").
_CHANNEL = re.compile(r"(?:channel|kanal|canal|chaine|cadena|rai|tv|radio)\s*\d+")
#: Place words after which a capital says nothing (sentence openings, weekday and month names
#: are no place of work); works of fiction after the preposition make the role a character.
_NOT_PLACE = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas halloween easter i""".split()
)
_FICTION_PLACE = frozenset(
    """movie film show series anime manga comic game book novel story painting cartoon netflix hbo disney
    marvel dc pixar""".split()
)


def _named(nt, view, m, informative: bool) -> bool:
    """The place of an ``_AT_PLACE`` match is a name: a capital in the original (in text whose
    capitals inform) or a channel number."""
    a, b = m.span("place")
    place = m.group("place")
    if place in _NOT_PLACE or place in _FICTION_PLACE:
        return False
    if _CHANNEL.match(view.text, a) or any(c.isdigit() for c in place) and any(c.isalpha() for c in place):
        return True
    os_, oe = view.to_original(a, b)
    orig = nt.original[os_:oe]
    return informative and bool(orig[:1].isupper())


#: Words of the rest of an item that make a named place a style or a work ("the dancer of the
#: Moulin Rouge, poster style"): the role is a motif, not someone the speaker knows.
_STYLE_TAIL = re.compile(r"\b(?:style|styled|poster|painting|artwork|illustration|drawing|print|aesthetic|art)\b")


def _styled(text: str, end: int) -> bool:
    """The comma item after ``end`` names a style or a work (bounded look-ahead)."""
    tail = text[end:end + 60]
    cut = min((k for k in (tail.find(","), tail.find(";"), tail.find("\n")) if k >= 0), default=len(tail))
    return _STYLE_TAIL.search(tail, 0, cut) is not None


def _capitals_inform(text: str) -> bool:
    """Capitals mark names only in text that is neither all caps nor Title Cased throughout."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if not any(c.islower() for c in text):
        return False
    if len(words) < 4:
        return True
    return sum(1 for w in words if w[:1].isupper()) / len(words) < 0.6


def role_findings(nt, field: str, taken: Marks) -> list[Finding]:
    """``private_person`` findings for anchored role phrases (see the module docstring)."""
    view = nt.folded
    text = view.text
    out: list[Finding] = []

    def add(pattern: str, a: int, b: int, head: str) -> None:
        os_, oe = view.to_original(a, b)
        if taken.overlaps(os_, oe):
            return
        taken.add(os_, oe)
        out.append(finding("private_person", 0.75, field, nt, os_, oe, {"pattern": pattern, "head": head}))

    for pat in _IN_PICTURE:
        for m in pat.finditer(text):
            add("role_in_picture", m.start(), m.end(), m.group("head"))
    for pat in _DEMONSTRATIVE:
        for m in pat.finditer(text):
            add("role_demonstrative", m.start("det") if m.start("det") < m.start("head") else m.start("head"),
                m.end(), m.group("head"))
    informative = None
    for k, pat in enumerate(_AT_PLACE):
        for m in pat.finditer(text):
            if k > 0 and informative is None:
                informative = _capitals_inform(nt.original)
            if k > 0 and not _named(nt, view, m, informative) or _styled(text, m.end()):
                continue
            add("role_at_place", m.start("head") if k >= 2 else m.start(), m.end(), m.group("head"))
    return out
