"""text/word_breaks.py: the one word-break programme of the stream decoders."""

from __future__ import annotations

from nciiguard.text.word_breaks import best_cut

KNOWN = {"to", "the", "tot", "he", "show", "her", "naked", "a", "i"}


def _listed(w: str) -> int:
    return int((len(w) >= 2 or w in ("a", "i")) and w in KNOWN)


def test_long_words_win_and_loose_letters_stay_one_chunk():
    assert best_cut("xqshowhernaked", _listed, max_word=18, loose=1, longest_first=True) == [
        ("xq", 0), ("show", 1), ("her", 1), ("naked", 1)]


def test_ties_go_to_the_longer_or_the_shorter_last_word_as_asked():
    # "tothe" cuts as "to the" or "tot he" with the same score (4 + 9 = 9 + 4)
    assert [w for w, _ in best_cut("tothe", _listed, max_word=18, loose=1, longest_first=True)] == ["to", "the"]
    assert [w for w, _ in best_cut("tothe", _listed, max_word=18, loose=1, longest_first=False)] == ["tot", "he"]


def test_a_caller_kind_comes_back_and_nothing_is_read_from_nothing():
    names = lambda w: 2 if w == "marisol" else _listed(w)  # noqa: E731
    assert best_cut("marisolnaked", names, max_word=18, loose=5, longest_first=True) == [("marisol", 2), ("naked", 1)]
    assert best_cut("", _listed, max_word=18, loose=1, longest_first=True) == []
    assert best_cut("zzzz", _listed, max_word=18, loose=1, longest_first=True) == [("zzzz", 0)]


def test_cost_is_linear_in_the_stream():
    from helpers.cost import assert_linear

    assert_linear(lambda s: best_cut(s, _listed, max_word=18, loose=1, longest_first=True),
                  lambda n: "xqshowhernaked" * n, 10, 80, label="word breaks")
