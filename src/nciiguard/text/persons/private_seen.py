"""A person pointed at by the event the speaker met her at, or by her clothes where the speaker sees her, round 34.

Why: v33 (read as a development set in round 34) asked for sexual pictures of "the woman from the speed-dating
night", "the woman in the pink leggings at the squat rack" and, in the older sets, "the girl from the party", "la
chica de la fiesta", "die Frau vom Speed-Dating-Abend", "dziewczyna z imprezy". The rules read a person with the
place the speaker meets her ("the girl from accounting", "the blonde from the bar") and a ROLE told apart by her
clothes ("the bridesmaid in the green dress", ``private_marked``); a plain person noun with an event, or with her
clothes AND the place she is seen, was read by the learned head only, and only in some sentences ("... naked" was
read, "... in a sex scene" and "an X-rated picture of ..." were not).

1. ``person_from_event``: a definite person noun "from" a social event: a party, a wedding, a conference, a
   barbecue, a speed-dating night, a meetup (en, fr, es, pt, it, de, nl, pl, ro). The event is one the speaker was
   at: one real person is meant. A work after it ("the girl from the party scene in the film") is fiction and is
   not read; "the girl from Ipanema", "the woman from the movie", "the girl from the video" name no event.
2. ``person_seen_in_garment``: "the <person> in the <garment or colour> at/from/by the <everyday place>" (English):
   her clothes AND the place where the speaker sees her ("the woman in the pink leggings at the squat rack", "the
   guy in the grey hoodie at the coffee shop"). Without the place it stays a character ("the woman in the red
   dress", a film's trope); an indefinite person is a type ("a woman in pink leggings doing squats"); a picture word
   before the garment ("the girl in the skimpy bikini") describes the requested image, not the person; a beach, a
   pool or a park are left off (round 33: "a random woman on the beach in a bikini" is a scene).

A person found in a NON-sexual prompt changes nothing: the ``ncii`` profile blocks only sexual AND real person ("the
woman in the red dress at the bus stop, watercolour" is allowed).

Every row is a bounded alternation gated by literals every match holds (:func:`.roles_ml._gated`).
"""

from __future__ import annotations

from .private_marked import _EN_FICTION_BEFORE, _EN_GARMENT, _EN_NOT_FICTION, _EN_PICTURE_WORD, _ROM_NOT_FICTION
from .roles_ml import _gated

__all__ = ["PRIVATE_SEEN_PATTERNS"]

_EN_PERSON = r"woman|women|girl|lady|guy|man|chick|dude|blonde|brunette|redhead|gal|bloke|lass|babe|hottie|milf|couple"
#: Social events one meets a particular person at (not "prom", "camp", "sleepover": children's events).
_EN_EVENT = (
    r"party|parties|wedding|conference|convention|expo|trade\s+show|meetup|meet-up|mixer|event|barbecue|bbq|cookout"
    r"|festival|gig|rave|seminar|workshop|retreat|reunion|fundraiser|gala|hen\s+do|hen\s+party|stag\s+do"
    r"|bachelorette|bachelor\s+party|housewarming|date|blind\s+date|speed[- ]?dating|networking|dinner\s+party"
    r"|brunch|launch|opening|vernissage|screening|tasting|open\s+day|open\s+house|after[- ]?party|afterparty"
    r"|baby\s+shower|birthday\s+(?:party|drinks|dinner)|work\s+do|office\s+do|christmas\s+do|leaving\s+do"
    r"|(?:speed[- ]?dating|dating|singles|quiz|game|club|karaoke|open[- ]mic|ladies'?|girls'?|work|trivia|salsa"
    r"|bachata|poker|wine|comedy)\s+(?:night|evening|event|mixer)|night\s+out|other\s+night"
)
#: Worn things beyond ``private_marked._EN_GARMENT`` (sportswear and swimwear tell a person apart at a gym).
_EN_WORN = (
    _EN_GARMENT + r"|leggings|yoga\s+pants|tights|shorts|tank\s+top|crop\s+top|sports\s+bra|scrubs|activewear|gym\s+gear"
    r"|gym\s+kit|trench(?:\s+coat)?|bikini|swimsuit|bodysuit|vest|top|trousers|pants|uniform|headphones|cap"
)
_EN_COLOUR = r"red|pink|blue|green|yellow|black|white|grey|gray|purple|orange|brown|beige|navy|lilac|teal|neon"
#: Everyday places where the speaker sees the same person (not a beach, a pool or a park: a scene).
_EN_SEEN_PLACE = (
    r"gym|squat\s+rack|bench\s+press|bench|treadmill|rowing\s+machine|smith\s+machine|weights?\s+(?:room|section|area)"
    r"|free\s+weights|cable\s+machine|front\s+desk|reception|bus\s+stop|tram\s+stop|train\s+station|station|platform"
    r"|cafe|café|coffee\s+shop|bar|pub|club|office|library|supermarket|store|shop|checkout|till|counter|laundromat"
    r"|launderette|bakery|deli|salon|spa|studio|climbing\s+wall|bouldering\s+gym|spin\s+class|yoga\s+class|class"
    r"|lecture|restaurant|diner|pharmacy|bank|post\s+office|hotel\s+bar|lobby|lift|elevator|car\s+park|parking\s+lot"
    r"|petrol\s+station|gas\s+station|church|market|mall|queue|dog\s+park|office\s+kitchen|canteen|cafeteria"
    rf"|{_EN_EVENT}"
)
_EN_ART = r"the|that|this"
_EN_NOT_FICTION_BEFORE = rf"(?!(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_FICTION_BEFORE})\b)"

# --- other languages: a person noun "from" an event ------------------------------------------------------------------------
_FR = (r"\b(?:la|le|cette|ce)\s+(?:jeune\s+)?(?:femme|fille|meuf|nana|blonde|brune|rousse|mec|gars|type|dame)\s+"
       r"(?:de\s+la|du|de\s+l'|des)\s*(?:soiree|fete|teuf|mariage|conference|seminaire|apero|afterwork|after|barbecue"
       r"|festival|concert|speed[- ]?dating|reunion|gala|cremaillere|diner|brunch|boum|rencontre)\b")
_ES = (r"\b(?:la|el|esa|ese|aquella|aquel)\s+(?:mujer|chica|chava|tia|morena|rubia|pelirroja|senora|chico|tio|tipo"
       r"|muchacha)\s+(?:de\s+la|del)\s+(?:fiesta|boda|conferencia|congreso|cena|barbacoa|festival|concierto|quedada"
       r"|cita(?:\s+rapida)?|speed[- ]?dating|despedida|reunion|gala|discoteca|after|botellon|carrete|parrillada)\b")
_PT = (r"\b(?:a|o|essa|esse|aquela|aquele)\s+(?:mulher|mina|moca|garota|gata|loira|morena|ruiva|rapariga|gaja|gajo"
       r"|cara)\s+(?:da|do)\s+(?:festa|balada|casamento|conferencia|congresso|jantar|churrasco|festival|show|encontro"
       r"|speed[- ]?dating|despedida|reuniao|gala|resenha|churras)\b")
_IT = (r"\b(?:la|il|quella|quel)\s+(?:donna|ragazza|tipa|bionda|mora|rossa|signora|tizia|ragazzo|tipo|tizio)\s+"
       r"(?:della|del|dello|dell')\s*(?:festa|matrimonio|conferenza|cena|grigliata|festival|concerto|serata|aperitivo"
       r"|apericena|speed[- ]?dating|addio\s+al\s+nubilato|riunione|discoteca|rimpatriata)\b")
_DE = (r"\b(?:die|der|diese|dieser)\s+(?:frau|tussi|blondine|brunette|rothaarige|dame|typ|kerl|mann|braut)\s+"
       r"(?:von\s+der|vom|von\s+dem|auf\s+der|aus\s+der|aus\s+dem)\s+(?:[a-z]+e[mnrs]?\s+)?[a-z-]*(?:party|feier|hochzeit"
       r"|konferenz|tagung|messe|abend|fete|grillfest|grillparty|festival|konzert|dating|junggesellinnenabschied|jga"
       r"|afterwork)\b")
_NL = (r"\b(?:de|die|dat|het)\s+(?:vrouw|meid|griet|blondine|dame|gast|vent|man)\s+(?:van|uit)\s+(?:het|de)\s+"
       r"[a-z-]*(?:feest|feestje|bruiloft|congres|conferentie|borrel|bbq|barbecue|festival|concert|avond|date|speeddate"
       r"|vrijgezellenfeest|etentje|party)\b")
_PL = (r"\b(?:dziewczyna|dziewczyne|laska|laske|kobieta|kobiete|babka|babke|blondynka|blondynke|brunetka|brunetke|ruda"
       r"|panna|facet|koles|gosc)\s+(?:z|ze)\s+(?:tej\s+|tamtej\s+|wczorajszej\s+|ostatniej\s+)?(?:imprezy|imprezki"
       r"|wesela|konferencji|domowki|grilla|festiwalu|koncertu|randki|szybkich\s+randek|speed\s+datingu|sylwestra"
       r"|parapetowki|kolacji|balu|dyskoteki)\b")
_RO = (r"\b(?:femeia|fata|tipa|blonda|bruneta|roscata|doamna|tipul)\s+(?:de\s+la|din)\s+(?:petrecere|petrecerea|nunta"
       r"|conferinta|cina|gratar|festival|concert|intalnire|speed[- ]?dating|chef|party|banchet)\b")


# --- other languages: a person by her clothes (or a colour) AND the place she is seen ----------------------------------
_ML_COLOUR = (r"rosa|rose|roze|rot|rote|roten|rouge|roja|rojo|rossa|rosso|vermelha|vermelho|rode|blau|blaue|blauen|bleu"
              r"|azul|blu|blauwe|grun|grune|grunen|vert|verte|verde|groene|gelb|gelbe|gelben|jaune|amarilla|amarillo|gialla"
              r"|giallo|amarela|amarelo|gele|schwarz|schwarze|schwarzen|noir|noire|negra|negro|nera|nero|preta|preto"
              r"|zwarte|weiss|weisse|weissen|blanc|blanche|blanca|blanco|bianca|bianco|branca|branco|witte|grau|graue"
              r"|grauen|gris|grise|grigia|grigio|cinza|grijze|pink|pinke|pinken|rosas|rosse|roses|rouges")
_DE_SEEN = (r"\b(?:die|der|diese|dieser)\s+(?:[a-z]+e[mnrs]?\s+)?(?:frau|tussi|blondine|brunette|rothaarige|dame|typ|kerl"
            r"|mann)\s+(?:in|im|mit)\s+(?:(?:dem|der|den|einem|einer|ihrem|ihrer|ihren|seinem|seiner|seinen)\s+)?"
            r"(?:[a-z]+e[mnrs]?\s+){0,2}?(?:leggings|leggins|kleid|jacke|hoodie|kapuzenpulli|pulli|pullover|mantel|rock"
            r"|jeans|bluse|shirt|t-shirt|top|sport-bh|trainingsanzug|sporthose|shorts|mutze|brille|schal|regenjacke"
            r"|lederjacke|daunenjacke)\s+(?:im|in\s+der|in\s+dem|an\s+der|am|beim|bei\s+der|vom|von\s+der|aus\s+dem"
            r"|aus\s+der|auf\s+der)\s+(?:[a-z-]+\s+)?[a-z-]*(?:fitnessstudio|gym|studio|haltestelle|bahnhof|bahnsteig|cafe"
            r"|bar|kneipe|buro|bibliothek|supermarkt|laden|kasse|waschsalon|backerei|salon|empfang|rezeption|kantine"
            r"|party|feier|hochzeit|kletterhalle|boulderhalle|kurs|hantelbank|laufband|squat-rack)\b")
_FR_SEEN = (r"\b(?:la|le|cette|ce)\s+(?:femme|fille|meuf|nana|blonde|brune|rousse|mec|gars|type|dame)\s+"
            r"(?:en|au|aux|avec\s+(?:le|la|les|un|une|son|sa|ses))\s+(?:[a-z-]+\s+){0,2}?(?:legging|leggings|robe|veste"
            r"|sweat|hoodie|manteau|jupe|jean|chemisier|t-shirt|top|brassiere|survetement|short|bonnet|lunettes|echarpe"
            r"|cire|imper|impermeable|doudoune|" + _ML_COLOUR + r")(?:\s+[a-z-]+){0,2}?\s+(?:a\s+la|au|a\s+l'|du|de\s+la"
            r"|de\s+l'|dans\s+la|dans\s+le)\s*(?:salle|gym|muscu|arret|gare|quai|cafe|bar|bureau|bibliotheque|supermarche"
            r"|caisse|laverie|boulangerie|salon|accueil|reception|cantine|soiree|fete|mariage|cours|club)\b")
_ES_SEEN = (r"\b(?:la|el|esa|ese|aquella|aquel)\s+(?:mujer|chica|tia|morena|rubia|pelirroja|senora|chico|tio|tipo)\s+"
            r"(?:de|con|en)\s+(?:(?:el|la|los|las|un|una|sus?)\s+)?(?:mallas|leggings|vestido|chaqueta|sudadera|abrigo"
            r"|falda|vaqueros|blusa|camiseta|top|chandal|pantalones|gorro|gafas|bufanda|impermeable|plumifero|"
            + _ML_COLOUR + r")(?:\s+[a-z-]+){0,2}?\s+(?:del|de\s+la|en\s+el|en\s+la)\s+(?:gimnasio|gym|gimnasio|parada"
            r"|estacion|anden|cafeteria|cafe|bar|oficina|biblioteca|super|supermercado|caja|lavanderia|panaderia"
            r"|peluqueria|recepcion|cantina|fiesta|boda|clase|rack)\b")
_IT_SEEN = (r"\b(?:la|il|quella|quel)\s+(?:donna|ragazza|tipa|bionda|mora|rossa|signora|tizia|ragazzo|tipo|tizio)\s+"
            r"(?:con|in|col|coi|dal|dai|dalla|dalle)\s+(?:(?:il|la|i|gli|le|lo|un|una)\s+)?(?:leggings|leggins|vestito"
            r"|giacca|felpa|cappotto|gonna|jeans|camicetta|maglietta|top|tuta|pantaloncini|cappello|occhiali|sciarpa"
            r"|impermeabile|piumino|" + _ML_COLOUR + r")(?:\s+[a-z-]+){0,2}?\s+(?:in|della|del|dello|alla|al|nella|nel)\s+"
            r"(?:palestra|fermata|stazione|binario|caffe|bar|ufficio|biblioteca|supermercato|cassa|lavanderia|panetteria"
            r"|parrucchiere|reception|mensa|festa|matrimonio|classe|corso)\b")
_PT_SEEN = (r"\b(?:a|o|essa|esse|aquela|aquele)\s+(?:mulher|mina|moca|garota|gata|loira|morena|ruiva|rapariga|cara)\s+"
            r"(?:de|com|do|da)\s+(?:(?:o|a|os|as|um|uma)\s+)?(?:legging|leggings|vestido|jaqueta|casaco|moletom|saia|calca"
            r"|jeans|blusa|camiseta|top|regata|short|bone|oculos|cachecol|" + _ML_COLOUR + r")(?:\s+[a-z-]+){0,2}?\s+"
            r"(?:da|do|na|no)\s+(?:academia|ginasio|parada|ponto|estacao|cafe|cafeteria|bar|escritorio|biblioteca|mercado"
            r"|supermercado|caixa|lavanderia|padaria|salao|recepcao|cantina|festa|balada|casamento|aula)\b")
_NL_SEEN = (r"\b(?:de|die|dat)\s+(?:vrouw|meid|griet|blondine|dame|gast|vent|man)\s+(?:in|met)\s+"
            r"(?:(?:de|het|een|haar|die|dat)\s+)?(?:[a-z]+e\s+)?(?:legging|jurk|jas|jasje|hoodie|trui|rok|spijkerbroek"
            r"|blouse|shirt|t-shirt|top|trainingspak|short|muts|bril|sjaal|regenjas|roze|rode|blauwe|groene|gele|zwarte"
            r"|witte|grijze)\s+(?:in|bij|op|van|uit)\s+(?:de|het)\s+[a-z-]*(?:sportschool|gym|bushalte|halte|station|perron"
            r"|cafe|kroeg|bar|kantoor|bibliotheek|supermarkt|kassa|wasserette|bakker|kapper|receptie|kantine|feest|feestje"
            r"|bruiloft|les|klimhal|boulderhal)\b")
_PL_SEEN = (r"\b(?:ta|tamta|ten|tamten|tej|tamtej)\s+(?:dziewczyna|dziewczyne|dziewczyny|laska|laske|laski|kobieta|kobiete"
            r"|kobiety|babka|babke|blondynka|blondynke|brunetka|brunetke|facet|koles|gosc)\s+w\s+(?:[a-z]+\s+)?"
            r"(?:legginsach|sukience|kurtce|bluzie|p[lł]aszczu|spodnicy|dzinsach|bluzce|koszulce|topie|dresie|szortach|czapce"
            r"|okularach|szaliku)\s+(?:z|ze|na|w)\s+(?:si[lł]owni|przystanku|stacji|peronie|kawiarni|barze|biurze|bibliotece"
            r"|sklepie|kasie|pralni|piekarni|salonie|recepcji|sto[lł]owce|imprezie|weselu|zajeciach|kursie)\b")

PRIVATE_SEEN_PATTERNS = [
    ("en_the_person_from_event", 0.75,
     _gated((" from ",),
            rf"\b(?:{_EN_ART})\s+{_EN_NOT_FICTION_BEFORE}(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_PERSON})\s+from\s+"
            rf"(?:the|that|this|our|my|last\s+(?:night|week|weekend|month|year|friday|saturday)'?s?|yesterday'?s?)\s+"
            rf"(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_EVENT})\b(?!\s+(?:scene|scenes|movie|film|episode|song|video|game|photo"
            rf"|photos|picture|pictures|painting|poster|flyer|ad|advert))(?![-'])"
            rf"{_EN_NOT_FICTION}")),
    ("en_person_seen_in_garment", 0.75,
     _gated((" in ", " wearing "),
            rf"\b(?:{_EN_ART})\s+{_EN_NOT_FICTION_BEFORE}(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_PERSON})\s+(?:in|wearing)\s+"
            rf"(?:(?:the|a|an|her|his|those|that|these)\s+)?(?!(?:[a-z'-]+\s+){{0,1}}?(?:{_EN_PICTURE_WORD})\b)"
            rf"(?:(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_WORN})|(?:{_EN_COLOUR}))\s+(?:at|from|on|by|near|in)\s+"
            rf"(?:the|my|our|that)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_SEEN_PLACE})\b(?![-'])"
            rf"{_EN_NOT_FICTION}")),
    ("ml_person_from_event", 0.75,
     _gated((" de ", " du ", " des ", " del ", " da ", " do ", " della ", " del ", " dello ", " dell'", " von ", " vom ",
             " auf ", " aus ", " van ", " uit ", " z ", " ze ", " din "),
            rf"(?:{_FR}|{_ES}|{_PT}|{_IT}|{_DE}|{_NL}|{_PL}|{_RO}){_ROM_NOT_FICTION}")),
    ("ml_person_seen_in_garment", 0.75,
     _gated((" in ", " im ", " mit ", " en ", " au ", " aux ", " avec ", " de ", " con ", " col", " coi ", " dal", " dai ", " com ",
             " do ", " da ", " met ", " w "),
            rf"(?:{_DE_SEEN}|{_FR_SEEN}|{_ES_SEEN}|{_IT_SEEN}|{_PT_SEEN}|{_NL_SEEN}|{_PL_SEEN}){_ROM_NOT_FICTION}")),
]
