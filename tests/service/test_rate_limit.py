"""Rate limits shared by every worker: the database limiter on real SQLite and PostgreSQL.

"Two workers" are two app instances, each with its own Database (own engine and connection pool)
on the same database URL, as two uvicorn processes would be. Time is an injected clock, never
sleeps. The in-memory limiter is checked too (it remains the choice for a single worker).
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from helpers.service import auth, make_app
from helpers.threads import run_in_threads
from nciiguard.errors import ConfigError
from nciiguard.service import ServiceConfig
from nciiguard.access.models import RateBucketRow
from nciiguard.access.ratelimit import DatabaseBuckets, MemoryBuckets
from nciiguard.store import open_database


class FakeClock:
    """Seconds since the epoch, moved by the test."""

    def __init__(self, start: float = 1_800_000_000.0):
        self.t = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.t

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.t += seconds


@pytest.fixture
def workers(db_url, tmp_path):
    """build(**settings) -> [(app, client), ...]: apps on the same database, one Database each."""
    made = []

    def build(n: int = 2, **settings):
        out = []
        for _ in range(n):
            app, db = make_app(db_url, tmp_path, **settings)
            client = TestClient(app, raise_server_exceptions=False)
            made.append((db, client))
            out.append((app, client))
        return out

    yield build
    for db, client in made:
        client.close()
        db.dispose()


@pytest.fixture
def two_dbs(db_url):
    """Two Database objects (two "processes") on one migrated database."""
    a, b = open_database(db_url), open_database(db_url)
    yield a, b
    a.dispose()
    b.dispose()


# -- two workers, one budget ----------------------------------------------------------------


def test_two_workers_share_one_key_budget(workers):
    (app1, c1), (app2, c2) = workers(2, rate_moderator={"rate": 0.001, "burst": 4}, rate_limit_backend="database")
    assert app1.state.svc.buckets.backend == "database"
    key = app1.state.svc.keys.create("mod", "moderator", actor="test")[0]
    codes = []
    for i in range(8):  # alternate between the two workers
        c = c1 if i % 2 == 0 else c2
        codes.append(c.get("/v1/review", headers=auth(key)).status_code)
    assert codes.count(200) == 4 and codes[4:] == [429] * 4, codes
    r = c2.get("/v1/review", headers=auth(key))
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited"
    assert int(r.headers["Retry-After"]) >= 900  # one token at 0.001/s: ~1000 s


def test_memory_backend_is_per_worker(workers):
    """The reason for the database limiter: with memory buckets each worker grants the full burst."""
    (app1, c1), (app2, c2) = workers(2, rate_moderator={"rate": 0.001, "burst": 3}, rate_limit_backend="memory")
    assert app1.state.svc.buckets.backend == "memory"
    key = app1.state.svc.keys.create("mod", "moderator", actor="test")[0]
    codes1 = [c1.get("/v1/review", headers=auth(key)).status_code for _ in range(4)]
    codes2 = [c2.get("/v1/review", headers=auth(key)).status_code for _ in range(4)]
    assert codes1 == [200, 200, 200, 429] and codes2 == [200, 200, 200, 429]
    r = c1.get("/v1/review", headers=auth(key))
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 900
    # Nothing went to the database.
    with app1.state.svc.db.session() as s:
        assert s.execute(select(RateBucketRow)).first() is None


def test_public_address_limit_shared_by_workers(workers):
    """Case sign-in attempts from one address: the per-address budget is one across workers."""
    (_, c1), (_, c2) = workers(2, rate_public={"rate": 0.001, "burst": 4}, rate_limit_backend="database")
    h = {"X-Case-Number": "NG-AAAA-AAAA-AAAA", "X-Case-Pin": "12345678"}
    codes = [(c1 if i % 2 else c2).get("/v1/cases/me", headers=h).status_code for i in range(7)]
    assert codes[:4] == [401] * 4 and codes[4:] == [429] * 3, codes


def test_case_pin_lockout_shared_by_workers(workers):
    """The PIN lockout counts in the case's row: wrong PINs on either worker add up."""
    (app1, c1), (_, c2) = workers(2, pin_max_failures=3, rate_limit_backend="database")
    created = c1.post("/v1/cases", json={"hashes": [{"signal_type": "sha256", "value": "ab" * 32}]})
    assert created.status_code == 201, created.text
    number, pin = created.json()["case_number"], created.json()["pin"]
    wrong = "00000000" if pin != "00000000" else "11111111"
    codes = [(c1 if i % 2 else c2).get("/v1/cases/me", headers={"X-Case-Number": number, "X-Case-Pin": wrong})
             .status_code for i in range(3)]
    assert codes == [401, 401, 423]
    # Locked on both workers, even for the right PIN.
    for c in (c1, c2):
        r = c.get("/v1/cases/me", headers={"X-Case-Number": number, "X-Case-Pin": pin})
        assert r.status_code == 423 and int(r.headers["Retry-After"]) > 0


# -- the limiter itself ---------------------------------------------------------------------


def test_refill_over_time_with_injected_clock(two_dbs):
    a_db, b_db = two_dbs
    clock = FakeClock()
    a, b = DatabaseBuckets(a_db, clock=clock), DatabaseBuckets(b_db, clock=clock)
    assert [a.take("k", rate=2.0, burst=3) for _ in range(2)] == [0.0, 0.0]
    assert b.take("k", rate=2.0, burst=3) == 0.0
    wait = a.take("k", rate=2.0, burst=3)
    assert wait == pytest.approx(0.5)
    assert b.peek("k", rate=2.0, burst=3) == pytest.approx(0.5)
    clock.advance(0.25)  # half a token: still refused, and the wait shrinks
    assert b.take("k", rate=2.0, burst=3) == pytest.approx(0.25)
    clock.advance(0.25)
    assert b.peek("k", rate=2.0, burst=3) == 0.0
    assert b.take("k", rate=2.0, burst=3) == 0.0
    assert a.take("k", rate=2.0, burst=3) > 0
    # A long pause refills to the burst, not beyond.
    clock.advance(3600)
    assert [a.take("k", rate=2.0, burst=3) for _ in range(4)][:3] == [0.0, 0.0, 0.0]
    assert b.take("k", rate=2.0, burst=3) > 0
    # A cost above the burst can never pass (and says how long a full bucket would need).
    assert a.take("other", rate=1.0, burst=3, cost=5) == pytest.approx(2.0)


def test_lagging_clock_never_refills_backwards(two_dbs):
    a_db, b_db = two_dbs
    ahead, behind = FakeClock(1_800_000_100.0), FakeClock(1_800_000_000.0)
    a, b = DatabaseBuckets(a_db, clock=ahead), DatabaseBuckets(b_db, clock=behind)
    assert a.take("k", rate=1.0, burst=2) == 0.0
    assert b.take("k", rate=1.0, burst=2) == 0.0  # a lagging host still shares the bucket
    assert a.take("k", rate=1.0, burst=2) > 0  # ...and did not push its time back to refill it
    assert b.take("k", rate=1.0, burst=2) > 0


def test_retry_after_through_the_app_follows_the_clock(workers):
    (app, c), = workers(1, rate_moderator={"rate": 0.1, "burst": 1}, rate_limit_backend="database")
    clock = FakeClock()
    app.state.svc.buckets.clock = clock
    key = app.state.svc.keys.create("mod", "moderator", actor="test")[0]
    assert c.get("/v1/review", headers=auth(key)).status_code == 200
    r = c.get("/v1/review", headers=auth(key))
    assert r.status_code == 429 and r.headers["Retry-After"] == "10"
    clock.advance(7.5)
    assert c.get("/v1/review", headers=auth(key)).headers["Retry-After"] == "3"  # ceil(2.5)
    clock.advance(2.5)
    assert c.get("/v1/review", headers=auth(key)).status_code == 200


@pytest.mark.timeout(120)
def test_concurrent_takes_never_exceed_burst(two_dbs):
    """Threads on two "processes" hammer one bucket at once: exactly ``burst`` takes succeed."""
    a_db, b_db = two_dbs
    limiters = [DatabaseBuckets(a_db, prune_every=7), DatabaseBuckets(b_db, prune_every=5)]
    burst, per_thread, n = 15, 6, 8
    allowed = []
    lock = threading.Lock()

    def hammer(k: int) -> None:
        lim = limiters[k % 2]
        for _ in range(per_thread):
            if lim.take("hot", rate=1e-6, burst=burst) == 0.0:
                with lock:
                    allowed.append(k)

    assert run_in_threads(hammer, n) == []
    assert len(allowed) == burst
    assert limiters[0].count() == 1


def test_memory_buckets_refill_and_threads():
    clock = FakeClock(0.0)  # 0.0 + 0.1 is exact in binary floating point; 100.0 + 0.1 is not
    m = MemoryBuckets(clock=clock)
    assert m.take("k", rate=10.0, burst=2) == 0.0 and m.take("k", rate=10.0, burst=2) == 0.0
    assert m.take("k", rate=10.0, burst=2) == pytest.approx(0.1)
    clock.advance(0.1)
    assert m.take("k", rate=10.0, burst=2) == 0.0
    allowed = []
    lock = threading.Lock()

    def hammer(_: int) -> None:
        for _ in range(20):
            if m.take("hot", rate=1e-6, burst=25) == 0.0:
                with lock:
                    allowed.append(1)

    assert run_in_threads(hammer, 8) == []
    assert len(allowed) == 25
    with pytest.raises(ValueError):
        m.take("k", rate=0, burst=1)


def test_bad_limits_are_errors(two_dbs):
    d = DatabaseBuckets(two_dbs[0])
    for rate, burst, cost in ((0, 1, 1), (1, 0, 1), (1, 1, 0), (-1, 1, 1)):
        with pytest.raises(ValueError):
            d.take("k", rate=rate, burst=burst, cost=cost)


# -- privacy and housekeeping ---------------------------------------------------------------


def test_stored_keys_are_hmacs_never_addresses_or_key_ids(workers):
    secret = "s3cret-for-tests-0123456789"
    (app, c), = workers(1, rate_key_secret=secret, rate_public={"rate": 1.0, "burst": 50}, rate_limit_backend="database")
    key = app.state.svc.keys.create("mod", "moderator", actor="test")[0]
    key_id = key.split("_")[1]
    assert c.get("/v1/review", headers=auth(key)).status_code == 200
    c.get("/v1/cases/me", headers={"X-Case-Number": "NG-AAAA-AAAA-AAAA", "X-Case-Pin": "1"})
    with app.state.svc.db.session() as s:
        stored = {r.key for r in s.execute(select(RateBucketRow)).scalars()}
    assert len(stored) == 2
    for k in stored:
        assert len(k) == 64 and all(ch in "0123456789abcdef" for ch in k)
        assert "testclient" not in k and key_id not in k
    expected = hmac.new(secret.encode(), f"key:{key_id}".encode(), hashlib.sha256).hexdigest()
    assert expected in stored
    # Not a plain hash either (a plain SHA-256 of an IPv4 address is reversed by trying them all).
    assert hashlib.sha256(f"key:{key_id}".encode()).hexdigest() not in stored


def test_workers_agree_on_the_database_secret(two_dbs):
    a_db, b_db = two_dbs
    a, b = DatabaseBuckets(a_db), DatabaseBuckets(b_db)
    assert a.bucket_key("case:203.0.113.9") == b.bucket_key("case:203.0.113.9")
    assert a.bucket_key("case:203.0.113.9") != a.bucket_key("case:203.0.113.10")
    # Another database gets another secret: a key leaked from one deployment says nothing elsewhere.
    assert DatabaseBuckets(a_db, secret=b"x" * 32).bucket_key("case:203.0.113.9") != a.bucket_key("case:203.0.113.9")


def test_prune_removes_only_full_buckets_in_bounded_batches(two_dbs):
    db = two_dbs[0]
    clock = FakeClock()
    d = DatabaseBuckets(db, clock=clock, prune_every=10**9)
    for i in range(7):
        assert d.take(f"idle{i}", rate=1.0, burst=5) == 0.0  # full again after 1 s
    for _ in range(5):
        d.take("busy", rate=0.01, burst=5)  # empty: full again after 500 s
    assert d.count() == 8
    assert d.prune() == 0  # nothing is full yet
    clock.advance(2)
    assert d.prune(limit=3) == 3 and d.count() == 5
    assert d.prune() == 4 and d.count() == 1
    assert d.take("busy", rate=0.01, burst=5) > 0  # the busy bucket kept its state
    clock.advance(500)
    assert d.prune() == 1 and d.count() == 0


def test_pruning_happens_on_its_own(two_dbs):
    clock = FakeClock()
    d = DatabaseBuckets(two_dbs[0], clock=clock, prune_every=4)
    d.take("a", rate=1.0, burst=1)
    d.take("b", rate=1.0, burst=1)
    clock.advance(5)
    assert d.count() == 2
    d.take("c", rate=1.0, burst=1)
    d.take("d", rate=1.0, burst=1)  # 4th call: "a" and "b" (full again) are deleted
    assert d.count() == 2


# -- settings -------------------------------------------------------------------------------


@pytest.mark.parametrize("env, needle", [
    ({"NCIIGUARD_SERVICE_RATE_LIMIT_BACKEND": "redis"}, "rate_limit_backend"),
    ({"NCIIGUARD_SERVICE_RATE_KEY_SECRET": "short"}, "at least 16"),
    ({"NCIIGUARD_SERVICE_RATE_PUBLIC": "0/5"}, "rate_public"),
    ({"NCIIGUARD_SERVICE_RATE_PUBLIC": "fast"}, "rate_public"),
])
def test_bad_rate_settings_are_config_errors(env, needle):
    with pytest.raises(ConfigError) as exc:
        ServiceConfig.load(env)
    assert needle in str(exc.value)
    assert "short" not in str(exc.value) or needle != "at least 16"  # the secret is not echoed


def test_rate_settings_from_environment():
    s = ServiceConfig.load({"NCIIGUARD_SERVICE_RATE_LIMIT_BACKEND": "memory",
                            "NCIIGUARD_SERVICE_RATE_KEY_SECRET": "x" * 20})
    assert s.rate_limit_backend == "memory" and s.rate_key_secret.get_secret_value() == "x" * 20
    assert "x" * 20 not in repr(s)
    assert ServiceConfig().rate_limit_backend == "auto"


def test_auto_backend_shares_buckets_on_postgresql_only(db_url, tmp_path):
    """auto: the database on PostgreSQL (workers and hosts share it), memory on embedded SQLite."""
    app, db = make_app(db_url, tmp_path)
    try:
        expected = "database" if db.dialect == "postgresql" else "memory"
        assert app.state.svc.buckets.backend == expected
    finally:
        db.dispose()


# -- migration ------------------------------------------------------------------------------


def test_upgrade_from_service_0001_with_data(db_url):
    from nciiguard.tables import check_schema

    db = open_database(db_url, migrate=False)
    try:
        db.migrate("service_0001")
        assert "service_rate_buckets" not in db.table_names()
        now = datetime(2026, 11, 1, tzinfo=timezone.utc)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO service_api_keys (key_id, secret_hash, name, role, created_at, created_by) "
                              "VALUES ('abcdef012345', :h, 'old key', 'platform', :t, 'test')"),
                         {"h": "0" * 64, "t": now})
            conn.execute(text("INSERT INTO service_cases (ref, number_digest, pin_hash, status, failed_pins, "
                              "locked_until, created_at, updated_at) VALUES ('r1', :d, 'scrypt$x', 'open', 2, :l, :t, :t)"),
                         {"d": "1" * 64, "l": now + timedelta(minutes=5), "t": now})
        db.migrate()
        assert "service_0002" in db.current_revisions()
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM service_api_keys")).scalar_one() == "old key"
            assert conn.execute(text("SELECT failed_pins FROM service_cases")).scalar_one() == 2
        status = check_schema(db)
        assert status.ok, [p.message for p in status.problems]
        # The new tables work right after the upgrade.
        assert DatabaseBuckets(db).take("key:abcdef012345", rate=1.0, burst=1) == 0.0
    finally:
        db.dispose()


def test_a_prompt_batch_pays_one_token_per_item_capped_at_the_burst(workers):
    """A batch of N prompts costs what N single calls would (up to the bucket size): one key cannot
    queue thousands of screenings on a budget meant for single requests."""
    (app, c), = workers(1, rate_platform={"rate": 0.001, "burst": 5}, rate_limit_backend="memory")
    key = app.state.svc.keys.create("plat", "platform", actor="test")[0]
    assert c.post("/v1/screen/prompt", headers=auth(key), json={"input": ["a kite", "a boat", "a tree"]}).status_code == 200
    # 3 of 5 tokens are gone: a 3-item batch no longer fits, two single calls still do.
    r = c.post("/v1/screen/prompt", headers=auth(key), json={"input": ["a cat", "a dog", "a cow"]})
    assert r.status_code == 429 and r.json()["error"]["code"] == "rate_limited" and "a cat" not in r.text
    assert int(r.headers["Retry-After"]) >= 900


def test_a_batch_larger_than_the_burst_runs_on_a_full_bucket_and_empties_it(workers):
    (app, c), = workers(1, rate_platform={"rate": 0.001, "burst": 4}, rate_limit_backend="memory")
    key = app.state.svc.keys.create("plat", "platform", actor="test")[0]
    r = c.post("/v1/screen/prompt", headers=auth(key), json={"input": [f"a lighthouse, number {i}" for i in range(9)]})
    assert r.status_code == 200 and len(r.json()["results"]) == 9
    assert c.post("/v1/screen/prompt", headers=auth(key), json={"prompt": "a kite"}).status_code == 429


def test_a_one_item_batch_costs_a_single_call(workers):
    (app, c), = workers(1, rate_platform={"rate": 0.001, "burst": 2}, rate_limit_backend="memory")
    key = app.state.svc.keys.create("plat", "platform", actor="test")[0]
    codes = [c.post("/v1/screen/prompt", headers=auth(key), json={"input": ["a kite"]}).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
