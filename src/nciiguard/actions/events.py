"""The ``data`` of webhook bodies: ids, hashes, reason codes and scores, never content.

Every field is copied by name from a fixed list, so nothing new in a decision record (a message,
a matched span's text, a survivor's case id) can reach a receiver by accident.
"""

from __future__ import annotations

from typing import Any

#: Reason fields a receiver gets: no ``text`` (the matched words) and no ``message``.
_REASON_FIELDS = ("code", "category", "signal", "field", "label", "score", "span", "box")
#: Match fields a receiver gets: no ``case_id`` (a survivor's case is not the platform's business).
_MATCH_FIELDS = ("bank", "purpose", "entry_id", "signal_type", "distance")


def _reasons(reasons: list[dict]) -> list[dict]:
    out = []
    for r in reasons or []:
        kept = {k: r[k] for k in _REASON_FIELDS if k in r}
        ev = r.get("evidence")
        if r.get("signal") == "hash_match" and isinstance(ev, dict):
            kept["evidence"] = {k: ev[k] for k in _MATCH_FIELDS if k in ev}
        out.append(kept)
    return out


def _codes(reasons: list[dict]) -> list[str]:
    return sorted({str(r.get("code")) for r in reasons or [] if r.get("code")})


def decision_data(out: dict[str, Any], *, endpoint: str, hashes: list[dict] | None = None,
                  content_id: str | None = None) -> dict[str, Any]:
    """A ``block`` or ``review`` event from a screening answer (``decision_out``)."""
    reasons = _reasons(out.get("reasons") or [])
    return {"decision_id": out.get("decision_id"), "endpoint": endpoint, "action": out.get("action"),
            "policy": out.get("policy"), "scores": dict(out.get("scores") or {}),
            "reason_codes": _codes(reasons), "reasons": reasons,
            "hashes": [{"signal_type": h["signal_type"], "value": h["value"]} for h in hashes or []],
            "content_id": content_id}


def match_data(request_id: str, hits: list[tuple[dict, list[dict]]], *, reason_codes: list[str],
               scores: dict[str, float], content_id: str | None = None,
               review_item: int | None = None) -> dict[str, Any]:
    """A ``match`` event: ``hits`` pairs each matched query hash (``{signal_type, value, index?}``)
    with its matches."""
    matches = []
    for h, found in hits:
        for m in found:
            item = {"hash": {"signal_type": h["signal_type"], "value": h["value"]}, **{
                k: m[k] for k in _MATCH_FIELDS if k in m}}
            if "index" in h:
                item["index"] = h["index"]
            matches.append(item)
    return {"request_id": request_id, "content_id": content_id, "review_item": review_item,
            "reason_codes": sorted(set(reason_codes)), "scores": dict(scores), "matches": matches}
