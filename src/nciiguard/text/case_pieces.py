"""Where capitals cut a word into pieces: camelCase glue ("BrimNueWub", "FnarStrippingTrx"), split at
each lower-to-upper change, and words in alternating case ("fEdErIcO vAlvErdE", a name in mocking
case), which are no glue: their pieces are one or two letters, and two of them read together spell
what the writer never meant ("f Ed" read as "f'ed")."""

from __future__ import annotations

import re

#: A lower-case letter followed by a capital inside a word: where camelCase glues words together.
CAMEL = re.compile(r"[a-z\u00df-\u00ff](?=[A-Z\u00c0-\u00de])")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def alternating_case(text: str) -> list[tuple[int, int]]:
    """Spans of the words in alternating case: four or more pieces at the lower-to-upper changes,
    three in four of them one or two letters long. One linear pass."""
    out = []
    for run in _LETTER_RUN.finditer(text):
        bounds = [run.start()] + [m.start() + 1 for m in CAMEL.finditer(text, run.start(), run.end())]
        bounds.append(run.end())
        short = sum(1 for a, b in zip(bounds, bounds[1:]) if b - a <= 2)
        if len(bounds) - 1 >= 4 and short * 4 >= (len(bounds) - 1) * 3:
            out.append((run.start(), run.end()))
    return out
