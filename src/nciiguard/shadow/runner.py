"""Run a candidate policy profile beside the enforcing one, on the same scan.

The candidate never changes what is enforced: it sees the same content and the same scan context
(normalised text and decoded images are shared), reuses the enforcing signals' results wherever
it runs the same signal with the same parameters (so a candidate that only changes rules or
thresholds costs one more policy evaluation, nothing more), and runs its own signals only for the
ones that differ. Any failure of the candidate is contained here and counted as ``error``.
"""

from __future__ import annotations

import logging
from typing import Any, Sequence

from ..findings import Decision, SignalResult
from ..policy import PolicyEngine, load_policy
from ..signals.base import Signal
from ..signals.registry import SignalRegistry, default_registry
from ..signals.runner import run_signals

log = logging.getLogger("nciiguard.shadow")


class ShadowPolicy:
    """A compiled candidate profile and how to get its signal results from the enforcing scan."""

    def __init__(self, policy: Any, enforcing_signals: Sequence[Signal], resources: Any = None, *,
                 registry: SignalRegistry | None = None):
        registry = registry if registry is not None else default_registry()
        self.policy: PolicyEngine = load_policy(policy, registry=registry)
        by_spec = {(s.name, _params_key(s)): s for s in enforcing_signals}
        #: Candidate signals the enforcing scan already runs (their results are reused) ...
        self.shared: list[str] = []
        #: ... and the ones it does not (run for the candidate only).
        self.own: list[Signal] = []
        for name, params in self.policy.profile.signals.items():
            candidate = registry.signal_class(name)(params, resources)
            if (name, _params_key(candidate)) in by_spec:
                self.shared.append(name)
            else:
                self.own.append(candidate)

    @property
    def label(self) -> str:
        return f"{self.policy.name}@{self.policy.version}"

    def decide(self, ctx, enforced_results: Sequence[SignalResult], executor=None) -> Decision:
        """The candidate's decision on ``ctx``, given the enforcing scan's results on it."""
        by_name = {r.signal: r for r in enforced_results}
        results = [by_name[n] for n in self.shared if n in by_name]
        if self.own:
            results += run_signals(self.own, ctx, executor=executor)
        return self.policy.decide(results)


def _params_key(signal: Signal) -> str:
    import json

    return json.dumps(signal.params.model_dump(mode="json"), sort_keys=True)
