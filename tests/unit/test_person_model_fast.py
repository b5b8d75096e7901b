"""The person-mention model's fast scoring path equals the plain per-feature sum it replaced.

``PersonMentionModel.token_probs`` caches weight sums of feature groups instead of building and
hashing every feature string of every token. These tests score varied texts both ways (the
reference below is the straightforward loop: bias + the weight of each of ``_intrinsic`` +
``context_features``) and compare every token probability within 1e-6, and check that the groups
hold exactly the strings ``context_features`` builds, so a new feature added there without its
group fails here rather than silently scoring differently from training.
"""

from __future__ import annotations

import math
import random
from collections import Counter

import pytest

from nciiguard.text import normalize
from nciiguard.text.persons import model as pm

TEXTS = [
    "",
    "   ",
    "Emma",
    "emma",
    "a",
    "5",
    "a photo of quillon vadderby nude",
    "anushkashetty nude selfie, 4k",
    "<lora:oksana:0.8>, 1girl, nude <lora:anyapetrova_v2:1> #emmawatson @taylorswift",
    "Portrait of Virat Kohli's wife by Greg Rutkowski and Alphonse Mucha, trending on artstation",
    "JENNIFER LAWRENCE AT THE BEACH",
    "Jennifer Lawrence At The Beach",
    "nude pics of virat kohli",
    "R. Kucerova and J.-P. Sartre, Mount Fuji, Greene St, Davidson College",
    "tomasz_wisniewski in a red dress; DagmarPavlíček (masterpiece:1.2) [[best quality]]",
    "Ольга Иванова, 山田花子, Ἀθηνᾶ, ﬁnal café naïve, Zoë O'Neil's cat",
    "e\u0301mile zola\u200bnude \U0001F600\U0001F600 a\u00adb",
    "her boyfriend's sister's friend's photo, al leiter, jiyeon park",
    "by by by of of the the a an my her his starring featuring with and as like from",
]


def _random_texts(n: int) -> list[str]:
    rng = random.Random(7)
    words = ("emma watson of by the nude beach Jiyeon Park kohli virat <lora:anya:0.7> #hash @handle "
             "O'Brien's x-ray 1girl 4k (masterpiece) [quality] mary-kate SMITH McDonald. sachintendulkar "
             "café ÉMILE . , ; : ! ? ) ( _ - starring featuring").split()
    out = []
    for _ in range(n):
        k = rng.randint(1, 40)
        seps = [" ", " ", " ", ", ", "_", "-", "", ". "]
        out.append("".join(rng.choice(words) + rng.choice(seps) for _ in range(k)))
    return out


LONG = " ".join(["Quillon Vadderby, a portrait by Greg Rutkowski of jiyeon park's cat"] * 120)


@pytest.fixture(scope="module")
def model():
    return pm.load_person_mention_model()


def reference_probs(model, nt) -> list[float]:
    """The plain loop: every feature string hashed and its weight added, token by token."""
    rows, _toks, mode = pm.token_rows(nt)
    w = model._w
    out = []
    for i, r in enumerate(rows):
        if model.gated(r):
            out.append(0.0)
            continue
        feats = pm._intrinsic(r.base) + model.context_features(rows, i, mode)
        z = model._b + sum(w[pm._h(f)] for f in feats)
        out.append(1.0 / (1.0 + math.exp(-z)) if z >= -30 else 0.0)
    return out


@pytest.mark.parametrize("text", TEXTS + _random_texts(60) + [LONG])
def test_fast_probabilities_equal_the_plain_sum(model, text):
    nt = normalize(text)
    fast, rows, _toks, _mode = model.token_probs(nt)
    ref = reference_probs(model, nt)
    assert len(fast) == len(ref) == len(rows)
    assert all(abs(a - b) <= 1e-6 for a, b in zip(fast, ref))
    # Twice: the second pass reads the group caches the first one filled (a new field object, as
    # token_probs keeps the last field's answer).
    again = model.token_probs(normalize(text))[0]
    assert all(abs(a - b) <= 1e-6 for a, b in zip(again, ref))


@pytest.mark.parametrize("text", TEXTS + _random_texts(30))
def test_groups_hold_exactly_the_training_features(model, text):
    nt = normalize(text)
    rows, _toks, mode = pm.token_rows(nt)
    for i, r in enumerate(rows):
        expected = Counter(pm._intrinsic(r.base) + model.context_features(rows, i, mode))
        assert Counter(model.grouped_features(rows, i, mode)) == expected


@pytest.mark.parametrize("text", TEXTS[6:] + ["a photo of quillon vadderby's sister, by greg rutkowski"])
def test_mentions_are_the_same_with_the_reference_scores(model, monkeypatch, text):
    nt = normalize(text)
    fast = model.mentions(nt)
    rows, toks, mode = pm.token_rows(nt)
    monkeypatch.setattr(model, "token_probs", lambda nt_: (reference_probs(model, nt_), rows, toks, mode))
    ref = model.mentions(nt)
    assert [(m.start, m.end, m.tokens, m.top) for m in fast] == [(m.start, m.end, m.tokens, m.top) for m in ref]
    assert all(abs(a.score - b.score) <= 1e-6 for a, b in zip(fast, ref))


def test_a_name_on_no_list_is_still_found(model):
    nt = normalize("a photo of quillon vadderby's sister, by greg rutkowski")
    found = [nt.folded.text[m.start:m.end] for m in model.mentions(nt)]
    assert any(f.startswith("quillon vadderby") for f in found)


def test_group_caches_stay_bounded(model, monkeypatch):
    monkeypatch.setattr(pm, "_GROUP_CACHE", 50)
    for c in model._caches:
        c.clear()
    texts = _random_texts(40)
    for t in texts:
        model.token_probs(normalize(t))
    assert all(len(c) <= 50 for c in model._caches)
    nt = normalize(texts[-1])
    assert all(abs(a - b) <= 1e-6 for a, b in zip(model.token_probs(nt)[0], reference_probs(model, nt)))


WORDS = ["", "a", "ab", "emma", "sachintendulkar", "o'brien", "café", "ölçek", "山田", "x" * 60, "a\u0301b",
         "\U0001F600", "k1n5k1", "zoë"]


@pytest.mark.parametrize("word", WORDS)
def test_token_ngram_sums_equal_the_feature_strings(model, word):
    ref = sum(model._w[pm._h(f)] for f in pm._intrinsic(word))
    assert abs(model._tok_sum_uncached(word) - ref) <= 1e-9


@pytest.mark.parametrize("word", WORDS)
def test_name_likeness_hashes_equal_the_salted_strings(word):
    import zlib

    from nciiguard.text.persons.namelike import ngram_hashes

    s = "^" + word + "$"
    ref = sorted({zlib.crc32(b"%d:" % n + s[k:k + n].encode("utf-8")) for n in (2, 3, 4)
                  for k in range(len(s) - n + 1)})
    assert ngram_hashes(word) == ref


def test_the_last_field_is_scored_once(model):
    """The subject-slot rules and the mention decoder ask for the same field in turn: one pass."""
    nt = normalize("portrait of kavish dharwan at dusk")
    first = model.token_probs(nt)
    assert model.token_probs(nt) is first                   # the same field: the kept answer
    other = model.token_probs(normalize("portrait of kavish dharwan at dusk"))
    assert other is not first and other[0] == first[0]       # another field object: scored again



@pytest.mark.parametrize("text", [
    "<lora:jane_doe_v2:0.7> Emma in a garden <lora:x:1>",
    "a <lora:anna_k:0.8> portrait, <lyco:style:0.5> by greg rutkowski",
    "<lora:one:1><lora:two:1> jane doe <hypernet:three:0.4>",
    "no tags at all, just a cat",
    "<lora:unclosed jane doe",
] + [" ".join(random.Random(k).choice(["<lora:jane_doe:0.7>", "Emma", "cat", "<lora:x:1>", "by", "ann_lee"])
              for _ in range(12)) for k in range(20)])
def test_tag_flags_equal_the_plain_scan(text):
    """The bisect over tag starts marks exactly the tokens the plain any() over tags marked."""
    nt = normalize(text)
    rows, _toks, _mode = pm.token_rows(nt)
    spans = [(tg.span.start, tg.span.end) for tg in nt.tags]
    view = nt.folded
    for r, t in zip(rows, view.tokens):
        end = t.end - 2 if t.text.endswith("'s") else t.end
        os_, oe = view.to_original(t.start, end)
        assert r.tag == any(a <= os_ and oe <= b for a, b in spans), (text, t.text)
