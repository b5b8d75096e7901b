"""FastAPI dependencies: API-key principals with permissions and rate limits, case sign-in,
client addresses."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from ..access.keys import Principal
from .errors import ApiError, retry_after_header
from .state import Service

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API key (ngk_...)")
_bearer = HTTPBearer(auto_error=False, description="API key as a bearer token")
_case_number = APIKeyHeader(name="X-Case-Number", auto_error=False, scheme_name="CaseNumber",
                            description="survivor case number (with X-Case-Pin)")
_case_pin = APIKeyHeader(name="X-Case-Pin", auto_error=False, scheme_name="CasePin",
                         description="survivor case PIN")


def svc(request: Request) -> Service:
    """The app's shared state (state.py)."""
    return request.app.state.svc


def client_address(request: Request) -> str:
    s = svc(request)
    if s.settings.trust_forwarded_for:
        fwd = request.headers.get("x-forwarded-for")
        if fwd:
            return fwd.split(",")[0].strip()[:64]
    return request.client.host if request.client else "unknown"


def throttle_address(request: Request, bucket: str = "public", cost: float = 1.0, *, peek: bool = False) -> None:
    """Per-address token bucket for unauthenticated endpoints (case sign-in, new cases, takedowns).

    ``peek``: only check that the bucket is not empty, take nothing.
    """
    s = svc(request)
    lim = s.settings.rate_public
    key = f"{bucket}:{client_address(request)}"
    wait = (s.buckets.peek if peek else s.buckets.take)(key, lim.rate, lim.burst, cost)
    if wait > 0:
        raise ApiError(429, "rate_limited", "too many attempts from this address; wait and try again",
                       headers={"Retry-After": retry_after_header(wait)})


def require(permission: str):
    """Dependency: a valid API key whose role grants ``permission``, within its rate limit."""

    def dependency(request: Request, api_key: str | None = Depends(_api_key_header),
                   bearer: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> Principal:
        s = svc(request)
        presented = api_key or (bearer.credentials if bearer is not None else None)
        if not presented:
            raise ApiError(401, "unauthorized", "an API key is required (header X-API-Key or Authorization: Bearer)",
                           headers={"WWW-Authenticate": "Bearer"})
        principal = s.keys.authenticate(presented.strip())
        if principal is None:
            # Throttle wrong keys per address too, so keys cannot be guessed at speed.
            throttle_address(request, "badkey", 1.0)
            raise ApiError(401, "unauthorized", "the API key is unknown, revoked or malformed",
                           headers={"WWW-Authenticate": "Bearer"})
        _take_key_budget(s, principal, 1, "rate limit exceeded for this API key")
        if not principal.can(permission):
            raise ApiError(403, "forbidden", f"the {principal.role} role may not do this (needs {permission})")
        return principal

    return dependency


def in_flight(permission: str):
    """Dependency: :func:`require` plus one of the key's concurrency slots (access/concurrency.py),
    held until the call's answer is built and then given back, also when the call fails.

    For the screening and matching routes: their cost grows with the input (a 1,000-prompt batch is
    about 30 CPU-seconds), so the rate limit alone would let one key hold every core."""
    authorised = require(permission)

    def dependency(request: Request, principal: Principal = Depends(authorised)):
        s = svc(request)
        slot = f"key:{principal.key_id}"
        if not s.slots.acquire(slot):
            raise ApiError(429, "too_many_in_flight",
                           f"this API key already has {s.slots.limit} screening calls running; "
                           "wait for one to finish", headers={"Retry-After": "1"})
        try:
            yield principal
        finally:
            s.slots.release(slot)

    return dependency


def charge_items(request: Request, principal: Principal, items: int) -> None:
    """A batch call pays one token of its key's budget per item, as the same items sent one per call
    would (the request itself paid the first token in :func:`require`). The charge is capped at the
    bucket size, so the largest allowed batch still runs on a full bucket; without it one key could
    queue hundreds of 1,000-prompt calls (about 30 CPU-seconds each, bench/results/service.md) on a
    budget meant for single requests."""
    s = svc(request)
    extra = min(int(items), int(s.settings.rate_for(principal.role).burst)) - 1
    if extra > 0:
        _take_key_budget(s, principal, extra, f"rate limit exceeded for this API key (a batch of {items} "
                                              "items costs one request per item)")


def _take_key_budget(s: Service, principal: Principal, cost: int, refusal: str) -> None:
    """Take ``cost`` tokens from the key's bucket (its role's rate and burst), or answer 429."""
    lim = s.settings.rate_for(principal.role)
    wait = s.buckets.take(f"key:{principal.key_id}", lim.rate, lim.burst, float(cost))
    if wait > 0:
        raise ApiError(429, "rate_limited", refusal, headers={"Retry-After": retry_after_header(wait)})


def case_session(request: Request, number: str | None = Depends(_case_number),
                 pin: str | None = Depends(_case_pin)):
    """Dependency: the survivor's case, from X-Case-Number and X-Case-Pin."""
    from ..casework.cases import CaseAuthError, CaseLocked
    from ..store.base import utcnow

    if not number or not pin:
        raise ApiError(401, "unauthorized", "give the case number and PIN (headers X-Case-Number and X-Case-Pin)")
    if len(number) > 64 or len(pin) > 64:
        raise ApiError(401, "unauthorized", "case number or PIN is wrong")
    # The attempt is charged *before* the PIN check (an atomic take), so parallel guesses from one
    # address cannot all reach scrypt: at most the bucket's burst of checks run at once, and the
    # refill rate bounds them over time. A right PIN gives the token back, so a survivor's portal
    # session of several calls does not use up the allowance; wrong and locked attempts keep it.
    throttle_address(request, "case", 1.0)
    s = svc(request)
    try:
        case = s.cases.authenticate(number, pin)
    except CaseLocked as exc:
        wait = (exc.until - utcnow()).total_seconds()
        raise ApiError(423, "case_locked", "too many wrong PINs: this case is locked for a while; try again later",
                       headers={"Retry-After": retry_after_header(wait)}) from None
    except CaseAuthError:
        raise ApiError(401, "unauthorized", "case number or PIN is wrong") from None
    lim = s.settings.rate_public
    s.buckets.give(f"case:{client_address(request)}", lim.rate, lim.burst, 1.0)
    return case


def optional_case(request: Request, number: str | None = Depends(_case_number),
                  pin: str | None = Depends(_case_pin)):
    """The case when case headers are given (a takedown filed from a case), else None."""
    if not number and not pin:
        return None
    return case_session(request, number, pin)
