"""The likeness registry on real SQLite and PostgreSQL: consent, aliases, encrypted templates,
search, withdrawal, revisions seen across instances (processes), keys."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from nciiguard.errors import ConfigError, InputError
from nciiguard.registry import (
    Consent, LikenessRegistry, PersonNotFound, RegistryKeyError, TemplateCipher, generate_key,
)
from nciiguard.registry.models import RegistryTemplate

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "faces"
CONSENT = Consent(by="the person", method="self")


def unit(rng, n=1):
    v = rng.normal(size=(n, 128)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True) * 0.5  # dlib-like norms


@pytest.fixture
def key() -> str:
    return generate_key()


@pytest.fixture
def reg(db, key) -> LikenessRegistry:
    return LikenessRegistry(db, key=key, poll_seconds=0)


# -- consent ---------------------------------------------------------------------------------------
def test_consent_validation():
    with pytest.raises(InputError):
        Consent(by="", method="self")
    with pytest.raises(InputError):
        Consent(by="x", method="friend")
    with pytest.raises(InputError):
        Consent(by="x", document_sha256="abc")
    with pytest.raises(InputError):
        Consent(by="x", at=datetime(2026, 1, 1))  # naive
    c = Consent(by=" agent ", method="verified_agent", document_sha256=Consent.hash_document(b"signed form"))
    assert c.by == "agent" and c.at.tzinfo is not None and len(c.document_sha256) == 64


# -- round trips -----------------------------------------------------------------------------------
def test_enrol_get_list_round_trip(reg):
    rng = np.random.default_rng(1)
    consent = Consent(by="Agent A", method="verified_agent", scope="no sexual images",
                      document_sha256=Consent.hash_document(b"form"))
    p = reg.enrol("Jane Example", aliases=["J. Example", "jane example", "@janex"], templates=list(unit(rng, 2)),
                  consent=consent)
    assert len(p.id) == 32
    assert p.name == "Jane Example"
    assert p.aliases == ("J. Example", "@janex")  # the case-duplicate of the name is dropped
    assert p.templates == 2
    got = reg.get(p.id)
    assert got.consent.by == "Agent A" and got.consent.method == "verified_agent"
    assert got.consent.scope == "no sexual images" and got.consent.document_sha256 == consent.document_sha256
    assert abs((got.consent.at - consent.at).total_seconds()) < 1
    assert [x.id for x in reg.list()] == [p.id]
    assert len(reg) == 1
    d = got.to_dict()
    assert d["templates"] == 2 and "template" not in str(d["consent"])


def test_aliases_feed_protected_names_and_revision_changes(reg):
    rev0 = reg.revision
    p = reg.enrol("Jane Example", aliases=["Janey"], consent=CONSENT)  # names only: no key needed
    rev1 = reg.revision
    assert rev1 != rev0
    assert set(reg.aliases()) == {(p.id, "Jane Example"), (p.id, "Janey")}
    reg.update_aliases(p.id, add=["JE", "je"], remove=["janey"])
    rev2 = reg.revision
    assert rev2 != rev1
    assert set(reg.aliases()) == {(p.id, "Jane Example"), (p.id, "JE")}
    with pytest.raises(InputError):
        reg.update_aliases(p.id, remove=["not an alias"])
    with pytest.raises(InputError):
        reg.update_aliases(p.id, add=["   "])
    assert reg.revision == rev2  # failed updates change nothing


def test_other_instances_see_changes(db, key):
    a = LikenessRegistry(db, key=key, poll_seconds=0)
    b = LikenessRegistry(db, key=key, poll_seconds=0)  # as if in another process
    rng = np.random.default_rng(2)
    t = unit(rng)[0]
    assert b.search(t) == [[]] and b.aliases() == []
    p = a.enrol("Sam", templates=[t], consent=CONSENT)
    assert b.search(t, threshold=0.1)[0][0].person_id == p.id
    assert (p.id, "Sam") in b.aliases()
    a.withdraw(p.id)
    assert b.search(t, threshold=0.1) == [[]]
    assert b.aliases() == []


def test_poll_interval_bounds_staleness_but_own_changes_are_immediate(db, key):
    a = LikenessRegistry(db, key=key, poll_seconds=3600)
    b = LikenessRegistry(db, key=key, poll_seconds=3600)
    t = unit(np.random.default_rng(3))[0]
    assert b.aliases() == []  # b has a snapshot now and will not poll for an hour
    p = a.enrol("Sam", templates=[t], consent=CONSENT)
    assert a.match(t) is not None  # the writer sees its own change at once
    assert b.aliases() == []  # the other instance waits for its poll interval
    b.poll_seconds = 0
    assert (p.id, "Sam") in b.aliases()


# -- encryption ------------------------------------------------------------------------------------
def test_templates_are_encrypted_at_rest(reg, db):
    t = unit(np.random.default_rng(4))[0]
    p = reg.enrol("Sam", templates=[t], consent=CONSENT)
    with db.session() as s:
        rows = s.scalars(select(RegistryTemplate)).all()
    assert len(rows) == 1
    blob = bytes(rows[0].ciphertext)
    plain = t.astype("<f4").tobytes()
    assert plain not in blob and plain[:16] not in blob
    assert len(blob) == 1 + 12 + 512 + 16
    assert rows[0].key_id == reg.cipher.key_id
    # The ciphertext opens only for this person's id with this key.
    assert np.array_equal(reg.cipher.open(p.id, blob), t)
    with pytest.raises(RegistryKeyError):
        reg.cipher.open("0" * 32, blob)


def test_wrong_key_fails_clearly(db, key):
    t = unit(np.random.default_rng(5))[0]
    LikenessRegistry(db, key=key).enrol("Sam", templates=[t], consent=CONSENT)
    other = LikenessRegistry(db, key=generate_key())
    with pytest.raises(RegistryKeyError, match="wrong registry key"):
        other.search(t)
    with pytest.raises(RegistryKeyError, match="wrong registry key"):
        other.enrol("Pat", templates=[t], consent=CONSENT)  # would mix keys
    assert [p.name for p in other.list()] == ["Sam"]
    assert issubclass(RegistryKeyError, ConfigError)


def test_tampered_or_swapped_ciphertext_fails_authentication(db, key):
    rng = np.random.default_rng(6)
    reg = LikenessRegistry(db, key=key)
    a = reg.enrol("A", templates=[unit(rng)[0]], consent=CONSENT)
    b = reg.enrol("B", templates=[unit(rng)[0]], consent=CONSENT)
    with db.session() as s:
        ra = s.scalars(select(RegistryTemplate).where(RegistryTemplate.person_id == a.id)).one()
        rb = s.scalars(select(RegistryTemplate).where(RegistryTemplate.person_id == b.id)).one()
        ra.ciphertext, rb.ciphertext = rb.ciphertext, ra.ciphertext  # B's face under A's name
    fresh = LikenessRegistry(db, key=key)
    with pytest.raises(RegistryKeyError, match="authentication"):
        fresh.search(unit(rng)[0])


def test_missing_key_when_enrolling_faces(db):
    reg = LikenessRegistry(db, key=None)
    with pytest.raises(ConfigError, match="keygen"):
        reg.enrol("Sam", templates=[unit(np.random.default_rng(7))[0]], consent=CONSENT)
    assert reg.list() == []  # nothing was written
    # Names-only enrolment needs no key, and search over an empty template set works.
    reg.enrol("Sam", consent=CONSENT)
    assert reg.search(unit(np.random.default_rng(7))) == [[]]


# Stable ids: the truncated key is random, and a random test id breaks --lf and --deselect.
@pytest.mark.parametrize("bad", ["", "short", "!" * 44, generate_key()[:-4]],
                         ids=["empty", "short", "not_base64", "truncated_key"])
def test_malformed_keys(bad):
    with pytest.raises(RegistryKeyError):
        TemplateCipher(bad)


def test_cipher_repr_hides_key():
    k = generate_key()
    assert k not in repr(TemplateCipher(k))


# -- search ----------------------------------------------------------------------------------------
def test_search_is_exact_and_per_person(reg):
    rng = np.random.default_rng(8)
    people = []
    for n in range(20):
        base = unit(rng)[0]
        templates = [base, base + rng.normal(scale=0.02, size=128).astype(np.float32)]
        people.append((reg.enrol(f"P{n}", templates=templates, consent=CONSENT).id, base))
    for pid, base in people[:5]:
        q = base + rng.normal(scale=0.01, size=128).astype(np.float32)
        found = reg.search(q, k=3)[0]
        assert found[0].person_id == pid
        assert len({m.person_id for m in found}) == 3  # one match per person, not per template
        assert found[0].distance <= found[1].distance <= found[2].distance
        assert found[0].distance == pytest.approx(
            min(float(np.linalg.norm(q - b)) for p, b in people if p == pid), abs=0.05)
    assert reg.search(unit(rng)[0], threshold=0.05) == [[]]
    with pytest.raises(InputError):
        reg.search(np.zeros((2, 64), np.float32))


def test_faiss_and_numpy_agree(db, key):
    pytest.importorskip("faiss")
    rng = np.random.default_rng(9)
    writer = LikenessRegistry(db, key=key)
    for n in range(30):
        writer.enrol(f"P{n}", templates=list(unit(rng, 2)), consent=CONSENT)
    np_reg = LikenessRegistry(db, key=key, index="numpy")
    fa_reg = LikenessRegistry(db, key=key, index="faiss")
    q = unit(rng, 5)
    a, b = np_reg.search(q, k=4), fa_reg.search(q, k=4)
    assert fa_reg.backend == "faiss" and np_reg.backend == "numpy"
    for ra, rb in zip(a, b):
        assert [m.person_id for m in ra] == [m.person_id for m in rb]
        assert np.allclose([m.distance for m in ra], [m.distance for m in rb], atol=1e-4)
    auto = LikenessRegistry(db, key=key, index="auto", faiss_min_templates=10)
    assert auto.backend == "faiss"


def test_has_templates_follows_enrolment_and_withdrawal(db, key):
    rng = np.random.default_rng(11)
    reg = LikenessRegistry(db, key=None, poll_seconds=0)
    assert reg.has_templates() is False  # empty: answered without a key
    reg.enrol("Names Only", consent=CONSENT)
    assert reg.has_templates() is False
    keyed = LikenessRegistry(db, key=key, poll_seconds=0)
    p = keyed.enrol("Face", templates=[unit(rng)[0]], consent=CONSENT)
    assert keyed.has_templates() is True
    assert reg.revision == keyed.revision  # another instance sees the change on its next poll
    keyed.withdraw(p.id)
    assert keyed.has_templates() is False


# -- withdrawal ------------------------------------------------------------------------------------
def test_withdrawal_deletes_everything_and_stops_matching_at_once(reg, db):
    rng = np.random.default_rng(10)
    t = unit(rng)[0]
    keep = reg.enrol("Keep", templates=[unit(rng)[0]], consent=CONSENT)
    p = reg.enrol("Gone", aliases=["G"], templates=[t, t * 1.01], consent=CONSENT)
    assert reg.match(t).person_id == p.id
    rev = reg.revision
    assert reg.withdraw(p.id) == {"aliases": 1, "templates": 2}
    assert reg.revision != rev
    assert reg.match(t) is None or reg.match(t).person_id != p.id
    assert [x for x in reg.aliases() if x[0] == p.id] == []
    with pytest.raises(PersonNotFound):
        reg.get(p.id)
    with pytest.raises(PersonNotFound):
        reg.withdraw(p.id)
    with db.session() as s:
        left = s.scalars(select(RegistryTemplate.person_id)).all()
    assert left == [keep.id]


def test_unknown_and_malformed_ids(reg):
    with pytest.raises(PersonNotFound):
        reg.get("f" * 32)
    with pytest.raises(PersonNotFound):
        reg.update_aliases("../etc", add=["x"])


def test_changes_are_audited_without_personal_data(reg, db):
    from nciiguard.audit import AuditLog

    p = reg.enrol("Jane Example", aliases=["Janey"], templates=[unit(np.random.default_rng(11))[0]],
                  consent=CONSENT, actor="tester")
    reg.update_aliases(p.id, add=["JE"])
    reg.withdraw(p.id)
    with db.session() as s:
        records = list(AuditLog().records(s, object_type="registry_person", object_id=p.id))
    assert [r.action for r in records] == ["registry.enrol", "registry.update_aliases", "registry.withdraw"]
    assert records[0].actor == "tester"
    text = str([r.to_dict() for r in records])
    assert "Jane" not in text and "Janey" not in text and "JE'" not in text


# -- photos ----------------------------------------------------------------------------------------
def test_enrol_from_photos_and_match_another_photo(reg):
    pytest.importorskip("dlib")
    from nciiguard.faces import get_engine
    from nciiguard.imaging import decode_image

    p = reg.enrol("Obama", photos=[FIX / "obama_a.jpg", (FIX / "obama_b.jpg").read_bytes()], consent=CONSENT)
    assert p.templates == 2
    engine = get_engine()
    other = engine.enrolment_template(decode_image(FIX / "two_people.jpg").rgb[:, :280])  # left half: Obama
    assert reg.match(other.embedding).person_id == p.id
    biden = engine.enrolment_template(decode_image(FIX / "biden_a.jpg").rgb)
    assert reg.match(biden.embedding) is None


def test_bad_photos_change_nothing(reg):
    pytest.importorskip("dlib")
    rev = reg.revision
    with pytest.raises(InputError, match="photo 2 .*2 faces"):
        reg.enrol("X", photos=[FIX / "obama_a.jpg", FIX / "two_people.jpg"], consent=CONSENT)
    with pytest.raises(InputError, match="photo 1"):
        reg.enrol("X", photos=[b"garbage"], consent=CONSENT)
    with pytest.raises(InputError, match="no face"):
        reg.enrol("X", photos=[np.full((200, 200, 3), 90, np.uint8)], consent=CONSENT)
    from PIL import Image

    small = Image.open(FIX / "obama_b.jpg")
    small = small.resize((small.width // 2, small.height // 2))  # face ~54 px: fine to screen, too small to enrol
    with pytest.raises(InputError, match="at least 60 px"):
        reg.enrol("X", photos=[small], consent=CONSENT)
    assert reg.list() == [] and reg.revision == rev
