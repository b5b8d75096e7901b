"""The diffusers guard end to end on a tiny Stable Diffusion pipeline built from random weights.

Nothing is downloaded: the UNet, VAE and CLIP text encoder have tiny configs, the tokenizer is
built from a vocabulary written to a temporary directory. The images are noise; what is tested
is that the real Guard screens the prompt, the input images and every output, that a withheld
request never reaches the UNet, and that a withheld output is replaced by a black image.
Output blocks are forced by a scripted signal in a dict policy (never real sexual content).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import importlib  # noqa: E402
import importlib.util  # noqa: E402

# Skip the module where the extras are missing, but import them only when a test runs: every xdist worker
# collects every file, and importing torch, diffusers and transformers cost ~6 s of CPU per worker at
# collection, before any test starts (and on the worker that never runs this file, for nothing).
for _name in ("torch", "diffusers", "transformers"):
    if importlib.util.find_spec(_name) is None:
        pytest.skip(f"could not import {_name!r}: pip install 'nciiguard[diffusers]'", allow_module_level=True)


class _OnFirstUse:
    """A module imported on first attribute access (``torch.zeros`` imports torch then)."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr):
        return getattr(importlib.import_module(self._name), attr)


torch = _OnFirstUse("torch")

from PIL import Image  # noqa: E402

from nciiguard import Content, Guard  # noqa: E402
from nciiguard.errors import InputError  # noqa: E402
from nciiguard.findings import Finding  # noqa: E402
from nciiguard.integrations.diffusers import (  # noqa: E402
    GenerationBlocked,
    NciiGuardSafetyChecker,
    guard_pipeline,
    install_safety_checker,
)
from nciiguard.signals.registry import DEFAULT_REGISTRY  # noqa: E402
from nciiguard.signals.base import Signal, SignalParams  # noqa: E402

FACES = Path(__file__).resolve().parents[1] / "fixtures" / "faces"

pytestmark = pytest.mark.timeout(300)


# ---------------------------------------------------------------------------------------------
# A tiny pipeline
# ---------------------------------------------------------------------------------------------
def _tokenizer(tmp: Path):
    from transformers import CLIPTokenizer

    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1, "!": 2}
    for c in "abcdefghijklmnopqrstuvwxyz":
        vocab[c] = len(vocab)
        vocab[c + "</w>"] = len(vocab)
    (tmp / "vocab.json").write_text(json.dumps(vocab))
    (tmp / "merges.txt").write_text("#version: 0.2\n")
    return CLIPTokenizer(str(tmp / "vocab.json"), str(tmp / "merges.txt"), model_max_length=16)


def _components(tmp: Path, in_channels: int = 4):
    from diffusers import AutoencoderKL, DDIMScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        block_out_channels=(8, 16), layers_per_block=1, sample_size=8, in_channels=in_channels, out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"), up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=16, norm_num_groups=4, attention_head_dim=2,
    )
    vae = AutoencoderKL(
        block_out_channels=(8, 16), in_channels=3, out_channels=3, down_block_types=("DownEncoderBlock2D",) * 2,
        up_block_types=("UpDecoderBlock2D",) * 2, latent_channels=4, norm_num_groups=4, sample_size=16,
    )
    tok = _tokenizer(tmp)
    text_encoder = CLIPTextModel(CLIPTextConfig(
        bos_token_id=0, eos_token_id=1, pad_token_id=1, hidden_size=16, intermediate_size=32, num_attention_heads=2,
        num_hidden_layers=2, vocab_size=len(tok.get_vocab()), max_position_embeddings=16, projection_dim=16,
    ))
    return dict(vae=vae, text_encoder=text_encoder, tokenizer=tok, unet=unet,
                scheduler=DDIMScheduler(clip_sample=False, steps_offset=1), safety_checker=None, feature_extractor=None,
                requires_safety_checker=False)


class _CountingUNet:
    """Counts forward calls of the UNet (wraps its forward; the module stays the same)."""

    def __init__(self, unet):
        self.calls = 0
        original = unet.forward

        def forward(*a, **k):
            self.calls += 1
            return original(*a, **k)

        unet.forward = forward


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    return _components(tmp_path_factory.mktemp("tok"))


@pytest.fixture
def pipe(parts):
    from diffusers import StableDiffusionPipeline

    p = StableDiffusionPipeline(**parts)
    p.set_progress_bar_config(disable=True)
    p.unet.forward = type(p.unet).forward.__get__(p.unet)  # undo any counter of a previous test
    return p


@pytest.fixture(scope="module")
def guard():
    # The default ncii profile, with the bank and registry signals told to run without a store
    # (this test has none); everything else is the real profile with real signals.
    return Guard({"name": "ncii_test", "version": "1", "extends": "ncii",
                  "signals": {"hash_match": {"require_banks": False},
                              "likeness_match": {"require_registry": False}}})


GEN = dict(num_inference_steps=2, height=32, width=32)


# ---------------------------------------------------------------------------------------------
# A scripted output signal (forces an output block without any real sexual image)
# ---------------------------------------------------------------------------------------------
class ScriptedOutput(Signal):
    """Flags output images whose mean brightness is above ``min_mean``: any noise image is."""

    name = "scripted_output"
    modalities = frozenset({"output_image"})
    seen: list = []

    class Params(SignalParams):
        min_mean: float = 0.0

    def detect(self, ctx):
        out = []
        for i in ctx.image_indices("output"):
            rgb = ctx.image(i).rgb
            type(self).seen.append(rgb.shape)
            if float(rgb.mean()) > self.params.min_mean:
                out.append(Finding("forced", 0.99, ctx.content.image_field(i), evidence={"mean": float(rgb.mean())}))
        return out


FORCING = DEFAULT_REGISTRY.extended({"scripted_output": ScriptedOutput})


@pytest.fixture
def forcing_guard():
    ScriptedOutput.seen = []
    return Guard({
        "name": "forced", "version": "1", "extends": "ncii",
        "signals": {"scripted_output": {}, "hash_match": {"require_banks": False},
                    "likeness_match": {"require_registry": False}},
        "categories": {"forced_output": {"from": [{"signal": "scripted_output", "min_score": 0.5}]}},
        "rules": [{"id": "forced_output", "when": "forced_output", "action": "block", "message": "forced by test"}],
    }, registry=FORCING)


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------
def test_benign_prompt_generates_and_outputs_are_screened(pipe, guard):
    counter = _CountingUNet(pipe.unet)
    guarded = guard_pipeline(pipe, guard)
    out = guarded("a watercolour of a lighthouse", **GEN)
    assert counter.calls == 2  # two denoising steps ran
    assert len(out.images) == 1 and out.images[0].size == (32, 32)
    report = out.nciiguard
    assert [d.action.value for d in report.requests] == ["allow"]
    assert len(report.outputs) == 1 and report.withheld == [False]
    # The output decision really ran the image signals on the generated image.
    ran = {r.signal for r in report.outputs[0].results}
    assert {"nsfw_image", "faces"} <= ran
    assert out.nsfw_content_detected == [False]


def test_blocked_prompt_never_reaches_the_unet(pipe, guard):
    counter = _CountingUNet(pipe.unet)
    guarded = guard_pipeline(pipe, guard)
    with pytest.raises(GenerationBlocked) as info:
        guarded("Scarlett Johansson nude on a beach", **GEN)
    assert counter.calls == 0
    assert info.value.decision.blocked
    assert "ncii" in info.value.decision.rules


def test_negative_prompt_alone_does_not_block(pipe, guard):
    counter = _CountingUNet(pipe.unet)
    out = guard_pipeline(pipe, guard)("a mountain lake at dawn", negative_prompt="nude, nsfw, Scarlett Johansson", **GEN)
    assert counter.calls == 2
    assert out.nciiguard.requests[0].action.value == "allow"


def test_one_bad_prompt_in_a_batch_blocks_the_call(pipe, guard):
    counter = _CountingUNet(pipe.unet)
    with pytest.raises(GenerationBlocked) as info:
        guard_pipeline(pipe, guard)(["a red bicycle", "Emma Watson naked"], **GEN)
    assert info.value.index == 1
    assert counter.calls == 0


def test_face_input_with_undress_prompt_is_blocked_before_img2img(parts, guard):
    from diffusers import StableDiffusionImg2ImgPipeline

    pipe = StableDiffusionImg2ImgPipeline(**parts)
    pipe.set_progress_bar_config(disable=True)
    counter = _CountingUNet(pipe.unet)
    face = Image.open(FACES / "obama_a.jpg").convert("RGB")
    guarded = guard_pipeline(pipe, guard)
    with pytest.raises(GenerationBlocked) as info:
        guarded(prompt="remove her clothes", image=face, num_inference_steps=2, strength=1.0)
    assert counter.calls == 0
    d = info.value.decision
    assert d.blocked and "undress_real_person" in d.rules
    assert any(r.field == "input_image[0]" and r.label == "face" for r in d.reasons)
    # The same face with a benign edit goes through and generates.
    out = guarded(prompt="make it a watercolour painting", image=face.resize((32, 32)), num_inference_steps=2,
                  strength=1.0)
    assert counter.calls >= 1
    assert out.nciiguard.requests[0].action.value == "allow"


def test_mask_image_is_screened(parts, guard):
    from diffusers import StableDiffusionImg2ImgPipeline

    pipe = StableDiffusionImg2ImgPipeline(**parts)
    guarded = guard_pipeline(pipe, guard)
    face = np.asarray(Image.open(FACES / "obama_a.jpg").convert("RGB"))
    # screen_request reads mask_image even on a pipeline without it (inpainting passes it).
    with pytest.raises(GenerationBlocked) as info:
        guarded.screen_request(prompt="undress him", image=None, mask_image=face)
    assert any(r.field.startswith("input_image[") for r in info.value.decision.reasons)


def test_blocked_output_is_replaced_by_black_and_flagged(pipe, forcing_guard):
    guarded = guard_pipeline(pipe, forcing_guard)
    out = guarded("a lighthouse", num_images_per_prompt=2, **GEN)
    assert len(ScriptedOutput.seen) == 2  # both outputs went through the real Guard
    assert out.nciiguard.withheld == [True, True]
    assert out.nsfw_content_detected == [True, True]
    assert all(np.asarray(im).max() == 0 for im in out.images)
    assert all(d.blocked and "forced_output" in d.rules for d in out.nciiguard.outputs)


@pytest.mark.parametrize("output_type", ["np", "pt"])
def test_blocked_output_black_for_array_outputs(pipe, forcing_guard, output_type):
    out = guard_pipeline(pipe, forcing_guard)("a lighthouse", output_type=output_type, **GEN)
    arr = out.images if output_type == "np" else out.images.numpy()
    assert float(abs(arr).max()) == 0.0
    assert out.nciiguard.withheld == [True]


def test_output_not_blocked_when_threshold_not_met(pipe):
    g = Guard({"name": "forced", "version": "1", "extends": "ncii",
               "signals": {"scripted_output": {"min_mean": 300.0}, "hash_match": {"require_banks": False},
                           "likeness_match": {"require_registry": False}},
               "categories": {"forced_output": {"from": [{"signal": "scripted_output", "min_score": 0.5}]}},
               "rules": [{"id": "forced_output", "when": "forced_output", "action": "block", "message": "x"}]},
              registry=FORCING)
    out = guard_pipeline(pipe, g)("a lighthouse", **GEN)
    assert out.nciiguard.withheld == [False]
    assert np.asarray(out.images[0]).max() > 0


def test_return_dict_false_keeps_the_tuple_shape(pipe, forcing_guard):
    images, flags = guard_pipeline(pipe, forcing_guard)("a lighthouse", return_dict=False, **GEN)
    assert flags == [True] and np.asarray(images[0]).max() == 0


def test_safety_checker_slot(pipe, forcing_guard):
    decisions = []
    checker = install_safety_checker(pipe, forcing_guard, on_decision=lambda k, d: decisions.append((k, d)))
    assert isinstance(pipe.safety_checker, NciiGuardSafetyChecker)
    counter = _CountingUNet(pipe.unet)
    out = pipe("a lighthouse", **GEN)  # called directly: the slot is the only guard
    assert counter.calls == 2
    assert out.nsfw_content_detected == [True]
    assert np.asarray(out.images[0]).max() == 0  # zeros, not denormalised: black
    assert len(decisions) == 1 and decisions[0][1].blocked
    assert checker.on_review == "block"


def test_safety_checker_slot_inside_wrapper_screens_once(pipe, forcing_guard):
    install_safety_checker(pipe, forcing_guard)
    out = guard_pipeline(pipe, forcing_guard)("a lighthouse", **GEN)
    assert len(ScriptedOutput.seen) == 1  # the wrapper reused the slot's decision
    assert out.nciiguard.withheld == [True]


def test_safety_checker_signature_on_arrays(forcing_guard):
    checker = NciiGuardSafetyChecker(forcing_guard)
    imgs = torch.rand(2, 3, 16, 16) * 2 - 1
    out, flags = checker(images=imgs, clip_input=torch.zeros(2, 1))
    assert flags == [True, True] and float(out.abs().max()) == 0.0
    arr = np.random.default_rng(0).random((1, 16, 16, 3))
    out, flags = checker(images=arr, clip_input=None)
    assert flags == [True] and out.max() == 0


def test_review_can_be_let_through(pipe, guard):
    # "sexual" alone is review under ncii: withheld by default, generated with on_review="allow".
    counter = _CountingUNet(pipe.unet)
    with pytest.raises(GenerationBlocked):
        guard_pipeline(pipe, guard)("nude figure study, charcoal", **GEN)
    assert counter.calls == 0
    out = guard_pipeline(pipe, guard, on_review="allow")("nude figure study, charcoal", **GEN)
    assert counter.calls == 2
    assert out.nciiguard.requests[0].action.value == "review"
    with pytest.raises(InputError):
        guard_pipeline(pipe, guard, on_review="maybe")


def test_unscreenable_inputs_are_refused(pipe, guard):
    guarded = guard_pipeline(pipe, guard)
    with pytest.raises(InputError, match="prompt_embeds"):
        guarded(prompt_embeds=torch.zeros(1, 16, 16), **GEN)
    with pytest.raises(InputError, match="latent"):
        guarded("a lighthouse", output_type="latent", **GEN)
    with pytest.raises(InputError, match="latents"):
        guarded.screen_request(prompt="a lighthouse", image=torch.zeros(1, 4, 8, 8))


def test_wrapper_passes_attributes_through(pipe, guard):
    guarded = guard_pipeline(pipe, guard)
    assert guarded.unet is pipe.unet and guarded.tokenizer is pipe.tokenizer


def test_content_for_screening_is_the_guard_shape(guard):
    # The integration hands the Guard ordinary Content: the same call works without diffusers.
    d = guard.screen(Content.request("a lighthouse"))
    assert d.action.value == "allow"
