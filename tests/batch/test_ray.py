"""--engine ray on a local Ray instance: same decisions as the local engine, and resumable."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed: pip install 'nciiguard[ray]' (CI installs it)")
pq = pytest.importorskip("pyarrow.parquet")

from batch_helpers import PERSON_WORD, make_guard, noise_png, red_png  # noqa: E402
from nciiguard.batch import scan_dataset  # noqa: E402
from nciiguard.batch.checkpoint import STATE_DIR  # noqa: E402
from nciiguard.cli import main  # noqa: E402

HERE = Path(__file__).resolve().parent
FIX = HERE.parents[0] / "fixtures" / "images"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]  # setup counts: a loaded 2-core machine needs the room


@pytest.fixture(scope="module")
def local_ray():
    # Ray workers import the test's scripted signals from this directory.
    path = os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    # Four logical CPUs on a 2-core machine: a scan's actor pool is only torn down after the scan ends, so with
    # two the next scan's actors could wait for the last one's to go (on a loaded machine, past the timeout).
    # No prestarted idle workers: the actors run with this job's runtime_env, so prestarted ones go unused
    # and only take CPU from the actors starting.
    ray.init(num_cpus=4, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": path}},
             _system_config={"prestart_worker_first_driver": False, "enable_worker_prestart": False})
    yield
    ray.shutdown()


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    red_png(root / "a.png")
    (root / "a.txt").write_text(f"{PERSON_WORD} on a beach", encoding="utf-8")
    red_png(root / "b.png")
    noise_png(root / "c.png", 5)
    shutil.copy(FIX / "street.jpg", root / "d.jpg")
    (root / "e.jpg").write_bytes(b"\xff\xd8 broken")
    return root


def _summary(out: Path):
    return {r["id"]: (r["action"], r["reason_codes"], r["error_code"])
            for r in pq.read_table(out / "decisions.parquet").to_pylist()}


def test_ray_engine_matches_local_engine_and_resumes(local_ray, folder, tmp_path):
    local = scan_dataset(folder, tmp_path / "local", workers=0, guard_factory=make_guard)
    on_ray = scan_dataset(folder, tmp_path / "ray", engine="ray", workers=2, chunk_size=2, guard_factory=make_guard)
    assert on_ray.counts == local.counts == {"allow": 2, "review": 1, "block": 1, "error": 1}
    assert _summary(tmp_path / "ray") == _summary(tmp_path / "local")

    # Keep only the first two journal lines (as if killed), rerun on Ray: only the rest is screened.
    journal = tmp_path / "ray" / STATE_DIR / "journal.jsonl"
    journal.write_bytes(b"".join(journal.read_bytes().splitlines(keepends=True)[:2]))
    (tmp_path / "ray" / "decisions.parquet").unlink()
    resumed = scan_dataset(folder, tmp_path / "ray", engine="ray", workers=2, guard_factory=make_guard)
    assert (resumed.resumed, resumed.screened) == (2, 3)
    assert _summary(tmp_path / "ray") == _summary(tmp_path / "local")


def test_cli_engine_ray_with_the_real_guard(local_ray, tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    shutil.copy(FIX / "butterfly.jpg", root / "b.jpg")
    (root / "b.txt").write_text("a butterfly on a leaf", encoding="utf-8")
    (root / "bad.png").write_bytes(b"\x89PNG broken")
    err = io.StringIO()
    rc = main(["--data-dir", str(tmp_path / "state"), "scan-dataset", str(root), "-o", str(tmp_path / "out"),
               "--engine", "ray", "--workers", "1"], stderr=err)
    assert rc == 1, err.getvalue()
    assert _summary(tmp_path / "out") == {"b.jpg": ("allow", [], None), "bad.png": (None, [], "bad_input")}
    assert "with the ray engine" in err.getvalue()


def test_cli_engine_ray_records_shadow_counts(local_ray, tmp_path):
    """``--shadow`` on the Ray engine: the actors write the counts (docs/shadow.md)."""
    from test_scan_shadow import decisions, report, write_csv

    src = write_csv(tmp_path / "captions.csv")
    base = ["--data-dir", str(tmp_path / "state")]
    err = io.StringIO()
    rc = main([*base, "scan-dataset", str(src), "-o", str(tmp_path / "out"), "--caption-column", "caption",
               "--engine", "ray", "--workers", "1", "--shadow", "sfw"], stderr=err)
    assert rc == 0, err.getvalue()
    assert {d[3].split("@")[0] for d in decisions(tmp_path / "out")} == {"ncii"}
    rep = report(base)
    assert rep["screened"] == 5 and rep["disagreements"] == 2
