"""nciiguard.blas_threads: the CLI and the service size NumPy's BLAS pool to one thread unless the
operator chose otherwise; a malformed setting is a clear error, never a silent default."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from nciiguard.blas_threads import THREAD_VARS, _wanted, limit_blas_threads


def test_default_is_one_thread():
    assert _wanted({}) == 1


@pytest.mark.parametrize("var", THREAD_VARS)
def test_an_operator_choice_is_kept(var):
    assert _wanted({var: "4"}) is None


def test_keep_and_explicit_counts():
    assert _wanted({"NCIIGUARD_BLAS_THREADS": "keep"}) is None
    assert _wanted({"NCIIGUARD_BLAS_THREADS": " KEEP "}) is None
    assert _wanted({"NCIIGUARD_BLAS_THREADS": "3"}) == 3
    # An explicit nciiguard setting wins over the generic variables.
    assert _wanted({"NCIIGUARD_BLAS_THREADS": "2", "OMP_NUM_THREADS": "8"}) == 2


@pytest.mark.parametrize("bad", ["0", "-1", "257", "many", "1.5", "x" * 10_000])
def test_malformed_setting_is_an_error(bad):
    with pytest.raises(ValueError, match="NCIIGUARD_BLAS_THREADS") as exc:
        _wanted({"NCIIGUARD_BLAS_THREADS": bad})
    assert len(str(exc.value)) < 200  # a hostile value is not echoed whole


def _blas_threads_in_child(code: str, env: dict) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in THREAD_VARS and k != "NCIIGUARD_BLAS_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


_PROBE = ("import numpy, threadpoolctl\n"
          "from nciiguard import limit_blas_threads\n"
          "print(limit_blas_threads())\n"
          "print(sorted({i['num_threads'] for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas'}))\n")


def test_limit_sets_the_pool_in_a_real_process():
    out = _blas_threads_in_child(_PROBE, {"NCIIGUARD_BLAS_THREADS": "1"})
    assert out.splitlines() == ["BLAS threads set to 1", "[1]"]


def test_keep_leaves_the_pool_alone():
    out = _blas_threads_in_child(_PROBE, {"NCIIGUARD_BLAS_THREADS": "keep"})
    assert out.splitlines()[0] == "BLAS threads left as configured"


def test_cli_rejects_a_malformed_setting_with_the_usage_code():
    clean = {k: v for k, v in os.environ.items() if k != "NCIIGUARD_BLAS_THREADS"}
    out = subprocess.run([sys.executable, "-c", "from nciiguard.cli import run; run()", "--help"],
                         env={**clean, "NCIIGUARD_BLAS_THREADS": "lots"}, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.startswith("nciiguard: NCIIGUARD_BLAS_THREADS must be a thread count")


def test_service_rejects_a_malformed_setting(monkeypatch, tmp_path):
    pytest.importorskip("fastapi")
    from nciiguard import ConfigError
    from nciiguard.service.app import create_app

    monkeypatch.setenv("NCIIGUARD_BLAS_THREADS", "0")
    with pytest.raises(ConfigError, match="NCIIGUARD_BLAS_THREADS"):
        create_app()


def test_limit_returns_what_it_did():
    assert limit_blas_threads({"NCIIGUARD_BLAS_THREADS": "keep"}) == "BLAS threads left as configured"


def test_the_variable_is_a_known_setting_name(tmp_path):
    # Config refuses unknown NCIIGUARD_* variables; this one must not be refused (a typo of it still is).
    from nciiguard import Config, ConfigError

    Config.load(env={"NCIIGUARD_BLAS_THREADS": "1", "NCIIGUARD_DATA_DIR": str(tmp_path)})
    with pytest.raises(ConfigError, match="NCIIGUARD_BLAS_THREADS"):
        Config.load(env={"NCIIGUARD_BLAS_THREAD": "1", "NCIIGUARD_DATA_DIR": str(tmp_path)})
