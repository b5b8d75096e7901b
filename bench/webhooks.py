"""What webhooks cost: the outbox write on the request path, and delivery throughput.

1. ``POST /v1/match`` with one matching hash, through the app in process (FastAPI TestClient),
   by a key without a webhook and by a key with one (the worker off, so only the outbox row is
   written on the request path), calls alternating A, B, A, B, ... (medians, side by side).
2. Delivery: N queued events POSTed by one ``Deliverer.run_once`` to a loopback receiver
   (http.server in a thread): deliveries per second, each a claim, a signed POST and an update.

SQLite (WAL file in a temp dir). Bounded: well under a minute.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, median, single_thread, write_results  # noqa: E402

single_thread()


class _Sink(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=400, help="match calls per key")
    ap.add_argument("--deliveries", type=int, default=500)
    args = ap.parse_args()

    from fastapi.testclient import TestClient

    from nciiguard import Config
    from nciiguard.actions import Deliverer, RetryPolicy
    from nciiguard.banks import BankStore
    from nciiguard.registry import generate_key
    from nciiguard.service import ServiceConfig, create_app
    from nciiguard.store import open_database

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-hooks-"))
    url = f"sqlite:///{tmp / 'hooks.db'}"
    db = open_database(url)
    banks = BankStore(db, actor="bench")
    banks.create_bank("confirmed-sha256", "sha256", "confirmed")
    value = hashlib.sha256(b"bench").hexdigest()
    banks.add_entry("confirmed-sha256", value)
    registry_key = generate_key()  # seals the webhook signing secrets at rest
    app = create_app(Config(data_dir=tmp, database_url=url, workers=0, registry_key=registry_key), db=db, migrate=False, policy="sfw",
                     service_config=ServiceConfig(webhook_worker=False, key_cache_seconds=5.0,
                                                  rate_platform={"rate": 1e6, "burst": 1e6}))
    svc = app.state.svc
    plain = svc.keys.create("plain", "platform")[0]
    hooked, info = svc.keys.create("hooked", "platform")
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    svc.webhooks.add(info.key_id, f"http://127.0.0.1:{srv.server_address[1]}/hook", "match")
    body = {"hashes": [{"signal_type": "sha256", "value": value}]}
    times = {"no webhook": [], "webhook (outbox row)": []}
    with TestClient(app) as c:
        for _ in range(20):  # warm-up
            c.post("/v1/match", json=body, headers={"X-API-Key": plain})
        for _ in range(args.calls):
            for name, key in (("no webhook", plain), ("webhook (outbox row)", hooked)):
                t = time.perf_counter()
                r = c.post("/v1/match", json=body, headers={"X-API-Key": key})
                times[name].append((time.perf_counter() - t) * 1000)
                assert r.status_code == 200 and r.json()["matched"]
    base = median(times["no webhook"])
    rows = [(n, median(v), median(v) / base) for n, v in times.items()]
    # Queue more for the delivery measurement (the calls above queued args.calls already).
    from nciiguard.actions.models import WebhookOutboxRow
    from sqlalchemy import delete

    with db.session() as s:
        s.execute(delete(WebhookOutboxRow))
    for _ in range(args.deliveries):
        with db.session() as s:
            svc.webhooks.enqueue(s, info.key_id, "match", {"request_id": "mat_bench", "reason_codes": ["x"]})
    d = Deliverer(db, key=registry_key, policy=RetryPolicy(timeout=5))
    t = time.perf_counter()
    stats = d.run_once()
    secs = time.perf_counter() - t
    assert stats.delivered == args.deliveries, stats
    srv.shutdown()
    db.dispose()
    write_results("webhooks", "Webhooks: request-path cost and delivery throughput", [
        ("POST /v1/match, one matching hash (TestClient, SQLite; median ms per call, alternating)",
         markdown_table(["key", "median ms", "ratio"], rows, [0, 3, 2])),
        ("Delivery to a loopback receiver (one worker, SQLite)",
         markdown_table(["events", "seconds", "deliveries/s"], [(args.deliveries, secs, args.deliveries / secs)],
                        [0, 2, 0])),
    ], command=f"python bench/webhooks.py --calls {args.calls} --deliveries {args.deliveries}")
    print(open(Path(__file__).resolve().parent / "results" / "webhooks.md").read())


if __name__ == "__main__":
    main()
