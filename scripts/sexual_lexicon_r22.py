"""Round 22 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v21 (read as a development set in round 22) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v21; each block below says which class it covers and what keeps its everyday senses clean.
"""

from __future__ import annotations

__all__ = ["MORE_22", "PATTERNS_22"]

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_22: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_22: list[tuple[str, str, str, float]] = []
