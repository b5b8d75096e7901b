"""``nciiguard hash``, ``bank`` and ``match``: in-process through cli.main, and the real console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers.cli import run_cli

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "pdq"
BRIDGE = FIX / "bridge-1-original.jpg"
REPO = Path(__file__).resolve().parents[2]
CONSOLE = Path(sys.executable).parent / "nciiguard"


run = run_cli


def test_hash_prints_hashes_and_per_file_errors(tmp_path):
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    trunc = tmp_path / "trunc.jpg"
    trunc.write_bytes(BRIDGE.read_bytes()[:2000])
    code, out, err = run("hash", "--json", "--with-paths", BRIDGE, empty, trunc, tmp_path / "missing.png",
                         FIX / "small.jpg")
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [str(BRIDGE), str(empty), str(trunc), str(tmp_path / "missing.png"),
                                            str(FIX / "small.jpg")]
    ok, e1, e2, e3, flat = records
    assert len(ok["pdq"]) == 64 and ok["quality"] == 100 and len(ok["md5"]) == 32 and len(ok["sha256"]) == 64
    assert "empty" in e1["error"] and "truncated" in e2["error"] and "not found" in e3["error"]
    # A flat image is hashed and reported as low quality, not as an error.
    assert flat["low_quality"] is True and "error" not in flat
    code, out, err = run("hash", BRIDGE)
    assert code == 0 and "quality 100" in out and ok["pdq"] in out


def test_hash_never_opens_the_database(tmp_path):
    db = tmp_path / "sub" / "never.db"
    code, _, _ = run("--database-url", f"sqlite:///{db}", "--data-dir", tmp_path / "data", "hash", BRIDGE)
    assert code == 0
    assert not db.exists() and not db.parent.exists() and not (tmp_path / "data").exists()


def test_bank_lifecycle_and_match(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    base = ("--database-url", url)
    assert run(*base, "bank", "create", "survivors", "--purpose", "survivor")[0] == 0
    code, out, err = run(*base, "bank", "create", "survivors", "--purpose", "survivor")
    assert code != 0 and "already exists" in err
    code, out, err = run(*base, "bank", "add", "survivors", BRIDGE, "nothex", "--case", "C-1")
    assert code == 1 and "added as entry 1" in out and "nothex" in err
    code, out, _ = run(*base, "bank", "list", "--json")
    assert json.loads(out)[0]["entries"] == 1
    code, out, _ = run(*base, "match", "--json", BRIDGE, FIX / "labelme" / "q0122.jpg", "zz")
    assert code == 1
    hit, miss, bad = (json.loads(line) for line in out.splitlines())
    assert hit["matches"][0]["case_id"] == "C-1" and hit["matches"][0]["bank"] == "survivors"
    assert miss["matches"] == [] and "error" in bad
    # export, withdraw, import back
    export = tmp_path / "out.csv"
    assert run(*base, "bank", "export", "--output", export)[0] == 0
    assert export.read_text().startswith("signal_type,signal_value,bank,status,case")
    code, out, _ = run(*base, "bank", "withdraw", "--case", "C-1")
    assert code == 0 and "withdrew 1" in out
    code, out, _ = run(*base, "match", BRIDGE)
    assert code == 0 and "no match" in out
    code, out, err = run(*base, "bank", "import", export)
    assert code == 0 and "1 added" in out
    # allow-list the image: it no longer matches
    assert run(*base, "bank", "allow", BRIDGE)[0] == 0
    code, out, _ = run(*base, "match", BRIDGE)
    assert code == 0 and "allow-listed" in out
    code, out, err = run(*base, "bank", "withdraw")
    assert code == 2 and "say what to withdraw" in err


def test_import_report_and_bad_files(tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    run("--database-url", url, "bank", "create", "s", "--purpose", "survivor")
    bad = tmp_path / "bad.csv"
    bad.write_text("signal_type,signal_value,bank\npdq,zz,s\npdq," + "a" * 64 + ",s\n")
    code, out, err = run("--database-url", url, "bank", "import", bad, "--json")
    report = json.loads(out)
    assert code == 1 and report["added"] == 1 and report["errors"] == 1
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    code, out, err = run("--database-url", url, "bank", "import", broken)
    assert code == 2 and "not valid JSON" in err


def test_console_script_hash_reads_only_its_files_and_never_connects(tmp_path):
    """The survivor's command: run the installed ``nciiguard`` for real, and under an audit hook
    that records every file opened and every network call."""
    assert CONSOLE.exists(), CONSOLE
    proc = subprocess.run([str(CONSOLE), "hash", "--json", str(BRIDGE)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["quality"] == 100
    assert not (tmp_path / "data").exists()

    script = textwrap.dedent(f"""
        import io, sys, json
        opened, net = [], []
        def hook(event, args):
            if event == "open" and isinstance(args[0], str):
                opened.append(args[0])
            elif event.startswith("socket.") and event not in ("socket.__new__",):
                net.append(event)
        sys.addaudithook(hook)
        from nciiguard.cli import main
        out = io.StringIO()
        code = main(["hash", "--json", {str(BRIDGE)!r}], out, io.StringIO())
        print(json.dumps({{"code": code, "opened": opened, "net": net}}))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NCIIGUARD_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["code"] == 0 and result["net"] == []
    prefixes = (sys.prefix, sys.base_prefix, str(REPO / "src"), "/usr/lib", "/usr/local/lib", "/lib", "/proc", "/dev",
                "/etc/ld.so", "/sys")
    data_files = [p for p in result["opened"] if not p.startswith(prefixes) and not p.endswith((".py", ".pyc", ".so"))]
    assert data_files == [str(BRIDGE)], data_files
