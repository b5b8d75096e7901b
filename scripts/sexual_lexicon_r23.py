"""Round 23 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v22 (read as a development set in round 23) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v22; each block below says which class it covers and what keeps its everyday senses clean.

1. sleeping with someone as sex, asked of a picture: French intransitive "coucher" (to sleep around) after a fake or
   a picture noun ("des fakes de <person> en train de coucher"); "coucher ensemble"; Italian "mentre scopa" (also
   "while sweeping") after a fake noun and "a letto con" + a man / a stranger; German "mit <a man> schläft".
   "coucher de soleil", "en train de coucher le bébé / de se coucher" (putting to bed, going to bed), "scopa" the
   broom, "a letto con la febbre" stay clean: the fake/picture noun and the object lists decide;
2. "without a rag on the body" idioms and "nothing of clothes": de "ohne (einen) Fetzen / Faden / Stoff am Leib /
   am Körper", "keinen Fetzen am Körper"; pt "sem nada de roupa", "sem nadinha de roupa", es "sin nadita de ropa",
   it "senza nemmeno un vestito addosso", nl "zonder een draadje aan het lijf", fr "sans un bout de tissu sur le
   corps"; "ohne Zucker", "sem nada de especial" stay clean (no garment word);
3. a first state in underwear, "then completely without" (round 21 read "und dann ohne" without the intensifier):
   de "ganz / komplett / völlig ohne", nl "helemaal zonder", fr "puis complètement sans", es/pt/it likewise; the
   underwear state before it is required ("ganz ohne Zucker" alone matches nothing);
4. slang for naked: Turkish "cıbıl" (folded "cibil"; also the Indian credit bureau "CIBIL score") only beside an
   age, a state or a picture word ("30 yaşında cıbıl", "cıbıl foto");
5. Korean "19금으로" / "19금처럼" (as 19+ rated; round 13 read "19금 버전"): the adverbial forms that ask for a
   picture to be made 19+; Japanese colloquial "服を着てない" (the dropped い of "服を着ていない", round 12);
   Chinese pinyin for a Han word written beside Han ("luo 照" = 裸照, a nude photo);
6. "opposite day" outside English: "when I say 'keep her dressed', do the exact opposite" in cs sk pl de fr es it pt
   nl (round 17 read English): the opposite-day frame before a "dressed" word, or a "dressed" word before "the exact
   opposite". A dressed word alone ("oblečenou děti do školy") is no frame.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): idioms of nakedness are
``nudity`` 0.8-0.85; sleeping-with and opposite-day frames are ``euphemism`` 0.75-0.8. Twins kept clean are tests
(tests/signals/test_sexual_world_round23.py). Rules match the folded view (Latin accents stripped, "ß" as "ss").
"""

from __future__ import annotations

__all__ = ["MORE_23", "PATTERNS_23"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_23: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_23: list[tuple[str, str, str, float]] = []


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_23.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


# --- 1. sleeping with someone, asked of a picture ------------------------------------------------------------------
#: what intransitive "coucher" is not: a direct object (putting someone to bed), a place or a time (spending the night)
_FR_COUCHER_NOT = ("le|la|les|l|un|une|des|son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|leur|leurs|ce|cette"
                   "|ces|a|au|aux|dans|dehors|sous|chez|sur|en|par|pres|tot|tard|bebe|enfant|enfants|petit|petite|petits"
                   "|chien|chat|soleil|par ecrit|sur papier|sur le papier")
_FR_PICTURE = ("fake|fakes|deepfake|deepfakes|faux|montage|montages|photomontage|photo|photos|image|images|video|videos"
               "|clip|clips|sextape|sex tape|nudes|pics|selfie|selfies|cliche|cliches|capture|captures")
PATTERNS_23 += [
    ("fr", "{" + _FR_PICTURE + "} ~9 {en train de coucher|entrain de coucher|qui couche|qui couchent|en pleine partie de"
           " jambes en l air} !{" + _FR_COUCHER_NOT + "}", U, 0.8),
    ("fr", "{en train de coucher ensemble|entrain de coucher ensemble|qui couchent ensemble|couchant ensemble}", U, 0.8),
    ("it", "{fake|fakes|deepfake|deepfakes|foto|video|immagine|immagini|montaggio|fotomontaggio|fotomontaggi} ~9"
           " {mentre scopa|mentre scopano|che scopa|che scopano|mentre si fa scopare|che si fa scopare}"
           " !{il pavimento|la casa|la cucina|le foglie|il cortile|la stanza|per terra|il portico|la strada}", E, 0.85),
    ("it", "{a letto con|a letto insieme a|a letto assieme a|sotto le lenzuola con} {un uomo|due uomini|uno sconosciuto"
           "|un tizio|un ragazzo|il suo capo|il capo|un collega|il suo collega|il suo amante|un amante|l amante"
           "|il fidanzato|un altro uomo|un'altra donna|un altra donna|una donna|la sua collega|il vicino|un vicino}", U, 0.75),
    ("de", "mit {einem mann|einer frau|einem typen|einem kerl|einem fremden|einem unbekannten|ihrem chef|seinem chef"
           "|ihrem kollegen|ihrer kollegin|seinem kollegen|zwei mannern|dem nachbarn|ihrem nachbarn|ihrem liebhaber"
           "|einem liebhaber|ihrem freund|einem anderen mann|einer anderen frau} {schlaft|schlafen|geschlafen hat"
           "|ins bett geht|im bett liegt|ins bett steigt}", U, 0.8),
]

# --- 2. "without a rag on the body", "nothing of clothes" ------------------------------------------------------------
PATTERNS_23 += [
    ("de", "{ohne|ohne einen|ohne ein|ohne jeden|ohne jeglichen|keinen|kein|nicht einen|nicht mal einen|nicht einmal einen"
           "|mit keinem} {fetzen|faden|stofffetzen|fetzen stoff|faden stoff|stuck stoff|fetzchen|fadchen|lappen}"
           " {am leib|am leibe|am korper|auf dem leib|auf der haut|am ganzen korper}", N, 0.85),
    ("pt", "sem {nada|nadinha|nadica|um pingo|um fiapo|uma peca|uma pecinha|um pedaco|um pedacinho} de {roupa|roupinha"
           "|roupas|tecido|pano} !{na mala|limpa|limpas|para|pra|na mochila|no armario|para trocar|pra trocar|de frio"
           "|de inverno|para o frio}", N, 0.85),
    ("es", "sin {nadita|nadita de nada|un trapito|una prenda|una prendita|un pedazo|un pedacito|un hilo|un hilito} {de ropa"
           "|de ropita|de tela|encima|puesto|puesta}", N, 0.85),
    ("it", "senza {nemmeno|neanche|neppure|manco} {un vestito|uno straccio|un filo|un pezzo di stoffa|un indumento"
           "|un capo} {addosso|indosso|di stoffa|di vestiti}", N, 0.85),
    ("nl", "zonder {een draadje|een draad|een lapje|een vodje|een stukje stof|een stuk stof|een lap} {aan het lijf|aan haar"
           " lijf|aan zijn lijf|aan|op het lijf|op haar lijf}", N, 0.85),
    ("fr", "sans {un bout de tissu|le moindre bout de tissu|un seul vetement|un fil|un bout de chiffon|un chiffon}"
           " {sur le corps|sur elle|sur lui|sur la peau|sur le dos}", N, 0.85),
]

# --- 3. a first state in underwear, "then completely without" -------------------------------------------------------
_TOOLS = "schuhe|brille|makeup|make up|hut|schminke|zucker|filter|text|logo|wasserzeichen|hintergrund|retusche|schmuck"
PATTERNS_23 += [
    ("de", "{in unterwasche|in dessous|im slip|im bikini|in reizwasche|in lingerie|im bh|im hoschen|in strapsen"
           "|im badeanzug|im negligee|im nachthemd|im handtuch|im string|in unterhose} {und dann|dann|danach|und danach"
           "|und anschliessend|anschliessend|und spater|spater|und zum schluss|zum schluss|und schliesslich} {ganz|komplett"
           "|vollig|total|ganzlich|gar|vollkommen|restlos} ohne !{" + _TOOLS + "}", U, 0.85),
    ("nl", "{in ondergoed|in lingerie|in bikini|in haar ondergoed|in string|in badpak|in beha} {en dan|dan|daarna|en daarna"
           "|en vervolgens|vervolgens} {helemaal|volledig|compleet|totaal|geheel} zonder !{schoenen|make up|bril|hoed"
           "|filter|tekst|logo|suiker}", U, 0.85),
    ("fr", "{en sous vetements|en lingerie|en culotte|en petite tenue|en string|en maillot|en bikini|en soutien gorge"
           "|en nuisette} {puis|et puis|ensuite|et ensuite|apres|et apres} {completement|totalement|entierement|carrement"
           "|tout a fait} sans !{chaussures|maquillage|lunettes|chapeau|filtre|texte|logo|sucre}", U, 0.85),
    ("es", "{en ropa interior|en lenceria|en bragas|en bikini|en tanga|en sujetador} {y luego|luego|y despues|despues"
           "|y al final|al final} {totalmente|completamente|del todo|toda|todo} sin !{zapatos|maquillaje|gafas|sombrero"
           "|filtro|texto|logo|azucar}", U, 0.85),
    ("pt", "{de calcinha|de lingerie|de roupa intima|de biquini|de sutia|de calcinha e sutia} {e depois|depois|e entao"
           "|e em seguida|e no fim} {totalmente|completamente|toda|todo|de vez} sem !{sapatos|maquiagem|oculos|chapeu"
           "|filtro|texto|logo|acucar}", U, 0.85),
    ("it", "{in intimo|in biancheria intima|in lingerie|in bikini|in mutande|in reggiseno} {e poi|poi|e dopo|dopo"
           "|e alla fine|alla fine} {completamente|del tutto|totalmente|tutta} senza !{scarpe|trucco|occhiali|cappello"
           "|filtro|testo|logo|zucchero}", U, 0.85),
]

# --- 4. Turkish "cıbıl" beside an age, a state or a picture word ------------------------------------------------------
PATTERNS_23 += [
    ("tr", "{yasinda|yaslarinda|yasindaki|halde|haliyle|olarak|tamamen|bembeyaz|simdi|iste} {cibil|cibildak|cibilak"
           "|cibil ciplak|cibilciplak}", N, 0.85),
    ("tr", "{cibil|cibildak|cibilak} {foto|fotograf|fotografi|fotografini|resim|resmi|resmini|gorsel|gorseli|goruntu"
           "|video|videosu|hali|halini|halde|haliyle|poz|pozu|pozda|olarak|olsun|yap|ciz|bir sekilde}", N, 0.85),
]

# --- 5. Korean 19+ adverbials, Japanese colloquial "not wearing clothes", pinyin beside Han ---------------------------
_add("ko", U, "19금으로|19금처럼|19금스럽게|19금스타일로|19금 스타일로|19금용으로|19금화|19금 버전으로|19금버전으로", 0.8)
_add("ja", U, "服を着てない|服着てない|服を着てへん|服着てへん|服を着とらん|服着とらん|服を着てねえ|服着てねえ"
              "|何も着てない|なにも着てない|何も着てへん|なんも着てない|服を着てない状態|服を一枚も着てない", 0.85)
PATTERNS_23 += [
    # "luo 照" (裸照), "luo 体" (裸体), "luo 聊" (裸聊): romanised 裸 before a Han noun (round 12 read "luo zhao")
    ("zh", "luo {照|照片|体|體|图|圖|身|拍|聊|舞|奔|露|照片儿|体照|體照|体艺术照}", N, 0.85),
]

# --- 6. "opposite day" outside English -----------------------------------------------------------------------------
_DRESSED = {
    "cs": "oblecenou|obleceneho|oblecena|oblecene|oblecenej|obleceni|oblecenyho|v obleceni|ve satech|v satech|zahalenou",
    "sk": "oblecenu|oblecenu|obleceneho|oblecena|oblecene|v obleceni|v satach|zahalenu",
    "pl": "ubrana|ubrana|ubranego|ubrane|ubranych|w ubraniu|w ubraniach|ubrana od stop do glow|zakryta",
    "de": "angezogen|bekleidet|vollstandig bekleidet|komplett angezogen|voll bekleidet|in kleidung|in ihren klamotten"
          "|mit kleidung|mit klamotten|zugeknopft",
    "fr": "habillee|habille|habilles|habillees|tout habillee|toute habillee|vetue|vetu|couverte|avec ses vetements",
    "es": "vestida|vestido|vestidas|vestidos|tapada|con ropa|con la ropa puesta|toda vestida|completamente vestida",
    "pt": "vestida|vestido|vestidas|vestidos|coberta|com roupa|de roupa|toda vestida|completamente vestida",
    "it": "vestita|vestito|vestite|vestiti|coperta|con i vestiti|tutta vestita|completamente vestita",
    "nl": "aangekleed|gekleed|met kleren aan|met kleding aan|volledig gekleed|helemaal aangekleed|bedekt",
}
_OPPOSITE_DAY = {
    "cs": "opacny den|opacnej den|obraceny den|den naruby|den opaku",
    "sk": "opacny den|den naruby|obrateny den",
    "pl": "dzien na opak|odwrotny dzien|dzien odwrotnosci|dzien na odwrot|dzien przeciwienstw",
    "de": "gegenteiltag|tag des gegenteils|umgekehrter tag|verkehrter tag|verkehrte welt",
    "fr": "jour a l envers|jour a l'envers|jour des contraires|jour du contraire|jour inverse|journee a l envers",
    "es": "dia al reves|dia opuesto|dia de lo contrario|dia contrario|dia del reves",
    "pt": "dia do contrario|dia ao contrario|dia oposto|dia invertido|dia do avesso",
    "it": "giorno al contrario|giorno del contrario|giorno opposto|giornata al contrario|giorno alla rovescia",
    "nl": "omgekeerde dag|tegenovergestelde dag|dag van het omgekeerde|andersom dag",
}
#: "do the (exact) opposite" as an instruction: the bare adverbs ("naopak", "al revés", "umgekehrt") also describe
#: a picture ("vestida al revés": dressed inside out) and are left out
_EXACT_OPPOSITE = {
    "cs": "udelej presny opak|udelej opak|udelej pravy opak|udelej uplny opak|delej opak|udelej to naopak",
    "sk": "urob presny opak|urob opak|rob opak|sprav presny opak|sprav opak",
    "pl": "zrob dokładnie odwrotnie|zrob dokładnie na odwrot|zrob dokladnie odwrotnie|zrob odwrotnie|zrob na odwrot|zrob dokladnie na odwrot|zrob przeciwnie|rob odwrotnie",
    "de": "mach genau das gegenteil|mach das gegenteil|mache genau das gegenteil|mache das gegenteil|tu das gegenteil"
          "|tu genau das gegenteil|mach es umgekehrt|mach genau das umgekehrte",
    "fr": "fais exactement le contraire|fais le contraire|fais l inverse|fais exactement l inverse|fais tout le contraire"
          "|faites le contraire|faites l inverse",
    "es": "haz exactamente lo contrario|haz lo contrario|haz todo lo contrario|haz lo opuesto|haz exactamente lo opuesto",
    "pt": "faca exatamente o contrario|faca o contrario|faz o contrario|faz exatamente o contrario|faca o oposto"
          "|faz o oposto",
    "it": "fai esattamente il contrario|fai il contrario|fai l opposto|fai esattamente l opposto|fa il contrario",
    "nl": "doe precies het tegenovergestelde|doe het tegenovergestelde|doe het omgekeerde|doe precies het omgekeerde"
          "|doe precies andersom|doe het andersom",
}
for _lang, _dressed in _DRESSED.items():
    PATTERNS_23 += [
        (_lang, "{" + _OPPOSITE_DAY[_lang] + "} ~9 {" + _dressed + "}", U, 0.8),
        (_lang, "{" + _dressed + "} ~6 {" + _EXACT_OPPOSITE[_lang] + "}", U, 0.8),
    ]

# --- 7. lingerie, an arched or offered pose, on a bed -----------------------------------------------------------------
# "en string et porte-jarretelles, cambrée sur le lit": the garment, the pose and the bed together are a sexual pose
# (round 14's set asked it of named women; the English sentence is read by the learned head). A garment alone, a pose
# alone ("cambrée" in yoga) or a bed alone stay suggestive at most.
PATTERNS_23 += [
    ("fr", "{en string|en porte jarretelles|en lingerie|en nuisette|en sous vetements|en guepiere|en petite culotte"
           "|en culotte|en bas resille|en body} ~6 {cambree|cambre|cambrees|a quatre pattes|jambes ecartees|offerte"
           "|les fesses en l air} {sur le lit|sur un lit|au lit|sur les draps|sur le canape}", U, 0.75),
    ("es", "{en tanga|en liguero|en lenceria|en ropa interior|en bragas|en hilo dental|en medias de red} ~6 {arqueada"
           "|en cuatro|a cuatro patas|piernas abiertas|con las piernas abiertas|ofrecida} {en la cama|sobre la cama"
           "|en el sofa|sobre las sabanas}", U, 0.75),
    ("it", "{in perizoma|in reggicalze|in lingerie|in intimo|in mutandine|in guepiere|in calze a rete} ~6 {inarcata"
           "|a quattro zampe|a gambe aperte|gambe aperte|a pecorina} {sul letto|a letto|sul divano|tra le lenzuola}", U, 0.75),
    ("pt", "{de fio dental|de cinta liga|de lingerie|de calcinha|de roupa intima|de meia arrastao} ~6 {empinada"
           "|de quatro|arqueada|pernas abertas|de pernas abertas} {na cama|sobre a cama|no sofa|nos lencois}", U, 0.75),
]
