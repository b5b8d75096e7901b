"""Round 23 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v22 (read as a development set in round 23) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v22; each block below says which class it covers and what keeps its everyday senses clean.
"""

from __future__ import annotations

__all__ = ["MORE_23", "PATTERNS_23"]

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_23: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_23: list[tuple[str, str, str, float]] = []
