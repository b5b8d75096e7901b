"""Settings of the HTTP service (``ServiceConfig``), separate from the library's Config.

Read from ``NCIIGUARD_SERVICE_*`` environment variables (and keyword overrides); unknown or
invalid values are start-up errors, never silently replaced by a default. The fields and the
checks that need nothing else are ``nciiguard.config.ServiceSettings`` (so Config can name them);
the checks that need the policy and webhook packages are here.
"""

from __future__ import annotations

from pydantic import field_validator

from ..config import RateLimit, ServiceSettings
from ..errors import ConfigError

ENV_PREFIX = "NCIIGUARD_SERVICE_"


class ServiceConfig(ServiceSettings):
    """The service's settings (fields: ``nciiguard.config.ServiceSettings``)."""

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


__all__ = ["ENV_PREFIX", "RateLimit", "ServiceConfig"]
