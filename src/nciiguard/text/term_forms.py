"""Normalised forms of the lexicon's terms, computed when the package is built instead of at every start.

Why: :class:`~nciiguard.text.lexicon.Lexicon` indexes each term by its folded and plain forms, and
normalising ~13,700 terms (sexual lexicon, exceptions) is a large share of the guard's start-up (issue 10
asks for <= 3 s; with this cache, the intent rules' literal cache and lazy rules, start-up went from 3.93 to
3.13 s side by side in bench/results/prompt_speed_round18.md). The forms only change when a term or the normaliser changes, so
``scripts/build_load_caches.py`` writes them once to ``data/term_forms.tsv.gz``.

Correct by construction, not by discipline: the file records a fingerprint of everything the
normaliser's output depends on (the source of every package module ``text/normalize.py`` imports,
directly or not, the data files they name, Python's Unicode version). When the fingerprint does not
match (a module was edited and the file not rebuilt) the cache is ignored and every term is
normalised as before: slower, never different. A term missing from the file (added since the build)
is normalised the same way. ``tests/unit/test_load_caches.py`` fails while the file is stale, naming
the script that rebuilds it.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import unicodedata
from importlib import resources
from typing import NamedTuple

from .._data import read_bytes

__all__ = ["FILE", "TermForms", "closure", "fingerprint", "cached_forms", "encode", "normalized_term"]

#: The shipped cache, relative to the package (``nciiguard/text/data/``).
FILE = "text/data/term_forms.tsv.gz"


class _View(NamedTuple):
    text: str


class TermForms(NamedTuple):
    """The two views of a normalised term that the lexicon reads (``.folded.text``, ``.plain.text``)."""
    folded: _View
    plain: _View


def closure(start: str = "text/normalize.py") -> list[str]:
    """The package files ``start`` depends on: its modules reached through imports inside the package
    (read with :mod:`ast`, function-level imports included) and the data files they name
    (``"text/data/..."`` literals). Recorded in the cache file, so the check at load reads exactly
    these files; adding an import edits a file already in the list, which changes the fingerprint."""
    import ast
    import re

    pkg = resources.files("nciiguard")
    seen: set[str] = set()
    data: set[str] = set()
    todo = [start]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        src = pkg.joinpath(*rel.split("/"))
        if not src.is_file():
            continue
        seen.add(rel)
        code = src.read_text(encoding="utf-8")
        data.update(m for m in re.findall(r"text/data/[\w.\-]+", code) if pkg.joinpath(*m.split("/")).is_file())
        here = rel.split("/")[:-1]
        try:
            tree = ast.parse(code)
        except SyntaxError:
            continue  # hashed all the same; the import of it fails anyway
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = here[: len(here) - (node.level - 1)] if node.level > 1 else list(here)
                mod = base + (node.module.split(".") if node.module else [])
                names = [a.name for a in node.names] if node.module is None else [None]
                for name in names:
                    parts = mod + ([name] if name else [])
                    for cand in ("/".join(parts) + ".py", "/".join(parts) + "/__init__.py"):
                        todo.append(cand)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for m in mods:
                    if m.startswith("nciiguard."):
                        parts = m.split(".")[1:]
                        todo += ["/".join(parts) + ".py", "/".join(parts) + "/__init__.py"]
    return sorted(seen | data)


def fingerprint(files: list[str]) -> str:
    """SHA-256 over ``files`` (package-relative) and Python's Unicode version."""
    pkg = resources.files("nciiguard")
    h = hashlib.sha256(f"unicode {unicodedata.unidata_version}\n".encode())
    for rel in files:
        res = pkg.joinpath(*rel.split("/"))
        body = res.read_bytes() if res.is_file() else b"(missing)"
        h.update(rel.encode() + b"\0" + body + b"\0")
    return h.hexdigest()


_lock = threading.Lock()
_forms: dict[str, TermForms] | None = None


def cached_forms() -> dict[str, TermForms]:
    """term -> its forms, from the shipped file; empty when the file is missing or stale."""
    global _forms
    if _forms is None:
        with _lock:
            if _forms is None:
                _forms = _read()
    return _forms


def _read() -> dict[str, TermForms]:
    try:
        raw = gzip.decompress(read_bytes(FILE)).decode("utf-8")
    except (OSError, EOFError, gzip.BadGzipFile, UnicodeDecodeError):
        return {}
    lines = raw.split("\n")
    if len(lines) < 2 or not lines[0].startswith("# files ") or not lines[1].startswith("# fingerprint "):
        return {}
    files = lines[0][len("# files "):].split(" ")
    if lines[1] != "# fingerprint " + fingerprint(files):
        return {}
    out: dict[str, TermForms] = {}
    for line in lines[2:]:
        if not line:
            continue
        cols = line.split("\t")
        term = cols[0]
        # one column: both views are the term; two: folded differs; three: both differ
        folded = cols[1] if len(cols) > 1 else term
        plain = cols[2] if len(cols) > 2 else term
        out[term] = TermForms(_View(folded), _View(plain))
    return out


def normalized_term(term: str):
    """The lexicon's view of ``term``: its cached forms, else ``normalize(term, coded_phrases=False)``."""
    hit = cached_forms().get(term)
    if hit is not None:
        return hit
    from .normalize import normalize

    return normalize(term, coded_phrases=False)  # no term is a coded phrase


def encode(terms) -> bytes:
    """The cache file for ``terms`` under the current normaliser (``scripts/build_load_caches.py``)."""
    from .normalize import normalize

    from .source_deps import dependencies

    # followed name by name (round 24): not every person reader a package ``__init__`` pulls in
    files = dependencies(["text/normalize.py"])
    lines = ["# files " + " ".join(files), "# fingerprint " + fingerprint(files)]
    for term in sorted(set(terms)):
        if not term or "\t" in term or "\n" in term or "\r" in term or term.startswith("# "):
            continue
        nt = normalize(term, coded_phrases=False)
        folded, plain = nt.folded.text, nt.plain.text
        if any(c in v for v in (folded, plain) for c in "\t\n\r"):
            continue  # not representable in a line: normalised at load
        if plain != term:
            lines.append(f"{term}\t{folded}\t{plain}")
        elif folded != term:
            lines.append(f"{term}\t{folded}")
        else:
            lines.append(term)
    return gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
