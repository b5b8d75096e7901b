"""Decisions and findings of the prompt guard on ~3,000 development prompts, saved or compared.

A one-off check for speed work: save the full decision records (every signal's findings, without
timings) before a change, then compare after it. A speed change must leave every record equal.

    python bench/prompt_parity.py --save /tmp/before.jsonl
    python bench/prompt_parity.py --compare /tmp/before.jsonl

Prompts: COCO captions, I2P, T2I-RiskyPrompt, Six-CD nudity and benign prompts (../shared/data,
shuffled with seed 0, as bench/prompt_speed.py), plus LFW names in a few written forms (lower case,
joined, LoRA tag, possessive) inside benign and sexual templates, so the person-mention model
scores names. Never the held-out evaluation set. Both paths run: ``screen_prompt`` one by one and
``screen_prompts`` in batches of 64.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import json
import random
import sys

import prompt_sets as ps
from prompt_speed import load_prompts

_TEMPLATES = (
    "a portrait photo of {n} at the beach", "{n} wearing a red dress, studio lighting",
    "nude photo of {n}", "{n} naked in bed", "oil painting of {n}'s face, by greg rutkowski",
    "<lora:{j}:0.8> {n} in a bikini", "make {n} take her clothes off", "{n} and a cat on a sofa",
)


def named_prompts(n: int) -> list[str]:
    rng = random.Random(1)
    names = ps.lfw_names()
    rng.shuffle(names)
    out = []
    for k, name in enumerate(names[:n]):
        form = k % 4
        shown = name if form == 0 else name.lower() if form == 1 else name.replace(" ", "").lower() if form == 2 \
            else name.replace(" ", "_")
        out.append(rng.choice(_TEMPLATES).format(n=shown, j=name.replace(" ", "").lower()))
    return out


def records(limit: int, named: int) -> list[dict]:
    from nciiguard import Guard
    from nciiguard.signals.base import Resources

    prompts = load_prompts(limit) + named_prompts(named)
    g = Guard(resources=Resources()).load(["text"])

    def rec(d):
        out = d.to_dict(include_results=True)
        for s in out.get("signals", []):
            s.pop("elapsed_ms", None)
        return out

    single = [rec(g.screen_prompt(p)) for p in prompts]
    batch = []
    for i in range(0, len(prompts), 64):
        batch += [rec(d) for d in g.screen_prompts(prompts[i:i + 64])]
    return [{"i": i, "single": s, "batch": b} for i, (s, b) in enumerate(zip(single, batch))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2400)
    ap.add_argument("--named", type=int, default=600)
    ap.add_argument("--save")
    ap.add_argument("--compare")
    ap.add_argument("--ignore-versions", action="store_true",
                    help="compare without the signals' version fields (a change that bumps a version on purpose)")
    ap.add_argument("--drop-signal", action="append", default=[], metavar="NAME",
                    help="compare without this signal's result and reasons (a signal added on purpose); the "
                         "records whose decision it changed still differ")
    args = ap.parse_args(argv)
    recs = records(args.limit, args.named)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, sort_keys=True) + "\n")
        print(f"saved {len(recs)} records to {args.save}")
    if args.compare:
        with open(args.compare, encoding="utf-8") as fh:
            old = [json.loads(line) for line in fh]
        if args.ignore_versions:
            for r in (*old, *recs):
                for path in ("single", "batch"):
                    for s in r[path].get("signals", []):
                        s.pop("version", None)
                    if isinstance(r[path].get("policy"), dict):
                        r[path]["policy"].pop("version", None)
        for r in (*old, *recs):
            for path in ("single", "batch"):
                d = r[path]
                d["signals"] = [s for s in d.get("signals", []) if s.get("signal") not in args.drop_signal]
                d["reasons"] = [x for x in d.get("reasons", []) if x.get("signal") not in args.drop_signal]
        diff = [i for i, (a, b) in enumerate(zip(old, recs)) if json.dumps(a, sort_keys=True) != json.dumps(b, sort_keys=True)]
        decided = [i for i in diff if (old[i]["single"]["action"], old[i]["single"]["categories"])
                   != (recs[i]["single"]["action"], recs[i]["single"]["categories"])]
        print(f"{len(recs)} prompts, {len(old)} saved: {len(diff)} records differ (single or batch path)"
              + (f"; first: {diff[:10]}" if diff else ""))
        print(f"{len(decided)} of them with another decision (action or categories): {decided[:20]}")
        for i in diff[:20]:  # what changed: the decision, or only a finding's details
            a, b = old[i]["single"], recs[i]["single"]
            what = "decision" if (a["action"], a["categories"]) != (b["action"], b["categories"]) else "findings only"
            print(f"  {i}: {what}: {a['action']} -> {b['action']}, "
                  f"sexual {a['categories'].get('sexual')} -> {b['categories'].get('sexual')}")
        return 1 if diff or len(old) != len(recs) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
