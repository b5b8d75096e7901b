"""``nciiguard scan-dataset``: screen a training set (captions and images), resumably.

Writes ``decisions.parquet``, a filtered manifest of the allowed items and ``summary.json`` into
``--output``. Kill it (even with ``kill -9``) and run the same command again: it finishes without
redoing finished items. Exit code 1 when some items could not be screened (error rows).
"""

from __future__ import annotations

import argparse
import time

from ._config import load_config
from ._exit import EXIT_ITEM_ERRORS, EXIT_OK
from ._records import Progress, summarise
from .shadow import add_shadow_argument


def register(sub) -> None:
    p = sub.add_parser("scan-dataset", help="screen a dataset's captions and images into decisions + a filtered manifest")
    p.add_argument("source", metavar="SOURCE",
                   help="image folder, CSV or parquet file, WebDataset .tar shard, directory or glob of shards")
    p.add_argument("--output", "-o", required=True, metavar="DIR", help="output directory (created)")
    p.add_argument("--format", dest="fmt", default="auto", choices=["auto", "folder", "csv", "parquet", "wds"],
                   help="source format (default: from the name)")
    p.add_argument("--caption-column", default=None, metavar="C", help="caption column of a CSV/parquet source")
    p.add_argument("--path-column", default=None, metavar="P",
                   help="image path column of a CSV/parquet source (paths relative to the file's directory)")
    p.add_argument("--engine", default="local", choices=["local", "ray"], help="local worker processes or Ray Data")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="worker processes / Ray actors (default 2; 0 = screen in this process, local only)")
    p.add_argument("--chunk-size", type=int, default=None, metavar="K",
                   help="items per work unit and per journal write (default: 256 for caption-only sources, else 16)")
    p.add_argument("--policy", default=None, help="profile name or YAML path (default: ncii)")
    p.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="continue the scan already in DIR (default); --no-resume discards it and starts over")
    p.add_argument("--progress", action="store_true", default=None, help="force the progress bar on")
    add_shadow_argument(p)
    p.set_defaults(func=_scan_dataset)


def _scan_dataset(args) -> int:
    from ..batch import scan_dataset
    from ..errors import InputError

    if args.workers < 0 or args.workers > 256:
        raise InputError("--workers must be between 0 and 256")
    if args.chunk_size is not None and not 1 <= args.chunk_size <= 10_000:
        raise InputError("--chunk-size must be between 1 and 10000")
    if args.engine == "ray" and args.workers == 0:
        raise InputError("--engine ray needs --workers >= 1")
    config = load_config(args)
    bar: dict[str, Progress] = {}

    def on_start(total, resumed) -> None:
        todo = f"{total} items" if total is not None else "items"
        extra = f", {resumed} already done (resuming)" if resumed else ""
        print(f"nciiguard: scanning {todo} with the {args.engine} engine, {args.workers} workers{extra}",
              file=args.stderr)
        bar["p"] = Progress(None if total is None else max(total - resumed, 0), "scanning dataset",
                            args.stderr, args.progress)

    start = time.perf_counter()
    ticker = _Ticker(args.stderr, quiet=bool(args.progress) or bool(getattr(args.stderr, "isatty", lambda: False)()))

    def on_progress(n: int) -> None:
        if "p" in bar:
            bar["p"].update(n)
        ticker.update(n)

    try:
        result = scan_dataset(
            args.source, args.output, fmt=args.fmt, caption_column=args.caption_column,
            path_column=args.path_column, engine=args.engine, workers=args.workers,
            chunk_size=args.chunk_size, policy=args.policy, config=config, resume=args.resume,
            on_progress=on_progress, on_start=on_start, shadow=args.shadow)
    finally:
        if "p" in bar:
            bar["p"].close()
    summarise(result.counts, args.stderr, time.perf_counter() - start, "items")
    if result.resumed:
        print(f"nciiguard: {result.resumed} items came from the earlier run, {result.screened} screened now",
              file=args.stderr)
    print(f"nciiguard: decisions: {result.decisions}", file=args.stderr)
    print(f"nciiguard: manifest of allowed items: {result.manifest}", file=args.stderr)
    if args.shadow:
        print(f"nciiguard: shadow {args.shadow}: counts recorded as the scan went (`nciiguard shadow report`)",
              file=args.stderr)
    if result.errors:
        print(f"nciiguard: {result.errors} items could not be screened (see error_code in {result.decisions.name})",
              file=args.stderr)
    return EXIT_ITEM_ERRORS if result.errors else EXIT_OK


class _Ticker:
    """Without a progress bar (stderr is a log file, not a terminal), a plain line now and then."""

    def __init__(self, stream, *, quiet: bool, every_s: float = 15.0):
        self.stream, self.quiet, self.every_s = stream, quiet, every_s
        self.done = 0
        self.start = self.last = time.perf_counter()

    def update(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if not self.quiet and now - self.last >= self.every_s:
            self.last = now
            rate = self.done / (now - self.start)
            print(f"nciiguard: {self.done} items screened ({rate:.1f}/s)", file=self.stream, flush=True)
