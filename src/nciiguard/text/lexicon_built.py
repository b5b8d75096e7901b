"""The packaged lexicons, built when the package is built (round 23): the file, its header and its check.

Why: building the sexual lexicon's indexes (~18,000 terms, folded and plain views, phrase-rule anchors) was
~1.3 s CPU of every start; reading them back is ~0.3 s. ``scripts/build_load_caches.py`` writes the file
and ``lexicon.load_packaged`` reads it (through :func:`read`).

Correct by construction like ``term_forms``: the file's header lists every package file the built indexes
depend on and their fingerprint; a file edited since the build makes the whole cache ignored (the lexicons
are built at load as before: slower, never different). The payload is a pickle, read only from the installed
package itself (the same trust as the code beside it), and only after the header matched; anything
unexpected in it is ignored.

Round 24 (issue 10):

- **Narrow fingerprint.** The files are :func:`dependencies` of ``text/lexicon.py`` plus the lexicon's data
  files: the modules whose code can run while a lexicon is built (the lexicon, the normaliser and its
  folding, decoding and word tables, the data files they name), followed through imports name by name. An
  import ``from .persons.language import x`` depends on ``persons/language.py``, not on the package's
  ``persons/__init__.py`` and the whole person reader it imports (``term_forms.closure`` counts those, so a
  change to any person reader made this file stale). Skipping a package ``__init__`` is safe while no
  module it pulls in changes a listed module: tests/unit/test_cost_round24.py checks that (no assignment
  into, mutating call on or ``global`` of a name imported from a listed module, anywhere in a module left
  out) and that every package function run while a lexicon is built lies in a listed file.
- **Deterministic bytes.** The same sources give the same file: sets and frozensets are pickled in sorted
  order (:class:`_Pickler`; their order in the file is not their order in memory anyway, which the
  loading process's string hashes decide), the header is canonical JSON and gzip's time stamp is 0.
  The reader (:class:`_Unpickler`) also refuses any class or function not of this package. The build
  script builds from the term forms it has just computed (a shared string is written once, so the bytes
  would otherwise depend on whether the shipped term-forms file was current). Dicts keep their insertion order (the lexicon's term order is read by other matchers through
  ``Lexicon.forms``), so a dict filled in set order must be filled in sorted order at its source
  (``Lexicon``: the second-token index and the rule index); ``scripts/build_load_caches.py`` also
  builds with ``PYTHONHASHSEED=0``. The bytes are the same for the same zlib; ``--check`` compares the
  uncompressed file, which does not depend on it.

This module knows nothing of the Lexicon class (the caller says what a value must be), so that
``lexicon.py`` can import it without a cycle.
"""

from __future__ import annotations

import pickle
from typing import Callable, Iterable

from .source_deps import dependencies

__all__ = ["BUILT_FILE", "FORMAT", "built_files", "built_header", "dependencies", "encode", "payload", "read",
           "unpickle"]

BUILT_FILE = "text/data/lexicons_built.pickle.gz"
#: The header's ``format``: 2 since round 24 (narrow file list, canonical pickle). A file of another
#: format is ignored.
FORMAT = 2
#: Where the dependencies of the built lexicons start.
ROOTS = ("text/lexicon.py",)


def built_files(keys: Iterable[tuple]) -> list[str]:
    """The package files the built lexicons of ``keys`` depend on."""
    from .prefilter import LITERALS_FILE
    from .regex_code import FILE as REGEX_CODE_FILE
    from .term_forms import FILE as TERM_FORMS_FILE

    data = {f"text/data/{f}" for key in keys for f in (*key[0], *([key[1]] if key[1] else []))}
    # Not the start-up caches themselves (this file, and the three written beside it in the same run:
    # each is checked against its own fingerprint or key and gives the same result as no cache). The
    # compiled regex code (round 29) was left in until round 30: the build wrote it after this header, so
    # one build left this file stale and a second was needed.
    return sorted((set(dependencies(ROOTS)) | data) - {BUILT_FILE, LITERALS_FILE, TERM_FORMS_FILE, REGEX_CODE_FILE})


def _order(item) -> str:
    """A sort key for a set's members that does not depend on string hashing."""
    if isinstance(item, (set, frozenset)):
        return f"{type(item).__qualname__}:[" + ",".join(sorted(_order(x) for x in item)) + "]"
    if isinstance(item, tuple):
        return "tuple:(" + ",".join(_order(x) for x in item) + ")"
    return f"{type(item).__qualname__}:{item!r}"


class _Pickler(pickle.Pickler):
    """The C pickler (protocol 5), with every set and frozenset written as a persistent reference that
    holds its members in sorted order: ``(kind, number, members)``, the number keeping shared sets shared.
    (The C pickler writes builtin sets itself, in memory order, and offers no other hook for them; the
    pure-Python pickler is 15 times slower.)"""

    def __init__(self, file):
        super().__init__(file, protocol=5)
        self._sets: dict[int, tuple] = {}  # id -> (reference, the set itself, kept alive)

    def persistent_id(self, obj):
        kind = type(obj)
        if kind is not set and kind is not frozenset:
            return None
        hit = self._sets.get(id(obj))
        if hit is None:
            ref = (kind.__name__, len(self._sets), tuple(sorted(obj, key=_order)))
            hit = self._sets[id(obj)] = (ref, obj)
        return hit[0]


class _Unpickler(pickle.Unpickler):
    """Reads what :class:`_Pickler` wrote: sets back from their references, and classes and functions of
    this package only (the file is the package's own; anything else in it is refused, not run)."""

    def __init__(self, file):
        super().__init__(file)
        self._sets: dict[int, set | frozenset] = {}

    def persistent_load(self, pid):
        kind, number, members = pid
        if kind not in ("set", "frozenset") or type(number) is not int or type(members) is not tuple:
            raise pickle.UnpicklingError("not a set reference")
        got = self._sets.get(number)
        if got is None:
            got = self._sets[number] = set(members) if kind == "set" else frozenset(members)
        return got

    def find_class(self, module, name):
        if module != "nciiguard" and not module.startswith("nciiguard."):
            raise pickle.UnpicklingError(f"{module}.{name} is not of this package")
        return super().find_class(module, name)


def payload(value) -> bytes:
    """``value`` pickled canonically (protocol 5, set members sorted)."""
    import io

    out = io.BytesIO()
    _Pickler(out).dump(value)
    return out.getvalue()


def unpickle(data: bytes):
    """What :func:`payload` wrote."""
    import io

    return _Unpickler(io.BytesIO(data)).load()


def encode(lexicons: dict[tuple, object]) -> bytes:
    """The file for ``lexicons`` (key -> built lexicon): a JSON header line, then the pickle; the same
    lexicons give the same bytes."""
    import gzip
    import json

    from .term_forms import fingerprint

    files = built_files(lexicons)
    header = json.dumps({"format": FORMAT, "files": files, "fingerprint": fingerprint(files)},
                        sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    ordered = {key: lexicons[key] for key in sorted(lexicons, key=repr)}
    return gzip.compress(header + b"\n" + payload(ordered), compresslevel=9, mtime=0)


def built_header(data: bytes) -> dict | None:
    """The header of a built-lexicon file (``format``, ``files``, ``fingerprint``), None if unreadable."""
    import gzip
    import json

    try:
        raw = gzip.decompress(data)
        header = json.loads(raw[:raw.index(b"\n")])
        return header if isinstance(header, dict) and "files" in header and "fingerprint" in header else None
    except (OSError, EOFError, ValueError):
        return None


def read(accept: Callable[[object], bool]) -> dict[tuple, object]:
    """key -> lexicon from the shipped file; empty when the file is missing, stale, damaged, of another
    format or holds a value ``accept`` refuses. Nothing is unpickled before the header matched."""
    import gzip
    import json

    from .._data import read_bytes
    from .term_forms import fingerprint

    try:
        raw = gzip.decompress(read_bytes(BUILT_FILE))
        cut = raw.index(b"\n")
        header = json.loads(raw[:cut])
        files = header["files"]
        if header.get("format") != FORMAT or not isinstance(files, list) \
                or not all(isinstance(f, str) for f in files):
            return {}
        if fingerprint(list(files)) != header["fingerprint"]:
            return {}
        out = unpickle(raw[cut + 1:])
        return out if isinstance(out, dict) and all(accept(v) for v in out.values()) else {}
    except Exception:  # noqa: BLE001 - a missing or damaged cache is ignored, never trusted
        return {}
