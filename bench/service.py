"""Loopback load on the HTTP service: requests/s and latency percentiles for prompt screening and
hash matching, and the batch calls (``input`` of /v1/screen/prompt, 1,000 hashes per /v1/match)
side by side with the single-item calls, in items/s.

The service runs in its own process (uvicorn, one worker, the default ``ncii`` profile, SQLite in
a temporary directory); the load generator is this process, with N client threads each holding a
keep-alive connection. Both share the machine's cores, so the numbers are a floor for a
dedicated server. Bounded: each scenario runs ``--seconds`` (default 12) after a short warm-up;
the whole script takes under a minute.

Prompts: benign COCO captions from ../shared/data (falling back to generated sentences).
Matching: a PDQ bank of ``--bank-size`` random hashes; queries are half banked hashes with a
few bits flipped (near-identical copies), half random (misses).

Worst case (issue 13), with ``--worst-calls N``: N single calls at the documented limits of one request
(``ServiceConfig``: max_batch_items prompts filling max_batch_text_bytes of text inside a body of
max_json_bytes; max_hashes hashes, every one a near-copy of a banked hash), each with its latency,
the server's CPU seconds and its peak RSS during the call (VmHWM, reset before each call). One
1-MiB prompt call costs ~30 server CPU-seconds (minutes of wall time on a busy machine), so they
are off by default and a run without them keeps the previous run's section.

``--json PATH`` writes the figures as JSON to PATH instead of bench/results/service.md (for
bench/side_by_side.py).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED_DATA, markdown_table, percentile, write_results  # noqa: E402

SERVER = """
import sys, uvicorn
import nciiguard
from pathlib import Path
Path(sys.argv[1], "server_nciiguard.txt").write_text(nciiguard.__file__)  # which tree the server runs
from nciiguard import Config
from nciiguard.service import ServiceConfig, create_app
app = create_app(Config(data_dir=sys.argv[1], workers=0), service_config=ServiceConfig.load())
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prompts(n: int = 2000) -> list[str]:
    path = SHARED_DATA / "prompts" / "benign" / "coco_30k.csv"
    if path.exists():
        with open(path, newline="", encoding="utf-8") as fh:
            rows = [r["prompt"] for _, r in zip(range(n), csv.DictReader(fh))]
        if rows:
            return rows
    rng = random.Random(1)
    nouns = ["lighthouse", "bicycle", "cat", "mountain", "harbour", "teapot", "forest", "train"]
    return [f"a watercolour of a {rng.choice(nouns)} at dusk, number {i}" for i in range(n)]


def load(url: str, path: str, bodies: list[dict], key: str, clients: int, seconds: float) -> dict:
    """Each client posts random ``bodies`` for ``seconds``; a 200 whose batch carries a per-item
    error counts as an error too (a fast wrong answer must not look like throughput)."""
    import httpx

    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        mine: list[float] = []
        bad = 0
        with httpx.Client(base_url=url, headers={"X-API-Key": key}, timeout=30) as c:
            while time.monotonic() < stop:
                body = bodies[rng.randrange(len(bodies))]
                t0 = time.perf_counter()
                r = c.post(path, json=body)
                mine.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200 or '"error":' in r.text:
                    bad += 1
        with lock:
            lat.extend(mine)
            errors[0] += bad

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"requests": len(lat), "rps": len(lat) / wall, "p50": percentile(lat, 50), "p90": percentile(lat, 90),
            "p99": percentile(lat, 99), "errors": errors[0]}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` (Linux /proc), 0.0 where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS since the last reset) of process ``pid`` in kB (Linux /proc)."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


def reset_peak_rss(pid: int) -> bool:
    """Reset VmHWM of ``pid`` to its current RSS (Linux >= 4.0: write 5 to clear_refs)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def limit_texts(source: list[str], items: int, text_bytes: int, body_bytes: int) -> tuple[list[str], bytes]:
    """``items`` ASCII texts made of ``source`` sentences, as long as the limits allow: their
    UTF-8 total within ``text_bytes`` and the JSON body ``{"input": [...]}`` within ``body_bytes``."""
    import json

    clean = [t.encode("ascii", "ignore").decode().replace("\\", " ").replace('"', " ").strip() for t in source]
    clean = [t for t in clean if t]
    per = min(text_bytes // items, (body_bytes - len('{"input":[]}')) // items - 3)
    rng = random.Random(items)
    texts = []
    for _ in range(items):
        # Sentences drawn at random: every item is different (identical items of one batch are
        # screened once, which would make the worst case cheap).
        parts, size = [], 0
        while size < per:
            parts.append(clean[rng.randrange(len(clean))])
            size += len(parts[-1]) + 1
        texts.append(" ".join(parts)[:per])
    if len(set(texts)) != len(texts):
        raise ValueError("worst-case items repeat")
    body = json.dumps({"input": texts}, separators=(",", ":"), ensure_ascii=False).encode()
    if len(body) > body_bytes or sum(len(t) for t in texts) > text_bytes:
        raise ValueError("worst-case body over the limits")
    return texts, body


def worst_case(url: str, key: str, pid: int, scenarios: list[tuple[str, str, bytes, int]], calls: int) -> list[dict]:
    """Each scenario ``(name, path, body, items)`` posted ``calls`` times, one call at a time:
    latency, server CPU seconds and server peak RSS per call (median latency and CPU, max peak)."""
    import httpx

    rows = []
    with httpx.Client(base_url=url, headers={"X-API-Key": key, "content-type": "application/json"},
                      timeout=600) as c:
        for name, path, body, items in scenarios:
            lat, cpu, peak, before, errors = [], [], [], [], 0
            for _ in range(calls):
                reset = reset_peak_rss(pid)
                before.append(memory_kb(pid).get("VmRSS", 0) / 1024)
                cpu0 = cpu_seconds(pid)
                t0 = time.perf_counter()
                r = c.post(path, content=body)
                lat.append(time.perf_counter() - t0)
                cpu.append(cpu_seconds(pid) - cpu0)
                peak.append(memory_kb(pid).get("VmHWM", 0) / 1024 if reset else float("nan"))
                if r.status_code != 200 or '"error":' in r.text:
                    errors += 1
                    print(f"{name}: HTTP {r.status_code} {r.text[:200]}")
            rows.append({"name": name, "items": items, "body_kb": len(body) / 1024, "calls": calls,
                         "latency_s": percentile(lat, 50), "latency_max_s": max(lat),
                         "cpu_s": percentile(cpu, 50), "rss_before_mb": percentile(before, 50),
                         "peak_rss_mb": max(peak), "errors": errors})
            w = rows[-1]
            print(f"worst case {name}: {w['latency_s']:.2f} s, server CPU {w['cpu_s']:.2f} s, "
                  f"RSS {w['rss_before_mb']:.0f} -> peak {w['peak_rss_mb']:.0f} MB, errors {errors}")
    return rows


def unsafe_prompts(n: int = 4000) -> list[str]:
    """I2P prompts (sexual category first): the text the expensive paths of the signals read.
    Read from ../shared/data and sent to the service only; never written to the results."""
    path = SHARED_DATA / "prompts" / "unsafe" / "i2p_4703.csv"
    if not path.exists():
        return []
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows.sort(key=lambda r: "sexual" not in r.get("categories", ""))
    return [r["prompt"] for r in rows[:n] if r.get("prompt", "").strip()]


def kept_sections(measured_worst: bool = True) -> list[tuple[str, str]]:
    """Hand-written sections of the previous results file (e.g. comparisons with older code),
    kept below the measured ones."""
    from _common import RESULTS_DIR

    path = RESULTS_DIR / "service.md"
    if not path.exists():
        return []
    own = {"Results", "Batch calls, side by side with single-item calls"} | ({WORST_HEADING} if measured_worst else set())
    out = []
    for chunk in path.read_text().split("\n## ")[1:]:
        heading, _, body = chunk.partition("\n")
        if heading.strip() not in own:
            out.append((heading.strip(), body.strip()))
    return out


WORST_HEADING = "Worst-case batch calls at the request limits"


def _first(*targets: str):
    """The first importable ``module:attribute`` of ``targets``: bench/side_by_side.py runs this
    script against an older and a newer source tree, where internal modules may have moved."""
    import importlib

    for target in targets:
        mod, _, attr = target.partition(":")
        try:
            return getattr(importlib.import_module(mod), attr)
        except (ImportError, AttributeError):
            continue
    raise ImportError(f"none of {', '.join(targets)} imports")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=12.0)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--bank-size", type=int, default=20000)
    ap.add_argument("--batch-prompts", type=int, default=250, help="prompts per batch call")
    ap.add_argument("--batch-hashes", type=int, default=1000, help="hashes per batch match call")
    ap.add_argument("--worst-calls", type=int, default=0,
                    help="calls per worst-case scenario at the request limits (default 0: skip them and keep "
                         "the previous run's section; each prompt call costs ~30 server CPU-seconds)")
    ap.add_argument("--json", metavar="PATH", help="write the figures as JSON here instead of bench/results/service.md")
    args = ap.parse_args()

    from nciiguard.banks import BankStore
    from nciiguard.service import ServiceConfig
    from nciiguard.store import open_database

    NewEntry = _first("nciiguard.banks.types:NewEntry", "nciiguard.banks.store:NewEntry", "nciiguard.banks:NewEntry")
    KeyStore = _first("nciiguard.access.keys:KeyStore", "nciiguard.access:KeyStore", "nciiguard.service.auth:KeyStore")
    limits = ServiceConfig()

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-service-"))
    db = open_database(f"sqlite:///{tmp / 'nciiguard.db'}")
    key = KeyStore(db).create("bench", "platform", actor="bench")[0]
    rng = random.Random(7)
    banked = [f"{rng.getrandbits(256):064x}" for _ in range(args.bank_size)]
    store = BankStore(db, actor="bench")
    store.create_bank("bench-pdq", "pdq", "confirmed")
    t = time.perf_counter()
    store.add_entries("bench-pdq", [NewEntry(v, "pdq", "bench-pdq") for v in banked], source="bench")
    fill_s = time.perf_counter() - t
    db.dispose()

    port = free_port()
    env = dict(os.environ, NCIIGUARD_DATA_DIR=str(tmp),
               NCIIGUARD_SERVICE_RATE_PLATFORM="1000000/1000000")
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(tmp), str(port)], env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        import httpx

        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the service did not start")
            time.sleep(0.2)

        prompt_bodies = [{"prompt": p} for p in prompts()]

        def flip(h: str, bits: int) -> str:
            v = int(h, 16)
            for b in rng.sample(range(256), bits):
                v ^= 1 << b
            return f"{v:064x}"

        match_bodies = []
        for i in range(2000):
            if i % 2 == 0:
                q = flip(rng.choice(banked), rng.randint(0, 8))
            else:
                q = f"{rng.getrandbits(256):064x}"
            match_bodies.append({"hashes": [{"signal_type": "pdq", "value": q}]})
        batch_bodies = [{"hashes": [match_bodies[(i * 10 + j) % 2000]["hashes"][0] for j in range(10)]}
                        for i in range(200)]

        prompt_batches = [{"input": [prompt_bodies[(i * args.batch_prompts + j) % len(prompt_bodies)]["prompt"]
                                     for j in range(args.batch_prompts)]} for i in range(40)]
        hash_batches = [{"hashes": [match_bodies[rng.randrange(2000)]["hashes"][0] for _ in range(args.batch_hashes)]}
                        for _ in range(40)]

        rows = []
        measured: dict[str, dict] = {}
        # Single-item and batch scenarios alternate in one run, so the side-by-side ratios compare
        # minutes-apart measurements on the same machine state.
        for name, path, bodies, per in (("screen prompt", "/v1/screen/prompt", prompt_bodies, 1),
                                        ("match 1 PDQ hash", "/v1/match", match_bodies, 1),
                                        ("match 10 PDQ hashes", "/v1/match", batch_bodies, 10),
                                        (f"screen prompt, batch of {args.batch_prompts}", "/v1/screen/prompt",
                                         prompt_batches, args.batch_prompts),
                                        (f"match {args.batch_hashes} PDQ hashes", "/v1/match", hash_batches,
                                         args.batch_hashes)):
            load(url, path, bodies, key, args.clients, 1.5)  # warm-up (signals load, caches fill)
            cpu0 = cpu_seconds(server.pid)
            r = load(url, path, bodies, key, args.clients, args.seconds)
            cpu = cpu_seconds(server.pid) - cpu0
            r["items_s"] = r["rps"] * per
            # Items per CPU-second of the server process: what the service costs, independent of
            # how busy the shared machine was (the wall-clock rates above are not).
            r["items_cpu_s"] = r["requests"] * per / cpu if cpu > 0 else float("nan")
            measured[name] = r
            if per == 1 or name.startswith("match 10 "):
                rows.append((name, args.clients, r["requests"], r["rps"], r["p50"], r["p90"], r["p99"], r["errors"]))
            print(f"{name}: {r['rps']:.1f} req/s = {r['items_s']:.0f} items/s, p50 {r['p50']:.1f} ms, "
                  f"p99 {r['p99']:.1f} ms, errors {r['errors']}")
        single_p, single_m = measured["screen prompt"], measured["match 1 PDQ hash"]
        batch_rows = []
        for label, name, per in (
                ("screen prompt, 1 per call", "screen prompt", 1),
                (f"screen prompt, {args.batch_prompts} per call (`input`)",
                 f"screen prompt, batch of {args.batch_prompts}", args.batch_prompts),
                ("match, 1 PDQ hash per call", "match 1 PDQ hash", 1),
                (f"match, {args.batch_hashes} PDQ hashes per call", f"match {args.batch_hashes} PDQ hashes",
                 args.batch_hashes)):
            m = measured[name]
            base = single_p if name.startswith("screen") else single_m
            batch_rows.append((label, per, m["rps"], m["items_s"], m["items_s"] / base["items_s"], m["items_cpu_s"],
                               m["items_cpu_s"] / base["items_cpu_s"], m["p50"], m["p99"], m["errors"]))

        worst: list[dict] = []
        if args.worst_calls > 0:
            n_items = min(limits.max_batch_items, limits.max_hashes)
            benign_texts, benign_body = limit_texts(prompts(), limits.max_batch_items, limits.max_batch_text_bytes,
                                                    limits.max_json_bytes)
            scen = [(f"prompts: {len(benign_texts):,} benign captions, {len(benign_body) / 1024:,.0f} KiB",
                     "/v1/screen/prompt", benign_body, len(benign_texts))]
            unsafe = unsafe_prompts()
            if unsafe:
                u_texts, u_body = limit_texts(unsafe, limits.max_batch_items, limits.max_batch_text_bytes,
                                              limits.max_json_bytes)
                scen.append((f"prompts: {len(u_texts):,} unsafe-set prompts (I2P), {len(u_body) / 1024:,.0f} KiB",
                             "/v1/screen/prompt", u_body, len(u_texts)))
            import json as _json

            hits = [{"signal_type": "pdq", "value": flip(h, rng.randint(0, 8))} for h in rng.sample(banked, n_items)]
            scen.append((f"match: {n_items:,} PDQ hashes, every one a near-copy of a banked hash", "/v1/match",
                         _json.dumps({"hashes": hits}).encode(), n_items))
            worst = worst_case(url, key, server.pid, scen, args.worst_calls)
    finally:
        server.terminate()
        server.wait(10)

    table = markdown_table(["scenario", "clients", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "errors"],
                           rows, [0, 0, 0, 1, 1, 1, 1, 0])
    batch_table = markdown_table(["scenario", "items/call", "calls/s", "items/s", "vs 1 per call",
                                  "items per server CPU-s", "vs 1 per call", "p50 ms", "p99 ms", "errors"],
                                 batch_rows, [0, 0, 1, 0, 1, 0, 1, 1, 1, 0])
    batch_notes = (
        f"{args.clients} clients, {args.seconds:g} s each, in the same run as the table above. Batch calls go "
        "through the library's batch paths (`Guard.screen_prompts`, `BankMatcher.query_many`: one index "
        "query and one database read for all hashes of a call). Targets of issue 13: >= 10x the items/s of "
        "single-item calls, >= 5,000 hashes/s over HTTP on two cores. `items per server CPU-s` divides the "
        "items answered by the CPU time the server process used (from /proc): the service's cost per item, "
        "which a busy shared machine does not distort the way it distorts wall-clock rates.")
    if args.json:
        from _common import write_json_metrics

        metrics = {}
        for name, m in measured.items():
            metrics[f"{name}: req/s"] = (m["rps"], "req/s", "higher")
            metrics[f"{name}: p50 ms"] = (m["p50"], "ms", "lower")
            metrics[f"{name}: items per server CPU-s"] = (m["items_cpu_s"], "items/s", "higher")
        for w in worst:
            metrics[f"worst case {w['name']}: latency s"] = (w["latency_s"], "s", "lower")
            metrics[f"worst case {w['name']}: server CPU s"] = (w["cpu_s"], "s", "lower")
            metrics[f"worst case {w['name']}: peak RSS MB"] = (w["peak_rss_mb"], "MB", "lower")
        errors = sum(m["errors"] for m in measured.values()) + sum(w["errors"] for w in worst)
        server_file = (tmp / "server_nciiguard.txt").read_text()
        print(f"wrote {write_json_metrics(args.json, 'service', metrics, {'errors': errors, 'server_nciiguard_file': server_file})}")
        return 0
    sections = [("Results", table), ("Batch calls, side by side with single-item calls",
                                     batch_notes + "\n\n" + batch_table)]
    if worst:
        sections.append((WORST_HEADING, worst_notes(limits, args.worst_calls) + "\n\n" + markdown_table(
            ["scenario", "items", "body KiB", "calls", "latency p50 s", "latency max s", "server CPU s",
             "server CPU ms per item", "items per server CPU-s", "server RSS before MB", "server peak RSS MB", "errors"],
            [(w["name"], w["items"], w["body_kb"], w["calls"], w["latency_s"], w["latency_max_s"], w["cpu_s"],
              1000 * w["cpu_s"] / w["items"], w["items"] / w["cpu_s"] if w["cpu_s"] else float("nan"),
              w["rss_before_mb"], w["peak_rss_mb"], w["errors"]) for w in worst],
            [0, 0, 0, 0, 2, 2, 2, 2, 0, 0, 0, 0])))
    out = write_results("service", "HTTP service loopback load",
                        sections + kept_sections(measured_worst=bool(worst)),
                        command=f".venv/bin/python bench/service.py --seconds {args.seconds:g} --clients {args.clients} "
                                f"--bank-size {args.bank_size} --batch-prompts {args.batch_prompts} "
                                f"--batch-hashes {args.batch_hashes} --worst-calls {args.worst_calls}",
                        notes=[f"server: uvicorn, 1 process, default ncii profile, SQLite (WAL) in a temp dir; "
                               f"client: {args.clients} threads with keep-alive httpx connections in another "
                               "process on the same machine (they share the cores)",
                               f"bank: {args.bank_size:,} random PDQ hashes (filled in {fill_s:.1f} s); match "
                               "queries: half banked hashes with 0-8 bits flipped, half random",
                               "prompts: benign COCO captions (../shared/data/prompts/benign/coco_30k.csv)",
                               "each request is authenticated (API key lookup, cached 5 s) and rate-limited "
                               "(limit raised out of the way)"])
    print(f"wrote {out}")
    return 0


def worst_notes(limits, calls: int) -> str:
    import datetime as _dt

    when = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Measured {when} with `--worst-calls {calls}` (a run without it keeps this section as it is). "
            f"One call at a time, {calls} calls each, after the load scenarios above (same server process). "
            f"Limits of one request (`ServiceConfig` defaults, src/nciiguard/service/settings.py): "
            f"`max_batch_items` {limits.max_batch_items:,} prompts, `max_batch_text_bytes` "
            f"{limits.max_batch_text_bytes:,} bytes of text, `max_json_bytes` {limits.max_json_bytes:,} bytes of "
            f"body, `max_hashes` {limits.max_hashes:,} hashes per /v1/match call. The prompt bodies fill "
            "the text and body limits with items of equal length (ASCII sentences of the set joined). "
            "Server CPU = user + system time of the server process during the call (/proc); peak RSS = "
            "VmHWM after a reset (`clear_refs`) just before the call: the most memory the call made the "
            "server hold.")


if __name__ == "__main__":
    raise SystemExit(main())
