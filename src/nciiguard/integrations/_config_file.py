"""Reading a chat bot's configuration file (YAML or JSON) into its validated model: one reader for
every bot, so each one's errors read the same way and none of them is a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import ConfigError, validation_problems


def load_bot_file(source: str | Path | dict[str, Any], model: type[BaseModel], *, what: str, top_key: str):
    """``source`` (a path or a dict) validated as ``model``; every problem is a ConfigError naming
    ``what`` ("discord bot configuration") and the file. Returns ``(config, origin)``."""
    origin = "<dict>"
    if isinstance(source, dict):
        data: Any = source
    else:
        path = Path(source)
        origin = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(f"{what} not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read {what} {path}: {exc}") from None
        try:
            data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
        except (ValueError, yaml.YAMLError) as exc:
            raise ConfigError(f"{what} {path} is not valid {path.suffix.lstrip('.') or 'YAML'}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{what} {origin} must be a mapping with a '{top_key}' key")
    try:
        return model.model_validate(data), origin
    except ValidationError as exc:
        raise ConfigError(f"{what} {origin} is invalid: " + "; ".join(validation_problems(exc))) from None
