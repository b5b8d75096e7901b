"""The likeness registry: people who asked to be protected, their aliases and face templates.

- **Consent** is recorded (who, how, when, scope, and the SHA-256 of a consent document; never the
  document itself).
- **Aliases** feed the prompt guard's real-person signal: the registry *is* the
  ``resources.protected_names`` object (``aliases()`` and ``revision``).
- **Face templates** are 128-d embeddings computed locally from photos the person provides; the
  photos are decoded in memory and dropped. Templates are AES-GCM encrypted in the database; the
  only plaintext copy is the in-memory search matrix of a running process.
- **Withdrawal deletes** the person, aliases and templates (no tombstone with personal data); an
  audit record with the id and counts only is written in the same transaction.

Every change bumps ``registry_state.revision`` in the same transaction. Readers compare it with the
revision their in-memory snapshot was built from (at most every ``poll_seconds``; at once for
changes made through this object), so enrolments and withdrawals made by other processes are seen
without restarting: a withdrawn person stops matching as soon as the change is seen.

Search is exact: numpy on the decrypted matrix, or FAISS ``IndexFlatL2`` (also exact, faster
on large sets) when installed and the registry has at least ``faiss_min_templates`` templates.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
from sqlalchemy import delete, func, select, update

from ..errors import InputError, NciiguardError
from ..store.base import as_utc
from ..faces import DEFAULT_MATCH_THRESHOLD, EMBEDDING_DIM, FaceEngine, get_engine
from .crypto import RegistryKeyError, TemplateCipher
from .models import RegistryAlias, RegistryPerson, RegistryState, RegistryTemplate

CONSENT_METHODS = ("self", "verified_agent")
DEFAULT_SCOPE = "Block sexualised or intimate depictions of my likeness (face and names)."
MAX_ALIAS_CHARS = 200
MAX_PHOTOS = 20


class RegistryError(NciiguardError):
    """A registry operation could not be done (unknown person, invalid consent...)."""


class PersonNotFound(RegistryError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else "person not found"


@dataclass(frozen=True)
class Consent:
    """Who consented to protection, how, when, for what, and the hash of the signed document."""

    by: str
    method: str = "self"
    at: datetime | None = None
    scope: str = DEFAULT_SCOPE
    document_sha256: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.by, str) or not self.by.strip() or len(self.by) > 200:
            raise InputError("consent needs who consented (1-200 characters)")
        if self.method not in CONSENT_METHODS:
            raise InputError(f"consent method must be one of {', '.join(CONSENT_METHODS)}, not {self.method!r}")
        if not isinstance(self.scope, str) or not self.scope.strip():
            raise InputError("consent scope must be a non-empty text")
        doc = self.document_sha256
        if doc is not None and not re.fullmatch(r"[0-9a-f]{64}", doc):
            raise InputError("consent document hash must be 64 lowercase hex digits (SHA-256)")
        at = self.at or datetime.now(timezone.utc)
        if at.tzinfo is None:
            raise InputError("consent time must be timezone-aware")
        object.__setattr__(self, "by", self.by.strip())
        object.__setattr__(self, "at", at.astimezone(timezone.utc))

    @staticmethod
    def hash_document(document: bytes | str | Path) -> str:
        """SHA-256 of a consent document (bytes or a file); the document itself is not kept."""
        data = Path(document).read_bytes() if isinstance(document, (str, Path)) else bytes(document)
        return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    consent: Consent
    templates: int
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "aliases": list(self.aliases), "templates": self.templates,
            "consent": {"by": self.consent.by, "method": self.consent.method, "at": self.consent.at.isoformat(),
                        "scope": self.consent.scope, "document_sha256": self.consent.document_sha256},
            "created_at": as_utc(self.created_at).isoformat(), "updated_at": as_utc(self.updated_at).isoformat(),
        }


@dataclass(frozen=True)
class LikenessMatch:
    person_id: str
    distance: float


@dataclass
class _Snapshot:
    revision: int
    aliases: tuple[tuple[str, str], ...] = ()
    matrix: np.ndarray | None = field(default=None, repr=False)
    owners: np.ndarray | None = field(default=None, repr=False)
    faiss_index: Any = field(default=None, repr=False)
    with_templates: bool = False


class LikenessRegistry:
    """Enrol, list, update, withdraw and search protected people. Thread-safe.

    ``db`` is a :class:`nciiguard.store.Database` or a URL (opened and migrated). ``key`` is the
    template key (Config.registry_key); without it, names still work but anything touching face
    templates raises a ConfigError saying how to create one.
    """

    def __init__(
        self,
        db: Any,
        *,
        key: str | bytes | None = None,
        engine: FaceEngine | None = None,
        poll_seconds: float = 1.0,
        index: str = "auto",
        faiss_min_templates: int = 20_000,
        audit: Any = "default",
        min_enrol_face_px: int = 60,
        min_enrol_quality: float = 0.5,
    ):
        from ..store import Database, open_database

        self.db: Database = open_database(db) if isinstance(db, str) else db
        self._key = key
        self._cipher: TemplateCipher | None = None
        self._engine = engine
        if index not in ("auto", "numpy", "faiss"):
            raise InputError("index must be auto, numpy or faiss")
        self.index = index
        self.faiss_min_templates = faiss_min_templates
        self.poll_seconds = poll_seconds
        # Enrolment photos are chosen, not found: hold them to a higher bar than screened images,
        # since every later match is measured against these templates.
        self.min_enrol_face_px = min_enrol_face_px
        self.min_enrol_quality = min_enrol_quality
        self._audit = _default_audit() if audit == "default" else audit
        self._lock = threading.RLock()
        self._snapshot: _Snapshot | None = None
        self._checked_at = 0.0
        self._db_revision = -1

    @classmethod
    def from_config(cls, config: Any = None, **kwargs: Any) -> "LikenessRegistry":
        from ..config import Config
        from ..store import open_database

        config = config or Config.load()
        return cls(open_database(config.url), key=config.registry_key, **kwargs)

    def __repr__(self) -> str:
        return f"LikenessRegistry({self.db.url.render_as_string(hide_password=True)!r})"

    # -- keys and faces -------------------------------------------------------------------------
    @property
    def cipher(self) -> TemplateCipher:
        if self._cipher is None:
            self._cipher = TemplateCipher(self._key)  # RegistryKeyError (a ConfigError) if missing
        return self._cipher

    @property
    def engine(self) -> FaceEngine:
        if self._engine is None:
            self._engine = get_engine()
        return self._engine

    def templates_from_photos(self, photos: Sequence[Any]) -> list[tuple[np.ndarray, float]]:
        """Decode each photo in memory and take its one face's embedding; the photo is dropped.

        Photos are paths, bytes, PIL images or RGB arrays. A photo without exactly one usable
        face is an InputError naming the photo's position (never its content).
        """
        from ..imaging import decode_image

        if len(photos) > MAX_PHOTOS:
            raise InputError(f"at most {MAX_PHOTOS} photos per call")
        out = []
        for n, photo in enumerate(photos, 1):
            label = f"photo {n}" if not isinstance(photo, (str, Path)) else f"photo {n} ({Path(photo).name})"
            try:
                rgb = decode_image(photo).rgb
            except InputError as exc:
                raise InputError(f"{label}: {exc}") from None
            face = self.engine.enrolment_template(rgb, label=label)
            if face.size < self.min_enrol_face_px:
                raise InputError(f"{label}: the face is {face.size} px wide; enrolment needs at least "
                                 f"{self.min_enrol_face_px} px (use a larger or closer photo)")
            if face.quality < self.min_enrol_quality:
                raise InputError(f"{label}: the face is too blurred or low-contrast for enrolment; use a sharper photo")
            out.append((np.array(face.embedding, dtype=np.float32), float(face.quality)))
            del rgb
        return out

    # -- writes ---------------------------------------------------------------------------------
    def enrol(
        self,
        name: str,
        *,
        consent: Consent,
        aliases: Iterable[str] = (),
        photos: Sequence[Any] = (),
        templates: Sequence[np.ndarray] = (),
        actor: str = "library",
    ) -> Person:
        """Register a person. Photos are turned into templates first, so a bad photo changes nothing."""
        name = _clean_alias(name, what="name")
        if not isinstance(consent, Consent):
            raise InputError("enrol needs a Consent record")
        made = self.templates_from_photos(list(photos)) if photos else []
        made += [(_check_template(t), 1.0) for t in templates]
        if made:
            cipher = self.cipher  # fail before writing anything when no key is configured
        pid = uuid.uuid4().hex
        now = datetime.now(timezone.utc)
        names = _dedupe([name, *aliases])
        with self.db.session() as s:
            if made:
                self._check_key(s, cipher)
            s.add(RegistryPerson(
                id=pid, name=name, consent_by=consent.by, consent_method=consent.method, consent_at=consent.at,
                consent_scope=consent.scope, consent_document_sha256=consent.document_sha256,
                created_at=now, updated_at=now,
            ))
            s.flush()
            for alias in names[1:]:
                s.add(RegistryAlias(person_id=pid, alias=alias, alias_key=_alias_key(alias)))
            for vec, quality in made:
                s.add(RegistryTemplate(person_id=pid, ciphertext=cipher.seal(pid, vec), key_id=cipher.key_id,
                                       quality=quality, created_at=now))
            self._bump(s)
            self._log(s, actor, "registry.enrol", pid, {"aliases": len(names) - 1, "templates": len(made),
                                                         "consent_method": consent.method,
                                                         "consent_document_sha256": consent.document_sha256})
        self._invalidate()
        return self.get(pid)

    def add_photos(self, person_id: str, photos: Sequence[Any], *, actor: str = "library") -> int:
        made = self.templates_from_photos(list(photos))
        cipher = self.cipher
        now = datetime.now(timezone.utc)
        with self.db.session() as s:
            person = self._require(s, person_id)
            self._check_key(s, cipher)
            for vec, quality in made:
                s.add(RegistryTemplate(person_id=person.id, ciphertext=cipher.seal(person.id, vec),
                                       key_id=cipher.key_id, quality=quality, created_at=now))
            person.updated_at = now
            self._bump(s)
            self._log(s, actor, "registry.add_templates", person.id, {"templates": len(made)})
        self._invalidate()
        return len(made)

    def update_aliases(self, person_id: str, *, add: Iterable[str] = (), remove: Iterable[str] = (),
                       actor: str = "library") -> Person:
        add = [_clean_alias(a) for a in add]
        remove_keys = {_alias_key(_clean_alias(a)) for a in remove}
        with self.db.session() as s:
            person = self._require(s, person_id)
            existing = {row.alias_key: row for row in s.scalars(
                select(RegistryAlias).where(RegistryAlias.person_id == person.id))}
            unknown = remove_keys - set(existing)
            if unknown:
                raise InputError(f"{len(unknown)} alias(es) to remove are not aliases of person {person.id}")
            removed = 0
            for key in remove_keys:
                s.delete(existing.pop(key))
                removed += 1
            added = 0
            for alias in add:
                key = _alias_key(alias)
                if key not in existing and key != _alias_key(person.name):
                    row = RegistryAlias(person_id=person.id, alias=alias, alias_key=key)
                    s.add(row)
                    existing[key] = row
                    added += 1
            person.updated_at = datetime.now(timezone.utc)
            self._bump(s)
            self._log(s, actor, "registry.update_aliases", person.id, {"added": added, "removed": removed})
        self._invalidate()
        return self.get(person_id)

    def withdraw(self, person_id: str, *, actor: str = "library") -> dict[str, int]:
        """Delete the person, their aliases and templates. Effective for this process at once."""
        with self.db.session() as s:
            person = self._require(s, person_id)
            n_alias = s.scalar(select(func.count()).select_from(RegistryAlias).where(RegistryAlias.person_id == person.id))
            n_tmpl = s.scalar(select(func.count()).select_from(RegistryTemplate).where(RegistryTemplate.person_id == person.id))
            # Explicit deletes as well as ON DELETE CASCADE: SQLite connections made without the
            # foreign_keys pragma would otherwise leave orphaned templates behind.
            s.execute(delete(RegistryTemplate).where(RegistryTemplate.person_id == person.id))
            s.execute(delete(RegistryAlias).where(RegistryAlias.person_id == person.id))
            s.execute(delete(RegistryPerson).where(RegistryPerson.id == person.id))
            self._bump(s)
            self._log(s, actor, "registry.withdraw", person.id, {"aliases": int(n_alias), "templates": int(n_tmpl)})
        self._invalidate()
        return {"aliases": int(n_alias), "templates": int(n_tmpl)}

    # -- reads ----------------------------------------------------------------------------------
    def get(self, person_id: str) -> Person:
        with self.db.session() as s:
            return self._person(s, self._require(s, person_id))

    def list(self) -> list[Person]:
        with self.db.session() as s:
            return [self._person(s, p) for p in s.scalars(select(RegistryPerson).order_by(RegistryPerson.created_at))]

    def __len__(self) -> int:
        with self.db.session() as s:
            return int(s.scalar(select(func.count()).select_from(RegistryPerson)))

    # -- protected_names interface (real_person_text) --------------------------------------------
    @property
    def revision(self) -> int:
        """Changes whenever people, aliases or templates change (in any process)."""
        return self._current(templates=False).revision

    def aliases(self) -> list[tuple[str, str]]:
        """``(person_id, alias)`` pairs, the person's name included."""
        return list(self._current(templates=False).aliases)

    # -- search ---------------------------------------------------------------------------------
    def search(self, embeddings: np.ndarray, *, k: int = 1, threshold: float | None = None) -> list[list[LikenessMatch]]:
        """Nearest templates for each row of ``embeddings`` (n x 128), best first.

        At most one match per person per query (their closest template). With ``threshold``,
        only matches at or under it.
        """
        q = np.atleast_2d(np.asarray(embeddings, dtype=np.float32))
        if q.ndim != 2 or q.shape[1] != EMBEDDING_DIM:
            raise InputError(f"search needs an (n, {EMBEDDING_DIM}) array of embeddings")
        snap = self._current(templates=True)
        if snap.matrix is None or len(snap.matrix) == 0 or len(q) == 0:
            return [[] for _ in range(len(q))]
        n = len(snap.matrix)
        depth = min(n, max(k * 8, 16))  # several templates per person: look deeper than k
        if snap.faiss_index is not None:
            d2, idx = snap.faiss_index.search(np.ascontiguousarray(q), depth)
        else:
            d2_all = (
                np.einsum("ij,ij->i", q, q)[:, None] + np.einsum("ij,ij->i", snap.matrix, snap.matrix)[None, :]
                - 2.0 * q @ snap.matrix.T
            )
            idx = np.argsort(d2_all, axis=1)[:, :depth]
            d2 = np.take_along_axis(d2_all, idx, axis=1)
        out = []
        for row_d2, row_idx in zip(d2, idx):
            seen: dict[str, float] = {}
            for dd, j in zip(row_d2, row_idx):
                if j < 0:
                    continue
                pid = str(snap.owners[j])
                if pid not in seen:
                    seen[pid] = float(np.sqrt(max(0.0, float(dd))))
            matches = sorted((LikenessMatch(p, d) for p, d in seen.items()), key=lambda m: m.distance)
            if threshold is not None:
                matches = [m for m in matches if m.distance <= threshold]
            out.append(matches[:k])
        return out

    def has_templates(self) -> bool:
        """Whether any face template is enrolled (from the cached snapshot, polled like search).

        Lets ``likeness_match`` skip computing embeddings when there is nothing to compare
        them with. An empty registry needs no key: no ciphertext is opened.
        """
        snap = self._current(templates=True)
        return snap.matrix is not None and len(snap.matrix) > 0

    def match(self, embedding: np.ndarray, threshold: float = DEFAULT_MATCH_THRESHOLD) -> LikenessMatch | None:
        found = self.search(embedding, k=1, threshold=threshold)[0]
        return found[0] if found else None

    @property
    def backend(self) -> str:
        snap = self._current(templates=True)
        return "faiss" if snap.faiss_index is not None else "numpy"

    # -- internals ------------------------------------------------------------------------------
    def _require(self, s, person_id: str) -> RegistryPerson:
        if not isinstance(person_id, str) or not re.fullmatch(r"[0-9a-f]{32}", person_id):
            raise PersonNotFound(f"not a registry person id: {person_id!r}")
        person = s.get(RegistryPerson, person_id)
        if person is None:
            raise PersonNotFound(f"no registered person with id {person_id}")
        return person

    def _person(self, s, p: RegistryPerson) -> Person:
        aliases = tuple(s.scalars(select(RegistryAlias.alias).where(RegistryAlias.person_id == p.id).order_by(RegistryAlias.id)))
        n = s.scalar(select(func.count()).select_from(RegistryTemplate).where(RegistryTemplate.person_id == p.id))
        consent = Consent(by=p.consent_by, method=p.consent_method, at=as_utc(p.consent_at), scope=p.consent_scope,
                          document_sha256=p.consent_document_sha256)
        return Person(p.id, p.name, aliases, consent, int(n), as_utc(p.created_at), as_utc(p.updated_at))

    def _check_key(self, s, cipher: TemplateCipher) -> None:
        """Refuse to write templates under a key other than the one already in use."""
        other = s.scalar(select(RegistryTemplate.key_id).where(RegistryTemplate.key_id != cipher.key_id).limit(1))
        if other is not None:
            raise RegistryKeyError(
                f"wrong registry key: stored templates use key id {other}, the configured key has id {cipher.key_id}"
            )

    def _bump(self, s) -> None:
        s.execute(update(RegistryState).where(RegistryState.id == 1).values(revision=RegistryState.revision + 1))

    def _log(self, s, actor: str, action: str, pid: str, details: dict) -> None:
        if self._audit is not None:
            self._audit.append(s, actor=actor, action=action, object_type="registry_person", object_id=pid,
                               details={k: v for k, v in details.items() if v is not None})

    def _invalidate(self) -> None:
        with self._lock:
            self._checked_at = 0.0
            self._snapshot = None

    def _read_revision(self) -> int:
        with self.db.session() as s:
            rev = s.scalar(select(RegistryState.revision).where(RegistryState.id == 1))
        if rev is None:
            raise RegistryError("the registry tables are not initialised; run the database migrations")
        return int(rev)

    def _current(self, *, templates: bool) -> _Snapshot:
        with self._lock:
            now = time.monotonic()
            snap = self._snapshot
            if snap is None or now - self._checked_at >= self.poll_seconds:
                rev = self._read_revision()
                self._checked_at = now
                if snap is None or snap.revision != rev:
                    snap = None
            if snap is None or (templates and not snap.with_templates):
                snap = self._load(templates=templates or (snap is not None and snap.with_templates))
                self._snapshot = snap
            return snap

    def _load(self, *, templates: bool) -> _Snapshot:
        # Read everything in one transaction so the revision matches the rows.
        with self.db.session() as s:
            rev = int(s.scalar(select(RegistryState.revision).where(RegistryState.id == 1)) or 0)
            people = s.execute(select(RegistryPerson.id, RegistryPerson.name).order_by(RegistryPerson.created_at)).all()
            extra = s.execute(select(RegistryAlias.person_id, RegistryAlias.alias).order_by(RegistryAlias.id)).all()
            rows = s.execute(select(RegistryTemplate.person_id, RegistryTemplate.ciphertext, RegistryTemplate.key_id)
                             .order_by(RegistryTemplate.id)).all() if templates else []
        aliases = tuple((p.id, p.name) for p in people) + tuple((a.person_id, a.alias) for a in extra)
        snap = _Snapshot(rev, aliases, with_templates=templates)
        if templates and rows:
            cipher = self.cipher
            matrix = np.empty((len(rows), EMBEDDING_DIM), dtype=np.float32)
            for j, row in enumerate(rows):
                matrix[j] = cipher.open(row.person_id, row.ciphertext, row.key_id)
            snap.matrix = matrix
            snap.owners = np.array([r.person_id for r in rows], dtype=object)
            snap.faiss_index = self._faiss(matrix)
        elif templates:
            snap.matrix = np.empty((0, EMBEDDING_DIM), dtype=np.float32)
            snap.owners = np.empty((0,), dtype=object)
        return snap

    def _faiss(self, matrix: np.ndarray) -> Any:
        if self.index == "numpy" or (self.index == "auto" and len(matrix) < self.faiss_min_templates):
            return None
        from .._optional import available, require

        if self.index == "auto" and not available("faiss"):
            return None
        faiss = require("faiss", extra="faiss", feature="FAISS template search", package="faiss-cpu")
        index = faiss.IndexFlatL2(EMBEDDING_DIM)
        index.add(np.ascontiguousarray(matrix))
        return index


def _default_audit():
    try:
        from ..audit import AuditLog
    except ImportError:  # pragma: no cover - the audit module ships with the package
        return None
    return AuditLog()


def _clean_alias(value: Any, *, what: str = "alias") -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be a string")
    text = " ".join(value.split())
    if not text:
        raise InputError(f"{what} must not be empty")
    if len(text) > MAX_ALIAS_CHARS:
        raise InputError(f"{what} is longer than {MAX_ALIAS_CHARS} characters")
    return text


def _alias_key(alias: str) -> str:
    return " ".join(alias.casefold().split())


def _dedupe(names: Iterable[str]) -> list[str]:
    out, seen = [], set()
    for n in names:
        n = _clean_alias(n)
        if _alias_key(n) not in seen:
            seen.add(_alias_key(n))
            out.append(n)
    return out


def _check_template(t: Any) -> np.ndarray:
    vec = np.asarray(t, dtype=np.float32).reshape(-1)
    if vec.shape != (EMBEDDING_DIM,) or not np.all(np.isfinite(vec)):
        raise InputError(f"a face template is {EMBEDDING_DIM} finite numbers")
    return vec


