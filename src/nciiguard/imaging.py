"""Safe image decoding, done once per image per scan.

Pixel limits are explicit (decompression bombs are refused before decoding), EXIF rotation is
applied, every colour mode is converted to 8-bit RGB, and animated images are read frame by
frame only where asked. Decoded pixels stay in memory for the scan and are never written anywhere.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError

#: Defaults; operators can change them in the configuration.
MAX_PIXELS = 64_000_000  # 8000 x 8000
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_FRAMES = 64


@dataclass(frozen=True)
class ImageLimits:
    max_pixels: int = MAX_PIXELS
    max_file_bytes: int = MAX_FILE_BYTES
    max_frames: int = MAX_FRAMES


@dataclass(frozen=True)
class DecodedImage:
    """An RGB ``uint8`` array of shape (height, width, 3) plus facts about the source file."""

    rgb: np.ndarray
    format: str | None
    md5: str | None  # of the file bytes, when the image came as bytes or a path
    sha256: str | None
    n_frames: int = 1
    source_bytes: bytes | None = None  # kept in memory only for provenance readers, never stored

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])

    def pil(self):
        from PIL import Image

        return Image.fromarray(self.rgb, "RGB")


def _pil():
    try:
        from PIL import Image, ImageOps
    except ModuleNotFoundError as exc:  # pragma: no cover - pillow is a core dependency
        raise InputError("Pillow is required to read images") from exc
    return Image, ImageOps


def read_source_bytes(source: Any, limits: ImageLimits) -> bytes | None:
    """Bytes of a path or bytes-like source, with the size limit applied; None for arrays/PIL."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, Path)):
        path = Path(source)
        try:
            size = path.stat().st_size
        except FileNotFoundError as exc:
            raise InputError(f"image file not found: {path}") from exc
        except OSError as exc:
            raise InputError(f"cannot read image file {path}: {exc.strerror or exc}") from exc
        if not path.is_file():
            raise InputError(f"not a regular file: {path}")
        if size > limits.max_file_bytes:
            raise InputError(f"image file is {size} bytes, larger than the limit of {limits.max_file_bytes}")
        data = path.read_bytes()
    elif hasattr(source, "read"):
        data = source.read(limits.max_file_bytes + 1)
        if not isinstance(data, (bytes, bytearray)):
            raise InputError("file object must be opened in binary mode")
        data = bytes(data)
    else:
        return None
    if len(data) == 0:
        raise InputError("image is empty (0 bytes)")
    if len(data) > limits.max_file_bytes:
        raise InputError(f"image is larger than the limit of {limits.max_file_bytes} bytes")
    return data


def to_rgb_array(img) -> np.ndarray:
    """Convert a PIL image in any mode (1, L, LA, P, PA, I, I;16, F, CMYK, YCbCr, RGBA...) to RGB."""
    Image, _ = _pil()
    mode = img.mode
    if mode in ("I", "I;16", "I;16B", "I;16L", "I;16N", "F"):
        arr = np.asarray(img, dtype=np.float64)
        lo, hi = float(np.nanmin(arr)) if arr.size else 0.0, float(np.nanmax(arr)) if arr.size else 0.0
        if not np.isfinite(lo) or not np.isfinite(hi):
            arr = np.nan_to_num(arr)
            lo, hi = float(arr.min()), float(arr.max())
        if mode == "F" and 0.0 <= lo and hi <= 1.0:
            arr = arr * 255.0
        elif hi > 255.0 or lo < 0.0:
            arr = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(arr)
        grey = np.clip(arr, 0, 255).astype(np.uint8)
        return np.repeat(grey[:, :, None], 3, axis=2)
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in img.info):
        # Composite onto white: transparent regions must not decode as black, which would
        # make a PNG hash differently from the same picture saved as JPEG.
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(background, rgba)
    return np.asarray(img.convert("RGB"), dtype=np.uint8).copy()


def decode_image(source: Any, *, limits: ImageLimits | None = None, frame: int = 0) -> DecodedImage:
    """Decode ``source`` into a :class:`DecodedImage`, or raise :class:`InputError` saying why."""
    if isinstance(source, DecodedImage) and frame == 0:
        return source  # already decoded (with limits applied) by the caller: never decode twice
    limits = limits or ImageLimits()
    Image, ImageOps = _pil()

    if isinstance(source, np.ndarray):
        return _from_array(source, limits)
    if isinstance(source, Image.Image):
        _check_pixels(source.size, limits)
        return DecodedImage(to_rgb_array(ImageOps.exif_transpose(source)), source.format, None, None)

    data = read_source_bytes(source, limits)
    if data is None:
        raise InputError(f"cannot read an image from a {type(source).__name__}")
    md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            _check_pixels(img.size, limits)
            n_frames = int(getattr(img, "n_frames", 1) or 1)
            if frame:
                img.seek(min(frame, n_frames - 1))
            img.load()
            img = ImageOps.exif_transpose(img)
            rgb = to_rgb_array(img)
    except InputError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise InputError(f"image refused as a decompression bomb: {exc}") from exc
    except Image.UnidentifiedImageError as exc:
        raise InputError("not a recognised image format (corrupt or not an image)") from exc
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise InputError(f"image is corrupt or truncated: {exc}") from exc
    except MemoryError as exc:
        raise InputError("image too large to decode in memory") from exc
    if rgb.ndim != 3 or rgb.shape[0] == 0 or rgb.shape[1] == 0:
        raise InputError("image has no pixels")
    return DecodedImage(rgb, img.format if hasattr(img, "format") else None, md5, sha256, n_frames, data)


def _check_pixels(size: tuple[int, int], limits: ImageLimits) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise InputError("image has no pixels")
    if w * h > limits.max_pixels:
        raise InputError(
            f"image is {w}x{h} = {w * h} pixels, more than the limit of {limits.max_pixels}"
        )


def _from_array(arr: np.ndarray, limits: ImageLimits) -> DecodedImage:
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    if arr.ndim != 3 or arr.shape[2] not in (3, 4):
        raise InputError(f"image array must be HxW, HxWx3 or HxWx4, got shape {arr.shape}")
    _check_pixels((arr.shape[1], arr.shape[0]), limits)
    if arr.dtype != np.uint8:
        if np.issubdtype(arr.dtype, np.floating) and arr.size and float(np.nanmax(arr)) <= 1.0:
            arr = arr * 255.0
        arr = np.clip(np.nan_to_num(arr), 0, 255).astype(np.uint8)
    return DecodedImage(np.ascontiguousarray(arr[:, :, :3]), None, None, None)
