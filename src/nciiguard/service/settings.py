"""Settings of the HTTP service (``ServiceConfig``), separate from the library's Config.

Read from ``NCIIGUARD_SERVICE_*`` environment variables (and keyword overrides); unknown or
invalid values are start-up errors, never silently replaced by a default.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError

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
    max_json_bytes: int = Field(default=1024 * 1024, gt=0)
    #: Largest multipart body (bytes): images and bank import files.
    max_upload_bytes: int = Field(default=32 * 1024 * 1024, gt=0)
    #: Most files in one multipart request (the image plus input images).
    max_files: int = Field(default=8, gt=0, le=64)
    #: Most hashes in one JSON request (match, case, takedown, bank add).
    max_hashes: int = Field(default=1000, gt=0)

    #: Per-key token buckets, by role.
    rate_platform: RateLimit = RateLimit(rate=200.0, burst=400)
    rate_moderator: RateLimit = RateLimit(rate=20.0, burst=60)
    rate_admin: RateLimit = RateLimit(rate=20.0, burst=60)
    #: Per client address, for unauthenticated survivor endpoints (case login, new case, takedown intake).
    rate_public: RateLimit = RateLimit(rate=0.5, burst=10)
    #: Seconds a looked-up API key is cached in memory (revocation in THIS process is immediate).
    key_cache_seconds: float = Field(default=5.0, ge=0)

    #: Wrong PINs before a case locks, and for how long.
    pin_max_failures: int = Field(default=5, gt=0)
    pin_lock_minutes: float = Field(default=15.0, gt=0)
    #: scrypt cost for PIN hashes (N = 2**scrypt_log_n). 2**15 with r=8 takes ~50-100 ms and 32 MiB.
    scrypt_log_n: int = Field(default=15, ge=10, le=20)

    #: Hours a platform has to remove content after a valid request (US TAKE IT DOWN Act: 48).
    takedown_hours: float = Field(default=48.0, gt=0)
    #: PDQ distance for matches, takedown sweeps and near-identical copies.
    max_distance: int = Field(default=31, ge=0, le=64)
    #: Bank name prefixes for survivor submissions and moderator-confirmed hashes (one bank per signal type).
    survivor_bank_prefix: str = "survivor"
    confirmed_bank_prefix: str = "confirmed"
    #: Trust X-Forwarded-For for the client address (only behind a proxy you control).
    trust_forwarded_for: bool = False

    @classmethod
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> "ServiceConfig":
        env = os.environ if env is None else env
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
                "admin": self.rate_admin}.get(role, self.rate_public)
