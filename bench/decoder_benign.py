"""What round 15's readers read in text that must pass, on two code trees: the benign false-positive check.

Three counts, each on the benign prompt sets (COCO 30k, TIFA v1.0, GenEval, Six-CD benign) and on the
must-pass rows (expect_sexual 0) of every development set and held-out set whose issue table has been read
(not ``heldout.UNREAD``):

- coded phrases read (``nciiguard.text.phrase_decode.decode_phrases``, every reading);
- names in the joined forms of ``text/persons/forms.py`` (``plus_joined``, ``dot_reversed``: the regex
  matches and the findings of ``real_person_text``), where the tree has them;
- benign prompts the sexual lexicon flags (``sexual_text`` rules layer, no learned classifier: a finding
  graded explicit, nudity or euphemism at 0.5 or more), benign prompt sets only.

    PYTHONPATH=src .venv/bin/python bench/decoder_benign.py [--before /path/to/old/src]

Writes bench/results/decoder_benign.md: counts only, and the texts of the readings found (these are
benign or development texts, never a never-seen set's rows).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from _common import markdown_table, write_results

ROOT = Path(__file__).resolve().parents[1]


def texts() -> dict[str, list[str]]:
    """Group name -> texts that must pass."""
    import heldout
    import prompt_sets as ps

    out = {name: [p.text for p in load()] for name, load in ps.BENIGN.items()}
    rows = []
    paths = [hs.tsv for hs in heldout.SETS if hs.key not in heldout.UNREAD]
    paths += [ROOT / "bench" / "data" / "devml" / "devml.tsv", ROOT / "bench" / "data" / "dev10" / "dev10.tsv"]
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            rows += [r["text"] for r in csv.DictReader(fh, delimiter="\t") if r["expect_sexual"] in ("0", "no")]
    out["must-pass rows of the read held-out and development sets"] = rows
    return out


def measure() -> dict:
    """The counts on the tree this process imports (see the module docstring)."""
    from nciiguard.content import Content, ScanContext
    from nciiguard.signals.text.real_person import RealPersonTextSignal
    from nciiguard.signals.text.sexual import SexualTextSignal
    from nciiguard.text import normalize
    from nciiguard.text.persons import forms
    from nciiguard.text.phrase_decode import decode_phrases

    lexicon = SexualTextSignal({"enable_learned": False})
    lexicon.ensure_loaded()
    person = RealPersonTextSignal()
    person.ensure_loaded()
    joined_rx = [getattr(forms, n) for n in ("_JOINED", "_DOT_REVERSED") if hasattr(forms, n)]
    benign_sets = set(__import__("prompt_sets").BENIGN)
    res = {}
    for group, items in texts().items():
        readings, joined_matches, joined_found, flagged = [], 0, [], 0
        for t in items:
            readings += [(rule, t[a:b][:60]) for a, b, _r, rule in decode_phrases(t)]
            if joined_rx and any(rx.search(t) for rx in joined_rx):
                joined_matches += 1
                joined_found += [f.text for f in person.detect_text(normalize(t))
                                 if f.evidence.get("kind") in ("plus_joined", "dot_reversed")]
            if group in benign_sets:
                fs = lexicon.detect(ScanContext(Content.request(prompt=t)))
                flagged += any(f.label in ("explicit", "nudity", "euphemism") and f.score >= 0.5 for f in fs)
        res[group] = {"n": len(items), "readings": readings, "joined_matches": joined_matches if joined_rx else None,
                      "joined_found": joined_found if joined_rx else None,
                      "flagged": flagged if group in benign_sets else None}
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", help="src/ of the tree before the change (measured in a subprocess)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure()))
        return 0
    after = measure()
    before = None
    if args.before:
        env = {**os.environ, "PYTHONPATH": args.before}
        out = subprocess.run([sys.executable, __file__, "--child"], env=env, capture_output=True, text=True,
                             check=True, cwd=Path(__file__).parent)
        before = json.loads(out.stdout.strip().splitlines()[-1])

    def cell(side, group, key):
        if side is None:
            return "-"
        v = side[group][key]
        return "n/a" if v is None else (len(v) if isinstance(v, list) else v)

    table = []
    for group, a in after.items():
        table.append([group, a["n"], cell(before, group, "readings"), cell(after, group, "readings"),
                      cell(before, group, "joined_found"), cell(after, group, "joined_matches"),
                      cell(after, group, "joined_found"), cell(before, group, "flagged"),
                      cell(after, group, "flagged")])
    body = markdown_table(["texts that must pass", "n", "coded readings before", "coded readings after",
                           "joined-form names before", "joined-form regex matches after",
                           "joined-form names after", "lexicon-flagged before", "lexicon-flagged after"], table)
    found = [f"- {group}: `{rule}` on `{s}`" for group, a in after.items() for rule, s in a["readings"]]
    found += [f"- {group}: joined-form name `{s}`" for group, a in after.items() for s in (a["joined_found"] or [])]
    sections = [("Counts", body), ("What the after tree read", "\n".join(found) or "nothing")]
    path = write_results("decoder_benign", "Round 15's readers on text that must pass, before and after", sections,
                         command="PYTHONPATH=src .venv/bin/python bench/decoder_benign.py"
                                 + (" --before <old src>" if args.before else ""),
                         notes=[f"before: `{args.before}`" if args.before else "one tree only",
                                "lexicon-flagged: benign prompt sets only (the held-out must-pass rows include "
                                "hard negatives written to be near a sexual phrase)"])
    print(body)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
