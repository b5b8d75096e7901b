"""The encoder's n-gram gate on the retired held-out sets: what a higher `skip_below_ngram` would cost and save.

The encoder is the largest single cost of a prompt (bench/results/prompt_speed.md); the gate skips it
for a field the n-gram classifier of sexual_text scores below ``skip_below_ngram``. This script
measures, for candidate gates, (1) the share of the speed mix (bench/prompt_speed.py's prompts)
that would still be encoded and the semantic findings lost there, and (2) on the development and
retired held-out sets (v2-v11, devml, dev10: all read or tuned on before; the never-seen sets v12-v14
are not used), per set and group, the issue-10 measure of the group with a base gate (``--base``, default
the profile's) and with each candidate. Only rows where the semantic signal fired under the base gate and the n-gram
score is under a candidate can change; those are screened again under the candidate's profile.

    PYTHONPATH=src .venv/bin/python bench/semantic_gate_sets.py [--base 0.005] [--gates 0.01,0.02,0.03] [--limit 1500]

Writes bench/results/semantic_gate_sets.md. No prompt text is written.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import collections
import csv
from pathlib import Path

import yaml

import heldout
from _common import markdown_table, write_results
from prompts import Outcome

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
SETS = {f"v{i}": f"heldout{i}/heldout{i}.tsv" for i in range(2, 12)}
SETS.update({"devml": "devml/devml.tsv", "dev10": "dev10/dev10.tsv"})

#: group -> (measure name, measure): the issue-10 table's own (bench/heldout.py), read from an
#: Outcome of bench/prompts.py; a celebrity prompt counts as wrongly flagged (its detection is the
#: person signal's question, not the gate's); a group outside the table, as wrongly flagged.
MEASURE = {g: (name, fn) for _label, groups, fn, name, *_rest in heldout.TABLE if fn is not heldout.real_person
           for g in groups}
_WRONG = ("wrongly flagged", heldout.wrongly_flagged)


def profile(gate: float | None) -> dict:
    prof = yaml.safe_load((ROOT / "src/nciiguard/policy/profiles/ncii.yaml").read_text())
    if gate is not None:
        prof["signals"]["semantic_sexual_text"] = dict(prof["signals"].get("semantic_sexual_text") or {},
                                                      skip_below_ngram=gate)
        prof["name"] = "ncii_gate_" + str(gate).replace(".", "_")
    return prof


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gates", default="0.02,0.03")
    ap.add_argument("--base", type=float, default=None,
                    help="the gate the candidates are compared with (default: the profile's); each candidate must be higher")
    ap.add_argument("--limit", type=int, default=1500)
    args = ap.parse_args()
    gates = [float(x) for x in args.gates.split(",")]
    if args.base is not None and any(x <= args.base for x in gates):
        ap.error("each candidate gate must be higher than --base (a higher gate can only remove encoder reads)")

    from nciiguard import Guard
    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.base import Resources
    from prompt_speed import load_prompts

    base = Guard(profile(args.base), resources=Resources()).load(["text"])
    cands = {x: Guard(profile(x), resources=Resources()).load(["text"]) for x in gates}
    sem = next(s for s in base.signals if s.name == "semantic_sexual_text")
    current = sem.params.skip_below_ngram

    def ngram_p(text: str) -> tuple[float, bool]:
        ctx = ScanContext(Content.request(text, None))
        nt = ctx.text("prompt")
        return sem._ngram.score(nt.folded.text), sem._needs_model(nt, "prompt", ctx)

    def fired(d) -> bool:
        return any(r.signal == "semantic_sexual_text" and r.findings for r in d.results)

    # (1) the speed mix
    mix = load_prompts(args.limit)
    enc = collections.Counter()
    lost = collections.Counter()
    for text in mix:
        p, needs = ngram_p(text)
        if not needs:
            continue
        enc["base"] += 1
        f = fired(base.screen_prompt(text))
        for x in gates:
            if p >= x:
                enc[x] += 1
            elif f:
                lost[x] += 1
    mix_rows = [[f"{current} (base)", f"{100 * enc['base'] / len(mix):.1f}", 0]]
    mix_rows += [[x, f"{100 * enc[x] / len(mix):.1f}", lost[x]] for x in gates]

    # (2) the development and retired sets
    table = []
    moved = collections.Counter()
    for key, rel in SETS.items():
        with open(DATA / rel, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        per: dict[str, list] = {}
        for r in rows:
            name, measure = MEASURE.get(r["group"], _WRONG)
            d = base.screen_prompt(r["text"])
            now = measure(Outcome(d))
            res = [now] * len(gates)
            if fired(d):
                p, _ = ngram_p(r["text"])
                for k, x in enumerate(gates):
                    if p < x:
                        res[k] = measure(Outcome(cands[x].screen_prompt(r["text"])))
                        if res[k] != now:
                            moved[(key, r["group"], x)] += 1
            acc = per.setdefault(r["group"], [name, 0, 0] + [0] * len(gates))
            acc[1] += 1
            acc[2] += now
            for k in range(len(gates)):
                acc[3 + k] += res[k]
        for group, acc in sorted(per.items()):
            n = acc[1]
            table.append([key, group, acc[0], n, f"{100 * acc[2] / n:.1f}"]
                         + [f"{100 * acc[3 + k] / n:.1f}" for k in range(len(gates))])

    totals = collections.defaultdict(lambda: [0, 0] + [0] * len(gates))
    for row in table:
        g = row[1]
        n = row[3]
        t = totals[g]
        t[0] += n
        t[1] += round(float(row[4]) * n / 100)
        for k in range(len(gates)):
            t[2 + k] += round(float(row[5 + k]) * n / 100)
    total_rows = [[g, MEASURE.get(g, _WRONG)[0], t[0], f"{100 * t[1] / t[0]:.2f}"]
                  + [f"{100 * t[2 + k] / t[0]:.2f}" for k in range(len(gates))] for g, t in sorted(totals.items())]
    head_g = [f"gate {x} %" for x in gates]
    notes = [
        f"Base gate: skip_below_ngram = {current}. Candidates: {', '.join(map(str, gates))}.",
        "Sets: v2-v11 (retired never-seen sets), devml, dev10 (development). v12-v14 are not used.",
        "A row can change only where the semantic signal fired under the base gate and the n-gram score is "
        "under the candidate; those rows are screened again under the candidate's profile (ncii otherwise).",
        f"Rows whose measure moved, per candidate: "
        + ", ".join(f"{x}: {sum(v for (_s, _g, y), v in moved.items() if y == x)}" for x in gates) + ".",
    ]
    sections = [
        ("The speed mix (bench/prompt_speed.py's prompts)",
         markdown_table(["gate", "encoded %", "semantic findings lost"], mix_rows, 3)),
        ("All sets, per group", markdown_table(["group", "measure", "n", "base gate %"] + head_g, total_rows,
                                               3)),
        ("Per set and group", markdown_table(["set", "group", "measure", "n", "base gate %"] + head_g, table,
                                             3)),
    ]
    path = write_results("semantic_gate_sets", "The encoder's n-gram gate on the retired held-out sets", sections,
                         notes=notes, command="python bench/semantic_gate_sets.py " + (f"--base {args.base} " if args.base is not None else "")
                         + f"--gates {args.gates} --limit {args.limit}")
    print(path)
    print(markdown_table(["group", "measure", "n", "base gate %"] + head_g, total_rows, 3))
    print(markdown_table(["gate", "encoded %", "semantic findings lost"], mix_rows, 3))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
