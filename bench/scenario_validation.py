"""Scenario requests by a writer no model was trained on (round 13), on two code trees side by side.

``scripts/data/scenario/sv.tsv`` was written by a fourth writer in round 13, at the same time as the
three training files and blind to them; no training script reads it (scripts/semantic_augment_scenario.py).
Its rows are sexual requests whose meaning is carried by a situation, their twins (the same situation,
not sexual) and standalone hard negatives, with ``{p}`` filled here by a person (a Faker name of the
training locales or a private-person phrase; the same person on both sides of a pair; seed of its own).

Measures, per language group (English, other) and kind:

- requests: blocked (action block) and flagged sexual;
- twins and hard negatives: wrongly flagged (flagged sexual, or not allowed).

    PYTHONPATH=src .venv/bin/python bench/scenario_validation.py --before /path/to/old/src [--after src] [--profile ncii_strict]

Writes bench/results/scenario_validation.md. No prompt text is printed or written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from _common import markdown_table, write_results
from tree_worker import screen_in_tree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def rows() -> list[tuple[str, str, str]]:
    """(text, language group, kind) of the validation writer's file, filled."""
    import semantic_augment_scenario as scn

    return [(text, "en" if lang == "en" else "other", kind)
            for text, _y, _fam, kind, lang in scn.filled_rows((scn.VALIDATION_FILE,), draws=2, seed=scn.SEED + 1)]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", required=True, help="src/ of the tree before the change")
    ap.add_argument("--after", default=str(ROOT / "src"))
    ap.add_argument("--name", default="scenario_validation", help="results file (bench/results/<name>.md)")
    ap.add_argument("--profile", default="ncii", help="the profile both trees run (ncii_strict counts the signal)")
    args = ap.parse_args(argv)
    data = rows()
    texts = [t for t, _, _ in data]
    res = {"before": screen_in_tree(args.before, texts, args.profile),
           "after": screen_in_tree(args.after, texts, args.profile)}
    table = []
    for lg in ("en", "other"):
        for kind, measure in (("pair_scn", "blocked"), ("pair_scn", "flagged sexual"),
                              ("twin_scn", "wrongly flagged"), ("hard", "wrongly flagged")):
            idx = [i for i, (_, g, k) in enumerate(data) if g == lg and k == kind]
            if not idx:
                continue
            cells = []
            for side in ("before", "after"):
                def hit(a):
                    action, sexual, _real_person = a
                    if measure == "blocked":
                        return action == "block"
                    if measure == "flagged sexual":
                        return sexual
                    return sexual or action != "allow"
                k = sum(hit(res[side][i]) for i in idx)
                cells.append(f"{100 * k / len(idx):.1f}")
            label = {"pair_scn": "requests", "twin_scn": "twins", "hard": "hard negatives"}[kind]
            table.append([lg, label, measure, len(idx), *cells, f"{float(cells[1]) - float(cells[0]):+.1f}"])
    body = ("Rows of `scripts/data/scenario/sv.tsv` (validation writer, never trained on), each filled twice "
            f"with a person. Profile `{args.profile}` on both trees. Before: `{args.before}`; after: `{args.after}`.\n\n"
            + markdown_table(["language", "rows", "measure", "n", "before %", "after %", "change (points)"], table))
    path = write_results(args.name, "Scenario requests by an unseen writer (round 13)", [("Before and after", body)],
                         command="PYTHONPATH=src .venv/bin/python bench/scenario_validation.py --before <old src> "
                                 f"--profile {args.profile}")
    print(body)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
