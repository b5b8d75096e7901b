"""scan-dataset on the local engine: decisions, manifests, error rows, workers, CLI.

Policy outcomes are forced with scripted signals (batch_helpers); one slow test runs the real
default profile and a real hash bank end to end through the CLI with worker processes.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
import pyarrow.parquet as pq  # noqa: E402

from batch_helpers import PERSON_WORD, make_guard, noise_png, red_png  # noqa: E402
from helpers.records import jsonl_records  # noqa: E402
from nciiguard.batch.checkpoint import STATE_DIR  # noqa: E402
from nciiguard.batch import scan_dataset  # noqa: E402
from nciiguard.cli import main  # noqa: E402
from nciiguard.errors import ConfigError  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "images"


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    red_png(root / "a_red_person.png")
    (root / "a_red_person.txt").write_text(f"a photo of {PERSON_WORD} on a beach", encoding="utf-8")
    red_png(root / "b_red.png")
    noise_png(root / "c_noise_person.png", 1)
    (root / "c_noise_person.txt").write_text(f"{PERSON_WORD} at a desk", encoding="utf-8")
    shutil.copy(FIX / "butterfly.jpg", root / "d_butterfly.jpg")
    (root / "e_corrupt.jpg").write_bytes(b"\xff\xd8\xff not really a jpeg")
    return root


def _decisions(out: Path) -> dict[str, dict]:
    return {r["id"]: r for r in pq.read_table(out / "decisions.parquet").to_pylist()}


def test_folder_scan_combines_caption_and_image_and_writes_outputs(folder, tmp_path):
    out = tmp_path / "out"
    result = scan_dataset(folder, out, workers=0, guard_factory=make_guard)
    rows = _decisions(out)
    assert result.counts == {"allow": 2, "review": 1, "block": 1, "error": 1}
    # The caption names a person, the image is "sexual": only together do they make ncii.
    a = rows["a_red_person.png"]
    assert a["action"] == "block" and a["cat_ncii"] and a["cat_real_person"] and a["cat_sexual"]
    assert set(a["reason_codes"]) >= {"real_person.full_name", "sexual.sexual"}
    reasons = json.loads(a["reasons"])
    assert {r["field"] for r in reasons} == {"caption", "image[0]"}
    assert all("text" not in r for r in reasons)  # the matched caption text is not copied out
    assert a["policy"] == "dataset_test@1" and a["message"] == "Sexual images of a real person."
    assert rows["b_red.png"]["action"] == "review" and not rows["b_red.png"]["cat_ncii"]
    assert rows["c_noise_person.png"]["action"] == "allow" and rows["c_noise_person.png"]["cat_real_person"]
    assert rows["d_butterfly.jpg"]["action"] == "allow" and rows["d_butterfly.jpg"]["reason_codes"] == []
    e = rows["e_corrupt.jpg"]
    assert e["action"] is None and e["error_code"] == "bad_input" and e["cat_sexual"] is None
    # Source order is kept; the manifest lists only what was allowed.
    assert pq.read_table(out / "decisions.parquet").column("seq").to_pylist() == [0, 1, 2, 3, 4]
    manifest = pq.read_table(out / "manifest.parquet").to_pylist()
    assert [m["path"] for m in manifest] == ["c_noise_person.png", "d_butterfly.jpg"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["counts"] == result.counts and summary["engine"] == "local"
    assert not list(out.glob(".*.tmp-*"))  # atomic writes leave no temporaries
    # The journal holds decision records (nciiguard.records) with the item's place in the source.
    journal = {r["id"]: r for r in jsonl_records((out / STATE_DIR / "journal.jsonl").read_text())}
    assert journal["a_red_person.png"]["policy"] == {"name": "dataset_test", "version": "1"}
    assert journal["e_corrupt.jpg"]["error"]["code"] == "bad_input" and "action" not in journal["e_corrupt.jpg"]


def test_worker_processes_give_the_same_decisions_as_inline(folder, tmp_path):
    inline = scan_dataset(folder, tmp_path / "inline", workers=0, guard_factory=make_guard)
    multi = scan_dataset(folder, tmp_path / "multi", workers=2, chunk_size=2, guard_factory=make_guard)
    assert multi.counts == inline.counts
    a, b = _decisions(tmp_path / "inline"), _decisions(tmp_path / "multi")
    assert {k: (v["action"], v["reason_codes"], v["error_code"]) for k, v in a.items()} == \
           {k: (v["action"], v["reason_codes"], v["error_code"]) for k, v in b.items()}


def test_csv_manifest_keeps_the_input_rows_and_columns(tmp_path):
    root = tmp_path / "ds"
    (root / "img").mkdir(parents=True)
    red_png(root / "img" / "r.png")
    noise_png(root / "img" / "n.png", 2)
    with open(root / "d.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["url_id", "caption", "path", "aesthetic"])
        w.writerow(["u1", f"{PERSON_WORD}, studio portrait", "img/r.png", "5.1"])
        w.writerow(["u2", "a noisy texture, \"quoted\", with commas", "img/n.png", "4.0"])
        w.writerow(["u3", "a caption alone", "", "3.2"])
        w.writerow(["u4", "escape", "../../etc/passwd", "1.0"])
        w.writerow(["u5", "missing", "img/missing.png", "1.0"])
    out = tmp_path / "out"
    result = scan_dataset(root / "d.csv", out, workers=0, guard_factory=make_guard)
    assert result.counts == {"allow": 2, "review": 0, "block": 1, "error": 2}
    rows = _decisions(out)
    assert rows["3"]["error_code"] == "path_outside_root" and rows["4"]["error_code"] == "missing_file"
    with open(out / "manifest.csv", newline="", encoding="utf-8") as f:
        kept = list(csv.reader(f))
    assert kept == [["url_id", "caption", "path", "aesthetic"],
                    ["u2", "a noisy texture, \"quoted\", with commas", "img/n.png", "4.0"],
                    ["u3", "a caption alone", "", "3.2"]]


def test_parquet_manifest_and_non_string_captions(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    noise_png(root / "n.png", 3)
    pq.write_table(pa.table({"caption": ["fine", f"{PERSON_WORD} flagword", None, "x"],
                             "path": ["n.png", None, "n.png", None],
                             "width": [48, 0, 48, 0]}), root / "d.parquet")
    scan_dataset(root / "d.parquet", tmp_path / "out", workers=0, guard_factory=make_guard)
    rows = _decisions(tmp_path / "out")
    assert [rows[k]["action"] for k in "0123"] == ["allow", "block", "allow", "allow"]
    kept = pq.read_table(tmp_path / "out" / "manifest.parquet")
    assert kept.column_names == ["caption", "path", "width"]
    assert kept.column("caption").to_pylist() == ["fine", None, "x"]
    pq.write_table(pa.table({"caption": pa.array([3, 4], pa.int64())}), root / "bad.parquet")
    r = scan_dataset(root / "bad.parquet", tmp_path / "out2", workers=0, guard_factory=make_guard)
    assert r.counts["error"] == 2
    assert {x["error_code"] for x in _decisions(tmp_path / "out2").values()} == {"bad_caption"}


def test_wds_scan_and_manifest(tmp_path):
    import numpy as np
    from PIL import Image

    def png(color) -> bytes:
        buf = io.BytesIO()
        Image.fromarray(np.full((32, 32, 3), color, np.uint8)).save(buf, "PNG")
        return buf.getvalue()

    shard = tmp_path / "shard-000.tar"
    with tarfile.open(shard, "w") as tar:
        for name, data in [("k1.png", png((230, 10, 10))), ("k1.txt", PERSON_WORD.encode()),
                           ("k2.png", png((20, 120, 40))), ("k2.txt", b"a green square"),
                           ("../k3.png", png((0, 0, 0)))]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    result = scan_dataset(shard, tmp_path / "out", workers=0, guard_factory=make_guard)
    assert result.counts == {"allow": 1, "review": 0, "block": 1, "error": 1}
    assert pq.read_table(tmp_path / "out" / "manifest.parquet").to_pylist() == [
        {"id": "shard-000.tar/k2", "shard": "shard-000.tar", "key": "k2"}]


def test_rescan_with_other_settings_is_refused_unless_no_resume(folder, tmp_path):
    out = tmp_path / "out"
    scan_dataset(folder, out, workers=0, guard_factory=make_guard)
    other = tmp_path / "other"
    shutil.copytree(folder, other)
    with pytest.raises(ConfigError, match="another source"):
        scan_dataset(other, out, workers=0, guard_factory=make_guard)
    again = scan_dataset(other, out, workers=0, guard_factory=make_guard, resume=False)
    assert again.resumed == 0 and again.screened == 5


def test_cli_usage_and_configuration_errors(tmp_path):
    err = io.StringIO()
    assert main(["scan-dataset", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "o")], stderr=err) == 2
    assert "dataset not found" in err.getvalue()
    (tmp_path / "d.csv").write_text("caption\nhello\n")
    err = io.StringIO()
    assert main(["scan-dataset", str(tmp_path / "d.csv"), "-o", str(tmp_path / "o"), "--policy", "no_such_profile"],
                stderr=err) == 2
    assert "configuration error" in err.getvalue()
    err = io.StringIO()
    assert main(["scan-dataset", str(tmp_path / "d.csv"), "-o", str(tmp_path / "o"), "--workers", "-1"],
                stderr=err) == 2
    (tmp_path / "file").write_text("x")
    err = io.StringIO()
    assert main(["scan-dataset", str(tmp_path / "d.csv"), "-o", str(tmp_path / "file"), "--workers", "0"],
                stderr=err) == 2
    assert "not a directory" in err.getvalue()


@pytest.mark.slow
def test_cli_real_guard_bank_match_and_error_rows(tmp_path):
    """The real ncii profile and a real PDQ bank, worker processes, through the CLI."""
    from nciiguard.banks import BankStore, hash_file

    db_url = f"sqlite:///{tmp_path / 'state.db'}"
    store = BankStore.open(db_url, actor="test")
    store.create_bank("survivors", "pdq", "confirmed")  # confirmed NCII blocks; a survivor bank holds for review
    store.add_record("survivors", hash_file(FIX / "butterfly.jpg"), case_id="C-1")
    store.db.dispose()
    root = tmp_path / "ds"
    root.mkdir()
    shutil.copy(FIX / "butterfly.jpg", root / "b.jpg")
    shutil.copy(FIX / "street.jpg", root / "s.jpg")
    (root / "bad.jpg").write_bytes(b"GIF89a broken")
    with open(root / "d.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["caption", "path"])
        w.writerows([["a butterfly on a leaf", "b.jpg"], ["a street in Munich", "s.jpg"],
                     ["a bowl of fruit on a table", ""], ["broken", "bad.jpg"], ["gone", "missing.jpg"],
                     ["escape", "../../../etc/hostname"]])
    out, err = io.StringIO(), io.StringIO()
    rc = main(["--data-dir", str(tmp_path), "--database-url", db_url, "scan-dataset", str(root / "d.csv"),
               "-o", str(tmp_path / "out"), "--workers", "2", "--chunk-size", "2"], stdout=out, stderr=err)
    assert rc == 1, err.getvalue()
    rows = _decisions(tmp_path / "out")
    assert rows["0"]["action"] == "block" and rows["0"]["cat_known_ncii"]
    assert "known_ncii.bank_match" in rows["0"]["reason_codes"]
    assert json.loads(rows["0"]["reasons"])[0]["evidence"]["case_id"] == "C-1"
    assert rows["1"]["action"] == "allow" and rows["2"]["action"] == "allow"
    assert [rows[k]["error_code"] for k in "345"] == ["bad_input", "missing_file", "path_outside_root"]
    text = err.getvalue()
    assert "6 items" in text and "allow 2" in text and "block 1" in text and "error 3" in text
    with open(tmp_path / "out" / "manifest.csv", newline="", encoding="utf-8") as f:
        assert [r[1] for r in csv.reader(f)] == ["path", "s.jpg", ""]


def test_caption_only_sources_never_load_the_image_models(tmp_path):
    """A caption-only table builds workers with the text signals only (no onnxruntime, no dlib)."""
    from nciiguard.batch import GuardSpec, open_source
    from nciiguard.config import Config

    (tmp_path / "d.csv").write_text("caption\na red bicycle\n", encoding="utf-8")
    src = open_source(tmp_path / "d.csv")
    assert src.modalities() == frozenset({"text"})
    (tmp_path / "p.csv").write_text("caption,path\na,b.jpg\n", encoding="utf-8")
    assert open_source(tmp_path / "p.csv").modalities() is None
    guard = GuardSpec(config=Config.load(data_dir=tmp_path / "state"), modalities=src.modalities()).build()
    try:
        loaded = {s.name: s._loaded for s in guard.signals}
    finally:
        guard.close()
    assert loaded["sexual_text"] and loaded["real_person_text"]
    assert not loaded["nsfw_image"] and not loaded["faces"]
