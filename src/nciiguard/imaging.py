"""Safe image decoding, done once per image per scan.

Pixel limits are explicit (decompression bombs are refused before decoding), EXIF rotation is
applied, every colour mode is converted to 8-bit RGB, and animated images are read frame by
frame only where asked. Decoded pixels stay in memory for the scan and are never written anywhere.

Memory is bounded by pixels *and* bytes per pixel (issue 11: a 249 KB blank 8000x8000 PNG cost
1.58 GiB to screen, from full-resolution copies in every colour conversion):

* a frame is decoded only if its pixels times the bytes per pixel of its decoder mode fit in
  ``max_decode_bytes`` (Pillow holds 1 byte per pixel for 1/L/P, 2 for 16-bit grey, 4 for
  every other mode), and at most ``MAX_CONCURRENT_DECODE_BYTES`` are being decoded at once in
  the process, whatever the number of requests or images per request;
* a picture above ``work_pixels`` (12 MP) is reduced while decoding, to what the consumers
  need (open_nsfw reads 224x224, face detection a few hundred pixels a side, PDQ reduces
  every image to 64x64 and reduced above 12 MP already): JPEG decodes at 1/2, 1/4 or 1/8
  scale (``draft``), every other format is box-reduced by an integer factor right after
  decoding, and colour conversion runs on the reduced picture, never on a full-size copy;
* the kept RGB array is ``uint8`` and at most ``work_pixels`` (36 MB); ``width``/``height``
  still report the size of the picture as stored.
"""

from __future__ import annotations

import hashlib
import io
import math
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from . import limits
from .errors import InputError

#: Defaults; operators can change them in the configuration.
MAX_PIXELS = limits.MAX_IMAGE_PIXELS  # 8000 x 8000
MAX_FILE_BYTES = limits.MAX_IMAGE_BYTES
#: Frames an animated file may hold (counting them walks the file; a reader of frames decodes
#: each). 1000 is 40 s of a 25 fps animation, far above the GIFs and WebPs people post.
MAX_FRAMES = 1000
#: Bytes one frame may take in the decoder: 8000 x 8000 at 4 bytes per pixel (RGB, RGBA, CMYK,
#: 32-bit grey and float are held at 4 bytes per pixel by Pillow).
MAX_DECODE_BYTES = limits.MAX_IMAGE_DECODE_BYTES
#: Pictures above this many pixels are reduced while decoding (see the module doc). The same as
#: PDQ's own bound (``hashing.pdq.MAX_HASH_PIXELS``), with the same integer box filter, so hashes
#: of large images do not change.
WORK_PIXELS = limits.WORK_PIXELS
#: Decoder memory (bytes, as ``max_decode_bytes`` counts it) in use at once in this process: a
#: decode that would pass it waits for others to finish. Two decodes at the largest size.
MAX_CONCURRENT_DECODE_BYTES = 2 * MAX_DECODE_BYTES

#: Bytes per pixel Pillow holds for a mode (everything not listed: 4).
_MODE_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}


@dataclass(frozen=True)
class ImageLimits:
    max_pixels: int = MAX_PIXELS
    max_file_bytes: int = MAX_FILE_BYTES
    max_frames: int = MAX_FRAMES
    max_decode_bytes: int = MAX_DECODE_BYTES
    work_pixels: int = WORK_PIXELS

    def __post_init__(self) -> None:
        for name in ("max_pixels", "max_file_bytes", "max_frames", "max_decode_bytes", "work_pixels"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                from .errors import ConfigError

                raise ConfigError(f"image limit {name} must be a positive integer, got {value!r}")


class _ByteBudget:
    """A counting semaphore over bytes: at most ``capacity`` held at once (one holder may always run)."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.used = 0
        self._cond = threading.Condition()

    @contextmanager
    def hold(self, n: int):
        with self._cond:
            while self.used and self.used + n > self.capacity:
                self._cond.wait()
            self.used += n
        try:
            yield
        finally:
            with self._cond:
                self.used -= n
                self._cond.notify_all()


_DECODE_BUDGET = _ByteBudget(MAX_CONCURRENT_DECODE_BYTES)


@dataclass(frozen=True)
class DecodedImage:
    """An RGB ``uint8`` array of shape (height, width, 3) plus facts about the source file."""

    rgb: np.ndarray
    format: str | None
    md5: str | None  # of the file bytes, when the image came as bytes or a path
    sha256: str | None
    n_frames: int = 1
    source_bytes: bytes | None = None  # kept in memory only for provenance readers, never stored
    #: (width, height) of the picture as stored (after EXIF rotation) when ``rgb`` was reduced
    #: while decoding (see the module doc); None when ``rgb`` has the stored size.
    source_size: tuple[int, int] | None = None

    @property
    def width(self) -> int:
        """Width of the picture as stored (``rgb`` may be reduced: ``rgb.shape`` is its size)."""
        return int(self.source_size[0] if self.source_size else self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.source_size[1] if self.source_size else self.rgb.shape[0])

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
        # float32, not float64: 4 bytes per pixel like the decoder's own buffer.
        arr = np.asarray(img, dtype=np.float32)
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
    # No convert() copy when the picture already is RGB.
    return np.asarray(img if img.mode == "RGB" else img.convert("RGB"), dtype=np.uint8).copy()


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
    source_size = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            fmt = img.format
            _check_pixels(img.size, limits)
            n_frames = _frame_count(img, limits)
            if frame:
                img.seek(min(frame, n_frames - 1))
            stored = img.size
            factor = _factor(stored, limits.work_pixels)
            if factor > 1 and img.format == "JPEG":
                # Decode at 1/2, 1/4 or 1/8 scale (the largest that stays at or above the target).
                img.draft(img.mode, (math.ceil(stored[0] / factor), math.ceil(stored[1] / factor)))
            need = _decode_bytes(img, limits)
            with _DECODE_BUDGET.hold(need):
                img.load()
                orientation = _orientation(img)
                factor = _factor(img.size, limits.work_pixels)
                if factor > 1 or img.size != stored:
                    img = _reduce(img, factor)
                    img = _orient(img, orientation)
                    w, h = stored
                    source_size = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
                else:
                    ImageOps.exif_transpose(img, in_place=True)
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
    return DecodedImage(rgb, fmt, md5, sha256, n_frames, data, source_size)


def _frame_count(img, limits: ImageLimits) -> int:
    """Frames in the file; more than ``max_frames`` is refused (each would be one more decode
    for a reader of frames, and counting them walks the file)."""
    n = int(getattr(img, "n_frames", 1) or 1)
    if n > limits.max_frames:
        raise InputError(f"image has {n} frames, more than the limit of {limits.max_frames}")
    return n


def _factor(size: tuple[int, int], work_pixels: int) -> int:
    """Smallest integer reduction that brings ``size`` to at most ``work_pixels`` (1: none)."""
    w, h = size
    if w * h <= work_pixels:
        return 1
    return int(math.ceil(math.sqrt(w * h / work_pixels)))


def _decode_bytes(img, limits: ImageLimits) -> int:
    """Bytes the decoder will hold for ``img``; refused above ``max_decode_bytes``."""
    w, h = img.size
    need = w * h * _MODE_BYTES.get(img.mode, 4)
    if need > limits.max_decode_bytes:
        raise InputError(
            f"image is {w}x{h} in mode {img.mode}: decoding it needs {need} bytes, more than the limit of "
            f"{limits.max_decode_bytes}"
        )
    return need


#: Modes Pillow's box reduce works on directly; others are converted strip by strip first.
_REDUCIBLE = frozenset({"L", "LA", "La", "RGB", "RGBA", "RGBa", "RGBX", "CMYK", "YCbCr", "LAB", "HSV", "I", "F", "PA"})
#: Rows converted at a time for modes that cannot be reduced directly (bounds the copy).
_STRIP_ROWS = 256


def _reduce(img, factor: int):
    """``img`` box-reduced by ``factor``; no full-size converted copy is ever made."""
    Image, _ = _pil()
    if factor <= 1:
        return img
    if img.mode in _REDUCIBLE:
        return img.reduce(factor)
    # 1, P (also with transparency), I;16: convert a strip at a time (strip heights a multiple
    # of the factor, so the boxes fall where a whole-image reduce puts them).
    if img.mode == "P":
        target = "RGBA" if "transparency" in img.info else "RGB"
    elif img.mode.startswith("I;16"):
        target = "I"
    elif img.mode == "1":
        target = "L"
    else:
        target = "RGBA" if "A" in img.mode else "RGB"
    w, h = img.size
    out = Image.new(target, (math.ceil(w / factor), math.ceil(h / factor)))
    rows = _STRIP_ROWS * factor
    for y in range(0, h, rows):
        strip = img.crop((0, y, w, min(h, y + rows))).convert(target).reduce(factor)
        out.paste(strip, (0, y // factor))
    return out


def _orientation(img) -> int:
    try:
        return int(img.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - a broken EXIF block is no orientation
        return 1


def _orient(img, orientation: int):
    """Apply an EXIF orientation to ``img`` (what ``ImageOps.exif_transpose`` does)."""
    Image, _ = _pil()
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)
    return img.transpose(method) if method is not None else img


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
