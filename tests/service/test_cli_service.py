"""``nciiguard keys ...`` in-process and ``nciiguard serve`` as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx

from helpers.cli import run_cli
from helpers.net import free_port


def run(*argv, db_url):
    return run_cli("--database-url", db_url, *argv)


def test_keys_create_list_revoke(sqlite_url):
    code, out, err = run("keys", "create", "--role", "platform", "--name", "acme", db_url=sqlite_url)
    assert code == 0
    key = out.strip()
    assert key.startswith("ngk_") and "store it now" in err
    code, out, _ = run("keys", "list", "--json", db_url=sqlite_url)
    listed = json.loads(out)
    assert [k["name"] for k in listed] == ["acme"] and key not in out
    key_id = listed[0]["key_id"]
    assert key_id in key
    code, out, _ = run("keys", "revoke", key_id, db_url=sqlite_url)
    assert code == 0 and "revoked" in out
    code, out, _ = run("keys", "list", db_url=sqlite_url)
    assert "revoked" in out
    code, _, err = run("keys", "revoke", "000000000000", db_url=sqlite_url)
    assert code == 2 and "no API key" in err
    code, _, err = run("keys", "create", "--role", "root", "--name", "x", db_url=sqlite_url)
    assert code == 2


def test_serve_subprocess(tmp_path):
    port = free_port()
    url = f"sqlite:///{tmp_path / 'serve.db'}"
    code, out, _ = run("keys", "create", "--role", "platform", "--name", "p", db_url=url)
    key = out.strip()
    env = dict(os.environ, NCIIGUARD_DATA_DIR=str(tmp_path), NCIIGUARD_WORKERS="0")
    proc = subprocess.Popen([sys.executable, "-c", "from nciiguard.cli import run; run()", "--database-url", url, "serve",
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stdout.read().decode()
            assert time.monotonic() < deadline, "nciiguard serve did not become ready"
            time.sleep(0.2)
        r = httpx.post(f"http://127.0.0.1:{port}/v1/screen/prompt", json={"prompt": "CLI-MARKER a red kite"},
                       headers={"X-API-Key": key}, timeout=30)
        assert r.status_code == 200 and r.json()["action"] == "allow"
    finally:
        proc.terminate()
        logs = proc.communicate(timeout=20)[0].decode()
    assert "CLI-MARKER" not in logs and key not in logs
    assert "/v1/screen/prompt" in logs  # access log on, without content
