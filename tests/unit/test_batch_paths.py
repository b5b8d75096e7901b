"""The library's batch paths: ``BankMatcher.query_many`` and ``Guard.screen_prompts``/``screen_many``
answer exactly what the one-at-a-time calls answer, in order, with one bad item not failing the rest."""

from __future__ import annotations

import random

import pytest

from nciiguard.banks import BankMatcher, BankStore
from nciiguard.hashing.query import QueryHashes
from nciiguard.banks.store import NewEntry
from nciiguard.content import Content
from nciiguard.findings import Decision, ItemError
from nciiguard.hashing.pdq import Variant


@pytest.fixture(scope="module")
def guard_text(tmp_path_factory):
    """The real text signals (the service tests' light profile), no store."""
    from helpers.profiles import LIGHT_SERVICE_PROFILE
    from nciiguard import Config, Guard
    from nciiguard.signals.base import Resources

    g = Guard(LIGHT_SERVICE_PROFILE, config=Config(data_dir=tmp_path_factory.mktemp("g"), workers=0),
              resources=Resources())
    yield g
    g.close()


@pytest.fixture
def store(db_url):
    s = BankStore.open(db_url, actor="test")
    yield s
    s.db.dispose()


def _flip(h: str, bits: list[int]) -> str:
    v = int(h, 16)
    for b in bits:
        v ^= 1 << b
    return f"{v:064x}"


def test_query_many_equals_query_prepared_one_by_one(store):
    rng = random.Random(5)
    banked = [f"{rng.getrandbits(256):064x}" for _ in range(300)]
    store.create_bank("s", "pdq", "survivor")
    store.create_bank("c", "pdq", "confirmed")
    store.create_bank("files", "md5", "confirmed")
    store.add_entries("s", [NewEntry(v, "pdq", "s") for v in banked[:200]], source="t")
    store.add_entries("c", [NewEntry(v, "pdq", "c") for v in banked[150:]], source="t")  # 150-199 in both
    store.add_entry("files", "ab" * 16)
    store.allow(banked[10], "pdq")          # allow-listed: its matches are suppressed
    store.withdraw(value=banked[20])       # withdrawn: matches nothing any more
    m = BankMatcher(store)
    queries = []
    for i in range(400):
        kind = i % 4
        if kind == 0:
            h = _flip(rng.choice(banked), rng.sample(range(256), rng.randint(0, 12)))
        elif kind == 1:
            h = f"{rng.getrandbits(256):064x}"
        elif kind == 2:
            h = banked[i % 40]  # includes the allow-listed and the withdrawn one
        else:
            queries.append(QueryHashes(exact=[("md5", "ab" * 16 if i % 8 == 3 else "cd" * 16)]))
            continue
        queries.append(QueryHashes(pdq=[Variant("original", h, 100)]))
    queries.append(QueryHashes(pdq=[Variant("original", banked[0], 5)]))  # below the quality floor
    for banks in (None, ["c"], "s"):
        one = [m.query_prepared(q, banks, 31).to_dict() for q in queries]
        many = [r.to_dict() for r in m.query_many(queries, banks, 31)]
        assert many == one
    got = m.query_many(queries, None, 31)
    assert got[-1].low_quality and not got[-1].matches
    assert any(r.allowed == ["pdq"] for r in got)
    assert sum(bool(r.matches) for r in got) > 100  # the test exercises hits, not only misses
    # A withdrawn entry is not reported in a batch either.
    withdrawn = m.query_many([QueryHashes(pdq=[Variant("original", banked[20], 100)])] * 2, "s", 0)
    assert all(not r.matches for r in withdrawn)


def test_query_many_sees_changes_made_between_batches(store):
    store.create_bank("s", "pdq", "survivor")
    h = f"{random.Random(9).getrandbits(256):064x}"
    m = BankMatcher(store)
    q = [QueryHashes(pdq=[Variant("original", h, 100)]), QueryHashes(exact=[("md5", "0" * 32)])]
    assert [bool(r.matches) for r in m.query_many(q)] == [False, False]
    e = store.add_entry("s", h)
    assert [bool(r.matches) for r in m.query_many(q)] == [True, False]
    store.withdraw(e.id)
    assert [bool(r.matches) for r in m.query_many(q)] == [False, False]
    with pytest.raises(Exception, match="max_distance"):
        m.query_many(q, None, 500)


def test_screen_prompts_equals_screen_prompt(guard_text):
    prompts = ["a watercolour of a lighthouse at dusk", "a naked woman, explicit porn",
               ("a cat on a sofa", "blurry, low quality"), "a watercolour of a lighthouse at dusk",
               "nude photo of a teenage girl", ""]
    got = guard_text.screen_prompts(prompts)
    want = [guard_text.screen_prompt(*(p if isinstance(p, tuple) else (p,))) for p in prompts]
    assert [g.to_dict() for g in got] == [w.to_dict() for w in want]
    assert got[0].action.value == "allow" and got[1].action.value != "allow"  # both directions
    assert got[4].action.value == "block"


def test_screen_prompts_bad_items_do_not_fail_the_batch(guard_text):
    huge = "a " * 40_000  # 80 KB: over the 64 KiB text limit
    got = guard_text.screen_prompts(["a red kite", huge, 42, ("explicit porn", 7), "explicit porn video"])
    assert isinstance(got[0], Decision) and got[0].action.value == "allow"
    assert isinstance(got[1], ItemError) and "64 KiB" in got[1].message and "a a" not in got[1].message
    assert isinstance(got[2], ItemError) and isinstance(got[3], ItemError)
    assert isinstance(got[4], Decision) and got[4].action.value != "allow"
    assert guard_text.screen_many([]) == []
    assert isinstance(guard_text.screen_many(["not content"])[0], ItemError)
    mixed = guard_text.screen_many([Content.request("a red kite"), Content(texts={"caption": "explicit porn"})])
    assert [d.action.value for d in mixed][0] == "allow"


@pytest.mark.parametrize("rows", [3000, 40_000])
def test_index_query_batch_equals_queries_one_by_one(rows):
    """The vectorised batch search (and the tables a small segment gets for it) answers exactly
    what one query at a time answers: near copies found, far ones not, withdrawals respected."""
    import numpy as np

    from nciiguard.banks.index import HashIndex

    rng = np.random.default_rng(rows)
    hexes = [bytes(h).hex() for h in rng.integers(0, 256, (rows, 32), dtype=np.uint8)]
    idx = HashIndex.build(hexes, np.arange(rows, dtype=np.int64) * 7 + 1)
    r = random.Random(rows)
    queries = [_flip(r.choice(hexes), r.sample(range(256), r.randint(0, 40))) if i % 3 else
               f"{r.getrandbits(256):064x}" for i in range(300)]
    queries += hexes[:5]
    idx.add(hexes[5:9], [10**9 + i for i in range(4)])  # in the live buffer
    idx.remove([1, 8, 10**9])                           # tombstones over the segment and the buffer
    for d in (0, 8, 31, 40):
        one = [idx.query(q, d) for q in queries]
        assert idx.query_batch(queries, d) == one
    got = idx.query_batch(queries, 31)
    assert got[0] == [] and any(got) and all(m.id not in (1, 8, 10**9) for ms in got for m in ms)
    near = _flip(hexes[100], list(range(31)))
    far = _flip(hexes[100], list(range(32)))
    assert [m.id for m in idx.query_batch([near, far], 31)[0]] == [701]
    assert idx.query_batch([near, far], 31)[1] == []
