"""Derive the literal gates of the private-person rows written as plain regexes
(``text/data/private_gates.json``; why and how they are used: ``nciiguard.text.persons.private_gates``).

    .venv/bin/python scripts/build_private_gates.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUT = ROOT / "src" / "nciiguard" / "text" / "data" / "private_gates.json"


def derive() -> dict[str, list[str]]:
    """SHA-256 of each plain row's regex source -> its proven literals (sorted), for rows that have any."""
    from nciiguard.text.persons.private import PRIVATE_PERSON_PATTERNS
    from nciiguard.text.persons.private_gates import pattern_digest, plain_rows
    from nciiguard.text.prefilter import required_literals

    out = {}
    for _name, rx in plain_rows(PRIVATE_PERSON_PATTERNS):
        lits = required_literals(rx)
        if lits:
            out[pattern_digest(rx)] = sorted(lits)
    return dict(sorted(out.items()))


def render(table: dict[str, list[str]]) -> str:
    return json.dumps(table, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    table = derive()
    OUT.write_text(render(table), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(table)} rows gated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
