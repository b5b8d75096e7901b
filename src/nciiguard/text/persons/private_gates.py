"""Literal gates for the private-person rows written as plain regexes, derived once and shipped.

Why: :func:`.private.private_person_spans` scans only the rows whose literals the text holds
(:class:`.roles_ml._Gated`, literals written by hand beside each row). A row written as a plain
regex had no gate and was scanned on every prompt (42 rows). :func:`..prefilter.required_literals`
proves a set of literals every match of a regex contains, but deriving them costs ~0.2 s at
start-up for these alternations, so ``scripts/build_private_gates.py`` derives them once into
``text/data/private_gates.json``, keyed by the SHA-256 of each regex's source. A row whose regex
changed finds no entry and stays ungated (correct, only slower); ``tests/unit/test_prefilter.py``
fails until the script is run again.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Sequence

from ..._data import read_text
from ..lazy_regex import LazyPattern
from .roles_ml import _Gated

GATES_FILE = "text/data/private_gates.json"


class DerivedGate(_Gated):
    """A row gated by derived literals (not hand-written ones); its regex is ``_rx``."""

    __slots__ = ()


def pattern_digest(rx: re.Pattern[str]) -> str:
    """SHA-256 of a regex's source: the key of its derived gate."""
    return hashlib.sha256(rx.pattern.encode("utf-8")).hexdigest()


def plain_rows(rows: Sequence[tuple[str, float, object]]) -> list[tuple[str, re.Pattern[str]]]:
    """(name, regex) of the rows without a hand-written gate (gated by derivation or not at all)."""
    out = []
    for name, _score, pat in rows:
        if isinstance(pat, (re.Pattern, LazyPattern, DerivedGate)):
            rx = pat._rx if isinstance(pat, DerivedGate) else pat
            out.append((name, rx.compiled() if isinstance(rx, LazyPattern) else rx))  # build and test time only
    return out


def with_derived_gates(rows: Sequence[tuple[str, float, object]]) -> list[tuple[str, float, object]]:
    """``rows`` with each plain regex that has a derived entry wrapped in its :class:`DerivedGate`."""
    table = json.loads(read_text(GATES_FILE))
    out = []
    for name, score, pat in rows:
        # A plain row is a compiled regex or one compiled on first use (text/lazy_regex.py).
        lits = table.get(pattern_digest(pat)) if isinstance(pat, (re.Pattern, LazyPattern)) else None
        out.append((name, score, DerivedGate(tuple(lits), pat) if lits else pat))
    return out
