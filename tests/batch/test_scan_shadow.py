"""``scan-dataset --shadow PROFILE``: the real ncii (enforcing) and sfw (candidate) profiles on a
small caption-only CSV, through a spawned worker process and in-process. The decisions are the
enforcing profile's, identical with or without the shadow; the counts reach the database from the
workers and ``nciiguard shadow report`` shows what sfw would change. Text prompts only, no images."""

from __future__ import annotations

import csv
import json

import pytest

from helpers.cli import run_cli

pq = pytest.importorskip("pyarrow.parquet")

CAPTIONS = [("1", "a watercolour of a lighthouse at dusk"), ("2", "a naked woman, explicit porn"),
            ("3", "a bowl of fruit on a table"), ("4", "explicit porn video of a couple"),
            ("5", "a red kite over the sea")]


def write_csv(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "caption"])
        w.writerows(CAPTIONS)
    return path


def decisions(out):
    return sorted((r["id"], r["action"], r["reason_codes"], r["policy"])
                  for r in pq.read_table(out / "decisions.parquet").to_pylist())


def report(base) -> dict:
    code, out, err = run_cli(*base, "shadow", "report", "--json", "--candidate", "sfw")
    assert code == 0, err
    [rep] = json.loads(out)
    return rep


def test_scan_dataset_shadow_counts_from_a_worker_process(tmp_path):
    src = write_csv(tmp_path / "captions.csv")
    base = ["--data-dir", tmp_path / "data"]
    code, _, err = run_cli(*base, "scan-dataset", src, "-o", tmp_path / "plain", "--caption-column", "caption",
                           "--workers", "0")
    assert code == 0, err
    code, _, err = run_cli(*base, "scan-dataset", src, "-o", tmp_path / "shadow", "--caption-column", "caption",
                           "--workers", "1", "--shadow", "sfw")
    assert code == 0, err
    assert "shadow sfw" in err and "nciiguard shadow report" in err
    # The records are the enforcing (ncii) decisions, the same as without a shadow.
    assert decisions(tmp_path / "shadow") == decisions(tmp_path / "plain")
    assert {d[3].split("@")[0] for d in decisions(tmp_path / "shadow")} == {"ncii"}
    rep = report(base)
    # Five captions, two that sfw would block where ncii holds them for review; the warm-up item
    # every worker screens first is not counted.
    assert rep["enforcing"].startswith("ncii@") and rep["screened"] == 5 and rep["disagreements"] == 2
    assert all(t["enforced"] == "review" and t["candidate"] == "block" for t in rep["top"])
    code, out, _ = run_cli(*base, "shadow", "report")
    assert "explicit porn" not in out  # codes and counts, never the captions


def test_in_process_scan_counts_and_a_resumed_scan_does_not_count_again(tmp_path):
    from nciiguard import Config
    from nciiguard.batch import scan_dataset

    src = write_csv(tmp_path / "captions.csv")
    config = Config(data_dir=tmp_path / "data", workers=0)
    base = ["--data-dir", tmp_path / "data"]
    first = scan_dataset(src, tmp_path / "out", caption_column="caption", workers=0, config=config, shadow="sfw")
    assert first.screened == 5 and report(base)["screened"] == 5
    again = scan_dataset(src, tmp_path / "out", caption_column="caption", workers=0, config=config, shadow="sfw")
    assert again.resumed == 5 and again.screened == 0
    assert report(base)["screened"] == 5  # journaled items are not screened, so not counted, twice


def test_a_bad_shadow_profile_stops_before_any_item_is_screened(tmp_path):
    src = write_csv(tmp_path / "captions.csv")
    code, _, err = run_cli("--data-dir", tmp_path / "data", "scan-dataset", src, "-o", tmp_path / "out",
                           "--caption-column", "caption", "--workers", "1", "--shadow", "nope")
    assert code == 2 and "unknown policy" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "decisions.parquet").exists()


def test_shadow_with_a_guard_factory_is_refused(tmp_path):
    from batch_helpers import make_guard

    from nciiguard.batch import scan_dataset
    from nciiguard.errors import InputError

    with pytest.raises(InputError, match="guard_factory"):
        scan_dataset(write_csv(tmp_path / "c.csv"), tmp_path / "out", caption_column="caption", workers=0,
                     guard_factory=make_guard, shadow="sfw")
