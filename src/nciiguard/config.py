"""Runtime configuration: a YAML file and ``NCIIGUARD_*`` environment variables.

Unknown keys, wrong types and unreadable files are errors; nothing falls back silently.
Environment variables override the file. Secrets (the registry key) come from the
environment or a file path, never from command-line arguments (which show in process lists).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import limits
from .errors import ConfigError, validation_problems

ENV_PREFIX = "NCIIGUARD_"

#: ``NCIIGUARD_*`` names that are not Config fields but mean something to nciiguard, its
#: integrations, tests or benchmarks. Any other ``NCIIGUARD_*`` variable is a typo and an error:
#: a mistyped NCIIGUARD_REGISTRY_KEY or NCIIGUARD_DATABASE_URL silently ignored would leave a
#: deployment on defaults it never chose. (``NCIIGUARD_SERVICE_*`` belongs to the service's
#: settings, which check their own names.) Add a new variable here when code starts to read it.
OTHER_ENV_NAMES = frozenset({
    "CONFIG", "REGISTRY_KEY_FILE", "DISCORD_TOKEN",
    # tests and benchmarks
    "REQUIRE_POSTGRES", "REQUIRE_BROWSER", "REQUIRE_NODE", "HYPOTHESIS", "SCREENSHOTS", "CHROMIUM",
    "PDQ_MANIFEST", "PDQ_REPORT", "DATA",
})
SERVICE_ENV_PREFIX = ENV_PREFIX + "SERVICE_"


def check_env_names(env: Mapping[str, str], known: Iterable[str], prefix: str, *, skip: str | None = None,
                    suggest: Iterable[str] = ()) -> None:
    """Raise ConfigError naming the first ``prefix*`` variable in ``env`` that is not ``prefix`` +
    one of ``known`` (upper case), with the closest known (or ``suggest``) name as a suggestion."""
    import difflib

    names = sorted(prefix + k.upper() for k in known)
    for var in sorted(env):
        if not var.startswith(prefix) or var in names or (skip and var.startswith(skip)):
            continue
        # Compared without the common "NCIIGUARD_", which would make every name look close.
        candidates = {n[len(ENV_PREFIX):]: n for n in [*names, *suggest]}
        close = [candidates[c] for c in difflib.get_close_matches(var[len(ENV_PREFIX):], candidates, n=1, cutoff=0.75)]
        hint = f"; did you mean {close[0]}?" if close else "; not a setting nciiguard knows (README, Configuration)"
        raise ConfigError(f"unknown environment variable {var}{hint}")


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("nciiguard", appauthor=False))


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Where the SQLite database and the match index live by default.
    data_dir: Path = Field(default_factory=default_data_dir)
    #: SQLAlchemy URL; default: SQLite file ``<data_dir>/nciiguard.db``. PostgreSQL: postgresql+psycopg://...
    database_url: str | None = None
    #: Policy profile name or YAML path.
    policy: str = "ncii"
    #: Key that encrypts face templates at rest (urlsafe base64, 32 bytes). Env: NCIIGUARD_REGISTRY_KEY.
    registry_key: str | None = Field(default=None, repr=False)
    #: Operators may opt in to logging prompt text; off by default (privacy).
    log_content: bool = False
    max_image_pixels: int = Field(default=limits.MAX_IMAGE_PIXELS, gt=0)
    max_image_bytes: int = Field(default=limits.MAX_IMAGE_BYTES, gt=0)
    #: Bytes one image frame may take while it is decoded (pixels x bytes per pixel of the
    #: decoder's mode; see nciiguard.imaging). Env: NCIIGUARD_MAX_IMAGE_DECODE_BYTES.
    max_image_decode_bytes: int = Field(default=limits.MAX_IMAGE_DECODE_BYTES, gt=0)
    #: Threads for running image signals in parallel (0: run inline).
    workers: int = Field(default=2, ge=0, le=64)
    #: Where the signed audit-chain anchors live (default ``<data_dir>/audit-anchor``), and the key
    #: that signs them (default ``<data_dir>/audit-anchor.key``, created on first use). Keep them
    #: where the database's users cannot write (docs/security.md).
    audit_anchor_dir: Path | None = None
    audit_anchor_key_file: Path | None = None

    @property
    def url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'nciiguard.db'}"

    @classmethod
    def load(cls, path: str | Path | None = None, env: Mapping[str, str] | None = None, **overrides: Any) -> "Config":
        env = os.environ if env is None else env
        from .service.settings import ServiceConfig  # pydantic only; for suggesting its names

        check_env_names(env, [*cls.model_fields, *OTHER_ENV_NAMES], ENV_PREFIX, skip=SERVICE_ENV_PREFIX,
                        suggest=[SERVICE_ENV_PREFIX + k.upper() for k in ServiceConfig.model_fields])
        data: dict[str, Any] = {}
        path = path or env.get(ENV_PREFIX + "CONFIG")
        if path:
            data.update(_read_yaml(Path(path)))
        for key in cls.model_fields:
            value = env.get(ENV_PREFIX + key.upper())
            if value is not None and value != "":
                data[key] = value
        key_file = env.get(ENV_PREFIX + "REGISTRY_KEY_FILE")
        if key_file and "registry_key" not in data:
            try:
                data["registry_key"] = Path(key_file).read_text(encoding="ascii").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read NCIIGUARD_REGISTRY_KEY_FILE {key_file}: {exc}") from None
        data.update({k: v for k, v in overrides.items() if v is not None})
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            msgs = "; ".join(validation_problems(exc))
            raise ConfigError(f"invalid configuration: {msgs}") from None


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration file {path}: {exc}") from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"configuration file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"configuration file {path} must hold a mapping")
    return data
