"""GET /v1/shadow/report: what the candidate policy (setting ``shadow_policy``) would change.

Counts and reason codes only (docs/shadow.md). Moderators and admins (``review`` permission)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from ...access.keys import Principal
from ..deps import require, svc

router = APIRouter(tags=["shadow"])


@router.get("/shadow/report", summary="Agreement of the shadow (candidate) policy with the enforcing one",
            responses={401: {"description": "missing or wrong API key"}, 403: {"description": "role not allowed"}})
def shadow_report(request: Request, days: int = Query(7, ge=1, le=3660), top: int = Query(20, ge=1, le=200),
                  candidate: str | None = Query(None, max_length=200),
                  principal: Principal = Depends(require("review"))) -> dict:
    from ...shadow import ShadowStore

    s = svc(request)
    tally = getattr(s.guard, "shadow_tally", None)
    if tally is not None:
        tally.flush_to(ShadowStore(s.db))  # include what this process counted since its last write
    shadow = getattr(s.guard, "shadow", None)
    return {"shadow_policy": shadow.label if shadow is not None else None,
            "reports": [r.to_dict() for r in ShadowStore(s.db).report(days=days, candidate=candidate, top=top)]}
