"""Benchmark text normalisation (nciiguard.text.normalize): latency per prompt, scaling, hostile input.

Reads real prompts from ../shared/data/prompts (COCO-30k captions, I2P prompts) and writes
bench/results/normalize.md. Targets: well under 0.5 ms for a typical 30-word prompt, linear in
input size, a 64 KiB input (hostile or not) well under a second.

    .venv/bin/python bench/normalize.py [--limit 2000]
"""

from __future__ import annotations

import _common  # noqa: F401  (first: pins thread pools)

import argparse
import csv
import random
import sys
import time

from _common import SHARED_DATA, latencies_ms, markdown_table, median, percentile, write_results

from nciiguard.text import normalize


def _load(path, column: str, limit: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r[column] for r in csv.DictReader(fh) if r.get(column)]
    random.Random(0).shuffle(rows)
    return rows[:limit]


def _obfuscate(prompt: str, rng: random.Random) -> str:
    """A prompt rewritten with the tricks normalize() undoes (benign words, same shape)."""
    words = prompt.split()
    out = []
    for w in words:
        r = rng.random()
        if r < 0.1:
            w = ".".join(w)
        elif r < 0.2:
            w = w.translate(str.maketrans("aeo", "аео"))  # Cyrillic look-alikes
        elif r < 0.3:
            w = f"({w}:1.2)"
        elif r < 0.4:
            w = w[:1] + "\u200b" + w[1:]
        elif r < 0.5:
            w = w.translate(str.maketrans("eo", "30"))
        out.append(w)
    return " ".join(out) + " <lora:some_style_v2:0.7> BREAK [day:night:0.4]"


def _lat_row(name: str, prompts: list[str]) -> list:
    normalize(prompts[0])  # warm caches
    _, ms = latencies_ms(normalize, prompts)
    words = median([len(p.split()) for p in prompts])
    return [name, len(prompts), words, median(ms), percentile(ms, 95), percentile(ms, 99), max(ms)]


def _once_ms(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        normalize(text)
        best = min(best, (time.perf_counter() - t0) * 1e3)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=2000)
    args = ap.parse_args()
    rng = random.Random(1)
    coco = _load(SHARED_DATA / "prompts" / "benign" / "coco_30k.csv", "prompt", args.limit)
    i2p = _load(SHARED_DATA / "prompts" / "unsafe" / "i2p_4703.csv", "prompt", args.limit)
    thirty = [p for p in i2p if 25 <= len(p.split()) <= 35] or i2p
    obf = [_obfuscate(p, rng) for p in thirty]

    lat = markdown_table(
        ["prompts", "n", "median words", "median ms", "p95 ms", "p99 ms", "max ms"],
        [_lat_row("COCO-30k captions", coco), _lat_row("I2P prompts", i2p),
         _lat_row("I2P prompts of 25-35 words", thirty),
         _lat_row("same, obfuscated (dots, homoglyphs, weights, ZWSP, leet, lora)", obf)],
        [0, 0, 0, 3, 3, 3, 3],
    )

    base = " ".join(thirty[:50])
    scale_rows = []
    for size in (1024, 4096, 16384, 65536):
        text = (base * (size // len(base) + 1))[:size]
        ms = _once_ms(text)
        scale_rows.append([f"I2P text, {size // 1024} KiB", size, ms, ms * 1000 / size])
    scale = markdown_table(["input", "chars", "ms", "us per char"], scale_rows, [0, 0, 2, 3])

    hostile = {
        "60k '('": "(" * 60_000,
        "'a.' x 32k": "a." * 32_768,
        "'<lora:' x 10k": "<lora:" * 10_000,
        "':' + 65k digits": ":" + "1" * 65_000,
        "'[a:' x 20k": "[a:" * 20_000,
        "'a' + 65k spaces + 'a'": "a" + " " * 65_000 + "a",
        "'s3' x 32k": "s3" * 32_768,
        "'e' + U+0301, 32k": "e\u0301" * 32_768,
        "ZWSP x 64k": "\u200b" * 65_536,
        "random BMP+SMP code points, 40k": "".join(
            c for c in (chr(rng.randrange(0x20, 0x2FFFF)) for _ in range(40_000))
            if not 0xD800 <= ord(c) <= 0xDFFF
        ),
    }
    host = markdown_table(
        ["input", "chars", "ms"], [[k, len(v), _once_ms(v, 1)] for k, v in hostile.items()], [0, 0, 1]
    )
    path = write_results(
        "normalize",
        "Text normalisation (nciiguard.text.normalize)",
        [("Latency per prompt", lat), ("Scaling with input size", scale), ("Hostile inputs", host)],
        command="python bench/normalize.py --limit %d" % args.limit,
        notes=["One thread, pure Python, after one warm-up call (per-character cache filled).",
               "Targets: median well under 0.5 ms for ~30 words; 64 KiB well under 1 s."],
    )
    print(path.read_text())
    print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
