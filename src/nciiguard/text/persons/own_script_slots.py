"""Full names in their own script where an ordinary prompt puts its subject (round 17).

The readers of :mod:`.same_script` and :mod:`.cjk_names` find a name written in Korean, Japanese,
Hindi, Hebrew or Arabic by the grammar of a sexual request, or by the frequent family names of a
list. An ordinary prompt ("a cartoon of X in a wide hat", "X opens a museum, news photo") names its subject in the same places with other words around it, and the name is often
on no list. This module reads the subject position of such prompts, per script:

- **Korean**: a word of three syllables (a particle may be glued on), a family syllable then two
  syllables used in given names, after a relative clause ending in -ㄴ/-는 ("챙 넓은 모자 쓴 X", "무대에
  선 X"), or opening the field when the field holds a picture or press word ("X 박물관 개관식, 보도사진"); three-syllable nouns of the same shape are listed (:data:`_KO_NOUNS`);
- **Japanese**: a family name of the frequent list (:data:`.same_script._JA_FAMILY` or
  :data:`_JA_FAMILY_MORE`) then a given name of one to three Han or two to four kana, or any Han
  family name of two or three characters then a given name of the shipped list
  (``names_script_given.txt``), opening the field or a quote and followed by a particle
  (が, の, は, と, 、): "X の肖像画", "X が書店で";
- **Hindi (Devanagari)**: two words opening the field (or a quote or a label), the first a given name
  of the shipped list or of the gazetteer (by its Latin spellings), the second no word of the lists
  of :mod:`.same_script` and name-like (the gazetteer or the name-likeness model, >= 0.4);
- **Hebrew and Arabic**: one or two words after "of" (של, or לـ / ل after a picture noun), after the
  Hebrew object marker את, after an Arabic picture or face noun in the construct state ("صورة X",
  "وجه X"), or opening the field, the first a given name of the shipped list (a given name that is
  also an everyday word, "ים", "نور", only with a second name word).

Reported as ``full_name`` (0.55, ``kind`` ``script``, ``cue`` the slot). Read only where no subject
was found. Limits: one-word stage names, names whose given part is on no list in Hebrew and Arabic,
Korean names whose given syllables are rare, and Japanese names written wholly in Han with an
unlisted family name and an unlisted given name are not read. Cost: one pass over the first 400
characters' words; set lookups, and at most eight name-likeness lookups per field.
"""

from __future__ import annotations

import functools
import unicodedata

from ...findings import Finding
from .same_script import _INDIC_WORDS, _JA_FAMILY, NOT_NAME_WORDS, _tokens, indic_to_latin
from .script_words import _KO_NOT_NAME, _KO_PLACE_NOUNS, _full, _han, _kana
from .script_words import _JA_FAMILY_MORE, script_given_names  # noqa: F401  (moved to script_words.py in round 22)
from .scripts import _HAN_FAMILY, _HANGUL_FAMILY, _KO_PLACES, script_of

__all__ = ["own_script_slot_names", "script_given_names"]

_LIMIT = 400




# --- Korean -------------------------------------------------------------------------------------
#: Syllables of Korean given names (second and third syllable of a three-syllable name).
_KO_GIVEN = frozenset(
    "민지서연수현은혜유윤예채다나소주아영희진경미정선우준도성태재동원상승호훈빈인혁석철용기한세시린율온별솔봄보효숙순옥자애슬래"
    "리름람건찬규범균완형휘결겸욱웅일종열여란화남금랑교평향분례녀해명신광문식환병익근택만길복덕춘월련설강산엽모운창학구표홍후귀")
#: Three-syllable nouns that open with a family syllable and are built of given-name syllables.
_KO_NOUNS = frozenset(
    """강아지 송아지 지하철 소나기 배우자 정수기 문지기 조수석 하나님 이야기 고양이 주인공 유치원 선수들 한국인 기자들 우주선 정원사 도자기
    유리창 소방서 경찰서 전시회 기념관 박물관 미술관 도서관 체육관 수영장 운동장 주차장 놀이터 공연장 기자회견 대통령 국회의원 선생님
    연예인 여배우 남배우 가수들 배우들 학생들 여학생 남학생 신혼부부 노부부 아주머니 할머니 할아버지 아가씨 한복 한옥마을 조선시대
    서울역 부산역 한강변 남산타워 경복궁 창덕궁 제주도 설악산 한라산 지리산 백두산 유람선 기차역 성당 교회당 전통시장 재래시장 시장통
    이번주 다음주 지난주 오늘밤 내일밤 주말에 연말연시 신년회 송년회 생일날 명절날 추석날 설날에 정월에""".split())
_KO_ADNOMINAL_ENDS = ("는", "던", "은", "인", "된", "한", "운", "린", "진", "긴", "신", "쓴", "든", "선", "탄", "간", "온", "찬", "낀", "준", "본")
_KO_PARTICLES = ("이가", "에게", "한테", "하고", "가", "이", "는", "은", "의", "와", "과", "를", "을", "도", "랑", "씨", "님")
#: Picture and press words that make a field about someone shown ("보도사진", "캐리커처", "초상화").
_KO_SHOWN = ("캐리커처", "캐리커쳐", "초상화", "그림", "만화", "일러스트", "스케치", "사진", "피규어", "포스터", "벽화", "우표",
             "보도사진", "화보", "인터뷰", "기자회견", "연설", "개관식", "개막식", "테이프", "시상식", "팬미팅", "캐릭터", "실사",
             "수채화", "유화", "초상", "소묘", "연필화", "판화", "흑백사진", "스티커", "엽서")


#: Round 21: nouns of place after a thing ("침대 위" on the bed, "소파 옆" by the sofa) before a person.
_KO_LOCATIVE = frozenset("위 앞 옆 안 아래 밑 뒤 속 곁".split())


def _ko_name(word: str) -> str | None:
    stem = next((word[:-len(p)] for p in _KO_PARTICLES if word.endswith(p) and len(word) - len(p) == 3), word)
    if len(stem) != 3 or not all("\uac00" <= c <= "\ud7a3" for c in stem) or stem in _KO_NOUNS \
            or stem in _KO_NOT_NAME or stem in _KO_PLACE_NOUNS or stem in _KO_PLACES:
        return None
    if stem[0] not in _HANGUL_FAMILY or stem[1] not in _KO_GIVEN or stem[2] not in _KO_GIVEN:
        return None
    return stem


def _korean(nt, field: str, text: str) -> list[Finding]:
    toks = _tokens(text[:_LIMIT])
    shown = any(w in text[:_LIMIT] for w in _KO_SHOWN)
    for k, (start, _end, word) in enumerate(toks):
        stem = _ko_name(word)
        if stem is None:
            continue
        prev = toks[k - 1][2] if k else ""
        nxt = toks[k + 1][2] if k + 1 < len(toks) else ""
        if prev and prev.endswith(_KO_ADNOMINAL_ENDS) and len(prev) >= 1 and (
                not nxt or stem != word or nxt.startswith(_KO_SHOWN) or text[_end:_end + 1] in ",，."):
            return [_full(nt, field, text, start, start + 3, "Hangul", "after clause")]
        if prev in _KO_LOCATIVE and k >= 2 and nxt and (stem != word or _ko_name(nxt) is None):
            # round 21: "침대 위 X ...", "소파 옆 X": a person placed on or by a thing
            return [_full(nt, field, text, start, start + 3, "Hangul", "after place")]
        if prev.endswith("의") and len(prev) >= 2 and stem == word and nxt.startswith(_KO_SHOWN):
            # round 21: "황토색 배경의 X 수채화": a picture of X on a setting ("... 배경의", "... 스타일의")
            return [_full(nt, field, text, start, start + 3, "Hangul", "before picture")]
        if k == 0 and shown and nxt and (stem != word or _ko_name(nxt) is None):
            return [_full(nt, field, text, start, start + 3, "Hangul", "field start")]
    return []


# --- Japanese -----------------------------------------------------------------------------------
_JA_AFTER = frozenset("がのはとも、。, 」'\"")
_JA_OPENERS = frozenset("「『'\"“‘（(【[ 　")


def _ja_at(text: str, s: int, n: int, given: frozenset[str]) -> int | None:
    """End of a family name (listed) and a given name (1-3 Han or 2-4 kana) at ``s``, before a particle."""
    for fam in (3, 2, 1):
        head = text[s:s + fam]
        if len(head) != fam or not all(_han(c) for c in head):
            continue
        listed = head in _JA_FAMILY or head in _JA_FAMILY_MORE
        g = s + fam
        for size in (4, 3, 2, 1):
            piece = text[g:g + size]
            end = g + size
            if len(piece) != size or end > n or end < n and text[end] not in _JA_AFTER:
                continue
            han = all(_han(c) for c in piece)
            kana = all(_kana(c) for c in piece)
            # a one-character family name only before kana ("湊かなえ"; "林檎が" is an apple)
            if listed and (han and size <= 3 and fam >= 2 or kana and size >= 2) or fam >= 2 and piece in given:
                return end
    return None


#: Round 21: what follows a name in a picture frame after a setting ("黄土色の背景でXの水彩画の肖像").
_JA_PICTURE_AFTER = ("の水彩画", "の肖像", "の油絵", "の油彩", "の似顔絵", "の写真", "のイラスト", "の絵", "のポートレート",
                     "の素描", "の鉛筆画", "のスケッチ", "のデッサン", "の版画", "の切手", "のポスター")


def _ja_shaped(text: str, s: int, n: int) -> int | None:
    """End of a name of any family (2-3 Han) with a given name of 2-4 hiragana (not grammar) or of two Han
    closing like a given name ("長谷川京子"), where a picture noun follows with の."""
    from .cjk_names import _JA_GIVEN_CLOSE, _JA_KANA_NOT_END, _JA_KANA_NOT_START, _JA_NOT_FAMILY

    for fam in (3, 2):
        head = text[s:s + fam]
        if len(head) != fam or not all(_han(c) for c in head) or head[:2] in _JA_NOT_FAMILY:
            continue
        g = s + fam
        for size in (4, 3, 2):
            piece, end = text[g:g + size], g + size
            if len(piece) != size or end > n or not text.startswith(_JA_PICTURE_AFTER, end):
                continue
            if all(script_of(c) == "Hiragana" for c in piece) and piece[0] not in _JA_KANA_NOT_START \
                    and not piece.endswith(_JA_KANA_NOT_END):
                return end
            if size == 2 and all(_han(c) for c in piece) and piece[-1] in _JA_GIVEN_CLOSE:
                return end
    return None


def _japanese(nt, field: str, text: str, n: int) -> list[Finding]:
    if not any(_kana(c) for c in text[:n]):
        return []  # a Chinese field
    given = script_given_names().get("CJK", frozenset())
    for s in range(1, min(n, 40)):
        # round 21: after a setting ("背景で", "公園で"), a name before "の" + a picture noun
        if text[s - 1] != "で" or not _han(text[s]):
            continue
        e = _ja_at(text, s, n, given)
        if e is None or not text.startswith(_JA_PICTURE_AFTER, e):
            e = _ja_shaped(text, s, n)
        if e is not None:
            return [_full(nt, field, text, s, e, "Han", "before picture")]
    for s in range(min(n, 40)):
        if not _han(text[s]) or s and text[s - 1] not in _JA_OPENERS:
            continue
        e = _ja_at(text, s, n, given)
        if e is not None and e < n:
            return [_full(nt, field, text, s, e, "Han", "field start")]
    return []


# --- Hindi --------------------------------------------------------------------------------------
_HI_AFTER = frozenset("का की के को ने".split())


def _indic_given(word: str, listed: frozenset[str], gaz, likeness) -> float:
    """How much ``word`` reads as a given name: 1 listed, else the best name-likeness of its spellings."""
    if word in listed:
        return 1.0
    best = 0.0
    for f in indic_to_latin(word)[:4]:
        if f in gaz.first and not gaz.is_common_word(f):
            return 1.0
        if likeness is not None and len(f) >= 3 and not gaz.is_common_word(f):
            best = max(best, likeness.prob(f))
    return best


def _hindi(nt, field: str, text: str, gaz, likeness) -> list[Finding]:
    toks = _tokens(text[:_LIMIT])
    listed = script_given_names().get("Devanagari", frozenset())
    for k in range(len(toks) - 1):
        s, _, w1 = toks[k]
        _, e2, w2 = toks[k + 1]
        opening = k == 0 or text[s - 1:s] in "'\"‘“«(" or toks[k - 1][2].endswith(":")
        if not opening or k > 3:
            continue
        if {w1, w2} & (NOT_NAME_WORDS | _INDIC_WORDS | _HI_AFTER) or len(w1) < 2 or len(w2) < 2:
            return []
        if not all(script_of(c) == "Devanagari" or not c.isalpha() for c in w1 + w2):
            return []
        # the first word a listed given name ("भारतीय संसद", "ताज महल" read as names by the model alone)
        if _indic_given(w1, listed, gaz, None) >= 1.0 and _indic_given(w2, listed, gaz, likeness) >= 0.4:
            return [_full(nt, field, text, s, e2, "Devanagari", "field start")]
        return []
    return []


# --- Hebrew and Arabic --------------------------------------------------------------------------
_PICTURE_OF = frozenset(
    """קריקטורה ציור דיוקן תמונה איור פוסטר סקיצה פסל בובה
    كاريكاتير كاريكاتور رسم صورة لوحة بورتريه بورتريه رسمة ملصق تمثال دمية""".split())
_OF_WORDS = frozenset(("של", "لـ", "ل", "لِـ"))
#: Arabic nouns whose owner follows with no preposition (the construct state: "صورة X", X's picture).
_FACE_OR_PICTURE = frozenset("صورة صور وجه رسم لوحة فيديو".split())
_ARTICLE = ("ה", "ال")
#: Given names that are ordinary words as often (sea, light, wave, hope, light): never read alone.
_WORDLIKE = frozenset("ים אור גל טל שחר חן נוי עדן ורד הדס שקד נור أمل امل نور منى هبة سماء".split())


def _semitic(nt, field: str, text: str, script: str) -> list[Finding]:
    toks = _tokens(text[:_LIMIT])
    listed = script_given_names().get("Arabic" if script == "Arabic" else "Hebrew", frozenset())
    bad = NOT_NAME_WORDS

    def name_from(q: int, need_two: bool) -> tuple[int, int] | None:
        if q >= len(toks):
            return None
        w = toks[q][2]
        start = toks[q][0]
        if w.startswith("ل") and w[1:] in listed:
            w, start = w[1:], start + 1  # the preposition joined on ("لمايا": of Maya)
        if w not in listed or w in bad:
            return None
        end = q
        if q + 1 < len(toks):
            w2 = toks[q + 1][2]
            if (w2 not in bad and w2 not in _OF_WORDS and len(w2) >= 2 and not w2.startswith(("ב", "ל", "מ", "ש", "بـ", "في"))
                    and not (script == "Hebrew" and w2.endswith("ת") and len(w2) >= 4)
                    and not (script == "Arabic" and w2.startswith(("ت", "ي")) and len(w2) >= 4 and w2 not in listed)):
                end = q + 1
        if w in _WORDLIKE and (end == q or toks[end][2].startswith(_ARTICLE)):
            return None  # "نور الشمس" is sunlight, "ים" the sea
        if end == q and need_two:
            return None
        return start, toks[end][1]

    for k, (_, _, word) in enumerate(toks[:12]):
        span = None
        if word in _PICTURE_OF and k + 1 < len(toks) and (toks[k + 1][2] in _OF_WORDS or toks[k + 1][2].startswith("ل")):
            nxt = toks[k + 1][2]
            if nxt in _OF_WORDS:
                span = name_from(k + 2, False)
            elif script == "Arabic" and nxt.startswith("ل"):
                span = name_from(k + 1, False)
        elif word in ("את", "של") or script == "Arabic" and word in _FACE_OR_PICTURE:
            span = name_from(k + 1, False)  # "תעשה לי את X", "...של X"; "صورة X", "وجه X" (construct state)
        elif k == 0 or toks[k - 1][2].endswith(":"):
            span = name_from(k, script == "Arabic")
        if span is not None:
            return [_full(nt, field, text, span[0], span[1], script, "after picture" if k else "field start")]
    return []


# --- round 21: a name in its own script opening a prompt written in Latin letters -------------------
#: Latin words that make the words before them the person of the prompt ("X in a winter coat",
#: "X at the beach", "X wearing ..."); "in", "at", "on", "with" only before an article or a possessive.
_FRAME_PREP = frozenset("in at on with".split())
_FRAME_DET = frozenset("a an the her his their its".split())
_FRAME_WORDS = frozenset(
    """wearing riding cooking reading walking playing eating drinking singing dancing painting hiking cycling
    running giving holding sitting standing smiling laughing waving hosting shaking visiting signing baking
    answering speaking talking posing crying sleeping lying looking""".split())
_UNCASED_NAME_SCRIPTS = frozenset(
    """Malayalam Tamil Telugu Kannada Devanagari Bengali Gujarati Gurmukhi Oriya Sinhala Thai Lao Khmer Myanmar
    Georgian Armenian Ethiopic Arabic Hebrew Hangul CJK""".split())


_CLOTHES = frozenset(
    """coat dress hat suit jacket sari saree gown shirt sweater uniform hoodie scarf kimono hanbok cap blazer
    robe tuxedo jersey raincoat swimsuit costume veil hijab turban glasses sunglasses""".split())


def _person_frame(rest: list[str]) -> bool:
    """A frame only a person fits: a verb of what people do, "at the ...", "in her ...", or what one wears."""
    w0 = rest[0].lower()
    if w0 in _FRAME_WORDS or w0 == "at" or rest[1:2] and rest[1].lower() in ("her", "his", "their"):
        return True
    return any(w.strip(",.").lower() in _CLOTHES for w in rest[2:5])


def _script_family(ch: str) -> str | None:
    sc = script_of(ch)
    return "CJK" if sc in ("Han", "Hiragana", "Katakana") else sc


def _latin_frame(nt, field: str, text: str) -> list[Finding]:
    """A run in another script opening the field, then a Latin person frame ("小川洋子 in a winter coat",
    "ജയലക്ഷ്മി at the beach"): the run must have a name's shape in its script."""
    k = 0
    while k < len(text) and k < 4 and not text[k].isalpha():
        k += 1
    if k >= len(text):
        return []
    fam = _script_family(text[k])
    if fam not in _UNCASED_NAME_SCRIPTS:
        return []
    e, spaces = k, 0
    while e < len(text) and e - k < 40:
        ch = text[e]
        if ch == " " and e + 1 < len(text) and _script_family(text[e + 1]) == fam and spaces < 1:
            spaces += 1
        elif not (ch.isalpha() or unicodedata.category(ch)[0] == "M") or _script_family(ch) not in (fam, None):
            break
        e += 1
    run = text[k:e]
    rest = text[e:e + 40].split()
    if not rest or not rest[0].isascii():
        return []
    w0 = rest[0].lower()
    if not (w0 in _FRAME_WORDS or w0 in _FRAME_PREP and len(rest) > 1 and rest[1].lower() in _FRAME_DET):
        return []
    if any(w in NOT_NAME_WORDS for w in run.split()):
        return []
    if fam == "CJK":
        if not 3 <= len(run) <= 5 or not _han(run[0]) or " " in run:
            return []
        from .same_script import _ZH_NOT_NAME

        if run[:2] in _ZH_NOT_NAME or not (run[0] in _HAN_FAMILY or run[:2] in _JA_FAMILY or run[:2] in _JA_FAMILY_MORE):
            return []
    elif fam == "Hangul":
        if _ko_name(run) is None:
            return []
    elif len(run.replace(" ", "")) < 4 or not _person_frame(rest):
        return []  # no shape to test in these scripts: the frame must fit a person only
    elif fam in ("Arabic", "Hebrew") and run.startswith(_ARTICLE):
        return []  # "الشاطئ", "הים": a noun with the article
    return [_full(nt, field, text, k, e, fam, "latin frame")]


# --- round 22: a name in its own script as an item of a sexual tag list written in Latin letters --------
_TAG_SKIP = 24


def _opening_tag_end(text: str) -> int:
    """Where a prompt's text starts after a leading role tag or label ("[user] ", "[utilisateur] ", "prompt: ")."""
    k = 0
    while k < len(text) and text[k] == " ":
        k += 1
    if text.startswith(("[", "<"), k):
        close = text.find("]" if text[k] == "[" else ">", k + 1, k + _TAG_SKIP)
        if close > 0 and text[k + 1:close].replace(" ", "").isalpha():
            k = close + 1
    else:
        colon = text.find(":", k, k + _TAG_SKIP)
        if colon > k and text[k:colon].replace(" ", "").isascii() and text[k:colon].replace(" ", "").isalpha():
            k = colon + 1
    while k < len(text) and text[k] == " ":
        k += 1
    return k


def _cjk_run_is_name(run: str) -> bool:
    """A Han or Hangul run of a name's shape: Hangul of 2-4 syllables from a family syllable (no place,
    person or thing noun: "서울", "여자", "김치"); Han of 2-5 opening with a Chinese or Japanese family name."""
    from .same_script import _ZH_NOT_NAME
    from .script_words import _KO_NOUNS as _KO_FEW_NOUNS, _ZH_MORE_FAMILY

    if all("\uac00" <= c <= "\ud7a3" for c in run):
        return (2 <= len(run) <= 4 and run[0] in _HANGUL_FAMILY and run not in _KO_PLACES and run not in _KO_NOT_NAME
                and run not in _KO_NOUNS and run not in _KO_FEW_NOUNS and run not in _KO_PLACE_NOUNS
                and run not in _KO_FOODS)
    if 2 <= len(run) <= 5 and all(_han(c) for c in run):
        from .same_script import ja_han_name_shape

        return run[:2] not in _ZH_NOT_NAME and (run[0] in _HAN_FAMILY or run[0] in _ZH_MORE_FAMILY
                                                or run[:2] in _JA_FAMILY or run[:2] in _JA_FAMILY_MORE
                                                or ja_han_name_shape(run))
    return False


#: Korean two-syllable foods and things that open with a family syllable ("김치" kimchi, "김밥").
_KO_FOODS = frozenset("김치 김밥 김 이불 이마 박스 고기 고추 조개 장미 전기 한복 한글 한지 유리 송편 우유 차표 주스 소주 안경 정장".split())


def _latin_tag_item(nt, field: str, text: str) -> list[Finding]:
    """A Han or Hangul run opening a prompt written in Latin letters (after a role tag or label) as the
    first item of a tag list that holds a sexual word ("[user] <name>, fully nude, ..."): the item of
    such a list that names no thing is its subject. The run must have a name's shape in its script."""
    k = _opening_tag_end(text)
    if k >= len(text) or _script_family(text[k]) not in ("CJK", "Hangul"):
        return []
    fam = _script_family(text[k])
    e = k
    while e < len(text) and e - k < 6 and _script_family(text[e]) == fam:
        e += 1
    run = text[k:e]
    rest = text[e:e + 80]
    if not rest.startswith((",", "，")) or not _cjk_run_is_name(run):
        return []
    words = [w.strip(".,;:!?()[]").lower() for w in rest[1:].split()[:6]]
    if not words or not all(w.isascii() or w.isalpha() and _script_family(w[0]) == "Latin" for w in words if w):
        return []  # the list goes on in Latin letters
    from .deixis import folded_sexual_words

    sexual = folded_sexual_words()
    if not any(w in sexual for w in words):
        return []
    return [_full(nt, field, text, k, e, fam, "tag list")]


def own_script_slot_names(nt, field: str, script: str | None, gaz, likeness) -> list[Finding]:
    """``full_name`` findings for a name in its own script at the subject of an ordinary prompt (at most one)."""
    if script is None:
        return []
    text = nt.folded.text
    if script == "Latin":
        return _latin_frame(nt, field, text) or _latin_tag_item(nt, field, text)
    if script == "Hangul":
        return _korean(nt, field, text)
    if script == "CJK":
        return _japanese(nt, field, text, min(len(text), _LIMIT))
    if script == "Devanagari":
        return _hindi(nt, field, text, gaz, likeness)
    if script in ("Hebrew", "Arabic"):
        return _semitic(nt, field, text, script)
    return []
