"""Errors of the exchange."""

from __future__ import annotations

from ..errors import InputError, NciiguardError


class ExchangeError(NciiguardError):
    """A pull or share failed; the message says what and is safe to show (no hash values)."""


class NotShared(LookupError):
    """The bank does not exist or is not shared with this key: the same answer for both (404)."""

    def __init__(self) -> None:
        super().__init__("no such bank")


class ShareRevoked(NciiguardError):
    """The bank was shared with this key and no longer is (410): the partner should drop its mirror."""


class ResyncRequired(NciiguardError):
    """The cursor is older than the change log's horizon (or the share): pull a snapshot (410)."""


class BadCursor(InputError):
    """A cursor that is not ``<revision>:<change id>``."""
