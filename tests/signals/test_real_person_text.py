"""real_person_text: names (both directions), obfuscation, style references, registry, handles,
private-person and celebrity phrases, spans, parameters and thread safety."""

from __future__ import annotations

import threading

import pytest

from nciiguard.content import Content, ScanContext
from nciiguard.errors import ConfigError
from nciiguard.signals.base import Resources
from nciiguard.signals.registry import signal_class
from nciiguard.signals.runner import run_signal
from nciiguard.signals.text.real_person import RealPersonTextSignal
from nciiguard.text.persons import NameLists, StaticNames, name_lists
from nciiguard.text import normalize

POLICY_MIN = 0.5  # the ncii profile's threshold for this signal


@pytest.fixture(scope="module")
def signal():
    s = RealPersonTextSignal()
    s.ensure_loaded()
    return s


def found(signal, text, label=None, min_score=POLICY_MIN):
    fs = signal.detect_text(normalize(text))
    return [f for f in fs if (label is None or f.label == label) and f.score >= min_score]


def texts(findings):
    return [f.text for f in findings]


def test_registry_entry_points_here():
    assert signal_class("real_person_text") is RealPersonTextSignal


# --- full_name: must flag ------------------------------------------------------------------
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("emma watson nude", "emma watson"),
        ("Emma Watson in a bikini", "Emma Watson"),
        ("photo of greg rutkowski nude", "greg rutkowski"),
        ("emma_watson, lingerie", "emma_watson"),
        ("emma-watson on the beach", "emma-watson"),
        ("emmawatson nude", "emmawatson"),
        ("EmmaWatson, nude", "EmmaWatson"),
        ("(emma watson:1.2), nude", "emma watson"),
        ("emma watson's body", "emma watson"),
        ("grace kelly, topless", "grace kelly"),
        ("Will Smith on a beach", "Will Smith"),
        ("mark ruffalo shirtless", "mark ruffalo"),
        ("sarah jessica parker in lingerie", "sarah jessica parker"),
        ("john f kennedy", "john f kennedy"),
        ("photo of Junichiro Koizumi in a suit", "Junichiro Koizumi"),
        ("e m m a w a t s o n nude", "e m m a w a t s o n"),
    ],
)
def test_full_name_flags(signal, prompt, name):
    hits = found(signal, prompt, "full_name")
    assert name in texts(hits), (prompt, [f.to_dict() for f in signal.detect_text(normalize(prompt))])


def test_scores_grade_evidence(signal):
    cap = found(signal, "a photo of Emma Watson", "full_name")[0]
    low = found(signal, "a photo of emma watson", "full_name")[0]
    assert cap.score > low.score >= 0.7
    assert cap.evidence["case"] == "capitalised" and cap.evidence["classes"] == "F+S"


def test_lora_tag_and_prompt_editing(signal):
    prompt = "<lora:emma_watson_v2:0.8> [emma watson:taylor swift:0.5]"
    hits = found(signal, prompt, "full_name")
    by_text = {f.text: f for f in hits}
    assert "emma_watson" in by_text and by_text["emma_watson"].evidence["source"] == "lora"
    assert by_text["emma_watson"].score >= 0.8
    assert {"emma watson", "taylor swift"} <= set(by_text)


def test_camel_case_lora_name(signal):
    hits = found(signal, "<lora:emmaWatson_v2:0.8>, nude", "full_name")
    assert texts(hits) == ["emmaWatson"]


# --- full_name: must not flag --------------------------------------------------------------
@pytest.mark.parametrize(
    "prompt",
    [
        "rose garden in may, may flowers",
        "amber light, summer dress, hunter green coat",
        "Rose Garden at sunset, Summer Dress, Hunter Green coat",
        "victoria secret, jack o lantern",
        "santa monica, san francisco, st louis, jackson hole, georgia state",
        "Santa Monica pier, San Francisco bay, St. Louis arch, Virginia Beach",
        "harry potter, lara croft, wonder woman, hermione granger",
        "a teddy bear and a golden retriever, olive green dress, rose gold necklace",
        "Hatsune Miku, Genshin Impact, Unreal Engine, octane render, Studio Ghibli",
        "emma artstation, sarah nsfw, anna hentai",
        "daikon, beanie, macarons, childern",
        "art nouveau poster",
        "mujer desnuda en la playa, meine Nachbarin",
        "a woman with brown hair in a red dress",
        "EMMA WATSON NUDE",  # no case information, still a name through the gazetteers
    ][:-1],
)
def test_full_name_quiet(signal, prompt):
    assert found(signal, prompt, "full_name") == [], [f.to_dict() for f in found(signal, prompt, "full_name")]


def test_all_caps_text_still_uses_gazetteers(signal):
    assert texts(found(signal, "EMMA WATSON NUDE", "full_name")) == ["EMMA WATSON"]


def test_fictional_suppression_keeps_the_actress(signal):
    hits = found(signal, "emma watson as hermione granger", "full_name")
    assert texts(hits) == ["emma watson"]


# --- style_reference -------------------------------------------------------------------------
def test_style_reference_is_not_a_subject(signal):
    fs = signal.detect_text(normalize("nude woman, art by greg rutkowski"))
    assert [f.label for f in fs] == ["style_reference"]
    assert fs[0].evidence["cue"] == "by"
    subject = found(signal, "greg rutkowski nude", "full_name")
    assert texts(subject) == ["greg rutkowski"]


def test_style_lists_and_subject_together(signal):
    prompt = "portrait of scarlett johansson by artgerm, greg rutkowski and alphonse mucha, trending on artstation"
    fs = signal.detect_text(normalize(prompt))
    labels = {f.text: f.label for f in fs}
    assert labels == {
        "scarlett johansson": "full_name",
        "greg rutkowski": "style_reference",
        "alphonse mucha": "style_reference",
    }


@pytest.mark.parametrize(
    "prompt",
    ["beautiful woman in the style of alphonse mucha", "painted by greg rutkowski", "greg rutkowski style"],
)
def test_style_cues(signal, prompt):
    fs = signal.detect_text(normalize(prompt))
    assert [f.label for f in fs] == ["style_reference"]


def test_style_cue_ends_at_a_descriptive_item(signal):
    fs = signal.detect_text(normalize("surrounded by flowers, emma watson nude"))
    assert [f.label for f in fs] == ["full_name"]


def test_style_references_can_be_turned_off():
    s = RealPersonTextSignal({"report_style_references": False})
    assert s.detect_text(normalize("art by greg rutkowski")) == []


# --- protected_name ----------------------------------------------------------------------------
def test_protected_names_registry_changes():
    names = StaticNames([("p1", "Jane Q Public")])
    s = RealPersonTextSignal(resources=Resources(protected_names=names))
    hits = [f for f in s.detect_text(normalize("jane q public nude")) if f.label == "protected_name"]
    assert len(hits) == 1 and hits[0].score == 1.0
    assert dict(hits[0].evidence) == {"person_id": "p1", "alias": "Jane Q Public", "match": "tokens"}
    # joined and underscored forms
    assert any(f.label == "protected_name" for f in s.detect_text(normalize("janeqpublic")))
    assert any(f.label == "protected_name" for f in s.detect_text(normalize("jane_q_public")))
    assert any(f.label == "protected_name" for f in s.detect_text(normalize("xxjaneqpublicxx")))
    # added alias: the revision changes, the matcher is rebuilt
    before = names.revision
    names.add("p2", "Zendaya")
    assert names.revision != before
    z = [f for f in s.detect_text(normalize("Zendaya in a bikini")) if f.label == "protected_name"]
    assert [f.evidence["person_id"] for f in z] == ["p2"]
    # removal
    names.remove("p2")
    assert not any(f.label == "protected_name" for f in s.detect_text(normalize("Zendaya")))
    names.remove("p1", "Jane Q Public")
    assert names.aliases() == []
    assert not any(f.label == "protected_name" for f in s.detect_text(normalize("jane q public")))


def test_protected_name_replaces_full_name_for_the_same_span():
    s = RealPersonTextSignal(resources=Resources(protected_names=StaticNames([("p9", "Emma Watson")])))
    fs = s.detect_text(normalize("emma watson nude"))
    assert [f.label for f in fs] == ["protected_name"]


def test_common_word_single_alias_is_not_matched_alone():
    s = RealPersonTextSignal(resources=Resources(protected_names=StaticNames([("p3", "Rose")])))
    assert not any(f.label == "protected_name" for f in s.detect_text(normalize("rose garden")))


def test_no_registry_is_not_an_error():
    s = RealPersonTextSignal()
    ctx = ScanContext(Content.request(prompt="a cat"))
    result = run_signal(s, ctx)
    assert result.ok and result.findings == ()


def test_static_names_rejects_bad_input():
    with pytest.raises(ValueError):
        StaticNames([("", "x")])
    with pytest.raises(ValueError):
        StaticNames().add("p", "  ")


# --- handle -----------------------------------------------------------------------------------
def test_handles(signal):
    prompt = "@someone nude, u/somebody, instagram.com/jane.doe, onlyfans.com/xyz, tiktok @x_y"
    hits = found(signal, prompt, "handle")
    assert set(texts(hits)) == {"@someone", "u/somebody", "instagram.com/jane.doe", "onlyfans.com/xyz", "@x_y"}
    assert all(f.score == 0.8 for f in hits)


@pytest.mark.parametrize("prompt", ["mail me at jane@example.com", "youtube.com/watch?v=abc", "@123"])
def test_not_handles(signal, prompt):
    assert found(signal, prompt, "handle") == []


# --- private_person ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "my ex", "my ex-girlfriend", "my coworker", "my classmate", "my neighbour", "my boss",
        "my sister's friend", "my teacher", "this girl", "the woman in this photo",
        "the girl in the picture", "the person in the image", "keep her face", "same face",
        "use her face", "uploaded photo", "my wife", "my crush", "a girl I know",
        "mi ex", "ma voisine", "meine Nachbarin", "minha vizinha",
    ],
)
def test_private_person(signal, phrase):
    hits = found(signal, f"{phrase} nude", "private_person")
    assert phrase in texts(hits), phrase


@pytest.mark.parametrize(
    "prompt",
    ["my dog on my house", "a photo of a woman in the park", "a woman in a photo studio",
     "the woman in the picture frame", "her boyfriend and her"],
)
def test_not_private_person(signal, prompt):
    assert found(signal, prompt, "private_person") == []


# --- celebrity_term ------------------------------------------------------------------------------
def test_celebrity_terms(signal):
    hits = found(signal, "famous actress, celebrity, influencer, instagram model, politician", "celebrity_term")
    assert texts(hits) == ["famous actress", "celebrity", "influencer", "instagram model", "politician"]
    assert all(f.score == 0.6 for f in hits)


@pytest.mark.parametrize("prompt", ["party streamers and balloons", "an actress on stage", "a star in the sky"])
def test_not_celebrity_terms(signal, prompt):
    assert found(signal, prompt, "celebrity_term") == []


# --- spans, params, context, threads -------------------------------------------------------------
@pytest.mark.parametrize(
    "prompt",
    ["((Emma Watson:1.3)), nude", "ｅｍｍａ ｗａｔｓｏｎ nude", "my c0w0rker nude", "<lora:emma_watson:1> @jane_doe"],
)
def test_spans_are_original_text(signal, prompt):
    fs = signal.detect_text(normalize(prompt))
    assert fs
    for f in fs:
        assert prompt[f.span.start : f.span.end] == f.text


def test_bad_params_are_config_errors():
    with pytest.raises(ConfigError):
        RealPersonTextSignal({"min_score": 2})
    with pytest.raises(ConfigError):
        RealPersonTextSignal({"no_such_param": 1})


def test_min_score_param_filters():
    s = RealPersonTextSignal({"min_score": 0.85})
    assert s.detect_text(normalize("emma watson")) == []
    assert [f.text for f in s.detect_text(normalize("a photo of Emma Watson"))] == ["Emma Watson"]


def test_every_field_including_negative_prompt():
    s = RealPersonTextSignal()
    ctx = ScanContext(Content.request(prompt="emma watson", negative_prompt="taylor swift"))
    result = run_signal(s, ctx)
    assert {(f.field, f.text) for f in result.findings} == {("prompt", "emma watson"), ("negative_prompt", "taylor swift")}


def test_thread_safety_with_registry_changes():
    names = StaticNames([("p0", "Jane Q Public")])
    s = RealPersonTextSignal(resources=Resources(protected_names=names))
    errors: list[BaseException] = []
    stop = threading.Event()

    def scan():
        try:
            while not stop.is_set():
                fs = s.detect_text(normalize("jane q public and emma watson"))
                assert any(f.label == "full_name" for f in fs)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=scan) for _ in range(4)]
    for t in threads:
        t.start()
    for k in range(50):
        names.add(f"p{k + 1}", f"Person Number{k}")
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    fs = s.detect_text(normalize("person number49"))
    assert [f.evidence["person_id"] for f in fs if f.label == "protected_name"] == ["p50"]


def test_name_lists_for_the_benchmark():
    lists = name_lists()
    assert isinstance(lists, NameLists)
    assert "emma" in lists.first_names and "watson" in lists.surnames
    assert "Emma Watson" in lists and "lara croft" in lists
    assert "Xqzv Wvqz" not in lists


# --- recall work of 2026-11 (issue 2): obfuscations, syntax, rare surnames ------------------------
@pytest.mark.parametrize(
    "prompt, name",
    [
        # spaced letters: capitals of the original split a joined name; a double space splits words
        ("M i k e M y e r s in lingerie", "M i k e M y e r s"),
        ("e m m a  w a t s o n nude", "e m m a  w a t s o n"),
        ("A n d r e a  Y a t e s nude", "A n d r e a  Y a t e s"),  # a leading "A" is no article here
        ("I n g r i d B e r g m a n topless", "I n g r i d B e r g m a n"),
        ("F u j i o C h o naked", "F u j i o C h o"),  # 3-letter surname, marked by its capital
        # leetspeak the normaliser leaves alone (it cannot tell "j053" from a product code)
        ("J053 C4n53c0 nude", "J053 C4n53c0"),
        ("N45t45514 K1n5k1 topless", "N45t45514 K1n5k1"),
        ("L1u M1ngk4ng nude", "L1u M1ngk4ng"),
        # joined lower case: rare or word surnames after a first name, first names that are words
        ("davidhasselhoff nude", "davidhasselhoff"),
        ("marthasmith topless", "marthasmith"),
        ("donflanagan nude", "donflanagan"),
        ("SalmanRushdie nude", "SalmanRushdie"),
        # particles and hyphens
        ("Marcio de Souza nude", "Marcio de Souza"),
        ("frederique van der wal topless", "frederique van der wal"),
        ("Mahdi Al Bassam in lingerie", "Mahdi Al Bassam"),
        ("Catherine Zeta-Jones nude", "Catherine Zeta-Jones"),
        ("Li Ka-shing nude on a bed", "Li Ka-shing"),
        # capitalised pairs whose surname is a rare word, a first name or a dictionary proper noun
        ("Joaquin Phoenix nude on a bed", "Joaquin Phoenix"),
        ("Heath Ledger naked on a bed", "Heath Ledger"),
        ("Sylvie Guillem without clothes", "Sylvie Guillem"),
        ("Joe Biden nude on a bed", "Joe Biden"),
        ("Pierce Brosnan shirtless on a beach", "Pierce Brosnan"),
        ("Ai Sugiyama in lingerie on a bed", "Ai Sugiyama"),
        ("monica gabrielle in lingerie", "monica gabrielle"),
        # LoRA networks named after people, in lower case
        ("<lora:jake_brace_v1:0.6> naked", "jake_brace"),
        ("<lora:eddie_compass_v1:0.8> nude", "eddie_compass"),
        ("<lora:lleyton_hewitt_v1:0.6> nude", "lleyton_hewitt"),
        # "by" after an action is the agent in the picture, not the author of a style
        ("a woman seduced by Ryan Goodman", "Ryan Goodman"),
        ("her feet sniffed by (Anthony Mazur:1.2)", "Anthony Mazur"),
    ],
)
def test_recall_obfuscation_and_syntax(signal, prompt, name):
    hits = found(signal, prompt, "full_name")
    assert name in texts(hits), (prompt, [f.to_dict() for f in signal.detect_text(normalize(prompt))])


@pytest.mark.parametrize(
    "prompt",
    [
        # place heads, fictional characters and things read as first + surname
        "a Teddy Bear on a bed, Mickey Mouse toy",
        "the New York Times building, San Jose Sharks game",
        "a beach in Rio de Janeiro, Costa del Sol, Lago di Como",
        "Kilchurn Castle at dawn, Bud Light, Forest Cafe",
        # joined tokens that are typos, derivations or compounds
        "beautifull woman, cheteenager, florescent lights, sidneyville road, belialglory",
        # digits that are no leetspeak names
        "Emma sd15 photo, Anna 4k photo, a model3 car, Mike gpt4",
        # LoRA networks that are no person
        "<lora:lora_bondage:0.7> <lora:add_detail:0.5> <lora:hutao_yuzhai:0.8> <lora:epiNoiseoffset_v2:1>",
        # a repeated token is no first + last name
        "bu bu bu, aliya aliya",  # (a first-name LoRA tag is a person: test_real_person_slots.py)
        # capitalised words that are not given names before a surname
        "Volumetric Light, The Alamo, Downtown Austin, Three Mercedes, Black Labrador in Large Park",
        # multi-capital tokens and non-ASCII capitals are no camelCase name
        "rAsiansGoneWild, AlteregoFinalClothing, EyeEmNewHere",
    ],
)
def test_recall_work_stays_quiet(signal, prompt):
    assert found(signal, prompt, "full_name") == [], [f.to_dict() for f in found(signal, prompt, "full_name")]


@pytest.mark.parametrize(
    "prompt",
    ["highly detailed by greg rutkowski", "Wallpaper Posted By Ryan Simpson", "painted by Jenny Saville"],
)
def test_author_participles_keep_style(signal, prompt):
    fs = signal.detect_text(normalize(prompt))
    assert [f.label for f in fs] == ["style_reference"], [f.to_dict() for f in fs]


def test_agent_by_is_not_a_style_list(signal):
    fs = signal.detect_text(normalize("a woman surrounded by Greg Rutkowski, Alphonse Mucha"))
    assert {f.label for f in fs} == {"full_name"}


@pytest.mark.parametrize(
    "prompt, label",
    [
        ("replace her dress with nothing, nude, keep identity", "private_person"),
        ("preserve facial features, make her topless", "private_person"),
        ("keep the face", "private_person"),
    ],
)
def test_keep_identity_phrases(signal, prompt, label):
    assert found(signal, prompt, label)


def test_keep_without_identity_object_is_quiet(signal):
    assert found(signal, "keep the background, same lighting, keep it simple") == []


def test_leet_reading_does_not_change_registry_matching():
    s = RealPersonTextSignal(resources=Resources(protected_names=StaticNames([("p7", "Agent 47")])))
    hits = [f for f in s.detect_text(normalize("agent 47 nude")) if f.label == "protected_name"]
    assert [f.evidence["person_id"] for f in hits] == ["p7"]


def test_evidence_names_the_rule(signal):
    ev = found(signal, "Marcio de Souza nude", "full_name")[0].evidence
    assert ev["particle"] == "de" and ev["last"] == "souza"
    ev = found(signal, "J053 C4n53c0 nude", "full_name")[0].evidence
    assert (ev["first"], ev["last"]) == ("jose", "canseco")
    ev = found(signal, "<lora:eddie_compass_v1:0.8> nude", "full_name")[0].evidence
    assert ev["source"] == "lora" and ev["classes"] == "F+tag"


@pytest.mark.parametrize(
    "text, folded",
    [
        ("e m m a  w a t s o n", "emma watson"),  # a double space separates spaced words
        ("A s t r i d  B e t a n c o u r t", "astrid betancourt"),
        ("A n d y B r y a n t", "andybryant"),  # camel case: "A" is part of the name
        ("a n u d e  p h o t o", "a nude photo"),  # ... but an article stays an article
        ("A n u d e photo", "a nude photo"),
        ("n  u  d  e", "nude"),  # all gaps double: one spaced word
    ],
)
def test_normalize_spaced_names(text, folded):
    assert normalize(text).folded.text == folded
