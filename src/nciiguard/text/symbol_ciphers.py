"""Symbol-per-letter codes: a letter written as a numeral, a keycap, a number word or a grid cell (round 17).

Why: "XIV·XXI·IV·V / ..." (Roman numerals), "1️⃣4️⃣ 2️⃣1️⃣ ▪️ ..." (keycap digits), "fourteen
twenty-one / ..." (number words, in English, Spanish, French, German, Italian or Portuguese),
"r1c10 r1c9 ..." (keyboard-grid cells) and circled numbers are one scheme: each symbol stands for a
letter by its value. Round 16 read the value-as-index scheme only for digits parted by "-" or ".".

How: a run of four or more symbols of one kind parted by separators; the separator that recurs most
parts letters, any other (``/``, ``|``, ``▪️``, ``•``, two spaces; one space when letters are joined
by ``·``) parts words. The values are read under the natural maps (1 -> a, 0 -> a, 1 -> z; a cell on
the QWERTY rows or the 5x5 Polybius square) and the reading with the most listed words is the
payload; :mod:`.phrase_decode` judges it (word share) and tries its substitutions on it (an index
shifted by a Caesar key reads too). Linear: one scan of the text (its first :data:`MAX_SCAN`
characters), runs of at most :data:`MAX_UNITS` symbols.
"""

from __future__ import annotations

from itertools import permutations

import re
from collections import Counter
from math import gcd
from typing import Iterator

__all__ = ["symbol_runs", "vowel_digit_runs", "MAX_VOWEL_MAPS", "MAX_UNITS", "MAX_SCAN", "SYMBOL_RULES"]

#: Symbols of one run read at most.
MAX_UNITS = 600
#: Characters of a text scanned for runs.
MAX_SCAN = 20000

_ABC = "abcdefghijklmnopqrstuvwxyz"
#: Prefixes of the rules this module names (``roman_index1``, ``grid_qwerty_grid`` ...).
SYMBOL_RULES = ("roman_", "keycap_", "circled_", "grid_", "number_words_", "digits_", "primes_", "numbers_")
_ROMAN_VAL = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POLY = "abcdefghiklmnopqrstuvwxyz"

_NUMBER_WORDS: dict[str, int] = {}
for _lang in (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty",
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte",
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept "
    "dix-huit dix-neuf vingt",
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn "
    "siebzehn achtzehn neunzehn zwanzig",
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove venti",
    "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis "
    "dezessete dezoito dezenove vinte",
):
    for _v, _w in enumerate(_lang.split()):
        _NUMBER_WORDS.setdefault(_w, _v)
for _w, _v in (("une", 1), ("ein", 1), ("eine", 1), ("una", 1), ("dieciseis", 16), ("funf", 5), ("zwolf", 12),
               ("tres", 3), ("catorce", 14), ("quatorze", 14), ("dezasseis", 16), ("dezanove", 19)):
    _NUMBER_WORDS.setdefault(_w, _v)
# 21..26: "twenty-one", "twentyone", "veintiuno", "vingt-et-un", "einundzwanzig", "ventuno", "vinte e um"
for _k, (_en, _es, _fr, _de, _it, _pt) in enumerate([
        ("one", "veintiuno", "vingt-et-un", "einundzwanzig", "ventuno", "vinte-e-um"),
        ("two", "veintidós", "vingt-deux", "zweiundzwanzig", "ventidue", "vinte-e-dois"),
        ("three", "veintitrés", "vingt-trois", "dreiundzwanzig", "ventitré", "vinte-e-três"),
        ("four", "veinticuatro", "vingt-quatre", "vierundzwanzig", "ventiquattro", "vinte-e-quatro"),
        ("five", "veinticinco", "vingt-cinq", "fünfundzwanzig", "venticinque", "vinte-e-cinco"),
        ("six", "veintiséis", "vingt-six", "sechsundzwanzig", "ventisei", "vinte-e-seis")], start=21):
    for _w in ("twenty-" + _en, "twenty" + _en, _es, _fr, _de, _it, _pt):
        _NUMBER_WORDS.setdefault(_w, _k)
        _NUMBER_WORDS.setdefault(_w.replace("é", "e").replace("ü", "u").replace("ê", "e"), _k)

#: A separator between symbols: a word break mark with spaces, or a letter joint.
_SEP = r"(?:[ \t]*[/|▪•◾■◼⬛·.,;:\-–—][\ufe0f]?[ \t]*|[ \t]{1,3})"
_BREAK_MARKS = "/|▪•◾■◼⬛"
_KEYCAP = r"(?:[0-9]\ufe0f?\u20e3){1,2}|\U0001f51f"
_CIRCLED = "[\u2460-\u2473\u3251-\u325f\u2776-\u277f\u2780-\u2789\u278a-\u2793\u24ea\u24f5-\u24fe]"
_CELL = r"[rR][1-5][cC](?:1[0-2]|[1-9])"
#: The first 26 primes: a letter written as the prime of its place (2 is a, 3 is b, 5 is c ...; round 18).
_PRIMES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101)
_PRIME_INDEX = {p: i + 1 for i, p in enumerate(_PRIMES)}
_KINDS = {
    "roman": re.compile(r"(?<![A-Za-z])[ivxl]{1,7}(?![A-Za-z])", re.IGNORECASE),
    "keycap": re.compile(_KEYCAP),
    "circled": re.compile(_CIRCLED),
    "grid": re.compile(rf"(?<![A-Za-z0-9]){_CELL}(?![A-Za-z0-9])"),
    "primes": re.compile(r"(?<![\w,])(?:%s)(?![\w,])" % "|".join(map(str, _PRIMES))),
    # round 21: "0" alone is a unit too (zero-based places: "12.0.10.4 | 0 | ..." is "make a"); only the
    # zero-based map reads a run that holds one
    "digits": re.compile(r"(?<![\w,])(?:2[0-6]|1\d|0?[1-9]|0)(?![\w,]|\.\d{3})"),
    "numbers": re.compile(r"(?<![\w,])\d{1,3}(?![\w,])"),
}
_GATES = {"roman": re.compile(r"[IVX]{1,5}[·.\-]|[ivx]{1,5}·"), "keycap": re.compile("\u20e3|\U0001f51f"),
          "circled": re.compile(_CIRCLED), "grid": re.compile(r"[rR][1-5][cC]\d"),
          "primes": re.compile(r"\b(?:[2357]|[1-9][1379])[.·-](?:[2357]|[1-9][1379])[.·-](?:[2357]|[1-9][1379])\b"),
          "digits": re.compile(r"\d[.·]\d{1,2}[.·]\d{1,2}[.·]\d|\d \d{1,2} \d{1,2} \d{1,2} / \d"),
          "numbers": re.compile(r"\b(?:[3-9]\d|\d{3})[.·-]\d{1,3}[.·-]\d{1,3}\b|\b\d{1,3}[.·-](?:[3-9]\d|\d{3})[.·-]\d")}
_CELL_PARTS = re.compile(r"[rR](\d)[cC](\d+)")
_NUMBER_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+){0,2}")
_SEP_ONLY = re.compile(rf"{_SEP}|[ \t]*[/|▪•◾■◼⬛][\ufe0f]?[ \t]*")


def _roman(tok: str) -> int:
    vals = [_ROMAN_VAL[c] for c in tok.lower()]
    return sum(-v if i + 1 < len(vals) and vals[i + 1] > v else v for i, v in enumerate(vals))


def _value(kind: str, tok: str):
    if kind == "roman":
        return _roman(tok)
    if kind == "keycap":
        return 10 if tok == "\U0001f51f" else int("".join(c for c in tok if c.isdigit()))
    if kind == "circled":
        cp = ord(tok)
        for base, first in ((0x2460, 1), (0x3251, 21), (0x2776, 1), (0x2780, 1), (0x278A, 1), (0x24F5, 1)):
            if base <= cp < base + (20 if base == 0x2460 else 15 if base == 0x3251 else 10):
                return cp - base + first
        return 0 if cp == 0x24EA else None
    if kind in ("digits", "numbers"):
        return int(tok)
    if kind == "primes":
        return _PRIME_INDEX[int(tok)]
    if kind == "grid":
        m = _CELL_PARTS.fullmatch(tok)
        return (int(m.group(1)), int(m.group(2)))
    return _NUMBER_WORDS.get(tok.lower())


def _words(units: list[tuple[int, int, str]], text: str) -> list[list[str]]:
    """Units grouped in words: the separator that recurs most parts letters, any other parts words."""
    keys = []
    for i in range(len(units) - 1):
        sep = text[units[i][1]:units[i + 1][0]]
        keys.append(sep.strip(" \t") or (" " if len(sep) == 1 else "  " if sep else ""))
    common = Counter(keys).most_common(1)[0][0]
    words: list[list[str]] = [[units[0][2]]]
    for key, unit in zip(keys, units[1:]):
        if key != common:
            words.append([])
        words[-1].append(unit[2])
    return words


def _maps(kind: str, values: list[list]) -> Iterator[tuple[list[str], str]]:
    flat = [v for w in values for v in w]
    if kind == "grid":
        if all(r <= 3 and c <= len(_QWERTY[r - 1]) for r, c in flat):
            yield ["".join(_QWERTY[r - 1][c - 1] for r, c in w) for w in values], "qwerty_grid"
        if all(r <= 5 and c <= 5 for r, c in flat):
            yield ["".join(_POLY[(r - 1) * 5 + c - 1] for r, c in w) for w in values], "polybius_grid"
        return
    if any(v is None for v in flat):
        return
    if kind == "numbers":
        yield from _number_maps(values, flat)
        return
    if all(1 <= v <= 26 for v in flat):
        yield ["".join(_ABC[v - 1] for v in w) for w in values], "index1"
        yield ["".join(_ABC[26 - v] for v in w) for w in values], "index_reversed"
    if all(0 <= v <= 25 for v in flat):
        yield ["".join(_ABC[v] for v in w) for w in values], "index0"


#: Number sequences a letter's place may be written in (a is the first term): squares, cubes, triangular
#: numbers, powers of two (round 18; the primes have their own kind).
_SEQUENCES = {
    "squares": [i * i for i in range(1, 27)],
    "cubes": [i ** 3 for i in range(1, 27)],
    "triangular": [i * (i + 1) // 2 for i in range(1, 27)],
}
_SEQ_INDEX = {name: {v: i for i, v in enumerate(seq)} for name, seq in _SEQUENCES.items()}
#: Largest step of an affine map (a letter's place times the step plus an offset: a=5, b=8, c=11 ...).
MAX_STEP = 12


def _number_maps(values: list[list[int]], flat: list[int]) -> Iterator[tuple[list[str], str]]:
    """Readings of numbers for letters: a number sequence, or an affine map ``value = step * place +
    offset`` (the step divides every difference of values; each step tries the offsets that keep every
    value a letter: at most :data:`MAX_STEP` x 26 maps, each read on the whole run)."""
    for name, index in _SEQ_INDEX.items():
        if all(v in index for v in flat):
            yield ["".join(_ABC[index[v]] for v in w) for w in values], name
    lo, hi = min(flat), max(flat)
    g = 0
    for v in flat:
        g = gcd(g, v - lo)
    for step in range(1, MAX_STEP + 1):
        if g % step or (hi - lo) // step > 25:
            continue
        for first in range(0, 26 - (hi - lo) // step):  # the letter ``lo`` stands for
            offset = lo - step * first
            yield ["".join(_ABC[(v - offset) // step] for v in w) for w in values], f"affine{step}{offset:+d}"


def _runs(text: str, kind: str, units: list[tuple[int, int, str]], known) -> Iterator[tuple[int, int, str, str]]:
    """Runs of four or more units parted only by separators, each read under its best map."""
    run: list[tuple[int, int, str]] = []

    def close():
        if len(run) >= 4:
            words = _words(run[:MAX_UNITS], text)
            values = [[_value(kind, t) for t in w] for w in words]
            readings = list(_maps(kind, values))
            if readings:
                best, rule = max(readings, key=lambda r: sum(w in known for w in r[0]))
                yield run[0][0], run[-1][1], " ".join(best), f"{kind}_{rule}"
                if rule != readings[0][1]:  # the natural map too: its reading may be a second layer
                    yield run[0][0], run[-1][1], " ".join(readings[0][0]), f"{kind}_{readings[0][1]}"
        run.clear()

    for u in units:
        if run and u[0] != run[-1][1] and not _SEP_ONLY.fullmatch(text, run[-1][1], u[0]):
            yield from close()
        run.append(u)
    yield from close()


def symbol_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, payload text, rule)`` of each run of symbol-per-letter code in ``text`` (the
    payload not yet judged). ``known``: the listed words, to choose between the maps."""
    text = text[:MAX_SCAN]
    for kind, rx in _KINDS.items():
        if _GATES[kind].search(text):
            units = [(m.start(), m.end(), m.group()) for m in rx.finditer(text) if m.group()]
            yield from _runs(text, kind, units, known)
    if sum(w.strip(".,;:/|·-") in _NUMBER_WORDS for w in text.lower().split()) < 4:
        return  # cheap gate: four number words at least (a split is faster than the token scan)
    units = [(m.start(), m.end(), m.group()) for m in _NUMBER_TOKEN.finditer(text)
             if m.group().lower() in _NUMBER_WORDS]
    if len(units) >= 4:
        yield from _runs(text, "number_words", units, known)


# --- vowels written as digits (round 22) -----------------------------------------------------------
#: A digit between two letters ("r2m4v2", "cl4th2s"): the mark of a text whose vowels became digits.
_DIGIT_INSIDE = re.compile(r"[A-Za-z][0-9][A-Za-z]")
#: A token of letters and digits (an apostrophe inside: "r44mm1t2's").
_MIXED_TOKEN = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)?")
_VOWEL_DIGITS = "aeiou"
_HAS_LETTER = re.compile(r"[A-Za-z]")
_HAS_DIGIT = re.compile(r"[0-9]")
#: Tokens of digits and letters that are sizes, counts and versions, not words ("8k", "26yo", "1girl").
_NOT_VOWELS = re.compile(r"\d+(?:k|px|p|s|x|d|m|mm|cm|yo|st|nd|rd|th|girls?|boys?|wom[ae]n|m[ae]n)|[a-z]\d+", re.IGNORECASE)
#: Maps of digits to vowels tried at most (5 digits: 5! = 120), and characters of a stretch read.
MAX_VOWEL_MAPS, MAX_VOWEL_STRETCH = 120, 600
_LETTERS_RX = re.compile(r"[a-z]+")


#: Round 31: how much more a map must read than the natural numbering (1-5 or 0-4 for a e i o u) to win over it
#: behind a decode instruction: a payload's names are no listed words, and a wrong map may read a few more letters
#: ("pirn omega if morale" beat "porn image of <name>").
NATURAL_EDGE = 1.5


def _natural(digits: list[str]) -> tuple[str, ...] | None:
    """The vowels the natural numberings give ``digits`` (sorted): 1-5 or 0-4 for a e i o u, or None."""
    for base in (1, 0):
        if all(0 <= int(d) - base < 5 for d in digits):
            return tuple(_VOWEL_DIGITS[int(d) - base] for d in digits)
    return None


def vowel_digit_runs(text: str, known, gated: bool = False, work: list | None = None) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, payload text, "vowel_digits")``: a stretch whose vowels were written as digits
    ("5ndr2ss" with a=1 e=2 i=3 o=4 u=5, or any other one-to-one choice of digits). Three or more
    tokens with a digit between letters (two behind a decode instruction, ``gated``); the stretch runs
    from the first such token to the last. Every one-to-one map of the digits found inside words to the
    five vowels is tried (:data:`MAX_VOWEL_MAPS` at most; more than five such digits: no reading) and
    the one that makes the most letters of listed words is kept; a lone digit becomes a vowel only
    where that makes a word ("1" = "a"), numbers stay. ``work``: a counter list, one unit per map tried
    (the cost test's)."""
    text = text[:MAX_SCAN]
    marks = list(_DIGIT_INSIDE.finditer(text))
    if len(marks) < (2 if gated else 3):
        return
    toks = [m for m in _MIXED_TOKEN.finditer(text)]
    inside = [m for m in toks if _DIGIT_INSIDE.search(m.group())]
    if len(inside) < (2 if gated else 3):
        return
    # the stretch: from the first token of letters and digits to the last ("th2", "5pst13rs", "3n"),
    # sizes and counts ("8k", "26yo", "2girls") left out
    mixed = [m for m in toks if not _NOT_VOWELS.fullmatch(m.group()) and _HAS_LETTER.search(m.group())
             and _HAS_DIGIT.search(m.group())]
    a, b = mixed[0].start(), mixed[-1].end()
    if b - a > MAX_VOWEL_STRETCH:
        b = max((m.end() for m in mixed if m.end() - a <= MAX_VOWEL_STRETCH), default=mixed[0].end())
    counts = Counter(c for m in mixed if m.end() <= b for c in m.group() if c.isdigit())
    # five digits at most (the vowels): the commonest
    digits = sorted(d for d, _n in counts.most_common(len(_VOWEL_DIGITS)))
    if not digits:
        return
    span_toks = [m for m in toks if a <= m.start() and m.end() <= b]
    best = plain = None
    for k, vowels in enumerate(permutations(_VOWEL_DIGITS, len(digits))):
        if k >= MAX_VOWEL_MAPS:
            break
        if work is not None:
            work[0] += 1
        table = str.maketrans(dict(zip(digits, vowels)))
        score = back = 0
        for m in span_toks:
            g = m.group()
            if g.isdigit() and len(g) > 1:
                continue
            w = g.lower().translate(table)
            score += sum(len(x) for x in _LETTERS_RX.findall(w) if x in known)
            if gated:  # round 31: behind a decode instruction the text may also be written right to left
                back += sum(len(x) for x in _LETTERS_RX.findall(w[::-1]) if x in known)
        natural = vowels == _natural(digits)
        for sc, rev in ((score, False), (back, True)):
            if best is None or sc > best[0]:
                best = (sc, table, rev)
            if natural and gated and (plain is None or sc > plain[0]):
                plain = (sc, table, rev)
    if best is None or best[0] == 0:
        return
    if plain is not None and plain[0] * NATURAL_EDGE >= best[0] > 0:
        best = plain  # round 31: the natural numbering unless another map reads clearly more (names are no words)
    table, rev = best[1], best[2]
    out, pos = [], a
    for m in span_toks:
        g = m.group()
        out.append(text[pos:m.start()])
        if g.isdigit():
            t = g.translate(table)
            out.append(t if len(g) == 1 and t in ("a", "i") else g)
        else:
            out.append(g.translate(table))
        pos = m.end()
    out.append(text[pos:b])
    if rev:  # round 31: "yd4b 2d5n ..." is "... nude body" read right to left: the whole stretch turned
        yield a, b, "".join(out)[::-1], "vowel_digits_reversed"
    else:
        yield a, b, "".join(out), "vowel_digits"


#: Mathematical letters, and the letter-like symbols that fill their gaps (italic "ℎ" U+210E, script "ℯ" ...).
MATH_GATE = re.compile("[\U0001D400-\U0001D7FF\u210a-\u2134]")
_MATH_TABLE_CACHE: dict[int, str] | None = None


def math_fold() -> dict[int, str]:
    """Code point -> ASCII letter or digit of every mathematical alphanumeric symbol (built once)."""
    global _MATH_TABLE_CACHE
    if _MATH_TABLE_CACHE is None:
        import unicodedata

        table = {}
        for cp in (*range(0x1D400, 0x1D800), *range(0x210A, 0x2135)):
            f = unicodedata.normalize("NFKC", chr(cp))
            if len(f) == 1 and f.isascii() and f.isalnum():
                table[cp] = f
        _MATH_TABLE_CACHE = table
    return _MATH_TABLE_CACHE
