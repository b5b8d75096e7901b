"""Round 24 (issue 10, cost): the built-lexicon start-up cache (text/lexicon_built.py) is deterministic (the
same sources give the same bytes, whatever the string-hash seed), its fingerprint covers the files that
decide the built lexicon and no more (a person reader edited: still current; a lexicon source or the
normaliser edited: stale), and its reader runs nothing but this package's own classes."""

from __future__ import annotations

import ast
import functools
import gzip
import hashlib
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from importlib import resources
from pathlib import Path

import pytest

from nciiguard.signals.text.sexual import EXCEPTIONS_FILE, GRADES, LEXICON_FILES
from nciiguard.text import lexicon, lexicon_built, term_forms

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"


def _key():
    return lexicon.packaged_key(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)


@functools.lru_cache(maxsize=1)
def _encoded() -> bytes:
    return lexicon.encode_built([_key()])


# -- deterministic bytes ------------------------------------------------------------------------------

_BUILD = textwrap.dedent("""
    import hashlib, sys
    from nciiguard.signals.text.sexual import EXCEPTIONS_FILE, GRADES, LEXICON_FILES
    from nciiguard.text import lexicon
    key = lexicon.packaged_key(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)
    print(hashlib.sha256(lexicon.encode_built([key])).hexdigest())
""")


def test_two_builds_give_identical_bytes():
    """Another process, with another string-hash seed than this one (so its sets iterate in another
    order), writes the same file as this process."""
    seed = "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"
    out = subprocess.run([sys.executable, "-c", _BUILD], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, PYTHONPATH=str(SRC), PYTHONHASHSEED=seed))
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == hashlib.sha256(_encoded()).hexdigest()


_SMALL = textwrap.dedent("""
    import sys
    from nciiguard.text.lexicon_built import payload
    shared = frozenset({"nude", "naked", "topless", "bare"})
    value = {"sets": [set(["b", "a", "c", "d"]), {3, 1, 2}], "shared": (shared, shared),
             "nested": {frozenset({"x", "y"}), frozenset({"z"})}, "order": {"z": 1, "a": 2}}
    sys.stdout.write(payload(value).hex())
""")


def test_canonical_pickle_does_not_depend_on_the_hash_seed_and_reads_back():
    out = [subprocess.run([sys.executable, "-c", _SMALL], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ, PYTHONPATH=str(SRC), PYTHONHASHSEED=seed)).stdout
           for seed in ("0", "7", "123")]
    assert out[0] and out[0] == out[1] == out[2]
    value = lexicon_built.unpickle(bytes.fromhex(out[0]))
    assert value["sets"] == [{"a", "b", "c", "d"}, {1, 2, 3}] and type(value["sets"][0]) is set
    assert value["shared"][0] is value["shared"][1] and type(value["shared"][0]) is frozenset
    assert value["nested"] == {frozenset({"x", "y"}), frozenset({"z"})}
    assert list(value["order"]) == ["z", "a"]  # dicts keep their order (Lexicon.forms reads it)


def test_built_file_reads_back_as_the_lexicon_built_at_load(monkeypatch):
    monkeypatch.setattr("nciiguard._data.read_bytes", lambda path: _encoded())
    got = lexicon_built.read(lambda v: isinstance(v, lexicon.Lexicon))
    fresh = lexicon.Lexicon.from_package(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)
    built = got[_key()]
    assert built.entries == fresh.entries
    for view in ("folded", "plain"):  # the term order other matchers read
        assert list(built.forms(view)) == list(fresh.forms(view))
    assert built._near == fresh._near and built._rule_index == fresh._rule_index
    assert [(rx.pattern, e, a) for rx, e, a in built._rules] == [(rx.pattern, e, a) for rx, e, a in fresh._rules]


class _Boom:
    def __reduce__(self):
        return (os.getcwd, ())  # any callable outside the package


@pytest.mark.parametrize("value", [_Boom(), {"k": [1, _Boom()]}])
def test_reader_refuses_what_is_not_of_this_package(value):
    with pytest.raises(pickle.UnpicklingError):
        lexicon_built.unpickle(pickle.dumps(value, protocol=5))


def test_a_current_header_over_a_foreign_payload_is_ignored(monkeypatch):
    raw = gzip.decompress(_encoded())
    header = raw[: raw.index(b"\n") + 1]
    monkeypatch.setattr("nciiguard._data.read_bytes",
                        lambda path: gzip.compress(header + pickle.dumps({_key(): _Boom()}, protocol=5)))
    assert lexicon_built.read(lambda v: True) == {}


def test_a_file_of_the_old_format_is_ignored(monkeypatch):
    raw = gzip.decompress(_encoded())
    cut = raw.index(b"\n")
    import json

    header = json.loads(raw[:cut])
    del header["format"]  # round 23's header had none
    data = gzip.compress(json.dumps(header).encode() + raw[cut:])
    monkeypatch.setattr("nciiguard._data.read_bytes", lambda path: data)
    assert lexicon_built.read(lambda v: isinstance(v, lexicon.Lexicon)) == {}


# -- the narrow fingerprint ---------------------------------------------------------------------------

def test_fingerprint_lists_the_lexicon_its_normaliser_and_sources_not_the_person_readers():
    files = set(lexicon_built.built_files([_key()]))
    for need in ("text/lexicon.py", "text/lexicon_built.py", "text/normalize.py", "text/folding.py",
                 "text/term_forms.py", "text/lazy_regex.py", "text/data/unicode_tables.json",
                 *(f"text/data/{f}" for f in LEXICON_FILES), f"text/data/{EXCEPTIONS_FILE}"):
        assert need in files, need
    for unrelated in ("text/persons/reader.py", "text/persons/__init__.py", "text/persons/forms22.py",
                      "text/persons/private.py", "signals/text/sexual.py"):
        assert unrelated not in files, unrelated
    assert not files & {lexicon.BUILT_FILE, term_forms.FILE, "text/data/regex_literals.json.gz"}
    # the old closure (every module the lexicon's imports reach, package __init__ files included)
    assert len(files) < len(term_forms.closure("text/lexicon.py")) / 2


def test_everything_that_runs_while_a_lexicon_is_built_is_listed(monkeypatch):
    """Every function of the package that runs while terms are normalised and indexed (the term cache
    off, so the normaliser runs) is in a listed file (a sample of the terms: every 25th, and every
    exception)."""
    import nciiguard
    from nciiguard._data import read_text

    root = os.path.dirname(nciiguard.__file__) + os.sep
    text = read_text(f"text/data/{LEXICON_FILES[0]}")
    sample = "\n".join(line for k, line in enumerate(text.splitlines()) if k % 25 == 0 or line.startswith("#"))
    exc = (read_text(f"text/data/{EXCEPTIONS_FILE}"), EXCEPTIONS_FILE)
    monkeypatch.setattr(term_forms, "_forms", {})
    ran: set[str] = set()

    def profile(frame, event, arg):
        if event == "call" and frame.f_code.co_filename.startswith(root):
            ran.add(frame.f_code.co_filename[len(root):].replace(os.sep, "/"))

    sys.setprofile(profile)
    try:
        lex = lexicon.Lexicon.from_texts([(sample, LEXICON_FILES[0])], exceptions=exc, grades=GRADES)
    finally:
        sys.setprofile(None)
    assert lex.entries and "text/normalize.py" in ran
    assert ran <= set(lexicon_built.dependencies()), sorted(ran - set(lexicon_built.dependencies()))


_MUTATORS = {"update", "append", "extend", "add", "setdefault", "insert", "pop", "popitem", "clear", "remove",
             "discard", "__setitem__", "__delitem__", "sort", "reverse"}


def _module_name(rel: str) -> str:
    return ".".join(rel[:-3].split("/")).removesuffix(".__init__")


def test_modules_left_out_do_not_change_a_listed_module():
    """Why a package ``__init__`` (and what it imports) can be left out although Python runs it: no
    module the old closure reached and the narrow one does not assigns into, or calls a mutating method
    on, a name it imported from a listed module (or declares it ``global``)."""
    pkg = resources.files("nciiguard")
    deps = set(lexicon_built.dependencies())
    listed = {_module_name(r) for r in deps if r.endswith(".py")}
    left_out = [r for r in term_forms.closure("text/lexicon.py") if r.endswith(".py") and r not in deps]
    assert "text/persons/__init__.py" in left_out and "text/persons/reader.py" in left_out
    bad = []
    for rel in left_out:
        here = rel.split("/")[:-1]
        tree = ast.parse(pkg.joinpath(*rel.split("/")).read_text(encoding="utf-8"))
        names = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - (node.level - 1)] if node.level > 1 else list(here)
                    mod = ".".join(base + (node.module.split(".") if node.module else []))
                else:
                    mod = (node.module or "").removeprefix("nciiguard.")
                names.update(a.asname or a.name for a in node.names
                             if mod in listed or f"{mod}.{a.name}" in listed)
            elif isinstance(node, ast.Import):
                names.update((a.asname or a.name).split(".")[0] for a in node.names
                             if a.name.startswith("nciiguard."))

        def root(n):
            while isinstance(n, (ast.Attribute, ast.Subscript)):
                n = n.value
            return n.id if isinstance(n, ast.Name) else None

        for node in ast.walk(tree):
            if isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.ctx, (ast.Store, ast.Del)) \
                    and root(node) in names:
                bad.append((rel, node.lineno))
            elif isinstance(node, ast.Call):
                f = node.func
                if isinstance(f, ast.Attribute) and f.attr in _MUTATORS and root(f.value) in names:
                    bad.append((rel, node.lineno))
                elif isinstance(f, ast.Name) and f.id in ("setattr", "delattr") and node.args \
                        and root(node.args[0]) in names:
                    bad.append((rel, node.lineno))
            elif isinstance(node, (ast.Global, ast.Nonlocal)) and set(node.names) & names:
                bad.append((rel, node.lineno))
    assert not bad, f"a left-out module changes a listed one (list it in lexicon_built.ROOTS): {bad}"


def test_dependencies_follow_imports_name_by_name():
    deps = set(lexicon_built.dependencies(["text/persons/forms22.py"]))
    assert "text/persons/place_words.py" in deps  # imported from its own module since round 24
    assert "text/persons/__init__.py" not in deps
    # ``from . import lexicon_built`` is the module lexicon_built, not text/__init__.py
    lex = set(lexicon_built.dependencies())
    assert "text/lexicon_built.py" in lex and "text/__init__.py" not in lex


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory):
    """A copy of the package with the built-lexicon file of these sources (not the shipped one, which
    may be stale while someone edits a lexicon)."""
    dst = tmp_path_factory.mktemp("pkg") / "nciiguard"
    shutil.copytree(SRC / "nciiguard", dst, ignore=shutil.ignore_patterns("__pycache__"))
    (dst / lexicon.BUILT_FILE).write_bytes(_encoded())
    return dst


_EDITS = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import nciiguard
    from nciiguard.text import lexicon, lexicon_built
    pkg = Path(nciiguard.__file__).parent
    out = {}
    for rel in sys.argv[1:]:
        path = pkg / rel if rel != "-" else None
        original = path.read_bytes() if path else None
        if path:
            path.write_bytes(original + b"\\n# an edit\\n")
        try:
            got = lexicon_built.read(lambda v: isinstance(v, lexicon.Lexicon))
            out[rel] = "used" if got else "stale"
        finally:
            if path:
                path.write_bytes(original)
    print(json.dumps(out))
""")

EDITS = {
    "-": "used",  # no edit
    "text/persons/reader.py": "used",  # a person reader: not what the lexicon is built from
    "text/persons/__init__.py": "used",
    "text/persons/forms22.py": "used",
    "signals/text/sexual.py": "used",
    "text/normalize.py": "stale",  # the normaliser the terms go through
    "text/folding.py": "stale",
    "text/persons/language.py": "stale",  # word tables the normaliser's decoders read
    "text/lexicon.py": "stale",
    "text/lexicon_built.py": "stale",
    f"text/data/{EXCEPTIONS_FILE}": "stale",  # lexicon sources
    f"text/data/{LEXICON_FILES[0]}": "stale",
    "text/data/unicode_tables.json": "stale",  # a normaliser table
}


def test_which_edits_make_the_file_stale(package_copy):
    """In a copy of the package: each file edited in turn (and restored), is the built file still used?"""
    import json

    out = subprocess.run([sys.executable, "-c", _EDITS, *EDITS], capture_output=True, text=True, timeout=300,
                         env=dict(os.environ, PYTHONPATH=str(package_copy.parent)))
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout) == EDITS


def test_forms22_reads_places_from_their_module():
    from nciiguard.text.persons import forms22, place_words

    assert forms22._places is place_words._places
