"""What is screened (Content) and the per-scan cache every signal shares (ScanContext).

Expensive shared work runs once per scan: each text field is normalised once, each image is
decoded once, and derived artefacts (faces, hashes) are computed once through
:meth:`ScanContext.shared` whichever signal asks first, under a named :class:`CacheKey`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Hashable, Mapping, NamedTuple, TypeVar

from . import limits
from .errors import InputError

T = TypeVar("T")

#: Text fields nciiguard knows. Others are accepted but no profile rule reads them unless it says so.
TEXT_FIELDS = ("prompt", "negative_prompt", "instruction", "caption", "model_card", "message")

#: Largest text field accepted, in bytes of UTF-8 (a prompt longer than this is not a prompt).
MAX_TEXT_BYTES = limits.MAX_TEXT_BYTES
#: Most images one Content may hold (the service's ``max_files`` allows at most 64). Each decoded
#: image is kept for the scan at no more than ``imaging.WORK_PIXELS`` (36 MB of RGB), so a scan
#: holds at most 64 x 36 MB of pixels whatever the files are (issue 11).
MAX_IMAGES = limits.MAX_IMAGES


@dataclass(frozen=True)
class ImageInput:
    """An image to screen: raw bytes, a path, a PIL image or an RGB ``numpy`` array.

    ``role`` says what the image is in the request: ``output`` (generated), ``upload``,
    or ``input`` (the source image of an edit / img2img / "nudify" request).
    """

    source: Any
    role: str = "output"
    name: str | None = None

    def __post_init__(self) -> None:
        if self.role not in ("output", "upload", "input"):
            raise InputError(f"image role must be output, upload or input, not {self.role!r}")


@dataclass(frozen=True)
class Content:
    """Everything one screening call looks at."""

    texts: Mapping[str, str] = field(default_factory=dict)
    images: tuple[ImageInput, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, value in self.texts.items():
            if not isinstance(name, str) or not name.isidentifier():
                raise InputError(f"text field name must be an identifier, got {name!r}")
            if not isinstance(value, str):
                raise InputError(f"text field {name!r} must be a string, got {type(value).__name__}")
            if len(value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
                raise InputError(f"text field {name!r} is larger than {MAX_TEXT_BYTES // 1024} KiB")
        object.__setattr__(self, "texts", dict(self.texts))
        object.__setattr__(self, "images", tuple(self.images))
        if len(self.images) > MAX_IMAGES:
            raise InputError(f"at most {MAX_IMAGES} images can be screened together, got {len(self.images)}")

    @classmethod
    def request(
        cls,
        prompt: str | None = None,
        negative_prompt: str | None = None,
        input_images=(),
        *,
        output_images=(),
        **texts: str,
    ) -> "Content":
        """Build the Content of a generation request (and, optionally, its outputs)."""
        fields = {k: v for k, v in texts.items() if v is not None}
        if prompt is not None:
            fields["prompt"] = prompt
        if negative_prompt is not None:
            fields["negative_prompt"] = negative_prompt
        images = [_as_image(i, "input") for i in input_images]
        images += [_as_image(i, "output") for i in output_images]
        return cls(texts=fields, images=tuple(images))

    @property
    def modalities(self) -> frozenset[str]:
        mods = set()
        if self.texts:
            mods.add("text")
        for image in self.images:
            mods.add("image")
            mods.add("input_image" if image.role == "input" else "output_image")
        if self.metadata.get("model_file") is not None:  # a model file (nciiguard.modelscan.ModelFile)
            mods.add("model_file")
        if self.metadata.get("hashes") is not None:  # hash values to look up in the banks (Guard.match)
            mods.add("hashes")
        return frozenset(mods)

    def image_field(self, index: int) -> str:
        """The field name reasons use for image ``index``: ``image[0]`` or ``input_image[0]``."""
        role = self.images[index].role
        same = [i for i, im in enumerate(self.images) if (im.role == "input") == (role == "input")]
        prefix = "input_image" if role == "input" else "image"
        return f"{prefix}[{same.index(index)}]"


def _as_image(value: Any, role: str) -> ImageInput:
    if isinstance(value, ImageInput):
        return value if value.role == role else ImageInput(value.source, role, value.name)
    name = str(value) if isinstance(value, (str, Path)) else None
    return ImageInput(value, role, name)


class CacheKey(NamedTuple):
    """A named entry of the per-scan cache.

    ``kind`` says what is cached (``"text"``, ``"image"``, ``"faces"``, ``"sexual_lexicon"``...),
    ``part`` which field name or image index it belongs to, and ``variant`` how it was computed
    (engine settings, or the identity of the model object) so that signals configured alike
    share one computation and signals configured differently never read each other's.

    A NamedTuple, not a frozen dataclass: every signal looks keys up on every field of every scan,
    and a tuple hashes and compares in C, where a dataclass key runs its generated ``__hash__`` and
    ``__eq__`` in Python on each lookup.
    """

    kind: str
    part: str | int | None = None
    variant: Hashable = None


class ScanContext:
    """Per-scan cache. Thread-safe: signals may run concurrently on one context."""

    def __init__(self, content: Content, *, limits: Any = None):
        self.content = content
        self.limits = limits
        self._cache: dict[CacheKey, Any] = {}
        self._locks: dict[CacheKey, threading.Lock] = {}
        self._guard = threading.Lock()

    def shared(self, key: CacheKey, factory: Callable[[], T]) -> T:
        """Compute ``factory()`` once per scan for ``key``; later callers get the same value.

        If the factory raises, the exception is cached too, so every signal that depends on a
        broken image sees the same error instead of retrying expensive work.
        """
        with self._guard:
            if key in self._cache:
                return _unwrap(self._cache[key])
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                if key in self._cache:
                    return _unwrap(self._cache[key])
            try:
                value: Any = factory()
            except Exception as exc:  # noqa: BLE001 - cached and re-raised to every caller
                value = _Failure(exc)
            with self._guard:
                self._cache[key] = value
            return _unwrap(value)

    def peek(self, key: CacheKey) -> Any:
        """The value cached for ``key``, or None if nothing (or a failure) is cached: for a signal
        that reuses another's work when it was done, and never triggers it (the private-reference
        model reads the semantic signal's encoder pass this way)."""
        with self._guard:
            value = self._cache.get(key)
        return None if value is None or isinstance(value, _Failure) else value

    # -- text ---------------------------------------------------------------------------------
    @property
    def text_fields(self) -> tuple[str, ...]:
        return tuple(self.content.texts)

    def text(self, field_name: str):
        """The normalised form of a text field (see :mod:`nciiguard.text.normalize`)."""
        from .text.normalize import normalize

        raw = self.content.texts[field_name]
        return self.shared(CacheKey("text", field_name), lambda: normalize(raw))

    # -- images -------------------------------------------------------------------------------
    def image(self, index: int):
        """The decoded image ``index`` (see :mod:`nciiguard.imaging`). Raises InputError if bad."""
        from .imaging import decode_image

        source = self.content.images[index]
        return self.shared(CacheKey("image", index), lambda: decode_image(source.source, limits=self.limits))

    def image_indices(self, *roles: str) -> list[int]:
        roles = roles or ("output", "upload", "input")
        return [i for i, im in enumerate(self.content.images) if im.role in roles]

    def faces(self, index: int, engine: Any = None, *, embeddings: bool = True):
        """The faces of image ``index`` (a :class:`nciiguard.faces.FaceScan`), computed once per
        scan and engine settings whichever signal asks first (default engine: ``get_engine()``).

        With ``embeddings=False`` the scan has statuses and boxes but no embeddings; a signal asks
        for embeddings only when it can compare them with something (a registry template, an
        input image's face), and they too are computed once, from the same detection. A decoding
        or detection error is cached and re-raised to each caller, so every dependent signal
        fails closed alike.
        """
        from .faces import get_engine

        engine = engine or get_engine()
        detected = self.shared(CacheKey("faces_detected", index, engine.settings),
                               lambda: engine.detect(self.image(index).rgb))
        if not embeddings:
            return detected
        return self.shared(CacheKey("faces", index, engine.settings), lambda: engine.embed(detected))

    # -- image hashes ---------------------------------------------------------------------------
    def image_hashes(self, index: int, compute: Callable[[Any], T]) -> T:
        """The hashes of image ``index`` (a :class:`~nciiguard.hashing.QueryHashes`), computed once
        per scan as ``compute(decoded image)``: the bank matcher's ``prepare_image``, whose query
        strategy decides the PDQ variants. Whoever asks first computes; the Guard hands the result
        to the caller on ``Decision.hashes``, so an upload is never hashed twice."""
        return self.shared(CacheKey("pdq", index), lambda: compute(self.image(index)))

    def computed_image_hashes(self) -> dict[int, Any]:
        """image index -> the hashes :meth:`image_hashes` computed in this scan (failed ones left out)."""
        return self.computed("pdq")

    def peek(self, key: Any, default: Any = None) -> Any:
        """What :meth:`shared` computed for ``key`` in this scan, or ``default`` (not computed, or
        failed): for the Guard collecting what signals left for the caller, without computing."""
        with self._guard:
            value = self._cache.get(key, default)
        return default if isinstance(value, _Failure) else value

    def computed(self, kind: str) -> dict[Any, Any]:
        """What this scan computed so far under the keys ``CacheKey(kind, part)`` of :meth:`shared`,
        as ``{part: value}`` (failed ones left out): how the Guard collects per-scan results (image
        hashes, bank match reports) for the caller after the signals ran."""
        with self._guard:
            return {key.part: value for key, value in self._cache.items()
                    if isinstance(key, CacheKey) and key.kind == kind and not isinstance(value, _Failure)}


class _Failure:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException):
        self.exc = exc


def _unwrap(value: Any) -> Any:
    if isinstance(value, _Failure):
        raise value.exc
    return value
