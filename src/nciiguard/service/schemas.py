"""Request and response bodies. Request models forbid unknown fields: a typo is a 422, not ignored."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..limits import MAX_HASHES_PER_CALL, PDQ_MAX_DISTANCE
from ..hashing.signal_types import normalize_signal_type, validate_signal_value

_Text = Field(max_length=65536)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class HashIn(Strict):
    """One hash computed on the caller's device (PDQ, MD5, SHA-256 or vPDQ)."""

    signal_type: str = Field(min_length=1, max_length=32, examples=["pdq"])
    value: str = Field(min_length=1, max_length=200_000)
    #: Extra PDQ hashes of centre crops of the same image (from ``nciiguard hash``), optional.
    pdq_variants: dict[str, str] | None = Field(default=None, max_length=16)

    @model_validator(mode="after")
    def _check(self) -> "HashIn":
        st = normalize_signal_type(self.signal_type)
        self.signal_type = st
        self.value = validate_signal_value(st, self.value)
        if self.pdq_variants:
            if st != "pdq":
                raise ValueError("pdq_variants are only allowed with signal_type pdq")
            clean = {}
            for k, v in self.pdq_variants.items():
                if not (0 < len(k) <= 32 and k.replace("_", "").replace("-", "").isalnum()):
                    raise ValueError("pdq_variants names must be 1-32 letters, digits, '-' or '_'")
                clean[k] = validate_signal_value("pdq", v)
            self.pdq_variants = clean
        return self

    def as_pair(self) -> dict[str, str]:
        return {"signal_type": self.signal_type, "value": self.value}


class PromptItemIn(Strict):
    """One prompt of a batch, with its own negative prompt and an optional caller's id (echoed)."""

    prompt: str
    negative_prompt: str | None = None
    id: str | None = Field(default=None, max_length=200)


class PromptIn(Strict):
    """One prompt (``prompt``), or a batch (``input``: a list of prompts or prompt objects).

    Exactly one of ``prompt`` and ``input``. A batch holds at most ``max_batch_items`` items
    and ``max_batch_text_bytes`` of text (service settings; more is a 413); an item larger than
    64 KiB gets an error in its place, the others are screened.
    """

    prompt: str | None = Field(default=None, max_length=65536)
    negative_prompt: str | None = Field(default=None, max_length=65536)
    #: A batch, as in the OpenAI moderation API: results come back in the same order.
    input: list[str | PromptItemIn] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _one(self) -> "PromptIn":
        if (self.prompt is None) == (self.input is None):
            raise ValueError("give either prompt (one) or input (a list), not both and not neither")
        if self.input is not None and self.negative_prompt is not None:
            raise ValueError("with input, give each item's negative_prompt inside the item")
        return self


class BatchHashIn(Strict):
    """One hash of a ``/v1/match`` batch. Its signal type and value are checked item by item: a bad
    one gets an error in its place (a request whose every hash is bad is a 422)."""

    signal_type: str = Field(min_length=1, max_length=32, examples=["pdq"])
    value: str = Field(min_length=1, max_length=200_000)
    pdq_variants: dict[str, str] | None = Field(default=None, max_length=16)

    def checked(self) -> HashIn:
        """The validated hash (raises ValueError / InputError naming the problem)."""
        if self.pdq_variants:
            return HashIn.model_validate(self.model_dump())
        # The common case without variants: the same checks as HashIn, without a second model pass
        # (a 1,000-hash batch spends its time matching, not validating).
        st = normalize_signal_type(self.signal_type)
        return HashIn.model_construct(signal_type=st, value=validate_signal_value(st, self.value), pdq_variants=None)


class MatchIn(Strict):
    #: At most ``max_hashes`` (service setting, default and ceiling 1,000; more is a 413).
    hashes: list[BatchHashIn] = Field(min_length=1)
    #: Largest PDQ distance that counts (default: the service's max_distance).
    max_distance: int | None = Field(default=None, ge=0, le=PDQ_MAX_DISTANCE)
    #: Only these banks (default: every bank but allow-lists).
    banks: list[str] | None = Field(default=None, max_length=100)
    #: The platform's id / URL of the content: with a match, the item goes to the review queue.
    content_id: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4096)


class ReportIn(Strict):
    """A platform reports content for moderator review (hashes only, never the image)."""

    hashes: list[HashIn] = Field(min_length=1, max_length=100)
    content_id: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4096)
    reason: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _where(self) -> "ReportIn":
        if not (self.content_id or self.url):
            raise ValueError("give the content's content_id or url, so a moderator can act on it")
        return self


class KeyCreateIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    role: Literal["platform", "moderator", "admin"]


class BankCreateIn(Strict):
    name: str = Field(min_length=1, max_length=128)
    signal_type: str = Field(min_length=1, max_length=32)
    purpose: str = Field(min_length=1, max_length=32)
    description: str = Field(default="", max_length=2000)


class BankEntryIn(Strict):
    value: str = Field(min_length=1, max_length=200_000)
    signal_type: str | None = Field(default=None, max_length=32)
    case_id: str | None = Field(default=None, max_length=128)
    note: str = Field(default="", max_length=2000)
    status: Literal["active", "pending", "disabled"] = "active"
    pdq_variants: dict[str, str] | None = Field(default=None, max_length=16)


class BankEntriesIn(Strict):
    entries: list[BankEntryIn] = Field(min_length=1, max_length=10000)
    #: Reject the whole batch if one entry is bad (default: add the good ones, report the bad).
    strict: bool = False


class WithdrawIn(Strict):
    entry_id: int | None = Field(default=None, ge=1, le=2**62)
    case_id: str | None = Field(default=None, min_length=1, max_length=128)
    bank: str | None = Field(default=None, min_length=1, max_length=128)
    value: str | None = Field(default=None, min_length=1, max_length=200_000)

    @model_validator(mode="after")
    def _one(self) -> "WithdrawIn":
        if self.entry_id is None and self.case_id is None and self.value is None:
            raise ValueError("give entry_id, case_id or value")
        return self


class AllowIn(Strict):
    signal_type: str = Field(min_length=1, max_length=32)
    value: str = Field(min_length=1, max_length=200_000)
    note: str = Field(default="", max_length=2000)

    @model_validator(mode="after")
    def _check(self) -> "AllowIn":
        self.signal_type = normalize_signal_type(self.signal_type)
        self.value = validate_signal_value(self.signal_type, self.value)
        return self


class CaseCreateIn(Strict):
    """A survivor's submission: hashes computed on their device (never images)."""

    hashes: list[HashIn] = Field(min_length=1, max_length=MAX_HASHES_PER_CALL)


class CaseHashesIn(Strict):
    hashes: list[HashIn] = Field(min_length=1, max_length=MAX_HASHES_PER_CALL)


class Signature(Strict):
    """The requester's physical or electronic signature (for an electronic one, their typed full name)."""

    name: str = Field(default="", max_length=300)
    kind: Literal["electronic", "physical"] = "electronic"
    #: For a physical signature: where the signed copy is (e.g. uploaded to the platform's intake, mailed).
    reference: str | None = Field(default=None, max_length=1000)


class Location(Strict):
    """Where the content is: its URL and/or the platform's content id."""

    url: str | None = Field(default=None, max_length=4096)
    content_id: str | None = Field(default=None, max_length=500)
    description: str = Field(default="", max_length=2000)


class Contact(Strict):
    name: str = Field(default="", max_length=300)
    email: str | None = Field(default=None, max_length=320)
    phone: str | None = Field(default=None, max_length=64)
    address: str | None = Field(default=None, max_length=1000)


class TakedownIn(Strict):
    """A removal request with the elements the law asks for.

    Structure errors are 422; a well-formed request that lacks a legal element (no signature, no
    location, no good-faith statement, no way to contact the requester) is refused with 422 and
    the list of what is missing, and nothing is stored.
    """

    signature: Signature
    locations: list[Location] = Field(default_factory=list, max_length=500)
    #: Must be true: "I have a good-faith belief that this intimate depiction was published without my consent".
    good_faith: bool = False
    good_faith_statement: str = Field(default="", max_length=5000)
    contact: Contact
    #: Optional: hashes of the content computed on the requester's device, for the sweep for copies.
    hashes: list[HashIn] = Field(default_factory=list, max_length=MAX_HASHES_PER_CALL)
    description: str = Field(default="", max_length=5000)


class TakedownDecisionIn(Strict):
    valid: bool
    reason: str = Field(default="", max_length=5000)


class RemovalIn(Strict):
    """The platform confirms removal. ``locations`` lists what was removed (default: all of it)."""

    locations: list[Location] = Field(default_factory=list, max_length=5000)
    note: str = Field(default="", max_length=5000)


class ReviewDecisionIn(Strict):
    decision: Literal["confirm", "reject"]
    note: str = Field(default="", max_length=5000)


class ItemErrorOut(BaseModel):
    code: str
    message: str


def _record_schema(record: str, required: list[str], **properties: dict[str, Any]):
    """The OpenAPI schema of a decision answer: the library's decision record (``record``, a
    component added by :func:`install_record_schemas` from :data:`nciiguard.records.SCHEMA`, the
    one definition) with the fields the service adds."""
    def patch(schema: dict[str, Any], cls: type) -> None:
        doc = schema.get("description", "")
        schema.clear()
        schema.update({"title": cls.__name__, "description": doc, "allOf": [
            {"$ref": f"#/components/schemas/{record}"},
            {"type": "object", "required": required, "properties": properties}]})
    return patch


class DecisionOut(BaseModel):
    """A screening decision: the library's decision record (docs/schemas/decision.schema.json),
    its id (``id`` and ``decision_id``: ``dec_...``, quote it to appeal) and ``flagged``."""

    model_config = ConfigDict(extra="allow", json_schema_extra=_record_schema(
        "RecordDecision", ["id", "decision_id", "flagged"], id={"type": ["string", "null"]},
        decision_id={"type": "string"}, flagged={"type": "boolean"},
        review_item={"type": ["integer", "null"]}))

    id: str | None = None
    decision_id: str
    flagged: bool


class PromptBatchItemOut(BaseModel):
    """One item of a prompt batch: its decision (as :class:`DecisionOut`) or its ``error``."""

    model_config = ConfigDict(extra="allow", json_schema_extra=_record_schema(
        "DecisionRecord", ["index"], index={"type": "integer", "minimum": 0},
        input_id={"type": ["string", "null"], "description": "the item's own id when given"}))

    index: int
    #: The item's own id when given, else None.
    input_id: str | None = None


def install_record_schemas(app) -> None:
    """Add the decision record's components to the app's OpenAPI document (once, when built)."""
    from ..records import openapi_components

    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            spec = build()
            spec.setdefault("components", {}).setdefault("schemas", {}).update(openapi_components())
        return app.openapi_schema

    app.openapi = openapi


class PromptBatchOut(BaseModel):
    #: Batch id (``bat_...``).
    id: str
    #: True if any item's decision is review or block.
    flagged: bool
    results: list[PromptBatchItemOut]


class MatchItemOut(BaseModel):
    index: int
    signal_type: str
    matches: list[dict[str, Any]] = []
    allow_listed: bool = False
    low_quality: bool = False
    error: ItemErrorOut | None = None


class MatchOut(BaseModel):
    #: Match call id (``mat_...``).
    id: str
    #: True if any hash matched (the same as ``matched``).
    flagged: bool
    matched: bool
    results: list[MatchItemOut]
    review_item: int | None = None


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, Any]] | None = None


class ErrorOut(BaseModel):
    error: ErrorBody
