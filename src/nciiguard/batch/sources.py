"""Where dataset items come from: image folders, CSV / parquet tables, WebDataset tar shards,
JSON Lines. The command line reads its folders and JSONL files through these sources too
(``screen-images``, ``screen-prompts``): one walker, one list of image names.

Every source yields :class:`Item` objects in a stable order with a stable ``id``, so a resumed scan
can skip what is already done. Items that cannot be screened are still yielded, carrying an
``error`` (path outside the dataset root, unsafe tar member, caption that is not a string): the
scanner writes an error row for them and goes on. Nothing here decodes images; workers do.

Safety:

- Table paths are resolved against the dataset root (the table's directory, or ``root=``); an
  absolute path or one that resolves outside the root (``../``, a symlink out) is an error row,
  never read.
- Tar shards are read with :mod:`tarfile` in streaming mode and never extracted to disk. Members
  with absolute names, ``..`` components, links or device entries are error rows; a member larger
  than ``max_member_bytes`` is not read.
- The ``webdataset`` package is not needed: shards are plain tar files whose members are grouped
  by key (the member name up to the first dot of its base name), as WebDataset does.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import tarfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from ..errors import InputError

#: File names read as images (case-insensitive), everywhere: folder scans, ``screen-images``, the
#: chat bots' attachments. Other files are skipped rather than reported, so a README next to the
#: images does not turn into an error.
IMAGE_SUFFIXES = frozenset({
    ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff",
    ".avif", ".heic", ".heif", ".ppm", ".pgm", ".pbm", ".tga", ".ico",
})
#: Extensions of a WebDataset sample read as the image (first one present wins) and as the caption.
WDS_IMAGE_EXTS = ("jpg", "jpeg", "png", "webp", "bmp", "tif", "tiff", "gif")
WDS_CAPTION_EXTS = ("txt", "caption", "text")
#: Column names tried, in order, when --caption-column / --path-column are not given.
CAPTION_COLUMNS = ("caption", "text", "prompt", "TEXT", "alt", "description")
PATH_COLUMNS = ("path", "image", "image_path", "file", "filepath", "file_name", "filename")
FORMATS = ("folder", "csv", "parquet", "wds")
#: Largest tar member read into memory (an image or a caption); bigger ones are error rows.
DEFAULT_MAX_MEMBER_BYTES = 64 * 1024 * 1024


@dataclass
class Item:
    """One dataset item: a caption, an image (a path or bytes), or both.

    ``seq`` is the position in the source (for ordering the output); ``id`` is stable across
    runs (relative path, row id, ``shard/key``). ``error`` is ``(code, message)`` when the item
    is known to be unscreenable before any worker sees it.
    """

    id: str
    seq: int
    source: str
    caption: str | None = None
    path: str | None = None
    data: bytes | None = None
    error: tuple[str, str] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "seq": self.seq, "source": self.source, "caption": self.caption,
                "path": self.path, "data": self.data,
                "error_code": self.error[0] if self.error else None,
                "error_message": self.error[1] if self.error else None}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Item":
        err = (d["error_code"], d["error_message"]) if d.get("error_code") else None
        return cls(id=d["id"], seq=int(d["seq"]), source=d["source"], caption=d.get("caption"),
                   path=d.get("path"), data=d.get("data"), error=err)


def _check_caption(value: Any) -> tuple[str | None, tuple[str, str] | None]:
    """Captions must be strings; missing (None/NaN) means no caption; anything else is an error."""
    if value is None:
        return None, None
    if isinstance(value, float) and value != value:  # NaN from a table reader
        return None, None
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8"), None
        except UnicodeDecodeError:
            return None, ("bad_caption", "caption is not valid UTF-8")
    if not isinstance(value, str):
        return None, ("bad_caption", f"caption must be a string, got {type(value).__name__}")
    return value, None


class Source:
    """Base: ``format``, ``root``, ``describe()`` (for the resume fingerprint), ``items()``, ``count()``."""

    format: str = ""

    def __init__(self, location: Path):
        self.location = location

    def describe(self) -> dict[str, Any]:
        return {"format": self.format, "location": str(self.location.resolve())}

    def items(self) -> Iterator[Item]:  # pragma: no cover - abstract
        raise NotImplementedError

    def count(self) -> int | None:
        """Number of items if cheap to know (for the progress bar), else None."""
        return None

    def modalities(self) -> frozenset[str] | None:
        """What items can hold: ``{"text"}`` when there can be no image, None when unknown."""
        return None


# ---------------------------------------------------------------------------------------------
# Image folders
# ---------------------------------------------------------------------------------------------
def is_image_name(name: str) -> bool:
    """Whether a file name is picked up as an image (not hidden, an image suffix)."""
    return not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES


@dataclass(frozen=True)
class Unlisted:
    """A sub-folder that could not be listed: its images are unknown, so it is reported."""

    id: str  # the folder's path relative to the root, ending in "/"
    error: OSError


class FolderSource(Source):
    """Every image under a directory (recursively unless ``recursive=False``; hidden entries
    skipped, symlinked directories not followed). A sidecar text file with the same stem
    (``cat.jpg`` + ``cat.txt``), the usual layout of fine-tuning sets, is the image's caption."""

    format = "folder"

    def __init__(self, location: Path, *, recursive: bool = True):
        super().__init__(location)
        if not location.is_dir():
            raise InputError(f"not a directory: {location}")
        self.recursive = recursive
        self._files: list | None = None

    def entries(self) -> list[Path | Unlisted]:
        """Image paths and an :class:`Unlisted` for each sub-folder that cannot be listed, in a
        stable order (by relative path). A root that cannot be listed raises OSError."""
        if self._files is None:
            found: list = []

            def unreadable(exc: OSError) -> None:
                where = Path(exc.filename) if exc.filename else self.location
                if where == self.location:
                    raise exc
                found.append(Unlisted(where.relative_to(self.location).as_posix() + "/", exc))

            for dirpath, dirnames, filenames in os.walk(self.location, followlinks=False, onerror=unreadable):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")) if self.recursive else []
                found.extend(Path(dirpath) / f for f in filenames if is_image_name(f))
            self._files = sorted(found, key=lambda p: p.id if isinstance(p, Unlisted)
                                 else p.relative_to(self.location).as_posix())
        return self._files

    def _list(self) -> list[Path | Unlisted]:
        try:
            return self.entries()
        except OSError as exc:
            raise InputError(f"cannot list {self.location}: {exc.strerror or exc}") from None

    def count(self) -> int:
        return len(self._list())

    def items(self) -> Iterator[Item]:
        root = self.location.resolve()
        for seq, path in enumerate(self._list()):
            if isinstance(path, Unlisted):
                message = f"cannot list folder {path.id}: {path.error.strerror or path.error}"
                yield Item(id=path.id, seq=seq, source=path.id, error=("unreadable_folder", message))
                continue
            rel = path.relative_to(self.location).as_posix()
            item = Item(id=rel, seq=seq, source=rel, path=str(path))
            try:
                real = path.resolve()
                if not real.is_relative_to(root):  # a symlinked file pointing out of the dataset
                    item.path, item.error = None, ("path_outside_root", f"{rel} links outside the dataset root")
            except OSError as exc:
                item.path, item.error = None, ("missing_file", f"{rel}: {exc.strerror or exc}")
            sidecar = path.with_suffix(".txt")
            if item.error is None and sidecar.is_file():
                try:
                    item.caption = sidecar.read_text(encoding="utf-8").strip()
                except (OSError, UnicodeDecodeError) as exc:
                    item.error = ("bad_caption", f"{sidecar.name}: {exc}")
            yield item


# ---------------------------------------------------------------------------------------------
# CSV and parquet tables
# ---------------------------------------------------------------------------------------------
class TableSource(Source):
    """Rows of a CSV or parquet file with a caption column and/or an image path column.

    Image paths are relative to ``root`` (default: the table's directory). Row ids come from an
    ``id`` column when it is present and unique, else the row number (0-based).
    """

    def __init__(self, location: Path, fmt: str, *, caption_column: str | None = None,
                 path_column: str | None = None, root: Path | None = None):
        super().__init__(location)
        if not location.is_file():
            raise InputError(f"not a file: {location}")
        self.format = fmt
        self.root = (root or location.parent).resolve()
        self.columns = self._read_columns()
        self.caption_column = self._pick(caption_column, CAPTION_COLUMNS, "caption")
        self.path_column = self._pick(path_column, PATH_COLUMNS, "path")
        if self.caption_column is None and self.path_column is None:
            raise InputError(
                f"{location.name}: no caption or image path column found (columns: {', '.join(self.columns)}); "
                "name them with --caption-column / --path-column")
        self._ids: list[str] | None = None

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "caption_column": self.caption_column, "path_column": self.path_column,
                "root": str(self.root)}

    def _pick(self, given: str | None, candidates: tuple[str, ...], what: str) -> str | None:
        if given is not None:
            if given not in self.columns:
                raise InputError(f"{self.location.name} has no {what} column {given!r} "
                                 f"(columns: {', '.join(self.columns)})")
            return given
        return next((c for c in candidates if c in self.columns), None)

    def _read_columns(self) -> list[str]:
        if self.format == "csv":
            try:
                with open(self.location, newline="", encoding="utf-8-sig") as f:  # a BOM is not a column name
                    header = next(csv.reader(f), None)
            except UnicodeDecodeError:
                raise InputError(f"{self.location.name} is not UTF-8 text") from None
            except csv.Error as exc:
                raise InputError(f"{self.location.name}: {exc}") from None
            if not header:
                raise InputError(f"{self.location.name} is empty (no header row)")
            return header
        pq = _pyarrow_parquet()
        try:
            return list(pq.ParquetFile(self.location).schema_arrow.names)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a bad file
            raise InputError(f"{self.location.name} is not a readable parquet file: {exc}") from None

    def rows(self) -> Iterator[dict[str, Any]]:
        """The table's rows as dicts (strings for CSV, Python values for parquet)."""
        if self.format == "csv":
            with open(self.location, newline="", encoding="utf-8-sig") as f:  # a BOM is not a column name
                try:
                    yield from csv.DictReader(f)
                except csv.Error as exc:
                    raise InputError(f"{self.location.name}: {exc}") from None
            return
        pq = _pyarrow_parquet()
        cols = [c for c in (self.caption_column, self.path_column, "id") if c and c in self.columns]
        for batch in pq.ParquetFile(self.location).iter_batches(batch_size=4096, columns=cols):
            yield from batch.to_pylist()

    def ids(self) -> list[str]:
        if self._ids is None:
            n = 0
            raw: list[Any] = []
            for row in self.rows():
                raw.append(row.get("id") if "id" in self.columns else None)
                n += 1
            use_col = "id" in self.columns and None not in raw and len({str(v) for v in raw}) == n
            self._ids = [str(v) for v in raw] if use_col else [str(i) for i in range(n)]
        return self._ids

    def count(self) -> int:
        return len(self.ids())

    def modalities(self) -> frozenset[str] | None:
        return frozenset({"text"}) if self.path_column is None else None

    def items(self) -> Iterator[Item]:
        ids = self.ids()
        for seq, row in enumerate(self.rows()):
            item = Item(id=ids[seq], seq=seq, source=f"{self.location.name}:{seq}")
            if self.caption_column is not None:
                item.caption, item.error = _check_caption(row.get(self.caption_column))
            if self.path_column is not None and item.error is None:
                item.path, item.error = self._resolve(row.get(self.path_column))
            if item.caption is None and item.path is None and item.error is None:
                item.error = ("empty_row", "row has neither a caption nor an image path")
            yield item

    def _resolve(self, value: Any) -> tuple[str | None, tuple[str, str] | None]:
        if value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, float) and value != value):
            return None, None  # caption-only row
        if not isinstance(value, str):
            return None, ("bad_path", f"image path must be a string, got {type(value).__name__}")
        if "://" in value:
            return None, ("unsupported_path", "URLs are not fetched; download the images and give local paths")
        rel = Path(value)
        if rel.is_absolute():
            return None, ("path_outside_root", "absolute image paths are refused; give paths relative to the dataset root")
        candidate = self.root / rel
        try:
            real = candidate.resolve()
        except OSError as exc:
            return None, ("missing_file", f"{value}: {exc}")
        if not real.is_relative_to(self.root):
            return None, ("path_outside_root", f"{value} resolves outside the dataset root")
        return str(candidate), None


def _pyarrow_parquet():
    from .._optional import require

    require("pyarrow", extra="dataset", feature="parquet datasets")
    import pyarrow.parquet as pq

    return pq


# ---------------------------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------------------------
class JsonlSource(Source):
    """One JSON object per line of a binary stream (a file, or standard input), read in bounded
    lines: a line longer than ``max_line_bytes`` costs no memory and is an error item, as is a
    line that is not a JSON object; blank lines are skipped. Each item's ``extra`` holds ``line``
    (its number) and ``record`` (the object); its ``id`` is the object's ``id`` when that is a
    string or an integer, else ``line:<number>``. Error messages start with ``line <number>: ``
    and never quote the line."""

    format = "jsonl"

    def __init__(self, location: Path, stream, *, max_line_bytes: int):
        super().__init__(location)
        self.stream = stream
        self.max_line_bytes = max_line_bytes

    def describe(self) -> dict[str, Any]:
        return {"format": self.format, "location": str(self.location)}

    def count(self) -> int | None:
        """Non-blank lines of the file (None for standard input or an unreadable file)."""
        return None if str(self.location) == "-" else count_nonblank_lines(str(self.location))

    def modalities(self) -> frozenset[str] | None:
        return frozenset({"text"})

    def items(self) -> Iterator[Item]:
        seq = 0
        for number, line in _bounded_lines(self.stream, self.max_line_bytes):
            if line is not None and not line.strip():
                continue
            item = Item(id=f"line:{number}", seq=seq, source=f"line:{number}", extra={"line": number})
            seq += 1
            if line is None:
                item.error = ("bad_input", f"line {number}: line is larger than {self.max_line_bytes // 1024} KiB")
                yield item
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                item.error = ("bad_input", f"line {number}: invalid JSON: {exc.msg} at column {exc.colno}")
            except RecursionError:  # e.g. 100,000 nested brackets: this line is bad, the run goes on
                item.error = ("bad_input", f"line {number}: invalid JSON: nested too deeply")
            else:
                if not isinstance(obj, dict):
                    item.error = ("bad_input", f"line {number}: each line must be a JSON object")
                else:
                    given = obj.get("id")
                    if isinstance(given, (str, int)) and not isinstance(given, bool):
                        item.id = given  # kept as given (a number stays a number in the records)
                    item.extra["record"] = obj
            yield item


def _bounded_lines(stream, limit: int) -> Iterator[tuple[int, str | None]]:
    """Yield (number, text or None) per line, reading at most ``limit`` bytes of any line.

    A longer line is consumed to its end and yielded as None, so one oversized line costs no
    memory and does not stop the run.
    """
    number = 0
    while True:
        chunk = stream.readline(limit + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while True:  # discard the rest of the oversized line
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, chunk.decode("utf-8", errors="replace").rstrip("\r\n")


def count_nonblank_lines(path: str, chunk_bytes: int = 1 << 20) -> int | None:
    """Lines with something other than white space, read in bounded chunks: a 1 GB line costs
    ``chunk_bytes`` of memory, not a gigabyte. None if the file cannot be read (the run reports
    that itself)."""
    count = 0
    pending = False  # the current (unfinished) line has a non-blank byte
    try:
        with open(path, "rb") as f:
            while chunk := f.read(chunk_bytes):
                pieces = chunk.split(b"\n")
                for piece in pieces[:-1]:  # each ends a line
                    if pending or piece.strip():
                        count += 1
                    pending = False
                pending = pending or bool(pieces[-1].strip())
    except OSError:
        return None
    return count + pending


# ---------------------------------------------------------------------------------------------
# WebDataset tar shards
# ---------------------------------------------------------------------------------------------
class WdsSource(Source):
    """Samples of WebDataset tar shards: a ``.tar`` file, a directory of shards, or a glob.

    Members are grouped by key, consecutive as WebDataset requires: ``000123.jpg`` and
    ``000123.txt`` form sample ``000123``. Captions come from ``.txt`` / ``.caption`` /
    ``.text`` or the ``caption``/``text`` key of ``.json``. Item ids are ``<shard>/<key>``.
    """

    format = "wds"

    def __init__(self, location: Path, *, pattern: str | None = None,
                 max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES):
        super().__init__(location)
        self.max_member_bytes = max_member_bytes
        if pattern is not None:
            self.shards = sorted(Path(p) for p in glob.glob(pattern))
        elif location.is_dir():
            self.shards = sorted(p for p in location.iterdir() if _is_shard(p.name) and p.is_file())
        else:
            self.shards = [location]
        if not self.shards:
            raise InputError(f"no tar shards found at {pattern or location}")
        for s in self.shards:
            if not s.is_file():
                raise InputError(f"shard not found: {s}")

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "shards": [s.name for s in self.shards]}

    def items(self) -> Iterator[Item]:
        seq = 0
        for shard in self.shards:
            for item in self._shard_items(shard, seq):
                seq = item.seq + 1
                yield item

    def _shard_items(self, shard: Path, seq0: int) -> Iterator[Item]:
        seq = seq0
        key: str | None = None
        parts: dict[str, bytes] = {}
        problems: list[tuple[str, str]] = []

        def flush() -> Item | None:
            if key is None:
                return None
            return self._make_item(shard, key, seq, parts, problems)

        try:
            tar = tarfile.open(shard, mode="r|*")
        except (tarfile.TarError, OSError) as exc:
            yield Item(id=f"{shard.name}/", seq=seq, source=shard.name, error=("bad_shard", f"{shard.name}: {exc}"))
            return
        with tar:
            try:
                for member in tar:
                    name = member.name
                    mkey, ext = _split_key(name)
                    unsafe = _unsafe_member(member)
                    if mkey != key:
                        item = flush()
                        if item is not None:
                            yield item
                            seq += 1
                        key, parts, problems = mkey, {}, []
                    if unsafe:
                        problems.append(("unsafe_member", f"{_printable(name)}: {unsafe}"))
                        continue
                    if not member.isfile():
                        continue  # directories
                    if member.size > self.max_member_bytes:
                        problems.append(("too_large", f"{_printable(name)} is {member.size} bytes "
                                                      f"(limit {self.max_member_bytes})"))
                        continue
                    f = tar.extractfile(member)  # read into memory; nothing is written to disk
                    parts[ext.lower()] = f.read() if f is not None else b""
            except (tarfile.TarError, OSError, EOFError) as exc:
                problems.append(("bad_shard", f"{shard.name} is truncated or corrupt: {exc}"))
                if key is None:
                    key = "__truncated__"
            item = flush()
            if item is not None:
                yield item

    def _make_item(self, shard: Path, key: str, seq: int, parts: dict[str, bytes],
                   problems: list[tuple[str, str]]) -> Item:
        item = Item(id=f"{shard.name}/{key}", seq=seq, source=shard.name, extra={"key": key})
        if problems:
            item.error = problems[0]
            return item
        image_ext = next((e for e in WDS_IMAGE_EXTS if e in parts), None)
        if image_ext is not None:
            item.data = parts[image_ext]
        caption: Any = None
        for ext in WDS_CAPTION_EXTS:
            if ext in parts:
                caption = parts[ext]
                break
        if caption is None and "json" in parts:
            try:
                meta = json.loads(parts["json"])
            except (ValueError, UnicodeDecodeError):
                item.error = ("bad_caption", f"{key}.json is not valid JSON")
                return item
            if isinstance(meta, dict):
                caption = meta.get("caption", meta.get("text"))
        item.caption, item.error = _check_caption(caption)
        if item.caption is not None:
            item.caption = item.caption.strip()
        if item.error is None and item.data is None and item.caption is None:
            item.error = ("empty_sample", f"sample {key} has no image and no caption")
        return item


def _is_shard(name: str) -> bool:
    return name.endswith((".tar", ".tar.gz", ".tgz")) and not name.startswith(".")


def _split_key(name: str) -> tuple[str, str]:
    """WebDataset's key/extension split: the extension starts at the first dot of the base name."""
    posix = PurePosixPath(name)
    base = posix.name
    stem, dot, ext = base.partition(".")
    parent = str(posix.parent)
    key = stem if parent in (".", "") else f"{parent}/{stem}"
    return key, ext if dot else ""


def _unsafe_member(member: tarfile.TarInfo) -> str | None:
    name = member.name
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "absolute member name"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return "member name escapes the archive (..)"
    if member.issym() or member.islnk():
        return "links are not followed"
    if not (member.isfile() or member.isdir()):
        return "not a regular file"
    return None


def _printable(name: str) -> str:
    return name.encode("unicode_escape", "backslashreplace").decode("ascii")[:200]


# ---------------------------------------------------------------------------------------------
def detect_format(location: Path) -> str:
    """``auto``: a directory of tar shards is wds, another directory is a folder; by suffix otherwise.

    (Tab-separated files are not guessed as CSV: give --format csv only for comma-separated files.)
    """
    name = location.name.lower()
    if location.is_dir():
        if any(_is_shard(p.name) for p in location.iterdir()):
            return "wds"
        return "folder"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".parquet") or name.endswith(".pq"):
        return "parquet"
    if _is_shard(name):
        return "wds"
    raise InputError(f"cannot tell the format of {location}; give --format folder|csv|parquet|wds")


def open_source(location: str | Path, fmt: str = "auto", *, caption_column: str | None = None,
                path_column: str | None = None, root: str | Path | None = None) -> Source:
    """Open a dataset for scanning. Raises :class:`InputError` with a clear message if it cannot."""
    text = str(location)
    is_glob = fmt in ("wds", "auto") and any(c in text for c in "*?[")
    path = Path(location)
    if not is_glob and not path.exists():
        raise InputError(f"dataset not found: {location}")
    if is_glob:
        return WdsSource(path.parent, pattern=text)
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose auto, {', '.join(FORMATS)}")
    if (caption_column or path_column) and fmt not in ("csv", "parquet"):
        raise InputError("--caption-column / --path-column apply to csv and parquet sources only")
    if fmt == "folder":
        return FolderSource(path)
    if fmt == "wds":
        return WdsSource(path)
    return TableSource(path, fmt, caption_column=caption_column, path_column=path_column,
                       root=Path(root) if root else None)
