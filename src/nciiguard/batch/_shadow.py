"""Shadow counts of a dataset scan (``scan-dataset --shadow PROFILE``, docs/shadow.md).

Each worker's Guard counts its own items; the worker writes them to the Guard's database (table
``shadow_counts``, surface ``cli``) after every chunk it screens, before the chunk's records go
back to the parent. So counts reach the database as the scan goes, from every engine (local
processes, in-process, Ray actors), and a worker that dies loses at most its current chunk's
counts. Counts are at least once around a kill: a chunk screened and counted but not yet journaled
is screened, and counted, again on resume.
"""

from __future__ import annotations

import logging

log = logging.getLogger("nciiguard.batch")


def record_shadow(guard) -> None:
    """Write ``guard``'s pending shadow counts to its database. Never raises: the counts stay in
    the tally for the next chunk when the write fails (the scan itself is not affected)."""
    tally = getattr(guard, "shadow_tally", None)
    if tally is None or not tally.pending():
        return
    from ..shadow import ShadowStore

    try:
        tally.flush_to(ShadowStore(guard.resources.db))
    except Exception as exc:  # noqa: BLE001 - a shadow must never stop or change the scan
        log.warning("writing shadow counts failed (kept for the next chunk): %s", type(exc).__name__)
