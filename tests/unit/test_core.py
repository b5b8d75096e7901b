"""Findings, content limits, image decoding and the Guard's thread safety."""

from __future__ import annotations

import io
import json
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from PIL import Image

import nciiguard
from helpers.images import png_bytes, png_claiming
from helpers.profiles import base_profile
from nciiguard import Content, Finding, Guard, InputError, Span
from nciiguard.imaging import ImageLimits, decode_image
from scripted_signals import SCRIPTED_REGISTRY


def test_public_api_is_curated():
    assert set(nciiguard.__all__) == {
        "Action", "Box", "Config", "ConfigError", "Content", "Decision", "Finding", "Guard", "ImageInput",
        "InputError", "MissingExtraError", "NciiguardError", "Reason", "SignalResult", "Span", "Status",
        "limit_blas_threads", "load_policy", "__version__",
    }
    for name in nciiguard.__all__:
        assert hasattr(nciiguard, name)


def test_import_stays_light():
    import subprocess
    import sys

    code = "import sys, nciiguard; heavy = [m for m in ('onnxruntime','dlib','cv2','faiss','torch','fastapi') if m in sys.modules]; print(heavy)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_finding_is_frozen_and_validated():
    f = Finding("explicit", 0.9, "prompt", span=Span(0, 4), text="nude", evidence={"term": "nude"})
    with pytest.raises(Exception):
        f.score = 0.1  # type: ignore[misc]
    with pytest.raises(TypeError):
        f.evidence["term"] = "x"  # type: ignore[index]
    with pytest.raises(ValueError):
        Finding("x", 1.5, "prompt")
    with pytest.raises(ValueError):
        Span(5, 2)
    assert json.loads(json.dumps(f.to_dict()))["span"] == [0, 4]


@pytest.mark.parametrize("texts", [{"prompt": 42}, {"1bad": "x"}, {"prompt": "x" * (65 * 1024)}, {"prompt": b"bytes"}])
def test_bad_text_content_is_refused(texts):
    with pytest.raises(InputError):
        Content(texts=texts)


def test_multibyte_prompt_limit_counts_bytes():
    Content(texts={"prompt": "é" * (32 * 1024 - 1)})
    with pytest.raises(InputError):
        Content(texts={"prompt": "é" * (32 * 1024 + 1)})


@pytest.mark.parametrize("mode", ["1", "L", "LA", "P", "I", "I;16", "F", "RGB", "RGBA", "CMYK", "YCbCr"])
def test_every_colour_mode_decodes_to_rgb(mode):
    img = Image.linear_gradient("L").resize((32, 24))
    img = img.convert(mode) if mode not in ("I;16",) else img.convert("I").convert("I;16")
    if mode in ("CMYK", "YCbCr"):
        buf = io.BytesIO()
        img.save(buf, "JPEG" if mode != "CMYK" else "TIFF")
        data = buf.getvalue()
    elif mode in ("F", "I;16", "I"):
        buf = io.BytesIO()
        img.save(buf, "TIFF")
        data = buf.getvalue()
    else:
        data = png_bytes(img)
    dec = decode_image(data)
    assert dec.rgb.dtype == np.uint8 and dec.rgb.shape[2] == 3 and dec.rgb.shape[:2] == (24, 32)
    assert dec.md5 and dec.sha256


def test_transparent_pixels_become_white_not_black():
    img = Image.new("RGBA", (4, 4), (0, 0, 0, 0))
    assert decode_image(png_bytes(img)).rgb.min() == 255


def test_exif_rotation_is_applied():
    img = Image.new("RGB", (40, 20), "red")
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 CW
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    assert decode_image(buf.getvalue()).rgb.shape[:2] == (40, 20)


def test_bad_images_give_clear_errors(tmp_path):
    good = png_bytes(Image.new("RGB", (64, 64), "blue"))
    with pytest.raises(InputError, match="empty"):
        decode_image(b"")
    with pytest.raises(InputError, match="not a recognised image"):
        decode_image(b"this is not an image at all")
    with pytest.raises(InputError, match="corrupt or truncated"):
        decode_image(good[: len(good) // 2])
    with pytest.raises(InputError, match="not found"):
        decode_image(tmp_path / "missing.png")
    with pytest.raises(InputError, match="not a regular file"):
        decode_image(tmp_path)
    with pytest.raises(InputError, match="larger than the limit"):
        decode_image(good, limits=ImageLimits(max_file_bytes=10))
    with pytest.raises(InputError):
        decode_image(object())
    with pytest.raises(InputError):
        decode_image(np.zeros((2, 2, 7), dtype=np.uint8))


def test_decompression_bomb_refused_before_decoding():
    with pytest.raises(InputError, match="pixels|bomb"):
        decode_image(png_claiming(60000, 60000))
    with pytest.raises(InputError, match="pixels"):
        decode_image(png_claiming(5000, 5000), limits=ImageLimits(max_pixels=1000))


def test_animated_image_reads_first_frame():
    frames = [Image.new("RGB", (16, 16), c) for c in ("red", "green", "blue")]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:])
    dec = decode_image(buf.getvalue())
    assert dec.n_frames == 3 and dec.rgb[0, 0, 0] > 200


def test_arrays_and_pil_images_are_accepted():
    assert decode_image(np.zeros((8, 9), dtype=np.uint8)).rgb.shape == (8, 9, 3)
    assert decode_image(np.ones((8, 9, 4), dtype=np.float32)).rgb.max() == 255
    assert decode_image(Image.new("L", (5, 6))).rgb.shape == (6, 5, 3)


def test_guard_is_thread_safe():
    guard = Guard(base_profile(), registry=SCRIPTED_REGISTRY)
    prompts = [("flagword" if i % 3 == 0 else "calm sea") + f" {i}" for i in range(300)]
    with ThreadPoolExecutor(8) as pool:
        decisions = list(pool.map(guard.screen_prompt, prompts))
    for p, d in zip(prompts, decisions):
        assert d.action.value == ("review" if p.startswith("flagword") else "allow")


def test_guard_without_store_fails_closed_for_bank_signals():
    """Explicit empty resources: signals that need banks cannot silently allow."""
    from nciiguard.resources import StoreResources
    from nciiguard.signals.base import Resources

    guard = Guard(base_profile(), registry=SCRIPTED_REGISTRY)
    assert isinstance(guard.resources, StoreResources)  # the default reads the configured store
    bare = Guard(base_profile(), resources=Resources(), registry=SCRIPTED_REGISTRY)
    assert bare.resources.banks is None
