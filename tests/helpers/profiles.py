"""Small policy profiles shared by several test folders.

``LIGHT_SERVICE_PROFILE`` runs the real text signals and the real hash_match signal: tests of the
service and its pages exercise cases, takedowns, banks and review, so they do not need to load the
image models. ``base_profile`` runs the scripted signals of tests/unit/scripted_signals.py (policy
rules are tested with injected findings, never real sexual content).
"""

from __future__ import annotations

LIGHT_SERVICE_PROFILE = {
    "name": "service_test",
    "version": "1",
    "signals": {"sexual_text": {}, "minor_text": {}, "hash_match": {}},
    "categories": {
        "sexual": {"from": [{"signal": "sexual_text", "labels": ["explicit", "nudity", "euphemism"], "min_score": 0.5}]},
        "minor": {"from": [{"signal": "minor_text", "min_score": 0.5}]},
        # Survivor-bank matches count here too: these tests exercise the service's plumbing; the
        # shipped ncii profile (review for survivor_match) is tested in tests/security.
        "known_ncii": {"from": [{"signal": "hash_match", "labels": ["bank_match", "survivor_match"], "min_score": 0.5}]},
    },
    "rules": [
        {"id": "minor_sexual", "when": {"all": ["minor", "sexual"]}, "action": "block",
         "message": "Sexual content involving a minor is never allowed."},
        {"id": "known_ncii", "when": "known_ncii", "action": "block",
         "message": "This image matches one that was reported as shared without consent."},
        {"id": "sexual", "when": "sexual", "action": "review", "message": "Held for review."},
    ],
}


#: Real text signals, no models, every sexual prompt blocked: CLI tests that need a decision fast.
TEXT_BLOCK_PROFILE = {
    "name": "text_block", "version": "1",
    "signals": {"sexual_text": {}, "minor_text": {}},
    "categories": {
        "sexual": {"from": [{"signal": "sexual_text", "labels": ["explicit", "nudity", "euphemism"], "min_score": 0.5}]},
        "minor": {"from": [{"signal": "minor_text", "min_score": 0.5}]},
    },
    "rules": [
        {"id": "minor_sexual", "when": {"all": ["minor", "sexual"]}, "action": "block", "message": "no"},
        {"id": "sexual", "when": "sexual", "action": "block", "message": "no"},
    ],
}


def write_profile(folder, profile: dict) -> str:
    """``profile`` as a YAML file in ``folder``; returns its path (for ``--policy``)."""
    import yaml

    path = folder / f"{profile['name']}.yaml"
    path.write_text(yaml.safe_dump(profile))
    return str(path)


def base_profile(**overrides) -> dict:
    """The scripted-signal profile of the engine tests (run it with ``Guard(..., registry=SCRIPTED_REGISTRY)``)."""
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
