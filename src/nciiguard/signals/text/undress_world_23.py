"""Undressing requests outside English, round 23 (issue 10).

Why: the development set v22 (retired in round 23) asked for a person to be undressed in a picture with grammar
the earlier object readers did not reach. Each rule names a fixed verb and bounded windows over the ``folded``
view, so matching stays linear; what keeps each match honest is said beside it.

Every match is an edit of someone's picture (``person_edit`` in intent_text); undress_world.py joins these rules
to the world rules or to the base rules by language, like rounds 20 to 22.
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["RULES_23"]

_RX = lazy

#: (intent, rule name, language, score, pattern)
RULES_23: list[tuple[str, str, str, float, re.Pattern[str]]] = []
