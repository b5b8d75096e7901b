"""Safetensors headers (honest and hostile), training metadata, likeness phrases, the model_file signal.

Test files are written with safetensors.numpy.save_file (tiny tensors, crafted metadata); hostile
headers are written by hand, byte for byte.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from nciiguard import Content, Guard
from nciiguard.errors import InputError
from nciiguard.modelscan import (
    HeaderError,
    inspect_model_file,
    model_content,
    model_files,
    parse_folder,
    read_header,
    training_info,
)
from nciiguard.modelscan.safetensors import json_depth
from nciiguard.signals.base import Resources
from nciiguard.signals.registry import signal_class

save_file = pytest.importorskip("safetensors.numpy").save_file


def kohya(output_name="style_v1", dirs=None, tags=None, **extra) -> dict[str, str]:
    dirs = dirs or {"10_watercolor style": {"n_repeats": 10, "img_count": 30}}
    tags = tags or {name: {"watercolor": 30, "landscape": 20, "tree": 7} for name in dirs}
    md = {"ss_output_name": output_name, "ss_dataset_dirs": json.dumps(dirs), "ss_tag_frequency": json.dumps(tags),
          "ss_sd_model_name": "v1-5-pruned-emaonly.safetensors", "ss_network_dim": "16"}
    md.update(extra)
    return md


def write_model(path: Path, metadata: dict[str, str] | None = None) -> Path:
    save_file({"lora_up.weight": np.zeros((4, 2), np.float32), "lora_down.weight": np.ones((2, 4), np.float16)},
              str(path), metadata=metadata)
    return path


def raw_file(path: Path, header: bytes, length: int | None = None, data: bytes = b"") -> Path:
    n = len(header) if length is None else length
    path.write_bytes(struct.pack("<Q", n) + header + data)
    return path


# ---------------------------------------------------------------------------------------------
# Header reader
# ---------------------------------------------------------------------------------------------
def test_reads_a_real_safetensors_header(tmp_path):
    p = write_model(tmp_path / "m.safetensors", kohya())
    h = read_header(p)
    assert set(h.tensors) == {"lora_up.weight", "lora_down.weight"}
    assert h.tensors["lora_down.weight"].dtype == "F16" and h.tensors["lora_down.weight"].shape == (2, 4)
    assert h.metadata["ss_output_name"] == "style_v1"
    assert h.data_bytes == 4 * 2 * 4 + 2 * 4 * 2


def test_header_without_metadata(tmp_path):
    p = write_model(tmp_path / "m.safetensors")
    assert read_header(p).metadata == {}


@pytest.mark.parametrize("case, content, message", [
    ("absurd_length", struct.pack("<Q", 2**63) + b"{}", "over the"),
    ("length_past_end", struct.pack("<Q", 5000) + b'{"a": 1}', "past the end"),
    ("too_short", b"\x01\x02", "too short"),
    ("empty", b"", "too short"),
    ("not_utf8", struct.pack("<Q", 4) + b"{\xff\xfe}", "UTF-8"),
    ("invalid_json", struct.pack("<Q", 9) + b'{"a": 1,,', "not valid JSON"),
    ("not_object", struct.pack("<Q", 9) + b"[1, 2, 3]", "must be a JSON object"),
    ("string_top", struct.pack("<Q", 5) + b'"abc"', "must be a JSON object"),
    ("nan", struct.pack("<Q", 10) + b'{"a": NaN}', "NaN"),
])
def test_hostile_headers_get_clear_errors(tmp_path, case, content, message):
    p = tmp_path / f"{case}.safetensors"
    p.write_bytes(content)
    with pytest.raises(HeaderError, match=message):
        read_header(p)


def test_deep_nesting_is_refused_before_parsing(tmp_path):
    bomb = b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    p = raw_file(tmp_path / "bomb.safetensors", bomb)
    with pytest.raises(HeaderError, match="nested 100001 levels"):
        read_header(p)


def test_brackets_inside_strings_are_not_nesting():
    assert json_depth('{"a[[[[{{": "]]]]", "b": [[1]], "c": "\\"[["}') == 3


def test_key_count_limit(tmp_path):
    header = json.dumps({f"k{i}": "v" for i in range(50)}).encode()
    p = raw_file(tmp_path / "keys.safetensors", b'{"__metadata__": ' + header + b"}")
    with pytest.raises(HeaderError, match="more than 20 keys"):
        read_header(p, max_keys=20)
    assert len(read_header(p).metadata) == 50


def test_header_limit_is_configurable(tmp_path):
    p = write_model(tmp_path / "m.safetensors", kohya())
    with pytest.raises(HeaderError, match="over the 64 byte limit"):
        read_header(p, max_header_bytes=64)


def test_truncated_tensor_data(tmp_path):
    p = write_model(tmp_path / "m.safetensors")
    data = p.read_bytes()
    p.write_bytes(data[:-5])
    with pytest.raises(HeaderError, match="truncated"):
        read_header(p)


@pytest.mark.parametrize("header, message", [
    (b'{"t": {"dtype": "F32", "shape": [2], "data_offsets": [8, 0]}}', "data_offsets"),
    (b'{"t": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 0]}}', "shape"),
    (b'{"t": {"shape": [1], "data_offsets": [0, 0]}}', "dtype"),
    (b'{"t": 5}', "must be an object"),
    (b'{"__metadata__": {"a": 1}}', "must be a string"),
    (b'{"__metadata__": [1]}', "__metadata__ must be an object"),
    (b'{"a": {}, "a": {}}', "repeats the key"),
])
def test_malformed_entries(tmp_path, header, message):
    p = raw_file(tmp_path / "x.safetensors", header)
    with pytest.raises(HeaderError, match=message):
        read_header(p)


def test_header_error_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_header(tmp_path / "missing.safetensors")


# ---------------------------------------------------------------------------------------------
# Training metadata
# ---------------------------------------------------------------------------------------------
def test_kohya_metadata_fields():
    md = kohya("janedoe_v2", dirs={"10_janedoe woman": {"n_repeats": 10, "img_count": 40}},
               tags={"10_janedoe woman": {"janedoe": 40, "1girl": 38, "smile": 4}},
               ss_training_comment="trained for a friend", **{"modelspec.trigger_phrase": "janedoe, jd"})
    info = training_info(md)
    assert info.trainer == "kohya-ss"
    assert info.output_name == "janedoe_v2"
    assert info.dataset_dirs == ["10_janedoe woman"]
    assert info.tags[0] == ("janedoe", 40)
    assert "janedoe" in info.trigger_words and "jd" in info.trigger_words
    assert info.base_model == "v1-5-pruned-emaonly.safetensors"
    fields = info.text_fields()
    assert fields["metadata_tags"].startswith("janedoe, 1girl")
    assert fields["metadata_training_comment"] == "trained for a friend"
    assert all(k.isidentifier() for k in fields)


def test_ss_datasets_and_paths_cut_to_the_folder():
    datasets = [{"subsets": [{"image_dir": "/home/maria lopez/train/img/5_ohwx man", "class_tokens": "ohwx man"}],
                 "tag_frequency": {"5_ohwx man": {"ohwx": 12}}}]
    info = training_info({"ss_datasets": json.dumps(datasets)})
    assert info.dataset_dirs == ["5_ohwx man"]  # the trainer's home directory is not screened
    assert "ohwx man" in info.trigger_words
    assert "maria" not in " ".join(info.text_fields().values()).lower()


def test_broken_nested_json_is_noted_not_fatal():
    info = training_info({"ss_output_name": "x", "ss_tag_frequency": "{not json", "ss_dataset_dirs": "[1]",
                          "ss_datasets": "[" * 50 + "]" * 50})
    assert info.output_name == "x"
    assert len(info.problems) == 3


def test_modelspec_author_is_not_screened():
    info = training_info({"modelspec.title": "Watercolor", "modelspec.author": "Jennifer Lawrence"})
    assert "Jennifer" not in json.dumps(info.text_fields())


@pytest.mark.parametrize("name, repeats, instance, cls, person", [
    ("10_janedoe woman", 10, "janedoe", "woman", True),
    ("5_sks person", 5, "sks", "person", True),
    ("20_watercolor style", 20, "watercolor", "style", False),
    ("1_woman", 1, "woman", None, False),  # a regularisation folder: no instance
    ("photos", None, "photos", None, False),
])
def test_parse_folder(name, repeats, instance, cls, person):
    f = parse_folder(name)
    assert (f.repeats, f.instance, f.class_word, f.person_class) == (repeats, instance, cls, person)


def test_giant_field_is_capped():
    info = training_info({"ss_training_comment": "word " * 40_000})
    Content(texts=info.text_fields())  # would raise if over the Content limit


# ---------------------------------------------------------------------------------------------
# The model_file signal and the models profile (real Guard, real text signals)
# ---------------------------------------------------------------------------------------------
class FakeBanks:
    """A stand-in with BankMatcher's query_prepared; the real one is tested in the CLI tests."""

    def __init__(self, entries):
        self.entries = entries  # {sha256: purpose}
        self.queries = []

    def query_prepared(self, q, banks=None, max_distance=31):
        from nciiguard.banks.matcher import Match, MatchReport

        self.queries.append(q.exact)
        matches = [Match("b", self.entries[v], 7, None, st, 0, "file") for st, v in q.exact if v in self.entries]
        return MatchReport(matches=matches)


@pytest.fixture(scope="module")
def guard():
    return Guard("models", resources=Resources(banks=FakeBanks({})))


def screen(guard, **texts):
    return guard.screen(Content(texts=texts))


def test_registered():
    assert signal_class("model_file").name == "model_file"


@pytest.mark.parametrize("field, text, label", [
    ("model_card", "A LoRA trained on 40 photos of Jennifer Lawrence.", "likeness_claim"),
    ("model_card", "Captures the likeness of Taylor Swift very well", "likeness_claim"),
    ("description", "Looking for a LoRA of my coworker, I have her instagram pics", "likeness_request"),
    ("bounty", "Bounty $50: dreambooth model of my ex girlfriend", "likeness_request"),
    ("model_card", "This face LoRA works best at weight 0.8", "likeness_claim"),
])
def test_likeness_phrases_flag(guard, field, text, label):
    d = screen(guard, **{field: text})
    assert d.action.value == "review" and "likeness_model" in d.rules
    assert any(r.label == label for r in d.reasons)
    r = next(r for r in d.reasons if r.label == label)
    assert text[r.span.start:r.span.end] == r.text


@pytest.mark.parametrize("text", [
    "A watercolor style LoRA. Made by John Smith.",
    "LoRA for watercolour landscapes. Thanks to Jane Miller for testing.",
    "Trained on photos of mountains and lakes.",
    "A LoRA of a red sports car, trained on 30 images of cars",
    "Merge of several anime checkpoints; use with a VAE.",
])
def test_benign_cards_do_not_flag(guard, text):
    d = screen(guard, model_card=text)
    assert d.action.value == "allow", d.reasons


def test_name_as_output_name_is_likeness(guard):
    d = screen(guard, metadata_output_name="emma_watson_v2")
    assert d.action.value == "review" and d.rules == ("likeness_model",)


def test_name_in_free_text_card_alone_is_not_likeness(guard):
    # Cards credit people; only names where the model names its subject count as likeness.
    d = screen(guard, model_card="Special thanks to Emma Watson for the test prompts.")
    assert d.action.value == "allow"


def test_likeness_plus_sexual_blocks(guard):
    d = screen(guard, metadata_output_name="emma_watson_v2", metadata_tags="ewatson, 1girl, nude, solo")
    assert d.blocked and "likeness_sexual" in d.rules


def test_person_reading_is_done_once_per_field_and_shared(guard, monkeypatch):
    # model_file finds "likeness of <person>" with the same person reading real_person_text does;
    # both read each text field through the scan cache, so a field is read once, not twice.
    from nciiguard.text.persons import PersonReader

    reads = []
    real_read = PersonReader.read

    def counted(self, nt, field, matcher=None):
        reads.append(field)
        return real_read(self, nt, field, matcher)

    monkeypatch.setattr(PersonReader, "read", counted)
    d = screen(guard, model_card="Captures the likeness of Taylor Swift very well", metadata_output_name="tswift_v2")
    assert any(r.label == "likeness_claim" for r in d.reasons)
    assert any(r.signal == "real_person_text" for r in d.reasons)
    assert sorted(reads) == ["metadata_output_name", "model_card"]


def test_person_subject_folder(guard):
    d = screen(guard, metadata_dataset_dirs="10_ohwx woman")
    assert d.action.value == "review"
    r = next(r for r in d.reasons if r.label == "person_subject")
    assert r.evidence["class_word"] == "woman" and r.span.to_list() == [0, 13]


def test_style_folder_is_not_person(guard):
    assert screen(guard, metadata_dataset_dirs="20_watercolor style").action.value == "allow"


def test_sexual_model_without_likeness_is_review_not_block(guard):
    d = screen(guard, metadata_tags="1girl, nude, solo, anime")
    assert d.action.value == "review" and "likeness_sexual" not in d.rules


def test_minor_sexual_model_blocks(guard):
    d = screen(guard, metadata_tags="child, nude")
    assert d.blocked and "minor_sexual" in d.rules


def test_model_file_bank_match(tmp_path):
    p = write_model(tmp_path / "nudify.safetensors", kohya())
    model = inspect_model_file(p)
    banks = FakeBanks({model.sha256: "nudify_model"})
    g = Guard("models", resources=Resources(banks=banks))
    d = g.screen(model_content(model))
    assert d.blocked and "known_nudify_model" in d.rules
    assert ("sha256", model.sha256) in banks.queries[0]
    # A survivor-bank hit on the same hash is not a nudify model.
    g2 = Guard("models", resources=Resources(banks=FakeBanks({model.sha256: "survivor"})))
    assert g2.screen(model_content(model)).action.value == "allow"


def test_model_file_without_banks_fails_closed(tmp_path):
    model = inspect_model_file(write_model(tmp_path / "m.safetensors"))
    d = Guard("models", resources=Resources()).screen(model_content(model))  # no banks: the signal errors
    assert d.action.value == "review" and d.categories["signal_error"]


def test_model_without_metadata_still_has_the_model_file_modality(tmp_path):
    model = inspect_model_file(write_model(tmp_path / "m.safetensors"))
    content = model_content(model)
    assert content.texts == {} and "model_file" in content.modalities


def test_pickle_files_are_hashed_never_loaded(tmp_path):
    p = tmp_path / "m.ckpt"
    p.write_bytes(b"\x80\x04not really a pickle")
    m = inspect_model_file(p)
    assert m.header is None and m.format == "ckpt" and len(m.sha256) == 64


def test_model_files_in_a_directory(tmp_path):
    write_model(tmp_path / "a.safetensors")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ckpt").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x")
    assert [f.name for f in model_files(tmp_path)] == ["a.safetensors", "b.ckpt"]
