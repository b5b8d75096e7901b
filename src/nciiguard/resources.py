"""The stateful services signals read, opened lazily from the configured store.

A Guard built without explicit resources uses :class:`StoreResources`: the first signal that needs
the hash banks or the likeness registry opens (and migrates) the database named by the
configuration, SQLite in the user data directory by default. Screening prompts with no registry
entries costs one cheap revision poll per second, not a query per prompt.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .config import Config

if TYPE_CHECKING:
    from .banks import BankMatcher
    from .registry import LikenessRegistry
    from .store import Database


class StoreResources:
    """Banks, likeness registry and protected names backed by one database: a
    :class:`~nciiguard.signals.base.SignalResources` whose services open on first use."""

    def __init__(self, config: Config, *, db: "Database | None" = None):
        self.config = config
        self._db = db
        self._banks: "BankMatcher | None" = None
        self._likeness: "LikenessRegistry | None" = None
        self._lock = threading.RLock()

    @property
    def db(self) -> "Database":
        if self._db is None:
            with self._lock:
                if self._db is None:
                    from .audit.anchor import register as anchor_audit
                    from .store import open_database

                    self._db = open_database(self.config.url)
                    anchor_audit(self.config)
        return self._db

    @property
    def banks(self) -> "BankMatcher":
        if self._banks is None:
            with self._lock:
                if self._banks is None:
                    from .banks import BankMatcher

                    # The index is persisted next to the data so a restart loads it instead of
                    # rebuilding from the database; it is tied to this database's instance id and
                    # catches up with changes made while the process was down.
                    self._banks = BankMatcher.from_database(self.db, index_dir=self.config.data_dir / "index")
        return self._banks

    @property
    def likeness(self) -> "LikenessRegistry":
        if self._likeness is None:
            with self._lock:
                if self._likeness is None:
                    from .registry import LikenessRegistry

                    self._likeness = LikenessRegistry(self.db, key=self.config.registry_key)
        return self._likeness

    @property
    def protected_names(self) -> "LikenessRegistry":
        # The likeness registry's names and aliases feed the prompt guard's real-person signal.
        return self.likeness

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.dispose()
