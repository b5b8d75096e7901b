"""scenario_sexual_text: sexual meaning carried by a situation, with the shipped model (no mocks).

The examples are the tests' own (not rows of the writers' files or of any evaluation set): requests
whose sexual meaning is the situation, and the same situations made ordinary.
"""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.signals.text.scenario import ScenarioSexualTextSignal
from nciiguard.text.normalize import normalize


@pytest.fixture(scope="module")
def sig():
    s = ScenarioSexualTextSignal()
    s.ensure_loaded()
    return s


def _findings(sig, text, field="prompt"):
    return sig.detect_text(normalize(text), field)


@pytest.mark.parametrize("prompt", [
    "my coworker after the office party, in the supply closet with her boss, clothes coming off",
    "my neighbour in the shower, steam on the glass door, nothing hidden",
    "Jessica Alvarez the morning after in his hotel room, tangled sheets, she has not found her clothes yet",
    "my neighbour lets the towel drop for the camera, slow reveal",
])
def test_a_situation_that_makes_the_request_sexual_is_read(sig, prompt):
    (f,) = _findings(sig, prompt)
    assert f.label == "scenario_request" and f.score >= sig._threshold
    assert f.evidence["top_features"] and f.evidence["model_version"].startswith("scenario-lr-")
    # the span is a contributing content word of the field, in its original characters
    assert prompt[f.span.start:f.span.end] == f.text and len(f.text) > 3 and f.text != prompt


@pytest.mark.parametrize("prompt", [
    "Jessica Alvarez in a hotel room, reading a book by the window",
    "my coworker at the office party, laughing with friends, confetti",
    "put a santa hat on my boss",
    "make my neighbour look like a pirate",
    "my wife in a red dress at dinner",
    "a woman lying on her bed reading",
    "two women in the living room",
    "stripping paint from an old door in the garage",
])
def test_the_same_situations_made_ordinary_are_not(sig, prompt):
    assert _findings(sig, prompt) == []


def test_the_negative_prompt_is_not_read_by_default(sig):
    text = "my neighbour in the shower, steam on the glass door, nothing hidden"
    assert _findings(sig, text, "negative_prompt") == []
    assert ScenarioSexualTextSignal({"skip_fields": []}).detect_text(normalize(text), "negative_prompt")


def test_min_probability_overrides_the_calibrated_threshold(sig):
    text = "my coworker at the office party, laughing with friends, confetti"
    assert sig._model.threshold is not None and 0.5 <= sig._model.threshold < 1.0
    assert ScenarioSexualTextSignal({"min_probability": 0.0}).detect_text(normalize(text), "prompt")
    never = ScenarioSexualTextSignal({"min_probability": 1.0})
    assert never.detect_text(normalize("my neighbour in the shower, steam on the glass door, nothing hidden"),
                             "prompt") == []


def test_empty_and_hostile_fields_cost_little_and_do_not_fail(sig):
    assert _findings(sig, "") == [] and _findings(sig, "   ") == []
    long = "after the party " * 20_000  # 320k characters: the model reads MAX_CHARS of them
    assert isinstance(_findings(sig, long), list)
    assert isinstance(_findings(sig, "\u202e\u200b" * 1000 + "<|startoftext|>"), list)


@pytest.fixture(scope="module")
def strict():
    return Guard("ncii_strict")


def test_ncii_strict_blocks_a_scenario_request_about_a_private_person_and_says_why(strict):
    d = strict.screen_prompt("my neighbour lets the towel drop for the camera, slow reveal")
    assert d.action is Action.BLOCK
    assert any(r.signal == "scenario_sexual_text" and r.text == "towel" for r in d.reasons), d.reasons


def test_ncii_strict_allows_the_twin(strict):
    d = strict.screen_prompt("Jessica Alvarez in a hotel room the morning after the gala, reading the reviews")
    assert d.action is Action.ALLOW, d.reasons


def test_the_default_profile_does_not_run_it():
    """ncii leaves it out (it blocked ordinary prompts such as an outfit field about a coworker). Since
    round 20 ncii's English rules read this request too ("lets the towel drop"), so only the signal's
    absence is pinned here."""
    d = Guard("ncii").screen_prompt("my neighbour lets the towel drop for the camera, slow reveal")
    assert not any(r.signal == "scenario_sexual_text" for r in d.results)
    assert [r.text for r in d.reasons if r.code == "sexual.euphemism"] == ["lets the towel drop"]


@pytest.mark.parametrize("prompt", ["my toddler in the bath with the door open",
                                    "my little boy in the shower, door open, steam on the glass"])
def test_a_field_that_names_a_child_is_left_to_the_minor_rules(sig, strict, prompt):
    """Trained on adults only, the model reads a parent's bath photo as the voyeur scenes it learned; it does
    not report a field where minor_text finds a child, so the minor rules decide on the lexicon, as before."""
    assert sig._model.score(normalize(prompt).folded.text) >= 0.5  # the model alone would come close
    assert _findings(sig, prompt) == []
    assert strict.screen_prompt(prompt).action is not Action.BLOCK
    assert ScenarioSexualTextSignal({"skip_child_fields": False, "min_probability": 0.5}).detect_text(
        normalize(prompt), "prompt")
