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


@pytest.fixture(scope="session")
def ncii_guard():
    """One ``ncii`` guard for the round-8 language tests (undress_world, private_world, same_script)."""
    from nciiguard import Guard
    from nciiguard.signals.base import Resources

    g = Guard("ncii", resources=Resources())
    yield g
    g.close()


@pytest.fixture(scope="session")
def intent_signal():
    """One loaded intent_text signal with its default languages."""
    from nciiguard.signals.text.intent import IntentTextSignal

    s = IntentTextSignal()
    s.ensure_loaded()
    return s


@pytest.fixture(scope="module")
def guard():
    """A preloaded ``ncii`` guard of the module's own (decoder, frame and false-positive tests); a module that needs
    another profile or resources defines its own ``guard``, which takes precedence."""
    from nciiguard import Guard

    g = Guard("ncii", preload=True)
    yield g
    g.close()
