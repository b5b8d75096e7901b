"""vPDQ: PDQ hashes of video frames (one per second by default), through ``vpdq`` (extra ``video``).

A video's signal value is its frames as ``hex,quality,frame_number,timestamp`` joined by ``;``
(the ``video-pdq`` signal type). Two videos match the way the vPDQ reference compares them: the
share of one video's distinct good-quality frame hashes that have a frame of the other within the
PDQ distance, computed both ways, must reach a percentage threshold.

vpdq decodes with the FFmpeg libraries it was built against (Debian: libavcodec-dev,
libavformat-dev, libavutil-dev, libswscale-dev, libavdevice-dev, libavfilter-dev, pkg-config).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .._optional import require
from ..errors import InputError
from ..limits import PDQ_MATCH_DISTANCE
from .signal_types import validate_signal_value

#: Longest video hashed (frames at one hash per second: 4 hours).
MAX_VIDEO_FRAMES = 4 * 3600
DEFAULT_MATCH_PERCENT = 80.0


@dataclass(frozen=True)
class VideoFrame:
    hex: str
    quality: int
    frame_number: int
    timestamp: float


def vpdq_file(path: str | Path, *, seconds_per_hash: float = 1.0, max_frames: int = MAX_VIDEO_FRAMES) -> str:
    """The ``video-pdq`` signal value of a video file, or InputError if it cannot be decoded."""
    vpdq = require("vpdq", extra="video", feature="video hashing (vPDQ)")
    p = Path(path)
    if not p.is_file():
        raise InputError(f"video file not found: {p}")
    if p.stat().st_size == 0:
        raise InputError("video file is empty (0 bytes)")
    try:
        features = vpdq.computeHash(str(p), seconds_per_hash=float(seconds_per_hash), thread_count=1)
    except Exception as exc:  # noqa: BLE001 - vpdq raises plain exceptions for undecodable input
        raise InputError(f"cannot decode video: {type(exc).__name__}: {str(exc)[:200]}") from None
    if not features:
        raise InputError("no frames could be decoded from the video (corrupt, truncated or not a video)")
    if len(features) > max_frames:
        raise InputError(f"video has more than {max_frames} hashed frames; split it or raise the limit")
    value = ";".join(f"{f.hex},{int(f.quality)},{int(f.frame_number)},{float(f.timestamp):.3f}" for f in features)
    return validate_signal_value("video-pdq", value)


def parse_vpdq(value: str) -> list[VideoFrame]:
    v = validate_signal_value("video-pdq", value)
    out = []
    for frame in v.split(";"):
        h, q, n, ts = frame.split(",")
        out.append(VideoFrame(h, int(q), int(n), float(ts)))
    return out


def frames_array(frames: list[VideoFrame], quality_floor: int) -> np.ndarray:
    """Distinct good-quality frame hashes as an (n, 32) uint8 array."""
    good = sorted({f.hex for f in frames if f.quality >= quality_floor})
    if not good:
        return np.zeros((0, 32), np.uint8)
    return np.frombuffer(bytes.fromhex("".join(good)), dtype=np.uint8).reshape(-1, 32)


def match_percent(query: np.ndarray, target: np.ndarray, max_distance: int = PDQ_MATCH_DISTANCE) -> tuple[float, float]:
    """(share of query frames matched in target, share of target frames matched in query), in %."""
    if len(query) == 0 or len(target) == 0:
        return 0.0, 0.0
    d = np.bitwise_count(query[:, None, :] ^ target[None, :, :]).sum(axis=2)
    close = d <= max_distance
    return float(close.any(axis=1).mean() * 100), float(close.any(axis=0).mean() * 100)
