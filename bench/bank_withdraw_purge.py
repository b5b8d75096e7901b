"""What a withdrawal costs a matcher with a persisted index: the segment that held the entry is
rebuilt without it and the index saved again (issue 11 item 5: a withdrawn hash must not stay in
``index/.../hashes.npy`` or the tables that spell it out).

For each size N: an index of N random PDQ hashes (one big segment) plus 5,000 later additions (a
small segment), saved. Then, timed side by side in one run (median of ``--repeat``):

* ``purge big``: remove one id of the big segment, ``purge`` it (rebuild that segment) and save
  into a new directory, hard-linking the unchanged segment (what ``BankMatcher`` does);
* ``purge small``: the same for an id of the small segment (the big one is only hard-linked);
* ``full save``: saving the whole index into a new directory without hard links (the cost before,
  paid at every start-up rebuild).

Checked each time: the withdrawn hash is in no file of the new directory. Pure index work, no
database. Writes bench/results/bank_withdraw_purge.md.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import markdown_table, median, single_thread, write_results  # noqa: E402

single_thread()

import numpy as np  # noqa: E402

from nciiguard.banks.index import HashIndex  # noqa: E402


def _holds(root: Path, raw: bytes) -> bool:
    return any(raw in f.read_bytes() for f in root.rglob("*") if f.is_file())


def run(n: int, repeat: int, seed: int) -> dict:
    rng = np.random.default_rng(seed)
    hashes = rng.integers(0, 256, size=(n, 32), dtype=np.uint8)
    extra = rng.integers(0, 256, size=(5000, 32), dtype=np.uint8)
    t_big, t_small, t_full = [], [], []
    with tempfile.TemporaryDirectory(prefix="nciiguard-bench-purge-") as tmp:
        root = Path(tmp)
        for r in range(repeat):
            for kind in ("big", "small", "full"):
                idx = HashIndex.build(hashes, np.arange(n, dtype=np.int64))
                idx.add(extra, np.arange(n, n + 5000, dtype=np.int64))
                base = root / f"base-{r}-{kind}"
                idx.save(base)
                target = root / f"new-{r}-{kind}"
                if kind == "full":
                    t0 = time.perf_counter()
                    idx.save(target)
                    t_full.append(time.perf_counter() - t0)
                else:
                    victim = 17 if kind == "big" else n + 17
                    raw = (hashes[17] if kind == "big" else extra[17]).tobytes()
                    t0 = time.perf_counter()
                    idx.remove([victim])
                    idx.purge([victim])
                    idx.save(target, link_from=base)
                    (t_big if kind == "big" else t_small).append(time.perf_counter() - t0)
                    assert not _holds(target, raw), "withdrawn hash still in the saved index"
                shutil.rmtree(base)
                shutil.rmtree(target)
    return {"n": n, "big": median(t_big), "small": median(t_small), "full": median(t_full)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rows = []
    for n in [int(x) for x in args.sizes.split(",")]:
        rows.append(run(n, args.repeat, args.seed))
        print(rows[-1], flush=True)
    sections = [("Withdrawal from a persisted PDQ index (median seconds)", markdown_table(
        ["entries", "purge big segment + save", "purge small segment + save", "full save (no links)",
         "big / full"],
        [[f"{r['n']:,}", r["big"], r["small"], r["full"], r["big"] / r["full"]] for r in rows],
        [0, 3, 3, 3, 1]))]
    notes = ["purge: HashIndex.remove + purge + save(link_from=previous); the unchanged segment is hard-linked.",
             "Every run checks that the withdrawn hash is in no file of the new index directory.",
             "Single thread (bench/_common.single_thread); the 2-core VM is shared, so absolute times are a ceiling."]
    cmd = "python bench/bank_withdraw_purge.py" + (f" --sizes {args.sizes}" if args.sizes != "100000,1000000" else "")
    print(write_results("bank_withdraw_purge", "Withdrawal purge of the persisted index", sections, command=cmd,
                        notes=notes))


if __name__ == "__main__":
    main()
