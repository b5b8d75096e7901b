"""Exact Hamming-range index over 256-bit PDQ hashes.

Why this design (details and measurements in docs/matching.md):

* **Exact.** A query returns every stored hash within ``max_distance`` bits, never an
  approximation: a missed match is a known NCII image that gets through.
* **Multi-index hashing** (Norouzi, Punjani and Fleet, "Fast search in Hamming space with
  multi-index hashing", CVPR 2012). The 256 bits are cut into 16 chunks of 16 bits. If two
  hashes differ in at most ``r`` bits, the pigeonhole principle says at least one chunk differs
  in at most ``r // 16`` bits (1 bit for the PDQ default r = 31). So each chunk is a table of
  65,536 buckets, a query probes in each table its own chunk value and the values one bit away
  (17 buckets x 16 tables), and every candidate found is verified with a full popcount. Nothing
  within ``r`` can be missed; the tables only decide how much has to be verified.
* **Small and memory-mappable.** A segment is plain ``.npy`` arrays: the packed hashes, the ids,
  one bucket-offset table per chunk and one posting list (uint32 row numbers) per chunk except
  the first: rows are stored in order of their first chunk, so table 0 addresses rows directly.
  At 10 million hashes that is about 1.0 GB on disk, opened with ``mmap_mode="r"`` in
  milliseconds; the page cache, not the process, holds it, and several replicas share it.
* **Updates without a rebuild.** ``add`` appends to a small in-memory buffer that is searched
  by brute force; a full buffer is frozen into a new segment and segments are merged by size
  tiers (log-structured, like an LSM tree), so an addition never rebuilds the big segment.
  ``remove`` takes effect at once: the buffer drops the rows, and a tombstone hides the id in
  older segments until a merge drops the rows for good. ``compact()`` merges everything.
* **Thread-safe reads.** Queries read an immutable snapshot; writers take a lock and publish
  a new snapshot, so a scan never sees a half-applied update.

Ids are int64 bank-entry ids. One id may own several hashes (for example the eight dihedral
variants of an image); a query reports each id once, at its smallest distance, and ``remove``
withdraws all hashes of the id.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..errors import InputError
from ..limits import PDQ_MATCH_DISTANCE

__all__ = [
    "HASH_BYTES",
    "DEFAULT_MAX_DISTANCE",
    "HashIndex",
    "Match",
    "as_hash_array",
    "bytes_to_hex",
    "hamming_distance",
    "pdq_bits_to_bytes",
    "pdq_hex_to_bytes",
]

HASH_BITS = 256
HASH_BYTES = HASH_BITS // 8
DEFAULT_MAX_DISTANCE = PDQ_MATCH_DISTANCE  # the PDQ authors' recommended match threshold

_CHUNKS = 16  # 16 chunks of 16 bits: one table of 65,536 buckets per chunk
_CHUNK_BITS = 16
_BUCKETS = 1 << _CHUNK_BITS
# Below this many rows a segment is scanned by brute force: building 16 tables for it would
# cost more than scanning it.
_MIH_MIN_ROWS = 32_768
# Above this per-chunk radius the number of probed buckets grows past the point where the
# tables help (137 probes per chunk at radius 2, 697 at 3); scan instead. Still exact.
_MAX_PROBE_RADIUS = 2
# A segment below _MIH_MIN_ROWS gets tables for batch queries (kept while it lives) once a batch
# of this many queries arrives: at 20,000 rows, building them costs ~60 ms, about 200 scans.
_BATCH_TABLES_MIN_QUERIES = 64
_BATCH_TABLES_MIN_ROWS = 2048
# Batch queries go through the tables together up to this per-chunk radius (PDQ distance 31);
# above it, one by one (measured: no gain at radius 2).
_BATCH_MAX_PROBE_RADIUS = 1
# Segments below this many rows pack a posting entry in 4 bytes (24-bit row, 8-bit fingerprint);
# larger ones use 8 bytes (48-bit row, 16-bit fingerprint).
_PACKED_MAX_ROWS = 1 << 24
_FORMAT = "nciiguard-pdq-index"
_FORMAT_VERSION = 2  # 2: posting entries carry a next-chunk fingerprint

# All 16-bit masks ordered by popcount: the first _N_MASKS[t] are the masks within t bits.
_MASKS = np.array(sorted(range(_BUCKETS), key=lambda m: (bin(m).count("1"), m)), dtype=np.int64)
_N_MASKS = np.cumsum([int(np.sum(np.bitwise_count(_MASKS.astype(np.uint16)) == k)) for k in range(17)])
_MASK_BITS = np.bitwise_count(_MASKS.astype(np.uint16)).astype(np.int16)
_CHUNK_BASE = (np.arange(_CHUNKS, dtype=np.int64) * _BUCKETS)[:, None]
_NEXT = np.array([(c + 1) % _CHUNKS for c in range(1, _CHUNKS)])  # ring successor of tables 1..15


# --------------------------------------------------------------------------------------------
# Input helpers


def pdq_hex_to_bytes(value: str) -> bytes:
    """Decode a PDQ hash written as 64 hexadecimal characters into 32 bytes.

    Raises :class:`~nciiguard.errors.InputError` with the reason when the text is not a hash,
    so a malformed bank import stops instead of storing something that can never match.
    """
    if not isinstance(value, str):
        raise InputError(f"a PDQ hash must be a string of 64 hex characters, got {type(value).__name__}")
    text = value.strip()
    if len(text) != 2 * HASH_BYTES:
        raise InputError(f"a PDQ hash has 64 hex characters, got {len(text)}")
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise InputError("a PDQ hash may only contain the hex characters 0-9 and a-f") from None


def bytes_to_hex(value: bytes | np.ndarray) -> str:
    """Write a 32-byte PDQ hash as 64 lowercase hexadecimal characters."""
    raw = bytes(np.asarray(value, dtype=np.uint8).reshape(-1)) if isinstance(value, np.ndarray) else bytes(value)
    if len(raw) != HASH_BYTES:
        raise InputError(f"a PDQ hash has {HASH_BYTES} bytes, got {len(raw)}")
    return raw.hex()


def pdq_bits_to_bytes(bits) -> bytes:
    """Pack the 256-entry 0/1 vector of ``pdqhash.compute`` into the 32 bytes of the reference hex.

    Bit 0 is the most significant bit of byte 0 (``np.packbits`` order): this gives the hex
    strings that Meta's C++ reference prints (checked on its dihedral test set, within the few
    bits implementations differ by), so hashes from other PDQ tools match ours.
    """
    arr = np.asarray(bits).reshape(-1)
    if arr.size != HASH_BITS:
        raise InputError(f"a PDQ hash has {HASH_BITS} bits, got {arr.size}")
    if not np.isin(arr, (0, 1)).all():
        raise InputError("PDQ hash bits must be 0 or 1")
    return np.packbits(arr.astype(np.uint8)).tobytes()


def as_hash_array(hashes) -> np.ndarray:
    """Turn hashes in any accepted form into a C-contiguous ``(n, 32)`` uint8 array.

    Accepted: an ``(n, 32)`` or ``(32,)`` uint8 array, one hash as 32 bytes or 64 hex
    characters, or a sequence of those. Anything else raises InputError.
    """
    if isinstance(hashes, np.ndarray):
        if hashes.dtype != np.uint8:
            raise InputError(f"hash arrays must have dtype uint8, got {hashes.dtype}")
        arr = hashes.reshape(1, -1) if hashes.ndim == 1 else hashes
        if arr.ndim != 2 or arr.shape[1] != HASH_BYTES:
            raise InputError(f"hash arrays must have shape (n, {HASH_BYTES}), got {hashes.shape}")
        return np.ascontiguousarray(arr)
    if isinstance(hashes, (str, bytes, bytearray, memoryview)):
        hashes = [hashes]
    if not isinstance(hashes, Iterable):
        raise InputError(f"cannot read PDQ hashes from {type(hashes).__name__}")
    rows = []
    for item in hashes:
        if isinstance(item, str):
            rows.append(pdq_hex_to_bytes(item))
        elif isinstance(item, (bytes, bytearray, memoryview)):
            if len(item) != HASH_BYTES:
                raise InputError(f"a PDQ hash has {HASH_BYTES} bytes, got {len(item)}")
            rows.append(bytes(item))
        elif isinstance(item, np.ndarray):
            rows.append(bytes(as_hash_array(item).reshape(-1)) if item.size == HASH_BYTES else b"")
            if len(rows[-1]) != HASH_BYTES:
                raise InputError(f"a PDQ hash has {HASH_BYTES} bytes, got an array of shape {item.shape}")
        else:
            raise InputError(f"cannot read a PDQ hash from {type(item).__name__}")
    if not rows:
        return np.zeros((0, HASH_BYTES), dtype=np.uint8)
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(-1, HASH_BYTES).copy()


def _as_ids(ids, n: int) -> np.ndarray:
    arr = np.asarray(ids)
    if arr.ndim == 0:
        arr = arr.reshape(1)
    if arr.ndim != 1 or arr.shape[0] != n:
        raise InputError(f"expected {n} ids, got shape {arr.shape}")
    if n and not np.issubdtype(arr.dtype, np.integer):
        raise InputError(f"ids must be integers, got dtype {arr.dtype}")
    return np.ascontiguousarray(arr, dtype=np.int64)


def _check_distance(max_distance) -> int:
    if isinstance(max_distance, bool) or not isinstance(max_distance, (int, np.integer)):
        raise InputError(f"max_distance must be an integer, got {max_distance!r}")
    if not 0 <= int(max_distance) <= HASH_BITS:
        raise InputError(f"max_distance must be between 0 and {HASH_BITS}, got {max_distance}")
    return int(max_distance)


def hamming_distance(a, b) -> int:
    """Number of differing bits between two PDQ hashes (any accepted form)."""
    x, y = as_hash_array(a), as_hash_array(b)
    if len(x) != 1 or len(y) != 1:
        raise InputError("hamming_distance compares exactly two hashes")
    return int(np.bitwise_count(np.bitwise_xor(x, y)).sum())


def _distances(words: np.ndarray, q64: np.ndarray, max_distance: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``words`` (``(k, 4)`` uint64) within ``max_distance`` of ``q64``, and their distances.

    Fast path: the four per-word popcounts (each <= 64) are summed with one multiply over a
    uint32 view; that sum is exact modulo 256, so the only false positive is a distance of
    exactly 256 (the complement), which the exact recount of the few survivors removes.
    """
    k = len(words)
    # XOR over flat arrays: broadcasting a (4,) row against (k, 4) runs numpy's inner loop
    # 4 elements at a time and is ~4x slower than tiling the query once.
    x = np.tile(q64, k)
    np.bitwise_xor(np.ascontiguousarray(words).reshape(-1), x, out=x)
    counts = np.bitwise_count(x)  # (4k,) uint8, one count per word
    approx = (counts.view(np.uint32) * np.uint32(0x01010101)) >> np.uint32(24)
    keep = np.flatnonzero(approx <= max_distance)
    if keep.size == 0:
        return keep, keep.astype(np.int32)
    exact = counts.reshape(k, 4)[keep].sum(axis=1, dtype=np.int32)
    ok = exact <= max_distance
    return keep[ok], exact[ok]


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenation of ``arange(s, s + l)`` for each (s, l), without a Python loop."""
    ends = np.cumsum(lengths)
    total = int(ends[-1]) if ends.size else 0
    if total == 0:
        return np.zeros(0, np.int64)
    return np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)


# --------------------------------------------------------------------------------------------
# Segments


@dataclass(frozen=True)
class Match:
    """One index hit: a bank-entry id and the Hamming distance of its closest hash."""

    id: int
    distance: int

    def __iter__(self):  # allows ``for id_, d in index.query(h)``
        yield self.id
        yield self.distance


class _Segment:
    """An immutable set of (hash, id) rows with its multi-index tables (or none if small).

    ``stamp`` orders the segment against tombstones: a removal recorded after the segment was
    created hides the id in it; rows merged into a newer segment are physically dropped.
    """

    __slots__ = ("hashes", "words", "ids", "offsets", "postings", "stamp", "name", "_batch_tables")

    def __init__(self, hashes, ids, offsets, postings, stamp: int, name: str):
        self.hashes = hashes
        self.words = hashes.view(np.uint64).reshape(-1, 4) if len(hashes) else np.zeros((0, 4), np.uint64)
        self.ids = ids
        self.offsets = offsets
        self.postings = postings
        self.stamp = stamp
        self.name = name
        #: A small segment's multi-index tables, built on its first large batch query (see search_many).
        self._batch_tables: "_Segment | None" = None

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, hashes: np.ndarray, ids: np.ndarray, stamp: int, *, tables: bool | None = None) -> "_Segment":
        n = len(ids)
        name = f"seg-{uuid.uuid4().hex[:12]}"
        if not tables if tables is not None else n < _MIH_MIN_ROWS:
            return cls(np.ascontiguousarray(hashes), np.ascontiguousarray(ids), None, None, stamp, name)
        # Ids are stored as int32 when they fit (bank ids usually do): 40 MB less at 10M rows.
        if n and -(2**31) <= int(ids.min()) and int(ids.max()) < 2**31:
            ids = ids.astype(np.int32)
        keys = hashes.view(np.uint16)  # (n, 16): chunk c is the c-th little-endian 16-bit word
        # Rows in order of chunk 0 so table 0 needs no posting list (saves 4 bytes per row and
        # makes its probes read contiguous rows). Stable sorts keep ties in insertion order.
        order = np.argsort(keys[:, 0], kind="stable")
        hashes = np.ascontiguousarray(hashes[order])
        ids = np.ascontiguousarray(ids[order])
        keys = hashes.view(np.uint16)
        # Address space: [0, n) are rows (table 0); [c*n, (c+1)*n) is posting list c-1.
        off_dtype = np.uint32 if _CHUNKS * n < 2**32 else np.int64
        offsets = np.empty(_CHUNKS * _BUCKETS + 1, dtype=off_dtype)
        # Posting entry = row number << fp_bits | fingerprint, where the fingerprint is the low
        # fp_bits of the NEXT chunk's value (ring order). It lets a query reject most candidates
        # from the posting list alone, before the random reads of their full hashes (see search).
        post_dtype, fp_bits = (np.uint32, 8) if n < _PACKED_MAX_ROWS else (np.uint64, 16)
        postings = np.empty((_CHUNKS - 1, n), dtype=post_dtype)
        for c in range(_CHUNKS):
            col = np.ascontiguousarray(keys[:, c])
            counts = np.bincount(col, minlength=_BUCKETS)
            start = np.cumsum(counts) - counts + c * n
            offsets[c * _BUCKETS:(c + 1) * _BUCKETS] = start
            if c:
                order = np.argsort(col, kind="stable")
                nxt = np.ascontiguousarray(keys[:, (c + 1) % _CHUNKS])  # gather from 2n bytes, not 32n
                fp = nxt[order].astype(post_dtype) & post_dtype((1 << fp_bits) - 1)
                postings[c - 1] = (order.astype(post_dtype) << post_dtype(fp_bits)) | fp
        offsets[-1] = _CHUNKS * n
        return cls(hashes, ids, offsets, postings, stamp, name)

    # -- search ------------------------------------------------------------------------------

    def search(self, q64: np.ndarray, q16: np.ndarray, max_distance: int) -> tuple[np.ndarray, np.ndarray]:
        """Row numbers within ``max_distance`` (unique) and their distances."""
        n = len(self.ids)
        if n == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        radius = max_distance // _CHUNKS
        if self.offsets is None or radius > _MAX_PROBE_RADIUS:
            return self._scan(q64, max_distance)
        n_masks = int(_N_MASKS[radius])
        masks = _MASKS[:n_masks]
        probes = ((q16.astype(np.int64)[:, None] ^ masks[None, :]) + _CHUNK_BASE).reshape(-1)
        starts = self.offsets[probes].astype(np.int64)
        lengths = self.offsets[probes + 1].astype(np.int64) - starts
        ends = np.cumsum(lengths)
        total = int(ends[-1])
        if total == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        # Concatenate the bucket ranges without a Python loop: address = start of its range
        # plus its rank inside the range.
        addr = np.arange(total, dtype=np.int64) + np.repeat(starts - (ends - lengths), lengths)
        split = int(ends[n_masks - 1])  # table 0's ranges come first and are row numbers
        entries = np.take(self.postings.reshape(-1), addr[split:] - n)
        # Pigeonring filter (Qin et al., "Pigeonring", VLDB 2018): if the 16 chunk distances
        # sum to <= r, some chunk c has d_c <= r/16 AND d_c + d_next(c) <= 2r/16. Every match
        # is therefore reachable through a table c where the probe's own distance plus the
        # fingerprint's distance (a lower bound of d_next(c)) is <= floor(2r/16); entries
        # failing that can be dropped without reading their hash. Table 0 is not filtered.
        post_dtype = entries.dtype.type
        fp_bits = 8 if entries.dtype == np.uint32 else 16
        allow = (2 * max_distance) // _CHUNKS - _MASK_BITS[:n_masks]  # per probe
        qfp = (q16[_NEXT].astype(np.int64) & ((1 << fp_bits) - 1)).astype(post_dtype)
        per_probe_q = np.repeat(qfp, n_masks)
        per_probe_allow = np.tile(allow, _CHUNKS - 1)
        tail = lengths[n_masks:]
        fp_dist = np.bitwise_count((entries ^ np.repeat(per_probe_q, tail)).astype(
            np.uint8 if fp_bits == 8 else np.uint16))
        passed = entries[fp_dist <= np.repeat(per_probe_allow, tail)] >> post_dtype(fp_bits)
        rows = np.concatenate([addr[:split], passed.astype(np.int64)])
        words = np.take(self.words, rows, axis=0)
        keep, dist = _distances(words, q64, max_distance)
        found = rows[keep]
        if found.size > 1:  # a row can be reached through several tables
            found, first = np.unique(found, return_index=True)
            dist = dist[first]
        return found, dist

    def search_many(self, q64: np.ndarray, q16: np.ndarray, max_distance: int):
        """:meth:`search` for ``Q`` queries at once (``q64`` ``(Q, 4)``, ``q16`` ``(Q, 16)``).

        Returns ``(query numbers, ids, distances)``, each (query, id) pair once. The probes of all
        queries go through the tables in a few vectorised numpy passes instead of ~20 small ones
        per query: per-call overhead, not memory, is what a single query's 0.13 ms is made of.
        A segment too small to carry tables gets them built on its first batch of at least
        ``_BATCH_TABLES_MIN_QUERIES`` queries (cached: segments are immutable); scanning it
        once per query would cost more.
        """
        nq, n = len(q64), len(self.ids)
        radius = max_distance // _CHUNKS
        tables: _Segment | None = self
        if radius > _BATCH_MAX_PROBE_RADIUS:
            tables = None  # 137 probes per chunk: the vectorised arrays outgrow the gain
        elif self.offsets is None:
            tables = self._batch_tables
            if tables is None and nq >= _BATCH_TABLES_MIN_QUERIES and n >= _BATCH_TABLES_MIN_ROWS:
                tables = self._batch_tables = _Segment.build(self.hashes, self.ids, self.stamp, tables=True)
        if n == 0 or nq == 0 or tables is None or tables.offsets is None:
            qs, ids, ds = [], [], []
            for i in range(nq):
                rows, dist = self.search(q64[i], q16[i], max_distance)
                qs.append(np.full(rows.size, i, np.int64))
                ids.append(np.asarray(self.ids[rows]).astype(np.int64))
                ds.append(dist.astype(np.int32))
            if not qs:
                return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32)
            return np.concatenate(qs), np.concatenate(ids), np.concatenate(ds)
        n_masks = int(_N_MASKS[radius])
        masks = _MASKS[:n_masks]
        probes = ((q16.astype(np.int64)[:, :, None] ^ masks[None, None, :]) + _CHUNK_BASE[None]).reshape(nq, -1)
        starts = tables.offsets[probes].astype(np.int64)
        lengths = tables.offsets[probes + 1].astype(np.int64) - starts
        # Table 0's ranges are row numbers; the other 15 tables' ranges are posting entries.
        s0, l0 = starts[:, :n_masks].reshape(-1), lengths[:, :n_masks].reshape(-1)
        s1, l1 = starts[:, n_masks:].reshape(-1), lengths[:, n_masks:].reshape(-1)
        rows0 = _ranges(s0, l0)
        q0 = np.repeat(np.repeat(np.arange(nq, dtype=np.int64), n_masks), l0)
        entries = np.take(tables.postings.reshape(-1), _ranges(s1, l1) - n)
        post_dtype = entries.dtype.type
        fp_bits = 8 if entries.dtype == np.uint32 else 16
        # The pigeonring fingerprint filter of search(), for every probe of every query.
        qfp = (q16[:, _NEXT].astype(np.int64) & ((1 << fp_bits) - 1)).astype(post_dtype)  # (Q, 15)
        per_probe_q = np.repeat(qfp.reshape(-1), n_masks)
        per_probe_allow = np.tile((2 * max_distance) // _CHUNKS - _MASK_BITS[:n_masks], nq * (_CHUNKS - 1))
        fp_dist = np.bitwise_count((entries ^ np.repeat(per_probe_q, l1)).astype(
            np.uint8 if fp_bits == 8 else np.uint16))
        keep = fp_dist <= np.repeat(per_probe_allow, l1)
        rows = np.concatenate([rows0, (entries[keep] >> post_dtype(fp_bits)).astype(np.int64)])
        qn = np.concatenate([q0, np.repeat(np.repeat(np.arange(nq, dtype=np.int64), (_CHUNKS - 1) * n_masks), l1)[keep]])
        if rows.size == 0:
            return qn, rows, np.zeros(0, np.int32)
        dist = np.bitwise_count(np.bitwise_xor(np.take(tables.words, rows, axis=0), q64[qn])).sum(axis=1, dtype=np.int32)
        ok = dist <= max_distance
        qn, rows, dist = qn[ok], rows[ok], dist[ok]
        _, first = np.unique(qn * n + rows, return_index=True)  # a row reached through several tables
        qn, rows, dist = qn[first], rows[first], dist[first]
        return qn, np.asarray(tables.ids[rows]).astype(np.int64), dist

    def _scan(self, q64: np.ndarray, max_distance: int, block: int = 1 << 20):
        out_rows, out_dist = [], []
        for lo in range(0, len(self.ids), block):
            keep, dist = _distances(self.words[lo:lo + block], q64, max_distance)
            out_rows.append(keep + lo)
            out_dist.append(dist)
        return np.concatenate(out_rows).astype(np.int64), np.concatenate(out_dist)

    # -- persistence -------------------------------------------------------------------------

    def save(self, directory: Path) -> None:
        tmp = directory.with_name(directory.name + ".tmp")
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir(parents=True)
        np.save(tmp / "hashes.npy", np.asarray(self.hashes))
        np.save(tmp / "ids.npy", np.asarray(self.ids))
        if self.offsets is not None:
            np.save(tmp / "offsets.npy", np.asarray(self.offsets))
            np.save(tmp / "postings.npy", np.asarray(self.postings))
        os.replace(tmp, directory)

    @classmethod
    def load(cls, directory: Path, stamp: int, mmap: bool) -> "_Segment":
        mode = "r" if mmap else None

        def arr(name):
            a = np.load(directory / name, mmap_mode=mode, allow_pickle=False)
            # A plain ndarray view skips np.memmap's per-operation subclass overhead.
            return a.view(np.ndarray) if isinstance(a, np.memmap) else a

        hashes, ids = arr("hashes.npy"), arr("ids.npy")
        if (hashes.dtype != np.uint8 or hashes.ndim != 2 or hashes.shape[1] != HASH_BYTES
                or ids.ndim != 1 or ids.dtype.kind != "i" or len(ids) != len(hashes)):
            raise InputError(f"index segment {directory} is damaged (hash/id arrays do not match)")
        offsets = postings = None
        if (directory / "offsets.npy").exists():
            offsets, postings = arr("offsets.npy"), arr("postings.npy")
            n = len(ids)
            if (offsets.shape != (_CHUNKS * _BUCKETS + 1,) or postings.shape != (_CHUNKS - 1, n)
                    or postings.dtype != (np.uint32 if n < _PACKED_MAX_ROWS else np.uint64) or int(offsets[-1]) != _CHUNKS * n):
                raise InputError(f"index segment {directory} is damaged (tables do not match its rows)")
        seg = cls(hashes, ids, offsets, postings, stamp, directory.name)
        return seg


@dataclass(frozen=True)
class _Snapshot:
    """What a query reads: immutable, swapped whole by writers."""

    segments: tuple[_Segment, ...]
    buf_words: np.ndarray  # (capacity, 4) uint64; rows [0, buf_n) are valid
    buf_ids: np.ndarray
    buf_n: int
    tombstones: dict = field(default_factory=dict)  # id -> stamp of its latest removal


# --------------------------------------------------------------------------------------------
# The index


class HashIndex:
    """Exact Hamming-range index over PDQ hashes with live additions and withdrawals.

    >>> idx = HashIndex()
    >>> idx.add(["f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"], [7])
    >>> idx.query("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b23")
    [Match(id=7, distance=1)]
    """

    def __init__(self, *, buffer_limit: int = 65_536, merge_ratio: float = 0.5):
        if buffer_limit < 1:
            raise InputError("buffer_limit must be at least 1")
        self.buffer_limit = int(buffer_limit)
        # A new segment is merged into the previous one while it is at least merge_ratio of its
        # size: segment sizes then grow geometrically, so there are O(log n) of them.
        self.merge_ratio = float(merge_ratio)
        self._lock = threading.RLock()
        self._stamp = 0
        self._snap = _Snapshot((), np.zeros((0, 4), np.uint64), np.zeros(0, np.int64), 0, {})

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def build(cls, hashes, ids, **kwargs) -> "HashIndex":
        """A new index holding ``hashes`` (``(n, 32)`` uint8, or hex/bytes) with ``ids``."""
        index = cls(**kwargs)
        arr = as_hash_array(hashes)
        id_arr = _as_ids(ids, len(arr))
        if len(arr):
            seg = _Segment.build(arr, id_arr, index._next_stamp())
            index._snap = _Snapshot((seg,), index._snap.buf_words, index._snap.buf_ids, 0, {})
        return index

    def _next_stamp(self) -> int:
        self._stamp += 1
        return self._stamp

    def __len__(self) -> int:
        """Stored hashes, counting rows hidden by tombstones until a merge drops them."""
        snap = self._snap
        return sum(len(s) for s in snap.segments) + snap.buf_n

    @property
    def segment_sizes(self) -> list[int]:
        return [len(s) for s in self._snap.segments]

    # -- updates -----------------------------------------------------------------------------

    def add(self, hashes, ids) -> None:
        """Add hashes with their ids. Searchable as soon as this returns; no rebuild."""
        arr = as_hash_array(hashes)
        id_arr = _as_ids(ids, len(arr))
        if not len(arr):
            return
        with self._lock:
            snap = self._snap
            n = snap.buf_n
            need = n + len(arr)
            words, bids = snap.buf_words, snap.buf_ids
            if need > len(words):
                # Grow into new arrays: readers of the old snapshot keep their own.
                cap = max(need, 2 * len(words), 1024)
                words = np.zeros((cap, 4), np.uint64)
                bids = np.zeros(cap, np.int64)
                words[:n] = snap.buf_words[:n]
                bids[:n] = snap.buf_ids[:n]
            # Rows past buf_n are invisible to existing snapshots, so writing them in place is safe.
            words[n:need] = arr.view(np.uint64).reshape(-1, 4)
            bids[n:need] = id_arr
            self._snap = _Snapshot(snap.segments, words, bids, need, snap.tombstones)
            if need >= self.buffer_limit:
                self._flush_locked()

    def remove(self, ids: Iterable[int] | int) -> int:
        """Withdraw every hash of these ids. Effective immediately; returns buffer rows dropped.

        Rows in segments are hidden by a tombstone at once and physically dropped by the next
        merge that touches them (or ``compact()``).
        """
        if isinstance(ids, (int, np.integer)):
            ids = [ids]
        raw = ids if isinstance(ids, np.ndarray) else np.asarray(list(ids))
        id_arr = np.unique(_as_ids(raw.reshape(-1), raw.size))
        if not id_arr.size:
            return 0
        with self._lock:
            snap = self._snap
            stamp = self._next_stamp()
            tomb = dict(snap.tombstones)
            if snap.segments:
                for i in id_arr.tolist():
                    tomb[i] = stamp
            live = ~np.isin(snap.buf_ids[: snap.buf_n], id_arr)
            dropped = int(snap.buf_n - live.sum())
            if dropped:
                words = np.ascontiguousarray(snap.buf_words[: snap.buf_n][live])
                bids = np.ascontiguousarray(snap.buf_ids[: snap.buf_n][live])
                self._snap = _Snapshot(snap.segments, words, bids, len(bids), tomb)
            else:
                self._snap = _Snapshot(snap.segments, snap.buf_words, snap.buf_ids, snap.buf_n, tomb)
            return dropped

    def flush(self) -> None:
        """Freeze the buffer into a segment now (``add`` does this when the buffer is full)."""
        with self._lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        snap = self._snap
        if snap.buf_n == 0:
            return
        hashes = np.ascontiguousarray(snap.buf_words[: snap.buf_n]).view(np.uint8).reshape(-1, HASH_BYTES)
        seg = _Segment.build(hashes, snap.buf_ids[: snap.buf_n].copy(), self._next_stamp())
        segments = list(snap.segments) + [seg]
        # Size-tiered merging keeps the number of segments logarithmic in the index size.
        while len(segments) > 1 and len(segments[-1]) >= self.merge_ratio * len(segments[-2]):
            b = segments.pop()
            a = segments.pop()
            segments.append(self._merge([a, b], snap.tombstones))
        self._snap = _Snapshot(tuple(segments), np.zeros((0, 4), np.uint64), np.zeros(0, np.int64), 0,
                               self._gc(snap.tombstones, segments))

    def _merge(self, parts: Sequence[_Segment], tombstones: dict) -> _Segment:
        hashes, ids = [], []
        tomb_ids = np.fromiter(tombstones.keys(), np.int64, len(tombstones))
        tomb_stamps = np.fromiter(tombstones.values(), np.int64, len(tombstones))
        order = np.argsort(tomb_ids)
        tomb_ids, tomb_stamps = tomb_ids[order], tomb_stamps[order]
        for seg in parts:
            seg_ids = np.asarray(seg.ids)
            keep = np.ones(len(seg_ids), bool)
            if tomb_ids.size:
                pos = np.clip(np.searchsorted(tomb_ids, seg_ids), 0, tomb_ids.size - 1)
                keep = ~((tomb_ids[pos] == seg_ids) & (tomb_stamps[pos] > seg.stamp))
            hashes.append(np.asarray(seg.hashes)[keep])
            ids.append(seg_ids[keep])
        return _Segment.build(np.concatenate(hashes), np.concatenate(ids), self._next_stamp())

    @staticmethod
    def _gc(tombstones: dict, segments: Sequence[_Segment]) -> dict:
        """Forget tombstones older than every segment: they can hide nothing any more."""
        if not tombstones:
            return tombstones
        oldest = min((s.stamp for s in segments), default=None)
        if oldest is None:
            return {}
        return {i: s for i, s in tombstones.items() if s > oldest}

    def purge(self, ids: Iterable[int]) -> int:
        """Physically drop the rows of ``ids`` from every segment that still holds them (hidden by
        a tombstone after :meth:`remove`), rebuilding only those segments. Returns the segments
        rebuilt. Used before saving after a withdrawal: a saved segment must not keep a withdrawn
        hash, not even in its tables (posting lists and bucket offsets spell the hash out too)."""
        arr = np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids, dtype=np.int64).reshape(-1)
        if not arr.size:
            return 0
        with self._lock:
            snap = self._snap
            rebuilt = 0
            segments = []
            for seg in snap.segments:
                if np.isin(np.asarray(seg.ids), arr).any():
                    segments.append(self._merge([seg], snap.tombstones))
                    rebuilt += 1
                else:
                    segments.append(seg)
            if rebuilt:
                segments = [seg for seg in segments if len(seg)]
                self._snap = _Snapshot(tuple(segments), snap.buf_words, snap.buf_ids, snap.buf_n,
                                       self._gc(snap.tombstones, segments))
            return rebuilt

    def compact(self) -> None:
        """Merge all segments and the buffer into one, dropping withdrawn rows for good."""
        with self._lock:
            self._flush_locked()
            snap = self._snap
            if len(snap.segments) > 1 or snap.tombstones:
                segments = (self._merge(snap.segments, snap.tombstones),) if snap.segments else ()
                self._snap = _Snapshot(segments, snap.buf_words, snap.buf_ids, 0, {})

    # -- queries -----------------------------------------------------------------------------

    def query(self, hash_, max_distance: int = DEFAULT_MAX_DISTANCE) -> list[Match]:
        """Every id with a hash within ``max_distance`` bits, closest first (ties by id)."""
        q = as_hash_array(hash_)
        if len(q) != 1:
            raise InputError(f"query takes one hash, got {len(q)}; use query_batch")
        return self._query_one(self._snap, q[0], _check_distance(max_distance))

    def query_batch(self, hashes, max_distance: int = DEFAULT_MAX_DISTANCE) -> list[list[Match]]:
        """``query`` for each hash (for example the 8 dihedral variants of an image)."""
        q = as_hash_array(hashes)
        r = _check_distance(max_distance)
        snap = self._snap  # one consistent view for the whole batch
        if len(q) < 2:
            return [self._query_one(snap, row, r) for row in q]
        # Many queries (a /v1/match batch): each segment answers all of them in one pass.
        best: list[dict[int, int]] = [{} for _ in range(len(q))]
        q64 = np.ascontiguousarray(q).view(np.uint64).reshape(-1, 4)
        q16 = np.ascontiguousarray(q).view(np.uint16).reshape(-1, 16)
        tomb = snap.tombstones
        for seg in snap.segments:
            qn, ids, dist = seg.search_many(q64, q16, r)
            for i, id_, d in zip(qn.tolist(), ids.tolist(), dist.tolist()):
                if tomb and tomb.get(id_, -1) > seg.stamp:
                    continue  # withdrawn after this segment was written
                if d < best[i].get(id_, HASH_BITS + 1):
                    best[i][id_] = d
        if snap.buf_n:
            for i in range(len(q)):
                keep, dist = _distances(snap.buf_words[: snap.buf_n], q64[i], r)
                mine = best[i]
                for id_, d in zip(snap.buf_ids[keep].tolist(), dist.tolist()):
                    if d < mine.get(id_, HASH_BITS + 1):
                        mine[id_] = d
        return [sorted((Match(i, d) for i, d in b.items()), key=lambda m: (m.distance, m.id)) for b in best]

    def query_any(self, hashes, max_distance: int = DEFAULT_MAX_DISTANCE) -> list[Match]:
        """Ids matching any of ``hashes``, each at its smallest distance over all of them."""
        best: dict[int, int] = {}
        for matches in self.query_batch(hashes, max_distance):
            for m in matches:
                if m.distance < best.get(m.id, HASH_BITS + 1):
                    best[m.id] = m.distance
        return sorted((Match(i, d) for i, d in best.items()), key=lambda m: (m.distance, m.id))

    @staticmethod
    def _query_one(snap: _Snapshot, q: np.ndarray, r: int) -> list[Match]:
        q64 = q.view(np.uint64)
        q16 = q.view(np.uint16)
        best: dict[int, int] = {}
        tomb = snap.tombstones
        for seg in snap.segments:
            rows, dist = seg.search(q64, q16, r)
            if rows.size:
                for i, d in zip(np.asarray(seg.ids[rows]).tolist(), dist.tolist()):
                    if tomb and tomb.get(i, -1) > seg.stamp:
                        continue  # withdrawn after this segment was written
                    if d < best.get(i, HASH_BITS + 1):
                        best[i] = d
        if snap.buf_n:
            keep, dist = _distances(snap.buf_words[: snap.buf_n], q64, r)
            for i, d in zip(snap.buf_ids[keep].tolist(), dist.tolist()):
                if d < best.get(i, HASH_BITS + 1):
                    best[i] = d
        return sorted((Match(i, d) for i, d in best.items()), key=lambda m: (m.distance, m.id))

    # -- persistence -------------------------------------------------------------------------

    def save(self, directory: str | os.PathLike, *, link_from: str | os.PathLike | None = None) -> None:
        """Write the index to ``directory``: one folder per segment plus ``manifest.json``.

        The buffer is frozen first. Segments are immutable, so saving again only writes the
        segments that are new; the manifest is replaced atomically, so a crash mid-save leaves
        the previous complete index in place. ``link_from``: an earlier save whose segments may be
        hard-linked instead of written again (same bytes, no copy).
        """
        path = Path(directory)
        path.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._flush_locked()
            snap = self._snap
            for seg in snap.segments:
                target = path / seg.name
                if not target.exists():
                    source = Path(link_from) / seg.name if link_from is not None else None
                    if source is not None and (source / "hashes.npy").is_file():
                        try:
                            shutil.copytree(source, target, copy_function=os.link)
                            continue
                        except OSError:
                            shutil.rmtree(target, ignore_errors=True)  # another filesystem: write it
                    seg.save(target)
            manifest = {
                "format": _FORMAT,
                "version": _FORMAT_VERSION,
                "chunks": _CHUNKS,
                "stamp": self._stamp,
                "buffer_limit": self.buffer_limit,
                "merge_ratio": self.merge_ratio,
                "segments": [{"name": s.name, "stamp": s.stamp, "rows": len(s)} for s in snap.segments],
                "tombstones": [[i, s] for i, s in snap.tombstones.items()],
            }
            tmp = path / "manifest.json.tmp"
            tmp.write_text(json.dumps(manifest))
            os.replace(tmp, path / "manifest.json")
            listed = {s.name for s in snap.segments}
            for child in path.iterdir():  # segments merged away since the last save
                if child.is_dir() and child.name.startswith("seg-") and child.name not in listed:
                    shutil.rmtree(child, ignore_errors=True)

    @classmethod
    def load(cls, directory: str | os.PathLike, mmap: bool = True) -> "HashIndex":
        """Open a saved index; with ``mmap`` the arrays are mapped, not read (fast restart)."""
        path = Path(directory)
        try:
            manifest = json.loads((path / "manifest.json").read_text())
        except FileNotFoundError:
            raise InputError(f"no index at {path} (manifest.json is missing)") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"index manifest {path / 'manifest.json'} is not valid JSON: {exc}") from None
        if manifest.get("format") != _FORMAT or manifest.get("version") != _FORMAT_VERSION:
            raise InputError(f"{path} is not a version-{_FORMAT_VERSION} {_FORMAT} directory")
        if manifest.get("chunks") != _CHUNKS:
            raise InputError(f"{path} was built with {manifest.get('chunks')} chunks, this code uses {_CHUNKS}")
        index = cls(buffer_limit=manifest["buffer_limit"], merge_ratio=manifest["merge_ratio"])
        segments = tuple(_Segment.load(path / s["name"], int(s["stamp"]), mmap) for s in manifest["segments"])
        for seg, meta in zip(segments, manifest["segments"]):
            if len(seg) != meta["rows"]:
                raise InputError(f"index segment {seg.name} has {len(seg)} rows, the manifest says {meta['rows']}")
        index._stamp = int(manifest["stamp"])
        tomb = {int(i): int(s) for i, s in manifest["tombstones"]}
        index._snap = _Snapshot(segments, np.zeros((0, 4), np.uint64), np.zeros(0, np.int64), 0, tomb)
        return index
