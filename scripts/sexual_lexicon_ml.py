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
    for more in (MORPHOLOGY, None):
        for lang, grades in (more if more is not None else phrase_diminutives(curated)).items():
            for grade, terms in grades.items():
                curated.setdefault(lang, {}).setdefault(grade, []).extend(terms)
