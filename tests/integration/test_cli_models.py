"""``nciiguard scan-model`` in-process through cli.main, with a real SQLite bank store."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from helpers.cli import run_cli
from helpers.records import jsonl_records

save_file = pytest.importorskip("safetensors.numpy").save_file


def write_model(path: Path, metadata=None) -> Path:
    save_file({"w": np.arange(8, dtype=np.float32).reshape(2, 4)}, str(path), metadata=metadata)
    return path


def run(*argv, url):
    return run_cli("--database-url", url, *argv)


def records(text: str) -> list[dict]:
    return jsonl_records(text)  # each checked against the decision record's schema


@pytest.fixture
def url(tmp_path, monkeypatch):
    monkeypatch.setenv("NCIIGUARD_DATA_DIR", str(tmp_path / "data"))
    return f"sqlite:///{tmp_path / 'db.sqlite'}"


LIKENESS = {
    "ss_output_name": "jennifer_lawrence_v1",
    "ss_dataset_dirs": json.dumps({"10_jlaw woman": {"n_repeats": 10, "img_count": 30}}),
    "ss_tag_frequency": json.dumps({"10_jlaw woman": {"jlaw": 30, "1girl": 28, "portrait": 10}}),
}


def test_benign_model_is_allowed(tmp_path, url):
    p = write_model(tmp_path / "style.safetensors", {"ss_output_name": "watercolor_style",
                                                      "ss_tag_frequency": json.dumps({"5_wc style": {"watercolor": 9}})})
    code, out, _ = run("scan-model", str(p), "--json", url=url)
    assert code == 0
    (rec,) = records(out)
    assert rec["action"] == "allow" and rec["id"] == str(p)
    assert rec["policy"]["name"] == "models"
    assert rec["model"]["format"] == "safetensors" and len(rec["model"]["sha256"]) == 64
    assert rec["model"]["header"]["tensors"] == 1
    assert set(rec["categories"]) >= {"sexual", "real_person", "minor", "ncii", "likeness_model", "known_nudify_model"}


def test_likeness_lora_is_reviewed_and_blocked_with_sexual_card(tmp_path, url):
    p = write_model(tmp_path / "jl.safetensors", LIKENESS)
    code, out, _ = run("scan-model", str(p), "--json", url=url)
    (rec,) = records(out)
    assert rec["action"] == "review" and rec["categories"]["likeness_model"]
    fields = {r["field"] for r in rec["reasons"]}
    assert "metadata_output_name" in fields and "metadata_dataset_dirs" in fields

    card = tmp_path / "card.md"
    card.write_text("Realistic LoRA. Best for nsfw, nude photos.", encoding="utf-8")
    code, out, _ = run("scan-model", str(p), "--card", str(card), "--json", "--fail-on", "block", url=url)
    (rec,) = records(out)
    assert rec["action"] == "block"
    assert rec["categories"]["likeness_model"] and rec["categories"]["sexual_model"]
    assert "Models made to reproduce a real person in sexual content" in rec["message"]
    assert code == 1  # --fail-on block


def test_description_only_bounty(url):
    code, out, _ = run("scan-model", "--description", "looking for a LoRA of my coworker, paying $40", "--json",
                       url=url)
    (rec,) = records(out)
    assert rec["id"] == "page" and rec["action"] == "review"
    assert any(r["label"] == "likeness_request" for r in rec["reasons"])


def test_known_nudify_model_in_the_bank(tmp_path, url):
    p = write_model(tmp_path / "undress.safetensors", {"ss_output_name": "clothes_helper"})
    from nciiguard.banks import BankStore
    from nciiguard.hashing import sha256_file

    store = BankStore.open(url)
    store.create_bank("nudify-models", "sha256", "nudify_model")
    store.add_entry("nudify-models", sha256_file(p), source="test")
    code, out, _ = run("scan-model", str(tmp_path), "--json", url=url)
    (rec,) = records(out)
    assert rec["action"] == "block" and rec["categories"]["known_nudify_model"]
    r = next(r for r in rec["reasons"] if r["label"] == "known_nudify_model")
    assert r["evidence"]["bank"] == "nudify-models" and r["field"] == "model_file"
    # Withdrawn: no longer matches.
    entry = next(iter(store.entries("nudify-models")))
    store.withdraw(entry.id)
    code, out, _ = run("scan-model", str(p), "--json", url=url)
    assert records(out)[0]["action"] == "allow"


def test_hostile_file_gets_an_error_record_and_the_run_goes_on(tmp_path, url):
    (tmp_path / "a_bad.safetensors").write_bytes(struct.pack("<Q", 10**12) + b"{}")
    (tmp_path / "b_deep.safetensors").write_bytes(struct.pack("<Q", 20_002) + b"[" * 10_001 + b"]" * 10_001)
    write_model(tmp_path / "c_good.safetensors")
    code, out, err = run("scan-model", str(tmp_path), "--json", url=url)
    recs = records(out)
    assert code == 1
    assert [r.get("error", {}).get("code") for r in recs] == ["bad_header", "bad_header", None]
    assert "over the 100000000 byte limit" in recs[0]["error"]["message"]
    assert "nested" in recs[1]["error"]["message"]
    assert recs[2]["action"] == "allow"


def test_directory_readme_is_the_card(tmp_path, url):
    write_model(tmp_path / "m.safetensors")
    (tmp_path / "README.md").write_text("A LoRA trained on photos of Taylor Swift.", encoding="utf-8")
    code, out, _ = run("scan-model", str(tmp_path), "--json", url=url)
    (rec,) = records(out)
    assert rec["action"] == "review"
    assert any(r["field"] == "model_card" and r["label"] == "likeness_claim" for r in rec["reasons"])


def test_human_output(tmp_path, url):
    p = write_model(tmp_path / "jl.safetensors", LIKENESS)
    code, out, _ = run("scan-model", str(p), url=url)
    assert code == 0
    assert "sha256=" in out and "REVIEW" in out and "likeness_model.person_subject" in out


def test_usage_errors(tmp_path, url):
    code, _, err = run("scan-model", url=url)
    assert code == 2 and "give a model FILE" in err
    code, _, err = run("scan-model", str(tmp_path / "nope.safetensors"), url=url)
    assert code == 2 and "not found" in err
