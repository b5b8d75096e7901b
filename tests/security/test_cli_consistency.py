"""Issue 11, item 15: the command line is consistent.

``screen-request`` takes a positional prompt like the other screening commands; a sub-command's
usage error shows that sub-command's usage; every option has help; ``--fail-on`` makes blocking a
failing exit; ``bank add`` says a missing file is missing; ``bank import --case``; ``hash --json``
keeps file paths out of what a survivor hands over unless asked; ``hash`` needs only the light
``hash`` extra; the README's first command installs what the README leads with.
"""

from __future__ import annotations

import argparse
import json
import re
import tomllib
from pathlib import Path

import pytest

from helpers.cli import run_cli
from helpers.profiles import TEXT_BLOCK_PROFILE, write_profile
from helpers.cli_process import run_cli_process
from helpers.records import check_record, jsonl_records

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "tests" / "fixtures" / "images"

@pytest.fixture
def policy(tmp_path):
    return write_profile(tmp_path, TEXT_BLOCK_PROFILE)


def _parsers(parser: argparse.ArgumentParser, path=("nciiguard",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_every_option_and_argument_has_help():
    from nciiguard.cli import build_parser

    missing = [f"{' '.join(path)} {a.option_strings or a.dest}"
               for path, p in _parsers(build_parser()) for a in p._actions
               if not isinstance(a, (argparse._HelpAction, argparse._SubParsersAction)) and not (a.help or "").strip()]
    assert missing == []


@pytest.mark.parametrize("argv, usage", [
    (["screen-prompt", "x", "--bogus"], "usage: nciiguard screen-prompt "),
    (["bank", "add", "b", "x", "--nope"], "usage: nciiguard bank add "),
    (["bank", "withdraw", "--entry", "abc"], "usage: nciiguard bank withdraw "),
    (["screen-prompts", "in.jsonl"], "usage: nciiguard screen-prompts "),
    (["keys", "create", "--name", "x", "--role", "root"], "usage: nciiguard keys create "),
])
def test_a_sub_command_error_shows_that_sub_command_s_usage(argv, usage):
    code, out, err = run_cli(*argv)
    assert code == 2 and out == ""
    assert err.startswith(usage), err
    assert "usage: nciiguard [-h]" not in err
    prog = usage[len("usage: "):].strip()
    assert err.rstrip().splitlines()[-1].startswith(f"{prog}: error: ")


def test_screen_request_takes_a_positional_prompt(tmp_path, policy):
    code, out, _ = run_cli("--data-dir", tmp_path, "screen-request", "a nude photo", "--policy", policy, "--json")
    assert code == 0 and check_record(json.loads(out))["action"] == "block"
    code, out2, _ = run_cli("--data-dir", tmp_path, "screen-request", "--prompt", "a nude photo", "--policy", policy,
                            "--json")
    assert code == 0 and check_record(json.loads(out2))["action"] == "block"  # the option still works
    code, _, err = run_cli("--data-dir", tmp_path, "screen-request", "a", "--prompt", "b", "--policy", policy)
    assert code == 2 and "not both" in err


def test_fail_on_turns_a_decision_into_the_exit_code(tmp_path, policy):
    base = ("--data-dir", tmp_path, "screen-prompt")
    assert run_cli(*base, "a nude photo", "--policy", policy)[0] == 0  # the decision is the output
    assert run_cli(*base, "a nude photo", "--policy", policy, "--fail-on", "block")[0] == 1
    assert run_cli(*base, "a nude photo", "--policy", policy, "--fail-on", "review")[0] == 1
    assert run_cli(*base, "a lighthouse", "--policy", policy, "--fail-on", "review")[0] == 0
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "prompt": "a lighthouse"}\n{"id": 2, "prompt": "a nude photo"}\n')
    argv = ("--data-dir", tmp_path, "screen-prompts", src, "-o", tmp_path / "o.jsonl", "--policy", policy)
    assert run_cli(*argv)[0] == 0
    assert [r["id"] for r in jsonl_records((tmp_path / "o.jsonl").read_text())] == [1, 2]  # ids keep their type
    assert run_cli(*argv, "--fail-on", "block")[0] == 1
    src.write_text('{"id": 1, "prompt": "a lighthouse"}\n')
    assert run_cli(*argv, "--fail-on", "block")[0] == 0


def test_bank_add_of_a_missing_file_says_so(tmp_path):
    assert run_cli("--data-dir", tmp_path, "bank", "create", "b", "--purpose", "confirmed")[0] == 0
    code, _, err = run_cli("--data-dir", tmp_path, "bank", "add", "b", tmp_path / "photo.jpg", "photo2.png")
    assert code == 1
    assert err.count("file not found") == 2 and "hex characters, got" not in err
    code, _, err = run_cli("--data-dir", tmp_path, "bank", "add", "b", tmp_path)
    assert code == 1 and "is a directory" in err
    # A value that is meant as a hash still gets the hash message.
    code, _, err = run_cli("--data-dir", tmp_path, "bank", "add", "b", "abc123")
    assert code == 1 and "64 hex characters" in err


def test_bank_import_takes_a_case(tmp_path):
    assert run_cli("--data-dir", tmp_path, "bank", "create", "survivor", "--purpose", "survivor")[0] == 0
    rows = tmp_path / "hashes.csv"
    rows.write_text(f"signal_value,case\n{'a' * 64},\n{'b' * 64},other-case\n")
    code, out, err = run_cli("--data-dir", tmp_path, "bank", "import", rows, "--bank", "survivor", "--case", "c-17")
    assert code == 0, err
    code, out, _ = run_cli("--data-dir", tmp_path, "bank", "export", "--case", "c-17", "--format", "jsonl")
    values = [json.loads(line)["signal_value"] for line in out.splitlines()]
    assert values == ["a" * 64]  # rows with their own case keep it


def test_hash_json_leaves_paths_out_unless_asked(tmp_path):
    pytest.importorskip("pdqhash")
    private = tmp_path / "photos of jane doe"
    private.mkdir()
    image = private / "IMG_0001.jpg"
    image.write_bytes((IMAGES / "street.jpg").read_bytes())
    code, out, _ = run_cli("hash", "--json", image, private / "missing.jpg")
    assert code == 1
    assert "jane doe" not in out and "IMG_0001" not in out and str(tmp_path) not in out
    ok, bad = map(json.loads, out.splitlines())
    assert ok["index"] == 1 and len(ok["pdq"]) == 64 and "file" not in ok
    assert bad == {"index": 2, "error": "image file not found"}
    code, out, _ = run_cli("hash", "--json", "--with-paths", image)
    assert code == 0 and json.loads(out)["file"] == str(image)


def test_the_hash_extra_is_light_and_named_when_missing():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    assert [re.split(r"[<>=\[ ]", d)[0] for d in extras["hash"]] == ["pdqhash"]
    from nciiguard.hashing import pdq

    source = Path(pdq.__file__).read_text()
    assert 'extra="hash"' in source and 'extra="image"' not in source
    # Nothing heavy on the way to hashing: importing the hash command's modules pulls no model runtime.
    import subprocess
    import sys

    probe = ("import sys; import nciiguard.hashing.records, nciiguard.cli.hashes; "
             "print(sorted(m for m in ('onnxruntime','dlib','cv2','faiss','torch','fastapi') if m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_readme_quick_start_installs_the_service_and_runs_selfcheck():
    readme = (ROOT / "README.md").read_text()
    quick = readme.split("## Quick start", 1)[1]
    first = re.search(r"```bash\n(.*?)\n```", quick, re.S).group(1)
    extras = re.search(r"\.\[([a-z,\-]+)\]", first).group(1).split(",")
    assert "service" in extras and "image" in extras
    assert first.rstrip().endswith("nciiguard selfcheck")


def test_fail_on_and_with_paths_are_documented():
    table = (ROOT / "README.md").read_text()
    assert "--fail-on" in table and "--with-paths" in table and "--case" in table
    docs = (ROOT / "docs" / "cli.md").read_text() + (ROOT / "docs" / "banks.md").read_text()
    assert "--with-paths" in docs and "bank import" in docs


def test_usage_error_exit_code_in_a_real_process():
    proc = run_cli_process("bank", "add")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("usage: nciiguard bank add ")
