"""The command line in-process: real argument parsing and commands, output captured."""

from __future__ import annotations

import io


def run_cli(*argv) -> tuple[int, str, str]:
    """``nciiguard argv...`` (each argument passed through ``str``): (exit code, stdout, stderr)."""
    from nciiguard.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out, err)
    return code, out.getvalue(), err.getvalue()
