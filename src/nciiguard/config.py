"""Runtime configuration: a YAML file and ``NCIIGUARD_*`` environment variables.

Unknown keys, wrong types and unreadable files are errors; nothing falls back silently.
Environment variables override the file. Secrets (the registry key) come from the
environment or a file path, never from command-line arguments (which show in process lists).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Literal, Mapping
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

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
    "BLAS_THREADS",  # nciiguard.blas_threads: read by the CLI and the service at start
    # tests and benchmarks
    "REQUIRE_POSTGRES", "REQUIRE_BROWSER", "REQUIRE_NODE", "HYPOTHESIS", "SCREENSHOTS", "CHROMIUM",
    "PDQ_MANIFEST", "PDQ_REPORT", "DATA",
    "TEST_WORKERS",  # scripts/test.sh: pytest-xdist workers (0 runs the suite in one process)
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
        check_env_names(env, [*cls.model_fields, *OTHER_ENV_NAMES], ENV_PREFIX, skip=SERVICE_ENV_PREFIX,
                        suggest=[SERVICE_ENV_PREFIX + k.upper() for k in ServiceSettings.model_fields])
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
        return _validated(cls, data, "configuration")


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


# -- the HTTP service's settings (nciiguard.service.ServiceConfig) -----------------------------------
class RateLimit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    #: Sustained requests per second.
    rate: float = Field(gt=0)
    #: Bucket size: how many requests may arrive at once after a quiet period.
    burst: int = Field(gt=0)


class ServiceSettings(BaseModel):
    """The fields of the HTTP service's settings and the checks that need nothing above this module.

    It lives here, beside Config, so Config can suggest the right ``NCIIGUARD_SERVICE_*`` name for
    a mistyped variable without importing the service; ``nciiguard.service.ServiceConfig`` adds the
    checks that need the policy and webhook packages, and is what the service uses.
    """

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

    #: Screening and matching calls one API key may have in flight at once, per service process;
    #: one more is a 429. The token buckets bound how many calls a key starts, this bounds how many
    #: cores one key's calls can hold (a 1,000-prompt batch is about 30 CPU-seconds).
    max_concurrent_per_key: int = Field(default=4, ge=1, le=256)
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
    def load(cls, env: Mapping[str, str] | None = None, **overrides: Any):
        env = os.environ if env is None else env
        check_env_names(env, cls.model_fields, SERVICE_ENV_PREFIX)  # a typo is an error, never ignored
        data: dict[str, Any] = {}
        for key, field in cls.model_fields.items():
            value = env.get(SERVICE_ENV_PREFIX + key.upper())
            if value is None or value == "":
                continue
            if field.annotation is RateLimit:
                # "rate/burst", e.g. NCIIGUARD_SERVICE_RATE_PLATFORM=100/200
                rate, _, burst = value.partition("/")
                data[key] = {"rate": rate, "burst": burst or rate}
            else:
                data[key] = value
        data.update({k: v for k, v in overrides.items() if v is not None})
        return _validated(cls, data, "service configuration")

    def rate_for(self, role: str) -> RateLimit:
        return {"platform": self.rate_platform, "moderator": self.rate_moderator,
                "admin": self.rate_admin, "partner": self.rate_partner}.get(role, self.rate_public)


def _validated(model, data: dict[str, Any], what: str):
    """``model`` built from ``data``, or a one-line ConfigError naming every problem."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"invalid {what}: {'; '.join(validation_problems(exc))}") from None
