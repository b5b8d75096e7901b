"""Two small helpers shared by the cipher readers (classic_ciphers.py, gated_ciphers.py, keyed_ciphers.py).

Why a module of its own: classic_ciphers.py calls the gated and keyed readers, and they need these two helpers;
holding them here keeps the three modules free of an import cycle (round 22).
"""

from __future__ import annotations

import re

__all__ = ["_alternatives", "_row_lengths", "_ABC", "_MORSE_GATE", "_MORSE_GLYPHS", "_SUBST", "_TABLES"]


def _row_lengths(n: int, length: int) -> list[int]:
    """How many characters each of ``n`` rails holds in a fence of ``length`` characters."""
    cycle = 2 * (n - 1)
    full, rem = divmod(length, cycle)
    out = []
    for r in range(n):
        edge = r in (0, n - 1)
        out.append(full * (1 if edge else 2) + (r < rem) + (not edge and cycle - r < rem))
    return out


def _alternatives(word: str, alt: dict[str, str], known) -> str:
    """The word as decoded or, when it is no listed word, the first reading with some of the letters
    the cipher shares (``alt``) swapped that is one (at most 16 readings)."""
    if word in known:
        return word
    pos = [i for i, c in enumerate(word) if c in alt][:4]
    for mask in range(1, 1 << len(pos)):
        chars = list(word)
        for k, i in enumerate(pos):
            if mask >> k & 1:
                chars[i] = alt[chars[i]]
        cand = "".join(chars)
        if cand in known:
            return cand
    return word


# --- substitution tables and Morse glyphs of phrase_decode (moved here in round 23) -----------------
_ABC = "abcdefghijklmnopqrstuvwxyz"
_KB_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: A key's neighbour on a QWERTY keyboard, with or without wrapping round at the row's end (writers
#: of a shifted text do both: "full" one key to the right is "giaa" or "g;;").
_KB_LEFT = str.maketrans({r[i]: r[i - 1] for r in _KB_ROWS for i in range(1, len(r))})
_KB_RIGHT = str.maketrans({r[i]: r[i + 1] for r in _KB_ROWS for i in range(len(r) - 1)})
_KB_LEFT_WRAP = str.maketrans({r[i]: r[i - 1] for r in _KB_ROWS for i in range(len(r))})
_KB_RIGHT_WRAP = str.maketrans({r[i]: r[(i + 1) % len(r)] for r in _KB_ROWS for i in range(len(r))})
_SUBST: list[tuple[str, dict]] = [("atbash", str.maketrans(_ABC, _ABC[::-1]))]
_SUBST += [(f"caesar{k}", str.maketrans(_ABC, _ABC[-k:] + _ABC[:-k])) for k in range(1, 26)]
_SUBST += [("keyboard_left", _KB_LEFT), ("keyboard_right", _KB_RIGHT), ("keyboard_left", _KB_LEFT_WRAP),
           ("keyboard_right", _KB_RIGHT_WRAP)]
_TABLES = dict(_SUBST[:26])

#: Round 20: Morse written with other dot and dash glyphs (U+2212 minus, hyphens and dashes, bullets,
#: middle dots), mapped one character for one to what :mod:`.spelled_runs` reads (spans stay valid).
_MORSE_GLYPHS = str.maketrans("\u2212\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2219\u22c5\u25cf\u2027",
                              "--------..••")
_MORSE_GATE = re.compile("[\u2212\u2010-\u2015\u2043\u2219\u22c5\u25cf\u2027]")


def _any_listed(ps: list[str], known):
    """``hit(table)``: whether a substitution table makes any of ``ps`` a listed word. Round 30 (cost): the
    probes joined by NUL are translated in one call and looked up by the set in C (the tables map letters and
    keyboard punctuation, never NUL); the same answer as ``any(p.translate(table) in known for p in ps)``,
    which stays the reading of any other container. Round 33 (cost): a probe holding NUL is what sends a
    text to the scan (the join puts len(ps) - 1 of them; the test was "any NUL", so every run of two or
    more probes, nearly all, took the scan)."""
    joined = "\x00".join(ps)
    if not ps or type(known) is not frozenset or joined.count("\x00") != len(ps) - 1:
        return lambda table: any(p.translate(table) in known for p in ps)
    isdisjoint = known.isdisjoint
    return lambda table: not isdisjoint(joined.translate(table).split("\x00"))
