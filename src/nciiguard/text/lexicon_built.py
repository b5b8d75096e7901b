"""The packaged lexicons, built when the package is built (round 23): the file, its header and its check.

Why: building the sexual lexicon's indexes (~18,000 terms, folded and plain views, phrase-rule anchors) was
~1.3 s CPU of every start; reading them back is ~0.3 s. ``scripts/build_load_caches.py`` writes the file
and ``lexicon.load_packaged`` reads it (through :func:`read`).

Correct by construction like ``term_forms``: the file's header lists every package file the built indexes
depend on (the import closure of ``text/lexicon.py``, the lexicon data files) and their fingerprint; a file
edited since the build makes the whole cache ignored (the lexicons are built at load as before: slower,
never different). The payload is a pickle, read only from the installed package itself (the same trust as
the code beside it), and only after the header matched; anything unexpected in it is ignored.

This module knows nothing of the Lexicon class (the caller says what a value must be), so that
``lexicon.py`` can import it without a cycle.
"""

from __future__ import annotations

from typing import Callable, Iterable

__all__ = ["BUILT_FILE", "built_files", "built_header", "encode", "read"]

BUILT_FILE = "text/data/lexicons_built.pickle.gz"


def built_files(keys: Iterable[tuple]) -> list[str]:
    """The package files the built lexicons of ``keys`` depend on."""
    from .prefilter import LITERALS_FILE
    from .term_forms import FILE as TERM_FORMS_FILE
    from .term_forms import closure

    data = {f"text/data/{f}" for key in keys for f in (*key[0], *([key[1]] if key[1] else []))}
    # Not the start-up caches themselves (this file, and the two written beside it in the same run:
    # each is checked against its own fingerprint and gives the same result as no cache).
    return sorted((set(closure("text/lexicon.py")) | data) - {BUILT_FILE, LITERALS_FILE, TERM_FORMS_FILE})


def encode(lexicons: dict[tuple, object]) -> bytes:
    """The file for ``lexicons`` (key -> built lexicon): a JSON header line, then the pickle."""
    import gzip
    import json
    import pickle

    from .term_forms import fingerprint

    files = built_files(lexicons)
    header = json.dumps({"files": files, "fingerprint": fingerprint(files)}).encode()
    return gzip.compress(header + b"\n" + pickle.dumps(lexicons, protocol=5), mtime=0)


def built_header(data: bytes) -> dict | None:
    """The header of a built-lexicon file (``files``, ``fingerprint``), None if unreadable."""
    import gzip
    import json

    try:
        raw = gzip.decompress(data)
        header = json.loads(raw[:raw.index(b"\n")])
        return header if isinstance(header, dict) and "files" in header and "fingerprint" in header else None
    except (OSError, EOFError, ValueError):
        return None


def read(accept: Callable[[object], bool]) -> dict[tuple, object]:
    """key -> lexicon from the shipped file; empty when the file is missing, stale, damaged or holds a
    value ``accept`` refuses."""
    import gzip
    import json
    import pickle

    from .._data import read_bytes
    from .term_forms import fingerprint

    try:
        raw = gzip.decompress(read_bytes(BUILT_FILE))
        cut = raw.index(b"\n")
        header = json.loads(raw[:cut])
        if fingerprint(list(header["files"])) != header["fingerprint"]:
            return {}
        out = pickle.loads(raw[cut + 1:])
        return out if isinstance(out, dict) and all(accept(v) for v in out.values()) else {}
    except Exception:  # noqa: BLE001 - a missing or damaged cache is ignored, never trusted
        return {}
