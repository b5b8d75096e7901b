"""Round 18 (issue 10): placeholder, filled by this round's English euphemism work; imported by build_sexual_lexicon.py."""

from __future__ import annotations

PATTERNS_18_EN: list[tuple[str, str, str, float]] = []
MORE_18_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
