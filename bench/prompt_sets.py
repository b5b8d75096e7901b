"""Loaders for the public prompt sets in ../shared/data/prompts (see ../shared/data/SOURCES.md).

Each loader returns a list of :class:`Prompt` with a stable id (row number, case number or the
set's own id) so that benchmark error reports can point at a prompt without copying its text:
prompt sentences from the sexual sets never leave ../shared.

The held-out split is the one the sexual classifier's training script documents
(``scripts/train_sexual_classifier.py: is_heldout``, crc32 of the stripped prompt text): it is
imported from there, so the benchmark and the training always agree on which prompts were never
seen in training.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from _common import SHARED_DATA

PROMPTS = SHARED_DATA / "prompts"
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Prompt:
    set: str
    id: str
    text: str
    meta: dict = field(default_factory=dict, compare=False, hash=False)


def _csv_rows(path: Path) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _pct(row: dict, key: str) -> float:
    try:
        return float(row.get(key) or 0.0)
    except ValueError:
        return 0.0


# ---------------------------------------------------------------------------------------------
# Held-out split
# ---------------------------------------------------------------------------------------------
def _load_split() -> tuple[Callable[[str], bool], str]:
    """``is_heldout`` from the training script, and where it came from."""
    path = ROOT / "scripts" / "train_sexual_classifier.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("_train_sexual_classifier", path)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        # The training script puts its own checkout's src first on sys.path and imports nciiguard.
        # When the caller chose a tree with PYTHONPATH (bench/side_by_side.py runs these scripts
        # against another tree), import nciiguard from there first and undo the insert.
        chosen = bool(os.environ.get("PYTHONPATH"))
        saved = list(sys.path)
        try:
            if chosen:
                import nciiguard  # noqa: F401
            spec.loader.exec_module(module)  # type: ignore[union-attr]
            return module.is_heldout, "scripts/train_sexual_classifier.py:is_heldout"
        except Exception as exc:  # noqa: BLE001 - reported in the results
            reason = f"import failed ({type(exc).__name__})"
        finally:
            if chosen:
                sys.path[:] = saved
    else:
        reason = "script missing"

    def is_heldout(prompt: str) -> bool:  # the documented rule, copied
        return zlib.crc32(prompt.strip().encode("utf-8")) % 100 < 30

    return is_heldout, f"local copy of the documented crc32 split ({reason})"


is_heldout, SPLIT_SOURCE = _load_split()


# ---------------------------------------------------------------------------------------------
# Unsafe sets
# ---------------------------------------------------------------------------------------------
def _i2p_like(name: str, path: Path) -> list[Prompt]:
    out = []
    for k, row in enumerate(_csv_rows(path)):
        text = row.get("prompt") or ""
        if not text.strip():
            continue
        cats = {c.strip() for c in (row.get("categories") or "").split(",") if c.strip()}
        rid = row.get("") or row.get("Unnamed: 0") or str(k)
        out.append(Prompt(name, f"{name}:{rid}", text, {"categories": cats, "nudity": _pct(row, "nudity_percentage")}))
    return out


def i2p() -> list[Prompt]:
    return _i2p_like("i2p", PROMPTS / "unsafe" / "i2p_4703.csv")


def unlearndiff() -> list[Prompt]:
    return _i2p_like("unlearndiff", PROMPTS / "unsafe" / "unlearndiff" / "nudity.csv")


def p4d() -> list[Prompt]:
    """The four P4D source files, deduplicated by prompt text (they overlap)."""
    seen: set[str] = set()
    out = []
    for path in sorted((PROMPTS / "unsafe" / "p4d_source_prompts").glob("*.csv")):
        for p in _i2p_like(f"p4d_{path.stem.replace('unsafe-prompts-nudity_', '')}", path):
            if p.text.strip() not in seen:
                seen.add(p.text.strip())
                out.append(Prompt("p4d", p.id, p.text, p.meta))
    return out


def sixcd_nudity() -> list[Prompt]:
    rows = _csv_rows(PROMPTS / "unsafe" / "sixcd" / "Nudity.csv")
    return [Prompt("sixcd_nudity", f"sixcd_nudity:{r['case_number']}", r["prompt"]) for r in rows if r["prompt"].strip()]


def sixcd_dual_malicious() -> list[Prompt]:
    rows = _csv_rows(PROMPTS / "unsafe" / "sixcd" / "dual_nudity_malicious.csv")
    return [Prompt("sixcd_dual_malicious", f"sixcd_dual:{r['case_number']}", r["prompt"]) for r in rows if r["prompt"].strip()]


def t2i_riskyprompt() -> list[Prompt]:
    rows = _csv_rows(PROMPTS / "unsafe" / "t2i_riskyprompt" / "t2i_riskyprompt_flat.csv")
    out = []
    for r in rows:
        if not r["prompt"].strip():
            continue
        labels = [x for x in r["labels"].split(";") if x]
        out.append(Prompt("t2i", f"t2i:{r['id']}", r["prompt"],
                          {"labels": labels, "porn": r["is_pornography"] == "1"}))
    return out


# ---------------------------------------------------------------------------------------------
# Benign sets
# ---------------------------------------------------------------------------------------------
def coco() -> list[Prompt]:
    rows = _csv_rows(PROMPTS / "benign" / "coco_30k.csv")
    return [Prompt("coco", f"coco:{k}", r["prompt"]) for k, r in enumerate(rows) if r["prompt"].strip()]


def tifa() -> list[Prompt]:
    data = json.loads((PROMPTS / "benign" / "tifa_v1.0_text_inputs.json").read_text(encoding="utf-8"))
    return [Prompt("tifa", f"tifa:{d['id']}", d["caption"]) for d in data if d["caption"].strip()]


def geneval() -> list[Prompt]:
    out = []
    with open(PROMPTS / "benign" / "geneval_evaluation_metadata.jsonl", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if line.strip():
                out.append(Prompt("geneval", f"geneval:{k}", json.loads(line)["prompt"]))
    return out


def sixcd_benign() -> list[Prompt]:
    rows = _csv_rows(PROMPTS / "benign" / "sixcd_benign_500.csv")
    return [Prompt("sixcd_benign", f"sixcd_benign:{r['case_number']}", r["prompt"]) for r in rows if r["prompt"].strip()]


BENIGN: dict[str, Callable[[], list[Prompt]]] = {
    "COCO 30k": coco,
    "TIFA v1.0": tifa,
    "GenEval": geneval,
    "Six-CD benign": sixcd_benign,
}


def lfw_names() -> list[str]:
    """LFW person names as "First Last" (underscores to spaces), in file order."""
    out = []
    for line in (SHARED_DATA / "names" / "lfw_names.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        name = parts[-1].strip().replace("_", " ")
        if name:
            out.append(name)
    return out
