"""Round 21 (issue 10): sexual requests outside English; imported by build_sexual_lexicon.py.

(Filled by round 21's helpers.)
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: {lang: {grade: [(term, score), ...]}} merged into the curated core.
MORE_21: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: (lang, rule, grade, score) rules added to PATTERNS_ML (rule syntax: see sexual_lexicon_r20.py).
PATTERNS_21: list[tuple[str, str, str, float]] = []
