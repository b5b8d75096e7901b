"""The multilingual part of the sexual-content lexicon (issue 10), imported by build_sexual_lexicon.py.

Data only: the languages users write besides English (fr es pt de it nl pl), with their morphology,
their descriptive phrasings (seeing through clothes, body paint as the only covering, transparent
garments) and the core words of the run-time fuzzy match. Grades and score conventions are those of
build_sexual_lexicon.py.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _forms(stems: str, endings: str) -> list[str]:
    """Every stem with every ending: ``_forms("desnud", "a as o os")`` -> desnuda, desnudas, ...
    (``-`` is the empty ending). The morphology of the languages users write, generated rather
    than listed one failing form at a time."""
    return [st + ("" if en == "-" else en) for st in stems.split() for en in endings.split()]


def _w(forms: list[str], score: float) -> list[tuple[str, float]]:
    return [(f, score) for f in forms]


#: Issue 10: the languages users write (fr es pt de it nl pl), with gender, number and verb
#: inflections. Scores follow ambiguity: a form with an everyday second sense scores lower
#: (``chatte`` is also a she-cat, ``polla`` a young hen, ``scopare`` to sweep, ``baiser`` a kiss as a
#: noun, ``sucer``/``chupando`` sucking a sweet) and carries
#: ``near`` exceptions in sexual_exceptions.tsv. Short forms that are words of another language
#: stay out (``nu`` is Dutch "now", ``despido`` Spanish "dismissal", ``pau`` Portuguese "stick").
MORPHOLOGY: dict[str, dict[str, list[tuple[str, float]]]] = {
    "fr": {
        E: _w(["nichons", "nibards", "sa bite", "ta bite", "une bite", "grosse bite", "ma bite", "sucer des bites",
               "suceuse", "baisée", "baisées", "baisent", "baisant", "se faire baiser", "se fait baiser",
               "baise-la", "baise-moi"], 0.85)
           + _w(["chatte", "chattes", "baiser"], 0.7) + _w(["sucer", "suce"], 0.6)
           + _w(["porno", "pornos", "film porno", "sexe oral", "fellations", "branlette espagnole"], 0.95),
        N: _w(["seins", "poitrine nue", "poitrines nues"], 0.75)
           + _w(_forms("déshabillé dévêtu dénudé", "e es s"), 0.85)
           + _w(_forms("tout toute complètement entièrement totalement", "nu nue nus nues"), 0.95)
           + _w(["nus"], 0.7)
           + _w(["homme nu", "hommes nus", "corps nu", "corps nus", "femme nue", "femmes nues", "fille nue",
                 "filles nues", "nue intégrale", "en tenue d'ève", "en tenue d'adam", "à poil"], 0.85),
        U: _w(["sans habits", "sans rien sur elle", "sans rien sur lui", "sans vêtement", "sans sous-vêtements",
               "sans ses vêtements", "sans aucun habit"], 0.85)
           + _w(["se déshabille", "se déshabiller", "se déshabillant", "se déshabillent", "se dévêt", "se dévêtir",
                 "enlève ses vêtements", "enlever ses vêtements", "retire ses vêtements", "retirer ses vêtements",
                 "ôte ses vêtements", "se met nue", "se mettre nue"], 0.75),
    },
    "es": {
        E: _w(_forms("foll", "ar ando ada adas ado ados arse ándose ándola ándolo amos an"), 0.9)
           + _w(["chupándosela", "chupársela", "se la chupa", "chupando polla", "chupando pollas", "mamando verga",
                 "tetonas", "tetona", "cachonda", "cachondas", "sexo anal", "sexo oral", "porno casero"], 0.9)
           + _w(["polla", "pollas"], 0.7) + _w(["chupando", "chupar", "chupándole"], 0.6),
        N: _w(["desnud*"], 0.9) + _w(_forms("desvestid desnudad encuerad empelotad", "a as o os"), 0.85)
           # round 3: regional registers (es-ES "en pelota picada", es-CL "pilucho")
           + _w(["en pelota picada", "en pelota viva"] + _forms("piluch", "a as o os"), 0.85)
           + _w(["pechos", "pechos desnudos", "senos", "en cueros"], 0.75),
        U: _w(["sin nada puesto", "sin ropa interior", "sin nada de ropa", "sin sujetador", "sin calzones"], 0.85)
           + _w(["quitándose la ropa", "se quita la ropa", "quitarse la ropa", "se quitó la ropa", "quítale la ropa",
                 "desvistiéndose", "se desviste", "desvestirse"], 0.75),
    },
    "pt": {
        E: _w(_forms("fodid", "a as o os") + ["fode", "fodem", "foda-se na cama", "transando", "transa com ele",
                                                 "pau duro", "chupando pau", "chupar pau", "peitões", "gozada",
                                                 "punhetando", "siririca"], 0.85)
           + _w(["chupando", "chupar"], 0.6),
        # round 3: "despida" (undressed); "despido(s)" is the Spanish dismissal and stays out, and the
        # Spanish subjunctive "que se despida de" (say goodbye) is a ``near`` exception
        N: _w(_forms("despid", "a as"), 0.85)
           + _w(["nus", "nuinha", "nuzinha", "peladas", "peladinhas", "peitos", "seios", "peitos nus", "seios à mostra",
               "peitos à mostra", "mamilos à mostra"], 0.75)
           + _w(["toda nua", "todo nu", "completamente nua", "completamente nu", "totalmente nua"], 0.85),
        U: _w(["sem roupa íntima", "sem sutiã e sem calcinha", "sem cueca"], 0.85)
           + _w(["tirando a roupa", "tira a roupa", "tirar a roupa", "tirou a roupa", "se despindo", "se despe",
                 "se despir", "despindo-se", "tira a roupa dela"], 0.75),
    },
    "de": {
        E: _w(_forms("gefickt fickend fickte gebumst", "- e en"), 0.95)
           + _w(["steifer schwanz", "steifen schwanz", "brüste kneten", "bumst", "wichst"], 0.9),
        N: _w(_forms("entkleidet unbekleidet", "- e en er es"), 0.85)
           # round 3: Bavarian/Austrian "nackert"/"nackat", with its adjective endings
           + _w(_forms("nackert nackat", "- e en er es"), 0.85) + _w(["brüste", "nackte brüste"], 0.75)
           + _w(["nacktaufnahme", "nacktaufnahmen", "nacktfotos", "nacktbildern", "splitterfasernackt",
                 "pudelnackt", "oben ohne"], 0.9),
        U: _w(["ohne höschen", "ohne slip", "ohne unterwäsche", "ohne was an", "hat nichts an"], 0.8)
           + _w(["zieht sich aus", "zog sich aus", "sich ausziehen", "sich auszieht", "kleider ausziehen",
                 "kleidung ausziehen", "entkleidet sich", "sich entkleiden", "ausgezogene", "ausgezogenen"], 0.75),
    },
    "it": {
        E: _w(_forms("scopat", "a e o i") + ["scopando", "scoparla", "scoparlo", "cazzi", "fighe", "tettona",
                                               "tettone", "pompini", "fare sesso"], 0.8),
        N: _w(_forms("spogliat svestit", "a e o i") + ["nuda", "nude", "nudi", "nuda integrale", "tutta nuda",
                                                         "tutto nudo", "completamente nuda", "seni nudi"], 0.85)
           + _w(["capezzoli"], 0.75),
        U: _w(["senza mutande", "senza mutandine", "senza niente addosso", "senza reggiseno e mutande",
               "senza vestiti addosso"], 0.85)
           + _w(["si spoglia", "spogliarsi", "spogliandosi", "si spogliano", "si toglie i vestiti",
                 "togliersi i vestiti", "toglie i vestiti", "spogliarello"], 0.75),
    },
    "nl": {
        E: _w(["neukt", "geneukt", "neukend", "neukende", "pijpen", "pijpt"], 0.9),
        N: _w(["poedelnaakt", "naakten", "naaktfoto", "naaktfoto's", "naaktfotos", "borsten", "blote borsten"], 0.8),
        U: _w(_forms("uitgekleed", "- e") + ["kleedt zich uit", "zich uitkleden", "kleedde zich uit",
                                               "zonder ondergoed", "zonder kleertjes"], 0.75),
    },
    "pl": {
        N: _w(["naga", "nagi", "nagą", "piersi", "nagie piersi"], 0.75)
           + _w(_forms("rozebran", "a e y i ą ej") + ["nagusieńka", "golutka", "nagiego"], 0.85),
        U: _w(["bez ubrań", "bez majtek", "bez stanika", "rozbiera się", "rozebrała się", "rozbierająca się"], 0.8),
        E: _w(["sutki", "ruchać", "ruchana", "pieprzy się"], 0.85),
    },
}

#: Round 4 (issue 10): sex-act slang and genital words of the languages users write, and the core
#: nudity words of Swedish, Romanian and Turkish (Polish and Dutch completed), each class written
#: from the language's grammar: inflected forms, reflexive undressing, idioms. Words whose everyday
#: sense collides stay out or are only listed inside a phrase: Turkish "sık-" (squeeze) folds to the
#: same letters as "sik-", Italian "pompa" (a pump), "bocchino" (a cigarette holder, listed only after
#: a verb of doing), Polish "goły" (bare: "goła ściana") and "bzyka" (a fly buzzes; only reflexive),
#: Romanian "gol/goală" (empty: near-exceptions), Swedish "nakna sanningen" (the naked truth),
#: Spanish "pito" (a whistle), "polvo" (dust; only "echar un polvo"), Tagalog "pula" (red; Romanian
#: "pula" only inside a phrase).
ROUND4: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        E: _w(["blowie", "blowies", "deepthroating", "deep throating", "sixty nining", "sixty-nining",
               "eating her pussy", "eating his ass", "facefucking", "face fucking", "muff diving", "muff diver"], 0.85),
    },
    "es": {
        E: _w(["mamándosela", "mamársela", "se la mama", "se la está mamando", "mamando verga", "mamando polla",
               "un pete", "haciendo un pete", "hace un pete", "le hace un pete", "hacerle un pete", "petera", "cogiéndosela", "cogiéndoselo", "cogérsela", "culeando", "culear",
               "culiando", "singando", "singar", "garchando", "garchar", "pichula", "chupapija", "chupaverga",
               "haciéndose una paja", "se hace una paja", "haciéndole una paja", "le hace una paja",
               "echando un polvo", "echar un polvo", "echaron un polvo", "echan un polvo", "echó un polvo",
               "echamos un polvo", "sexo anal"], 0.85),
    },
    "pt": {
        E: _w(["boquete", "boquetes", "boquetinho", "pagando boquete", "pagar boquete", "piroca", "pirocas", "trepando com",
               "trepar com", "trepou com", "comendo ela de quatro", "come ela de quatro", "de quatro pra ele",
               "de quatro para ele", "fazendo oral", "fazer oral", "fez oral", "faz oral", "fazendo um oral",
               "chupando ele", "chupando ela", "chupou ele", "chupa ele", "chupando o pau", "mamando ele"], 0.85),
    },
    "fr": {
        E: _w(["en levrette", "cunni", "cunnis", "le suce", "la suce", "me suce", "les suce", "le sucer", "la sucer",
               "le suçant", "se branle", "se branlent", "le branle", "se faire sucer", "sodomise", "sodomisée",
               "éjacule", "éjaculent"], 0.85),
    },
    "de": {
        E: _w(["oralverkehr", "analverkehr", "möse", "mösen", "lutscht seinen schwanz", "lutscht ihm den schwanz",
               "leckt seinen schwanz", "bläst seinen schwanz", "seinen schwanz lutschen",
               "holt ihm einen runter", "holt sich einen runter", "einen runterholen", "fingert sie", "leckt sie unten",
               "leckt ihre muschi", "nimmt sie von hinten", "nahm sie von hinten", "von hinten genommen",
               "fickt sie von hinten", "schwanzlutschen"], 0.85),
    },
    "it": {
        E: _w(["fa una sega", "fare una sega", "gli fa una sega", "farsi una sega", "si fa una sega", "fargli una sega",
               "fa un bocchino", "fare un bocchino", "gli fa un bocchino", "fargli un bocchino", "fatto un bocchino",
               "bocchinara", "succhiarglielo", "glielo succhia", "succhiandoglielo", "trombano", "trombando",
               "si trombano", "trombarla", "trombarsela", "la lecca tra le gambe", "leccarle la figa", "lecca la figa"], 0.85),
    },
    "pl": {
        E: _w(["robi mu loda", "robić loda", "zrobiła mu loda", "robiła mu loda", "robiąc mu loda", "zrób mu loda",
               "obciąga mu", "obciągała mu", "obciągnęła mu", "obciąganie", "obciagnela mu", "bzykają się",
               "bzyka się", "bzykać się", "bzykanie się", "ruchają się", "rucha ją", "pieprzą się", "kutas", "kutasa",
               "kutasem", "kutasy", "cipka", "cipki", "cipkę", "cipa", "cipę", "cipy", "fiut", "fiuta", "fiutem",
               "cycków", "cyckami", "cyckach", "cycuszki"], 0.85),
        N: _w(["na golasa", "całkiem goła", "całkiem goły", "zupełnie goła", "zupełnie goły", "goła kobieta",
               "gołe cycki", "gołymi cyckami", "gołe piersi", "gołymi piersiami", "z gołym tyłkiem", "nagim", "nagimi"],
              0.85),
    },
    "nl": {
        E: _w(["pijpbeurt", "pijpbeurten", "zuigt hem af", "zoog hem af", "afzuigen", "zijn lul", "haar kut", "kutje",
               "zijn pik", "beft", "befte", "gebeft", "aan het vrijen", "liggen te vrijen"], 0.8),
        N: _w(["in haar blootje", "in zijn blootje", "in hun blootje", "in d'r blootje", "in haar nakie",
               "in zijn nakie", "in d'r nakie", "in hun nakie", "naakt", "naakte", "blote borsten", "naaktfoto",
               "naaktfoto's"], 0.85),
        U: _w(["uit de kleren", "gaat uit de kleren", "ging uit de kleren"], 0.75),
    },
    "sv": {
        E: _w(["suger av honom", "sög av honom", "suga av honom", "suger av henne", "avsugning", "avsugningar",
               "knullar", "knullade", "knullat", "knull", "kuk", "kuken", "kukar", "fitta", "fittan", "fittor",
               "runkar", "runka", "runkade", "tuttar", "pattar", "könsorgan", "könsorganen"], 0.85),
        N: _w(["naket", "nakenbild", "nakenbilder", "nakenbilderna", "nakenfoto", "nakenfotot", "nakenfoton",
               "helt naken", "avklädd", "avklädda", "avklätt", "bara bröst", "nakna bröst", "topless"], 0.9)
           + _w(["bröst", "brösten"], 0.75),
        U: _w(["utan kläder", "utan några kläder", "klär av sig", "klädde av sig", "klär av sig naken"], 0.8),
    },
    "ro": {
        E: _w(["muie", "muia", "face muie", "suge pula", "pula lui", "pula mea", "pula ta", "pizda", "pizda ei",
               "se fut", "o fute", "îl fute", "futând-o", "futut", "futută", "țâțe", "țâțele", "organe genitale",
               "organele genitale"], 0.85),
        N: _w(["complet goală", "în pielea goală", "dezbrăcați", "dezbrăcate",
                 "nudă", "nud", "nuditate", "sânii goi", "sâni goi", "cu sânii goi", "sfârcuri", "sfârcurile"], 0.85)
           + _w(["sâni", "sânii"], 0.75),
        U: _w(["fără haine", "fără nicio haină", "se dezbracă", "s-a dezbrăcat", "dezbrăcându-se"], 0.8),
    },
    "tr": {
        E: _w(["sakso çek*", "yarrak*", "yarrağ*", "amcık*", "amcığ*", "sakso çeken", "sakso çekiyor"], 0.9),
        N: _w(["çıplak*", "üstsüz", "üstsüz kadın", "memeleri", "memelerini", "memeler", "meme uçları", "meme ucu",
               "göğüs uçları", "soyunmuş", "soyunuk", "soyunuyor", "soyunurken", "soyunan", "yarı çıplak",
               "göğüsleri açıkta"], 0.85),
        U: _w(["elbisesiz", "kıyafetsiz", "giysisiz"], 0.8),
    },
}


#: Issue 10: the descriptive phrasings of PATTERNS in the other languages users write: seeing
#: through someone's clothes (an x-ray device or a seeing verb, "through"/"under" and a garment),
#: body paint as the only covering, a transparent garment. (lang, grammar, grade, score); each is
#: anchored on a garment or on "body paint", so an x-ray of a hand, a transparent vase or face
#: paint at a festival stay clean.
_FR_GARMENT = "{vêtements|habits|robe|jupe|chemise|chemisier|maillot|pantalon|t-shirt|culotte|lingerie|sous-vêtements|tenue}"
_ES_GARMENT = "{ropa|vestido|falda|blusa|camisa|camiseta|bikini|bañador|ropa interior|pantalones|lencería}"
_PT_GARMENT = "{roupa|roupas|vestido|saia|blusa|camisa|camiseta|biquíni|calcinha|lingerie|calça}"
_DE_GARMENT = "{kleidung|kleider|kleid|bluse|hemd|rock|bikini|badeanzug|unterwäsche|hose|klamotten}"
_IT_GARMENT = "{vestiti|vestito|abiti|abito|gonna|camicia|camicetta|bikini|costume|mutande|biancheria|pantaloni}"
PATTERNS_ML: list[tuple[str, str, str, float]] = [
    ("fr", "{voir|vois|voit|voient|regarder|regarde|voyant|regardant|observer} {à travers|sous} {les|ses|la|sa|son|leurs|leur|le} " + _FR_GARMENT, U, 0.8),
    ("fr", "{rayons x|rayon x|rayons-x|vision x} ~5 " + _FR_GARMENT, U, 0.8),
    ("fr", _FR_GARMENT + " ~5 {rayons x|rayon x|rayons-x}", U, 0.8),
    ("es", "{ver|veo|ve|ven|mirar|mira|viendo|mirando} {a través de|bajo|debajo de|por debajo de} {la|su|el|sus|los|las} " + _ES_GARMENT, U, 0.8),
    ("es", "{rayos x|rayos-x|visión de rayos x} ~5 " + _ES_GARMENT, U, 0.8),
    ("es", _ES_GARMENT + " ~5 {rayos x|rayos-x}", U, 0.8),
    ("pt", "{ver|vê|veem|olhar|olha|vendo|olhando|enxergar} {através da|através do|através das|através dos|por baixo da|por baixo do|sob a|sob o|dentro da} " + _PT_GARMENT, U, 0.8),
    ("pt", "{raio x|raios x|raio-x|raios-x|visão de raio x} ~5 " + _PT_GARMENT, U, 0.8),
    ("pt", _PT_GARMENT + " ~5 {raio x|raios x|raio-x|raios-x}", U, 0.8),
    ("de", "{durch|unter} {die|ihre|seine|deren|ihr|sein|den|das|ihren|seinen} " + _DE_GARMENT + " ~4 {sehen|schauen|blicken|gucken|sieht|schaut|blickt|guckt|sehend}", U, 0.8),
    ("de", "{röntgenblick|röntgenbrille|röntgenaugen|röntgen-brille|röntgen-blick} ~5 " + _DE_GARMENT, U, 0.8),
    ("de", _DE_GARMENT + " ~5 {röntgenblick|röntgenbrille|röntgenaugen}", U, 0.8),
    ("it", "{vedere|vede|vedono|guardare|guarda|vedendo|guardando} {attraverso|sotto} {i|il|la|le|gli|i suoi|il suo|la sua|le sue} " + _IT_GARMENT, U, 0.8),
    ("it", "{raggi x|raggi-x|vista a raggi x} ~5 " + _IT_GARMENT, U, 0.8),
    ("it", _IT_GARMENT + " ~5 {raggi x|raggi-x}", U, 0.8),
    # body paint as the only covering
    ("fr", "{seulement|uniquement|rien que|juste|rien d'autre que} ~3 {peinture corporelle|body painting|bodypainting|body paint|peinture sur le corps}", U, 0.75),
    ("fr", "{peinture corporelle|body painting|bodypainting} {seulement|uniquement|pour tout vêtement|à la place des vêtements|comme vêtement|et rien d'autre}", U, 0.75),
    ("es", "{solo|sólo|solamente|únicamente|nada más que|nada salvo|nada excepto} ~3 {pintura corporal|body paint|bodypaint|body painting|pintura en el cuerpo}", U, 0.75),
    ("es", "{pintura corporal|body paint|body painting} {solamente|nada más|y nada más|en lugar de ropa|como ropa|como única ropa}", U, 0.75),
    ("pt", "{apenas|só|somente|nada além de|nada mais que} ~3 {pintura corporal|body paint|bodypaint|body painting|pintura no corpo}", U, 0.75),
    ("pt", "{pintura corporal|body paint|body painting} {apenas|e nada mais|no lugar de roupa|como roupa|em vez de roupa}", U, 0.75),
    ("de", "{nur|ausschließlich|lediglich|nichts außer|nichts als} ~3 {körperbemalung|körperfarbe|bodypainting|body painting|körpermalerei|bodypaint}", U, 0.75),
    ("de", "{körperbemalung|bodypainting|body painting} {statt kleidung|anstelle von kleidung|als kleidung|und sonst nichts|und nichts weiter}", U, 0.75),
    ("it", "{solo|soltanto|solamente|nient'altro che|nulla tranne} ~3 {pittura sul corpo|pittura corporea|pittura corporale|body painting|bodypainting|body paint}", U, 0.75),
    ("it", "{pittura corporea|body painting|bodypainting} {e nient'altro|al posto dei vestiti|come vestito|come unico vestito}", U, 0.75),
    # Round 3: French masculine "nu"/"nus" right after a man or a posing verb ("mon voisin nu", "il
    # pose nu"). "nu" alone stays out (Dutch "now", Nu Skin, nu metal); "est nu" stays out too (a bare
    # wall, "le mur est nu"), and so do the everyday bare body parts ("pieds nus", "torse nu").
    ("fr", "{voisin|voisins|patron|patrons|chef|collègue|collègues|prof|professeur|frère|frères|cousin|cousins|mari"
           "|copain|copains|ami|amis|fils|oncle|père|beau-père|mec|mecs|gars|type|garçon|garçons|acteur|chanteur"
           "|joueur|footballeur|étudiant|élève|serveur|coach|moniteur|lui|posant|pose|posent|dort|danse|dansant"
           "|allongé|couché|assis|debout|se promène|se balade|photographié|filmé} {nu|nus}", N, 0.85),
    # a transparent garment
    ("fr", "{robe|chemise|chemisier|nuisette|maillot|lingerie|culotte|soutien-gorge|haut|top|jupe|blouse|body|tenue|t-shirt|string|bikini|maillot de bain|sous-vêtements|robe de nuit} {transparente|transparent|transparentes|transparents|translucide|translucides}", U, 0.6),
    ("es", "{vestido|blusa|camisa|camiseta|falda|lencería|bikini|bañador|ropa|camisón|top|sujetador|bragas|tanga|body|traje de baño|ropa interior|vestidos|blusas} {transparente|transparentes|translúcido|translúcida}", U, 0.6),
    ("pt", "{vestido|blusa|camisa|camiseta|saia|lingerie|biquíni|maiô|roupa|camisola|top|sutiã|calcinha|body|roupas|vestidos} {transparente|transparentes|translúcido|translúcida}", U, 0.6),
    ("de", "{durchsichtig|durchsichtige|durchsichtigen|durchsichtiges|durchsichtiger|transparente|transparenten|transparentes|transparenter|durchscheinende|durchscheinenden} {kleid|bluse|hemd|top|oberteil|unterwäsche|bikini|badeanzug|nachthemd|kleidung|dessous|höschen|slip|bh|body|shirt|t-shirt|rock}", U, 0.6),
    ("it", "{vestito|abito|camicia|camicetta|gonna|top|costume|lingerie|vestaglia|reggiseno|mutandine|body|maglietta|sottoveste|tutina|abiti|vestiti} {trasparente|trasparenti}", U, 0.6),
    ("nl", "{doorschijnende|doorzichtige|transparante|doorschijnend|doorzichtig} {jurk|blouse|top|bikini|lingerie|badpak|hemd|shirt|nachthemd|ondergoed|jurkje|kleding}", U, 0.6),
    ("pl", "{przezroczysta|przezroczystej|przezroczystą|przezroczyste|przezroczystych|prześwitująca|prześwitującej|prześwitującą} {sukienka|sukience|sukienkę|bluzka|bluzce|bluzkę|bielizna|bieliźnie|bieliznę|koszula|koszuli|koszulę|koszulka|koszulce}", U, 0.6),
]


#: Round 4 (issue 10): a removal verb and an UNDERWEAR or SWIMWEAR garment, in the person's own
#: undressing ("she takes off her panties", "quitándose el tanga", "zieht ihren Slip aus", "tar av sig
#: trosorna", "își dă jos sutienul", "külotunu çıkarıyor"): the garment class decides, so the same
#: verbs with a jacket, shoes, glasses, a hat or make-up match nothing. Third person and reflexive
#: forms, per language; German and Dutch separable verbs close with their particle.
_EN_UNDIES = ("{panties|knickers|thong|bra|boxers|briefs|boxer briefs|underwear|undies|bikini|bikini top|bikini bottoms|"
              "bikini bottom|swimsuit|bathing suit|lingerie|g string|g-string|swim trunks|speedo|speedos|bodysuit|"
              "negligee|nightie|bralette|tights|stockings|garter|corset}")
_FR_UNDIES = ("{culotte|petite culotte|string|soutien-gorge|soutif|slip|caleçon|boxer|bikini|maillot|maillot de bain|"
              "sous-vêtements|lingerie|tanga|brassière|bas de son bikini|haut de son bikini|bas de son maillot|"
              "haut de son maillot|nuisette|porte-jarretelles|collants|bas}")
_ES_UNDIES = ("{tanga|tanguita|bragas|braguitas|calzones|calzón|calzoncillos|bóxer|boxers|sujetador|sostén|brasier|"
              "bikini|biquini|bañador|traje de baño|ropa interior|lencería|hilo dental|bombacha|bombachas|panties|"
              "parte de abajo del bikini|parte de arriba del bikini|medias}")
_PT_UNDIES = ("{calcinha|calcinhas|sutiã|cueca|cuecas|biquíni|biquini|maiô|sunga|lingerie|roupa íntima|roupa de baixo|"
              "fio dental|tanga|parte de cima do biquíni|parte de baixo do biquíni|meia-calça}")
_IT_UNDIES = ("{mutande|mutandine|reggiseno|reggipetto|perizoma|slip|boxer|bikini|costume da bagno|intimo|"
              "biancheria intima|lingerie|tanga|pezzo sotto del bikini|pezzo sopra del bikini|collant|calze|body}")
_DE_UNDIES = ("{slip|höschen|bh|unterhose|unterhosen|unterwäsche|tanga|string|bikini|bikinihose|bikinioberteil|"
              "bikinihöschen|badeanzug|badehose|boxershorts|boxershort|dessous|schlüpfer|strumpfhose|body}")
_PL_UNDIES = ("{stanik|stanika|biustonosz|majtki|majtek|majteczki|bieliznę|bielizny|stringi|stringów|figi|slipy|"
              "bokserki|kostium kąpielowy|bikini|kąpielówki|rajstopy}")
_NL_UNDIES = ("{slipje|slip|bh|beha|onderbroek|string|stringetje|bikini|bikinibroekje|bikinitopje|badpak|zwembroek|"
              "ondergoed|boxershort|lingerie|broekje|panty}")
_SV_UNDIES = ("{trosorna|trosor|trosan|behån|bh:n|bh|bikinin|bikini|bikiniunderdelen|bikiniöverdelen|baddräkten|"
              "badbyxorna|kalsongerna|kalsonger|underkläderna|underkläder|stringtrosan|stringtrosor|boxershortsen|"
              "underbyxorna|strumpbyxorna|underklänningen}")
_RO_UNDIES = ("{sutienul|sutien|sutienele|chiloții|chiloți|chilotul|chiloțeii|tanga|costumul de baie|costum de baie|"
              "bikiniul|bikini|boxerii|boxeri|lenjeria intimă|lenjeria|slipul|slipii|ciorapii}")
_TR_UNDIES = ("{külotunu|külodunu|külotlarını|sütyenini|sutyenini|sütyenlerini|bikinisini|mayosunu|iç çamaşırını|"
              "iç çamaşırlarını|çamaşırını|çamaşırlarını|donunu|boxerını|boxerini|tangasını|string külotunu|"
              "mayosunun üstünü|bikinisinin üstünü|bikinisinin altını}")
PATTERNS_UNDRESS_R4: list[tuple[str, str, str, float]] = [
    ("en", "{takes off|taking off|took off|take off|removes|removing|removed|peels off|peeling off|peeled off|"
           "pulls down|pulling down|pulled down|pulls off|pulling off|slips off|slipping off|slipped off|"
           "slips out of|slipping out of|slipped out of|wriggles out of|wriggling out of|shimmies out of|"
           "shimmying out of|steps out of|stepping out of|unhooks|unhooking|unhooked|unclasps|unclasping|"
           "drops|dropping|dropped|strips off|stripping off|sheds|shedding|lowers|lowering} "
           "{her|his|their|the|} " + _EN_UNDIES + " !{drawer|drawers|shop|store|aisle|section|department|"
           "from the|into the|in the laundry|in the wash|in the basket|on the shelf|off the line|out of the|"
           "display|catalog|catalogue|ad|advert|advertisement|off the mannequin|off the hanger|from the rack|off the rack"
           "|from the mannequin|from the hanger|from the display}", U, 0.8),
    ("fr", "{enlève|enlèvent|enlever|enlevant|retire|retirent|retirer|retirant|ôte|ôtent|ôter|ôtant|baisse|baissent|"
           "baisser|baissant|dégrafe|dégrafant|dégrafer|fait glisser|faisant glisser|fait tomber|laisse tomber} "
           "{sa|son|ses|le|la|les|} " + _FR_UNDIES + " !{du tiroir|de la valise|du panier|du sèche-linge|de l'étendoir|en rayon|du mannequin|du cintre|de la vitrine|du rayon}", U, 0.8),
    ("es", "{quitándose|se quita|se quitan|se quitó|quitarse|se está quitando|sacándose|se saca|se sacan|se sacó|sacarse|"
           "se baja|se bajan|se bajó|bajándose|bajarse|se desabrocha|desabrochándose|se desabrochó|desabrocharse|"
           "se despoja de|despojándose de|se está sacando|se está bajando|le quita|le quitó|quitándole|le baja|bajándole|"
           "le saca|sacándole} "
           "{el|la|los|las|su|sus|} " + _ES_UNDIES + " !{del cajón|de la maleta|de la cesta|del tendedero|de la lavadora|del maniquí|de la percha|del escaparate|del perchero}", U, 0.8),
    ("pt", "{tirando|tira|tirou|tirar|tiram|tirava|arrancando|arranca|arrancou|baixando|baixa|baixou|abaixando|abaixa|"
           "abaixou|despindo|se despindo da|se despe da|desabotoando|desabotoa|tirando fora|tira fora} "
           "{a|o|as|os|sua|seu|suas|seus|a sua|o seu|} " + _PT_UNDIES + " !{da gaveta|do varal|da mala|do cesto|da máquina|da vitrine|do manequim|do cabide|da prateleira|da loja|da arara}", U, 0.8),
    ("it", "{si toglie|si tolgono|togliersi|togliendosi|si è tolta|si è tolto|si sfila|si sfilano|sfilandosi|sfilarsi|"
           "si slaccia|slacciandosi|si abbassa|abbassandosi|si leva|levandosi|si cala|calandosi|toglie|togliendo|"
           "sfila|sfilando|si sta togliendo|le toglie|gli toglie|le abbassa|le sfila} "
           "{il|la|le|lo|i|gli|l'|il suo|la sua|le sue|i suoi|} " + _IT_UNDIES + " !{dal cassetto|dalla valigia|dal cesto|dallo stendino|dal manichino|dalla gruccia|dalla vetrina|dallo scaffale}", U, 0.8),
    ("de", "{zieht|zog|ziehen|streift|streifte|streifen|schiebt|schob|reißt|riss|nimmt|nahm|zieht sich|zog sich|"
           "streift sich|streifte sich} ~3 " + _DE_UNDIES + " {aus|ab|runter|herunter|hinunter}", U, 0.8),
    ("de", "{ihren|ihre|ihr|seinen|seine|sein|den|die|das|sich den|sich die|sich das} " + _DE_UNDIES + " "
           "{auszieht|auszog|ausziehen|auszuziehen|abstreift|abstreifte|abstreifen|runterzieht|runterzog|"
           "herunterzieht|herunterzog|auszieht und}", U, 0.8),
    ("pl", "{zdejmuje|zdejmują|zdejmując|zdjęła|zdjela|zdjął|zdjal|zdejmować|zdjąć|zdjac|ściąga|sciaga|ściągają|"
           "ściągając|sciagajac|ściągnęła|sciagnela|ściągnął|sciagnal|ściągać|sciagac|zsuwa|zsuwając|zsunęła|zsunela|"
           "zrzuca|zrzuciła|zrzucila|rozpina|rozpięła|rozpiela} "
           "{swój|swoje|swoją|swoja|jej|jego|z siebie|} " + _PL_UNDIES, U, 0.8),
    ("nl", "{trekt|trok|trokken|trekken|doet|deed|deden|doen|stroopt|stroopte|schuift|schoof|laat} ~3 " + _NL_UNDIES
           + " {uit|af|omlaag|naar beneden|zakken}", U, 0.8),
    ("nl", "{haar|zijn|hun|het|de|d'r} " + _NL_UNDIES + " {uitdoet|uittrekt|uitdeed|uittrok|afstroopt|uitdoen|uittrekken|uit te trekken|uit te doen}", U, 0.8),
    ("sv", "{tar av sig|tog av sig|ta av sig|tagit av sig|drar av sig|drog av sig|dra av sig|dragit av sig|klär av sig|"
           "tar av|tog av|drar av|drog av|drar ner|drog ner|drar ned|drog ned|tar av henne|tar av honom|knäpper upp|"
           "knäppte upp|slänger av sig|kränger av sig|krängde av sig} {sina|sin|sitt|hennes|hans|} " + _SV_UNDIES, U, 0.8),
    ("ro", "{își dă jos|își dau jos|și-a dat jos|își scoate|își scot|și-a scos|își trage jos|și-a tras jos|își desface|"
           "își lasă jos|dându-și jos|scoțându-și|trăgându-și jos|își descheie|dă jos|scoate|scoate-și|trage jos} "
           "{tot|toată|} " + _RO_UNDIES + " !{din sertar|din valiză|din coș|de pe sârmă|din mașina de spălat|de pe manechin|din vitrină|de pe umeraș|de pe raft}", U, 0.8),
    # Turkish dotless "ı" has no decomposition; the folded view writes it "i", so the rule does too
    ("tr", (_TR_UNDIES + " {çıkarıyor|çıkarıyorlar|çıkarıp|çıkaran|çıkardı|çıkarır|çıkarırken|çıkarmış|çıkartıyor|çıkartan|"
           "çıkarttı|çıkar|çıkart|çıkarsın|indiriyor|indiren|indirdi|indirip|sıyırıyor|sıyıran|aşağı indiriyor}").replace("ı", "i"),
     U, 0.8),
]
#: Round 4: oral-sex idioms whose words are everyday words ("giving head" is not "head of state",
#: "giving head start" or a beer giving head on the pour, "performs oral on him" is no oral exam, "haciendo un oral" no oral of history).
PATTERNS_ACTS_R4: list[tuple[str, str, str, float]] = [
    ("en", "{giving|gives|gave|give|given|getting|gets|got|get} head !{start|starts|coach|coaches|office|offices|way|room|"
           "count|counts|nod|nods|shot|shots|teacher|teachers|chef|chefs|of|to the|up|injury|injuries|massage|"
           "massages|lice|band|bands|table|scarf|scarves|wrap|set|phones|torch|lamp|light|lights|gasket|"
           "waiter|nurse|girl|boy|honcho|master|mistress|line|lines|cold|first|on collision|on crash|over|down|quarters|ache|butt"
           "|on the pour|on the beer|on it|of foam|of froth|retention}", E, 0.85),
    ("en", "{giving|gives|gave|give|performs|performing|performed|perform|does|doing|did|do} oral "
           "{on|to} {him|her|them|me|you|each other|my|his|her|the|a}", E, 0.9),
    ("es", "{haciendo|hace|hacer|hizo|hacerle|haciéndole|le hace|le hizo|le está haciendo} un oral "
           "!{de|del|sobre|en|para|mañana|hoy|final}", E, 0.85),
    ("pt", "{fazendo|faz|fazer|fez|fazia|pagando|paga|pagar|pagou} {um|} oral {nele|nela|nele no|nela no|no namorado|"
           "na namorada|em mim|no marido|na esposa}", E, 0.9),
]


#: Issue 10: core words of the other languages for the same run-time fuzzy match, written as the
#: folded view writes them (no accents). Only words of 7+ letters whose one-edit neighbours are
#: not everyday words of their language: "follando" (~ "fallando", failing), "pezones" (~ "peones"),
#: "transando" (~ "trancando"), "fodendo" (~ "podendo"), "ausgezogen" (~ "aufgezogen"), "nackten"
#: (~ "nachten"), "nacktbild"/"nacktfoto" (~ "Nachtbild"/"Nachtfoto", a night picture) and every
#: 4-6 letter word stay out.
FUZZY_CORE_ML: list[tuple[str, str, str, float]] = [
    ("fr", "deshabillee", N, 0.85), ("fr", "deshabillees", N, 0.85), ("fr", "nichons", E, 0.85),
    ("fr", "fellation", E, 0.95), ("fr", "branlette", E, 0.9), ("fr", "pornographie", E, 0.95),
    ("es", "desnuda", N, 0.9), ("es", "desnudas", N, 0.9), ("es", "desnudo", N, 0.9), ("es", "desnudos", N, 0.9),
    ("es", "encuerada", N, 0.85), ("es", "follada", E, 0.9), ("es", "pornografia", E, 0.95),
    ("pt", "peladinha", N, 0.9), ("pt", "punheta", E, 0.9), ("pt", "nuazinha", N, 0.9),
    ("de", "splitternackt", N, 0.95), ("de", "entkleidet", N, 0.85), ("de", "unbekleidet", N, 0.9),
    ("de", "unbekleidete", N, 0.9),
    ("de", "brustwarzen", N, 0.9), ("de", "geschlechtsverkehr", E, 0.95),
    ("it", "spogliata", N, 0.85), ("it", "spogliate", N, 0.85), ("it", "spogliato", N, 0.85),
    ("it", "spogliati", N, 0.85), ("it", "svestita", N, 0.85), ("it", "svestite", N, 0.85),
    ("it", "capezzoli", N, 0.9), ("it", "pompino", E, 0.95), ("it", "masturbazione", E, 0.95),
    ("nl", "uitgekleed", N, 0.8), ("nl", "spiernaakt", N, 0.95), ("nl", "poedelnaakt", N, 0.9),
    ("pl", "rozebrana", N, 0.85), ("pl", "rozebrane", N, 0.85), ("pl", "rozebrany", N, 0.85),
]


#: Round 3: a diminutive on the last word of a phrase ("sin ropa" -> "sin ropita", "sem roupa" ->
#: "sem roupinha", "en cueros" -> "en cueritos"): speakers soften the noun, not the preposition.
_DIM = {"es": {"a": "ita", "o": "ito", "as": "itas", "os": "itos"},
        "pt": {"a": "inha", "o": "inho", "as": "inhas", "os": "inhos"},
        "it": {"a": "ina", "o": "ino", "e": "ine", "i": "ini"}}


_DIM_HEADS = frozenset({"sin", "en", "sem", "senza"})
_NOT_DIM = ("ina", "ine", "ino", "ini", "inha", "inhas", "ita", "itas", "ito", "itos", "osso", "ima")


def phrase_diminutives(curated: dict) -> dict[str, dict[str, list[tuple[str, float]]]]:
    """The diminutive forms of the multi-word nudity/euphemism phrases of es, pt and it that start
    with "without"/"in" and score >= 0.85 (an ambiguous phrase, "en bolas" 0.8, is not extended:
    "en bolitas" is food cut in balls), generated from the curated phrases so a new phrase gets its
    diminutive too. A last word that is already a diminutive or an adverb is left alone."""
    out: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for lang, table in _DIM.items():
        for grade in (N, U):
            seen = {t for t, _ in curated.get(lang, {}).get(grade, [])}
            for term, score in list(curated.get(lang, {}).get(grade, [])):
                words = term.split(" ")
                last = words[-1]
                if (len(words) < 2 or score < 0.85 or len(last) < 4 or term.endswith("*")
                        or words[0] not in _DIM_HEADS or last.endswith(_NOT_DIM)):
                    continue
                for end in sorted(table, key=len, reverse=True):
                    stem = last[: -len(end)]
                    if last.endswith(end) and stem[-1:] not in ("c", "g", "") and stem[-1:].isalpha():
                        form = " ".join(words[:-1] + [stem + table[end]])
                        if form not in seen:
                            seen.add(form)
                            out.setdefault(lang, {}).setdefault(grade, []).append((form, score))
                        break
    return out


def merge_into(curated: dict) -> None:
    """Add MORPHOLOGY, then the diminutives of every phrase (curated and morphological), to ``curated``."""
    for more in (MORPHOLOGY, ROUND4, None):
        for lang, grades in (more if more is not None else phrase_diminutives(curated)).items():
            for grade, terms in grades.items():
                curated.setdefault(lang, {}).setdefault(grade, []).extend(terms)
