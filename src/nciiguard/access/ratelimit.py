"""Token-bucket rate limits: in one process's memory, or in the service's database so that every
worker and every host behind a load balancer draws from the same bucket.

Why the database: with N uvicorn workers (or N replicas) each holding its own buckets, the real
limit is N times the configured one, and the per-address brute-force limits on case sign-in
(number + PIN) and on wrong API keys are weakened the same way. The service already has one
database that every worker shares, so the buckets live there (table ``service_rate_buckets``).

Both limiters answer the same two questions with the same arithmetic:

* ``take(name, rate, burst, cost)``: take ``cost`` tokens; 0.0 when allowed, else the seconds
  until enough tokens are back (the caller's ``Retry-After``).
* ``peek(...)``: the same without taking.
* ``give(name, rate, burst, cost)``: put back ``cost`` tokens a request took (never above
  ``burst``). Case sign-in takes a token *before* the costly PIN check, so parallel guesses
  cannot all reach scrypt, and gives it back when the PIN was right, so a survivor's portal session
  of several calls does not use up the allowance.

A bucket holds at most ``burst`` tokens and refills at ``rate`` tokens per second; a bucket never
seen is full. A refused request takes nothing and writes nothing: because refilling is linear and
capped, leaving the row as it was gives exactly the tokens that rewriting it would have.

Database atomicity (each ``take`` is one short transaction):

* PostgreSQL: one ``INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE <refilled> >= cost
  RETURNING tokens``: refill and take are computed in SQL under the row lock, so concurrent
  requests from any number of workers serialise on the row and never overdraw it. No row returned
  means refused (then a plain read computes the wait).
* SQLite: ``BEGIN IMMEDIATE`` (takes the write lock at once, so two workers cannot both read the
  old value), read, compute, upsert, ``COMMIT``.

Privacy: the stored key is ``HMAC-SHA256(secret, name)``, never the API key id or the client
address. The secret is the ``rate_key_secret`` setting when given, else a random value created once
per database (table ``service_secrets``), so every worker derives the same keys. Rows are deleted
once their bucket would be full again (opportunistically, a bounded batch every few hundred calls),
so the table holds only clients seen in the last few minutes.

Clock: ``clock()`` returns seconds since the epoch (``time.time`` by default; tests inject a fake
one). Hosts' clocks are assumed synchronised (NTP); a host whose clock lags never refills a bucket
backwards (elapsed time is clamped at zero and ``updated_at`` never moves back).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Callable, Protocol

from sqlalchemy import delete, select, text

from ..store.base import as_utc, utcnow
from .models import RateBucketRow, ServiceSecretRow

if TYPE_CHECKING:
    from ..config import ServiceSettings
    from ..store import Database

#: Name of the ``service_secrets`` row holding the HMAC key of the bucket names.
RATE_KEY_SECRET = "rate_key"


class RateLimiter(Protocol):
    def take(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float: ...

    def peek(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float: ...

    def give(self, key: str, rate: float, burst: int, cost: float = 1.0) -> None: ...


def _check(rate: float, burst: int, cost: float) -> None:
    if not (rate > 0 and burst > 0 and cost > 0):
        raise ValueError(f"rate limit needs rate > 0, burst > 0, cost > 0 (got {rate}, {burst}, {cost})")


class MemoryBuckets:
    """Buckets in this process's memory. Right for a single worker (``nciiguard serve`` with one
    process) and for tests; with several workers each keeps its own, so the limits multiply.
    Thread-safe. ``clock`` returns seconds (monotonic by default)."""

    backend = "memory"

    def __init__(self, max_keys: int = 100_000, *, clock: Callable[[], float] = time.monotonic):
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()
        self.max_keys = max_keys
        self.clock = clock

    def take(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float:
        """Take ``cost`` tokens; returns 0 when allowed, else the seconds to wait."""
        _check(rate, burst, cost)
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(burst), now))
            tokens = min(float(burst), tokens + max(0.0, now - last) * rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > self.max_keys:
                # Forget full buckets (idle keys): they would be full again anyway.
                self._buckets = {k: v for k, v in self._buckets.items() if v[0] < burst}
            return (cost - tokens) / rate

    def peek(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float:
        """Like :meth:`take` without taking: 0 when ``cost`` tokens are there, else the wait."""
        _check(rate, burst, cost)
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(burst), now))
        tokens = min(float(burst), tokens + max(0.0, now - last) * rate)
        return 0.0 if tokens >= cost else (cost - tokens) / rate

    def give(self, key: str, rate: float, burst: int, cost: float = 1.0) -> None:
        """Put back ``cost`` tokens (capped at ``burst``); a bucket never seen is full already."""
        _check(rate, burst, cost)
        now = self.clock()
        with self._lock:
            if key not in self._buckets:
                return
            tokens, last = self._buckets[key]
            tokens = min(float(burst), tokens + max(0.0, now - last) * rate + cost)
            self._buckets[key] = (tokens, max(last, now))


def _refill(tokens: float, updated_at: datetime, now: datetime, rate: float, burst: int) -> float:
    elapsed = max(0.0, (now - updated_at).total_seconds())
    return min(float(burst), tokens + elapsed * rate)


# PostgreSQL: refill and take in one statement under the row lock. ``b`` is the existing row; every
# SET expression reads its old values. GREATEST(updated_at, now): a host whose clock lags does not
# move the bucket's time backwards (which would refill it twice).
_PG_REFILLED = ("LEAST(CAST(:burst AS double precision), b.tokens + GREATEST(0.0, CAST(EXTRACT(EPOCH FROM "
                "(CAST(:now AS timestamptz) - b.updated_at)) AS double precision)) * CAST(:rate AS double precision))")
_PG_TAKE = text(f"""
INSERT INTO service_rate_buckets AS b (key, tokens, updated_at, full_at)
VALUES (:key, CAST(:burst AS double precision) - CAST(:cost AS double precision), CAST(:now AS timestamptz),
        CAST(:now AS timestamptz) + make_interval(secs => CAST(:cost AS double precision) / CAST(:rate AS double precision)))
ON CONFLICT (key) DO UPDATE SET
    tokens = {_PG_REFILLED} - CAST(:cost AS double precision),
    updated_at = GREATEST(b.updated_at, CAST(:now AS timestamptz)),
    full_at = GREATEST(b.updated_at, CAST(:now AS timestamptz)) + make_interval(secs =>
        (CAST(:burst AS double precision) - ({_PG_REFILLED} - CAST(:cost AS double precision)))
        / CAST(:rate AS double precision))
WHERE {_PG_REFILLED} >= CAST(:cost AS double precision)
RETURNING tokens
""")
# Give back: refill and add under the row lock, capped at burst (a missing row is a full bucket).
_PG_GIVE = text(f"""
UPDATE service_rate_buckets AS b SET
    tokens = LEAST(CAST(:burst AS double precision), {_PG_REFILLED} + CAST(:cost AS double precision)),
    updated_at = GREATEST(b.updated_at, CAST(:now AS timestamptz)),
    full_at = GREATEST(b.updated_at, CAST(:now AS timestamptz)) + make_interval(secs =>
        (CAST(:burst AS double precision) - LEAST(CAST(:burst AS double precision),
                                                  {_PG_REFILLED} + CAST(:cost AS double precision)))
        / CAST(:rate AS double precision))
WHERE b.key = :key
""")
# Bounded prune. SKIP LOCKED: never wait on a bucket a request is using. The outer condition is
# re-checked on the row's latest version, so a bucket taken from meanwhile is not deleted.
_PG_PRUNE = text("""
DELETE FROM service_rate_buckets WHERE full_at <= :now AND key IN (
    SELECT key FROM service_rate_buckets WHERE full_at <= :now ORDER BY full_at LIMIT :limit
    FOR UPDATE SKIP LOCKED)
""")


class DatabaseBuckets:
    """Buckets in the service's database, shared by every worker and host using it.

    ``secret``: the HMAC key for bucket names (bytes); None = the database's own (created once).
    ``prune_every``: every this many calls (per process) a bounded batch of expired rows is deleted.
    """

    backend = "database"

    def __init__(self, db, *, secret: bytes | None = None, clock: Callable[[], float] = time.time,
                 prune_every: int = 256, prune_batch: int = 500):
        if db.dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"database rate limits need SQLite or PostgreSQL, not {db.dialect}")
        self.db = db
        self.clock = clock
        self.prune_every = max(1, int(prune_every))
        self.prune_batch = max(1, int(prune_batch))
        self._secret = secret
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._calls = 0

    # -- names -------------------------------------------------------------------------------

    def _key_secret(self) -> bytes:
        if self._secret is None:
            with self._lock:
                if self._secret is None:
                    self._secret = shared_secret(self.db, RATE_KEY_SECRET)
        return self._secret

    def bucket_key(self, name: str) -> str:
        """The stored key of the bucket ``name`` (HMAC-SHA256 hex): never the name itself."""
        return hmac.new(self._key_secret(), name.encode("utf-8", "replace"), hashlib.sha256).hexdigest()

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), timezone.utc)

    # -- the limiter -------------------------------------------------------------------------

    def take(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float:
        """Take ``cost`` tokens; returns 0 when allowed, else the seconds to wait."""
        _check(rate, burst, cost)
        if cost > burst:  # can never be allowed; as the memory limiter answers for a full bucket
            return (cost - burst) / rate
        k, now = self.bucket_key(key), self._now()
        if self.db.dialect == "postgresql":
            wait = self._take_pg(k, now, float(rate), int(burst), float(cost))
        else:
            wait = self._take_sqlite(k, now, float(rate), int(burst), float(cost))
        self._maybe_prune(now)
        return wait

    def peek(self, key: str, rate: float, burst: int, cost: float = 1.0) -> float:
        _check(rate, burst, cost)
        k, now = self.bucket_key(key), self._now()
        with self.db.session() as s:
            row = s.execute(select(RateBucketRow.tokens, RateBucketRow.updated_at)
                            .where(RateBucketRow.key == k)).first()
        tokens = float(burst) if row is None else _refill(row.tokens, as_utc(row.updated_at), now, rate, burst)
        return 0.0 if tokens >= cost else (cost - tokens) / rate

    def give(self, key: str, rate: float, burst: int, cost: float = 1.0) -> None:
        """Put back ``cost`` tokens a request took (capped at ``burst``), atomically."""
        _check(rate, burst, cost)
        k, now = self.bucket_key(key), self._now()
        if self.db.dialect == "postgresql":
            with self.db.engine.begin() as conn:
                conn.execute(_PG_GIVE, {"key": k, "now": now, "rate": float(rate), "burst": int(burst),
                                        "cost": float(cost)})
            return
        t = RateBucketRow.__table__
        with self._write_lock, \
                self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                row = conn.execute(select(t.c.tokens, t.c.updated_at).where(t.c.key == k)).first()
                if row is not None:
                    last = max(as_utc(row.updated_at), now)
                    left = min(float(burst), _refill(row.tokens, as_utc(row.updated_at), now, rate, burst) + cost)
                    conn.execute(t.update().where(t.c.key == k).values(
                        tokens=left, updated_at=last, full_at=last + timedelta(seconds=(burst - left) / rate)))
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                try:
                    conn.exec_driver_sql("ROLLBACK")
                except Exception:  # noqa: BLE001 - already rolled back; keep the original error
                    pass
                raise

    def _take_pg(self, k: str, now: datetime, rate: float, burst: int, cost: float) -> float:
        params = {"key": k, "now": now, "rate": rate, "burst": burst, "cost": cost}
        with self.db.engine.begin() as conn:
            taken = conn.execute(_PG_TAKE, params).first()
        if taken is not None:
            return 0.0
        # Refused (nothing was written): how long until ``cost`` tokens are back.
        with self.db.engine.connect() as conn:
            row = conn.execute(select(RateBucketRow.tokens, RateBucketRow.updated_at)
                               .where(RateBucketRow.key == k)).first()
        tokens = 0.0 if row is None else _refill(row.tokens, as_utc(row.updated_at), now, rate, burst)
        return max(cost - tokens, 0.0) / rate or 1.0 / rate

    def _take_sqlite(self, k: str, now: datetime, rate: float, burst: int, cost: float) -> float:
        from sqlalchemy.dialects.sqlite import insert

        t = RateBucketRow.__table__
        # AUTOCOMMIT hands transaction control to us, so the transaction can begin IMMEDIATE: the
        # write lock is taken before the read, and another worker's take waits (busy_timeout)
        # instead of reading the same old value.
        # Threads of this process queue on a lock first: SQLite's own busy handler waits by sleeping
        # (1, 2, 5, 10 ms ...), which under contention costs far more than the transaction itself.
        # Other processes still serialise on the database's write lock.
        with self._write_lock, \
                self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                row = conn.execute(select(t.c.tokens, t.c.updated_at).where(t.c.key == k)).first()
                if row is None:
                    tokens, last = float(burst), now
                else:
                    last = max(as_utc(row.updated_at), now)
                    tokens = _refill(row.tokens, as_utc(row.updated_at), now, rate, burst)
                if tokens < cost:
                    conn.exec_driver_sql("ROLLBACK")
                    return (cost - tokens) / rate
                left = tokens - cost
                values = {"tokens": left, "updated_at": last,
                          "full_at": last + timedelta(seconds=(burst - left) / rate)}
                conn.execute(insert(t).values(key=k, **values)
                             .on_conflict_do_update(index_elements=[t.c.key], set_=values))
                conn.exec_driver_sql("COMMIT")
            except BaseException:
                try:
                    conn.exec_driver_sql("ROLLBACK")
                except Exception:  # noqa: BLE001 - already rolled back; keep the original error
                    pass
                raise
        return 0.0

    # -- housekeeping ------------------------------------------------------------------------

    def _maybe_prune(self, now: datetime) -> None:
        with self._lock:
            self._calls += 1
            due = self._calls % self.prune_every == 0
        if due:
            self.prune(now=now)

    def prune(self, limit: int | None = None, *, now: datetime | None = None) -> int:
        """Delete up to ``limit`` buckets that are full again (they mean nothing); returns how many."""
        limit = self.prune_batch if limit is None else max(1, int(limit))
        now = now or self._now()
        if self.db.dialect == "postgresql":
            with self.db.engine.begin() as conn:
                return conn.execute(_PG_PRUNE, {"now": now, "limit": limit}).rowcount
        t = RateBucketRow.__table__
        expired = select(t.c.key).where(t.c.full_at <= now).order_by(t.c.full_at).limit(limit)
        with self.db.session() as s:
            return s.execute(delete(t).where(t.c.key.in_(expired), t.c.full_at <= now)).rowcount

    def count(self) -> int:
        """How many buckets are stored (for tests and operators)."""
        from sqlalchemy import func

        with self.db.session() as s:
            return int(s.execute(select(func.count()).select_from(RateBucketRow)).scalar_one())


def shared_secret(db, name: str) -> bytes:
    """The deployment's random secret ``name`` (32 bytes), created by whichever worker asks first.

    Insert-if-absent then read, so two workers starting together agree on one value.
    """
    fresh = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
    t = ServiceSecretRow.__table__
    if db.dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    with db.session() as s:
        s.execute(insert(t).values(name=name, value=fresh, created_at=utcnow())
                  .on_conflict_do_nothing(index_elements=[t.c.name]))
    with db.session() as s:
        value = s.execute(select(t.c.value).where(t.c.name == name)).scalar_one()
    return base64.urlsafe_b64decode(value)


def make_limiter(settings: "ServiceSettings", db: "Database", *, clock: Callable[[], float] | None = None) -> MemoryBuckets | DatabaseBuckets:
    """The limiter ``settings.rate_limit_backend`` names (``auto``: shared on PostgreSQL only)."""
    backend = settings.rate_limit_backend
    if backend == "auto":
        backend = "database" if db.dialect == "postgresql" else "memory"
    if backend == "memory":
        return MemoryBuckets(clock=clock or time.monotonic)
    secret = settings.rate_key_secret.get_secret_value().encode("utf-8") if settings.rate_key_secret else None
    return DatabaseBuckets(db, secret=secret, clock=clock or time.time)
