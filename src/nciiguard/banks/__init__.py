"""Hash banks: named sets of hashes (PDQ, vPDQ, MD5, SHA-256) that survivors and moderators fill,
an allow-list of false positives, and a matcher that keeps up with withdrawals at once.

>>> from nciiguard.banks import BankStore, BankMatcher, hash_file    # doctest: +SKIP
>>> store = BankStore.open("sqlite:///banks.db")                       # doctest: +SKIP
>>> store.create_bank("survivors", "pdq", "survivor")                  # doctest: +SKIP
>>> store.add_record("survivors", hash_file("photo.jpg"), case_id="C-1")  # doctest: +SKIP
>>> BankMatcher(store).match("upload.jpg")                              # doctest: +SKIP

A value can have several owners (cases, removal requests, sources); withdrawing one owner deletes
only what no other owner holds (see docs/banks.md).
"""

from __future__ import annotations

from ..hashing.records import HashRecord, hash_file
from .matcher import BankMatcher, Match, MatchReport
from .store import (Bank, BankError, BankStore, CompactionReport, Entry, ImportReport, OwnerLimitError, WithdrawReport,
                    owner_key)

__all__ = [
    "Bank",
    "BankError",
    "BankMatcher",
    "BankStore",
    "CompactionReport",
    "Entry",
    "HashRecord",
    "ImportReport",
    "Match",
    "MatchReport",
    "OwnerLimitError",
    "WithdrawReport",
    "hash_file",
    "owner_key",
]
