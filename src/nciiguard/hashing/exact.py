"""Exact-file hashes: MD5 and SHA-256 of the bytes.

They only catch byte-identical copies (a re-save or a one-pixel edit changes them), but they are
cheap, they are what many platforms share already, and they cover files PDQ cannot read
(video containers, model files). Files are streamed, so a large file is never held in memory.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import InputError

_CHUNK = 1 << 20


def md5_bytes(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stream(path: str | Path, factory) -> str:
    h = factory()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"not a regular file: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return h.hexdigest()


def md5_file(path: str | Path) -> str:
    return _stream(path, lambda: hashlib.md5(usedforsecurity=False))


def sha256_file(path: str | Path) -> str:
    return _stream(path, hashlib.sha256)


def file_digests(path: str | Path) -> tuple[str, str, int]:
    """MD5, SHA-256 and size of a file, in one streaming pass."""
    md5 = hashlib.md5(usedforsecurity=False)
    sha = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                md5.update(chunk)
                sha.update(chunk)
                size += len(chunk)
    except FileNotFoundError:
        raise InputError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"not a regular file: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return md5.hexdigest(), sha.hexdigest(), size
