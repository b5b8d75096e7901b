"""Round 17 (issue 10): sexual words and phrases added in round 17, imported by build_sexual_lexicon.py.

(Filled in by this round's lexicon work: see the docstring it adds here.)
"""

from __future__ import annotations

#: language -> grade -> [(term, score)], merged into the curated lexicon.
MORE_17: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: (language, rule, grade, score) phrase rules, in the rule syntax of build_sexual_lexicon.py.
PATTERNS_17: list[tuple[str, str, str, float]] = []
