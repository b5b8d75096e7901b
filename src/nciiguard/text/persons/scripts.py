"""Names written in another script than the prompt: "make 王小明 naked", "porn of רחל כהן".

A prompt switches script for a short run of words when it names something it cannot write in its
own script; in a person slot of a request (the subject of "photo of", "make", an item of its own,
right before a sexual word) that is almost always a person's name. The rule is about the *switch*,
not about any script, so it reads every script the guard can tell apart:

- the field's **dominant script** is the one most of its words are written in (a tie goes to
  Latin, whose request words the guard reads: "porn of רחל כהן"; so does a field with at most
  four words of another script and a Latin word the guard knows: "佐藤 美咲, nude"; Han, Hiragana
  and Katakana count as one family: Japanese mixes them); words of that script are the prompt's
  language, never names, so a prompt written wholly in Chinese, Russian or Arabic reads nothing;
- a **run** is 1-4 consecutive words of one other script inside one comma item, and the field
  holds at most 8 words of that script (a long passage is a quotation or a second language, not
  a name); its length is bounded per script: 2-6 Han/Kana characters,
  2-6 Hangul syllables, otherwise words of 2+ letters and at most 32 letters in all;
- scripts with capitals (Cyrillic, Greek, Armenian) need every word Title-case, as names are
  written; a run of Katakana alone is a loanword (names in Katakana with the middle dot are read
  by ``FullNames.katakana``);
- not in an item with a style word (an artist, "by 香川"), and CJK in at most two words
  (characters spaced one by one are a phrase);
- a run holding a word of the package's sexual lexicon ("全裸", "голая", "עירומה") is no name;
- **shape** (``_looks_like_name``): a Han run opens with one of the most frequent Chinese family
  names, or is two words (Japanese family and given name), or has 4+ characters after a cue
  word; a Hangul run is one word of 3-4 syllables opening with a Korean family name; one word
  of another script needs a cue word (at an item start it is a place as often: "Москва");
- **slot**: the run opens the prompt or a comma item, follows a request verb or "with"/"and",
  follows a picture or porn noun and its "of" ("photo of", "Nacktfoto von", "fotos de"), or
  stands right before a word of the sexual lexicon; in an ordinary prompt (round 10) it opens the
  prompt before what only a person does ("சமந்தா cooking pasta", ``_PERSON_DOING``) or stands in a
  question about who is famous ("why is 아이유 famous?"; Hangul then needs 3-4 syllables, not a
  family name: stage names); round 18: after a public role ("MP", "DJ", "senator") as after
  "the actress", after "sprite/sticker/emoji of" as after "caricature of", and opening the prompt
  before "on the cover / stage / podium". Not inside quotes ("featuring '松下电器'",
  a logo or label), not after an object's "of" ("a bowl of 拉面",
  "a tattoo of 龍") nor after words that quote ("a sign reading 温泉", "that says 酒").

Reported as a ``full_name`` (0.55, ``kind`` ``script``, ``cue`` the slot, ``script`` the run's
script). Cost: one pass over the words, runs bounded in length.
"""

from __future__ import annotations

import functools
import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .wordclasses import FAMOUS_WORDS, PICTURE_NOUNS
from .words import Word

__all__ = ["warm_tables", "script_of", "other_script_names"]

# (first code point, last code point, script) in ascending order.
_RANGES = (
    (0x0041, 0x024F, "Latin"), (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"), (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"), (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"), (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"), (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"), (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"), (0x1200, 0x139F, "Ethiopic"), (0x1780, 0x17FF, "Khmer"),
    (0x1E00, 0x1EFF, "Latin"), (0x1F00, 0x1FFF, "Greek"), (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"), (0x3130, 0x318F, "Hangul"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xAC00, 0xD7AF, "Hangul"), (0xF900, 0xFAFF, "Han"),
    (0xFB1D, 0xFB4F, "Hebrew"), (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"),
    (0xFF66, 0xFF9F, "Katakana"),
)
#: Scripts counted as one family for the field's own language (Japanese mixes the three).
_FAMILY = {"Hiragana": "CJK", "Katakana": "CJK", "Han": "CJK"}
_CASED = frozenset({"Latin", "Greek", "Cyrillic", "Armenian"})
#: Words before an "of" that make what follows a picture of someone.
_PICTURE_OF = PICTURE_NOUNS | frozenset(
    "pic pics picture pictures pix nudes nude porn porno sextape tape vid vids videos clip clips footage"
    " deepfake deepfakes fake fakes nacktbild nacktbilder nacktfoto nacktfotos photo fotos".split())
#: Round 12: what an ordinary prompt draws or models a person as ("watercolour of 효린", "a toy brick
#: minifigure of 라미란", "a caricature of יונית לוי"): the run after one of these and its "of" is who
#: is shown, as after "photo of".
_LIKENESS_OF = frozenset(
    """watercolour watercolor watercolours caricature caricatures cartoon comic sketch sketches drawing painting portrait
    portraits minifigure minifig figurine figure statue bust sculpture poster mosaic illustration doodle etching
    engraving lithograph pastel collage cutout papercut silhouette headshot
    mural murals stamp avatar bobblehead plushie chibi
    sprite sprites sticker stickers emoji meme memes icon puppet doll lineart vector render rendering""".split())
_PICTURE_OF_BEFORE_12 = _PICTURE_OF
#: Last characters of Chinese and Japanese place names (mountain, river, city, island, temple ...).
_CJK_PLACE_END = frozenset("山川市島岛寺城湖県县道駅站港橋桥塔宮宫院区區町村省江河海園园州京峰谷湾灣台門门楼樓館馆")
_PICTURE_OF = _PICTURE_OF | _LIKENESS_OF
#: Words after a drawn run that make it a place or a thing ("a painting of Москва river").
_SCENE_AFTER = frozenset(
    """river rivers city skyline street streets tower towers bridge harbour harbor port station temple temples
    palace castle lake mountain mountains hills valley bay beach coast park garden gardens market square
    cathedral church mosque shrine landscape map flag logo sign skyline hutong hutongs alley alleys""".split())
#: Round 12: roles only a person plays, after "X as a ..." ("as a medieval knight", "as an astronaut").
_ROLE_AS = frozenset(
    """knight astronaut superhero superheroine chef pirate queen king princess prince samurai wizard witch vampire
    doctor nurse teacher soldier cowboy cowgirl detective pilot firefighter ninja viking gladiator pharaoh empress
    emperor sorceress elf mermaid warrior spy explorer scientist president captain sheriff jedi goddess god angel
    barista mechanic farmer painter sailor monk nun bride groom judge lawyer""".split())
#: Round 12: Korean two-syllable place names a likeness noun may be "of" ("watercolour of 서울"); after
#: such a noun a one-word Hangul run of 2-4 syllables is otherwise read as a stage name ("효린", "화사").
_KO_PLACES = frozenset("서울 부산 대구 인천 광주 대전 울산 제주 수원 경주 강남 명동 한강 한국 남산 판교 전주 여수 속초 춘천 독도".split())
_OF = frozenset("of de di von da do du des del dos das della vom from aus van fran din dari z".split())
#: Request verbs and joiners after which a run is the subject.
_VERB_CUE = frozenset(
    """make undress strip show generate draw render create imagine photograph with and starring featuring
    feat ft avec et con y mit und com e ed desnuda desnudar deshabille spoglia zieh entkleide deixa tira
    despe mach haz fais fai put get""".split())
#: The most frequent Chinese family names (simplified and traditional forms) and Korean family
#: names: at an item start, where no word cues a subject, a Han run must open with one (a place
#: such as "東京" or "北京" does not), and a Hangul run must be three syllables opening with one
#: ("서울" is a city).
_HAN_FAMILY = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "張劉陳楊黃趙吳許韓馮鄧蕭葉蘇呂盧鍾譚陸範賈韋鄒閆賀顧龔錢嚴湯羅鄭謝孫馬龍"
    # round 12: less frequent family names that are seldom a word's first character (the words that
    # open with one are in same_script._ZH_NOT_NAME: 欧洲, 颜色, 章鱼, 桂林 ...)
    "倪章惠殷桂郎闵岳庞伍葛聂颜岑鲁翟施俞樊戚阮辛巫骆欧佟靳邢裴霍柯邬隋鲍柳顏歐鮑聶龐駱閔"
    # round 16: frequent family names of Taiwan and Hong Kong left out before (words: 洪水, 庄园, 涂鸦 ...)
    "洪萧巩鞏傅賴赖翁庄莊涂蔣")
_HANGUL_FAMILY = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소"
    "석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
_QUOTES = frozenset("'\"‘’“”「『«‹")
#: Words that quote or label what follows: the run is a text, not a subject.
_QUOTING = frozenset(
    """reading reads read says saying said written writes word words text label labelled labeled titled
    sign logo brand menu caption kanji character characters calligraphy tattoo stamp seal""".split())


#: Public roles a name stands in apposition to ("the actress X", "la cantante X").
_APPOSITION = frozenset(
    """actress actor singer model dancer presenter anchor influencer streamer youtuber tiktoker cosplayer idol star
    rapper athlete journalist actriz cantante modelo bailarina presentadora actrice chanteuse mannequin danseuse
    presentatrice schauspielerin sangerin moderatorin tanzerin atriz cantora apresentadora dancarina attrice
    modella ballerina aktorka piosenkarka modelka prezenterka skadespelerskan sangerskan actrita cantareata
    oyuncu sarkici aktris penyanyi
    mp dj mc senator senadora senador minister ministra mayor politician congresswoman congressman deputada
    deputado activist author writer poet comedian host rapper""".split())
#: First words of Arabic set phrases written on tiles, signs and calligraphy ("الله أكبر",
#: "بسم الله"): a run opening with one is no name.
_PHRASE_START = frozenset("الله بسم سبحان الحمد لا إن ما".split()) | frozenset(
    # round 17: head nouns of place names after a likeness noun ("a mural of 'شارع النيل'", Nile Street)
    "شارع ميدان مدينة جبل نهر بحر مسجد قصر برج جامعة سوق خیابان میدان רחוב כיכר הר נהר ים מגדל ארמון שוק".split())


def _sexual_or_picture_before(words: list[Word], k: int, item: int, latin_sexual: frozenset[str]) -> str | None:
    """A sexual word or picture noun among the (at most three) words of ``item`` ending at ``k``."""
    for q in range(k, max(-1, k - 3), -1):
        w = words[q]
        if w.item != item:
            return None
        if w.base in latin_sexual or w.base in _PICTURE_OF:
            return w.base
    return None


def script_of(ch: str) -> str | None:
    """The script of one letter (None for digits, marks, punctuation and unlisted blocks)."""
    cp = ord(ch)
    if cp < 0x80:  # ASCII: the letters are Latin, the rest none (the table's answer, without the search)
        return "Latin" if ch.isalpha() else None
    return _script_above_ascii(ch)


@functools.lru_cache(maxsize=8192)
def _script_above_ascii(ch: str) -> str | None:
    cp = ord(ch)
    lo, hi = 0, len(_RANGES)
    while lo < hi:
        mid = (lo + hi) // 2
        if _RANGES[mid][1] < cp:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(_RANGES) and _RANGES[lo][0] <= cp <= _RANGES[lo][1]:
        s = _RANGES[lo][2]
        if s == "Latin" and not ch.isalpha():
            return None
        return s
    return None


def _word_script(text: str) -> str | None:
    """The script of a word when all its letters share one (marks and digits ignored)."""
    if text.isascii():  # most words: Latin when any letter is, the loop's answer without it
        return "Latin" if any(c.isalpha() for c in text) else None
    found = None
    for ch in text:
        s = script_of(ch)
        if s is None:
            continue
        if found is None:
            found = s
        elif s != found and _FAMILY.get(s, s) != _FAMILY.get(found, found):
            return None
        elif s != found:
            found = "Han" if "Han" in (s, found) else found
    return found


def warm_tables() -> None:
    """Build this module's lazy table now, so that no prompt pays for it (the person reader's
    ``load`` calls it): the sexual terms of other scripts (the script table)."""
    _sexual_terms()


#: A sexual rule's negative groups ("!{a|b}") and the syntax between its words (braces, bars, spaces, windows).
_RULE_NOT = re.compile(r"!\{[^}]*\}")
_RULE_SYNTAX = re.compile(r"[\s{}|()\[\]~!*?+^$\\]+")


@functools.lru_cache(maxsize=1)
def _sexual_terms() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The sexual lexicon's words outside Latin script, read in one pass: the words of its terms
    (phrases split), the CJK ones among them (matched as substrings: the languages write no spaces),
    and the one-word terms alone (same_script.py: a phrase's words are no terms, "बिना कपड़ों के" must
    not make "के" sexual)."""
    from ..._data import read_text

    words, cjk, single = set(), set(), set()
    for line in read_text("text/data/sexual_terms.tsv").splitlines():
        cols = line.split("\t", 2)
        term = cols[0].strip().lower()
        parts = term.split()
        if term.startswith("re:"):
            # round 21: a rule's words, not its syntax: the words a rule must NOT see after it ("!{숲|자연}",
            # a pristine forest) are no sexual words, and braces and bars are no letters; like a phrase's
            # words, a rule's are loose (ordinary on their own: "태초의 모습" holds "모습", any picture's look)
            parts = _RULE_SYNTAX.split(_RULE_NOT.sub(" ", term[3:]))
            parts = [w for w in parts if w]
            for w in parts:
                s = _word_script(w)
                if s is not None and s != "Latin":
                    words.add(w)
            continue
        # round 16: the words of a Korean euphemism phrase are ordinary words on their own ("태어난 그대로의
        # 모습", as one was born: "모습" is any picture's "look"); only the phrase is sexual
        loose = len(parts) > 1 and len(cols) > 1 and cols[1] == "euphemism"
        # round 17: and so are the words of any Korean phrase ("끈팬티만 입은": "입은" is any "wearing", "누드
        # 사진": "사진" any photo); as substrings they made "한복 입은 할머니" and "고양이 사진" names before a sexual word
        loose = loose or len(parts) > 1 and _word_script(parts[0]) == "Hangul"
        if (len(parts) == 1 and not term.startswith(("#", "re:")) and not term.endswith("*")
                and script_of(term[0]) not in (None, "Latin")):
            single.add(term)
        for w in parts:
            s = _word_script(w)
            if s is None or s == "Latin":
                continue
            words.add(w)
            if _FAMILY.get(s) == "CJK" or s == "Hangul" and not loose:
                cjk.add(w)
    return frozenset(words), tuple(sorted(cjk)), frozenset(single)


def _is_sexual(original: str, base: str, latin_sexual: frozenset[str]) -> bool:
    return base in latin_sexual or original.lower() in latin_sexual or original.lower() in _sexual_terms()[0]


def _length_ok(script: str, run_text: list[str]) -> bool:
    letters = sum(sum(1 for c in t if script_of(c) is not None) for t in run_text)
    if _FAMILY.get(script) == "CJK":
        return 2 <= letters <= 6
    if script == "Hangul":
        return 2 <= letters <= 6 and all(len(t) <= 4 for t in run_text)
    return all(len(t) >= 2 for t in run_text) and letters <= 32


#: Words after a name that say a person does something (round 10): places and things do not ride,
#: sing or give speeches. Only -ing forms and "wearing"-like words of English prompts.
_PERSON_DOING = frozenset(
    """cooking riding giving singing wearing holding dancing playing walking eating smiling posing standing
    sitting drinking reading running laughing waving speaking talking performing driving sleeping jumping
    swimming crying hugging shopping skiing surfing hiking cycling teaching interviewed
    receiving hosting planting waving visiting signing painting baking gardening juggling
    cutting opening inaugurating shaking greeting attending launching delivering""".split())
#: Round 17: a question about how someone would look ("what would 박지윤 look like as ..."): the run
#: between the modal and the verb is a person.
_WOULD = frozenset("would does did will could".split())
#: Round 18: where only a person stands "on": a magazine cover, a stage, a red carpet, a podium.
_COVER = frozenset("cover stage carpet podium set screen".split())
_LOOK = frozenset("look looks be appear wear dress".split())


def _looks_like_name(script: str, rtext: list[str], cue: str) -> bool:
    """Per-script shape of a name. Han: opens with a Chinese family name, or is a Japanese family
    name and given name written apart ("佐藤 美咲"), or 4+ characters after a cue word (never a
    place or dish such as "富士山", "拉面", "寿司"); Hangul: one word of 3-4 syllables opening with
    a family name ("서울" is a city). At an item start, the weakest cue, also: two or more words
    of any other script (one Title-case word there is a place as often: "Москва")."""
    if _FAMILY.get(script) == "CJK":
        if (cue in ("after where", "before as") or cue.startswith("after ") and cue.split()[1] in _LIKENESS_OF) \
                and len(rtext) == 1 and len(rtext[0]) == 3 and rtext[0][-1] not in _CJK_PLACE_END:
            return True  # "watercolour of 菜々緒", "a comic strip where 井川遥" (not "富士山", "上海市")
        return (rtext[0][0] in _HAN_FAMILY or len(rtext) == 2
                or cue != "item start" and sum(len(t) for t in rtext) >= 4)
    if script == "Hangul":
        if cue == "after where" or cue.startswith("after ") and cue.split()[1] in _LIKENESS_OF:
            return len(rtext) == 1 and 2 <= len(rtext[0]) <= 4 and rtext[0] not in _KO_PLACES
        if cue == "famous" or cue.startswith("before ") and (cue[7:] in _PERSON_DOING or cue == "before as"):
            return len(rtext) == 1 and 3 <= len(rtext[0]) <= 4  # a stage name too ("아이유"; not "서울")
        return len(rtext) == 1 and 3 <= len(rtext[0]) <= 4 and rtext[0][0] in _HANGUL_FAMILY
    return cue != "item start" or len(rtext) >= 2


def _quoted_person(cue: str, rtext: list[str], fam: str, prev2) -> bool:
    """Round 17: a quoted run is a person only where nothing but a person fits: before what a person
    does ("'שירה לוינסון' planting a tree"), or two words of a spaced script after a likeness noun and
    "of" or after "with" in a picture ("a poster with 'ნინო ბერიძე'"), never after a word that quotes."""
    if cue.startswith("before ") and cue[7:] in _PERSON_DOING:
        return True
    if fam in ("CJK", "Hangul") or len(rtext) < 2 or prev2 is not None and prev2.base in _QUOTING:
        return False
    return cue.startswith("after ") and (cue.split()[1] in _LIKENESS_OF or cue == "after with")


def other_script_names(nt, words: list[Word], field: str, taken_cover: Marks,
                       latin_sexual: frozenset[str], common=frozenset(), style_items=frozenset()) -> list[Finding]:
    """``full_name`` findings for short runs of another script than the field's, in a person slot."""
    n = len(words)
    original = nt.original
    if n < 2 or original.isascii():
        return []  # one script (most prompts: no per-word script lookup at all)
    texts = [original[w.ostart:w.oend] for w in words]
    scripts = [_word_script(t) for t in texts]
    count: dict[str, int] = {}
    for s in scripts:
        if s is not None:
            fam = _FAMILY.get(s, s)
            count[fam] = count.get(fam, 0) + 1
    if len(count) < 2:
        return []  # one script: the prompt's own language
    # Most words; a tie goes to Latin (the request words the guard reads: "porn of רחל כהן").
    dominant = max(count.items(), key=lambda kv: (kv[1], kv[0] == "Latin"))[0]
    if dominant != "Latin" and count[dominant] <= 4 and count.get("Latin", 0) and any(
            s == "Latin" and (w.base in common or w.base in latin_sexual) for s, w in zip(scripts, words)):
        dominant = "Latin"  # "佐藤 美咲, nude": a short run and a known request word
    if count[dominant] < 1:
        return []
    out: list[Finding] = []
    cjk_terms = _sexual_terms()[1]
    i = 0
    while i < n:
        s = scripts[i]
        fam = _FAMILY.get(s, s) if s is not None else None
        if fam is None or fam == dominant:
            i += 1
            continue
        j = i
        while (j + 1 < n and words[j + 1].item == words[i].item and scripts[j + 1] is not None
               and _FAMILY.get(scripts[j + 1], scripts[j + 1]) == fam):
            j += 1
        k = i
        i = j + 1
        run = words[k:j + 1]
        rtext = texts[k:j + 1]
        if (len(run) > 4 or count[fam] > 8 or not _length_ok(s, rtext) or run[0].item in style_items
                or fam == "CJK" and len(run) > 2):
            continue  # a phrase, an artist's item, CJK written one character per word
        if s in _CASED and not all(t[:1].isupper() and (len(t) == 1 or not t[1:].isupper()) for t in rtext):
            continue
        if fam == "CJK" and all(all(script_of(c) in (None, "Katakana") for c in t) for t in rtext):
            continue  # Katakana alone: a loanword
        if any(_is_sexual(t, w.base, latin_sexual) for t, w in zip(rtext, run)):
            continue
        if rtext[0] in _PHRASE_START:
            continue  # a religious or set phrase, not a name ("الله أكبر"; "عبد الله" stays a name)
        if (fam == "CJK" or fam == "Hangul") and any(term in t for t in rtext for term in cjk_terms):
            continue
        if taken_cover.overlaps(run[0].ostart, run[-1].oend):
            continue
        quoted = run[0].ostart > 0 and original[run[0].ostart - 1:run[0].ostart] in _QUOTES
        prev = words[k - 1] if k > 0 and words[k - 1].item == run[0].item else None
        prev2 = words[k - 2] if prev is not None and k > 1 and words[k - 2].item == run[0].item else None
        nxt = words[j + 1] if j + 1 < n and words[j + 1].item == run[0].item else None
        cue = None
        if prev is None:
            cue = "item start"
        elif prev.base in _QUOTING:
            cue = None
        elif prev.base in _OF:
            if prev2 is not None and (prev2.base in _PICTURE_OF or prev2.base in latin_sexual
                                      or any(prev2.base.endswith(p) for p in ("foto", "fotos", "bild", "bilder"))):
                cue = "after " + prev2.base + " " + prev.base
            else:
                # A sexual word or picture noun a little further back: "los desnudos filtrados de
                # X", "nudes leaked of X" (the words of the item before the "of", at most three).
                back = _sexual_or_picture_before(words, k - 2, run[0].item, latin_sexual)
                if back is not None:
                    cue = "after " + back + " .. " + prev.base
        elif prev.base in _VERB_CUE:
            cue = "after " + prev.base
        elif prev.base in _WOULD and nxt is not None and nxt.base in _LOOK:
            cue = "after " + prev.base  # round 17: "what would 박지윤 look like"
        elif prev.base == "where" and prev2 is not None and prev2.base in _LIKENESS_OF | {"strip", "scene", "story"}:
            cue = "after where"  # "a comic strip where 井川遥 gets lost"
        elif prev.base in _APPOSITION:
            cue = "after " + prev.base  # "de la actriz ศิริพร ใจดี", "the singer 김서연"
        elif _is_sexual(texts[k - 1], prev.base, latin_sexual):
            cue = "after " + prev.base  # "foto bugil 이소윤", "nudes رنا": what the sexual word is of
        if (cue is None or cue == "item start") and nxt is not None and _is_sexual(texts[j + 1], nxt.base, latin_sexual) \
                and (prev is None or prev.base not in _QUOTING and prev.base not in _OF):
            cue = "before " + nxt.base
        # Round 10: in an ordinary prompt, what only a person does next ("சமந்தா cooking pasta",
        # "아이유 giving a speech"), or a question about why someone is famous ("why is 아이유 famous?").
        if cue is None or cue == "item start":
            if prev is None and nxt is not None and nxt.base in _PERSON_DOING:
                cue = "before " + nxt.base
            elif prev is None and nxt is not None and nxt.base == "as" and any(
                    words[m].base in _ROLE_AS for m in range(j + 2, min(n, j + 5)) if words[m].item == run[0].item):
                cue = "before as"  # round 12: "ஜோதிகா as a medieval knight" (a role only a person plays)
            elif prev is None and nxt is not None and nxt.base == "on" and any(
                    words[m].base in _COVER for m in range(j + 2, min(n, j + 4)) if words[m].item == run[0].item):
                cue = "before on"  # round 18: "ጂጂ on the cover of a magazine", "X on stage"
            elif any(words[m].base in FAMOUS_WORDS for m in range(n) if words[m].item == run[0].item):
                cue = "famous"
        if cue is None or not _looks_like_name(s, rtext, cue):
            continue
        if quoted and not _quoted_person(cue, rtext, fam, prev2):
            continue  # a quoted text: a label, a logo, a product ("featuring '松下电器'")
        if (nxt is not None and nxt.base in _SCENE_AFTER and cue.startswith("after ")
                and cue.split()[1] in _LIKENESS_OF - _PICTURE_OF_BEFORE_12):
            continue  # "a painting of Москва river": a place or thing drawn, not a person
        out.append(finding("full_name", 0.55, field, nt, run[0].ostart, run[-1].oend, {
            "kind": "script", "first": run[0].base, "last": run[-1].base, "classes": "script+script" if len(run) > 1 else "script",
            "script": s, "field_script": dominant, "cue": cue, "case": "script", "source": "text"}))
    return out
