"""Survivor cases: POST /v1/cases (no key; throttled per address), then the case number and PIN
in headers for GET /v1/cases/me, POST /v1/cases/me/hashes and POST /v1/cases/me/withdraw.

Answers describe only the caller's own case: how many values it holds, never whether a value is
in a bank because of someone else (the case layer makes sure of that). Hashes added through cases
cost from a per-address budget (``rate_case_hashes``) on top of the per-case limit."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ..errors import ApiError
from ..errors import retry_after_header
from ...casework.cases import CaseHashLimit
from ..deps import case_session, client_address, svc, throttle_address
from ..schemas import CaseCreateIn, CaseHashesIn

router = APIRouter(tags=["cases"])

_ERR = {401: {"description": "wrong case number or PIN"}, 423: {"description": "case locked after wrong PINs"},
        429: {"description": "too many attempts from this address, or a hash budget is used up "
                             "(codes rate_limited, address_hash_limit, case_hash_limit)"},
        422: {"description": "invalid input"}}


def _pairs(hashes) -> list[dict]:
    return [h.model_dump(exclude_none=True) for h in hashes]


def _charge_hashes(request: Request, n: int, ref: str | None) -> None:
    """Take ``n`` hashes from this address's budget; 429 (audited) when it is used up."""
    s = svc(request)
    lim = s.settings.rate_case_hashes
    wait = s.buckets.take(f"casehashes:{client_address(request)}", lim.rate, lim.burst, float(max(n, 1)))
    if wait > 0:
        s.cases.record_limit(ref, "address", n)
        raise ApiError(429, "address_hash_limit",
                       "this address has added as many fingerprints as it may for now; try again later",
                       headers={"Retry-After": retry_after_header(wait)})


def _within_case_limit(fn, *args):
    try:
        return fn(*args)
    except CaseHashLimit as exc:
        raise ApiError(429, "case_hash_limit", str(exc)) from None


@router.post("/cases", status_code=201, responses=_ERR,
             summary="Open a case with hashes computed on your device; the case number and PIN are shown once")
def create_case(body: CaseCreateIn, request: Request) -> dict:
    throttle_address(request, "newcase", 2.0)
    pairs = _pairs(body.hashes)
    _charge_hashes(request, len(pairs), None)
    number, pin, case, report = _within_case_limit(svc(request).cases.create, pairs)
    return {"case_number": number, "pin": pin, "ref": case.ref, "status": case.status,
            "created_at": case.created_at.isoformat(), "hashes": report,
            "notice": "Write down the case number and PIN now: they are shown only this once and cannot be "
                      "recovered. Anyone with both can see and withdraw this case."}


@router.get("/cases/me", responses=_ERR, summary="Your case: status, hash counts and removal requests")
def get_case(request: Request, case=Depends(case_session)) -> dict:
    return svc(request).cases.summary(case)


@router.post("/cases/me/hashes", responses=_ERR, summary="Add more hashes to your case")
def add_case_hashes(body: CaseHashesIn, request: Request, case=Depends(case_session)) -> dict:
    if case.status != "open":
        raise ApiError(409, "case_withdrawn", "this case was withdrawn; open a new case to add hashes")
    pairs = _pairs(body.hashes)
    _charge_hashes(request, len(pairs), case.ref)
    return _within_case_limit(svc(request).cases.add_hashes, case, pairs)


@router.post("/cases/me/withdraw", responses=_ERR,
             summary="Withdraw your case: its hashes are deleted from every bank")
def withdraw_case(request: Request, case=Depends(case_session)) -> dict:
    if case.status != "open":
        return {"status": "withdrawn", "hashes_withdrawn": 0}
    return svc(request).cases.withdraw(case)
