"""likeness_match on real models and a real registry (SQLite; the registry's own tests cover PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("dlib")

from helpers.faces import count_embeddings  # noqa: E402
from nciiguard.content import Content, ImageInput, ScanContext  # noqa: E402
from nciiguard.faces import DEFAULT_MATCH_THRESHOLD  # noqa: E402
from nciiguard.findings import Status  # noqa: E402
from nciiguard.registry import Consent, LikenessRegistry, generate_key  # noqa: E402
from nciiguard.signals.base import Resources  # noqa: E402
from nciiguard.signals.match.likeness import LikenessMatchSignal  # noqa: E402
from nciiguard.signals.registry import signal_class  # noqa: E402
from nciiguard.signals.runner import run_signal  # noqa: E402
from nciiguard.store import open_database  # noqa: E402

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "faces"
CONSENT = Consent(by="the person", method="self")


@pytest.fixture
def db(sqlite_url):
    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def registry(db):
    reg = LikenessRegistry(db, key=generate_key(), poll_seconds=0)
    reg.person = reg.enrol("Barack Obama", aliases=["Obama"], photos=[FIX / "obama_a.jpg"], consent=CONSENT)
    return reg


def run(registry, *images, **params):
    sig = LikenessMatchSignal(params, Resources(likeness=registry))
    sig.ensure_loaded()
    inputs = tuple(i if isinstance(i, ImageInput) else ImageInput(i) for i in images)
    return run_signal(sig, ScanContext(Content(images=inputs)))


def test_registered_under_its_name():
    assert signal_class("likeness_match") is LikenessMatchSignal


def test_registered_person_matches_in_another_photo(registry):
    result = run(registry, FIX / "obama_b.jpg")
    assert result.status is Status.OK
    [f] = result.findings
    assert f.label == "registered_face" and f.field == "image[0]"
    assert f.evidence["person_id"] == registry.person.id
    assert f.evidence["distance"] <= f.evidence["threshold"] == DEFAULT_MATCH_THRESHOLD
    assert 0.5 <= f.score <= 1.0 and f.box is not None
    assert set(f.evidence) == {"person_id", "distance", "threshold"}  # no names, no templates


def test_other_people_do_not_match(registry):
    for name in ("biden_a.jpg", "biden_b.jpg"):
        result = run(registry, FIX / name)
        assert result.status is Status.OK and result.findings == ()


def test_only_the_registered_face_in_a_group_matches(registry):
    result = run(registry, FIX / "two_people.jpg")
    [f] = result.findings
    assert f.box.x < 280  # Obama stands on the left of the 560 px photo


def test_input_images_are_checked_too(registry):
    result = run(registry, ImageInput(FIX / "biden_a.jpg", "output"), ImageInput(FIX / "obama_b.jpg", "input"))
    [f] = result.findings
    assert f.field == "input_image[0]"


def test_withdrawal_stops_matching_immediately(registry):
    assert run(registry, FIX / "obama_b.jpg").findings
    registry.withdraw(registry.person.id)
    result = run(registry, FIX / "obama_b.jpg")
    assert result.status is Status.OK and result.findings == ()


def test_withdrawal_in_another_instance_is_seen(db, registry):
    other = LikenessRegistry(db, key=None, poll_seconds=0)  # e.g. the CLI, in another process
    other.withdraw(registry.person.id)
    assert run(registry, FIX / "obama_b.jpg").findings == ()


def test_stricter_threshold_param(registry):
    result = run(registry, FIX / "obama_b.jpg", match_threshold=0.1)
    assert result.status is Status.OK and result.findings == ()


def test_no_registry_fails_closed_unless_opted_out():
    result = run(None, FIX / "obama_b.jpg")
    assert result.status is Status.ERROR and "registry" in result.error
    result = run(None, FIX / "obama_b.jpg", require_registry=False)
    assert result.status is Status.OK and result.findings == ()


def test_wrong_key_fails_closed_and_names_the_key(db, registry):
    # Not a ConfigError for the caller (a 503 or a traceback for every face): an error result the
    # policy fails closed on, naming the problem; /readyz and selfcheck report it (tests/security).
    wrong = LikenessRegistry(db, key=generate_key())
    result = run(wrong, FIX / "obama_b.jpg")
    assert result.status is Status.ERROR and "wrong registry key" in result.error


def test_images_without_faces_do_not_query(registry):
    class Exploding:
        def search(self, *a, **k):
            raise AssertionError("searched with no faces")

    result = run(Exploding(), np.full((100, 100, 3), 128, np.uint8))
    assert result.status is Status.OK and result.findings == ()


def test_bad_image_is_an_error(registry):
    result = run(registry, b"this is not an image")
    assert result.status is Status.ERROR


def test_empty_registry_computes_no_embeddings(monkeypatch, db):
    empty = LikenessRegistry(db, key=None, poll_seconds=0)  # no templates, so no key is needed
    empty.enrol("Names Only", aliases=["N. Only"], consent=CONSENT)  # a person without face templates
    embedded = count_embeddings(monkeypatch)
    result = run(empty, FIX / "two_people.jpg")
    assert result.status is Status.OK and result.findings == ()
    assert embedded == []


def test_registry_with_templates_embeds_every_face_and_finds_the_person(monkeypatch, registry):
    embedded = count_embeddings(monkeypatch)
    result = run(registry, FIX / "two_people.jpg")
    assert len(embedded) == 2
    [f] = result.findings
    assert f.evidence["person_id"] == registry.person.id


def test_enrolment_after_an_empty_check_is_seen(monkeypatch, db):
    reg = LikenessRegistry(db, key=generate_key(), poll_seconds=0)
    assert run(reg, FIX / "obama_b.jpg").findings == ()  # empty: nothing embedded, nothing found
    person = reg.enrol("Barack Obama", photos=[FIX / "obama_a.jpg"], consent=CONSENT)
    [f] = run(reg, FIX / "obama_b.jpg").findings
    assert f.evidence["person_id"] == person.id


def test_registry_without_has_templates_is_always_searched(registry):
    class Plain:  # an operator's own registry object: only search()
        def search(self, embeddings, *, k=1, threshold=None):
            return registry.search(embeddings, k=k, threshold=threshold)

    [f] = run(Plain(), FIX / "obama_b.jpg").findings
    assert f.evidence["person_id"] == registry.person.id
