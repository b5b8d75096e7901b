"""Settings of the HTTP service (``ServiceConfig``), separate from the library's Config.

Read from ``NCIIGUARD_SERVICE_*`` environment variables (and keyword overrides); unknown or
invalid values are start-up errors, never silently replaced by a default.
"""

from __future__ import annotations

import os
from typing import Any, Literal, Mapping
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from .. import limits
from ..errors import ConfigError, validation_problems

ENV_PREFIX = "NCIIGUARD_SERVICE_"


class RateLimit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Sustained requests per second.
    rate: float = Field(gt=0)
    #: Bucket size: how many requests may arrive at once after a quiet period.
    burst: int = Field(gt=0)


class ServiceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Largest JSON body (bytes). Hash lists and takedown requests are small.
    max_json_bytes: int = Field(default=limits.MAX_JSON_BYTES, gt=0)
    #: Largest multipart body (bytes): images and bank import files.
    max_upload_bytes: int = Field(default=limits.MAX_UPLOAD_BYTES, gt=0)
    #: Most files in one multipart request (the image plus input images).
    max_files: int = Field(default=limits.MAX_FILES, gt=0, le=limits.MAX_IMAGES)
    #: Most hashes in one JSON request (match, case, takedown, bank add).
    max_hashes: int = Field(default=limits.MAX_HASHES_PER_CALL, gt=0)
    #: Most prompts in one batch call of /v1/screen/prompt (``input``: [...]); more is a 413.
    max_batch_items: int = Field(default=limits.MAX_BATCH_ITEMS, gt=0, le=limits.MAX_BATCH_ITEMS_CEILING)
    #: Most text (UTF-8 bytes of prompts and negative prompts) in one batch call; more is a 413.
    #: The request body limit (max_json_bytes) applies as well.
    max_batch_text_bytes: int = Field(default=limits.MAX_BATCH_TEXT_BYTES, gt=0,
                                      le=limits.MAX_BATCH_TEXT_BYTES_CEILING)
    #: A candidate policy profile (name or YAML path) run beside the enforcing one on every
    #: screening call; only its agreement is counted (table shadow_counts), never enforced.
    shadow_policy: str | None = None
    #: Seconds between writes of the shadow counts to the database (and once at shutdown).
    shadow_flush_seconds: float = Field(default=10.0, ge=0, le=3600)
    #: Days after a review/block answer during which its requester can appeal it.
    appeal_window_days: float = Field(default=30.0, gt=0, le=3650)
    #: Webhooks (docs/webhooks.md): a background thread of the service delivers the outbox.
    webhook_worker: bool = True
    #: Seconds between looks at the outbox (an event enqueued by this process is sent at once).
    webhook_poll_seconds: float = Field(default=1.0, gt=0, le=3600)
    #: Failed attempts before a delivery is dead-lettered (``nciiguard webhooks dead|replay``).
    webhook_max_attempts: int = Field(default=8, ge=1, le=100)
    #: First retry after about this many seconds, doubling (jittered) up to the maximum.
    webhook_backoff_seconds: float = Field(default=2.0, gt=0, le=3600)
    webhook_max_backoff_seconds: float = Field(default=3600.0, gt=0, le=86400)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=120)
    #: Hosts webhooks may go to: names, ``*.suffix`` and IP networks, comma-separated. Empty:
    #: any http(s) host (an admin-level SSRF risk; see docs/webhooks.md).
    webhook_allow_hosts: str = ""
    #: Days delivered rows stay in the outbox (dead ones stay until replayed).
    webhook_keep_days: float = Field(default=7.0, gt=0, le=3650)

    #: Per-key token buckets, by role.
    rate_platform: RateLimit = RateLimit(rate=200.0, burst=400)
    rate_moderator: RateLimit = RateLimit(rate=20.0, burst=60)
    rate_admin: RateLimit = RateLimit(rate=20.0, burst=60)
    #: Partner keys pulling shared banks (docs/exchange.md): a pull is a few pages every minute or so.
    rate_partner: RateLimit = RateLimit(rate=20.0, burst=60)
    #: Per client address, for unauthenticated survivor endpoints (case login, new case, takedown intake).
    rate_public: RateLimit = RateLimit(rate=0.5, burst=10)
    #: Where the buckets live. ``database`` (default): in the service's database, one budget shared
    #: by every worker and host. ``memory``: per process, right only for a single worker (with N
    #: workers every limit, including the case-PIN brute-force limit per address, becomes N times looser).
    #: ``auto`` (default): ``database`` on PostgreSQL (several workers or hosts share it), ``memory``
    #: on SQLite, the embedded single-host store that ``nciiguard serve`` runs as ONE process: a
    #: SQLite write per request would cost more than half the service's throughput
    #: (bench/results/service.md). Set ``database`` to run several workers on one SQLite file.
    rate_limit_backend: Literal["auto", "memory", "database"] = "auto"
    #: HMAC key for the stored bucket names (hashes of key ids and client addresses). Unset: a
    #: random key kept in the database (table service_secrets). At least 16 characters.
    rate_key_secret: SecretStr | None = None
    #: Seconds a looked-up API key is cached in memory (revocation in THIS process is immediate).
    key_cache_seconds: float = Field(default=5.0, ge=0)

    #: Most hashes one survivor case may hold (a picture gives 2-3: PDQ, SHA-256, MD5). Values are
    #: active at once, so this bounds how much one person can put in the survivor banks.
    case_max_hashes: int = Field(default=2000, gt=0, le=1_000_000)
    #: Per client address: hashes added through cases (new cases and additions), as a token
    #: bucket counted in hashes. Default: 2000 at once, refilled at 2000 a day.
    rate_case_hashes: RateLimit = RateLimit(rate=2000 / 86400, burst=2000)

    #: Wrong PINs before a case locks, and for how long.
    pin_max_failures: int = Field(default=5, gt=0)
    pin_lock_minutes: float = Field(default=15.0, gt=0)
    #: scrypt cost for PIN hashes (N = 2**scrypt_log_n). 2**15 with r=8 takes ~50-100 ms and 32 MiB.
    scrypt_log_n: int = Field(default=15, ge=10, le=20)

    #: Hours a platform has to remove content after a valid request (US TAKE IT DOWN Act: 48).
    takedown_hours: float = Field(default=48.0, gt=0)
    #: PDQ distance for matches, takedown sweeps and near-identical copies.
    max_distance: int = Field(default=limits.PDQ_MATCH_DISTANCE, ge=0, le=limits.PDQ_MAX_DISTANCE)
    #: Bank name prefixes for survivor submissions and moderator-confirmed hashes (one bank per signal type).
    survivor_bank_prefix: str = "survivor"
    confirmed_bank_prefix: str = "confirmed"
    #: Trust X-Forwarded-For for the client address (only behind a proxy you control).
    trust_forwarded_for: bool = False
    #: Where the survivor portal's "Leave this site quickly" button goes (an https address of a
    #: neutral site; the portal page is replaced in the tab's history).
    leave_quickly_url: str = "https://www.wikipedia.org/"

    @field_validator("rate_key_secret")
    @classmethod
    def _secret_length(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and len(v.get_secret_value()) < 16:
            raise ValueError("rate_key_secret must be at least 16 characters (use a random string)")
        return v

    @field_validator("webhook_allow_hosts")
    @classmethod
    def _allow_hosts(cls, v: str) -> str:
        from ..actions.urls import AllowList

        try:
            AllowList(v)
        except ValueError as exc:
            raise ValueError(str(exc)) from None
        return v

    @field_validator("shadow_policy")
    @classmethod
    def _shadow_profile(cls, v: str | None) -> str | None:
        """A profile that cannot load stops start-up here, with the profile's own error."""
        if v is None or not v.strip():
            return None
        from ..policy import load_policy

        try:
            load_policy(v)
        except ConfigError as exc:
            raise ValueError(f"shadow_policy: {exc}") from None
        return v

    @field_validator("leave_quickly_url")
    @classmethod
    def _https_url(cls, v: str) -> str:
        """An absolute https address with a host, nothing that could break out of an HTML attribute."""
        if len(v) > 2000:
            raise ValueError("leave_quickly_url is too long (at most 2000 characters)")
        if any(c.isspace() or ord(c) < 32 or ord(c) == 127 or c in '"<>\\`' for c in v):
            raise ValueError("leave_quickly_url must not contain spaces, quotes, angle brackets or control characters")
        try:
            parts = urlsplit(v)
            port = parts.port
        except ValueError:
            raise ValueError("leave_quickly_url is not a valid URL") from None
        del port
        if parts.scheme.lower() != "https":
            raise ValueError("leave_quickly_url must be an https:// address")
        if not parts.hostname or "." not in parts.hostname.strip("."):
            raise ValueError("leave_quickly_url must name a public host, e.g. https://www.wikipedia.org/")
        if parts.username is not None or parts.password is not None:
            raise ValueError("leave_quickly_url must not carry a user name or password")
        return v

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> "ServiceConfig":
        env = os.environ if env is None else env
        from ..config import check_env_names

        check_env_names(env, cls.model_fields, ENV_PREFIX)  # a typo is an error, never ignored
        data: dict[str, Any] = {}
        for key, field in cls.model_fields.items():
            value = env.get(ENV_PREFIX + key.upper())
            if value is None or value == "":
                continue
            if field.annotation is RateLimit:
                # "rate/burst", e.g. NCIIGUARD_SERVICE_RATE_PLATFORM=100/200
                rate, _, burst = value.partition("/")
                data[key] = {"rate": rate, "burst": burst or rate}
            else:
                data[key] = value
        data.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            msgs = "; ".join(validation_problems(exc))
            raise ConfigError(f"invalid service configuration: {msgs}") from None

    def rate_for(self, role: str) -> RateLimit:
        return {"platform": self.rate_platform, "moderator": self.rate_moderator,
                "admin": self.rate_admin, "partner": self.rate_partner}.get(role, self.rate_public)
