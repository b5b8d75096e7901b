"""A streaming structural scan of JSON bytes: nesting depth, key count and string lengths.

Model headers come from strangers and may be up to 100 MB. Before any of it reaches
``json.loads`` (which recurses on nesting and builds an object per key), the bytes are scanned
in fixed-size chunks with numpy, so the check itself costs O(chunk) memory whatever the header
holds (issue 11, item 4: the old depth check ran a regex over the whole header and needed ~120
bytes per header byte, 6.9 GB for a 94 MB header). The scan tracks, across chunk boundaries:

* whether the next byte is inside a string, and whether it is escaped (a run of backslashes);
* the bracket depth outside strings (``{`` and ``[`` open, ``}`` and ``]`` close);
* the number of ``:`` outside strings, which is the number of object keys;
* the length in bytes of every string (its escapes included).

It only measures: it does not validate JSON (``json.loads`` does that afterwards, on a document
whose size, depth and key count are known to be within the limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

#: Bytes scanned at a time: the scan's memory is a few arrays of this length (~10 MB at 1 MiB).
CHUNK = 1 << 20

_QUOTE, _BACKSLASH, _COLON = ord('"'), ord("\\"), ord(":")
_OPEN = (ord("{"), ord("["))
_CLOSE = (ord("}"), ord("]"))


class LimitExceeded(ValueError):
    """A structural limit is exceeded; the message says which (without quoting the content)."""


@dataclass
class JsonScan:
    """Feed chunks with :meth:`feed`; read ``max_depth``, ``keys`` and ``longest_string``.

    With limits given, :meth:`feed` raises :class:`LimitExceeded` as soon as one is passed, so a
    hostile document is refused after the chunk that crosses the limit, not after all of it.
    """

    depth_limit: int | None = None
    keys_limit: int | None = None
    string_limit: int | None = None

    offset: int = 0           # bytes fed so far
    depth: int = 0            # bracket depth after the bytes fed
    max_depth: int = 0
    keys: int = 0
    longest_string: int = 0
    _in_string: bool = False
    _string_start: int = -1   # offset of the opening quote of the string we are in
    _backslashes: int = 0     # length of the run of backslashes that ends the bytes fed

    def feed(self, chunk: bytes | bytearray | memoryview) -> None:
        b = np.frombuffer(chunk, dtype=np.uint8)
        n = b.size
        if n == 0:
            return
        idx = np.arange(n, dtype=np.int64)
        bs = b == _BACKSLASH
        # Escaped: preceded by an odd run of backslashes. last_plain[i] is the index of the last
        # byte at or before i that is no backslash (a run carried over from the previous chunk
        # starts before 0); the run before byte i is (i - 1) - last_plain[i - 1].
        last_plain = np.where(bs, np.int64(-1 - self._backslashes), idx)
        np.maximum.accumulate(last_plain, out=last_plain)
        run_before = np.empty(n, dtype=np.int64)
        run_before[0] = self._backslashes
        run_before[1:] = idx[:-1] - last_plain[:-1]
        quote = (b == _QUOTE) & (run_before % 2 == 0)
        del run_before
        # Inside a string: an odd number of quotes up to and including this byte (given the
        # state carried in). A structural byte is never a quote, so for it this is exact.
        qcount = np.cumsum(quote, dtype=np.int64)
        inside = (qcount + self._in_string) % 2 == 1
        outside = ~inside
        # Depth.
        steps = np.zeros(n, dtype=np.int32)
        steps[((b == _OPEN[0]) | (b == _OPEN[1])) & outside] = 1
        steps[((b == _CLOSE[0]) | (b == _CLOSE[1])) & outside] = -1
        depth = np.cumsum(steps, dtype=np.int64)
        depth += self.depth
        self.max_depth = max(self.max_depth, int(depth.max()))
        self.depth = int(depth[-1])
        del steps, depth
        # Keys.
        self.keys += int(np.count_nonzero((b == _COLON) & outside))
        # Strings: quotes alternate open / close.
        qpos = np.flatnonzero(quote) + self.offset
        if qpos.size:
            if self._in_string:
                opens, closes = np.concatenate(([self._string_start], qpos[1::2])), qpos[0::2]
            else:
                opens, closes = qpos[0::2], qpos[1::2]
            m = min(opens.size, closes.size)
            if m:
                self.longest_string = max(self.longest_string, int((closes[:m] - opens[:m] - 1).max()))
            if opens.size > closes.size:
                self._in_string, self._string_start = True, int(opens[-1])
            else:
                self._in_string, self._string_start = False, -1
        if self._in_string:
            self.longest_string = max(self.longest_string, self.offset + n - self._string_start - 1)
        # Carry the backslash run into the next chunk (a chunk of only backslashes extends it).
        self._backslashes = n - 1 - int(last_plain[-1])
        self.offset += n
        self._check()

    def _check(self) -> None:
        if self.depth_limit is not None and self.max_depth > self.depth_limit:
            # Measured up to the chunk that crossed the limit: the rest is not read.
            more = " (or more)" if self.depth > 0 else ""
            raise LimitExceeded(f"is nested {self.max_depth} levels deep{more}, over the limit of {self.depth_limit}")
        if self.keys_limit is not None and self.keys > self.keys_limit:
            raise LimitExceeded(f"has more than {self.keys_limit} keys")
        if self.string_limit is not None and self.longest_string > self.string_limit:
            raise LimitExceeded(f"holds a string of {self.longest_string} bytes or more, over the limit of "
                                f"{self.string_limit}")


def scan(chunks: Iterable[bytes], **limits) -> JsonScan:
    """Scan ``chunks`` (in order) with the limits given; return the finished scan."""
    s = JsonScan(**limits)
    for c in chunks:
        s.feed(c)
    return s


def chunks_of(data: bytes | bytearray | memoryview, size: int = CHUNK) -> Iterable[memoryview]:
    """``data`` in views of ``size`` bytes (no copies)."""
    view = memoryview(data)
    for start in range(0, len(view), size):
        yield view[start : start + size]
