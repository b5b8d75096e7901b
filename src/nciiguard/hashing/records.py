"""Hash one file, bytes object or decoded image into a :class:`HashRecord`.

This is what ``nciiguard hash`` runs on a survivor's device: it reads only the file it is given,
decodes it in memory with explicit limits (pixels, bytes), and returns hashes, never pixels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .exact import file_digests, md5_bytes, sha256_bytes
from .pdq import DEFAULT_QUALITY_FLOOR, index_variants, pdq_hash

#: File name endings read as video (vPDQ) rather than as a still image.
VIDEO_SUFFIXES = frozenset({".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".mpg", ".mpeg", ".wmv", ".flv"})


@dataclass(frozen=True)
class HashRecord:
    """The hashes of one file. Only these ever leave the device."""

    name: str | None
    kind: str  # "image" or "video"
    md5: str
    sha256: str
    size: int
    pdq: str | None = None
    quality: int | None = None
    #: Extra PDQ hashes of centre crops, stored with a bank entry so crops still match.
    pdq_variants: dict[str, str] = field(default_factory=dict)
    #: vPDQ frames for video, in the ``video-pdq`` signal value format.
    vpdq: str | None = None
    width: int | None = None
    height: int | None = None
    n_frames: int = 1
    quality_floor: int = DEFAULT_QUALITY_FLOOR

    @property
    def low_quality(self) -> bool:
        """True when the PDQ hash is too weak to match on (flat or nearly flat image)."""
        return self.pdq is not None and (self.quality or 0) < self.quality_floor

    def signals(self) -> list[tuple[str, str]]:
        """(signal type, value) pairs to put in banks, best first."""
        out: list[tuple[str, str]] = []
        if self.pdq is not None:
            out.append(("pdq", self.pdq))
        if self.vpdq is not None:
            out.append(("video-pdq", self.vpdq))
        out.append(("md5", self.md5))
        out.append(("sha256", self.sha256))
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file": self.name, "kind": self.kind, "size": self.size,
                               "md5": self.md5, "sha256": self.sha256}
        if self.kind == "image":
            out.update({"pdq": self.pdq, "quality": self.quality, "low_quality": self.low_quality,
                        "pdq_variants": dict(self.pdq_variants), "width": self.width,
                        "height": self.height, "frames": self.n_frames})
        else:
            out["vpdq"] = self.vpdq
        return out


def _limits(limits):
    from ..imaging import ImageLimits

    return limits or ImageLimits()


def hash_image(image, *, name: str | None = None, variants: bool = True, corners: bool = False,
               limits=None) -> HashRecord:
    """Hash an image given as bytes, a path, a PIL image, an array or a DecodedImage."""
    from ..imaging import DecodedImage, decode_image

    decoded = image if isinstance(image, DecodedImage) else decode_image(image, limits=_limits(limits))
    h = pdq_hash(decoded.rgb)
    data = decoded.source_bytes
    md5 = decoded.md5 or (md5_bytes(data) if data is not None else md5_bytes(decoded.rgb.tobytes()))
    sha = decoded.sha256 or (sha256_bytes(data) if data is not None else sha256_bytes(decoded.rgb.tobytes()))
    extra = (index_variants(decoded.rgb, corners=corners)
             if variants and h.quality >= DEFAULT_QUALITY_FLOOR else {})
    return HashRecord(
        name=name, kind="image", md5=md5, sha256=sha,
        size=len(data) if data is not None else decoded.rgb.nbytes,
        pdq=h.hex, quality=h.quality, pdq_variants=extra,
        width=decoded.width, height=decoded.height, n_frames=decoded.n_frames,
    )


def hash_bytes(data: bytes, *, name: str | None = None, variants: bool = True, corners: bool = False,
               limits=None) -> HashRecord:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputError(f"expected bytes, got {type(data).__name__}")
    return hash_image(bytes(data), name=name, variants=variants, corners=corners, limits=limits)


def hash_file(path: str | Path, *, variants: bool = True, corners: bool = False, video: bool | None = None,
              limits=None) -> HashRecord:
    """Hash one file: PDQ (+ crop variants) and MD5/SHA-256 for images, vPDQ for videos.

    Raises :class:`~nciiguard.errors.InputError` with a clear message for a missing, empty,
    corrupt, truncated or oversized file, or one above the pixel limit (decompression bomb).
    Video is chosen by file name ending unless ``video`` says otherwise. ``variants`` adds the
    centre-crop PDQ hashes, ``corners`` four corner crops as well (see :func:`index_variants`).
    """
    p = Path(path)
    lim = _limits(limits)
    is_video = video if video is not None else p.suffix.lower() in VIDEO_SUFFIXES
    if is_video:
        from .video import vpdq_file

        md5, sha, size = file_digests(p)
        if size == 0:
            raise InputError("file is empty (0 bytes)")
        value = vpdq_file(p)
        return HashRecord(name=str(path), kind="video", md5=md5, sha256=sha, size=size, vpdq=value)
    return hash_image(p, name=str(path), variants=variants, corners=corners, limits=lim)
