"""nciiguard._data: the one reader of files that ship inside the package."""

from __future__ import annotations

import gzip

import pytest

from nciiguard import _data
from nciiguard.errors import NciiguardError


def test_reads_shipped_files():
    assert "confusables" in _data.read_text("text/data/unicode_tables.json")
    assert gzip.decompress(_data.read_bytes("text/data/names_first.txt.gz")).split()
    assert {"ncii", "models", "sfw"} <= set(_data.names_in("policy/profiles", ".yaml"))
    with _data.as_path("text/data/sexual_classifier.npz") as path:
        assert path.is_file() and path.stat().st_size > 0


@pytest.mark.parametrize("read", [_data.read_text, _data.read_bytes,
                                  lambda p: _data.as_path(p).__enter__(),
                                  lambda p: _data.names_in(p, ".tsv")])
def test_missing_file_is_named_in_a_clear_error(read):
    with pytest.raises(_data.PackageDataError) as info:
        read("text/data/no_such_file.tsv")
    msg = str(info.value)
    assert "nciiguard/text/data/no_such_file.tsv" in msg and "reinstall" in msg
    assert "\n" not in msg
    # Callers that catch the library's errors, or a missing file, both see it.
    assert isinstance(info.value, NciiguardError) and isinstance(info.value, FileNotFoundError)


def test_loaders_go_through_the_reader(monkeypatch):
    # A loader that reads package data another way would not see this file vanish.
    from nciiguard.policy import builtin_profiles, load_policy

    real = _data._file
    monkeypatch.setattr(_data, "_file", lambda path: real(path.replace("sfw.yaml", "gone.yaml")))
    assert "sfw" in builtin_profiles()
    with pytest.raises(_data.PackageDataError, match="nciiguard/policy/profiles/sfw.yaml"):
        load_policy("sfw")
