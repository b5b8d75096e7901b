"""Import and export of hash lists: CSV, JSON, JSON Lines, python-threatexchange text files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from nciiguard.banks import BankError, BankStore
from nciiguard.banks.formats import read_entries, write_entries

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "pdq"
PDQ = [
    "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22",
    "b0a10efd71cc3f429413d48d0ffffe12e34e0e17ada952a9d29684210aa9e5af",
    "adad5a64b5a142e55362a09057dacd5ae63b847fc23794b766b319361fc93188",
]
MD5 = "d41d8cd98f00b204e9800998ecf8427e"


@pytest.fixture
def store(db_url):
    s = BankStore.open(db_url)
    s.create_bank("survivors", "pdq", "survivor")
    s.create_bank("files", "md5", "confirmed")
    yield s
    s.db.dispose()


def _write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def test_hma_style_csv_import_with_a_row_report(store, tmp_path):
    p = _write(tmp_path, "bank.csv", "\n".join([
        "signal_type,signal_value,bank,status,case",
        f"pdq,{PDQ[0]},survivors,active,C-1",
        f"PDQ,{PDQ[1].upper()},survivors,,C-2",      # case-insensitive type and value, default status
        f"video_md5,{MD5},files,active,",             # python-threatexchange name for file MD5
        f"pdq,{PDQ[0]},survivors,active,C-1",         # duplicate row
        "pdq,abc,survivors,active,C-3",               # wrong length
        f"pdq,{'x' * 64},survivors,active,C-4",       # bad hex
        f"tmk,{PDQ[2]},survivors,active,C-5",         # unknown signal type
        f"pdq,{PDQ[2]},nobank,active,C-6",            # unknown bank
        f"pdq,{PDQ[2]},survivors,deleted,C-7",        # unknown status
        f"pdq,{PDQ[2]},survivors,active,C-8,extra",   # too many columns
        "",
    ]))
    report = store.import_file(p)
    assert (report.added, report.duplicates, report.errors) == (3, 1, 6)
    problems = {i.item: i.error for i in report.items if not i.ok}
    assert set(problems) == {"line 6", "line 7", "line 8", "line 9", "line 10", "line 11"}
    assert "64 hex" in problems["line 6"] and "hexadecimal" in problems["line 7"]
    assert "unknown signal type" in problems["line 8"] and "no bank" in problems["line 9"]
    entries = {e.value: e for e in store.entries()}
    assert entries[PDQ[0]].case_id == "C-1" and entries[PDQ[1]].status == "active"
    assert entries[MD5].bank == "files" and entries[PDQ[0]].source == "import:bank.csv"


def test_strict_import_is_all_or_nothing_and_keeps_what_was_stored(store, tmp_path):
    store.add_entry("survivors", PDQ[2], case_id="KEEP")
    p = _write(tmp_path, "bad.csv", f"signal_type,signal_value,bank\npdq,{PDQ[0]},survivors\npdq,zz,survivors\n")
    with pytest.raises(BankError, match="line 3"):
        store.import_file(p, strict=True)
    assert [e.case_id for e in store.entries()] == ["KEEP"]


@pytest.mark.parametrize("content,match", [
    (b"signal_type,signal_value\n\x00\x00", "NUL"),
    ("pdq,\u00e9".encode("latin-1"), "UTF-8"),
])
def test_unreadable_csv_is_rejected_whole(store, tmp_path, content, match):
    p = _write(tmp_path, "x.csv", content)
    with pytest.raises(BankError, match=match):
        store.import_file(p, bank="survivors")
    assert list(store.entries()) == []


@pytest.mark.parametrize("text", ["{not json", "[1, 2", '{"something": 1}', '"a string"'])
def test_bad_json_is_rejected_whole(store, tmp_path, text):
    with pytest.raises(BankError):
        store.import_file(_write(tmp_path, "x.json", text), bank="survivors")
    assert list(store.entries()) == []


def test_json_and_jsonl_imports(store, tmp_path):
    data = {"entries": [
        {"signal_type": "pdq", "signal_value": PDQ[0], "bank": "survivors", "case": 17},
        {"signal_type": "pdq", "hash": PDQ[1]},
        "not an object",
        {"signal_type": "pdq", "signal_value": 12345},
        {"signal_type": "pdq", "signal_value": PDQ[2], "pdq_variants": {"center90": "nothex"}},
    ]}
    report = store.import_file(_write(tmp_path, "x.json", json.dumps(data)), bank="survivors")
    assert report.added == 2 and report.errors == 3
    assert {e.case_id for e in store.entries()} == {"17", None}
    lines = f'{{"signal_value": "{MD5}"}}\nnot json\n\n{{"signal_value": "{MD5}"}}\n'
    report = store.import_file(_write(tmp_path, "x.jsonl", lines), bank="files")
    assert (report.added, report.duplicates, report.errors) == (1, 1, 1)


def test_threatexchange_text_file_format(tmp_path):
    p = _write(tmp_path, "signals.txt", f"# comment\npdq {PDQ[0]}\n\nvideo_md5 {MD5}  # trailing\n{PDQ[1]}\na b c\n")
    entries, errors = read_entries(p, default_signal_type="pdq")
    assert [(e.signal_type, e.value) for e in entries] == [("pdq", PDQ[0]), ("video_md5", MD5), ("pdq", PDQ[1])]
    assert [e.item for e in errors] == ["line 6"]


def test_headerless_csv_and_unknown_extension(tmp_path):
    entries, errors = read_entries(_write(tmp_path, "l.csv", f"pdq,{PDQ[0]}\n{PDQ[1]}\na,b,c\n"))
    assert [e.value for e in entries] == [PDQ[0], PDQ[1]] and len(errors) == 1
    with pytest.raises(BankError, match="format"):
        read_entries(_write(tmp_path, "l.xlsx", "x"))
    with pytest.raises(BankError, match="not found"):
        read_entries(tmp_path / "missing.csv")


def test_export_round_trip_keeps_everything(store, tmp_path, db_url):
    from nciiguard.hashing import hash_file

    rec = hash_file(FIX / "bridge-1-original.jpg")
    store.add_record("survivors", rec, case_id="C-1", source="survivor")
    store.add_entry("files", MD5, status="pending")
    buf = io.StringIO()
    assert store.export(buf, fmt="csv") == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0])[:5] == ["signal_type", "signal_value", "bank", "status", "case"]
    assert {(r["signal_type"], r["signal_value"], r["bank"], r["status"], r["case"]) for r in rows} == {
        ("pdq", rec.pdq, "survivors", "active", "C-1"), ("md5", MD5, "files", "pending", "")}
    for fmt in ("json", "jsonl", "csv", "txt"):
        out = io.StringIO()
        store.export(out, fmt=fmt)
        path = _write(tmp_path, f"export.{fmt}", out.getvalue())
        other = BankStore.open(f"sqlite:///{tmp_path / (fmt + '.db')}")
        other.create_bank("survivors", "pdq", "survivor")
        other.create_bank("files", "md5", "confirmed")
        if fmt == "txt":
            report = other.import_file(path, bank="survivors")  # text has no bank column
            assert report.added == 1 and report.errors == 1
            continue
        report = other.import_file(path)
        assert report.added == 2 and report.errors == 0, report.to_dict()
        got = {e.value: e for e in other.entries()}
        assert got[rec.pdq].case_id == "C-1" and got[MD5].status == "pending"
        if fmt in ("json", "jsonl"):  # JSON keeps the crop variants, CSV cannot
            assert got[rec.pdq].variants == rec.pdq_variants
        other.db.dispose()


def test_unknown_export_format(store):
    with pytest.raises(BankError):
        write_entries(io.StringIO(), [], fmt="xml")


def test_import_the_records_nciiguard_hash_prints(store, tmp_path):
    """The survivor runs ``nciiguard hash --json`` and hands the lines over; they import as they are."""
    from nciiguard.cli import main

    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"not an image")
    out = io.StringIO()
    main(["hash", "--json", str(FIX / "bridge-1-original.jpg"), str(bad), str(FIX / "small.jpg")], out, io.StringIO())
    records = _write(tmp_path, "records.jsonl", out.getvalue())
    report = store.import_file(records, bank="survivors")
    assert report.added == 1 and report.errors == 2
    reasons = " ".join(i.error for i in report.items if not i.ok)
    assert "could not hash" in reasons and "too flat" in reasons
    (entry,) = store.entries(bank="survivors")
    first = json.loads(out.getvalue().splitlines()[0])
    assert entry.value == first["pdq"] and entry.variants == first["pdq_variants"]
    # the same records into an MD5 bank take the MD5 (and the flat image is fine there)
    report = store.import_file(records, bank="files")
    assert report.added == 2 and report.errors == 1
