"""The banks' shared vocabulary: errors, the dataclasses a BankStore returns and accepts, and owner keys.

Kept apart from :mod:`nciiguard.banks.store` so that the exchange formats, the compaction job and
the store can all use them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Callable

from ..errors import InputError
from .models import PURPOSES, STATUSES

DEFAULT_ALLOW_BANK = "allow-list"

_PURPOSE_ALIASES = {
    "survivor": "survivor", "survivor_submissions": "survivor", "submissions": "survivor",
    "confirmed": "confirmed", "confirmed_ncii": "confirmed", "ncii": "confirmed",
    "allow": "allow", "allow_list": "allow", "allow-list": "allow", "allowlist": "allow",
    "nudify_model": "nudify_model", "nudify-model": "nudify_model", "nudify_models": "nudify_model",
}


class BankError(InputError):
    """A bank operation was refused (unknown bank, duplicate name, bad value...)."""


class OwnerLimitError(BankError):
    """Adding would make one owner hold more values than its limit (nothing was added)."""

    def __init__(self, owner: str, held: int, adding: int, limit: int):
        self.owner, self.held, self.adding, self.limit = owner, held, adding, limit
        super().__init__(f"this would hold {held + adding} hashes; the limit is {limit}")


def owner_key(case_id: str | None = None, source: str | None = None, owner: str | None = None) -> str:
    """Who holds an entry: an explicit ``owner``, else ``case:<case_id>``, else ``source:<source>``."""
    if owner:
        key = str(owner).strip()
        if not key or len(key) > 256 or ":" not in key:
            raise BankError("an owner is 'kind:id' (case:..., takedown:..., source:...), at most 256 characters")
        return key
    if case_id:
        return f"case:{case_id}"
    return f"source:{(source or '')[:200]}"


def normalize_purpose(purpose: str) -> str:
    key = str(purpose).strip().lower()
    try:
        return _PURPOSE_ALIASES[key]
    except KeyError:
        raise BankError(f"unknown bank purpose {purpose!r}; known: {', '.join(PURPOSES)}") from None


def normalize_status(status: str) -> str:
    s = str(status or "active").strip().lower()
    if s not in STATUSES:
        raise BankError(f"unknown entry status {status!r}; known: {', '.join(STATUSES)}")
    return s


@dataclass(frozen=True)
class Bank:
    id: int
    name: str
    signal_type: str
    purpose: str
    description: str
    created_at: datetime
    updated_at: datetime
    entries: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "signal_type": self.signal_type, "purpose": self.purpose,
                "description": self.description, "entries": self.entries,
                "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat()}


@dataclass(frozen=True)
class Entry:
    id: int
    bank: str
    purpose: str
    signal_type: str
    value: str
    variants: dict[str, str]
    source: str
    case_id: str | None
    status: str
    note: str
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "bank": self.bank, "purpose": self.purpose, "signal_type": self.signal_type,
                "signal_value": self.value, "pdq_variants": dict(self.variants), "source": self.source,
                "case": self.case_id, "status": self.status, "note": self.note,
                "created_at": self.created_at.isoformat(), "updated_at": self.updated_at.isoformat()}


@dataclass
class ItemResult:
    """What happened to one item of a batch (a file, an import row)."""

    item: str
    ok: bool
    entry_id: int | None = None
    error: str | None = None
    #: The value was in the bank already (or repeated in the batch for the same owner).
    duplicate: bool = False
    #: This call made the item's owner a holder of the value (a new entry, or a new owner of an
    #: existing one). False when the owner held it already.
    owner_added: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"item": self.item, "ok": self.ok}
        if self.entry_id is not None:
            out["entry_id"] = self.entry_id
        if self.duplicate:
            out["duplicate"] = True
        if self.error:
            out["error"] = self.error
        return out


@dataclass
class ImportReport:
    source: str
    added: int = 0
    duplicates: int = 0
    errors: int = 0
    items: list[ItemResult] = field(default_factory=list)
    committed: bool = True
    #: Owners added to values that were banked already (each such value stays until its last
    #: owner withdraws).
    owners_added: int = 0

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "added": self.added, "duplicates": self.duplicates,
                "owners_added": self.owners_added, "errors": self.errors, "committed": self.committed,
                "problems": [i.to_dict() for i in self.items if not i.ok or i.duplicate]}


@dataclass(frozen=True)
class CompactionReport:
    """What :meth:`BankStore.compact_changes` did (or, with ``dry_run``, would do)."""

    #: Bank revision when the horizon was chosen.
    revision: int
    #: ``changes_from_revision`` before and after: matchers that last saw a revision below
    #: ``horizon`` rebuild from the entries on their next poll.
    horizon_before: int
    horizon: int
    #: Change rows deleted (with ``dry_run``: that would be deleted).
    deleted: int
    #: Change rows left in the log.
    remaining: int
    keep_revisions: int | None
    older_than: timedelta | None
    dry_run: bool
    elapsed_s: float

    def to_dict(self) -> dict[str, Any]:
        return {"revision": self.revision, "horizon_before": self.horizon_before, "horizon": self.horizon,
                "deleted": self.deleted, "remaining": self.remaining, "keep_revisions": self.keep_revisions,
                "older_than_days": None if self.older_than is None else self.older_than.total_seconds() / 86400,
                "dry_run": self.dry_run, "elapsed_s": round(self.elapsed_s, 3)}


@dataclass(frozen=True)
class WithdrawReport:
    """What a withdrawal did: owner links released and entries deleted (no other owner left)."""

    #: Values the named owner(s) stopped holding (for a withdrawal by entry id or value without an
    #: owner: the entries removed).
    released: int
    #: Entries deleted from the banks: they stop matching everywhere.
    deleted: int
    entry_ids: list[int] = field(default_factory=list)
    #: (signal type, value) of the deleted entries, so the caller can erase copies it keeps
    #: elsewhere (review items). Never logged, never in ``to_dict``.
    values: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"released": self.released, "deleted": self.deleted}


@dataclass(frozen=True)
class NewEntry:
    """One entry to add: the parsed, not yet validated form used by add_entries and imports."""

    value: str
    signal_type: str | None = None
    bank: str | None = None
    status: str = "active"
    case_id: str | None = None
    source: str | None = None
    variants: dict[str, str] | None = None
    note: str = ""
    label: str = ""  # where it came from, for error messages ("line 7")
    #: Who holds it (default: ``case:<case_id>`` or ``source:<source>``, see :func:`owner_key`).
    owner: str | None = None


#: Lookups of banks that are read-only here (``session -> {bank id: "who owns it"}``), added by
#: the packages that own such banks: the exchange registers its mirrors (a mirror follows another
#: instance's bank). Banks do not know those packages; they only ask the lookups before a write.
_READ_ONLY_LOOKUPS: list[Callable[[Any], dict[int, str]]] = []


def register_read_only_banks(lookup: Callable[[Any], dict[int, str]]) -> None:
    """Make :class:`~nciiguard.banks.BankStore` refuse changes to the banks ``lookup(session)``
    names (bank id -> a description of their origin for the error), except by their owner kind."""
    if lookup not in _READ_ONLY_LOOKUPS:
        _READ_ONLY_LOOKUPS.append(lookup)


def read_only_banks(session) -> dict[int, str]:
    """Bank id -> origin, for every bank a registered lookup calls read-only."""
    out: dict[int, str] = {}
    for lookup in _READ_ONLY_LOOKUPS:
        out.update(lookup(session))
    return out
