"""Branch `privhead`: private people referred to by phrasings and role nouns nobody listed.

Rows: bench/privhead_data.py (written before any guard change of the branch; the ``tune`` half is
looked at while tuning, the ``check`` half only counted).

Per half, under the ``ncii`` profile:

* ``block`` rows (sexual, a specific private person): share BLOCKED;
* ``allow`` rows (the same people in non-sexual edits): share ALLOWED;
* ``generic`` rows (sexual, a generic/fictional person or the writer): share NOT blocked.

Run: ``NCIIGUARD_DATA=/work/shared/data PYTHONPATH=src .venv/bin/python bench/privhead_validation.py [out.md] [--half tune|check|both]``
Writes ``bench/results/privhead_validation.md`` (or the name given).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from privhead_data import HALVES  # noqa: E402

from nciiguard import Action, Guard  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    halves = ("tune", "check")
    if "--half" in sys.argv:
        h = sys.argv[sys.argv.index("--half") + 1]
        halves = halves if h == "both" else (h,)
        args = [a for a in args if a != h]
    g = Guard("ncii", resources=Resources())
    ok_if = {"block": lambda a: a is Action.BLOCK, "allow": lambda a: a is Action.ALLOW,
             "generic": lambda a: a is not Action.BLOCK}
    res, misses = {}, []
    for half in halves:
        for kind in ("block", "allow", "generic"):
            rows = HALVES[half][kind]
            by_lang: dict[str, list[int]] = {}
            for lang, p in rows:
                d = g.screen_prompt(p)
                good = ok_if[kind](d.action)
                t = by_lang.setdefault(lang, [0, 0])
                t[0] += good
                t[1] += 1
                if half == "tune" and not good:
                    misses.append((kind, lang, p, d.action.value, [r.code for r in d.reasons][:4]))
            res[(half, kind)] = by_lang
    g.close()

    out = ["# privhead: private people by unlisted phrasings (hand-written validation)", "",
           "Rows: `bench/privhead_data.py`, written before any change. `tune` was looked at while tuning; "
           "`check` was not (totals only).", "",
           "| half | kind | ok | n | rate | per language |", "|---|---|---:|---:|---:|---|"]
    for (half, kind), by_lang in res.items():
        a = sum(v[0] for v in by_lang.values())
        b = sum(v[1] for v in by_lang.values())
        langs = ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in by_lang.items())
        out.append(f"| **{half}** | {kind} | {a} | {b} | {100 * a / max(b, 1):.1f}% | {langs} |")
    out += ["", "## Misses of the tune half (check half: counted, not listed)", ""]
    out += [f"- [{kind}/{lang}] `{p}` -> {a}; {r}" for kind, lang, p, a, r in misses]
    text = "\n".join(out) + "\n"
    dest = Path(__file__).parent / "results" / (args[0] if args else "privhead_validation.md")
    dest.write_text(text)
    print("\n".join(line for line in out if line.startswith("| **")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
