"""Screen prompts with the code of another tree, in a subprocess: the shared runner of the bench
scripts that compare two trees under one profile (bench/dev_sets_ab.py, bench/scenario_validation.py).

The worker imports ``nciiguard`` from ``src`` (PYTHONPATH) and prints, per prompt, its action and
whether the ``sexual`` and ``real_person`` categories are true; the prompts go through a temporary
file, never the command line or the output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

_WORKER = r"""
import json, sys
from nciiguard import Guard
g = Guard(sys.argv[2], preload=True)
out = []
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    d = g.screen_prompt(text)
    c = d.categories
    out.append([d.action.value, bool(c.get("sexual")), bool(c.get("real_person"))])
print(json.dumps(out))
"""


def screen_in_tree(src: str, texts: list[str], profile: str = "ncii") -> list[list]:
    """``[action, sexual, real_person]`` of each of ``texts``, screened by the tree whose src/ is ``src``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(texts, fh)
    try:
        res = subprocess.run([sys.executable, "-c", _WORKER, fh.name, profile], env=dict(os.environ, PYTHONPATH=src),
                             check=True, capture_output=True, text=True)
    finally:
        os.unlink(fh.name)
    return json.loads(res.stdout)
