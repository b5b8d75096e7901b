"""The faces signal and engine on real dlib models and real (benign) photos.

Fixtures: tests/fixtures/faces (see tests/fixtures/README.md): obama_a/obama_b are two different
photos of one person, biden_a/biden_b of another, two_people shows both.
"""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFilter

dlib = pytest.importorskip("dlib")

from helpers.faces import count_embeddings  # noqa: E402
from helpers.images import png_claiming  # noqa: E402
from nciiguard import faces as faces_mod  # noqa: E402
from nciiguard.content import Content, ImageInput, ScanContext  # noqa: E402
from nciiguard.errors import InputError  # noqa: E402
from nciiguard.faces import DEFAULT_MATCH_THRESHOLD, FaceEngine, FaceSettings, face_distance  # noqa: E402
from nciiguard.findings import Status  # noqa: E402
from nciiguard.imaging import ImageLimits, decode_image  # noqa: E402
from nciiguard.signals.image.faces import FacesSignal  # noqa: E402
from nciiguard.signals.registry import signal_class  # noqa: E402
from nciiguard.signals.runner import run_signal  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "faces"


def photo(name: str) -> Path:
    return FIX / name


def rgb(name: str) -> np.ndarray:
    return decode_image(photo(name)).rgb


@pytest.fixture(scope="module")
def engine() -> FaceEngine:
    return faces_mod.get_engine().load()


@pytest.fixture(scope="module")
def signal() -> FacesSignal:
    s = FacesSignal()
    s.ensure_loaded()
    return s


def scan(sig, *images) -> list:
    """Run the signal through the real runner; images are (source, role) or sources (output)."""
    inputs = tuple(i if isinstance(i, ImageInput) else ImageInput(i) for i in images)
    sig.ensure_loaded()  # model loading is not what the time budget measures here
    result = run_signal(sig, ScanContext(Content(images=inputs)))
    assert result.status is Status.OK, result.error
    return list(result.findings)


def labels(findings, label="face", field=None):
    return [f for f in findings if f.label == label and (field is None or f.field == field)]


def no_face_images():
    rng = np.random.default_rng(7)
    noise = rng.integers(0, 256, (300, 400, 3), dtype=np.uint8)
    yy, xx = np.mgrid[0:240, 0:320]
    gradient = np.stack([xx * 255 // 320, yy * 255 // 240, np.full_like(xx, 120)], axis=2).astype(np.uint8)
    # A "landscape": sky, hills, a sun; smooth regions and edges but nothing face-like.
    land = np.zeros((300, 500, 3), np.uint8)
    land[:] = (135, 190, 235)
    land[180:] = (60, 140, 60)
    hill = (np.sin(np.linspace(0, 6, 500)) * 30 + 170).astype(int)
    for x, h in enumerate(hill):
        land[h:, x] = (70, 120, 50)
    cy, cx = np.ogrid[:300, :500]
    land[(cy - 60) ** 2 + (cx - 400) ** 2 < 900] = (250, 220, 90)
    return {"noise": noise, "gradient": gradient, "landscape": land, "flat": np.full((64, 64, 3), 200, np.uint8)}


# -- detection counts ----------------------------------------------------------------------------
def test_registered_under_its_name():
    assert signal_class("faces") is FacesSignal
    assert FacesSignal.modalities == frozenset({"image"})


@pytest.mark.parametrize("name,count", [("obama_a.jpg", 1), ("obama_b.jpg", 1), ("biden_a.jpg", 1),
                                        ("biden_b.jpg", 1), ("two_people.jpg", 2)])
def test_face_counts_on_photos(signal, name, count):
    found = labels(scan(signal, photo(name)))
    assert len(found) == count
    img = Image.open(photo(name))
    for f in found:
        assert f.field == "image[0]"
        assert 0.5 < f.score <= 1.0
        b = f.box
        assert 0 <= b.x and 0 <= b.y and b.x + b.width <= img.width and b.y + b.height <= img.height
        assert b.width >= 40
        assert set(f.evidence) == {"quality", "size"}


def test_two_people_boxes_are_left_and_right(signal):
    found = labels(scan(signal, photo("two_people.jpg")))
    width = Image.open(photo("two_people.jpg")).width
    centres = sorted(f.box.x + f.box.width / 2 for f in found)
    assert centres[0] < width / 2 < centres[1]


@pytest.mark.parametrize("kind", ["noise", "gradient", "landscape", "flat"])
def test_no_face_images_give_no_findings(signal, kind):
    assert scan(signal, no_face_images()[kind]) == []


def test_tiny_images_run_and_find_nothing(signal):
    for shape in [(1, 1, 3), (5, 3, 3), (20, 20, 3)]:
        assert scan(signal, np.full(shape, 128, np.uint8)) == []


# -- identity --------------------------------------------------------------------------------------
def test_same_person_matches_and_different_people_do_not(engine):
    emb = {n: engine.enrolment_template(rgb(n)).embedding for n in
           ("obama_a.jpg", "obama_b.jpg", "biden_a.jpg", "biden_b.jpg")}
    t = DEFAULT_MATCH_THRESHOLD
    assert face_distance(emb["obama_a.jpg"], emb["obama_b.jpg"]) <= t
    assert face_distance(emb["biden_a.jpg"], emb["biden_b.jpg"]) <= t
    for o in ("obama_a.jpg", "obama_b.jpg"):
        for b in ("biden_a.jpg", "biden_b.jpg"):
            assert face_distance(emb[o], emb[b]) > t + 0.1, (o, b)


def test_embeddings_are_128_floats_and_read_only(engine):
    face = engine.enrolment_template(rgb("obama_a.jpg"))
    assert face.embedding.shape == (128,) and face.embedding.dtype == np.float32
    with pytest.raises(ValueError):
        face.embedding[0] = 1.0
    assert "embedding" not in repr(face)


def test_input_face_match_on_output(signal):
    found = scan(signal, ImageInput(photo("obama_b.jpg"), "output"), ImageInput(photo("obama_a.jpg"), "input"))
    matches = labels(found, "input_face_match")
    assert len(matches) == 1
    m = matches[0]
    assert m.field == "image[0]"
    assert m.evidence["input_field"] == "input_image[0]"
    assert m.evidence["distance"] <= m.evidence["threshold"] == DEFAULT_MATCH_THRESHOLD
    assert m.score >= 0.5
    # Input faces are reported on the input field too (the policy's input_face category).
    assert len(labels(found, "face", "input_image[0]")) == 1


def test_no_input_face_match_for_a_different_person(signal):
    found = scan(signal, ImageInput(photo("obama_b.jpg"), "output"), ImageInput(photo("biden_a.jpg"), "input"))
    assert labels(found, "input_face_match") == []
    assert len(labels(found, "face")) == 2


def test_input_face_match_picks_the_right_face_in_a_group(signal):
    found = scan(signal, ImageInput(photo("two_people.jpg"), "output"), ImageInput(photo("biden_a.jpg"), "input"))
    matches = labels(found, "input_face_match")
    assert len(matches) == 1
    width = Image.open(photo("two_people.jpg")).width
    assert matches[0].box.x > width / 2  # Biden stands on the right


def test_inputs_are_not_matched_against_themselves(signal):
    found = scan(signal, ImageInput(photo("obama_a.jpg"), "input"), ImageInput(photo("obama_b.jpg"), "input"))
    assert labels(found, "input_face_match") == []


def test_no_embeddings_in_evidence(signal):
    found = scan(signal, ImageInput(photo("obama_b.jpg"), "output"), ImageInput(photo("obama_a.jpg"), "input"))
    for f in found:
        for value in f.evidence.values():
            assert not isinstance(value, np.ndarray)
            assert not (isinstance(value, (list, tuple)) and len(value) > 4)
        assert len(str(f.to_dict())) < 400


# -- gates -----------------------------------------------------------------------------------------
def test_small_face_gate_gives_small_face_without_identity():
    sig = FacesSignal({"min_face_px": 200})
    found = scan(sig, ImageInput(photo("obama_b.jpg"), "output"), ImageInput(photo("obama_a.jpg"), "input"))
    small = labels(found, "small_face")
    assert len(small) == 2
    assert all(f.evidence["min_face_px"] == 200 and f.evidence["size"] < 200 for f in small)
    assert labels(found, "face") == [] and labels(found, "input_face_match") == []


def test_blurred_face_is_low_quality_not_matched(signal):
    blurred = np.asarray(Image.open(photo("obama_b.jpg")).filter(ImageFilter.GaussianBlur(5)))
    found = scan(signal, ImageInput(blurred, "output"), ImageInput(photo("obama_a.jpg"), "input"))
    out = [f for f in found if f.field == "image[0]"]
    # HOG may or may not still see a face that soft; if it does, it must not be used for identity.
    assert labels(out, "face") == []
    assert labels(found, "input_face_match") == []
    for f in labels(out, "low_quality_face"):
        assert f.evidence["quality"] < f.evidence["min_quality"]


def test_too_many_faces_caps_embeddings():
    sig = FacesSignal({"max_embedded_faces": 1})
    found = scan(sig, photo("two_people.jpg"))
    assert len(labels(found, "face")) == 2
    [cap] = labels(found, "too_many_faces")
    assert cap.evidence == {"faces": 2, "embedded": 1, "max_embedded_faces": 1}
    assert sum(1 for f in labels(found, "face") if f.evidence.get("embedded") is False) == 1


def test_params_are_validated():
    from nciiguard.errors import ConfigError

    with pytest.raises(ConfigError):
        FacesSignal({"match_threshold": 0})
    with pytest.raises(ConfigError):
        FacesSignal({"min_face_px": 40, "unknown": 1})


# -- geometry --------------------------------------------------------------------------------------
def test_large_images_are_downscaled_with_boxes_in_original_coordinates(engine):
    small = rgb("obama_b.jpg")
    big = np.asarray(Image.fromarray(small).resize((small.shape[1] * 6, small.shape[0] * 6), Image.BILINEAR))
    s1, s2 = engine.analyze(small), engine.analyze(big)
    assert s2.detect_scale < 1.0
    assert len(s1.faces) == len(s2.faces) == 1
    a, b = s1.faces[0].box, s2.faces[0].box
    # Same face, six times larger, within a detector cell or two.
    assert abs(b.x - 6 * a.x) < 0.15 * b.width and abs(b.width - 6 * a.width) < 0.2 * b.width
    assert face_distance(s1.faces[0].embedding, s2.faces[0].embedding) < 0.2


def test_small_images_are_upsampled(engine):
    assert engine.analyze(rgb("obama_a.jpg")).upsample == 1
    big = np.asarray(Image.open(photo("two_people.jpg")).resize((1120, 658)))
    assert engine.analyze(big).upsample == 0


# -- bad input --------------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [b"not an image at all", b"\xff\xd8\xff\xe0" + b"\x00" * 50])
def test_corrupt_images_are_errors_not_silence(signal, data):
    result = run_signal(signal, ScanContext(Content(images=(ImageInput(data),))))
    assert result.status is Status.ERROR and "bad input" in result.error


def test_truncated_jpeg_is_an_error(signal):
    data = photo("obama_a.jpg").read_bytes()
    result = run_signal(signal, ScanContext(Content(images=(ImageInput(data[: len(data) // 3]),))))
    assert result.status is Status.ERROR


def test_image_over_the_pixel_limit_is_an_error(signal):
    ctx = ScanContext(Content(images=(ImageInput(photo("obama_a.jpg")),)), limits=ImageLimits(max_pixels=10_000))
    result = run_signal(signal, ctx)
    assert result.status is Status.ERROR and "pixels" in result.error


def test_decompression_bomb_is_refused_before_decoding(signal):
    result = run_signal(signal, ScanContext(Content(images=(ImageInput(png_claiming(100_000, 100_000)),))))
    assert result.status is Status.ERROR and "bad input" in result.error


@pytest.mark.parametrize("mode", ["L", "P", "CMYK", "RGBA", "LA", "I;16", "I", "F", "1"])
def test_odd_colour_modes(signal, mode):
    img = Image.open(photo("obama_a.jpg"))
    if mode == "I;16":
        conv = Image.fromarray((np.asarray(img.convert("L"), np.uint16) * 257))
    elif mode in ("I", "F"):
        conv = img.convert("L").convert(mode)
    else:
        conv = img.convert(mode)
    buf = io.BytesIO()
    conv.save(buf, "TIFF" if mode in ("I;16", "I", "F", "CMYK") else "PNG")
    found = scan(signal, buf.getvalue())
    if mode == "1":  # a 1-bit dither may or may not keep a face, but must not crash
        assert all(f.label in ("face", "small_face", "low_quality_face") for f in found)
    else:
        assert len(labels(found)) == 1, mode


def test_engine_rejects_non_rgb_arrays(engine):
    with pytest.raises(InputError):
        engine.analyze(np.zeros((10, 10), np.uint8))
    with pytest.raises(InputError):
        engine.analyze(np.zeros((10, 10, 3), np.float32))
    with pytest.raises(InputError):
        engine.analyze(np.zeros((0, 10, 3), np.uint8))


def test_enrolment_template_errors(engine):
    with pytest.raises(InputError, match="2 faces"):
        engine.enrolment_template(rgb("two_people.jpg"))
    with pytest.raises(InputError, match="no face"):
        engine.enrolment_template(no_face_images()["landscape"])


def test_settings_are_validated():
    with pytest.raises(ValueError):
        FaceSettings(min_quality=2)
    with pytest.raises(ValueError):
        FaceSettings(detect_max_side=10)


# -- models, cache, threads ------------------------------------------------------------------------
def test_68_point_model_is_never_loaded(monkeypatch):
    opened: list[str] = []
    real = {n: getattr(dlib, n) for n in ("shape_predictor", "face_recognition_model_v1",
                                           "cnn_face_detection_model_v1")}

    def recorder(name):
        def make(path, *a, **k):
            opened.append(str(path))
            return real[name](path, *a, **k)
        return make

    for name in real:
        monkeypatch.setattr(dlib, name, recorder(name))
    # A fresh model set: loads its own models through the patched constructors.
    engine = FaceEngine(models=faces_mod.FaceModels())
    engine.analyze(rgb("two_people.jpg"))
    engine.enrolment_template(rgb("obama_a.jpg"))
    assert opened, "the recorder saw no model load"
    assert any(p.endswith("shape_predictor_5_face_landmarks.dat") for p in opened)
    assert not [p for p in opened if "68" in Path(p).name]
    assert faces_mod.FORBIDDEN_MODEL not in " ".join(opened)


def test_faces_are_computed_once_per_scan(monkeypatch, signal):
    from nciiguard.signals.base import Resources
    from nciiguard.signals.match.likeness import LikenessMatchSignal

    calls = []
    real_detect, real_embed = FaceEngine.detect, FaceEngine.embed

    def detect(self, arr):
        calls.append("detect")
        return real_detect(self, arr)

    def embed(self, found):
        calls.append("embed")
        return real_embed(self, found)

    monkeypatch.setattr(FaceEngine, "detect", detect)
    monkeypatch.setattr(FaceEngine, "embed", embed)

    class RegistryWithoutTemplateCheck:  # no has_templates(): embeddings are always computed
        def search(self, embeddings, *, k=1, threshold=None):
            return [[] for _ in range(len(embeddings))]

    ctx = ScanContext(Content(images=(ImageInput(photo("two_people.jpg")),)))
    other = LikenessMatchSignal(resources=Resources(likeness=RegistryWithoutTemplateCheck()))
    assert run_signal(signal, ctx).status is Status.OK
    assert calls == ["detect"]  # the faces signal alone needs no embedding without an input image
    assert run_signal(other, ctx).status is Status.OK
    assert calls == ["detect", "embed"]
    assert ctx.faces(0) is ctx.faces(0)
    assert calls == ["detect", "embed"]


def test_no_embedding_without_an_input_image(monkeypatch, signal):
    embedded = count_embeddings(monkeypatch)
    found = scan(signal, photo("two_people.jpg"))
    assert len(labels(found, "face")) == 2 and embedded == []


def test_no_embedding_when_the_input_image_has_no_face(monkeypatch, signal):
    embedded = count_embeddings(monkeypatch)
    blank = np.full((200, 300, 3), 128, np.uint8)
    found = scan(signal, ImageInput(photo("obama_b.jpg"), "output"), ImageInput(blank, "input"))
    assert len(labels(found, "face")) == 1 and embedded == []


def test_input_and_output_faces_are_embedded_and_matched(monkeypatch, signal):
    embedded = count_embeddings(monkeypatch)
    found = scan(signal, ImageInput(photo("two_people.jpg"), "output"), ImageInput(photo("obama_a.jpg"), "input"))
    assert len(embedded) == 3  # both output faces and the input face: every ok face is compared
    [match] = labels(found, "input_face_match")
    assert match.box.x < Image.open(photo("two_people.jpg")).width / 2  # Obama stands on the left


def test_detect_then_embed_equals_analyze(engine):
    arr = rgb("two_people.jpg")
    found = engine.detect(arr)
    assert not found.has_embeddings and found.embedded == [] and len(found.eligible) == 2
    assert "chips" not in repr(found) and "array" not in repr(found)
    full, lazy = engine.analyze(arr), engine.embed(found)
    assert lazy.has_embeddings and lazy.chips == () and [f.box for f in lazy.faces] == [f.box for f in full.faces]
    for a, b in zip(full.embedded, lazy.embedded):
        assert face_distance(a.embedding, b.embedding) < 1e-5
    assert engine.embed(lazy) is lazy


def test_grey_detection_finds_the_same_faces_as_colour(engine):
    colour = FaceEngine(FaceSettings(detect_on_grey=False))
    for name in ("two_people.jpg", "obama_a.jpg", "biden_b.jpg"):
        arr = rgb(name)
        grey_boxes = [f.box for f in engine.detect(arr).faces]
        colour_boxes = [f.box for f in colour.detect(arr).faces]
        assert len(grey_boxes) == len(colour_boxes) >= 1
        for a, b in zip(grey_boxes, colour_boxes):
            ix = max(0, min(a.x + a.width, b.x + b.width) - max(a.x, b.x))
            iy = max(0, min(a.y + a.height, b.y + b.height) - max(a.y, b.y))
            assert ix * iy / (a.width * a.height + b.width * b.height - ix * iy) > 0.6


def test_concurrent_detect_on_one_signal_instance(signal):
    names = ["two_people.jpg", "obama_a.jpg", "biden_b.jpg", "obama_b.jpg"] * 2
    reference = {n: [f.to_dict() for f in scan(signal, photo(n))] for n in set(names)}
    start = threading.Barrier(4)

    def work(name):
        start.wait()
        return name, [f.to_dict() for f in scan(signal, photo(name))]

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(work, names))
    for name, found in results:
        assert found == reference[name]
