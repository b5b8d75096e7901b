"""Model files and model pages: safetensors headers read without loading tensors, training
metadata turned into text fields, model-card and bounty text analysis.

>>> from nciiguard.modelscan import inspect_model_file, model_content   # doctest: +SKIP
>>> guard.screen(model_content(inspect_model_file("lora.safetensors")))  # doctest: +SKIP
"""

from __future__ import annotations

from .metadata import DatasetFolder, TrainingInfo, parse_folder, training_info
from .safetensors import HeaderError, SafetensorsHeader, TensorInfo, parse_header, read_header
from .scan import MODEL_SUFFIXES, ModelFile, inspect_model_file, model_content, model_files

__all__ = [
    "DatasetFolder",
    "HeaderError",
    "MODEL_SUFFIXES",
    "ModelFile",
    "SafetensorsHeader",
    "TensorInfo",
    "TrainingInfo",
    "inspect_model_file",
    "model_content",
    "model_files",
    "parse_folder",
    "parse_header",
    "read_header",
    "training_info",
]
