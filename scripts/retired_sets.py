"""The retired held-out sets as training data: one reader, one refusal rule, for every trainer.

Why: three trainers (train_private_reference, train_semantic_sexual, train_writers_classifier) each read
the independent authors' tsv files themselves, with their own refusal lists that had to be edited every
round (round 26's review). Here the rule is written once, from bench/heldout.py itself:

- a set in ``heldout.UNREAD`` (never seen: nobody has read a number) is refused;
- v1-v10 are refused too: their numbers are read, their rows never (they stay out of sample);
- every other set of ``heldout.SETS`` is a retired author's set, read whole.

Which retired authors a model trains on and which it validates on stays the trainer's choice (a split
written before training); this module only says which sets may be read at all.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Sets whose numbers are reported but whose rows are never read (out-of-sample for every model).
NUMBERS_ONLY = frozenset(f"v{i}" for i in range(1, 11))


def _heldout():
    bench = str(ROOT / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    import heldout

    return heldout


def readable(key: str) -> bool:
    """``key`` ("v11" or "11") names a retired set whose rows a trainer may read."""
    key = key if key.startswith("v") else f"v{key}"
    h = _heldout()
    return key not in h.UNREAD and key not in NUMBERS_ONLY and any(hs.key == key for hs in h.SETS)


def read_set(key: str) -> list[dict]:
    """The rows (tsv columns as a dict) of the retired set ``key``; refuses never-seen and numbers-only sets."""
    key = key if key.startswith("v") else f"v{key}"
    h = _heldout()
    if key in h.UNREAD:
        raise SystemExit(f"{key} is never seen (bench/heldout.py UNREAD): never trained or calibrated on")
    if key in NUMBERS_ONLY:
        raise SystemExit(f"{key} is numbers only: its rows are never read")
    by_key = {hs.key: hs for hs in h.SETS}
    if key not in by_key:
        raise SystemExit(f"{key}: no such held-out set in bench/heldout.py")
    with open(by_key[key].tsv, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))
