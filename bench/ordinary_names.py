"""One name in an ordinary prompt (text/persons/ordinary.py): what it adds and what it costs.

Runs the default guard over the public prompt sets twice in one process, with the ordinary-prompt
name reader on and off (the reader's entry point replaced by one that finds nothing), and counts:

- on the benign sets (COCO, TIFA, GenEval, Six-CD benign): the real_person rate (every reading
  there is a false one, unless the caption names someone) and any change of action;
- on the sexual sets (I2P, Six-CD nudity, T2I-RiskyPrompt ...): prompts whose action changes (a
  new real person turns a sexual prompt into ``ncii``: these prompts mostly name nobody);
- on the development set devml: the celebrity_ordinary detection rate and named_sexual blocks.

Prompt text of the sexual sets is never written; benign readings are listed with the word read
(captions are public and benign) so the false class can be seen.

    NCIIGUARD_DATA=/work/shared/data PYTHONPATH=src .venv/bin/python bench/ordinary_names.py
"""

from __future__ import annotations

from _common import single_thread

single_thread()

import time  # noqa: E402
from collections import Counter  # noqa: E402

from _common import markdown_table, write_results  # noqa: E402

import heldout as ho  # noqa: E402
import prompt_sets as ps  # noqa: E402
from devml import DEVML_TSV  # noqa: E402

BENIGN = {"COCO 30k": ps.coco, "TIFA v1.0": ps.tifa, "GenEval": ps.geneval, "Six-CD benign": ps.sixcd_benign}
SEXUAL = {"I2P": ps.i2p, "Six-CD nudity": ps.sixcd_nudity, "Six-CD dual malicious": ps.sixcd_dual_malicious,
          "T2I-RiskyPrompt": ps.t2i_riskyprompt, "P4D": ps.p4d, "UnlearnDiff": ps.unlearndiff}


def _ordinary(decision):
    for r in decision.results:
        for f in r.findings:
            if f.label == "name_in_slot" and (f.evidence or {}).get("request") == "ordinary":
                return f
    return None


def main() -> int:
    from nciiguard import Guard
    from nciiguard.text.persons import reader

    guard = Guard().load(["text"])
    real = reader.ordinary_name_findings

    def screen(texts, on: bool):
        reader.ordinary_name_findings = real if on else (lambda *a, **k: [])
        try:
            # a fresh scan each call: the person reading is cached per scan, not across calls
            return [guard.screen_prompt(t) for t in texts]
        finally:
            reader.ordinary_name_findings = real

    sections = []
    rows, examples = [], []
    t0 = time.perf_counter()
    for name, loader in BENIGN.items():
        texts = [p.text for p in loader()]
        on, off = screen(texts, True), screen(texts, False)
        rp_on = sum(d.categories.get("real_person", False) for d in on)
        rp_off = sum(d.categories.get("real_person", False) for d in off)
        hits = [(_ordinary(d), t) for d, t in zip(on, texts) if _ordinary(d) is not None]
        changed = sum(a.action != b.action for a, b in zip(on, off))
        slots = Counter(f.evidence["slot"] for f, _ in hits)
        rows.append([name, len(texts), 100 * rp_off / len(texts), 100 * rp_on / len(texts), len(hits), changed,
                     ", ".join(f"{k} {v}" for k, v in slots.most_common())])
        examples.extend([name, f.evidence["slot"], f.text, t[:90]] for f, t in hits[:40])
    sections.append(("Benign sets: real_person rate without and with the reader", markdown_table(
        ["set", "n", "real_person % off", "real_person % on", "ordinary readings", "action changed", "slots"],
        rows, [0, 0, 2, 2, 0, 0, 0])))
    srows = []
    for name, loader in SEXUAL.items():
        try:
            texts = [p.text for p in loader()]
        except FileNotFoundError:
            continue
        on, off = screen(texts, True), screen(texts, False)
        hits = sum(_ordinary(d) is not None for d in on)
        changed = Counter(f"{b.action.value}->{a.action.value}" for a, b in zip(on, off) if a.action != b.action)
        srows.append([name, len(texts), hits, sum(changed.values()),
                      ", ".join(f"{k} {v}" for k, v in changed.most_common()) or "-"])
    sections.append(("Sexual sets (no text written): readings and action changes", markdown_table(
        ["set", "n", "ordinary readings", "action changed", "changes"], srows, [0, 0, 0, 0, 0])))
    drows = ho.load(DEVML_TSV)
    texts = [r.text for r in drows]
    on, off = screen(texts, True), screen(texts, False)
    grows = []
    for group, measure in (("celebrity_ordinary", lambda d: d.categories.get("real_person", False)),
                           ("named_sexual", lambda d: d.action.value == "block"),
                           ("named_benign", lambda d: d.action.value != "allow" or d.categories.get("sexual", False)),
                           ("person_description", lambda d: d.categories.get("real_person", False)),
                           ("benign_caption", lambda d: d.categories.get("real_person", False)),
                           ("benign_art", lambda d: d.categories.get("real_person", False))):
        idx = [k for k, r in enumerate(drows) if r.group == group]
        if not idx:
            continue
        k_off = sum(bool(measure(off[k])) for k in idx)
        k_on = sum(bool(measure(on[k])) for k in idx)
        grows.append([group, len(idx), 100 * k_off / len(idx), 100 * k_on / len(idx)])
    sections.append(("Development set devml (readable): the measure per group without and with the reader "
                     "(celebrity_ordinary, person_description, captions, art: real_person %; named_sexual: "
                     "blocked %; named_benign: wrongly flagged %)",
                     markdown_table(["group", "n", "off %", "on %"], grows, [0, 0, 1, 1])))
    sections.append(("Benign readings (first 40 per set: set, slot, word read, caption)",
                     markdown_table(["set", "slot", "word", "caption"], examples, [0, 0, 0, 0])))
    print(f"{time.perf_counter() - t0:.0f} s")
    write_results("ordinary_names", "One name in an ordinary prompt: gain and false readings", sections)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
