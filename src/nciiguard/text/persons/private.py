"""Phrases that point at a private person: workplace, neighbours, service staff, family, teachers.

Why a separate table: a private person has no name anyone could list. What makes "the girl from
accounting", "my coworker", "la serveuse du café" or "die Kassiererin vom Supermarkt" a specific
real person is the construction, not the noun: a first-person possessive ("my", "mon", "mi",
"meine", "minha") before a relation or role, or a definite article before a person or role noun
followed by the place where the speaker meets them ("from accounting", "de la compta", "del
gimnasio", "aus der Buchhaltung", "da academia"). A bare role ("a waitress", "nurse outfit",
"la voisine" alone) is a character or a costume and stays out.

Patterns run over the ``folded`` view (lower case, diacritics removed: "Mädchen" -> "madchen"). Every
pattern is a bounded alternation (no nested quantifier over overlapping classes), so matching stays
linear; each is compiled the first time a prompt opens its row. ``real_person_text`` reports each
match as a ``private_person`` finding with ``evidence.pattern`` naming the row below. Round 2 adds
Italian, Dutch and Polish, and rules built from constructions shared by every language (agent
suffixes after a possessive, relative clauses about the speaker, a role and its place, kin of a
role, chat forms without an article); see the second half.
"""

from __future__ import annotations

import re
from typing import Callable

from ..lazy_regex import lazy

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
    # kin by morphology: step-, half-, grand-, god-, great-grand- + a kin noun, and "-in-law"
    r"|(?:step|half|grand|god|great[ -]?grand)[ -]?(?:mother|mom|mum|father|dad|sister|sis|brother|bro|daughter|son"
    r"|child|kid|aunt|uncle|niece|nephew|parent|ma|pa)"
    r"|(?:mother|father|sister|brother|daughter|son)[ -]in[ -]law"
    # partners and people met, in chat forms
    r"|wifey|hubby|bae|boo|side (?:chick|piece|girl)|mistress|lover|fwb|friend with benefits|situationship"
    r"|hook-?up|one night stand|fling|booty call|sugar (?:daddy|baby|mommy|mama)|roomie|bro|sis"
    r"|mentor|mentee|ceo|cfo|cto|pupil|apprentice|doorman|bouncer|security guard|neighbou?r lady"
    # online groups: the people of a server, chat group or guild are people the speaker knows
    r"|(?:discord|server|reddit|subreddit|twitch|group ?chat|whatsapp|telegram|facebook|guild|clan)\s+"
    r"(?:mod|moderator|admin|friend|buddy|mate|member|girl|guy|crush)|mod|moderator|groupmate|guildmate|penpal|pen pal"
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
#: Kinds of everyday place: "the guy from the coffee place", "the woman from the house across the
#: street", "the redhead from the third floor".
_EN_PLACE_HEAD = (
    r"floor|apartment|flat|house|building|unit|room|desk|table|cubicle|office|place|shop|store|cafe|coffee shop"
    r"|bar|pub|gym|studio|salon|restaurant|diner|bakery|bank|pharmacy|clinic|hospital|hotel|school|class|college"
    r"|campus|dorm|library|church|station|garage|warehouse|factory|plant|farm|market|supermarket|mall|deli"
    r"|laundromat|corner shop|corner store|gas station|petrol station|post office|front desk|reception|checkout"
    r"|register|counter|department|team|company|firm|agency|practice|surgery|daycare|nursery|kindergarten"
    r"|pool|club|court|field|track|lab|lobby|hallway|hall|block|street|road|corner|neighbou?rhood|complex|(?:community|leisure|rec|recreation|sports?|fitness|health|medical|youth|day|senior|civic|arts|garden|dance|climbing|yoga|wellness|learning|tutoring|test|call)\s+cent(?:re|er)"
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
    r"|who\s+[a-z]+s\s+(?:my|our)"
    r"|(?:i|we)\s+(?:met|matched with|dated|used to date|hooked up with|know|knew|see|saw|follow|talked to|chat with)"
    # a relative clause that runs or keeps an everyday place: "the lady who runs the laundromat"
    rf"|who\s+(?:runs|owns|manages|keeps|tends|minds|staffs|cleans|opens|closes)\s+the\s+(?:[a-z]+\s+)?(?:{_EN_PLACE_HEAD})"
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
    # the masculine forms
    r"|beau-frere|beau-pere|demi-frere|frere|cousin|oncle|voisin|copain|petit ami|ami|meilleur ami|professeur|coloc"
    r"|serveur|caissier|vendeur|coiffeur|infirmier|boulanger|livreur|facteur|gardien|entraineur|moniteur|stagiaire"
    r"|etudiant|eleve|locataire|proprio|proprietaire|kinesitherapeute|medecin|patient|patiente|client|cliente|employe"
    r"|employee|assistante?|baby-sitter"
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
    r"|cunado|suegro|hermano|hermanastro|padrastro|primo|tio|novio|esposo|marido|amigo|mejor amigo|profesor|maestro"
    r"|entrenador|camarero|mesero|cajero|repartidor|portero|conserje|inquilin[ao]|casero|arrendador|alumn[ao]"
    r"|estudiante|paciente|cliente|empleado|becario|medico|doctor|enfermero|fisio"
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
    r"|schwager|schwiegervater|stiefbruder|stiefvater|bruder|cousin|onkel|mann|ehemann|freund|mitbewohner|mieterin"
    r"|mieter|vermieter|patientin|patient|kundin|kunde|schulerin|schuler|student|azubi"
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
#: Adjectives used as nouns for a person ("die Neue", "die Kleine aus der Nachbarwohnung").
_DE_NOMINAL = r"neue|blonde|kleine|rothaarige|dunkelhaarige|hubsche|sub|suse"
DE_PERSON_NOUN = rf"{_DE_ADJ}(?:{_DE_PERSON}|{_DE_ROLE_WORD}|{_DE_NOMINAL})\b"
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
    r"|cunhado|sogro|irmao|meio-irmao|padrasto|primo|tio|vizinho|namorado|marido|amigo|melhor amigo|professor"
    r"|treinador|garcom|caixa|entregador|porteiro|zelador|inquilin[ao]|locatari[ao]|senhoria|senhorio|alun[ao]"
    r"|paciente|cliente|funcionari[ao]|estagiari[ao]|medico|enfermeiro|fisio|atendente|gerente|chefe"
)
_PT_PERSON = r"menina|mina|moca|mulher|garota|gata|gostosa|cara|novinha|loira|morena|" + _PT_ROLE
_PT_PLACE = (
    r"contabilidade|escritorio|trabalho|firma|empresa|academia|padaria|mercado|supermercado|loja|bar|cafe"
    r"|lanchonete|restaurante|banco|farmacia|rh|recursos humanos|recepcao|escola|faculdade|facul|sala|predio"
    r"|lado|cima|baixo|frente|caixa|salao|hotel|hospital|clinica|apartamento do lado|ape do lado"
)


_rx = lazy  # each row is compiled the first time a prompt opens it (text/lazy_regex.py)


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
         # "the new girl at work", "that guy at school": where the speaker spends the day
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})s?\s+at\s+(?:work|school|uni|college|church|the\s+office)\b"
         rf"|\b(?:the|that|this|a|an|some)\s+{_ADJ}(?:{_EN_PERSON})s?\s+(?:at|in|on|from)\s+(?:my|our)\s+(?:local\s+)?"
         rf"(?!(?:story|stories|dreams?|fantasy|fantasies|novel|book(?!\s+(?:club|group|circle))|game|head|imagination|comic|fanfic|fic|rp|roleplay)\b)\w+"
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
         # a place named by its compound head ("aus der Parallelklasse", "aus dem dritten Stock",
         # "aus der Nachbarwohnung", "aus meiner Lerngruppe" is below)
         rf"|\b(?:die|der|das|diese|dieser|dieses)\s+(?:(?:neue|hubsche|junge|blonde|kleine)\s+)?(?:{_DE_PERSON}|{_DE_NOMINAL}|{_DE_ROLE_WORD})\s+"
         rf"(?:aus\s+der|aus\s+dem|vom|von\s+der|im|in\s+der)\s+{_DE_ADJ}"
         rf"[a-z]*(?:klasse|wohnung|stock|etage|abteilung|gruppe|kurs|zimmer|buro|team|filiale|praxis|kanzlei|wg|geschaft|zentrum|studio|laden|markt|apotheke|salon|kneipe|cafe|bad|bibliothek|center|kita|kindergarten|backerei|restaurant|hotel)\b"
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
    open_rows = rows_to_try(_GATES, {text[i : i + 3] for i in range(len(text) - 2)})  # roles_ml.rows_to_try
    for name, score, pat in map(PRIVATE_PERSON_PATTERNS.__getitem__, sorted(open_rows)):  # table order
        if name in _HEAD_CHECKED:
            out.extend((name, score, a, b) for a, b in _checked_matches(pat, text, _HEAD_CHECKED[name]))
        else:
            out.extend((name, score, m.start(), m.end()) for m in pat.finditer(text))
    return out


def _head_is_person(m: re.Match[str], check: Callable[[str], bool] | None) -> bool:
    head = m.group("head")
    if check is not None:
        return check(head)
    if m.group("art") == "a":
        return _PT_HEAD.fullmatch(head) is not None
    return _PERSON_HEAD.fullmatch(head) is not None


def _checked_matches(pat: re.Pattern[str], text: str, check: Callable[[str], bool] | None):
    """Matches whose head noun is a person; after a rejected head the search goes on one word
    later, so a rejected candidate cannot hide a real one inside it (each start is tried once:
    linear)."""
    pos = 0
    while True:
        m = pat.search(text, pos)
        if m is None:
            return
        if _head_is_person(m, check):
            # a rule that matches context before the person reports the person only
            yield (m.start("span") if "span" in pat.groupindex else m.start()), m.end()
            pos = m.end()
        else:
            nxt = text.find(" ", m.start() + 1)
            if nxt < 0:
                return
            pos = nxt + 1


# --- Round 2: Italian, Dutch, Polish, and constructions shared by every language ---------------
# Why constructions: "la cassiera del supermercato", "the girl who works at the bakery", "le mec
# avec qui j'ai matché" are specific people because of how the phrase is built (a role with the
# place it belongs to, a relative clause about the speaker), whatever the noun. Role nouns are also
# recognised by their agent suffix after a possessive ("mi inquilina", "ma pharmacienne", "my
# librarian"), so a role missing from the lists above is still a role.

# Italian (no accents)
_IT_ROLE = (
    r"colleg(?:a|he|hi)|vicin[ao](?: di casa)?|capa|capo|responsabile|professoressa|prof|maestra|insegnante"
    r"|cassiera|cameriera|commessa|barista|segretaria|infermiera|dottoressa|dentista|parrucchiera|estetista"
    r"|massaggiatrice|istruttrice|allenatrice|personal trainer|babysitter|baby-sitter|tata|colf|domestica|badante"
    r"|donna delle pulizie|stagista|tirocinante|studentessa|alunna|coinquilin[ao]|compagn[ao](?: di \w+)?"
    r"|cugin[ao]|sorella|sorellastra|fratello|zia|cognat[ao]|suocera|matrigna|nipote|fidanzat[ao]|ragazz[ao]"
    r"|moglie|marito|amic[ao]|migliore amica|ex|padrona di casa|padrone di casa|inquilin[ao]|portinaia|match|crush"
    r"|psicologa|terapeuta|avvocata|poliziotta|autista|fisioterapista|ginecologa|veterinaria|receptionist"
    r"|bibliotecaria|farmacista|postina|fattorina|hostess|assistente|prof di \w+|professoressa di \w+"
    r"|cameriere|commesso|professore|maestro|allenatore|istruttore|infermiere|dottore|medico|suocero|zio"
    r"|paziente|cliente|dipendente|studente|allievo|allieva"
)
_IT_PERSON = r"ragazza|ragazzo|donna|tipa|tizia|tizio|signora|signorina|uomo|bionda|mora|" + _IT_ROLE
_IT_PLACE = (
    r"ufficio|lavoro|palestra|bar|supermercato|negozio|panetteria|forno|farmacia|banca|posta|scuola|classe"
    r"|universita|palazzo|condominio|piano di sopra|piano di sotto|accanto|fronte|di fronte|reception|mensa"
    r"|cassa|parrucchiere|salone|hotel|albergo|ospedale|clinica|ristorante|pizzeria|sotto casa|pianerottolo"
)
_IT_MY = r"mia|mio|mie|miei|nostra|nostro|nostre|nostri"

# Dutch
_NL_ROLE = (
    r"collega|collegaatje|buurvrouw|buurman|buurmeisje|baas|bazin|leidinggevende|lerares|leraar|juf|docente"
    r"|zus|zusje|nicht|tante|schoonzus|schoonmoeder|stiefzus|stiefmoeder|vriendin|vriend|ex|kamergenote"
    r"|huisgenote|huisgenoot|serveerster|kassamedewerkster|kassiere|kapster|verpleegster|stagiaire|studente"
    r"|leerling|secretaresse|receptioniste|oppas|schoonmaakster|date|match|crush|klasgenote|klasgenoot|vrouw"
    r"|echtgenote|trainster|masseuse|tandarts|dokter|huisarts"
)
_NL_PERSON = r"meid|meisje|vrouw|jongen|man|gast|dame|chick|" + _NL_ROLE
_NL_PLACE = (
    r"werk|kantoor|de sportschool|sportschool|de gym|gym|de bakker|bakker|de supermarkt|supermarkt|de winkel"
    r"|de kassa|school|de klas|klas|hiernaast|naast|boven|beneden|de overkant|overkant|tegenover|de buurt|de receptie|het winkelcentrum|winkelcentrum|de kapper|de kapsalon|het cafe|de kroeg|de bar|de apotheek|de praktijk|de bibliotheek|het zwembad|de bakkerij|de slagerij|de markt|het tankstation|de dansschool|de yogastudio|de balie|de buurtsuper|de kinderopvang|de creche|de sauna|de manege|de huisartsenpraktijk|de tandartspraktijk"
)

# Polish (folded: "ż" -> "z", "ą" -> "a"; "ł" stays): stems take their case endings.
_PL_ROLE = (
    r"kolezank[aeiy]|koleg[aei]|sasiadk[aeiy]|sasiad(?:a|owi)?|szefow[aea]|szefowej|nauczycielk[aeiy]|siostr[aeyz]e?"
    r"|kuzynk[aeiy]|cioci[aeu]?|ciotk[aeiy]|szwagierk[aeiy]|tesciow[aeya]|tesciowej|macoch[aeyy]|dziewczyn[aeyi]e?"
    r"|zon[aey]|przyjaciolk[aeiy]|przyjacio[lł]k[aeiy]|wspo[lł]lokatork[aeiy]|kelnerk[aeiy]|kasjerk[aeiy]"
    r"|fryzjerk[aeiy]|piel[eę]gniark[aeiy]|sekretark[aeiy]|stazystk[aeiy]|studentk[aeiy]|uczennic[aeyy]"
    r"|niani?[aeiy]?|sprzataczk[aeiy]|trenerk[aeiy]|lekark[aeiy]|dentystk[aeiy]|by[lł]a|by[lł]ej|ex"
)
_PL_PERSON = r"dziewczyn[aeyi]e?|kobiet[aeyi]e?|lask[aeiy]|pani|facet(?:a)?|chlopak(?:a)?|ch[lł]opak(?:a)?|" + _PL_ROLE
_PL_MY = r"moj[aeą]?|mojej|moja|moje|mojego|moim|nasz[aey]?|naszej|naszego"
_PL_PLACE = r"pracy|biura|silowni|si[lł]owni|klasy|szkoly|szko[lł]y|sklepu|piekarni|naprzeciwka|sasiedztwa|bloku|uczelni|kawiarni|recepcji|ksiegowosci|kadr|apteki|salonu|baru|restauracji|hotelu|banku|poczty|przychodni|przedszkola|parteru|pietra|osiedla|klatki|fryzjera|kwiaciarni|biedronki|zabki"

#: Suffixes of agent and role nouns, per language, for a noun right after a first-person
#: possessive; the exceptions are frequent objects and body parts with the same ending.
_SUFFIX_ROLE = (
    r"[a-z]{2,}(?:ist|ian|ee|ess|ant|ent)"            # en: librarian, trainee, hostess, tenant, student
    r"|[a-z]{2,}(?:euse|iere|ienne|trice|ante|ente|iste|esse|aire|eure)"  # fr: pharmacienne, gerante
    r"|[a-z]{2,}(?:era|ora|ista|ante|ente|iga|ina|ana|ada)"               # es: inquilina, cunada, peluquera
    r"|[a-z]{2,}(?:eira|ora|ista|ante|ente|iga|ina|ada|a)"                # pt (feminine -a after minha)
    r"|[a-z]{2,}(?:iera|essa|ista|ante|ente|ina|ora|ice|ata)"             # it: cassiera, dottoressa
)
_SUFFIX_ROLE_EN = r"[a-z]{2,}(?:ist|ian|ee|ess|ant|ent)"
_SUFFIX_NOT_PERSON = (
    r"(?:[a-z]*(?:ment|list|dress|ress|ness|ance|ence|cess|ess\w)|coffee|degree|committee|toffee|knee|pants|plant"
    r"|present|content|event|comment|moment|apartment|client-side|accent|talent|parent-teacher|tent|scent|percent"
    r"|chemise|voiture|maison|chambre|photo|image|robe|jupe|culotte|poitrine|bouche|tete|vie|main|porte|fenetre"
    r"|cuisine|piscine|machine|vitrine|narine|tente|descente|detente|affaire|memoire|histoire|commentaire|carriere"
    r"|carrera|cartera|bandera|madera|escalera|manera|primera|nevera|cadera|frontera|pulsera|billetera|hora|aurora"
    r"|computadora|impresora|lavadora|secadora|aspiradora|cocina|oficina|vagina|ventana|semana|manzana|cama|casa"
    r"|cara|boca|ropa|foto|falda|blusa|camisa|chaqueta|almohada|entrada|mirada|jornada|ensalada|temporada|llegada"
    r"|casa|roupa|saia|blusa|camisa|cadeira|carteira|bandeira|madeira|geladeira|hora|agora|camera|janela|cozinha"
    r"|piscina|vagina|semana|cama|boca|cara|sala|mesa|porta|vida|foto|calcinha|camiseta|entrada|namorada"
    r"|cucina|macchina|vetrina|piscina|camera|cartella|borsa|gonna|maglietta|mutanda|vita|bocca|faccia|testa"
    r"|ora|signora|ragazza|sera|bandiera|carriera|finestra|porta|foto|stanza|casa|festa|pelle|spiaggia)"
)
_SUFFIX_NOT_PERSON_NEG = rf"(?!{_SUFFIX_NOT_PERSON}$)"
#: A head noun that is a role by its suffix alone ("the florist I buy roses from", "la fioraia
#: della stazione"), never one of the frequent objects, places and times with the same ending.
_AGENT_HEAD = (
    r"(?!(?:[a-z]*(?:ment|ness|ance|ence)|restaurant|plant|giant|elephant|infant|instant|tree|free|three|agree"
    r"|spree|guarantee|manana|lana|campana|fontana|settimana|mattina|cantina|collina|spina|farina|giornata"
    r"|serata|insalata|passeggiata|strada|radice|cornice|matrice|vernice|promessa|stessa|bandiera|preghiera"
    r"|costiera|fioriera|vista|pista|lista|rivista|conquista|revista|entrevista|gente|mente|fuente|corriente"
    r"|puente|diente|accidente|ambiente|frente|presente|oriente|occidente|continente|incidente|restaurante"
    r"|volante|elefante|diamante|guante|estante|affaire|anniversaire|salaire|dictionnaire|riviere|lumiere"
    r"|premiere|frontiere|priere|matiere|derniere|biere|plante|pente|vente|rente|attente|fente|piste|liste"
    r"|messe|vitesse|jeunesse|caresse|tendresse|sagesse|paresse|fesse|heure|demeure|meilleure|interieure"
    r"|superieure|exterieure|parede|cadeira|bandeira|madeira|geladeira|carteira|feira|poltrona|praia|noite"
    r"|emperatriz|imperatrice|sirena|diosa|deusa|guardian|titan|amazon|christian|barbarian|alien|vampire)$)"
    # not "-ess" or "-ina": goddess, princess, reina, regina are royalty and myth, not roles
    rf"(?:{_SUFFIX_NOT_PERSON_NEG}[a-z]{{2,}}(?:ist|ian|ee|ant|ent|euse|iere|ienne|trice|ante|ente|iste|aire"
    r"|era|ora|ista|iga|ana|ada|eira|iera|ata|ice))"
)
#: First-person words inside a relative clause ("the waitress at the diner I go to", "le mec avec
#: qui j'ai matché", "la chica que conocí", "der Typ, mit dem ich ...", "a menina que eu ...").
_FIRST_PERSON = (
    r"i|we|i'm|i've|i'd|my|our"  # not "me": "the nurse who gives me a bath" is a point of view
    r"|je|j'\w*|j|nous|moi|mon|ma|mes|notre|nos|m'\w*"  # not "on": English "on" is no speaker
    r"|yo|me|mi|mis|nos|nuestr[ao]s?|conozco|conoci|veo|hice|tuve|fui|sali|voy|trabajo|vivo|ligue|bese|quede"
    r"|hable|sigo|tengo|estudio|entreno|hago"
    r"|ich|mich|mir|mein\w*|uns|unser\w*|wir"
    r"|eu|meu|minha|meus|minhas|nosso|nossa|a gente|conheci|vou|trabalho|moro"
    r"|io|mio|mia|miei|mie|ci|noi|nostr[aoie]|conosco|ho|vado|lavoro|abito"
    r"|ik|mijn|m'n|onze|ons|wij|we"
)
#: Verbs of a relative clause that place someone in the speaker's everyday life, 3rd person.
_WORKS = (
    r"works|worked|lives|lived|serves|cleans|delivers|teaches|coaches"
    r"|travaille|bosse|bossait|habite|vit|sert|tient|fait le menage|livre|enseigne"
    r"|trabaja|curra|vive|atiende|sirve|limpia|cuida|ensena|reparte"
    r"|arbeitet|wohnt|jobbt|bedient|kassiert|putzt|unterrichtet|trainiert"
    r"|trabalha|mora|atende|serve|limpa|cuida|ensina"
    r"|lavora|abita|vive|serve|pulisce|insegna"
    r"|werkt|woont"
)
_REL_PRON = (
    r"who|whom|that|which"
    r"|qui|que|avec qui|chez qui|a qui|pour qui|dont|avec laquelle|avec lequel|avec qui je"
    r"|con (?:el|la|los|las) que|con quien|a (?:la|el) que|de (?:la|el) que|quien|la que|el que"
    r"|die|der|den|dem|mit der|mit dem|bei der|bei dem|von der|von dem|mit die|wo"
    r"|com quem|de quem|quem|com (?:a|o) qual|a qual|o qual"
    r"|che|con cui|di cui|a cui|la quale|il quale"
    r"|die|dat|met wie|waar"
)
_DEF = (
    r"the|that|this|those|these|la|le|l'|cette|ce|cet|el|esa|ese|esta|este|aquella|aquel|die|der|das|diese|dieser"
    r"|o|essa|esse|aquela|aquele|il|lo|quella|quel|questa|questo|de|dat|deze|ta|ten|tamta|tamten"
)
#: Nouns after which a complement is a work of fiction or an image, not a place ("the nurse from
#: the movie", "la serveuse du tableau").
_FICTION = (
    r"movie|film|show|series|anime|manga|comic|game|book|novel|story|painting|picture|photo|poster|ad|advert"
    r"|commercial|video|song|cover|magazine|cartoon|dream|fairy|legend|myth|tv|netflix|sims|dnd"
    r"|tableau|jeu|bd|roman|serie|dessin|reve|conte|pub|cuadro|pintura|pelicula|juego|novela|sueno|cuento|anuncio"
    r"|gemalde|bild|spiel|roman|traum|marchen|werbung|quadro|pintura|filme|jogo|novela|sonho|desenho|dipinto"
    r"|gioco|fumetto|sogno|favola|pubblicita|schilderij|droom|spel|obraz|gra|sen|bajka"
)
_ALL_PERSON = "|".join([_EN_PERSON, _FR_PERSON, _ES_PERSON, _DE_PERSON, _PT_PERSON, _IT_PERSON, _NL_PERSON])
_ALL_ROLE = "|".join([_EN_ROLE, _FR_ROLE, _ES_ROLE, _DE_ROLE, _PT_ROLE, _IT_ROLE, _NL_ROLE])
_NOUN_W = r"(?:[a-z'-]+\s+){0,2}?"  # up to two adjectives, lazily, so the noun can be the role

_KIN = (
    r"wife|husband|daughter|son|sister|brother|mother|mom|mum|girlfriend|boyfriend|femme|mari|fille|soeur|mere"
    r"|copine|mujer|esposa|hija|hermana|madre|novia|frau|tochter|schwester|mutter|freundin|mulher|filha|irma|mae"
    r"|namorada|moglie|figlia|sorella|fidanzata|vrouw|dochter|zus|moeder|vriendin|ex"
)
#: Verbs of images and stories the speaker made: "the woman I generated" is nobody.
_MADE_UP = (
    r"(?:created|generated|designed|rendered|imagined|invented|painted|drew|drawn|sketched|made|described|animated"
    r"|prompted|wrote|dreamed|dreamt|cree|creee|imagine|dessine|invente|genere|disene|pinte|sone|erstellt|gezeichnet"
    r"|erfunden|getraumt|criei|desenhei|imaginei|inventei|sonhei|creato|disegnato|immaginato|inventato|sognato)"
)
#: A definite person noun with up to two modifiers before it.
#: A determiner, up to two modifiers and the head noun right before the clause. The head is
#: checked after the match (``_head_is_person``): one cheap word pattern, then a full match of
#: the person nouns, is much faster than trying every person noun at every article.
_DEF_HEAD = rf"(?:\b(?P<art>{_DEF}|a)\s+|\bl')(?:[a-z-]+\s+){{0,2}}?(?P<head>[a-z-]+)"
_PERSON_HEAD = re.compile(rf"(?:{_ALL_PERSON}|{_DE_NOMINAL}|{_AGENT_HEAD})")
#: Portuguese "a" is "the" ("a moça que ..."); English "a" is not ("a nurse who ..." is anyone).
_PT_HEAD = re.compile(rf"(?:{_PT_PERSON})")
#: Up to four words of a relative clause, none of them a work of fiction.
_CLAUSE_WORDS = rf"(?:(?!(?:{_FICTION})\b)[a-z']+\s+){{0,4}}?"
#: The next six words name no work of fiction, dream or image.
_NO_FICTION_AHEAD = rf"(?!(?:[a-z',]+\s+){{0,6}}?(?:{_FICTION}|dreams|fantasies|imagination|head)\b)"
#: A first-person word followed by a verb that is not "made up" (Spanish and Italian drop the
#: pronoun: a first-person verb form stands alone).
_SPEAKER_VERB = (
    rf"(?:(?:{_FIRST_PERSON})\b(?:\s+(?!{_MADE_UP}\b)[a-z']+(?![a-z'])|$|[,.!?]))"
    # "the girl I see in my dreams" is nobody
    rf"(?!(?:\s+[a-z']+){{0,4}}?\s+(?:{_FICTION}|dreams|fantasies|imagination|head)\b)"
)
#: Role nouns that are also generic ("femme", "Frau", "man") or not people in a complement ("the
#: date of", "the match of"): a specific role needs none of them.
_ROLE_HEAD_EXCLUDED = (
    r"(?!(?:ex|date|match|crush|client|customer|partner|hire|staff|patient|officer|cop|cita|affare|schwarm|amante"
    r"|plan cul|femme|mujer|mulher|frau|ragazza|ragazzo|vrouw|man|wife|husband|friend|amie|amiga|amica|freundin"
    r"|freund|vriend|vriendin|pal|buddy|mate)\b)"
)
_ROLE_HEAD = re.compile(rf"{_ROLE_HEAD_EXCLUDED}(?:{_ALL_ROLE}|{_DE_NOMINAL}|{_AGENT_HEAD})")
_ROLE_ADJ = (
    r"(?:(?:new|nouvelle|nueva|nova|nuova|neue|nieuwe|old|vieille|cute|jolie|guapa|bella|gostosa|hot|sexy)\s+)?"
)
_COLOUR = (
    r"rojo|azul|blanco|negro|verde|rosa|rouge|bleu|blanc|noir|vert|rot|blau|weiss|schwarz|vermelho|branco|preto"
    r"|rosso|bianco|nero|red|blue|white|black|green|pink"
)
#: The place or group in a role's complement: any word but a work of fiction or a colour.
_PLACE_WORD = (
    rf"(?!(?:{_FICTION}|{_COLOUR}|anime|fantasy|fantasia|fantaisie|fiction|the|a|an|la|el|le|les|los|las|o|os|as|il"
    rf"|lo|de|der|die|das|dem|den|het|front|back|left|right|top|bottom|center|centre|middle|end|edge|side|corner"
    rf"|night|day|shift|scene|image|frame|background|foreground|sea|forest|woods|castle|palace|temple|kingdom"
    rf"|village|sky|moon|stars|future|past|world|galaxy|planet|gods|olympus|underworld|realm|empire|tribe)\b)[a-z][a-z-]+"
)

PRIVATE_PERSON_PATTERNS += [
    # Italian: "la mia collega", "mia cugina", "la cassiera del supermercato", "la moglie del mio capo"
    ("it_mia_role", 0.8,
     _rx(rf"\b(?:{_IT_MY})\s+(?:(?:nuova|nuovo|bella|sexy|vecchia|ex|cara)\s+)?(?:{_IT_ROLE})\b")),
    ("it_person_from_place", 0.8,
     _rx(rf"\b(?:la|il|lo|l'|quella|quel|questa|questo)\s*(?:(?:nuova|bella|giovane)\s+)?(?:{_IT_PERSON})\s+"
         rf"(?:del|della|dello|dell'|dei|delle|al|alla|allo|in|nel|nella|dal|dalla|di|da|sotto)\s*(?:{_IT_PLACE})\b"
         rf"|\b(?:la|il|lo|l'|quella|quel|una|un)\s*(?:{_IT_PERSON})\s+(?:del|della|dello|di|dal|dalla|da|al|alla|nel|nella|in)\s+"
         rf"(?:(?:il|la|i|le)\s+)?(?:{_IT_MY})\s+\w+")),
    # Dutch: "mijn collega", "de buurvrouw van hiernaast", "de meid van de sportschool"
    ("nl_mijn_role", 0.8, _rx(rf"\b(?:mijn|m'n|onze|ons)\s+(?:[a-z]+e\s+)?(?:{_NL_ROLE})\b")),
    ("nl_person_from_place", 0.8,
     _rx(rf"\b(?:de|die|dat|het|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_PERSON})\s+(?:van|uit|bij|op|in)\s+(?:{_NL_PLACE})\b"
         rf"|\b(?:de|die|dat|het|deze|een)\s+(?:{_NL_PERSON})\s+(?:van|uit|bij|op|in)\s+(?:mijn|m'n|onze|ons)\s+\w+")),
    # Polish: "moja koleżanka z pracy", "moją sąsiadkę", "laska z siłowni"
    ("pl_moja_role", 0.8, _rx(rf"\b(?:{_PL_MY})\s+(?:[a-z]+[aey]\s+)?(?:{_PL_ROLE})\b")),
    ("pl_person_from_place", 0.8,
     _rx(rf"\b(?:{_PL_PERSON})\s+(?:z|ze|spod|od)\s+(?:(?:{_PL_MY})\s+)?(?:{_PL_PLACE})\b")),
    # Any language: a first-person possessive and a noun with an agent suffix ("mi inquilina",
    # "ma pharmacienne", "my librarian", "minha inquilina", "la mia estetista").
    # English possessives take the English suffixes only: "my sofa", "my pizza" are no
    # Portuguese or Spanish feminine agent nouns (round 4).
    ("my_agent_noun", 0.75,
     _rx(rf"\b(?:my|our)\s+(?:(?:new|old|former|ex)\s+)?"
         rf"(?!(?:{_SUFFIX_NOT_PERSON})\b)(?:{_SUFFIX_ROLE_EN})\b"
         rf"|\b(?:ma|mon|mes|notre|nos|mi|mis|nuestra|nuestro|minha|meu|nossa|nosso|{_IT_MY})\s+"
         rf"(?:(?:new|old|former|nouvelle|nueva|nova|nuova|ex)\s+)?"
         rf"(?!(?:{_SUFFIX_NOT_PERSON})\b)(?:{_SUFFIX_ROLE})\b")),
    # Any language: a definite person with a relative clause about the speaker ("the waitress at
    # the diner I go to", "le mec avec qui j'ai matché", "der Typ, mit dem ich ...", "la chica que
    # conocí"), or one saying where they work or live ("the girl who works at the bakery", "la
    # fille qui bosse à la boulangerie", "die Frau, die beim Bäcker arbeitet", "la ragazza che
    # lavora al bar"). The clause is bounded (four words) and never about a work of fiction or an
    # image the speaker made ("the woman I generated").
    ("relative_clause_speaker", 0.8,
     _rx(rf"{_DEF_HEAD}\s*,?\s+(?:(?:{_REL_PRON})\s+{_NO_FICTION_AHEAD}{_CLAUSE_WORDS}(?:{_SPEAKER_VERB}|(?:{_WORKS})\b)"
         # Spanish, Italian and Portuguese drop the pronoun: a first-person present ("-o") right
         # after the relative pronoun, with at most a clitic between ("la chica con la que salgo",
         # "la ragazza che vedo", "la chica que me gusta" is above)
         rf"|(?:que|con\s+(?:la|el)\s+que|con\s+quien|a\s+quien|che|con\s+cui|di\s+cui|com\s+quem|de\s+quem)\s+"
         rf"(?:(?:te|la|lo|le|les|se|ti|gli|a)\s+)?{_NO_FICTION_AHEAD}(?!{_MADE_UP}\b)[a-z]{{2,}}o\b)")),
    # English drops the pronoun: "the guy I matched with", "the barista at the cafe we go to"
    ("zero_relative_speaker", 0.8,
     _rx(rf"{_DEF_HEAD}\s+(?:(?:at|in|from)\s+(?:the|a)\s+(?!(?:{_FICTION})\b)\w+\s+)?"
         rf"(?:i|we|i've|i'd)\s+(?!{_MADE_UP}\b)[a-z']+(?![a-z'])"
         rf"(?!(?:\s+[a-z',]+){{0,5}}?\s+(?:{_FICTION}|dreams|fantasies|imagination|head)\b)")),
    # Any language: a definite role noun and the place or group it belongs to ("la prof de maths",
    # "la vecina del quinto", "la cassiera del supermercato", "die Neue aus dem Büro", "the
    # cashier at the deli") -- a role, not "a girl", and never a work of fiction ("la serveuse du
    # tableau", "the nurse from the movie") or a colour ("la enfermera de blanco").
    ("role_of_place_en", 0.75,
     _rx(rf"\b(?:the|that|this)\s+{_ROLE_ADJ}(?P<head>[a-z-]+)\s+(?:at|from|of)\s+(?:the\s+)?{_PLACE_WORD}")),
    ("role_of_place", 0.75,
     _rx(rf"(?:\b(?:la|le|cette|ce|el|esa|ese|a|o|essa|esse|aquela|il|lo|quella|die|der|diese|de)\s+|\bl')"
         rf"{_ROLE_ADJ}(?P<head>[a-z-]+)\s+"
         rf"(?:du|de\s+la|de\s+l'|des|de|d'|del|de\s+las|de\s+los|da|do|das|dos|della|dello|dell'|dei|delle"
         rf"|dal|dalla|im|vom|aus\s+dem|aus\s+der|von\s+der|von\s+dem|van\s+de|van\s+het|van|bij\s+de|bij\s+het)"
         rf"\s*(?:la\s+|el\s+|le\s+|a\s+|o\s+)?{_PLACE_WORD}")),
    # Any language: a relative of someone named by role ("the wife of the plumber", "la femme du
    # boulanger", "la hija del portero", "die Tochter des Hausmeisters", "a filha do padeiro",
    # "la moglie del fornaio"): kin of a particular person is a particular person. The role may
    # be any agent noun (-er, -eur, -ier, -ero, -eiro, -aio, -ist ...).
    ("kin_of_role", 0.75,
     _rx(rf"(?:\b(?:{_DEF})\s+|\bl')(?:{_KIN})\s+"
         rf"(?:of\s+the|of\s+my|of\s+our|du|de\s+la|de\s+l'|del|de\s+la|da|do|della|dello|del|dell'|des|der|van\s+de)\s*"
         rf"(?:{_ALL_ROLE}|[a-z]{{2,}}(?:er|eur|ier|iere|ero|era|eiro|eira|aio|aia|ist|ista|ian|ant|ent|ante|ente|ore|ora|ers|ern|ns))\b")),
    # "the new intern", "our old secretary", "la nouvelle stagiaire", "die neue Praktikantin":
    # a role with a definite article and a "new/old" that places them in the speaker's life.
    ("the_new_role", 0.75,
     _rx(rf"\b(?:the|that|our)\s+(?:new|old|current|former)\s+(?:{_EN_ROLE})\b(?!\s+(?:{_COSTUME}))"
         rf"|\b(?:la\s+nouvelle|le\s+nouveau|l'ancienne|la\s+nueva|el\s+nuevo|die\s+neue|der\s+neue|a\s+nova|o\s+novo"
         rf"|la\s+nuova|il\s+nuovo|de\s+nieuwe)\s+(?:{_FR_ROLE}|{_ES_ROLE}|{_DE_ROLE_WORD}|{_PT_ROLE}|{_IT_ROLE}|{_NL_ROLE})\b")),
    # Chat drops the article: "girl in my chem lab naked", "pls make chick from my work nude",
    # "chica de mi curro desnuda". A person noun at the start of the prompt or clause, or right
    # after a request verb, with the speaker's place after it.
    ("bare_person_of_my_place", 0.75,
     _rx(rf"(?:^|[,;:!?.(]\s*|\b(?:pls|please|plz|make|generate|show|draw|create|imagine|render|of)\s+)"
         rf"(?P<span>(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s+"
         rf"(?:at|in|on|from|de|del|da|do|di|della|aus|von|vom|bei|van|uit|z|ze)\s+"
         rf"(?:my|our|mi|mis|ma|mon|mes|meu|minha|meus|minhas|mia|mio|miei|mie|meiner|meinem|meinen|mijn|m'n|onze"
         rf"|mojej|moim|mojego|nuestra|nuestro|nossa|nosso|notre|nos)\s+"
         rf"(?!(?:{_FICTION}|dreams|stories|imagination|fantasy|fantasies|mind|head|sueno|suenos|reves|traumen|sonhos"
         # furniture and screens are where a picture is put, not where the speaker meets someone
         # ("nude woman on my sofa", round 4)
         rf"|sogni|sofa|couch|bed|chair|armchair|table|floor|carpet|rug|wall|walls|screen|phone|laptop|computer"
         rf"|monitor|canvas|poster|lap|desktop|wallpaper)\b)\w+)")),
    # Spanish, Portuguese, Italian "the one from": "la del súper de mi barrio", "a da padaria",
    # "quella del bar sotto casa" -- an article with no noun and the place it belongs to (a place
    # of the lists, or one followed by the speaker's possessive).
    ("the_one_from", 0.75,
     _rx(rf"\b(?:la|el|esa|ese|a|o|essa|esse|aquela|quella|quello)\s+"
         # "la nueva de contabilidad", "a nova da academia": "new" makes the one a newcomer there
         rf"(?:(?:nueva|nuevo|nova|novo|nuova|nuovo)\s+(?=de\s|da\s|do\s|di\s|del\s|della\s))?"
         rf"(?:del|de\s+la|de\s+los|de\s+las|da|do|das|dos|de(?=\s+(?:{_ES_PLACE})\b)"
         rf"|della|dello|del|dei|delle|dal|dalla)\s+"
         rf"(?:(?:{_ES_PLACE}|{_PT_PLACE}|{_IT_PLACE})\b|{_PLACE_WORD}\s+(?:de|do|da|di|del|della)\s+"
         rf"(?:mi|mis|meu|minha|mia|mio|nuestra|nuestro|nossa|nosso|nostra|nostro)\b)")),
    # "the intern's sister", "the landlord's daughter": a relative or partner of someone named
    # by role with a definite article.
    ("role_s_person", 0.75,
     _rx(rf"\b(?:the|our|that)\s+(?:{_EN_ROLE})'s\s+{_ADJ}(?:{_EN_PERSON})\b")),
    # "the redhead from the third floor", "the guy from the coffee place", "the woman in the
    # apartment below mine", "the girl at table 5": a person and an everyday place named by its
    # kind (any words before a place head noun), a numbered seat or flat, or "mine"/"ours".
    ("en_person_everyday_place", 0.75,
     _rx(rf"\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:from|at|in|on)\s+the\s+(?:[a-z]+\s+){{0,2}}?"
         rf"(?:{_EN_PLACE_HEAD})\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:at|in|from)\s+(?:table|seat|desk|room|apartment|apt|unit|flat"
         rf"|cubicle|locker|booth|register|checkout|counter|lane|window)\s+(?:#\s*)?[0-9]+[a-z]?\b"
         rf"|\b(?:the|that|this)\s+{_ADJ}(?:{_EN_PERSON})\s+(?:[a-z]+\s+){{1,4}}?(?:below|above|next\s+to|across\s+from"
         rf"|opposite|beside|near)\s+(?:mine|ours|me|us)\b")),
]

# Round 3: the person in the photo being edited ("the woman in the image", "la chica de la imagen", "die Frau im
# Bild"; round 11: "the girl in the second photo"): someone's photo by construction (an edit), unlike a painting
# or a film ("the woman in the painting" stays a character).
_PHOTO = r"image|photo|picture|pic|photograph|selfie|snapshot|snap|upload|foto|imagen|imagem|immagine|bild|fotografia"
_NTH = r"first|second|third|fourth|last|other|left|right|top|bottom|1st|2nd|3rd|4th|previous|same"
PRIVATE_PERSON_PATTERNS.append(
    ("person_in_photo", 0.75,
     _rx(rf"\b(?:the|this|that|la|le|cette|el|esa|esta|a|o|essa|esta|die|der|diese|il|lo|quella|questa)\s+"
         rf"(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s+"
         rf"(?:in|on|from|of|de\s+la|de\s+l'|de|del|en\s+la|en\s+esta|sur\s+l'|sur\s+la|sur\s+cette|de\s+cette|im|auf\s+dem"
         rf"|auf\s+diesem|auf\s+der|da|na|nessa|desta|dessa|nella|della|dell'|in\s+questa|nell')\s*"
         rf"(?:the\s+|this\s+|that\s+|my\s+|attached\s+|uploaded\s+)?(?:attached\s+|uploaded\s+|(?:{_NTH})\s+)?(?:{_PHOTO})s?\b"
         # "the woman in the picture frame": the photo word is a modifier of a thing
         r"(?!\s+(?:frames?|books?|galler(?:y|ies)|albums?|walls?|booths?|studios?|shoots?|sessions?|editors?|apps?"
         r"|filters?|rahmen|cadre|marco|moldura|cornice)\b)")))
# "la vecina del 3B", "the girl in 4C", "die Nachbarin aus 12a": a neighbour by flat number.
PRIVATE_PERSON_PATTERNS.append(
    ("person_of_flat_number", 0.75,
     _rx(rf"\b(?:the|la|le|el|die|der|a|o|il|lo)\s+(?:{_EN_PERSON}|{_FR_PERSON}|{_ES_PERSON}|{_DE_PERSON}|{_PT_PERSON}"
         rf"|{_IT_PERSON})\s+(?:in|from|of|del|de|du|aus|von|vom|in|do|da|della|dell')\s+"
         r"(?:(?:flat|apt|apartment|unit|piso|appartement|apartamento|wohnung|appartamento|interno|no\.?|nr\.?)\s+)?"
         r"[0-9]{1,3}[a-z]?\b(?!\s*(?:years?|anos?|anni|ans|jahre?n?|%|am|pm|h)\b)")))
# Round 6: a first name with the place the speaker knows her from ("Anna from HR", "Becca from
# work", "Jess from my gym"): the name says one person, the place says the speaker knows her. The
# head must be a first name of the shipped lists that is no common English word ("Will from work",
# "Grace from church" are lost; "sales from marketing" is no person).
PRIVATE_PERSON_PATTERNS.append(
    ("name_from_place", 0.75,
     _rx(rf"(?<![\w'])(?P<head>[a-z]{{2,}})\s+from\s+(?:{_EN_PLACE}|(?:my|our)\s+(?:{_EN_PLACE_HEAD}))\b")))


def _first_name_head(head: str) -> bool:
    """A gazetteer first name that is no common English word (the gazetteer: cached, built at load)."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    return head in gaz.first and not gaz.is_common_word(head)


def _whole(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda head: pattern.fullmatch(head) is not None


_BARE_HEAD = re.compile(rf"(?:{_ALL_PERSON}|{_PL_PERSON})s?")
#: Rules whose ``head`` group is checked after matching: a predicate on the head word (a whole match
#: of the role or person nouns, a first name), or (None) the person nouns with Portuguese "a" handled.
_HEAD_CHECKED: dict[str, Callable[[str], bool] | None] = {
    "relative_clause_speaker": None, "zero_relative_speaker": None,
    "person_in_photo": _whole(re.compile(rf"(?:{_ALL_PERSON})s?")),
    "role_of_place_en": _whole(_ROLE_HEAD), "role_of_place": _whole(_ROLE_HEAD),
    "bare_person_of_my_place": _whole(_BARE_HEAD),
    "name_from_place": _first_name_head,
}


# Round 4 (issue 10): people located relative to the speaker, -mate compounds, Romanian and Swedish.
#: A person noun with a locating modifier ("the guy upstairs", "the girl two doors down", "the
#: woman next to me on the train", "the lady at the dry cleaner"): where the person is, seen from
#: the speaker. Not "the man upstairs" (an idiom for God) nor "the girl next door" (a trope).
_LOC_NOUN = r"girl|woman|lady|guy|man|dude|chick|gal|bloke|couple|blonde|brunette|redhead|neighbou?r|family"
_LOC_SHOP = (
    r"(?:dry\s+)?cleaners?|butcher'?s?|baker'?s?|florist'?s?|grocer'?s?|tailor'?s?|barber'?s?|chemist'?s?"
    r"|newsagent'?s?|jewell?er'?s?|cobbler'?s?|launderette|laundrette"
    r"|(?!(?:gallery|cemetery|nursery|mystery|scenery|battery|artillery|brewery|winery)\b)[a-z]+(?:shop|store|mart|ery)"
)
_LOCATING = (
    r"upstairs|downstairs|(?:one|two|three|four|five|a\s+few|[0-9]+)\s+doors?\s+(?:down|up|over|away)"
    r"|across\s+the\s+(?:hall|hallway|landing|corridor|street|road|way)|down\s+the\s+(?:hall|hallway|corridor|street|road|block)"
    r"|(?:next\s+to|behind|in\s+front\s+of|beside|across\s+from|opposite|near)\s+(?:me|us)"
    rf"|at\s+the\s+(?:{_LOC_SHOP})"
)
#: "-mate" compounds that are no person ("climate", "estimate").
_MATE_NOT = r"climate|estimate|ultimate|penultimate|intimate|animate|checkmate|stalemate|primate|legitimate|approximate|proximate|inmate"
PRIVATE_PERSON_PATTERNS += [
    ("person_located", 0.75,
     _rx(rf"\b(?:the|that|this)\s+{_ADJ}(?!man\s+upstairs\b)(?:{_LOC_NOUN})\s+(?:{_LOCATING})\b")),
    # "my bandmate", "our bunkmate", "my teammate's sister": a compound in -mate names someone
    # who shares something with the speaker.
    ("my_mate_compound", 0.75,
     _rx(rf"\b(?:my|our)\s+(?:[a-z]+\s+)?(?!(?:{_MATE_NOT})\b)[a-z]{{3,}}mates?\b"
         rf"(?:'s\s+{_ADJ}(?:{_EN_PERSON}))?")),
    # Romanian: "vecina mea", "colega de la birou", "vecina de la etajul doi" (the definite
    # article is a suffix: -a, -ul).
    ("ro_role", 0.75,
     _rx(r"\b(?:vecin(?:a|ul)|coleg(?:a|ul)|sef(?:a|ul)|profesoar(?:a)|profesorul|prieten(?:a|ul)|verisoar(?:a)"
         r"|var(?:ul)|cumnat(?:a|ul)|soacr(?:a)|colega\s+de\s+camera|iubit(?:a|ul)|fost(?:a|ul))\s+"
         r"(?:mea|meu|noastra|nostru|de\s+la|de\s+pe|din|de\s+langa)\b")),
    # Swedish: "min kollega", "mina grannar", "grannen på andra våningen" (definite -en/-an).
    ("sv_role", 0.75,
     _rx(r"\b(?:min|mitt|mina|var|vart)\s+(?:[a-z]+a\s+)?(?:kollega|granne|grannar|chef|larare|larare|lararinna|van"
         r"|vaninna|flickvan|pojkvan|sambo|fru|man|syster|kusin|svagerska|rumskamrat|klasskompis|frisor|exflickvan|ex)\b"
         r"|\b(?:grannen|grannens|kollegan|chefen|tjejen|killen|kvinnan|mannen|damen)\s+"
         r"(?:pa|i|fran|vid|bredvid|mittemot|pa\s+andra|ovanpa|nedanfor)\s+\w+")),
    # Turkish (lead, round 4): a role noun with the first-person possessive suffix, then an optional
    # case ending ("komşum", "kız arkadaşım", "iş arkadaşımı", "öğretmenimin", "ev sahibime"), folded
    # (ı ş ğ ü ö ç as i s g u o c). "karım" (my wife) is left out: folded it is the name Karim.
    ("tr_role", 0.75,
     _rx(r"\b(?:(?:kiz|erkek|is|ev|sinif|oda|okul|spor|eski)\s+)?"
         r"(?:arkadas|komsu|sevgili|patron|mudur|hoca|ogretmen|kuzen|abla|yenge|eniste|baldiz|gorumce|es|koca"
         r"|ev\s+sahib|kiraci|meslektas|hemsire|doktor)"
         r"(?:im|um|m)(?:i|u|in|un|e|a|le|la|den|dan)?\b")),
]

# Issue 10 (branch private5): possessive + agent noun in nl/sv/da/no/ro/pl/tr, definite role nouns
# with their place, roles there is one of, English roles with a clause about the speaker; built from
# the languages' agent suffixes and compound heads (roles_ml.py).
from .roles_ml import ROLE_ML_PATTERNS  # noqa: E402

PRIVATE_PERSON_PATTERNS += ROLE_ML_PATTERNS

# Round 8 (issue 10): relations in Chinese, Japanese, Korean, Thai, Hindi, Russian, Ukrainian,
# Bulgarian, Finnish, Hungarian, Greek, Hebrew and Arabic (private_world.py).
from .private_world import PRIVATE_WORLD_PATTERNS  # noqa: E402

PRIVATE_PERSON_PATTERNS += PRIVATE_WORLD_PATTERNS

# Code-switched prompts (round 8, issue 10): "my" with a role noun of another language ("make my vecina
# desnuda", "my Kollegin nackt") and a possessive of another language with an English role noun
# ("mi coworker", "ma coworker", "meine roommate"). Both halves come from the tables above.
from .roles_ml import _gated, gate_index, rows_to_try  # noqa: E402

PRIVATE_PERSON_PATTERNS += [
    ("mixed_my_role", 0.8,
     _gated(("my ", "our "), rf"\b(?:my|our)\s+(?:{_ES_ROLE}|{_FR_ROLE}|{_PT_ROLE}|{_IT_ROLE}|{_NL_ROLE}|{_DE_ROLE})\b")),
    ("mixed_role_my", 0.8,
     _gated(("mi ", "mis ", "ma ", "mon ", "mes ", "meine ", "mein ", "minha ", "meu ", "mia ", "mio ", "mijn ", "moja ",
             "min ", "benim ", "saya "),
            rf"\b(?:mi|mis|ma|mon|mes|meine|mein|minha|meu|mia|mio|mijn|moja|min|benim)\s+(?:{_EN_ROLE})\b"
            rf"|\b(?:{_EN_ROLE})\s+saya\b")),
]

from .private_places import PRIVATE_PLACE_PATTERNS  # noqa: E402  (round 9: whose relative, from where)
from .private_latin import PRIVATE_LATIN_PATTERNS  # noqa: E402  (round 10: 13 Latin-script languages)
from .private_gates import with_derived_gates  # noqa: E402  (round 14: gates of the plain regex rows)
PRIVATE_PERSON_PATTERNS[:] = with_derived_gates(PRIVATE_PERSON_PATTERNS + PRIVATE_PLACE_PATTERNS + PRIVATE_LATIN_PATTERNS)
_GATES = gate_index([pat for _name, _score, pat in PRIVATE_PERSON_PATTERNS])  # the table is complete here
