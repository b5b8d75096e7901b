"""What a pull costs: two instances on loopback (uvicorn in a thread each, SQLite files).

Owner A holds N random PDQ hashes in a shared bank. Partner B pulls (timed):

* ``first pull``: the snapshot of all N entries, in pages of ``--limit``, applied in one batch;
* ``idle pull``: nothing changed (one empty changes page): what a ``--every`` loop costs;
* ``withdrawals``: A withdraws ``--withdraw`` cases, B pulls them;
* ``re-sync``: A withdraws again and compacts its change log, B is behind: snapshot + delete.

Checked each time: B's mirror equals A's bank. Writes bench/results/exchange.md.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from _common import markdown_table, write_results  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,20000")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--withdraw", type=int, default=100)
    args = ap.parse_args()

    from helpers.net import ThreadedServer
    from helpers.service import make_app
    from nciiguard.banks import BankStore
    from nciiguard.banks.store import NewEntry
    from nciiguard.exchange import ShareStore, pull

    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "a").mkdir()
            app, db_a = make_app(f"sqlite:///{tmp}/a/n.db", Path(tmp) / "a")
            db_b = BankStore.open(f"sqlite:///{tmp}/b.db").db
            srv = ThreadedServer(app, log_level="warning", access_log=False).start()
            a = BankStore(db_a)
            a.create_bank("s", "pdq", "survivor")
            a.add_entries("s", [NewEntry(secrets.token_hex(32), case_id=f"c{i}") for i in range(n)])
            key, _ = ShareStore(db_a).share("s", "b")
            b = BankStore(db_b)

            def same() -> None:
                assert sorted(e.value for e in b.entries("m")) == sorted(e.value for e in a.entries("s"))

            def timed(label: str, fn) -> None:
                t0 = time.perf_counter()
                rep = fn()
                dt = time.perf_counter() - t0
                same()
                rows.append([n, label, f"{dt:.3f}", rep.pages, rep.added, rep.removed])

            go = lambda: pull(db_b, srv.url, "s", key, "m", limit=args.limit)  # noqa: E731
            timed("first pull (snapshot)", go)
            timed("idle pull", go)
            for i in range(args.withdraw):
                a.withdraw(case_id=f"c{i}")
            timed(f"{args.withdraw} withdrawals", go)
            for i in range(args.withdraw, 2 * args.withdraw):
                a.withdraw(case_id=f"c{i}")
            a.compact_changes(keep_revisions=0)
            timed(f"re-sync after compaction ({args.withdraw} withdrawn)", go)
            srv.stop()
            db_a.dispose()
            db_b.dispose()
    table = markdown_table(["entries", "pull", "seconds", "pages", "added", "removed"], rows, 0)
    write_results("exchange", "Exchange pulls over loopback", [("Pulls", table)],
                  command=f"python bench/exchange.py --sizes {args.sizes} --limit {args.limit} "
                          f"--withdraw {args.withdraw}",
                  notes=["A and B are uvicorn threads in one process on SQLite files; the machine is shared, "
                         "so read the ratios between rows rather than the absolute numbers.",
                         "Each row is one run (a pull changes the state it measures)."])


if __name__ == "__main__":
    main()
