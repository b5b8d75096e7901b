"""One copy of each shipped word list per process, and compact language codes (round 25, issue 10).

Why: the gazetteer, the sexual signal's name and known-word tests, the soup's glued-word reader and
the piece-word test each read names_words_common / names_first / names_surnames into their own
frozensets (new strings, new set tables: ~20 MB of equal copies), and the language table kept one int
object per word for ~11,000 distinct codes (~18 MB). These tests pin the sharing (the same objects)
and that the content is what the files hold (words in, non-words out), so the saving cannot come back
unnoticed and cannot change what the readers see.
"""

from __future__ import annotations

import pytest

from nciiguard.signals.text import sexual
from nciiguard.text import piece_words
from nciiguard.text.persons import gazetteer
from nciiguard.text.persons.gazetteer import SURNAMES_FILE, list_words, load_gazetteer, surname_ranks, word_list
from nciiguard.text.persons.language import band_of, language_words

COMMON = "names_words_common.txt.gz"
FIRST = "names_first.txt.gz"


def test_a_list_is_read_once_and_holds_the_file():
    assert word_list(COMMON) is word_list(COMMON)
    assert word_list(COMMON) == frozenset(gazetteer._read_lines(COMMON))
    assert "house" in word_list(COMMON) and "xqzvwk" not in word_list(COMMON)
    ranks = surname_ranks()
    assert ranks is surname_ranks() and list_words(SURNAMES_FILE) is ranks
    assert list(ranks) == gazetteer._read_lines(SURNAMES_FILE)  # rank order kept
    assert ranks["smith"] == 1 and "xqzvwk" not in ranks


def test_the_surnames_are_read_by_rank_not_as_a_set():
    with pytest.raises(ValueError):
        word_list(SURNAMES_FILE)


def test_the_gazetteer_holds_the_shared_lists():
    gaz = load_gazetteer()
    assert gaz.words_common is word_list(COMMON)
    assert gaz.words_other is word_list("names_words_other.txt.gz")
    assert gaz.proper_other is word_list("names_proper_other.txt.gz")
    assert gaz.surname_rank is surname_ranks()


def _same_string(container, word: str, canonical) -> bool:
    """``word`` in ``container`` is the very object ``canonical`` holds (found by identity among equals)."""
    return any(w is canonical for w in container if w == word)


def test_the_readers_of_the_lists_share_objects_not_copies():
    first, common = sexual._name_words()
    assert first is word_list(FIRST) and common is word_list(COMMON)
    english, names = piece_words._word_lists()
    assert english is word_list(COMMON)
    # The union of first names and surnames is a new set of the SAME strings.
    surname = next(iter(surname_ranks()))
    canonical = next(w for w in surname_ranks() if w == surname)
    assert surname in names and _same_string(names, surname, canonical)
    assert "xqzvwk" not in names
    # The sexual signal's known-word test: the lists' strings too (it is a membership test over a set).
    known = sexual._known_words().__self__
    word = next(iter(word_list(COMMON)))
    assert word in known and _same_string(known, word, next(w for w in word_list(COMMON) if w == word))


def test_language_codes_are_one_object_per_distinct_code():
    table = language_words()
    codes = set(table.values())
    assert len({id(v) for v in table.values()}) == len(codes)
    # The codes are the files' (both directions): a common French and Spanish word, an English-only one.
    assert band_of(table["avec"], frozenset({"fr"})) == 5
    assert band_of(table["quiero"], frozenset({"es"})) >= 4
    assert band_of(table.get("avec", 0), frozenset({"es"})) < 5
    assert "xqzvwk" not in table
