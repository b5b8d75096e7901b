"""One BLAS thread for nciiguard's own processes (the CLI, the HTTP service).

Why: the prompt guard's numeric work outside onnxruntime is small matrix products (the semantic
model's token head is [tokens x 384] @ [384 x 64]; the disguised-word model's bags are smaller still).
NumPy hands them to its BLAS (OpenBLAS), which by default starts one thread per core and splits even
products this small across them. On a machine that is busy anyway (a service with workers, a batch
job, a CI runner), those threads wait for cores and spin: measured here, the same prompts cost about
twice the CPU per prompt with the default pool as with one thread (`bench/blas_threads.py`,
bench/results/blas_threads.md: 10.5 against 5.3 ms on a quiet 2-core machine). onnxruntime's own pool is set separately (the encoder and image
signals' ``threads`` / ``intra_op_threads`` parameters).

So the console entry point and ``create_app`` call :func:`limit_blas_threads` once. A library user
embedding ``Guard`` in their own process decides for that process: call it, or set
``OPENBLAS_NUM_THREADS=1`` before NumPy is imported. The operator's choice always wins: if any of the
usual thread variables is set, or ``NCIIGUARD_BLAS_THREADS=keep``, nothing is changed;
``NCIIGUARD_BLAS_THREADS=<n>`` asks for n threads.
"""

from __future__ import annotations

import os

#: Variables through which an operator already chose BLAS/OpenMP pool sizes.
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS")
ENV = "NCIIGUARD_BLAS_THREADS"
_MAX_THREADS = 256


def _wanted(environ) -> int | None:
    """Pool size to set, or None to leave the process as it is."""
    raw = (environ.get(ENV) or "").strip().lower()
    if raw == "keep":
        return None
    if raw:
        try:
            n = int(raw)
        except ValueError:
            raise ValueError(f"{ENV} must be a thread count (1-{_MAX_THREADS}) or 'keep', got {raw[:20]!r}") from None
        if not 1 <= n <= _MAX_THREADS:
            raise ValueError(f"{ENV} must be a thread count (1-{_MAX_THREADS}) or 'keep', got {n}")
        return n
    if any(environ.get(v) for v in THREAD_VARS):
        return None  # the operator sized the pools already
    return 1


def limit_blas_threads(environ=None) -> str:
    """Size NumPy's BLAS pool for this process (see the module docstring); returns what was done.

    Needs ``threadpoolctl`` (a core dependency); without it nothing changes and the answer says so.
    """
    n = _wanted(os.environ if environ is None else environ)
    if n is None:
        return "BLAS threads left as configured"
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - a core dependency; kept for broken installs
        return "BLAS threads unchanged (threadpoolctl is not installed)"
    threadpool_limits(limits=n, user_api="blas")
    return f"BLAS threads set to {n}"
