"""A finding at a span of the user's original text (the shape every person rule reports)."""

from __future__ import annotations

from ...findings import Finding, Span


def finding(label: str, score: float, field: str, nt, os_: int, oe: int, evidence: dict) -> Finding:
    """``label`` at original offsets ``[os_, oe)`` of ``nt`` (score capped at 1.0)."""
    return Finding(label, min(1.0, score), field, span=Span(os_, oe), text=nt.original[os_:oe],
                   evidence=evidence)
