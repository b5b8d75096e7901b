"""Model files and model pages as :class:`~nciiguard.content.Content`.

:func:`inspect_model_file` hashes a model file (MD5 and SHA-256 of the whole file, streamed)
and, for safetensors, reads the header and training metadata without loading tensors. Pickle
based formats (``.ckpt``, ``.pt``, ``.bin`` ...) are hashed only: nothing here ever unpickles.

:func:`model_content` builds the Content a Guard screens: the metadata and page texts as text
fields (``model_card``, ``description``, ``metadata_output_name`` ...) and the file itself in
``Content.metadata["model_file"]``, which gives the content the ``model_file`` modality.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..content import Content
from ..errors import InputError
from .metadata import TrainingInfo, _cap, training_info
from .safetensors import SafetensorsHeader, read_header

#: Suffixes treated as model files when a directory is scanned.
MODEL_SUFFIXES = frozenset({".safetensors", ".sft", ".ckpt", ".pt", ".pth", ".bin", ".gguf", ".onnx", ".pkl"})
SAFETENSORS_SUFFIXES = frozenset({".safetensors", ".sft"})

#: Text fields that model pages use (the page text itself, not metadata).
PAGE_FIELDS = ("model_card", "description", "bounty")


@dataclass(frozen=True)
class ModelFile:
    """One model file as far as screening is concerned: hashes, header summary, training metadata."""

    path: str
    size: int
    md5: str
    sha256: str
    format: str
    header: SafetensorsHeader | None = None
    training: TrainingInfo | None = None

    def text_fields(self) -> dict[str, str]:
        return self.training.text_fields() if self.training is not None else {}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "size": self.size, "sha256": self.sha256, "md5": self.md5,
                               "format": self.format}
        if self.header is not None:
            out["header"] = self.header.summary()
        if self.training is not None:
            out["training"] = self.training.summary()
        return out


def inspect_model_file(path: str | Path, **header_limits: Any) -> ModelFile:
    """Hash ``path`` and read its safetensors header; HeaderError / InputError say what is wrong."""
    from ..hashing.exact import file_digests

    p = Path(path)
    if not p.exists():
        raise InputError(f"file not found: {p}")
    if not p.is_file():
        raise InputError(f"not a regular file: {p}")
    header = training = None
    fmt = p.suffix.lower().lstrip(".") or "unknown"
    if p.suffix.lower() in SAFETENSORS_SUFFIXES:
        header = read_header(p, **header_limits)  # before hashing: a hostile file fails fast
        training = training_info(header.metadata)
        fmt = "safetensors"
    md5, sha256, size = file_digests(p)
    return ModelFile(str(p), size, md5, sha256, fmt, header, training)


def model_files(root: str | Path) -> list[Path]:
    """The model files under ``root`` (a file is returned as it is), sorted, symlinks not followed."""
    p = Path(root)
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise InputError(f"not a file or directory: {p}")
    return sorted(f for f in p.rglob("*") if f.suffix.lower() in MODEL_SUFFIXES and f.is_file() and not f.is_symlink())


def model_content(model: ModelFile | None = None, pages: Mapping[str, str] | None = None) -> Content:
    """The Content for a model file and/or its page texts (``model_card``, ``description``, ``bounty``)."""
    texts: dict[str, str] = {}
    for name, value in (pages or {}).items():
        if value and value.strip():
            texts[name] = _cap(value)
    if model is not None:
        texts.update(model.text_fields())
    metadata = {"model_file": model} if model is not None else {}
    return Content(texts=texts, metadata=metadata)

