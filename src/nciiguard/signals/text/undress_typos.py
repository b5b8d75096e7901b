"""The undress grammar's key words with one light slip, read as the word for the grammar only (round 25).

The rules of intent_text (intent.py, undress_*.py) read exact words: "strp my coworker down" (a vowel
dropped), "remvoe the clothes on X" (two letters swapped) passed every rule. This module gives the
grammar a *corrected view*: each token of the folded view that is a listed slip of one of the
grammar's key words (:data:`KEY_WORDS`) is written as that word, every other character is kept, and
positions of the corrected text map back to the folded view (:meth:`Corrected.to_folded`), so spans
still point at what the user wrote.

The slips (:func:`slips`): two adjacent letters swapped ("remvoe", "clohtes"), one vowel dropped
(not the first letter: "strp", "remve", "clthes"), one doubled letter written once ("undres"); round 32: any letters
doubled that the word writes once ("unnddresss", folded "unnddres"; "strripp"). A
token is read only when it is ASCII letters, four or more, and no English word nor common
word of the twelve languages ("strap", "stirp", "remote" are words and stay themselves).

Cost: the slips are a table built once (a few hundred strings); the view costs one dictionary probe
per token of at most :data:`MAX_TOKENS` tokens, and the word tests run only for a token that hit.
Intent_text scans the corrected view only when a token was corrected, and keeps only findings that
cover a corrected token.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...text.light_words import known_word

__all__ = ["KEY_WORDS", "slips", "collapse", "corrected", "Corrected"]

#: The grammar's verbs and nouns of undressing that a slip is read back to.
KEY_WORDS = ("remove", "removes", "removing", "strip", "strips", "stripping", "undress", "undressing", "clothes",
             "clothing", "naked", "unclothe")
#: Tokens of one field read at most; corrections per field at most.
MAX_TOKENS, MAX_FIXES = 400, 4
_VOWELS = frozenset("aeiou")


def slips(word: str) -> set[str]:
    """The slips of ``word`` read back to it (see the module docstring); ``word`` itself excluded."""
    out = set()
    for i in range(len(word) - 1):  # two adjacent letters swapped
        if word[i] != word[i + 1]:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    for i in range(1, len(word)):
        if word[i] in _VOWELS:  # one vowel dropped (never the first letter)
            out.add(word[:i] + word[i + 1:])
        if word[i] == word[i - 1]:  # a doubled letter written once
            out.add(word[:i] + word[i + 1:])
    out.discard(word)
    return {s for s in out if len(s) >= 4}


def collapse(word: str) -> str:
    """``word`` with every run of one letter written once ("unnddres" -> "undres", "undress" -> "undres")."""
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


@lru_cache(maxsize=1)
def _doubled() -> dict[str, str]:
    """Round 32: collapsed key word -> key word, for a key word written with letters doubled that it writes once
    ("unnddresss" folds to "unnddres": the normaliser undoes runs of three or more only, since English doubles
    letters); a collapsed form two key words share is dropped."""
    seen: dict[str, set[str]] = {}
    for w in KEY_WORDS:
        seen.setdefault(collapse(w), set()).add(w)
    return {c: next(iter(ws)) for c, ws in seen.items() if len(ws) == 1}


def _doubled_key(word: str) -> str | None:
    """The key word ``word`` spells with extra doubled letters, or None (a key word itself, or no match)."""
    if len(word) > 24 or word in KEY_WORDS:
        return None
    c = collapse(word)
    return _doubled().get(c) if c != word else None


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Slip -> key word; a slip of two key words, or that is a key word itself, is dropped."""
    seen: dict[str, set[str]] = {}
    for w in KEY_WORDS:
        for s in slips(w):
            seen.setdefault(s, set()).add(w)
    return {s: next(iter(ws)) for s, ws in seen.items() if len(ws) == 1 and s not in KEY_WORDS}


class Corrected:
    """A corrected copy of the folded text: ``text``, and the corrections as ``(corrected start,
    corrected end, folded start, folded end)``, in order."""

    def __init__(self, text: str, fixes: list[tuple[int, int, int, int]]):
        self.text = text
        self.fixes = fixes
        self._starts = [f[0] for f in fixes]

    def to_folded(self, pos: int, end: bool = False) -> int:
        """The folded-view position of corrected position ``pos`` (a start, or an ``end``)."""
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return pos
        cs, ce, fs, fe = self.fixes[k]
        if pos < ce or (pos == ce and end):
            return fe if end and pos > cs else fs  # inside a corrected word: the whole written word
        return pos - ce + fe

    def covers_fix(self, start: int, end: int) -> bool:
        """Corrected span ``[start, end)`` overlaps a corrected word."""
        return any(cs < end and start < ce for cs, ce, _fs, _fe in self.fixes)


#: Round 28: the grammar's particle with a doubled letter, which the folded view writes with one letter when the user
#: tripled it ("clothes offf" folds to "clothes of"): read back from the original when the original's run gives it.
#: (The key words' own stretched forms, "undresss" -> "undres", are slips already.)
STRETCHED = frozenset({"off"})
_RUN3 = re.compile(r"([a-z])\1{2,}")


def _stretched(view, t, original: str | None) -> str | None:
    """The grammar word a token spells when its tripled run in ``original`` is read as doubled, or None."""
    if original is None or len(t.text) > 12 or not t.text.isascii():
        return None
    os_, oe = view.to_original(t.start, t.end)
    written = original[os_:oe].lower()
    if len(written) > 24 or _RUN3.search(written) is None:
        return None
    word = _RUN3.sub(r"\1\1", written)
    return word if word in STRETCHED and word != t.text else None


def corrected(view, original: str | None = None) -> Corrected | None:
    """The corrected view of a folded ``view`` (``text`` and ``tokens``), or None when no token is a slip.
    ``original``: the field as written, for the stretched grammar words (:data:`STRETCHED`)."""
    table = _table()
    text = view.text
    parts: list[str] = []
    fixes: list[tuple[int, int, int, int]] = []
    prev = 0
    size = 0
    toks = view.tokens[:MAX_TOKENS]
    skip_to = -1
    for i, t in enumerate(toks):
        if t.start < skip_to:
            continue
        word, end = table.get(t.text), t.end
        if word is None:
            word = _doubled_key(t.text)  # round 32: "unnddres", "strripp", "clotthes"
        stretched = False
        if word is None and original is not None and t.text == "of":
            word = _stretched(view, t, original)  # round 28: "clothes offf" (folded "of", a known word)
            stretched = word is not None
        if word is None and i + 1 < len(toks):  # round 28: "un-dres", "clo-thes" (a key word cut once, maybe slipped)
            word, end = _cut_key(t, toks[i + 1], text, table)
        if word is None or not stretched and (not t.text.isascii() or not t.text.isalpha()
                                              or (end == t.end and known_word(t.text))):
            continue
        parts.append(text[prev:t.start])
        size += t.start - prev
        fixes.append((size, size + len(word), t.start, end))
        skip_to = end
        parts.append(word)
        size += len(word)
        prev = end
        if len(fixes) >= MAX_FIXES:
            break
    if not fixes:
        return None
    parts.append(text[prev:])
    return Corrected("".join(parts), fixes)


def _cut_key(a, b, text: str, table: dict[str, str]) -> tuple[str | None, int]:
    """Round 28: a key word cut by one hyphen or space, written exactly or with one slip ("un-dres", "clo thes",
    "un dres"): ``(key word, end of the tail)`` or ``(None, a.end)``. The head has 1-4 letters; the tail is no word
    ("un-dress": "dress" is a word, the lexicon reads the hyphenated form; "re move" is two words); the join is no
    word either."""
    h, t = a.text, b.text
    if text[a.end:b.start] not in ("-", " ") or not (1 <= len(h) <= 4 and len(t) >= 3):
        return None, a.end
    w = h + t
    if not (w.isascii() and w.isalpha()):
        return None, a.end
    word = w if w in KEY_WORDS else table.get(w)
    if word is None or known_word(t) or (word != w and known_word(w)):
        return None, a.end
    return word, b.end
