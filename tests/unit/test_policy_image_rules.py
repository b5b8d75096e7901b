"""The image rules of the shipped profiles, tested by injecting signal results (no models).

Label vocabulary (see src/nciiguard/policy/profiles/ncii.yaml):
nsfw_image "sexual" on image[*] / input_image[*]; faces "face" (input_image[*]) and
"input_face_match"; likeness_match "registered_face"; hash_match "bank_match"; provenance
"ai_generated" / "watermark" / "c2pa_manifest".
"""

from __future__ import annotations

import itertools

import pytest

from nciiguard import load_policy
from nciiguard.findings import Action, Box, Finding, SignalResult, Status, Span

NCII = load_policy("ncii")
SFW = load_policy("sfw")


def ok(signal: str, *findings: Finding) -> SignalResult:
    return SignalResult(signal, "1", Status.OK, tuple(findings))


def failed(signal: str, status: Status = Status.ERROR) -> SignalResult:
    return SignalResult(signal, "1", status, (), 12.0, "RuntimeError: model crashed")


def sexual_image(score=0.93, field="image[0]"):
    return ok("nsfw_image", Finding("sexual", score, field, evidence={"model": "opennsfw"}))


def registered_face(field="image[0]"):
    return ok("likeness_match", Finding("registered_face", 0.97, field, box=Box(40, 30, 120, 120),
                                        evidence={"person_id": "p-1", "distance": 0.31}))


def input_face(field="input_image[0]"):
    return Finding("face", 0.99, field, box=Box(10, 10, 80, 80), evidence={"quality": 0.9})


def input_face_match(field="image[0]"):
    return Finding("input_face_match", 0.95, field, box=Box(44, 28, 118, 121),
                   evidence={"input_field": "input_image[0]", "distance": 0.35})


def bank_match(field="image[0]"):
    return ok("hash_match", Finding("bank_match", 1.0, field, evidence={"bank": "survivors", "entry": 17, "distance": 6}))


def provenance_ai(field="image[0]"):
    return ok("provenance",
              Finding("c2pa_manifest", 1.0, field, evidence={"validation_state": "Valid"}),
              Finding("ai_generated", 0.9, field, evidence={"digital_source_type": "trainedAlgorithmicMedia"}),
              Finding("watermark", 1.0, field, evidence={"method": "dwtDct", "payload": "stable_diffusion_v2"}))


def text(signal, label, field, start, end, score=0.9):
    return ok(signal, Finding(label, score, field, span=Span(start, end)))


def codes(decision):
    return {r.code for r in decision.reasons}


# -- the four blocking cases of issue 4 -------------------------------------------------------


def test_sexual_output_of_a_registered_person_is_blocked_as_ncii():
    d = NCII.decide([sexual_image(), registered_face(), ok("faces"), ok("hash_match"), ok("provenance")])
    assert d.action is Action.BLOCK
    assert d.categories["ncii"] and d.categories["real_person"]
    assert "ncii" in d.rules
    assert {"sexual.sexual", "registered_likeness.registered_face"} <= codes(d)
    boxes = [r.box for r in d.reasons if r.box is not None]
    assert Box(40, 30, 120, 120) in boxes  # reasons carry the image box


def test_sexual_output_matching_the_input_face_is_blocked_even_when_not_registered():
    d = NCII.decide([
        sexual_image(),
        ok("faces", input_face(), input_face_match()),
        ok("likeness_match"),  # nobody registered
        ok("hash_match"),
    ])
    assert d.action is Action.BLOCK
    assert d.categories["ncii"]
    assert "same_face_as_input.input_face_match" in codes(d)


@pytest.mark.parametrize(
    "text_result",
    [
        text("intent_text", "undress", "instruction", 0, 10),  # "take off her clothes"
        text("intent_text", "nudify", "prompt", 5, 11),
        text("sexual_text", "explicit", "prompt", 0, 5),  # a sexual prompt on an input face
    ],
    ids=["undress_instruction", "nudify_prompt", "sexual_prompt"],
)
def test_edit_request_on_an_input_face_that_undresses_or_sexualises_is_blocked_before_generation(text_result):
    # No output image exists yet: only the request (text + input image) is screened.
    d = NCII.decide([text_result, ok("faces", input_face()), ok("nsfw_image",
                     Finding("sexual", 0.02, "input_image[0]")), ok("likeness_match"), ok("hash_match")])
    assert d.action is Action.BLOCK
    assert d.categories["real_person"]
    assert set(d.rules) & {"undress_real_person", "ncii"}
    assert "input_face.face" in codes(d)


def test_undress_instruction_without_a_real_face_is_only_reviewed():
    d = NCII.decide([text("intent_text", "undress", "instruction", 0, 10), ok("faces")])
    assert d.action is Action.REVIEW


def test_undress_words_in_the_negative_prompt_do_not_count():
    d = NCII.decide([text("intent_text", "undress", "negative_prompt", 0, 10), ok("faces", input_face())])
    assert d.action is Action.ALLOW


def test_hash_bank_match_is_blocked_as_known_ncii():
    d = NCII.decide([bank_match(), ok("nsfw_image", Finding("sexual", 0.01, "image[0]"))])
    assert d.action is Action.BLOCK
    assert d.categories["known_ncii"]
    assert "known_ncii" in d.rules


def test_no_bank_match_means_no_known_ncii_block():
    """The allow-list is applied by the matcher, which then reports no bank_match at all."""
    allow_listed = ok("hash_match", Finding("allow_listed", 1.0, "image[0]", evidence={"bank": "false_positives"}))
    for result in (ok("hash_match"), allow_listed):
        d = NCII.decide([result, ok("nsfw_image", Finding("sexual", 0.01, "image[0]"))])
        assert d.action is Action.ALLOW
        assert not d.categories["known_ncii"]


# -- provenance never lowers ------------------------------------------------------------------


def test_ai_generated_provenance_does_not_lower_a_block():
    base = [sexual_image(), registered_face(), ok("faces", input_face(), input_face_match())]
    without = NCII.decide(base + [ok("provenance")])
    with_ai = NCII.decide(base + [provenance_ai()])
    assert without.action is with_ai.action is Action.BLOCK
    assert with_ai.categories["ai_generated"] and not without.categories["ai_generated"]
    assert set(without.rules) <= set(with_ai.rules)


@pytest.mark.parametrize("profile", [NCII, SFW], ids=["ncii", "sfw"])
def test_provenance_never_lowers_any_combination(profile):
    """Exhaustively: adding provenance findings to any set of the other results never lowers the action."""
    pieces = [sexual_image(), registered_face(), ok("faces", input_face(), input_face_match()), bank_match(),
              text("intent_text", "undress", "instruction", 0, 5), ok("nsfw_image", Finding("sexual", 0.5, "image[0]")),
              failed("faces")]
    for n in range(len(pieces) + 1):
        for combo in itertools.combinations(pieces, n):
            before = profile.decide(list(combo))
            after = profile.decide(list(combo) + [provenance_ai()])
            assert after.action.severity >= before.action.severity, [r.signal for r in combo]


def test_provenance_alone_allows_and_is_reported():
    d = NCII.decide([provenance_ai(), ok("nsfw_image", Finding("sexual", 0.01, "image[0]"))])
    assert d.action is Action.ALLOW
    assert d.categories["ai_generated"]


def test_camera_manifest_is_not_reported_as_ai_generated():
    d = NCII.decide([ok("provenance", Finding("c2pa_manifest", 1.0, "image[0]"),
                        Finding("c2pa_unreadable", 1.0, "image[0]", evidence={"error": "Verify"}))])
    assert not d.categories["ai_generated"]


# -- fail closed ------------------------------------------------------------------------------


@pytest.mark.parametrize("signal", ["nsfw_image", "faces", "likeness_match", "hash_match", "provenance"])
@pytest.mark.parametrize("status", [Status.ERROR, Status.TIMEOUT])
def test_a_failed_image_signal_means_review_never_allow(signal, status):
    others = [ok(s) for s in ("nsfw_image", "faces", "likeness_match", "hash_match", "provenance") if s != signal]
    d = NCII.decide(others + [failed(signal, status)])
    assert d.action is Action.REVIEW
    assert d.categories["signal_error"]
    assert f"signal_{status.value}.{signal}" in codes(d)


def test_a_failed_signal_does_not_lower_a_block():
    d = NCII.decide([sexual_image(), registered_face(), failed("provenance")])
    assert d.action is Action.BLOCK


# -- benign combinations and the thresholds ----------------------------------------------------


@pytest.mark.parametrize(
    "results",
    [
        [ok("nsfw_image", Finding("sexual", 0.05, "image[0]")), ok("faces", input_face()), ok("likeness_match")],
        [ok("nsfw_image", Finding("sexual", 0.39, "image[0]")), registered_face()],  # a registered person, clothed
        [ok("nsfw_image", Finding("sexual", 0.05, "image[0]")), ok("faces", input_face(), input_face_match())],
        [ok("faces", input_face()), text("sexual_text", "explicit", "negative_prompt", 0, 4)],
        [ok("nsfw_image"), ok("faces"), ok("likeness_match"), ok("hash_match"), ok("provenance")],
        [],
    ],
    ids=["clean_edit", "registered_clothed", "same_face_clean", "negative_prompt_only", "nothing_found", "no_results"],
)
def test_benign_combinations_are_allowed(results):
    assert NCII.decide(results).action is Action.ALLOW


def test_suggestive_image_of_a_registered_person_is_blocked():
    d = NCII.decide([ok("nsfw_image", Finding("sexual", 0.5, "image[0]")), registered_face()])
    assert d.action is Action.BLOCK
    assert "registered_likeness_sexualised" in d.rules


def test_sexual_image_of_nobody_in_particular_is_reviewed_under_ncii_and_blocked_under_sfw():
    results = [sexual_image(), ok("faces"), ok("likeness_match")]
    assert NCII.decide(results).action is Action.REVIEW
    assert SFW.decide(results).action is Action.BLOCK


def test_sexual_score_just_below_threshold_is_not_sexual():
    d = NCII.decide([ok("nsfw_image", Finding("sexual", 0.79, "image[0]"))])
    assert not d.categories["sexual"] and d.categories["suggestive"]
    assert d.action is Action.ALLOW  # suggestive alone is allowed under ncii


def test_sexual_input_image_is_reviewed_not_counted_as_output():
    d = NCII.decide([ok("nsfw_image", Finding("sexual", 0.95, "input_image[0]"))])
    assert d.action is Action.REVIEW
    assert "sexual_input_image" in d.rules
    assert not d.categories["sexual"]


def test_minor_with_a_sexual_image_is_blocked():
    d = NCII.decide([sexual_image(), text("minor_text", "age_under_18", "prompt", 0, 4)])
    assert d.action is Action.BLOCK
    assert "minor_sexual" in d.rules


# -- field patterns: brackets are literal ------------------------------------------------------


@pytest.mark.parametrize(
    "pattern,field,expected",
    [
        ("image[*]", "image[0]", True),
        ("image[*]", "image[12]", True),
        ("image[*]", "input_image[0]", False),
        ("input_image[*]", "input_image[3]", True),
        ("input_image[*]", "image[0]", False),
        ("image[0]", "image[0]", True),
        ("image[0]", "image[1]", False),
        ("prompt", "prompt", True),
        ("cap*", "caption", True),
        ("*prompt", "negative_prompt", False),  # excluded by default whatever the pattern
    ],
)
def test_field_patterns_treat_brackets_literally(pattern, field, expected):
    from nciiguard.policy.schema import Selector

    assert Selector(signal="nsfw_image", fields=[pattern]).field_ok(field) is expected
