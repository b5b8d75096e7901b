"""Benchmark of real_person_text and intent_text: load time, latency, and firing rates.

- load: a fresh interpreter imports the two signals and runs ``load()`` (gazetteer included);
- latency: both signals on one already-normalised prompt (what a scan adds once normalisation is
  shared), and with normalisation, over benign and I2P prompts;
- real_person_text on LFW person names held out from the signal's own lists, written lower case,
  capitalised, joined and underscored inside a sexual template (recall);
- firing rates on benign caption/prompt sets (false positives: with a sexual term these would
  block) and on I2P prompts (for reading, not a score: many name real people and artists).

Run: ``.venv/bin/python bench/real_person_intent_text.py`` (about a minute).
"""

from __future__ import annotations

import _common  # noqa: I001  (first: pins thread pools)

_common.single_thread()

import csv  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import zlib  # noqa: E402

from _common import SHARED_DATA, fmt, latencies_ms, markdown_table, median, percentile, write_results  # noqa: E402

from nciiguard.signals.text.intent import IntentTextSignal  # noqa: E402
from nciiguard.signals.text.real_person import RealPersonTextSignal  # noqa: E402
from nciiguard.text.persons import name_lists  # noqa: E402
from nciiguard.text import normalize  # noqa: E402

PROMPTS = SHARED_DATA / "prompts"
THRESHOLD = 0.5  # the ncii profile's min_score for both signals
SUBJECT_LABELS = {"full_name", "protected_name", "handle", "private_person", "celebrity_term", "model_mention"}

LOAD_SNIPPET = """
import time
t = time.perf_counter()
from nciiguard.signals.text.real_person import RealPersonTextSignal
from nciiguard.signals.text.intent import IntentTextSignal
t1 = time.perf_counter()
a = RealPersonTextSignal(); a.ensure_loaded()  # rules + person-mention model
b = IntentTextSignal(); b.ensure_loaded()
print(t1 - t, time.perf_counter() - t1)
"""


def load_seconds(runs: int = 5) -> list[float]:
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], capture_output=True, text=True, check=True)
        out.append(tuple(float(x) for x in res.stdout.split()))
    return out


def sets() -> dict[str, list[str]]:
    s = {
        "coco_30k (first 10k)": [r["prompt"] for r in csv.DictReader(open(PROMPTS / "benign/coco_30k.csv"))][:10000],
        "tifa_v1.0": [r["caption"] for r in json.load(open(PROMPTS / "benign/tifa_v1.0_text_inputs.json"))],
        "geneval": [json.loads(x)["prompt"] for x in open(PROMPTS / "benign/geneval_evaluation_metadata.jsonl")],
        "sixcd_benign_500 (LAION captions)": [r["prompt"] for r in csv.DictReader(open(PROMPTS / "benign/sixcd_benign_500.csv"))],
    }
    i2p = list(csv.DictReader(open(PROMPTS / "unsafe/i2p_4703.csv")))
    s["i2p sexual (931)"] = [r["prompt"] for r in i2p if "sexual" in r["categories"]]
    return s


def lfw_names() -> list[str]:
    out = []
    for line in (SHARED_DATA / "names" / "lfw_names.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            out.append(parts[1].replace("_", " ").strip())
    return out


def main() -> None:
    rp = RealPersonTextSignal()
    rules = RealPersonTextSignal({"person_model": False})  # the rules alone, side by side
    rules.ensure_loaded()
    it = IntentTextSignal()
    rp.ensure_loaded()
    it.ensure_loaded()
    lists = name_lists()
    data = sets()

    loads = load_seconds()
    sections = []
    imports = [a for a, _ in loads]
    loaded = [b for _, b in loads]
    sections.append(("Load (fresh interpreter, both signals, 5 runs)", markdown_table(
        ["step", "median s", "max s"],
        [["import nciiguard + both signal modules", fmt(median(imports), 3), fmt(max(imports), 3)],
         [f"load() of both (gazetteer: {'+'.join(rp._reader.gaz.sources)})", fmt(median(loaded), 3), fmt(max(loaded), 3)]],
        0)))

    # latency
    sample = data["coco_30k (first 10k)"][:2000] + data["i2p sexual (931)"]
    nts = [normalize(p) for p in sample]
    _, sig_ms = latencies_ms(lambda nt: (rp.detect_text(nt), it.detect_text(nt)), nts)
    _, full_ms = latencies_ms(lambda p: (lambda nt: (rp.detect_text(nt), it.detect_text(nt)))(normalize(p)), sample)
    _, rules_ms = latencies_ms(lambda nt: rules.detect_text(nt), nts)
    _, rp_ms = latencies_ms(lambda nt: rp.detect_text(nt), nts)
    sections.append(("Latency per prompt (ms, 2,931 prompts: COCO + I2P sexual)", markdown_table(
        ["what", "p50", "p95", "p99"],
        [["both signals, normalised text given", fmt(percentile(sig_ms, 50), 3), fmt(percentile(sig_ms, 95), 3),
          fmt(percentile(sig_ms, 99), 3)],
         ["normalise + both signals", fmt(percentile(full_ms, 50), 3), fmt(percentile(full_ms, 95), 3),
          fmt(percentile(full_ms, 99), 3)],
         ["real_person_text, rules only (person_model: false)", fmt(percentile(rules_ms, 50), 3),
          fmt(percentile(rules_ms, 95), 3), fmt(percentile(rules_ms, 99), 3)],
         ["real_person_text, rules + person-mention model", fmt(percentile(rp_ms, 50), 3),
          fmt(percentile(rp_ms, 95), 3), fmt(percentile(rp_ms, 99), 3)]], 0)))

    # LFW recall
    rng = random.Random(7)
    names = [n for n in lfw_names() if len(n.split()) >= 2]
    held = [n for n in names if n.lower() not in lists.full_names]
    rng.shuffle(held)
    held = held[:1500]
    rows = []
    forms = {
        "as written": lambda n: n,
        "lower case": lambda n: n.lower(),
        "underscored": lambda n: n.lower().replace(" ", "_"),
        "joined lower": lambda n: n.lower().replace(" ", ""),
        "CamelCase joined": lambda n: "".join(p[:1].upper() + p[1:].lower() for p in n.split()),
    }
    for form, fn in forms.items():
        for group, pred in (("first name in list", lambda n: n.split()[0].lower() in lists.first_names),
                            ("first name NOT in list", lambda n: n.split()[0].lower() not in lists.first_names)):
            subset = [n for n in held if pred(n)]
            hit = 0
            for n in subset:
                fs = rp.detect_text(normalize(f"a photo of {fn(n)} nude, highly detailed"))
                hit += any(f.label in SUBJECT_LABELS and f.score >= THRESHOLD for f in fs)
            rows.append([form, group, len(subset), fmt(100 * hit / max(1, len(subset)), 1)])
    sections.append(("real_person_text recall on LFW names (template 'a photo of {name} nude, highly detailed')",
                     markdown_table(["written", "names", "n", "subject finding >= 0.5 %"], rows, 0)))

    # The person-mention model was trained on the LFW names with crc32 % 2 == 1: recall on the
    # other half only, rules alone and rules + model side by side.
    unseen = [n for n in held if zlib.crc32(n.lower().encode()) % 2 == 0]
    rows = []
    for form, fn in forms.items():
        hits = {"rules": 0, "model": 0}
        for n in unseen:
            nt = normalize(f"a photo of {fn(n)} nude, highly detailed")
            hits["rules"] += any(f.label in SUBJECT_LABELS and f.score >= THRESHOLD for f in rules.detect_text(nt))
            hits["model"] += any(f.label in SUBJECT_LABELS and f.score >= THRESHOLD for f in rp.detect_text(nt))
        rows.append([form, len(unseen), fmt(100 * hits["rules"] / max(1, len(unseen)), 1),
                     fmt(100 * hits["model"] / max(1, len(unseen)), 1)])
    sections.append(("LFW names the person-mention model never saw (crc32 even half of the sample above)",
                     markdown_table(["written", "n", "rules only %", "rules + model %"], rows, 0)))

    # firing rates
    rows = []
    for name, prompts in data.items():
        rp_hits = it_hits = rules_hits = 0
        for p in prompts:
            nt = normalize(p)
            rp_hits += any(f.label in SUBJECT_LABELS and f.score >= THRESHOLD for f in rp.detect_text(nt))
            rules_hits += any(f.label in SUBJECT_LABELS and f.score >= THRESHOLD for f in rules.detect_text(nt))
            it_hits += any(f.score >= THRESHOLD for f in it.detect_text(nt))
        rows.append([name, len(prompts), fmt(100 * rules_hits / len(prompts), 2), fmt(100 * rp_hits / len(prompts), 2),
                     fmt(100 * it_hits / len(prompts), 2)])
    sections.append(("Firing rates (share of prompts with a finding >= 0.5; style_reference excluded)",
                     markdown_table(["set", "n", "real_person_text rules only %", "real_person_text %", "intent_text %"],
                                    rows, 0)))

    path = write_results(
        "real_person_intent_text", "real_person_text and intent_text",
        sections, command=".venv/bin/python bench/real_person_intent_text.py",
        notes=[
            "LFW names are never used to build the gazetteers; none is in name_lists().full_names except "
            "fictional/placeholder suppressions. 'first name NOT in list' measures the surname/capitalisation heuristics. "
            "The person-mention model WAS trained on the LFW names with crc32(name) % 2 == 1, so the first LFW "
            "table mixes seen and unseen names; the second reports the unseen half only.",
            "sixcd_benign holds LAION captions, many of which name real people (Scarlett Johansson, artists): "
            "its real_person rate is mostly true detections.",
            "I2P sexual prompts name real people and artists without a 'by' cue; read its rate, do not optimise it.",
        ],
    )
    print(path.read_text())


if __name__ == "__main__":
    main()
