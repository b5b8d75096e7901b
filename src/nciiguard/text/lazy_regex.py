"""Regular expressions compiled on first use, for large tables of gated rules.

Why: the guard loads ~1,400 patterns, and Python's regex parser is pure Python (~0.8 s of the
guard's ~3.4 s start-up in round 16). Most rows of the big tables (the lexicon's phrase rules, the
private-person and role tables) are gated by literals or anchor words that few prompts hold, and
many belong to languages a deployment rarely sees: compiling each one the first time a prompt opens
it moves that cost out of start-up, and a process never pays for rows it never needs.

The cost a row moves is paid once per process, by the first prompt that opens it (about a
millisecond for the largest rows). A server that prefers an even latency from its first request
calls :func:`compile_all` (``Guard.warm()``) after loading. Since round 29 a row compiles from the
compiled code shipped in text/data/regex_code.pickle.gz (text/regex_code.py: the same pattern object,
~100 times cheaper to make) when the file holds it, so first use costs microseconds, not milliseconds. Compiling is idempotent and the slot is
assigned atomically, so two threads that race on a row both get a correct pattern.

A pattern's syntax is still checked where the table is built when it matters (tests compile every
packaged table: tests/unit/test_lazy_regex.py), so a broken row cannot hide until a prompt needs it.
"""

from __future__ import annotations

import re
import threading
from typing import Iterator
import weakref

from .regex_code import compile as _compile

#: Every lazy pattern created in this process (weakly held), for :func:`compile_all`.
_ALL: "weakref.WeakSet[LazyPattern]" = weakref.WeakSet()
_all_lock = threading.Lock()


class LazyPattern:
    """Duck-types the ``re.Pattern`` methods the tables call; compiles on the first call."""

    __slots__ = ("pattern", "flags", "_rx", "__weakref__")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self._rx: re.Pattern[str] | None = None
        with _all_lock:
            _ALL.add(self)

    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            # the shipped compiled code when it holds this row (text/regex_code.py), else re.compile
            rx = self._rx = _compile(self.pattern, self.flags)
        return rx

    @property
    def groupindex(self):
        return self.compiled().groupindex

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1):
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1):
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1):
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1):
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0):
        return self.compiled().sub(repl, string, count)

    def __reduce__(self):
        # Pickled as its source (the built lexicons, text/lexicon.py ``BUILT_FILE``): re-made through
        # ``__init__`` when read back, so it is registered for :func:`compile_all` and compiles on first
        # use like any other, and a compiled pattern is never stored.
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        state = "compiled" if self._rx is not None else "not compiled yet"
        return f"LazyPattern({self.pattern[:40]!r}..., {state})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every lazy pattern made so far (``Guard.warm()``); returns how many were compiled now.
    Raises ``re.error`` naming the first pattern that does not compile."""
    with _all_lock:
        todo = [p for p in _ALL if p._rx is None]
    for p in todo:
        try:
            p.compiled()
        except re.error as exc:
            raise re.error(f"{exc} in lazy pattern {p.pattern[:80]!r}") from None
    return len(todo)


def pending() -> int:
    """How many lazy patterns are not compiled yet (for tests and benchmarks)."""
    with _all_lock:
        return sum(1 for p in _ALL if p._rx is None)
