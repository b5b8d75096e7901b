"""``nciiguard registry ...`` in-process, on a real SQLite database and real face models."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.cli import run_cli

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "faces"


cli = run_cli


@pytest.fixture
def env(tmp_path, monkeypatch):
    for var in ("NCIIGUARD_REGISTRY_KEY", "NCIIGUARD_REGISTRY_KEY_FILE", "NCIIGUARD_CONFIG", "NCIIGUARD_DATABASE_URL"):
        monkeypatch.delenv(var, raising=False)
    url = f"sqlite:///{tmp_path / 'state' / 'nciiguard.db'}"
    return ["--database-url", url, "--data-dir", str(tmp_path / "state")]


def test_keygen_prints_a_key_once(env):
    code, out, err = cli(*env, "registry", "keygen")
    assert code == 0
    key = out.strip()
    assert len(key) == 44 and "\n" not in key
    assert "NCIIGUARD_REGISTRY_KEY" in err
    assert cli(*env, "registry", "keygen")[1].strip() != key


def test_enrol_list_aliases_withdraw(env, monkeypatch, tmp_path):
    pytest.importorskip("dlib")
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", cli("registry", "keygen")[1].strip())
    photos = tmp_path / "photos"
    photos.mkdir()
    shutil.copy(FIX / "obama_a.jpg", photos / "a.jpg")
    shutil.copy(FIX / "obama_b.jpg", photos / "b.jpg")
    doc = tmp_path / "consent.pdf"
    doc.write_bytes(b"%PDF- signed consent form (test)")

    code, out, err = cli(*env, "registry", "enrol", "--name", "Barack Obama", "--alias", "Obama", "--alias", "B.O.",
                         "--photo", str(photos / "a.jpg"), "--photo", str(photos / "b.jpg"),
                         "--consent-by", "Barack Obama", "--consent-method", "self",
                         "--consent-note", "no sexualised images", "--consent-document", str(doc), "--json")
    assert code == 0, err
    person = json.loads(out)
    pid = person["id"]
    assert person["templates"] == 2 and person["aliases"] == ["Obama", "B.O."]
    assert len(person["consent"]["document_sha256"]) == 64
    # The photos were read, not kept: the state directory holds only the database files (and the
    # audit chain's anchor: its signed head and key, docs/security.md).
    state = tmp_path / "state"
    state_files = {p.relative_to(state).as_posix() for p in state.rglob("*") if p.is_file()}
    assert state_files and all(name.startswith(("nciiguard.db", "audit-anchor/", "audit-anchor.key"))
                               for name in state_files), state_files
    assert sorted(p.name for p in photos.iterdir()) == ["a.jpg", "b.jpg"]

    code, out, _ = cli(*env, "registry", "list", "--json")
    assert code == 0 and [p["id"] for p in json.loads(out)] == [pid]
    code, out, _ = cli(*env, "registry", "list")
    assert pid in out and "templates=2" in out

    code, out, err = cli(*env, "registry", "aliases", pid, "--add", "44th president", "--remove", "B.O.")
    assert code == 0, err
    assert "44th president" in out and "B.O." not in out

    code, out, err = cli(*env, "registry", "withdraw", pid)
    assert code == 0 and "deleted 2 face templates and 2 aliases" in out
    code, out, _ = cli(*env, "registry", "list")
    assert "no one is registered" in out
    code, _, err = cli(*env, "registry", "withdraw", pid)
    assert code == 1 and "no registered person" in err


def test_enrol_with_photos_needs_a_key(env):
    pytest.importorskip("dlib")
    code, _, err = cli(*env, "registry", "enrol", "--name", "X", "--photo", str(FIX / "obama_a.jpg"),
                       "--consent-by", "X", "--consent-method", "self")
    assert code == 2
    assert "registry keygen" in err and "NCIIGUARD_REGISTRY_KEY" in err


def test_key_file_is_read(env, monkeypatch, tmp_path):
    pytest.importorskip("dlib")
    key_file = tmp_path / "registry.key"
    key_file.write_text(cli("registry", "keygen")[1])
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY_FILE", str(key_file))
    code, out, err = cli(*env, "registry", "enrol", "--name", "X", "--photo", str(FIX / "biden_a.jpg"),
                         "--consent-by", "agent", "--consent-method", "verified_agent")
    assert code == 0, err
    assert "1 face templates" in out


def test_wrong_key_is_a_configuration_error(env, monkeypatch):
    pytest.importorskip("dlib")
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", cli("registry", "keygen")[1].strip())
    assert cli(*env, "registry", "enrol", "--name", "X", "--photo", str(FIX / "biden_a.jpg"),
               "--consent-by", "X", "--consent-method", "self")[0] == 0
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", cli("registry", "keygen")[1].strip())
    # Listing needs no templates, so it works with any key; reading templates must fail clearly.
    code, out, _ = cli(*env, "registry", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    from nciiguard.config import Config
    from nciiguard.registry import LikenessRegistry, RegistryKeyError
    from nciiguard.store import open_database

    config = Config.load(database_url=env[1])
    reg = LikenessRegistry(open_database(config.url), key=config.registry_key)
    with pytest.raises(RegistryKeyError, match="wrong registry key"):
        reg.search([0.0] * 128)


@pytest.mark.parametrize("argv,needle", [
    (["registry", "enrol", "--name", "X", "--consent-by", "X", "--consent-method", "friend"], "invalid choice"),
    (["registry", "enrol", "--name", "X", "--consent-method", "self"], "--consent-by"),
    (["registry", "aliases", "0" * 32], "--add"),
    (["registry", "withdraw", "not-an-id"], "not a registry person id"),
])
def test_usage_errors(env, argv, needle):
    code, _, err = cli(*env, *argv)
    assert code in (1, 2) and needle in err


def test_bad_photo_is_bad_input(env, monkeypatch, tmp_path):
    monkeypatch.setenv("NCIIGUARD_REGISTRY_KEY", cli("registry", "keygen")[1].strip())
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"nope")
    code, _, err = cli(*env, "registry", "enrol", "--name", "X", "--photo", str(bad),
                       "--consent-by", "X", "--consent-method", "self")
    assert code == 2 and "photo 1 (bad.jpg)" in err
