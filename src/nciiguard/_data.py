"""Package data files (word lists, model weights, Unicode tables, policy profiles), read one way.

Paths are relative to the ``nciiguard`` package and written with ``/``: ``"text/data/names_first.txt.gz"``,
``"policy/profiles/ncii.yaml"``. The files ship inside the wheel (``importlib.resources``, so a
zipped install works too). A file that is missing means a broken install; the error names it and
says so, instead of a bare ``FileNotFoundError`` from deep inside a loader.
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Iterator

from .errors import NciiguardError

__all__ = ["PackageDataError", "read_bytes", "read_text", "names_in", "as_path"]

_PACKAGE = "nciiguard"


class PackageDataError(NciiguardError, FileNotFoundError):
    """A data file that ships with nciiguard is missing or unreadable (a broken install)."""


def _file(path: str):
    res = resources.files(_PACKAGE)
    for part in path.split("/"):
        res = res.joinpath(part)
    return res


def _missing(path: str, exc: OSError) -> PackageDataError:
    reason = exc.strerror or type(exc).__name__
    return PackageDataError(f"package data file nciiguard/{path} cannot be read ({reason}): "
                            "the installation is incomplete; reinstall nciiguard")


def read_bytes(path: str) -> bytes:
    """The bytes of package data file ``path`` (e.g. ``"text/data/person_mention.npz"``)."""
    try:
        return _file(path).read_bytes()
    except OSError as exc:
        raise _missing(path, exc) from None


def read_text(path: str) -> str:
    """The UTF-8 text of package data file ``path`` (e.g. ``"text/data/minor_terms.tsv"``)."""
    try:
        return _file(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise _missing(path, exc) from None


def names_in(folder: str, suffix: str) -> list[str]:
    """Sorted names (without ``suffix``) of the files in package folder ``folder`` ending in ``suffix``."""
    try:
        entries = list(_file(folder).iterdir())
    except OSError as exc:
        raise _missing(folder, exc) from None
    return sorted(p.name[: -len(suffix)] for p in entries if p.name.endswith(suffix))


@contextmanager
def as_path(path: str) -> Iterator[Path]:
    """A real filesystem path of package data file ``path``, for loaders that need one."""
    res = _file(path)
    if not res.is_file():
        raise _missing(path, FileNotFoundError(2, "No such file or directory"))
    with resources.as_file(res) as real:
        yield real
