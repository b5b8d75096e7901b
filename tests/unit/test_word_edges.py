"""text.word_edges.core_bounds: the core of a token once its edge marks are cut (shared by three decoders)."""

from nciiguard.text.word_edges import core_bounds


def test_cuts_the_named_marks_at_each_end():
    assert core_bounds("(r*m*v*,", "(),") == (1, 7)
    assert core_bounds("'v!11@'", "'", "'!") == (1, 6)


def test_keeps_marks_that_are_not_edges_and_empty_words():
    assert core_bounds("*n*", "\"'()") == (0, 3)  # a mask symbol is part of the core
    assert core_bounds("", "()") == (0, 0)
    assert core_bounds("(((", "(") == (3, 3)
