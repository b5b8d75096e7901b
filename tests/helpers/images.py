"""Benign synthetic images and image encodings (never intimate imagery: see DESIGN.md)."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np


def encode(image, fmt: str = "PNG", **save_kw) -> bytes:
    """The bytes of ``image`` (a PIL image or an RGB/grey uint8 array) saved as ``fmt``."""
    from PIL import Image

    if isinstance(image, np.ndarray):
        image = Image.fromarray(image)
    buf = io.BytesIO()
    image.save(buf, fmt, **save_kw)
    return buf.getvalue()


def png_bytes(image, **save_kw) -> bytes:
    return encode(image, "PNG", **save_kw)


def jpeg_bytes(image, quality: int) -> bytes:
    """JPEG at ``quality`` (converted to RGB first: JPEG has no alpha)."""
    from PIL import Image

    if isinstance(image, np.ndarray):
        image = Image.fromarray(image)
    return encode(image.convert("RGB"), "JPEG", quality=quality)


def synthetic_png(seed: int = 0, size: int = 256) -> bytes:
    """A benign synthetic image with structure (PDQ quality well above the floor)."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    base = rng.integers(0, 255, (8, 8, 3), dtype=np.uint8)
    return png_bytes(Image.fromarray(base).resize((size, size), Image.BICUBIC))


def png_claiming(width: int, height: int) -> bytes:
    """A valid PNG of a few hundred bytes whose header claims ``width`` x ``height`` RGB pixels:
    a decompression bomb's shape. Decoders must refuse it from the header, before decoding."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
