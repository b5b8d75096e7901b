"""A registered name weighs the same as a registered face: a protected name from the likeness
registry (real SQLite store, real enrolment) in a sexual or suggestive prompt is blocked."""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.registry import Consent, LikenessRegistry, generate_key
from nciiguard.signals.base import Resources
from nciiguard.store import open_database


@pytest.fixture
def guard(sqlite_url):
    db = open_database(sqlite_url)
    reg = LikenessRegistry(db, key=generate_key(), poll_seconds=0)
    # A name on no list the detector knows, so only the registry can make it a person.
    reg.person = reg.enrol("Quillon Vadderby", aliases=["Quilly V"], consent=Consent(by="the person", method="self"))
    g = Guard("ncii", resources=Resources(protected_names=reg, likeness=reg))
    g.registry = reg
    yield g
    g.close()
    db.dispose()


@pytest.mark.parametrize("prompt", [
    "Quillon Vadderby in lingerie, seductive pose",   # suggestive: a face would be blocked, so is the name
    "sexy photo of quilly v",
    "quillon_vadderby, boudoir photo",
    "Quillon Vadderby nude on a bed",                 # sexual
])
def test_registered_name_in_a_sexualised_prompt_is_blocked(guard, prompt):
    d = guard.screen_prompt(prompt)
    assert d.action is Action.BLOCK, d.to_dict()
    assert d.categories["registered_name"] is True
    [r] = [r for r in d.reasons if r.code == "registered_name.protected_name"]
    assert r.evidence["person_id"] == guard.registry.person.id
    assert prompt[r.span.start : r.span.end] == r.text


@pytest.mark.parametrize("prompt", [
    "Quillon Vadderby giving a speech at a conference",
    "portrait of quilly v in a santa hat",
])
def test_registered_name_in_an_ordinary_prompt_is_allowed(guard, prompt):
    d = guard.screen_prompt(prompt)
    assert d.action is Action.ALLOW, d.to_dict()
    assert d.categories["registered_name"] is True and d.categories["real_person"] is True


def test_same_suggestive_prompt_without_a_registered_name_is_not_blocked(guard):
    d = guard.screen_prompt("a woman in lingerie, seductive pose")
    assert d.action is not Action.BLOCK and d.categories["registered_name"] is False


def test_withdrawn_name_is_no_longer_protected(guard):
    guard.registry.withdraw(guard.registry.person.id)
    d = guard.screen_prompt("Quillon Vadderby in lingerie, seductive pose")
    assert d.categories["registered_name"] is False
