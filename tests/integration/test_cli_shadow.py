"""``screen-prompts --shadow sfw`` and ``nciiguard shadow report``: the real ncii and sfw profiles on
a batch of prompts. The output file holds the enforcing (ncii) decisions only; the report shows
what sfw would change."""

from __future__ import annotations

import json

from helpers.cli import run_cli
from helpers.records import jsonl_records

PROMPTS = [("1", "a watercolour of a lighthouse at dusk"), ("2", "a naked woman, explicit porn"),
           ("3", "a bowl of fruit on a table"), ("4", "explicit porn video of a couple"),
           ("5", "a red kite over the sea")]


def test_shadow_report_shows_what_sfw_would_change_over_ncii(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "prompt": p}) + "\n" for i, p in PROMPTS))
    base = ["--data-dir", tmp_path / "data"]
    code, _, err = run_cli(*base, "screen-prompts", src, "-o", tmp_path / "plain.jsonl")
    assert code == 0, err
    code, _, err = run_cli(*base, "screen-prompts", src, "-o", tmp_path / "shadow.jsonl", "--shadow", "sfw")
    assert code == 0, err
    assert "shadow sfw@" in err and "2 of 5 decisions would change" in err
    # The output is the enforcing profile's, identical with or without the shadow.
    assert (tmp_path / "shadow.jsonl").read_text() == (tmp_path / "plain.jsonl").read_text()
    assert {r["policy"]["name"] for r in jsonl_records((tmp_path / "shadow.jsonl").read_text())} == {"ncii"}
    code, out, err = run_cli(*base, "shadow", "report")
    assert code == 0, err
    assert "(enforcing) vs sfw@" in out and "5 decisions, 2 would change" in out
    assert "review -> block" in out and "explicit porn" not in out  # codes, never the prompts
    code, out, _ = run_cli(*base, "shadow", "report", "--json", "--candidate", "sfw")
    [rep] = json.loads(out)
    assert rep["enforcing"].startswith("ncii@") and rep["disagreements"] == 2
    assert all(t["candidate_rules"] == ["sexual"] for t in rep["top"])
    code, out, _ = run_cli(*base, "shadow", "report", "--candidate", "models")
    assert code == 0 and "no shadow decisions" in out
    code, _, err = run_cli(*base, "screen-prompts", src, "-o", tmp_path / "x.jsonl", "--shadow", "nope")
    assert code == 2 and "unknown policy" in err
