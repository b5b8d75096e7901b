"""The start-up caches (text/term_forms.py, text/prefilter.py's literal cache) are current, give the same
lexicon and gates as computing at load, and a stale, missing or damaged file is ignored, never trusted."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nciiguard.text import prefilter, term_forms
from nciiguard.text.lexicon import Lexicon
from nciiguard._data import read_text
from nciiguard.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_caches(monkeypatch):
    """Module caches emptied for the test and restored after it."""
    monkeypatch.setattr(term_forms, "_forms", None)
    monkeypatch.setattr(prefilter, "_cache", None)
    yield


def test_shipped_caches_are_current():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_load_caches.py"), "--check"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, (
        "a start-up cache is stale: run `.venv/bin/python scripts/build_load_caches.py` and commit the "
        "files it writes\n" + out.stdout + out.stderr)


def test_cached_forms_are_what_normalize_gives(fresh_caches):
    forms = term_forms.cached_forms()
    assert len(forms) > 10_000, "the shipped term cache is empty or stale"
    for term in list(forms)[::5]:
        nt = normalize(term, coded_phrases=False)
        assert (forms[term].folded.text, forms[term].plain.text) == (nt.folded.text, nt.plain.text), term


def test_encoded_forms_read_back_as_normalize_gives(fresh_caches, monkeypatch):
    # terms whose folded view differs from the plain one (tripled letters, case, accents, scripts)
    terms = ["sexxx", "Déshabillée", "голая", "全裸", "n u d e", "nippples", "bad\tterm", "", "# files x"]
    data = term_forms.encode(terms)
    lines = gzip.decompress(data).decode().split("\n")
    assert lines[0].startswith("# files ") and lines[1].startswith("# fingerprint ")
    monkeypatch.setattr(term_forms, "read_bytes", lambda path: data)
    forms = term_forms.cached_forms()
    assert "bad\tterm" not in forms and "" not in forms and "# files x" not in forms
    for term in terms[:6]:
        nt = normalize(term, coded_phrases=False)
        assert (forms[term].folded.text, forms[term].plain.text) == (nt.folded.text, nt.plain.text), term


def test_lexicon_is_the_same_with_and_without_the_cache(fresh_caches, monkeypatch):
    texts = [(read_text("text/data/sexual_terms.tsv"), "sexual_terms.tsv")]
    exc = (read_text("text/data/sexual_exceptions.tsv"), "sexual_exceptions.tsv")
    with_cache = Lexicon.from_texts(texts, exceptions=exc)
    assert term_forms.cached_forms()
    monkeypatch.setattr(term_forms, "_forms", {})
    without = Lexicon.from_texts(texts, exceptions=exc)
    key = lambda lex, view: sorted((t, s, e.term, e.grade) for t, s, e in lex.forms(view))  # noqa: E731
    for view in ("folded", "plain"):
        assert key(with_cache, view) == key(without, view)
    probe = normalize("a nude photo of her, topless, sexxx, déshabillée")
    assert [(m.entry.term, m.start, m.end) for m in with_cache.match(probe)] == \
        [(m.entry.term, m.start, m.end) for m in without.match(probe)]


@pytest.mark.parametrize("payload", [
    b"", b"not gzip at all", gzip.compress(b"", mtime=0)[:5], gzip.compress(b"\xff\xfe\x00broken utf8", mtime=0),
    gzip.compress(b"# files text/normalize.py\n# fingerprint 00\nnude\tx\ty\n", mtime=0),
    gzip.compress(b"nude\n" * 1000, mtime=0),
])
def test_damaged_or_stale_term_cache_is_ignored(fresh_caches, monkeypatch, payload):
    monkeypatch.setattr(term_forms, "read_bytes", lambda path: payload)
    assert term_forms.cached_forms() == {}
    nt = term_forms.normalized_term("sexxx")  # falls back to normalising
    assert nt.folded.text == normalize("sexxx", coded_phrases=False).folded.text


def test_missing_term_cache_is_ignored(fresh_caches, monkeypatch):
    from nciiguard._data import PackageDataError

    def missing(path):
        raise PackageDataError(path)

    monkeypatch.setattr(term_forms, "read_bytes", missing)
    assert term_forms.cached_forms() == {}


def test_cached_literals_are_what_the_analysis_gives(fresh_caches):
    cache = prefilter.cached_literals()
    assert len(cache) > 100, "the shipped literal cache is empty or stale"
    for (flags, src), lits in cache.items():
        assert prefilter.analyse(src, flags) == lits, src[:60]


@pytest.mark.parametrize("doc", [
    b"garbage", gzip.compress(b"[1, 2]", mtime=0), gzip.compress(b'{"fingerprint": "0", "rules": []}', mtime=0),
    gzip.compress(json.dumps({"fingerprint": None, "rules": [[0, "x", ["ab"]]]}).encode(), mtime=0),
])
def test_damaged_or_stale_literal_cache_is_ignored(fresh_caches, monkeypatch, doc):
    import nciiguard._data as data_module

    monkeypatch.setattr(data_module, "read_bytes", lambda path: doc)
    assert prefilter.cached_literals() == {}
    import re

    assert prefilter.required_literals(re.compile(r"\bundress(?:es|ing)?\b")) == frozenset({"undress"})


def test_a_wrong_cached_literal_would_be_caught(fresh_caches, monkeypatch):
    """The freshness test above compares every entry with the analysis: a cache whose fingerprint
    matches but whose entry is wrong cannot pass it (this is what it would see)."""
    import re

    rx = re.compile(r"\bstrip(?:s|ped)?\b")
    monkeypatch.setattr(prefilter, "_cache", {(0, rx.pattern): frozenset({"zzz"})})
    assert prefilter.required_literals(rx) == frozenset({"zzz"})  # the cache is read as written ...
    assert prefilter.analyse(rx.pattern, 0) == frozenset({"strip"})  # ... and the check recomputes it
