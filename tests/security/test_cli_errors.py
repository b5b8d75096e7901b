"""Issue 11, items 11 (CLI half) and 13: every CLI error is one line and a documented exit code.

Hostile and broken inputs an operator meets on day one: a 100,000-deep JSON line, an output path
whose folder is missing or that is a directory, unreadable files, nested JSON hash lists, a data
directory that is a file, read-only or holds another file, and a database that cannot be reached.
None may print a traceback, stop the rest of a batch, or show a password, a hash or a prompt.
Exit codes and tracebacks are checked on real processes; the rest in-process.
"""

from __future__ import annotations

import io
import json
import os
import tracemalloc

import pytest

from helpers.cli import run_cli
from helpers.profiles import TEXT_BLOCK_PROFILE, write_profile
from helpers.cli_process import one_line_error, run_cli_process
from helpers.net import free_port
from helpers.records import jsonl_records

@pytest.fixture
def policy(tmp_path):
    return write_profile(tmp_path, TEXT_BLOCK_PROFILE)


def cli(tmp_path, *argv):
    """In-process, with a data directory of this test's own."""
    return run_cli("--data-dir", tmp_path / "data", *argv)


def single_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("nciiguard: "), err
    return lines[0]


# -- screen-prompts --------------------------------------------------------------------------------
def test_a_100000_deep_json_line_is_one_error_record_and_later_lines_are_screened(tmp_path, policy):
    src = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "prompt": ' + "[" * 100_000 + "]" * 100_000 + "}"
    src.write_text("\n".join([json.dumps({"id": "a", "prompt": "a lighthouse"}), deep,
                              json.dumps({"id": "b", "prompt": "a nude photo"})]) + "\n")
    out = tmp_path / "out.jsonl"
    proc = run_cli_process("--data-dir", tmp_path / "data", "screen-prompts", src, "-o", out, "--policy", policy)
    assert proc.returncode == 1, proc.stderr  # an item failed
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr
    records = jsonl_records(out.read_text())
    assert [r.get("action") for r in records] == ["allow", None, "block"]
    assert records[1]["id"] == "line:2" and records[1]["error"]["code"] == "bad_input"
    assert "nested too deeply" in records[1]["error"]["message"]


@pytest.mark.parametrize("case", ["missing_folder", "directory"])
def test_output_path_problems_are_one_line_before_any_work(tmp_path, policy, case):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "prompt": "a lighthouse"}\n')
    out = tmp_path / "no" / "such" / "out.jsonl" if case == "missing_folder" else tmp_path
    code, stdout, err = cli(tmp_path, "screen-prompts", src, "-o", out, "--policy", policy)
    assert code == 2 and stdout == ""
    line = single_error_line(err)
    assert ("does not exist" in line) if case == "missing_folder" else ("is a directory" in line)
    assert str(tmp_path / "no" / "such") in line or str(out) in line


def test_input_that_is_missing_or_a_directory(tmp_path, policy):
    code, _, err = cli(tmp_path, "screen-prompts", tmp_path / "nope.jsonl", "-o", "-", "--policy", policy)
    assert code == 2 and "not found" in single_error_line(err)
    code, _, err = cli(tmp_path, "screen-prompts", tmp_path, "-o", "-", "--policy", policy)
    assert code == 2 and "is a directory" in single_error_line(err)


def test_unreadable_input_is_one_line(tmp_path, policy):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "prompt": "my secret prompt"}\n')
    src.chmod(0)
    proc = run_cli_process("--data-dir", tmp_path / "data", "screen-prompts", src, "-o", tmp_path / "o.jsonl",
                           "--policy", policy, unprivileged=True)
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert "cannot read" in line and "permission denied" in line and "secret" not in line
    assert not (tmp_path / "o.jsonl").exists()


def test_the_progress_line_counter_reads_a_huge_line_in_bounded_chunks(tmp_path):
    from nciiguard.batch.sources import count_nonblank_lines

    # Lines split across chunk borders, blank and white-space-only lines, CRLF, no final newline.
    small = tmp_path / "small.jsonl"
    small.write_bytes(b'{"a":1}\n\n   \n{"b":2}\r\n\t\n' + b"x" * 20 + b"\n  y")
    for chunk in (1, 3, 7, 64, 1 << 20):
        assert count_nonblank_lines(str(small), chunk_bytes=chunk) == 4
    assert count_nonblank_lines(str(tmp_path / "missing")) is None

    big = tmp_path / "big.jsonl"
    with open(big, "wb") as f:  # one 16 MiB line: the old counter held all of it at once
        for _ in range(16):
            f.write(b"a" * (1 << 20))
        f.write(b"\n{}\n")
    tracemalloc.start()
    try:
        assert count_nonblank_lines(str(big), chunk_bytes=1 << 16) == 2
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20, f"peak {peak} bytes for a 16 MiB line"


# -- banks -----------------------------------------------------------------------------------------
def test_bank_import_of_nested_json_is_a_bad_file_not_a_crash(tmp_path):
    assert cli(tmp_path, "bank", "create", "b", "--purpose", "confirmed")[0] == 0
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    proc = run_cli_process("--data-dir", tmp_path / "data", "bank", "import", nested, "--bank", "b")
    assert proc.returncode == 2
    assert "nested too deeply" in one_line_error(proc)
    # In JSON Lines only the nested line is bad; the good one is imported.
    good = "a" * 64
    lines = tmp_path / "rows.jsonl"
    lines.write_text('{"signal_value": "' + good + '"}\n' + "[" * 50_000 + "]" * 50_000 + "\n")
    code, out, err = cli(tmp_path, "bank", "import", lines, "--bank", "b", "--json")
    report = json.loads(out)
    assert code == 1 and report["added"] == 1 and report["errors"] == 1
    assert "nested too deeply" in json.dumps(report["problems"])


def test_bank_export_to_a_missing_folder_is_one_line_and_leaves_nothing(tmp_path):
    assert cli(tmp_path, "bank", "create", "b", "--purpose", "confirmed")[0] == 0
    target = tmp_path / "missing" / "export.csv"
    code, out, err = cli(tmp_path, "bank", "export", "-o", target)
    assert code == 2 and "does not exist" in single_error_line(err)
    assert not target.parent.exists()
    code, out, err = cli(tmp_path, "bank", "export", "-o", tmp_path)
    assert code == 2 and "is a directory" in single_error_line(err)
    assert not list(tmp_path.glob("*.tmp"))


# -- the data directory and the database -------------------------------------------------------------
def test_a_data_dir_that_is_a_file(tmp_path):
    f = tmp_path / "afile"
    f.write_text("not a folder")
    for data_dir in (f, f / "sub"):
        proc = run_cli_process("--data-dir", data_dir, "bank", "list")
        assert proc.returncode == 2
        line = one_line_error(proc)
        assert "is a file, not a directory" in line and str(f) in line


def test_a_data_dir_holding_another_file_or_a_directory_under_the_database_name(tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "nciiguard.db").write_text("my shopping list\n")
    proc = run_cli_process("--data-dir", other, "bank", "list")
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert "is not an SQLite database" in line and "shopping" not in line
    assert (other / "nciiguard.db").read_text() == "my shopping list\n"  # untouched
    odd = tmp_path / "odd"
    (odd / "nciiguard.db").mkdir(parents=True)
    proc = run_cli_process("--data-dir", odd, "keys", "list")
    assert proc.returncode == 2 and "is a directory" in one_line_error(proc)


def test_a_read_only_data_dir(tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    assert run_cli_process("--data-dir", ro, "bank", "create", "b", "--purpose", "confirmed").returncode == 0
    ro.chmod(0o555)
    try:
        proc = run_cli_process("--data-dir", ro, "bank", "create", "c", "--purpose", "confirmed", unprivileged=True)
        assert proc.returncode == 2
        assert "not writable" in one_line_error(proc)
        fresh = tmp_path / "ro2"
        fresh.mkdir(mode=0o555)
        proc = run_cli_process("--data-dir", fresh, "bank", "list", unprivileged=True)
        assert proc.returncode == 2 and "not writable" in one_line_error(proc)
    finally:
        ro.chmod(0o755)


@pytest.mark.parametrize("argv", [
    ("bank", "list"), ("match", "a" * 64), ("keys", "list"), ("bank", "compact"), ("registry", "list"),
    ("bank", "import", "FILE", "--bank", "b"),
])
def test_an_unreachable_database_is_one_line_without_the_password(tmp_path, argv):
    hashes = tmp_path / "h.txt"
    hashes.write_text("a" * 64 + "\n")
    argv = [str(hashes) if a == "FILE" else a for a in argv]
    url = f"postgresql+psycopg://alice:hunter2secret@127.0.0.1:{free_port()}/nciiguard"
    env = {**os.environ, "NCIIGUARD_REGISTRY_KEY": "x" * 43 + "="}
    proc = run_cli_process("--database-url", url, *argv, env=env)
    assert proc.returncode == 2, proc.stderr
    line = one_line_error(proc)
    assert "unavailable" in line and "127.0.0.1" in line
    assert "hunter2secret" not in proc.stderr and "alice:***@" in line
    assert "a" * 64 not in proc.stderr


def test_debug_prints_the_traceback_and_keeps_the_exit_code(tmp_path):
    url = f"postgresql+psycopg://alice:hunter2secret@127.0.0.1:{free_port()}/nciiguard"
    proc = run_cli_process("--database-url", url, "bank", "list", "--debug")
    assert proc.returncode == 2 and "Traceback" in proc.stderr
    assert proc.stderr.rstrip().splitlines()[-1].startswith("nciiguard: database")


# -- what an error may say ---------------------------------------------------------------------------
def test_an_unexpected_error_names_its_type_only_and_points_to_debug():
    from nciiguard.cli import EXIT_INTERNAL
    from nciiguard.cli._errors import describe

    secret = "undress my neighbour " + "f" * 64
    code, message = describe(RuntimeError(secret))
    assert code == EXIT_INTERNAL and message == "internal error (RuntimeError)"
    assert describe(MemoryError()) == (EXIT_INTERNAL, "out of memory")


def test_a_database_error_never_quotes_its_statement_or_values(tmp_path):
    """IntegrityError and friends carry the SQL and its parameters (a survivor's hash): only the
    type is said."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from nciiguard.cli._errors import describe

    value = "e" * 64
    exc = IntegrityError("INSERT INTO bank_entries (value) VALUES (?)", (value,),
                         sqlite3.IntegrityError("UNIQUE constraint failed: bank_entries.value"))
    args = type("Args", (), {"config": None, "data_dir": str(tmp_path), "database_url": None})()
    code, message = describe(exc, args)
    assert code == 3 and "IntegrityError" in message
    assert value not in message and "INSERT" not in message


def test_exit_codes_are_documented_in_help_and_docs():
    from pathlib import Path

    from nciiguard.cli import EXIT_CODES_HELP

    out, err = io.StringIO(), io.StringIO()
    from nciiguard.cli import main

    assert main(["--help"], out, err) == 0
    assert EXIT_CODES_HELP in out.getvalue() and "--debug" in out.getvalue()
    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text()
    for code in ("0", "1", "2", "3", "130"):
        assert f"| {code} |" in doc, code
