"""Dataset sources: folders, CSV, parquet and WebDataset shards, including hostile inputs."""

from __future__ import annotations

import csv
import io
import json
import os
import tarfile
from pathlib import Path

import pytest

from nciiguard.batch.sources import (FolderSource, JsonlSource, TableSource, WdsSource, detect_format,
                                     is_image_name, open_source)
from nciiguard.errors import InputError

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "images"


def _write_csv(path: Path, header, rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


def _tar(path: Path, members: list[tuple[str, bytes]], *, extra=None) -> None:
    with tarfile.open(path, "w") as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info in extra or []:
            tar.addfile(info)


# -- folders ----------------------------------------------------------------------------------

def test_folder_lists_images_with_sidecar_captions_in_stable_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.jpg").write_bytes((FIX / "street.jpg").read_bytes())
    (tmp_path / "a.txt").write_text("  a street  \n", encoding="utf-8")
    (tmp_path / "b" / "c.PNG").write_bytes((FIX / "chair_rgba.png").read_bytes())
    (tmp_path / ".hidden" / "x.jpg").write_bytes(b"x")
    (tmp_path / "notes.md").write_text("not an image")
    src = open_source(tmp_path)
    assert isinstance(src, FolderSource) and src.count() == 2
    items = list(src.items())
    assert [i.id for i in items] == ["a.jpg", "b/c.PNG"]
    assert items[0].caption == "a street" and items[1].caption is None
    assert [i.seq for i in items] == [0, 1] and all(i.error is None for i in items)


def test_folder_symlink_out_of_the_root_is_an_error_row(tmp_path):
    outside = tmp_path / "outside.jpg"
    outside.write_bytes((FIX / "street.jpg").read_bytes())
    root = tmp_path / "ds"
    root.mkdir()
    os.symlink(outside, root / "link.jpg")
    (item,) = list(open_source(root).items())
    assert item.error[0] == "path_outside_root" and item.path is None


def test_folder_without_recursion_and_the_one_list_of_image_names(tmp_path):
    for name in ("a.jpg", "b.ICO", "c.jfif", "d.webp", "e.txt", ".f.png", "sub/g.png"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    names = [p.relative_to(tmp_path).as_posix() for p in FolderSource(tmp_path, recursive=False).entries()]
    assert names == ["a.jpg", "b.ICO", "c.jfif", "d.webp"]
    assert FolderSource(tmp_path).count() == 5  # recursive by default
    assert is_image_name("x.HEIC") and not is_image_name(".x.jpg") and not is_image_name("x.jpg.txt")


# -- JSON Lines -------------------------------------------------------------------------------

def test_jsonl_items_ids_and_bad_lines(tmp_path):
    lines = [json.dumps({"id": "a", "prompt": "p"}), "", json.dumps({"id": 7, "prompt": "q"}),
             json.dumps({"id": True, "prompt": "r"}), "{nope", json.dumps([1]), "[" * 100_000,
             "x" * 300_000, json.dumps({"prompt": "last"})]
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode() + b"\xff\xfe\n")
    with open(path, "rb") as f:
        src = JsonlSource(path, f, max_line_bytes=200_000)
        items = list(src.items())
    assert src.count() == 9  # blank lines are not items
    assert [i.id for i in items] == ["a", 7, "line:4", "line:5", "line:6", "line:7", "line:8", "line:9", "line:10"]
    assert [i.seq for i in items] == list(range(9)) and [i.extra["line"] for i in items][:2] == [1, 3]
    assert items[0].extra["record"] == {"id": "a", "prompt": "p"} and items[0].error is None
    errors = {i.id: i.error for i in items if i.error}
    assert errors["line:5"][1].startswith("line 5: invalid JSON:")
    assert errors["line:6"] == ("bad_input", "line 6: each line must be a JSON object")
    assert errors["line:7"] == ("bad_input", "line 7: invalid JSON: nested too deeply")
    assert errors["line:8"] == ("bad_input", "line 8: line is larger than 195 KiB")
    assert errors["line:10"][1].startswith("line 10: invalid JSON")  # not UTF-8: replaced, then refused
    assert "xxxx" not in json.dumps([list(e) for e in errors.values()])  # never quotes the line
    assert items[7].extra["record"] == {"prompt": "last"} and items[2].extra["record"]["id"] is True
    assert JsonlSource(Path("-"), io.BytesIO(b""), max_line_bytes=10).count() is None


# -- tables -----------------------------------------------------------------------------------

def test_csv_columns_are_detected_and_paths_resolved_inside_the_root(tmp_path):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "a.jpg").write_bytes(b"x")
    (tmp_path.parent / "secret.jpg").write_bytes(b"x")
    _write_csv(tmp_path / "d.csv", ["caption", "image_path", "score"], [
        ["a cat", "img/a.jpg", "1"],
        ["escape", "../secret.jpg", "1"],
        ["absolute", "/etc/passwd", "1"],
        ["url", "https://example.invalid/a.jpg", "1"],
        ["caption only", "", "1"],
        ["", "", "1"],
    ])
    src = open_source(tmp_path / "d.csv")
    assert isinstance(src, TableSource) and (src.caption_column, src.path_column) == ("caption", "image_path")
    items = list(src.items())
    assert [i.id for i in items] == ["0", "1", "2", "3", "4", "5"]
    assert items[0].path == str(tmp_path / "img" / "a.jpg") and items[0].error is None
    assert items[1].error[0] == "path_outside_root" and items[1].path is None
    assert items[2].error[0] == "path_outside_root"
    assert items[3].error[0] == "unsupported_path"
    assert items[4].caption == "caption only" and items[4].path is None and items[4].error is None
    # An empty CSV cell is an empty caption, and with no path there is nothing to screen.
    assert items[5].error is None or items[5].error[0] == "empty_row"


def test_csv_symlink_escape_is_refused(tmp_path):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "x.jpg").write_bytes(b"x")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(tmp_path / "outside", root / "link")
    _write_csv(root / "d.csv", ["path"], [["link/x.jpg"]])
    (item,) = list(open_source(root / "d.csv").items())
    assert item.error[0] == "path_outside_root"


def test_parquet_non_string_caption_and_id_column(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["k1", "k2", "k3"], "text": ["a dog", None, "a bird"],
                             "file": ["a.jpg", "b.jpg", None]}), tmp_path / "d.parquet")
    src = open_source(tmp_path / "d.parquet")
    assert (src.format, src.caption_column, src.path_column) == ("parquet", "text", "file")
    items = list(src.items())
    assert [i.id for i in items] == ["k1", "k2", "k3"]
    assert items[1].caption is None and items[1].path.endswith("b.jpg")
    pq.write_table(pa.table({"caption": pa.array([1, 2], pa.int64())}), tmp_path / "n.parquet")
    bad = list(open_source(tmp_path / "n.parquet").items())
    assert [i.error[0] for i in bad] == ["bad_caption", "bad_caption"]


def test_duplicate_ids_fall_back_to_row_numbers(tmp_path):
    _write_csv(tmp_path / "d.csv", ["id", "caption"], [["x", "a"], ["x", "b"]])
    assert [i.id for i in open_source(tmp_path / "d.csv").items()] == ["0", "1"]


def test_table_errors_are_clear(tmp_path):
    _write_csv(tmp_path / "d.csv", ["foo", "bar"], [["1", "2"]])
    with pytest.raises(InputError, match="no caption or image path column"):
        open_source(tmp_path / "d.csv")
    with pytest.raises(InputError, match="no caption column 'nope'"):
        open_source(tmp_path / "d.csv", caption_column="nope")
    (tmp_path / "e.csv").write_text("")
    with pytest.raises(InputError, match="empty"):
        open_source(tmp_path / "e.csv")
    (tmp_path / "x.parquet").write_bytes(b"PAR1 not really")
    with pytest.raises(InputError, match="parquet"):
        open_source(tmp_path / "x.parquet")
    with pytest.raises(InputError, match="not found"):
        open_source(tmp_path / "missing.csv")
    (tmp_path / "data.bin").write_bytes(b"")
    with pytest.raises(InputError, match="--format"):
        open_source(tmp_path / "data.bin")
    with pytest.raises(InputError, match="csv and parquet"):
        open_source(tmp_path, "folder", caption_column="c")


# -- WebDataset shards --------------------------------------------------------------------------

def test_wds_groups_members_by_key_and_reads_captions(tmp_path):
    jpg = (FIX / "butterfly.jpg").read_bytes()
    _tar(tmp_path / "shard-000.tar", [
        ("000001.jpg", jpg), ("000001.txt", b"a butterfly"),
        ("000002.png", (FIX / "chair_rgba.png").read_bytes()), ("000002.json", json.dumps({"caption": "a chair"}).encode()),
        ("000003.txt", b"caption only"),
        ("sub/000004.jpg", jpg),
    ])
    _tar(tmp_path / "shard-001.tar", [("000001.jpg", jpg)])
    src = open_source(tmp_path)
    assert isinstance(src, WdsSource) and detect_format(tmp_path) == "wds"
    items = list(src.items())
    assert [i.id for i in items] == ["shard-000.tar/000001", "shard-000.tar/000002", "shard-000.tar/000003",
                                     "shard-000.tar/sub/000004", "shard-001.tar/000001"]
    assert [i.seq for i in items] == [0, 1, 2, 3, 4]
    assert items[0].caption == "a butterfly" and items[0].data == jpg
    assert items[1].caption == "a chair" and items[1].data.startswith(b"\x89PNG")
    assert items[2].data is None and items[2].caption == "caption only"
    assert all(i.error is None for i in items)


def test_wds_hostile_members_are_error_rows_and_nothing_is_extracted(tmp_path, monkeypatch):
    jpg = (FIX / "street.jpg").read_bytes()
    link = tarfile.TarInfo("000003.jpg")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    dev = tarfile.TarInfo("000004.jpg")
    dev.type = tarfile.CHRTYPE
    _tar(tmp_path / "evil.tar", [
        ("../../000001.jpg", jpg), ("/abs/000002.jpg", jpg), ("000005.jpg", jpg), ("000005.txt", b"\xff\xfe"),
        ("000006.jpg", jpg),
    ], extra=[link, dev])
    monkeypatch.chdir(tmp_path)
    items = {i.id.split("/", 1)[1]: i for i in WdsSource(tmp_path / "evil.tar").items()}
    assert items["../../000001"].error[0] == "unsafe_member"
    assert items["/abs/000002"].error[0] == "unsafe_member"
    assert items["000003"].error[0] == "unsafe_member" and "link" in items["000003"].error[1]
    assert items["000004"].error[0] == "unsafe_member"
    assert items["000005"].error[0] == "bad_caption"
    assert items["000006"].error is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.tar"]  # nothing written
    assert not Path("/abs").exists()


def test_wds_oversized_and_truncated_shards(tmp_path):
    jpg = (FIX / "street.jpg").read_bytes()
    _tar(tmp_path / "a.tar", [("k1.jpg", jpg), ("k2.jpg", jpg)])
    items = list(WdsSource(tmp_path / "a.tar", max_member_bytes=len(jpg) - 1).items())
    assert [i.error[0] for i in items] == ["too_large", "too_large"]
    data = (tmp_path / "a.tar").read_bytes()
    padded = -(-len(jpg) // 512) * 512
    (tmp_path / "t.tar").write_bytes(data[: 512 + padded + 512 + 100])  # cut inside the second member's data
    items = list(WdsSource(tmp_path / "t.tar").items())
    assert items[0].error is None and items[0].data == jpg
    assert items[-1].error is not None and items[-1].error[0] == "bad_shard"
    (tmp_path / "junk.tar").write_bytes(b"definitely not a tar file" * 10)
    (item,) = list(WdsSource(tmp_path / "junk.tar").items())
    assert item.error[0] == "bad_shard"


def test_wds_glob_and_missing(tmp_path):
    _tar(tmp_path / "s-0.tar", [("a.txt", b"one")])
    _tar(tmp_path / "s-1.tar", [("a.txt", b"two")])
    src = open_source(str(tmp_path / "s-*.tar"))
    assert [i.caption for i in src.items()] == ["one", "two"]
    with pytest.raises(InputError, match="no tar shards"):
        open_source(str(tmp_path / "none-*.tar"))


def test_csv_with_a_byte_order_mark(tmp_path):
    (tmp_path / "d.csv").write_bytes("\ufeffcaption,path\nhello,\n".encode("utf-8"))
    src = open_source(tmp_path / "d.csv")
    assert src.caption_column == "caption" and [i.caption for i in src.items()] == ["hello"]
