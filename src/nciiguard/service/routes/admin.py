"""Admin endpoints: API keys and hash banks (create, list, add, import, export, withdraw, allow-list)."""

from __future__ import annotations

import tempfile
from pathlib import Path as FsPath
from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, Request, UploadFile
from fastapi.responses import StreamingResponse

from ...banks.store import BankError, BankStore, NewEntry
from ...casework.copies import scrub_deleted
from ..errors import ApiError
from ...access.keys import Principal
from ..deps import require, svc
from ..schemas import AllowIn, BankCreateIn, BankEntriesIn, KeyCreateIn, WithdrawIn

router = APIRouter()
_BANK = Path(..., min_length=1, max_length=128)
_MEDIA = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson", "txt": "text/plain"}


def _store(request: Request, principal: Principal) -> BankStore:
    return BankStore(svc(request).db, actor=principal.actor)


def _bank_call(fn, *args, **kwargs):
    """BankError says 'no bank named ...' for unknown names: that is a 404, other refusals 422/409."""
    try:
        return fn(*args, **kwargs)
    except BankError as exc:
        msg = str(exc)
        if msg.startswith("no bank named") or msg.startswith("no entry"):
            raise ApiError(404, "not_found", msg) from None
        if "already exists" in msg or "already in bank" in msg:
            raise ApiError(409, "conflict", msg) from None
        raise ApiError(422, "invalid_input", msg) from None


# -- keys -----------------------------------------------------------------------------------------
@router.post("/keys", status_code=201, tags=["keys"], summary="Create an API key (the key is shown once)")
def create_key(body: KeyCreateIn, request: Request, principal: Principal = Depends(require("keys"))) -> dict:
    key, info = svc(request).keys.create(body.name, body.role, actor=principal.actor)
    return {"key": key, **info.to_dict(), "notice": "Store this key now: it is shown only once."}


@router.get("/keys", tags=["keys"], summary="List API keys (never their secrets)")
def list_keys(request: Request, principal: Principal = Depends(require("keys"))) -> dict:
    return {"keys": [k.to_dict() for k in svc(request).keys.list()]}


@router.delete("/keys/{key_id}", tags=["keys"], summary="Revoke an API key")
def revoke_key(request: Request, key_id: str = Path(..., pattern=r"^[0-9a-f]{12}$"),
               principal: Principal = Depends(require("keys"))) -> dict:
    try:
        return svc(request).keys.revoke(key_id, actor=principal.actor).to_dict()
    except LookupError as exc:
        raise ApiError(404, "not_found", str(exc)) from None


# -- banks ----------------------------------------------------------------------------------------
@router.get("/banks", tags=["banks"], summary="List banks")
def list_banks(request: Request, principal: Principal = Depends(require("banks"))) -> dict:
    return {"banks": [b.to_dict() for b in _store(request, principal).list_banks()]}


@router.post("/banks", status_code=201, tags=["banks"], summary="Create a bank")
def create_bank(body: BankCreateIn, request: Request, principal: Principal = Depends(require("banks"))) -> dict:
    return _bank_call(_store(request, principal).create_bank, body.name, body.signal_type, body.purpose,
                      body.description).to_dict()


@router.get("/banks/{name}", tags=["banks"], summary="One bank")
def get_bank(request: Request, name: str = _BANK, principal: Principal = Depends(require("banks"))) -> dict:
    return _bank_call(_store(request, principal).get_bank, name).to_dict()


@router.delete("/banks/{name}", tags=["banks"], summary="Delete a bank and all its entries")
def delete_bank(request: Request, name: str = _BANK, principal: Principal = Depends(require("banks"))) -> dict:
    return {"deleted_entries": _bank_call(_store(request, principal).delete_bank, name)}


@router.get("/banks/{name}/entries", tags=["banks"], summary="Entries of a bank, in id order")
def bank_entries(request: Request, name: str = _BANK, after_id: int = Query(0, ge=0, le=2**62),
                 limit: int = Query(100, ge=1, le=1000), principal: Principal = Depends(require("banks"))) -> dict:
    store = _store(request, principal)
    _bank_call(store.get_bank, name)
    out = []
    for e in store.entries(name, batch=limit):
        if e.id <= after_id:
            continue
        out.append(e.to_dict())
        if len(out) >= limit:
            break
    return {"entries": out}


@router.post("/banks/{name}/entries", tags=["banks"], summary="Add entries (one transaction; report per entry)")
def add_bank_entries(body: BankEntriesIn, request: Request, name: str = _BANK,
                     principal: Principal = Depends(require("banks"))) -> dict:
    store = _store(request, principal)
    _bank_call(store.get_bank, name)
    items = [NewEntry(e.value, e.signal_type, name, e.status, e.case_id, "api", e.pdq_variants, e.note,
                      f"entry {i + 1}") for i, e in enumerate(body.entries)]
    report = _bank_call(store.add_entries, name, items, strict=body.strict, source="api", label="api")
    return report.to_dict()


@router.post("/banks/{name}/import", tags=["banks"], summary="Import a hash list file (CSV, JSON, JSON Lines, text)")
def import_bank(request: Request, name: str = _BANK, file: UploadFile = File(...),
                format: Literal["csv", "json", "jsonl", "txt"] = Form("csv"),
                signal_type: str | None = Form(None, max_length=32), strict: bool = Form(False),
                principal: Principal = Depends(require("banks"))) -> dict:
    store = _store(request, principal)
    _bank_call(store.get_bank, name)
    with tempfile.TemporaryDirectory(prefix="nciiguard-import-") as tmp:
        path = FsPath(tmp) / f"upload.{format}"
        with open(path, "wb") as out:
            while chunk := file.file.read(1 << 20):
                out.write(chunk)
        report = _bank_call(store.import_file, path, bank=name, signal_type=signal_type, fmt=format,
                            strict=strict, source="import:api")
    return report.to_dict()


@router.get("/banks/{name}/export", tags=["banks"], summary="Export a bank as CSV, JSON, JSON Lines or text")
def export_bank(request: Request, name: str = _BANK,
                format: Literal["csv", "json", "jsonl", "txt"] = Query("csv"),
                principal: Principal = Depends(require("banks"))):
    store = _store(request, principal)
    _bank_call(store.get_bank, name)
    spool = tempfile.TemporaryFile(mode="w+", encoding="utf-8", newline="")
    store.export(spool, bank=name, fmt=format)
    spool.seek(0)

    def chunks():
        try:
            while data := spool.read(1 << 16):
                yield data.encode("utf-8")
        finally:
            spool.close()

    return StreamingResponse(chunks(), media_type=_MEDIA[format],
                             headers={"Content-Disposition": f'attachment; filename="bank.{format}"'})


@router.post("/banks/withdraw", tags=["banks"], summary="Withdraw (delete) entries by id, case or value")
def withdraw_entries(body: WithdrawIn, request: Request, principal: Principal = Depends(require("banks"))) -> dict:
    report = _bank_call(_store(request, principal).withdraw_report, body.entry_id, case_id=body.case_id,
                        bank=body.bank, value=body.value)
    if report.deleted:
        # A deleted value leaves the review queue and the appeal records too, as on a case withdrawal.
        scrub_deleted(svc(request).db, report, actor=principal.actor)
        svc(request).matcher.refresh(force=True)  # stop matching and purge the index files now
    return {"deleted": report.deleted}


@router.post("/allow-list", status_code=201, tags=["banks"], summary="Put a hash on the allow-list (never matches)")
def allow(body: AllowIn, request: Request, principal: Principal = Depends(require("banks"))) -> dict:
    return _bank_call(_store(request, principal).allow, body.value, body.signal_type, note=body.note,
                      source="api").to_dict()
