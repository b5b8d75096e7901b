"""Resumable scans: a journal of finished records, flushed and fsynced per chunk.

Layout of the output directory while a scan runs::

    DIR/.nciiguard-scan/state.json      what is being scanned (source, format, policy, record version)
    DIR/.nciiguard-scan/journal.jsonl   one JSON record per finished item, appended per chunk

The journal IS the done-index: an item is done exactly when its record line is in the journal.
Each chunk of records is written, flushed and fsynced before the next chunk is accepted, so a
``kill -9`` loses at most the chunks in flight (they are redone on restart) and never a finished
one. A torn last line (the process died mid-write) is cut off on open. Records are keyed by item
id; a duplicate (possible only if a chunk was written twice) keeps the first.

The final ``decisions.parquet`` and manifest are assembled from the journal at the end
(:mod:`nciiguard.batch.sinks`); the journal stays so that a rerun after completion is instant.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterable

from ..errors import ConfigError

STATE_DIR = ".nciiguard-scan"


class Journal:
    def __init__(self, output: Path, fingerprint: dict[str, Any], *, resume: bool = True):
        self.output = Path(output)
        self.dir = self.output / STATE_DIR
        self.path = self.dir / "journal.jsonl"
        self.state_path = self.dir / "state.json"
        self.records: dict[str, dict[str, Any]] = {}
        self.resumed = 0
        if self.output.exists() and not self.output.is_dir():
            raise ConfigError(f"--output {self.output} exists and is not a directory")
        if not resume and self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.state_path.exists():
            try:
                previous = json.loads(self.state_path.read_text(encoding="utf-8"))
            except ValueError:
                previous = None
            if previous != fingerprint:
                raise ConfigError(
                    f"{self.output} holds a scan of another source or with other settings "
                    f"({_diff(previous, fingerprint)}); use --no-resume to start over or another --output")
        else:
            _write_atomic(self.state_path, json.dumps(fingerprint, indent=1, sort_keys=True).encode())
        self._load()
        self._fh = open(self.path, "ab")

    def _load(self) -> None:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        good = data.rfind(b"\n") + 1  # everything after the last newline is a torn write
        for line in data[:good].splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                continue  # cannot happen for fsynced lines; be robust anyway: the item is redone
            self.records.setdefault(rec["id"], rec)
        if good < len(data):
            with open(self.path, "r+b") as f:
                f.truncate(good)
                f.flush()
                os.fsync(f.fileno())
        self.resumed = len(self.records)

    def done(self, item_id: str) -> bool:
        return item_id in self.records

    def append(self, records: Iterable[dict[str, Any]]) -> int:
        """Write one chunk durably. Returns how many new records were written."""
        fresh = [r for r in records if r["id"] not in self.records]
        if not fresh:
            return 0
        payload = b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"
                           for r in fresh)
        self._fh.write(payload)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        for r in fresh:
            self.records[r["id"]] = r
        return len(fresh)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()

    def __enter__(self) -> "Journal":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _diff(old: Any, new: dict[str, Any]) -> str:
    if not isinstance(old, dict):
        return "unreadable state"
    keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
    return "differs in " + ", ".join(keys) if keys else "differs"


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
