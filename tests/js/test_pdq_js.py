"""Runs the node tests of the browser PDQ implementation (tests/js/test_pdq.mjs) inside pytest.

The pixels come from nciiguard's own decoder (so the comparison is of the hashing, not of two
JPEG decoders; the browser test compares what Chromium decodes). Expected hashes come from
``nciiguard.hashing.pdq.pdq_hash`` (pdqhash, the ThreatExchange C++ reference), both recomputed
here and checked against tests/fixtures/pdq_js/hashes.json so a change on either side shows.

Synthetic cases cover what the fixture photos do not: transparency (composited over white on
both sides), a picture above 12 million pixels (box-reduced first on both sides) and a tiny one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from nciiguard.hashing.pdq import pdq_hash
from nciiguard.imaging import decode_image, to_rgb_array

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "pdq_js" / "hashes.json").read_text())["hashes"]


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("NCIIGUARD_REQUIRE_NODE") == "1" or os.environ.get("NCIIGUARD_REQUIRE_BROWSER") == "1":
            pytest.fail("node is required (NCIIGUARD_REQUIRE_NODE/BROWSER=1) but was not found")
        pytest.skip("node (v18+) is not installed: the browser PDQ tests need it")
    return node


def _write(tmp: Path, name: str, rgba: np.ndarray, expected_hex: str, quality: int) -> dict:
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    path = tmp / (name.replace("/", "_") + ".rgba")
    rgba.tofile(path)
    return {"name": name, "bin": str(path), "width": int(rgba.shape[1]), "height": int(rgba.shape[0]),
            "pdq": expected_hex, "quality": int(quality)}


def _opaque(rgb: np.ndarray) -> np.ndarray:
    return np.concatenate([rgb, np.full(rgb.shape[:2] + (1,), 255, np.uint8)], axis=2)


def _smooth_noise(h: int, w: int, seed: int) -> np.ndarray:
    """A textured RGB picture: coarse noise upsampled (like a photo, not white noise)."""
    rng = np.random.default_rng(seed)
    coarse = rng.integers(0, 256, size=(h // 64 + 2, w // 64 + 2, 3)).astype(np.float32)
    from PIL import Image

    planes = [np.asarray(Image.fromarray(coarse[:, :, c]).resize((w, h), Image.Resampling.BILINEAR))
              for c in range(3)]
    return np.clip(np.stack(planes, axis=2), 0, 255).astype(np.uint8)


@pytest.fixture(scope="module")
def manifest(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("pdq_js")
    entries = []
    for rel, exp in EXPECTED.items():
        path = FIXTURES / rel
        if rel.endswith("chair_rgba.png"):
            # Keep the alpha channel: pdq.js composites over white itself, as the browser must.
            from PIL import Image

            with Image.open(path) as im:
                rgba = np.asarray(im.convert("RGBA"))
        else:
            rgba = _opaque(decode_image(str(path)).rgb)
        live = pdq_hash(decode_image(str(path)).rgb)
        assert live.hex == exp["pdq"], f"{rel}: Python hash changed since hashes.json was written"
        entries.append(_write(tmp, rel, rgba, exp["pdq"], exp["quality"]))

    # Half-transparent gradient over a textured picture.
    rgb = _smooth_noise(180, 240, 1)
    alpha = np.tile(np.linspace(0, 255, 240).astype(np.uint8), (180, 1))[:, :, None]
    rgba = np.concatenate([rgb, alpha], axis=2)
    from PIL import Image

    composited = to_rgb_array(Image.fromarray(rgba, "RGBA"))
    h = pdq_hash(composited)
    entries.append(_write(tmp, "synthetic/alpha-gradient", rgba, h.hex, h.quality))

    # Above MAX_HASH_PIXELS (12 M): both sides reduce by an integer box filter first.
    big = _smooth_noise(3001, 4099, 2)
    h = pdq_hash(big)
    entries.append(_write(tmp, "synthetic/13-megapixel", _opaque(big), h.hex, h.quality))

    # Odd small sizes exercise the box filter's edge phases.
    for hh, ww in ((7, 300), (65, 64), (64, 64)):
        small = _smooth_noise(hh, ww, hh * ww)
        h = pdq_hash(small)
        entries.append(_write(tmp, f"synthetic/{ww}x{hh}", _opaque(small), h.hex, h.quality))

    path = tmp / "manifest.json"
    path.write_text(json.dumps(entries))
    return path


def test_node_pdq_matches_python(manifest, tmp_path):
    node = _node()
    report = tmp_path / "report.json"
    env = dict(os.environ, NCIIGUARD_PDQ_MANIFEST=str(manifest), NCIIGUARD_PDQ_REPORT=str(report))
    proc = subprocess.run([node, "--test", str(HERE / "test_pdq.mjs")], env=env, capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]
    assert "# skipped 0" in proc.stdout, "the comparison test must run, not skip"
    data = json.loads(report.read_text())
    rows = data["rows"]
    assert len(rows) == len(json.loads(manifest.read_text()))
    # Same pixels, same arithmetic (float32 like the reference): the hashes should agree exactly.
    assert max(r["distance"] for r in rows) <= 10
    print("pdq.js vs pdqhash distance distribution:", data["distribution"])
