"""Issue 10, branch `persons5a`: titles, role phrases, other-script names and initials in sexual requests.

Rows: bench/persons5a_data.py (written before any rule change; ``tune`` = even positions of every
list, looked at while tuning; ``check`` = odd positions, only its totals are printed).

Per class and half, with the ``ncii`` profile:

* ``block`` rows: share BLOCKED (and share with a person finding: a ``real_person_text`` subject
  label at >= 0.5, the policy's threshold);
* ``allow`` rows (the same person phrases, nothing sexual): share ALLOWED;
* ``generic`` rows (sexual, nobody in particular): share NOT blocked.

Run: ``NCIIGUARD_DATA=/work/shared/data PYTHONPATH=src .venv/bin/python bench/persons5a_validation.py [--misses]``
(``--misses`` lists the tune half's misses). Prints a table; writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from persons5a_data import ROWS, split  # noqa: E402

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402

SUBJECT = {"full_name", "protected_name", "handle", "private_person", "celebrity_term", "model_mention"}


def main() -> int:
    show = "--misses" in sys.argv
    g = Guard("ncii", resources=Resources())

    def screen(p: str):
        d = g.screen_prompt(p)
        persons = [f"{f.label}:{f.text}:{f.score:.2f}" for r in d.results for f in r.findings
                   if f.label in SUBJECT and f.score >= 0.5]
        return d.action, persons

    totals: dict[tuple[str, str], list[int]] = {}
    lines = ["| class | half | block rows blocked | with a person | allow rows allowed | generic rows not blocked |",
             "|---|---|---:|---:|---:|---:|"]
    misses = []
    for cls, lists in ROWS.items():
        for half in ("tune", "check"):
            res = {}
            for kind in ("block", "allow", "generic"):
                ok = fnd = 0
                rows = split(lists[kind], half)
                for p in rows:
                    a, persons = screen(p)
                    good = (a is Action.BLOCK if kind == "block" else a is Action.ALLOW if kind == "allow"
                            else a is not Action.BLOCK)
                    ok += good
                    fnd += bool(persons)
                    if not good and half == "tune":
                        misses.append((cls, kind, p, a.value, persons))
                res[kind] = (ok, fnd, len(rows))
                t = totals.setdefault((half, kind), [0, 0])
                t[0] += ok
                t[1] += len(rows)
            b, a_, ge = res["block"], res["allow"], res["generic"]
            lines.append(f"| {cls} | {half} | {b[0]}/{b[2]} | {b[1]}/{b[2]} | {a_[0]}/{a_[2]} | {ge[0]}/{ge[2]} |")
    g.close()
    lines += ["", "| total | ok / n | rate |", "|---|---:|---:|"]
    for (half, kind), (ok, n) in sorted(totals.items()):
        lines.append(f"| {half} {kind} | {ok}/{n} | {100 * ok / n:.1f}% |")
    print("\n".join(lines))
    if show:
        print("\n## tune misses")
        for c, k, p, a, f in misses:
            print(f"- {c} [{k}] {p!r} -> {a}; {f or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
