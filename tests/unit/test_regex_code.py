"""The shipped compiled code of the lazy rule patterns (text/regex_code.py): every shipped row makes the
very pattern ``re.compile`` makes (``==`` on patterns compares pattern, flags and code), a row it does
not hold or a file made for another ``_sre`` falls back to ``re.compile``, damaged code is refused and
falls back, and the cost of a row's first use no longer grows with the parser's work."""

from __future__ import annotations

import gzip
import pickle
import re
import zlib

import pytest

from nciiguard.text import lazy_regex, regex_code
from nciiguard.text.lazy_regex import LazyPattern


def _shipped() -> dict:
    return regex_code._load()


def test_every_shipped_row_is_the_pattern_re_compile_makes():
    table = _shipped()
    assert len(table) > 1000  # the default guard's lazy rows are shipped
    for (pattern, flags) in table:
        assert regex_code.compile(pattern, flags) == re.compile(pattern, flags), pattern[:80]


def test_the_default_guards_lazy_rows_are_shipped():
    from nciiguard import Guard

    Guard().load(["text"])
    table = _shipped()
    with lazy_regex._all_lock:
        rows = {(p.pattern, int(p.flags)) for p in lazy_regex._ALL}
    missing = [r for r in rows if r not in table]
    # a test's own LazyPattern may be alive; the packaged tables' are all there
    assert len(missing) <= 5, "run scripts/build_load_caches.py"


def test_a_lazy_row_compiles_from_the_shipped_code_and_answers_as_re():
    pattern, flags = max(_shipped(), key=lambda k: len(k[0]))  # the largest row
    lp, rx = LazyPattern(pattern, flags), re.compile(pattern, flags)
    assert lp.compiled() == rx and lp.compiled() is lp.compiled()
    text = "a field of some words, nothing in particular, to run the row on " * 3
    assert [m.span() for m in lp.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lp.groupindex == rx.groupindex


def test_a_row_the_file_does_not_hold_falls_back_to_re_compile():
    src = r"(?P<x>round twenty nine)\s+only\b"
    assert (src, 0) not in _shipped()
    assert regex_code.compile(src) == re.compile(src)
    assert regex_code.compile(src).search("ROUND twenty nine only") is None
    assert regex_code.compile(src, re.I).search("ROUND twenty nine only").group("x") == "ROUND twenty nine"


def test_damaged_code_is_refused_and_re_compile_used(monkeypatch):
    src = r"\b(?:take|took)\s+off\b"
    flags, packed, groups, gi, ig = regex_code.entry(src, re.I)
    bad = zlib.compress(bytes(len(zlib.decompress(packed))))  # all-zero opcodes: _sre refuses them
    monkeypatch.setattr(regex_code, "_table", {(src, re.I): (flags, bad, groups, gi, ig)})
    assert regex_code.compile(src, re.I) == re.compile(src, re.I)
    monkeypatch.setattr(regex_code, "_table", {(src, re.I): (flags, b"not zlib", groups, gi, ig)})
    assert regex_code.compile(src, re.I) == re.compile(src, re.I)


def test_a_file_made_for_another_sre_is_ignored():
    data = regex_code.encode([(r"abc+", 0)])
    assert regex_code.decode(data)  # this Python's
    stamp, rows = pickle.loads(gzip.decompress(data))
    other = gzip.compress(pickle.dumps(((stamp[0] + 1, *stamp[1:]), rows), protocol=4), mtime=0)
    assert regex_code.decode(other) == {}
    assert regex_code.same(data, data) and not regex_code.same(data, other) and not regex_code.same(data, b"x")


def test_a_missing_file_means_re_compile(monkeypatch):
    monkeypatch.setattr(regex_code, "_table", None)
    monkeypatch.setattr(regex_code, "FILE", "text/data/no_such_file.pickle.gz")
    assert regex_code.compile(r"x(y)z") == re.compile(r"x(y)z")
    assert regex_code._table == {}


def test_encode_is_deterministic_and_round_trips():
    rows = [(r"b+", 0), (r"(?P<a>a)|c", re.I), (r"b+", 0)]
    data = regex_code.encode(rows)
    assert data == regex_code.encode(list(reversed(rows)))
    table = regex_code.decode(data)
    assert set(table) == {(r"b+", 0), (r"(?P<a>a)|c", int(re.I))}


@pytest.mark.parametrize("n", [10, 1000])
def test_first_use_cost_is_the_codes_size_not_the_parsers_work(n):
    """Bounded and linear: the shipped path decompresses and copies the code (no parsing)."""
    src = "|".join(f"word{i}x" for i in range(n))
    data = regex_code.encode([(src, 0)])
    table = regex_code.decode(data)
    _, packed, *_ = table[(src, 0)]
    assert len(zlib.decompress(packed)) < 64 * len(src)  # the code is linear in the pattern
