"""The webhook parts of the service settings (``NCIIGUARD_SERVICE_WEBHOOK_*``), as library objects."""

from __future__ import annotations

from .delivery import RetryPolicy
from .urls import AllowList


def allow_list(settings) -> AllowList:
    return AllowList(settings.webhook_allow_hosts)


def retry_policy(settings) -> RetryPolicy:
    timeout = settings.webhook_timeout_seconds
    return RetryPolicy(max_attempts=settings.webhook_max_attempts, backoff=settings.webhook_backoff_seconds,
                       max_backoff=settings.webhook_max_backoff_seconds, timeout=timeout,
                       lease=max(5.0, 3 * timeout))
