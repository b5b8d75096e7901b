"""What every route of one app shares: the ``Service`` (``request.app.state.svc``).

Typed, so a route's use of the state is checked by readers and type checkers alike; the types are
imported only for type checking, so importing this module costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..access.keys import KeyStore
    from ..actions import DeliveryWorker, WebhookStore
    from ..access.concurrency import ConcurrencyLimiter
    from ..banks import BankMatcher
    from ..casework import AppealDesk, CaseStore, ReviewQueue, TakedownDesk
    from ..config import Config
    from ..guard import Guard
    from ..registry import LikenessRegistry
    from ..store import Database
    from ..access.ratelimit import RateLimiter
    from .settings import ServiceConfig


@dataclass
class Service:
    """Everything the routes share; one per app (built by ``create_app``)."""

    config: Config
    settings: ServiceConfig
    db: Database
    guard: Guard
    #: The bank match index the Guard's hash signal uses too.
    matcher: BankMatcher
    keys: KeyStore
    cases: CaseStore
    desk: TakedownDesk
    review: ReviewQueue
    #: Appeals of review/block answers (casework/appeals.py).
    appeals: AppealDesk
    #: Token buckets of the rate limits (access/ratelimit.py: in the database or in memory).
    buckets: RateLimiter
    #: Screening calls in flight per API key (access/concurrency.py).
    slots: ConcurrencyLimiter
    #: The likeness registry, when it can be opened here (else the registry routes are absent).
    registry: LikenessRegistry | None = None
    #: The app opened the database (and closes it at shutdown).
    owns_db: bool = False
    #: Webhook endpoints and outbox (nciiguard.actions), and the delivery thread (None: turned off).
    webhooks: WebhookStore | None = None
    webhook_worker: DeliveryWorker | None = None
