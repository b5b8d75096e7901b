"""Scripted signals and a picklable Guard factory for the dataset-scanner tests.

Policy rules are exercised with injected findings, never real sexual content: a caption word
stands in for a real person's name, and a pure-red synthetic image stands in for a sexual image.
The factory is a module-level function so spawned worker processes and Ray actors can unpickle
it; it builds the Guard with a registry holding the scripted signals (in the worker's process).
"""

from __future__ import annotations

import time

import numpy as np

from nciiguard.findings import Finding, Span
from nciiguard.signals.base import Resources, Signal, SignalParams

PERSON_WORD = "personword"
SEXUAL_WORD = "flagword"
MINOR_WORD = "minorword"


class ScriptedCaption(Signal):
    name = "scripted_caption"
    modalities = frozenset({"text"})
    summary = "test: flags scripted words in text fields"

    class Params(SignalParams):
        sleep_s: float = 0.0

    def detect(self, ctx):
        if self.params.sleep_s:
            time.sleep(self.params.sleep_s)
        out = []
        for field in ctx.text_fields:
            text = ctx.content.texts[field]
            for word, label in ((PERSON_WORD, "full_name"), (SEXUAL_WORD, "explicit"), (MINOR_WORD, "age_under_18")):
                i = text.find(word)
                if i >= 0:
                    out.append(Finding(label, 0.9, field, span=Span(i, i + len(word)), text=word))
        return out


class ScriptedRedImage(Signal):
    """Stand-in for the image classifier: a (nearly) pure red image is reported as 'sexual'."""

    name = "scripted_red_image"
    modalities = frozenset({"image"})
    summary = "test: a pure red synthetic image counts as sexual"

    def detect(self, ctx):
        out = []
        for i in ctx.image_indices():
            rgb = ctx.image(i).rgb.astype(np.int16)
            red = float(((rgb[..., 0] > 200) & (rgb[..., 1] < 40) & (rgb[..., 2] < 40)).mean())
            if red > 0.9:
                out.append(Finding("sexual", 0.95, ctx.content.image_field(i), evidence={"red_fraction": red}))
        return out


SIGNALS = {
    "scripted_caption": f"{__name__}:ScriptedCaption",
    "scripted_red_image": f"{__name__}:ScriptedRedImage",
}


def profile(sleep_s: float = 0.0) -> dict:
    return {
        "name": "dataset_test", "version": "1",
        "signals": {"scripted_caption": {"sleep_s": sleep_s}, "scripted_red_image": {}},
        "categories": {
            "sexual": {"from": [{"signal": "scripted_red_image", "labels": ["sexual"]},
                                {"signal": "scripted_caption", "labels": ["explicit"]}]},
            "real_person": {"from": [{"signal": "scripted_caption", "labels": ["full_name"]}]},
            "minor": {"from": [{"signal": "scripted_caption", "labels": ["age_under_18"]}]},
            "ncii": {"when": {"all": ["sexual", "real_person"]}},
        },
        "rules": [
            {"id": "minor_sexual", "when": {"all": ["sexual", "minor"]}, "action": "block",
             "message": "No sexual content involving minors."},
            {"id": "ncii", "when": "ncii", "action": "block", "message": "Sexual images of a real person."},
            {"id": "sexual", "when": "sexual", "action": "review", "message": "Held for review."},
        ],
        "report": ["sexual", "real_person", "minor", "ncii"],
    }


def scripted_registry():
    from nciiguard.signals.registry import DEFAULT_REGISTRY

    return DEFAULT_REGISTRY.extended(SIGNALS)


def make_guard(sleep_s: float = 0.0):
    """Picklable factory: a Guard on the scripted profile with no store."""
    from nciiguard import Guard
    from nciiguard.config import Config

    return Guard(profile(sleep_s), config=Config.load(workers=0), resources=Resources(), registry=scripted_registry())


def red_png(path, size=(48, 40)) -> None:
    from PIL import Image

    Image.new("RGB", size, (230, 10, 10)).save(path)


def noise_png(path, seed: int, size=(48, 40)) -> None:
    from PIL import Image

    rng = np.random.default_rng(seed)
    Image.fromarray(rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)).save(path)
