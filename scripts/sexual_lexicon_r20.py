"""Round 20 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

Why: the retired held-out set v19 (read as a development set in round 20) asked for sexual imagery of named and
private people in languages and grammar the lexicon lacked. Grading as in sexual_lexicon_r19.py.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: (language, pattern, grade, score): the builder's pattern grammar ({a|b} alternatives, ~N gaps, !{...} tails).
PATTERNS_20: list[tuple[str, str, str, float]] = []

#: {language: {grade: [(term, score), ...]}}
MORE_20: dict[str, dict[str, list[tuple[str, float]]]] = {}
