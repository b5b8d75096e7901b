"""A role or person noun anchored to the speaker's own life, in many languages (round 18, issue 10).

Why: the rows of :mod:`.private`, :mod:`.private_world` and :mod:`.private_latin` read a relation
with a first-person possessive ("my colleague", "моя коллега", "우리 팀 동료"). Speakers also point at
one real person they know in other ways, and those prompts were only reviewed:

* **a role with the speaker's place after it**: "the new trainee from our department", "новая
  практикантка из нашего отдела", "тренерка з мого спортзалу", "η καινούρια υπάλληλος στο γραφείο
  μου", "den nya praktikanten på jobbet", "die neue Auszubildende bei uns in der Firma", "私の会社の
  新人", "우리 회사 신입 사원", "我们公司新来的实习生";
* **a Romance person noun with its adjective after it**: "la chica nueva de recursos humanos", "a
  moça nova do escritório", "la ragazza nuova dell'ufficio" (the older rows read the adjective
  before the noun only);
* **an English person noun anchored by the speaker's experience**: "a gamer I follow on Twitch",
  "a girl whose TikTok I came across", "the conductor on the number 9 tram", "the woman who always
  takes the treadmill by the window";
* **an age aside about a role or person the speaker names**: "the new hire, she's 26", "(ей 24)",
  "(23歳)", "(27살)", "(hon är 25)", "(sie ist 23)", "(ma 22 lata)", "tiene 26";
* **kin by the genitive of the speaker's relative** in Polish ("żona mojego brata"; Russian and
  Ukrainian are read by ``private_places``), and
  Hinglish "meri bhabhi", "meri office wali colleague".

A newcomer role is read as in :mod:`.private`'s ``the_new_role`` ("the new intern"): "den nya
praktikanten", "новая стажёрка", "η νέα ασκούμενη", "nowa stażystka", "新しいインターン", "신입 인턴".

NOT read: a bare role ("a nurse", "стажёрка" with nothing before or after it), an age on its own ("a
woman, 25"), fiction and images ("a streamer from the anime", "the girl I drew"), a role with
an impersonal place ("the trainer at a gym"); an age aside needs a pronoun or a language's own age
word and a role or person noun right before it.

Every row is a bounded alternation without nested quantifiers over overlapping classes, gated by
literals every match holds (:class:`.roles_ml._Gated`), so a prompt without them costs one set probe.
"""

from __future__ import annotations

from .roles_ml import _gated

__all__ = ["PRIVATE_ANCHOR_ML_PATTERNS"]


def _alts(pattern: str) -> tuple[str, ...]:
    """The literal words of a plain ``a|b|c`` alternation (the gate of a row)."""
    return tuple(w for w in pattern.split("|"))


# --- English ---------------------------------------------------------------------------------
#: People known online or seen in passing: the head of "a gamer I follow", "a cosplayer I watch".
_EN_HEAD = (
    r"girl|woman|lady|guy|man|chick|gal|blonde|brunette|redhead|cosplayer|streamer|gamer|influencer|creator"
    r"|content creator|tiktoker|youtuber|vlogger|blogger|instagrammer|model|camgirl|dancer|singer|student"
    r"|nurse|teacher|trainer|coach|barista|waitress|cashier|driver|bus driver|conductor|intern|trainee|new hire"
    r"|coworker|co-worker|colleague|neighbou?r|receptionist|cleaner|lifeguard|runner|jogger|cyclist|commuter"
    r"|passenger|mom|mum|milf|teen|chef|bartender|hairdresser|stylist|instructor|librarian|clerk|guard|flatmate"
    r"|roommate|housemate|classmate|schoolmate|ex|crush"
)
#: Words before the head that make the person a character or an image, never someone real.
_EN_NOT_REAL = (
    r"(?!(?:[a-z'-]+\s+){0,2}?(?:oc|fictional|fictive|fantasy|imaginary|virtual|ai|anime|cartoon|game|video"
    r"|sims|dnd|character|dream)\b)"
)
_EN_NP = rf"\b(?:a|an|the|this|that|some)\s+{_EN_NOT_REAL}(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_HEAD})"
#: Verbs of the speaker's own experience of someone real ("I follow", "I found", "we met").
_EN_SEEN = (
    r"follow|followed|watch|watched|found|find|met|saw|see|stalk|stalked|know|knew|subscribe\s+to"
    r"|subscribed\s+to|came\s+across|come\s+across|stumbled\s+on|stumbled\s+upon|matched\s+with|chat\s+with"
    r"|chatted\s+with|talk\s+to|talked\s+to|dm|dmed|dm'd|messaged|fancy|like|used\s+to\s+date|dated"
)
#: What a person online is found by: her profile, her posts, her pictures.
_EN_PROFILE = (
    r"instagram|insta|ig|tiktok|twitter|x|snapchat|snap|facebook|fb|onlyfans|of|profile|account|page|channel"
    r"|stream|streams|videos|posts|pics|photos|pictures|selfies|reels|stories|feed|handle|username|number"
)
#: A service with a number: "the night route 12", "the number 9 tram", "bus 38", "the 7 line".
_EN_SERVICE = (
    r"(?:(?:the|my|our)\s+)?(?:(?:night|morning|evening|early|late|day|local|express|school)\s+)?"
    r"(?:(?:route|line|bus|tram|train|shuttle|ferry|flight|number|no\.?|ward|checkout|till|register|desk|counter)"
    r"\s+[0-9]{1,4}[a-z]?"
    r"|[0-9]{1,4}[a-z]?\s+(?:bus|tram|train|line|route|shuttle))\b"
)
#: Adverbs of a habit the speaker has watched: "who always", "who every morning".
_EN_HABIT = (
    r"always|usually|often|regularly|constantly|normally|every\s+(?:morning|day|night|evening|week|weekend|time"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
#: No art medium or fiction word in the next words: "the woman who always smiles, oil painting".
_EN_NOT_ART = (
    r"(?![a-z0-9\s,'-]{0,60}?\b(?:painting|illustration|drawing|sketch|artwork|cartoon|anime|manga|comic|novel|story"
    r"|fanfic|poem|movie|film|character|oc|render|3d|cgi|sculpture|portrait\s+in\s+the\s+style|cinematic|scene"
    r"|stock\s+photo|dreams?|fantas(?:y|ies)|imagination|head)\b)"
)
_EN_AGE = (
    r"(?:(?:she|he)(?:'s|\s+is)\s+(?:now\s+|like\s+|about\s+|around\s+|maybe\s+|only\s+|just\s+|prob(?:ably)?\s+)?"
    r"|now\s+)[1-9][0-9]\b"
    # "he is about 20 years old, short black hair" is a character sheet, not an aside
    r"(?!\s*(?:-\s*)?(?:years?|yrs?|y/?o)\b)"
)

#: Roles whose kin is someone the speaker knows ("a coworker's wife"), and the kin.
_EN_TIE = (
    r"co-?worker|colleague|neighbou?r|friend|classmate|boss|teacher|roommate|flatmate|housemate|landlord|landlady"
    r"|teammate|cousin|brother|buddy|mate|manager|supervisor|tenant|coach|trainer|doctor|dentist|pastor|client"
)
#: Words in -er/-or/-ist/-ian that name no trade the speaker meets ("the other's wife", "the monster's bride",
#: "the painter's wife" is a title of paintings as often), for the round-32 rows.
_NOT_AGENT_TIE = (
    r"other|another|mother|father|brother|sister|daughter|lover|master|monster|summer|winter|water|river|tower"
    r"|flower|mirror|colou?r|emperor|ruler|author|painter|creator|user|player|character|viewer|reader|writer"
    r"|owner|member|leader|finger|corner|border|order|letter|paper|poster|computer|server|spider|tiger|danger"
    r"|dinner|sweater|counter|water|wonder|thunder|power|number|partner|christian|guardian|barbarian|vegetarian"
)
_EN_KIN = (
    r"wife|daughter|girlfriend|sister|mom|mum|mother|step-?daughter|stepmom|fiancee|partner|niece|au\s+pair|nanny"
    r"|husband|son|boyfriend|ex|widow|bride"
)
#: Networks and apps by name (English and the other languages' rows share them), and the literals that gate them.
_NETWORK_NAMES = (
    r"snapchat|snap|instagram|insta|ig|tiktok|twitter|discord|reddit|tinder|hinge|bumble|grindr|telegram|whatsapp"
    r"|facebook|fb|onlyfans"
)
_NETWORK_GATE = ("snap", "insta", " ig", "tiktok", "twitter", "discord", "reddit", "tinder", "hinge", "bumble", "grindr",
                 "telegram", "whatsapp", "facebook", " fb", "onlyfans")
#: Networks and apps the speaker met or found someone on.
_EN_NETWORK = (
    rf"{_NETWORK_NAMES}"
    r"|omegle|kik|twitch|the\s+app|dating\s+app|dms|contacts|group\s+chat|groupchat"
    r"|(?:telegram|whatsapp|discord|facebook|snapchat)\s+(?:group|server|chat)"
)

_EN_ROWS = [
    ("en_person_speaker_seen", 0.75,
     _gated((" i ", " we "), rf"{_EN_NP}\s+(?:(?:that|who|whom)\s+)?(?:i|we)\s+(?:{_EN_SEEN})\b{_EN_NOT_ART}")),
    ("en_person_whose_profile", 0.75,
     _gated(("whose ",), rf"{_EN_NP}\s+whose\s+(?:[a-z]+\s+)?(?:{_EN_PROFILE})\s+(?:i|we)\s+[a-z]+")),
    ("en_person_on_service", 0.75,
     _gated(tuple("0123456789"),  # every service here has a number
            rf"\b(?:the|that|this)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_HEAD})\s+(?:on|of|from|at|in|driving)\s+{_EN_SERVICE}{_EN_NOT_ART}")),
    ("en_person_habit", 0.75,
     _gated((" who ", " who's "), rf"\b(?:the|that|this)\s+(?:[a-z'-]+\s+){{0,2}}?(?:{_EN_HEAD})\s+who(?:'s|\s+is|\s+was)?\s+(?:{_EN_HABIT})\s+[a-z]+\b{_EN_NOT_ART}")),
    # "a coworker's wife", "the neighbour's au pair": someone by their tie to a role the speaker knows
    ("en_role_possessive_kin", 0.75,
     _gated(("'s ",),
            rf"\b(?:a|an|the|some|that)\s+(?:{_EN_TIE})'s\s+(?:(?:new|young|hot|older|younger|little|big|eldest|oldest|twin|cute|pretty)\s+)?(?:{_EN_KIN})\b")),
    # round 32: "the butcher's wife", "the organist's daughter": the Saxon genitive of the round-2 "kin of a role"
    # ("the wife of the butcher"), any agent noun as the tie; words in -er/-or that name no trade are left out
    ("en_agent_possessive_kin", 0.75,
     _gated(("'s ",),
            rf"\b(?:the|our|that)\s+(?:[a-z]+\s+)?(?!(?:{_NOT_AGENT_TIE})'s)[a-z]{{2,}}(?:er|or|ist|ian)'s\s+"
            rf"(?:(?:new|young|hot|older|younger|little|big|eldest|oldest|twin|cute|pretty)\s+)?(?:{_EN_KIN})\b")),
    # round 32: a trade at the speaker's corner or across the road ("the florist on the corner", "the baker round the
    # corner", "the mechanic across the road"); a corner of a room, a picture or a stage is no place of one's own
    ("en_role_on_the_corner", 0.75,
     _gated(("corner", " road"),
            rf"\b(?:the|that|our)\s+(?:[a-z'-]+\s+)?(?!(?:{_NOT_AGENT_TIE})\s)[a-z]{{2,}}(?:er|or|ist|ian|ess)\s+"
            rf"(?:(?:on|round|around|at)\s+the\s+corner\b(?!\s+of\b)|(?:across|over)\s+the\s+road\b)")),
    # "the woman two houses down", "the girl three flats below"
    ("en_person_houses_away", 0.75,
     _gated(("house", "flat", "door", "floor", "apartment", "unit", "street", "block"),
            rf"\b(?:the|that|this)\s+(?:[a-z'-]+\s+)?(?:{_EN_HEAD})\s+(?:one|two|three|four|five|a\s+few|[0-9]{{1,2}})\s+"
            r"(?:houses?|flats?|doors?|floors?|apartments?|units?|streets?|blocks?)\s+(?:down|up|over|away|below|above)\b")),
    # "some girl from snapchat", "a guy from my telegram group": the network the speaker met them on
    ("en_person_from_network", 0.75,
     _gated(_NETWORK_GATE + ("omegle", "kik", "twitch", " app", "dms", "contacts", "group chat", "groupchat"),
            rf"{_EN_NP}\s+from\s+(?:(?:my|our|the|a|an)\s+)?(?:{_EN_NETWORK})\b"
            r"(?!\s+(?:ads?|adverts?|advertisements?|commercials?|videos?|reels?|filters?|memes?|posts?|live)\b)"
            rf"{_EN_NOT_ART}")),
    # "a tinder match from last week", "the hinge date I had on friday"
    ("en_date_from_when", 0.75,
     _gated(("match", "date", "hookup", "hook-up", "fling", "one night"),
            r"\b(?:a|the|that|this|my)\s+(?:(?:tinder|hinge|bumble|grindr|raya|app|online)\s+(?:match|date)"
            r"|hookup|hook-up|fling|one\s+night\s+stand)\s+(?:from|i\s+had|we\s+had)\s+"
            r"(?:on\s+)?(?:last|yesterday|the\s+other|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|the\s+weekend|new\s+year)")),
    # "the 23-year-old marketing intern", "the night-shift receptionist": a definite workplace role
    # with an exact age or the team it belongs to presupposes the speaker's workplace
    ("en_the_dept_role", 0.75,
     _gated(("old", " yo", "marketing", "sales", "hr ", " it ", "finance", "account", "legal", "payroll", "design",
             "engineering", "admin", "front-desk", "reception", "night", "summer", "grad", "office", "warehouse", "lab ",
             "research"),
            r"(?:\b(?:the|that|this)\s+(?:(?:[1-9][0-9][\s-]?(?:year|yr)s?[\s-]?old|[1-9][0-9]\s*yo)\s+)?"
            r"(?:marketing|sales|hr|it|finance|accounting|accounts|legal|payroll|design|engineering|admin|front-desk"
            r"|reception|night-shift|night\s+shift|summer|graduate|grad|office|warehouse|lab|research)\s+"
            r"(?:intern|trainee|assistant|receptionist|secretary|new\s+hire|girl|lady|temp|apprentice|coordinator)\b"
            r"|\b(?:the|that|this)\s+[1-9][0-9][\s-]?(?:year|yr)s?[\s-]?old\s+(?:new\s+)?(?:intern|trainee|receptionist|secretary"
            r"|new\s+hire|temp|apprentice|coworker|co-worker|colleague|neighbou?r|barista|cashier|waitress|nurse|tenant))\b"
            # "the office girl costume", "the marketing intern job": clothing or a post, nobody
            r"(?!\s+(?:outfits?|costumes?|uniforms?|jobs?|roles?|positions?|vacanc(?:y|ies)|programm?e?s?|stereotypes?"
            r"|aesthetic|look|starter\s+pack)\b)")),
    # "an old college classmate", "my old school friend": someone from the speaker's own past
    ("en_old_tie", 0.75,
     _gated(("old ",),
            r"\b(?:a|an|my|our|that|this)\s+old\s+(?:(?:college|school|high\s+school|highschool|uni|university|work"
            r"|childhood|army|camp|church|gym)\s+)?(?:classmate|friend|roommate|flatmate|colleague|coworker|co-worker"
            r"|crush|flame|teammate|schoolmate|girlfriend|boyfriend|buddy|pal|neighbou?r|teacher|tutor|boss)\b")),
    # "the dog walker who comes at noon", "the volunteer who runs thursdays": a visit the speaker keeps
    ("en_person_who_comes_when", 0.75,
     _gated((" who ",),
            r"\b(?:the|that|this)\s+(?:[a-z'-]+\s+){0,2}?(?:[a-z-]{2,}(?:er|or|ist|ian|ant|ent|eer|ess)"
            r"|[a-z-]*(?:woman|man|girl|guy|lady))\s+who\s+(?:comes|visits|drops\s+by|shows\s+up|stops\s+by|works|runs|opens|closes|cleans|delivers"
            r"|does|covers|staffs|brings|walks|collects)\s+(?:[a-z]+\s+)?(?:at\s+(?:noon|midnight|dawn|[0-9]{1,2}(?::[0-9]{2})?"
            r"\s*(?:am|pm)?)\b|on\s+(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends)\b"
            r"|(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|mornings|evenings|nights)\b"
            r"|every\s+(?:morning|day|night|evening|week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
            rf"{_EN_NOT_ART}")),
    # "the girl with the nose ring from the bar": a mark, then the place the speaker saw her
    ("en_marked_person_from_place", 0.75,
     _gated((" with ",),
            rf"\b(?:the|that|this)\s+(?:[a-z'-]+\s+)?(?:{_EN_HEAD})\s+with\s+(?:the|a|an|her|his|those|that)\s+"
            r"(?:[a-z'-]+\s+){0,3}?(?:from|at)\s+(?:the|my|our)\s+(?:local\s+)?(?:bar|pub|gym|cafe|coffee\s+shop|office"
            r"|shop|store|supermarket|bakery|salon|library|club|diner|restaurant|pool|station|building|church|school"
            r"|college|uni|market|pharmacy|clinic|bank|hotel|laundromat|deli|bookshop|bookstore|corner\s+shop)\b"
            rf"{_EN_NOT_ART}")),
    ("en_person_age_aside", 0.75,
     _gated(("she's ", "he's ", "she is ", "he is ", "now "),
            rf"{_EN_NP}(?:\s+[a-z0-9'-]+){{0,8}}?\s*,?\s+{_EN_AGE}{_EN_NOT_ART}")),
]

# --- Romance: the adjective after the noun -------------------------------------------------------
_ROM_PERSON = (
    r"chica|chico|mujer|senora|muchacha|moca|menina|garota|mulher|ragazza|ragazzo|donna|signora|fille|femme"
    r"|becaria|becario|practicante|pasante|estagiaria|estagiario|stagista|tirocinante|stagiaire|companera"
    r"|colega|collega|collegue|recepcionista|secretaria|segretaria|secretaire|cajera|caixa"
    r"|cassiera|caissiere|camarera|mesera|garconete|cameriera|serveuse|entrenadora|treinadora|allenatrice"
    r"|vecina|vizinha|vicina|voisine|enfermera|enfermeira|infermiera|infirmiere|profesora|professora"
    r"|professoressa"
)
_ROM_POST_ADJ = (
    r"nueva|nuevo|nova|novo|nuova|nouvelle|guapa|linda|bonita|bella|belle|jolie|rubia|loira|bionda|blonde"
    r"|morena|mora|pelirroja|ruiva|rossa|rousse|joven|jovem|giovane|jeune|tetona|gostosa"
)
_ROM_OF = r"de\s+la|del|de|da|do|dell'|della|dello|dal|dalla|du|de\s+l'|en\s+la|en\s+el|na|no|nella|nel|au|a\s+la"
#: Places of work, study and residence a Romance role is anchored to (round 28: shared by two rows).
_ROM_WORKPLACE = (
    r"contabilidad|contabilidade|contabilita|compta|recursos\s+humanos|rrhh|rh|oficina|escritorio|ufficio"
    r"|bureau|trabajo|trabalho|lavoro|travail|boulot|gimnasio|gym|academia|palestra|salle|tienda|loja|negozio"
    r"|magasin|empresa|firma|azienda|entreprise|departamento|dipartimento|reparto|equipo|equipe|squadra"
    r"|piso|predio|palazzo|immeuble|edificio|escuela|escola|scuola|clase|classe|facultad|facolta|fac"
    r"|universidad|universidade|universita|cafeteria|cafe|bar|supermercado|supermercato|supermarche"
)
#: Roles of the speaker's workplace the person nouns above leave out (round 28).
_ROM_ROLE_MORE = (
    r"assistante|asistente|assistente|vendeuse|vendedora|commessa|coiffeuse|peluquera|cabeleireira|parrucchiera"
    r"|comptable|contable|contadora|contabile|standardiste|hotesse|azafata|medica|medecin|doctora|dentiste|dentista"
    r"|avocate|abogada|advogada|avvocata|employee|empleada|empregada|impiegata|alumna|aluna|etudiante|estudiante"
    r"|studentessa|apprentie|aprendiz|apprendista|interne|interna|nounou|niñera|ninera|baba|babysitter"
)
#: Local roles whose wife or daughter the speaker points at (round 28).
_LOCAL_ROLE = (
    r"porteiro|zelador|sindico|vizinho|chefe|patrao|professor|treinador|padeiro|portero|conserje|vecino|jefe"
    r"|profesor|entrenador|panadero|casero|gardien|concierge|voisin|patron|chef|prof|boulanger|proprio"
    r"|proprietaire|portiere|portinaio|vicino|capo|professore|allenatore|fornaio|padrone|hausmeister|nachbarn"
    r"|nachbar|chef|lehrer|trainer|vermieter|bäcker|backer"
)
_ROM_ROWS = [
    # Round 25: "una chica del Tinder", "uma mina do Tinder", "une meuf de Snapchat", "ein Mädchen von Tinder": an
    # indefinite person and the network the speaker met her on, as English "some girl from snapchat"
    ("ml_person_from_network", 0.75,
     _gated(_NETWORK_GATE + ("badoo", "happn"),
            r"\b(?:una|alguna|esa|la|uma|alguma|essa|a|une|cette|la|ein|eine|irgendeine|diese|die|un|qualche|quella"
            r"|el|ese|o|esse|le|ce|der|den|dem|dieser|einen|il|quel|lo)\s+"
            r"(?:(?:random|cualquier|qualquer|nueva|nova|nouvelle|neue|nuova)\s+)?"
            r"(?:chica|chico|mujer|tipa|morra|mina|garota|menina|moca|mulher|gata|fille|meuf|femme|nana|madchen|frau|tussi"
            r"|ragazza|donna|tipa|tizia|tipo|chaval|cara|moco|garoto|mec|gars|type|typ|kerl|mann|ragazzo|tizio)\s+"
            # round 28: "le mec rencontre sur Tinder", "el chico que conoci en Tinder" (masculine heads; a participle)
            r"(?:(?:rencontre|rencontree|conocido|conocida|conhecido|conhecida|conosciuto|conosciuta|kennengelernt"
            r"|que\s+conoci|que\s+conheci|que\s+j'ai\s+rencontre|que\s+j'ai\s+rencontree)\s+)?"
            r"(?:de|del|de\s+la|do|da|no|na|von|vom|aus|auf|di|della|dal|sur|en|on|su)\s+"
            r"(?:(?:mi|mis|minha|meu|mon|ma|mein|meinem|meiner|mio|mia)\s+)?"
            rf"(?:{_NETWORK_NAMES}|badoo|happn)\b")),
    ("rom_person_post_adj_place", 0.75,
     _gated(_alts(_ROM_POST_ADJ),
            rf"\b(?:la|el|esa|ese|a|o|essa|esse|il|lo|quella|quel|cette|ce)\s+(?:{_ROM_PERSON})\s+(?:{_ROM_POST_ADJ})\s+"
            rf"(?:{_ROM_OF})\s*(?:mi|mis|nuestra|nuestro|minha|meu|nossa|nosso|mia|mio|nostra|nostro|mon|ma|notre"
            rf"|{_ROM_WORKPLACE})\b")),
    # Round 28: a role with an age and the workplace after it, as "the 24-year-old intern at the agency":
    # "la stagiaire de 24 ans de l'agence", "la becaria de 25 anos de la oficina", "a estagiaria de 23 anos do
    # escritorio", "la stagista di 24 anni dell'ufficio"
    ("rom_person_age_place", 0.75,
     _gated((" ans ", " anos ", " anni ", " ano ", " an "),
            rf"\b(?:la|el|esa|ese|a|o|essa|esse|il|lo|quella|quel|cette|ce|le|l')\s*(?:{_ROM_PERSON}|{_ROM_ROLE_MORE})\s+"
            r"(?:de|di|da)\s+[1-9][0-9]\s+(?:ans|anos|anni|ano|an)\s+"
            rf"(?:(?:que\s+trabaja|qui\s+travaille|que\s+trabalha|che\s+lavora)\s+)?(?:{_ROM_OF}|chez|a|en|em|in)\s*"
            rf"(?:(?:mi|mis|nuestra|nuestro|minha|meu|nossa|nosso|mia|mio|nostra|nostro|mon|ma|notre|la|el|le|l'|o|a"
            rf"|il|lo)\s*)?(?:{_ROM_WORKPLACE}|agence|agencia|agenzia|cabinet|boite|clinique|clinica|hopital|hospital"
            r"|ospedale|banque|banco|banca|labo|laboratoire|laboratorio|studio|estudio|mairie|ayuntamiento|prefeitura"
            r"|comune|restaurante|restaurant|ristorante|hotel|hotel|albergo|pharmacie|farmacia|boulangerie|panaderia"
            r"|padaria|panetteria)\b")),
    # Round 28: the wife or daughter of someone the speaker's life holds by role ("a mulher do porteiro do predio",
    # "la femme du gardien", "la hija del portero", "la moglie del portiere", "die Frau vom Hausmeister")
    ("ml_kin_of_local_role", 0.75,
     _gated(_alts(_LOCAL_ROLE),
            r"\b(?:la|a|esa|essa|cette|die|la|quella)\s+(?:mulher|esposa|filha|namorada|mujer|hija|novia|femme|fille|copine"
            r"|moglie|figlia|fidanzata|frau|tochter|freundin)\s+"
            r"(?:do|da|dos|de\s+la|del|de|du|de\s+l'|des|dello|della|del|dell'|vom|von\s+der|von\s+dem|des|der)\s*"
            rf"(?:(?:nosso|nossa|meu|minha|nuestro|mi|notre|mon|nostro|mio|unserem|unserer|meinem|meiner)\s+)?"
            rf"(?:{_LOCAL_ROLE})\b")),
    # Spanish, Portuguese, Italian, French age asides after a person noun: "tiene 25", "tem 24 anos"
    ("rom_person_age_aside", 0.75,
     _gated(("tiene ", " anos", " anni", " ans"),
            rf"\b(?:la|el|esa|ese|mi|a|o|essa|minha|la\s+mia|mia|il|quella|ma|cette)\s+(?:[a-z'-]+\s+){{0,4}}?"
            rf"(?:{_ROM_PERSON})(?:\s+[a-z'-]+){{0,4}}?\s*,?\s+"
            r"(?:tiene\s+[1-9][0-9](?:\s+anos)?|tem\s+[1-9][0-9]\s+anos|ha\s+[1-9][0-9]\s+anni|(?:elle\s+)?a\s+[1-9][0-9]\s+ans)\b")),
]

# --- German, Dutch, Swedish: "bei uns", definite roles with the place the speaker works at -------
_DE_PERSON = (
    r"azubine|azubi|auszubildende|praktikantin|werkstudentin|kollegin|mitarbeiterin|angestellte|sekretarin"
    r"|kellnerin|bedienung|kassiererin|verkauferin|trainerin|empfangsdame|rezeptionistin|friseurin|nachbarin"
    r"|frau|madchen|neue|studentin|krankenschwester|pflegerin|arzthelferin|lehrerin|putzfrau|barkeeperin"
)
#: German, Dutch and Swedish person and role nouns an age aside may follow.
_GMC_PERSON = (
    rf"{_DE_PERSON}|nachbar|kollege|chef|chefin|vrouw|meisje|meid|buurvrouw|buurmeisje|collega|stagiaire|serveerster"
    r"|kapster|receptioniste|lerares|studente|zus|vriendin|granne|grannen|kollega|kollegan|tjejen|kvinnan|flickan"
    r"|praktikant|praktikanten|servitris|servitrisen|receptionist|receptionisten|lararinna|syster|van|vaninna"
    r"|flickvan|sambo|fru|chefen"
)
_DE_ROWS = [
    # "die neue Azubine bei uns im Büro", "die Kollegin bei uns in der Firma"
    ("de_person_bei_uns", 0.75,
     _gated(("bei uns", "bei mir"),
            rf"\b(?:die|der|diese|unsere|meine)\s+(?:(?:[a-z]+|[1-9][0-9]-jahrig)e[nrs]?\s+){{0,2}}(?:{_DE_PERSON})\s+bei\s+"
            r"(?:uns|mir)\b")),
    # "die Kellnerin mit dem Zopf aus dem Biergarten": a description between the person and the place
    ("de_person_described_from_place", 0.75,
     _gated(("mit ",),
            rf"\b(?:die|der|diese)\s+(?:[a-z]+e[nrs]?\s+){{0,2}}(?:{_DE_PERSON})\s+mit\s+(?:dem|der|den|einem|einer)\s+"
            r"(?:[a-z]+\s+){1,2}?(?:aus\s+dem|aus\s+der|vom|von\s+der|im|in\s+der|an\s+der)\s+"
            r"[a-z]*(?:garten|cafe|bar|kneipe|laden|markt|buro|firma|studio|salon|praxis|klinik|bad|schwimmbad"
            r"|restaurant|hotel|backerei|apotheke|kiosk|imbiss|bistro|haus|stock|wohnung|klasse|abteilung)\b")),
    # "den nya praktikanten på jobbet", "tjejen från kontoret", "nya kollegan på min avdelning"
    ("sv_definite_role_at_work", 0.75,
     _gated(("pa ", "fran ", "vid "),
            r"\b(?:(?:den|det)\s+)?(?:[a-z]+a\s+)?(?:praktikanten|praktikanterna|kollegan|kollegorna|tjejen|kvinnan"
            r"|killen|receptionisten|sekreteraren|servitrisen|kassorskan|kassoren|traningsinstruktoren|instruktoren"
            r"|tranaren|sjukskoterskan|larerinnan|grannen|grannflickan|nyanstallda|vikarien|sommarjobbaren)\s+"
            r"(?:pa|fran|vid)\s+(?:jobbet|kontoret|gymmet|jobb|kontor|avdelningen|firman|foretaget|bolaget|skolan"
            r"|klassen|butiken|affaren|kafet|cafeet|cafet|restaurangen|puben|baren|kliniken|mottagningen"
            r"|(?:min|mitt|mina|var|vart|vara)\s+[a-z]+)\b")),
    # Germanic age asides: "(hon är 24)", "(sie ist 22)", "(ze is 23)"
    ("gmc_person_age_aside", 0.75,
     _gated(("hon ar ", "han ar ", "sie ist ", "er ist ", "ze is ", "zij is ", "hij is "),
            rf"\b(?:den|det|die|der|de|het|min|mitt|meine|mijn|onze|unsere)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_GMC_PERSON})"
            r"(?:\s+[a-z-]+){0,4}?\s*,?\s+"
            r"(?:hon\s+ar|han\s+ar|sie\s+ist|er\s+ist|ze\s+is|zij\s+is|hij\s+is)\s+(?:ungefahr\s+|etwa\s+|ongeveer\s+)?"
            r"[1-9][0-9]\b(?!\s*(?:minuten|minuter|prozent|procent|euro|kronor|kilo|kg|cm|meter|grad)\b)")),
]

# --- Polish, Russian, Ukrainian --------------------------------------------------------------
_PL_KIN = (
    r"zon[aeyi]|siostr[aeyz]|cork[aei]|c[oó]rk[aei]|dziewczyn[aeyi]|narzeczon[aeyj]|matk[aeiy]|mam[aeyi]"
    r"|przyjaci[oó][lł]k[aeiy]|kole[zż]ank[aeiy]|szwagierk[aeiy]|ciotk[aeiy]|kuzynk[aeiy]|bratow[aeaj]"
    r"|partnerk[aeiy]|sasiadk[aeiy]|s[aą]siadk[aeiy]"
)
_PL_GEN = r"mojego|mojej|moich|naszego|naszej|naszych"
#: Roles from a workplace, gym or school: ru and uk stems with case endings.
_RU_ROLE = (
    r"стаж[её]рк[аиуеой]|практиканик[аиуеой]|практикантк[аиуеой]|сотрудниц[аыуеей]|коллег[аиуеой]|тренерш[аиуеей]"
    r"|тренер\w{0,2}|инструкторш[аиуеей]|официантк[аиуеой]|продавщиц[аыуеей]|кассирш[аиуеей]|медсестр[аыуеой]"
    r"|секретарш[аиуеей]|бухгалтерш[аиуеей]|администраторш[аиуеей]|менеджер\w{0,2}|учительниц[аыуеей]"
    r"|преподавательниц[аыуеей]|студентк[аиуеой]|соседк[аиуеой]|девушк[аиуеой]|женщин[аыуеой]|девочк[аиуеой]"
    r"|парикмахерш[аиуеей]|массажистк[аиуеой]|уборщиц[аыуеей]|барист\w{0,2}|новеньк(?:ая|ую|ой)|новенькая"
)
_UK_ROLE = (
    r"стажерк[аиуіою]|практикантк[аиуіою]|співробітниц[яіюею]|колег[аиуіою]|тренерк[аиуіою]|тренер\w{0,2}"
    r"|інструкторк[аиуіою]|офіціантк[аиуіою]|продавчин[яіюею]|касирк[аиуіою]|медсестр[аиуіою]|секретарк[аиуіою]"
    r"|бухгалтерк[аиуіою]|адміністраторк[аиуіою]|менеджерк[аиуіою]|вчительк[аиуіою]|викладачк[аиуіою]"
    r"|студентк[аиуіою]|сусідк[аиуіою]|дівчин[аиуіою]|жінк[аиуіою]|перукарк[аиуіою]|масажистк[аиуіою]"
    r"|прибиральниц[яіюею]|баристк[аиуіою]|новеньк(?:а|у|ої)"
)
_RU_MY_PLACE = r"(?:из|с|со|c|co|в|во|на|у|y|от)\s+(?:моего|моей|моём|моем|моих|нашего|нашей|нашем|наших|мою|нашу)"
_UK_MY_PLACE = r"(?:з|із|зі|в|у|y|на|від)\s+(?:мого|моєї|моїй|моєму|моїх|нашого|нашої|нашій|нашому|наших|мою|нашу)"
_SLAV_ROWS = [
    ("pl_kin_of_my_relative", 0.75,
     _gated(_alts(_PL_GEN), rf"\b(?:{_PL_KIN})\s+(?:{_PL_GEN})\s+[a-ząćęłńóśźż]{{3,}}")),
    # "новая стажёрка из нашего отдела", "девушка с моей работы", "тренерша из моего зала"
    ("ru_role_from_my_place", 0.75,
     _gated(_alts(r"моего|моей|моём|моем|моих|нашего|нашей|нашем|наших|мою|нашу|работы| нас"),
            rf"(?<!\w)(?:{_RU_ROLE})\s+(?:{_RU_MY_PLACE}\s+[а-яё]{{3,}}|[сc]\s+работы|[уy]\s+нас\s+(?:в|на)\s+[а-яё]{{3,}})")),
    ("uk_role_from_my_place", 0.75,
     _gated(_alts(r"мого|моєї|моїй|моєму|моїх|нашого|нашої|нашій|нашому|наших|мою|нашу|роботи| нас"),
            rf"(?<!\w)(?:{_UK_ROLE})\s+(?:{_UK_MY_PLACE}\s+[а-яіїєґ']{{3,}}|з\s+роботи|[уy]\s+нас\s+(?:в|у|y|на)\s+[а-яіїєґ']{{3,}})")),
    # "(ей 23)", "(їй 24)", "(ma 24 lata)" after a role noun
    ("slav_role_age_aside", 0.75,
     _gated(("ей ", "ему ", "їй ", "йому ", " lat"),
            rf"(?<!\w)(?:{_RU_ROLE}|{_UK_ROLE})(?:\s+[а-яёіїєґ']+,?){{0,4}}?\s+(?:ей|ему|їй|йому)\s+[1-9][0-9](?!\d)"
            rf"|\b(?:{_PL_KIN}|stazystk[aeiy]|praktykantk[aeiy]|kelnerk[aeiy]|trenerk[aeiy]|sekretark[aeiy])"
            r"(?:\s+[a-ząćęłńóśźż]+,?){0,4}?\s+ma\s+[1-9][0-9]\s+lat[a]?\b")),
]


# --- Czech, Slovak: "moje bývalá", an age aside "je jí 30" -----------------------------------------
_CS_ROLE = (
    r"byval[aá]|expritelkyne|kolegyne|kolegyn[eiu]|sousedk[aiuy]|susedk[aiuy]|pritelkyne|priatelk[aiuy]|sefov[aá]"
    r"|stazistk[aiuy]|brigadnic[eiu]|prodavack[aiuy]|servirk[aiuy]|cisnic[eiu]|trenerk[aiuy]|ucitelk[aiuy]"
    r"|spolubydlic[ií]|sestr[aiuy]|sestrenic[eiu]|svagrov[aá]|manzelk[aiuy]|zen[aiuy]|holk[aiuy]|divk[aiuy]"
)
_CS_ROWS = [
    ("cs_my_ex", 0.75, _gated(("moje ", "moja ", "ma ", "nase ", "nasa "),
                              r"\b(?:moje|moja|ma|nase|nasa)\s+(?:byvala|byvalka|ex)\b")),
    ("cs_role_age_aside", 0.75,
     _gated(("je ji ", "ma "),
            rf"\b(?:{_CS_ROLE})(?:\s+[a-z]+,?){{0,4}}?\s*,?\s+(?:je\s+ji|ma)\s+[1-9][0-9]\s*(?:let|rokov|rokù|roku)?\b")),
]

# --- Greek -----------------------------------------------------------------------------------
def _el(word: str) -> str:
    """A Greek word with or without its accent, and final sigma in either form."""
    table = {"α": "[αά]", "ε": "[εέ]", "η": "[ηή]", "ι": "[ιίϊ]", "ο": "[οό]", "υ": "[υύϋ]", "ω": "[ωώ]", "σ": "[σς]"}
    return "".join(table.get(c, c) for c in word)


_EL_ROLE = "|".join(_el(w) for w in (
    "ασκουμενη", "ασκουμενος", "συναδελφος", "συναδελφισσα", "υπαλληλος", "γραμματεασ", "σερβιτορα", "ταμιασ",
    "νοσοκομα", "γυμναστρια", "προπονητρια", "δασκαλα", "καθηγητρια", "φοιτητρια", "γειτονισσα", "κοπελα",
    "γυναικα", "κοριτσι", "πωλητρια", "κομμωτρια", "καθαριστρια", "ρεσεψιονιστ", "νεα", "καινουρια", "μαθητευομενη",
    "εκπαιδευομενη", "προισταμενη", "μπαργουμαν", "βρεφοκομα",
))
_EL_PREP = "|".join(_el(w) for w in ("στο", "στη", "στην", "στον", "απο το", "απο τη", "απο την", "απο τον", "του", "της"))
_EL_ROWS = [
    # "η νέα ασκούμενη στο γραφείο μου", "η γυμνάστρια από το γυμναστήριό μας"
    ("el_role_at_my_place", 0.75,
     _gated(("μου", "μασ", "μας", "mou"),
            rf"(?<!\w)(?:{_EL_ROLE})\s+(?:{_EL_PREP})\s+(?:\w+\s+)?\w{{3,}}\s+(?:μου|μασ|μας|mou)(?!\w)")),
    ("el_role_age_aside", 0.75,
     _gated(("χρον", "χρόν", "ετών", "ετων"),
            rf"(?<!\w)(?:{_EL_ROLE})(?:\s+\w+,?){{0,5}}?\s+[1-9][0-9]\s+(?:{_el('χρονων')}|{_el('ετων')}|{_el('χρονια')})(?!\w)")),
]

# --- Japanese, Korean, Chinese ---------------------------------------------------------------
_JA_PLACE = "部署|職場|会社|課|チーム|オフィス|事務所|バイト先|ジム|店|学校|クラス|大学|ゼミ|サークル|病院|マンション|アパート|寮"
_JA_ROLE = (
    "インターン|インターンの子|新人|新入社員|研修生|実習生|派遣さん|事務員|受付嬢|受付の人|店員|同僚|先輩|後輩|女性|女の子"
    "|女子|子|人|お姉さん|奥さん|トレーナー|インストラクター|コーチ|先生|看護師|ナース|バイトの子|アルバイト|上司|部下|社員|OL|ol"
)
_JA_MY = "私の|僕の|俺の|うちの|自分の|あたしの|わたしの|ぼくの|おれの|我が"
_KO_PLACE = "팀|회사|부서|사무실|직장|헬스장|체육관|학교|반|학원|가게|매장|병원|아파트|동네|과|연구실|동아리"
_KO_ROLE = (
    "인턴|신입\\s*사원|신입|사원|직원|여직원|트레이너|코치|강사|선생님|알바생|알바|점원|간호사|여자|여학생|누나|언니|동료"
    "|선배|후배|사람|애|여자애|매니저|비서|실습생|대리|과장"
)
_KO_MY = "우리|내|제|저희|나의|저의"
_KO_APP = "인스타그램|인스타|틱톡|트위터|페북|페이스북|유튜브|트위치|디스코드|카톡|오픈채팅|틴더|데이팅\\s*앱|앱|헬스장|지하철|버스"
_KO_SEEN = "찾은|본|만난|알게\\s*된|팔로우하는|팔로우한|보는|구독하는|눈팅하는"
_KO_WHO = "여자|여성|남자|사람|애|분|누나|언니|여자애|모델|스트리머|코스어|코스플레이어|BJ|bj|인플루언서|유튜버"
_ZH_PLACE = "公司|部门|部門|办公室|辦公室|单位|單位|健身房|学校|學校|班|店|医院|醫院|宿舍|小区|小區|团队|團隊|组|組"
_ZH_ROLE = (
    "实习生|實習生|新人|新同事|女同事|同事|教练|教練|前台|女生|女孩|妹子|服务员|服務員|收银员|收銀員|护士|護士|老师|老師"
    "|秘书|秘書|员工|員工|小姐姐"
)
_CJK_ROWS = [
    # "うちの部署の新しいインターン", "職場の新人の子", "私のジムのトレーナー"
    ("ja_role_of_my_place", 0.75,
     _gated(_alts(_JA_PLACE),
            rf"(?:(?:{_JA_MY})(?:{_JA_PLACE})|(?:部署|職場|会社|課|チーム|オフィス|事務所|バイト先))の"
            rf"(?:新しい|新人の|新入りの|若い|可愛い|かわいい)?(?:{_JA_ROLE})")),
    # "(24歳)" after a role noun
    ("ja_role_age_aside", 0.75, _gated(("歳",), rf"(?:{_JA_ROLE})\s*[（(]?\s*[1-9][0-9]\s*歳")),
    # "우리 팀 신입 인턴", "내 헬스장 트레이너", "우리 회사 새로 온 여직원"
    ("ko_role_of_my_place", 0.75,
     _gated(_alts(_KO_MY),
            rf"(?<![가-힣])(?:{_KO_MY})\s*(?:{_KO_PLACE})\s*(?:의\s*|에\s*)?(?:(?:신입|새로\s*온|새)\s*)?(?:{_KO_ROLE})")),
    # "인스타에서 찾은 여자", "틱톡에서 팔로우하는 코스어"
    ("ko_person_seen_online", 0.75,
     _gated(_alts(_KO_APP), rf"(?:{_KO_APP})\s*(?:에서|으로|로)\s*(?:{_KO_SEEN})\s*(?:{_KO_WHO})")),
    # "회사 옆자리 대리님": the colleague at the next desk
    ("ko_next_desk", 0.75,
     _gated(("옆자리",), r"옆자리\s*(?:의\s*)?(?:대리|과장|부장|팀장|주임|사원|직원|여직원|동료|선배|후배|언니|누나|여자|분)(?:님)?")),
    ("ko_role_age_aside", 0.75, _gated(("살",), rf"(?:{_KO_ROLE}|{_KO_WHO})\s*[1-9][0-9]\s*살")),
    # "我们公司新来的实习生", "我健身房的教练"
    ("zh_role_of_my_place", 0.75,
     _gated(("我",), rf"我(?:们|們)?(?:的)?(?:{_ZH_PLACE})(?:里|裡)?(?:的|新来的|新來的)(?:新来的|新來的)?(?:{_ZH_ROLE})")),
]

# --- Hinglish (romanised Hindi) --------------------------------------------------------------
_HING_REL = (
    r"bhabhi|bhabi|bhaabhi|didi|behen|bahen|bahan|saali|sali|biwi|patni|girlfriend|gf|friend|dost|padosan|padosi"
    r"|colleague|teacher|madam|maid|naukrani|kaamwali|kamwali|chachi|mami|mausi|bua|cousin|boss|ex|crush"
    r"|classmate|senior|junior|roommate|wife|sister|neighbou?r|tuition\s+teacher|ma'am|mam|secretary|intern"
    r"|trainer|coach|instructor|nurse|doctor|receptionist|waitress|tutor|student|girl|ladki|aunty|aunti|bhabhiji"
    r"|sis|bestie|bff|partner|landlady|makan\s+malkin|malkin|teacherji|sir|manager|dietician"
)
_HING_ROWS = [
    # "meri bhabhi", "meri college wali friend", "mere dost ki biwi"
    ("hinglish_my_relation", 0.75,
     _gated(("meri ", "mera ", "mere ", "hamari ", "humari ", "hamare "),
            rf"\b(?:meri|mera|mere|hamari|humari|hamare)\s+(?:[a-z]+\s+(?:wal[aie]\s+)?)?(?:{_HING_REL})\b"
            rf"|\b(?:mere|hamare)\s+[a-z]+\s+(?:ki|ka|ke)\s+(?:(?:nayi|nai|naya|nayi\s+wali|new)\s+)?(?:{_HING_REL})\b")),
]

# --- "the new intern" where the language has no article or marks it another way -------------------
#: A newcomer to the speaker's workplace or building ("den nya praktikanten", "новая стажёрка",
#: "η νέα ασκούμενη", "新しいインターン", "신입 인턴", "新来的实习生"), as :mod:`.private`'s
#: ``the_new_role`` reads "the new intern", "la nouvelle stagiaire", "die neue Praktikantin".
_NEW_ROLE_ROWS = [
    ("sv_the_new_role", 0.75,
     _gated(("nya ",), r"\b(?:den\s+|det\s+)?nya\s+(?:praktikanten|kollegan|vikarien|receptionisten|sekreteraren"
                       r"|grannen|tranaren|instruktoren|assistenten|sommarjobbaren|nyanstallda|tjejen\s+pa\s+jobbet)\b")),
    ("ru_uk_the_new_role", 0.75,
     _gated(("нов",), r"(?<!\w)(?:нов(?:ая|ую|ой|енькая|енькую|енькой|а|у|ої|енька|еньку))\s+"
                      r"(?:стаж[её]рк\w{1,2}|практикантк\w{1,2}|сотрудниц\w{1,2}|співробітниц\w{1,2}|коллег\w{1,2}"
                      r"|колег\w{1,2}|секретарш\w{1,2}|секретарк\w{1,2}|соседк\w{1,2}|сусідк\w{1,2}|стажерк\w{1,2})(?!\w)")),
    ("el_the_new_role", 0.75,
     _gated(("νέα", "νεα", "καινούρ", "καινουρ", "καινούργ", "καινουργ"), rf"(?<!\w)(?:η|την|τη|h|thn)\s+(?:{_el('νεα')}|{_el('καινουρια')}|{_el('καινουργια')})\s+"
            rf"(?:{_el('ασκουμενη')}|{_el('συναδελφο')}[σς]?|{_el('συναδελφισσα')}|{_el('υπαλληλο')}[σς]?|{_el('γραμματεα')}[σς]?"
            rf"|{_el('γειτονισσα')}|{_el('εκπαιδευομενη')})(?!\w)")),
    ("pl_the_new_role", 0.75,
     _gated(("now",), r"\bnow(?:a|ej|ą)\s+(?:stazystk\w|praktykantk\w|kolezank\w|sasiadk\w|sekretark\w|pracownic\w)\b")),
    ("cjk_the_new_role", 0.75,
     _gated(("新しい", "新人の", "新入社員の", "신입", "새로", "新来的", "新來的"),
            r"新しい(?:インターン|同僚|秘書|事務員|受付|アシスタント|トレーナー|隣人|ルームメイト)|(?:新人|新入社員)の(?:子|女の子|インターン)"
            r"|(?:신입|새로\s*온)\s*(?:인턴|사원|여직원|직원|동료|트레이너|선생님|비서)"
            r"|新(?:来|來)的(?:实习生|實習生|同事|女同事|秘书|秘書|前台|邻居|鄰居)")),
]

# --- Danish/Norwegian, Hungarian, Indonesian/Malay, Arabic, Hindi: a role and the speaker's place ----
_DANO_PERSON = (
    r"praktikant(?:en)?|kollega(?:en)?|kollegaen|sekretaer(?:en)?|receptionist(?:en)?|nabo(?:en)?|vikar(?:en)?"
    r"|pigen|jenta|jenten|kvinden|kvinnen|damen|servitricen|servitrisen|servitoren|kassedamen|traeneren|treneren"
    r"|instruktoren|sygeplejersken|sykepleieren|laereren|laererinden|laereren|elev(?:en)?|ansatte"
)
_HU_ROLE = (
    r"gyakornok|kollega|kolleganom|munkatars|munkatarsno|recepcios|pincerno|pincer|edzo|edzono|tanarno|tanar"
    r"|szomszed|szomszedlany|szomszedasszony|lany|no|holgy|titkarno|titkar|elado|eladono|apolo|apolono|kassza"
    r"|penztaros|penztarosno|fodrasz|fodraszno|takaritono|diak|diaklany"
)
_ID_ROLE = (
    r"anak\s+magang|magang|karyawan|karyawati|pegawai|staf|staff|resepsionis|kasir|pelayan|pramusaji|guru|dosen"
    r"|perawat|suster|pelatih|instruktur|tetangga|teman|rekan(?:\s+kerja)?|cewek|cewe|gadis|wanita|perempuan|mbak"
    r"|mba|kakak|sekretaris|admin|barista|trainer|atasan|bos"
)
_ID_PLACE = (
    r"kantor|tempat\s+kerja|kerjaan|gym|tempat\s+gym|kampus|sekolah|kelas|toko|kafe|cafe|divisi|departemen|bagian"
    r"|kos|kost|kosan|apartemen|komplek|kompleks|perumahan|gedung|klinik|rumah\s+sakit|salon|restoran|warung|tim"
)
_AR_ROLE = (
    "المتدربة|متدربة|الموظفة|موظفة|الزميلة|زميلة|السكرتيرة|سكرتيرة|الممرضة|ممرضة|المدربة|مدربة|النادلة|نادلة"
    "|الكاشيرة|كاشيرة|البنت|بنت|الفتاة|فتاة|المعلمة|معلمة|الجارة|جارة|المحاسبة|محاسبة|البائعة|بائعة|موظفه|الموظفه"
)
_AR_MY_PLACE = (
    "(?:مكتب|شركت|عمل|شغل|قسم|جيم|نادي|مدرست|جامعت|محل|مطعم|مستشفى|عيادت|فرع|إدارت|ادارت|صالت|كافيه|حي|عمارت|بنا)"
    "(?:نا|ي)"
)
_HI_MY = "मेरे|मेरी|मेरा|हमारे|हमारी|हमारा"
_HI_PLACE = "ऑफिस|आफिस|दफ्तर|कंपनी|जिम|कॉलेज|कालेज|स्कूल|क्लास|मोहल्ले|बिल्डिंग|सोसाइटी|दुकान|डिपार्टमेंट|टीम|गली|कोचिंग|अस्पताल|क्लिनिक"
_HI_ROLE = (
    "इंटर्न|लड़की|लडकी|महिला|औरत|भाभी|आंटी|टीचर|मैडम|रिसेप्शनिस्ट|नर्स|ट्रेनर|सेक्रेटरी|कर्मचारी|सहकर्मी|दीदी"
    "|कामवाली|सफाईवाली|मैनेजर|बॉस|स्टाफ|कैशियर|वेट्रेस"
)
_MORE_ROWS = [
    # "den nye praktikant på kontoret", "pigen fra kontoret", "kollegaen på jobben"
    ("dano_role_at_work", 0.75,
     _gated(("nye ", "pa ", "fra ", "ved "),
            rf"\b(?:den|det)\s+nye\s+(?:{_DANO_PERSON})\b"
            rf"|\b(?:{_DANO_PERSON})\s+(?:pa|fra|ved)\s+(?:kontoret|jobbet|jobben|arbejdet|arbeidet|gymmet|fitness"
            r"|afdelingen|avdelingen|firmaet|skolen|butikken|kafeen|cafeen|baren|klinikken|(?:min|mitt|mine|vores|vart|var)\s+[a-z]+)\b")),
    # "az új gyakornok lány az irodánkból": the place carries the first-person suffix
    ("hu_role_from_my_place", 0.75,
     _gated(tuple(m + c for m in ("m", "nk") for c in ("bol", "ben", "ban", "rol", "nal", "nel")),
            rf"\b(?:{_HU_ROLE})(?:lany|no)?(?:\s+(?:lany|no))?\s+(?:az\s+|a\s+)?[a-z]{{3,}}(?:[aeo]?m|unk|ank|enk|ink)"
            r"(?:bol|ben|ban|rol|nal|nel)\b")),
    # "anak magang baru di kantor saya", "kasir dari toko dekat kos aku", "cewek di gym ku"
    ("id_role_at_my_place", 0.75,
     _gated((" di ", " dari "),
            rf"\b(?:{_ID_ROLE})(?:\s+baru|\s+cantik|\s+seksi)?\s+(?:di|dari)\s+(?:{_ID_PLACE})"
            r"(?:ku|\s+(?:saya|aku|ku|kami|kita|gue|gw|gua))\b")),
    # "المتدربة الجديدة في مكتبنا", "الموظفة من شغلي"
    ("ar_role_at_my_place", 0.75,
     _gated(("في", "من", "ب"),
            rf"(?<!\w)(?:{_AR_ROLE})(?:\s+(?:الجديدة|الجديده|الحلوة|الجميلة))?\s+(?:في|من|ب)\s*(?:ال)?{_AR_MY_PLACE}(?!\w)")),
    # "हमारे ऑफिस की नई इंटर्न", "मेरे जिम वाली ट्रेनर"
    ("hi_role_of_my_place", 0.75,
     _gated(_alts(_HI_MY),
            rf"(?<!\w)(?:{_HI_MY})\s+(?:{_HI_PLACE})\s+(?:की|के|का|वाली|वाला|वाले|में)\s+(?:(?:नई|नया|नए)\s+)?(?:{_HI_ROLE})")),
]

# Round 33: a random stranger the speaker saw on a commute or at a public place, as English "a random woman on the
# train" (private_anchor.py): a word that makes the person one random real individual ("cualquiera", "random",
# "aleatória", "a caso", "au hasard", "zufällige", "fremde", "willekeurige", "przypadkowa", or a stranger noun:
# "una desconocida", "une inconnue", "una sconosciuta", "eine Unbekannte", "nieznajoma") and the place she was at
# ("del metro", "dans le bus", "im Zug", "in de trein", "w autobusie"). "Una mujer en el metro" (no marker) is a scene.
_RND_PRE = r"zufallige|zufalligen|fremde|fremden|willekeurige|onbekende|przypadkowa|przypadkowej|losowa|random"
_RND_POST = (r"cualquiera|random|aleatoria|aleatorio|qualquer|a\s+caso|qualsiasi|au\s+hasard|quelconque|desconocida"
             r"|desconhecida|sconosciuta")
_RND_STRANGER = r"desconocida|desconhecida|inconnue|sconosciuta|unbekannte|unbekannten|onbekende|nieznajoma|nieznajomej"
_RND_HEAD = (r"chica|chico|mujer|senora|muchacha|tipa|tipo|morra|mina|garota|garoto|menina|moca|mulher|moco|cara|fille|femme"
             r"|nana|meuf|mec|dame|madchen|frau|tussi|typ|kerl|mann|ragazza|ragazzo|donna|signora|tizia|tizio|uomo|meisje"
             r"|vrouw|meid|man|jongen|dziewczyna|dziewczyne|dziewczyny|kobieta|kobiete|kobiety|laska|laske|laski|facet|chlopak")
_RND_PLACE = (r"metro|metrze|subte|u-bahn|ubahn|s-bahn|bus|autobus|autobusie|onibus|camion|micro|tren|trem|train|treno|zug"
              r"|trein|pociagu|tram|tramwaju|tranvia|strassenbahn|rer|gimnasio|academia|palestra|gym|fitnessstudio"
              r"|sportschool|si[lł]owni|supermercado|supermarche|supermercato|supermarkt|super|sklepie|sklepu|parada|arret"
              r"|haltestelle|halte|fermata|przystanku|estacion|estacao|gare|bahnhof|stazione|station|stacji|dworcu"
              r"|aeropuerto|aeroporto|aeroport|flughafen|luchthaven|lotnisku|cafeteria|cafe|bar|kneipe|discoteca|boate"
              r"|biblioteca|bibliotheque|bibliothek|bibliotheek|bibliotece|mercado|marche|mercato|markt|centro\s+comercial"
              r"|shopping|ascensor|elevador|ascenseur|aufzug|ascensore|windzie|fila|cola|schlange|kolejce|campus")
_RND_PREP = (r"del|de\s+la|de|en\s+el|en\s+la|en|do|da|no|na|dans\s+le|dans\s+la|dans\s+l'|du|au|a\s+la|aus\s+der"
             r"|aus\s+dem|in\s+der|im|vom|von\s+der|an\s+der|am|beim|nel|nella|sul|sulla|in|al|alla|dal|dalla|della"
             r"|uit\s+de|in\s+de|op\s+het|op\s+de|bij\s+de|z|ze|w|we|przy")
_RANDOM_ROWS = [
    ("ml_random_person_at_place", 0.75,
     _gated(("zufallig", "fremde", "willekeurig", "onbekend", "przypadkow", "losow", "random", "cualquier", "aleatori",
             "qualquer", "a caso", "qualsiasi", "au hasard", "quelconque", "desconocid", "desconhecid", "sconosciut",
             "inconnue", "unbekannt", "nieznajom"),
            r"\b(?:(?:una|alguna|esa|uma|alguma|essa|une|cette|eine|einer|irgendeine|un|quella|een|jakas|some|a)\s+)?"
            rf"(?:(?:(?:{_RND_PRE})\s+(?:{_RND_HEAD})|(?:{_RND_HEAD})\s+(?:{_RND_POST})|(?:{_RND_STRANGER}))\s+"
            rf"(?:{_RND_PREP})\s+(?:(?:el|la|le|l'|der|die|das|dem|den|o|a|il|lo|het)\s+)?(?:{_RND_PLACE}))\b")),
]

#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_ANCHOR_ML_PATTERNS = _EN_ROWS + _ROM_ROWS + _DE_ROWS + _SLAV_ROWS + _EL_ROWS + _CJK_ROWS + _HING_ROWS + _NEW_ROLE_ROWS + _MORE_ROWS + _CS_ROWS + _RANDOM_ROWS
