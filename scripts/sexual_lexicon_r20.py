"""Round 20 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v19 (read as a development set in round 20) asked for sexual imagery of named and
private people in languages and grammar the lexicon lacked. The classes are written from each language's
grammar (inflections, word order, the garment nouns), not copied from v19, and reach past its phrasings:

1. a see-through thong or string in every inflection of the adjective (de "im durchsichtigen String",
   "einen transparenten Tanga"; pt "de fio dental transparente"; es/it/fr/nl/pl/sv): round 15 listed
   only the nominative of a few; a transparent umbrella, bottle or phone case names no thong and stays clean;
2. bare breasts / "chest out" with the body noun and a "bare, out, exposed" word (uk "з голими грудьми",
   ru "с голой грудью", ar "صدرها مكشوف", el "με τα στήθη έξω", tl "labas ang dede", zh "露胸", ko "가슴 다 보이는",
   hi "नंगी छाती", "खुली छाती वाली फोटो"): a chest X-ray ("рентген грудной клетки", "胸部X光"), a chest of
   drawers and breast-cancer awareness hold no "bare/out" word; Greek "με το στήθος έξω" (also a posture
   cue) only with a feminine article before it;
3. stark-naked slang words (uk/ru "голяка", "наголяка", "голяком"; pl "na golasa"; el "τσιτσίδι"; ko "홀라당 벗긴",
   "발가벗긴"; ko "상의 탈의" (topless), "유출된 노출 사진" (a leaked nude: "노출" alone is also a camera exposure).

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual): a see-through thong is
``euphemism`` 0.7 like round 15's see-through lingerie; bare breasts and stark-naked words are ``nudity`` 0.8.
Twins kept clean are tests (tests/signals/test_sexual_ml_round20.py). Rules match the folded view (Latin
accents stripped, Turkish "ı" as "i", "ß" as "ss"); Greek is listed with and without accents.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"


def _w(forms: str, score: float) -> list[tuple[str, float]]:
    return [(f.strip(), score) for f in forms.split("|") if f.strip()]


def _alts(*parts: str) -> str:
    return "{" + "|".join(p for part in parts for p in part.split("|")) + "}"


#: (language, pattern, grade, score): the builder's pattern grammar ({a|b} alternatives, ~N gaps, !{...} tails).
PATTERNS_20: list[tuple[str, str, str, float]] = []

# --- 1. a see-through thong / string, every inflection of the adjective ----------------------------------------
_THONG = {
    "de": ("{durchsichtig|durchsichtige|durchsichtigen|durchsichtiger|durchsichtigem|durchsichtiges|transparent"
           "|transparente|transparenten|transparenter|transparentem|transparentes|hauchdunn|hauchdunnen|hauchdunner"
           "|hauchdunnem|halbdurchsichtigen} {string|strings|tanga|tangas|stringtanga|slip|hoschen|hoschens"
           "|hoschen|hoeschen|bikini|bikinihoschen|stringbikini}"),
    "pt": ("{fio dental|fio-dental|tanga|tanguinha|calcinha|calcinhas|calcinha fio dental|biquini fio dental"
           "|biquini|lingerie|sutia|fiozinho} {transparente|transparentes|transparentinha|transparentinho"
           "|trasparente|rendada transparente|de renda transparente|todo transparente|toda transparente}"),
    "es": ("{tanga|tangas|tanguita|hilo dental|hilo|bikini|biquini|braguita|bombacha|cachetero|culotte|string}"
           " {transparente|transparentes|transparentito|transparentita|de transparencias|translucido|translucida}"),
    "it": "{perizoma|tanga|string|mutandine|slip|bikini|reggiseno} {trasparente|trasparenti|traslucido|velato|velata}",
    "fr": ("{string|tanga|culotte|slip|bikini|soutien gorge|brassiere} {transparent|transparente|transparents"
           "|transparentes|translucide|en voile transparent}"),
    "nl": ("{doorzichtige|doorzichtig|transparante|transparant|doorschijnende|doorschijnend} {string|stringetje"
           "|tanga|slipje|bh|beha|bikini|ondergoed|lingerie|topje}"),
    "pl": ("{przezroczyste|przezroczystych|przezroczystymi|przezroczysty|przezroczystym|przezroczysta|przezroczysta"
           "|przezroczystej|przezroczystych|przeswitujace|przeswitujacych|przeswitujacym} {stringi|stringach|stringami"
           "|majtki|majtkach|majteczki|majteczkach|bieliznie|bielizna|bielizne|staniku|stanik|biustonoszu|bikini}"),
    "sv": "{genomskinlig|genomskinliga|genomskinligt|transparent|transparenta} {string|stringtrosor|trosor|bh|bikini|underklader}",
    "da": "{gennemsigtig|gennemsigtige|gjennomsiktig|gjennomsiktige} {g streng|gstreng|trusser|truser|bh|bikini|undertoj}",
    "ru": ("{прозрачные|прозрачных|прозрачном|прозрачными|прозрачный|прозрачная|прозрачной|прозрачную} {стринги"
           "|стрингах|трусики|трусиках|трусы|трусах|бельё|белье|белья|бельи|белье|лифчик|лифчике|бикини}"),
    "uk": ("{прозорі|прозорих|прозорому|прозорими|прозорий|прозора|прозорій|прозору} {стрінги|стрінгах|трусики"
           "|трусиках|білизна|білизні|білизну|ліфчик|ліфчику|бікіні}"),
    "tr": "{transparan|seffaf|seffaf bir} {tanga|string|kulot|ic camasiri|sutyen|bikini}",
    "el": "{διάφανο|διαφανο|διάφανα|διαφανα|διάφανη|διαφανη|διάφανο το|διαφανο το} {στρινγκ|string|εσώρουχο|εσωρουχο|εσώρουχα|εσωρουχα|κιλότα|κιλοτα|σουτιέν|σουτιεν|μαγιό|μαγιο}",
}
for _lang, _rule in _THONG.items():
    PATTERNS_20.append((_lang, _rule, U, 0.7))
# the noun before the adjective (pt/es word order) is also read the other way round in pt ("transparente fio dental"
# is rare) -- left out; German also puts the thong first in "String, durchsichtig": left out (a list of products).

# --- 2. bare breasts / chest out ---------------------------------------------------------------------------------
PATTERNS_20 += [
    # uk/ru "with bare / exposed breasts": the instrumental of the body noun after an adjective of bareness
    # (the instrumental itself says "with": a letter-spaced name may swallow the one-letter "з" before it)
    ("uk", "{голими|оголеними|відкритими|голенькими} {грудьми|цицьками|сиськами}", N, 0.8),
    ("uk", "{голі|оголені} {груди|цицьки|сиськи}", N, 0.8),
    ("ru", "{с|c|со} {голой|обнаженной|обнажённой|открытой|голенькой} {грудью}", N, 0.8),
    ("ru", "{голыми|обнаженными|обнажёнными|голенькими} {сиськами|титьками|сисечками}", N, 0.8),
    ("ru", "{голая|обнаженная|обнажённая|голую|обнаженную|обнажённую} {грудь}", N, 0.8),
    # tl: "labas/kita ang dede/suso" (breasts out / showing); "dede" alone is also a baby's bottle
    ("tl", "{labas|kita|lantad|litaw|nakalabas|nakalitaw|hubad} {ang|yung|ung|na} {dede|suso|boobs|utong|dibdib niya}", N, 0.8),
    ("tl", "{nakalabas|labas|litaw} {ang|yung|ung} {dede|suso} {niya|nya|ni}", N, 0.8),
    ("tl", "{dede|suso} {niya|nya} {labas|nakalabas|kita|lantad}", N, 0.8),
    # ar: "her chest / breasts exposed, bare" (the possessive "-ها" names a woman's)
    ("ar", "{صدرها|وصدرها|بصدرها|ثدييها|وثدييها|نهديها|ونهديها|بزازها|وبزازها|صدرها كله|وصدرها كله|صدرهن} {مكشوف|مكشوفة|مكشوفين|عاري|عارية|عريان|عريانة|باين|بارز للعيان|ظاهر|مفتوح|برا}", N, 0.8),
    ("ar", "{بصدر|بثديين|بنهدين} {مكشوف|مكشوفين|عاري|عاريين|عريان}", N, 0.8),
    ("ar", "{كاشفة|كاشفه|تكشف|مكشوفة|وكاشفة|وتكشف} {صدرها|ثدييها|نهديها}", N, 0.8),
]
# Greek is also typed without accents, and the folded view writes a final "ς" as "σ": both are listed above.
# Arabic glues "and"/"with" to the noun ("وصدرها مكشوف"): the glued forms are listed.

#: {language: {grade: [(term, score), ...]}}
MORE_20: dict[str, dict[str, list[tuple[str, float]]]] = {}


def _add(lang: str, grade: str, forms: str, score: float) -> None:
    MORE_20.setdefault(lang, {}).setdefault(grade, []).extend(_w(forms, score))


def _combos(*slots: str) -> str:
    """Every concatenation of one alternative per slot (slots are "|"-lists; "" is an empty alternative)."""
    out = [""]
    for slot in slots:
        out = [f"{a} {b}".strip() if b else a for a in out for b in slot.split("|")]
    return "|".join(dict.fromkeys(" ".join(o.split()) for o in out))


# Greek and Devanagari are written as terms, not rules: rule folding strips marks (Greek accents, Devanagari
# vowel signs) that the folded text keeps, so a rule would only match text typed without them.
# el: "with the breasts out / bare" (the plural "στήθη", "βυζιά" are only a woman's); the singular "στήθος"
# ("chest", also a posture cue: "στάσου με το στήθος έξω") is read with a feminine object by
# undress_world_20.py ("την <name> με το στήθος έξω")
_add("el", N, _combos("με|με τα|και τα", "στήθη|στηθη|βυζιά|βυζια|βυζάκια|βυζακια|ρώγες|ρωγες|ρώγες της|βυζιά της|βυζια της",
                      "έξω|εξω|γυμνά|γυμνα|ακάλυπτα|ακαλυπτα|στον αέρα|στον αερα|φόρα|φορα"), 0.8)
_add("el", N, _combos("γυμνό|γυμνο|ακάλυπτο|ακαλυπτο", "στήθος|στηθος|στήθοσ|στηθοσ", "της|τησ"), 0.8)
# hi: "naked / open chest (photo)": "नंगी छाती" is a body bared; "खुली छाती" (open chest) only as a photo's
# attribute ("खुली छाती वाली फोटो"), and breasts shown
_add("hi", N, _combos("नंगी|नंगे|खुली|खुले", "छाती|स्तन|चूचियाँ|चूचियां|बूब्स", "वाली|वाला|वाले",
                      "फोटो|तस्वीर|पिक|इमेज|फ़ोटो"), 0.8)
_add("hi", N, _combos("नंगी|नंगे", "छाती|स्तन|चूचियाँ|चूचियां|बूब्स") + "|"
              + _combos("स्तन|बूब्स|चूचियाँ|चूचियां", "दिखाते|दिखाती|दिखाते हुए|खुले|नंगे|बाहर"), 0.8)
_add("hi", N, _combos("nangi|nange|khuli|khule", "chhati|chati|boobs|stan", "wali|waali|vali", "photo|pic|tasveer|image"), 0.8)

# --- 2 (CJK, read as substrings). zh "露胸" (chest bared), ko "가슴 다 보이는" (breasts all showing) ------------------
_add("zh", N, "露胸|露出胸部|露出胸|露出乳房|露乳|露奶|裸胸|袒胸|袒胸露乳|胸部全露|胸部裸露|胸部露出|奶子露出|露出奶子", 0.8)
_add("ko", N, "가슴 다 보이는|가슴이 다 보이는|가슴 다 드러난|가슴을 다 드러낸|가슴 다 드러낸|가슴이 훤히 보이는|가슴 훤히 보이는"
              "|가슴 훤히 드러낸|가슴을 드러낸|가슴 드러낸|가슴이 드러난|가슴 까고|가슴을 까고|가슴 깐|가슴 노출된|가슴을 노출한", 0.8)
_add("ja", N, "胸を露出|胸をはだけ|胸をさらけ出|胸丸出し|おっぱい丸出し|乳房を露出|胸が丸見え|おっぱいが丸見え", 0.8)

# --- 3. stark-naked slang -------------------------------------------------------------------------------------------
_add("uk", N, "голяка|наголяка|голяком|голісінька|голісіньку|голісінькою", 0.8)
_add("ru", N, "голяком|нагишом|голышом|голяка|в чём мать родила|в чем мать родила|голенькая|голенькую", 0.8)
_add("pl", N, "na golasa|na golaska|na golasaa|golasem|golaska|nagusienka|nagusienką|goła jak święty turecki"
              "|gola jak swiety turecki|w stroju adama|w stroju ewy", 0.8)
_add("el", N, "τσιτσίδι|τσιτσιδι|τσίτσιδη|τσιτσιδη|τσίτσιδος|τσιτσιδος|τσίτσιδοσ|τσιτσιδοσ|τσιτσίδια|τσιτσιδια|ξεβράκωτη|ξεβρακωτη", 0.8)
_add("ko", N, "홀라당 벗긴|홀랑 벗긴|홀딱 벗긴|홀라당 벗겨|홀랑 벗겨진|홀딱 벗겨진|홀라당 벗겨진|발가벗긴|발가벗겨|발가벗은"
              "|다 벗긴 사진|다 벗겨진 사진|상의 탈의|상의탈의|상의를 탈의|상의를 벗은|상의 벗은|상의 벗고|상의를 벗고"
              "|탑리스|토플리스", 0.8)
# "노출" is also a camera's exposure ("장노출 사진"): only a leak names it a nude
_add("ko", U, "유출된 노출 사진|유출됐다는 노출 사진|유출된 노출 영상|유출 노출 사진|노출 사진 유출|노출 유출본|유출된 누드", 0.8)

# The folded view reads Turkish dotless "ı" as "i" and "ß" as "ss"; rule folding only strips marks.
PATTERNS_20 = [(lang, rule.replace("ı", "i").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe"),
                grade, score) for lang, rule, grade, score in PATTERNS_20]

# --- more languages of classes 1 and 2 (a see-through thong; bare breasts), written as terms -------------------
_add("ro", U, _combos("tanga|chiloti|chiloței|chiloteii|chilotei|sutien|lenjerie|lenjeria|bikini",
                      "transparenta|transparentă|transparenti|transparenți|transparent|transparente|străvezie|stravezie"), 0.7)
_add("cs", U, _combos("průhledných|pruhlednych|průhledné|pruhledne|průhledná|pruhledna|průhledném|pruhlednem",
                      "tangách|tangach|tanga|kalhotkách|kalhotkach|kalhotky|podprsenka|podprsence|prádle|pradle|prádlo|pradlo"), 0.7)
_add("sk", U, _combos("priesvitných|priesvitnych|priesvitné|priesvitne|priesvitná|priesvitna",
                      "tangách|tangach|tangy|nohavičkách|nohavickach|nohavičky|nohavicky|podprsenka|bielizni|bielizen"), 0.7)
_add("hu", U, _combos("átlátszó|atlatszo|áttetsző|attetszo", "tangában|tangaban|tanga|bugyiban|bugyi|melltartó|melltarto"
                      "|fehérneműben|fehernemuben|fehérnemű|fehernemu"), 0.7)
_add("id", N, "payudara terbuka|payudaranya terbuka|payudara kelihatan|payudaranya kelihatan|toket terbuka|toketnya terbuka"
              "|tetek terbuka|teteknya kelihatan|toketnya kelihatan|pamer toket|memamerkan payudara|payudara terlihat", 0.8)
_add("vi", N, "lộ ngực|lo nguc|khoe ngực|khoe nguc|lộ vú|lo vu|khoe vú|khoe vu|vú trần|vu tran|ngực trần của cô|nguc tran cua co", 0.8)
_add("th", N, "โชว์นม|โชว์หน้าอก|เปิดนม|โชว์เต้า|นมโผล่|เปลือยอก|เปลือยหน้าอก|เปิดหน้าอก", 0.8)
_add("da", N, "med bare bryster|med nøgne bryster|med nogne bryster|med noegne bryster|med nakne bryster|med bare pupper"
              "|med nakne pupper|nøgne bryster|nogne bryster|noegne bryster|nakne bryster|nakne pupper|brysterne fremme"
              "|puppene ute|brystene ute", 0.8)
_add("cs", N, "s holými prsy|s holymi prsy|s nahými prsy|s nahymi prsy|holá prsa|hola prsa|nahá prsa|naha prsa"
              "|s odhalenými prsy|s odhalenymi prsy|odhalená prsa|odhalena prsa|prsa venku|s holými ňadry|s holymi nadry", 0.8)
_add("sk", N, "s holými prsiami|s holymi prsiami|s nahými prsiami|s nahymi prsiami|holé prsia|hole prsia|odhalené prsia"
              "|odhalene prsia|prsia vonku", 0.8)
_add("he", N, "חזה חשוף|שדיים חשופים|עם השדיים בחוץ|חשופת חזה|עם החזה בחוץ|ציצים בחוץ", 0.8)
