"""Issue 10 round 4: finding the person a sexual request is about (branch `persons4`).

Rows: bench/persons_r4_data.py (written before any change of the round; ``tune`` half looked at
while tuning, ``check`` half never read row by row: only its totals are printed).

Per class and half:

* ``block`` rows: share blocked by the ``ncii`` profile, and share with a person finding
  (a ``real_person_text`` subject label at >= 0.5, the policy's threshold);
* ``nofire`` rows: share with NO person finding, and share not blocked.

Run: ``PYTHONPATH=src .venv/bin/python bench/persons_r4.py [out-name.md]``
Writes ``bench/results/persons_r4.md`` (or the name given).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from persons_r4_data import CLASSES  # noqa: E402

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402
from nciiguard.signals.text.real_person import RealPersonTextSignal  # noqa: E402
from nciiguard.text import normalize  # noqa: E402

SUBJECT = {"full_name", "protected_name", "handle", "private_person", "celebrity_term", "model_mention"}


def main() -> int:
    g = Guard("ncii", resources=Resources())
    sig = RealPersonTextSignal()
    sig.ensure_loaded()

    def person(p: str) -> list[str]:
        return [f"{f.label}:{f.text}" + (f":{f.evidence.get('pattern') or f.evidence.get('kind') or ''}")
                for f in sig.detect_text(normalize(p)) if f.label in SUBJECT and f.score >= 0.5]

    rows, misses = [], []
    totals: dict[str, list[int]] = {}
    for cls, halves in CLASSES.items():
        for half in ("tune", "check"):
            data = halves[half]
            blk = fnd = 0
            for p in data["block"]:
                a = g.screen_prompt(p).action
                f = person(p)
                blk += a is Action.BLOCK
                fnd += bool(f)
                if half == "tune" and (a is not Action.BLOCK or not f):
                    misses.append((cls, "block", p, a.value, f))
            quiet = notblk = 0
            for p in data["nofire"]:
                a = g.screen_prompt(p).action
                f = person(p)
                quiet += not f
                notblk += a is not Action.BLOCK
                if half == "tune" and (f or a is Action.BLOCK):
                    misses.append((cls, "nofire", p, a.value, f))
            nb, nn = len(data["block"]), len(data["nofire"])
            rows.append((cls, half, blk, fnd, nb, quiet, notblk, nn))
            for key, v in ((f"{half}: block rows blocked", (blk, nb)), (f"{half}: block rows with a person", (fnd, nb)),
                           (f"{half}: nofire rows with no person", (quiet, nn)),
                           (f"{half}: nofire rows not blocked", (notblk, nn))):
                t = totals.setdefault(key, [0, 0])
                t[0] += v[0]
                t[1] += v[1]
    g.close()

    def pct(a, b):
        return f"{a}/{b} ({100 * a / b:.0f}%)"

    out = ["# Persons, round 4: hand-written validation (branch `persons4`)", "",
           "Rows: `bench/persons_r4_data.py`, written before any change. `tune` was looked at while "
           "tuning; `check` was not (totals only). Person = a `real_person_text` subject finding at >= 0.5.", "",
           "| class | half | block rows blocked | block rows with a person | nofire rows with no person "
           "| nofire rows not blocked |", "|---|---|---:|---:|---:|---:|"]
    out += [f"| {c} | {h} | {pct(b, nb)} | {pct(f, nb)} | {pct(q, nn)} | {pct(x, nn)} |"
            for c, h, b, f, nb, q, x, nn in rows]
    out += ["", "| total | ok | n | rate |", "|---|---:|---:|---:|"]
    out += [f"| **{k}** | {a} | {b} | {100 * a / b:.1f}% |" for k, (a, b) in sorted(totals.items())]
    out += ["", "## Misses of the tune half (check half: counted, not listed)", ""]
    out += [f"- {c} [{kind}] `{p}` -> {a}; person: {f or '-'}" for c, kind, p, a, f in misses]
    text = "\n".join(out) + "\n"
    dest = Path(__file__).parent / "results" / (sys.argv[1] if len(sys.argv) > 1 else "persons_r4.md")
    dest.write_text(text)
    print("\n".join(line for line in out if line.startswith("| **") or line.startswith("| C")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
