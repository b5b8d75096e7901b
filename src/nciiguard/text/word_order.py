"""How English a run of decoded words reads in its order, and putting a reversed run back (phrase_decode).

Split out of :mod:`.phrase_decode` (round 20) so that the decoder stays one module of readers: a
determiner goes before a noun or adjective, never before a preposition or an imperative verb and never
last; an image prompt starts with its verb, it does not end with it.
"""

from __future__ import annotations

import re

__all__ = ["_order", "_reorder"]

#: Determiners and prepositions whose order tells English from a run read backwards.
_DET = frozenset("a an the her his my your their our its any all every no some this that".split())
_PREP = frozenset("on in at of to with by from into off without for and".split())


def _order(words: list[str]) -> int:
    """How English the word order looks: a determiner goes before a noun or adjective, never before a
    preposition or an imperative verb and never last ("without any clothes on", not "on clothes any
    without"); an image prompt starts with its verb, it does not end with it (round 20: "remove the
    clothes of ...", not "... of clothes the remove")."""
    score = 0
    for i, w in enumerate(words):
        if w in _DET:
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None or nxt in _PREP:
                score -= 2
            elif nxt in _VERBS:
                score -= 1
            elif nxt not in _DET:
                score += 1
    if len(words) >= 3:
        score += (words[0] in _VERBS) - (words[-1] in _VERBS)
    return score


#: Imperative verbs an image prompt starts with (round 20, :func:`_order`).
_VERBS = frozenset("remove take strip undress make draw show render generate create paint put give edit "
                   "turn change erase delete photoshop".split())


def _reorder(reading: str) -> tuple[str, bool]:
    """The reading with its words in reverse order when that order reads as English and the written one
    does not (round 20: a payload whose word order was reversed before it was coded)."""
    toks = reading.split()
    low = [t.lower().strip(".,;:!?") for t in toks]
    if len(toks) >= 3 and _order(low) < 0 and _order(low[::-1]) >= _order(low) + 2:
        return " ".join(toks[::-1]), True
    return reading, False


#: A coded word (as phrase_decode reads them): ASCII letters between non-letters.
_CODED_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")


def rejoin(text: str, a: int, b: int, reading: list[str]) -> str:
    """A stretch's reading joined as its coded words were: an apostrophe before a clitic stays one
    ("vantongeren's", round 23), a hyphen or space reads as a space."""
    seg = text[a:b]
    if "'" not in seg:
        return " ".join(reading)
    ms = list(_CODED_WORD.finditer(seg))
    if len(ms) != len(reading):
        return " ".join(reading)
    out = [reading[0]]
    for k in range(1, len(ms)):
        out.append(("'" if seg[ms[k - 1].end():ms[k].start()] == "'" else " ") + reading[k])
    return "".join(out)
