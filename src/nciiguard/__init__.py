"""nciiguard: stop AI-generated non-consensual intimate imagery from being made and spread.

The public API is what ``__all__`` lists; everything else is private and may change.
"""

from __future__ import annotations

from .blas_threads import limit_blas_threads
from .config import Config
from .content import Content, ImageInput
from .errors import ConfigError, InputError, MissingExtraError, NciiguardError
from .findings import Action, Box, Decision, Finding, Reason, SignalResult, Span, Status
from .guard import Guard
from .policy import load_policy

__version__ = "0.1.0"

__all__ = [
    "Action",
    "Box",
    "Config",
    "ConfigError",
    "Content",
    "Decision",
    "Finding",
    "Guard",
    "ImageInput",
    "InputError",
    "MissingExtraError",
    "NciiguardError",
    "Reason",
    "SignalResult",
    "Span",
    "Status",
    "limit_blas_threads",
    "load_policy",
    "__version__",
]
