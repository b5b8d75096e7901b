"""Cost per request of the shared (database) rate limiter against the in-memory one, side by side.

Three measurements; the single-thread ones are medians of calls that alternate between the
backends one by one (A, B, C, A, B, C, ...), so drift in machine load hits all alike:

1. ``take()`` alone, one thread: a hot key (the same API key again and again: the UPDATE path) and
   fresh keys (a new client address each call: the INSERT path).
2. ``take()`` from 4 threads at once on one hot key (contention on one row): calls per second.
3. A whole authenticated request through the app in process (FastAPI TestClient, ``GET /v1/review``
   with a moderator key): what the limiter adds to a cheap request.

Backends: memory; database on SQLite (a WAL file in a temp dir); database on PostgreSQL when
``--postgres`` is given and the server binaries exist (a throwaway cluster in a temp dir, fsync off
as in the tests, so it is a floor for a durable server). Bounded: about a minute in all.
"""

from __future__ import annotations

import argparse
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, median, single_thread, write_results  # noqa: E402

single_thread()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """A PostgreSQL cluster in a temp dir (as tests/conftest.py starts one), stopped on exit."""

    def __init__(self):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
        found = next((Path(b) for b in bins if Path(b, "initdb").exists()), None)
        if found is None and shutil.which("pg_ctl"):
            found = Path(shutil.which("pg_ctl")).parent
        if found is None:
            raise SystemExit("--postgres: PostgreSQL server binaries not found")
        self.bin = found
        self.root = Path(tempfile.mkdtemp(prefix="nciiguard-bench-pg-"))
        self.port = _free_port()

    def _as_pg(self, cmd):
        return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd

    def __enter__(self) -> str:
        data, sock = self.root / "data", self.root / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(sock, "postgres")
        subprocess.run(self._as_pg([str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                    "-E", "UTF8", "--no-instructions"]), check=True, capture_output=True)
        subprocess.run(self._as_pg([str(self.bin / "pg_ctl"), "-D", str(data), "-l", str(self.root / "log"), "-w",
                                    "-o", f"-p {self.port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off "
                                    "-c synchronous_commit=off -c full_page_writes=off", "start"]),
                       check=True, capture_output=True)
        import psycopg

        name = "bench_" + uuid.uuid4().hex[:8]
        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def __exit__(self, *exc):
        subprocess.run(self._as_pg([str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                                    "stop"]), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def interleaved(backends: dict, make_fn, rounds: int, calls: int) -> dict[str, float]:
    """Median microseconds per call for each backend. Calls alternate between the backends one by
    one (A, B, C, A, B, C, ...), so a burst of load from elsewhere on the machine hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in backends}
    for r in range(rounds):
        fns = {name: make_fn(lim, r) for name, lim in backends.items()}
        for i in range(calls):
            for name, fn in fns.items():
                t0 = time.perf_counter()
                fn(i)
                samples[name].append((time.perf_counter() - t0) * 1e6)
    return {name: median(v) for name, v in samples.items()}


def threaded_rate(lim, threads: int, seconds: float) -> float:
    done = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def run() -> None:
        n = 0
        while time.monotonic() < stop:
            lim.take("key:hot-threads", rate=1e9, burst=10**9)
            n += 1
        with lock:
            done[0] += n

    ts = [threading.Thread(target=run) for _ in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return done[0] / (time.perf_counter() - t0)


def http_medians(urls: dict[str, str], tmp: Path, rounds: int, calls: int) -> dict[str, float]:
    """Median ms per authenticated GET /v1/review, memory vs database limiter on the same database."""
    from fastapi.testclient import TestClient

    from nciiguard import Config
    from nciiguard.service import ServiceConfig, create_app
    from nciiguard.store import open_database

    # The default policy: GET /v1/review screens nothing (auth + rate limit + one small query).
    clients, dbs = {}, []
    for label, url in urls.items():
        db = open_database(url)
        dbs.append(db)
        for backend in ("memory", "database"):
            settings = ServiceConfig(rate_limit_backend=backend, key_cache_seconds=60,
                                     rate_moderator={"rate": 1e9, "burst": 10**9})
            app = create_app(Config(data_dir=tmp, database_url=url, workers=0), service_config=settings,
                             db=db, migrate=False, registry=None)
            c = TestClient(app)
            c.__enter__()
            key = app.state.svc.keys.create(f"bench-{backend}", "moderator", actor="bench")[0]
            clients[f"{label}, {backend}"] = (c, {"X-API-Key": key})
    samples: dict[str, list[float]] = {k: [] for k in clients}
    for _ in range(rounds * calls):  # one request per app in turn, as in interleaved()
        for name, (c, headers) in clients.items():
            t0 = time.perf_counter()
            r = c.get("/v1/review", headers=headers)
            samples[name].append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, r.text
    for c, _ in clients.values():
        c.__exit__(None, None, None)
    for db in dbs:
        db.dispose()
    return {k: median(v) for k, v in samples.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--calls", type=int, default=200, help="calls per backend per round")
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=3.0, help="per threaded measurement")
    ap.add_argument("--postgres", action="store_true", help="also measure a throwaway PostgreSQL cluster")
    args = ap.parse_args()

    from contextlib import ExitStack

    from nciiguard.access.ratelimit import DatabaseBuckets, MemoryBuckets
    from nciiguard.store import open_database

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-rl-"))
    with ExitStack() as stack:
        urls = {"SQLite": f"sqlite:///{tmp / 'nciiguard.db'}"}
        if args.postgres:
            urls["PostgreSQL"] = stack.enter_context(ThrowawayPostgres())
        dbs = {label: open_database(url) for label, url in urls.items()}
        backends = {"memory": MemoryBuckets()}
        for label, db in dbs.items():
            backends[f"database ({label})"] = DatabaseBuckets(db)
            backends[f"database ({label})"].take("warm-up", rate=1.0, burst=1)  # creates the shared secret

        hot = interleaved(backends, lambda lim, r: (lambda i: lim.take("key:hot", rate=1e9, burst=10**9)),
                          args.rounds, args.calls)
        fresh = interleaved(backends, lambda lim, r: (lambda i: lim.take(f"case:10.{r}.{i // 250}.{i % 250}",
                                                                         rate=0.5, burst=10)),
                            args.rounds, args.calls)
        rates = {name: threaded_rate(lim, args.threads, args.seconds) for name, lim in backends.items()}
        rows = [(name, hot[name], fresh[name], rates[name]) for name in backends]
        pruned = {label: DatabaseBuckets(db).prune(limit=10**6) for label, db in dbs.items()}
        http = http_medians(urls, tmp, max(3, args.rounds // 2), args.calls // 2)
        for db in dbs.values():
            db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)

    for r in rows:
        print(f"{r[0]}: hot {r[1]:.1f} us, fresh {r[2]:.1f} us, {args.threads} threads {r[3]:.0f}/s")
    for k, v in http.items():
        print(f"HTTP {k}: {v:.2f} ms")
    t1 = markdown_table(["limiter", "take() hot key, median us", "take() new key, median us",
                         f"take() {args.threads} threads, one key, calls/s"], rows, [0, 1, 1, 0])
    mem = {k.split(", ")[0]: v for k, v in http.items() if k.endswith("memory")}
    t2 = markdown_table(["database", "limiter", "GET /v1/review median ms", "added by the limiter, ms"],
                        [(k.split(", ")[0], k.split(", ")[1], v, v - mem[k.split(", ")[0]]) for k, v in http.items()],
                        [0, 0, 2, 2])
    cmd = (f".venv/bin/python bench/rate_limit.py --rounds {args.rounds} --calls {args.calls} --threads {args.threads}"
           f" --seconds {args.seconds:g}" + (" --postgres" if args.postgres else ""))
    write_results("rate_limit", "Rate limiter: database (shared by workers) vs memory (per process)",
                  [("take() alone", t1), ("Whole request in process (TestClient)", t2)], command=cmd,
                  notes=[f"medians of {args.rounds} x {args.calls} calls per limiter, the limiters taking turns call by "
                         "call (memory, SQLite, PostgreSQL, memory, ...); the whole-request table likewise "
                         f"({max(3, args.rounds // 2) * (args.calls // 2)} requests per app)",
                         "hot key: the same bucket every call (UPDATE path); new key: a new client address "
                         "every call (INSERT path; expired rows are pruned as the calls go, a bounded batch every 256 "
                         "calls, which the medians include; left for the final prune: "
                         + ", ".join(f"{k} {v}" for k, v in pruned.items()) + ")",
                         "SQLite: WAL file in a temp dir, synchronous=NORMAL (nciiguard's settings); "
                         "PostgreSQL: throwaway local cluster over TCP loopback, fsync off (a floor)",
                         "the machine's 2 cores are shared with other work; the threaded figure is load-sensitive",
                         "whole request: FastAPI TestClient in process, moderator key (cached), no screening"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
