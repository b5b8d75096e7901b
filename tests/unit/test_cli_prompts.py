"""``screen-prompt`` / ``screen-prompts`` in-process, with hostile input files."""

from __future__ import annotations

import json

import pytest
import yaml

from helpers.cli import run_cli
from helpers.profiles import base_profile
from helpers.records import check_record, jsonl_records

pytestmark = pytest.mark.usefixtures("scripted_registry")


@pytest.fixture
def policy_file(tmp_path):
    p = tmp_path / "testing.yaml"
    p.write_text(yaml.safe_dump(base_profile()))
    return str(p)


def run(argv):
    return run_cli(*argv)


def test_screen_prompt_human_and_json(policy_file):
    code, out, _ = run(["screen-prompt", "a flagword here", "--policy", policy_file])
    assert code == 0 and out.startswith("REVIEW") and "sexual.hit" in out and "prompt[2:10]" in out
    code, out, _ = run(["screen-prompt", "a flagword here", "--policy", policy_file, "--json"])
    d = check_record(json.loads(out))
    assert d["action"] == "review" and d["reasons"][0]["span"] == [2, 10]
    assert d["policy"] == {"name": "testing", "version": "1"}


def test_screen_prompt_negative(policy_file):
    code, out, _ = run(["screen-prompt", "a lighthouse", "--negative", "flagword", "--policy", policy_file, "--json"])
    assert json.loads(out)["action"] == "allow"


def test_batch_with_bad_lines_keeps_going(policy_file, tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "prompt": "calm sea"}),
        json.dumps({"id": "b", "prompt": "flagword", "negative_prompt": None}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "prompt": 5}),
        json.dumps(["list"]),
        json.dumps({"id": "e", "prompt": "x" * (70 * 1024)}),
        "",
        json.dumps({"id": "f", "prompt": "flagword minorword"}),
        json.dumps({"id": "g", "prompt": "ok", "negative_prompt": 3}),
        "y" * (300 * 1024),
        json.dumps({"id": "h", "prompt": "last one"}),
    ]
    src.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe broken utf8\n")
    dst = tmp_path / "out.jsonl"
    code, _, err = run(["screen-prompts", str(src), "--output", str(dst), "--policy", policy_file])
    assert code == 1
    records = jsonl_records(dst.read_text())
    by_id = {r["id"]: r for r in records}
    assert by_id["a"]["action"] == "allow"
    assert by_id["b"]["action"] == "review"
    assert by_id["b"]["categories"] == {"sexual": True, "real_person": False, "minor": False, "ncii": False,
                                        "signal_error": False}
    assert by_id["f"]["action"] == "block"
    assert by_id["h"]["action"] == "allow"
    for bad in ("line:3", "c", "d", "line:6", "e", "g", "line:11", "line:13"):
        assert "error" in by_id[bad], bad
    assert "invalid JSON" in by_id["line:3"]["error"]["message"]
    assert "missing \"prompt\"" in by_id["c"]["error"]["message"]
    assert "larger than 64 KiB" in by_id["e"]["error"]["message"]
    assert "larger than 256 KiB" in by_id["line:11"]["error"]["message"]
    assert "13 prompts" in err or "prompts in" in err


def test_missing_input_and_bad_policy(policy_file, tmp_path):
    code, _, err = run(["screen-prompts", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"),
                        "--policy", policy_file])
    assert code == 2 and "not found" in err
    code, _, err = run(["screen-prompt", "x", "--policy", str(tmp_path / "missing.yaml")])
    assert code == 2 and "configuration error" in err


def test_usage_errors_exit_2():
    code, _, err = run(["screen-prompt"])
    assert code == 2 and "error" in err
    code, _, err = run(["no-such-command"])
    assert code == 2
