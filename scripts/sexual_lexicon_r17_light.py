"""Round 17 (issue 10): light obfuscation's slang, clipped and misspelt sexual words, imported by
build_sexual_lexicon.py.

(Filled in by this round's light-obfuscation work: see the docstring it adds here.)
"""

from __future__ import annotations

#: language -> grade -> [(term, score)], merged into the curated lexicon.
MORE_17_LIGHT: dict[str, dict[str, list[tuple[str, float]]]] = {}
#: (language, rule, grade, score) phrase rules, in the rule syntax of build_sexual_lexicon.py.
PATTERNS_17_LIGHT: list[tuple[str, str, str, float]] = []
