"""Hangul spelled out in loose letters (compatibility jamo): "ㄴㅜㄷㅡ" for 누드 (nude), round 18.

Why: Korean users write a word letter by letter to get past filters that read syllables; the lexicon holds
the syllables (누드, 알몸, 야동). A syllable is one initial consonant, one vowel (two vowels may join: ㅗ+ㅏ
is ㅘ) and an optional final consonant; :func:`compose` joins runs of loose letters into syllables (a
separator such as a space or a dot between two letters is dropped), and :func:`jamo_matches` reads the
composed text with the lexicon and maps each match back to the original characters.

Gate: only a field holding at least :data:`MIN_JAMO` compatibility jamo (U+3131-U+3163) is composed.
Cost: one pass over the field, then one normalisation and one lexicon match of the composed text.
"""

from __future__ import annotations

import re

__all__ = ["compose", "has_jamo", "jamo_matches"]

_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ",
         "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
_JONG_INDEX = {c: i for i, c in enumerate(_JONG) if c}
_PAIR_VOWELS = {("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ",
                ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ"}
_JAMO = re.compile("[\u3131-\u3163]")
#: Fewer loose letters than this are an emoticon ("ㅋㅋ", "ㅠㅠ"), not a spelled word.
MIN_JAMO = 4
#: Between two loose letters: dropped ("ㄴ ㅜ ㄷ ㅡ", "ㄴ.ㅜ.ㄷ.ㅡ").
_SEPARATORS = frozenset(" .-_·*/|")


def has_jamo(text: str) -> bool:
    """At least :data:`MIN_JAMO` compatibility jamo in ``text`` (stops early)."""
    n = 0
    for _ in _JAMO.finditer(text):
        n += 1
        if n >= MIN_JAMO:
            return True
    return False


def _letters(text: str) -> tuple[list[str], list[int]]:
    """``text`` with separators between two jamo dropped, and each kept character's original index."""
    chars, pos = [], []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _SEPARATORS and chars and _JAMO.match(chars[-1]):
            j = i
            while j < n and text[j] in _SEPARATORS:
                j += 1
            if j < n and _JAMO.match(text[j]) and j - i <= 2:
                continue
        chars.append(ch)
        pos.append(i)
    return chars, pos


def compose(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with loose jamo joined into syllables, and for each output character the (start, end)
    of the original characters it came from."""
    chars, pos = _letters(text)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        if c in _CHO and i + 1 < n and chars[i + 1] in _JUNG:
            cho, v, j = _CHO.index(c), chars[i + 1], i + 2
            if j < n and (v, chars[j]) in _PAIR_VOWELS:
                v, j = _PAIR_VOWELS[(v, chars[j])], j + 1
            jong = 0
            # a final consonant: not the start of the next syllable (no vowel right after it)
            if j < n and chars[j] in _JONG_INDEX and not (j + 1 < n and chars[j + 1] in _JUNG):
                jong, j = _JONG_INDEX[chars[j]], j + 1
            out.append(chr(0xAC00 + (cho * 21 + _JUNG.index(v)) * 28 + jong))
            spans.append((pos[i], pos[j - 1] + 1))
            i = j
            continue
        out.append(c)
        spans.append((pos[i], pos[i] + 1))
        i += 1
    return "".join(out), spans


def jamo_matches(lexicon, nt, taken) -> list:
    """Lexicon matches (not ``suggestive``) in the field with its loose jamo composed, clear of
    ``taken`` (matches already made), as fuzzy matches with spans in the original ("spelled jamo")."""
    from .fuzzy import FuzzyMatch
    from .normalize import normalize
    from .spans import Marks

    composed, spans = compose(nt.original)
    if composed == nt.original:
        return []
    nt2 = normalize(composed, coded_phrases=False)
    marks = Marks((m.ostart, m.oend) for m in taken)
    out = []
    for m in lexicon.match(nt2):
        if m.entry.grade == "suggestive" or m.oend <= m.ostart:
            continue
        os_, oe = spans[m.ostart][0], spans[m.oend - 1][1]
        if marks.overlaps(os_, oe) or not _JAMO.search(nt.original, os_, oe):
            continue
        out.append(FuzzyMatch(m.entry, "spelled", m.start, m.end, os_, oe, "spelled jamo"))
        marks.add(os_, oe)
    return out
