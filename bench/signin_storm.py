"""A storm of parallel case sign-ins from one address: how many PIN checks (scrypt) run, and what it
costs everyone else (issue 11 item 8). Old and new code side by side.

The service runs in its own process (uvicorn, one worker, SQLite in a temp dir, production scrypt
cost 2**15, ``rate_public`` 0.5/s burst 10, memory limiter, ``X-Forwarded-For`` trusted so each
round's attacker has a fresh address). Each round fires ``--parallel`` wrong sign-ins at once from
one address while another user (a platform key) screens prompts one after the other; a quiet
phase without the storm gives the baseline. A 401 answer means the PIN was checked (scrypt ran,
against the decoy for an unknown case number); a 429 means it was refused before.

``--old REV`` exports ``src/`` of that git revision (``git archive``, no checkout) and runs the same
rounds against it, alternating old and new round by round so load drift hits both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, percentile, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

SERVER = """
import json, sys, uvicorn
from nciiguard import Config
from nciiguard.service import ServiceConfig, create_app
settings = ServiceConfig(scrypt_log_n=15, rate_public={"rate": 0.5, "burst": 10}, rate_limit_backend="memory",
                         trust_forwarded_for=True)
app = create_app(Config(data_dir=sys.argv[1], workers=0), service_config=settings)
key = app.state.svc.keys.create("bench", "platform")[0]
print(json.dumps({"key": key}), flush=True)
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, src: Path, data: Path):
        self.port = free_port()
        env = dict(os.environ, PYTHONPATH=str(src))
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(data), str(self.port)], env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.key = json.loads(self.proc.stdout.readline())["key"]
        self.url = f"http://127.0.0.1:{self.port}"
        import httpx

        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.2)
        # Warm up the prompt path (signals load on first use).
        httpx.post(self.url + "/v1/screen/prompt", json={"prompt": "a lighthouse"},
                   headers={"X-API-Key": self.key}, timeout=120)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def other_user(server: Server, stop: threading.Event, out: list[float]) -> None:
    import httpx

    with httpx.Client(base_url=server.url, timeout=60) as c:
        i = 0
        while not stop.is_set():
            t0 = time.perf_counter()
            c.post("/v1/screen/prompt", json={"prompt": f"a watercolour of a harbour, number {i}"},
                   headers={"X-API-Key": server.key, "X-Forwarded-For": "203.0.113.200"})
            out.append((time.perf_counter() - t0) * 1000)
            i += 1


def storm(server: Server, address: str, parallel: int) -> tuple[dict, float]:
    import httpx

    def attempt(i: int) -> int:
        with httpx.Client(base_url=server.url, timeout=120) as c:
            return c.get("/v1/cases/me", headers={"X-Case-Number": f"NG-{2222 + i:04d}-3333-4444",
                                                  "X-Case-Pin": "12345678", "X-Forwarded-For": address}).status_code

    t0 = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        codes = list(pool.map(attempt, range(parallel)))
    return {c: codes.count(c) for c in set(codes)}, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--parallel", type=int, default=60)
    ap.add_argument("--quiet-seconds", type=float, default=3.0)
    ap.add_argument("--old", default=None, help="git revision to compare with (its src/ is exported, not checked out)")
    ap.add_argument("--out", default="signin_storm")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-storm-"))
    versions = {"new": ROOT / "src"}
    if args.old:
        old = tmp / "old"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.old, "src"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        versions = {f"old ({args.old})": old / "src", **versions}
    servers = {name: Server(src, tmp / f"data-{i}") for i, (name, src) in enumerate(versions.items())}
    stats = {name: {"quiet": [], "storm": [], "checked": [], "refused": [], "wall": []} for name in servers}
    try:
        for r in range(args.rounds):
            for name, server in servers.items():
                for phase in ("quiet", "storm"):
                    lat: list[float] = []
                    stop = threading.Event()
                    t = threading.Thread(target=other_user, args=(server, stop, lat))
                    t.start()
                    if phase == "quiet":
                        time.sleep(args.quiet_seconds)
                    else:
                        codes, wall = storm(server, f"198.51.100.{r + 1}", args.parallel)
                        stats[name]["checked"].append(codes.get(401, 0))
                        stats[name]["refused"].append(codes.get(429, 0))
                        stats[name]["wall"].append(wall)
                    stop.set()
                    t.join()
                    stats[name][phase] += lat
    finally:
        for server in servers.values():
            server.stop()

    rows = []
    for name, s in stats.items():
        rows.append([name, sum(s["checked"]) / len(s["checked"]), sum(s["refused"]) / len(s["refused"]),
                     percentile(s["wall"], 50), percentile(s["quiet"], 50), percentile(s["storm"], 50),
                     percentile(s["storm"], 95)])
    table = markdown_table(["code", "PIN checks (scrypt) per storm", "refused (429) per storm",
                            "storm wall time, median s", "other user, quiet, median ms",
                            "other user, during storm, median ms", "other user, during storm, p95 ms"], rows,
                           precision=[0, 1, 1, 2, 1, 1, 1])
    notes = [
        f"{args.rounds} rounds; each: {args.parallel} parallel wrong sign-ins from one fresh address; the other "
        "user screens prompts sequentially with a platform key from another address",
        "production scrypt cost (2**15, r=8: ~32 MiB and tens of ms per check); per-address budget burst 10, 0.5/s",
        "old and new servers run side by side, taking turns round by round; the machine's 2 cores are shared",
        "new code: at most burst + rate x storm time checks (10 + 0.5/s); old code: as many as pass the peek "
        "before the first failures are charged, which depends on scheduling (on an idle machine nearly all of them; "
        "the issue measured 60 of 60)",
    ]
    write_results(args.out, "Case sign-in storm: PIN checks and other users' latency", [("Results", table)],
                  notes=notes,
                  command=" ".join([Path(sys.executable).name, *sys.argv]))


if __name__ == "__main__":
    main()
