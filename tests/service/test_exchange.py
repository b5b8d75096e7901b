"""Hash exchange between two instances over real HTTP on loopback (uvicorn in threads), real SQLite.

Instance A owns a bank and shares it with a partner; instance B pulls it into a read-only mirror
and matches against it. A withdrawal at A must stop matches at B after B's next pull, also when
A's change log was compacted while B was behind. A hostile upstream (a real HTTP server sending
crafted pages) gets one clear error and changes nothing at B.
"""

from __future__ import annotations

import io
import json
import secrets

import httpx
import pytest
from sqlalchemy import select

from helpers.net import ThreadedServer
from helpers.service import auth, make_app

from nciiguard.audit import AuditLog
from nciiguard.banks import BankStore
from nciiguard.banks.store import BankError
from nciiguard.cli import main
from nciiguard.exchange import ExchangeError, MirrorStore, ShareStore, pull
from nciiguard.exchange.models import MirrorRow
from nciiguard.access.keys import KeyStore


def pdq() -> str:
    return secrets.token_hex(32)


class Instance:
    """One `nciiguard serve`-equivalent app on its own SQLite file, served on a free loopback port."""

    def __init__(self, tmp_path, name: str, url_db: str | None = None):
        d = tmp_path / name
        d.mkdir()
        self.url_db = url_db or f"sqlite:///{d / 'nciiguard.db'}"
        self.app, self.db = make_app(self.url_db, d)
        self.server = ThreadedServer(self.app).start()
        self.url = self.server.url
        self.banks = BankStore(self.db, actor="test")
        self.platform_key, _ = KeyStore(self.db).create(f"{name}-platform", "platform")

    def match(self, value: str, bank: str | None = None) -> list[dict]:
        body = {"hashes": [{"signal_type": "pdq", "value": value}], "max_distance": 0}
        if bank:
            body["banks"] = [bank]
        r = httpx.post(f"{self.url}/v1/match", json=body, headers=auth(self.platform_key), timeout=30)
        assert r.status_code == 200, r.text
        return r.json()["results"][0]["matches"]

    def close(self):
        self.server.stop()
        self.db.dispose()


@pytest.fixture
def pair(tmp_path):
    a, b = Instance(tmp_path, "a"), Instance(tmp_path, "b")
    a.banks.create_bank("survivors", "pdq", "survivor")
    a.banks.create_bank("private", "pdq", "survivor")
    key, _ = ShareStore(a.db).share("survivors", "platform-b")
    yield a, b, key
    a.close()
    b.close()


def cli(url_db: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", url_db, *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


# -- the "done when" test ---------------------------------------------------------------------------


def test_added_on_a_matches_on_b_after_one_pull_and_stops_after_withdrawal(pair, tmp_path):
    a, b, key = pair
    h = pdq()
    a.banks.add_entry("survivors", h, case_id="case-1")
    assert a.match(h) and not b.match(h)

    keyfile = tmp_path / "partner.key"
    keyfile.write_text(key + "\n")
    code, out, err = cli(b.url_db, "exchange", "pull", a.url, "--bank", "survivors", "--key-file", str(keyfile),
                         "--into", "from-a", "--json")
    assert code == 0, err
    rep = json.loads(out)
    assert rep["added"] == 1 and rep["resynced"] is True and rep["caught_up"] is True
    hit = b.match(h)
    assert [m["bank"] for m in hit] == ["from-a"]

    # Withdrawn at A: B still matches until its next pull, then never again.
    assert a.banks.withdraw(case_id="case-1") == 1
    assert not a.match(h)
    assert b.match(h)
    code, out, err = cli(b.url_db, "exchange", "pull", a.url, "--bank", "survivors", "--key-file", str(keyfile),
                         "--into", "from-a", "--json")
    assert code == 0, err
    rep = json.loads(out)
    assert rep["removed"] == 1 and rep["resynced"] is False and rep["caught_up"] is True
    assert not b.match(h)

    code, out, _ = cli(b.url_db, "exchange", "status", "--json")
    mirror = json.loads(out)["mirrors"][0]
    assert mirror["bank"] == "from-a" and mirror["origin_url"] == a.url and mirror["remote_bank"] == "survivors"
    assert mirror["lag"] == 0 and mirror["entries"] == 0 and mirror["last_error"] == ""


def test_the_feed_carries_additions_withdrawals_and_status_changes_but_nothing_of_other_banks(pair):
    a, b, key = pair
    keep, gone, paused = pdq(), pdq(), pdq()
    r = pull(b.db, a.url, "survivors", key, "from-a")
    assert r.resynced and r.added == 0
    a.banks.add_entry("survivors", keep, case_id="k")
    a.banks.add_entry("survivors", gone, case_id="g")
    e = a.banks.add_entry("survivors", paused, case_id="p")
    other = a.banks.add_entry("private", pdq(), case_id="x")
    a.banks.withdraw(case_id="g")
    a.banks.set_status(e.id, "disabled")
    a.banks.withdraw(other.id)

    # What the partner sees on the wire: entries of the shared bank only.
    mirror = MirrorStore(b.db).find("from-a")
    raw = httpx.get(f"{a.url}/v1/exchange/banks/survivors/changes", params={"cursor": mirror.cursor},
                    headers=auth(key)).json()
    assert {c["id"] for c in raw["changes"]} <= {x.id for x in a.banks.entries("survivors")} | {
        x for x in range(1, 100) if x != other.id}
    assert other.id not in {c["id"] for c in raw["changes"]}

    r = pull(b.db, a.url, "survivors", key, "from-a")
    assert not r.resynced
    assert [x.value for x in b.banks.entries("from-a")] == [keep]
    assert b.match(keep) and not b.match(gone) and not b.match(paused)
    a.banks.set_status(e.id, "active")  # re-enabled upstream: back at the partner
    pull(b.db, a.url, "survivors", key, "from-a")
    assert b.match(paused)


def test_allow_list_changes_follow_too(pair):
    a, b, _ = pair
    h = pdq()
    a.banks.allow(h)
    key2, _ = ShareStore(a.db).share("allow-list", "platform-b")
    assert key2 is None  # the partner's existing key now reads the allow-list too
    key = _partner_key(pair)
    pull(b.db, a.url, "allow-list", key, "allow-from-a")
    assert b.banks.get_bank("allow-from-a").purpose == "allow"
    assert [x.value for x in b.banks.entries("allow-from-a")] == [h]
    a.banks.withdraw(bank="allow-list", value=h)
    pull(b.db, a.url, "allow-list", key, "allow-from-a")
    assert list(b.banks.entries("allow-from-a")) == []


def _partner_key(pair):
    return pair[2]


# -- idempotence and compaction ----------------------------------------------------------------------


def test_pulls_are_idempotent_and_a_replayed_cursor_converges(pair):
    a, b, key = pair
    values = [pdq() for _ in range(7)]
    for n, v in enumerate(values):
        a.banks.add_entry("survivors", v, case_id=f"c{n}")
    first = pull(b.db, a.url, "survivors", key, "from-a", limit=3)
    assert first.added == 7 and first.pages == 4  # 3 snapshot pages of 3, then 1 changes page
    again = pull(b.db, a.url, "survivors", key, "from-a", limit=3)
    assert again.added == 0 and again.removed == 0
    a.banks.withdraw(case_id="c2")
    a.banks.add_entry("survivors", pdq(), case_id="new")
    # Replay: the cursor goes back to the snapshot's revision (as after a crash before it was saved).
    with b.db.session() as s:
        row = s.execute(select(MirrorRow)).scalar_one()
        row.cursor = f"{int(row.cursor.split(':')[0]) - 0}:0"
    pull(b.db, a.url, "survivors", key, "from-a", limit=2)
    pull(b.db, a.url, "survivors", key, "from-a", limit=2)
    assert sorted(x.value for x in b.banks.entries("from-a")) == sorted(x.value for x in a.banks.entries("survivors"))


def test_a_partner_behind_the_compaction_horizon_resyncs_and_loses_no_withdrawal(pair):
    a, b, key = pair
    vs = [pdq() for _ in range(4)]
    for n, v in enumerate(vs):
        a.banks.add_entry("survivors", v, case_id=f"c{n}")
    pull(b.db, a.url, "survivors", key, "from-a")
    a.banks.withdraw(case_id="c1")  # B is behind: it has not pulled this withdrawal
    late = pdq()
    a.banks.add_entry("survivors", late, case_id="late")
    rep = a.banks.compact_changes(keep_revisions=0)
    assert rep.deleted > 0 and rep.horizon == a.banks.revision()
    r = pull(b.db, a.url, "survivors", key, "from-a")
    assert r.resynced and r.removed == 1 and r.added == 1
    assert not b.match(vs[1]) and b.match(late) and b.match(vs[0])
    assert MirrorStore(b.db).status()[0].resyncs == 2


# -- isolation, read-only mirrors, revocation --------------------------------------------------------


def test_partner_keys_read_only_their_shared_banks(pair):
    a, _, key = pair
    a.banks.add_entry("private", pdq(), case_id="secret")
    other_key, _ = ShareStore(a.db).share("private", "platform-c")
    h = {"X-API-Key": key}
    ok = httpx.get(f"{a.url}/v1/exchange/banks/survivors/snapshot", headers=h)
    assert ok.status_code == 200
    unshared = httpx.get(f"{a.url}/v1/exchange/banks/private/snapshot", headers=h)
    unknown = httpx.get(f"{a.url}/v1/exchange/banks/no-such-bank/snapshot", headers=h)
    assert unshared.status_code == unknown.status_code == 404
    assert unshared.json() == unknown.json()
    assert httpx.get(f"{a.url}/v1/exchange/banks/private/changes", params={"cursor": "0:0"},
                     headers=h).json() == httpx.get(f"{a.url}/v1/exchange/banks/nope/changes",
                                                    params={"cursor": "0:0"}, headers=h).json()
    # A partner key screens and matches nothing, and other roles cannot pull.
    assert httpx.post(f"{a.url}/v1/match", json={"hashes": [{"signal_type": "pdq", "value": pdq()}]},
                      headers=h).status_code == 403
    assert httpx.post(f"{a.url}/v1/screen/prompt", json={"prompt": "a lighthouse"}, headers=h).status_code == 403
    assert httpx.get(f"{a.url}/v1/exchange/banks/survivors/snapshot",
                     headers=auth(a.platform_key)).status_code == 403
    bad = httpx.get(f"{a.url}/v1/exchange/banks/survivors/changes", params={"cursor": "abc"}, headers=h)
    assert bad.status_code == 422 and "cursor" in bad.json()["error"]["message"]
    assert httpx.get(f"{a.url}/v1/exchange/banks/survivors/snapshot", params={"limit": 5000},
                     headers=h).status_code == 422
    # A cursor from before the share is refused (the log had no bank ids then): re-sync.
    r = httpx.get(f"{a.url}/v1/exchange/banks/private/changes", params={"cursor": "0:0"},
                  headers={"X-API-Key": other_key})
    assert r.status_code == 410 and r.json()["error"]["code"] == "resync_required"


def test_a_mirror_is_read_only_locally(pair):
    a, b, key = pair
    h = pdq()
    a.banks.add_entry("survivors", h, case_id="c")
    pull(b.db, a.url, "survivors", key, "from-a")
    entry = next(iter(b.banks.entries("from-a")))
    with pytest.raises(BankError, match="read-only mirror of bank 'survivors' at http://127.0.0.1"):
        b.banks.add_entry("from-a", pdq(), case_id="local")
    with pytest.raises(BankError, match="read-only mirror"):
        b.banks.withdraw(entry.id)
    with pytest.raises(BankError, match="read-only mirror"):
        b.banks.set_status(entry.id, "disabled")
    with pytest.raises(BankError, match="read-only mirror"):
        b.banks.withdraw(value=h)
    assert b.match(h)
    # A local case withdrawing its own hashes never touches the mirror.
    b.banks.create_bank("local", "pdq", "survivor")
    b.banks.add_entry("local", h, case_id="mine")
    b.banks.withdraw(case_id="mine")
    assert [m["bank"] for m in b.match(h)] == ["from-a"]
    code, _, err = cli(b.url_db, "exchange", "share", "from-a", "--partner", "x")
    assert code != 0 and "mirror" in err
    # Deleting the mirror bank stops mirroring; the next pull starts a new mirror from a snapshot.
    b.banks.delete_bank("from-a")
    assert MirrorStore(b.db).status() == [] and [m["bank"] for m in b.match(h)] == []
    again = pull(b.db, a.url, "survivors", key, "from-a")
    assert again.resynced and again.added == 1 and b.match(h)


def test_unshare_makes_the_partner_release_its_mirror(pair):
    a, b, key = pair
    h = pdq()
    a.banks.add_entry("survivors", h, case_id="c")
    pull(b.db, a.url, "survivors", key, "from-a")
    assert b.match(h)
    code, out, err = cli(a.url_db, "exchange", "unshare", "survivors", "--partner", "platform-b")
    assert code == 0, err
    with pytest.raises(ExchangeError, match="no longer shares"):
        pull(b.db, a.url, "survivors", key, "from-a")
    assert not b.match(h)
    assert "no longer shares" in MirrorStore(b.db).status()[0].last_error
    with b.db.session() as s:
        pulls = [r.details for r in AuditLog().records(s) if r.action == "exchange.pull"]
    assert pulls[-1]["revoked"] is True and pulls[-1]["removed"] == 1


def test_each_pull_is_audited_with_counts_never_hashes(pair):
    a, b, key = pair
    h = pdq()
    a.banks.add_entry("survivors", h, case_id="c")
    pull(b.db, a.url, "survivors", key, "from-a")
    with b.db.session() as s:
        recs = [r for r in AuditLog().records(s) if r.action == "exchange.pull"]
        dump = json.dumps([r.details for r in AuditLog().records(s) if r.action.startswith("exchange")])
    assert len(recs) == 1 and recs[0].details["added"] == 1 and recs[0].details["origin"].endswith("#survivors")
    assert h not in dump
    with a.db.session() as s:
        served = [r.details for r in AuditLog().records(s) if r.action.startswith("exchange.serve")]
        dump = json.dumps(served)
    assert served and served[0] == {"partner": "platform-b", "entries": 1, "removals": 0} and h not in dump


def test_share_cli_prints_the_key_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'o.db'}"
    BankStore.open(url).create_bank("s", "pdq", "survivor")
    code, out, err = cli(url, "exchange", "share", "s", "--partner", "p1")
    assert code == 0 and out.strip().startswith("ngk_") and "shown only this once" in err
    code, out, err = cli(url, "exchange", "share", "s", "--partner", "p1")
    assert code == 1 and "shared with 'p1' already" in err
    code, out, _ = cli(url, "exchange", "status")
    assert "s -> p1" in out and "ngk_" not in out
    code, _, err = cli(url, "exchange", "share", "nope", "--partner", "p1")
    assert code != 0 and "no bank named 'nope'" in err


# -- a hostile upstream --------------------------------------------------------------------------------


class Hostile:
    """A real HTTP server that answers the exchange routes with whatever the test puts in ``pages``."""

    def __init__(self):
        from starlette.applications import Starlette
        from starlette.responses import JSONResponse, Response
        from starlette.routing import Route

        self.pages: dict[str, object] = {}

        async def feed(request):
            page = self.pages[request.path_params["kind"]]
            if callable(page):
                page = page(dict(request.query_params))
            if isinstance(page, bytes):
                return Response(page, media_type="application/json")
            return JSONResponse(page)

        app = Starlette(routes=[Route("/v1/exchange/banks/{bank}/{kind}", feed)])
        self.server = ThreadedServer(app).start()
        self.url = self.server.url


BANK = {"name": "survivors", "signal_type": "pdq", "purpose": "survivor"}


@pytest.fixture
def hostile(tmp_path):
    h = Hostile()
    url = f"sqlite:///{tmp_path / 'b.db'}"
    store = BankStore.open(url)
    good = pdq()
    h.pages["snapshot"] = {"bank": BANK, "revision": 5, "entries": [{"id": 1, "value": good}], "after": 1,
                           "more": False}
    h.pages["changes"] = {"bank": BANK, "revision": 6, "changes": [], "cursor": "6:0", "more": False}
    pull(store.db, h.url, "survivors", "ngk_000000000000_" + "a" * 43, "m")
    yield h, store, good
    h.server.stop()
    store.db.dispose()


def _changes(*items, cursor="6:1", more=False, **extra):
    return {"bank": BANK, "revision": 6, "changes": list(items), "cursor": cursor, "more": more, **extra}


@pytest.mark.parametrize("page,message", [
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32}, {"op": "upsert", "id": 3, "value": "not-a-hash"}),
     "changes[1].value is not a valid pdq hash"),
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32}, {"op": "remove", "id": "1"}),
     "changes[1].id is not a whole number"),
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32}, {"op": "drop-table", "id": 1}),
     "changes[1].op is not 'upsert' or 'remove'"),
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32}, {"op": "upsert", "id": 3, "value": "ab" * 32}),
     "changes[1] repeats the value of another entry"),
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32}, {"op": "upsert", "id": True, "value": "cd" * 32}),
     "changes[1].id is not a whole number"),
    (_changes({"op": "remove", "id": 1}, cursor="4:0"), "the next cursor is before the one asked with"),
    (_changes({"op": "remove", "id": 1}, cursor=7), "cursor is not a string"),
    (_changes({"op": "remove", "id": 1}) | {"changes": {"op": "remove"}}, "changes is not a list"),
    (_changes({"op": "remove", "id": 1}) | {"bank": {**BANK, "signal_type": "md5"}},
     "signal type or purpose changed upstream"),
    (_changes(*[{"op": "remove", "id": i} for i in range(1, 600)]), "more than the 500 asked for"),
    (_changes({"op": "upsert", "id": 2, "value": "ab" * 32, "variants": {"center90": "zz"}}),
     "changes[0].variants holds a value that is not a PDQ hash"),
    (b"<html>surprise</html>", "not JSON"),
    (b"[" * 100_000, "not JSON"),
    (_changes({"op": "remove", "id": 1}) | {"padding": "x" * (5 * 1024 * 1024)}, "more than 4194304 bytes"),
])
def test_a_hostile_changes_page_is_refused_whole(hostile, page, message):
    h, store, good = hostile
    before = MirrorStore(store.db).status()[0]
    h.pages["changes"] = page
    with pytest.raises(ExchangeError, match=message.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
        pull(store.db, h.url, "survivors", "ngk_000000000000_" + "a" * 43, "m")
    after = MirrorStore(store.db).status()[0]
    assert [e.value for e in store.entries("m")] == [good]  # nothing half-applied
    assert after.cursor == before.cursor == "6:0" and message[:20] in after.last_error


def test_a_snapshot_with_one_bad_page_applies_no_page(tmp_path):
    h = Hostile()
    try:
        first = [{"id": i, "value": pdq()} for i in range(1, 4)]

        def snapshot(q):
            if q["after"] == "0":
                return {"bank": BANK, "revision": 9, "entries": first, "after": 3, "more": True}
            return {"bank": BANK, "revision": 9, "entries": [{"id": 2, "value": pdq()}], "after": 2, "more": False}

        h.pages["snapshot"] = snapshot
        store = BankStore.open(f"sqlite:///{tmp_path / 'b.db'}")
        with pytest.raises(ExchangeError, match="entry ids are not increasing"):
            pull(store.db, h.url, "survivors", "ngk_000000000000_" + "a" * 43, "m", limit=3)
        assert [b.name for b in store.list_banks()] == []  # not even the mirror bank was made
        store.db.dispose()
    finally:
        h.server.stop()


def test_a_page_with_more_but_a_cursor_that_does_not_move_is_refused(hostile):
    h, store, _ = hostile
    h.pages["changes"] = _changes(cursor="6:0", more=True)
    with pytest.raises(ExchangeError, match="cursor did not move"):
        pull(store.db, h.url, "survivors", "ngk_000000000000_" + "a" * 43, "m")


def test_pull_every_loops_until_sigterm_and_stops_cleanly(pair, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    a, b, key = pair
    keyfile = tmp_path / "k"
    keyfile.write_text(key)
    h = pdq()
    a.banks.add_entry("survivors", h, case_id="c")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.Popen([sys.executable, "-c", "from nciiguard.cli import run; run()", "--database-url", b.url_db,
                             "exchange", "pull", a.url, "--bank", "survivors", "--key-file", str(keyfile), "--into",
                             "from-a", "--every", "0.2", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, text=True)
    try:
        first = json.loads(proc.stdout.readline())
        assert first["added"] == 1
        a.banks.withdraw(case_id="c")
        deadline = time.monotonic() + 30
        while b.match(h):  # the loop's next pull takes the withdrawal
            assert time.monotonic() < deadline, "the --every loop did not pull the withdrawal"
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and err.strip().endswith("stopped")


def test_an_owner_on_postgresql_feeds_a_partner_on_sqlite(tmp_path, postgres_url):
    a, b = Instance(tmp_path, "a", postgres_url), Instance(tmp_path, "b")
    try:
        a.banks.create_bank("survivors", "pdq", "survivor")
        key, _ = ShareStore(a.db).share("survivors", "platform-b")
        h, other = pdq(), pdq()
        a.banks.add_entry("survivors", h, case_id="c1")
        a.banks.add_entry("survivors", other, case_id="c2")
        assert pull(b.db, a.url, "survivors", key, "from-a", limit=1).added == 2
        a.banks.withdraw(case_id="c1")
        assert pull(b.db, a.url, "survivors", key, "from-a").removed == 1
        assert not b.match(h) and b.match(other)
        a.banks.withdraw(case_id="c2")
        a.banks.compact_changes(keep_revisions=0)
        r = pull(b.db, a.url, "survivors", key, "from-a")
        assert r.resynced and r.removed == 1 and not b.match(other)
    finally:
        a.close()
        b.close()
