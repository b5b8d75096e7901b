"""The one table of signals. Library, CLI, HTTP service and batch scanner all read it.

Entries are import paths so that importing nciiguard never imports a heavy dependency: a
signal's module is imported only when a profile uses it.
"""

from __future__ import annotations

import importlib

from ..errors import ConfigError

SIGNALS: dict[str, str] = {
    # name: "module:Class"  (one line per signal; grouped by modality)
    "sexual_text": "nciiguard.signals.text.sexual:SexualTextSignal",
    "semantic_sexual_text": "nciiguard.signals.text.semantic:SemanticSexualTextSignal",
    "real_person_text": "nciiguard.signals.text.real_person:RealPersonTextSignal",
    "intent_text": "nciiguard.signals.text.intent:IntentTextSignal",
    "minor_text": "nciiguard.signals.text.minor:MinorTextSignal",
    "nsfw_image": "nciiguard.signals.image.nsfw:NsfwImageSignal",
    "faces": "nciiguard.signals.image.faces:FacesSignal",
    "provenance": "nciiguard.signals.image.provenance:ProvenanceSignal",
    "hash_match": "nciiguard.signals.match.hash_match:HashMatchSignal",
    "likeness_match": "nciiguard.signals.match.likeness:LikenessMatchSignal",
    "model_file": "nciiguard.signals.model.model_file:ModelFileSignal",
}


def signal_names() -> list[str]:
    return list(SIGNALS)


def signal_class(name: str):
    """The Signal class registered as ``name``. Unknown names are configuration errors."""
    try:
        target = SIGNALS[name]
    except KeyError:
        known = ", ".join(sorted(SIGNALS)) or "(none)"
        raise ConfigError(f"unknown signal {name!r}; known signals: {known}") from None
    module_name, _, class_name = target.partition(":")
    module = importlib.import_module(module_name)
    cls = getattr(module, class_name)
    if getattr(cls, "name", None) != name:
        raise ConfigError(f"signal registry entry {name!r} points at a class named {cls.name!r}")
    return cls
