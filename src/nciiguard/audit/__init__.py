"""Append-only, hash-chained audit log of every state change (banks, registry, cases, takedowns)."""

from .anchor import AnchorError, AnchorHead, AuditAnchor
from .log import AuditLog, AuditRecord, VerifyReport

__all__ = ["AnchorError", "AnchorHead", "AuditAnchor", "AuditLog", "AuditRecord", "VerifyReport"]
