"""Names written in the field's own script where that script has no capitals or no spaces
(round 8, issue 10): "杨幂的全裸照片", "石原さとみの裸の画像", "प्रियंका चोपड़ा की नंगी तस्वीर",
"দীপিকা পাড়ুকোনের নগ্ন ছবি", "ภาพเปลือยของใหม่ ดาวิกา".

Why a module of its own: the other readers find a name by its capitals (Latin, Cyrillic, Greek), by
a switch of script (:mod:`.scripts`: "make 王小明 naked"), or by its letters (:mod:`.slots`, whose
words are letters only: Indic vowel signs are marks, so "प्रियंका" never was a word there). A prompt
written wholly in Chinese, Japanese, Hindi, Bengali or Thai names its subject in the same script, with
no capital and, in Chinese, Japanese and Thai, no space. What marks the name there is grammar: the
possessive that ties it to the sexual word ("X的裸照", "XのヌードX", "X की नंगी तस्वीर", "X-এর নগ্ন ছবি",
"ภาพเปลือยของ X"), or a sexual word right after it at the start of the field ("王小红全裸", "आलिया भट्ट
नंगी"). And what it is made of:

- **Chinese**: 2-3 Han characters opening with one of the most frequent family names
  (:data:`.scripts._HAN_FAMILY`), standing at the start of the field or after a request word
  ("生成", "把", "让", "给", "和" ...), so "张家界的" must still open the field to be read;
- **Japanese**: a family name of :data:`_JA_FAMILY` then a given name of 1-2 Han characters or 2-4
  Kana ("石原さとみ", "佐藤美咲");
- **Hindi, Urdu (words before की/का/के/को or کی/کا/کے/کو), Bengali (a word ending in the possessive
  -এর/-ের/-র), Thai (the words after ของ)**: one or two words that are none of the language's
  picture, person, pronoun or relation words (:data:`_NOT_NAME`), so "लड़की की नंगी तस्वीर" (a girl's),
  "इस की" and "मेरी पड़ोसन की" (the private-person table's) are not names.

The gate, as everywhere: the field holds a word of the sexual lexicon. Reported as ``name_in_slot``
(0.6, ``slot`` ``possessive`` or ``subject``, ``cue`` the particle or sexual word, ``script``).
Cost: one pass over the characters (CJK, Thai) or the words (Indic), bounded windows.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from ...findings import Finding
from .found import finding
from .clauses import _hangul_after_or_face, _ja_after_adnominal, _korean_after_clause
from .script_words import (_KO_ADNOMINAL, _KO_ADVERBIAL, _KO_NOT_NAME, _KO_NOUNS, _KO_PICTURE, _KO_PLACE_NOUNS,
                           _ZH_MORE_FAMILY, _despace_han, _found, _full, _han, _kana)
from .scripts import _HAN_FAMILY, _HANGUL_FAMILY, _KO_PLACES, _sexual_terms, script_of
from .script_words import _JA_FAMILY, _NOT_NAME_11, _ZH_NOT_NAME  # noqa: E402,F401  (re-exported)
from .script_words import (_JA_FAMILY_MORE, _JA_KANA_COUNTS, _JA_KANA_NOT_END, _JA_KANA_NOT_START,  # noqa: E402
                           _JA_NOT_FAMILY, script_given_names)

__all__ = ["NOT_NAME_WORDS", "native_script_names", "same_script_names"]

#: Chinese request words after which a name may stand without a boundary ("生成刘亦菲的裸照").
_ZH_BEFORE = ("生成", "画", "画一张", "做", "做成", "做一张", "制作", "给我", "把", "将", "让", "讓", "给", "給", "和", "与", "與", "跟",
              "同", "要", "想看", "看", "p", "P", "一张", "一張", "帮我", "幫我", "我要", "来一张", "伪造", "偽造", "合成",
              # round 22: public roles written before a name ("作家X", "歌手X", "演员X")
              "作家", "作者", "歌手", "演员", "演員", "主持人", "议员", "議員", "导演", "導演", "女星", "明星", "歌星", "影星",
              "主播", "网红", "網紅", "政治家", "部长", "部長", "市长", "市長", "教授", "记者", "記者")
#: Han characters that end a Chinese name run (particles and request verbs).
_ZH_PARTICLES = "的之"
_JA_PARTICLES = "のをがにはと"
#: Picture, person, pronoun and relation words that stand in a name's place and are none
#: (hi, ur, bn, th); relation words are the private-person table's (private_world.py).
_NOT_NAME = frozenset(
    """तस्वीर तस्वीरें फोटो फ़ोटो वीडियो चित्र लड़की लड़कियों लड़का औरत औरतों महिला आदमी युवती इस उस इसकी उसकी मेरी मेरा मेरे
    हमारी तुम्हारी आपकी किसी एक दो कुछ सभी भाभी बहन पड़ोसन पडोसन दोस्त सहेली पत्नी बीवी गर्लफ्रेंड टीचर बॉस मैडम मॉडल हीरोइन अभिनेत्री
    تصویر تصاویر فوٹو ویڈیو لڑکی عورت خاتون اس اُس میری میرا میرے ہماری بھابھی بہن دوست بیوی
    একটি একজন এক দুটি কিছু সব ছবি ভিডিও মেয়ে মেয়ের মেয়েটির মহিলা মহিলার মেয়েদের নারী নারীর ওর ওদের তার আমার আমাদের এই সেই বউ বৌদি বান্ধবী বোন বোনের
    ভাবির বৌদির প্রতিবেশী প্রতিবেশীর সহকর্মী সহকর্মীর মডেল নায়িকা নায়িকার
    เธอ เขา ฉัน ผม เรา มัน ผู้หญิง สาว แฟน เพื่อน คน นาง นางแบบ ดารา""".split())
_HI_POSTPOSITION = frozenset("की का के को".split())
#: Round 11: possessive words after a name in more scripts (Gujarati, Punjabi, Telugu, Burmese,
#: Marathi/Nepali in Devanagari) and possessive endings glued to it (Tamil, Malayalam, Sinhala,
#: Georgian, Kannada), and the Amharic possessive prefix "የ" ("የሰላም እርቃን ፎቶ", Selam's naked photo).
_MORE_POSTPOSITION = frozenset("ની નો નું ના ਦੀ ਦਾ ਦੇ ਨੂੰ యొక్క ရဲ့ ၏ ची चा चे ची को".split())
_SUFFIX_POSSESSIVE = {
    "Tamil": ("ின்", "இன்", "வின்", "யின்", "ுடைய", "உடைய"),
    "Malayalam": ("ുടെ", "ന്റെ", "യുടെ"),
    "Sinhala": ("ගේ",),
    "Georgian": ("ის", "ს"),
    "Kannada": ("ಳ", "ರ", "ಯ"),
}
_PREFIX_POSSESSIVE = {"Ethiopic": "የ"}
#: Uncased scripts read like the Indic ones (spaced words; the name opens the field or stands
#: before a possessive).
_SPACED = frozenset({"Sinhala", "Oriya", "Georgian", "Ethiopic", "Myanmar", "Khmer", "Lao"})
_UR_POSTPOSITION = frozenset("کی کا کے کو".split())
_BN_POSSESSIVE = ("এর", "ের", "র")
#: Indic scripts read here (words are letters and their combining marks).
_INDIC = frozenset({"Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Telugu", "Kannada", "Malayalam"})
_WORD = re.compile(r"[^\s,.;:!?()\[\]{}\"'“”«»|/]+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of ``text``'s first 4,000 characters (bounded: a long field
    is read where a request puts its subject)."""
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, 0, min(len(text), 4000))]


def _tokens_and_sexual(text: str, sexual: frozenset[str]) -> tuple[list[tuple[int, int, str]], list[bool]]:
    """The words of ``text`` (:func:`_tokens`) and, for each, whether it is sexual: a one-word
    sexual term, a word of 4+ letters that opens one or that one opens (these languages glue
    endings on: Tamil "நிர்வாண" for "நிர்வாணமாக", Telugu "నగ్న"), or the first word of a sexual
    phrase whose next word follows ("నగ్న ఫోటో", "እርቃን ፎቶ")."""
    toks = _tokens(text)
    flags = [t in sexual or _stem_sexual(t) for _, _, t in toks]
    phrases = _phrases()
    for k in range(len(toks) - 1):
        follow = phrases.get(toks[k][2])
        if follow and not flags[k] and script_of(toks[k][2][0]) in _STEM_SCRIPTS \
                and any(_word_fits(toks[k + 1][2], f) for f in follow):
            flags[k] = True
    return toks, flags


#: Scripts whose words are read as sexual by a shared opening (suffixing languages).
_STEM_SCRIPTS = _INDIC | _SPACED
#: Shortest word (code points) read as sexual by a shared opening with a one-word term.
MIN_STEM = 4


def warm_tables() -> None:
    """Build this module's lazy tables now, so that no prompt pays for them (the person reader's
    ``load`` calls it)."""
    _stem_tables()
    _ko_phrases()


@functools.lru_cache(maxsize=1)
def _stem_tables() -> tuple[dict[str, tuple[str, ...]], list[str], frozenset[str]]:
    """One pass over the lexicon, outside Latin script: first word -> second words of its sexual
    phrases (a trailing "*" is an open ending), and its one-word nudity and explicit terms of 4+ code
    points, sorted and as a set."""
    from ..._data import read_text

    phrases: dict[str, set[str]] = {}
    single: set[str] = set()
    for line in read_text("text/data/sexual_terms.tsv").splitlines():
        cols = line.split("\t")
        term = cols[0].strip().lower()
        if len(cols) < 2 or cols[1] not in ("explicit", "nudity", "euphemism") or not term \
                or script_of(term[0]) in (None, "Latin"):
            continue
        parts = term.split()
        if len(parts) >= 2:
            phrases.setdefault(parts[0], set()).add(parts[1])
        elif cols[1] != "euphemism" and not term.endswith("*") and len(term) >= MIN_STEM:
            single.add(term)
    return {k: tuple(sorted(v)) for k, v in phrases.items()}, sorted(single), frozenset(single)


def _phrases() -> dict[str, tuple[str, ...]]:
    return _stem_tables()[0]


def _word_fits(word: str, pattern: str) -> bool:
    return word.startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern


def _stem_sexual(word: str) -> bool:
    """A word of an uncased script that shares its opening with a one-word sexual term (nudity or
    explicit grade), either way round, for 4+ code points."""
    if len(word) < MIN_STEM or script_of(word[0]) not in _STEM_SCRIPTS:
        return False  # Arabic and Hebrew glue prefixes too, and their reader has its own words
    _, ordered, table = _stem_tables()
    k = bisect_left(ordered, word)
    if k < len(ordered) and ordered[k].startswith(word):
        return True  # the word opens a term ("நிர்வாண" / "நிர்வாணமாக")
    return any(word[:n] in table for n in range(MIN_STEM, len(word)))  # a term opens the word


def _field_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in (CJK counts Han and Kana together)."""
    count: dict[str, int] = {}
    for ch in text[:2000]:  # bounded: the dominant script shows in the first 2,000 characters
        s = script_of(ch)
        if s is not None:
            fam = "CJK" if s in ("Han", "Hiragana", "Katakana") else s
            count[fam] = count.get(fam, 0) + 1
    if not count:
        return None
    return max(count.items(), key=lambda kv: kv[1])[0]


def _cjk_sexual_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for t in terms:
        start = text.find(t)
        while start >= 0:
            out.append((start, start + len(t)))
            start = text.find(t, start + 1)
            if len(out) > 64:
                return out
    return out


def _zh_name_before(text: str, end: int) -> tuple[int, str] | None:
    """A Chinese name ending at ``end``: 2-3 Han characters opening with a family name, at the field
    start, after a non-Han character or after a request word."""
    for size in (3, 2):
        start = end - size
        if start < 0 or not all(_han(c) for c in text[start:end]) \
                or text[start] not in _HAN_FAMILY and text[start] not in _ZH_MORE_FAMILY \
                or text[start:start + 2] in _ZH_NOT_NAME:
            continue
        if start == 0 or not _han(text[start - 1]):
            return start, "start"
        for cue in _ZH_BEFORE:
            if text.endswith(cue, 0, start):
                return start, cue
    return None


def _ja_name_before(text: str, end: int) -> int | None:
    """A Japanese family name of :data:`_JA_FAMILY` and a given name (1-2 Han or 2-4 Kana) ending at ``end``."""
    for given in (1, 2, 3, 4):
        g0 = end - given
        if g0 <= 0:
            break
        piece = text[g0:end]
        if not (all(_han(c) for c in piece) and given <= 2 or all(_kana(c) for c in piece) and given >= 2):
            continue
        for fam in (3, 2, 1):
            f0 = g0 - fam
            if f0 >= 0 and text[f0:g0] in _JA_FAMILY and (f0 == 0 or not _han(text[f0 - 1])):
                return f0
    return None


#: Round 22: body words between a subject and the sexual word that describes it ("X上身赤裸", topless).
_ZH_BODY = ("上身", "上半身", "全身", "下身", "下半身", "浑身", "渾身", "胸部", "身体", "身體")
#: Round 22: verbs of a leak between a name and 的 + a sexual word ("X泄露的裸照", "X被偷拍的裸照").
_ZH_LEAK = ("泄露", "洩露", "泄漏", "洩漏", "流出", "曝光", "外泄", "外洩", "偷拍", "私拍", "自拍", "私密")
#: Last characters of a person noun: such a head is a kind of person, not a name ("黄种人", "陈家女").
_ZH_PERSON_END = frozenset("人女男孩者生妹姐娘妻友哥弟士员員模兒儿主")


def _zh_bridged_ends(text: str, a: int) -> list[tuple[int, str]]:
    """Round 22: where a subject ends before a sexual word at ``a`` when words stand between them: a
    body word ("X上身赤裸"), a leak verb and 的 ("X泄露的裸照"), a passive 被 and a verb and 的 ("X被泄露的裸照")."""
    out = [(a - len(w), w) for w in _ZH_BODY if text.endswith(w, 0, a)]
    if a >= 3 and text[a - 1] == "的":
        for w in _ZH_LEAK:
            if text.endswith(w, 0, a - 1):
                e = a - 1 - len(w)
                out.append((e - 1 if e > 0 and text[e - 1] == "被" else e, w))
                break
        else:
            p = text.rfind("被", max(0, a - 7), a - 2)
            if p > 0 and all(_han(c) and c not in "的是了在" for c in text[p + 1:a - 1]):
                out.append((p, "被"))
    return out


#: Round 22: one Han character that closes a Japanese given name written in Han ("有希子", "香織", "里穂").
_JA_HAN_GIVEN_CLOSE = frozenset("子美恵代香奈菜乃絵織里穂紀")
#: Han words that end so and are no name ("女子", "帽子", "時代", "組織"): never the end of one.
_JA_HAN_NOT_GIVEN = frozenset(
    """女子 男子 帽子 椅子 様子 菓子 調子 双子 王子 息子 弟子 電子 原子 分子 精子 卵子 撫子 拍子 団子 粒子 因子 格子 障子 扇子
    種子 冊子 硝子 梯子 利子 骨子 親子 母子 父子 妻子 舞子 娘子 童子 君子 太子 皇子 妃子 女の子 遊女
    時代 世代 現代 古代 年代 近代 十代 歴代 初代 交代 先代 当代 地代 稀代 野菜 白菜 山菜 前菜 組織 羽織 知恵 恩恵 油絵 口絵
    挿絵 浮世絵 芳香 線香 色香 賛美 優美 審美 褒美 甘美 華美 耽美 世紀 風紀 千里 郷里 万里 人里 古里 稲穂""".split())


def _ja_han_shape_before(text: str, end: int, sexual_at: list[tuple[int, int]]) -> int | None:
    """Round 22: a Japanese name of 4-5 Han characters ending at ``end`` (a particle follows) and
    standing alone (no Han before it), whatever its family name: a listed family name ("江國香織"),
    a listed given name, or a given name that closes like one ("本谷有希子"); no sexual word inside."""
    s = end
    while s > 0 and end - s < 6 and _han(text[s - 1]):
        s -= 1
    if not 4 <= end - s <= 5 or s > 0 and _han(text[s - 1]) or "々" == text[s]:
        return None
    if any(a < end and s < b for a, b in sexual_at):
        return None
    return s if ja_han_name_shape(text[s:end]) else None


def ja_han_name_shape(run: str) -> bool:
    """Round 22: 4-5 Han characters shaped as a Japanese name: a listed family name and one to three
    characters, two or three and a listed given name, or a given name that closes like one ("有希子")."""

    if not 4 <= len(run) <= 5 or not all(_han(c) for c in run) or "々" == run[0]:
        return False
    if run[:2] in _JA_NOT_FAMILY or run[:2] in _ZH_NOT_NAME:
        return False
    if any(run[:f] in _JA_FAMILY or run[:f] in _JA_FAMILY_MORE for f in (2, 3) if 1 <= len(run) - f <= 3):
        return True
    given = script_given_names().get("CJK", frozenset())
    if any(run[-g:] in given for g in (2, 3) if len(run) - g >= 2):
        return True
    return run[-1] in _JA_HAN_GIVEN_CLOSE and run[-2:] not in _JA_HAN_NOT_GIVEN and run[-3:] not in _JA_HAN_NOT_GIVEN


def _ja_kana_given_before(text: str, end: int) -> int | None:
    """Round 22: a family name of two or three Han and a given name of two to four hiragana ending at
    ``end`` ("本谷ちさと" before を), standing alone; the kana may not end or open like grammar."""

    g = end
    while g > 0 and end - g < 5 and script_of(text[g - 1]) == "Hiragana":
        g -= 1
    if not 2 <= end - g <= 4:
        return None
    kana = text[g:end]
    if kana[0] in _JA_KANA_NOT_START or kana.endswith(_JA_KANA_NOT_END) or kana.endswith(_JA_KANA_COUNTS):
        return None
    s = g
    while s > 0 and g - s < 4 and _han(text[s - 1]):
        s -= 1
    if not 2 <= g - s <= 3 or s > 0 and (_han(text[s - 1]) or _kana(text[s - 1])) or text[s:s + 2] in _JA_NOT_FAMILY:
        return None
    return s


def _cjk_names(nt, field: str, text: str, terms: tuple[str, ...]) -> list[Finding]:
    out = _cjk_name_spans(text, terms)
    idx = None
    if not out and " " in text:
        # round 22: a name spaced out one character at a time ("刘 思 雨上身赤裸"): read the text without
        # those spaces and map the spans back
        view = _despace_han(text)
        if view is not None:
            compact, idx = view
            out = _cjk_name_spans(compact, terms)
    found = []
    for start, end, slot, cue in out:
        if idx is not None:
            start, end = idx[start], idx[end - 1] + 1
        found.append(_found(nt, field, text, start, end, slot, cue, "Han"))
    return found


def _cjk_name_spans(text: str, terms: tuple[str, ...]) -> list[tuple[int, int, str, str]]:
    spans = _cjk_sexual_spans(text, terms)
    if not spans:
        return []
    sexual_at = sorted(spans)
    out: list[tuple[int, int, str, str]] = []
    seen: set[int] = set()

    def sexual_after(pos: int, window: int) -> str | None:
        for a, b in sexual_at:
            if pos <= a <= pos + window:
                return text[a:b]
        return None

    n = len(text)
    for k in range(min(n, 4000)):  # bounded scan
        ch = text[k]
        if ch in _ZH_PARTICLES or ch in _JA_PARTICLES:
            cue = sexual_after(k + 1, 8 if ch in "的之の" else 12)
            if not cue:
                continue
            ja = _ja_name_before(text, k) if ch in _JA_PARTICLES else None
            if ja is None and ch in _JA_PARTICLES:  # round 22: any family name, by the name's shape
                ja = _ja_han_shape_before(text, k, sexual_at)
                if ja is None:
                    ja = _ja_kana_given_before(text, k)
            zh = _zh_name_before(text, k) if ch in _ZH_PARTICLES else None
            start = ja if ja is not None else (zh[0] if zh is not None else None)
            if start is None or start in seen:
                continue
            seen.add(start)
            out.append((start, k, "possessive", ch + str(cue)))
    # "王小红全裸": a name then a sexual word, opening the field or after a request word
    for a, b in sexual_at:
        hit = _zh_name_before(text, a)
        if hit is not None and hit[0] not in seen:
            seen.add(hit[0])
            out.append((hit[0], a, "subject", text[a:b]))
            continue
        # round 22: with a body word or a leak between them ("X上身赤裸", "X被泄露的裸照")
        for e, bridge in _zh_bridged_ends(text, a):
            hit = _zh_name_before(text, e) if e >= 2 else None
            if hit is not None and hit[0] not in seen and text[e - 1] not in _ZH_PERSON_END:
                seen.add(hit[0])
                out.append((hit[0], e, "subject", bridge + text[a:b]))
                break
    return out


def _name_words(words: list[str]) -> bool:
    return 1 <= len(words) <= 3 and all(w not in _NOT_NAME and w not in _NOT_NAME_11 and len(w) >= 2 for w in words)


def _spaced_names(nt, field: str, text: str, script: str, sexual: frozenset[str]) -> list[Finding]:
    """Indic (and Urdu) words before a possessive postposition or a sexual word; Thai after ของ."""
    toks, is_sex = _tokens_and_sexual(text, sexual)
    if not any(is_sex):
        return []
    out: list[Finding] = []
    n = len(toks)
    for k in range(n):
        word = toks[k][2]
        near = any(is_sex[k + 1:k + 4])
        if word in _HI_POSTPOSITION or word in _UR_POSTPOSITION or word in _MORE_POSTPOSITION:
            if not near:
                continue
            names = [t for _, _, t in toks[max(0, k - 2):k]]
            while names and names[0] in _NOT_NAME:
                names = names[1:]
            if names and _name_words(names) and not any(t in sexual for t in names):
                start = toks[k - len(names)][0]
                out.append(_found(nt, field, text, start, toks[k - 1][1], "possessive", word, script))
        elif script == "Bengali" and word.endswith(_BN_POSSESSIVE) and near and word not in _NOT_NAME:
            names = [t for _, _, t in toks[max(0, k - 1):k]] + [word]
            while names and names[0] in _NOT_NAME:
                names = names[1:]
            if names and _name_words(names) and not any(t in sexual for t in names):
                start = toks[k - len(names) + 1][0]
                out.append(_found(nt, field, text, start, toks[k][1], "possessive", "-র", script))
        elif near and not is_sex[k] and word not in _NOT_NAME and (
                word.endswith(_SUFFIX_POSSESSIVE.get(script, ()))
                or (script in _PREFIX_POSSESSIVE and word.startswith(_PREFIX_POSSESSIVE[script]) and len(word) > 2)):
            # a possessive ending glued to the (last) name word: "ராஜனின்", "ნინოს", "የሰላም"
            prev = toks[k - 1][2] if k and not is_sex[k - 1] and toks[k - 1][2] not in _NOT_NAME else None
            first = k - 1 if prev is not None and (script not in _PREFIX_POSSESSIVE) else k
            names = [t for _, _, t in toks[first:k + 1]]
            if _name_words(names) and not any(t in sexual for t in names):
                cue = _PREFIX_POSSESSIVE.get(script) or "possessive ending"
                out.append(_found(nt, field, text, toks[first][0], toks[k][1], "possessive", cue, script))
    # the field opens with one or two name words and a sexual word ("आलिया भट्ट नंगी")
    for size in (2, 1):
        if n > size and is_sex[size] and _name_words([t for _, _, t in toks[:size]]) \
                and not any(is_sex[:size]) and not any(f.span.start == toks[0][0] for f in out):
            out.append(_found(nt, field, text, toks[0][0], toks[size - 1][1], "subject", toks[size][2], script))
            break
    return out


def _thai_names(nt, field: str, text: str, terms: tuple[str, ...]) -> list[Finding]:
    """Thai: the one or two words after ของ ("of") that follows a sexual word: "ภาพเปลือยของใหม่ ดาวิกา"."""
    out: list[Finding] = []
    for a, b in _cjk_sexual_spans(text, terms):
        k = text.find("ของ", b, b + 12)
        if k < 0:
            continue
        m = re.compile(r"[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+)?").match(text, k + 3)
        if m is None:
            continue
        words = m.group(0).split()
        if words and words[0] not in _NOT_NAME and not any(w.startswith(tuple(_NOT_NAME_TH_PREFIX)) for w in words[:1]):
            out.append(_found(nt, field, text, m.start(), m.end(), "possessive", "ของ", "Thai"))
    return out


#: Words after a sexual word in Arabic, Persian, Urdu and Hebrew that are no name: prepositions,
#: demonstratives, adjectives of a picture, person nouns (round 8).
_AFTER_NOT_NAME = frozenset(
    """في على من مع الى إلى عن هذه هذا ذلك تلك كل جميلة جميل مثيرة مثير كاملة كامل حقيقية حقيقي ساخنة ساخن
    واضحة جديدة جديد قديمة عالية بجودة بدقة امرأة فتاة بنت رجل شاب سيدة نساء بنات لامرأة لفتاة لبنت لرجل لها له لهم
    ممثلة مغنية عارضة زوجة زوجتي جارة جارتي صديقة صديقتي زميلة زميلتي
    از در با برای یک این آن زیبا داغ جدید کامل واقعی سکسی زن دختر مرد خانم
    میں سے پر کے کی کا اور خوبصورت لڑکی عورت
    של עם על ב את זה זו הזאת הזה יפה יפהפייה חדשה מלאה אמיתית אישה בחורה ילדה גבר שלה שלו שלי שלהם
    ممرضة معلمة مدرسة طالبة سكرتيرة خادمة راقصة مضيفة طبيبة شقراء سمراء عربية نحيفة ممتلئة
    پرستار معلم دانشجو منشی رقاص بور سبزه
    نرس استانی طالبہ سیکرٹری
    אחות מורה סטודנטית מזכירה רקדנית בלונדינית ג'ינג'ית שחרחורת""".split())


def _semitic_names(nt, field: str, text: str, script: str, sexual: frozenset[str]) -> list[Finding]:
    """Arabic-script and Hebrew fields: the name after a sexual word ("صور عارية لهيفاء وهبي", "عکس لخت
    نیلوفر احمدی", "תמונה עירומה של גל גדות"): a word with the preposition ل joined, or after של, or two
    words neither of which is a preposition, adjective or person noun; and Urdu's postpositions (کی)."""
    toks, is_sex = _tokens_and_sexual(text, sexual)
    if not any(is_sex):
        return []
    out: list[Finding] = []
    n = len(toks)
    for k in range(n):
        if not is_sex[k]:
            continue
        j = k + 1
        while j < n and (is_sex[j] or toks[j][2] in _MEDIA_NOUNS):
            j += 1  # "صور عارية" then what they are of; "פורנו דיפפייק של ..." past the medium
        if j < n and toks[j][2] in ("של", "از", "کی", "کے", "کا"):
            j += 1  # "of": Hebrew של, Persian از ("عکس لخت از رضا حسینی"), Urdu's postpositions
            need = 1
        elif j < n and toks[j][2].startswith("ل") and len(toks[j][2]) >= 4 \
                and not {toks[j][2], toks[j][2][1:]} & (_NOT_NAME | _AFTER_NOT_NAME):
            need = 1
        else:
            need = 2
        names = []
        for q in range(j, min(n, j + 2)):
            t = toks[q][2]
            if {t, t[1:] if t.startswith("ل") else t} & (_AFTER_NOT_NAME | _NOT_NAME) or is_sex[q] or len(t) < 2:
                break
            names.append(q)
        if len(names) >= need:
            out.append(_found(nt, field, text, toks[names[0]][0], toks[names[-1]][1], "after_sexual", toks[k][2], script))
    # Round 9: two name words opening the field right before the sexual word ("هيفاء وهبي عارية في
    # السرير", "בר רפאלי עירומה במיטה", "علی دایی بدون لباس"). A description opens with a person or
    # picture noun (in the lists) or a word with the article ("البنت", "הבחורה"), which names never take.
    first = next((k for k in range(n) if is_sex[k]), None)
    # Round 12: the clause may open after a greeting and a colon ("مرحبا، أنشئ لي هذه الصورة: رانيا يوسف
    # تمارس الجنس"), and one or two words (a verb: "تمارس", "در حال") may stand before the sexual word.
    s0 = 0
    if first is not None:
        colon = text.rfind(":", 0, toks[first][0])
        if colon < 0:
            colon = text.rfind("：", 0, toks[first][0])
        if colon >= 0:
            s0 = next((q for q in range(n) if toks[q][0] > colon), first)
    middle = [toks[q][2] for q in range(s0 + 2, first)] if first is not None else []
    if first is not None and first - s0 >= 2 and not out and (
            not middle or middle == ["در", "حال"] or len(middle) == 1 and _verb_like(middle[0])):
        w1, w2 = toks[s0][2], toks[s0 + 1][2]
        article = ("ال",) if script == "Arabic" else ("ה",)
        if (not {w1, w2} & (_AFTER_NOT_NAME | _NOT_NAME | _MEDIA_NOUNS) and len(w1) >= 2 and len(w2) >= 2
                and not w1.startswith(article) and not w2.startswith(article)):
            out.append(_found(nt, field, text, toks[s0][0], toks[s0 + 1][1], "before_sexual", toks[first][2], script))
    # Round 12: whose face a sexual request puts on another body ("תשים את הפנים של X בסרט פורנו").
    for k in range(n - 2):
        if toks[k][2] in _FACE_OF and (toks[k + 1][2] == "של" or script == "Arabic"):
            q = k + 2 if toks[k + 1][2] == "של" else k + 1
            t = toks[q][2]
            if not {t} & (_AFTER_NOT_NAME | _NOT_NAME | _MEDIA_NOUNS) and len(t) >= 2 and not t.startswith(("ה", "ال")):
                end = q + 1 if q + 1 < n and not {toks[q + 1][2]} & (_AFTER_NOT_NAME | _NOT_NAME) \
                    and not toks[q + 1][2].startswith(("ב", "ل", "في", "على")) else q
                out.append(_found(nt, field, text, toks[q][0], toks[end][1], "face_of", toks[k][2], script))
                break
    if script == "Arabic":
        out.extend(f for f in _spaced_names(nt, field, text, script, sexual) if f.evidence.get("slot") == "possessive")
    return out


def _verb_like(word: str) -> bool:
    """One word between a name and the sexual word that can be its verb ("تمارس", "עושה"): no listed
    noun, no medium, no preposition glued on (Hebrew ב/ל/מ, Arabic في/على are words of their own)."""
    return (len(word) >= 3 and word not in _AFTER_NOT_NAME and word not in _NOT_NAME and word not in _MEDIA_NOUNS
            and not word.startswith(("ב", "ל", "מ", "ה", "ال", "بال", "في", "على")))


#: Face nouns whose owner a face swap names (he "הפנים של", ar "وجه", fa "صورت"; round 12).
_FACE_OF = frozenset("הפנים פנים وجه صورت چهره".split())
#: Media nouns between a sexual word and whose it is ("פורנו דיפפייק של", "عکس لخت از").
_MEDIA_NOUNS = frozenset(
    """דיפפייק דיפ-פייק תמונה תמונות סרטון סרטונים וידאו צילום צילומים
    ديب فيك ديبفيك صور صورة فيديو مقطع مقاطع
    دیپ‌فیک دیپفیک عکس عکسهای عکس‌های ویدیو فیلم کلیپ
    ڈیپ فیک ڈیپفیک تصویر تصاویر ویڈیو فلم""".split())


#: Korean particles a name takes before a sexual word ("수지의 누드", "아이유가 알몸으로"): see
#: ``_KO_PARTICLES`` below (one tuple; an earlier shorter one here was shadowed by it at import); the
#: person, picture and body nouns that stand in a name's place there are ``script_words._KO_NOT_NAME``.

#: Relational nouns of a place phrase ("침대 위에서" on the bed, "차 안에서" in the car).
_KO_RELATIONAL = ("위", "아래", "밑", "앞", "뒤", "옆", "안", "밖", "속", "근처", "사이", "가운데")


def _ko_opening_name(word: str) -> bool:
    """A word opening a field before a place phrase that can be a name: 2-3 syllables from a family
    syllable, no place, no person or place noun ("서울", "공원", "여자")."""
    return (2 <= len(word) <= 3 and all("\uac00" <= c <= "\ud7a3" for c in word) and word[0] in _HANGUL_FAMILY
            and word not in _KO_PLACES and word not in _KO_NOT_NAME and word not in _KO_NOUNS
            and word not in _KO_PLACE_NOUNS)


def _hangul_names(nt, field: str, text: str, sexual: frozenset[str], terms: tuple[str, ...]) -> list[Finding]:
    """Korean: a word of 2-4 syllables right before a sexual word, at the field start or after a
    request word, with or without a particle ("수지 알몸", "수지의 누드 사진")."""
    toks = _tokens(text)
    out: list[Finding] = []
    phrases = _ko_phrases()
    for k in range(len(toks) - 1):
        nxt = toks[k + 1][2]
        if not (nxt in sexual or any(nxt.startswith(t) for t in terms)
                or nxt in phrases and text.startswith(phrases[nxt], toks[k + 1][0])):
            continue  # round 22: or a sexual phrase of two words opens there ("상의 탈의", topless)
        # round 12: the subject may stand before a place phrase ("제니 침대에서 알몸"): step back over one
        # word with a place ending, unless it is a relational noun ("침대 위에서": on the bed) or a person
        # noun after the sexual word is the subject ("서울 호텔에서 알몸인 모델")
        after = toks[k + 2][2] if k + 2 < len(toks) else ""
        if (k in (1, 2) and toks[k][2].endswith(_KO_ADVERBIAL) and not toks[k][2].startswith(_KO_RELATIONAL)
                and after not in _KO_NOT_NAME and _ko_opening_name(toks[0][2])):
            k = 0  # the name opens the field: "제니 침대에서 알몸", "윤아 호텔 방에서 섹스"
        w = toks[k][2]
        stem = w
        for p in _KO_PARTICLES:
            if stem.endswith(p) and len(stem) - len(p) >= 2:
                stem = stem[: -len(p)]
                break
        if not (2 <= len(stem) <= 4) or not all(script_of(c) == "Hangul" for c in stem) or stem in _KO_NOT_NAME:
            continue
        if w.endswith(_KO_ADVERBIAL):
            continue  # round 12: "침대 위에서 알몸인", "호텔에서 알몸인": where, not who
        if any(stem.startswith(t) or t.startswith(stem) for t in terms):
            continue  # a sexual word itself ("누드", "알몸")
        if k == 0 or toks[k - 1][2] in ("사진", "그림", "만들어줘", "보여줘") or k == 1:
            out.append(_found(nt, field, text, toks[k][0], toks[k][0] + len(stem), "subject", nxt, "Hangul"))
    if not out:
        out.extend(_hangul_after_or_face(nt, field, text, toks, sexual, terms))
    return out


@functools.lru_cache(maxsize=1)
def _ko_phrases() -> dict[str, tuple[str, ...]]:
    """Round 22: first word -> the lexicon's Korean phrases of nudity or explicit grade opening with it
    ("상의" -> "상의 탈의"): :func:`.scripts._sexual_terms` keeps their words loose, not the phrases."""
    from ..._data import read_text

    out: dict[str, set[str]] = {}
    for line in read_text("text/data/sexual_terms.tsv").splitlines():
        cols = line.split("\t", 2)
        term = cols[0].strip().lower()
        parts = term.split()
        if len(cols) > 1 and cols[1] in ("nudity", "explicit") and len(parts) >= 2 and not term.startswith("re:") \
                and "*" not in term and all(script_of(c) == "Hangul" for c in parts[0]):
            out.setdefault(parts[0], set()).add(term)
    return {k: tuple(sorted(v)) for k, v in out.items()}


#: Thai words a person phrase after ของ opens with that are no name (relations, pronouns, "this").
_NOT_NAME_TH_PREFIX = ("เพื่อน", "แฟน", "เธอ", "เขา", "ฉัน", "ผม", "ผู้หญิง", "สาว", "คน", "นี้", "นั้น", "พี่", "น้อง", "แม่", "ลูก")


def same_script_names(nt, field: str) -> list[Finding]:
    """``name_in_slot`` findings for names written in the field's own uncased or unspaced script
    (one per span: two cues may point at the same name)."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in _same_script_names(nt, field):
        key = (f.span.start, f.span.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _same_script_names(nt, field: str) -> list[Finding]:
    text = nt.folded.text
    if text.isascii():
        return []
    script = _field_script(text)
    if script is None or script in ("Latin", "Cyrillic", "Greek", "Armenian"):
        return []  # cased scripts have readers of their own
    _, cjk, words = _sexual_terms()
    if script == "CJK":
        return _cjk_names(nt, field, text, cjk)
    if script == "Hangul":
        return _hangul_names(nt, field, text, words, tuple(t for t in cjk if script_of(t[0]) == "Hangul"))
    if script == "Thai":
        thai = tuple(w for w in words if script_of(w[0]) == "Thai")
        return _thai_names(nt, field, text, thai)
    if script in _INDIC or script in _SPACED:
        return _spaced_names(nt, field, text, script, words)
    if script in ("Arabic", "Hebrew"):
        return _semitic_names(nt, field, text, script, words)
    return []


# --- names in ordinary prompts (no sexual word needed) ------------------------------------------
# A celebrity named in an ordinary prompt written in her own script ("प्रियंका चोपड़ा समुद्र तट पर",
# "杨幂在海边散步", "石原さとみがカフェで") is a real person as much as "Priyanka Chopra at the beach".
# Devanagari and Bengali are read by transliterating a word to Latin letters and asking the Latin
# gazetteer (35,000 given names of every culture: "priyanka", "deepika", "aliya"); Han and Kana by
# the family-name lists and a particle or verb after the name. Hangul is left out: three-syllable
# words opening with a family syllable are ordinary nouns as often ("고양이" cat, "강아지" puppy).

from .indic_latin import _INDIC_WORDS, indic_to_latin  # noqa: E402,F401  (re-exported: own_script_slots.py)


_ZH_AFTER_NAME = frozenset("在穿和与跟的是戴拿站坐走跳笑吃喝看读骑弹唱抱躺靠打做去来画,，。、 "
                           "包煮炒跑踢拍写种逛喂接参參讲講举舉")  # "谢娜包饺子的漫画"; r16: "X接受电视采访"
_JA_AFTER_NAME = frozenset("がのはをとにもで、。, ")


def native_script_names(nt, field: str, gaz, likeness=None) -> list[Finding]:
    """``full_name`` findings for names written in the field's own uncased script in any prompt."""
    text = nt.folded.text
    if text.isascii():
        return []
    script = _field_script(text)
    if script in ("Devanagari", "Bengali"):
        return _indic_full_names(nt, field, text, script, gaz, likeness)
    if script == "CJK":
        found = _cjk_full_names(nt, field, text)
        return found + [f for f in _ja_after_adnominal(nt, field, text)
                        if not any(g.span.start < f.span.end and f.span.start < g.span.end for g in found)]
    if script == "Hangul":
        return _hangul_full_names(nt, field, text)
    return []


# Round 11: a Korean full name in any prompt ("김민지가 노래하는 모습", "박서연의 초상화"): three syllables, a
# family syllable then two syllables of given names, with a particle glued on or what a person does
# after it. Three-syllable nouns built the same way are listed ("강아지" puppy, "지하철" subway).
_KO_GIVEN = frozenset("민지서연수현은혜유윤예채다나소주아영희진경미정선우준도성태재동원상승호훈빈인혁석철용기한세시린율온별솔봄보효숙순옥자애슬래리름람건찬규범균완형휘결겸욱웅일종열")  # no 하: 하다 verbs ("노래하는")
_KO_PARTICLES = ("이가", "에게", "한테", "하고", "가", "이", "는", "은", "의", "와", "과", "를", "을", "도", "랑", "씨", "님")
_KO_AFTER = ("하는", "는", "모습", "사진", "초상화", "인터뷰", "콘서트", "무대")


def _hangul_full_names(nt, field, text) -> list[Finding]:
    toks = _tokens(text)
    for k, (start, _end, word) in enumerate(toks):
        stem = next((word[:-len(p)] for p in _KO_PARTICLES if word.endswith(p) and len(word) - len(p) == 3), word)
        if len(stem) != 3 or stem in _KO_NOUNS or not all("\uac00" <= c <= "\ud7a3" for c in stem):
            continue
        if stem[0] not in _HANGUL_FAMILY or stem[1] not in _KO_GIVEN or stem[2] not in _KO_GIVEN:
            continue
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        prev = toks[k - 1][2] if k > 0 else ""
        # round 12: or after an adnominal verb ("자전거 타는 이정은", "책 읽는 한효주 캐리커처"): who does it
        if stem != word or nxt.endswith(_KO_AFTER) or nxt in _KO_PICTURE or prev.endswith(_KO_ADNOMINAL):
            return [_full(nt, field, text, start, start + 3, "Hangul", "particle" if stem != word else nxt)]
    return _korean_after_clause(nt, field, text, toks)


def _indic_full_names(nt, field, text, script, gaz, likeness=None) -> list[Finding]:
    toks = _tokens(text)
    out: list[Finding] = []
    phrase_words = _sexual_terms()[0]  # every word of the lexicon's terms ("बिना कपड़ों के" is no name)
    k = 0
    while k + 1 < len(toks) and len(out) < 16:
        w1, w2 = toks[k][2], toks[k + 1][2]
        if (w1 in _NOT_NAME or w2 in _NOT_NAME or w1 in _INDIC_WORDS or w2 in _INDIC_WORDS
                or w1 in phrase_words or w2 in phrase_words
                or w2 in _HI_POSTPOSITION or len(w1) < 3 or len(w2) < 2):
            k += 1
            continue
        forms1 = indic_to_latin(w1)
        forms2 = indic_to_latin(w2.removesuffix("ের").removesuffix("র") if script == "Bengali" else w2)
        given = any(f in gaz.first and not gaz.is_common_word(f) for f in forms1)
        # two name parts: a given name, then a surname or another given name ("आलिया भट्ट")
        surname = any((f in gaz.surname_rank or f in gaz.first) and not gaz.is_common_word(f) for f in forms2)
        # Round 9: a listed part and an unlisted one the name-likeness model reads as a name
        # ("अमित यादव": Amit is listed, Yadav is not; "তানজিলা রহমান": Rahman is).
        if likeness is not None and given != surname:
            other = forms2 if given else forms1
            surname = given = any(len(f) >= 4 and not gaz.is_known(f) and likeness.prob(f) >= 0.8 for f in other)
        if given and surname:
            out.append(_full(nt, field, text, toks[k][0], toks[k + 1][1], script,
                             "given+surname" if surname else "given"))
            k += 2
            continue
        k += 1
    return out


def _cjk_full_names(nt, field, text) -> list[Finding]:
    out: list[Finding] = []
    n = min(len(text), 4000)
    k = 0
    while k < n and len(out) < 16:
        # Japanese: a listed family name and a given name of 1-2 Han or 2-4 Kana, then a particle
        if (k == 0 or not (_han(text[k - 1]) or _kana(text[k - 1]))) and _han(text[k]):
            hit = None
            for fam in (3, 2, 1):
                if text[k:k + fam] in _JA_FAMILY:
                    g = k + fam
                    for given in (4, 3, 2, 1):
                        piece = text[g:g + given]
                        end = g + given
                        if len(piece) != given or end > n:
                            continue
                        ok = all(_han(c) for c in piece) and given <= 2 or all(_kana(c) for c in piece) and given >= 2
                        if ok and (end == n or text[end] in _JA_AFTER_NAME):
                            hit = end
                            break
                    if hit:
                        break
            if hit:
                out.append(_full(nt, field, text, k, hit, "Han", "family name"))
                k = hit
                continue
            # Chinese: a family name and one or two characters, at the field start or after a request
            # word, followed by a verb or particle of a scene ("杨幂在海边", "周杰伦弹钢琴")
            for size in (3, 2):
                end = k + size
                if end > n or not all(_han(c) for c in text[k:end]) \
                        or text[k] not in _HAN_FAMILY and text[k] not in _ZH_MORE_FAMILY or text[k:k + 2] in _ZH_NOT_NAME:
                    continue
                if end < n and text[end] not in _ZH_AFTER_NAME:
                    continue
                out.append(_full(nt, field, text, k, end, "Han", "family name"))
                k = end
                break
            else:
                k += 1
            continue
        if _han(text[k]) and k > 0:
            for cue in _ZH_BEFORE:
                if text.endswith(cue, 0, k):
                    for size in (3, 2):
                        end = k + size
                        if end <= n and all(_han(c) for c in text[k:end]) and text[k] in _HAN_FAMILY \
                                and text[k:k + 2] not in _ZH_NOT_NAME and (end == n or text[end] in _ZH_AFTER_NAME):
                            out.append(_full(nt, field, text, k, end, "Han", "after " + cue))
                            k = end - 1
                            break
                    break
        k += 1
    return out


#: Every word the readers above refuse as a name (slots.py refuses them too).
NOT_NAME_WORDS = _NOT_NAME | _NOT_NAME_11 | _AFTER_NOT_NAME | _KO_NOT_NAME | _INDIC_WORDS
