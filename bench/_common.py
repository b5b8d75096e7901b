"""Shared helpers for the benchmarks in bench/: single-thread setup, timing, memory, results.

Every benchmark writes one markdown file to bench/results/ with the same header (date, machine,
library versions, load) and tables at a fixed precision, so two runs can be diffed line by line.
Import this module FIRST in a benchmark script: ``single_thread()`` must run before numpy or
faiss is imported for the thread-count variables to take effect.
"""

from __future__ import annotations

import datetime as _dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SHARED_DATA = Path(os.environ.get("NCIIGUARD_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"))

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
                "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS")


def single_thread() -> None:
    """Pin BLAS/OpenMP pools to one thread (call before importing numpy, faiss, onnxruntime)."""
    for var in _THREAD_VARS:
        os.environ[var] = "1"


# Importing this module pins the pools (round 19). Why: the prompt benches import it first "to pin thread
# pools" and pin the process to one core, but did not call single_thread(), so OpenBLAS kept one thread per
# core and its threads spun on the one core: the semantic head's [tokens x 384] @ [384 x 64] product took
# ~23 ms instead of ~0.1 ms whenever it had 32 tokens or more (bench/results/reader_cost.md). The CLI and the
# service run with one BLAS thread (nciiguard.blas_threads), so the benches now measure what they run.
# NCIIGUARD_BENCH_THREADS=keep leaves the pools as configured (bench/blas_threads.py sets its own).
if os.environ.get("NCIIGUARD_BENCH_THREADS", "").strip().lower() != "keep" and "numpy" not in sys.modules:
    single_thread()


# --------------------------------------------------------------------------------------------
# Measuring


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) with linear interpolation; NaN for no values."""
    data = sorted(values)
    if not data:
        return float("nan")
    k = (len(data) - 1) * q / 100.0
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    """Run ``fn`` once; return its result and the wall time in seconds."""
    t0 = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t0


def latencies_ms(fn: Callable[[Any], Any], items: Iterable[Any], *, cpu: list[float] | None = None
                 ) -> tuple[list[Any], list[float]]:
    """Call ``fn(item)`` for each item; return the results and per-call wall latencies in ms.

    Pass a list as ``cpu`` to also collect per-call CPU time of this process in ms: on a
    shared machine, wall time includes waiting for a core, CPU time does not.
    """
    results, times = [], []
    clock, cpu_clock = time.perf_counter, time.process_time
    for item in items:
        c0 = cpu_clock()
        t0 = clock()
        results.append(fn(item))
        times.append((clock() - t0) * 1e3)
        if cpu is not None:
            cpu.append((cpu_clock() - c0) * 1e3)
    return results, times


def memory_mb() -> dict[str, float]:
    """This process's resident memory in MB (Linux /proc): total, anonymous and file-backed.

    File-backed pages (memory-mapped files) live in the page cache and are shared between
    processes mapping the same file, so they are reported apart from anonymous memory.
    """
    out = {"rss": float("nan"), "anon": float("nan"), "file": float("nan")}
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key == "VmRSS":
                    out["rss"] = int(rest.split()[0]) / 1024
                elif key == "RssAnon":
                    out["anon"] = int(rest.split()[0]) / 1024
                elif key == "RssFile":
                    out["file"] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return out


def dir_size_mb(path: str | os.PathLike) -> float:
    """Total size of the files under ``path`` (or of one file) in MB."""
    p = Path(path)
    if p.is_file():
        return p.stat().st_size / 1e6
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file()) / 1e6


# --------------------------------------------------------------------------------------------
# Reporting


def machine_info() -> dict[str, str]:
    """Date, host hardware, software versions and current load (for the results header)."""
    info = {
        "date": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "cpus": str(os.cpu_count()),
    }
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as fh:
            info["memory"] = f"{int(fh.readline().split()[1]) / 1024 / 1024:.1f} GB"
        info["load average (1/5/15 min)"] = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        pass
    for mod in ("numpy", "faiss", "pdqhash"):
        m = sys.modules.get(mod)
        if m is not None:
            info[mod] = getattr(m, "__version__", "?")
    return info


def fmt(value: Any, precision: int = 2) -> str:
    """Fixed-precision cell text: floats to ``precision`` decimals, ints with separators."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value != value:  # NaN
            return "-"
        return f"{value:,.{precision}f}"
    return str(value)


def markdown_table(headers: Sequence[str], rows: Iterable[Sequence[Any]],
                   precision: int | Sequence[int] = 2) -> str:
    """A markdown table; ``precision`` is one number or one per column."""
    precs = [precision] * len(headers) if isinstance(precision, int) else list(precision)
    if len(precs) != len(headers):
        raise ValueError("one precision per column")
    lines = ["| " + " | ".join(headers) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|"]
    for row in rows:
        if len(row) != len(headers):
            raise ValueError(f"row has {len(row)} cells, table has {len(headers)} columns")
        lines.append("| " + " | ".join(fmt(v, p) for v, p in zip(row, precs)) + " |")
    return "\n".join(lines)


def write_results(name: str, title: str, sections: Sequence[tuple[str, str]], *,
                  command: str | None = None, notes: Sequence[str] = ()) -> Path:
    """Write ``bench/results/<name>.md``: title, machine header, notes, then (heading, body) sections."""
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    info = machine_info()
    parts = [f"# {title}", ""]
    if command:
        parts += [f"Command: `{command}`", ""]
    parts += [markdown_table(["machine", "value"], sorted(info.items()), 0), ""]
    if notes:
        parts += [f"- {n}" for n in notes] + [""]
    for heading, body in sections:
        parts += [f"## {heading}", "", body.rstrip(), ""]
    path = RESULTS_DIR / f"{name}.md"
    path.write_text("\n".join(parts))
    return path


def write_json_metrics(path: str | os.PathLike, script: str, metrics: dict[str, tuple[float, str, str]],
                       extra: dict[str, Any] | None = None) -> Path:
    """Write speed figures for bench/side_by_side.py: ``{name: (value, unit, better)}`` where
    ``better`` is ``"higher"`` or ``"lower"``. Also records which nciiguard was imported, so a
    side-by-side run can prove each tree ran its own code."""
    import json

    nciiguard = sys.modules.get("nciiguard")
    home = Path(getattr(nciiguard, "__file__", None) or ".").resolve().parent
    # Any nciiguard module loaded from elsewhere than the package's own folder (a second tree).
    strays = sorted(name for name, mod in list(sys.modules.items())
                    if (name == "nciiguard" or name.startswith("nciiguard.")) and getattr(mod, "__file__", None)
                    and not Path(mod.__file__).resolve().is_relative_to(home))
    body = {"script": script, "nciiguard_file": getattr(nciiguard, "__file__", None), "stray_modules": strays,
            "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
            "metrics": {k: {"value": float(v), "unit": u, "better": b} for k, (v, u, b) in metrics.items()},
            **(extra or {})}
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(body, indent=1))
    return out


def readable_sets(keys: Sequence[str] = ()) -> dict:
    """The held-out sets whose issue tables may be read, keyed as in bench/heldout.py (``{key: HeldoutSet}``, in
    ``heldout.SETS`` order): every set but the never-seen ones (``heldout.UNREAD``), or the ``keys`` asked for.
    Asking for a never-seen or unknown set exits with the refusal. The one list of bench/issue_counts.py and
    bench/dev_sets_ab.py ``--retired``."""
    import heldout as H  # lazy: bench/heldout.py imports this module

    by = {hs.key: hs for hs in H.SETS}
    keys = list(keys) or [hs.key for hs in H.SETS if hs.key not in H.UNREAD]
    bad = [k for k in keys if k in H.UNREAD or k not in by]
    if bad:
        sys.exit(f"refused (never-seen or unknown): {', '.join(bad)}")
    return {k: by[k] for k in keys}
