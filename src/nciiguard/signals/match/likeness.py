"""``likeness_match``: faces that match a person enrolled in the likeness registry.

For every image (outputs, uploads and input images alike: an edit request on a registered
person's photo matters before anything is generated), each face that passed the gates is
searched in ``resources.likeness`` (a :class:`nciiguard.registry.LikenessRegistry`). Faces come
from :meth:`nciiguard.content.ScanContext.faces`, so with equal settings they are computed once per scan
for this signal and ``faces`` together.

Label ``registered_face`` (box, field, evidence ``{person_id, distance, threshold}``; score 0.5 at
the threshold, 1 at distance 0). Names and templates of the person never appear in findings.

Embeddings are computed only when some image has a face that passed the gates AND the registry
holds at least one template (``has_templates()``, a cached snapshot check): an empty registry
costs no embedding. A registry object without ``has_templates`` is always searched.

Without a registry the signal raises SignalError, so its result is ``error`` and the policy fails
closed, unless ``require_registry`` is false, for deployments that knowingly run without one. The
same holds when the registry holds templates that this process cannot open (no registry key, or
the wrong one): the result is ``error`` naming the key problem, never a ConfigError that would
make the caller's request a 503 or a traceback. ``/readyz`` and ``selfcheck`` report that state.
"""

from __future__ import annotations

from ...errors import ConfigError, SignalError
from ...faces import get_engine, match_score
from ...findings import Finding
from ..base import Signal
from ..image.faces import FaceParams


_KEY_PROBLEM = "faces could not be compared with the likeness registry: "


class LikenessMatchSignal(Signal):
    name = "likeness_match"
    version = "1"
    modalities = frozenset({"image"})
    extra = "image"
    summary = "faces matching a person enrolled in the likeness registry (encrypted templates)"

    class Params(FaceParams):
        #: Raise (fail closed) when no registry is configured. Set false only knowingly.
        require_registry: bool = True

    def load(self) -> None:
        self._engine = get_engine(self.params.face_settings()).load()

    def detect(self, ctx) -> list[Finding]:
        import numpy as np

        registry = self.resources.likeness
        if registry is None:
            if self.params.require_registry:
                raise SignalError(
                    "likeness_match needs a likeness registry (Resources.likeness); configure one, "
                    "or set require_registry: false for this signal in the policy profile"
                )
            return []
        threshold = self.params.match_threshold
        # Detection first (shared with the faces signal); embeddings only when there is both a
        # face to embed and at least one template to compare it with.
        indices = [i for i in ctx.image_indices() if ctx.faces(i, self._engine, embeddings=False).eligible]
        try:
            if not indices or not _has_templates(registry):
                return []
        except ConfigError as exc:
            # Templates are enrolled but this process has no (or the wrong) registry key. Not a
            # traceback or a 503 for the caller: this face could not be compared, so the result
            # is an error and the policy fails closed (review), with the reason below.
            raise SignalError(_KEY_PROBLEM + str(exc)) from None
        faces = []
        for i in indices:
            field = ctx.content.image_field(i)
            faces += [(field, f) for f in ctx.faces(i, self._engine).embedded]
        if not faces:
            return []
        try:
            results = registry.search(np.stack([f.embedding for _, f in faces]), k=1, threshold=threshold)
        except ConfigError as exc:
            raise SignalError(_KEY_PROBLEM + str(exc)) from None
        out = []
        for (field, face), matches in zip(faces, results):
            if matches:
                m = matches[0]
                out.append(Finding(
                    "registered_face", match_score(m.distance, threshold), field, box=face.box,
                    evidence={"person_id": m.person_id, "distance": round(m.distance, 4), "threshold": threshold},
                ))
        return out


def _has_templates(registry) -> bool:
    """Whether the registry holds any face template; True when it cannot say (fail safe)."""
    check = getattr(registry, "has_templates", None)
    return True if check is None else bool(check())
