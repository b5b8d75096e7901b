"""The service over real HTTP: uvicorn on a loopback port, httpx and raw sockets as clients."""

from __future__ import annotations

import logging
import socket
import time

import httpx
import pytest

from helpers.images import synthetic_png
from helpers.net import ThreadedServer
from helpers.service import make_app
from nciiguard.hashing.records import hash_image


@pytest.fixture
def server(db_url, tmp_path):
    app, db = make_app(db_url, tmp_path, max_json_bytes=4096, max_upload_bytes=2_000_000)
    srv = ThreadedServer(app, log_level="info", access_log=True).start()
    try:
        yield app, srv.url, srv.port
    finally:
        srv.stop()
        db.dispose()


def _raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(data)
        out = b""
        while True:
            try:
                chunk = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out and b"}" in out:
                break
        return out


def test_end_to_end_over_http(server, caplog):
    app, base, _ = server
    platform = app.state.svc.keys.create("p", "platform")[0]
    mod = app.state.svc.keys.create("m", "moderator")[0]
    img = synthetic_png(77)
    rec = hash_image(img)
    with caplog.at_level(logging.INFO), httpx.Client(base_url=base, timeout=30) as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        assert c.get("/readyz").status_code == 200
        r = c.post("/v1/screen/prompt", json={"prompt": "HTTP-PROMPT-MARKER a lighthouse"},
                   headers={"X-API-Key": platform})
        assert r.status_code == 200 and r.json()["action"] == "allow"
        case = c.post("/v1/cases", json={"hashes": [{"signal_type": "pdq", "value": rec.pdq}]}).json()
        r = c.post("/v1/screen/image", files={"image": ("a.png", img, "image/png")}, data={"content_id": "h1"},
                   headers={"X-API-Key": platform})
        assert r.status_code == 200 and r.json()["action"] == "block"
        items = c.get("/v1/review", headers={"Authorization": f"Bearer {mod}"}).json()["items"]
        assert items and items[0]["content_id"] == "h1"
        me = c.get("/v1/cases/me", headers={"X-Case-Number": case["case_number"], "X-Case-Pin": case["pin"]})
        assert me.status_code == 200
        filed = c.post("/v1/takedowns", json={"signature": {"name": "A B"}, "good_faith": True,
                                              "locations": [{"url": "https://x.invalid/1"}],
                                              "contact": {"email": "a@b.invalid"}})
        assert filed.status_code == 201
        st = c.get("/v1/takedowns/status", headers={"X-Takedown-Token": filed.json()["token"]})
        assert st.json()["status"] == "received"
    logs = caplog.text
    assert "/v1/screen/prompt" in logs  # the access log is on...
    for secret in ("HTTP-PROMPT-MARKER", platform, mod, case["pin"], case["case_number"], filed.json()["token"]):
        assert secret not in logs  # ...and carries no content or secrets


def test_oversized_body_refused_before_reading(server):
    app, _, port = server
    key = app.state.svc.keys.create("p", "platform")[0]
    # Content-Length far above the limit, with no body sent: refused at once, not after a read.
    head = (f"POST /v1/screen/prompt HTTP/1.1\r\nHost: x\r\nX-API-Key: {key}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n").encode()
    t = time.monotonic()
    out = _raw(port, head)
    assert out.startswith(b"HTTP/1.1 413") and time.monotonic() - t < 5
    # Chunked body that grows past the limit.
    chunk = b'{"prompt": "' + b"a" * 3000
    body = b"".join(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n" for _ in range(3)) + b"0\r\n\r\n"
    req = (f"POST /v1/screen/prompt HTTP/1.1\r\nHost: x\r\nX-API-Key: {key}\r\n"
           "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode() + body
    assert _raw(port, req).startswith(b"HTTP/1.1 413")


def test_bad_requests_over_http(server):
    app, base, _ = server
    key = app.state.svc.keys.create("p", "platform")[0]
    h = {"X-API-Key": key}
    with httpx.Client(base_url=base, timeout=30) as c:
        assert c.post("/v1/screen/prompt", content=b"{oops", headers={**h, "Content-Type": "application/json"}).status_code == 400
        assert c.post("/v1/screen/prompt", json={"prompt": "x", "x": 1}, headers=h).status_code == 422
        assert c.post("/v1/screen/image", content=b"--b\r\nbroken", headers={
            **h, "Content-Type": "multipart/form-data; boundary=b"}).status_code in (400, 422)
        assert c.post("/v1/match", json={"hashes": [{"signal_type": "pdq", "value": "nothex"}]}, headers=h).status_code == 422
        assert c.post("/v1/screen/prompt", json={"prompt": "x"}).status_code == 401
        assert c.get("/v1/review", headers=h).status_code == 403
        case = c.post("/v1/cases", json={"hashes": [{"signal_type": "md5", "value": "e" * 32}]}).json()
        bad = {"X-Case-Number": case["case_number"], "X-Case-Pin": "x"}
        codes = [c.get("/v1/cases/me", headers=bad).status_code for _ in range(6)]
        assert codes[:4] == [401] * 4 and codes[4:] == [423, 423]
