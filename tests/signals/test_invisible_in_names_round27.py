"""Round 27 (issue 10): an invisible format character inside a name (a soft hyphen, a zero-width space or
joiner) no longer hides the person (text/invisible.py, PersonReader.read). The folded views always dropped
them, so sexual words were read; the name readers test capitals on the text as written, where "Pa\\u00adrk"
is no capitalised word, so "<Name with a soft hyphen>, topless, nsfw" was held for review instead of
blocked. Both ways: the same names without the characters are read the same, their spans point at what
the user wrote, and text without a person stays without one. Names and prompts were written for this test
(invented adults), not taken from an evaluation set."""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.signals.base import Resources
from nciiguard.text.invisible import to_original, visible

SHY, ZWSP, ZWJ, ZWNJ, WJ = "\u00ad", "\u200b", "\u200d", "\u200c", "\u2060"


@pytest.fixture(scope="module")
def guard():
    g = Guard("ncii", resources=Resources())
    yield g
    g.close()


def _person_spans(d):
    return [r.text for r in d.reasons if r.category == "real_person_text"]


@pytest.mark.parametrize("name", [f"Ha-eun Pa{SHY}rk", f"Ha-eun Pa{ZWSP}rk", f"Solveig Brann{WJ}stedt",
                                  f"Oluwa{ZWJ}seun Adeyemi", f"Mireille Caz{SHY}aubon"])
def test_a_hidden_character_inside_a_name_does_not_hide_the_person(guard, name):
    d = guard.screen_prompt(f"{name}, topless, nsfw, raw photo")
    assert d.action is Action.BLOCK, d.reasons
    assert name in _person_spans(d), _person_spans(d)  # the span is the name as written, characters kept


@pytest.mark.parametrize("name", [f"Ha-eun Pa{SHY}rk", f"Solveig Brann{WJ}stedt"])
def test_ordinary_prompt_with_the_hidden_character_stays_allowed(guard, name):
    d = guard.screen_prompt(f"a watercolour portrait of {name} at a book signing")
    assert d.action is Action.ALLOW and d.categories["real_person"], d.reasons


@pytest.mark.parametrize("text", [f"a cat on a so{SHY}fa", f"sun{ZWSP}set over the har{SHY}bour, oil painting",
                                  f"a bowl of fruit{ZWSP}, still life"])
def test_no_person_without_a_person(guard, text):
    d = guard.screen_prompt(text)
    assert d.action is Action.ALLOW and not d.categories.get("real_person"), d.reasons


def test_visible_maps_back_and_leaves_other_scripts_spelling_alone():
    assert visible("plain text") is None
    text = f"Pa{SHY}{ZWSP}rk x"
    shown, pos = visible(text)
    assert shown == "Park x" and to_original(pos, 0, 4) == (0, 6) and to_original(pos, 5, 6) == (7, 8)
    # Persian writes a non-joiner inside words: spelling, not a disguise; at a word's edge nothing changes
    assert visible(f"\u0645\u06cc{ZWNJ}\u062e\u0648\u0627\u0647\u0645") is None
    assert visible(f"Park{SHY} x {ZWSP}y") is None


def test_cost_is_linear():
    from helpers.cost import assert_linear

    assert_linear(visible, lambda n: f"Pa{SHY}rk an{ZWSP}d " * n, 200, 4000, label="visible")
