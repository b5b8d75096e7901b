"""Leetspeak as one layer of a two-layer code behind a decode instruction (round 33).

Why: a clause can be disguised twice with cheap transforms: written right to left, a letter substitution
(ROT13 or another Caesar shift, Atbash) and leetspeak ("4" for a, "3" for e, "$" for s). The clause reader
of :mod:`.phrase_decode` reads every pair of reversal and substitution, but a leet symbol is no letter: it
broke the clause ("$" ends one) and no table turns it, so "gnxr b$$ nyy" (leet, then ROT13) and
"c17$1l43r070hp" (leet, then reversed) were read as nothing. A model front end told to decode undoes every
layer, so this module gives the clause reader the two ways leetspeak can stand among the others:

- *leet last* (the substitution or reversal came first, then leet): each leet symbol inside a word is the
  letter it stands for (:data:`.folding.LEET_MAP`, "1" as "i"), and the clause is read as any coded clause
  (:func:`folded`);
- *leet first* (the substitution came last and left the digits alone): the digits are plain letters among
  substituted ones, so
  the letters are decoded under each table (Atbash, the 25 Caesar shifts) and the symbols folded after
  (:func:`leet_first`), read as written, mirrored or word by word.

Only behind a decode instruction, at the top layer, on text whose words hold leet symbols between letters;
the folded text keeps every character's place (one letter for one symbol), so findings point at what the
user typed. Cost: one pass to fold; for leet first at most 26 tables times three orders of one clause, each linear in the first :data:`MAX_SCAN` characters.
"""

from __future__ import annotations

import re
from typing import Iterator

from .folding import LEET_MAP

__all__ = ["folded", "leet_first", "has_leet", "MAX_SCAN", "MAX_WORD"]

_WORDS = re.compile(r"[a-z]+")

MAX_SCAN = 20000
#: Characters of a token read as a leet word at most.
MAX_WORD = 40
_FOLD = {**LEET_MAP, "1": "i"}
#: A run of leet symbols touching a letter: "b$$", "3ru", "p17$", "py07u3$".
_LEET = re.compile(r"(?<=[A-Za-z])[0-9$@!]+|[0-9$@!]+(?=[A-Za-z])")
#: A token of a number, size, ratio, age or count ("768x1152", "2024", "4k", "26yo", "3pm"): no leetspeak.
_NUMERIC = re.compile(r"[(\[]?\d+(?:[x:./,-]\d+)*(?:k|px|p|yo|s|%|am|pm|th|st|nd|rd|h|m|cm|mm|kg)?[)\]]?[,.;:!?]?")
_TOKEN = re.compile(r"\S+")


def _places(text: str) -> Iterator[int]:
    """Places of the leet symbols inside words of ``text`` (numbers and sizes left alone, and tokens longer
    than :data:`MAX_WORD`: a hex or base64 blob is no leet word, and its decoders read it)."""
    for t in _TOKEN.finditer(text):
        g = t.group()
        if len(g) > MAX_WORD or _NUMERIC.fullmatch(g):
            continue
        for m in _LEET.finditer(g):
            for k in range(m.start(), m.end()):
                if g[k] in _FOLD:
                    yield t.start() + k


def has_leet(text: str) -> bool:
    """Two leet symbols or more stand inside words of ``text`` (its first :data:`MAX_SCAN` characters)."""
    n = 0
    for _i in _places(text[:MAX_SCAN]):
        n += 1
        if n >= 2:
            return True
    return False


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` (its first :data:`MAX_SCAN` characters) with each leet symbol inside a word folded to its
    letter (same length), and the places folded."""
    text = text[:MAX_SCAN]
    at = list(_places(text))
    chars = list(text)
    for i in at:
        chars[i] = _FOLD[chars[i]]
    return "".join(chars), at


def leet_first(seg: str, tables, listed, reads, order) -> tuple[str, str] | None:
    """``seg`` read as leetspeak put in before a letter substitution (which left the symbols alone) and,
    maybe, a reversal: for each ``(name, table)`` of ``tables`` (decoding tables), the letters decoded and
    the symbols folded, read as written, mirrored or each word turned. A reading counts when ``reads``
    accepts its words and most words that held a symbol are ``listed`` (26 tables and three orders are many
    guesses: a wrong table must not make words of the symbols); the best order by ``order`` of the first
    table that reads. ``(reading, rule)`` or None."""
    places = set(_places(seg))
    if not places:
        return None
    marked = "".join("\x00" if i in places else " " for i in range(len(seg)))  # where the symbols stand
    best = None
    for name, table in tables:
        dec, _at = folded(seg.lower().translate(table))
        for cand, marks, tag in ((dec, marked, ""), (dec[::-1], marked[::-1], "reversed_text+"),
                                 (" ".join(w[::-1] for w in dec.split(" ")),
                                  " ".join(w[::-1] for w in marked.split(" ")), "reversed_words+")):
            words = [(m.group(), "\x00" in marks[m.start():m.end()]) for m in _WORDS.finditer(cand)]
            sym = [w for w, has in words if has]
            if sym and reads([w for w, _h in words]) and 5 * sum(w in listed for w in sym) >= 3 * len(sym):
                score = (order([w for w, _h in words]), tag == "")
                if best is None or score > best[0]:
                    best = (score, cand, tag + name)
        if best is not None:
            break  # one table reads: the others are chance
    return (best[1], best[2]) if best is not None else None
