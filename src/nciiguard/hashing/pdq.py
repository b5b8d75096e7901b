"""PDQ perceptual hashes (through ``pdqhash``, the ThreatExchange C++ reference bound for Python).

Three layers:

* :func:`pdq_hash` and :func:`pdq_dihedral`: the plain PDQ hash of an RGB array, computed at full
  resolution like the reference hasher (so the value a survivor shares matches what other tools
  compute, within the few bits decoders differ by), plus the quality score (0-100). Flat images
  have low quality and their hashes match almost anything: callers do not match below a floor
  (:data:`DEFAULT_QUALITY_FLOOR`).
* :func:`index_variants`: extra hashes stored next to a bank entry when the image itself is
  hashed (centre crops). A 5% crop of the banked picture is far from the plain hash (a median of
  about 90 bits of 256) but close to the hash of the banked picture's central 90%.
* :func:`query_variants`: what an upload is hashed as when it is matched: the 8 dihedral
  transforms (rotations by 90 degrees and flips), the picture with uniform borders or padding
  trimmed, small rotations undone (2 and 4 degrees either way) and a centre crop. See
  :class:`QueryStrategy`; bench/hashing.py measures what each part buys and costs.

Every variant is one more chance for a false match, so the robust variants were chosen against
the distance distribution of distinct images (bench/results/hashing.md): at the default matching
distance of 31 the closest distinct pair under the full strategy is still far away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np

from .._optional import require
from ..errors import InputError
from ..limits import PDQ_QUALITY_FLOOR, WORK_PIXELS

#: Hashes with a quality below this are not matched: flat or nearly flat images (a black frame,
#: a solid colour) all hash alike. 50 is the threshold the PDQ authors suggest.
DEFAULT_QUALITY_FLOOR = PDQ_QUALITY_FLOOR

#: Order of the 8 dihedral hashes, as the reference implementation returns them.
DIHEDRAL_NAMES = (
    "original", "rotate90", "rotate180", "rotate270", "flipx", "flipy", "flip_plus1", "flip_minus1",
)

#: Variants are hashed from a copy whose longer side is at most this (PDQ itself reduces every
#: image to 64x64, so this changes a hash by a few bits and makes each variant cost ~2 ms).
VARIANT_SIDE = 512

#: Images above this many pixels are reduced by an integer box filter before the primary hash.
#: PDQ's own first step is a box (Jarosz) filter, so this costs a bit or two and bounds the time
#: a huge upload can take.
MAX_HASH_PIXELS = WORK_PIXELS

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def _pdqhash():
    return require("pdqhash", extra="hash", feature="PDQ hashing")


@dataclass(frozen=True)
class PdqHash:
    """A PDQ hash (64 lower-case hex characters) and its quality (0-100)."""

    hex: str
    quality: int

    def distance(self, other: "PdqHash | str") -> int:
        return hamming(self.hex, other.hex if isinstance(other, PdqHash) else other)


@dataclass(frozen=True)
class Variant:
    """One hash of a transformed copy of an image: ``name`` says which transform."""

    name: str
    hex: str
    quality: int


def normalize_hash(value: str) -> str:
    """Validate a PDQ hash string: 64 hex characters (any case, surrounding space ignored)."""
    if not isinstance(value, str):
        raise InputError(f"PDQ hash must be a string, got {type(value).__name__}")
    v = value.strip().lower()
    if len(v) != 64:
        raise InputError(f"PDQ hash must be 64 hex characters, got {len(v)}")
    if not _HEX64.match(v):
        raise InputError("PDQ hash must be hexadecimal (0-9, a-f)")
    return v


def hamming(a: str, b: str) -> int:
    """Hamming distance between two hex hashes of equal length."""
    if len(a) != len(b):
        raise InputError(f"cannot compare hashes of different lengths ({len(a)} and {len(b)})")
    return (int(a, 16) ^ int(b, 16)).bit_count()


def _bits_to_hex(bits: np.ndarray) -> str:
    return np.packbits(np.asarray(bits, dtype=np.uint8)).tobytes().hex()


def _as_rgb(rgb) -> np.ndarray:
    arr = np.asarray(rgb)
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    if arr.ndim != 3 or arr.shape[2] < 3 or arr.shape[0] == 0 or arr.shape[1] == 0:
        raise InputError(f"expected an RGB image array, got shape {arr.shape}")
    if arr.dtype != np.uint8:
        raise InputError(f"expected a uint8 image array, got {arr.dtype}")
    return np.ascontiguousarray(arr[:, :, :3])


def _bound(rgb: np.ndarray, max_pixels: int = MAX_HASH_PIXELS) -> np.ndarray:
    h, w = rgb.shape[:2]
    if h * w <= max_pixels:
        return rgb
    factor = int(np.ceil(np.sqrt(h * w / max_pixels)))
    from PIL import Image

    return np.asarray(Image.fromarray(rgb).reduce(factor))


def pdq_hash(rgb) -> PdqHash:
    """The PDQ hash of an RGB ``uint8`` array (height, width, 3)."""
    arr = _bound(_as_rgb(rgb))
    bits, quality = _pdqhash().compute(arr)
    return PdqHash(_bits_to_hex(bits), int(quality))


def pdq_dihedral(rgb) -> tuple[dict[str, str], int]:
    """The 8 dihedral PDQ hashes (see :data:`DIHEDRAL_NAMES`) and the quality, in one pass.

    The reference computes them from one DCT, so this costs about the same as one hash.
    """
    arr = _bound(_as_rgb(rgb))
    hashes, quality = _pdqhash().compute_dihedral(arr)
    return {name: _bits_to_hex(b) for name, b in zip(DIHEDRAL_NAMES, hashes)}, int(quality)


# -- transforms used by the robust strategy --------------------------------------------------

def _small(rgb: np.ndarray, side: int = VARIANT_SIDE) -> np.ndarray:
    h, w = rgb.shape[:2]
    if max(h, w) <= side:
        return rgb
    from PIL import Image

    scale = side / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0))


def trim_borders(rgb: np.ndarray, *, tolerance: int = 24, coverage: float = 0.98,
                 max_fraction: float = 0.45) -> np.ndarray | None:
    """Remove uniform borders and padding (bars of one colour along the edges).

    A row or column counts as border when at least ``coverage`` of its pixels lie within
    ``tolerance`` of the colour at that edge (so JPEG noise does not stop the trim). No side loses
    more than ``max_fraction``. Returns None when there is nothing to trim.
    """
    a = np.asarray(rgb).astype(np.int16)
    h, w = a.shape[:2]
    if h < 8 or w < 8:
        return None

    def run(lines: np.ndarray, limit: int) -> int:
        # lines: (n, k, 3), ordered from the edge inwards. Checked in small chunks from the
        # edge, stopping at the first line that is not border: most images have none, and
        # looking at the whole image four times would cost more than hashing it.
        colour = np.median(lines[0], axis=0).astype(np.int16)
        n, step = 0, 8
        while n < limit:
            chunk = lines[n:min(n + step, limit)]
            ok = (np.abs(chunk - colour).max(axis=2) <= tolerance).mean(axis=1) >= coverage
            if not ok.all():
                return n + int(np.argmin(ok))
            n += len(chunk)
            step = min(step * 2, 64)
        return min(n, limit)

    top = run(a, int(h * max_fraction))
    bottom = run(a[::-1], int(h * max_fraction))
    left = run(a.transpose(1, 0, 2), int(w * max_fraction))
    right = run(a.transpose(1, 0, 2)[::-1], int(w * max_fraction))
    if top + bottom + left + right == 0:
        return None
    out = rgb[top:h - bottom, left:w - right]
    if out.shape[0] < 8 or out.shape[1] < 8:
        return None
    return np.ascontiguousarray(out)


def center_crop(rgb: np.ndarray, ratio: float) -> np.ndarray:
    h, w = rgb.shape[:2]
    ch, cw = max(1, round(h * ratio)), max(1, round(w * ratio))
    y, x = (h - ch) // 2, (w - cw) // 2
    return np.ascontiguousarray(rgb[y:y + ch, x:x + cw])


def rotate(rgb: np.ndarray, degrees: float) -> np.ndarray:
    """Rotate counter-clockwise by ``degrees`` keeping the size (corners filled black)."""
    from PIL import Image

    return np.asarray(Image.fromarray(rgb).rotate(degrees, resample=Image.Resampling.BILINEAR))


#: Centre crops stored with a bank entry (bank-side expansion).
INDEX_CROPS = (0.9, 0.8)


#: Corner crops (opt-in): the 90% of the picture anchored at each corner.
CORNERS = ("tl", "tr", "bl", "br")


def corner_crop(rgb: np.ndarray, corner: str, ratio: float = 0.9) -> np.ndarray:
    h, w = rgb.shape[:2]
    ch, cw = max(1, round(h * ratio)), max(1, round(w * ratio))
    y = 0 if corner[0] == "t" else h - ch
    x = 0 if corner[1] == "l" else w - cw
    return np.ascontiguousarray(rgb[y:y + ch, x:x + cw])


def index_variants(rgb, crops: Iterable[float] = INDEX_CROPS, *, corners: bool = False) -> dict[str, str]:
    """Extra hashes to store with a bank entry hashed from the image itself.

    Only hashes leave the device; they let a cropped copy of the picture match (see module doc).
    ``corners`` adds four more (90% anchored at each corner) so off-centre crops match too; they
    cost four index rows per entry, so they are opt-in (bench/results/hashing.md).
    """
    small = _small(_as_rgb(rgb))
    out = {}
    for r in crops:
        h = pdq_hash(center_crop(small, r))
        out[f"center{int(round(r * 100))}"] = h.hex
    if corners:
        for c in CORNERS:
            out[f"corner90_{c}"] = pdq_hash(corner_crop(small, c)).hex
    return out


@dataclass(frozen=True)
class QueryStrategy:
    """Which transformed copies of an upload are hashed and matched.

    The defaults are what bench/hashing.py showed to be worth their cost: the dihedral set is
    free (one DCT), trimming costs one hash and only when there is a border, undoing a rotation
    and a centre crop cost one small hash (about 1-2 ms) each.
    """

    dihedral: bool = True
    trim: bool = True
    #: Rotations (degrees) to undo; each is followed by a centre crop to drop the black corners.
    rotations: tuple[float, ...] = (-4.0, -2.0, 2.0, 4.0)
    #: Query-side centre crops (match a banked crop of a larger upload).
    crops: tuple[float, ...] = (0.9,)

    @classmethod
    def plain(cls) -> "QueryStrategy":
        """Only the hash of the image as it is (what most PDQ matchers do)."""
        return cls(dihedral=False, trim=False, rotations=(), crops=())

    @classmethod
    def named(cls, name: str) -> "QueryStrategy":
        try:
            return _STRATEGIES[name]
        except KeyError:
            raise InputError(f"unknown query strategy {name!r}; known: {', '.join(_STRATEGIES)}") from None


_STRATEGIES: dict[str, QueryStrategy] = {}


def query_variants(rgb, strategy: QueryStrategy | None = None) -> tuple[list[Variant], int]:
    """Hash ``rgb`` as the strategy says. Returns the variants and the quality of the original.

    Variants below the quality floor are still returned (with their quality): the matcher decides
    what to ignore, and reports a low-quality query as such rather than as "no match".
    """
    strategy = strategy or QueryStrategy()
    rgb = _as_rgb(rgb)
    variants: list[Variant] = []
    if strategy.dihedral:
        hashes, quality = pdq_dihedral(rgb)
        variants.extend(Variant(name, hx, quality) for name, hx in hashes.items())
    else:
        h = pdq_hash(rgb)
        quality = h.quality
        variants.append(Variant("original", h.hex, h.quality))
    if not (strategy.trim or strategy.rotations or strategy.crops):
        return variants, quality
    small = _small(rgb)
    base = small
    if strategy.trim:
        trimmed = trim_borders(small)
        if trimmed is not None:
            h = pdq_hash(trimmed)
            variants.append(Variant("trimmed", h.hex, h.quality))
            base = trimmed
    for deg in strategy.rotations:
        h = pdq_hash(center_crop(rotate(base, deg), 0.9))
        variants.append(Variant(f"rotate{deg:+g}", h.hex, h.quality))
    for r in strategy.crops:
        h = pdq_hash(center_crop(base, r))
        variants.append(Variant(f"center{int(round(r * 100))}", h.hex, h.quality))
    # Identical hashes add cost and no recall.
    seen: set[str] = set()
    unique = []
    for v in variants:
        if v.hex not in seen:
            seen.add(v.hex)
            unique.append(v)
    return unique, quality


_STRATEGIES.update({
    "plain": QueryStrategy.plain(),
    "dihedral": QueryStrategy(trim=False, rotations=(), crops=()),
    "robust": QueryStrategy(),
})
