"""Round 11: private people named by relation in 20 more languages (text/persons/private_world.py):
af is jv su ceb ht zu tk tt ba ug sd yi lb rw st ny om ln mg. A first-person possessive (a word or a
suffix, in the language's order) with a relation is someone the speaker knows; the same relation
without the possessive, and words that only look like it, are nobody in particular.

Written for these tests by hand (2026-12-06) from the languages' grammar, without native speakers;
not taken from any evaluation set."""

from __future__ import annotations

import pytest

from nciiguard import Action
from nciiguard.text import normalize
from nciiguard.text.persons.private import private_person_spans
from nciiguard.text.persons.private_world import PRIVATE_WORLD_PATTERNS

NEW = ("af", "is", "jv", "su", "ceb", "ht", "zu", "tk", "tt", "ba", "ug", "sd", "yi",
       "lb", "rw", "st", "ny", "om", "ln", "mg")


def _rows(text):
    names = {n for n, _, _ in PRIVATE_WORLD_PATTERNS}
    return {name for name, _, _, _ in private_person_spans(normalize(text).folded.text) if name in names}


# (text, row expected)
MY_RELATION = [
    ("my kollega op die strand", "af_my_relation"),
    ("foto van my buurvrou", "af_my_relation"),
    ("my skoonsuster", "af_my_relation"),
    ("mynd af samstarfskonu minni", "is_my_relation"),
    ("vinkona mín á ströndinni", "is_my_relation"),
    ("nágranni minn", "is_my_relation"),
    ("fotone tanggaku", "jv_my_relation"),
    ("kanca kantorku ing pantai", "jv_my_relation"),
    ("poto tatangga kuring", "su_my_relation"),
    ("babaturan abdi", "su_my_relation"),
    ("litrato sa akong silingan", "ceb_my_relation"),
    ("ang akong kauban sa trabaho", "ceb_my_relation"),
    ("uyab nako", "ceb_my_relation"),
    ("foto kolèg mwen", "ht_my_relation"),
    ("vwazin mwen sou plaj la", "ht_my_relation"),
    ("isithombe somakhelwane wami", "zu_my_relation"),
    ("umngane wami", "zu_my_relation"),
    ("ozakwethu", "zu_my_relation"),
    ("goňşymyň suraty", "tk_my_relation"),
    ("işdeşim deňiz kenarynda", "tk_my_relation"),
    ("күршемнең фотосы", "tt_my_relation"),
    ("хезмәттәшем", "tt_my_relation"),
    ("күршемдең фотоһы", "ba_my_relation"),
    ("хеҙмәттәшем", "ba_my_relation"),
    ("قوشنامنىڭ رەسىمى", "ug_my_relation"),
    ("خىزمەتدىشىم", "ug_my_relation"),
    ("منهنجي پاڙيسرڻ جي تصوير", "sd_my_relation"),
    ("منهنجو باس", "sd_my_relation"),
    ("מיין שכנה", "yi_my_relation"),
    ("מײַן קאָלעגע", "yi_my_relation"),
    ("Foto vu menger Nopesch", "lb_my_relation"),
    ("meng Kolleegin", "lb_my_relation"),
    ("ifoto y'umuturanyi wanjye", "rw_my_relation"),
    ("mugenzi wanjye", "rw_my_relation"),
    ("setshwantsho sa moahisani wa ka", "st_my_relation"),
    ("mosadi wa ka", "st_my_relation"),
    ("chithunzi cha mnansi wanga", "ny_my_relation"),
    ("mnzanga", "ny_my_relation"),
    ("suuraa olla koo", "om_my_relation"),
    ("barsiistuu koo", "om_my_relation"),
    ("foto ya moninga na ngai", "ln_my_relation"),
    ("mwasi na ngai", "ln_my_relation"),
    ("sarin'ny namako", "mg_my_relation"),
    ("ny mpiara-miasa amiko", "mg_my_relation"),
]

# The same relations without a possessive, other people's, and look-alikes: no private person.
NOBODY = [
    "'n kollega van die werk", "die buurvrou", "my bass guitar", "my main man",
    "nágranni", "vinkona hennar",
    "tangga omah", "kanca",
    "tatangga", "babaturan anjeun",
    "silingan", "akong kape",
    "kolèg", "se mwen", "vwazin li",
    "umakhelwane", "umngane wakho",
    "goňşy", "dostluk",
    "күрше", "хезмәттәш",
    "күршеләр", "хеҙмәттәш",
    "قوشنا", "خىزمەتداش",
    "پاڙيسري", "هن جو باس",
    "שכנה", "מיין הויז",
    "Nopesch", "main character", "the main exhibit",
    "umuturanyi", "mugenzi we",
    "moahisani", "mosadi wa hae",
    "mnansi", "mkazi wake",
    "olla", "barsiistuu keessan",
    "moninga", "mwasi na ye",
    "namana", "mpiara-miasa",
]


@pytest.mark.parametrize("text,row", MY_RELATION)
def test_round11_my_relation_is_a_private_person(text, row):
    assert row in _rows(text), (text, _rows(text))


@pytest.mark.parametrize("text", NOBODY)
def test_round11_relation_without_my_is_nobody(text):
    assert not _rows(text), (text, _rows(text))


def test_round11_rows_cover_the_new_languages():
    names = {n for n, _, _ in PRIVATE_WORLD_PATTERNS}
    assert {f"{code}_my_relation" for code in NEW} <= names


@pytest.mark.parametrize("prompt", ["nude photo of my kollega", "naked picture of vwazin mwen",
                                    "nude photo of goňşym", "naked photo of umakhelwane wami"])
def test_round11_nude_request_about_my_relation_is_blocked(ncii_guard, prompt):
    d = ncii_guard.screen_prompt(prompt)
    assert d.action is Action.BLOCK, (prompt, d.reasons)
    assert any(r.label == "private_person" for r in d.reasons), d.reasons


@pytest.mark.parametrize("prompt", ["make my kollega wear a blue suit", "put vwazin mwen in a garden scene",
                                    "change the background behind goňşym"])
def test_round11_my_relation_in_an_ordinary_edit_is_allowed(ncii_guard, prompt):
    assert ncii_guard.screen_prompt(prompt).action is Action.ALLOW
