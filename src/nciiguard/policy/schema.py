"""The shape of a policy profile (YAML), validated with pydantic.

A profile defines *categories* (each made true either by findings of named signals, or by a
boolean expression over other categories) and *rules* (a category expression and the action it
triggers). Rules may only raise the action (review, block); the default is allow, so no signal,
provenance included, can ever lower an action.
"""

from __future__ import annotations

import fnmatch
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_NAME = r"^[a-z][a-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Selector(_Strict):
    """Which findings make a category true."""

    signal: str
    labels: list[str] | None = None  # None: any label of that signal
    min_score: float = Field(default=0.5, ge=0.0, le=1.0)
    #: Glob patterns of fields to read (``*`` and ``?`` are wildcards; brackets are literal, so
    #: ``image[*]`` means every output image). None: every field except ``exclude_fields``.
    fields: list[str] | None = None
    #: The negative prompt lists what the user does *not* want: it is never a request.
    exclude_fields: list[str] = Field(default_factory=lambda: ["negative_prompt"])

    def field_ok(self, field: str) -> bool:
        if any(_field_match(field, p) for p in self.exclude_fields):
            return False
        return self.fields is None or any(_field_match(field, p) for p in self.fields)


def _field_match(field: str, pattern: str) -> bool:
    # Field names contain brackets ("image[0]"); in plain fnmatch "[*]" is a character class
    # matching only a literal "*", so "image[*]" would never match "image[0]". Brackets are
    # therefore taken literally.
    return fnmatch.fnmatchcase(field, pattern.replace("[", "[[]"))


class AllOf(_Strict):
    all: list["Expr"] = Field(min_length=1)


class AnyOf(_Strict):
    any: list["Expr"] = Field(min_length=1)


class NotOf(_Strict):
    not_: "Expr" = Field(alias="not")
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


Expr = Union[str, AllOf, AnyOf, NotOf]
AllOf.model_rebuild()
AnyOf.model_rebuild()
NotOf.model_rebuild()


def expr_names(expr: Expr) -> set[str]:
    if isinstance(expr, str):
        return {expr}
    if isinstance(expr, AllOf):
        return set().union(*(expr_names(e) for e in expr.all))
    if isinstance(expr, AnyOf):
        return set().union(*(expr_names(e) for e in expr.any))
    return expr_names(expr.not_)


def positive_names(expr: Expr, negated: bool = False) -> set[str]:
    """Category names whose truth *supports* the expression (used to pick reasons)."""
    if isinstance(expr, str):
        return set() if negated else {expr}
    if isinstance(expr, AllOf):
        return set().union(*(positive_names(e, negated) for e in expr.all))
    if isinstance(expr, AnyOf):
        return set().union(*(positive_names(e, negated) for e in expr.any))
    return positive_names(expr.not_, not negated)


class Category(_Strict):
    description: str = ""
    from_: list[Selector] | None = Field(default=None, alias="from")
    when: Expr | None = None
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_source(self):
        if (self.from_ is None) == (self.when is None):
            raise ValueError("a category needs exactly one of 'from' (signal findings) or 'when' (an expression)")
        if self.from_ is not None and not self.from_:
            raise ValueError("'from' must list at least one selector")
        return self


class Rule(_Strict):
    id: str = Field(pattern=_NAME)
    when: Expr
    action: Literal["review", "block"]
    message: str = Field(min_length=1, max_length=500)


class Profile(_Strict):
    name: str = Field(pattern=_NAME)
    version: str = Field(min_length=1, max_length=40)
    description: str = ""
    extends: str | None = None
    #: Signals this profile runs, with optional parameters: ``{name: {param: value}}``.
    signals: dict[str, dict[str, Any]] = Field(default_factory=dict)
    #: What a failed or timed-out signal turns the decision into (never allow).
    on_signal_error: Literal["review", "block"] = "review"
    categories: dict[str, Category] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)
    #: Categories reported in every decision even when false (the output contract).
    report: list[str] = Field(default_factory=list)

    @field_validator("signals", mode="before")
    @classmethod
    def _signals_as_mapping(cls, value):
        if isinstance(value, list):  # allow a plain list of names
            return {name: {} for name in value}
        return {k: (v or {}) for k, v in (value or {}).items()}

    @field_validator("categories")
    @classmethod
    def _category_names(cls, value):
        import re

        for name in value:
            if not re.match(_NAME, name):
                raise ValueError(f"category name {name!r} must be lower_snake_case")
        return value
