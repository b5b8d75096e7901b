"""Undressing requests outside English, round 21 (issue 10).

(Filled by round 21's helpers.)

Every match is an edit of someone's picture (``person_edit`` in intent_text); undress_world.py joins these rules
to the world rules or to the base rules by language, like round 20's.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["RULES_21"]

_RX = lazy

#: (label, rule name, language, score, pattern) like RULES_20 (undress_world_20.py).
RULES_21: list[tuple[str, str, str, float, re.Pattern[str]]] = []
