"""Turn a model file's training metadata into text fields the prompt guard can read.

LoRA trainers leave a lot of evidence in the safetensors ``__metadata__``: kohya-ss (``ss_*``)
records the output name, the dataset folder names (whose kohya convention is
``<repeats>_<trigger word> <class word>``, e.g. ``10_janedoe woman``), the caption tag
frequencies per folder (``ss_tag_frequency``, a JSON string inside the JSON), a training comment
and the base model; the Stability "modelspec" keys (``modelspec.*``) carry a title, a description,
tags and a trigger phrase.

Each becomes one text field named ``metadata_<what>`` (Content field names must be identifiers),
so reasons point at where the evidence was, e.g. ``metadata_output_name`` or ``metadata_tags``.
The author (``modelspec.author``) is deliberately *not* read: it names the creator, not the subject.
Folder paths are cut to their last component, so the trainer's home directory
(``/home/<name>/...``) does not read as the person the model depicts.

Nested JSON strings are parsed with the same depth and key limits as the header, and a value
that is not the JSON it should be is skipped and noted (``problems``), never fatal: the rest of
the metadata is still screened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..content import MAX_TEXT_BYTES
from .safetensors import HeaderError, load_json_limited

#: How many of the most frequent caption tags are screened (the trigger word is usually first;
#: 200 tags cover the long tail where sexual tags of a mixed dataset sit).
TOP_TAGS = 200
#: Largest nested JSON string parsed (ss_tag_frequency of a huge dataset can be megabytes).
MAX_NESTED_JSON = 16 * 1024 * 1024
#: Field text is cut below the Content limit so a giant comment cannot make the scan fail.
FIELD_BYTES = MAX_TEXT_BYTES - 1024

#: Class words of the kohya / DreamBooth folder convention that mean "a human subject".
PERSON_CLASSES = frozenset(
    "woman women man men person people lady guy girl boy female male actress actor celebrity"
    " wife husband gentleman".split()
)
_KOHYA_DIR = re.compile(r"^(\d+)_(.+)$")


@dataclass(frozen=True)
class DatasetFolder:
    """One training folder: ``10_janedoe woman`` -> repeats 10, instance ``janedoe``, class ``woman``."""

    name: str
    repeats: int | None
    instance: str
    class_word: str | None

    @property
    def person_class(self) -> bool:
        return self.class_word is not None and self.class_word in PERSON_CLASSES


@dataclass
class TrainingInfo:
    """What the metadata says about how a model was trained."""

    output_name: str = ""
    title: str = ""
    description: str = ""
    training_comment: str = ""
    trigger_words: list[str] = field(default_factory=list)
    dataset_dirs: list[str] = field(default_factory=list)
    tags: list[tuple[str, int]] = field(default_factory=list)  # (tag, count), most frequent first
    base_model: str = ""
    architecture: str = ""
    trainer: str | None = None
    problems: list[str] = field(default_factory=list)

    def text_fields(self) -> dict[str, str]:
        """The fields screened by the text signals (only the non-empty ones)."""
        fields = {
            "metadata_output_name": self.output_name,
            "metadata_title": self.title,
            "metadata_description": self.description,
            "metadata_training_comment": self.training_comment,
            "metadata_trigger_words": ", ".join(self.trigger_words),
            "metadata_dataset_dirs": "\n".join(self.dataset_dirs),
            "metadata_tags": ", ".join(t for t, _ in self.tags),
            "metadata_base_model": self.base_model,
        }
        return {k: _cap(v) for k, v in fields.items() if v and v.strip()}

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "trainer": self.trainer,
            "base_model": self.base_model or None,
            "architecture": self.architecture or None,
            "dataset_dirs": len(self.dataset_dirs),
            "tags": len(self.tags),
            "trigger_words": len(self.trigger_words),
        }
        if self.problems:
            out["problems"] = list(self.problems)
        return out


def _cap(text: str) -> str:
    data = text.encode("utf-8")
    if len(data) <= FIELD_BYTES:
        return text
    return data[:FIELD_BYTES].decode("utf-8", errors="ignore")


def parse_folder(name: str) -> DatasetFolder:
    """Split a kohya dataset folder name into repeats, instance token(s) and class word."""
    base = _basename(name)
    m = _KOHYA_DIR.match(base)
    repeats, rest = (int(m.group(1)), m.group(2)) if m else (None, base)
    words = rest.split()
    class_word = words[-1].lower() if len(words) >= 2 else None
    instance = " ".join(words[:-1]) if class_word else rest
    return DatasetFolder(base, repeats, instance, class_word)


def _basename(path: str) -> str:
    parts = [p for p in re.split(r"[\\/]+", path.strip()) if p]
    return parts[-1] if parts else path.strip()


def training_info(metadata: Mapping[str, str]) -> TrainingInfo:
    """Read the training metadata of a safetensors header (kohya-ss and modelspec keys)."""
    info = TrainingInfo()
    md = dict(metadata)
    if any(k.startswith("ss_") for k in md):
        info.trainer = "kohya-ss"
    elif any(k.startswith("modelspec.") for k in md):
        info.trainer = "modelspec"

    info.output_name = _first(md, "ss_output_name", "name")
    info.title = _first(md, "modelspec.title", "title")
    info.description = _first(md, "modelspec.description", "description")
    info.training_comment = _first(md, "ss_training_comment")
    info.base_model = _first(md, "ss_sd_model_name", "modelspec.base_model", "base_model", "ss_base_model")
    info.architecture = _first(md, "modelspec.architecture", "ss_base_model_version")

    triggers: list[str] = []
    for key in ("modelspec.trigger_phrase", "trigger_phrase", "trigger_words", "activation_text", "ss_trigger_words"):
        if md.get(key):
            triggers.extend(_split_list(md[key]))

    dirs: list[str] = []
    counts: dict[str, int] = {}

    freq = _nested(md, "ss_tag_frequency", info)
    if isinstance(freq, dict):
        for folder, tags in freq.items():
            dirs.append(folder)
            _add_tags(counts, tags, info, "ss_tag_frequency")
    elif freq is not None:
        info.problems.append("ss_tag_frequency is not a JSON object")

    dataset_dirs = _nested(md, "ss_dataset_dirs", info)
    if isinstance(dataset_dirs, dict):
        dirs.extend(dataset_dirs)
    elif dataset_dirs is not None:
        info.problems.append("ss_dataset_dirs is not a JSON object")

    datasets = _nested(md, "ss_datasets", info)
    if isinstance(datasets, list):
        for ds in datasets:
            if not isinstance(ds, dict):
                continue
            for sub in ds.get("subsets") or ():
                if not isinstance(sub, dict):
                    continue
                if isinstance(sub.get("image_dir"), str):
                    dirs.append(sub["image_dir"])
                if isinstance(sub.get("class_tokens"), str):
                    triggers.append(sub["class_tokens"])
            tf = ds.get("tag_frequency")
            if isinstance(tf, dict):
                for folder, tags in tf.items():
                    dirs.append(folder)
                    _add_tags(counts, tags, info, "ss_datasets")
    elif datasets is not None:
        info.problems.append("ss_datasets is not a JSON array")

    for key in ("modelspec.tags", "tags"):
        if md.get(key):
            for tag in _split_list(md[key]):
                counts.setdefault(tag, 0)

    # Folder names (basename only, order kept, duplicates dropped) and the instance tokens of
    # kohya folders ("10_janedoe woman" -> "janedoe"), which are the trigger words.
    seen: set[str] = set()
    for d in dirs:
        base = _basename(d)
        if base and base not in seen:
            seen.add(base)
            info.dataset_dirs.append(base)
            folder = parse_folder(base)
            if folder.repeats is not None and folder.instance:
                triggers.append(folder.instance)
    info.trigger_words = list(dict.fromkeys(t.strip() for t in triggers if t and t.strip()))
    info.tags = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TAGS]
    return info


def _first(md: Mapping[str, str], *keys: str) -> str:
    for k in keys:
        v = md.get(k)
        if isinstance(v, str) and v.strip() and v.strip().lower() not in ("none", "null"):
            return v.strip()
    return ""


def _split_list(value: str) -> list[str]:
    """A list written as JSON (``["a", "b"]``) or as comma-separated text."""
    v = value.strip()
    if v.startswith("["):
        try:
            items = load_json_limited(v, max_depth=2, max_keys=0, what="list")
            if isinstance(items, list):
                return [str(i) for i in items if isinstance(i, (str, int, float))]
        except HeaderError:
            pass
    return [p.strip() for p in v.split(",") if p.strip()]


def _nested(md: Mapping[str, str], key: str, info: TrainingInfo) -> Any:
    raw = md.get(key)
    if not raw or raw.strip() in ("", "None", "null"):
        return None
    if len(raw) > MAX_NESTED_JSON:
        info.problems.append(f"{key} is larger than {MAX_NESTED_JSON} characters; not read")
        return None
    try:
        return load_json_limited(raw, max_depth=8, max_keys=2_000_000, what=key)
    except HeaderError as exc:
        info.problems.append(str(exc))
        return None


def _add_tags(counts: dict[str, int], tags: Any, info: TrainingInfo, key: str) -> None:
    if not isinstance(tags, dict):
        info.problems.append(f"{key}: a folder's tags are not an object")
        return
    for tag, n in tags.items():
        t = str(tag).strip()
        if not t:
            continue
        c = n if isinstance(n, int) and not isinstance(n, bool) and n > 0 else 1
        counts[t] = counts.get(t, 0) + c
