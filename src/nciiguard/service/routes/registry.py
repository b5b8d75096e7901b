"""Likeness registry (admin): enrol a person with consent, aliases and photos (turned into
encrypted face templates; the photos are not kept), list, update aliases, add photos, withdraw."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Form, Path, Request, UploadFile

from ...errors import InputError
from ..errors import ApiError
from ...access.keys import Principal
from ..deps import require, svc
from ..schemas import Strict
from pydantic import Field

router = APIRouter(tags=["registry"])
_PID = Path(..., pattern=r"^[0-9a-f]{32}$")


class AliasesIn(Strict):
    add: list[str] = Field(default_factory=list, max_length=100)
    remove: list[str] = Field(default_factory=list, max_length=100)


def _registry(request: Request):
    reg = svc(request).registry
    if reg is None:
        raise ApiError(501, "not_available", "the likeness registry is not available in this deployment")
    return reg


def _photos(request: Request, photos: list[UploadFile]) -> list[bytes]:
    s = svc(request)
    if len(photos) > s.settings.max_files:
        raise ApiError(422, "invalid_request", f"at most {s.settings.max_files} photos per request")
    out = []
    for n, f in enumerate(photos, 1):
        data = f.file.read(s.guard.limits.max_file_bytes + 1)
        if not data or len(data) > s.guard.limits.max_file_bytes:
            raise ApiError(422, "invalid_input", f"photo {n} is empty or too large")
        out.append(data)
    return out


def _not_found(fn, *args, **kwargs):
    from ...registry import PersonNotFound

    try:
        return fn(*args, **kwargs)
    except PersonNotFound as exc:
        raise ApiError(404, "not_found", str(exc.args[0]) if exc.args else "no such person") from None


@router.get("/registry/people", summary="People who asked to be protected")
def list_people(request: Request, principal: Principal = Depends(require("registry"))) -> dict:
    return {"people": [p.to_dict() for p in _registry(request).list()]}


@router.post("/registry/people", status_code=201, summary="Enrol a person (consent, aliases, photos)")
def enrol(request: Request, name: str = Form(..., min_length=1, max_length=200),
          consent_by: str = Form(..., min_length=1, max_length=200), consent_method: str = Form("self", max_length=32),
          consent_scope: str | None = Form(None, max_length=2000),
          consent_document_sha256: str | None = Form(None, pattern=r"^[0-9a-f]{64}$"),
          aliases: list[str] = Form(default=[]), photos: list[UploadFile] = File(default=[]),
          principal: Principal = Depends(require("registry"))) -> dict:
    from ...registry import Consent

    reg = _registry(request)
    kwargs = {"by": consent_by, "method": consent_method, "document_sha256": consent_document_sha256}
    if consent_scope:
        kwargs["scope"] = consent_scope
    consent = Consent(**kwargs)
    person = reg.enrol(name, consent=consent, aliases=aliases, photos=_photos(request, photos), actor=principal.actor)
    return person.to_dict()


@router.get("/registry/people/{person_id}", summary="One person")
def get_person(request: Request, person_id: str = _PID, principal: Principal = Depends(require("registry"))) -> dict:
    return _not_found(_registry(request).get, person_id).to_dict()


@router.post("/registry/people/{person_id}/aliases", summary="Add or remove name aliases")
def update_aliases(body: AliasesIn, request: Request, person_id: str = _PID,
                   principal: Principal = Depends(require("registry"))) -> dict:
    return _not_found(_registry(request).update_aliases, person_id, add=body.add, remove=body.remove,
                      actor=principal.actor).to_dict()


@router.post("/registry/people/{person_id}/photos", summary="Add face templates from photos (photos are not kept)")
def add_photos(request: Request, person_id: str = _PID, photos: list[UploadFile] = File(...),
               principal: Principal = Depends(require("registry"))) -> dict:
    data = _photos(request, photos)
    if not data:
        raise InputError("give at least one photo")
    return {"templates_added": _not_found(_registry(request).add_photos, person_id, data, actor=principal.actor)}


@router.delete("/registry/people/{person_id}", summary="Withdraw a person: delete aliases and templates")
def withdraw_person(request: Request, person_id: str = _PID,
                    principal: Principal = Depends(require("registry"))) -> dict:
    return {"deleted": _not_found(_registry(request).withdraw, person_id, actor=principal.actor)}
