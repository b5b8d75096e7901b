"""The compiled form of the lazy rule patterns (``text.lazy_regex``), shipped, so the first prompt that
opens a rare row does not run Python's regex compiler (round 29, helper "cost").

Why: Python's regex parser and code generator are pure Python. A lazy row costs 1-4 ms to compile the
first time a prompt opens it; over the speed mix (bench/prompt_speed.py) a fresh process compiled ~220
rows in its first 600 prompts after warming up, 0.35 ms a prompt on average and ~2 ms a prompt in the
slowest 5% (bench/results/prompt_cost_round29.md). The compiler's output, the list of opcodes ``_sre``
runs, depends only on the pattern, its flags and the ``_sre`` version, so it is computed once here
(scripts/build_load_caches.py) and handed to ``_sre.compile`` on first use, as ``re`` does itself at
the end of ``re.compile``: the pattern object is the same (``==`` compares pattern, flags and code;
tests/unit/test_regex_code.py checks every shipped row), only ~100 times cheaper to make.

Safety: an entry is used only for its exact (pattern, flags) and only under the ``_sre`` it was made
for (``MAGIC``, ``CODESIZE``, the Python minor version); anything else, a missing or unreadable file,
or code ``_sre`` refuses (it validates the code it is given), falls back to ``re.compile``. A stale
file is therefore never wrong, only slower (tests/unit/test_load_caches.py says when to rebuild).
"""

from __future__ import annotations

import array
import gzip
import pickle
import re
import sys
import threading
import zlib
from importlib import resources

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python implementation: always re.compile
    _sre = None

#: The shipped file, under src/nciiguard.
FILE = "text/data/regex_code.pickle.gz"

_lock = threading.Lock()
_table: dict | None = None


def _stamp() -> tuple:
    return (getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None), tuple(sys.version_info[:2]))


def entry(pattern: str, flags: int) -> tuple:
    """``(flags, compressed code, groups, groupindex, indexgroup)`` of ``pattern``: what
    ``re._compiler.compile`` hands ``_sre.compile``."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    packed = array.array("I", code).tobytes()
    return flags | p.state.flags, zlib.compress(packed, 9), p.state.groups - 1, groupindex, tuple(indexgroup)


def encode(patterns) -> bytes:
    """The file's bytes for ``patterns`` ((pattern, flags) pairs), in sorted order (same input, same bytes)."""
    rows = [(pat, flags, *entry(pat, flags)) for pat, flags in sorted({(p, int(f)) for p, f in patterns})]
    # each row's code is compressed on its own (kept so in memory until first use); gzip around it only
    # for packaging (pyproject ships *.gz), at level 1, with time stamp 0 (same rows, same bytes)
    return gzip.compress(pickle.dumps((_stamp(), rows), protocol=4), compresslevel=1, mtime=0)


def decode(data: bytes) -> dict:
    """{(pattern, flags): entry} of a file's bytes; empty when it was made for another ``_sre``."""
    stamp, rows = pickle.loads(gzip.decompress(data))
    if tuple(stamp) != _stamp() or array.array("I").itemsize != _sre.CODESIZE:
        return {}
    return {(pat, flags): rest for pat, flags, *rest in rows}


def same(a: bytes, b: bytes) -> bool:
    """Two files hold the same code (zlib's bytes may differ between zlib versions, the code cannot)."""
    try:
        da, db = decode(a), decode(b)
    except Exception:  # noqa: BLE001
        return False
    return da.keys() == db.keys() and all(
        (x[0], zlib.decompress(x[1]), *x[2:]) == (y[0], zlib.decompress(y[1]), *y[2:])
        for x, y in ((da[k], db[k]) for k in da))


def _load() -> dict:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                try:
                    data = resources.files("nciiguard").joinpath(FILE).read_bytes() if _sre is not None else None
                    _table = decode(data) if data else {}
                except Exception:  # noqa: BLE001 - no file, another format: re.compile does it
                    _table = {}
    return _table


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, from the shipped code when it holds this pattern."""
    e = _load().get((pattern, flags)) if isinstance(pattern, str) and isinstance(flags, int) else None
    if e is not None:
        out_flags, packed, groups, groupindex, indexgroup = e
        try:
            code = array.array("I")
            code.frombytes(zlib.decompress(packed))
            return _sre.compile(pattern, out_flags, code.tolist(), groups, dict(groupindex), indexgroup)
        except Exception:  # noqa: BLE001 - refused or damaged: compile it the ordinary way
            pass
    return re.compile(pattern, flags)
