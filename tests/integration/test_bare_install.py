"""The core install, with no extras, works for prompts and names the extra for everything else.

CI installs every extra for the rest of the suite, so without this test the bare install would
never be exercised. It builds a fresh virtual environment (packages come from the registry or
pip's cache) and runs the installed console script.

The environment is made without its own pip (``venv --without-pip``) and filled by the test
interpreter's pip (``pip --python <venv>``), without byte-compiling what it installs
(``--no-compile``): the same packages land in the same place, but the build skips installing pip
into the venv and compiling every installed module (two thirds of its CPU time); the console
script compiles the few modules it imports on first use.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _pip(venv, *args) -> subprocess.CompletedProcess:
    """``pip install`` into ``venv`` with this interpreter's pip (the venv has none of its own)."""
    return subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "-q",
                           "--no-compile", "--disable-pip-version-check", *args], capture_output=True, text=True)


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory):
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    pip = _pip(venv, "-e", str(ROOT))
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


def test_hash_names_the_light_hash_extra(bare_venv, tmp_path):
    image = ROOT / "tests" / "fixtures" / "images" / "street.jpg"
    r = _run(bare_venv, "hash", str(image), tmp_path=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip() == ("nciiguard: PDQ hashing needs the optional package 'pdqhash'; "
                                "install it with: pip install 'nciiguard[hash]'")


def test_the_hash_extra_is_enough_to_hash(bare_venv, tmp_path):
    """The core plus what the ``hash`` extra lists (read from pyproject.toml), installed beside the
    bare environment rather than in a second one: the survivor's install, without the image guard."""
    import json
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["hash"]
    target = tmp_path / "hash-extra"
    pip = _pip(bare_venv, "--target", str(target), *extra)
    if pip.returncode != 0:
        pytest.fail("installing the hash extra failed:\n" + pip.stderr[-3000:])
    heavy = [p.name for p in target.iterdir() if p.name.split("-")[0].lower() in
             ("onnxruntime", "dlib", "cv2", "opencv_python_headless", "faiss", "torch", "fastapi")]
    assert heavy == []
    image = ROOT / "tests" / "fixtures" / "images" / "street.jpg"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NCIIGUARD_")}
    env.update(NCIIGUARD_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(target))
    r = subprocess.run([str(bare_venv / "bin" / "nciiguard"), "hash", "--json", str(image)], capture_output=True,
                       text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert len(record["pdq"]) == 64 and record["quality"] > 50 and "file" not in record
    r = subprocess.run([str(bare_venv / "bin" / "nciiguard"), "screen-image", str(image)], capture_output=True,
                       text=True, env=env, timeout=300)
    assert r.returncode == 2 and "nciiguard[image]" in r.stderr
