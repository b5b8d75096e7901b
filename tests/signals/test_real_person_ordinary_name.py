"""One name in an ordinary prompt (persons/ordinary.py): a mononym where an ordinary prompt puts a
person is a real person (``name_in_slot``, ``request`` ``ordinary``); places, brands, characters,
words and uncased scripts are not. The reading never blocks an ordinary prompt by itself."""

from __future__ import annotations

import pytest

from nciiguard.text import normalize


def _ordinary(sig, text):
    return [f for f in sig.detect_text(normalize(text))
            if f.label == "name_in_slot" and f.evidence.get("request") == "ordinary"]


@pytest.mark.parametrize("text, word, slot", [
    ("Lorde holding a trophy", "Lorde", "subject_ordinary"),
    ("Zuchu qui fait un discours", "Zuchu", "subject_ordinary"),
    ("Tarkan che cucina la carbonara", "Tarkan", "subject_ordinary"),
    ("retrato de Adele con traje", "Adele", "picture_of"),
    ("karikatuur van Shakira op de fiets", "Shakira", "picture_of"),
    ("porträtt av Doda i kostym", "Doda", "picture_of"),
    ("portret: Rosalía la costum", "Rosalía", "picture_of"),
    ("a cartoon of Anitta riding a bicycle", "Anitta", "picture_of"),
    ("why is Adele famous?", "Adele", "famous"),
    ("waarom is Stromae bekend?", "Stromae", "famous"),
    ("miért híres Rosalía?", "Rosalía", "famous"),
    ("kenapa Raisa terkenal?", "Raisa", "famous"),
    ("Zendaya's red carpet look, editorial photo", "Zendaya", "possessive"),
])
def test_reads_one_name_where_an_ordinary_prompt_puts_a_person(real_person_signal, text, word, slot):
    found = _ordinary(real_person_signal, text)
    assert [(f.text, f.evidence["slot"]) for f in found] == [(word, slot)], text
    assert found[0].score >= 0.5 and found[0].evidence.get("evidence")


@pytest.mark.parametrize("text", [
    "Tokyo at night, neon reflections",
    "portrait of Kyoto at dusk",
    "A photo of Neuschwanstein castle in winter",
    "Pikachu eating ramen",
    "a cartoon of Naruto eating ramen, anime style",
    "Cyberpunk city street at night",
    "Photorealistic portrait of a woman in a red coat",
    "A man riding a skateboard down a ramp",
    "portrait of a golden retriever",
    "why is the sky blue?",
    "A painting of the Grand Canyon at sunrise",
    "Nike sneakers on a white background",
    "A photo of a Tesla parked outside",
    "SUNSET OVER THE LAKE, PHOTO",
    "Sunset Over The Lake With Mountains Behind",
    "Venus rising from the sea, oil painting",
    # uncased scripts: no capital to read and the letter model reads Latin only
    "למה הים כחול?",
    "لماذا السماء زرقاء؟",
    "ทำไมท้องฟ้าเป็นสีฟ้า",
    # Arabizi and other Latin words that look like names at the start of a lower-case prompt
    "leish el sama zar2a?",
])
def test_leaves_places_brands_characters_and_words(real_person_signal, text):
    assert not _ordinary(real_person_signal, text), text


def test_not_read_in_a_sexual_request_the_slot_rules_read(real_person_signal):
    found = [f for f in real_person_signal.detect_text(normalize("leaked nudes of Latto"))
             if f.label == "name_in_slot"]
    assert found and all(f.evidence.get("request") != "ordinary" for f in found)


def test_one_reading_per_prompt_and_none_beside_a_full_name(real_person_signal):
    assert len(_ordinary(real_person_signal, "Lorde and Stromae on stage, why is Adele famous?")) == 1
    assert not _ordinary(real_person_signal, "portrait of Adele with Taylor Swift")


def test_an_ordinary_prompt_with_a_mononym_is_allowed_and_reports_the_person(ncii_guard):
    d = ncii_guard.screen_prompt("retrato de Adele con traje")
    assert d.action.value == "allow"
    assert d.categories["real_person"] and not d.categories["sexual"]
    codes = [f for r in d.results for f in r.findings if f.label == "name_in_slot"]
    assert codes and codes[0].text == "Adele"


# Round 11: stage names the word lists do not read (a word, a deity, capitals) before a stage cue,
# and a listed given name in Title-Cased text before what a person does.
@pytest.mark.parametrize("text, word, evidence", [
    ("Drake performing at the Grammys", "Drake", "stage_name"),
    ("Madonna singing on stage", "Madonna", "stage_name"),
    ("Rain performing in Seoul", "Rain", "stage_name"),
    ("SOMI performing at a music festival", "SOMI", "stage_name"),
    ("IU singing on stage", "IU", "stage_name"),
    ("PSY dancing gangnam style", "PSY", "stage_name"),
    ("Shakira dancing at the Super Bowl", "Shakira", "given"),
])
def test_stage_names_before_a_stage_cue(real_person_signal, text, word, evidence):
    found = _ordinary(real_person_signal, text)
    assert [(f.text, f.evidence["slot"], f.evidence["evidence"]) for f in found] == [
        (word, "subject_ordinary", evidence)], text


@pytest.mark.parametrize("text", [
    "BMW at the car show", "NASA headquarters at night", "Rain falling on a window", "Cat singing on stage, cartoon",
    "Robot performing on stage", "Band performing on stage at a festival", "DJ performing at a festival",
    "LED screen showing a concert", "Pink flowers on a table", "Seal swimming in the ocean",
    "Ice melting in the sun", "Usher at the cinema showing people their seats", "HDR PHOTO OF A CITY",
])
def test_words_acronyms_and_animals_on_stage_are_nobody(real_person_signal, text):
    assert _ordinary(real_person_signal, text) == [], text
