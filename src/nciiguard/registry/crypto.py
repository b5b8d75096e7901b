"""Encryption of face templates at rest (AES-256-GCM).

Each template is sealed with a fresh 96-bit nonce and the person's id as associated data, so a
ciphertext copied onto another person's row fails to decrypt instead of matching the wrong
person. A short key id (a hash of the key, not the key) is stored next to each template: a
wrong key is reported as "wrong key" before any decryption is tried, and rotation can tell old
rows from new ones.

The key is 32 random bytes, written as URL-safe base64 (``nciiguard registry keygen``), and comes
from ``NCIIGUARD_REGISTRY_KEY`` or ``NCIIGUARD_REGISTRY_KEY_FILE`` (see :mod:`nciiguard.config`).
The same key and blob layout seal the other secrets the database must keep but not show
(:class:`SecretCipher`: webhook signing secrets), each under its own associated-data prefix, so a
sealed value copied into another purpose's column fails to open instead of being used there.
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


def _seal(aead, aad: bytes, plain: bytes) -> bytes:
    nonce = os.urandom(12)
    return _FORMAT + nonce + aead.encrypt(nonce, plain, aad)


def _open(aead, aad: bytes, blob: bytes, what: str) -> bytes:
    from cryptography.exceptions import InvalidTag

    blob = bytes(blob)
    if len(blob) < 1 + 12 + 16 or blob[:1] != _FORMAT:
        raise RegistryKeyError(f"a stored {what} is not in a format this version can read")
    try:
        return aead.decrypt(blob[1:13], blob[13:], aad)
    except InvalidTag:
        raise RegistryKeyError(f"a {what} failed authentication: wrong registry key, or the row was altered") from None


def _check_key_id(stored: str | None, configured: str, what: str) -> None:
    if stored is not None and stored != configured:
        raise RegistryKeyError(f"wrong registry key: {what}s were encrypted with key id {stored}, "
                               f"the configured key has id {configured}")


class SecretCipher:
    """Seals short secrets (UTF-8 text) with the registry key, bound to a purpose and a row name.

    ``purpose`` names the column (``webhooks/secret``); ``name`` is the row's immutable public id,
    so a sealed secret moved onto another row does not open there."""

    def __init__(self, key: str | bytes | None, purpose: str, *, what: str = "secret"):
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        raw = parse_key(key)
        self.key_id = key_id(raw)
        self.what = what
        self._prefix = f"nciiguard/{purpose}/v1/".encode()
        self._aead = AESGCM(raw)

    def __repr__(self) -> str:  # never show the key
        return f"SecretCipher(key_id={self.key_id!r}, purpose={self._prefix.decode()!r})"

    def seal(self, name: str, secret: str) -> bytes:
        return _seal(self._aead, self._prefix + name.encode(), secret.encode("utf-8"))

    def open(self, name: str, blob: bytes, stored_key_id: str | None = None) -> str:
        _check_key_id(stored_key_id, self.key_id, self.what)
        return _open(self._aead, self._prefix + name.encode(), blob, self.what).decode("utf-8")


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
        return _seal(self._aead, _AAD_PREFIX + person_id.encode(), vec.tobytes())

    def open(self, person_id: str, blob: bytes, stored_key_id: str | None = None) -> np.ndarray:
        if stored_key_id is not None and stored_key_id != self.key_id:
            raise RegistryKeyError(
                f"wrong registry key: templates were encrypted with key id {stored_key_id}, "
                f"the configured key has id {self.key_id}"
            )
        plain = _open(self._aead, _AAD_PREFIX + person_id.encode(), blob, "face template")
        return np.frombuffer(plain, dtype="<f4").astype(np.float32)
