"""Issue 10, branch `private5`: private people and undress imperatives the guard missed.

Rows: bench/private5_data.py (written before any change of the branch; ``tune`` half looked at
while tuning, ``check`` half never read row by row: only its totals are printed).

The measure, per class and half, under the ``ncii`` profile:

* ``block`` rows: share blocked;
* ``allow`` rows (the same people or verbs in non-sexual edits): share allowed;
* ``generic`` rows (sexual, about nobody): share NOT blocked (review is fine).

Run: ``NCIIGUARD_DATA=/work/shared/data PYTHONPATH=src .venv/bin/python bench/private5_validation.py [out.md]``
Writes ``bench/results/private5_validation.md`` (or the name given).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from private5_data import CLASSES  # noqa: E402

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402


def main() -> int:
    g = Guard("ncii", resources=Resources())
    ok_if = {"block": lambda a: a is Action.BLOCK, "allow": lambda a: a is Action.ALLOW,
             "generic": lambda a: a is not Action.BLOCK}
    rows, misses = [], []
    totals: dict[str, list[int]] = {}
    for cls, halves in CLASSES.items():
        for half in ("tune", "check"):
            res = {}
            for kind in ("block", "allow", "generic"):
                data = halves[half][kind]
                ok = 0
                for p in data:
                    d = g.screen_prompt(p)
                    good = ok_if[kind](d.action)
                    ok += good
                    if half == "tune" and not good:
                        misses.append((cls, kind, p, d.action.value, [r.code for r in d.reasons][:4]))
                res[kind] = (ok, len(data))
                t = totals.setdefault(f"{half}: {kind}", [0, 0])
                t[0] += ok
                t[1] += len(data)
            rows.append((cls, half, res))
    g.close()

    def pct(a, b):
        return f"{a}/{b} ({100 * a / max(b, 1):.0f}%)"

    out = ["# private5: private people and undress imperatives (hand-written validation)", "",
           "Rows: `bench/private5_data.py`, written before any change. `tune` was looked at while tuning; "
           "`check` was not (totals only).", "",
           "| class | half | block rows blocked | allow rows allowed | generic rows not blocked |",
           "|---|---|---:|---:|---:|"]
    out += [f"| {c} | {h} | {pct(*r['block'])} | {pct(*r['allow'])} | {pct(*r['generic'])} |" for c, h, r in rows]
    out += ["", "| total | ok | n | rate |", "|---|---:|---:|---:|"]
    out += [f"| **{k}** | {a} | {b} | {100 * a / max(b, 1):.1f}% |" for k, (a, b) in sorted(totals.items())]
    out += ["", "## Misses of the tune half (check half: counted, not listed)", ""]
    out += [f"- {c} [{kind}] `{p}` -> {a}; {r}" for c, kind, p, a, r in misses]
    text = "\n".join(out) + "\n"
    dest = Path(__file__).parent / "results" / (sys.argv[1] if len(sys.argv) > 1 else "private5_validation.md")
    dest.write_text(text)
    print("\n".join(line for line in out if line.startswith("| **") or line.startswith("| C")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
