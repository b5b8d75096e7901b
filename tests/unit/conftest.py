import pytest

from nciiguard.signals import registry


@pytest.fixture
def scripted_registry(monkeypatch):
    """Adds the scripted test signals to the one registry for the duration of a test."""
    from scripted_signals import ALL

    for name, target in ALL.items():
        monkeypatch.setitem(registry.SIGNALS, name, target)
    return ALL


def base_profile(**overrides):
    profile = {
        "name": "testing",
        "version": "1",
        "signals": {"scripted_text": {}, "scripted_minor": {}},
        "categories": {
            "sexual": {"from": [{"signal": "scripted_text", "labels": ["hit"], "min_score": 0.5}]},
            "minor": {"from": [{"signal": "scripted_minor", "min_score": 0.5}]},
        },
        "rules": [
            {"id": "minor_sexual", "when": {"all": ["sexual", "minor"]}, "action": "block",
             "message": "No sexual content involving minors."},
            {"id": "sexual", "when": "sexual", "action": "review", "message": "Held for review."},
        ],
    }
    profile.update(overrides)
    return profile
