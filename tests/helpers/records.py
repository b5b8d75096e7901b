"""Check records against the decision record's JSON Schema (nciiguard.records.SCHEMA) and service
answers against the OpenAPI document that publishes it."""

from __future__ import annotations

import json
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from nciiguard.records import SCHEMA

_VALIDATOR = Draft202012Validator(SCHEMA)


def check_record(rec: dict[str, Any]) -> dict[str, Any]:
    """``rec`` if it is a valid decision record; else AssertionError listing every problem."""
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in _VALIDATOR.iter_errors(rec)]
    assert not problems, f"not a decision record: {problems}\n{json.dumps(rec)[:1000]}"
    return rec


def check_records(recs):
    return [check_record(r) for r in recs]


def jsonl_records(text: str) -> list[dict[str, Any]]:
    """The JSON lines of ``text``, each checked against the schema."""
    return check_records(json.loads(line) for line in text.splitlines() if line.strip())


def check_openapi(spec: dict[str, Any], component: str, body: Any) -> Any:
    """``body`` if it validates against ``#/components/schemas/<component>`` of ``spec``."""
    uri = "urn:nciiguard:openapi"
    registry = Registry().with_resource(uri, Resource(contents=spec, specification=DRAFT202012))
    validator = Draft202012Validator({"$ref": f"{uri}#/components/schemas/{component}"}, registry=registry)
    problems = [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in validator.iter_errors(body)]
    assert not problems, f"not a {component}: {problems}\n{json.dumps(body)[:1000]}"
    return body


def check_screening_answer(response) -> None:
    """An httpx response hook: every 200 answer of ``POST /v1/screen/*`` holds decision records
    (one, or a batch's ``results``). Installed on the service tests' client, so every screening
    answer those tests get is checked, not only the ones a test looks at."""
    request = response.request
    if request.method != "POST" or not request.url.path.startswith("/v1/screen/"):
        return
    response.read()
    if response.status_code != 200:
        return
    body = response.json()
    check_records(body["results"]) if "results" in body else check_record(body)
