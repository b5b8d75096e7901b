"""The policy engine: validation at load, decisions, and failing closed."""

from __future__ import annotations

import copy
import textwrap

import pytest

from helpers.profiles import base_profile
from nciiguard import Action, ConfigError, Guard, load_policy
from nciiguard.findings import Finding, SignalResult, Span, Status
from scripted_signals import SCRIPTED_REGISTRY


def test_decision_explains_itself():
    guard = Guard(base_profile(), registry=SCRIPTED_REGISTRY)
    d = guard.screen_prompt("please flagword now")
    assert d.action is Action.REVIEW
    assert d.categories["sexual"] is True and d.categories["minor"] is False
    (reason,) = d.reasons
    assert reason.code == "sexual.hit"
    assert reason.signal == "scripted_text" and reason.field == "prompt"
    assert reason.span == Span(7, 15) and reason.text == "flagword"
    assert d.message == "Held for review."
    assert d.policy == "testing" and d.policy_version == "1"
    assert d.rules == ("sexual",)


def test_most_severe_rule_wins_and_message_matches_it():
    d = Guard(base_profile(), registry=SCRIPTED_REGISTRY).screen_prompt("flagword minorword")
    assert d.action is Action.BLOCK
    assert d.message == "No sexual content involving minors."
    assert set(d.rules) == {"minor_sexual", "sexual"}
    assert {r.code for r in d.reasons} == {"sexual.hit", "minor.age_under_18"}


def test_negative_prompt_is_not_a_request():
    d = Guard(base_profile(), registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse", negative_prompt="flagword, minorword")
    assert d.action is Action.ALLOW
    assert d.reasons == ()
    # the signal still saw it: the policy chose to ignore that field
    scripted = [r for r in d.results if r.signal == "scripted_text"][0]
    assert scripted.findings[0].field == "negative_prompt"


def test_clean_prompt_is_allowed_with_empty_message():
    d = Guard(base_profile(), registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse at dusk")
    assert d.allowed and d.message == "" and d.reasons == ()


def test_crashing_signal_fails_closed():
    prof = base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "exploding": {}})
    d = Guard(prof, registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse")
    assert d.action is Action.REVIEW
    assert d.categories["signal_error"] is True
    (reason,) = d.reasons
    assert reason.code == "signal_error.exploding"
    assert "RuntimeError" in reason.evidence["error"]
    assert "lighthouse" not in reason.evidence["error"]  # no content in error text


def test_timeout_fails_closed_and_can_block():
    # A timeout is a signal that has not finished (a finished one is used, however late: see
    # tests/security/test_ops_signal_budget.py); the policy fails closed on it.
    prof = base_profile(signals={"scripted_text": {}, "scripted_minor": {}}, on_signal_error="block")
    d = load_policy(prof, registry=SCRIPTED_REGISTRY).decide([SignalResult("slow", "1", Status.TIMEOUT, (), 20.0, "did not finish")])
    assert d.action is Action.BLOCK
    assert d.reasons[0].code == "signal_timeout.slow"


def test_error_never_lowers_a_block():
    prof = base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "exploding": {}})
    d = Guard(prof, registry=SCRIPTED_REGISTRY).screen_prompt("flagword minorword")
    assert d.action is Action.BLOCK
    assert d.message.startswith("No sexual content involving minors.")


def test_image_signals_do_not_load_for_prompts():
    from scripted_signals import ImageOnly

    ImageOnly.loaded = 0
    prof = base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "image_only": {}})
    Guard(prof, registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse")
    assert ImageOnly.loaded == 0


# -- validation: a bad profile stops start-up ------------------------------------------------

@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda p: p["signals"].update({"nope": {}}), "unknown signal 'nope'"),
        (lambda p: p["rules"].append({"id": "x", "when": "ghost", "action": "block", "message": "m"}),
         "unknown category 'ghost'"),
        (lambda p: p["rules"].append({"id": "x", "when": "sexual", "action": "allow", "message": "m"}),
         "rules.2.action"),
        (lambda p: p["rules"].pop(0), "does not block sexual content involving a minor"),
        (lambda p: p["categories"].pop("minor"), "unknown category .minor."),
        (lambda p: (p["categories"].pop("minor"), p["rules"].pop(0)), "must define the categories"),
        (lambda p: p.update(colour="blue"), "colour"),
        (lambda p: p["signals"].update({"scripted_text": {"wrod": "x"}}), "wrod"),
        (lambda p: p["categories"].update({"a": {"when": "b"}, "b": {"when": "a"}}), "cycle"),
        (lambda p: p["categories"]["sexual"]["from"][0].update(min_score=1.5), "min_score"),
        (lambda p: p["rules"].append(copy.deepcopy(p["rules"][1])), "unique"),
        (lambda p: p["categories"].update({"x": {}}), "exactly one of"),
        (lambda p: p["categories"]["sexual"]["from"].append({"signal": "exploding"}), "does not run"),
    ],
)
def test_bad_profiles_are_refused(mutate, message):
    prof = base_profile()
    mutate(prof)
    with pytest.raises(ConfigError, match=message):
        Guard(prof, registry=SCRIPTED_REGISTRY)


def test_minor_rule_hidden_behind_review_is_refused():
    prof = base_profile()
    prof["rules"][0]["action"] = "review"
    with pytest.raises(ConfigError, match="minor"):
        load_policy(prof, registry=SCRIPTED_REGISTRY)


def test_yaml_errors_name_the_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nversion: '1'\nrules: [\n  - id: a\n")
    with pytest.raises(ConfigError, match=r"invalid YAML at line \d+"):
        load_policy(bad, registry=SCRIPTED_REGISTRY)


@pytest.mark.parametrize("content", ["", "- a\n- b\n", "just text", "\x00\x01"])
def test_non_mapping_yaml_is_refused(tmp_path, content):
    p = tmp_path / "p.yaml"
    p.write_text(content)
    with pytest.raises(ConfigError):
        load_policy(p, registry=SCRIPTED_REGISTRY)


def test_missing_file_and_unknown_name(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_policy(tmp_path / "missing.yaml", registry=SCRIPTED_REGISTRY)
    with pytest.raises(ConfigError, match="unknown policy 'nccii'"):
        load_policy("nccii", registry=SCRIPTED_REGISTRY)


def test_oversized_and_binary_profile_files(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"#" * (300 * 1024))
    with pytest.raises(ConfigError, match="larger"):
        load_policy(big, registry=SCRIPTED_REGISTRY)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ConfigError, match="UTF-8"):
        load_policy(binary, registry=SCRIPTED_REGISTRY)


def test_extends_merges_and_detects_loops(tmp_path):
    import yaml

    base = tmp_path / "base.yaml"
    base.write_text(yaml.safe_dump(base_profile()))
    child = tmp_path / "child.yaml"
    child.write_text(textwrap.dedent(f"""
        name: child
        version: "2"
        extends: {base}
        rules:
          - id: sexual
            when: sexual
            action: block
            message: Not here.
    """))
    engine = load_policy(child, registry=SCRIPTED_REGISTRY)
    assert engine.name == "child"
    assert [r.action for r in engine.profile.rules] == ["block", "block"]
    loop = tmp_path / "loop.yaml"
    loop.write_text(f"name: loop\nversion: '1'\nextends: {loop}\n")
    with pytest.raises(ConfigError, match="loops"):
        load_policy(loop, registry=SCRIPTED_REGISTRY)


def test_provenance_like_categories_cannot_lower_an_action():
    """Rules only raise: a category that is true cannot turn a block into anything less."""
    prof = base_profile()
    prof["signals"]["scripted_minor"] = {}
    prof["categories"]["labelled_fake"] = {"from": [{"signal": "scripted_text", "labels": ["fake_label"]}]}
    engine = load_policy(prof, registry=SCRIPTED_REGISTRY)
    results = [
        SignalResult("scripted_text", "1", Status.OK, (
            Finding("hit", 0.9, "prompt"), Finding("fake_label", 1.0, "prompt"))),
        SignalResult("scripted_minor", "1", Status.OK, (Finding("age_under_18", 0.95, "prompt"),)),
    ]
    assert engine.decide(results).action is Action.BLOCK


def test_builtin_profiles_load_and_block_minor_content():
    from nciiguard.policy import builtin_profiles

    assert {"ncii", "sfw"} <= set(builtin_profiles())
    for name in builtin_profiles():
        engine = load_policy(name, registry=SCRIPTED_REGISTRY)
        assert engine.version


def test_signal_that_fails_to_load_fails_closed():
    prof = base_profile(signals={"scripted_text": {}, "scripted_minor": {}, "broken_load": {}})
    d = Guard(prof, registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse")
    assert d.action is Action.REVIEW
    assert d.reasons[0].code == "signal_error.broken_load"
    assert "failed to load" in d.reasons[0].evidence["error"]


def test_missing_extra_is_raised_not_allowed(monkeypatch):
    from nciiguard.errors import MissingExtraError
    from scripted_signals import ScriptedText

    def boom(self):
        raise MissingExtraError("image", "onnxruntime", "the test")

    monkeypatch.setattr(ScriptedText, "load", boom)
    with pytest.raises(MissingExtraError, match=r"nciiguard\[image\]"):
        Guard(base_profile(), registry=SCRIPTED_REGISTRY).screen_prompt("a lighthouse")
