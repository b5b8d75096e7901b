"""Shadow policies: a candidate profile runs beside the enforcing one on every screening call.

The enforcing decision is never changed. Each call adds one count, keyed by the two profiles, the
two actions and (for a disagreement) the rules and reason codes on each side, never content. The
library keeps the counts in memory (``Guard(shadow=...).shadow_tally``); the service and the CLI
batch commands write them to the ``shadow_counts`` table, and ``nciiguard shadow report`` shows
what the candidate would change. See docs/shadow.md.
"""

from .runner import ShadowPolicy
from .store import ShadowReport, ShadowStore
from .tally import CountKey, ShadowTally, count_key

__all__ = ["CountKey", "ShadowPolicy", "ShadowReport", "ShadowStore", "ShadowTally", "count_key"]
