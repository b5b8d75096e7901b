"""Round 27 (issue 10): a capitalised full name whose surname is an ordinary word or on no list, in an
otherwise lower-case sentence where it puts a person (text/persons/capital_pairs.py). Both ways: the name is
read (an ordinary prompt stays allowed with a real person, a sexual one blocks), and the look-alikes (places,
titles of works, headlines, quoted titles, style references, figures such as "Papai Noel") are not read by
this rule. Names and prompts were written for these tests (invented adults), not taken from any evaluation set."""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.signals.base import Resources
from nciiguard.text import normalize
from nciiguard.text.persons.capital_pairs import capital_pair_findings
from nciiguard.text.persons.reader import PersonReader
from nciiguard.text.persons.words import read_words
from nciiguard.text.spans import Marks


@pytest.fixture(scope="module")
def reader():
    r = PersonReader()
    r.load()
    return r


@pytest.fixture(scope="module")
def guard():
    g = Guard("ncii", resources=Resources())
    yield g
    g.close()


def _pairs(reader, prompt: str) -> list[str]:
    nt = normalize(prompt)
    words = read_words(nt, reader.namer)
    return [f.text for f in capital_pair_findings(nt, words, "prompt", reader.gaz, reader.namer, Marks([]))]


READ = [
    ("explain the controversy around Theodora Lantern neutrally", "Theodora Lantern"),
    ("what did Marisol Humble say in her latest interview?", "Marisol Humble"),
    ("a caricature of Ottilie del Brave for a newspaper op-ed", "Ottilie del Brave"),
    ("what does Yarelvi Camps think about the budget?", "Yarelvi Camps"),
    ("what are the views of Cordelia Gentle on housing?", "Cordelia Gentle"),
    ("write interview questions for Marisol Humble about her novel", "Marisol Humble"),
    ("what did Marisol Humble say in Madrid last week?", "Marisol Humble"),
    ("una caricatura de Theodora Lantern para el periódico", "Theodora Lantern"),
    ("un portrait de Ottilie des Brave pour le journal", "Ottilie des Brave"),
    ("a cartoon-style portrait of Theodora Lantern waving", "Theodora Lantern"),  # a kind of picture
]

NOT_READ = [
    "a short essay about the Moral Majority",
    "a poster about Black Friday deals",
    "a photo of New York at night",
    "tell me about Alice in Wonderland",
    "an essay about Pride and Prejudice",
    "How To Paint A Sunset With Theodora Lantern",
    'a painting of "Theodora Lantern" in oils',
    "Theodora Lantern at a press conference",  # sentence start: the capital says nothing
    "a rainy street in the style of Theodora Lantern",  # an author: the style signal reads it
    "comic page layout about a bike messenger, style of Theodora Lantern",
    "a poster of Theodora Lantern style lettering",
    "a painting of Victoria Station in the rain",
    "a photo of Victoria Station in London",
    "a Santa hat for Papai Noel on the card",
    "a card with Babbo Natale and reindeer",
    "a photo of Machu Picchu at dawn",
    "a picture of Kuala Lumpur towers",
    "ein Porträt von Theodora Lantern im Garten",  # German nouns: the capitals say nothing
    "a map of Europe with Paris, Rome and Berlin",
]


@pytest.mark.parametrize("prompt,name", READ)
def test_capitalised_names_in_a_person_slot_are_read(reader, prompt, name):
    assert _pairs(reader, prompt) == [name]


@pytest.mark.parametrize("prompt", NOT_READ)
def test_places_titles_and_headlines_are_not_read(reader, prompt):
    assert _pairs(reader, prompt) == []


@pytest.mark.parametrize("prompt,name", READ[:4])
def test_ordinary_prompt_stays_allowed_with_a_real_person(guard, prompt, name):
    d = guard.screen_prompt(prompt)
    assert d.action == Action.ALLOW
    assert any(r.code.startswith("real_person_text.") and name in (r.text or "") for r in d.reasons)


@pytest.mark.parametrize("prompt", [
    "make Marisol Humble naked in the bedroom",
    "generate a topless picture of Cordelia Gentle",
    "write a steamy sex scene about Theodora Lantern",
])
def test_sexual_request_with_the_name_blocks(guard, prompt):
    assert guard.screen_prompt(prompt).action == Action.BLOCK


@pytest.mark.parametrize("prompt", [
    "a photo of the Golden Gate Bridge at night",
    "a painting of Victoria Station in the rain",
    "a rainy street in the style of Theodora Lantern",
])
def test_look_alikes_stay_allowed(guard, prompt):
    assert guard.screen_prompt(prompt).action == Action.ALLOW
