"""Phrases that point at a private person: workplace, neighbours, service staff, family, teachers.

Why a separate table: a private person has no name anyone could list. What makes "the girl from
accounting", "my coworker", "la serveuse du café" or "die Kassiererin vom Supermarkt" a specific
real person is the construction, not the noun: a first-person possessive ("my", "mon", "mi",
"meine", "minha") before a relation or role, or a definite article before a person or role noun
followed by the place where the speaker meets them ("from accounting", "de la compta", "del
gimnasio", "aus der Buchhaltung", "da academia"). A bare role ("a waitress", "nurse outfit",
"la voisine" alone) is a character or a costume and stays out.

Patterns run over the ``folded`` view (lower case, diacritics removed: "Mädchen" -> "madchen",
"compañera" -> "companera", "moça" -> "moca"). Every pattern is a bounded alternation (no nested
quantifier over overlapping classes), so matching stays linear. ``real_person_text`` reports each
match as a ``private_person`` finding with ``evidence.pattern`` naming the row below.
"""

from __future__ import annotations

import re

__all__ = ["DE_PERSON_NOUN", "EN_ROLE_NOUN", "PRIVATE_PERSON_PATTERNS", "private_person_spans"]

_ADJ = (
    r"(?:(?:hot|sexy|cute|beautiful|pretty|new|old|former|young|married|single|blonde|redhead|shy|nerdy|quiet"
    r"|strict|favou?rite|next[ -]door|downstairs|upstairs|female|male|lovely|mean|rich|elderly|own|personal"
    r"|math|maths|english|french|spanish|history|science|art|music|piano|yoga|pilates|gym|dance|swim|driving"
    r"|night|day|part[ -]time)\s+){0,2}"
)

# --- English -----------------------------------------------------------------------------------
_EN_ROLE = (
    r"co[ -]?workers?|colleagues?|workmates?|officemates?|team ?lead|teammates?|receptionist|secretary"
    r"|assistant|intern|trainee|accountant|employer|employee|staff|client|customer|patient|boss|manager"
    r"|supervisor|landlady|landlord|tenant|neighbou?rs?|roommates?|flatmates?|housemates?|dormmates?"
    r"|lab partner|study partner|classmates?|schoolmates?|teacher|professor|lecturer|tutor|principal"
    r"|headmistress|headmaster|instructor|coach|trainer|waitress|waiter|barista|cashier|bartender|barmaid"
    r"|hairdresser|hair ?stylist|stylist|masseuse|massage therapist|cleaner|cleaning lady|housekeeper|maid"
    r"|nanny|babysitter|au pair|uber driver|driver|delivery (?:girl|guy|man|woman)|mail ?man|mail ?woman"
    r"|postman|postwoman|plumber|gardener|dentist|doctor|nurse|physio(?:therapist)?|pharmacist|therapist"
    r"|lifeguard|librarian|shop ?assistant|sales ?(?:girl|lady|woman|assistant)|bank teller|teller|pastor"
    r"|priest|wife|husband|girlfriend|boyfriend|fiancee?|ex|crush|sister|brother|step[ -]?(?:sister|mom|mother|dad)"
    r"|mom|mum|mother|aunt|auntie|cousin|niece|grandma|grandmother|sister[ -]in[ -]law|mother[ -]in[ -]law"
    r"|daughter[ -]in[ -]law|best friend|friend|bff|bestie|date|tinder date|partner"
    # companions named by what is shared ("study buddy", "gym partner") and dating-app matches
    r"|(?:study|gym|workout|running|drinking|lab|dance|tennis|climbing|chess)\s+(?:buddy|partner|pal|mate)|buddy|pal"
    r"|(?:tinder|hinge|bumble|grindr|dating app|online)\s+(?:match|date|crush)|match|new hire|hire|carer|caregiver"
    r"|hygienist|dental hygienist|personal trainer|mail ?carrier|courier|delivery driver|janitor|caretaker"
    r"|stepdaughter|step[ -]?daughter|wife's sister|sister's friend"
    r"|lawyer|attorney|solicitor|cop|police ?officer|officer|firefighter|vet|psychologist|counsel?lor|social worker"
    r"|optician|dietitian|nutritionist|chiropractor|osteopath|realtor|estate agent|flight attendant|stewardess"
    r"|air hostess|caddie|tattoo artist|nail tech(?:nician)?|beautician|esthetician|makeup artist|carer|physio"
    r"|midwife|pediatrician|gyn(?:a|e)?ecologist|ob-?gyn|surgeon|dermatologist|bus driver|taxi driver|cab driver"
)
#: One free modifier word before a role ("my gym crush", "my piano teacher"), but not a word that
#: makes the person fictional ("my OC nurse", "my anime teacher"): a character is nobody real.
_EN_MOD = (
    r"(?:(?!(?:oc|ocs|original|fictional|fictive|fantasy|fake|imaginary|virtual|ai|anime|cartoon|drawn|sims|dnd"
    r"|game|video|dream|ideal|waifu|doll|character|costume|halloween|cosplay)\b)[a-z][a-z-]*\s+)?"
)
#: Words after a role that turn it into clothing ("my nurse outfit"): a costume is no person.
_COSTUME = r"outfits?|costumes?|uniforms?|cosplay|scrubs|character|oc|aesthetic|vibes?|style|look"
#: The English role nouns, for other modules' patterns ("undress the receptionist" in intent_text).
EN_ROLE_NOUN = rf"(?:{_EN_ROLE})"
_EN_PERSON = r"girl|woman|lady|guy|man|chick|dude|blonde|brunette|redhead|milf|" + _EN_ROLE
_EN_PLACE = (
    r"accounting|accounts|hr|human resources|it department|the it department|marketing|sales|finance|legal|payroll|reception|the front desk"
    r"|front desk|work|the office|office|my office|our office|my work|my job|the gym|my gym|the store|the shop"
    r"|the supermarket|the grocery store|the grocery|the bank|the cafe|the coffee shop|starbucks|the bar|the pub"
    r"|the diner|the restaurant|the pharmacy|the library|the salon|the hair salon|the spa|the clinic"
    r"|the hospital|the post office|the daycare|the bakery|the deli|the hotel|the lobby|the laundromat"
    r"|the building|my building|our building|the apartment|my apartment complex|church|my church|school"
    r"|my school|class|my class|college|my college|uni|my uni|the dorm|my dorm|upstairs|downstairs"
    r"|across the street|across the hall|down the street|down the hall|down the road|my street|my block"
    r"|walmart|target|costco|mcdonalds|hooters|the drive[ -]?thru|the checkout|the register|the counter"
    r"|tinder|hinge|bumble|grindr|the dating app|the app|a dating app|the dating site"
)
#: Parts of an organisation: anyone "at/in" one is a colleague ("the girl in HR").
_EN_DEPT = (
    r"accounting|accounts|hr|human resources|it department|the it department|marketing|payroll|reception"
    r"|the front desk|front desk|the checkout|the register"
)
_EN_WHO = (
    r"who (?:works|worked|lives|lived) (?:at|in|on|next door|upstairs|downstairs|across)"
    r"|(?:i|we) (?:work with|worked with|see every day|live with|lived with|go to school with|sit next to)"
    # a relative clause whose object is the speaker's: "who cuts my hair", "who delivers our mail"
    r"|who\s+[a-z]+s\s+(?:my|our|me)"
    r"|(?:i|we)\s+(?:met|matched with|dated|used to date|hooked up with|know|knew|see|saw|follow|talked to|chat with)"
    r"|(?:i|we)\s+(?!(?:created|generated|designed|rendered|imagined|invented|painted|drew|drawn|sketched|made|described"
    r"|modeled|modelled|animated|prompted|wrote|dreamed|dreamt)\b)[a-z]+ed\s+(?:with|to)\b"
)

# --- French (no accents) -----------------------------------------------------------------------
_FR_ROLE = (
    r"collegues?|collegue de (?:bureau|travail)|voisine?s?|voisine d'en face|patronne|patron|cheffe|chef"
    r"|responsable|manager|prof|profs|professeure?|maitresse|institutrice|serveuse|caissiere|boulangere"
    r"|vendeuse|coiffeuse|infirmiere|secretaire|stagiaire|baby-?sitter|nounou|femme de menage|menagere"
    r"|cousine|tante|belle-mere|belle-soeur|belle-fille|demi-soeur|soeur|coloc|colocataire|camarade(?: de classe)?"
    r"|copine|meilleure amie|amie|ex|femme|epouse|mari|medecin|dentiste|kine|masseuse|coach|entraineuse"
    r"|gardienne|concierge|factrice|pharmacienne|babysitter|eleve|etudiante"
    r"|match(?: (?:tinder|bumble|hinge))?|crush|date|plan cul|pote|binome|partenaire(?: de \w+)?|livreuse|aide-soignante"
    r"|kinesitherapeute|osteo|osteopathe|psy|psychologue|therapeute|avocate|comptable|veterinaire|policiere|chauffeuse"
    r"|estheticienne|estheticienne|nutritionniste|gynecologue|sage-femme|pediatre|prof de \w+|professeure? de \w+"
)
_FR_PERSON = r"fille|femme|nana|meuf|gonzesse|mec|gars|type|dame|jeune femme|" + _FR_ROLE
_FR_PLACE = (
    r"compta|comptabilite|bureau|boulot|taf|travail|boite|cafe|bar|boulangerie|supermarche|superette"
    r"|pharmacie|salle de sport|gym|rh|ressources humaines|accueil|resto|restaurant|banque|poste|ecole|fac"
    r"|classe|immeuble|residence|palier|etage|caisse|cantine|coiffeur|salon|hotel|hopital|clinique"
    r"|a cote|d'a cote|d'en face|en face|du dessus|du dessous"
)

# --- Spanish ----------------------------------------------------------------------------------
_ES_ROLE = (
    r"companera(?: de (?:trabajo|oficina|clase|piso|cuarto))?|companero(?: de (?:trabajo|oficina|clase|piso))?"
    r"|colega|vecina|vecino|jefa|jefe|profesora|profe|maestra|cajera|mesera|camarera|secretaria|enfermera"
    r"|doctora|medica|ninera|empleada|criada|sirvienta|chacha|prima|tia|cunada|suegra|hermanastra|madrastra"
    r"|hermana|novia|esposa|mujer|amiga|mejor amiga|ex|roomie|entrenadora|peluquera|masajista|becaria"
    r"|recepcionista|dependienta|vendedora|estudiante|alumna|casera|portera"
    r"|match(?: de (?:tinder|bumble|hinge))?|crush|cita|ligue|amante|cuidadora|repartidora|entrenadora(?: personal)?"
    r"|fisio|fisioterapeuta|terapeuta|psicologa|nutricionista|dentista|ginecologa|pediatra|veterinaria|abogada"
    r"|contadora|policia|conductora|taxista|esteticista|manicurista|azafata|matrona|partera|profesora de \w+|profe de \w+"
)
_ES_PERSON = r"chica|chico|mujer|senora|senorita|muchacha|mina|morra|tipa|piba|chava|" + _ES_ROLE
_ES_PLACE = (
    r"contabilidad|oficina|trabajo|chamba|curro|gimnasio|gym|super|supermercado|tienda|cafeteria|bar"
    r"|restaurante|banco|farmacia|recursos humanos|rrhh|recepcion|escuela|colegio|clase|universidad|uni"
    r"|facu|facultad|edificio|al lado|arriba|abajo|enfrente|la esquina|caja|panaderia|peluqueria|hotel"
    r"|hospital|clinica|limpieza|piso de arriba|piso de abajo|departamento|depa|cuarto de al lado"
)

# --- German (umlauts folded: a/o/u; "ss" for sharp s) -----------------------------------------
_DE_ROLE = (
    r"arbeitskollegin|kollegin|kollege|buerokollegin|burokollegin|nachbarin|nachbar|chefin|chef|vorgesetzte"
    r"|lehrerin|lehrer|professorin|dozentin|kellnerin|kassiererin|verkauferin|friseurin|putzfrau|putzhilfe"
    r"|haushaltshilfe|sekretarin|assistentin|krankenschwester|pflegerin|arztin|zahnarztin|babysitterin"
    r"|babysitter|nanny|cousine|kusine|tante|schwagerin|schwiegermutter|schwiegertochter|stiefschwester"
    r"|stiefmutter|schwester|mitbewohnerin|mitschulerin|klassenkameradin|kommilitonin|freundin|exfreundin"
    r"|ex|frau|ehefrau|trainerin|azubi|auszubildende|praktikantin|vermieterin|masseurin|empfangsdame"
    r"|studentin|schulerin|nachhilfelehrerin|bedienung"
    r"|match|date|affare|schwarm|kumpel|kumpelin|freund|exfreund|ex-freundin|ex-freund|betreuerin|pflegekraft"
    r"|zustellerin|postbotin|hausmeisterin|tagesmutter|anwaltin|polizistin|fahrerin|hebamme|tierarztin"
)
#: German writes a role with its field as one word ("Yogalehrerin", "Fitnesstrainerin",
#: "Zimmernachbarin", "WG-Mitbewohnerin"): any word ending in one of these heads is that role.
_DE_HEAD = (
    r"lehrerin|lehrer|kollegin|kollege|nachbarin|nachbar|trainerin|trainer|bewohnerin|freundin|chefin"
    r"|schwester|verkauferin|pflegerin|helferin|partnerin|kameradin|leiterin|arztin|therapeutin|masseurin|anwaltin|polizistin|fahrerin|begleiterin|meisterin"
    # feminine agent nouns: "-erin", "-istin", "-antin", "-entin" ("Bademeisterin", "Floristin")
    r"|[a-z]{2}(?:erin|istin|antin|entin|eurin|arin)"
    r"|frau|madchen|tochter|mutter|tante|cousine|schwagerin|stylistin|beraterin|betreuerin|hilfe"
)
_DE_ROLE_WORD = rf"(?:{_DE_ROLE}|[a-z-]*(?:{_DE_HEAD}))"
#: Declined adjectives after a possessive or article ("meine neue", "meiner hubschen", "die
#: blonde"): up to two words ending in -e, -en, -er or -es.
_DE_ADJ = r"(?:[a-z]+e[nrs]?\s+){0,2}"
_DE_PERSON = r"frau|madchen|typ|kerl|mann|tussi|blondine|dame|" + _DE_ROLE
#: A German person or role noun with its declined adjectives, for other modules' patterns
#: ("zieh meine neue Nachbarin aus" in intent_text).
DE_PERSON_NOUN = rf"{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD})\b"
_DE_PLACE = (
    r"buchhaltung|personalabteilung|hr|it|buro|bureau|arbeit|firma|supermarkt|laden|cafe|bar|kneipe"
    r"|backerei|apotheke|fitnessstudio|gym|bank|post|schule|klasse|uni|nebenan|gegenuber|oben|unten"
    r"|empfang|rezeption|kantine|kasse|friseur|salon|hotel|krankenhaus|praxis|wohnung nebenan"
)

# --- Portuguese -------------------------------------------------------------------------------
_PT_ROLE = (
    r"colega(?: de (?:trabalho|quarto|sala|classe|escritorio))?|vizinha|vizinho|chefe|patroa|gerente"
    r"|professora|prof|garconete|caixa|atendente|secretaria|enfermeira|medica|dentista|baba|empregada"
    r"|diarista|faxineira|prima|tia|cunhada|sogra|madrasta|irma|namorada|esposa|mulher|amiga|melhor amiga"
    r"|ex|estagiaria|personal|treinadora|cabeleireira|manicure|massagista|recepcionista|vendedora"
    r"|aluna|estudante|colega de faculdade|crush|ficante"
    r"|match(?: do (?:tinder|bumble|hinge))?|date|amante|cuidadora|entregadora|personal trainer|treinadora"
    r"|fisio|fisioterapeuta|terapeuta|psicologa|nutricionista|ginecologista|pediatra|veterinaria|advogada|contadora"
    r"|policial|motorista|taxista|esteticista|comissaria(?: de bordo)?|aeromoca|parteira|professora de \w+"
)
_PT_PERSON = r"menina|mina|moca|mulher|garota|gata|gostosa|cara|novinha|loira|morena|" + _PT_ROLE
_PT_PLACE = (
    r"contabilidade|escritorio|trabalho|firma|empresa|academia|padaria|mercado|supermercado|loja|bar|cafe"
    r"|lanchonete|restaurante|banco|farmacia|rh|recursos humanos|recepcao|escola|faculdade|facul|sala|predio"
    r"|lado|cima|baixo|frente|caixa|salao|hotel|hospital|clinica|apartamento do lado|ape do lado"
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


#: (pattern name, score, regex). Scores follow real_person_text's private_person rows.
PRIVATE_PERSON_PATTERNS: list[tuple[str, float, re.Pattern[str]]] = [
    # "my hot coworker", "our new intern", "my wife's sister", "my son's teacher", "my yoga instructor"
    ("en_my_role", 0.8,
     _rx(rf"\b(?:my|our)\s+(?:\w+'s\s+)?{_ADJ}{_EN_MOD}(?:{_EN_ROLE})\b(?!\s+(?:{_COSTUME}))"
        rf"(?:'s\s+{_ADJ}(?:{_EN_ROLE}))?")),
    # "a coworker of mine", "that nurse of mine"
    ("en_role_of_mine", 0.8,
     _rx(rf"\b(?:a|an|the|this|that|some)\s+{_ADJ}(?:{_EN_PERSON})\s+of\s+(?:mine|ours)\b")),
    # "the girl from accounting", "a girl from work", "the cashier at walmart", "that guy in HR";
    # "at"/"in" only after a definite article ("a waitress at the diner" is a scene, "the
    # waitress at the diner" someone in particular) or before a possessive place ("at my gym").
    ("en_person_from_place", 0.8,
     _rx(rf"\b(?:the|that|this|a|an|some)\s+{_ADJ}(?:{_EN_PERSON})s?\s+from\s+(?:{_EN_PLACE})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_ROLE})\s+(?:at|in|on)\s+(?:{_EN_PLACE})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})s?\s+(?:at|in|on)\s+(?:{_EN_DEPT})\b"
         rf"|\b(?:the|that|this|a|an|some)\s+{_ADJ}(?:{_EN_PERSON})s?\s+(?:at|in|on|from)\s+(?:my|our)\s+(?:local\s+)?\w+"
         # a place that is the speaker's: "the pharmacist on the corner of my street"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_ROLE})\s+(?:at|in|on|from)\s+the\s+(?:\w+\s+){{0,2}}?(?:of|in|on|at)\s+(?:my|our)\s+\w+"
         # genitive: "the wife of my neighbour", "the sister of my best friend"
         rf"|\b(?:the|a)\s+{_ADJ}(?:{_EN_PERSON})\s+of\s+(?:my|our)\s+\w+")),
    # "the woman who works at the bakery", "the girl I work with", "the lady who lives upstairs"
    ("en_person_who", 0.8,
     _rx(rf"\b(?:the|that|this|a|some)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:{_EN_WHO})\b")),
    # "the neighbour's wife", "my neighbor's daughter" is covered above; "the lady next door" (not
    # "the girl next door": a trope, not a person)
    ("en_next_door", 0.7,
     _rx(r"\b(?:the|that|this|my|our)\s+(?:woman|lady|guy|man|couple|family|neighbou?r|neighbou?rs)\s+next\s+door\b"
         r"|\b(?:the|that|my|our)\s+neighbou?r'?s\s+(?:wife|daughter|girlfriend|husband|son|mom|mother|sister)\b")),
    # French: "ma collegue", "ma jolie voisine", "la fille de la compta", "la serveuse du cafe"
    ("fr_ma_role", 0.8,
     _rx(rf"\b(?:ma|mon|mes|notre|nos)\s+(?:(?:jolie|belle|nouvelle|nouveau|ancienne|sexy|petite|chere|cher)\s+)?"
         rf"(?:{_FR_ROLE})\b")),
    ("fr_person_from_place", 0.8,
     _rx(rf"\b(?:la|le|cette|ce|cet)\s+(?:(?:jolie|belle|nouvelle|petite|jeune)\s+)?(?:{_FR_PERSON})\s+"
         rf"(?:de\s+la|de\s+l'?|du|des|d'|de|a\s+la|au)\s*(?:{_FR_PLACE})\b"
         rf"|(?:\b(?:la|le|cette|ce|une|un)\s+|\bl')(?:{_FR_PERSON})\s+(?:de|a|chez)\s+(?:mon|ma|mes|notre|nos)\s+\w+")),
    ("fr_qui_travaille", 0.8,
     _rx(rf"\b(?:la|le|cette|ce)\s+(?:{_FR_PERSON})\s+(?:qui\s+travaille|avec\s+qui\s+je\s+travaille|qui\s+habite)\b")),
    # Spanish: "mi companera de trabajo", "la chica de contabilidad", "la cajera del super"
    ("es_mi_role", 0.8,
     _rx(rf"\b(?:mi|mis|nuestra|nuestro)\s+(?:(?:nueva|nuevo|guapa|linda|sexy|querida|antigua|ex)\s+)?(?:{_ES_ROLE})\b")),
    ("es_person_from_place", 0.8,
     _rx(rf"\b(?:la|el|esa|ese|esta|este)\s+(?:(?:nueva|guapa|linda|joven)\s+)?(?:{_ES_PERSON})\s+"
         rf"(?:de\s+la|del|de|en\s+la|en\s+el)\s+(?:{_ES_PLACE})\b"
         rf"|\b(?:la|el|esa|ese|una|un)\s+(?:{_ES_PERSON})\s+(?:de|en)\s+(?:mi|mis|nuestra|nuestro|nuestras|nuestros)\s+\w+")),
    ("es_que_trabaja", 0.8,
     _rx(rf"\b(?:la|el|esa|ese)\s+(?:{_ES_PERSON})\s+(?:que\s+trabaja|con\s+la\s+que\s+trabajo|que\s+vive)\b")),
    # German: "meine Arbeitskollegin", "die Frau aus der Buchhaltung", "die Kassiererin vom Supermarkt"
    ("de_meine_role", 0.8,
     _rx(rf"\b(?:meine|mein|meiner|meinen|meinem|meines|unsere|unser|unserer|unseren|unserem|unseres)\s+"
         rf"(?:(?:sexy|heisse|heissen)\s+)?{_DE_ADJ}{_DE_ROLE_WORD}\b")),
    # genitive: "die Frau meines Nachbarn", "die Freundin meines Mitbewohners", "der Mann meiner Chefin"
    ("de_genitive", 0.8,
     _rx(rf"\b(?:die|der|das|diese|dieser)\s+{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD})\s+"
         rf"(?:meines|meiner|unseres|unserer)\s+\w+")),
    ("de_person_from_place", 0.8,
     _rx(rf"\b(?:die|der|das|diese|dieser|dieses)\s+(?:(?:neue|hubsche|junge|blonde)\s+)?(?:{_DE_PERSON})\s+"
         rf"(?:aus\s+der|aus\s+dem|vom|von\s+der|von|im|in\s+der|an\s+der|bei\s+der|beim|bei)\s+(?:{_DE_PLACE})\b"
         rf"|\b(?:die|der|das|diese|eine|ein)\s+{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD})\s+(?:aus|von|vom|in|im|an|am|bei|beim)\s+"
         rf"(?:meiner|meinem|meinen|unserer|unserem)\s+\w+")),
    ("de_die_arbeitet", 0.8,
     _rx(rf"\b(?:die|der|diese)\s+(?:{_DE_PERSON})\s*,?\s+(?:die|der)\s+(?:bei|im|in|mit\s+mir)\s+\w+\s+(?:arbeitet|wohnt)\b")),
    # Portuguese: "minha colega de trabalho", "a menina da contabilidade", "a garconete do bar"
    ("pt_minha_role", 0.8,
     _rx(rf"\b(?:minha|meu|minhas|meus|nossa|nosso)\s+(?:(?:nova|novo|gostosa|linda|antiga|ex)\s+)?(?:{_PT_ROLE})\b")),
    ("pt_person_from_place", 0.8,
     _rx(rf"\b(?:a|o|essa|esse|aquela|aquele|esta|este)\s+(?:(?:nova|gostosa|linda)\s+)?(?:{_PT_PERSON})\s+"
         rf"(?:da|do|de|na|no)\s+(?:{_PT_PLACE})\b"
         rf"|\b(?:a|o|essa|esse|uma|um)\s+(?:{_PT_PERSON})\s+(?:da|do|das|dos|na|no|de)\s+(?:minha|meu|minhas|meus|nossa|nosso)\s+\w+")),
    ("pt_que_trabalha", 0.8,
     _rx(rf"\b(?:a|o|essa|esse|aquela)\s+(?:{_PT_PERSON})\s+(?:que\s+trabalha|que\s+mora|com\s+quem\s+trabalho)\b")),
]


def private_person_spans(text: str) -> list[tuple[str, float, int, int]]:
    """``(pattern name, score, start, end)`` of every match in a folded text, longest first per start."""
    out: list[tuple[str, float, int, int]] = []
    for name, score, pat in PRIVATE_PERSON_PATTERNS:
        for m in pat.finditer(text):
            out.append((name, score, m.start(), m.end()))
    return out
