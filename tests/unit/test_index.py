"""The PDQ match index must be exact: every hash within the distance, nothing beyond it.

Brute force over the same rows is the reference everywhere. Sizes are chosen so that both
code paths run: segments under ``_MIH_MIN_ROWS`` rows are scanned, larger ones use the
multi-index tables; tests that need the tables use ``big`` (40,000 rows).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.threads import threads_running
from nciiguard.banks import index as index_mod
from nciiguard.banks.index import (
    HashIndex,
    Match,
    as_hash_array,
    bytes_to_hex,
    hamming_distance,
    pdq_bits_to_bytes,
    pdq_hex_to_bytes,
)
from nciiguard.errors import InputError

# A reference hash printed by Meta's C++ PDQ for bridge-1-original.jpg
# (facebook/ThreatExchange pdq/cpp/bin/README.md, BSD licence).
BRIDGE = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"


def brute(hashes: np.ndarray, ids: np.ndarray, q: np.ndarray, r: int) -> list[tuple[int, int]]:
    d = np.unpackbits(np.bitwise_xor(hashes, q), axis=1).sum(axis=1)
    best: dict[int, int] = {}
    for i, dist in zip(ids[d <= r].tolist(), d[d <= r].tolist()):
        best[i] = min(dist, best.get(i, 999))
    return sorted(best.items(), key=lambda kv: (kv[1], kv[0]))


def flip(h: np.ndarray, bits) -> np.ndarray:
    out = np.unpackbits(h.copy())
    out[list(bits)] ^= 1
    return np.packbits(out)


def correlated(rng: np.random.Generator, n: int) -> np.ndarray:
    """Hashes with strongly biased and correlated bits: clustered around 20 centres, with bits
    set by a shared low-dimensional latent, so many 16-bit chunks collide (crowded buckets)."""
    centres = rng.integers(0, 256, (20, 32), dtype=np.uint8)
    base = np.unpackbits(centres[rng.integers(0, 20, n)], axis=1)
    latent = rng.standard_normal((n, 4))
    mix = rng.standard_normal((4, 256))
    noise = (latent @ mix + rng.standard_normal((n, 256)) * 2.0) > 2.5
    return np.packbits(base ^ noise.astype(np.uint8), axis=1)


@pytest.fixture(scope="module")
def big():
    rng = np.random.default_rng(11)
    n = 40_000
    hashes = np.concatenate([rng.integers(0, 256, (n // 2, 32), dtype=np.uint8), correlated(rng, n // 2)])
    ids = rng.permutation(n).astype(np.int64) * 7 + 3
    return hashes, ids, HashIndex.build(hashes, ids)


# --------------------------------------------------------------------------------------------
# Exactness


def test_big_index_uses_the_tables(big):
    _, _, idx = big
    seg = idx._snap.segments[0]
    assert seg.offsets is not None and seg.postings.shape == (15, 40_000)


@pytest.mark.parametrize("k", [0, 1, 2, 10, 15, 16, 17, 30, 31, 32, 33, 40])
def test_edits_at_every_distance_around_the_threshold(big, k):
    hashes, ids, idx = big
    rng = np.random.default_rng(k)
    for row in rng.choice(len(hashes), 10, replace=False):
        q = flip(hashes[row], rng.choice(256, k, replace=False))
        got = idx.query(q)
        assert [tuple(m) for m in got] == brute(hashes, ids, q, 31)
        assert (ids[row] in {m.id for m in got}) == (k <= 31)


def test_adversarial_edit_spreads_bits_so_only_one_chunk_is_close(big):
    """31 flips placed 2 per chunk in 15 chunks and 1 in the last: the hardest case for the
    pigeonhole (exactly one table can find it) must still be found."""
    hashes, ids, idx = big
    for row in (0, 25_000):
        for last in range(16):
            bits = []
            for c in range(16):
                n_flip = 1 if c == last else 2
                bits += [c * 16 + b for b in range(n_flip)]
            q = flip(hashes[row], bits)
            assert hamming_distance(q, hashes[row]) == 31
            assert ids[row] in {m.id for m in idx.query(q)}
            q2 = flip(q, [last * 16 + 15])  # 32 bits: must not match any more
            assert ids[row] not in {m.id for m in idx.query(q2)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=st.integers(0, 39_999), bits=st.sets(st.integers(0, 255), max_size=48),
       r=st.sampled_from([0, 8, 15, 16, 31, 32, 47, 48, 64]))
def test_hypothesis_matches_brute_force(big, row, bits, r):
    hashes, ids, idx = big
    q = flip(hashes[row], sorted(bits))
    assert [tuple(m) for m in idx.query(q, max_distance=r)] == brute(hashes, ids, q, r)


def test_fresh_random_queries_match_brute_force(big):
    hashes, ids, idx = big
    rng = np.random.default_rng(5)
    queries = np.concatenate([rng.integers(0, 256, (30, 32), dtype=np.uint8), correlated(rng, 30)])
    for q in queries:
        for r in (31, 60):
            assert [tuple(m) for m in idx.query(q, r)] == brute(hashes, ids, q, r)


def test_whole_range_of_distances_including_complement():
    rng = np.random.default_rng(3)
    h = rng.integers(0, 256, (5, 32), dtype=np.uint8)
    idx = HashIndex.build(h, np.arange(5))
    comp = np.bitwise_not(h[0])
    assert idx.query(comp, 255) == [m for m in idx.query(comp, 255) if m.id != 0]
    assert Match(0, 256) in idx.query(comp, 256)
    assert idx.query(h[2], 0) == [Match(2, 0)]


def test_distance_kernel_has_no_wraparound_false_positive():
    """The fast popcount sums modulo 256: a complement (distance 256) must not read as 0."""
    words = np.full((3, 4), np.uint64(2**64 - 1))
    keep, dist = index_mod._distances(words, np.zeros(4, np.uint64), 31)
    assert keep.size == 0 and dist.size == 0


# --------------------------------------------------------------------------------------------
# Additions and withdrawals


def test_add_is_searchable_at_once_and_remove_is_immediate(big):
    hashes, ids, _ = big
    idx = HashIndex.build(hashes, ids, buffer_limit=1_000)
    rng = np.random.default_rng(9)
    new = rng.integers(0, 256, (10, 32), dtype=np.uint8)
    idx.add(new, np.arange(10) + 10**9)
    assert idx.query(new[4])[0] == Match(10**9 + 4, 0)
    victim = int(ids[123])
    assert victim in {m.id for m in idx.query(hashes[123])}
    idx.remove([victim, 10**9 + 4])
    assert victim not in {m.id for m in idx.query(hashes[123])}
    assert all(m.id != 10**9 + 4 for m in idx.query(new[4]))
    # Still hidden after merges and compaction, which drop the rows for good.
    idx.add(rng.integers(0, 256, (2_000, 32), dtype=np.uint8), np.arange(2_000) + 2 * 10**9)
    assert victim not in {m.id for m in idx.query(hashes[123])}
    before = len(idx)
    idx.compact()
    assert len(idx) == before - 1 and idx.segment_sizes == [before - 1]
    assert victim not in {m.id for m in idx.query(hashes[123])}
    assert idx._snap.tombstones == {}


def test_readding_a_withdrawn_id_makes_only_the_new_hash_live():
    rng = np.random.default_rng(2)
    h = rng.integers(0, 256, (40_000, 32), dtype=np.uint8)
    idx = HashIndex.build(h, np.arange(40_000))
    idx.remove(7)
    idx.add(h[8], [7])  # id 7 now owns row 8's hash
    assert [m.id for m in idx.query(h[7])] == []
    assert {m.id for m in idx.query(h[8])} == {7, 8}
    idx.flush()
    assert [m.id for m in idx.query(h[7])] == []
    idx.compact()
    assert [m.id for m in idx.query(h[7])] == [] and {m.id for m in idx.query(h[8])} == {7, 8}


def test_merges_keep_segment_count_logarithmic_and_results_exact():
    rng = np.random.default_rng(4)
    idx = HashIndex(buffer_limit=500)
    all_h, all_i = [], []
    for step in range(40):
        h = rng.integers(0, 256, (300, 32), dtype=np.uint8)
        i = np.arange(300) + step * 300
        idx.add(h, i)
        all_h.append(h)
        all_i.append(i)
    assert len(idx) == 12_000
    assert len(idx.segment_sizes) <= 8
    hashes, ids = np.concatenate(all_h), np.concatenate(all_i)
    for row in rng.choice(12_000, 20, replace=False):
        q = flip(hashes[row], rng.choice(256, 25, replace=False))
        assert [tuple(m) for m in idx.query(q)] == brute(hashes, ids, q, 31)


def test_duplicate_ids_and_duplicate_hashes_report_each_id_once_at_its_best_distance():
    rng = np.random.default_rng(6)
    h = rng.integers(0, 256, (3, 32), dtype=np.uint8)
    near = flip(h[0], [1, 2, 3])
    idx = HashIndex.build(np.stack([h[0], near, h[0], h[1]]), [5, 5, 6, 7])
    assert idx.query(near) == [Match(5, 0), Match(6, 3)]
    idx.remove([5])
    assert idx.query(near) == [Match(6, 3)]


def test_empty_index():
    idx = HashIndex()
    assert len(idx) == 0 and idx.query(BRIDGE) == [] and idx.query_batch([BRIDGE, BRIDGE]) == [[], []]
    assert HashIndex.build(np.zeros((0, 32), np.uint8), []).query(BRIDGE) == []
    idx.remove([1, 2])  # withdrawing unknown ids is not an error
    idx.compact()
    assert len(idx) == 0


def test_dihedral_batch_query(big):
    """A survivor's image is hashed in its 8 orientations; any of them may be in the bank."""
    hashes, ids, idx = big
    rng = np.random.default_rng(8)
    variants = rng.integers(0, 256, (8, 32), dtype=np.uint8)
    variants[3] = flip(hashes[77], range(0, 200, 9))  # 23 bits from row 77
    variants[6] = hashes[501]
    per_variant = idx.query_batch(variants)
    assert len(per_variant) == 8
    for q, got in zip(variants, per_variant):
        assert [tuple(m) for m in got] == brute(hashes, ids, q, 31)
    best = idx.query_any(variants)
    assert Match(int(ids[501]), 0) in best and Match(int(ids[77]), 23) in best


def test_concurrent_queries_during_updates(big):
    hashes, ids, _ = big
    idx = HashIndex.build(hashes, ids, buffer_limit=256)
    missed = []

    def reader(_k):
        for row in range(0, 4_000, 40):
            got = {m.id for m in idx.query(hashes[row])}
            if int(ids[row]) not in got:
                missed.append(row)

    with threads_running(reader, 3) as errors:
        rng = np.random.default_rng(1)
        for k in range(20):
            idx.add(rng.integers(0, 256, (100, 32), dtype=np.uint8), np.arange(100) + 10**6 * (k + 1))
    assert errors == [] and missed == []


# --------------------------------------------------------------------------------------------
# Persistence


def test_save_load_round_trip_with_mmap(tmp_path, big):
    hashes, ids, _ = big
    idx = HashIndex.build(hashes, ids, buffer_limit=100_000)
    extra = np.random.default_rng(1).integers(0, 256, (50, 32), dtype=np.uint8)
    idx.add(extra, np.arange(50) + 10**8)
    idx.remove([int(ids[10])])
    idx.save(tmp_path / "ix")
    loaded = HashIndex.load(tmp_path / "ix", mmap=True)
    assert len(loaded) == len(idx)
    assert isinstance(loaded._snap.segments[0].postings.base, np.memmap) or not loaded._snap.segments[0].postings.flags.owndata
    rng = np.random.default_rng(12)
    for row in rng.choice(len(hashes), 20, replace=False):
        q = flip(hashes[row], rng.choice(256, 20, replace=False))
        assert loaded.query(q) == idx.query(q)
    assert loaded.query(extra[3]) == [Match(10**8 + 3, 0)]
    assert int(ids[10]) not in {m.id for m in loaded.query(hashes[10])}
    # The loaded index keeps working: updates, and an incremental save of only the new segment.
    loaded.add(extra[:1], [42])
    loaded.remove([10**8 + 3])
    loaded.save(tmp_path / "ix")
    again = HashIndex.load(tmp_path / "ix", mmap=False)
    assert Match(42, 0) in again.query(extra[0]) and again.query(extra[3]) == []
    assert len({p.name for p in (tmp_path / "ix").iterdir() if p.name.startswith("seg-")}) == len(again.segment_sizes)


def test_load_errors(tmp_path):
    with pytest.raises(InputError, match="manifest.json is missing"):
        HashIndex.load(tmp_path)
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        HashIndex.load(tmp_path)
    (tmp_path / "manifest.json").write_text('{"format": "something-else", "version": 1}')
    with pytest.raises(InputError, match="is not a version-"):
        HashIndex.load(tmp_path)


def test_damaged_segment_is_refused(tmp_path):
    rng = np.random.default_rng(0)
    idx = HashIndex.build(rng.integers(0, 256, (40_000, 32), dtype=np.uint8), np.arange(40_000))
    idx.save(tmp_path)
    seg_dir = next(p for p in tmp_path.iterdir() if p.name.startswith("seg-"))
    np.save(seg_dir / "ids.npy", np.arange(5))
    with pytest.raises(InputError, match="damaged"):
        HashIndex.load(tmp_path)


# --------------------------------------------------------------------------------------------
# Input validation and helpers


def test_hex_round_trip_and_bits():
    raw = pdq_hex_to_bytes(BRIDGE)
    assert len(raw) == 32 and bytes_to_hex(raw) == BRIDGE
    assert pdq_hex_to_bytes(BRIDGE.upper() + "\n") == raw
    bits = np.unpackbits(np.frombuffer(raw, np.uint8))
    assert pdq_bits_to_bytes(bits) == raw
    assert hamming_distance(BRIDGE, raw) == 0
    assert hamming_distance(BRIDGE, "0" * 64) == int(bits.sum())


@pytest.mark.parametrize("bad", ["", "abc", BRIDGE[:-1], BRIDGE + "0", "g" * 64, "zz" + BRIDGE[2:], 12345, None])
def test_malformed_hex_is_an_input_error(bad):
    with pytest.raises(InputError):
        pdq_hex_to_bytes(bad)


@pytest.mark.parametrize("bad", [
    np.zeros((2, 31), np.uint8), np.zeros((2, 32), np.int64), np.zeros((2, 2, 32), np.uint8),
    b"short", [BRIDGE, "nope"], [1.5], object(),
])
def test_malformed_hash_arrays_are_input_errors(bad):
    with pytest.raises(InputError):
        as_hash_array(bad)
    with pytest.raises(InputError):
        HashIndex().add(bad, [1, 2])


def test_bad_ids_and_distances_are_input_errors():
    idx = HashIndex()
    with pytest.raises(InputError, match="expected 2 ids"):
        idx.add(np.zeros((2, 32), np.uint8), [1])
    with pytest.raises(InputError, match="integers"):
        idx.add(np.zeros((1, 32), np.uint8), [1.5])
    for bad in (-1, 257, 3.5, True, "31"):
        with pytest.raises(InputError):
            idx.query(BRIDGE, bad)
    with pytest.raises(InputError, match="one hash"):
        idx.query([BRIDGE, BRIDGE])
    with pytest.raises(InputError):
        pdq_bits_to_bytes([0, 1, 2] + [0] * 253)
    with pytest.raises(InputError):
        pdq_bits_to_bytes([0] * 255)
    with pytest.raises(InputError):
        HashIndex(buffer_limit=0)


def test_accepted_hash_forms_agree():
    raw = pdq_hex_to_bytes(BRIDGE)
    arr = np.frombuffer(raw, np.uint8)
    forms = [BRIDGE, raw, arr, arr.reshape(1, 32), [BRIDGE], [raw], [arr]]
    for form in forms:
        assert np.array_equal(as_hash_array(form), arr.reshape(1, 32))
    idx = HashIndex.build([BRIDGE], [1])
    assert all(idx.query(f) == [Match(1, 0)] for f in (BRIDGE, raw, arr))


def test_large_ids_survive_segments_merges_and_persistence(tmp_path):
    """Ids that fit in int32 are stored compactly; larger ones must stay exact int64."""
    rng = np.random.default_rng(13)
    h = rng.integers(0, 256, (40_000, 32), dtype=np.uint8)
    big_ids = np.arange(40_000, dtype=np.int64) + 2**40
    idx = HashIndex.build(h, big_ids)
    assert idx._snap.segments[0].ids.dtype == np.int64
    small = HashIndex.build(h, np.arange(40_000))
    assert small._snap.segments[0].ids.dtype == np.int32
    small.add(h[:1], [2**45])
    small.compact()
    assert {m.id for m in small.query(h[0])} == {0, 2**45}
    idx.save(tmp_path)
    assert HashIndex.load(tmp_path).query(h[5]) == [Match(2**40 + 5, 0)]


def test_wide_posting_entries_for_huge_segments(monkeypatch, tmp_path):
    """Segments past 2^24 rows store 8-byte entries with a 16-bit fingerprint; shrink the limit
    so that layout runs here, exact against brute force and through save/load."""
    monkeypatch.setattr(index_mod, "_PACKED_MAX_ROWS", 1_000)
    rng = np.random.default_rng(14)
    h = np.concatenate([rng.integers(0, 256, (20_000, 32), dtype=np.uint8), correlated(rng, 20_000)])
    ids = np.arange(40_000)
    idx = HashIndex.build(h, ids)
    assert idx._snap.segments[0].postings.dtype == np.uint64
    for row in rng.choice(40_000, 25, replace=False):
        q = flip(h[row], rng.choice(256, int(rng.integers(0, 40)), replace=False))
        assert [tuple(m) for m in idx.query(q)] == brute(h, ids, q, 31)
    idx.save(tmp_path)
    assert HashIndex.load(tmp_path).query(h[3]) == idx.query(h[3])
