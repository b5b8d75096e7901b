"""``faces``: faces in every image, and output faces that match an input image's face.

Labels (field = the image's field, ``image[0]`` / ``input_image[0]``; box in original pixels):

- ``face``: a face that passed the size and quality gates; score = detector confidence
  (0.5 at dlib's decision boundary); evidence ``{quality, size}``.
- ``small_face`` / ``low_quality_face``: a face under a gate; no identity comparison is made
  for it (evidence says which gate and its value).
- ``too_many_faces``: more faces than ``max_embedded_faces`` passed the gates; only the largest
  were compared (evidence ``{faces, embedded}``).
- ``input_face_match``: a face in an output/upload image whose embedding is within
  ``match_threshold`` of a face in one of the request's input images (img2img, inpainting,
  "nudify"); evidence ``{input_field, distance, threshold}``. Score: 0.5 at the threshold, 1 at
  distance 0.

No face -> no finding, but only after detection really ran: an image that cannot be decoded or
analysed raises, and the runner turns that into an ``error`` result (the policy fails closed).
Embeddings never appear in findings.
"""

from __future__ import annotations

from pydantic import Field

from ...faces import DEFAULT_MATCH_THRESHOLD, FaceSettings, get_engine, match_score
from ...findings import Finding
from ..base import Signal, SignalParams


class FaceParams(SignalParams):
    """Detection settings shared by every signal that reads faces (see nciiguard.faces)."""

    min_face_px: int = Field(default=40, ge=8, le=4096)
    min_quality: float = Field(default=0.25, ge=0.0, le=1.0)
    detector_threshold: float = Field(default=0.0, ge=-2.0, le=3.0)
    detect_max_side: int = Field(default=1600, ge=128, le=8192)
    upsample_below_side: int = Field(default=800, ge=0, le=4096)
    max_embedded_faces: int = Field(default=16, ge=1, le=256)
    #: Largest embedding distance counted as the same person (input-image face or registered person).
    #: Not a detection setting: it is not part of the per-scan face cache key.
    match_threshold: float = Field(default=DEFAULT_MATCH_THRESHOLD, gt=0.0, le=1.5)

    def face_settings(self) -> FaceSettings:
        return FaceSettings(
            min_face_px=self.min_face_px,
            min_quality=self.min_quality,
            detector_threshold=self.detector_threshold,
            detect_max_side=self.detect_max_side,
            upsample_below_side=self.upsample_below_side,
            max_embedded_faces=self.max_embedded_faces,
        )


class FacesSignal(Signal):
    name = "faces"
    version = "1"
    modalities = frozenset({"image"})
    extra = "image"
    summary = "faces (dlib HOG + 5-point + ResNet) in every image; output faces matching an input image's face"

    class Params(FaceParams):
        #: Compare output faces with the request's input-image faces.
        compare_inputs: bool = True

    params: Params

    def load(self) -> None:
        self._engine = get_engine(self.params.face_settings()).load()

    def detect(self, ctx) -> list[Finding]:
        p = self.params
        findings: list[Finding] = []
        scans = {}
        # Detection only: boxes and gates are all the per-face findings need. Embeddings are
        # computed in _input_matches, and only when an input and an output face both exist.
        for i in ctx.image_indices():
            scan = ctx.faces(i, self._engine, embeddings=False)
            scans[i] = scan
            field = ctx.content.image_field(i)
            for face in scan.faces:
                findings.append(_face_finding(face, field, p))
            gated = [f for f in scan.faces if f.status in ("ok", "over_limit")]
            if any(f.status == "over_limit" for f in scan.faces):
                findings.append(Finding(
                    "too_many_faces", 1.0, field,
                    evidence={"faces": len(gated), "embedded": len(scan.eligible),
                              "max_embedded_faces": p.max_embedded_faces},
                ))
        if p.compare_inputs:
            findings.extend(self._input_matches(ctx, scans))
        return findings

    def _input_matches(self, ctx, scans) -> list[Finding]:
        import numpy as np

        input_idx = [i for i in ctx.image_indices("input") if scans[i].eligible]
        output_idx = [i for i in ctx.image_indices("output", "upload") if scans[i].eligible]
        if not input_idx or not output_idx:
            return []  # nothing to compare: no embedding is computed
        inputs = [(ctx.content.image_field(i), f) for i in input_idx
                  for f in ctx.faces(i, self._engine).embedded]
        if not inputs:
            return []
        matrix = np.stack([f.embedding for _, f in inputs])
        out = []
        for i in output_idx:
            field = ctx.content.image_field(i)
            for face in ctx.faces(i, self._engine).embedded:
                dists = np.linalg.norm(matrix - face.embedding, axis=1)
                j = int(np.argmin(dists))
                d = float(dists[j])
                if d <= self.params.match_threshold:
                    out.append(Finding(
                        "input_face_match", match_score(d, self.params.match_threshold), field, box=face.box,
                        evidence={"input_field": inputs[j][0], "input_box": inputs[j][1].box.to_list(),
                                  "distance": round(d, 4), "threshold": self.params.match_threshold},
                    ))
        return out


def _face_finding(face, field: str, p: FaceParams) -> Finding:
    if face.status == "small":
        return Finding("small_face", face.confidence, field, box=face.box,
                       evidence={"size": face.size, "min_face_px": p.min_face_px, "quality": face.quality})
    if face.status == "low_quality":
        return Finding("low_quality_face", face.confidence, field, box=face.box,
                       evidence={"quality": face.quality, "min_quality": p.min_quality, "size": face.size})
    evidence = {"quality": face.quality, "size": face.size}
    if face.status == "over_limit":
        evidence["embedded"] = False
    return Finding("face", face.confidence, field, box=face.box, evidence=evidence)
