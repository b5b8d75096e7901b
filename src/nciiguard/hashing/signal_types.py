"""Signal types: the kinds of hash a bank holds, their names and how their values look.

Canonical names are ``pdq``, ``video-pdq``, ``md5`` and ``sha256``. Import files from other
hash-sharing tools use other spellings for the same thing (python-threatexchange calls vPDQ
``vpdq`` and file hashes ``video_md5`` / ``video_sha256``; older exports say ``photo_md5`` or
``pdq_hash``), so :func:`normalize_signal_type` accepts those aliases. Anything else is an error,
never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class SignalType:
    name: str
    #: True when values are compared by Hamming distance (PDQ); False for exact equality.
    perceptual: bool
    #: Number of hex characters in one value (0: free-form, validated by ``validate_value``).
    hex_len: int
    description: str


SIGNAL_TYPES: dict[str, SignalType] = {
    "pdq": SignalType("pdq", True, 64, "PDQ perceptual hash of a photo (256 bits, 64 hex characters)"),
    "video-pdq": SignalType(
        "video-pdq", True, 0,
        "vPDQ: PDQ hashes of video frames (one 'hex,quality,frame,timestamp' per frame, ';'-separated)",
    ),
    "md5": SignalType("md5", False, 32, "MD5 of the file bytes (exact copies only)"),
    "sha256": SignalType("sha256", False, 64, "SHA-256 of the file bytes (exact copies only)"),
}

_ALIASES = {
    "pdq": "pdq",
    "pdq_hash": "pdq",
    "photo_pdq": "pdq",
    "video-pdq": "video-pdq",
    "video_pdq": "video-pdq",
    "vpdq": "video-pdq",
    "md5": "md5",
    "photo_md5": "md5",
    "video_md5": "md5",
    "file_md5": "md5",
    "sha256": "sha256",
    "sha-256": "sha256",
    "video_sha256": "sha256",
    "photo_sha256": "sha256",
    "file_sha256": "sha256",
}

_HEX = re.compile(r"^[0-9a-f]+$")


def normalize_signal_type(name: str) -> str:
    """The canonical name for ``name`` (case-insensitive, known aliases), or InputError."""
    if not isinstance(name, str):
        raise InputError(f"signal type must be a string, got {type(name).__name__}")
    key = name.strip().lower()
    try:
        return _ALIASES[key]
    except KeyError:
        known = ", ".join(SIGNAL_TYPES)
        raise InputError(f"unknown signal type {name!r}; known: {known}") from None


def validate_signal_value(signal_type: str, value: str) -> str:
    """Check and normalise a hash value (lower-case hex of the right length), or InputError."""
    st = SIGNAL_TYPES[normalize_signal_type(signal_type)]
    if not isinstance(value, str):
        raise InputError(f"{st.name} value must be a string, got {type(value).__name__}")
    v = value.strip().lower()
    if st.name == "video-pdq":
        return _validate_vpdq(v)
    if len(v) != st.hex_len:
        raise InputError(f"{st.name} value must be {st.hex_len} hex characters, got {len(v)}")
    if not _HEX.match(v):
        raise InputError(f"{st.name} value must be hexadecimal (0-9, a-f)")
    return v


def _validate_vpdq(v: str) -> str:
    """vPDQ values are a list of frames ``hex,quality,frame_number,timestamp`` joined by ``;``."""
    if not v:
        raise InputError("video-pdq value is empty")
    frames = [f for f in v.split(";") if f.strip()]
    if not frames:
        raise InputError("video-pdq value has no frames")
    out = []
    for i, frame in enumerate(frames):
        parts = frame.strip().split(",")
        if len(parts) != 4:
            raise InputError(f"video-pdq frame {i} must be 'hex,quality,frame,timestamp'")
        h, q, n, ts = (p.strip() for p in parts)
        if len(h) != 64 or not _HEX.match(h):
            raise InputError(f"video-pdq frame {i} hash must be 64 hex characters")
        try:
            qi, ni, tf = int(q), int(n), float(ts)
        except ValueError:
            raise InputError(f"video-pdq frame {i} has a non-numeric quality, frame or timestamp") from None
        if not (0 <= qi <= 100) or ni < 0 or tf < 0:
            raise InputError(f"video-pdq frame {i} has an out-of-range quality, frame or timestamp")
        out.append(f"{h},{qi},{ni},{tf:.3f}")
    return ";".join(out)
