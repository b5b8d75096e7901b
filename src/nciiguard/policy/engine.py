"""Turns signal results into a Decision. Detects nothing itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping

from ..findings import Action, Decision, Finding, Reason, SignalResult, Status
from .schema import AllOf, AnyOf, Category, Expr, Profile, Rule, Selector, positive_names


@dataclass(frozen=True)
class _CategoryState:
    value: bool
    score: float
    reasons: tuple[Reason, ...]


class PolicyEngine:
    """A compiled profile: category evaluation order is fixed at load, rules are checked once."""

    def __init__(self, profile: Profile, order: list[str]):
        self.profile = profile
        self._order = order  # categories in dependency order
        self._reported = frozenset(profile.report) or frozenset(profile.categories)

    @property
    def name(self) -> str:
        return self.profile.name

    @property
    def version(self) -> str:
        return self.profile.version

    def decide(self, results: Iterable[SignalResult]) -> Decision:
        results = tuple(results)
        by_signal: dict[str, list[Finding]] = {}
        failed: list[SignalResult] = []
        for r in results:
            if r.status in (Status.ERROR, Status.TIMEOUT):
                failed.append(r)
            by_signal.setdefault(r.signal, []).extend(r.findings)

        states = self.evaluate_categories(by_signal)
        matched: list[Rule] = [rule for rule in self.profile.rules if _eval(rule.when, states)]

        action = Action.most_severe(Action(rule.action) for rule in matched)
        reasons: list[Reason] = []
        seen: set[tuple] = set()
        for rule in matched:
            for cat in sorted(positive_names(rule.when)):
                state = states.get(cat)
                if state is None or not state.value:
                    continue
                for reason in state.reasons:
                    key = (reason.code, reason.field, reason.span, reason.box, reason.signal)
                    if key not in seen:
                        seen.add(key)
                        reasons.append(reason)

        # Every category reported true carries its own reasons, whether or not a rule acted on
        # it: an allowed prompt with ``suggestive: true`` says which words made it suggestive.
        # (Before, only the categories named by a matched rule contributed reasons, so a true
        # category that no rule acted on was reported with ``reasons: []``.)
        for name in self._order:
            state = states[name]
            if name not in self._reported or not state.value:
                continue
            for reason in state.reasons:
                key = (reason.code, reason.field, reason.span, reason.box, reason.signal)
                if key not in seen:
                    seen.add(key)
                    reasons.append(reason)

        messages = [rule.message for rule in matched if Action(rule.action) is action]
        if failed:
            err_action = Action(self.profile.on_signal_error)
            if err_action.severity >= action.severity:
                if err_action.severity > action.severity:
                    messages = []
                action = err_action
                messages.append(
                    "A safety check could not run, so this was held for review instead of being allowed."
                    if action is Action.REVIEW
                    else "A safety check could not run, so this was blocked."
                )
            for r in failed:
                reasons.append(
                    Reason(
                        code=f"signal_{r.status.value}.{r.signal}", category="signal_error",
                        signal=r.signal, field="*", label=r.status.value, score=1.0,
                        evidence={"error": r.error or r.status.value},
                    )
                )

        categories = {name: st.value for name, st in states.items() if name in self._reported}
        categories["signal_error"] = bool(failed)
        scores = {name: st.score for name, st in states.items() if name in self._reported}
        return Decision(
            action=action,
            categories=categories,
            scores=scores,
            reasons=tuple(reasons),
            message=" ".join(dict.fromkeys(messages)) if action is not Action.ALLOW else "",
            policy=self.profile.name,
            policy_version=self.profile.version,
            rules=tuple(rule.id for rule in matched),
            results=results,
        )

    def evaluate_categories(self, by_signal: Mapping[str, list[Finding]]) -> dict[str, _CategoryState]:
        states: dict[str, _CategoryState] = {}
        for name in self._order:
            cat = self.profile.categories[name]
            states[name] = (
                _from_findings(name, cat, by_signal) if cat.from_ is not None else _derived(cat, states, name)
            )
        return states


def _from_findings(name: str, cat: Category, by_signal) -> _CategoryState:
    value, score, reasons = False, 0.0, []
    for sel in cat.from_ or ():
        for f in by_signal.get(sel.signal, ()):
            if sel.labels is not None and f.label not in sel.labels:
                continue
            if not sel.field_ok(f.field):
                continue
            score = max(score, f.score)
            if f.score >= sel.min_score:
                value = True
                reasons.append(_reason(name, sel, f))
    reasons.sort(key=lambda r: (-r.score, r.field, r.span.start if r.span else 0))
    return _CategoryState(value, score, tuple(reasons))


def _reason(category: str, sel: Selector, f: Finding) -> Reason:
    return Reason(
        code=f"{category}.{f.label}", category=category, signal=sel.signal, field=f.field,
        label=f.label, score=f.score, span=f.span, box=f.box, text=f.text, evidence=f.evidence,
    )


def _derived(cat: Category, states: dict[str, _CategoryState], name: str = "") -> _CategoryState:
    value = _eval(cat.when, states)
    score = _score(cat.when, states)
    reasons: tuple[Reason, ...] = ()
    if value:
        collected: list[Reason] = []
        for n in sorted(positive_names(cat.when)):
            if states[n].value:
                collected.extend(states[n].reasons)
        if not collected:
            # True only through a negation ("not: x"): no finding made it true, so the reason is
            # the profile's own expression, named as such.
            collected.append(Reason(
                code=f"{name}.derived", category=name, signal="policy", field="*", label="derived",
                score=score, evidence={"when": repr(cat.when)},
            ))
        reasons = tuple(collected)
    return _CategoryState(value, score, reasons)


def _eval(expr: Expr, states: Mapping[str, _CategoryState]) -> bool:
    if isinstance(expr, str):
        return states[expr].value
    if isinstance(expr, AllOf):
        return all(_eval(e, states) for e in expr.all)
    if isinstance(expr, AnyOf):
        return any(_eval(e, states) for e in expr.any)
    return not _eval(expr.not_, states)


def _score(expr: Expr, states: Mapping[str, _CategoryState]) -> float:
    if isinstance(expr, str):
        return states[expr].score
    if isinstance(expr, AllOf):
        return min(_score(e, states) for e in expr.all)
    if isinstance(expr, AnyOf):
        return max(_score(e, states) for e in expr.any)
    return 1.0 - _score(expr.not_, states)
