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

PRIVATE_SEEN_PATTERNS = [
    ("en_person_from_event", 0.75,
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
]
