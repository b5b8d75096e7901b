"""Read a safetensors header without loading a single tensor.

A safetensors file is ``<u64 little-endian N><N bytes of UTF-8 JSON><tensor bytes>``. The JSON
object maps tensor names to ``{"dtype", "shape", "data_offsets": [begin, end]}`` and may hold a
``__metadata__`` object of string -> string (where trainers such as kohya-ss put their training
settings, tag frequencies and dataset folder names).

Model files come from strangers, so the header is hostile until proven otherwise. Everything is
checked before it is trusted, and each failure is a :class:`HeaderError` that says what is wrong:

* the length prefix must be at most ``max_header_bytes`` (100 MB by default, the limit the
  reference implementation uses) and at most the file size minus 8: a length pointing past the
  end of the file means a truncated or forged file, and is refused before anything is read;
* the header must be valid UTF-8 and valid JSON, and its top level an object;
* nesting deeper than ``max_depth``, more than ``max_keys`` keys in all objects together and a
  string longer than ``max_string_bytes`` are refused *before* parsing, by a streaming scan of
  the header as it is read (:mod:`nciiguard.modelscan.jsonscan`): a ``[[[[...`` bomb never
  reaches the recursive JSON parser, a million keys never become a million Python objects, and
  the check itself needs a fixed ~10 MB whatever the header holds (issue 11: the old regex check
  needed ~120 bytes per header byte). Reading a header at the 100 MB limit peaks at about three
  times its size (bytes, text, parsed strings);
* every tensor entry must name a dtype, a shape of non-negative integers and offsets inside the
  data section, and ``__metadata__`` must be an object of strings.

Nothing here imports ``safetensors`` or ``torch``: only the first ``8 + N`` bytes are read.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import ConfigError, InputError
from .jsonscan import CHUNK, JsonScan, LimitExceeded, chunks_of

#: The reference implementation refuses headers above 100 MB; so do we.
MAX_HEADER_BYTES = 100_000_000
#: A real header is 3 levels deep (header -> tensor -> shape); 32 leaves room for odd writers.
MAX_DEPTH = 32
#: Keys in all objects together. The largest real checkpoints have tens of thousands of tensors
#: (3 keys each); a million keys is far past any real file and still parses in about a second.
MAX_KEYS = 1_000_000
#: Longest JSON string (bytes, escapes included). The largest real values are kohya's
#: ``ss_tag_frequency`` of a big dataset, a few MB; metadata.py reads nested JSON up to 16 MB.
MAX_STRING_BYTES = 32 * 1024 * 1024

_METADATA_KEY = "__metadata__"


class HeaderError(InputError):
    """The file is not a readable safetensors file; the message says why."""


@dataclass(frozen=True)
class TensorInfo:
    dtype: str
    shape: tuple[int, ...]
    begin: int
    end: int


@dataclass(frozen=True)
class SafetensorsHeader:
    """What the header says: tensor layout and the ``__metadata__`` strings."""

    path: str
    file_size: int
    header_bytes: int
    tensors: Mapping[str, TensorInfo]
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def data_bytes(self) -> int:
        return self.file_size - 8 - self.header_bytes

    def summary(self) -> dict[str, Any]:
        return {
            "format": "safetensors",
            "header_bytes": self.header_bytes,
            "tensors": len(self.tensors),
            "metadata_keys": len(self.metadata),
        }


def check_limits(**limits: Any) -> None:
    """Raise ConfigError unless every limit given is a positive integer (``max_keys`` may be 0)."""
    for name, value in limits.items():
        low = 0 if name == "max_keys" else 1
        if not isinstance(value, int) or isinstance(value, bool) or value < low:
            raise ConfigError(f"safetensors header limit {name} must be an integer >= {low}, got {value!r}")


def read_header(
    path: str | Path,
    *,
    max_header_bytes: int = MAX_HEADER_BYTES,
    max_depth: int = MAX_DEPTH,
    max_keys: int = MAX_KEYS,
    max_string_bytes: int = MAX_STRING_BYTES,
) -> SafetensorsHeader:
    """Read and validate the header of the safetensors file at ``path``.

    The header is scanned as it is read, in chunks: a header over a limit is refused at the
    chunk that crosses it, and nothing of it is parsed.
    """
    check_limits(max_header_bytes=max_header_bytes, max_depth=max_depth, max_keys=max_keys,
                 max_string_bytes=max_string_bytes)
    p = Path(path)
    scan = JsonScan(depth_limit=max_depth, keys_limit=max_keys, string_limit=max_string_bytes)
    try:
        with open(p, "rb") as f:
            size = _file_size(f)
            if size < 8:
                raise HeaderError(f"{p}: file is {size} bytes, too short for a safetensors header (8-byte length prefix)")
            (n,) = struct.unpack("<Q", f.read(8))
            if n > max_header_bytes:
                raise HeaderError(
                    f"{p}: header length {n} bytes is over the {max_header_bytes} byte limit (hostile or not safetensors)"
                )
            if n > size - 8:
                raise HeaderError(
                    f"{p}: header length {n} bytes runs past the end of the file ({size} bytes): truncated or not safetensors"
                )
            if n < 2:
                raise HeaderError(f"{p}: header length {n} bytes is too short for a JSON object")
            raw = bytearray()
            while len(raw) < n:
                chunk = f.read(min(CHUNK, n - len(raw)))
                if not chunk:
                    break
                try:
                    scan.feed(chunk)
                except LimitExceeded as exc:
                    raise HeaderError(f"{p}: header {exc}") from None
                raw += chunk
    except HeaderError:
        raise
    except FileNotFoundError:
        raise HeaderError(f"file not found: {p}") from None
    except IsADirectoryError:
        raise HeaderError(f"not a regular file: {p}") from None
    except OSError as exc:
        raise HeaderError(f"cannot read {p}: {exc.strerror or exc}") from None
    if len(raw) != n:
        raise HeaderError(f"{p}: file ended inside the header ({len(raw)} of {n} bytes)")
    n = len(raw)
    text = _decode(raw, str(p))
    del raw  # peak memory: the text and the parsed objects, not the bytes as well
    return _parse(text, n, size, str(p), max_keys)


def _file_size(f) -> int:
    import os

    return os.fstat(f.fileno()).st_size


def parse_header(
    raw: bytes, *, file_size: int | None = None, path: str = "<bytes>", max_depth: int = MAX_DEPTH,
    max_keys: int = MAX_KEYS, max_string_bytes: int = MAX_STRING_BYTES,
) -> SafetensorsHeader:
    """Validate the JSON header bytes ``raw`` (without the length prefix)."""
    check_limits(max_depth=max_depth, max_keys=max_keys, max_string_bytes=max_string_bytes)
    try:
        _scan_bytes(raw, max_depth=max_depth, max_keys=max_keys, max_string_bytes=max_string_bytes)
    except LimitExceeded as exc:
        raise HeaderError(f"{path}: header {exc}") from None
    return _parse(_decode(raw, path), len(raw), file_size, path, max_keys)


def _scan_bytes(data, *, max_depth: int | None, max_keys: int | None, max_string_bytes: int | None) -> JsonScan:
    scan = JsonScan(depth_limit=max_depth, keys_limit=max_keys, string_limit=max_string_bytes)
    for chunk in chunks_of(data):
        scan.feed(chunk)
    return scan


def _decode(raw: bytes | bytearray, path: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HeaderError(f"{path}: header is not valid UTF-8 (byte {exc.start})") from None


def _parse(text: str, n_raw: int, file_size: int | None, path: str, max_keys: int) -> SafetensorsHeader:
    """Parse a header whose depth, keys and strings are already known to be within limits."""
    obj = _loads(text, max_keys, f"{path}: header")
    if not isinstance(obj, dict):
        raise HeaderError(f"{path}: header must be a JSON object, got {_json_type(obj)}")
    data_bytes = None if file_size is None else file_size - 8 - n_raw
    metadata: dict[str, str] = {}
    tensors: dict[str, TensorInfo] = {}
    for name, entry in obj.items():
        if name == _METADATA_KEY:
            metadata = _metadata(entry, path)
            continue
        tensors[name] = _tensor(name, entry, data_bytes, path)
    return SafetensorsHeader(path, file_size if file_size is not None else 8 + n_raw, n_raw, tensors, metadata)


def _metadata(entry: Any, path: str) -> dict[str, str]:
    if not isinstance(entry, dict):
        raise HeaderError(f"{path}: __metadata__ must be an object of strings, got {_json_type(entry)}")
    for key, value in entry.items():
        if not isinstance(value, str):
            raise HeaderError(f"{path}: __metadata__[{key[:80]!r}] must be a string, got {_json_type(value)}")
    return dict(entry)


def _tensor(name: str, entry: Any, data_bytes: int | None, path: str) -> TensorInfo:
    where = f"{path}: tensor {name[:80]!r}"
    if not isinstance(entry, dict):
        raise HeaderError(f"{where} must be an object, got {_json_type(entry)}")
    dtype, shape, offsets = entry.get("dtype"), entry.get("shape"), entry.get("data_offsets")
    if not isinstance(dtype, str) or not dtype:
        raise HeaderError(f"{where} has no dtype")
    if not isinstance(shape, list) or not all(_nonneg_int(d) for d in shape):
        raise HeaderError(f"{where} shape must be a list of non-negative integers")
    if (not isinstance(offsets, list) or len(offsets) != 2 or not all(_nonneg_int(o) for o in offsets)
            or offsets[0] > offsets[1]):
        raise HeaderError(f"{where} data_offsets must be [begin, end] with 0 <= begin <= end")
    if data_bytes is not None and offsets[1] > data_bytes:
        raise HeaderError(
            f"{where} ends at byte {offsets[1]} of the data section, which has only {data_bytes} bytes: file is truncated"
        )
    return TensorInfo(dtype, tuple(shape), offsets[0], offsets[1])


def _nonneg_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _json_type(v: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(v), "a number")


# ---------------------------------------------------------------------------------------------
# Bounded JSON
# ---------------------------------------------------------------------------------------------
def json_depth(text: str) -> int:
    """Deepest bracket nesting of the JSON ``text`` (brackets inside strings ignored).

    A streaming scan in fixed-size chunks (:mod:`nciiguard.modelscan.jsonscan`): it never
    recurses and its memory does not grow with the text.
    """
    return _scan_bytes(text.encode("utf-8", "surrogatepass"), max_depth=None, max_keys=None,
                       max_string_bytes=None).max_depth


class _KeyBudget:
    def __init__(self, limit: int, what: str):
        self.left = limit
        self.limit = limit
        self.what = what

    def __call__(self, pairs):
        self.left -= len(pairs)
        if self.left < 0:
            raise HeaderError(f"{self.what} has more than {self.limit} keys")
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            # Two entries with the same name: which one a loader uses differs between readers,
            # which is how a file shows one thing to a scanner and another to a pipeline.
            seen: set[str] = set()
            dup = next(k for k in keys if k in seen or seen.add(k))  # O(n), not keys.count per key
            raise HeaderError(f"{self.what} repeats the key {dup[:80]!r}")
        return dict(pairs)


def load_json_limited(text: str, *, max_depth: int = MAX_DEPTH, max_keys: int = MAX_KEYS, what: str = "JSON",
                      max_string_bytes: int = MAX_STRING_BYTES) -> Any:
    """``json.loads`` with nesting-depth, key-count and string-length limits; errors are HeaderError."""
    try:
        _scan_bytes(text.encode("utf-8", "surrogatepass"), max_depth=max_depth, max_keys=max_keys,
                    max_string_bytes=max_string_bytes)
    except LimitExceeded as exc:
        raise HeaderError(f"{what} {exc}") from None
    return _loads(text, max_keys, what)


def _loads(text: str, max_keys: int, what: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_KeyBudget(max_keys, what), parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise HeaderError(f"{what} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except (RecursionError, MemoryError):  # pragma: no cover - depth is checked first
        raise HeaderError(f"{what} is too deeply nested to parse") from None


def _no_constant(name: str):
    raise HeaderError(f"JSON constant {name} is not allowed")
