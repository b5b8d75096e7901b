"""API keys and roles: create, list, revoke and check keys (the HTTP side is service/deps.py).

Key format: ``ngk_<key_id>_<secret>``. ``key_id`` (12 hex characters) is public and finds the
row; ``secret`` (32 random bytes, urlsafe base64) is shown once at creation and stored only as its
SHA-256 (a 256-bit random secret needs no slow hash: there is nothing to guess). The comparison is
constant-time (``hmac.compare_digest``) and an unknown key id costs the same digest work as a
known one.

Roles: ``platform`` (screen, match, report, takedown removal), ``moderator`` (review queue,
takedown decisions), ``admin`` (keys, banks, registry; and everything else), ``partner``
(pulls only the banks shared with it, see nciiguard.exchange).

No HTTP here: the service, the exchange (partner keys) and webhooks (endpoints belong to a key)
all use this store.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..errors import InputError
from ..store.base import as_utc, utcnow
from .models import ROLES, ApiKeyRow

KEY_PREFIX = "ngk"
_KEY_RE = re.compile(r"^ngk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
#: Which roles may call what. Admin holds every permission.
PERMISSIONS = {
    "platform": frozenset({"screen", "match", "report", "takedown.read", "takedown.removal", "takedown.sweep"}),
    "moderator": frozenset({"review", "takedown.read", "takedown.decide", "takedown.sweep"}),
    # Pulls the banks shared with this key (exchange_shares), nothing else: no screening, no
    # matching, no other bank (docs/exchange.md).
    "partner": frozenset({"exchange.pull"}),
    "admin": frozenset({"screen", "match", "report", "review", "takedown.read", "takedown.decide",
                        "takedown.removal", "takedown.sweep", "keys", "banks", "registry"}),
}


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who is calling: an API key (never its secret)."""

    key_id: str
    name: str
    role: str

    @property
    def actor(self) -> str:
        """How the caller appears in the audit log."""
        return f"{self.role}:{self.key_id}"

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    name: str
    role: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None

    def to_dict(self) -> dict:
        return {"key_id": self.key_id, "name": self.name, "role": self.role,
                "created_at": self.created_at.isoformat(), "created_by": self.created_by,
                "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None}


def _info(row: ApiKeyRow) -> KeyInfo:
    return KeyInfo(row.key_id, row.name, row.role, as_utc(row.created_at), row.created_by, as_utc(row.revoked_at))


class KeyStore:
    """Create, list, revoke and check API keys. Every change is audited in its transaction."""

    def __init__(self, db, *, cache_seconds: float = 5.0):
        from ..audit import AuditLog

        self.db = db
        self.cache_seconds = float(cache_seconds)
        self._audit = AuditLog()
        self._cache: dict[str, tuple[float, str, Principal | None]] = {}
        self._lock = threading.Lock()
        # Digest of a random secret: compared against when the key id is unknown, so the time an
        # attacker measures does not say whether a key id exists.
        self._decoy = hashlib.sha256(secrets.token_bytes(32)).hexdigest()

    def create(self, name: str, role: str, *, actor: str = "cli") -> tuple[str, KeyInfo]:
        """Returns (the full key, shown once; its info)."""
        name = (name or "").strip()
        if not name or len(name) > 200 or any(ord(c) < 32 for c in name):
            raise InputError("key name must be 1-200 printable characters")
        if role not in ROLES:
            raise InputError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
        key_id = secrets.token_hex(6)
        secret = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii").rstrip("=")
        with self.db.session() as s:
            row = ApiKeyRow(key_id=key_id, secret_hash=hashlib.sha256(secret.encode("ascii")).hexdigest(),
                            name=name, role=role, created_at=utcnow(), created_by=actor)
            s.add(row)
            s.flush()
            self._audit.append(s, actor=actor, action="key.create", object_type="api_key", object_id=key_id,
                               details={"role": role, "name": name})
            info = _info(row)
        return f"{KEY_PREFIX}_{key_id}_{secret}", info

    def list(self) -> list[KeyInfo]:
        with self.db.session() as s:
            return [_info(r) for r in s.execute(select(ApiKeyRow).order_by(ApiKeyRow.id)).scalars()]

    def revoke(self, key_id: str, *, actor: str = "cli") -> KeyInfo:
        with self.db.session() as s:
            row = s.execute(select(ApiKeyRow).where(ApiKeyRow.key_id == key_id)).scalar_one_or_none()
            if row is None:
                raise LookupError(f"no API key {key_id!r}")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                self._audit.append(s, actor=actor, action="key.revoke", object_type="api_key", object_id=key_id,
                                   details={"role": row.role})
            info = _info(row)
        with self._lock:
            self._cache.pop(key_id, None)
        return info

    def authenticate(self, presented: str) -> Principal | None:
        """The Principal for a presented key, or None (unknown, wrong, revoked, malformed)."""
        m = _KEY_RE.match(presented or "")
        if not m:
            return None
        key_id, secret = m.group(1), m.group(2)
        digest = hashlib.sha256(secret.encode("ascii")).hexdigest()
        now = time.monotonic()
        with self._lock:
            cached = self._cache.get(key_id)
        if cached is not None and now - cached[0] < self.cache_seconds:
            stored, principal = cached[1], cached[2]
        else:
            with self.db.session() as s:
                row = s.execute(select(ApiKeyRow).where(ApiKeyRow.key_id == key_id)).scalar_one_or_none()
                if row is None or row.revoked_at is not None:
                    stored, principal = self._decoy, None
                else:
                    stored, principal = row.secret_hash, Principal(row.key_id, row.name, row.role)
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[key_id] = (now, stored, principal)
        ok = hmac.compare_digest(digest, stored)
        return principal if ok and principal is not None else None
