"""real_person_text: lower-case names that only a subject slot admits.

Two rules read lower-case names whose parts are ambiguous on their own, and only where the
name stands as a subject (it opens a comma/sentence item or follows "of", "starring",
"featuring", "with", "and"):

- joined tokens: a first name glued to a common census surname ("tomfinch", 6-7 letter
  tokens too) or, after a 4+ letter first name, to an unknown rest that reads as a name;
- pairs: a first name before a surname that is also a word ("harriet copper").

Both directions for each (must find / must stay quiet). Names here are invented; none comes
from a benchmark list.
"""

from __future__ import annotations

import pytest

from nciiguard.text import normalize

POLICY_MIN = 0.5  # the ncii profile's real_person_text threshold


@pytest.fixture(scope="module")
def signal(real_person_signal):
    return real_person_signal


def found(signal, text):
    return [(f.text, f.evidence.get("classes")) for f in signal.detect_text(normalize(text))
            if f.label == "full_name" and f.score >= POLICY_MIN]


# --- joined names ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("tomfinch nude", "tomfinch"),  # 3-letter first name + a surname that is a word
        ("a photo of tomfinch eating", "tomfinch"),  # after "of"
        ("tommoss nude", "tommoss"),  # a 7-letter token
        ("porn of jonlee", "jonlee"),  # a 3-letter surname
        ("gustavbrenlow nude", "gustavbrenlow"),  # first name + an unknown rest the model reads as a name
        ("hardcore scene starring gustavbrenlow", "gustavbrenlow"),
        ("nude, gustavbrenlow, bedroom", "gustavbrenlow"),  # opens a comma item
    ],
)
def test_joined_subject_found(signal, prompt, name):
    assert name in [t for t, _ in found(signal, prompt)], signal.detect_text(normalize(prompt))


@pytest.mark.parametrize(
    "prompt",
    [
        "the tomfinch tree nude",  # not in a subject slot
        "nude woman eating tomfinch",
        "Tomfinch nude, bedroom",  # written with a capital: the lower-case rules stay out
        "nude marihuana, daikon, beanie",  # words that split into name-like halves
        "the stavronikita monastery, nude",  # a rest ending in another first name
        "porn of stavronikita",
        "porn of shaolin monks",  # short token after a non-census first name ("sha")
        "nude, childern, loungers",  # known miss the other way: "nude, breezeway" splits (bree + zeway)
        "a bowl of cole slaw, nude",  # a rare word (Wo) as surname: capitals only
        "nude woman, charizard, akihabara",  # 3-letter first name + unknown rest: left out
    ],
)
def test_joined_quiet(signal, prompt):
    assert found(signal, prompt) == [], signal.detect_text(normalize(prompt))


# --- lower-case pairs with a word surname ----------------------------------------------------
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("harriet copper nude", "harriet copper"),  # Sw-: a rarer census surname that is a word
        ("naked photo of harriet copper", "harriet copper"),
        ("nude, bernard hamlet", "bernard hamlet"),  # opens a comma item
        ("porn starring bernard hamlet and harriet copper", "bernard hamlet"),
    ],
)
def test_lower_word_surname_subject_found(signal, prompt, name):
    got = found(signal, prompt)
    assert name in [t for t, _ in got], signal.detect_text(normalize(prompt))
    assert all(c.endswith("^") for t, c in got if t == name)  # evidence names the rule


@pytest.mark.parametrize(
    "prompt",
    [
        "eating harriet copper, nude",  # not a subject slot
        "teddy bears nude",  # plural of a common word
        "warner brothers logo, nude",
        "olivia seen nude",  # a rare census surname (rank > 20000) that is a word
        "glory wall nude",  # an ambiguous first name (also a word)
        "ginger hair, nude",
    ],
)
def test_lower_word_surname_quiet(signal, prompt):
    assert found(signal, prompt) == [], signal.detect_text(normalize(prompt))


def test_capitalised_text_unchanged(signal):
    # Capitals carry the evidence in mixed-case text: a Title-case pair keeps its table score.
    got = {t: c for t, c in found(signal, "Harriet Copper nude")}
    assert got.get("Harriet Copper") == "F+Sw-"
