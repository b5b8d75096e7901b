"""Cost of screening one prompt, per KiB, on random and hostile inputs: is every text step linear?

A property check, not a timed test (issue 11, item 3): for prompts of 1, 4, 16 and 64 KiB in
shapes built to hit the worst case of each step (long single tokens, many short tokens, spaced
and dotted letters, zero-width separators, deep weight syntax, many LoRA tags, emoji, combining
marks, confusables, many capitalised words, many names) and random mixtures of all of them, it
measures the CPU time of ``Guard().screen_prompt`` and of every step on its own (normalise,
each text signal, the model-card likeness reader) and reports the worst and the median ms per KiB.

The property holds when (a) the worst case stays under ``BUDGET_MS_PER_KIB`` at every size and
(b) the worst ms per KiB at 64 KiB is at most ``MAX_GROWTH`` times that at 4 KiB (a quadratic
step grows 16x there). With ``--before SRC`` the same inputs also run on other code (e.g. the
main branch before the fix: ``--before /work/main/src``), side by side in one run; a shape that
took longer than ``--skip-after`` seconds there is not run at larger sizes.

    PYTHONPATH=src .venv/bin/python bench/text_cost.py [--before /work/main/src] [--sizes 1,4,16,64]

Writes bench/results/text_cost.md. Exit status 1 when the property fails for the code under test.
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

BUDGET_MS_PER_KIB = 30.0
MAX_GROWTH = 3.0
HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------------------------------------
# Inputs


def _fit(text: str, nbytes: int) -> str:
    """``text`` cut to at most ``nbytes`` of UTF-8 (never in the middle of a character)."""
    return text.encode("utf-8")[:nbytes].decode("utf-8", "ignore")


def _rep(piece: str, nbytes: int) -> str:
    return _fit(piece * (nbytes // max(1, len(piece.encode("utf-8"))) + 1), nbytes)


_NAMES = ["Emma Watson", "Taylor Swift", "John Smith", "Maria Garcia", "Wei Chen", "Olivia Rodrigo",
          "jane doe", "emmawatson", "ScarlettJohansson", "j053 c4n53c0"]
_CAPS = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Zeta", "Studio", "Lake", "Portrait", "Summer"]
_FRAGMENTS = [
    "a", "a ", "n.u.d.e ", "n u d e ", "n\u200bu\u200bd\u200be ", "((((x:1.2)))) ", "[a:b:0.5] ",
    "<lora:jane_doe_v2:0.7> ", "\U0001F600", "e\u0301\u0301\u0301 ", "\u0430\u0435\u043e ", "Emma ",
    "Watson ", "my ex ", "naked ", "photo of ", "undress her ", "16 year old ", "s3x ", "n00d3 ",
    "(", ")", ":", ".", "-", "_", "BREAK ", "by Greg Rutkowski, ", "@someone ", "likeness of ",
    "n*de ", "p**n ", "remove her clothes, ",
]


def shapes() -> dict:
    """name -> function(nbytes, rng) returning a prompt of at most nbytes of UTF-8."""
    def words(nbytes, rng):
        out, size = [], 0
        while size < nbytes:
            w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 12)))
            out.append(w)
            size += len(w) + 1
        return _fit(" ".join(out), nbytes)

    def pick(pool, sep):
        def make(nbytes, rng):
            out, size = [], 0
            while size < nbytes:
                w = rng.choice(pool)
                out.append(w)
                size += len(w.encode("utf-8")) + len(sep)
            return _fit(sep.join(out), nbytes)
        return make

    def mixture(nbytes, rng):
        out, size = [], 0
        while size < nbytes:
            piece = rng.choice(_FRAGMENTS) * rng.choice((1, 1, 1, 4, 32, 256))
            out.append(piece)
            size += len(piece.encode("utf-8"))
        return _fit("".join(out), nbytes)

    def deep(nbytes, rng):
        k = nbytes // 12
        return _fit("(" * k + "x:1.2" + ")" * k + ":1.1" * k, nbytes)

    return {
        "one token 'a'*n": lambda n, r: _rep("a", n),
        "'a '*n": lambda n, r: _rep("a ", n),
        "'n.u.d.e '*n": lambda n, r: _rep("n.u.d.e ", n),
        "'n u d e '*n": lambda n, r: _rep("n u d e ", n),
        "letters split by ZWSP": lambda n, r: _rep("a\u200b", n),
        "'nude' split by ZWSP": lambda n, r: _rep("n\u200bu\u200bd\u200be ", n),
        "dotted one word": lambda n, r: _rep("n.", n),
        "hyphenated '-a'*n": lambda n, r: _rep("-a", n),
        "deep brackets ((((x:1.2))))": deep,
        "'((((x:1.2)))) '*n": lambda n, r: _rep("((((x:1.2)))) ", n),
        "'[a:' * n": lambda n, r: _rep("[a:", n),
        "many LoRA tags": lambda n, r: _rep("<lora:jane_doe_v2:0.7> ", n),
        "LoRA tags, unclosed": lambda n, r: _rep("<lora:", n),
        "emoji run": lambda n, r: _rep("\U0001F600", n),
        "combining marks": lambda n, r: _rep("e" + "\u0301" * 30 + " ", n),
        "confusables": lambda n, r: _rep("\u0430\u0435\u043e\u0440\u0441 ", n),
        "camelCase run": lambda n, r: _rep("EmmaWatson", n),
        "digits": lambda n, r: _rep("1", n),
        "leetspeak words": lambda n, r: _rep("n00d3 s3x ", n),
        "masked words": lambda n, r: _rep("n*de s*x f**k ", n),
        "entities and escapes": lambda n, r: _rep("&#110;&#117; %6E%75%64%65 \\u006e\\u0075 ", n),
        "turned and Braille letters": lambda n, r: _rep("ǝpnu xǝs ⠝⠥⠙⠑ ⒩⒰ ", n),
        "ciphers": lambda n, r: _rep("anxrq udenay tpls nnuuddee bmFrZWQ= november uniform delta echo n🔥u🔥d🔥e ", n),
        "undress instructions": lambda n, r: _rep("undress her, remove her clothes, make her naked, ", n),
        "minor terms": lambda n, r: _rep("16 year old schoolgirl, a little girl, teen, ", n),
        "many capitalised words": pick(_CAPS, " "),
        "many names": pick(_NAMES, ", "),
        "names, no commas": pick(_NAMES, " "),
        "random words": words,
        "random mixture 1": mixture,
        "random mixture 2": mixture,
        "random mixture 3": mixture,
    }


# ------------------------------------------------------------------------------------------------
# Worker: measures the code on sys.path and prints JSON


def _cpu_ms(fn) -> tuple[object, float]:
    t0 = time.process_time()
    out = fn()
    return out, (time.process_time() - t0) * 1e3


def worker(sizes: list[int], skip_after: float, only: list[str] | None) -> None:
    from nciiguard.content import CacheKey, Content, ScanContext
    from nciiguard.guard import Guard
    from nciiguard.signals.base import Resources
    from nciiguard.text.normalize import normalize

    try:
        from nciiguard.modelscan.text import PersonRef, likeness_claims
    except ImportError:  # pragma: no cover - older code
        likeness_claims = None

    guard = Guard(resources=Resources())
    guard.load(["text"])
    signals = [s for s in guard.signals if s.applies_to(frozenset({"text"}))]
    guard.screen_prompt("warm up: a photo of Emma Watson, n.u.d.e, <lora:x:1>")
    rows = []
    for index, (name, make) in enumerate(shapes().items()):
        if only and name not in only:
            continue
        skipped_from = None
        for kib in sizes:
            if skipped_from is not None:
                rows.append({"shape": name, "kib": kib, "skipped": skipped_from})
                continue
            text = make(kib * 1024, random.Random(index * 1000 + kib))
            nbytes = len(text.encode("utf-8"))
            steps = {}
            nt, steps["normalise"] = _cpu_ms(lambda: normalize(text))
            ctx = ScanContext(Content.request(text))
            ctx.shared(CacheKey("text", "prompt"), lambda: nt)
            persons = []
            for s in signals:
                found, steps[s.name] = _cpu_ms(lambda: list(s.detect(ctx)))
                if s.name == "real_person_text":
                    persons = found
            if likeness_claims is not None:
                refs = [PersonRef(f.span.start, f.span.end, f.label, f.text or "") for f in persons if f.span]
                _, steps["model card likeness"] = _cpu_ms(lambda: likeness_claims(nt, refs))
            _, total = _cpu_ms(lambda: guard.screen_prompt(text))
            rows.append({"shape": name, "kib": kib, "bytes": nbytes, "total": total, "steps": steps})
            print(f"{name} {kib} KiB: {total:.0f} ms", file=sys.stderr, flush=True)
            if total / 1e3 > skip_after:
                skipped_from = f"{kib} KiB took {total / 1e3:.1f} s"
    json.dump(rows, sys.stdout)


# ------------------------------------------------------------------------------------------------
# Driver


def run_worker(src: str, sizes: str, skip_after: float, only: str | None = None) -> list[dict]:
    """Measure the code under ``src`` in a fresh process; the rows of :func:`worker`."""
    env = dict(os.environ, PYTHONPATH=src)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--sizes", sizes,
           "--skip-after", str(skip_after)]
    if only:
        cmd += ["--only", only]
    out = subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out)


def _per_kib(row: dict, key: str | None = None) -> float | None:
    if "skipped" in row:
        return None
    ms = row["total"] if key is None else row["steps"].get(key)
    return None if ms is None else ms / (row["bytes"] / 1024)


def _summary(rows: list[dict], kib: int, key: str | None = None) -> tuple[float, str, float, int]:
    """(worst ms/KiB, its shape, median ms/KiB, shapes skipped) at one size."""
    vals = [(_per_kib(r, key), r["shape"]) for r in rows if r["kib"] == kib]
    skipped = sum(1 for v, _ in vals if v is None)
    vals = [(v, s) for v, s in vals if v is not None]
    if not vals:
        return float("nan"), "-", float("nan"), skipped
    worst = max(vals)
    return worst[0], worst[1], _common.median([v for v, _ in vals]), skipped


def _fmt(v) -> str:
    return "-" if v is None or v != v else f"{v:.2f}"


def property_table(runs: dict[str, list[dict]], sizes: list[int]) -> str:
    """Worst and median ms per KiB of the whole screen_prompt call, per size, per run."""
    labels = [k for k in ("before", "after") if k in runs]
    head = ["size"]
    for lab in labels:
        head += [f"{lab}: worst ms/KiB", f"{lab}: worst shape", f"{lab}: median ms/KiB"]
    prop_rows = []
    for kib in sizes:
        row = [f"{kib} KiB"]
        for lab in labels:
            w, shape, med, skipped = _summary(runs[lab], kib)
            row += [_fmt(w) + (f" (+{skipped} skipped)" if skipped else ""), shape, _fmt(med)]
        prop_rows.append(row)
    return _common.markdown_table(head, prop_rows, [0] * len(head))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,4,16,64")
    ap.add_argument("--before", help="src directory of the code to compare with (e.g. /work/main/src)")
    ap.add_argument("--skip-after", type=float, default=5.0,
                    help="seconds: a shape slower than this is not run at larger sizes")
    ap.add_argument("--only", help="comma-separated shape names")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    only = args.only.split(",") if args.only else None
    if args.worker:
        worker(sizes, args.skip_after, only)
        return

    after_src = str(HERE.parent / "src")
    runs = {"after": run_worker(after_src, args.sizes, args.skip_after, args.only)}
    if args.before:
        runs["before"] = run_worker(args.before, args.sizes, args.skip_after, args.only)
    labels = [k for k in ("before", "after") if k in runs]
    prop = property_table(runs, sizes)

    # 2. Every step at the largest size.
    big = sizes[-1]
    step_names = list(dict.fromkeys(k for r in runs["after"] if "steps" in r for k in r["steps"]))
    head = ["step"]
    for lab in labels:
        head += [f"{lab}: worst ms/KiB at {big} KiB", f"{lab}: worst shape", f"{lab}: median ms/KiB"]
    step_rows = []
    for step in step_names:
        row = [step]
        for lab in labels:
            w, shape, med, skipped = _summary(runs[lab], big, step)
            row += [_fmt(w) + (f" (+{skipped} skipped)" if skipped else ""), shape, _fmt(med)]
        step_rows.append(row)
    steps = _common.markdown_table(head, step_rows, [0] * len(head))

    # 3. Every shape and size: screen_prompt CPU ms.
    head = ["shape"] + [f"{lab} {kib} KiB ms" for kib in sizes for lab in labels]
    by = {lab: {(r["shape"], r["kib"]): r for r in runs[lab]} for lab in labels}
    full_rows = []
    for name in dict.fromkeys(r["shape"] for r in runs["after"]):
        row = [name]
        for kib in sizes:
            for lab in labels:
                r = by[lab].get((name, kib))
                row.append("-" if r is None else ("skipped" if "skipped" in r else f"{r['total']:.0f}"))
        full_rows.append(row)
    full = _common.markdown_table(head, full_rows, [0] * len(head))

    # The property for the code under test.
    failures = []
    worst = {kib: _summary(runs["after"], kib)[0] for kib in sizes}
    for kib, w in worst.items():
        if w > BUDGET_MS_PER_KIB:
            failures.append(f"{kib} KiB: worst {w:.1f} ms/KiB > budget {BUDGET_MS_PER_KIB}")
    if 4 in worst and big > 4 and worst[big] > MAX_GROWTH * worst[4]:
        failures.append(f"worst ms/KiB grew {worst[big] / worst[4]:.1f}x from 4 to {big} KiB (> {MAX_GROWTH}x)")
    verdict = "holds" if not failures else "FAILS: " + "; ".join(failures)
    cmd = "python bench/text_cost.py --sizes " + args.sizes + (f" --before {args.before}" if args.before else "")
    path = _common.write_results(
        "text_cost",
        "Cost of screening one prompt per KiB (issue 11, item 3)",
        [("The property (Guard.screen_prompt, CPU time)", prop),
         (f"Each step at {big} KiB", steps),
         ("Every shape (Guard.screen_prompt CPU ms)", full)],
        command=cmd,
        notes=[f"Property: worst case <= {BUDGET_MS_PER_KIB:.0f} ms per KiB at every size, and the worst ms per KiB "
               f"at {big} KiB at most {MAX_GROWTH:.0f}x that at 4 KiB. For the code under test it {verdict}.",
               "CPU time of this process (time.process_time), one thread, no store (Resources()): the "
               "machine is shared, and wall time would include waiting for a core.",
               "ms per KiB = CPU ms / (UTF-8 bytes / 1024). Small inputs pay a fixed cost per call, so "
               "their ms per KiB is higher; a linear step has a flat or falling ms per KiB with size.",
               f"'before' rows: a shape slower than {args.skip_after:.0f} s at one size is skipped at the larger ones."
               if "before" in runs else "No 'before' run."],
    )
    print(path.read_text())
    if failures:
        sys.exit(1)


if __name__ == "__main__":
    main()
