"""The decision record: the one JSON shape of a Decision, and its JSON Schema.

Every interface emits it: ``nciiguard screen-*`` and ``scan-model`` (JSON lines), the dataset
scanner's journal, the HTTP service's screening answers and the integrations' reports. A record is

- a **decision**: ``Decision.to_dict()`` (``action``, ``categories``, ``scores``, ``reasons``,
  ``message``, ``policy`` as ``{"name", "version"}``, ``rules``; ``signals`` when explained;
  ``error`` when a signal found the input unreadable) with the item's ``id``; or
- an **error**: ``{"id", "error": {"code", "message"}}`` for an item that could not be screened.

Interfaces add their own fields (the service's ``decision_id`` and ``flagged``, the scanner's
``seq`` and ``source`` ...): :data:`SCHEMA` lists them, and anything else is allowed so a consumer
written against it keeps working when a field is added. :data:`SCHEMA` is the one definition: it
is published as ``docs/schemas/decision.schema.json`` (``python -m nciiguard.records`` prints it)
and in the service's OpenAPI document (:func:`openapi_components`).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from .findings import CORE_CATEGORIES, Action, Decision, ItemError, Status

__all__ = ["SCHEMA", "decision_record", "error_record", "openapi_components", "policy_ref", "record",
           "schema_json"]

#: JSON Schema dialect of :data:`SCHEMA`.
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def decision_record(item_id: Any, decision: Decision, *, explain: bool = False) -> dict[str, Any]:
    """The record of one decision: ``{"id": item_id, **decision.to_dict()}``."""
    return {"id": item_id, **decision.to_dict(include_results=explain)}


def error_record(item_id: Any, code: str | ItemError, message: str | None = None) -> dict[str, Any]:
    """The record of an item that could not be screened (``code`` and ``message``, or an ItemError)."""
    error = code if isinstance(code, ItemError) else ItemError(code, message or "")
    return {"id": item_id, "error": error.to_dict()}


def record(item_id: Any, answer: Decision | ItemError, *, explain: bool = False) -> dict[str, Any]:
    """The record of a batch answer. A decision on unreadable input (a signal said the image cannot
    be decoded: the policy held it for review) is an error record: no verdict was reached."""
    if isinstance(answer, ItemError):
        return error_record(item_id, answer)
    problem = answer.input_error
    if problem is not None:
        return error_record(item_id, problem)
    return decision_record(item_id, answer, explain=explain)


def policy_ref(policy: Decision | dict[str, Any]) -> str:
    """``name@version`` of a decision's policy (or of a record's ``policy`` object): the short form
    in logs, incident reports and flat tables. Anything with a decision's ``policy`` and
    ``policy_version`` attributes will do (the bots' reading of a service answer has them)."""
    if isinstance(policy, dict):
        return f"{policy['name']}@{policy['version']}"
    return f"{policy.policy}@{policy.policy_version}"


# -- the schema ---------------------------------------------------------------------------------
# Written out by hand, not generated from the dataclasses: it is a published contract, and a test
# checks every record the CLI, the scanner and the service emit against it.

_SPAN = {"type": "array", "prefixItems": [{"type": "integer", "minimum": 0}] * 2, "items": False,
         "minItems": 2, "description": "half-open character range [start, end) in the original text"}
_BOX = {"type": "array", "prefixItems": [{"type": "integer"}] * 4, "items": False, "minItems": 4,
        "description": "pixel box [x, y, width, height] in the decoded, EXIF-rotated image"}
_SCORE = {"type": "number", "minimum": 0, "maximum": 1}
_ITEM_ID = {"type": ["string", "integer", "null"],
            "description": "the item: a file, a line's id or line:N, a dataset item; in the service the "
                           "decision id (dec_...), or the caller's content_id for /v1/screen/image"}

SCHEMA: dict[str, Any] = {
    "$schema": DIALECT,
    "title": "DecisionRecord",
    "description": "One screened item: a decision, or an error for an item that could not be screened. "
                   "Emitted by the nciiguard CLI, the dataset scanner's journal and the HTTP service.",
    "oneOf": [{"$ref": "#/$defs/RecordDecision"}, {"$ref": "#/$defs/RecordError"}],
    "$defs": {
        "RecordDecision": {
            "type": "object",
            "description": "The policy's decision on one item (Decision.to_dict() plus the item's id).",
            "required": ["action", "categories", "scores", "reasons", "message", "policy", "rules"],
            "properties": {
                "id": _ITEM_ID,
                "action": {"enum": [a.value for a in Action]},
                "categories": {"type": "object", "additionalProperties": {"type": "boolean"},
                               "required": list(CORE_CATEGORIES),
                               "description": "every category the policy reports, true or false; "
                                              + ", ".join(CORE_CATEGORIES) + " are always present"},
                "scores": {"type": "object", "additionalProperties": _SCORE},
                "reasons": {"type": "array", "items": {"$ref": "#/$defs/RecordReason"}},
                "message": {"type": "string", "description": "for people; empty when allowed"},
                "policy": {"$ref": "#/$defs/RecordPolicy"},
                "rules": {"type": "array", "items": {"type": "string"},
                          "description": "ids of the policy rules that matched"},
                "error": {"$ref": "#/$defs/RecordItemError",
                          "description": "set when a signal could not read the input (the decision "
                                         "then fails closed); batch commands emit an error record instead"},
                "signals": {"type": "array", "items": {"$ref": "#/$defs/RecordSignalResult"},
                            "description": "every signal's raw result (CLI --explain)"},
                # Fields an interface adds (documented here so consumers can rely on them):
                "decision_id": {"type": "string", "description": "service: quote it to appeal"},
                "flagged": {"type": "boolean", "description": "service: action is review or block"},
                "review_item": {"type": ["integer", "null"],
                                "description": "service /v1/screen/image: the review queue item of a bank match"},
                "index": {"type": "integer", "minimum": 0, "description": "service batch: position in input"},
                "input_id": {"type": ["string", "null"], "description": "service batch: the item's own id"},
                "seq": {"type": "integer", "minimum": 0, "description": "dataset scanner: position in the source"},
                "source": {"type": "string", "description": "dataset scanner: where the item came from"},
                "reason_codes": {"type": "array", "items": {"type": "string"},
                                 "description": "dataset scanner: the reasons' codes, sorted and unique"},
                "model": {"type": "object", "description": "scan-model: the model file's hashes and metadata"},
            },
        },
        "RecordError": {
            "type": "object",
            "description": "An item that could not be screened; the others were.",
            "required": ["error"],
            "not": {"required": ["action"]},
            "properties": {
                "id": _ITEM_ID,
                "error": {"$ref": "#/$defs/RecordItemError"},
                "index": {"type": "integer", "minimum": 0},
                "input_id": {"type": ["string", "null"]},
                "seq": {"type": "integer", "minimum": 0},
                "source": {"type": "string"},
            },
        },
        "RecordItemError": {
            "type": "object",
            "required": ["code", "message"],
            "additionalProperties": False,
            "properties": {
                "code": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$",
                         "examples": ["bad_input", "missing_file", "unreadable_image", "too_large"]},
                "message": {"type": "string", "description": "one line, never the item's content"},
            },
        },
        "RecordPolicy": {
            "type": "object",
            "required": ["name", "version"],
            "additionalProperties": False,
            "properties": {"name": {"type": "string"}, "version": {"type": "string"}},
        },
        "RecordReason": {
            "type": "object",
            "description": "One finding that made a category true (or a failed signal).",
            "required": ["code", "category", "signal", "field", "label", "score"],
            "additionalProperties": False,
            "properties": {
                "code": {"type": "string", "description": "<category>.<label>, e.g. sexual.explicit"},
                "category": {"type": "string"},
                "signal": {"type": "string"},
                "field": {"type": "string", "description": "prompt, caption, image, input_image[0] ... or *"},
                "label": {"type": "string"},
                "score": _SCORE,
                "span": _SPAN,
                "box": _BOX,
                "text": {"type": "string", "description": "the matched text as written (left out by the "
                                                          "dataset scanner)"},
                "evidence": {"type": "object"},
            },
        },
        "RecordSignalResult": {
            "type": "object",
            "required": ["signal", "version", "status", "elapsed_ms", "findings"],
            "additionalProperties": False,
            "properties": {
                "signal": {"type": "string"},
                "version": {"type": "string"},
                "status": {"enum": [s.value for s in Status]},
                "elapsed_ms": {"type": "number", "minimum": 0},
                "findings": {"type": "array", "items": {"$ref": "#/$defs/RecordFinding"}},
                "error": {"type": "string"},
            },
        },
        "RecordFinding": {
            "type": "object",
            "required": ["label", "score", "field"],
            "additionalProperties": False,
            "properties": {
                "label": {"type": "string"},
                "score": _SCORE,
                "field": {"type": "string"},
                "span": _SPAN,
                "box": _BOX,
                "text": {"type": "string"},
                "evidence": {"type": "object"},
            },
        },
    },
}


def schema_json() -> str:
    """:data:`SCHEMA` as the text of ``docs/schemas/decision.schema.json``."""
    return json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


def openapi_components(prefix: str = "#/components/schemas/") -> dict[str, dict[str, Any]]:
    """:data:`SCHEMA` as OpenAPI 3.1 components: ``DecisionRecord`` and its ``Record*`` parts, with
    references rewritten from ``#/$defs/`` to ``prefix``."""
    def move(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (prefix + v.removeprefix("#/$defs/") if k == "$ref" else move(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [move(v) for v in node]
        return node

    top = {k: v for k, v in SCHEMA.items() if k not in ("$schema", "$defs")}
    out = {"DecisionRecord": move(copy.deepcopy(top))}
    out.update({name: move(copy.deepcopy(d)) for name, d in SCHEMA["$defs"].items()})
    return out


if __name__ == "__main__":  # python -m nciiguard.records > docs/schemas/decision.schema.json
    import sys

    sys.stdout.write(schema_json())
