"""What the disguise readers of sexual_text read in benign prompts: findings per reader on benign sets.

    PYTHONPATH=src .venv/bin/python bench/benign_readers.py

Why: every reader that restores a disguised word (ciphers, coded phrases, cut words, digits for letters,
masked letters, leetspeak, glued words) is a way to read a sexual word into an ordinary prompt. This
runs the rules layer of ``sexual_text`` (no learned models: ``enable_learned: false``) over benign sets
and counts, per reader, the prompts it flagged, so a new reader's false positives are a number in a bench
file, not an ad hoc run. Readers are told apart by the finding's evidence: ``cipher`` (a coded phrase
decoded by :mod:`nciiguard.text.phrase_decode`), ``rule`` (cut words, ciphers of one word, soup, ...),
``edit`` (fuzzy readings: masked, digits for letters, leetspeak), else ``lexicon`` (a word as written).

Sets (from ../shared/data via bench/prompt_sets.py): COCO captions (30k), Six-CD benign, GenEval, TIFA.
Writes bench/results/benign_readers.md.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from _common import markdown_table, write_results

import prompt_sets as ps

from nciiguard.content import Content, ScanContext
from nciiguard.signals.text.sexual import SexualTextSignal


def reader(f) -> str:
    ev = f.evidence or {}
    if "cipher" in ev:
        return f"coded phrase ({str(ev['cipher']).split(':')[0]})"
    if ev.get("rule"):
        return f"rule {ev['rule']}"
    if ev.get("edit"):
        return f"fuzzy {str(ev['edit']).split(' ')[0]}"
    return "lexicon (as written)"


def main() -> int:
    sig = SexualTextSignal({"enable_learned": False})
    sig.ensure_loaded()
    sets = {"COCO captions": ps.coco, "Six-CD benign": ps.sixcd_benign, "GenEval": ps.geneval, "TIFA": ps.tifa}
    rows, per_reader, total, t0 = [], Counter(), 0, time.perf_counter()
    examples: dict[str, int] = {}
    for name, load in sets.items():
        try:
            prompts = [p.text for p in load()]
        except FileNotFoundError as exc:  # ../shared not present: say so, do not fail
            rows.append([name, "missing", str(exc)[:60], ""])
            continue
        flagged, readers = 0, Counter()
        for text in prompts:
            found = {reader(f) for f in sig.detect(ScanContext(Content.request(prompt=text)))}
            if found:
                flagged += 1
                readers.update(found)
        total += len(prompts)
        per_reader.update(readers)
        rows.append([name, len(prompts), f"{flagged} ({100 * flagged / max(1, len(prompts)):.2f}%)",
                     ", ".join(f"{k}: {v}" for k, v in readers.most_common()) or "-"])
    secs = time.perf_counter() - t0
    table = markdown_table(["set", "prompts", "flagged sexual by the rules layer", "prompts per reader"], rows)
    readers_table = markdown_table(["reader", "benign prompts it flagged"],
                                   [[k, v] for k, v in sorted(per_reader.items(), key=lambda kv: (-kv[1], kv[0]))])
    write_results("benign_readers", "Disguise readers of sexual_text on benign prompts", [
        ("Per set", table),
        ("Per reader (all sets)", readers_table + f"\n\n{total} prompts in {secs:.0f} s (rules layer only, one process)."),
    ])
    print(table)
    print(readers_table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
