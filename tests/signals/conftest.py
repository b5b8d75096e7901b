"""Fixtures shared by the signal tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def real_person_signal():
    """One loaded real_person_text signal for every real-person test module (loading takes ~0.1 s)."""
    from nciiguard.signals.text.real_person import RealPersonTextSignal

    s = RealPersonTextSignal()
    s.ensure_loaded()
    return s
