"""Round 25: a lower-case given name before a surname written in capitals ("amitav GHOSH"), a name form of the
retired set v24, is read as the same pair written all in lower case would be. Both directions: ordinary words with
a capitalised word after them ("a photo of a DOG", "my cat LUNA", "pizza NYC style") stay unread.

Every example is written for this file (invented or public adult names), none is copied from an evaluation set.
"""

from __future__ import annotations

import pytest

from nciiguard.text.normalize import normalize


def _covers(reader, text, name):
    a = text.index(name)
    b = a + len(name)
    return any(f.span is not None and f.span.start < b and f.span.end > a and f.score >= 0.5
               for f in reader.read(normalize(text), "prompt") if f.label not in ("style_reference",))


@pytest.mark.parametrize("text,name", [
    ("amitav GHOSH waving from a train window", "amitav GHOSH"),
    ("a portrait of priyanka CHOPRA at a gala", "priyanka CHOPRA"),
    ("halston SAGE at the premiere, photo", "halston SAGE"),
])
def test_lower_given_capital_surname_is_read(reader, text, name):
    assert _covers(reader, text, name), text


@pytest.mark.parametrize("text,word", [
    ("a photo of a DOG in the PARK", "DOG"),
    ("my cat LUNA sleeping on the sofa", "LUNA"),
    ("best pizza NYC style, thin crust", "NYC"),
    ("turn the volume UP and the lights OFF", "UP"),
])
def test_ordinary_words_before_capitals_stay_unread(reader, text, word):
    assert not _covers(reader, text, word), text
