"""Round 23 (issue 10, cost): the packaged lexicons built when the package is built (text/lexicon.py,
``BUILT_FILE``) give the same lexicon as building at load, and a stale or damaged file is ignored."""

from __future__ import annotations

import functools
import gzip
import json

import pytest

from nciiguard.signals.text.sexual import EXCEPTIONS_FILE, GRADES, LEXICON_FILES
from nciiguard.text import lexicon
from nciiguard.text.normalize import normalize

TEXTS = [
    "a watercolour of a lighthouse at dawn",
    "nude photo of my neighbour, topless on the beach",
    "Emma Watson naked, n.u.d.e, s3x, undress her",
    "全裸の写真 голая девушка desnuda em topless",
    "sexy lingerie shoot, boudoir, cleavage, wet t-shirt",
    "a doctor examining a patient's chest x-ray",
]


@pytest.fixture
def no_built(monkeypatch):
    monkeypatch.setattr(lexicon, "_built", None)
    monkeypatch.setattr(lexicon, "_CACHE", {})
    yield


@functools.lru_cache(maxsize=1)
def _fresh() -> lexicon.Lexicon:
    """A lexicon built at load from the sources, built once for this module: the comparison with the built file
    and the five stale-file cases (each case still builds its own through load_packaged: that is what it
    checks). Nothing here changes it."""
    return lexicon.Lexicon.from_package(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)


def _fresh_entries():
    return _fresh().entries


def _key():
    return lexicon.packaged_key(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)


@functools.lru_cache(maxsize=1)
def _encoded() -> bytes:
    """The built-lexicon file of this checkout, encoded once for the tests below (the same sources give
    the same bytes since round 24)."""
    return lexicon.encode_built([_key()])


def _shape(lex: lexicon.Lexicon):
    """Everything the matcher reads, in a comparable form."""
    out = {"entries": lex.entries, "rules": [(rx.pattern if hasattr(rx, "pattern") else repr(rx), e, a)
                                             for rx, e, a in lex._rules],
           "rule_index": lex._rule_index, "unanchored": lex._rules_unanchored, "near": lex._near}
    for name, group in (("idx", lex._indexes), ("exc", lex._exc)):
        for view, idx in group.items():
            out[f"{name}.{view}"] = (
                {k: [(p.tokens, p.stem, p.entry) for p in v] for k, v in idx.exact.items()},
                {k: [(p.tokens, p.stem, p.entry) for p in v] for k, v in idx.prefix.items()},
                idx.prefix_lens_sorted, idx.substrings, idx._prefix_keys,
                {k: [(p.tokens, p.entry) for p in v] for k, v in idx._first.items()},
                {k: {n: [(p.tokens, p.entry) for p in ps] for n, ps in v.items()} for k, v in idx._second.items()})
    return out


def test_shipped_built_lexicon_is_current_and_used(no_built):
    built = lexicon.built_lexicons()
    assert _key() in built, "the built-lexicon file is missing or stale: run scripts/build_load_caches.py"
    assert lexicon.load_packaged(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES) is built[_key()]


def test_built_lexicon_is_the_lexicon_built_at_load(no_built):
    built = lexicon.built_lexicons().get(_key())
    if built is None:
        pytest.skip("built-lexicon file stale (test_shipped_built_lexicon_is_current_and_used says so)")
    fresh = _fresh()
    assert _shape(built) == _shape(fresh)
    for text in TEXTS:
        nt = normalize(text)
        assert built.match(nt) == fresh.match(nt), text


def test_encoded_file_reads_back(no_built, monkeypatch):
    data = _encoded()
    header = lexicon.built_header(data)
    assert header and "text/lexicon.py" in header["files"] and "text/data/sexual_terms.tsv" in header["files"]
    assert lexicon.BUILT_FILE not in header["files"]
    monkeypatch.setattr("nciiguard._data.read_bytes", lambda path: data)
    got = lexicon._read_built()
    assert set(got) == {_key()}


def _with_header(data: bytes, change) -> bytes:
    raw = gzip.decompress(data)
    cut = raw.index(b"\n")
    header = json.loads(raw[:cut])
    change(header)
    return gzip.compress(json.dumps(header).encode() + raw[cut:])


@pytest.mark.parametrize("how", ["fingerprint", "files", "damaged", "empty", "not a lexicon"])
def test_stale_or_damaged_file_is_ignored(no_built, monkeypatch, how):
    data = _encoded()
    if how == "fingerprint":
        data = _with_header(data, lambda h: h.update(fingerprint="0" * 64))
    elif how == "files":  # a file the indexes depend on, edited since the build: here, one more file
        data = _with_header(data, lambda h: h["files"].append("text/normalize.py"))
    elif how == "damaged":
        data = data[: len(data) // 2]
    elif how == "empty":
        data = b""
    else:
        raw = gzip.decompress(data)
        import pickle

        data = gzip.compress(raw[: raw.index(b"\n") + 1] + pickle.dumps({_key(): "not a lexicon"}))
    monkeypatch.setattr("nciiguard._data.read_bytes", lambda path: data)
    assert lexicon._read_built() == {}
    # and the lexicon is then built at load, as before
    assert lexicon.load_packaged(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES).entries == _fresh_entries()
