import pytest

from nciiguard.signals import registry


@pytest.fixture
def scripted_registry(monkeypatch):
    """Adds the scripted test signals to the one registry for the duration of a test."""
    from scripted_signals import ALL

    for name, target in ALL.items():
        monkeypatch.setitem(registry.SIGNALS, name, target)
    return ALL
