"""The batch shapes of /v1/screen/prompt and /v1/match: limits, per-item errors, ids.

A batch is screened in one call of the library (``Guard.screen_prompts``, ``BankMatcher.query_many``),
never by looping over the single-item route. Answers keep the order of the request; an item that
cannot be screened gets ``{"index", "error": {"code", "message"}}`` in its place and the others are
answered. Error messages name the item and the problem, never its text.
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi.responses import JSONResponse

from ..errors import InputError
from ..limits import MAX_TEXT_BYTES
from ..findings import Action, Decision, ItemError
from ..records import decision_record
from .errors import ApiError

#: Largest prompt or negative prompt of one item (the single-prompt limit).
ITEM_TEXT_BYTES = MAX_TEXT_BYTES


def new_id(prefix: str) -> str:
    """An opaque random id: ``dec_`` a decision, ``bat_`` a batch, ``mat_`` a match call."""
    return f"{prefix}_{secrets.token_hex(12)}"


def utf8_len(text: str | None) -> int:
    # surrogatepass: JSON may carry lone surrogates ("\ud800"); they count, they do not crash.
    return len(text.encode("utf-8", "surrogatepass")) if text else 0


def decision_out(decision: Decision, decision_id: str | None = None) -> dict[str, Any]:
    """The decision record with its id and ``flagged`` (review or block)."""
    out = decision_record(None, decision)
    did = decision_id or new_id("dec")
    out["id"] = did
    out["decision_id"] = did
    out["flagged"] = decision.action is not Action.ALLOW
    return out


def item_error(index: int, code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"index": index, **extra, "error": {"code": code, "message": message}}


def fast_json(body: dict[str, Any]) -> JSONResponse:
    """Plain dicts straight to JSON: FastAPI's generic encoder costs more than the screening of a
    short prompt, and a batch answer holds a thousand records."""
    return JSONResponse(body)


def prompt_batch(guard, items: list, *, max_items: int, max_text_bytes: int) -> dict[str, Any]:
    """Screen ``items`` (strings or PromptItemIn) in one library call; the batch response body."""
    if len(items) > max_items:
        raise ApiError(413, "too_many_items", f"at most {max_items} prompts per call (got {len(items)}); "
                                              "split the batch")
    total = 0
    todo: list[tuple[str, str | None]] = []
    where: list[int] = []
    results: list[dict[str, Any] | None] = [None] * len(items)
    input_ids: list[str | None] = []
    for i, item in enumerate(items):
        prompt, negative, iid = (item, None, None) if isinstance(item, str) else (item.prompt, item.negative_prompt,
                                                                                  item.id)
        input_ids.append(iid)
        p_len, n_len = utf8_len(prompt), utf8_len(negative)
        total += p_len + n_len
        if p_len > ITEM_TEXT_BYTES or n_len > ITEM_TEXT_BYTES:
            field = "prompt" if p_len > ITEM_TEXT_BYTES else "negative_prompt"
            results[i] = item_error(i, "too_large", f"input[{i}].{field} is larger than 64 KiB", input_id=iid)
            continue
        todo.append((prompt, negative))
        where.append(i)
    if total > max_text_bytes:
        raise ApiError(413, "too_large", f"the batch holds {total} bytes of text, more than the limit of "
                                         f"{max_text_bytes}; split the batch")
    for i, answer in zip(where, guard.screen_prompts(todo)):
        if isinstance(answer, ItemError):
            results[i] = item_error(i, answer.code, answer.message, input_id=input_ids[i])
        else:
            results[i] = {"index": i, "input_id": input_ids[i], **decision_out(answer)}
    return {"id": new_id("bat"), "flagged": any(r.get("flagged") for r in results if r is not None),
            "results": results}


def check_hashes(hashes: list) -> tuple[list[tuple[int, Any]], dict[int, dict[str, Any]]]:
    """Validate each hash on its own: ([(index, HashIn)], {index: error result})."""
    from pydantic import ValidationError

    good: list[tuple[int, Any]] = []
    bad: dict[int, dict[str, Any]] = {}
    for i, h in enumerate(hashes):
        try:
            good.append((i, h.checked()))
        except ValidationError as exc:
            err = exc.errors()[0] if exc.errors() else {}
            msg = str(err.get("msg", "invalid hash")).removeprefix("Value error, ")
            bad[i] = item_error(i, "invalid_hash", f"hashes[{i}]: {msg}"[:300], signal_type=h.signal_type[:32])
        except (InputError, ValueError) as exc:
            bad[i] = item_error(i, "invalid_hash", f"hashes[{i}]: {str(exc)[:250]}", signal_type=h.signal_type[:32])
    return good, bad
