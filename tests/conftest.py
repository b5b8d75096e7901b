"""Shared fixtures: real databases, no mocks.

``postgres_url`` starts a throwaway PostgreSQL cluster from the Debian packages (``initdb`` and
``pg_ctl`` from /usr/lib/postgresql/*/bin) on a free loopback port for the whole test session.
If PostgreSQL is not installed the PostgreSQL-parametrised tests are skipped with that reason,
unless NCIIGUARD_REQUIRE_POSTGRES=1 (CI sets it), in which case they fail.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

# Before helpers is first imported: its asserts get pytest's detailed messages too.
pytest.register_assert_rewrite("helpers")

from helpers.net import free_port  # noqa: E402

os.environ.setdefault("NCIIGUARD_DATA_DIR", tempfile.mkdtemp(prefix="nciiguard-test-data-"))

# Property tests: the same examples on every run by default, so a red CI means a change broke
# something, not that the random draw found an old corner case. Explore new examples with
# NCIIGUARD_HYPOTHESIS=explore (and pin what it finds with @example).
# No per-example deadline: timing is measured in bench/, never in tests, and hypothesis's default
# 200 ms deadline failed a span property test on a loaded 2-core machine (a flake, not a bug).
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None)
_hypothesis_settings.register_profile("explore", derandomize=False, deadline=None)
_hypothesis_settings.load_profile(os.environ.get("NCIIGUARD_HYPOTHESIS", "ci"))


@pytest.fixture(autouse=True)
def _default_signal_registry_is_restored():
    """Tests bring their own SignalRegistry; none may leave another one as the process default."""
    from nciiguard.signals import registry

    yield
    assert registry.default_registry() is registry.DEFAULT_REGISTRY, "a test left its registry as the default"


def _pg_bin() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _as_postgres(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root; drop to the "postgres" user the Debian package creates.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@pytest.fixture(scope="session")
def postgres_server():
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("NCIIGUARD_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (NCIIGUARD_REQUIRE_POSTGRES=1) but initdb/pg_ctl were not found")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    root = Path(tempfile.mkdtemp(prefix="nciiguard-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
        os.chmod(root, 0o755)
    port = free_port()
    subprocess.run(
        _as_postgres([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                      "--no-instructions"]),
        check=True, capture_output=True,
    )
    log = root / "server.log"
    subprocess.run(
        _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o",
                      f"-p {port} -k {sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                      "-c full_page_writes=off -c max_connections=200", "start"]),
        check=True, capture_output=True,
    )
    try:
        yield {"host": "127.0.0.1", "port": port, "user": "postgres"}
    finally:
        subprocess.run(_as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-t", "15", "stop"]),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _create_database(server: dict) -> str:
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    for attempt in range(50):
        try:
            with psycopg.connect(host=server["host"], port=server["port"], user=server["user"], dbname="postgres",
                                 autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            break
        except psycopg.OperationalError:
            if attempt == 49:
                raise
            time.sleep(0.2)
    return f"postgresql+psycopg://{server['user']}@{server['host']}:{server['port']}/{name}"


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return _create_database(postgres_server)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty database: SQLite file under tmp_path, and PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'nciiguard.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(db_url):
    """An open Database on a fresh ``db_url`` (SQLite and PostgreSQL), disposed after the test.
    A module that wants SQLite only overrides it (tests/signals/test_likeness_match.py)."""
    from nciiguard.store import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'nciiguard.db'}"


@pytest.fixture(scope="module")
def guard_ncii():
    """The default profile with every signal loaded, one per test module (the round test files of the prompt
    guard share it; a module that needs another guard defines its own ``guard_ncii``)."""
    from nciiguard import Guard

    g = Guard("ncii", preload=True)
    yield g
    g.close()


@pytest.fixture(scope="module")
def reader():
    """The person reader, loaded once per test module (the round test files of the person reader share it; a
    module that needs another reader defines its own ``reader``)."""
    from nciiguard.text.persons.reader import PersonReader

    r = PersonReader()
    r.load()
    return r


# The slowest test files, started first (seconds of one file: a loaded round-24 run's per-file sums / 5, about a
# quiet 2-core run). scripts/test.sh sends
# whole files to the xdist workers in collection order (--dist loadfile); a long file collected late (tests/unit
# comes last) would run alone at the end while the other worker idles. Files marked ``slow`` and not listed
# count as SLOW_FILE_DEFAULT. Only the order changes: every test still runs, and within a file in source order.
SLOW_FILES = {
    "security/test_cost_text.py": 110,  # round 25: 170 before its sizes were halved (CPU 51 -> 33 s)
    "unit/test_banks.py": 82,
    "unit/test_prefilter.py": 81,
    "security/test_cli_errors.py": 59,
    "security/test_cost_images.py": 50,
    "service/test_exchange.py": 44,
    "unit/test_load_caches.py": 44,
    "integrations/test_diffusers.py": 43,
    "integration/test_db_check.py": 38,
    "unit/test_private_round20.py": 30,
    "signals/test_real_person_round16_latin.py": 28,
    "signals/test_sexual_en_round19.py": 28,
    "signals/test_sexual_en_round18.py": 28,
    "signals/test_sexual_world_round18.py": 28,
    "signals/test_sexual_en_round22.py": 27,
    "service/test_takedown.py": 26,
    "security/test_ops_audit_anchor.py": 25,
    "service/test_api.py": 24,
    "signals/test_sexual_text.py": 22,
    "unit/test_cost_round23.py": 22,
    "integration/test_bank_compaction.py": 22,
    "signals/test_private_people_round21.py": 22,
    "signals/test_semantic_round16.py": 21,
    "batch/test_ray.py": 20,
    "signals/test_sexual_en_round20.py": 18,
    "unit/test_registry.py": 18,
    "signals/test_private_people_round18.py": 18,
    "security/test_ops_signin_budget.py": 18,
    "signals/test_sexual_world_round23.py": 18,
    "integration/test_bare_install.py": 16,
    "signals/test_sexual_ml_round21.py": 15,
}
SLOW_FILE_DEFAULT = 10
_TESTS_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(session, config, items):
    """Whole files, heaviest first (see SLOW_FILES); the rest keep their order. The same order in every xdist
    worker (it depends on the collected items only), as xdist requires."""
    weight: dict[Path, int] = {}
    for item in items:
        path = Path(item.path)
        if path not in weight:
            try:
                rel = path.resolve().relative_to(_TESTS_DIR).as_posix()
            except ValueError:
                rel = ""
            weight[path] = SLOW_FILES.get(rel, 0)
        if not weight[path] and item.get_closest_marker("slow"):
            weight[path] = SLOW_FILE_DEFAULT
    items.sort(key=lambda item: -weight[Path(item.path)])
