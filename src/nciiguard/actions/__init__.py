"""Actions on events: signed webhooks for matches and block/review decisions, per API key.

* :mod:`.outbox`: endpoints per API key and the outbox table events wait in (written in the same
  transaction as the event's own record, so nothing answered is lost across restarts);
* :mod:`.signer`: HMAC-SHA256 signatures (``Webhook-Timestamp``, ``Webhook-Signature: v1=...``)
  and ``verify`` for receivers;
* :mod:`.delivery`: the worker: retries with exponential backoff and jitter, dead-letter, replay;
* :mod:`.events`: the bodies: ids, hashes, reason codes and scores, never content.

The service and the CLI only translate (docs/webhooks.md).
"""

from .delivery import Deliverer, DeliveryStats, DeliveryWorker, RetryPolicy
from .outbox import Endpoint, WebhookNotFound, WebhookStore, parse_events
from .signer import SignatureError, sign, verify
from .urls import AllowList, check_url

__all__ = ["AllowList", "Deliverer", "DeliveryStats", "DeliveryWorker", "Endpoint", "RetryPolicy",
           "SignatureError", "WebhookNotFound", "WebhookStore", "check_url", "parse_events", "sign", "verify"]
