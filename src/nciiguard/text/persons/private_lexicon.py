"""The words of private-person phrases: role, person and place nouns per language, clause words.

Why a module of its own: ``private.py`` builds its pattern rows from these alternations, and other
modules (intent, undress rules, deixis) reuse a few of them. Keeping the vocabulary here and the
rows there keeps each file to one job. Every entry is written in the ``folded`` view (lower case,
diacritics removed). Nothing here matches text by itself except the head checks (``_PERSON_HEAD``,
``_PT_HEAD``, ``_ROLE_HEAD``), which ``private.py`` runs on a matched head word.
"""

from __future__ import annotations

import re

__all__ = ["DE_PERSON_NOUN", "EN_ROLE_NOUN"]


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
#: Local groups and events a neighbour runs or volunteers at (round 27): "the parkrun", "the bible study", "the food bank".
_EN_GROUP_HEAD = (
    r"parkrun|park run|run club|running club|book club|choir|bible study|study group|prayer group|youth group"
    r"|playgroup|toddler group|food bank|soup kitchen|shelter|charity shop|thrift store|allotment|community garden"
    r"|residents' association|residents association|pta|scout troop|brownies|quiz night|pub quiz|knitting circle"
    r"|walking group|support group|church group|sunday school"
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
    # round 27: who leads a local group or volunteers at a local place ("the woman who runs the parkrun", "who leads
    # the bible study at church", "a woman who volunteers at the food bank")
    rf"|who\s+(?:runs|leads|organi[sz]es|coordinates|hosts|chairs|coaches|ran|led|organi[sz]ed|coordinated|hosted"
    rf"|chaired|coached)\s+(?:the|our|my)\s+(?:[a-z]+\s+)?(?:{_EN_GROUP_HEAD})"
    rf"|who\s+(?:volunteers|volunteered|helps\s+out|helped\s+out|sings|sang|serves|served)\s+(?:at|in|with)\s+(?:the|our|my)"
    rf"\s+(?:[a-z]+\s+)?(?:{_EN_PLACE_HEAD}|{_EN_GROUP_HEAD})"
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
    r"|contadora|policia|conductora|taxista|esteticista|manicurista|azafata|matrona|partera|profesora de \w+|profe de \w+|farmaceutica|farmaceutico"
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
    r"|policial|motorista|taxista|esteticista|comissaria(?: de bordo)?|aeromoca|parteira|professora de \w+|farmaceutica|farmaceutico"
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

#: An age aside between a person noun and what follows, in the languages of the met/known rows (round 27):
#: "una chica de 25 años que conocí en Tinder", "une femme de 29 ans rencontrée sur Bumble", "uma mina de 26
#: anos que conheci", "una ragazza di 30 anni che ho conosciuto", "eine Frau (29), die ich ... kennengelernt
#: habe", "een vrouw van 28 die ik ... ontmoet heb" (folded text: "anos", no accents; "(29)," folds to " 29 ,").
#: Two digits only.
_ML_AGE_ASIDE = (
    r"(?:\s+(?:de|di|van|von)\s+[1-9][0-9](?:\s+(?:ans|anos|anni|jaar|jahren))?(?=[\s,])"
    r"|\s*,?\s*[1-9][0-9]\s*(?=,))?"
)
