"""A role or person noun made specific by what follows it, round 20 (issue 10).

Why: the rows of :mod:`.private`, :mod:`.private_locating` and :mod:`.role_np` read a role with a
place from their lists, a possessive right before a relation, or a clause about the speaker with
a verb of their lists. Speakers also point at one private person by

* **a participle whose object is the speaker's**: "the physio treating my knee", "the guy fixing our
  boiler", "the tutor coaching my son", "the lawyer handling our divorce" -- the one who does that
  job for the speaker (verbs of service and care; never a verb of touch or of the picture: "the
  nurse holding my hand", "the woman lying on my bed" are scenes);
* **a first name with a relative clause about the speaker**: "Priya who runs payroll on our floor",
  "Dana that sits behind me in stats" (a first name of the shipped lists that is no common word);
* **a home of the neighbourhood**: "the husband from the semi next door", "the divorcée in the
  bungalow next door", "the woman in the flat across the hall", "the widow next door" -- a person
  (or a kin or status noun: husband, wife, widow, divorcée) of a dwelling placed from the speaker;
* **a role noun of another language with an English locating phrase** (code-switched): "la vecina
  from across the street", "a vizinha next door do 201", "die Nachbarin from upstairs";
* **a neighbour noun (any language) with a modifier**: "de buurvrouw met de rode fiets", "the
  neighbour with the red car", "la vecina con el perro", "die Nachbarin mit dem Hund", "the
  neighbour from number 14" -- a definite neighbour with any "with/from/of" phrase is someone the
  speaker lives by (a bare "the neighbour" is left to the other rows);
* **German feminine agent nouns with a place of the speaker**: "die Kassenwartin aus meinem
  Schützenverein", "die Kursleiterin in unserem Sportverein", "der Trainer von meinem Verein";
* **Portuguese / Spanish / Italian a person of a community group** ("a moça do coral da igreja",
  "la chica del coro de la parroquia", "la ragazza del coro della chiesa") and an approximate age
  aside ("30 e poucos", "treinta y pico", "40 e tanti");
* **Swedish, Danish and Norwegian neighbour compounds** in the definite form ("grannfrun",
  "granntjejen", "nabokonen", "nabopigen": the neighbour's wife, the neighbour girl);
* **Korean and Chinese addresses**: "옆 동 302호 사는 아주머니" (the lady who lives in 302 of the
  next block), "윗층 사는 여자", "隔壁单元的那个女人" (the woman of the next stairwell), "3号楼的那个女人".

NOT read: a scene or a costume ("the nurse holding my hand", "the woman lying on my couch", "a
vizinha in a painting"), a trope ("the girl next door", "the housewife next door", "the milf next
door"), fiction ("the neighbour in the sitcom", "the neighbour from the movie"), a plural class
("nurses treating patients"). A person found in a NON-sexual prompt changes nothing: the ``ncii``
profile blocks only sexual AND real person.

Every row is a bounded alternation without nested quantifiers over overlapping classes, gated by
literals every match holds (:class:`.roles_ml._Gated`), so a prompt without them costs one set probe.
"""

from __future__ import annotations

from .private_lexicon import _DE_PERSON, _DE_ROLE, _EN_PERSON, _ES_PERSON, _FR_PERSON, _IT_PERSON, _NL_PERSON, _PT_PERSON
from .roles_ml import _gated

__all__ = ["PRIVATE_SPECIFIED_PATTERNS", "NAME_WHO_ROW"]

# --- English --------------------------------------------------------------------------------------
#: Participles of a service someone does for the speaker ("treating my knee", "doing our taxes").
_SERVICE_ING = (
    r"treating|fixing|repairing|servicing|cutting|colou?ring|styling|doing|teaching|coaching|training|tutoring"
    r"|cleaning|walking|minding|babysitting|nannying|delivering|driving|managing|handling|running|renting|leasing"
    r"|subletting|selling|grading|marking|supervising|mentoring|representing|seeing|checking|inspecting|insuring"
    r"|installing|renovating|building|painting\s+(?:my|our)\s+(?:house|flat|walls?|kitchen|fence)|plastering"
    r"|plumbing|wiring|landscaping|mowing|decorating|catering|photographing\s+(?:my|our)\s+(?:wedding|event|party)"
    r"|shooting\s+(?:my|our)\s+(?:wedding|event|party)|advising|counsell?ing|interviewing|onboarding|hiring"
    r"|assessing|auditing|processing|tattooing|waxing|threading|lasering|massaging\s+(?:my|our)\s+(?:mum|mom|dad|nan)"
    r"|adjusting|prescribing|vaccinating|filling|extracting|straightening|braiding|lashing|re-roofing|rewiring"
    r"|looking\s+after|caring\s+for|sitting\s+for|covering\s+for|filling\s+in\s+for|working\s+for|cleaning\s+for"
)
#: The services whose object may be the speaker ("the tutor coaching me"); "doing me", "servicing me",
#: "handling me" are sexual slang or a scene and need a possessive ("doing my taxes").
_SERVICE_ME = (
    r"treating|teaching|coaching|training|tutoring|seeing|mentoring|supervising|representing|advising"
    r"|counsell?ing|interviewing|driving|insuring|babysitting|nannying|minding|onboarding|hiring|managing"
)
#: A person or role head with at most two modifiers ("the physio", "the new dog walker").
_EN_HEAD = (
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{_EN_PERSON}|physio|ref|referee|umpire|tutor|plumber|electrician|builder|handyman"
    r"|cleaner|nanny|babysitter|au\s+pair|dog\s+walker|lawyer|solicitor|accountant|therapist|dentist|hygienist|vet"
    r"|mechanic|roofer|painter|decorator|gardener|landscaper|carer|caregiver|surveyor|inspector|agent|broker"
    r"|contractor|installer|technician|engineer|coach|trainer|instructor|teacher|nurse|doctor|midwife|tattooist"
    r"|beautician|stylist|barber|hairdresser|photographer|caterer|auditor|adviser|advisor|counsellor|counselor"
    # any agent noun ("the chiropractor", "the orthodontist", "the locksmith" is listed by its head above)
    r"|[a-z]{4,}(?:or|ist|ian|er|ee))"
)
_NOT_FICTION = r"(?!(?:[a-z-]+\s+){0,2}?(?:fictional|fantasy|imaginary|anime|cartoon|ai|oc|game|character|stock|generic|random)\b)"
#: Kin and status nouns that, placed in a home of the street, are that household's person.
_KIN_STATUS = (
    r"husband|wife|hubby|divorcee|divorcees|divorced\s+(?:woman|man|mum|mom|dad)|widow|widower|single\s+(?:mum|mom|dad|mother)"
    r"|mum|mom|mother|dad|father|daughter|son|stepdaughter|stepmom|stepmum|sister|brother|granddaughter|nanny|au\s+pair"
    r"|lodger|tenant|tenants|owner|owners|landlady|landlord|newlyweds|couple|family|girlfriend|boyfriend|fiancee|fiance"
    r"|twins|twin|sisters|brothers|daughters|sons|wives|husbands|roommates|flatmates|housemates|students"
)
#: Tropes that are no household ("the girl next door", "the milf next door", "the housewife next door").
_TROPE = r"(?!(?:girl|boy|milf|housewife|housewives|stepsister|stepmom|stepmum)\s)"
#: Homes of a street ("the semi next door", "the bungalow across the road").
_DWELLING = (
    r"semi|semi-detached|detached|house|flat|bungalow|cottage|apartment|apt|unit|condo|terrace|townhouse|town\s+house"
    r"|duplex|place|building|block|caravan|trailer|bedsit|maisonette|end-terrace|end\s+terrace|one|room|dorm|suite"
    r"|farmhouse|villa|chalet|annex|annexe|studio|loft|basement|attic|houseboat|boat|garden\s+flat|granny\s+flat"
)
#: Locating phrases seen from the speaker's home.
_FROM_HOME = (
    r"next\s+door|across\s+the\s+(?:street|road|hall|hallway|landing|way|courtyard|corridor|lane|close|cul-de-sac)"
    r"|over\s+the\s+road|over\s+the\s+way|opposite|down\s+the\s+(?:road|street|hall|hallway|lane|corridor|block)"
    r"|up\s+the\s+(?:road|street|lane)|upstairs|downstairs|below(?:\s+(?:us|mine|ours))?|above(?:\s+(?:us|mine|ours))?"
    r"|(?:on|at|round|around)\s+the\s+corner|behind\s+(?:us|ours|mine)|next\s+to\s+(?:us|ours|mine)"
)
_EN_ROWS = [
    # "the physio treating my knee", "the guy fixing our boiler", "the tutor coaching my son"
    ("en_role_serving_speaker", 0.8,
     _gated(("ing my", "ing our", "ing me", "ing us", "after my", "after our", "for my", "for our", "for me", "for us"),
            rf"\b(?:the|that|this|our|my)\s+{_NOT_FICTION}{_EN_HEAD}\s+(?:who(?:'s|\s+is|\s+was)\s+)?"
            rf"(?:(?:{_SERVICE_ING})\s+(?:my|our)|(?:{_SERVICE_ME})\s+(?:me|us))\b")),
    # "the husband from the semi next door", "the divorcee in the bungalow next door", "the woman in
    # the flat across the hall"; also a kin or status noun placed directly ("the widow next door")
    ("en_household_of_home", 0.8,
     _gated(("next door", "across the", "over the", "opposite", "down the", "up the", "upstairs", "downstairs",
             "below", "above", "corner", "behind us", "behind our", "behind mine", "next to us", "next to our",
             "next to mine"),
            rf"\b(?:the|that|this)\s+{_TROPE}(?:[a-z-]+\s+)?(?:{_KIN_STATUS}|{_EN_PERSON})s?\s+(?:from|in|at|of|who\s+lives\s+in)\s+"
            rf"(?:the|that)\s+(?:[a-z0-9-]+\s+){{0,2}}?(?:{_DWELLING})\s+(?:{_FROM_HOME})\b"
            rf"|\b(?:the|that|this)\s+{_TROPE}(?:[a-z-]+\s+)?(?:{_KIN_STATUS})\s+(?:{_FROM_HOME})\b")),
    # "the couple from flat 3b", "the au pair at number 12", "the students in apartment 4": a household by
    # the number of its home (the person nouns with a number are private.py's person_of_flat_number)
    ("en_household_of_number", 0.75,
     _gated(("flat", "apt", "apartment", "unit", "number", "no ", "no.", "house", "room", "suite", "cabin", "plot",
             "pitch", "berth", "#"),
            rf"\b(?:the|that|this)\s+(?:[a-z-]+\s+)?(?:{_KIN_STATUS})\s+(?:from|in|at|of)\s+"
            r"(?:(?:flat|apt|apartment|unit|number|no|house|room|suite|cabin|plot|pitch|berth)\.?\s*#?|#)\s*[0-9]{1,4}[a-z]?\b"
            r"(?!\s*(?:years?|yrs?|ans?|%|am|pm|h|mm|cm|kg|lbs?)\b)")),
    # "the neighbour with the red car", "the neighbour from number 14", "the neighbor at no. 9"
    ("en_neighbour_marked", 0.75,
     _gated(("neighbo",),
            r"\b(?:the|that|this)\s+(?:[a-z-]+\s+)?neighbou?r\s+(?:with\s+the|from\s+(?:number|no|nr|flat|apt|unit|house)"
            r"|at\s+(?:number|no|nr)|in\s+(?:number|no|nr|flat|apt|unit)|from\s+[0-9]|at\s+[0-9]|in\s+[0-9])")),
]

#: "Priya who runs payroll on our floor": a first name, "who"/"that", and the speaker within six
#: words. The head is checked by :func:`.private._first_name_head` (a listed first name that is no
#: common English word). Verbs of the picture right after "who" are no specifier ("Mia who strips").
NAME_WHO_ROW = (
    "name_who_speaker", 0.75,
    _gated((" who ", " that "),
           r"(?:^|(?<=[\s,;:(]))(?P<head>[a-z]{3,})\s+(?:who|that)\s+"
           r"(?!(?:is|are|was|were|be|gets|got|has|had|poses|posed|strips|stripped|undresses|undressed|wears|wore"
           r"|seduces|seduced|fucks|fucked|sucks|sucked|likes|loves|wants|wanted|looks|looked|lies|lays|sits|stands"
           r"|kneels|bends|spreads|shows|takes|gives|touches|rides|begs)\b)"
           r"[a-z'-]+(?:\s+[a-z0-9'-]+){0,5}?\s+(?:my|our|me|us|i|we)\b"))

# --- code-switched and neighbour nouns of many languages ------------------------------------------
_FOREIGN_PERSON = rf"{_ES_PERSON}|{_PT_PERSON}|{_FR_PERSON}|{_IT_PERSON}|{_DE_PERSON}|{_NL_PERSON}"
_CS_LOCATING = (
    r"(?:from\s+)?(?:next\s+door|across\s+the\s+(?:street|road|hall|hallway|way|landing)|upstairs|downstairs"
    r"|down\s+the\s+(?:street|road|hall|hallway|block)|over\s+the\s+road)"
    r"|from\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:building|block|floor|flat|apartment|gym|office|work|church|choir|club)\b"
)
#: Neighbour nouns (folded): en, es, pt, fr, it, de, nl, sv, da/no, pl, ro.
_NEIGHBOUR = (
    r"vecina|vecino|vizinha|vizinho|voisine|voisin|vicina|vicino\s+di\s+casa|nachbarin|nachbar|buurvrouw|buurman"
    r"|buurmeisje|buurjongen|overbuurvrouw|overbuurman|bovenbuurvrouw|bovenbuurman|onderbuurvrouw|onderbuurman"
    r"|grannen|grannkvinnan|naboen|nabokona|nabokonen|sasiadka|sasiad|vecina"
)
_NEIGHBOUR_MOD = (
    # with, from, of, at: en es pt fr it de nl sv no pl
    r"con|de|del|da|do|dos|das|avec|du|des|di|della|dello|dal|dalla|mit|aus|von|vom|vam|met|van|uit|op|bij|med|fran|pa"
    r"|z|ze|spod|od"
)
_ML_ROWS = [
    # "la vecina from across the street", "a vizinha next door do 201", "die Nachbarin from upstairs",
    # "la chica from my gym"
    ("cs_role_english_locating", 0.8,
     _gated(("next door", "across the", "upstairs", "downstairs", "down the", "over the road", "from "),
            rf"\b(?:la|el|esa|a|o|essa|le|la|il|lo|die|der|de|het)\s+(?!(?:{_EN_PERSON})\b)(?:{_FOREIGN_PERSON})\s+"
            rf"(?:{_CS_LOCATING})")),
    # "de buurvrouw met de rode fiets van nummer 14", "la vecina con el perro", "die Nachbarin mit dem
    # Hund", "a vizinha do 201", "grannen med hunden"
    ("neighbour_marked", 0.75,
     _gated(("vecin", "vizinh", "voisin", "vicin", "nachbar", "buur", "grann", "nabo", "sasiad"),
            rf"\b(?:la|el|esa|a|o|essa|le|il|lo|die|der|den|de|het|die|diese|deze)\s+(?:{_NEIGHBOUR})\s+"
            rf"(?:(?:{_NEIGHBOUR_MOD})\s+(?!(?:la\s+|el\s+|o\s+|a\s+|le\s+|de\s+|het\s+|der\s+|dem\s+)?(?:pelicula|filme|film|serie|series|novela|livro|libro|roman|buch|boek"
            r"|cuadro|quadro|tableau|bild|schilderij|sueno|sonho|reve|sogno|traum|droom|anime|manga|comic|juego|jogo|jeu|spiel|spel)\b)"
            r"[a-z0-9]+|[0-9]{1,4}[a-z]?\b)")),
    # "grannfrun", "granntjejen", "nabokonen", "nabopigen": the definite neighbour compounds of sv/da/no
    ("nordic_neighbour_compound", 0.75,
     _gated(("grann", "nabo"),
            r"\b(?:grann(?:frun|kvinnan|tjejen|flickan|dottern|damen|tanten|mamman|killen|mannen|pojken|sonen|gubben)"
            r"|nabo(?:konen|kona|kvinnen|kvinden|pigen|piken|jenta|jenten|fruen|datteren|dattera|damen|manden|mannen"
            r"|gutten|drengen))s?\b")),
    # German: a feminine agent noun (or a listed role) with a place of the speaker's ("die
    # Kassenwartin aus meinem Schützenverein", "die Kursleiterin in unserem Studio")
    ("de_agent_of_my_place", 0.8,
     _gated(("meine", "meinem", "meiner", "unsere", "unserem", "unserer"),
            rf"\b(?:die|der|den|dem|diese|dieser|diesen)\s+(?:(?:neue|neuen|nette|netten|hubsche|hubschen|junge|jungen|blonde|blonden)\s+)?"
            rf"(?:[a-z]{{3,}}(?:erin|orin|istin|antin|entin|wartin|artin|eurin|arin|eutin|atin|ektin|ogin|iererin)|{_DE_ROLE}"
            # nominalised participles and adjectives that name a post ("die Vorsitzende", "der Angestellte")
            r"|[a-z]{0,12}(?:vorsitzende|angestellte|auszubildende|vorgesetzte|beauftragte|leitende|ehrenamtliche)[rn]?"
            r"|azubi|bekannte|verwandte)\s+"
            r"(?:aus|von|vom|in|im|bei|beim|an|am)\s+(?:meinem|meiner|meinen|unserem|unserer|unseren|meines|unseres)\s+"
            r"(?!(?:traum|traumen|film|buch|roman|spiel|fantasie|kopf|geschichte|serie|lieblingsfilm|lieblingsserie|lieblingsbuch"
            r"|lieblingsspiel)\b)[a-z]{3,}")),
    # pt / es / it: a person of a community group, or of a group of a place ("a moça do coral da
    # igreja", "la chica del coro de la parroquia", "a menina do grupo de jovens")
    ("romance_person_of_group", 0.75,
     _gated(("coral", " coro", "grupo", "gruppo", "equipe", "equipo", " do time", " da time", " del time", "squadra",
             " banda", "turma", "clube", "del club", "de club", "do club", "da club", "dal club", "igreja", "iglesia", "chiesa", "parroquia", "paroquia", "parrocchia", "catequese", "catequesis",
             "academia", "gimnasio", "palestra", "condominio", "predio", "edificio", "bairro", "barrio"),
            rf"\b(?:la|a|esa|essa|aquela|quella|el|o|ese|esse|una|uma|un|um|una)\s+(?:{_ES_PERSON}|{_PT_PERSON}|{_IT_PERSON}|senhora|senhorita)\s+"
            r"(?:do|da|dos|das|del|de\s+la|de|della|dello|del|dei|delle|dal|dalla)\s+"
            r"(?:coral|coro|grupo|gruppo|equipe|equipo|time|squadra|banda|turma|clube|club|igreja|iglesia|chiesa|parroquia"
            r"|paroquia|parrocchia|catequese|catequesis|academia|gimnasio|palestra|condominio|predio|edificio|bairro|barrio"
            r"|culto|missa|misa|messa|retiro|escoteiros|scout)\b"
            r"(?!\s+(?:de|da|do|del|di)\s+(?:la\s+|o\s+|a\s+)?(?:pelicula|filme|film|novela|serie|livro|libro|quadro|cuadro)\b)")),
    # Approximate age asides: "30 e poucos", "treinta y pico", "40 e tanti", "30 y tantos", "vingt-et-quelques"
    ("romance_person_approx_age", 0.75,
     _gated((" e poucos", " y pico", " y tantos", " e tanti", " e pico", " et quelques", " y algo"),
            rf"\b(?:la|a|esa|essa|el|o|la|il|lo|le)\s+(?:{_ES_PERSON}|{_PT_PERSON}|{_IT_PERSON}|{_FR_PERSON})"
            r"(?:,?\s+[a-z0-9-]+){0,5}?,?\s+(?:[2-6]0|vinte|trinta|quarenta|cinquenta|veinte|treinta|cuarenta|cincuenta|trenta|quaranta"
            r"|cinquanta|trente|quarante|cinquante)\s+(?:e\s+poucos|y\s+pico|y\s+tantos|e\s+tanti|e\s+pico|et\s+quelques|y\s+algo)\b")),
]

# --- a role of an event on a day, a household of a home, a relative clause about the speaker -----
_ROMANCE_HEAD = rf"{_ES_PERSON}|{_PT_PERSON}|{_FR_PERSON}|{_IT_PERSON}|arbitro|arbitra|arbitre|juiz|juiza|entrenadora|entrenador|monitora|monitor"
_DAY = (
    r"sabado|domingo|lunes|martes|miercoles|jueves|viernes|ayer|anoche|anteayer|segunda|terca|quarta|sexta|ontem"
    r"|anteontem|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|hier|sabato|domenica|lunedi|martedi|mercoledi"
    r"|giovedi|venerdi|ieri|stasera|ieri\s+sera"
)
_EVENT = (
    r"partido|clase|fiesta|boda|cena|reunion|curso|taller|ensayo|torneo|entrenamiento|carrera|quedada|cita"
    r"|jogo|aula|festa|casamento|jantar|reuniao|treino|pelada|churrasco|encontro|balada"
    r"|soiree|fete|mariage|diner|cours|match|reunion|seance|entrainement|tournoi"
    r"|partita|lezione|matrimonio|riunione|corso|allenamento|torneo|serata|calcetto"
)
#: Homes of a street and the locating words of each language ("la casa de al lado", "o prédio da frente",
#: "le pavillon d'à côté", "la casa di fronte", "das Haus gegenüber", "het huis hiernaast").
_ML_DWELLING = (
    r"casa|piso|chalet|edificio|bloque|departamento|depa|apartamento|ape|apto|predio|sobrado|vivenda|moradia"
    r"|maison|pavillon|appartement|appart|immeuble|studio|palazzina|villetta|appartamento|palazzo"
    r"|haus|wohnung|reihenhaus|doppelhaushalfte|einfamilienhaus|huis|flat|appartement|bovenwoning|benedenwoning|woning"
)
_ML_LOCAL = (
    r"de\s+al\s+lado|de\s+enfrente|de\s+arriba|de\s+abajo|del\s+frente|de\s+la\s+esquina"
    r"|ao\s+lado|do\s+lado|da\s+frente|de\s+cima|de\s+baixo|em\s+frente|da\s+esquina"
    r"|d'?\s?a\s+cote|d'?\s?en\s+face|du\s+dessus|du\s+dessous|d'\s?en\s+haut|d'\s?en\s+bas|voisine?|du\s+coin"
    r"|accanto|di\s+fronte|di\s+sopra|di\s+sotto|vicina|vicino|all'angolo"
    r"|gegenuber|nebenan|von\s+nebenan|von\s+gegenuber|oben|unten|an\s+der\s+ecke"
    r"|hiernaast|ernaast|aan\s+de\s+overkant|tegenover|op\s+de\s+hoek|boven|beneden"
)
_HOUSEHOLD_HEAD = (
    rf"{_ES_PERSON}|{_PT_PERSON}|{_FR_PERSON}|{_IT_PERSON}|{_DE_PERSON}|{_NL_PERSON}|esposa|marido|mujer|mulher|femme|mari"
    r"|moglie|ehefrau|ehemann|echtgenote|divorciada|divorcee|divorziata|geschiedene|gescheiden\s+vrouw|viuda|viuva|veuve"
    r"|vedova|witwe|weduwe|hija|filha|fille|figlia|tochter|dochter|senora|dona|madame|signora|mevrouw"
)
#: German/Dutch/Swedish person heads of a relative clause (a role noun by its agent suffix or a listed one).
_DE_REL_HEAD = (
    rf"{_DE_PERSON}|{_DE_ROLE}|[a-z]{{3,}}(?:erin|orin|istin|antin|entin|wartin|artin|eurin|eutin|atin|ektin|ogin)"
    r"|physio|physiotherapeut|therapeut|trainer|lehrer|arzt|zahnarzt|friseur|masseur|nachbar|vermieter|hausmeister"
)
_NL_REL_HEAD = (
    rf"{_NL_PERSON}|fysio|fysiotherapeut|fysiotherapeute|therapeut|therapeute|tandarts|huisarts|dokter|kapper|trainer"
    r"|trainster|instructeur|instructrice|docent|docente|leraar|lerares|masseur|masseuse|verpleegkundige|verpleger"
    r"|buurvrouw|buurman|huisbaas|verhuurder|schoonmaakster|oppas|[a-z]{3,}(?:ster|eres|trice|euse|iste)"
)
_SV_REL_HEAD = (
    r"kvinnan|tjejen|flickan|damen|mannen|killen|grannen|frisoren|sjukskoterskan|lararen|lararinnan|tranaren"
    r"|instruktoren|sjukgymnasten|fysioterapeuten|terapeuten|tandlakaren|tandhygienisten|lakaren|kassorskan"
    r"|kassan|servitrisen|servitoren|bartendern|barnvakten|stadaren|stadarskan|kollegan|chefen|handledaren|rektorn"
    r"|prasten|massoren|massosen|hyresvarden|vardinnan|sjukskotaren|barnskoterskan|expediten|[a-z]{3,}(?:erskan|orskan|isten)"
)
_REL_ROWS = [
    # "el árbitro del partido del sábado", "la chica de la fiesta de anoche", "a moça da festa de ontem",
    # "la fille du cours de samedi", "la ragazza della festa di ieri sera"; also "la chica del sábado"
    ("romance_person_of_day", 0.75,
     _gated(tuple(d + " " for d in ("del", "de", "da", "do", "du", "di", "della")),
            rf"\b(?:la|el|esa|ese|a|o|essa|esse|le|il|lo|l')\s*(?:{_ROMANCE_HEAD})\s+"
            rf"(?:(?:del|de\s+la|de\s+l'|da|do|du|de|della|dello|del|dal|dalla)\s*(?:{_EVENT})\s+)?"
            rf"(?:del|de|de\s+la|da|do|du|di|della|dello|del|d'|de\s+l')\s*(?:{_DAY})\b")),
    # "la femme du pavillon d'à côté", "a mulher da casa ao lado", "la mujer del piso de arriba", "die Frau aus
    # dem Haus gegenüber", "de vrouw uit het huis hiernaast", "la moglie della casa di fronte"
    ("household_of_home_ml", 0.75,
     _gated(("lado", "frente", "de cima", "de baixo", "arriba", "abajo", "esquina", "a cote", "en face", "du dessus",
             "du dessous", "en haut", "en bas", "du coin", "voisin", "accanto", "fronte", "di sopra", "di sotto", "vicin",
             "angolo", "gegenuber", "nebenan", "oben", "unten", " ecke", "naast", "overkant", "tegenover", " hoek",
             "boven", "beneden"),
            rf"\b(?:la|el|esa|a|o|essa|le|il|lo|die|der|de|het|l')\s*(?:{_HOUSEHOLD_HEAD})\s+"
            r"(?:de\s+la|del|de|da|do|du|de\s+l'|della|dello|dell'|dal|dalla|aus\s+dem|aus\s+der|von|vom|im|in\s+der"
            r"|uit\s+het|uit\s+de|van\s+het|van\s+de|in\s+het|in\s+de)\s*"
            rf"(?:[a-z]+\s+)?(?:{_ML_DWELLING})\s+(?:[a-z]+\s+)?(?:{_ML_LOCAL})\b")),
    # "die Physiotherapeutin, die mein Knie behandelt", "der Trainer, der mich betreut"
    ("de_person_rel_speaker", 0.75,
     _gated((" die ", " der ", " welche"),
            rf"\b(?:die|der|diese|dieser)\s+(?:[a-z]+e\s+)?(?:{_DE_REL_HEAD})\s*,?\s+(?:die|der|welche|welcher)\s+"
            r"(?:[a-z]+\s+){0,3}?(?:mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres)\b")),
    # "de fysio die mijn knie behandelt", "het meisje dat onze kinderen oppast"
    ("nl_person_rel_speaker", 0.75,
     _gated((" die ", " dat "),
            rf"\b(?:de|het|die|dat|deze)\s+(?:[a-z]+e\s+)?(?:{_NL_REL_HEAD})\s*,?\s+(?:die|dat)\s+"
            r"(?:[a-z]+\s+){0,3}?(?:mijn|m'n|ons|onze)\b")),
    # "sjukgymnasten som behandlar mitt knä", "tjejen som klipper mig"
    ("sv_person_rel_speaker", 0.75,
     _gated((" som ",),
            rf"\b(?:{_SV_REL_HEAD})\s+som\s+(?:[a-z]+\s+){{0,3}}?(?:min|mitt|mina)\b")),
    # "de vrouw van nummer 12", "die Frau von Hausnummer 7", "het meisje op nummer 3"
    ("person_of_house_number", 0.75,
     _gated(("nummer", "nr", "no"),
            rf"\b(?:de|het|die|der|diese)\s+(?:{_NL_PERSON}|{_DE_PERSON})\s+(?:van|op|uit|aus|von|in|vom|bei)\s+"
            r"(?:huisnummer|nummer|hausnummer|nr|no)\.?\s*[0-9]{1,4}[a-z]?\b")),
]

# --- Korean and Chinese ---------------------------------------------------------------------------
_KO_PERSON = r"아주머니|아줌마|여자|언니|누나|아가씨|새댁|주부|아저씨|남자|총각|부인|와이프|사모님|엄마|처자|여학생|유부녀|신혼부부|아내|남편"
_ZH_PERSON = (
    r"女人|女的|男人|男的|女孩|女生|姑娘|妹子|小姐姐|阿姨|大姐|少妇|人妻|太太|老婆|媳妇|美女|姐姐|嫂子|小哥|大叔|哥们|单亲妈妈"
    r"|夫妻|女主人|男主人|宝妈|姐妹"
)
_CJK_ROWS = [
    # "옆 동 302호 사는 아주머니", "윗층 사는 여자", "앞 동 사는 새댁", "302호 아줌마"
    ("ko_address_person", 0.8,
     _gated(("호", "층", "옆 동", "옆동", "앞 동", "앞동", "옆 라인", "옆라인", "사는", "살던", "사시는", "이사"),
            rf"(?:[0-9]{{2,4}}\s?호|[0-9]{{1,2}}\s?층|(?:옆|앞|뒷|뒤)\s?(?:동|라인|건물)|(?:윗|위|아래|아랫)\s?층)(?:에|의)?\s?"
            rf"(?:[0-9]{{2,4}}\s?호(?:에|의)?\s?)?(?:(?:사는|살던|사시는|새로\s?이사\s?온|이사\s?온)\s?)?(?:{_KO_PERSON})"
            # "우리 아파트 3층 사는 여자", "우리 빌라 사는 새댁": the speaker's building, up to two words, a clause of living
            rf"|우리\s?(?:아파트|빌라|건물|동네|오피스텔|원룸|라인|층|동)(?:에|의)?\s?(?:[가-힣0-9]{{1,6}}\s?){{0,2}}?"
            rf"(?:사는|살던|사시는|이사\s?온)\s?(?:{_KO_PERSON})")),
    # "隔壁单元的那个女人", "3号楼的那个女人", "楼上502的女人", "对门那家的女主人"
    ("zh_address_person", 0.8,
     _gated(("隔壁", "楼上", "楼下", "对门", "对面", "单元", "号楼", "号的", "室的", "栋"),
            rf"(?:隔壁|楼上|楼下|对门|对面|同楼|同单元|[0-9一二三四五六七八九十]{{1,4}}(?:号楼|单元|栋|号|室|楼))"
            rf"[\u4e00-\u9fff0-9]{{0,6}}?的(?:那个|那位|那|这个|新来的)?(?:{_ZH_PERSON})")),
]

from .private_described import PRIVATE_DESCRIBED_PATTERNS  # noqa: E402  (round 21: described, job clause, photo)

#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
# Round 22: a person anchored by how the speaker knows them (private_known.py).
from .private_known import PRIVATE_KNOWN_PATTERNS  # noqa: E402
# Round 23: a person met through an app or of the speaker's online community (private_met.py).
from .private_met import PRIVATE_MET_PATTERNS  # noqa: E402
from .private_aside import PRIVATE_ASIDE_PATTERNS  # noqa: E402  (round 23: de/nl role with an age aside)

PRIVATE_SPECIFIED_PATTERNS = (
    _EN_ROWS + _ML_ROWS + _REL_ROWS + _CJK_ROWS + PRIVATE_DESCRIBED_PATTERNS + PRIVATE_KNOWN_PATTERNS
    + PRIVATE_MET_PATTERNS + PRIVATE_ASIDE_PATTERNS
)
