"""Guard a Hugging Face ``diffusers`` pipeline: before generation and after it.

Two ways in, usable together:

``guard_pipeline(pipe, guard)`` -> :class:`GuardedPipeline`
    Wraps any pipeline's ``__call__``. *Before* generation it screens every prompt (with
    ``prompt_2`` where the pipeline has one) against its negative prompt and the input images
    (``image``, ``mask_image``, ``control_image``, ``ip_adapter_image``); a withheld request
    raises :class:`GenerationBlocked` carrying the Decision, and the pipeline (so the UNet) never
    runs. *After* generation it screens every output image with the request it came from;
    withheld outputs are replaced by a black image of the same size and type (so indices stay
    aligned with ``num_images_per_prompt``) and flagged in ``nsfw_content_detected``. The
    decisions are attached to the output as ``output.nciiguard`` (a :class:`GuardReport`).

``install_safety_checker(pipe, guard)``
    Puts a :class:`NciiGuardSafetyChecker` in the pipeline's ``safety_checker`` slot (with the
    pass-through feature extractor the slot requires), for code that calls the pipeline itself.
    It sees only the output images (and, inside a GuardedPipeline call, the request).

"Withheld" means the decision's action is ``block``, or ``review`` when ``on_review="block"``
(the default: a generation pipeline has nobody to review an image before it is returned, and a
failed safety check gives ``review``, so letting reviews through would fail open).

Things that cannot be screened are refused rather than passed: ``prompt_embeds`` without the
prompt text, ``output_type="latent"`` (the images would be decoded elsewhere, unscreened) and
latent tensors given as input images, unless the caller opts in.

``torch`` and ``diffusers`` are imported only when a pipeline is actually screened
(``pip install 'nciiguard[diffusers]'``).
"""

from __future__ import annotations

import contextvars
import inspect
import logging
from dataclasses import dataclass, field
from typing import Any, Callable

from ..content import Content, ImageInput
from ..errors import InputError, NciiguardError
from ..findings import Action, Decision

log = logging.getLogger("nciiguard.integrations.diffusers")

#: Call arguments holding input images (img2img, inpainting, ControlNet, IP-Adapter).
INPUT_IMAGE_ARGS = ("image", "init_image", "mask_image", "control_image", "ip_adapter_image", "reference_image")
_ON_REVIEW = ("block", "allow")


class GenerationBlocked(NciiguardError):
    """The request was withheld before generation. ``decision`` says why; ``index`` is the prompt."""

    def __init__(self, decision: Decision, index: int = 0):
        self.decision = decision
        self.index = index
        reasons = ", ".join(dict.fromkeys(r.code for r in decision.reasons)) or decision.action.value
        super().__init__(f"generation {decision.action.value}ed by policy {decision.policy}: "
                         f"{decision.message or 'withheld'} [{reasons}]")


@dataclass
class GuardReport:
    """Every decision of one guarded call: one per prompt, one per output image."""

    requests: list[Decision] = field(default_factory=list)
    outputs: list[Decision] = field(default_factory=list)
    withheld: list[bool] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"requests": [d.to_dict() for d in self.requests], "outputs": [d.to_dict() for d in self.outputs],
                "withheld": list(self.withheld)}


def _withheld(decision: Decision, on_review: str) -> bool:
    return decision.action is Action.BLOCK or (decision.action is Action.REVIEW and on_review == "block")


def _check_on_review(on_review: str) -> str:
    if on_review not in _ON_REVIEW:
        raise InputError(f"on_review must be one of {', '.join(_ON_REVIEW)}, not {on_review!r}")
    return on_review


# ---------------------------------------------------------------------------------------------
# The request in flight (so the safety-checker slot can screen outputs with their prompt)
# ---------------------------------------------------------------------------------------------
@dataclass
class _Request:
    prompts: list[str | None]
    negatives: list[str | None]
    inputs: list[Any]
    per_prompt: int
    outputs: dict[int, Decision] = field(default_factory=dict)

    def content_for_output(self, k: int, image: Any) -> Content:
        i = min(k // max(self.per_prompt, 1), len(self.prompts) - 1) if self.prompts else 0
        prompt = self.prompts[i] if self.prompts else None
        negative = self.negatives[i] if self.negatives else None
        base = Content.request(prompt, negative, self.inputs)
        return Content(texts=base.texts, images=(ImageInput(image, "output"),) + base.images)


_CURRENT: contextvars.ContextVar[_Request | None] = contextvars.ContextVar("nciiguard_diffusers_request", default=None)


# ---------------------------------------------------------------------------------------------
# Image conversions (everything becomes an RGB uint8 numpy array for the Guard)
# ---------------------------------------------------------------------------------------------
def _is_tensor(x: Any) -> bool:
    return type(x).__module__.startswith("torch") and hasattr(x, "detach")


def _to_uint8(arr, *, signed: bool):
    import numpy as np

    a = np.asarray(arr)
    if a.dtype == np.uint8:
        out = a
    else:
        a = a.astype(np.float32)
        if signed:
            a = a / 2.0 + 0.5
        out = (np.clip(a, 0.0, 1.0) * 255.0).round().astype(np.uint8)
    if out.ndim == 2:
        out = np.stack([out] * 3, axis=-1)
    if out.shape[-1] == 1:
        out = np.repeat(out, 3, axis=-1)
    if out.shape[-1] == 4:
        out = out[..., :3]
    return np.ascontiguousarray(out)


def _input_items(value: Any, arg: str, allow_latents: bool) -> list[Any]:
    """The images of one call argument, as things ImageInput accepts."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        out = []
        for v in value:
            out.extend(_input_items(v, arg, allow_latents))
        return out
    if _is_tensor(value):
        t = value.detach().float().cpu()
        if t.ndim == 3:
            t = t.unsqueeze(0)
        if t.ndim != 4:
            raise InputError(f"{arg}: cannot screen a tensor of shape {tuple(value.shape)}")
        if t.shape[1] not in (1, 3):
            if allow_latents:
                return []
            raise InputError(f"{arg}: a {t.shape[1]}-channel tensor looks like latents, which cannot be screened; "
                             "pass the image itself (or allow_latents=True to skip it knowingly)")
        signed = bool(t.min() < 0)
        return [_to_uint8(img.permute(1, 2, 0).numpy(), signed=signed) for img in t]
    mod = type(value).__module__
    if mod.startswith("numpy"):
        import numpy as np

        a = np.asarray(value)
        if a.ndim == 4:
            return [_to_uint8(x, signed=bool(a.dtype != np.uint8 and a.min() < 0)) for x in a]
        return [_to_uint8(a, signed=bool(a.dtype != np.uint8 and a.min() < 0))]
    return [value]  # PIL image, bytes or a path: ImageInput reads them


def _black_like(image: Any) -> Any:
    if _is_tensor(image):
        import torch

        return torch.zeros_like(image)
    if type(image).__module__.startswith("numpy"):
        import numpy as np

        return np.zeros_like(image)
    from PIL import Image

    return Image.new(getattr(image, "mode", "RGB") or "RGB", image.size)


def _output_array(image: Any, *, signed: bool = False):
    """One output image (PIL, HWC numpy in [0, 1], or CHW tensor in [0, 1]) as RGB uint8."""
    if _is_tensor(image):
        t = image.detach().float().cpu()
        return _to_uint8(t.permute(1, 2, 0).numpy(), signed=signed)
    if type(image).__module__.startswith("numpy"):
        return _to_uint8(image, signed=signed)
    return image


# ---------------------------------------------------------------------------------------------
# The safety-checker slot
# ---------------------------------------------------------------------------------------------
class NciiGuardFeatureExtractor:
    """The ``feature_extractor`` the safety-checker slot requires, doing no work.

    Stable Diffusion pipelines refuse a safety checker without a feature extractor and call it
    with the PIL images before the checker; nciiguard reads the images themselves, so this only
    returns a placeholder ``pixel_values`` (one zero per image) and never resizes anything.
    """

    def __call__(self, images, return_tensors: str = "pt", **_: Any):
        import torch

        n = len(images) if isinstance(images, (list, tuple)) else 1
        return _Features(torch.zeros((n, 1)))


class _Features:
    def __init__(self, pixel_values):
        self.pixel_values = pixel_values

    def to(self, *args: Any, **kwargs: Any) -> "_Features":
        return self


class NciiGuardSafetyChecker:
    """A drop-in for diffusers' ``safety_checker``: ``(images=, clip_input=) -> (images, has_nsfw)``.

    ``images`` is what ``run_safety_checker`` passes: a tensor ``(N, C, H, W)`` in ``[-1, 1]``
    (straight from the VAE) or a numpy array ``(N, H, W, C)`` in ``[0, 1]``. Withheld images are
    set to zeros in place, as the stock checker does: the pipeline then skips denormalising them,
    so they come out black. ``clip_input`` is ignored. ``on_decision(index, decision)`` is called
    for each image (for logging or auditing); inside a :class:`GuardedPipeline` call the request's
    prompt and input images are screened with each output.
    """

    def __init__(self, guard, *, on_review: str = "block", on_decision: Callable[[int, Decision], Any] | None = None):
        self.guard = guard
        self.on_review = _check_on_review(on_review)
        self.on_decision = on_decision

    def __call__(self, images=None, clip_input=None, **_: Any):
        if images is None:
            raise InputError("the nciiguard safety checker needs images=")
        tensor = _is_tensor(images)
        request = _CURRENT.get()
        flags = []
        for k in range(len(images)):
            arr = _output_array(images[k], signed=tensor)
            content = request.content_for_output(k, arr) if request else Content(images=(ImageInput(arr, "output"),))
            decision = self.guard.screen(content)
            if request is not None:
                request.outputs[k] = decision
            if self.on_decision is not None:
                self.on_decision(k, decision)
            held = _withheld(decision, self.on_review)
            if held:
                images[k] = _black_like(images[k])
                log.info("output image %d withheld: %s", k, ",".join(decision.rules))
            flags.append(held)
        return images, flags

    # diffusers moves components between devices and dtypes; there is nothing to move here.
    def to(self, *args: Any, **kwargs: Any) -> "NciiGuardSafetyChecker":
        return self


def install_safety_checker(pipe, guard, **kwargs: Any) -> NciiGuardSafetyChecker:
    """Put a :class:`NciiGuardSafetyChecker` (and its feature extractor) in ``pipe``'s slots."""
    checker = NciiGuardSafetyChecker(guard, **kwargs)
    if hasattr(pipe, "register_modules"):
        pipe.register_modules(safety_checker=checker, feature_extractor=NciiGuardFeatureExtractor())
    else:
        pipe.safety_checker = checker
        pipe.feature_extractor = NciiGuardFeatureExtractor()
    return checker


# ---------------------------------------------------------------------------------------------
# The wrapper
# ---------------------------------------------------------------------------------------------
def _as_list(value: Any, n: int | None = None) -> list[Any]:
    if value is None:
        return [None] * (n or 1)
    if isinstance(value, str):
        return [value] * (n or 1)
    if isinstance(value, (list, tuple)):
        if not all(isinstance(v, str) for v in value):
            raise InputError("prompts must be strings")
        return list(value)
    raise InputError(f"a prompt must be a string or a list of strings, not {type(value).__name__}")


def _join(a: str | None, b: str | None) -> str | None:
    parts = [p for p in (a, b) if p]
    return "\n".join(dict.fromkeys(parts)) if parts else None


class GuardedPipeline:
    """A diffusers pipeline whose calls are screened before and after generation.

    Attributes other than ``__call__`` are the wrapped pipeline's (``.to()``, ``.unet``, ...).
    """

    def __init__(self, pipe, guard=None, *, on_review: str = "block", allow_prompt_embeds: bool = False,
                 allow_latents: bool = False):
        if guard is None:
            from ..guard import Guard

            guard = Guard()
        self.pipe = pipe
        self.guard = guard
        self.on_review = _check_on_review(on_review)
        self.allow_prompt_embeds = allow_prompt_embeds
        self.allow_latents = allow_latents
        self._signature = inspect.signature(pipe.__call__)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["pipe"], name) if "pipe" in self.__dict__ else super().__getattribute__(name)

    def screen_request(self, *args: Any, **kwargs: Any) -> tuple[list[Decision], _Request]:
        """Screen a call's prompts and input images without generating; raises GenerationBlocked."""
        bound = dict(self._signature.bind_partial(*args, **kwargs).arguments)
        for name, param in self._signature.parameters.items():
            if param.kind is inspect.Parameter.VAR_KEYWORD:  # **kwargs the pipeline passes on
                bound.update(bound.pop(name, None) or {})
        if bound.get("prompt") is None and bound.get("prompt_embeds") is not None and not self.allow_prompt_embeds:
            raise InputError("prompt_embeds cannot be screened; pass the prompt text "
                             "(or allow_prompt_embeds=True if it was screened elsewhere)")
        if bound.get("output_type") == "latent" and not self.allow_latents:
            raise InputError('output_type="latent" returns images nciiguard cannot screen; decode them in the '
                             "pipeline (or allow_latents=True and screen them yourself)")
        prompts = _as_list(bound.get("prompt"))
        n = len(prompts)
        p2 = _as_list(bound.get("prompt_2"), n)
        neg = _as_list(bound.get("negative_prompt"), n)
        neg2 = _as_list(bound.get("negative_prompt_2"), n)
        if not (len(p2) == len(neg) == len(neg2) == n):
            raise InputError("prompt, prompt_2 and negative prompts must have the same length")
        prompts = [_join(a, b) for a, b in zip(prompts, p2)]
        negatives = [_join(a, b) for a, b in zip(neg, neg2)]
        inputs: list[Any] = []
        for arg in INPUT_IMAGE_ARGS:
            inputs.extend(_input_items(bound.get(arg), arg, self.allow_latents))
        decisions = []
        for i, (prompt, negative) in enumerate(zip(prompts, negatives)):
            decision = self.guard.screen(Content.request(prompt, negative, inputs))
            decisions.append(decision)
            if _withheld(decision, self.on_review):
                log.info("request withheld before generation: %s", ",".join(decision.rules))
                raise GenerationBlocked(decision, i)
        per_prompt = int(bound.get("num_images_per_prompt") or 1)
        return decisions, _Request(prompts, negatives, inputs, per_prompt)

    def __call__(self, *args: Any, **kwargs: Any):
        decisions, request = self.screen_request(*args, **kwargs)
        token = _CURRENT.set(request)
        try:
            output = self.pipe(*args, **kwargs)
        finally:
            _CURRENT.reset(token)
        return self._screen_outputs(output, decisions, request)

    def _screen_outputs(self, output, decisions: list[Decision], request: _Request):
        as_tuple = isinstance(output, tuple)
        images = output[0] if as_tuple else output.images
        flags_in = (output[1] if as_tuple and len(output) > 1 else getattr(output, "nsfw_content_detected", None))
        report = GuardReport(requests=list(decisions))
        new_images = list(images) if not (hasattr(images, "shape")) else images
        for k in range(len(images)):
            decision = request.outputs.get(k)  # already screened in the safety-checker slot
            if decision is None:
                arr = _output_array(images[k])
                decision = self.guard.screen(request.content_for_output(k, arr))
            held = _withheld(decision, self.on_review)
            if held:
                new_images[k] = _black_like(images[k])
                log.info("output image %d withheld: %s", k, ",".join(decision.rules))
            report.outputs.append(decision)
            report.withheld.append(held)
        flags = [bool(a) or bool(b) for a, b in zip(report.withheld, flags_in or [False] * len(report.withheld))]
        if as_tuple:
            return (new_images, flags) + tuple(output[2:])
        output.images = new_images
        if "nsfw_content_detected" in getattr(output, "keys", lambda: ())() or hasattr(output, "nsfw_content_detected"):
            output.nsfw_content_detected = flags
        output.nciiguard = report
        return output


def guard_pipeline(pipe, guard=None, **kwargs: Any) -> GuardedPipeline:
    """Wrap ``pipe`` so every call is screened before and after generation (see module docs)."""
    return GuardedPipeline(pipe, guard, **kwargs)


__all__ = [
    "GenerationBlocked",
    "GuardReport",
    "GuardedPipeline",
    "NciiGuardFeatureExtractor",
    "NciiGuardSafetyChecker",
    "guard_pipeline",
    "install_safety_checker",
]

