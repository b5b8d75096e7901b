"""The decision record: one shape for every interface, its JSON Schema, and unreadable input as a
typed error instead of a ``"bad input:"`` string that interfaces parsed back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from helpers.images import synthetic_png
from helpers.profiles import base_profile
from helpers.records import check_record
from nciiguard import Content, Guard, ImageInput
from nciiguard.findings import Action, Box, Decision, ItemError, Reason, SignalResult, Span, Status
from nciiguard.records import SCHEMA, decision_record, error_record, openapi_components, policy_ref, record, schema_json

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schemas" / "decision.schema.json"
_VALID = Draft202012Validator(SCHEMA)


def _decision(**kw) -> Decision:
    reason = Reason(code="sexual.hit", category="sexual", signal="scripted_text", field="prompt", label="hit",
                    score=0.9, span=Span(2, 10), box=Box(1, 2, 3, 4), text="flagword", evidence={"term": "flagword"})
    base = dict(action=Action.REVIEW, categories={"sexual": True, "signal_error": False}, scores={"sexual": 0.9},
                reasons=(reason,), message="Held for review.", policy="testing", policy_version="1",
                rules=("sexual",), results=(SignalResult("scripted_text", "1", Status.OK, (), 1.5),))
    base.update(kw)
    return Decision(**base)


def test_the_published_schema_is_the_generated_one():
    Draft202012Validator.check_schema(SCHEMA)
    assert DOCS.read_text(encoding="utf-8") == schema_json(), \
        "docs/schemas/decision.schema.json is stale: python -m nciiguard.records > docs/schemas/decision.schema.json"


def test_to_dict_is_the_record_shape_and_validates():
    d = _decision().to_dict()
    assert list(d) == ["action", "categories", "scores", "reasons", "message", "policy", "rules"]
    assert d["policy"] == {"name": "testing", "version": "1"} and d["rules"] == ["sexual"]
    # The core categories are always there; the policy's own ones follow.
    assert d["categories"] == {"sexual": True, "real_person": False, "minor": False, "ncii": False,
                               "signal_error": False}
    check_record(d)
    explained = check_record(_decision().to_dict(include_results=True))
    assert explained["signals"][0]["signal"] == "scripted_text"
    rec = check_record(decision_record("item-1", _decision(), explain=True))
    assert rec == {"id": "item-1", **explained}
    assert policy_ref(_decision()) == policy_ref(rec["policy"]) == "testing@1"


@pytest.mark.parametrize("breaks", [
    lambda r: r.update(policy="testing@1"),           # the old CLI / service / batch shape
    lambda r: r.pop("rules"),                         # the old CLI / service shape had no rules
    lambda r: r["categories"].pop("minor"),           # core categories are always present
    lambda r: r.update(action="maybe"),
    lambda r: r["reasons"][0].update(colour="red"),   # reasons are closed: a typo is caught
    lambda r: r["reasons"][0].update(span=[3]),
    lambda r: r["reasons"][0].update(score=1.5),
    lambda r: r.update(error="bad input: truncated"),  # the error is typed, never a string
])
def test_the_schema_rejects_other_shapes(breaks):
    rec = decision_record("x", _decision())
    assert _VALID.is_valid(rec)
    breaks(rec)
    assert not _VALID.is_valid(rec)


def test_error_records():
    rec = check_record(error_record("line:3", "bad_input", "line 3: invalid JSON"))
    assert rec == {"id": "line:3", "error": {"code": "bad_input", "message": "line 3: invalid JSON"}}
    assert error_record(7, ItemError("too_large", "x")) == {"id": 7, "error": {"code": "too_large", "message": "x"}}
    assert record("a", ItemError("invalid_input", "y")) == error_record("a", "invalid_input", "y")
    assert not _VALID.is_valid({"id": "a", "error": {"code": "bad_input", "message": "m"}, "action": "allow",
                                "categories": {}})  # an error record carries no verdict
    assert not _VALID.is_valid({"id": "a", "error": {"code": "Bad Input", "message": "m"}})
    assert not _VALID.is_valid({"id": "a"})


def test_unreadable_input_is_a_typed_error_on_the_decision(scripted_registry):
    """A corrupt image: the signal that decodes it fails closed (review) and the decision carries
    the typed error; a batch record of it is an error record. A readable image has none."""
    guard = Guard(base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "image_decoder": {}}))
    broken = guard.screen(Content(texts={"prompt": "a lighthouse"},
                                  images=(ImageInput(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "upload"),)))
    assert broken.action is Action.REVIEW  # fail closed
    (failed,) = [r for r in broken.results if r.signal == "image_decoder"]
    assert failed.status is Status.ERROR and failed.error.startswith("bad input:")  # for people, unchanged
    assert failed.input_error is not None and failed.input_error.code == "bad_input"
    assert broken.input_error == failed.input_error
    d = check_record(broken.to_dict())
    assert d["error"] == {"code": "bad_input", "message": failed.input_error.message}
    assert record("bad.png", broken) == error_record("bad.png", broken.input_error)

    fine = guard.screen(Content(texts={"prompt": "a lighthouse"},
                                images=(ImageInput(synthetic_png(size=64), "upload"),)))
    assert fine.input_error is None and "error" not in check_record(fine.to_dict())
    assert record("ok.png", fine) == decision_record("ok.png", fine)


def test_a_signal_error_that_is_not_about_the_input_stays_a_verdict(scripted_registry):
    guard = Guard(base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "exploding": {}}))
    d = guard.screen_prompt("a lighthouse")
    assert d.action is Action.REVIEW and d.input_error is None
    assert "action" in record("p", d)


def test_openapi_components_are_the_schema_with_component_refs():
    comps = openapi_components()
    assert set(comps) == {"DecisionRecord", *SCHEMA["$defs"]}
    text = json.dumps(comps)
    assert "#/$defs/" not in text and "#/components/schemas/RecordDecision" in text
    refs = {v.rsplit("/", 1)[1] for v in _refs(comps)}
    assert refs <= set(comps)


def _refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref":
                yield v
            else:
                yield from _refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from _refs(v)


def test_every_interface_builds_on_the_one_serialiser():
    """The service and the dataset scanner add fields; they never rename or drop the record's."""
    pytest.importorskip("fastapi")
    from nciiguard.batch._screen import _located
    from nciiguard.batch.sources import Item
    from nciiguard.service.batch import decision_out

    d = _decision()
    base = decision_record(None, d)
    out = check_record(decision_out(d))
    assert {k: v for k, v in out.items() if k not in ("id", "decision_id", "flagged")} == \
           {k: v for k, v in base.items() if k != "id"}
    assert out["flagged"] is True and out["id"] == out["decision_id"]
    located = check_record(_located(Item(id="a.png", seq=3, source="a.png"), decision_record("a.png", d)))
    assert list(located)[:3] == ["id", "seq", "source"] and located["policy"] == base["policy"]
