"""Resume after kill -9: a real subprocess is SIGKILLed mid-scan, the rerun finishes the job
without redoing finished items and without losing or duplicating any."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pq = pytest.importorskip("pyarrow.parquet")

from batch_helpers import make_guard  # noqa: E402
from nciiguard.batch import scan_dataset  # noqa: E402
from nciiguard.batch.checkpoint import STATE_DIR, Journal  # noqa: E402

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
N = 240


def _captions_csv(path: Path, n: int = N) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["caption"])
        for i in range(n):
            w.writerow([f"caption number {i}: a red bicycle leaning on a wall"])


def _journal_lines(out: Path) -> int:
    p = out / STATE_DIR / "journal.jsonl"
    return p.read_bytes().count(b"\n") if p.exists() else 0


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill_mid_run(cmd: list[str], out: Path, env: dict, *, min_lines: int, timeout: float = 120):
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + timeout
    workers: list[int] = []
    try:
        while _journal_lines(out) < min_lines:
            if proc.poll() is not None:
                pytest.fail(f"scan ended before it could be killed: {proc.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("scan made no progress")
            workers = _children(proc.pid) or workers
            time.sleep(0.05)
        workers = _children(proc.pid) or workers
        os.kill(proc.pid, signal.SIGKILL)  # kill -9 of the scanner (its workers are not signalled)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return workers


def _check_complete(out: Path, n: int) -> list[dict]:
    rows = pq.read_table(out / "decisions.parquet").to_pylist()
    assert [r["id"] for r in rows] == [str(i) for i in range(n)]  # every item, once, in order
    return rows


def test_sigkill_mid_run_then_rerun_finishes_without_redoing_work(tmp_path):
    data = tmp_path / "d.csv"
    _captions_csv(data)
    out = tmp_path / "out"
    code = (
        "import sys; from functools import partial; sys.path[:0] = [sys.argv[3], sys.argv[4]];"
        "from batch_helpers import make_guard; from nciiguard.batch import scan_dataset;"
        "scan_dataset(sys.argv[1], sys.argv[2], workers=2, chunk_size=4, guard_factory=partial(make_guard, 0.03))"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    workers = _kill_mid_run([sys.executable, "-c", code, str(data), str(out), str(HERE), str(SRC)], out, env,
                            min_lines=40)
    done_before = _journal_lines(out)
    assert 40 <= done_before < N
    assert not (out / "decisions.parquet").exists()
    # The orphaned workers notice their parent is gone and exit on their own.
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(_alive(w) for w in workers)

    result = scan_dataset(data, out, workers=2, chunk_size=4, guard_factory=make_guard)
    assert result.resumed == done_before  # nothing finished was lost ...
    assert result.screened == N - done_before  # ... and nothing finished was redone
    assert result.counts == {"allow": N, "review": 0, "block": 0, "error": 0}
    _check_complete(out, N)
    # A third run finds everything done and only rewrites the outputs.
    again = scan_dataset(data, out, workers=2, guard_factory=make_guard)
    assert (again.resumed, again.screened) == (N, 0)


def test_journal_drops_a_torn_last_line_and_duplicates(tmp_path):
    fp = {"source": "x"}
    with Journal(tmp_path, fp) as j:
        j.append([{"id": "a", "seq": 0}, {"id": "b", "seq": 1}])
        assert j.append([{"id": "a", "seq": 0}]) == 0  # already done: not written twice
    path = tmp_path / STATE_DIR / "journal.jsonl"
    with open(path, "ab") as f:
        f.write(b'{"id": "c", "se')  # the process died in the middle of this write
    with Journal(tmp_path, fp) as j:
        assert sorted(j.records) == ["a", "b"] and j.resumed == 2
        j.append([{"id": "c", "seq": 2}])
    lines = [json.loads(x) for x in path.read_bytes().splitlines()]
    assert [r["id"] for r in lines] == ["a", "b", "c"]
    with pytest.raises(Exception, match="another source"):
        Journal(tmp_path, {"source": "y"})
    with Journal(tmp_path, {"source": "y"}, resume=False) as j:
        assert j.records == {}


@pytest.mark.slow
def test_cli_sigkill_and_resume_with_the_real_guard(tmp_path):
    """The same through ``nciiguard scan-dataset`` with the real default profile. 400 captions: the scan is killed
    once 48 are journaled (polled every 50 ms), so the ~350 still unscreened at the kill are far more than one poll's
    worth even on a fast machine, and the rerun screens a few hundred rather than ~1,450 with the real guard."""
    data = tmp_path / "d.csv"
    n = 400
    _captions_csv(data, n)
    out = tmp_path / "out"
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "state")}
    cmd = [sys.executable, "-c", "import sys; from nciiguard.cli import main; sys.exit(main(sys.argv[1:]))", "scan-dataset", str(data), "-o", str(out),
           "--workers", "1", "--chunk-size", "8"]
    _kill_mid_run(cmd, out, env, min_lines=48, timeout=240)
    done_before = _journal_lines(out)
    assert 48 <= done_before < n
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert f"{done_before} already done (resuming)" in proc.stderr
    assert f"{done_before} items came from the earlier run, {n - done_before} screened now" in proc.stderr
    rows = _check_complete(out, n)
    assert {r["action"] for r in rows} == {"allow"}
