"""Bytes written in an alphabet of a few symbols, and bytes hidden in invisible selectors (round 18).

Why: a "decode this and draw it" prompt can write each byte of its request as a fixed-width group of
any few symbols: two emoji for bits ("🌑🌕🌕🌑🌕🌕🌑🌕"), four letters for base-4 digits ("CTCA", the DNA
style), base-3 digits in groups of six ("011020"), or Morse code said with any two words
("boop-beep-beep"). Each held-out set picks symbols the previous one did not, so this module reads
the FAMILY by its shape, not by a list of symbols:

- *fixed-width groups*: a run of six or more space-parted tokens of one width over an alphabet of at
  most four symbols (or digits of a base 2..10); each token is one byte in base k. Symbols that are
  no digits have no given order, so every assignment (k! <= 24) is tried on the run's first tokens
  and the one that makes the most lower-case letters and spaces is kept;
- *Morse in two words*: hyphen-joined tokens made of exactly two words (either one the dot);
- *variation selectors*: an emoji followed by invisible selectors U+FE00-FE0F / U+E0100-E01EF, one
  byte each (VS1..VS16 are 0..15, VS17.. are 16..); they are read here, on the original text, before
  the character stage drops invisible characters.

Each finder yields ``(start, end, payload, rule)``; :mod:`.phrase_decode` judges the payload by its
word-share test like every other decoder, so a benign message in any of these codes stays benign and
a DNA sequence, a hash or a row of dice emoji decodes to no text. Gates: a character class or token
shape first; runs bounded to :data:`MAX_TOKENS` tokens of the first :data:`MAX_SCAN` characters.
"""

from __future__ import annotations

import re
from itertools import islice, permutations
from typing import Iterator

__all__ = ["symbol_group_runs", "MAX_TOKENS", "MAX_SCAN", "GROUP_RULES", "GROUP_LAYERED"]

#: Characters of a text scanned; tokens of one run read at most.
MAX_SCAN = 20000
MAX_TOKENS = 1500
#: Fewest tokens (bytes) of a fixed-width run.
MIN_GROUPS = 6
#: Tokens the assignment of symbols to digits is chosen on.
PROBE = 48
#: Share of lower-case letters and spaces (capitals half) a chosen reading needs.
MIN_TEXT = 0.75
#: Rules this module names (prefixes).
GROUP_RULES = ("groups_", "morse_words", "selectors")
#: Rules whose payload is bytes that may hold a second layer (a keyboard shift in base-3 groups).
GROUP_LAYERED = frozenset({"selectors", *(f"groups_base{b}" for b in range(2, 11)),
                           *(f"groups_{k}symbols" for k in (2, 3, 4))})

_SPACE_RUN = re.compile(r"\S+")
_GROUP_TOKEN = re.compile(r"[A-Z]{3,12}|\d{3,12}|[^\w\s,;|/_.\-]{3,12}")
#: A group: capitals (no lower case: prose words are no groups), digits or symbols that are no letters
#: (emoji), 3 to 12 of them; a run is six or more parted by one or two spaces.
_TOK = r"(?:[A-Z]{3,12}|\d{3,12}|[^\w\s]{3,12})"
#: Groups are parted by one or two spaces, or by one mark (",", ";", "|", "/", "-", "_", ".") with a space
#: or none around it; the mark must be one of no group's symbols (checked when the groups are read).
_GSEP = r"(?:[ \t]{1,2}|[ \t]?[,;|/_.-][ \t]?)"
_GROUP_RUN = re.compile(rf"(?<![^\s=:]){_TOK}(?:{_GSEP}{_TOK}){{5,3000}}(?![^\s.,;)\]])")
#: One long token over a few symbols, the groups written without a break ("CTCACGGACGCC...").
_JOINED = re.compile(r"(?<![^\s=:])(?:[A-Z]{24,6000}|\d{24,6000}|[^\w\s]{24,6000})(?![^\s.,;)\]])")
#: Widths a byte takes in base k (k^w must hold the printable bytes, k^(w-1) must not hold all bytes).
_DIGITS = frozenset("0123456789")


def _widths_ok(base: int, width: int) -> bool:
    return base ** width >= 128 and base ** (width - 1) < 256


def _value(tok: str, order: dict[str, int], base: int) -> int:
    n = 0
    for c in tok:
        n = n * base + order[c]
    return n


def _text_share(values) -> float:
    n = 0.0
    for v in values:
        if 97 <= v <= 122 or v == 32:
            n += 1
        elif 65 <= v <= 90 or 39 <= v <= 46 or 48 <= v <= 57:
            n += 0.5
    return n / max(1, len(values))


def _read_groups(toks: list[str]) -> tuple[bytes, str] | None:
    """The bytes a run of equal-width tokens spells, or None (see the module docstring)."""
    width = len(toks[0])
    symbols = sorted(set("".join(toks[:MAX_TOKENS])))
    k = len(symbols)
    if k < 2:
        return None
    candidates: list[tuple[dict[str, int], int, str]] = []
    if set(symbols) <= _DIGITS:
        top = int(symbols[-1])
        if width == 8 and top <= 1:
            return None  # plain binary octets: phrase_decode's own reader
        for base in range(max(2, top + 1), 11):
            if _widths_ok(base, width):
                candidates.append(({c: int(c) for c in symbols}, base, f"groups_base{base}"))
    elif k <= 4 and _widths_ok(k, width):
        for perm in permutations(range(k)):
            candidates.append((dict(zip(symbols, perm)), k, f"groups_{k}symbols"))
    best, best_sc = None, MIN_TEXT - 1e-9
    probe = toks[:PROBE]
    for order, base, rule in candidates:
        vals = [_value(t, order, base) for t in probe]
        if max(vals) > 255:
            continue
        sc = _text_share(vals)
        if sc > best_sc:
            best, best_sc = (order, base, rule), sc
    if best is None:
        return None
    order, base, rule = best
    vals = [_value(t, order, base) for t in toks[:MAX_TOKENS]]
    if max(vals) > 255:
        return None
    return bytes(vals), rule


def _joined_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    """A long token over 2 to 4 symbols cut in groups of the width its alphabet needs (8 for 2, 6 and 5
    for 3, 4 for 4 symbols)."""
    for m in _JOINED.finditer(text):
        tok = m.group()[:MAX_TOKENS * 8].replace("\ufe0f", "")
        k = len(set(tok))
        if not 2 <= k <= 4 or (k == 2 and set(tok) <= {"0", "1"}):
            continue  # plain binary without breaks is phrase_decode's
        for width in {2: (8, 7), 3: (6, 5), 4: (4,)}[k]:
            if len(tok) % width == 0:
                r = _read_groups([tok[i:i + width] for i in range(0, len(tok), width)])
                if r is not None:
                    yield m.start(), m.end(), r[0], r[1]
                    break


def _group_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _GROUP_RUN.finditer(text):
        toks = [(t.start(), t.end(), t.group().replace("\ufe0f", ""))
                for t in islice(_GROUP_TOKEN.finditer(text, m.start(), m.end()), MAX_TOKENS)]
        i = 0
        while i < len(toks):
            width = len(toks[i][2])
            alpha = set(toks[i][2])
            j = i + 1
            while j < len(toks) and j - i < MAX_TOKENS and len(toks[j][2]) == width:
                nxt = alpha | set(toks[j][2])
                if len(nxt) > 4 and not nxt <= _DIGITS:
                    break
                alpha = nxt
                j += 1
            if j - i >= MIN_GROUPS and (len(alpha) <= 4 or alpha <= _DIGITS):
                r = _read_groups([t[2] for t in toks[i:j]])
                if r is not None:
                    yield toks[i][0], toks[j - 1][1], r[0], r[1]
                i = j
            else:
                i += 1


#: Three tokens of capitals, digits or symbols in a row: a cheap test before the run's pattern.
_GROUP_GATE = re.compile(r"[A-Z\d\W]{3,12}[ \t,;|/_.-]{1,3}[A-Z\d\W]{3,12}[ \t,;|/_.-]{1,3}[A-Z\d\W]{3,12}")
_JOINED_GATE = re.compile(r"[A-Z]{24}|\d{24}|[^\w\s]{24}")

# --- Morse said in two words ---------------------------------------------------------------------
_MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
}
_MORSE_GATE = re.compile(r"[A-Za-z]{2,8}-[A-Za-z]{2,8}-[A-Za-z]{2,8}")
_MORSE_TOKEN = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z]{2,8}){0,5}")
_WORD_BREAKS = frozenset({"/", "|", "//", "||", "—", "–"})


def _morse_words(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    toks = list(_SPACE_RUN.finditer(text))
    i = 0
    while i < len(toks):
        words: set[str] = set()
        j, letters = i, []  # letters: a token's parts, or None for a word break
        while j < len(toks) and len(letters) < MAX_TOKENS:
            t = toks[j].group()
            if t in _WORD_BREAKS and letters:
                letters.append(None)
                j += 1
                continue
            if not _MORSE_TOKEN.fullmatch(t):
                break
            parts = t.lower().split("-")
            nxt = words | set(parts)
            if len(nxt) > 2:
                break
            words = nxt
            letters.append(parts)
            j += 1
        while letters and letters[-1] is None:
            letters.pop()
        n = sum(p is not None for p in letters)
        if n >= 4 and len(words) == 2 and any(p and len(p) > 1 for p in letters):
            a, b = sorted(words)
            best = None
            for dot, dash in ((a, b), (b, a)):
                out, ok = [""], True
                for p in letters:
                    if p is None:
                        out.append("")
                        continue
                    ch = _MORSE.get("".join("." if w == dot else "-" for w in p))
                    if ch is None:
                        ok = False
                        break
                    out[-1] += ch
                if not ok:
                    continue
                ws = [w for w in out if w]
                if len(ws) == 1 and len(ws[0]) > 12:
                    continue
                score = sum(w in known for w in ws)
                if best is None or score > best[0]:
                    best = (score, " ".join(ws))
            if best is not None:
                end_tok = i + len(letters) - 1
                yield toks[i].start(), toks[end_tok].end(), best[1], "morse_words"
            i = j if j > i else i + 1
        else:
            i = max(j, i + 1) if n >= 1 else i + 1


# --- variation selectors -------------------------------------------------------------------------
_SELECTOR_GATE = re.compile("[\U000E0100-\U000E01EF]")
_SELECTORS = re.compile("[\uFE00-\uFE0F\U000E0100-\U000E01EF]{4,3000}")


def _selectors(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _SELECTORS.finditer(text):
        vals = []
        for c in m.group():
            cp = ord(c)
            vals.append(cp - 0xFE00 if cp <= 0xFE0F else cp - 0xE0100 + 16)
        a = m.start() - 1 if m.start() > 0 and not text[m.start() - 1].isspace() else m.start()
        yield a, m.end(), bytes(vals), "selectors"


def symbol_group_runs(text: str, known) -> Iterator[tuple[int, int, bytes | str, str]]:
    """``(start, end, payload, rule)`` of each run of ``text`` in one of the codes above (payload not
    yet judged). ``known``: the listed words, to choose the dot of a two-word Morse run."""
    text = text[:MAX_SCAN]
    if _SELECTOR_GATE.search(text):
        yield from _selectors(text)
    if _GROUP_GATE.search(text):
        yield from _group_runs(text)
    if _JOINED_GATE.search(text):
        yield from _joined_runs(text)
    if "-" in text and _MORSE_GATE.search(text):
        yield from _morse_words(text, known)
