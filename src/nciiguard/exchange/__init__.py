"""Hash exchange between instances: share a bank with named partners, mirror a partner's bank.

Pull-based, like a feed. The owner shares a bank with a partner (:class:`ShareStore`), which gets
an API key of role ``partner`` that can read only the banks shared with it. The partner pulls
(:func:`pull`) the bank's entries, withdrawals and status changes after a cursor from the owner's
change log, and applies them to a local read-only mirror bank (:class:`MirrorStore`). A cursor
older than the change-log horizon (compaction) re-syncs from a snapshot of the entries, deleting
local entries absent upstream, so compaction never loses a withdrawal.

No HTTP server code lives here: ``service/routes/exchange.py`` translates requests to
:class:`ShareStore` calls; :mod:`.client` is the puller's HTTP client (httpx, ``service`` extra).
See docs/exchange.md.
"""

from .errors import ExchangeError, NotShared, ResyncRequired, ShareRevoked
from .mirror import MirrorStore, MirrorStatus, PullReport
from .share import Feed, ShareInfo, ShareStore, parse_cursor

__all__ = ["ExchangeError", "Feed", "MirrorStatus", "MirrorStore", "NotShared", "PullReport", "ResyncRequired",
           "ShareInfo", "ShareRevoked", "ShareStore", "parse_cursor", "pull"]


def pull(*args, **kwargs):
    """See :func:`nciiguard.exchange.client.pull` (imports httpx only when called)."""
    from .client import pull as _pull

    return _pull(*args, **kwargs)
