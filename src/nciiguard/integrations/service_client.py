"""A chat bot's link to an nciiguard service: screening through its HTTP API, and appeals.

When a bot is configured with a service (``service: {url, key_file}``), it screens through the
service instead of a local Guard, so every review or block decision is recorded by the service
under the bot's API key, and a user's appeal of it can be filed in the service's appeals queue
(``POST /v1/appeals``, docs/appeals.md), where moderators see it with the decision's reasons.

:class:`ServiceGuard` has the one method the bots call on a Guard, ``screen(content)``:

* text only -> ``POST /v1/screen/prompt`` (a caption is sent as the prompt: the service's
  screening endpoints have no caption field);
* images -> ``POST /v1/screen/image`` per image (with the text as its prompt and the image's
  role); the most severe answer is the decision (its id is the one appealed).

The service failing (unreachable, timeout, an error answer) fails closed: the decision is
``review`` with reason code ``signal_error.service``, never a silent allow. Nothing of the
content is logged; answers are read up to a bound.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..content import Content
from ..errors import ConfigError
from ..findings import Action

log = logging.getLogger("nciiguard.integrations")

#: The reason code of a decision the service could not give.
SERVICE_ERROR = "signal_error.service"
MAX_ANSWER_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class ServiceReason:
    code: str


@dataclass(frozen=True)
class ServiceDecision:
    """What the bots read of a decision (the attributes of :class:`~nciiguard.findings.Decision`
    they use), plus the service's ``decision_id`` (None when the service gave no decision)."""

    action: Action
    reasons: tuple[ServiceReason, ...] = ()
    message: str = ""
    policy: str = "service"
    policy_version: str = "-"
    decision_id: str | None = None
    rules: tuple[str, ...] = field(default=())


class ServiceLink(BaseModel):
    """A bot's ``service:`` block: screen through an nciiguard service (its policy applies) and
    file appeals in its queue. The same block for every bot."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: str = Field(pattern=r"^https?://[^\s/?#@]+(/[^\s?#]*)?$", max_length=2000)
    #: A file holding the API key (role ``platform``): never the key itself in this file.
    key_file: Path
    timeout_seconds: float = Field(default=30.0, gt=0, le=300)


class ServiceError(Exception):
    """The service did not answer as expected; the text is one line, without content."""


def read_key(path: str | Path) -> str:
    try:
        key = Path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the service key file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if not key or any(c.isspace() for c in key):
        raise ConfigError(f"the service key file {path} must hold one API key")
    return key


def _httpx():
    from .._optional import require

    return require("httpx", extra="service", feature="a bot's link to the service")


class ServiceGuard:
    """Screens through the service's API with one API key (role ``platform``)."""

    def __init__(self, url: str, key: str, *, timeout: float = 30.0, transport=None):
        httpx = _httpx()
        self.url = url.rstrip("/")
        self._client = httpx.Client(base_url=self.url, timeout=timeout, transport=transport,
                                    headers={"X-API-Key": key, "Accept": "application/json"},
                                    follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    # -- screening ---------------------------------------------------------------------------------
    def screen(self, content: Content) -> ServiceDecision:
        text = next((t for t in content.texts.values() if t), None)
        try:
            if not content.images:
                return _decision(self._post("/v1/screen/prompt", json={"prompt": text or ""}))
            answers = []
            for i, image in enumerate(content.images):
                data = image.source if isinstance(image.source, (bytes, bytearray)) else None
                if data is None:
                    raise ServiceError("only image bytes can be sent to the service")
                form = {"role": "output" if image.role == "output" else "upload"}
                if text:
                    form["prompt"] = text
                answers.append(_decision(self._post("/v1/screen/image", data=form,
                                                    files={"image": (image.name or f"image{i}", bytes(data))})))
            return max(answers, key=lambda d: d.action.severity)
        except ServiceError as exc:
            log.warning("screening through the service failed, held for review: %s", exc)
            return ServiceDecision(Action.REVIEW, (ServiceReason(SERVICE_ERROR),),
                                   "This could not be checked right now and was held for review.")

    # -- appeals -----------------------------------------------------------------------------------
    def appeal(self, decision_id: str, text: str) -> str:
        """File an appeal of a decision this key received; returns the appeal's ref (``apl_...``).
        Raises :class:`ServiceError` with a one-line reason."""
        body = self._post("/v1/appeals", json={"decision_id": decision_id, "text": (text or "").strip()[:2000]
                                               or "(no text)"}, ok=(201,))
        ref = body.get("ref") if isinstance(body, dict) else None
        if not isinstance(ref, str):
            raise ServiceError("the service's answer to an appeal has no ref")
        return ref

    def _post(self, path: str, *, ok: tuple[int, ...] = (200,), **kwargs) -> Any:
        httpx = _httpx()
        try:
            resp = self._client.post(path, **kwargs)
        except httpx.HTTPError as exc:
            raise ServiceError(f"{path}: {type(exc).__name__}") from None
        if len(resp.content) > MAX_ANSWER_BYTES:
            raise ServiceError(f"{path}: answer larger than {MAX_ANSWER_BYTES} bytes")
        try:
            body = resp.json()
        except ValueError:
            body = None
        if resp.status_code not in ok:
            err = body.get("error") if isinstance(body, dict) else None
            code = err.get("code") if isinstance(err, dict) else None
            raise ServiceError(f"{path}: http {resp.status_code}" + (f" {str(code)[:40]}" if code else ""))
        return body


def _decision(body: Any) -> ServiceDecision:
    """A service answer (decision record) -> ServiceDecision; ServiceError if it is not one."""
    if not isinstance(body, dict):
        raise ServiceError("the service's answer is not a decision")
    try:
        action = Action(body["action"])
    except (KeyError, ValueError):
        raise ServiceError("the service's answer has no valid action") from None
    policy = body.get("policy")
    if isinstance(policy, dict):
        name, version = str(policy.get("name", "service")), str(policy.get("version", "-"))
    else:
        name, _, version = str(policy or "service").partition("@")
    reasons = tuple(ServiceReason(str(r["code"])) for r in body.get("reasons") or []
                    if isinstance(r, dict) and r.get("code"))
    did = body.get("decision_id")
    return ServiceDecision(action, reasons, str(body.get("message") or ""), name, version or "-",
                           did if isinstance(did, str) else None)


def connect(link: ServiceLink) -> "ServiceGuard":
    """The bot's Guard stand-in for a ``service:`` block (the key is read from its file now)."""
    return ServiceGuard(link.url, read_key(link.key_file), timeout=link.timeout_seconds)


def appeal_to_service(service: "ServiceGuard | None", decision_id: str | None, text: str) -> tuple[bool, str]:
    """File a user's appeal in the service's queue when the decision was the service's:
    (filed, a line for the bot's moderators). Never raises: a failure is reported to the
    moderators, who have the appeal either way. Blocking: call it from a thread."""
    if service is None:
        return False, ""
    if decision_id is None:
        return False, "service: not filed (the service gave no decision for this message)"
    try:
        ref = service.appeal(decision_id, text)
    except ServiceError as exc:
        log.warning("filing an appeal of decision %s in the service failed: %s", decision_id, exc)
        return False, f"service: NOT filed in the appeals queue ({exc}); answer it here"
    return True, f"service: appeal {ref} of decision {decision_id} is in the appeals queue"
