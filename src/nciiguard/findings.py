"""What signals report (Finding, SignalResult) and what the policy answers (Decision).

All of these are frozen and turn into plain JSON with ``to_dict()``. ``Decision.to_dict()`` is the
decision's one serialised shape: :mod:`nciiguard.records` adds the item id and the JSON Schema, and
the CLI, the HTTP service, the dataset scanner and the integrations all emit it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping


class Status(str, enum.Enum):
    """How a signal run ended. Anything but ``ok`` makes the policy fail closed."""

    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"
    SKIPPED = "skipped"  # the signal does not read any modality present in the content


class Action(str, enum.Enum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @classmethod
    def most_severe(cls, actions) -> "Action":
        return max(actions, key=lambda a: a.severity, default=cls.ALLOW)


_SEVERITY = {Action.ALLOW: 0, Action.REVIEW: 1, Action.BLOCK: 2}


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` in the user's *original* text of a field."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True)
class Box:
    """Pixel box ``(x, y, width, height)`` in the decoded, EXIF-rotated image."""

    x: int
    y: int
    width: int
    height: int

    def to_list(self) -> list[int]:
        return [self.x, self.y, self.width, self.height]


@dataclass(frozen=True)
class Finding:
    """One thing a signal saw.

    ``label`` is the signal's own vocabulary (``explicit``, ``full_name``, ``age_under_18``,
    ``face``, ``pdq_match`` ...). ``field`` names where it was seen: a text field (``prompt``,
    ``negative_prompt``, ``caption`` ...) or an image (``image``, ``input_image[0]``).
    ``text`` is the matched text as the user wrote it; ``evidence`` holds anything else a
    moderator needs (the lexicon term, the bank entry, the registry person, a distance).
    """

    label: str
    score: float
    field: str
    span: Span | None = None
    box: Box | None = None
    text: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not (0.0 <= float(self.score) <= 1.0):
            raise ValueError(f"finding score must be in [0, 1], got {self.score!r}")
        # Freeze evidence so a Finding is really immutable and safe to share between threads.
        object.__setattr__(self, "score", float(self.score))
        object.__setattr__(self, "evidence", _FrozenDict(self.evidence))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "score": round(self.score, 4), "field": self.field}
        if self.span is not None:
            out["span"] = self.span.to_list()
        if self.box is not None:
            out["box"] = self.box.to_list()
        if self.text is not None:
            out["text"] = self.text
        if self.evidence:
            out["evidence"] = _jsonable(dict(self.evidence))
        return out


class _FrozenDict(dict):
    """A dict that refuses mutation after construction."""

    def _readonly(self, *args, **kwargs):
        raise TypeError("finding evidence is read-only")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _readonly  # type: ignore[assignment]

    def __hash__(self) -> int:  # pragma: no cover - identity hash is enough
        return id(self)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    if hasattr(value, "tolist"):
        return _jsonable(value.tolist())
    return str(value)


@dataclass(frozen=True)
class SignalResult:
    """The outcome of one signal on one piece of content."""

    signal: str
    version: str
    status: Status
    findings: tuple[Finding, ...] = ()
    elapsed_ms: float = 0.0
    error: str | None = None
    #: Set when the signal could not read the content itself (a corrupt or oversized image): the
    #: typed form of ``error``, so interfaces report an item error without parsing ``error``'s text.
    input_error: ItemError | None = None

    @classmethod
    def unreadable(cls, signal: str, version: str, message: str, elapsed_ms: float = 0.0) -> "SignalResult":
        """The failed result of a signal whose input was unusable (``InputError``): fails closed
        like any error, and carries ``input_error`` (code ``bad_input``)."""
        return cls(signal, version, Status.ERROR, (), elapsed_ms, f"bad input: {message}",
                   ItemError("bad_input", message))

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "signal": self.signal,
            "version": self.version,
            "status": self.status.value,
            "elapsed_ms": round(self.elapsed_ms, 3),
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.error:
            out["error"] = self.error
        return out


@dataclass(frozen=True)
class Reason:
    """Why a decision went the way it did: one finding that made a category true.

    ``code`` is stable and machine-readable: ``<category>.<label>`` such as
    ``sexual.explicit`` or ``real_person.full_name``; ``signal_error.<signal>`` for a failed
    signal.
    """

    code: str
    category: str
    signal: str
    field: str
    label: str
    score: float
    span: Span | None = None
    box: Box | None = None
    text: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "category": self.category,
            "signal": self.signal,
            "field": self.field,
            "label": self.label,
            "score": round(self.score, 4),
        }
        if self.span is not None:
            out["span"] = self.span.to_list()
        if self.box is not None:
            out["box"] = self.box.to_list()
        if self.text is not None:
            out["text"] = self.text
        if self.evidence:
            out["evidence"] = _jsonable(dict(self.evidence))
        return out


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one piece of content."""

    action: Action
    categories: Mapping[str, bool]
    scores: Mapping[str, float]
    reasons: tuple[Reason, ...]
    message: str
    policy: str
    policy_version: str
    rules: tuple[str, ...] = ()
    results: tuple[SignalResult, ...] = ()
    #: The hashes the scan computed, per image field (``{"image[0]": QueryHashes}``: the PDQ hash
    #: with its quality and variants, the file's MD5 / SHA-256), so a caller that stores or matches
    #: them does not hash the image again. Empty when no signal hashed an image. Not serialised.
    hashes: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: :meth:`Guard.match`: the bank match report (matches, quality, allow-list, low quality) of
    #: each queried field (``image[0]``, ``hash[3]``). Not serialised.
    matches: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def bank_matches(self) -> list[Any]:
        """Every bank match of a :meth:`Guard.match` call, in field order (closest first per field)."""
        return [m for report in self.matches.values() for m in report.matches]

    @property
    def allowed(self) -> bool:
        return self.action is Action.ALLOW

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    @property
    def input_error(self) -> ItemError | None:
        """Why the content could not be read, when a signal found it unusable (a corrupt image):
        the policy held it (fail closed); a batch interface reports it as an item error instead."""
        for r in self.results:
            if r.input_error is not None:
                return r.input_error
        return None

    def to_dict(self, *, include_results: bool = False) -> dict[str, Any]:
        """The decision record (:mod:`nciiguard.records`, ``docs/schemas/decision.schema.json``)
        without an item id; ``include_results`` adds every signal's raw result as ``signals``."""
        categories = {name: False for name in CORE_CATEGORIES}
        categories.update({k: bool(v) for k, v in self.categories.items()})
        out: dict[str, Any] = {
            "action": self.action.value,
            "categories": categories,
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "reasons": [r.to_dict() for r in self.reasons],
            "message": self.message,
            "policy": {"name": self.policy, "version": self.policy_version},
            "rules": list(self.rules),
        }
        problem = self.input_error
        if problem is not None:
            out["error"] = problem.to_dict()
        if include_results:
            out["signals"] = [r.to_dict() for r in self.results]
        return out


#: Categories every decision record carries, true or false, so consumers can rely on the keys
#: (a profile that does not define one reports it false).
CORE_CATEGORIES = ("sexual", "real_person", "minor", "ncii")


@dataclass(frozen=True)
class ItemError:
    """An item that could not be screened at all (in a batch, the others were).

    ``code`` is stable and machine-readable (``bad_input``, ``missing_file``, ``unreadable_image``,
    ``too_large`` ...); ``message`` is one line for people, naming the problem, never the content.
    """

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}
