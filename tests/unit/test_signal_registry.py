"""The SignalRegistry: an immutable table a Guard is given, which also checks its profile."""

from __future__ import annotations

import pytest

from helpers.profiles import base_profile
from nciiguard import ConfigError, Content, Guard, load_policy
from nciiguard.config import Config
from nciiguard.signals import SIGNALS, registry
from nciiguard.signals.base import Resources
from nciiguard.signals.registry import DEFAULT_REGISTRY, SignalRegistry, default_registry, using_default
from scripted_signals import ALL, SCRIPTED_REGISTRY, ScriptedText


def _guard(reg=None, tmp_path=None):
    return Guard(base_profile(), config=Config(data_dir=tmp_path, workers=0), resources=Resources(), registry=reg)


def test_a_guard_runs_the_signals_of_the_registry_it_is_given(tmp_path):
    d = _guard(SCRIPTED_REGISTRY, tmp_path).screen_prompt("a flagword here")
    assert d.action.value == "review" and d.reasons[0].signal == "scripted_text"
    # The same profile on the default registry is refused at start-up, naming the signal.
    with pytest.raises(ConfigError, match=r"unknown signal 'scripted_text'; known: .*sexual_text"):
        _guard(None, tmp_path)
    with pytest.raises(ConfigError, match="unknown signal 'scripted_text'"):
        load_policy(base_profile())
    assert load_policy(base_profile(), registry=SCRIPTED_REGISTRY).name == "testing"


def test_extending_never_changes_the_default():
    before = dict(DEFAULT_REGISTRY)
    bigger = DEFAULT_REGISTRY.extended(ALL)
    assert set(bigger) == set(before) | set(ALL) and dict(DEFAULT_REGISTRY) == before
    assert "scripted_text" not in SIGNALS and default_registry() is DEFAULT_REGISTRY
    with pytest.raises(TypeError):
        SIGNALS["scripted_text"] = "x:Y"  # the old global is a read-only view now
    smaller = bigger.without("scripted_text")
    assert "scripted_text" not in smaller and "scripted_minor" in smaller


def test_entries_are_import_paths_or_classes_and_must_match_their_name():
    by_class = SignalRegistry({"scripted_text": ScriptedText})
    assert by_class.signal_class("scripted_text") is ScriptedText
    assert SCRIPTED_REGISTRY.signal_class("scripted_text") is ScriptedText  # "module:Class" path
    with pytest.raises(ConfigError, match="named 'scripted_text'"):
        SignalRegistry({"other": ScriptedText})
    with pytest.raises(ConfigError, match="module:Class"):
        SignalRegistry({"x": "no_colon_here"})
    with pytest.raises(ConfigError, match="points at a class named"):
        SignalRegistry({"other": "scripted_signals:ScriptedText"}).signal_class("other")
    with pytest.raises(ConfigError, match="unknown signal 'nope'; known signals: "):
        DEFAULT_REGISTRY.signal_class("nope")


def test_using_default_is_scoped_and_restored_on_error(tmp_path):
    with pytest.raises(RuntimeError):
        with using_default(SCRIPTED_REGISTRY):
            assert registry.signal_class("scripted_text") is ScriptedText
            assert _guard(None, tmp_path).signal_registry is SCRIPTED_REGISTRY
            raise RuntimeError("boom")
    assert default_registry() is DEFAULT_REGISTRY
    with pytest.raises(TypeError):
        with using_default({"scripted_text": ScriptedText}):
            pass


def test_a_shadow_profile_is_checked_against_the_guards_registry(tmp_path):
    candidate = {**base_profile(), "name": "candidate", "version": "2"}
    g = Guard(base_profile(), config=Config(data_dir=tmp_path, workers=0), resources=Resources(),
              registry=SCRIPTED_REGISTRY, shadow=candidate)
    enforced, cand = g.screen_with_shadow(Content.request("a flagword here"))
    assert enforced.action.value == cand.action.value == "review"
