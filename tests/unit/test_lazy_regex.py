"""Patterns compiled on first use (text/lazy_regex.py): the same answers as ``re``, every packaged
rule compiles, and ``Guard.warm()`` leaves nothing to compile on a prompt."""

from __future__ import annotations

import re
import threading

import pytest

from nciiguard.text import lazy_regex
from nciiguard.text.lazy_regex import LazyPattern


def test_same_answers_as_re_and_compiled_once():
    src = r"(?<![^\W_])(?:take|took)\s+(?P<what>off)\b"
    lp, rx = LazyPattern(src, re.I), re.compile(src, re.I)
    assert lp._rx is None  # nothing parsed at construction
    text = "she TOOK off the coat; take off"
    assert [m.span() for m in lp.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lp.search(text).group("what") == rx.search(text).group("what")
    assert lp.match("take off").span() == (0, 8)
    assert lp.fullmatch("take off") is not None and lp.fullmatch("take off now") is None
    assert lp.findall(text) == rx.findall(text)
    assert lp.sub("X", text) == rx.sub("X", text)
    assert lp.groupindex == rx.groupindex
    first = lp.compiled()
    assert lp.compiled() is first
    assert lp.search("nothing here") is None


def test_compile_all_compiles_what_is_pending_and_names_a_broken_pattern():
    ok = LazyPattern(r"abc+")
    assert lazy_regex.pending() >= 1
    lazy_regex.compile_all()
    assert ok._rx is not None
    broken = LazyPattern(r"(unclosed")
    with pytest.raises(re.error, match="unclosed"):
        lazy_regex.compile_all()
    broken.pattern = "(closed)"  # repaired: later calls (and other tests) compile cleanly
    lazy_regex.compile_all()
    assert broken.search("x closed y") is not None


def test_threads_racing_on_first_use_all_get_the_right_answer():
    lp = LazyPattern(r"(?:\w+\s+){2}nude\b")
    out, barrier = [], threading.Barrier(8)

    def run():
        barrier.wait()
        out.append(lp.search("a b c nude photo").span())

    threads = [threading.Thread(target=run) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert out == [(2, 10)] * 8


def test_every_packaged_lexicon_rule_compiles():
    from nciiguard.signals.text.sexual import EXCEPTIONS_FILE, GRADES, LEXICON_FILES
    from nciiguard.text import lexicon

    lex = lexicon.load_packaged(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)
    assert lex._rules, "the packaged lexicon has phrase rules"
    lex.compile_rules()
    assert all(rx._rx is not None for rx, _e, _a in lex._rules)


def test_a_rule_that_does_not_compile_is_named():
    from nciiguard.text.lexicon import Entry, Lexicon, LexiconError
    from nciiguard.text.normalize import normalize

    lex = Lexicon([Entry("re:{take|took} off", "nudity", 0.8, "en", "t")], normalizer=normalize)
    lazy_rx = lex._rules[0][0]
    lazy_rx.pattern = "(broken"  # a rule source that re cannot parse
    with pytest.raises(LexiconError, match="take"):
        lex.compile_rules()


def test_rules_match_the_same_before_and_after_warm_up():
    from nciiguard.signals.text.sexual import EXCEPTIONS_FILE, GRADES, LEXICON_FILES
    from nciiguard.text import lexicon
    from nciiguard.text.normalize import normalize

    lex = lexicon.Lexicon.from_package(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)  # a fresh one
    assert all(rx._rx is None for rx, _e, _a in lex._rules)
    prompts = ["her clothes slipped off in the rain", "wearing only a towel and nothing else",
               "a cat on a sofa", "strip the paint off the old door"]
    cold = [[(m.entry.term, m.start, m.end) for m in lex.match(normalize(p))] for p in prompts]
    lex.compile_rules()
    warm = [[(m.entry.term, m.start, m.end) for m in lex.match(normalize(p))] for p in prompts]
    assert cold == warm


def test_every_lazy_table_row_compiles():
    """The private-person and role tables (and any other lazy table imported by the reader) compile."""
    import nciiguard.text.persons.private  # noqa: F401  (builds the tables)
    from nciiguard.text.persons.roles_ml import ROLE_ML_PATTERNS  # noqa: F401

    lazy_regex.compile_all()
    assert lazy_regex.pending() == 0
