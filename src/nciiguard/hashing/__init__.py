"""Hashers: PDQ (perceptual, photos), MD5 / SHA-256 (exact files), vPDQ (video).

Everything here runs offline on the caller's machine and reads only what it is given: this is
the code a survivor runs to hash their own images before sharing only the hashes.

Heavy imports (``pdqhash``, ``vpdq``) happen inside functions, so ``import nciiguard.hashing``
stays light.
"""

from __future__ import annotations

from .exact import md5_bytes, md5_file, sha256_bytes, sha256_file
from .pdq import (
    DEFAULT_QUALITY_FLOOR,
    DIHEDRAL_NAMES,
    PdqHash,
    QueryStrategy,
    hamming,
    index_variants,
    normalize_hash,
    pdq_dihedral,
    pdq_hash,
    query_variants,
    trim_borders,
)
from .query import QueryHashes
from .records import HashRecord, hash_bytes, hash_file, hash_image
from .signal_types import SIGNAL_TYPES, SignalType, normalize_signal_type, validate_signal_value

__all__ = [
    "DEFAULT_QUALITY_FLOOR",
    "DIHEDRAL_NAMES",
    "HashRecord",
    "PdqHash",
    "QueryHashes",
    "QueryStrategy",
    "SIGNAL_TYPES",
    "SignalType",
    "hamming",
    "hash_bytes",
    "hash_file",
    "hash_image",
    "index_variants",
    "md5_bytes",
    "md5_file",
    "normalize_hash",
    "normalize_signal_type",
    "pdq_dihedral",
    "pdq_hash",
    "query_variants",
    "sha256_bytes",
    "sha256_file",
    "trim_borders",
    "validate_signal_value",
]
