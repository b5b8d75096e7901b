"""What going through Guard.match (the hash_match signal and the policy) costs the batch match path.

Side by side in one process on one bank, interleaved call by call so machine load hits both alike:

* ``matcher``: what ``/v1/match`` did before issue 12: ``BankMatcher.query_many`` on hand-built
  queries, then the per-hash result dicts;
* ``Guard.match``: what it does now: ``Guard.match(hashes=...)`` (content, signal, policy, one
  Decision), the per-hash reports, reason codes and score from the Decision, the same dicts.

Both answer 1,000 PDQ hashes per call (half banked hashes with a few bits flipped, half random),
and single hashes. Bank: ``--bank-size`` random PDQ hashes in SQLite.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, median, write_results  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--bank-size", type=int, default=20000)
    ap.add_argument("--calls", type=int, default=40, help="calls of each path per batch size")
    args = ap.parse_args()

    from nciiguard import Config, Guard
    from nciiguard.banks import BankMatcher, BankStore
    from nciiguard.banks.store import NewEntry
    from nciiguard.hashing.query import QueryHashes
    from nciiguard.signals.base import Resources
    from nciiguard.signals.match.hash_match import best_match_score, match_reports, reason_codes

    tmp = Path(tempfile.mkdtemp(prefix="nciiguard-bench-guard-match-"))
    store = BankStore.open(f"sqlite:///{tmp / 'banks.db'}", actor="bench")
    rng = random.Random(7)
    banked = [f"{rng.getrandbits(256):064x}" for _ in range(args.bank_size)]
    store.create_bank("bench-pdq", "pdq", "confirmed")
    store.add_entries("bench-pdq", [NewEntry(v, "pdq", "bench-pdq") for v in banked], source="bench")
    matcher = BankMatcher(store)
    guard = Guard("ncii", config=Config(data_dir=tmp), resources=Resources(banks=matcher))

    def flip(h: str, bits: int) -> str:
        v = int(h, 16)
        for b in rng.sample(range(256), bits):
            v ^= 1 << b
        return f"{v:064x}"

    pool = [flip(rng.choice(banked), rng.randint(1, 8)) if i % 2 == 0 else f"{rng.getrandbits(256):064x}"
            for i in range(4000)]

    def old(values: list[str]):
        queries = [QueryHashes.of_hash("pdq", v, validate=False) for v in values]
        reports = matcher.query_many(queries, None, 31)
        return [{"signal_type": "pdq", "matches": [m.to_dict() for m in r.matches], "allow_listed": bool(r.allowed),
                 "low_quality": r.low_quality} for r in reports]

    def new(values: list[str]):
        d = guard.match(hashes=[QueryHashes.of_hash("pdq", v, validate=False) for v in values], max_distance=31)
        reports = match_reports(d, [f"hash[{j}]" for j in range(len(values))])
        out = [{"signal_type": "pdq", "matches": [m.to_dict() for m in r.matches], "allow_listed": bool(r.allowed),
                "low_quality": r.low_quality} for r in reports]
        by_field = reason_codes(d)
        codes = [by_field.get(f"hash[{j}]") for j in range(len(values))]
        return out, codes, best_match_score(d)

    # Same answers first.
    sample = pool[:1000]
    assert old(sample) == new(sample)[0]
    old(sample), new(sample)  # warm-up

    rows = []
    for size in (1000, 10, 1):
        t_old: list[float] = []
        t_new: list[float] = []
        for c in range(args.calls):
            start = (c * size) % (len(pool) - size)
            values = pool[start:start + size]
            for fn, times in ((old, t_old), (new, t_new)) if c % 2 == 0 else ((new, t_new), (old, t_old)):
                t = time.perf_counter()
                fn(values)
                times.append(time.perf_counter() - t)
        mo, mn = median(t_old), median(t_new)
        rows.append([f"{size:,} PDQ hashes per call", mo * 1000, mn * 1000, size / mo, size / mn, mn / mo])
        print(f"{size} hashes: matcher {mo * 1000:.2f} ms ({size / mo:,.0f}/s), Guard.match {mn * 1000:.2f} ms "
              f"({size / mn:,.0f}/s), ratio {mn / mo:.3f}")
    table = markdown_table(["call", "matcher median ms", "Guard.match median ms", "matcher hashes/s",
                            "Guard.match hashes/s", "Guard.match / matcher"], rows, [0, 2, 2, 0, 0, 3])
    path = write_results(
        "guard_match", "Batch match path: BankMatcher.query_many vs Guard.match (signal + policy)",
        [("Median time per call, interleaved", table)],
        command=f"python bench/guard_match.py --bank-size {args.bank_size} --calls {args.calls}",
        notes=[f"bank: {args.bank_size:,} random PDQ hashes (SQLite); half the queries are banked hashes with "
               "1-8 bits flipped, half random", "both paths in one process, alternating call by call; "
               "answers checked equal before timing"])
    print(f"wrote {path}")
    store.db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
