"""The core install, with no extras, works for prompts and names the extra for everything else.

CI installs every extra for the rest of the suite, so without this test the bare install would
never be exercised. It builds a fresh virtual environment (packages come from the registry or
pip's cache) and runs the installed console script.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory):
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-e", str(ROOT)], capture_output=True, text=True)
    if pip.returncode != 0:
        pytest.fail("core install failed:\n" + pip.stderr[-3000:])
    return venv


def _run(venv, *args, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCIIGUARD_")}
    env["NCIIGUARD_DATA_DIR"] = str(tmp_path / "data")
    return subprocess.run([str(venv / "bin" / "nciiguard"), *args], capture_output=True, text=True, env=env, timeout=300)


def test_core_has_no_heavy_dependencies(bare_venv):
    out = subprocess.run([str(bare_venv / "bin" / "python"), "-c",
                          "import importlib.util as u; print([m for m in ('onnxruntime','dlib','cv2','faiss','torch',"
                          "'fastapi','pdqhash') if u.find_spec(m)])"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_prompts_work_without_extras(bare_venv, tmp_path):
    r = _run(bare_venv, "screen-prompt", "(emma watson:1.2) n.u.d.e", "--json", tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    assert '"action": "block"' in r.stdout


def test_images_name_the_missing_extra(bare_venv, tmp_path):
    image = ROOT / "tests" / "fixtures" / "images" / "street.jpg"
    r = _run(bare_venv, "screen-image", str(image), tmp_path=tmp_path)
    assert r.returncode == 2
    assert "pip install 'nciiguard[image]'" in r.stderr
    r = _run(bare_venv, "serve", tmp_path=tmp_path)
    assert r.returncode == 2 and "nciiguard[service]" in r.stderr
