"""Training-data scanner: screen every caption and image of a dataset, resumably.

>>> from nciiguard.batch import scan_dataset                         # doctest: +SKIP
>>> result = scan_dataset("laion-part/", "out/", fmt="wds", workers=4)  # doctest: +SKIP
>>> result.counts                                                     # doctest: +SKIP
{'allow': 9812, 'review': 171, 'block': 9, 'error': 8}

Pieces: :mod:`~nciiguard.batch.sources` (folders, CSV / parquet, WebDataset shards),
:mod:`~nciiguard.batch.engine_local` (worker processes) or :mod:`~nciiguard.batch.engine_ray`
(Ray Data), :mod:`~nciiguard.batch.checkpoint` (the resume journal) and
:mod:`~nciiguard.batch.sinks` (``decisions.parquet``, filtered manifest, ``summary.json``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ._screen import RECORD_VERSION, GuardSpec, screen_item
from .checkpoint import Journal
from .sources import FORMATS, Item, Source, open_source

__all__ = ["FORMATS", "GuardSpec", "Item", "ScanResult", "Source", "open_source", "scan_dataset", "screen_item"]


@dataclass
class ScanResult:
    output: Path
    counts: dict[str, int]
    total: int
    resumed: int
    screened: int
    elapsed_s: float
    decisions: Path
    manifest: Path
    files: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return self.counts.get("error", 0)


def _policy_id(spec: GuardSpec) -> Any:
    """What identifies the policy in the resume fingerprint (a name, a path or a dict)."""
    policy = spec.policy
    if policy is None and spec.config is not None:
        policy = getattr(spec.config, "policy", None)
    if isinstance(policy, Path):
        return str(policy.resolve())
    if policy is None or isinstance(policy, (str, dict)):
        return policy
    return repr(policy)


def scan_dataset(source: str | Path | Source, output: str | Path, *, fmt: str = "auto",
                 caption_column: str | None = None, path_column: str | None = None,
                 engine: str = "local", workers: int = 2, chunk_size: int | None = None,
                 policy: Any = None, config: Any = None, guard_factory: Callable[[], Any] | None = None,
                 resume: bool = True, on_progress: Callable[[int], None] | None = None,
                 on_start: Callable[[int | None, int], None] | None = None, shadow: Any = None) -> ScanResult:
    """Scan a dataset into ``output``; see the module docs. Raises InputError / ConfigError for a
    source or an output that cannot be used; bad *items* become error rows instead.

    ``chunk_size`` (items per work unit and per journal write) defaults to 256 for caption-only
    sources and 16 otherwise. ``shadow``: a candidate profile decided beside the enforcing one on
    every item; its agreement counts go to the database as the scan goes (batch/_shadow.py), the
    records stay the enforcing decisions."""
    from . import sinks

    start = time.perf_counter()
    src = source if isinstance(source, Source) else open_source(
        source, fmt, caption_column=caption_column, path_column=path_column)
    spec = GuardSpec(policy=policy, config=config, factory=guard_factory, modalities=src.modalities(),
                     shadow=shadow)
    if guard_factory is None:
        # A bad profile is a start-up error here, not N worker crashes later.
        from ..policy import load_policy

        load_policy(policy if policy is not None else (config.policy if config is not None else "ncii"))
        if shadow is not None:
            load_policy(shadow)
    elif shadow is not None:
        from ..errors import InputError

        raise InputError("shadow= needs the default Guard: a guard_factory builds its own (pass shadow= to Guard)")
    if engine not in ("local", "ray"):
        from ..errors import InputError

        raise InputError(f"unknown engine {engine!r}; choose local or ray")
    if chunk_size is None:
        # Captions take milliseconds: big chunks keep the parent's per-chunk cost (IPC, one fsync)
        # from becoming the bottleneck. Images take a fraction of a second: small chunks keep
        # workers balanced and lose little on a kill.
        chunk_size = 256 if spec.modalities == frozenset({"text"}) else 16
    out = Path(output)
    fingerprint = {"source": src.describe(), "policy": _policy_id(spec), "record_version": RECORD_VERSION}
    with Journal(out, fingerprint, resume=resume) as journal:
        resumed = journal.resumed
        if on_start is not None:
            on_start(src.count(), resumed)
        if engine == "ray":
            from .engine_ray import run_ray

            screened = run_ray(src.items(), journal, spec, workers=workers, batch_size=chunk_size,
                               on_progress=on_progress)
        else:
            from .engine_local import run_local

            screened = run_local(src.items(), journal, spec, workers=workers, chunk_size=chunk_size,
                                 on_progress=on_progress)
        records = list(journal.records.values())
    decisions = sinks.write_decisions(out, records)
    manifest = sinks.write_manifest(out, src, records)
    counts = sinks.counts(records)
    elapsed = time.perf_counter() - start
    result = ScanResult(output=out, counts=counts, total=len(records), resumed=resumed, screened=screened,
                        elapsed_s=elapsed, decisions=decisions, manifest=manifest)
    sinks.write_summary(out, {"counts": counts, "total": len(records), "resumed": resumed, "screened": screened,
                              "engine": engine, "source": src.describe(), "policy": fingerprint["policy"],
                              "decisions": decisions.name, "manifest": manifest.name})
    return result
