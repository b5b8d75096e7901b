"""A two-word name whose given name is a short word of some language (round 18): "Une Halvorsen
shaking hands", "Lo Vanna giving a speech", "Mi Sorvik nude on a bed".

The pair rules of :mod:`.fullnames` drop a pair whose first word is a common word of the field's or
another language ("Une" is French for "a", "Lo" Italian and Spanish for "it"), so that "una donna"
or "Une femme" are no names. In an English request, such a word written Title case before a
Title-case surname, opening the prompt and followed by what only a person does, is a given name.

The rule: at the field start (after an optional short label and colon, or a "/draw"-style command),
two Title-case words:

- the first of 2-8 letters, a word of another language the guard reads or a listed given name, and no
  English word of the gazetteer (an English word there is the prompt's own: "Big Ben", "The Weeknd";
  of two letters, only the function words of ``_ENGLISH_SHORT``: "Mu", "Yo" may be given names);
- the second of 3+ letters, no common word of any language the guard reads, not a sexual word,
  and a census surname or name-like by the letter model (0.7);
- then an English ``-ing`` verb of what a person does (``scripts._PERSON_DOING``) or a word of the
  sexual lexicon within the next two words.

Reported as ``full_name`` (0.55, ``kind`` ``short_first``). Cost: a look at the first words only.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..folding import strip_marks
from ..spans import Marks
from .found import finding
from .scripts import _PERSON_DOING

__all__ = ["short_first_findings"]

_OPEN = re.compile(r"^(?:[/!][a-z]{2,12} |[^\W\d_][\w ]{0,20}:[ \t]*)?([A-Z][^\W\d_]{1,7}) ([A-Z][^\W\d_]{2,20})[ ,]+([^\W\d_]+)(?: ([^\W\d_]+))?")
_MIN_LIKE = 0.7
#: English words of two letters that open a sentence; any other two-letter word may be a given name
#: even where English uses it ("Mu", "Yo", "Ji").
_ENGLISH_SHORT = frozenset("an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye ya".split())


def short_first_findings(nt, field: str, gaz, covered: Marks, common, sexual: frozenset[str], like) -> list[Finding]:
    """``full_name`` for the pair of the module docstring, or nothing."""
    text = nt.original[:200]
    m = _OPEN.match(text)
    if m is None or covered.overlaps(m.start(1), m.end(2)):
        return []
    first, last = strip_marks(m.group(1)).lower(), strip_marks(m.group(2)).lower()
    english = first in _ENGLISH_SHORT if len(first) == 2 else gaz.is_common_word(first)
    if english or first in sexual or not (common(first) or first in gaz.first):
        return []  # an English word; or a word of no list ("Kawaii Nekomimi"): the pair rules' call
    if common(last) or last in sexual or not (last in gaz.surname_rank or like(last) >= _MIN_LIKE):
        return []
    nxt = [w.lower() for w in (m.group(3), m.group(4)) if w]
    if not (nxt[0] in _PERSON_DOING or any(strip_marks(w) in sexual for w in nxt)):
        return []
    return [finding("full_name", 0.55, field, nt, m.start(1), m.end(2), {
        "kind": "short_first", "case": "title", "source": "text"})]
