"""The audit chain's anchor: its head (sequence and hash) kept *outside* the database, signed.

Why: the hash chain shows an edit or a gap *inside* the log, but not a log that was cut short
(the last records deleted), emptied, or rewritten and re-chained from the start: each of those is
again a valid chain. Whoever can write to the database can do all three (dropping the append-only
triggers first). The anchor is a small file outside the database that records the latest head this
host committed, with an HMAC-SHA256 over it under a key that is also outside the database, so
``nciiguard audit verify`` can check that the database's chain still *contains* that head:

* fewer records than the anchored sequence: the log was truncated or emptied;
* a different hash at the anchored sequence: the log was rewritten (and re-chained);
* an anchor whose MAC does not check: the anchor file itself was altered.

The anchor is a lower bound: records appended after it (or by a process that writes no anchor)
are checked by the chain alone. ``nciiguard audit checkpoint`` advances it on demand and prints
the head for the operator to keep elsewhere (a ticket, a printout, another host); ``audit verify
--checkpoint FILE`` checks against such a kept copy too, which also holds when the data directory
(anchor and key) is lost or replaced.

Where: ``<data_dir>/audit-anchor/<id>.json``, one file per database (``<id>`` is derived from the
database URL without its password, so several databases may share a data directory), and the key
``<data_dir>/audit-anchor.key`` (32 random bytes, created mode 0600 on first use). Both can be
moved off the data directory (configuration ``audit_anchor_dir`` and ``audit_anchor_key_file``),
e.g. to a volume the database host cannot write. Each host of a multi-replica deployment keeps its
own anchor of the heads it committed.

When: after every commit of a transaction that appended audit records (an SQLAlchemy
``after_commit`` hook; never before the commit, so a rolled-back append never moves the anchor),
in every process whose configuration registered an anchor for that database (``register``). The
file only moves forward (a lower sequence never overwrites a higher one), is replaced atomically,
and writers on one host serialise on an ``flock``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ..errors import ConfigError
from .models import AuditRow

FORMAT = "nciiguard-audit-anchor/1"
#: Session.info key under which ``AuditLog.append`` leaves the head it wrote (url key, seq, hash).
SESSION_KEY = "nciiguard.audit_head"

_ANCHORS: dict[str, "AuditAnchor"] = {}
_ANCHORS_LOCK = threading.Lock()


@dataclass(frozen=True)
class AnchorHead:
    seq: int
    hash: str
    at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "at": self.at}


class AnchorError(Exception):
    """The anchor file exists but cannot be trusted (unreadable, malformed, or its MAC fails)."""


def url_key(url) -> str:
    """A stable name for a database: backend, user, host, port and database, never the password.
    A SQLite path is made absolute so ``sqlite:///x.db`` from two working directories agree."""
    u = make_url(str(url)) if not hasattr(url, "get_backend_name") else url
    database = u.database or ""
    if u.get_backend_name() == "sqlite" and database and database != ":memory:":
        database = str(Path(database).expanduser().resolve())
    return f"{u.get_backend_name()}://{u.username or ''}@{u.host or ''}:{u.port or ''}/{database}"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


class AuditAnchor:
    """The signed head file of one database."""

    def __init__(self, path: Path, key: bytes, database: str):
        self.path = Path(path)
        self.key = key
        self.database = database
        self._lock = threading.Lock()

    @classmethod
    def for_config(cls, config, database_url=None) -> "AuditAnchor":
        """The anchor of ``config``'s database (or of ``database_url``), in its configured (or
        default) places."""
        db = url_key(database_url if database_url is not None else config.url)
        folder = Path(getattr(config, "audit_anchor_dir", None) or Path(config.data_dir) / "audit-anchor")
        key_file = Path(getattr(config, "audit_anchor_key_file", None) or Path(config.data_dir) / "audit-anchor.key")
        name = hashlib.sha256(db.encode("utf-8")).hexdigest()[:24]
        return cls(folder / f"{name}.json", load_or_create_key(key_file), db)

    # -- reading -----------------------------------------------------------------------------

    def _mac(self, body: dict[str, Any]) -> str:
        return hmac.new(self.key, _canonical(body), hashlib.sha256).hexdigest()

    def read(self) -> AnchorHead | None:
        """The anchored head, None when there is no anchor yet; AnchorError when it is not trustworthy."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise AnchorError(f"cannot read the audit anchor {self.path}: {exc.strerror or exc}") from None
        try:
            data = json.loads(raw)
            mac = data.pop("mac")
            if data.get("format") != FORMAT:
                raise ValueError("unknown format")
            head = AnchorHead(int(data["seq"]), str(data["hash"]), str(data.get("at", "")))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise AnchorError(f"the audit anchor {self.path} is malformed") from None
        if not isinstance(mac, str) or not hmac.compare_digest(mac, self._mac(data)):
            raise AnchorError(f"the audit anchor {self.path} does not carry a valid signature "
                              "(altered, or signed with another key)")
        if data.get("database") != self.database:
            raise AnchorError(f"the audit anchor {self.path} belongs to another database")
        return head

    # -- writing -----------------------------------------------------------------------------

    def advance(self, seq: int, digest: str) -> bool:
        """Record ``(seq, digest)`` as the head unless the anchor already holds a later one.
        Returns whether the file changed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, _FileLock(self.path.with_suffix(".lock")):
            try:
                current = self.read()
            except AnchorError:
                # Never paper over an anchor that fails its check: verify must keep reporting it.
                return False
            if current is not None and current.seq >= seq:
                return False
            body = {"format": FORMAT, "database": self.database, "seq": int(seq), "hash": digest,
                    "at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            body["mac"] = self._mac({k: v for k, v in body.items()})
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            os.replace(tmp, self.path)
            return True


class _FileLock:
    """An exclusive ``flock`` on a side file (processes on one host); a no-op where flock is missing."""

    def __init__(self, path: Path):
        self.path = path
        self.fd: int | None = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return self
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc):
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
            self.fd = None


def load_or_create_key(path: Path) -> bytes:
    """The anchor's HMAC key (urlsafe base64 of 32 bytes), created with mode 0600 when missing."""
    path = Path(path)
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        fresh = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process created it meanwhile: use theirs
            return load_or_create_key(path)
        except OSError as exc:
            raise ConfigError(f"cannot create the audit anchor key {path}: {exc.strerror or exc}") from None
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(fresh + "\n")
        return base64.urlsafe_b64decode(fresh)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the audit anchor key {path}: {exc}") from None
    try:
        key = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except ValueError:
        key = b""
    if len(key) < 16:
        raise ConfigError(f"the audit anchor key {path} is not urlsafe base64 of at least 16 bytes")
    return key


# -- registration and the commit hook ---------------------------------------------------------


def register(config, database_url=None) -> AuditAnchor | None:
    """Anchor ``config``'s database (or ``database_url``, the one actually opened) in this process:
    every later commit that appends audit records to it advances the anchor. Returns the anchor
    (None for an in-memory database)."""
    url = database_url if database_url is not None else config.url
    if ":memory:" in str(url):
        return None
    try:
        anchor = AuditAnchor.for_config(config, url)
    except ConfigError as exc:
        # E.g. a read-only data directory: the service and the CLI still work, the chain still
        # holds, and `nciiguard audit verify` reports the same problem as an error.
        import logging

        logging.getLogger("nciiguard.audit").warning("audit anchor disabled: %s", exc)
        return None
    with _ANCHORS_LOCK:
        _ANCHORS[anchor.database] = anchor
    return anchor


def unregister(database_url) -> None:
    with _ANCHORS_LOCK:
        _ANCHORS.pop(url_key(database_url), None)


def note_append(session: Session, seq: int, digest: str) -> None:
    """Called by ``AuditLog.append``: remember the head this transaction writes."""
    try:
        key = url_key(session.get_bind().url)
    except Exception:  # noqa: BLE001 - an unusual bind: no anchor, the chain still holds
        return
    session.info[SESSION_KEY] = (key, seq, digest)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    noted = session.info.pop(SESSION_KEY, None)
    if noted is None:
        return
    key, seq, digest = noted
    with _ANCHORS_LOCK:
        anchor = _ANCHORS.get(key)
    if anchor is not None:
        try:
            anchor.advance(seq, digest)
        except OSError as exc:  # the change is committed; a stale anchor is caught by verify later
            import logging

            logging.getLogger("nciiguard.audit").warning("could not update the audit anchor: %s",
                                                         exc.strerror or type(exc).__name__)


@event.listens_for(Session, "after_soft_rollback")
def _after_rollback(session: Session, previous_transaction) -> None:
    session.info.pop(SESSION_KEY, None)


# -- checking ---------------------------------------------------------------------------------


def check_head(session: Session, head: AnchorHead, *, what: str = "anchor") -> str | None:
    """None when the database's chain contains ``head``; else what is wrong, in one line."""
    if head.seq <= 0:
        return None  # anchored before the first record: nothing to hold to
    count, last = session.execute(select(func.count(), func.max(AuditRow.seq))).one()
    count, last = int(count or 0), int(last or 0)
    if count == 0 and head.seq > 0:
        return f"the log is empty but the {what} records {head.seq} records (deleted wholesale)"
    if last < head.seq:
        return (f"the log ends at record {last} but the {what} records {head.seq} "
                f"(the last {head.seq - last} records were deleted)")
    stored = session.execute(select(AuditRow.hash).where(AuditRow.seq == head.seq)).scalar_one_or_none()
    if stored is None:
        return f"record {head.seq}, the {what}'s head, is missing"
    if stored != head.hash:
        return f"record {head.seq} differs from the {what}'s head (the log was rewritten and re-chained)"
    return None


def read_checkpoint(path: Path) -> AnchorHead:
    """A head the operator kept (``audit checkpoint`` output: JSON with seq and hash)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return AnchorHead(int(data["seq"]), str(data["hash"]), str(data.get("at", "")))
    except FileNotFoundError:
        raise ConfigError(f"checkpoint file not found: {path}") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"cannot read the checkpoint {path}: {type(exc).__name__}") from None
