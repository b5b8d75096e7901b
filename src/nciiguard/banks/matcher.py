"""BankMatcher: match images, videos and hashes against the banks.

* PDQ entries live in an in-memory :class:`~nciiguard.banks.index.HashIndex` (exact Hamming range
  query), one for matchable banks and one for allow-lists. An entry hashed from the image itself
  also carries centre-crop hashes (``pdq_variants``); they are indexed under the same entry id.
* MD5 / SHA-256 are looked up in the database (an indexed column): always current, no memory.
* vPDQ entries are few and compared frame by frame.

Freshness: every change to the banks bumps a revision in the database and logs the entry ids it
touched. Before each match the matcher reads the revision (one indexed row) and applies the
changes since the last one it saw, so a withdrawal made by another process stops matching on the
next query, with no rebuild. On top of that, every hit is re-read from the database before it is
reported, so a deleted entry can never be reported even between two polls.

Change-log compaction (``BankStore.compact_changes``) deletes old log rows after raising the
horizon ``bank_meta.changes_from_revision`` (H): the log is complete above H only. A matcher whose
revision is below H cannot catch up from the log (a pruned withdrawal would be missed: a
survivor's withdrawn hash still matching, or a withdrawn allow-list entry still suppressing
matches), so it rebuilds from ``bank_entries``. The horizon is read again after the log, so a
compaction that runs between the two reads is noticed too.

Allow-list: if the image as a whole (its dihedral or border-trimmed hashes) is within the allow
distance of an allow-list entry of a signal type, no match of that signal type is reported. Crop
and rotation variants are not used for the allow check, so an allow-listed picture pasted into a
corner of a banked one cannot switch the match off.

Thread-safe: queries read immutable snapshots; updates hold a lock.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
from sqlalchemy import select

from ..errors import InputError
from ..hashing.pdq import DEFAULT_QUALITY_FLOOR, DIHEDRAL_NAMES, QueryStrategy, Variant
from ..hashing.query import QueryHashes, looks_like_hash
from .index import DEFAULT_MAX_DISTANCE, HashIndex
from .models import BankChangeRow, BankEntryRow, BankMetaRow, BankRow

#: Query variants that describe the whole image (used for the allow-list check).
_WHOLE_IMAGE = frozenset(DIHEDRAL_NAMES) | {"trimmed"}
#: Above this many pending changes a rebuild is cheaper than applying them one by one.
_REBUILD_AFTER = 200_000


@dataclass(frozen=True)
class Match:
    """One bank entry the query matched."""

    bank: str
    purpose: str
    entry_id: int
    case_id: str | None
    signal_type: str
    distance: int
    query_variant: str

    def to_dict(self) -> dict[str, Any]:
        return {"bank": self.bank, "purpose": self.purpose, "entry_id": self.entry_id, "case_id": self.case_id,
                "signal_type": self.signal_type, "distance": self.distance, "query_variant": self.query_variant}


@dataclass
class MatchReport:
    """Everything a match call found out: matches, and why there may be none."""

    matches: list[Match] = field(default_factory=list)
    quality: int | None = None
    low_quality: bool = False
    #: Signal types whose matches the allow-list suppressed.
    allowed: list[str] = field(default_factory=list)
    variants: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"matches": [m.to_dict() for m in self.matches], "quality": self.quality,
                "low_quality": self.low_quality, "allow_listed": list(self.allowed), "variants": self.variants}


class BankMatcher:
    """Matches content against the banks of a :class:`~nciiguard.banks.store.BankStore`."""

    def __init__(self, store, *, quality_floor: int = DEFAULT_QUALITY_FLOOR, strategy: QueryStrategy | None = None,
                 allow_distance: int | None = None, poll_interval: float = 0.0, vpdq_percent: float = 80.0,
                 index_dir: str | Path | None = None):
        self.store = store
        self.db = store.db
        self.quality_floor = int(quality_floor)
        self.strategy = strategy or QueryStrategy()
        self.allow_distance = allow_distance
        self.poll_interval = float(poll_interval)
        self.vpdq_percent = float(vpdq_percent)
        #: Where the PDQ index is persisted (memory-mapped on start; caught up from the change log).
        self.index_dir = Path(index_dir) if index_dir is not None else None
        self._instance = ""
        #: How the PDQ index was last loaded: "database" (rebuilt) or "persisted" (index_dir).
        self.index_source: str | None = None
        #: How many times the index was built from the database, and how the last refresh updated
        #: it ("incremental", "persisted", or "rebuild: <reason>"): for monitoring and tests.
        self.rebuilds = 0
        self.last_update: str | None = None
        self._lock = threading.RLock()
        self._revision = -1
        self._last_poll = 0.0
        self._index = HashIndex()
        self._allow = HashIndex()
        self._videos: dict[int, np.ndarray] = {}
        self._allow_videos: dict[int, np.ndarray] = {}

    @classmethod
    def from_database(cls, db, **kwargs) -> "BankMatcher":
        from .store import BankStore

        return cls(BankStore(db), **kwargs)

    @classmethod
    def open(cls, url: str, **kwargs) -> "BankMatcher":
        from .store import BankStore

        return cls(BankStore.open(url), **kwargs)

    # -- keeping up with the database ------------------------------------------------------------
    @property
    def revision(self) -> int:
        return self._revision

    def refresh(self, *, force: bool = False) -> None:
        """Apply bank changes made since the last refresh (by any process)."""
        now = time.monotonic()
        if not force and self._revision >= 0 and now - self._last_poll < self.poll_interval:
            return
        removed: list[int] = []
        with self._lock:
            with self.db.session() as s:
                meta = s.execute(select(BankMetaRow.revision, BankMetaRow.instance,
                                        BankMetaRow.changes_from_revision).where(BankMetaRow.id == 1)).one()
                rev = int(meta.revision)
                self._instance = meta.instance
                self._last_poll = time.monotonic()
                if rev == self._revision:
                    return
                if self._revision < 0:
                    if self.index_dir is not None and self._load_persisted(s, rev):
                        return
                    self._rebuild(s, rev, "start")
                    if self.index_dir is not None:
                        self.save_index()
                    return
                if self._revision < int(meta.changes_from_revision):
                    self._rebuild_behind(s, rev)
                    return
                changes = self._changes(s, self._revision, rev)
                if self._horizon(s) > self._revision:  # pruned while we read: the log may have gaps
                    self._rebuild_behind(s, rev)
                    return
                if len(changes) > _REBUILD_AFTER or any(op == "bank" for op, _ in changes):
                    self._rebuild(s, rev, "many changes" if len(changes) > _REBUILD_AFTER else "bank purpose changed")
                    return
                touched = sorted({eid for _, eid in changes if eid is not None})
                removed = self._apply(s, touched)
                self._revision = rev
                self.last_update = "incremental"
        # Outside the lock: rebuilding a big segment takes seconds, and queries must not wait for
        # it (they already skip the removed entries; the index swaps in the rebuilt segment whole).
        self._purge_persisted(removed)

    def rebuild(self) -> None:
        with self._lock, self.db.session() as s:
            rev = int(s.execute(select(BankMetaRow.revision).where(BankMetaRow.id == 1)).scalar_one())
            self._rebuild(s, rev, "requested")

    @staticmethod
    def _changes(s, after: int, upto: int) -> list:
        """The logged (op, entry id) of revisions ``after < revision <= upto``."""
        return s.execute(select(BankChangeRow.op, BankChangeRow.entry_id).where(
            BankChangeRow.revision > after, BankChangeRow.revision <= upto)).all()

    @staticmethod
    def _horizon(s) -> int:
        return int(s.execute(select(BankMetaRow.changes_from_revision).where(BankMetaRow.id == 1)).scalar_one())

    def _rebuild_behind(self, s, rev: int) -> None:
        """This matcher's revision is below the change-log horizon: rebuild from the entries."""
        self._rebuild(s, rev, "behind change-log horizon")
        if self.index_dir is not None:
            self.save_index()  # else a restart would load an index just as far behind

    def _rows(self, s, ids: Sequence[int] | None, *, small_only: bool = False):
        q = select(BankEntryRow.id, BankEntryRow.signal_type, BankEntryRow.value, BankEntryRow.variants,
                   BankEntryRow.status, BankRow.purpose).join(BankRow, BankRow.id == BankEntryRow.bank_id)
        if ids is None:
            q = q.where(BankEntryRow.status == "active", BankEntryRow.signal_type.in_(("pdq", "video-pdq")))
            if small_only:  # allow-lists and videos: what a persisted index does not hold
                q = q.where((BankRow.purpose == "allow") | (BankEntryRow.signal_type == "video-pdq"))
            yield from s.execute(q.execution_options(yield_per=10_000))
            return
        for i in range(0, len(ids), 500):
            yield from s.execute(q.where(BankEntryRow.id.in_(ids[i:i + 500]))).all()

    @staticmethod
    def _hashes(value: str, variants: str | None) -> list[str]:
        out = [value]
        if variants:
            try:
                out.extend(json.loads(variants).values())
            except (ValueError, AttributeError):
                pass  # a damaged variants field must not hide the entry's own hash
        return out

    def _rebuild(self, s, rev: int, reason: str = "requested") -> None:
        hashes: list[str] = []
        ids: list[int] = []
        allow_h: list[str] = []
        allow_ids: list[int] = []
        videos: dict[int, np.ndarray] = {}
        allow_videos: dict[int, np.ndarray] = {}
        for row in self._rows(s, None):
            if row.signal_type == "pdq":
                hs = self._hashes(row.value, row.variants)
                if row.purpose == "allow":
                    allow_h.extend(hs[:1])  # allow entries: the listed hash only
                    allow_ids.append(row.id)
                else:
                    hashes.extend(hs)
                    ids.extend([row.id] * len(hs))
            else:
                arr = _video_array(row.value, self.quality_floor)
                (allow_videos if row.purpose == "allow" else videos)[row.id] = arr
        self._index = HashIndex.build(hashes, np.asarray(ids, dtype=np.int64))
        self._allow = HashIndex.build(allow_h, np.asarray(allow_ids, dtype=np.int64))
        self._videos, self._allow_videos = videos, allow_videos
        self._revision = rev
        self.index_source = "database"
        self.rebuilds += 1
        self.last_update = f"rebuild: {reason}"

    # -- persistence -------------------------------------------------------------------------------
    _STATE = "matcher.json"

    def save_index(self) -> None:
        """Write the PDQ index and the revision it reflects to ``index_dir`` (atomic manifest).

        A restart then memory-maps it and applies only the changes logged since, instead of
        reading every entry from the database.
        """
        if self.index_dir is None:
            raise InputError("this matcher has no index_dir")
        import shutil
        import uuid

        with self._lock:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            # A new directory per save, named in the state file that is swapped in last: the
            # index and the revision it reflects always go together, even with several
            # processes saving into the same place.
            name = f"pdq-{self._revision}-{uuid.uuid4().hex[:8]}"
            previous = None
            try:
                old = str(json.loads((self.index_dir / self._STATE).read_text())["index"])
                if old.startswith("pdq-") and "/" not in old and "\\" not in old:
                    previous = self.index_dir / old
            except (OSError, ValueError, KeyError, TypeError):
                pass
            self._index.save(self.index_dir / name, link_from=previous)
            state = {"format": 1, "instance": self._instance, "revision": self._revision, "index": name}
            tmp = self.index_dir / f"{self._STATE}.{uuid.uuid4().hex[:8]}.tmp"
            tmp.write_text(json.dumps(state))
            tmp.replace(self.index_dir / self._STATE)
            for child in self.index_dir.glob("pdq-*"):
                if child.name != name and child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)  # mapped files stay valid until unmapped

    def _load_persisted(self, s, rev: int) -> bool:
        try:
            state = json.loads((self.index_dir / self._STATE).read_text())
            saved = int(state["revision"])
            if state.get("format") != 1 or state.get("instance") != self._instance or saved > rev:
                return False
            if saved < self._horizon(s):
                return False  # the changes since it was saved were pruned from the log
            changes = self._changes(s, saved, rev)
            if saved < self._horizon(s):
                return False  # pruned while we read
            if len(changes) > _REBUILD_AFTER or any(op == "bank" for op, _ in changes):
                return False
            name = str(state["index"])
            if "/" in name or "\\" in name or not name.startswith("pdq-"):
                return False
            index = HashIndex.load(self.index_dir / name, mmap=True)
        except (OSError, ValueError, KeyError, TypeError, InputError):
            return False  # missing or damaged: rebuild from the database
        allow_h, allow_ids = [], []
        videos: dict[int, np.ndarray] = {}
        allow_videos: dict[int, np.ndarray] = {}
        for row in self._rows(s, None, small_only=True):
            if row.signal_type == "pdq":
                allow_h.append(row.value)
                allow_ids.append(row.id)
            else:
                (allow_videos if row.purpose == "allow" else videos)[row.id] = _video_array(row.value, self.quality_floor)
        self._index = index
        self._allow = HashIndex.build(allow_h, np.asarray(allow_ids, dtype=np.int64))
        self._videos, self._allow_videos = videos, allow_videos
        touched = sorted({eid for _, eid in changes if eid is not None})
        removed = self._apply(s, touched)
        self._revision = rev
        self.index_source = "persisted"
        self.last_update = "persisted"
        self._purge_persisted(removed)
        return True

    def _purge_persisted(self, removed: list[int]) -> None:
        """Withdrawn entries must leave the index files too, not only the index in memory.

        The saved segments hold the hashes (and their tables spell them out), so a segment that
        holds a removed entry is rebuilt without it and the index is saved again (unchanged
        segments are hard-linked, not rewritten); the old files are deleted. Costs a rebuild of
        the affected segments per withdrawal, which is rare; matching goes on meanwhile on the
        in-memory index, where the entry is already hidden.
        """
        if self.index_dir is None or not removed:
            return
        if self._index.purge(removed):
            self.save_index()

    def _apply(self, s, touched: list[int]) -> list[int]:
        """Re-read the touched entries; returns the ids no longer matchable (deleted or inactive)."""
        if not touched:
            return []
        self._index.remove(touched)
        self._allow.remove(touched)
        videos = {k: v for k, v in self._videos.items() if k not in set(touched)}
        allow_videos = {k: v for k, v in self._allow_videos.items() if k not in set(touched)}
        live: set[int] = set()
        for row in self._rows(s, touched):
            if row.status != "active":
                continue
            live.add(row.id)
            if row.signal_type == "pdq":
                if row.purpose == "allow":
                    self._allow.add([row.value], [row.id])
                else:
                    hs = self._hashes(row.value, row.variants)
                    self._index.add(hs, [row.id] * len(hs))
            elif row.signal_type == "video-pdq":
                (allow_videos if row.purpose == "allow" else videos)[row.id] = _video_array(row.value, self.quality_floor)
        self._videos, self._allow_videos = videos, allow_videos
        return [i for i in touched if i not in live]

    # -- matching --------------------------------------------------------------------------------
    def match(self, item, banks: str | Iterable[str] | None = None, max_distance: int = DEFAULT_MAX_DISTANCE,
              *, signal_type: str | None = None) -> list[Match]:
        """Matches of ``item`` (an image in any form, a DecodedImage, a HashRecord, a hash string
        like ``"pdq:<hex>"`` or a bare hex hash) in ``banks`` (default: all but allow-lists)."""
        return self.query(item, banks, max_distance, signal_type=signal_type).matches

    def query(self, item, banks: str | Iterable[str] | None = None, max_distance: int = DEFAULT_MAX_DISTANCE,
              *, signal_type: str | None = None) -> MatchReport:
        """Like :meth:`match`, with the query's quality and any allow-list suppression."""
        if isinstance(max_distance, bool) or not isinstance(max_distance, int) or not 0 <= max_distance <= 128:
            raise InputError(f"max_distance must be an integer from 0 to 128, got {max_distance!r}")
        q = self._prepare(item, signal_type)
        return self.query_prepared(q, banks, max_distance)

    def query_prepared(self, q: QueryHashes, banks=None, max_distance: int = DEFAULT_MAX_DISTANCE) -> MatchReport:
        self.refresh()
        wanted = {banks} if isinstance(banks, str) else (set(banks) if banks is not None else None)
        report = MatchReport(quality=q.quality, variants=len(q.pdq))
        hits: dict[int, tuple[int, str, str]] = {}  # entry id -> (distance, variant, signal type)
        if q.pdq:
            # A flat picture is not matched at all, even if one of its crops has some detail.
            whole_ok = q.quality is None or q.quality >= self.quality_floor
            usable = [v for v in q.pdq if v.quality >= self.quality_floor] if whole_ok else []
            if not usable:
                report.low_quality = True
            else:
                allow_d = self.allow_distance if self.allow_distance is not None else max_distance
                whole = [v for v in usable if v.name in _WHOLE_IMAGE] or usable[:1]
                # The lock makes a lookup wait for an update in progress (an entry re-indexed
                # after a status change is briefly out of the index); lookups take microseconds.
                with self._lock:
                    allow_hits = self._allow.query_batch([v.hex for v in whole], allow_d) if len(self._allow) else []
                    found_lists = [] if any(allow_hits) else self._index.query_batch([v.hex for v in usable], max_distance)
                if any(allow_hits):
                    report.allowed.append("pdq")
                else:
                    for v, found in zip(usable, found_lists):
                        for m in found:
                            if m.id not in hits or m.distance < hits[m.id][0]:
                                hits[m.id] = (m.distance, v.name, "pdq")
        if q.vpdq is not None:
            arr = _video_array(q.vpdq, self.quality_floor)
            if len(arr) == 0:
                report.low_quality = True
            else:
                from ..hashing.video import match_percent

                allowed = any(min(match_percent(arr, t, max_distance)) >= self.vpdq_percent
                              for t in self._allow_videos.values())
                if allowed:
                    report.allowed.append("video-pdq")
                else:
                    for eid, t in self._videos.items():
                        a, b = match_percent(arr, t, max_distance)
                        if min(a, b) >= self.vpdq_percent:
                            hits[eid] = (int(round(100 - min(a, b))), "frames", "video-pdq")
        matches = self._resolve(hits, wanted)
        if q.exact:
            matches += self._exact(q.exact, wanted, report)
        matches.sort(key=lambda m: (m.distance, m.entry_id))
        report.matches = matches
        return report

    def query_many(self, queries: Sequence[QueryHashes], banks=None,
                   max_distance: int = DEFAULT_MAX_DISTANCE) -> list[MatchReport]:
        """:meth:`query_prepared` for many queries in one pass (the batch ``/v1/match``).

        One freshness check, one allow-list and one index lookup for all PDQ hashes, one database
        read to re-check every hit and one for all file hashes, instead of one of each per query.
        Answers are in the order of ``queries`` and equal to calling :meth:`query_prepared` on each.
        """
        if isinstance(max_distance, bool) or not isinstance(max_distance, int) or not 0 <= max_distance <= 128:
            raise InputError(f"max_distance must be an integer from 0 to 128, got {max_distance!r}")
        if len(queries) <= 1 or any(q.vpdq is not None for q in queries):
            # Videos are few and compared frame by frame: nothing to share between queries.
            return [self.query_prepared(q, banks, max_distance) for q in queries]
        self.refresh()
        wanted = {banks} if isinstance(banks, str) else (set(banks) if banks is not None else None)
        reports = [MatchReport(quality=q.quality, variants=len(q.pdq)) for q in queries]
        hits: list[dict[int, tuple[int, str, str]]] = [{} for _ in queries]
        usable_of: list[list[Variant]] = []
        whole_of: list[list[Variant]] = []
        for q, report in zip(queries, reports):
            usable: list[Variant] = []
            if q.pdq:
                whole_ok = q.quality is None or q.quality >= self.quality_floor
                usable = [v for v in q.pdq if v.quality >= self.quality_floor] if whole_ok else []
                if not usable:
                    report.low_quality = True
            usable_of.append(usable)
            whole_of.append([v for v in usable if v.name in _WHOLE_IMAGE] or usable[:1])
        allow_d = self.allow_distance if self.allow_distance is not None else max_distance
        flat_whole = [(i, v.hex) for i, vs in enumerate(whole_of) for v in vs]
        with self._lock:
            allowed_q: set[int] = set()
            if flat_whole and len(self._allow):
                for (i, _), found in zip(flat_whole, self._allow.query_batch([h for _, h in flat_whole], allow_d)):
                    if found:
                        allowed_q.add(i)
            flat = [(i, v) for i, vs in enumerate(usable_of) if i not in allowed_q for v in vs]
            found_lists = self._index.query_batch([v.hex for _, v in flat], max_distance) if flat else []
        for i in allowed_q:
            reports[i].allowed.append("pdq")
        for (i, v), found in zip(flat, found_lists):
            mine = hits[i]
            for m in found:
                if m.id not in mine or m.distance < mine[m.id][0]:
                    mine[m.id] = (m.distance, v.name, "pdq")
        live = self._live_entries({eid for h in hits for eid in h}, wanted)
        exact = self._exact_many([q.exact for q in queries], wanted)
        for i, report in enumerate(reports):
            matches = [Match(live[eid][0], live[eid][1], eid, live[eid][2], st, d, variant)
                       for eid, (d, variant, st) in hits[i].items() if eid in live]
            ex_matches, ex_allowed = exact[i]
            matches += ex_matches
            report.allowed.extend(ex_allowed)
            matches.sort(key=lambda m: (m.distance, m.entry_id))
            report.matches = matches
        return reports

    def _live_entries(self, ids: set[int], wanted: set[str] | None) -> dict[int, tuple[str, str, str | None]]:
        """entry id -> (bank, purpose, case id) for the live, active, matchable entries among ``ids``."""
        out: dict[int, tuple[str, str, str | None]] = {}
        if not ids:
            return out
        order = sorted(ids)
        with self.db.session() as s:
            for i in range(0, len(order), 500):
                rows = s.execute(select(BankEntryRow.id, BankEntryRow.case_id, BankEntryRow.status, BankRow.name,
                                        BankRow.purpose).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                    BankEntryRow.id.in_(order[i:i + 500]))).all()
                for r in rows:
                    if r.status != "active" or r.purpose == "allow":
                        continue
                    if wanted is not None and r.name not in wanted:
                        continue
                    out[r.id] = (r.name, r.purpose, r.case_id)
        return out

    def _exact_many(self, per_query: list[list[tuple[str, str]]], wanted: set[str] | None):
        """:meth:`_exact` for many queries with one database read per 500 distinct values."""
        out: list[tuple[list[Match], list[str]]] = [([], []) for _ in per_query]
        pairs = sorted({pair for values in per_query for pair in values})
        if not pairs:
            return out
        rows_by: dict[tuple[str, str], list] = {}
        with self.db.session() as s:
            for i in range(0, len(pairs), 500):
                chunk = pairs[i:i + 500]
                rows = s.execute(select(BankEntryRow.id, BankEntryRow.case_id, BankEntryRow.status,
                                        BankEntryRow.signal_type, BankEntryRow.value, BankRow.name,
                                        BankRow.purpose).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                    BankEntryRow.value.in_({v for _, v in chunk}),
                    BankEntryRow.signal_type.in_({st for st, _ in chunk}))).all()
                for r in rows:
                    rows_by.setdefault((r.signal_type, r.value), []).append(r)
        for (matches, allowed), values in zip(out, per_query):
            for st, value in values:
                live = [r for r in rows_by.get((st, value), ()) if r.status == "active"]
                if any(r.purpose == "allow" for r in live):
                    allowed.append(st)
                    continue
                for r in sorted(live, key=lambda r: r.id):
                    if wanted is None or r.name in wanted:
                        matches.append(Match(r.name, r.purpose, r.id, r.case_id, st, 0, "file"))
        return out

    def _resolve(self, hits: dict[int, tuple[int, str, str]], wanted: set[str] | None) -> list[Match]:
        """Re-read hit entries from the database: only live, active, matchable entries count."""
        live = self._live_entries(set(hits), wanted)
        return [Match(name, purpose, eid, case_id, hits[eid][2], hits[eid][0], hits[eid][1])
                for eid, (name, purpose, case_id) in live.items()]

    def _exact(self, values: list[tuple[str, str]], wanted: set[str] | None, report: MatchReport) -> list[Match]:
        out = []
        with self.db.session() as s:
            for st, value in values:
                rows = s.execute(select(BankEntryRow.id, BankEntryRow.case_id, BankEntryRow.status, BankRow.name,
                                        BankRow.purpose).join(BankRow, BankRow.id == BankEntryRow.bank_id).where(
                    BankEntryRow.signal_type == st, BankEntryRow.value == value)).all()
                live = [r for r in rows if r.status == "active"]
                if any(r.purpose == "allow" for r in live):
                    report.allowed.append(st)
                    continue
                for r in live:
                    if wanted is None or r.name in wanted:
                        out.append(Match(r.name, r.purpose, r.id, r.case_id, st, 0, "file"))
        return out

    # -- turning inputs into hashes ----------------------------------------------------------------
    def prepare_image(self, decoded) -> QueryHashes:
        """Hashes of a DecodedImage (computed once; the hash_match signal shares them per scan)."""
        return QueryHashes.of_image(decoded, self.strategy)

    def _prepare(self, item, signal_type: str | None) -> QueryHashes:
        from ..hashing.records import VIDEO_SUFFIXES, HashRecord
        from ..imaging import DecodedImage, decode_image

        if isinstance(item, QueryHashes):
            return item
        if isinstance(item, HashRecord):
            return QueryHashes.of_record(item)
        if isinstance(item, DecodedImage):
            return self.prepare_image(item)
        if isinstance(item, str) and (signal_type is not None or looks_like_hash(item)):
            return QueryHashes.of_text(item, signal_type)
        if isinstance(item, (str, Path)) and Path(item).suffix.lower() in VIDEO_SUFFIXES:
            from ..hashing.records import hash_file

            return self._prepare(hash_file(item), None)
        return self.prepare_image(decode_image(item))


def _video_array(value: str, quality_floor: int) -> np.ndarray:
    from ..hashing.video import frames_array, parse_vpdq

    return frames_array(parse_vpdq(value), quality_floor)
