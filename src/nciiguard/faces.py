"""Face detection and identity embeddings, offline, on dlib's 5-point path.

One set of dlib models per process (:class:`FaceModels`) serves the ``faces`` signal, the
``likeness_match`` signal and the likeness registry, whatever their gate settings; faces are
computed once per image per scan and settings (:meth:`nciiguard.content.ScanContext.faces`).

Pipeline for one image:

1. **Downscale** to at most ``detect_max_side`` pixels on the longest side for detection (HOG
   time grows with pixels); boxes are mapped back to the original image's coordinates.
2. **Detect** with dlib's HOG frontal-face detector, on a grey copy (``detect_on_grey``: same
   recall, about a third less time than on colour). Small detection images are upsampled once
   (``upsample_below_side``), which halves the smallest face HOG finds (about 80 px -> 40 px);
   without it most faces of 40-56 px are missed (bench/results/faces.md, "Detection recall").
3. **Landmarks** with the 5-point shape predictor on the *original* image (more detail than
   the downscaled one), then an aligned 150x150 chip (``dlib.get_face_chip``).
4. **Gates**: a face narrower than ``min_face_px`` (in original pixels) is ``small``; a chip whose
   sharpness/contrast score is under ``min_quality`` is ``low_quality``. Neither gets an embedding:
   an identity decision on a face the model cannot see well is a guess.
5. **Embedding**: dlib's ResNet (``dlib_face_recognition_resnet_model_v1``), 128 floats, compared
   by Euclidean distance. At most ``max_embedded_faces`` per image (largest first), because each
   costs ~85 ms on one core; the rest are reported as ``over_limit``. Steps 1-4 are
   :meth:`FaceEngine.detect`, step 5 :meth:`FaceEngine.embed`: signals ask for embeddings only
   when a comparison is possible (a registry with templates, an input image with a face), so
   the common scan pays for detection alone. Protection is unchanged: whenever there is
   something to compare with, every ``ok`` face is embedded.

The 68-point landmark model that ``face_recognition_models`` also ships is never loaded: the
5-point model is all alignment needs, and the issue forbids the other one. Model files are
located with ``importlib`` instead of importing ``face_recognition_models`` (whose ``__init__``
needs ``pkg_resources``, which recent setuptools no longer installs).

Thread safety: dlib documents its object detector as unsafe for concurrent use, and its
networks keep per-call scratch state, so one lock serialises every dlib call. Measured
(bench/results/faces.md, "Threads"): the ResNet embedding call holds the GIL anyway, so for it
the lock costs nothing; HOG detection releases the GIL, so the lock does serialise detection
(about 40 ms CPU per 512 px image, grey HOG with the 2x upsample). Per-thread detectors would
lift that, but building one takes 1.5-2 s, so it is not done per request; for parallel face work
use processes.

Embeddings never leave memory through this module: they are excluded from ``repr`` and no
function here logs them.
"""

from __future__ import annotations

import importlib.util
import math
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .findings import Box

#: Euclidean distance at or under which two embeddings are taken to be the same person.
#: Measured on the shared face set (bench/faces.py, bench/results/faces.md): 0.55 keeps the
#: false-match rate at 0 there while keeping most same-person pairs; dlib documents 0.6.
DEFAULT_MATCH_THRESHOLD = 0.55

EMBEDDING_DIM = 128

_EXTRA = "image"
_FEATURE = "face detection and embeddings"

# Files in the face_recognition_models package. The 68-point predictor is deliberately absent.
_MODEL_FILES = {
    "shape_predictor_5": "shape_predictor_5_face_landmarks.dat",
    "recognition": "dlib_face_recognition_resnet_model_v1.dat",
}
#: File name of the model that must never be loaded (checked by the tests).
FORBIDDEN_MODEL = "shape_predictor_68_face_landmarks.dat"

CHIP_SIZE = 150
CHIP_PADDING = 0.25


@dataclass(frozen=True)
class FaceSettings:
    """Detection and gate settings. Two signals with equal settings share one computation."""

    #: A face narrower than this (original pixels) gets no embedding (label ``small_face``).
    min_face_px: int = 40
    #: Chip quality in [0, 1] under which a face gets no embedding (``low_quality_face``).
    min_quality: float = 0.25
    #: HOG detector threshold; dlib's decision boundary is 0. Lower finds more, less certain faces.
    detector_threshold: float = 0.0
    #: Longest side of the image handed to the detector (larger images are downscaled first).
    detect_max_side: int = 1600
    #: Upsample the detection image once when its longest side is at most this.
    upsample_below_side: int = 800
    #: At most this many faces per image get embeddings (largest first).
    max_embedded_faces: int = 16
    #: Run HOG on a grey copy (same recall, ~30% faster; see bench/results/faces.md).
    detect_on_grey: bool = True

    def __post_init__(self) -> None:
        if self.min_face_px < 1:
            raise ValueError("min_face_px must be at least 1")
        if not 0.0 <= self.min_quality <= 1.0:
            raise ValueError("min_quality must be in [0, 1]")
        if self.detect_max_side < 64:
            raise ValueError("detect_max_side must be at least 64")
        if self.upsample_below_side < 0 or self.max_embedded_faces < 0:
            raise ValueError("upsample_below_side and max_embedded_faces must not be negative")


@dataclass(frozen=True)
class Face:
    """One detected face. ``embedding`` is set only for ``status == "ok"`` faces of an embedded scan."""

    box: Box
    #: Detector confidence mapped to [0, 1]: 0.5 at dlib's decision boundary (raw score 0).
    confidence: float
    detector_score: float
    #: Width of the box in original pixels (HOG boxes are square).
    size: int
    #: Chip quality in [0, 1] (sharpness and contrast); see :func:`chip_quality`.
    quality: float
    #: ``ok`` (gates passed, within the budget: embedded when an identity comparison needs it),
    #: ``small``, ``low_quality`` or ``over_limit`` (gates passed, embedding budget spent).
    status: str
    embedding: np.ndarray | None = field(default=None, repr=False, compare=False)

    @property
    def embedded(self) -> bool:
        return self.embedding is not None


@dataclass(frozen=True)
class FaceScan:
    """Every face found in one image, and how the detector was run (for evidence)."""

    faces: tuple[Face, ...]
    width: int
    height: int
    detect_scale: float
    upsample: int
    #: False for a scan from :meth:`FaceEngine.detect` (statuses set, embeddings not computed).
    has_embeddings: bool = True
    #: Aligned chips of the ``ok`` faces (None for others), kept until :meth:`FaceEngine.embed`.
    chips: tuple[np.ndarray | None, ...] = field(default=(), repr=False, compare=False)

    @property
    def embedded(self) -> list[Face]:
        """Faces with an embedding (empty for a detection-only scan)."""
        return [f for f in self.faces if f.embedding is not None]

    @property
    def eligible(self) -> list[Face]:
        """Faces that passed the gates and the budget: they have, or get on demand, an embedding."""
        return [f for f in self.faces if f.status == "ok"]


def confidence_from_score(raw: float) -> float:
    """Map a HOG detector score (about -1..3) to [0, 1]; 0 (the boundary) maps to 0.5."""
    return 1.0 / (1.0 + math.exp(-2.0 * float(raw)))


def chip_quality(chip: np.ndarray) -> tuple[float, float, float]:
    """(quality, sharpness, contrast) of an aligned RGB face chip.

    Sharpness is the variance of the Laplacian of the grey chip's central region (blurred or
    upscaled faces have little high-frequency energy); contrast is the grey standard deviation
    there. Each is scaled to [0, 1] against values typical of sharp, well-lit faces (measured in
    bench/faces.py) and the quality is the smaller of the two: one bad property is enough to
    make an identity decision unreliable.
    """
    grey = chip.astype(np.float32) @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    h, w = grey.shape
    core = grey[h // 5 : h - h // 5, w // 5 : w - w // 5]
    lap = (
        core[1:-1, :-2] + core[1:-1, 2:] + core[:-2, 1:-1] + core[2:, 1:-1] - 4.0 * core[1:-1, 1:-1]
    )
    sharpness = float(lap.var())
    contrast = float(core.std())
    quality = min(1.0, sharpness / _SHARPNESS_REF, contrast / _CONTRAST_REF)
    return max(0.0, quality), sharpness, contrast


# Reference values for chip_quality. Measured (bench/results/faces.md): sharp portraits score
# 20..1000 in sharpness; with Gaussian blur of radius 6 px on a 600 px photo (sharpness 1..3)
# different people fall under the match threshold, at radius 3..4 (sharpness 2..9) they do not.
# With min_quality 0.25 the gate is sharpness >= 3 and contrast >= 6 (grey std).
_SHARPNESS_REF = 12.0
_CONTRAST_REF = 24.0


def model_dir() -> Path:
    """The directory holding face_recognition_models' weights, found without importing it."""
    from ._optional import available

    if not available("face_recognition_models"):
        from .errors import MissingExtraError

        raise MissingExtraError(_EXTRA, "face-recognition-models", _FEATURE)
    spec = importlib.util.find_spec("face_recognition_models")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "models"


class FaceModels:
    """The three dlib models and the lock that serialises calls into them.

    Models do not depend on :class:`FaceSettings`, so one set per process serves every engine
    (see :func:`shared_models`); engines with other gates cost no extra memory or load time.
    """

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.loaded = False
        self.dlib: Any = None
        self.detector: Any = None
        self.shape: Any = None
        self.encoder: Any = None

    def load(self) -> "FaceModels":
        with self.lock:
            if self.loaded:
                return self
            from ._optional import require

            dlib = require("dlib", extra=_EXTRA, feature=_FEATURE, package="dlib-bin")
            directory = model_dir()
            paths = {k: directory / v for k, v in _MODEL_FILES.items()}
            for p in paths.values():
                if not p.is_file():
                    from .errors import SignalError

                    raise SignalError(f"face model file missing: {p.name}; reinstall face-recognition-models")
            self.dlib = dlib
            self.detector = dlib.get_frontal_face_detector()
            self.shape = dlib.shape_predictor(str(paths["shape_predictor_5"]))
            self.encoder = dlib.face_recognition_model_v1(str(paths["recognition"]))
            self.loaded = True
        return self


_SHARED_MODELS = FaceModels()


def shared_models() -> FaceModels:
    return _SHARED_MODELS


class FaceEngine:
    """Detection, gates and embeddings with given settings, on (by default) the shared models."""

    def __init__(self, settings: FaceSettings | None = None, *, models: FaceModels | None = None):
        self.settings = settings or FaceSettings()
        self.models = models or _SHARED_MODELS

    def load(self) -> "FaceEngine":
        self.models.load()
        return self

    # -- analysis ---------------------------------------------------------------------------
    def analyze(self, rgb: np.ndarray) -> FaceScan:
        """Detect, gate and embed every face in an RGB ``uint8`` image of shape (h, w, 3)."""
        return self.embed(self.detect(rgb))

    def detect(self, rgb: np.ndarray) -> FaceScan:
        """Detect and gate every face, without identity embeddings (the expensive part).

        Faces that pass the gates and fit the budget get status ``ok`` and keep their aligned
        chip (in memory, inside the returned scan only) so :meth:`embed` can embed them later
        without detecting again. The ``face`` findings need nothing more; the embedding
        (~85 ms per face on one core) is computed only when a comparison is possible.
        """
        rgb = _check_rgb(rgb)
        self.load()
        s = self.settings
        height, width = rgb.shape[:2]
        longest = max(width, height)
        scale = min(1.0, s.detect_max_side / longest)
        small = _resize(rgb, scale) if scale < 1.0 else rgb
        upsample = 1 if max(small.shape[:2]) <= s.upsample_below_side else 0
        # HOG on one grey channel instead of the strongest of three colour gradients: about a
        # third less detection time with the same recall (bench/results/faces.md, "Detection
        # recall"). Landmarks and chips still use the colour original.
        detect_image = _grey(small) if s.detect_on_grey else small

        m = self.models
        with m.lock:
            rects, scores, _ = m.detector.run(detect_image, upsample, s.detector_threshold)
            found = []
            for rect, raw in zip(rects, scores):
                box = _to_box(rect, scale, width, height)
                if box.width < 2 or box.height < 2:
                    continue
                # Landmarks on the original pixels, from the unclipped box (faces cut by the edge).
                drect = m.dlib.rectangle(
                    int(round(rect.left() / scale)), int(round(rect.top() / scale)),
                    int(round((rect.right() + 1) / scale)) - 1, int(round((rect.bottom() + 1) / scale)) - 1,
                )
                shape = m.shape(rgb, drect)
                chip = np.asarray(m.dlib.get_face_chip(rgb, shape, CHIP_SIZE, CHIP_PADDING))
                quality, _, _ = chip_quality(chip)
                found.append((box, float(raw), quality, chip))

        # Gates first, then the embedding budget goes to the largest faces.
        found.sort(key=lambda item: -item[0].width)
        pairs: list[tuple[Face, np.ndarray | None]] = []
        budget = s.max_embedded_faces
        for box, raw, quality, chip in found:
            size = box.width
            if size < s.min_face_px:
                status = "small"
            elif quality < s.min_quality:
                status = "low_quality"
            elif budget <= 0:
                status = "over_limit"
            else:
                budget -= 1
                status = "ok"
            face = Face(box, confidence_from_score(raw), raw, size, round(quality, 4), status)
            pairs.append((face, chip if status == "ok" else None))
        pairs.sort(key=lambda fc: (fc[0].box.x, fc[0].box.y))  # left to right, as people read an image
        return FaceScan(tuple(f for f, _ in pairs), width, height, scale, upsample,
                        has_embeddings=False, chips=tuple(c for _, c in pairs))

    def embed(self, scan: FaceScan) -> FaceScan:
        """``scan`` with an embedding for every ``ok`` face; the chips are dropped."""
        if scan.has_embeddings:
            return scan
        if len(scan.chips) != len(scan.faces):
            raise ValueError("embed() needs a scan from FaceEngine.detect()")
        self.load()
        m = self.models
        faces = []
        with m.lock:
            for face, chip in zip(scan.faces, scan.chips):
                if face.status == "ok" and chip is not None:
                    emb = np.asarray(m.encoder.compute_face_descriptor(chip), dtype=np.float32)
                    emb.setflags(write=False)
                    face = replace(face, embedding=emb)
                faces.append(face)
        return replace(scan, faces=tuple(faces), has_embeddings=True, chips=())

    def enrolment_template(self, rgb: np.ndarray, *, label: str = "photo") -> Face:
        """The one usable face in an enrolment photo, or an InputError saying what to fix."""
        scan = self.analyze(rgb)
        usable = scan.embedded
        if len(usable) == 1:
            return usable[0]
        if len(usable) > 1:
            raise InputError(f"{label} shows {len(usable)} faces; use a photo of the person alone (or crop it)")
        if any(f.status == "small" for f in scan.faces):
            raise InputError(
                f"{label}: the face is smaller than {self.settings.min_face_px} px; use a larger, closer photo"
            )
        if any(f.status == "low_quality" for f in scan.faces):
            raise InputError(f"{label}: the face is too blurred or too dark; use a sharper, well-lit photo")
        raise InputError(f"{label}: no face found; use a clear, front-facing photo")


def _check_rgb(rgb: Any) -> np.ndarray:
    if not isinstance(rgb, np.ndarray) or rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
        raise InputError("face analysis needs an RGB uint8 array of shape (height, width, 3)")
    if rgb.shape[0] == 0 or rgb.shape[1] == 0:
        raise InputError("image has no pixels")
    return np.ascontiguousarray(rgb)


def _grey(rgb: np.ndarray) -> np.ndarray:
    from PIL import Image

    return np.asarray(Image.fromarray(rgb).convert("L"))


def _resize(rgb: np.ndarray, scale: float) -> np.ndarray:
    from PIL import Image

    h, w = rgb.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0))


def _to_box(rect: Any, scale: float, width: int, height: int) -> Box:
    """A dlib rectangle in detection coordinates -> a Box clipped to the original image."""
    left = max(0, int(round(rect.left() / scale)))
    top = max(0, int(round(rect.top() / scale)))
    right = min(width, int(round((rect.right() + 1) / scale)))
    bottom = min(height, int(round((rect.bottom() + 1) / scale)))
    return Box(left, top, max(0, right - left), max(0, bottom - top))


def face_distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(np.asarray(a, np.float32) - np.asarray(b, np.float32)))


def match_score(distance: float, threshold: float) -> float:
    """A distance mapped to [0, 1]: 1 at distance 0, 0.5 at the threshold, 0 at twice it."""
    if threshold <= 0:
        return 0.0
    return max(0.0, min(1.0, 1.0 - 0.5 * distance / threshold))


# -- one engine per settings per process -------------------------------------------------------
_ENGINES: dict[FaceSettings, FaceEngine] = {}
_ENGINES_LOCK = threading.Lock()


def get_engine(settings: FaceSettings | None = None) -> FaceEngine:
    """The process-wide engine for ``settings`` (models are shared, loaded on first use)."""
    settings = settings or FaceSettings()
    with _ENGINES_LOCK:
        engine = _ENGINES.get(settings)
        if engine is None:
            engine = _ENGINES[settings] = FaceEngine(settings)
        return engine
