"""A real webhook receiver on loopback: http.server in a thread, verifying every delivery.

``statuses`` is the answer to each successive POST (then ``default``), so a test can make the
first attempts fail with a 500; ``delays`` holds successive POSTs that long before answering. Every POST is kept with its headers, body and whether its
signature checked out with ``secret`` (nciiguard.actions.verify, as a receiver would call it).
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    # A held (delayed) request must not hold up the test's exit.
    daemon_threads = True
    block_on_close = False


class Receiver:
    def __init__(self, port: int = 0, *, statuses=(), default: int = 200, secret: str | None = None, delays=()):
        self.statuses = list(statuses)
        #: Seconds to hold each successive POST before answering (a slow receiver).
        self.delays = list(delays)
        self.default = default
        self.secret = secret
        self.posts: list[dict] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = dict(self.headers.items())
                verified = None
                if outer.secret is not None:
                    from nciiguard.actions import SignatureError, verify

                    try:
                        verify(outer.secret, headers, body)
                        verified = True
                    except SignatureError:
                        verified = False
                with outer.lock:
                    status = outer.statuses.pop(0) if outer.statuses else outer.default
                    outer.posts.append({"path": self.path, "headers": headers, "body": body, "verified": verified,
                                        "status": status})
                    delay = outer.delays.pop(0) if outer.delays else 0
                if delay:
                    time.sleep(delay)
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):  # keep test output quiet
                pass

        self.server = _Server(("127.0.0.1", port), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def accepted(self) -> list[dict]:
        """Deliveries answered 2xx, with their JSON bodies parsed."""
        with self.lock:
            return [dict(p, json=json.loads(p["body"])) for p in self.posts if 200 <= p["status"] < 300]

    def wait(self, n: int = 1, timeout: float = 20.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.accepted()) < n:
            assert time.monotonic() < deadline, f"expected {n} accepted deliveries, got {len(self.posts)} posts"
            time.sleep(0.05)
        return self.accepted()
