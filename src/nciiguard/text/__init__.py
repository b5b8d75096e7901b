"""Text normalisation shared by every text signal (see :mod:`nciiguard.text.normalize`)."""

from .normalize import NormalizedText, Tag, Token, View, normalize, squeeze

__all__ = ["NormalizedText", "Tag", "Token", "View", "normalize", "squeeze"]
