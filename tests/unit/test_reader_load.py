"""PersonReader.load builds the word tables the readers would otherwise build on first use.

Why: the first prompt written in another script paid ~80 ms for the script table, the first sexual
prompt ~40 ms for the glued-word lists: a latency spike on the first requests of every worker.
"""

from __future__ import annotations

from nciiguard.text import piece_words
from nciiguard.text.persons import lora, namer, scripts, slots
from nciiguard.text.persons.reader import PersonReader


def _clear() -> None:
    scripts._sexual_terms.cache_clear()
    slots._gate_words.cache_clear()
    namer._strong_stem_search.cache_clear()
    lora._long_sexual_words.cache_clear()
    piece_words._lists = None


def test_load_fills_the_lazy_word_tables():
    _clear()
    assert scripts._sexual_terms.cache_info().currsize == 0 and piece_words._lists is None
    PersonReader().load()
    for cached in (scripts._sexual_terms, slots._gate_words, namer._strong_stem_search, lora._long_sexual_words):
        assert cached.cache_info().currsize == 1, cached.__name__
    assert piece_words._lists is not None


def test_tables_built_at_load_equal_those_built_on_demand():
    PersonReader().load()
    at_load = (scripts._sexual_terms(), slots._gate_words(), lora._long_sexual_words(), piece_words._word_lists())
    _clear()
    assert (scripts._sexual_terms(), slots._gate_words(), lora._long_sexual_words(), piece_words._word_lists()) == at_load
