"""Names of the likeness registry: an in-memory provider and the matcher built from any provider.

A provider is any object with ``aliases() -> Iterable[(person_id, alias)]`` and a ``revision``
that changes with every change (``resources.protected_names``: the registry store, or
:class:`StaticNames`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterable

from ..normalize import normalize
from .words import Word, clean


class StaticNames:
    """An in-memory, thread-safe ``protected_names`` provider for tests and library users.

    ``revision`` changes on every change, so signals know to rebuild their matchers.
    """

    def __init__(self, aliases: Iterable[tuple[str, str]] = ()):
        self._lock = threading.Lock()
        self._names: dict[str, set[str]] = {}
        self._revision = 0
        for person_id, alias in aliases:
            self._add(person_id, alias)

    @property
    def revision(self) -> int:
        return self._revision

    def _add(self, person_id: str, alias: str) -> None:
        if not isinstance(person_id, str) or not person_id:
            raise ValueError("person_id must be a non-empty string")
        if not isinstance(alias, str) or not alias.strip():
            raise ValueError("alias must be a non-empty string")
        self._names.setdefault(person_id, set()).add(alias.strip())
        self._revision += 1

    def add(self, person_id: str, alias: str) -> None:
        with self._lock:
            self._add(person_id, alias)

    def remove(self, person_id: str, alias: str | None = None) -> None:
        """Remove one alias of a person, or the person (all aliases) when ``alias`` is None."""
        with self._lock:
            if alias is None:
                self._names.pop(person_id, None)
            else:
                aliases = self._names.get(person_id)
                if aliases is not None:
                    aliases.discard(alias.strip())
                    if not aliases:
                        del self._names[person_id]
            self._revision += 1

    def aliases(self) -> list[tuple[str, str]]:
        with self._lock:
            return [(pid, a) for pid, names in self._names.items() for a in sorted(names)]


@dataclass(frozen=True)
class _Alias:
    tokens: tuple[str, ...]
    person_id: str
    alias: str


class ProtectedMatcher:
    """Token-sequence and joined-form matcher over registry aliases (immutable once built)."""

    def __init__(self, pairs: Iterable[tuple[str, str]], gaz):
        self.by_first: dict[str, list[_Alias]] = {}
        self.joined: dict[str, list[_Alias]] = {}
        for person_id, alias in pairs:
            toks = tuple(clean(t.text) for t in normalize(str(alias), coded_phrases=False).folded.tokens)
            toks = tuple(t for t in toks if t)
            if not toks:
                continue
            entry = _Alias(toks, str(person_id), str(alias))
            if len(toks) == 1 and (len(toks[0]) < 4 or gaz.is_common_word(toks[0])):
                # A one-word alias that is a common word ("Rose") would flag every rose garden:
                # such aliases only match when written exactly as a multi-word alias is.
                continue
            self.by_first.setdefault(toks[0], []).append(entry)
            joined = "".join(toks)
            if len(toks) > 1 and len(joined) >= 6:
                self.joined.setdefault(joined, []).append(entry)
        self.lengths = sorted({len(k) for k in self.joined}, reverse=True)

    def find(self, words: list["Word"]) -> list[tuple[int, int, _Alias, str]]:
        out = []
        n = len(words)
        for i, w in enumerate(words):
            for entry in self.by_first.get(w.folded, ()):
                k = len(entry.tokens)
                if i + k <= n and all(words[i + j].folded == entry.tokens[j] for j in range(k)):
                    if all(words[i + j].joinable_next for j in range(k - 1)):
                        out.append((i, i + k - 1, entry, "tokens"))
            if w.folded in self.joined:
                for entry in self.joined[w.folded]:
                    out.append((i, i, entry, "joined"))
            elif len(w.folded) >= 8:
                # "emmawatsonnude", "xjanedoex": the joined alias inside a longer token.
                for length in self.lengths:
                    if length > len(w.folded):
                        continue
                    for s in range(0, len(w.folded) - length + 1):
                        hit = self.joined.get(w.folded[s : s + length])
                        if hit:
                            out.extend((i, i, entry, "joined") for entry in hit)
        return out

