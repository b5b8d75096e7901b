"""Derive the literal gates of the private-person rows written as plain regexes.

Why: ``text.persons.private.private_person_spans`` scans only the rows whose literals the text holds
(:class:`.roles_ml._Gated`); a row written as a plain regex had no gate and was scanned on every
prompt (43 rows, ~0.1 ms a prompt). ``text.prefilter.required_literals`` proves a set of literals
every match of a regex contains, but deriving them costs ~0.2 s at start-up for these alternations,
so the sets are derived here once and shipped as ``text/data/private_gates.json``, keyed by the
SHA-256 of each regex's source. A row whose regex changed finds no entry and is scanned ungated
(correct, only slower) until this script is run again; ``tests/unit/test_prefilter.py`` fails
until it is.

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
    from nciiguard.text.persons.private import plain_rows, pattern_digest
    from nciiguard.text.prefilter import required_literals

    out = {}
    for _name, rx in plain_rows():
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
