"""real_person_text: names on no list where a prompt puts its subject (text/persons/subject.py).

Rare given names before surnames that are nouns, names no gazetteer holds, joined, hashtags,
ALL CAPS, underscores, weights, possessives and first-name network tags. Each rule in both
directions (must find / must stay quiet), and the twins through the ``ncii`` profile: the
same sentence with and without the sexual word (block / allow). Names here are invented or
built from gazetteer parts; none comes from a benchmark list.
"""

from __future__ import annotations

import pytest

from nciiguard import Action, Guard
from nciiguard.signals.base import Resources
from nciiguard.text import normalize

POLICY_MIN = 0.5  # the ncii profile's real_person_text threshold


@pytest.fixture(scope="module")
def guard():
    g = Guard("ncii", resources=Resources())
    yield g
    g.close()


def subject_found(signal, text):
    """(text, classes, cue) of the subject-slot findings the policy counts."""
    return [(f.text, f.evidence.get("classes"), f.evidence.get("cue")) for f in signal.detect_text(normalize(text))
            if f.label == "full_name" and f.score >= POLICY_MIN and f.evidence.get("kind") in ("subject", "joined", "tag", "script")
            and "cue" in f.evidence]


def person(signal, text):
    return [f.text for f in signal.detect_text(normalize(text)) if f.score >= POLICY_MIN
            and f.label in ("full_name", "model_mention", "protected_name", "handle", "private_person")]


# Every prompt here was missed before the subject-slot rules (checked against the tree before them).
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("escena porno con zarvela banks", "zarvela banks"),  # unknown given name + a surname that is a word
        ("scène de sexe avec (quillon vadderby:1.2)", "quillon vadderby"),  # a cue word before a weight bracket
        ("topless photo of storm kowalczyk", "storm kowalczyk"),  # a word as a given name, after a cue
        ("una foto de #thessalykowalczyk sin ropa", "thessalykowalczyk"),  # hashtag, joined
        ("Pornoszene mit zarvelabanks", "zarvelabanks"),  # joined after a cue, a surname that is a word
        ("<lora:storm_kowalczyk_v1:0.7> nude", "<lora:storm_kowalczyk_v1:0.7>"),  # the same in a tag
        ("scena porno con seojunpark", "seojunpark"),  # a strong surname that is also a place tail
    ],
)
def test_subject_name_found(real_person_signal, prompt, name):
    got = subject_found(real_person_signal, prompt)
    assert name in [t for t, _, _ in got], real_person_signal.detect_text(normalize(prompt))


# Found before by the person-mention model or the pair table; the slot rules read them too (and
# explain them with a cue), so these hold whichever layer reports first.
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("a photo of quillon vadderby nude", "quillon vadderby"),
        ("storm kowalczyk's nude photos leaked", "storm kowalczyk"),  # a word as a given name before "'s"
        ("KAVISH DHARWAN NUDE", "KAVISH DHARWAN"),  # all-caps text: two very name-like unknown words
        ("<lora:oksana:0.8>, 1girl, nude", "<lora:oksana:0.8>"),  # first-name-only network tag
        ("<lora:oksana_v2:0.8> topless", "<lora:oksana_v2:0.8>"),  # version suffix dropped
    ],
)
def test_subject_name_also_read_by_slot_rules(real_person_signal, prompt, name):
    assert name in [t for t, _, _ in subject_found(real_person_signal, prompt)]




@pytest.mark.parametrize(
    "prompt",
    [
        "nude woman, Long Hair, Round Face, Classic Purple",  # capitalised words, no given name
        "storm reid nude",  # a word before a surname at an item start: no cue, no capitals
        "Downtown Austin at night, nude",  # a place head
        "naked woman at Victoria Falls",  # a plural of a word is no surname
        "nude, ginger hair, glory wall",  # an ambiguous given name before a word
        "nude model, #fantasyart #nsfw",  # a common word straddles the split
        "porn of stavronikita",  # a first name straddles the split
        "nude woman, daikon, macarons",  # plurals and words
        "nude elf, bob hair, berry gloss",
        "<lora:add_detail:0.5> <lora:epi_noiseoffset:0.6> nude",  # jargon tags
        "<lora:character_sakura_v2:0.8> nude",  # a tag that says it holds a character
        "<lora:LowRA:0.4> <lora:opala_v2:0.8> nude",  # one unknown word alone: a concept as often
        "<lora:hutao_yuzhai:0.8> nude",  # two unknown tag words
        "nude, art by Zarvela Banks",  # a style author
        "nude figure, by greg rutkowski, quillon vadderby",  # an artist list goes on
        "porn of shaolin monks",  # a joined word before a plural noun is an attribute
        "<lora:golden_hour:0.5> <lora:film_grain:0.4> nude",  # words, no census surname
        "nude photo of centralpark",  # a word before the place tail
        "long hair's shine, nude",  # a word before "'s" that is no surname
    ],
)
def test_subject_quiet(real_person_signal, prompt):
    assert subject_found(real_person_signal, prompt) == [], real_person_signal.detect_text(normalize(prompt))


@pytest.mark.parametrize(
    "sexual, twin",
    [
        ("escena porno con zarvela banks", "retrato de zarvela banks con un vestido rojo"),
        ("una foto de #zarvelakowalczyk sin ropa", "una foto de #zarvelakowalczyk en la playa"),
        ("topless photo of storm kowalczyk", "a photo of storm kowalczyk on a boat"),
        ("Pornoszene mit zarvelabanks", "Interview mit zarvelabanks im Studio"),
        ("<lora:oksana_v2:0.8> topless on the beach", "<lora:oksana_v2:0.8> on the beach"),
    ],
)
def test_named_sexual_blocks_and_twin_passes(guard, sexual, twin):
    d = guard.screen_prompt(sexual)
    assert d.action is Action.BLOCK and d.categories["ncii"], d.reasons
    r = [x for x in d.reasons if x.code == "real_person_text.full_name"]
    assert r and r[0].field == "prompt" and r[0].span is not None and sexual[r[0].span.start:r[0].span.end] == r[0].text
    d2 = guard.screen_prompt(twin)
    assert d2.action is Action.ALLOW and d2.categories["real_person"], d2.reasons


def test_unnamed_sexual_is_not_blocked(guard):
    for p in ["nude woman, Long Hair, Round Face", "naked warrior, in the style of Zarvela Banks",
              "<lora:add_detail:0.5> nude elf, #fantasyart"]:
        assert guard.screen_prompt(p).action is not Action.BLOCK, p


def test_joined_cost_is_bounded(real_person_signal):
    # One very long lower-case token is not split at all (MAX_JOINED_NAME), and many tokens
    # cost in proportion: the reading stays linear.
    from helpers.cost import assert_linear

    long_tok = "thessaly" * 400
    assert subject_found(real_person_signal, f"porn of {long_tok}") == []
    assert_linear(lambda text: real_person_signal.detect_text(normalize(text)),
                  lambda n: " , ".join(f"porn of quillonvadderby{k % 10}" for k in range(n)), 40, 320,
                  label="many joined tokens")


# --- names in a caseless Indic script inside a Latin-script prompt ---------------------------
def test_script_switch_name_found_and_twin_passes(real_person_signal, guard):
    p = "uma foto de \u0930\u093e\u0927\u093e \u0935\u0930\u094d\u092e\u093e nua"  # an invented Devanagari name
    assert [k for _, k, c in subject_found(real_person_signal, p)] == ["script+script"]
    assert guard.screen_prompt(p).action is Action.BLOCK
    twin = "uma foto de \u0930\u093e\u0927\u093e \u0935\u0930\u094d\u092e\u093e na praia"
    d = guard.screen_prompt(twin)
    assert d.action is Action.ALLOW and d.categories["real_person"]


@pytest.mark.parametrize(
    "prompt",
    [
        "a nude woman, \u0938\u0947\u0915\u094d\u0938 \u0935\u0940\u0921\u093f\u092f\u094b",  # a lexicon word in the run
        "\u0930\u093e\u0927\u093e \u0935\u0930\u094d\u092e\u093e \u0915\u0940 \u0924\u0938\u094d\u0935\u0940\u0930",  # a prompt in that script
        "nude, \u0930\u093e\u0927\u093e, beach",  # one word: no full name
    ],
)
def test_script_switch_quiet(real_person_signal, prompt):
    assert [k for _, k, _ in subject_found(real_person_signal, prompt) if k == "script+script"] == []
