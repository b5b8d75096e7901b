"""Likeness registry: people who asked to be protected (consent, name aliases, encrypted face templates).

Importing this package is light: numpy and SQLAlchemy only; dlib loads when a photo is enrolled.
"""

from .crypto import RegistryKeyError, TemplateCipher, generate_key
from .store import Consent, LikenessMatch, LikenessRegistry, Person, PersonNotFound, RegistryError

__all__ = [
    "Consent",
    "LikenessMatch",
    "LikenessRegistry",
    "Person",
    "PersonNotFound",
    "RegistryError",
    "RegistryKeyError",
    "TemplateCipher",
    "generate_key",
]
