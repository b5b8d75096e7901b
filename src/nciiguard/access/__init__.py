"""Access control below every interface: API keys, their roles and permissions (keys.py), and the
token-bucket rate limits, in memory or shared through the database (ratelimit.py). Used by the HTTP
service, the exchange (partner keys) and webhooks (endpoints belong to a key); nothing here knows
HTTP."""

from .keys import KEY_PREFIX, PERMISSIONS, KeyInfo, KeyStore, Principal
from .models import ROLES, ApiKeyRow

__all__ = ["KEY_PREFIX", "PERMISSIONS", "ROLES", "ApiKeyRow", "KeyInfo", "KeyStore", "Principal"]
