"""The README's main job: ``nciiguard selfcheck`` on a fresh data directory, as a real subprocess."""

import json
import os
import subprocess
import sys
from pathlib import Path


def test_selfcheck_on_a_fresh_data_dir(tmp_path):
    exe = Path(sys.executable).with_name("nciiguard")
    env = {**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data")}
    env.pop("NCIIGUARD_DATABASE_URL", None)
    out = subprocess.run([str(exe), "selfcheck", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    report = json.loads(out.stdout)
    assert report["ok"] and all(c["ok"] for c in report["checks"])
    assert (tmp_path / "data" / "nciiguard.db").is_file()
    # privacy: the store holds no prompt text from the checks
    assert b"lighthouse" not in (tmp_path / "data" / "nciiguard.db").read_bytes()
