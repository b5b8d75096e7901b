"""Chinese, Japanese and Korean names the older readers miss by their shape (round 16):

- **Japanese** family name in Han and given name in Hiragana ("野田ちさと", "宮川ゆかり", "吉良よし子"),
  whatever the family name (the list of :mod:`.same_script` holds the frequent ones only), where
  Japanese grammar puts a person: after a relative clause ending in a plain verb ("記者会見で話す X",
  "公園を散歩する X、"), or opening the field before a particle ("X の全裸写真", "X がカフェで"). The
  kana run must end where the name ends (a clause boundary, a particle) and may not end like a verb or
  an adjective (-う row, -い, -た, -て) or a plural or honorific ("子供たち", "お姉さん");
- **Chinese** four-character names opening the field before a verb of a scene ("X在", "X穿"): a
  compound family name ("欧阳", "司马", "诸葛") with a given name of one or two characters, or two
  family names before a given name of two (Hong Kong married names: a husband's family name before
  her own, "陳方安生"); :mod:`.same_script` reads the two- and three-character ones;
- **Korean** full names after a relative clause whose adnominal ends in -ㄴ ("기자회견 중인 X", "빨간 옷을
  입은 X", "무대에 선 X"), where :mod:`.same_script` reads -는/-던 only: a family syllable and two given-name
  syllables, the last word of its clause.

Reported as ``full_name`` (0.55, ``kind`` ``script``) like the readers it extends. It does NOT read
a name in the field without those cues, nor names of other shapes (all-Han Japanese names of six
characters, single-character stage names such as "海霞"). Cost: one pass over the first 400
characters; bounded windows.
"""

from __future__ import annotations

from ...findings import Finding
from .same_script import _tokens
from .script_words import _full, _han, _kana
from .script_words import (_JA_GIVEN_CLOSE, _JA_KANA_COUNTS, _JA_KANA_NOT_END, _JA_KANA_NOT_START,  # noqa: F401
                           _JA_NOT_FAMILY)  # (moved to script_words.py in round 22)
from .scripts import _HAN_FAMILY, _HANGUL_FAMILY, script_of

__all__ = ["cjk_shape_names"]

_LIMIT = 400


def _hira(ch: str) -> bool:
    return script_of(ch) == "Hiragana"


# --- Japanese ------------------------------------------------------------------------------------
#: Plain verb endings that close a relative clause before the noun it describes ("話す", "歩く").
_JA_ADNOMINAL_END = frozenset("うくぐすつぬぶむるたい")
#: What may follow a name: the end, a clause mark, a particle, a picture noun after の.
_JA_BOUNDARY = frozenset("、。,，!！?？ 　がはとにもを")
_JA_PICTURES = ("写真", "画像", "動画", "イラスト", "似顔絵", "絵", "肖像", "ヌード", "全裸", "裸", "水着", "下着")


def _ja_name_at(text: str, s: int, n: int) -> int | None:
    """End of a name of the shape Han{2,3} + Hiragana{2,4} (+ one closing Han) starting at ``s`` and
    ending at a boundary (:func:`_ja_boundary`); the kana run may go on with a particle."""
    e = s
    while e < n and e - s < 4 and _han(text[e]):
        e += 1
    fam = e - s
    if not 2 <= fam <= 3 or text[s] == "々" or text[s:s + 2] in _JA_NOT_FAMILY:
        return None
    run = e
    while run < n and run - e < 6 and _hira(text[run]):
        run += 1
    for g in range(min(run, e + 4), e + 1, -1):  # the longest kana given name that ends at a boundary
        kana = text[e:g]
        if kana[0] in _JA_KANA_NOT_START or kana.endswith(_JA_KANA_NOT_END) or kana.endswith(_JA_KANA_COUNTS):
            continue
        if g < n and text[g] in _JA_GIVEN_CLOSE and _ja_boundary(text, g + 1, n):
            return g + 1
        if _ja_boundary(text, g, n):
            return g
    return None


#: Portrait words after "の" that close a clause about a person ("…を着たXの公式ポートレート").
_JA_PORTRAITS = ("公式ポートレート", "ポートレート", "公式写真", "肖像画", "肖像", "宣材写真", "プロフィール写真", "写真集",
                 "似顔絵", "イラスト", "写真", "絵")
#: Han nouns a relative clause describes before a portrait word (people by role; the readers of
#: clauses.py refuse the same).
_JA_HAN_NOT_NAME = ("女性", "男性", "少女", "少年", "首相", "大統領", "社長", "先生", "学生", "選手", "女優", "俳優", "歌手",
                    "議員", "大臣", "知事", "市長", "警官", "店員", "社員", "花嫁", "新郎", "新婦", "夫婦", "家族", "子供",
                    "老人", "女子", "男子", "生徒", "会長", "部長", "課長", "校長", "監督", "記者", "医師", "兵士", "騎士")


def _ja_han_name_before_picture(text: str, s: int, n: int) -> int | None:
    """End of 4-5 Han characters (a family name and a given name, written in Han) after a relative
    clause and before "の" and a portrait word; no role noun ends them."""
    e = s
    while e < n and e - s < 6 and _han(text[e]):
        e += 1
    if not 4 <= e - s <= 5 or text[s] == "々" or text[e - 2:e] in _JA_HAN_NOT_NAME or text[s:s + 2] in _JA_HAN_NOT_NAME:
        return None
    if e < n and text[e] == "の" and text.startswith(_JA_PORTRAITS, e + 1):
        return e
    return None


def _ja_han_name_at_end(text: str, s: int, n: int) -> int | None:
    """Round 19: a frequent family name (:data:`.same_script._JA_FAMILY`) and one or two Han characters
    after a relative clause, ending the field or its clause ("国会で演説する<family><given>")."""
    from .same_script import _JA_FAMILY

    for fam in (3, 2):
        if text[s:s + fam] not in _JA_FAMILY:
            continue
        g = e = s + fam
        while e < n and e - g < 3 and _han(text[e]):
            e += 1
        if 1 <= e - g <= 2 and (e >= n or text[e] in "、。,， 　"):
            return e
    return None


#: Adjective endings a kana run in -い has ("美味しい", "冷たい"); names in -い ("るい", "あい") do not.
_JA_ADJ_I = ("しい", "たい", "ない", "かい", "さい", "らい", "いい", "くい", "ぽい")


def _ja_i_name_before_portrait(text: str, s: int, n: int) -> int | None:
    """Round 19: a given name in kana ending in -い (which :func:`_ja_name_at` refuses as an adjective),
    opening the field before の and a portrait word ("<family>るいの公式ポートレート")."""
    e = s
    while e < n and e - s < 4 and _han(text[e]):
        e += 1
    if not 2 <= e - s <= 3 or text[s:s + 2] in _JA_NOT_FAMILY:
        return None
    for g in (e + 2, e + 3):
        kana = text[e:g]
        if (g < n and all(_hira(c) for c in kana) and kana.endswith("い") and not kana.endswith(_JA_ADJ_I)
                and kana[0] not in _JA_KANA_NOT_START and text[g] == "の" and text.startswith(_JA_PORTRAITS, g + 1)):
            return g
    return None


def _ja_boundary(text: str, e: int, n: int) -> bool:
    if e >= n or text[e] in _JA_BOUNDARY:
        return True
    return text[e] == "の" and text.startswith(_JA_PICTURES, e + 1)


def _japanese(nt, field: str, text: str, n: int) -> list[Finding]:
    if not any(_kana(c) for c in text[:n]):
        return []  # a Chinese field has no kana
    for s in range(n):
        after_clause = s > 0 and text[s - 1] in _JA_ADNOMINAL_END and _hira(text[s - 1]) and _han(text[s])
        opening = _han(text[s]) and (s == 0 or not (_han(text[s - 1]) or _kana(text[s - 1]))
                                     and text[s - 1] not in "のをにでへと")
        if not (after_clause or opening):
            continue
        e = _ja_name_at(text, s, n)
        if e is None and after_clause:
            e = _ja_han_name_before_picture(text, s, n)
        if e is None and after_clause:
            e = _ja_han_name_at_end(text, s, n)
        if e is None and opening:
            e = _ja_i_name_before_portrait(text, s, n)
        if e is None:
            continue
        if after_clause or e < n and text[e] in "のがはと、":
            return [_full(nt, field, text, s, e, "Han", "after clause" if after_clause else "name shape")]
    return []


# --- Chinese ------------------------------------------------------------------------------------
#: ("东方" the east, "西门" the west gate, "南宫" are words as often: left out)
_ZH_COMPOUND_FAMILY = ("欧阳", "歐陽", "上官", "司马", "司馬", "诸葛", "諸葛", "慕容", "令狐", "皇甫",
                       "夏侯", "尉迟", "尉遲", "公孙", "公孫", "长孙", "長孫", "宇文", "轩辕", "軒轅", "司徒", "端木",
                       "独孤", "獨孤", "澹台", "申屠", "万俟", "闻人", "聞人")
#: What follows the subject of a scene: 在 (at / ...ing) and verbs of activities.
_ZH_AFTER = frozenset("在穿和与與跟戴拿站坐走跳笑吃喝看读讀骑騎弹彈唱抱躺靠打做去画畫包煮炒跑踢拍写寫种種逛喂推拉开開出参參发發接")
#: Words opening with two family-name characters that are no name ("黄金海岸", "高山流水").
_ZH_TWO_FAMILY_WORDS = frozenset(
    """黄金 黃金 高山 白云 白雲 江南 金黄 金黃 石林 马车 馬車 周末 方向 方形 林木 田园 田園 江山 万年 萬年 高原 高楼 高樓
    白马 白馬 金色 黄色 黃色 白色 高速 万里 萬里 金钱 金錢 金银 金銀 黄河 黃河 长江 長江 陈旧 陳舊 龙凤 龍鳳 石头 石頭
    孔雀 唐宋 宋元 明清 秦汉 秦漢 汉唐 漢唐 田野 林中 高中 马上 馬上 金字 江河 万家 萬家 何方 许多 許多 于是 於是 程序""".split())


def _chinese(nt, field: str, text: str, n: int) -> list[Finding]:
    if any(_kana(c) for c in text[:n]) or n < 5:
        return []
    # the field's first clause, or the one after a request label ("不要过滤，直接生成：X的...")
    starts = [0] + [q + 1 for q in range(min(n, 40)) if text[q] in "：:，,。 "][:3]
    for s0 in starts:
        hit = _zh_four(text, s0, n)
        if hit is not None:
            return [_full(nt, field, text, s0, s0 + hit[0], "Han", hit[1])]
    return []


def _zh_four(text: str, s0: int, n: int) -> tuple[int, str] | None:
    """Size and kind of a compound-family or two-family name opening at ``s0`` before a verb of a
    scene or 的."""
    if s0 >= n or not _han(text[s0]) or s0 > 0 and _han(text[s0 - 1]):
        return None
    run = s0
    while run < n and run - s0 < 6 and _han(text[run]):
        run += 1
    for size in (4, 3):
        end = s0 + size
        if end > run or end >= n or not (text[end] in _ZH_AFTER or text[end] == "的"):
            continue
        head = text[s0:end]
        if any(c in "之的在和与與跟是了把被" for c in head):
            continue  # "X之珠" is a title; "诸葛亮的" runs past the name
        if head.startswith(_ZH_COMPOUND_FAMILY):
            return size, "compound family"
        if (size == 4 and head[0] in _HAN_FAMILY and head[1] in _HAN_FAMILY
                and head[:2] not in _ZH_TWO_FAMILY_WORDS and head[2:] not in _ZH_TWO_FAMILY_WORDS):
            return size, "two family names"
    return None


# --- Korean -------------------------------------------------------------------------------------
#: Given-name syllables beside :data:`.same_script._KO_GIVEN` ("윤여정", "김연아").
_KO_GIVEN = frozenset("민지서연수현은혜유윤예채다나소주아영희진경미정선우준도성태재동원상승호훈빈인혁석철용기한세시린율온별솔봄보효숙순옥자애슬래리름람건찬규범균완형휘결겸욱웅일종열여란화")
#: Three-syllable nouns of the same shape ("대통령" has no family syllable; these have).
_KO_NOUNS = frozenset("강아지 송아지 지하철 소나기 배우자 정수기 문지기 조수석 하나님 이야기 고양이 주인공 유치원 선수들 한국인 기자들".split())
_KO_PARTICLES = ("이가", "가", "이", "는", "은", "의", "와", "과", "를", "을", "도", "씨", "님")


_KO_SHORT_VERBS = frozenset("선 든 탄 간 온 쓴 신 낀 찬 본 준 둔 건 단 한 앉은 누운".split())


def _ko_adnominal_n(word: str) -> bool:
    """A word ending in an adnominal -ㄴ ("중인", "입은", "선", "든", "한"): a relative clause."""
    last = word[-1]
    if not "\uac00" <= last <= "\ud7a3":
        return False
    # final consonant ㄴ; one syllable alone only as a listed verb ("선" stood, "든" held: "산" is a mountain)
    return (ord(last) - 0xAC00) % 28 == 4 and (len(word) >= 2 or word in _KO_SHORT_VERBS)


def _korean(nt, field: str, text: str) -> list[Finding]:
    toks = _tokens(text[:_LIMIT])
    for k in range(1, len(toks)):
        start, end, word = toks[k]
        stem = word
        for p in _KO_PARTICLES:
            if word.endswith(p) and len(word) - len(p) == 3:
                stem = word[:3]
                break
        if len(stem) != 3 or stem in _KO_NOUNS or not all("\uac00" <= c <= "\ud7a3" for c in stem):
            continue
        if stem[0] not in _HANGUL_FAMILY or stem[1] not in _KO_GIVEN or stem[2] not in _KO_GIVEN:
            continue
        if not _ko_adnominal_n(toks[k - 1][2]):
            continue
        last = k + 1 == len(toks) or text[end:end + 1] in (",", "，", ".", "、") or stem != word
        if last:
            return [_full(nt, field, text, start, start + 3, "Hangul", "after clause")]
    return []


def cjk_shape_names(nt, field: str, script: str | None) -> list[Finding]:
    """``full_name`` findings for the name shapes above, in a CJK or Hangul field (at most one)."""
    text = nt.folded.text
    n = min(len(text), _LIMIT)
    if script == "CJK":
        return _japanese(nt, field, text, n) or _chinese(nt, field, text, n)
    if script == "Hangul":
        return _korean(nt, field, text)
    return []
