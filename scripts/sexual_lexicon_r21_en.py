"""Round 21 (issue 10): English sexual requests, disguises and light respellings; imported by build_sexual_lexicon.py.

(Filled by round 21's helpers.)
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: {lang: {grade: [(term, score), ...]}} merged into the curated core.
MORE_21_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: (lang, rule, grade, score) rules added to PATTERNS_ML (rule syntax: see sexual_lexicon_r20.py).
PATTERNS_21_EN: list[tuple[str, str, str, float]] = []
