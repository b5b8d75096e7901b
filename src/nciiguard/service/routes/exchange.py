"""GET /v1/exchange/banks/{bank}/changes and /snapshot: the feed a partner pulls (docs/exchange.md).

Only translates: :class:`nciiguard.exchange.ShareStore` decides. Partner keys only
(``exchange.pull``); a bank that does not exist and one not shared with the key get the same 404,
so a partner learns nothing about other banks. 410 ``resync_required``: the cursor is older than
the change log kept here (pull the snapshot); 410 ``share_revoked``: this bank is no longer shared
with this key (drop the mirror).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import ApiError
from ...access.keys import Principal
from ..deps import require, svc

router = APIRouter(tags=["exchange"])
_RESPONSES = {401: {"description": "missing or wrong API key"}, 403: {"description": "not a partner key"},
              404: {"description": "no such bank shared with this key (unknown and unshared look the same)"},
              410: {"description": "`resync_required` (pull the snapshot) or `share_revoked`"}}


def _store(request: Request):
    from ...exchange import ShareStore

    return ShareStore(svc(request).db, actor="service")


def _translate(fn):
    from ...exchange import NotShared, ResyncRequired, ShareRevoked

    try:
        return fn()
    except NotShared:
        raise ApiError(404, "not_found", "no such bank") from None
    except ResyncRequired as exc:
        raise ApiError(410, "resync_required", str(exc)) from None
    except ShareRevoked as exc:
        raise ApiError(410, "share_revoked", str(exc)) from None


@router.get("/exchange/banks/{bank}/changes", summary="Changes of a shared bank after a cursor", responses=_RESPONSES)
def exchange_changes(request: Request, bank: str = Path(..., max_length=128),
                     cursor: str = Query(..., max_length=40, description="`<revision>:<change id>` from the last page"),
                     limit: int = Query(500, ge=1, le=1000),
                     principal: Principal = Depends(require("exchange.pull"))) -> dict:
    return _translate(lambda: _store(request).changes(principal.key_id, bank, cursor, limit).to_dict("changes"))


@router.get("/exchange/banks/{bank}/snapshot", summary="Active entries of a shared bank, by id", responses=_RESPONSES)
def exchange_snapshot(request: Request, bank: str = Path(..., max_length=128),
                      after: int = Query(0, ge=0, le=2 ** 63 - 1), limit: int = Query(500, ge=1, le=1000),
                      principal: Principal = Depends(require("exchange.pull"))) -> dict:
    return _translate(lambda: _store(request).snapshot(principal.key_id, bank, after, limit).to_dict("snapshot"))
