"""The Ray engine: the same scan on Ray Data, for datasets that outgrow one machine.

The pending items (those not yet in the journal) become a Ray dataset
(``ray.data.from_items``); ``map_batches`` runs :class:`ScreenActor`, a callable class that builds
one Guard per actor in its constructor (models and banks loaded once per actor, like the local
engine's workers). Results stream back to the driver with ``iter_batches`` and are journaled per
batch (flush + fsync), so a killed Ray scan resumes exactly like a local one.

Connects to the cluster named by ``RAY_ADDRESS`` if set, else to a Ray instance already started
in this process (``ray.init(...)``), else starts a local one. On a cluster the image paths must be
readable from every node (shared storage) and the Guard's store (banks, registry) must be a
database every node reaches (PostgreSQL), not a local SQLite file.
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable, Iterable

from ..errors import NciiguardError
from ._screen import GuardSpec, error_record, screen_item
from ._shadow import record_shadow
from .checkpoint import Journal
from .sources import Item


class ScreenActor:
    """Holds one Guard; screens a batch of items into JSON records (one string column)."""

    def __init__(self, spec: GuardSpec):
        self.guard = spec.build()

    def __call__(self, batch):
        import pyarrow as pa

        # pyarrow batches keep nulls as None (numpy batches turn them into NaN).
        out = [json.dumps(screen_item(self.guard, Item.from_dict(row)), separators=(",", ":"))
               for row in batch.to_pylist()]
        record_shadow(self.guard)
        return pa.table({"record": pa.array(out, pa.string())})


def _ray():
    from .._optional import require

    return require("ray", extra="ray", feature="the Ray engine (--engine ray)")


def run_ray(items: Iterable[Item], journal: Journal, spec: GuardSpec, *, workers: int = 2,
            batch_size: int = 16, on_progress: Callable[[int], None] | None = None) -> int:
    ray = _ray()
    _ray_data = __import__("ray.data", fromlist=["data"])
    progress = on_progress or (lambda n: None)
    written = 0
    rows: list[dict[str, Any]] = []
    bad: list[dict[str, Any]] = []
    for item in items:
        if journal.done(item.id):
            continue
        if item.error is not None:
            bad.append(error_record(item, *item.error))
            continue
        row = item.to_dict()
        del row["error_code"], row["error_message"]  # pending items have none
        rows.append(row)
    if bad:
        written += journal.append(bad)
        progress(len(bad))
    if not rows:
        return written
    started_here = not ray.is_initialized()
    if started_here:
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False}
        if not os.environ.get("RAY_ADDRESS"):
            kwargs["num_cpus"] = max(workers, 1)
        ray.init(**kwargs)
    try:
        ctx = _ray_data.DataContext.get_current()
        ctx.enable_progress_bars = False  # nciiguard prints its own progress
        ds = _ray_data.from_items(rows, override_num_blocks=max(1, min(len(rows) // batch_size, 4 * workers * 8)))
        ds = ds.map_batches(ScreenActor, fn_constructor_kwargs={"spec": spec}, batch_size=batch_size,
                            compute=_ray_data.ActorPoolStrategy(size=workers), num_cpus=1, batch_format="pyarrow")
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            records = [json.loads(s) for s in batch.column("record").to_pylist()]
            written += journal.append(records)
            progress(len(records))
    except NciiguardError:
        raise
    except Exception as exc:  # noqa: BLE001 - Ray wraps actor failures in its own exception types
        raise NciiguardError(
            f"the Ray job failed ({type(exc).__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}). "
            "Finished items are saved: rerun the same command to resume") from exc
    finally:
        if started_here:
            ray.shutdown()
    return written
