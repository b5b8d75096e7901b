"""Issue 11 item 11: protection never gets weaker because the database is down.

Before: with an unreachable database the whole real-person signal failed on the protected-names
lookup, so ``screen-prompt "my ex naked"`` turned from BLOCK into REVIEW; ``serve`` printed a long
traceback. Now the text rules run without the store, the names loaded before an outage are kept
and still matched, the failed lookup is its own finding (``registry_unavailable``, held for review
by the ncii profile), and ``serve`` exits 2 with one line.

Real PostgreSQL: "unreachable" is a loopback port nobody listens on, and "goes down" is the real
database being dropped under a running Guard (``DROP DATABASE ... WITH (FORCE)``).
"""

from __future__ import annotations

import io
import json

import pytest

from helpers.net import free_port
from nciiguard import Action, Config, Guard


def _unreachable() -> str:
    return f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/nciiguard"


def _screen(url: str, prompt: str) -> tuple[int, dict]:
    from nciiguard.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", url, "screen-prompt", prompt, "--json"], out, err)
    return code, json.loads(out.getvalue())


def test_text_rules_still_block_with_the_database_unreachable():
    code, d = _screen(_unreachable(), "my ex naked")
    assert d["action"] == "block", d
    codes = {r["code"] for r in d["reasons"]}
    assert "real_person_text.private_person" in codes  # the text rule ran without the store
    assert "names_unchecked.registry_unavailable" in codes  # and the failed lookup is named
    assert not any(c.startswith("signal_error.") for c in codes)  # no signal failed whole


def test_benign_prompt_is_held_not_allowed_while_names_cannot_be_checked():
    _, d = _screen(_unreachable(), "a watercolour of a lighthouse at dusk")
    assert d["action"] == "review"
    (reason,) = d["reasons"]
    assert reason["code"] == "names_unchecked.registry_unavailable"
    assert reason["evidence"]["names"] == "none loaded"
    assert "lighthouse" not in json.dumps(reason)  # no content in the error text


def test_names_loaded_before_an_outage_keep_protecting(postgres_server, postgres_url, tmp_path):
    import psycopg

    from nciiguard.registry import Consent, LikenessRegistry
    from nciiguard.store import open_database

    db = open_database(postgres_url)
    LikenessRegistry(db).enrol("Jane Roe", consent=Consent(by="Jane Roe"), aliases=["Jane Q Roe"])
    db.dispose()
    guard = Guard(config=Config(data_dir=tmp_path, database_url=postgres_url))
    try:
        d = guard.screen_prompt("Jane Roe naked on a beach")
        assert d.action is Action.BLOCK
        assert "real_person_text.protected_name" in {r.code for r in d.reasons}

        name = postgres_url.rsplit("/", 1)[1]
        with psycopg.connect(host=postgres_server["host"], port=postgres_server["port"],
                             user=postgres_server["user"], dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        guard.resources.likeness.poll_seconds = 0  # ask the (gone) store at once

        d = guard.screen_prompt("Jane Roe naked on a beach")
        codes = {r.code for r in d.reasons}
        assert d.action is Action.BLOCK, codes
        assert "real_person_text.protected_name" in codes  # the kept names still match
        assert "names_unchecked.registry_unavailable" in codes
        (result,) = [r for r in d.results if r.signal == "real_person_text"]
        assert result.ok
        (unchecked,) = [f for f in result.findings if f.label == "registry_unavailable"]
        assert unchecked.evidence["names"] == "last loaded"
    finally:
        guard.close()


def test_serve_with_the_database_unreachable_exits_with_one_line():
    pytest.importorskip("uvicorn")
    from nciiguard.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--database-url", _unreachable(), "serve", "--port", str(free_port())], out, err)
    lines = err.getvalue().strip().splitlines()
    assert code == 2 and len(lines) == 1, err.getvalue()
    assert "cannot connect to the database" in lines[0] and "Traceback" not in err.getvalue()
