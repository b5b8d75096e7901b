"""Append-only, hash-chained audit log of every state change (banks, registry, cases, takedowns)."""

from .log import AuditLog, AuditRecord, VerifyReport

__all__ = ["AuditLog", "AuditRecord", "VerifyReport"]
