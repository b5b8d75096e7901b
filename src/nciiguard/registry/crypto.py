"""Encryption of face templates at rest (AES-256-GCM).

Each template is sealed with a fresh 96-bit nonce and the person's id as associated data, so a
ciphertext copied onto another person's row fails to decrypt instead of matching the wrong
person. A short key id (a hash of the key, not the key) is stored next to each template: a
wrong key is reported as "wrong key" before any decryption is tried, and rotation can tell old
rows from new ones.

The key is 32 random bytes, written as URL-safe base64 (``nciiguard registry keygen``), and comes
from ``NCIIGUARD_REGISTRY_KEY`` or ``NCIIGUARD_REGISTRY_KEY_FILE`` (see :mod:`nciiguard.config`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os

import numpy as np

from ..errors import ConfigError
from ..faces import EMBEDDING_DIM

_FORMAT = b"\x01"  # blob layout version: 1 byte version | 12 bytes nonce | ciphertext+tag
_AAD_PREFIX = b"nciiguard/registry/template/v1/"
KEY_HELP = (
    "generate one with `nciiguard registry keygen` and set it as NCIIGUARD_REGISTRY_KEY "
    "(or put it in a file named by NCIIGUARD_REGISTRY_KEY_FILE)"
)


class RegistryKeyError(ConfigError):
    """The registry key is missing, malformed, or not the key the templates were sealed with."""


def generate_key() -> str:
    """A new random key, URL-safe base64 of 32 bytes."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode("ascii")


def parse_key(key: str | bytes | None) -> bytes:
    if key is None or (isinstance(key, (str, bytes)) and not key.strip()):
        raise RegistryKeyError(f"no registry key configured: face templates are encrypted at rest; {KEY_HELP}")
    if isinstance(key, bytes) and len(key) == 32:
        return key
    text = key.decode("ascii", "replace") if isinstance(key, bytes) else key
    text = text.strip()
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        raise RegistryKeyError(f"the registry key is not URL-safe base64 of 32 bytes; {KEY_HELP}")
    return raw


def key_id(raw: bytes) -> str:
    """A non-secret 16-hex-digit name for a key (a domain-separated SHA-256 of it)."""
    return hashlib.sha256(b"nciiguard/registry/key-id/" + raw).hexdigest()[:16]


class TemplateCipher:
    def __init__(self, key: str | bytes | None):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        raw = parse_key(key)
        self.key_id = key_id(raw)
        self._aead = AESGCM(raw)

    def __repr__(self) -> str:  # never show the key
        return f"TemplateCipher(key_id={self.key_id!r})"

    def seal(self, person_id: str, template: np.ndarray) -> bytes:
        vec = np.asarray(template, dtype="<f4").reshape(-1)
        if vec.shape != (EMBEDDING_DIM,) or not np.all(np.isfinite(vec)):
            raise ValueError(f"a template is {EMBEDDING_DIM} finite floats")
        nonce = os.urandom(12)
        return _FORMAT + nonce + self._aead.encrypt(nonce, vec.tobytes(), _AAD_PREFIX + person_id.encode())

    def open(self, person_id: str, blob: bytes, stored_key_id: str | None = None) -> np.ndarray:
        from cryptography.exceptions import InvalidTag

        if stored_key_id is not None and stored_key_id != self.key_id:
            raise RegistryKeyError(
                f"wrong registry key: templates were encrypted with key id {stored_key_id}, "
                f"the configured key has id {self.key_id}"
            )
        blob = bytes(blob)
        if len(blob) < 1 + 12 + 16 or blob[:1] != _FORMAT:
            raise RegistryKeyError("a stored face template is not in a format this version can read")
        try:
            plain = self._aead.decrypt(blob[1:13], blob[13:], _AAD_PREFIX + person_id.encode())
        except InvalidTag:
            raise RegistryKeyError(
                "a face template failed authentication: wrong registry key, or the row was altered"
            ) from None
        return np.frombuffer(plain, dtype="<f4").astype(np.float32)
