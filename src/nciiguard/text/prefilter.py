"""Necessary literals of a regular expression: strings one of which every match contains.

Why: a signal with many phrasing rules (intent_text holds 81, one per verb family and language)
scans the prompt once per rule, and almost every rule fails on almost every prompt. Python's
``re`` cannot skip ahead for patterns that start with ``\\b`` (it only builds its first-character
filter for patterns starting with a literal, a class or a branch), so each failing scan costs a
few microseconds per rule. A rule whose every match must contain "undress", "strip" or "disrobe"
cannot match a prompt that contains none of them: a substring test answers that in nanoseconds.
This is the idea of RE2's FilteredRE2 and Hyperscan's literal prefilters, for the small subset of
regex syntax the rules use.

The analysis is conservative: where it cannot prove a literal necessary (an optional part, a
character class, a lookaround, a back-reference, case-insensitive matching) it returns ``None``
and the rule always runs. It never changes what a rule matches, only whether the scan is tried.
"""

from __future__ import annotations

import re
from re import _constants as C  # the parser's own opcodes (stable since Python 3.11)
from re import _parser as P
from typing import Iterable

__all__ = ["required_literals", "analyse", "LiteralGate", "cached_literals", "encode_literals"]

#: Shortest literal worth testing: shorter ones are in most prompts and filter nothing.
MIN_LITERAL = 2
#: A class of at most this many single characters counts as alternatives ("[sz]").
MAX_CLASS = 4
#: Most strings a run of exact items may join into ("t" + "ake|ook" -> "take", "took").
MAX_JOINED = 64


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when no such set of
    literals of at least :data:`MIN_LITERAL` characters can be proven (case-insensitive patterns
    never get one). ``pattern`` may be a :class:`~.lazy_regex.LazyPattern`: only its source is read,
    so a gated rule is compiled the first time a prompt opens it."""
    if pattern.flags & re.IGNORECASE:
        return None
    cached = cached_literals().get((pattern.flags & ~re.UNICODE, pattern.pattern), _MISSING)
    if cached is not _MISSING:
        return cached
    return analyse(pattern.pattern, pattern.flags)


def analyse(source: str, flags: int = 0) -> frozenset[str] | None:
    """:func:`required_literals` computed from the source (the parse costs ~0.5 ms a rule: 0.2 s of
    start-up for the intent rules, hence the cache below)."""
    if flags & re.IGNORECASE:
        return None
    found = _sequence(list(P.parse(source, flags)))
    if not found or min(map(len, found)) < MIN_LITERAL:
        return None
    return frozenset(found)


def _sequence(items) -> set[str] | None:
    """Items that must all match one after the other: any one item's necessary set is necessary
    for the whole. Consecutive items that match exact strings (a literal, a branch of literals:
    the parser turns "take|took" into "t" + "ake|ook") join into longer strings, up to
    :data:`MAX_JOINED` combinations. The set whose shortest string is longest (then the smallest
    set) is kept: it filters best."""
    return _sequence_exact(items)[0]


def _sequence_exact(items) -> tuple[set[str] | None, bool]:
    """(necessary strings, whether the items match exactly one of them and nothing else)."""
    candidates: list[set[str]] = []
    run: set[str] = {""}
    exact = True
    for op, av in items:
        found, node_exact = ({chr(av)}, True) if op is C.LITERAL else _node(op, av)
        if node_exact and found and len(run) * len(found) <= MAX_JOINED:
            run = {a + b for a in run for b in found}
            continue
        exact = False
        if run != {""}:
            candidates.append(run)
        run = {""}
        if found:
            candidates.append(found)
    if run != {""}:
        candidates.append(run)
    candidates = [c for c in candidates if all(c)]
    if not candidates:
        return None, False
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c))), exact and len(candidates) == 1


def _node(op, av) -> tuple[set[str] | None, bool]:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, False
        return _sequence_exact(sub)
    if op is C.ATOMIC_GROUP:
        return _sequence_exact(av)
    if op is C.BRANCH:  # every alternative must contribute, else the branch proves nothing
        out: set[str] = set()
        exact = True
        for alternative in av[1]:
            found, alt_exact = _sequence_exact(alternative)
            if not found:
                return None, False
            out |= found
            exact = exact and alt_exact
        return out, exact
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        found, sub_exact = _sequence_exact(sub) if low >= 1 else (None, False)
        return found, sub_exact and low == high == 1
    if op is C.IN:  # a small class of plain characters: one alternative per character
        chars = set()
        for o, a in av:
            if o is not C.LITERAL:
                return None, False
            chars.add(chr(a))
        return (chars, True) if len(chars) <= MAX_CLASS else (None, False)
    return None, False  # AT (\b, ^, $), ASSERT, ASSERT_NOT, ANY, CATEGORY, GROUPREF, NOT_LITERAL ...


# -- literals computed at build time ---------------------------------------------------------------
# scripts/build_load_caches.py writes the literals of every gated rule the guard loads to
# data/regex_literals.json.gz with a fingerprint of this module and of Python's regex parser; a file
# whose fingerprint differs is ignored and a rule missing from it is analysed at load: a stale cache
# costs start-up time, never a different gate (tests/unit/test_load_caches.py fails while it is stale).
LITERALS_FILE = "text/data/regex_literals.json.gz"
_MISSING = object()
_cache: dict[tuple[int, str], frozenset[str] | None] | None = None


def literals_fingerprint() -> str:
    import hashlib
    import sys
    from pathlib import Path

    h = hashlib.sha256(f"python {sys.version_info[:2]}\n".encode())
    h.update(Path(__file__).read_bytes())
    h.update(Path(P.__file__).read_bytes())
    return h.hexdigest()


def cached_literals() -> dict[tuple[int, str], frozenset[str] | None]:
    """(flags, source) -> literals, from the shipped file; empty when it is missing or stale."""
    global _cache
    if _cache is None:
        _cache = _read_cache()
    return _cache


def _read_cache() -> dict[tuple[int, str], frozenset[str] | None]:
    import gzip
    import json

    from .._data import PackageDataError, read_bytes

    try:
        doc = json.loads(gzip.decompress(read_bytes(LITERALS_FILE)).decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("fingerprint") != literals_fingerprint():
            return {}
        return {(int(flags), src): (frozenset(lits) if lits is not None else None)
                for flags, src, lits in doc["rules"]}
    except (PackageDataError, OSError, EOFError, ValueError, KeyError, TypeError):
        return {}


def encode_literals(patterns: Iterable) -> bytes:
    """The cache file for ``patterns`` (objects with ``pattern`` and ``flags``)."""
    import gzip
    import json

    rules = {}
    for p in patterns:
        lits = analyse(p.pattern, p.flags)
        rules[(p.flags & ~re.UNICODE, p.pattern)] = sorted(lits) if lits is not None else None
    doc = {"fingerprint": literals_fingerprint(),
           "rules": [[flags, src, lits] for (flags, src), lits in sorted(rules.items())]}
    return gzip.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0)


class LiteralGate:
    """Which of many patterns can match a text: each pattern's necessary literals are tested
    once per text (one substring test per distinct literal, shared by every pattern that needs
    it); a pattern without proven literals always passes."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]):
        self._needs: list[frozenset[str] | None] = [required_literals(p) for p in patterns]
        self._literals: tuple[str, ...] = tuple(sorted(set().union(*(n for n in self._needs if n))))
        # Round 10: literals by their first three characters, so a text tests only the literals whose
        # start it holds (one dict probe per trigram of the text) instead of every literal (over a
        # thousand with the undress rules of 76 languages); shorter literals are always tested.
        self._short: tuple[str, ...] = tuple(lit for lit in self._literals if len(lit) < 3)
        heads: dict[str, list[str]] = {}
        for lit in self._literals:
            if len(lit) >= 3:
                heads.setdefault(lit[:3], []).append(lit)
        self._by_head: dict[str, tuple[str, ...]] = {h: tuple(v) for h, v in heads.items()}
        # Round 14: literal -> the patterns that need it, and the patterns never gated, so
        # :meth:`open_indices` touches only the patterns a present literal opens (a few) instead of
        # testing every pattern's set (hundreds) on every text.
        rows: dict[str, list[int]] = {}
        for k, need in enumerate(self._needs):
            for lit in need or ():
                rows.setdefault(lit, []).append(k)
        self._rows_of: dict[str, tuple[int, ...]] = {lit: tuple(v) for lit, v in rows.items()}
        self._always: tuple[int, ...] = tuple(k for k, need in enumerate(self._needs) if need is None)

    @property
    def gated(self) -> int:
        """How many patterns have a literal gate."""
        return sum(n is not None for n in self._needs)

    def _present(self, text: str) -> set[str]:
        present = {lit for lit in self._short if lit in text}
        by_head = self._by_head
        for t in {text[i : i + 3] for i in range(len(text) - 2)}:
            lits = by_head.get(t)
            if lits is not None:
                present.update(lit for lit in lits if lit in text)
        return present

    def open(self, text: str) -> list[bool]:
        """For each pattern, in order: may it match ``text``? (False only when it cannot.)"""
        present = self._present(text)
        return [need is None or not need.isdisjoint(present) for need in self._needs]

    def open_indices(self, text: str) -> list[int]:
        """The indices of the patterns that may match ``text``, ascending: the True places of :meth:`open`."""
        found = set(self._always)
        rows_of = self._rows_of
        for lit in self._present(text):
            found.update(rows_of[lit])
        return sorted(found)
