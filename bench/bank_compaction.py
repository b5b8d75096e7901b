"""Bank change-log compaction at scale: pruning 1M change rows, and what a matcher behind the
pruned horizon pays to catch up (a rebuild from 1M entries).

Setup per backend (SQLite file in a temp dir; PostgreSQL with ``--postgres``, a throwaway cluster
with fsync off as in the tests, so its numbers are a floor for a durable server):

1. ``--entries`` (default 1,000,000) random PDQ entries in one bank, bulk-inserted with one
   ``add`` change row each (revisions 2..N+1): the log of a platform that added 1M hashes.
2. Matcher A builds its index (initial build, timed) and stays current; matcher B builds and is
   then left behind (it stands for a replica that was paused).
3. Through the real API: 1,000 entries withdrawn (one case each, as survivors do) and 1,000 added.
4. ``compact_changes(keep_revisions=1000)`` prunes all but the last 1,000 revisions (~1M rows), timed, while a writer
   thread keeps adding entries: its worst add latency shows how long compaction blocks writers.
5. Matcher B refreshes: it is behind the horizon, so it rebuilds from ``bank_entries`` (timed), and
   is checked: none of the withdrawn hashes is in its index, every added one is.
6. A steady-state compaction (``keep_revisions`` leaving the last 1,000 revisions) after 10,000
   further single adds: the cost of the recommended daily job.

Bounded: about 3-6 minutes per backend on the 2-core VM. Writes bench/results/bank_compaction.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, memory_mb, single_thread, write_results  # noqa: E402

single_thread()

import numpy as np  # noqa: E402


def bulk_load(store, n: int, rng: np.random.Generator, chunk: int = 50_000) -> list[str]:
    """n random PDQ entries in bank "b" with one logged add each, via Core bulk inserts.

    The API's add_entries would validate and audit each batch; here only the table contents
    matter, and they are exactly what add_entries writes (one change row per added entry).
    """
    from sqlalchemy import insert, select, update

    from nciiguard.banks.models import BankChangeRow, BankEntryRow, BankMetaRow, BankRow
    from nciiguard.store.base import utcnow

    store.create_bank("b", "pdq", "confirmed")
    hexes = [bytes(r).hex() for r in rng.integers(0, 256, size=(n, 32), dtype=np.uint8)]
    now = utcnow()
    with store.db.session() as s:
        bank_id = s.execute(select(BankRow.id).where(BankRow.name == "b")).scalar_one()
        rev0 = int(s.execute(select(BankMetaRow.revision)).scalar_one())
    next_id = 1
    for i in range(0, n, chunk):
        part = hexes[i:i + chunk]
        with store.db.session() as s:
            s.execute(insert(BankEntryRow.__table__), [
                {"id": next_id + k, "bank_id": bank_id, "signal_type": "pdq", "value": h, "variants": None,
                 "source": "bench", "case_id": f"c{next_id + k}", "status": "active", "note": "",
                 "created_at": now, "updated_at": now} for k, h in enumerate(part)])
            s.execute(insert(BankChangeRow.__table__), [
                {"revision": rev0 + next_id + k, "op": "add", "entry_id": next_id + k, "at": now}
                for k in range(len(part))])
        next_id += len(part)
    with store.db.session() as s:
        s.execute(update(BankMetaRow.__table__).values(revision=rev0 + n))
        if store.db.dialect == "postgresql":  # the identity must continue after the explicit ids
            s.connection().exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('bank_entries', 'id'), (SELECT max(id) FROM bank_entries))")
    return hexes


def in_index(matcher, hexes) -> int:
    return sum(1 for h in hexes if matcher._index.query(h, 0))


def run_backend(url: str, label: str, n: int, seed: int) -> dict:
    from nciiguard.banks import BankMatcher, BankStore

    rng = np.random.default_rng(seed)
    store = BankStore.open(url, actor="bench")
    row: dict = {"backend": label, "entries": n}
    t0 = time.perf_counter()
    hexes = bulk_load(store, n, rng)
    row["load_s"] = time.perf_counter() - t0

    current = BankMatcher(BankStore.open(url, migrate=False))
    t0 = time.perf_counter()
    current.refresh()
    row["initial_build_s"] = time.perf_counter() - t0
    behind = BankMatcher(BankStore.open(url, migrate=False))
    behind.refresh()
    row["rss_mb_two_matchers"] = memory_mb()["rss"]

    picked = rng.choice(n, 1000, replace=False)
    withdrawn = [hexes[i] for i in picked]
    for i in picked:
        assert store.withdraw(int(i) + 1) == 1, i  # ids were assigned 1..n in load order
    added = [bytes(r).hex() for r in rng.integers(0, 256, size=(1000, 32), dtype=np.uint8)]
    for h in added:
        store.add_entry("b", h)
    rows_before = _count(store)

    # Compaction of the whole log while a writer keeps adding.
    stop = threading.Event()
    lat: list[float] = []

    def writer() -> None:
        wrng = np.random.default_rng(seed + 1)
        while not stop.is_set():
            t = time.perf_counter()
            store.add_entry("b", bytes(wrng.integers(0, 256, 32, dtype=np.uint8)).hex())
            lat.append(time.perf_counter() - t)

    th = threading.Thread(target=writer)
    th.start()
    time.sleep(0.5)
    current.refresh(force=True)  # polled just now: stays ahead of a horizon 1,000 revisions back
    t0 = time.perf_counter()
    rep = store.compact_changes(keep_revisions=1000)
    row["compact_s"] = time.perf_counter() - t0
    time.sleep(0.5)
    stop.set()
    th.join()
    row["log_rows_before"] = rows_before
    row["deleted"] = rep.deleted
    row["writer_adds"] = len(lat)
    row["writer_max_ms"] = max(lat) * 1e3 if lat else float("nan")
    row["writer_p50_ms"] = float(np.median(lat)) * 1e3 if lat else float("nan")

    # The matcher left behind: rebuild from entries, then check it exactly.
    t0 = time.perf_counter()
    behind.refresh(force=True)
    row["behind_rebuild_s"] = time.perf_counter() - t0
    row["behind_update"] = behind.last_update
    row["withdrawn_still_indexed"] = in_index(behind, withdrawn)
    row["added_indexed"] = in_index(behind, added)
    t0 = time.perf_counter()
    current.refresh(force=True)
    row["current_refresh_s"] = time.perf_counter() - t0
    row["current_update"] = current.last_update

    # Steady state: 10,000 single adds, then a daily compaction keeping 1,000 revisions.
    for h in (bytes(r).hex() for r in rng.integers(0, 256, size=(10_000, 32), dtype=np.uint8)):
        store.add_entry("b", h)
    t0 = time.perf_counter()
    daily = store.compact_changes(keep_revisions=1000)
    row["daily_compact_s"] = time.perf_counter() - t0
    row["daily_deleted"] = daily.deleted
    for m in (current, behind):
        m.store.db.dispose()
    store.db.dispose()
    return row


def _count(store) -> int:
    from sqlalchemy import func, select

    from nciiguard.banks.models import BankChangeRow

    with store.db.session() as s:
        return int(s.execute(select(func.count()).select_from(BankChangeRow)).scalar_one())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=1_000_000)
    ap.add_argument("--postgres", action="store_true", help="also run on a throwaway PostgreSQL cluster")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--name", default="bank_compaction")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="nciiguard-bench-compact-") as tmp:
        rows.append(run_backend(f"sqlite:///{tmp}/bench.db", "SQLite (WAL)", args.entries, args.seed))
        print(rows[-1], flush=True)
        os.remove(f"{tmp}/bench.db")
    if args.postgres:
        from rate_limit import ThrowawayPostgres  # the same throwaway cluster as the rate-limit bench

        with ThrowawayPostgres() as url:
            rows.append(run_backend(url, "PostgreSQL (fsync off)", args.entries, args.seed))
            print(rows[-1], flush=True)
    sections = [
        ("Compaction of ~1M change rows (keep 1,000 revisions) and the matcher left behind", markdown_table(
            ["backend", "entries", "log rows", "deleted", "compact s", "writer adds during", "writer p50 ms",
             "writer max ms", "behind: rebuild s", "withdrawn still indexed", "added indexed"],
            [[r["backend"], r["entries"], r["log_rows_before"], r["deleted"], r["compact_s"], r["writer_adds"],
              r["writer_p50_ms"], r["writer_max_ms"], r["behind_rebuild_s"], r["withdrawn_still_indexed"],
              r["added_indexed"]] for r in rows], [0, 0, 0, 0, 2, 0, 1, 1, 2, 0, 0])),
        ("Context", markdown_table(
            ["backend", "bulk load s", "initial build s", "RSS MB (2 matchers)", "current matcher refresh s",
             "current: how", "behind: how", "daily compact s (keep 1,000)", "daily deleted"],
            [[r["backend"], r["load_s"], r["initial_build_s"], r["rss_mb_two_matchers"], r["current_refresh_s"],
              r["current_update"], r["behind_update"], r["daily_compact_s"], r["daily_deleted"]] for r in rows],
            [0, 1, 2, 0, 3, 0, 0, 3, 0])),
    ]
    notes = [
        "compact s: the whole call (horizon transaction, then batched deletes of 20,000 rows each).",
        "writer: a thread adding one entry per transaction during the compaction; its max latency is the "
        "longest a bank write waited for compaction (the horizon transaction holds the revision lock "
        "only briefly; each delete batch is its own transaction).",
        "behind: a matcher whose revision was below the new horizon; it rebuilds from bank_entries. "
        "'withdrawn still indexed' must be 0 and 'added indexed' 1,000.",
        "current: a matcher that polled just before; its next refresh after compaction is incremental.",
    ]
    cmd = "python bench/bank_compaction.py" + (" --postgres" if args.postgres else "") + \
        (f" --entries {args.entries}" if args.entries != 1_000_000 else "")
    path = write_results(args.name, "Bank change-log compaction", sections, command=cmd, notes=notes)
    print(path)


if __name__ == "__main__":
    main()
