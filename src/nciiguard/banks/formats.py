"""Hash-list exchange formats: CSV, JSON, JSON Lines and plain text.

The shapes follow the hash-sharing tools banks are filled from and shared with:

* **CSV** with a header naming ``signal_type,signal_value,bank,status,case`` (the columns of
  hasher-matcher-actioner-style bank exports; ``source``, ``note``, ``created_at``,
  ``updated_at`` and ``pdq_variants`` are optional). Common spellings are accepted
  (``hash``/``value``/``signal`` for the value, ``type``/``hash_type`` for the type,
  ``case_id``/``case_number`` for the case). Without a header, rows are ``signal_type,signal_value``
  or a bare value (then the signal type comes from the bank or ``--signal-type``).
* **Text**: python-threatexchange's local file format, one ``signal_type signal_value`` per
  line (or one bare value per line); ``#`` starts a comment.
* **JSON**: a list of objects with the keys above, or an object with an ``entries`` (or
  ``signals``) list, such as what :func:`write_entries` writes. **JSON Lines**: one object a line.
  The records ``nciiguard hash --json`` prints (what a survivor hands over) are accepted too: the
  hash of the bank's signal type is taken from each, with its crop variants.

Signal type names are normalised (``vpdq`` -> ``video-pdq``, ``video_md5``/``photo_md5`` ->
``md5`` ...; see :mod:`nciiguard.hashing.signal_types`). Values are validated when they are added,
so every bad row is reported with its line number and the reason.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, TextIO

from .. import limits
from .types import BankError, Entry, ItemResult, NewEntry

#: Largest import file accepted (a hash list this big should be split or loaded by a script).
MAX_IMPORT_BYTES = limits.MAX_IMPORT_BYTES
FORMATS = ("csv", "json", "jsonl", "txt")

_KEYS = {
    "signal_type": ("signal_type", "type", "hash_type", "signaltype", "signal type"),
    "signal_value": ("signal_value", "value", "hash", "signal", "hash_value", "signalvalue", "signal value"),
    "bank": ("bank", "bank_name", "bank name"),
    "status": ("status",),
    "case": ("case", "case_id", "case_number", "case id"),
    "source": ("source",),
    "note": ("note", "notes"),
    "pdq_variants": ("pdq_variants", "variants"),
}
_LOOKUP = {alias: key for key, aliases in _KEYS.items() for alias in aliases}


def detect_format(path: Path, fmt: str | None = None) -> str:
    if fmt:
        f = fmt.lower()
        if f not in FORMATS:
            raise BankError(f"unknown import format {fmt!r}; known: {', '.join(FORMATS)}")
        return f
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("csv", "tsv"):
        return "csv"
    if suffix in ("json",):
        return "json"
    if suffix in ("jsonl", "ndjson"):
        return "jsonl"
    if suffix in ("txt", "te", ""):
        return "txt"
    raise BankError(f"cannot tell the format of {path.name} from its name; say --format csv|json|jsonl|txt")


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BankError(f"import file not found: {path}") from None
    except OSError as exc:
        raise BankError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not path.is_file():
        raise BankError(f"not a regular file: {path}")
    if size > MAX_IMPORT_BYTES:
        raise BankError(f"{path.name} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BankError(f"{path.name} is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise BankError(f"cannot read {path}: {exc.strerror or exc}") from None


def read_entries(path: str | Path, *, fmt: str | None = None,
                 default_signal_type: str | None = None) -> tuple[list[NewEntry], list[ItemResult]]:
    """Parse an import file into entries to add, plus one error per row that could not be read.

    A file that cannot be parsed at all (not UTF-8, broken JSON, NUL bytes in a CSV) raises
    BankError: nothing of it is imported.
    """
    p = Path(path)
    kind = detect_format(p, fmt)
    text = _read_text(p)
    if "\x00" in text:
        raise BankError(f"{p.name} contains NUL bytes: not a text hash list")
    if kind == "csv":
        return _read_csv(text, default_signal_type, delimiter="\t" if p.suffix.lower() == ".tsv" else ",")
    if kind == "txt":
        return _read_txt(text, default_signal_type)
    if kind == "jsonl":
        objs = []
        errors = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                objs.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                errors.append(ItemResult(f"line {n}", False, error=f"not valid JSON: {exc.msg}"))
            except RecursionError:  # thousands of nested brackets: a bad row, not a crash
                errors.append(ItemResult(f"line {n}", False, error="not valid JSON: nested too deeply"))
        entries, errs = _from_objects(objs, default_signal_type)
        return entries, errors + errs
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BankError(f"{p.name} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BankError(f"{p.name} is not valid JSON: nested too deeply") from None
    if isinstance(data, dict):
        for key in ("entries", "signals", "hashes", "items"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            raise BankError(f"{p.name}: expected a list of entries or an object with an 'entries' list")
    if not isinstance(data, list):
        raise BankError(f"{p.name}: expected a list of entries")
    return _from_objects([(f"entry {i + 1}", o) for i, o in enumerate(data)], default_signal_type)


_RECORD_FIELDS = {"pdq": "pdq", "video-pdq": "vpdq", "md5": "md5", "sha256": "sha256"}


def _entry_from_record(label: str, obj: dict[str, Any], default_signal_type: str | None) -> NewEntry:
    """A record printed by ``nciiguard hash --json`` (what a survivor hands over)."""
    from ..hashing.signal_types import normalize_signal_type

    if obj.get("error"):
        which = obj.get("file") or (f"file {obj['index']}" if "index" in obj else "this file")
        raise BankError(f"the hasher could not hash {which}: {obj['error']}")
    st = normalize_signal_type(default_signal_type) if default_signal_type else (
        "pdq" if obj.get("pdq") else "video-pdq" if obj.get("vpdq") else "sha256")
    value = obj.get(_RECORD_FIELDS[st])
    if not isinstance(value, str) or not value:
        raise BankError(f"this hash record has no {st} hash")
    if st == "pdq" and obj.get("low_quality"):
        raise BankError(f"PDQ quality {obj.get('quality')} is below the floor: too flat to match; bank md5/sha256")
    variants = obj.get("pdq_variants") if st == "pdq" else None
    return NewEntry(value=value, signal_type=st, variants=variants or None, label=label)


def _is_hash_record(obj: dict[str, Any]) -> bool:
    # An error record names its file (``hash --json --with-paths``) or its position (the default).
    return "signal_value" not in obj and (("kind" in obj and "md5" in obj)
                                          or (("file" in obj or "index" in obj) and "error" in obj))


def _entry_from_mapping(label: str, obj: dict[str, Any], default_signal_type: str | None) -> NewEntry:
    if _is_hash_record(obj):
        return _entry_from_record(label, obj, default_signal_type)
    row: dict[str, Any] = {}
    for k, v in obj.items():
        key = _LOOKUP.get(str(k).strip().lower())
        if key is not None and v not in (None, ""):
            row[key] = v
    value = row.get("signal_value")
    if value is None:
        raise BankError("no signal_value")
    if not isinstance(value, str):
        raise BankError(f"signal_value must be a string, got {type(value).__name__}")
    variants = row.get("pdq_variants")
    if isinstance(variants, str):
        try:
            variants = json.loads(variants)
        except (json.JSONDecodeError, RecursionError):
            raise BankError("pdq_variants is not a JSON object") from None
    if variants is not None and not isinstance(variants, dict):
        raise BankError("pdq_variants must be an object of name -> hash")
    for key in ("signal_type", "bank", "status", "case", "source", "note"):
        if key in row and not isinstance(row[key], (str, int)):
            raise BankError(f"{key} must be a string")
    case = row.get("case")
    return NewEntry(
        value=value,
        signal_type=str(row["signal_type"]) if "signal_type" in row else default_signal_type,
        bank=str(row["bank"]) if "bank" in row else None,
        status=str(row.get("status", "active")),
        case_id=str(case) if case is not None else None,
        source=str(row["source"]) if "source" in row else None,
        variants=variants,
        note=str(row.get("note", "")),
        label=label,
    )


def _from_objects(objs, default_signal_type):
    entries, errors = [], []
    for label, obj in objs:
        if not isinstance(obj, dict):
            errors.append(ItemResult(label, False, error="not an object"))
            continue
        try:
            entries.append(_entry_from_mapping(label, obj, default_signal_type))
        except BankError as exc:
            errors.append(ItemResult(label, False, error=str(exc)))
    return entries, errors


def _read_csv(text: str, default_signal_type: str | None, delimiter: str = ","):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    entries, errors = [], []
    header: list[str | None] | None = None
    try:
        for row in reader:
            n = reader.line_num
            if not row or all(not c.strip() for c in row) or row[0].lstrip().startswith("#"):
                continue
            if header is None and any(_LOOKUP.get(c.strip().lower()) == "signal_value" for c in row):
                header = [_LOOKUP.get(c.strip().lower()) for c in row]
                continue
            label = f"line {n}"
            try:
                if header is not None:
                    if len(row) > len(header):
                        raise BankError(f"{len(row)} columns, the header has {len(header)}")
                    obj = {h: c for h, c in zip(header, row) if h is not None}
                elif len(row) == 1:
                    obj = {"signal_value": row[0]}
                elif len(row) == 2:
                    obj = {"signal_type": row[0], "signal_value": row[1]}
                else:
                    raise BankError("rows without a header must be 'signal_type,signal_value' or a bare value")
                entries.append(_entry_from_mapping(label, obj, default_signal_type))
            except BankError as exc:
                errors.append(ItemResult(label, False, error=str(exc)))
    except csv.Error as exc:
        raise BankError(f"CSV is malformed near line {reader.line_num}: {exc}") from None
    return entries, errors


def _read_txt(text: str, default_signal_type: str | None):
    entries, errors = [], []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        label = f"line {n}"
        try:
            if len(parts) == 1:
                obj = {"signal_value": parts[0]}
            elif len(parts) == 2:
                obj = {"signal_type": parts[0], "signal_value": parts[1]}
            else:
                raise BankError("expected 'signal_type signal_value' or a bare value")
            entries.append(_entry_from_mapping(label, obj, default_signal_type))
        except BankError as exc:
            errors.append(ItemResult(label, False, error=str(exc)))
    return entries, errors


# -- export -----------------------------------------------------------------------------------

CSV_COLUMNS = ("signal_type", "signal_value", "bank", "status", "case", "source", "created_at", "updated_at")


def _row(e: Entry) -> dict[str, Any]:
    return {"signal_type": e.signal_type, "signal_value": e.value, "bank": e.bank, "status": e.status,
            "case": e.case_id or "", "source": e.source, "created_at": e.created_at.isoformat(),
            "updated_at": e.updated_at.isoformat()}


def write_entries(stream: TextIO, entries: Iterable[Entry], *, fmt: str = "csv") -> int:
    """Write entries as CSV (header + one row each), JSON or JSON Lines. Returns the count.

    CSV carries the columns other tools read; JSON also carries the bank purpose and the PDQ
    crop variants, so an nciiguard-to-nciiguard transfer loses nothing.
    """
    f = fmt.lower()
    n = 0
    if f == "csv":
        w = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        w.writeheader()
        for e in entries:
            w.writerow(_row(e))
            n += 1
        return n
    if f == "jsonl":
        for e in entries:
            stream.write(json.dumps(_json(e), sort_keys=True) + "\n")
            n += 1
        return n
    if f == "json":
        stream.write('{"format": "nciiguard-banks", "version": 1, "exported_at": '
                     + json.dumps(datetime.now(timezone.utc).isoformat()) + ', "entries": [')
        for e in entries:
            stream.write(("," if n else "") + "\n  " + json.dumps(_json(e), sort_keys=True))
            n += 1
        stream.write("\n]}\n")
        return n
    if f == "txt":
        for e in entries:
            stream.write(f"{e.signal_type} {e.value}\n")
            n += 1
        return n
    raise BankError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")


def _json(e: Entry) -> dict[str, Any]:
    out = _row(e)
    out["purpose"] = e.purpose
    if e.variants:
        out["pdq_variants"] = dict(e.variants)
    if e.note:
        out["note"] = e.note
    return out
