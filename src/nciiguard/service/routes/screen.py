"""Screening and matching: POST /v1/screen/prompt|image|request, /v1/match, /v1/match/image, /v1/reports.

Screening responses are the library's decision record (``decision_record``: action, categories,
scores, reasons, message, policy) with ``decision_id`` and ``flagged``, plus ``review_item`` when a
bank match was queued for review. Batches (``input`` of /v1/screen/prompt, many hashes of /v1/match)
are described in :mod:`nciiguard.service.batch`.
Blocking work runs in FastAPI's thread pool (plain ``def`` endpoints).
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile

from ...errors import InputError
from ...records import policy_ref
from ...limits import MAX_HASHES_PER_CALL, PDQ_MAX_DISTANCE
from ..errors import ApiError
from ...access.keys import Principal
from ..deps import charge_items, in_flight, require, svc
from ..batch import check_hashes, decision_out, fast_json, new_id, prompt_batch
from ..schemas import DecisionOut, MatchIn, MatchOut, PromptBatchOut, PromptIn, ReportIn

router = APIRouter(tags=["screening"])

_ERRORS = {401: {"description": "missing or wrong API key"}, 403: {"description": "role not allowed"},
           413: {"description": "body too large"}, 422: {"description": "invalid input"},
           429: {"description": "rate limited (see Retry-After)"}}


def _check_form_fields(request: Request, allowed: set[str]) -> None:
    """Unknown multipart fields are errors, as unknown JSON fields are (a typo must not be ignored)."""
    form = getattr(request, "_form", None)
    if form is None:
        return
    unknown = sorted(set(form.keys()) - allowed)
    if unknown:
        raise ApiError(422, "invalid_request", f"unknown form field(s): {', '.join(u[:40] for u in unknown[:5])}")


def _read(upload: UploadFile, what: str, max_bytes: int) -> bytes:
    data = upload.file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ApiError(413, "too_large", f"{what} is larger than {max_bytes} bytes")
    if not data:
        raise ApiError(422, "invalid_input", f"{what} is empty")
    return data


def _decode(data: bytes, what: str, limits):
    """Decode once, up front, so a broken file is a 422 naming it, not a signal error. The decoded
    image (pixels and file digests) is what the Guard and the hashing then use."""
    from ...imaging import decode_image

    try:
        return decode_image(data, limits=limits)
    except InputError as exc:
        raise ApiError(422, "invalid_image", f"{what}: {exc}") from None


def _images(request: Request, image: UploadFile | None, inputs: list[UploadFile]):
    """The uploaded image and input images, read within limits and decoded once each."""
    s = svc(request)
    files = ([image] if image is not None else []) + list(inputs or [])
    if len(files) > s.settings.max_files:
        raise ApiError(422, "invalid_request", f"at most {s.settings.max_files} files per request")
    limits = s.guard.limits
    main = None
    if image is not None:
        main = _decode(_read(image, "image", limits.max_file_bytes), "image", limits)
    extra = []
    for n, f in enumerate(inputs or []):
        data = _read(f, f"input_images[{n}]", limits.max_file_bytes)
        extra.append(_decode(data, f"input_images[{n}]", limits))
    return main, extra


def _text(value: str | None, name: str) -> str | None:
    if value is not None and len(value.encode("utf-8", "surrogatepass")) > 65536:
        raise ApiError(422, "invalid_input", f"{name} is larger than 64 KiB")
    return value


def _bank_reasons(decision) -> list[dict]:
    return [r.to_dict() for r in decision.reasons if r.signal == "hash_match"]


def _queue_match(request: Request, principal: Principal, data, decision, content_id, url) -> int | None:
    """A bank match on identified platform content goes to the review queue (hashes only)."""
    reasons = _bank_reasons(decision)
    if not reasons or not (content_id or url):
        return None
    hashes = _image_hashes(request, [data], decision)
    matches = [r.get("evidence", {}) for r in reasons]
    return svc(request).review.add(kind="match", hashes=hashes, content_id=content_id, url=url,
                                   scores=dict(decision.scores), reasons=reasons, matches=matches,
                                   actor=principal.actor)


_DECISION_OK = {200: {"model": DecisionOut, "description": "the decision (a decision record)"}}
_PROMPT_OK = {200: {"model": DecisionOut | PromptBatchOut,
                    "description": "one decision for ``prompt``; for ``input`` the batch: ``{id, flagged, "
                                   "results}`` with one decision or error per item, in order"}}


@router.post("/screen/prompt", summary="Screen the text of a generation request, or a batch of them",
             responses={**_ERRORS, **_PROMPT_OK})
def screen_prompt(body: PromptIn, request: Request, principal: Principal = Depends(in_flight("screen"))):
    s = svc(request)
    if body.input is None:
        out = decision_out(s.guard.screen_prompt(body.prompt, body.negative_prompt))
        _record_for_appeal(request, principal, "screen/prompt", [out])
        return fast_json(out)
    if len(body.input) <= s.settings.max_batch_items:  # a longer one is refused (413) before any work
        charge_items(request, principal, len(body.input))
    out = prompt_batch(s.guard, body.input, max_items=s.settings.max_batch_items,
                       max_text_bytes=s.settings.max_batch_text_bytes)
    _record_for_appeal(request, principal, "screen/prompt", out["results"])
    return fast_json(out)


def _record_for_appeal(request: Request, principal: Principal, endpoint: str, outs: list[dict],
                       hashes: list[dict] | None = None, content_id: str | None = None) -> None:
    """Keep review/block answers so their requester can appeal them (docs/appeals.md). A failure
    to record is logged, never turned into a failed screening answer."""
    desk = getattr(svc(request), "appeals", None)
    items = [{"decision_id": o["decision_id"], "key_id": principal.key_id, "endpoint": endpoint,
              "action": o["action"], "policy": policy_ref(o["policy"]), "reasons": o["reasons"],
              "hashes": hashes or [],
              "content_id": content_id} for o in outs if o.get("flagged")]
    if desk is None or not items:
        return
    from ..webhooks import decision_hook, notify

    try:
        desk.record(items, also=decision_hook(svc(request), principal.key_id, items))
        notify(svc(request))
    except Exception as exc:  # noqa: BLE001
        import logging

        logging.getLogger("nciiguard.service").warning("could not record decisions for appeal: %s",
                                                       type(exc).__name__)


def _image_hashes(request: Request, images, decision=None, prefix: str = "image") -> list[dict]:
    """(signal type, value) of each image: the hashes the scan computed (``decision.hashes``,
    field ``<prefix>[i]``), and only for an image the scan did not hash, a hashing here."""
    from ...hashing.records import hash_image

    out = []
    for i, img in enumerate(images):
        scanned = decision.hashes.get(f"{prefix}[{i}]") if decision is not None else None
        pairs = scanned.signals() if scanned is not None else hash_image(
            img, variants=False, limits=svc(request).guard.limits).signals()
        out += [{"signal_type": st, "value": v} for st, v in pairs]
    return out


@router.post("/screen/image", summary="Screen an image (generated output or upload), with its request",
             responses={**_ERRORS, **_DECISION_OK})
def screen_image(
    request: Request,
    image: UploadFile = File(..., description="the image to screen"),
    prompt: str | None = Form(None), negative_prompt: str | None = Form(None),
    input_images: list[UploadFile] = File(default=[], description="input images of an edit request"),
    role: Literal["output", "upload"] = Form("output"),
    content_id: str | None = Form(None, max_length=500), url: str | None = Form(None, max_length=4096),
    principal: Principal = Depends(in_flight("screen")),
) -> dict:
    _check_form_fields(request, {"image", "prompt", "negative_prompt", "input_images", "role", "content_id", "url"})
    data, inputs = _images(request, image, input_images)
    decision = svc(request).guard.screen_image(data, _text(prompt, "prompt"), inputs,
                                               negative_prompt=_text(negative_prompt, "negative_prompt"), role=role)
    out = decision_out(decision)
    out["id"] = content_id  # this endpoint's ``id`` has always been the caller's content id
    out["review_item"] = _queue_match(request, principal, data, decision, content_id, url)
    if out["flagged"]:
        _record_for_appeal(request, principal, "screen/image", [out], _image_hashes(request, [data], decision),
                           content_id)
    return out


@router.post("/screen/request", summary="Screen a whole request: prompt, negative prompt and input images",
             responses={**_ERRORS, **_DECISION_OK})
def screen_request(
    request: Request,
    prompt: str | None = Form(None), negative_prompt: str | None = Form(None),
    input_images: list[UploadFile] = File(default=[]),
    principal: Principal = Depends(in_flight("screen")),
) -> dict:
    _check_form_fields(request, {"prompt", "negative_prompt", "input_images"})
    if prompt is None and not input_images:
        raise ApiError(422, "invalid_request", "give a prompt, input images, or both")
    _, inputs = _images(request, None, input_images)
    decision = svc(request).guard.screen_request(_text(prompt, "prompt"), _text(negative_prompt, "negative_prompt"),
                                                 inputs)
    out = decision_out(decision)
    if out["flagged"]:
        _record_for_appeal(request, principal, "screen/request", [out],
                           _image_hashes(request, inputs, decision, "input_image"))
    return out


def _match_hashes(request: Request, hashes, max_distance: int, banks) -> tuple[list[dict], list[str | None], float]:
    """Match validated hashes through the library (Guard.match: the hash_match signal and the
    policy, one pass of the matcher): each hash's result, its reason code, the best score."""
    from ...hashing.query import QueryHashes
    from ...signals.match.hash_match import best_match_score, match_reports, reason_codes

    s = svc(request)
    decision = s.guard.match(hashes=[QueryHashes.of_hash(h.signal_type, h.value, validate=False) for h in hashes],
                             bank=banks, max_distance=max_distance, matcher=s.matcher)
    reports = match_reports(decision, [f"hash[{j}]" for j in range(len(hashes))])
    results = [{"signal_type": h.signal_type, "matches": [x.to_dict() for x in rep.matches],
                "allow_listed": bool(rep.allowed), "low_quality": rep.low_quality} for h, rep in zip(hashes, reports)]
    by_field = reason_codes(decision)
    codes = [by_field.get(f"hash[{j}]") for j in range(len(hashes))]
    return results, codes, best_match_score(decision)


@router.post("/match", summary="Match hashes against the banks (up to 1,000 per call)",
             responses={**_ERRORS, 200: {"model": MatchOut, "description": "one result per hash, in order; "
                                                                           "a bad hash gets an error in its place"}})
def match(body: MatchIn, request: Request, principal: Principal = Depends(in_flight("match"))):
    s = svc(request)
    limit = min(s.settings.max_hashes, MAX_HASHES_PER_CALL)
    if len(body.hashes) > limit:
        raise ApiError(413, "too_many_items", f"at most {limit} hashes per call (got {len(body.hashes)}); "
                                              "split the batch")
    good, bad = check_hashes(body.hashes)
    if not good:
        details = [{"loc": ["body", "hashes", str(i)], "message": r["error"]["message"], "type": "invalid_hash"}
                   for i, r in sorted(bad.items())[:50]]
        raise ApiError(422, "invalid_request", bad[0]["error"]["message"] if 0 in bad else "no valid hash",
                       details=details)
    d = body.max_distance if body.max_distance is not None else s.settings.max_distance
    hashes = [h for _, h in good]
    found_list, codes, score = _match_hashes(request, hashes, d, body.banks)
    found = dict(zip((i for i, _ in good), found_list))
    code_of = dict(zip((i for i, _ in good), codes))
    results = [bad[i] if i in bad else {"index": i, **found[i]} for i in range(len(body.hashes))]
    matched = any(r.get("matches") for r in results)
    item, request_id, hook = None, new_id("mat"), None
    if matched:
        from ..webhooks import emit_now, match_hook, notify

        hit = [r for r in results if r.get("matches")]
        by_index = dict(good)
        hook = match_hook(s, principal.key_id, request_id,
                          [({"index": r["index"], **by_index[r["index"]].as_pair()}, r["matches"]) for r in hit],
                          reason_codes=[c for r in hit if (c := code_of[r["index"]])],
                          scores={"known_ncii": score}, content_id=body.content_id)
        if body.content_id or body.url:
            item = s.review.add(kind="match", hashes=[h.as_pair() for h in hashes], content_id=body.content_id,
                                url=body.url, scores={"known_ncii": score},
                                reasons=[{"code": code_of[r["index"]], "signal": "hash_match",
                                          "signal_type": r["signal_type"]} for r in hit],
                                matches=[m for r in hit for m in r["matches"]], actor=principal.actor, also=hook)
            notify(s)
        else:
            emit_now(s, hook)
    return fast_json({"id": request_id, "flagged": matched, "matched": matched, "results": results,
                      "review_item": item})


@router.post("/match/image", summary="Hash an uploaded image and match it against the banks", responses=_ERRORS)
def match_image(
    request: Request, image: UploadFile = File(...),
    max_distance: int | None = Form(None, ge=0, le=PDQ_MAX_DISTANCE),
    content_id: str | None = Form(None, max_length=500), url: str | None = Form(None, max_length=4096),
    principal: Principal = Depends(in_flight("match")),
) -> dict:
    _check_form_fields(request, {"image", "max_distance", "content_id", "url"})
    s = svc(request)
    data = _read(image, "image", s.guard.limits.max_file_bytes)
    from ...imaging import decode_image

    try:
        decoded = decode_image(data, limits=s.guard.limits)
    except InputError as exc:
        raise ApiError(422, "invalid_image", f"image: {exc}") from None
    d = max_distance if max_distance is not None else s.settings.max_distance
    decision = s.guard.match(decoded, max_distance=d, matcher=s.matcher)  # the hash_match signal and the policy
    from ...signals.match.hash_match import match_reports

    rep = match_reports(decision, ["image[0]"])[0]
    item, request_id, hook = None, new_id("mat"), None
    wants_hook = s.webhooks is not None and s.webhooks.wants(principal.key_id, "match")
    if rep.matches and (content_id or url or wants_hook):
        from ...signals.match.hash_match import best_match_score, field_reason_code
        from ..webhooks import emit_now, match_hook, notify

        found = [m.to_dict() for m in rep.matches]
        # The hashes the match computed (never a second hashing of the upload).
        pairs = [{"signal_type": st, "value": v} for st, v in decision.hashes["image[0]"].signals()]
        score = {"known_ncii": best_match_score(decision)}
        code = field_reason_code(decision, "image[0]")
        # Each match is reported with the image's own hash of the matched signal type.
        own = {p["signal_type"]: p for p in pairs}
        hits = [(own.get(m["signal_type"], pairs[0]), [m]) for m in found]
        hook = match_hook(s, principal.key_id, request_id, hits, reason_codes=[code], scores=score,
                          content_id=content_id)
        if content_id or url:
            item = s.review.add(kind="match", hashes=pairs, content_id=content_id, url=url, scores=score,
                                reasons=[{"code": code, "signal": "hash_match"}],
                                matches=found, actor=principal.actor, also=hook)
            notify(s)
        else:
            emit_now(s, hook)
    out = rep.to_dict()
    out.update({"id": request_id, "flagged": bool(rep.matches), "matched": bool(rep.matches), "review_item": item})
    return out


@router.post("/reports", status_code=201, summary="Report content for moderator review (hashes only)",
             responses=_ERRORS)
def report(body: ReportIn, request: Request, principal: Principal = Depends(require("report"))) -> dict:
    s = svc(request)
    item = s.review.add(kind="report", hashes=[h.as_pair() for h in body.hashes], content_id=body.content_id,
                        url=body.url, reasons=[{"code": "report", "message": body.reason}] if body.reason else [],
                        actor=principal.actor)
    return {"review_item": item}
