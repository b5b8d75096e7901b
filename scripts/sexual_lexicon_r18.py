"""Round 18 (issue 10): placeholder, filled by this round's lexicon work; imported by build_sexual_lexicon.py."""

from __future__ import annotations

PATTERNS_18: list[tuple[str, str, str, float]] = []
MORE_18: dict[str, dict[str, list[tuple[str, float]]]] = {}
