"""Round 23 disguise formats: hex bytes with a separator, Polybius squares with letter coordinates, a
filler letter beside every letter, and word games under a letter substitution.

Why: :mod:`.phrase_runs` reads hex bytes spaced or run together and Polybius squares in digits; writers
also join the bytes with a colon, a dash, a dot or a comma (``72:65:6d:6f``, the way a MAC address or a
hex dump with separators is written), label the square's rows and columns with letters A-E
(``Db Ae Cb``: row D, column b), put one letter after (or before) every letter of every word
(``tzhzez`` is "the" with a ``z`` filler), or apply a Caesar shift to a Pig Latin text (every word then
ends in the same shifted ``ay``). Each has one structure, found by one linear scan and read at most a
few ways; :mod:`.phrase_decode` keeps a reading only when it reads as language, so a MAC address
(``00:1a:2b:3c:4d:5e`` decodes to control bytes), a hex dump of binary data or a Polybius-looking run
of two-letter tokens that spells no words stays as written.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["sep_hex_runs", "letter_square_runs", "filler_letter", "unfill", "shifted_pig_table",
           "SEP_HEX_GATE", "SQUARE_GATE", "MAX_SEP_BYTES"]

#: Hex bytes read at most per run (a 400-character text).
MAX_SEP_BYTES = 400
#: Two bytes of printable ASCII (first digit 2-7) between separators: the test before the run scan.
SEP_HEX_GATE = re.compile(r"[:\-.,|/;_] ?[2-7][0-9A-Fa-f][:\-.,|/;_] ?[2-7][0-9A-Fa-f][:\-.,|/;_]")
#: Six or more hex bytes joined by one separator (the same one throughout, a space after it allowed).
_SEP_HEX = re.compile(r"(?<![\w:.\-/|])[0-9A-Fa-f]{2}(?P<sep>[:\-.,|/;_] ?)[0-9A-Fa-f]{2}"
                      r"(?:(?P=sep)[0-9A-Fa-f]{2}){4,%d}(?![\w:\-/|])" % MAX_SEP_BYTES)


def sep_hex_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    """``(start, end, bytes, rule)`` of each run of six or more hex bytes joined by one separator."""
    if SEP_HEX_GATE.search(text) is None:
        return
    for m in _SEP_HEX.finditer(text):
        sep = m.group("sep")
        body = m.group().replace(sep, "")
        try:
            raw = bytes.fromhex(body)
        except ValueError:
            continue
        yield m.start(), m.end(), raw, "hex_separated"


# --- Polybius square with letter coordinates ----------------------------------------------------
_SQUARE = "abcdefghiklmnopqrstuvwxyz"  # 5x5, i and j share a cell
#: The tests before the run scan: a word break between coordinate pairs, or four pairs written capital-small.
SQUARE_GATE = re.compile(r"[/|] [A-Ea-e]{2} [A-Ea-e]{2}")
_SQUARE_CAPS = re.compile(r"[A-E][a-e] [A-E][a-e] [A-E][a-e] [A-E][a-e]")
_SQUARE_RUN = re.compile(r"(?<![^\s\[\]:=(])[A-Ea-e]{2}(?:(?: [/|])* [A-Ea-e]{2}){7,3000}(?![^\W\d_])")


def _square_read(tokens: list[str], swap: bool) -> str:
    out = []
    for t in tokens:
        if t in "/|":
            out.append(" ")
            continue
        r, c = ord(t[0].lower()) - 97, ord(t[1].lower()) - 97
        if swap:
            r, c = c, r
        out.append(_SQUARE[r * 5 + c])
    return " ".join("".join(out).split())


def letter_square_runs(text: str, gated: bool = False) -> Iterator[tuple[int, int, list[str], str]]:
    """``(start, end, readings, rule)`` of each run of eight or more two-letter coordinate tokens (A-E),
    word breaks written as ``/``: the readings row-first and column-first (the caller keeps the one that
    reads). A run with no word break must stand behind a decode instruction (``gated``) and hold letters of
    both cases in a coordinate pattern (``Db Ae``): plain lower-case two-letter words ("be ad") are English."""
    slashed = (" / " in text or " | " in text) and SQUARE_GATE.search(text) is not None
    if not slashed and (not gated or _SQUARE_CAPS.search(text) is None):
        return  # without word breaks, only behind a decode instruction
    for m in _SQUARE_RUN.finditer(text):
        tokens = m.group().split()
        if "/" not in tokens and "|" not in tokens and not all(t[0].isupper() and t[1].islower() for t in tokens):
            continue
        yield m.start(), m.end(), [_square_read(tokens, False), _square_read(tokens, True)], "polybius_letters"


# --- a filler letter beside every letter ----------------------------------------------------------
def filler_letter(words: list[str]) -> tuple[str, int] | None:
    """``(letter, phase)`` when most words (two letters or more) have one letter at every other place:
    phase 1 after each letter (``tzhzez``), phase 0 before each (``ztzhze``); None otherwise."""
    long = [w for w in words if len(w) >= 2]
    if len(long) < 3:
        return None
    for phase in (1, 0):
        counts: dict[str, int] = {}
        for w in long:
            fill = w[phase::2]
            if len(w) % 2 == 0 and fill == fill[0] * len(fill):
                counts[fill[0]] = counts.get(fill[0], 0) + 1
        if counts:
            c, n = max(counts.items(), key=lambda kv: kv[1])
            if n >= max(3, 0.8 * len(long)):
                return c, phase
    return None


def unfill(word: str, letter: str, phase: int) -> str:
    """``word`` without its filler letters (as written when it does not carry the filler)."""
    low = word.lower()
    if len(word) >= 2 and len(word) % 2 == 0 and set(low[phase::2]) == {letter}:
        return word[1 - phase::2]
    return word


# --- Pig Latin under a letter substitution ----------------------------------------------------------
def shifted_pig_table(words: list[str], tables) -> tuple[str, dict] | None:
    """The substitution (``(name, table)`` of ``tables``) that turns the ending most words share into
    Pig Latin's ``ay`` (``hf`` under a Caesar shift of 7), or None: one count of the words' last two
    letters, then one probe per table."""
    ends: dict[str, int] = {}
    for w in words:
        if len(w) >= 3:
            ends[w[-2:]] = ends.get(w[-2:], 0) + 1
    if not ends:
        return None
    end, n = max(ends.items(), key=lambda kv: kv[1])
    if n < max(3, 0.8 * len(words)) or end == "ay":
        return None
    for name, table in tables:
        if end.translate(table) == "ay":
            return name, table
    return None
