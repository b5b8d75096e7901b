"""The command line in a real process: exit codes, tracebacks and file permissions as a user sees them.

``run_cli_process(...)`` runs ``nciiguard`` with this interpreter. ``unprivileged=True`` makes the
file system's permission bits apply even when the tests run as root (as in CI): the process is
started by ``setpriv`` without the two capabilities that let root read and write anything
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a ``chmod 000`` file is really unreadable.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile

import pytest

SETPRIV = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


@functools.lru_cache(maxsize=1)
def _drop_works() -> str | None:
    """None when an unprivileged process really cannot read a chmod-000 file; else why not."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        return "setpriv (util-linux) is not installed"
    with tempfile.NamedTemporaryFile() as f:
        os.chmod(f.name, 0)
        r = subprocess.run([*SETPRIV, "cat", f.name], capture_output=True)
    return None if r.returncode != 0 else "setpriv could not drop root's file-permission override here"


def require_permissions():
    """Skip (with the reason) where permission bits cannot be made to apply."""
    reason = _drop_works()
    if reason is not None:
        pytest.skip(reason)


def run_cli_process(*argv, unprivileged: bool = False, env: dict | None = None, stdin: str | None = None,
                    timeout: float = 300) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", "from nciiguard.cli import run; run()", *map(str, argv)]
    if unprivileged and os.geteuid() == 0:
        require_permissions()
        cmd = [*SETPRIV, *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, input=stdin, timeout=timeout)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The error a failed command printed, checked to be exactly one ``nciiguard:`` line."""
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("nciiguard: "), lines[0]
    return lines[0]
