"""Branch `persons5b` (issue 10): one name, a joined handle or a person LoRA in a sexual request.

Rows: ``bench/persons5b_data.py`` (written before any change; its docstring states the fixed
TUNE/CHECK split). Measured with the ``ncii`` profile:

* ``block`` rows: share blocked (and, to tell a missed person from a missed sexual word, the
  share whose ``sexual`` category is true);
* ``review`` rows (sexual, about nobody): share NOT blocked;
* ``allow`` rows (non-sexual, one name): share allowed.

Run: ``PYTHONPATH=src .venv/bin/python bench/persons5b_validation.py tune|check [--misses]``
Misses are printed for the tune half only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from persons5b_data import rows  # noqa: E402

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402


def main(argv: list[str]) -> int:
    half = argv[0] if argv else "tune"
    if half not in ("tune", "check"):
        raise SystemExit("half: tune or check")
    show = "--misses" in argv and half == "tune"
    g = Guard("ncii", resources=Resources())
    tot = {"block": [0, 0, 0], "review": [0, 0], "allow": [0, 0]}
    print(f"half: {half}")
    print("| class | block rows blocked | (sexual true) | review rows not blocked | allow rows allowed |")
    print("|---|---:|---:|---:|---:|")
    misses: list[str] = []
    for cls, kinds in rows(half).items():
        b = s = r = a = 0
        for p in kinds["block"]:
            d = g.screen_prompt(p)
            b += d.action is Action.BLOCK
            s += bool(d.categories.get("sexual"))
            if d.action is not Action.BLOCK:
                misses.append(f"{cls} [block] {d.action.value} sexual={d.categories.get('sexual')}: {p}")
        for p in kinds["review"]:
            d = g.screen_prompt(p)
            r += d.action is not Action.BLOCK
            if d.action is Action.BLOCK:
                misses.append(f"{cls} [review] BLOCK {[x.code for x in d.reasons]}: {p}")
        for p in kinds["allow"]:
            d = g.screen_prompt(p)
            a += d.action is Action.ALLOW
            if d.action is not Action.ALLOW:
                misses.append(f"{cls} [allow] {d.action.value}: {p}")
        nb, nr, na = len(kinds["block"]), len(kinds["review"]), len(kinds["allow"])
        print(f"| {cls} | {b}/{nb} | {s}/{nb} | {r}/{nr} | {a}/{na} |")
        for k, v in (("block", (b, nb, s)), ("review", (r, nr)), ("allow", (a, na))):
            for i, x in enumerate(v):
                tot[k][i] += x
    g.close()
    bb, nb, ss = tot["block"]
    print(f"| **total** | {bb}/{nb} ({100 * bb / nb:.1f}%) | {ss}/{nb} | "
          f"{tot['review'][0]}/{tot['review'][1]} ({100 * tot['review'][0] / tot['review'][1]:.1f}%) | "
          f"{tot['allow'][0]}/{tot['allow'][1]} ({100 * tot['allow'][0] / tot['allow'][1]:.1f}%) |")
    if show:
        print("\n".join(["", "misses (tune):"] + misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
