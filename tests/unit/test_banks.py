"""Banks, entries, withdrawal, allow-list and the matcher, on real SQLite and PostgreSQL."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from helpers.images import jpeg_bytes
from helpers.threads import threads_running
from nciiguard.banks import BankError, BankMatcher, BankStore, hash_file
from nciiguard.content import CacheKey, Content, ImageInput, ScanContext
from nciiguard.errors import InputError, SignalError
from nciiguard.findings import Status
from nciiguard.hashing import hash_bytes
from nciiguard.signals.base import Resources
from nciiguard.signals.registry import signal_class
from nciiguard.signals.runner import run_signal

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "pdq"
BRIDGE = FIX / "bridge-1-original.jpg"
LABELME = sorted((FIX / "labelme").glob("*.jpg"))  # [0] and [1] are nearly flat (PDQ quality < 10)


@pytest.fixture
def store(db_url):
    s = BankStore.open(db_url, actor="test")
    yield s
    s.db.dispose()


def _small_bridge() -> Image.Image:
    img = Image.open(BRIDGE).convert("RGB")
    img.thumbnail((640, 640))
    return img


# -- banks and entries -----------------------------------------------------------------------

def test_create_list_and_refuse_bad_banks(store):
    b = store.create_bank("survivors", "pdq", "survivor", "StopNCII-style submissions")
    assert (b.name, b.signal_type, b.purpose, b.entries) == ("survivors", "pdq", "survivor", 0)
    store.create_bank("files", "md5", "confirmed")
    assert [x.name for x in store.list_banks()] == ["files", "survivors"]
    with pytest.raises(BankError, match="already exists"):
        store.create_bank("survivors", "pdq", "survivor")
    with pytest.raises(BankError, match="purpose"):
        store.create_bank("x", "pdq", "fun")
    with pytest.raises(InputError, match="signal type"):
        store.create_bank("x", "tmk", "survivor")
    with pytest.raises(BankError):
        store.create_bank("a,b", "pdq", "survivor")
    with pytest.raises(BankError, match="no bank"):
        store.get_bank("nope")


def test_entries_carry_source_case_status_and_utc_timestamps(store):
    store.create_bank("s", "pdq", "survivor")
    e = store.add_record("s", hash_file(BRIDGE), source="survivor-cli", case_id="C-1")
    assert e.source == "survivor-cli" and e.case_id == "C-1" and e.status == "active"
    assert e.created_at.tzinfo is not None and e.created_at.utcoffset().total_seconds() == 0
    assert set(e.variants) == {"center90", "center80"}
    with pytest.raises(BankError, match="already in bank"):
        store.add_record("s", hash_file(BRIDGE))
    with pytest.raises(InputError):
        store.add_entry("s", "not-a-hash")
    flat = hash_bytes(jpeg_bytes(Image.new("RGB", (200, 200), (90, 90, 90)), 85))
    with pytest.raises(BankError, match="quality"):
        store.add_record("s", flat)
    assert store.get_bank("s").entries == 1


def test_batch_add_reports_each_bad_item_and_keeps_the_rest(store):
    from nciiguard.banks.store import NewEntry

    store.create_bank("s", "pdq", "survivor")
    good = hash_file(LABELME[0]).pdq
    existing = store.add_entry("s", hash_file(LABELME[1]).pdq)
    items = [NewEntry(good, label="r1"), NewEntry("zz" * 32, label="r2"), NewEntry(good, label="r3"),
             NewEntry(existing.value, label="r4"), NewEntry(good[:-2], label="r5"),
             NewEntry(hash_file(LABELME[2]).pdq, bank="nope", label="r6")]
    report = store.add_entries("s", items)
    assert report.added == 1 and report.duplicates == 2 and report.errors == 3
    errs = {i.item: i.error for i in report.items if not i.ok}
    assert set(errs) == {"r2", "r5", "r6"} and "hexadecimal" in errs["r2"]
    assert store.get_bank("s").entries == 2
    # strict: one bad item and nothing is written
    before = store.revision()
    with pytest.raises(BankError, match="r2"):
        store.add_entries("s", [NewEntry(hash_file(LABELME[3]).pdq, label="r1"), NewEntry("bad", label="r2")],
                          strict=True)
    assert store.get_bank("s").entries == 2 and store.revision() == before


# -- matching ----------------------------------------------------------------------------------

def test_match_edits_of_a_banked_image(store):
    store.create_bank("s", "pdq", "survivor")
    img = _small_bridge()
    entry = store.add_record("s", hash_bytes(jpeg_bytes(img, 95)), case_id="C-9")
    m = BankMatcher(store)
    w, h = img.size
    edits = {
        "jpeg": img,
        "crop5": img.crop((int(w * .05), int(h * .05), w - int(w * .05), h - int(h * .05))).resize((w, h)),
        "pad20": ImageOps.expand(img, (int(w * .2), int(h * .2)), fill=(0, 0, 0)),
        "rot4": img.rotate(4, resample=Image.Resampling.BILINEAR),
        "rot90": img.transpose(Image.Transpose.ROTATE_90),
    }
    for name, edited in edits.items():
        found = m.match(jpeg_bytes(edited, 70))
        assert [x.entry_id for x in found] == [entry.id], name
        assert found[0].case_id == "C-9" and found[0].purpose == "survivor" and found[0].distance <= 31
    for other in LABELME:
        assert m.match(other) == [], other.name


def test_withdrawal_stops_matching_at_once_in_every_process(store, db_url):
    store.create_bank("s", "pdq", "survivor")
    e = store.add_record("s", hash_file(BRIDGE), case_id="C-2")
    here = BankMatcher(store)
    # A second matcher on its own connection pool stands for another process.
    other_store = BankStore.open(db_url, migrate=False)
    there = BankMatcher(other_store, poll_interval=0.0)
    assert here.match(BRIDGE) and there.match(BRIDGE)
    assert store.withdraw(case_id="C-2") == 1
    assert here.match(BRIDGE) == []
    assert there.match(BRIDGE) == []
    with pytest.raises(BankError):
        store.get_entry(e.id)
    # Even a matcher that does not poll for a while never reports a deleted entry.
    lazy = BankMatcher(other_store, poll_interval=3600)
    e2 = store.add_record("s", hash_file(BRIDGE))
    assert [x.entry_id for x in lazy.match(BRIDGE)] == [e2.id]
    store.withdraw(e2.id)
    assert lazy.match(BRIDGE) == []
    other_store.db.dispose()


def test_withdrawal_leaves_no_hash_behind(store):
    from nciiguard.audit import AuditLog

    store.create_bank("s", "pdq", "survivor")
    rec = hash_file(BRIDGE)
    e = store.add_record("s", rec, case_id="C-3")
    store.withdraw(e.id)
    with store.db.session() as s:
        text = json.dumps([r.to_dict() for r in AuditLog().records(s)], default=str)
        tables = {t: s.connection().exec_driver_sql(f"SELECT * FROM {t}").fetchall()
                  for t in ("bank_entries", "bank_changes")}
        assert AuditLog().verify(s).ok
    assert "bank.entry.withdraw" in text
    for h in [rec.pdq, *rec.pdq_variants.values()]:
        assert h not in text and h not in repr(tables)
    assert tables["bank_entries"] == []


def test_allow_list_suppresses_matches(store):
    store.create_bank("confirmed", "pdq", "confirmed")
    img = _small_bridge()
    store.add_record("confirmed", hash_bytes(jpeg_bytes(img, 95)))
    m = BankMatcher(store)
    fp = jpeg_bytes(img, 60)  # stands for a benign picture that collides with the bank
    assert m.match(fp)
    store.allow(hash_bytes(fp).pdq, "pdq", note="reviewed: false positive")
    report = m.query(fp)
    assert report.matches == [] and report.allowed == ["pdq"]
    # The allow-list itself never produces matches, even when asked for by name.
    assert m.match(fp, banks="allow-list") == []
    # Other banked images still match: the allow-list is per hash, not a switch.
    other = hash_file(LABELME[2])
    store.add_record("confirmed", other)
    assert [x.bank for x in m.match(LABELME[2])] == ["confirmed"]


def test_status_and_bank_filters(store):
    store.create_bank("a", "pdq", "survivor")
    store.create_bank("b", "pdq", "confirmed")
    rec = hash_file(BRIDGE)
    ea = store.add_record("a", rec, status="pending")
    m = BankMatcher(store)
    assert m.match(BRIDGE) == []  # pending entries do not match
    store.set_status(ea.id, "active")
    assert [x.bank for x in m.match(BRIDGE)] == ["a"]
    eb = store.add_record("b", rec)
    assert sorted(x.bank for x in m.match(BRIDGE)) == ["a", "b"]
    assert [x.entry_id for x in m.match(BRIDGE, banks=["b"])] == [eb.id]
    store.set_status(eb.id, "disabled")
    assert [x.bank for x in m.match(BRIDGE)] == ["a"]


def test_exact_and_hash_string_queries(store):
    store.create_bank("md5s", "md5", "confirmed")
    store.create_bank("shas", "sha256", "confirmed")
    store.create_bank("p", "pdq", "survivor")
    rec = hash_file(FIX / "wee.jpg")
    store.add_entry("md5s", rec.md5.upper())
    store.add_entry("shas", rec.sha256)
    store.add_entry("p", rec.pdq)
    m = BankMatcher(store)
    found = m.match(FIX / "wee.jpg")
    assert {(x.signal_type, x.distance) for x in found} >= {("md5", 0), ("sha256", 0), ("pdq", 0)}
    assert [x.bank for x in m.match(rec.md5)] == ["md5s"]
    assert {x.bank for x in m.match(rec.sha256)} == {"shas"}
    assert [x.bank for x in m.match("pdq:" + rec.pdq)] == ["p"]
    flipped = rec.pdq[:-1] + ("0" if rec.pdq[-1] != "0" else "1")
    assert m.match(flipped)[0].distance >= 1
    with pytest.raises(InputError):
        m.match("pdq:" + "x" * 64)
    with pytest.raises(InputError):
        m.match("tmk:abcd")
    store.allow(rec.md5, "md5")
    assert "md5" in m.query(rec.md5).allowed and m.match(rec.md5) == []


def test_low_quality_query_is_reported_not_matched(store):
    store.create_bank("p", "pdq", "survivor")
    flat = jpeg_bytes(Image.new("RGB", (300, 200), (10, 10, 10)), 85)
    # Bank a hash equal to the flat image's own hash: it still must not match on PDQ.
    store.add_entry("p", hash_bytes(flat).pdq)
    report = BankMatcher(store).query(flat)
    assert report.low_quality and report.matches == []


def test_matcher_is_thread_safe_under_concurrent_changes(store):
    store.create_bank("s", "pdq", "survivor")
    keep = store.add_record("s", hash_file(BRIDGE))
    m = BankMatcher(store)
    hashes = [hash_file(p).pdq for p in LABELME]
    stop = threading.Event()

    def reader(_k):
        while not stop.is_set():
            found = m.match(keep.value)
            assert keep.id in [x.entry_id for x in found]

    with threads_running(reader, 3) as errors:
        try:
            for _ in range(2):
                ids = [store.add_entry("s", h).id for h in hashes]
                for i in ids:
                    store.withdraw(i)
        finally:
            stop.set()
    assert not errors, errors[0]
    assert [x.entry_id for x in m.match(BRIDGE)] == [keep.id]


def test_bank_deletion_and_rebuild(store):
    store.create_bank("s", "pdq", "survivor")
    store.add_record("s", hash_file(BRIDGE))
    m = BankMatcher(store)
    assert m.match(BRIDGE)
    assert store.delete_bank("s") == 1
    assert m.match(BRIDGE) == []


# -- the hash_match signal ------------------------------------------------------------------------

def _ctx(*images) -> ScanContext:
    return ScanContext(Content(images=tuple(ImageInput(i, "upload") for i in images)))


def test_hash_match_signal_reports_bank_matches(store):
    store.create_bank("s", "pdq", "survivor")
    e = store.add_record("s", hash_file(BRIDGE), case_id="C-5")
    cls = signal_class("hash_match")
    sig = cls({}, Resources(banks=BankMatcher(store)))
    ctx = _ctx(LABELME[0], BRIDGE.read_bytes())
    result = run_signal(sig, ctx)
    assert result.status is Status.OK
    (f,) = result.findings
    assert f.label == "survivor_match" and f.field == "image[1]" and f.score >= 0.5
    assert f.evidence["entry_id"] == e.id and f.evidence["case_id"] == "C-5"
    assert f.evidence["bank"] == "s" and f.evidence["purpose"] == "survivor"
    assert f.evidence["signal_type"] in ("pdq", "md5", "sha256") and "variant" in f.evidence
    # hashes were computed once and shared with the rest of the scan
    shared = ctx.shared(CacheKey("pdq", 1), lambda: pytest.fail("hashes were not shared"))
    assert shared.quality >= 50 and shared.pdq


def test_hash_match_signal_fails_closed_without_banks():
    cls = signal_class("hash_match")
    ctx = _ctx(BRIDGE)
    with pytest.raises(SignalError):
        cls({}).detect(ctx)
    assert run_signal(cls({}), ctx).status is Status.ERROR
    assert list(cls({"require_banks": False}).detect(ctx)) == []


def test_hash_match_signal_bad_image_is_an_error_result(store):
    cls = signal_class("hash_match")
    sig = cls({}, Resources(banks=BankMatcher(store)))
    result = run_signal(sig, _ctx(b"not an image"))
    assert result.status is Status.ERROR and "bad input" in result.error


def test_hash_match_params_are_validated():
    from nciiguard.errors import ConfigError

    with pytest.raises(ConfigError):
        signal_class("hash_match")({"max_distance": 300})
    with pytest.raises(ConfigError):
        signal_class("hash_match")({"unknown": 1})


def test_video_bank_matches_the_same_clip(store, tmp_path):
    pytest.importorskip("vpdq")
    import shutil
    import subprocess

    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg not installed")
    a, b, c = tmp_path / "a.mp4", tmp_path / "b.mp4", tmp_path / "c.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=4:size=160x120:rate=10",
                    "-pix_fmt", "yuv420p", str(a)], check=True)
    subprocess.run(["ffmpeg", "-v", "error", "-i", str(a), "-crf", "35", str(b)], check=True)  # re-encoded copy
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "mandelbrot=size=160x120:rate=10",
                    "-t", "4", "-pix_fmt", "yuv420p", str(c)], check=True)
    store.create_bank("v", "video-pdq", "confirmed")
    e = store.add_record("v", hash_file(a))
    m = BankMatcher(store)
    found = m.match(b)
    assert [x.entry_id for x in found if x.signal_type == "video-pdq"] == [e.id]
    assert [x for x in m.match(c) if x.signal_type == "video-pdq"] == []


def test_persisted_index_restarts_and_catches_up(store, db_url, tmp_path):
    store.create_bank("s", "pdq", "survivor")
    keep = store.add_record("s", hash_file(BRIDGE))
    gone = store.add_entry("s", hash_file(LABELME[2]).pdq)
    first = BankMatcher(store, index_dir=tmp_path / "idx")
    assert first.match(BRIDGE) and first.index_source == "database"
    assert (tmp_path / "idx" / "matcher.json").exists()
    # Changes made while no matcher runs: the restarted one must see them from the change log.
    store.withdraw(gone.id)
    late = store.add_entry("s", hash_file(LABELME[3]).pdq, case_id="late")
    again = BankMatcher(store, index_dir=tmp_path / "idx")
    assert [m.entry_id for m in again.match(BRIDGE)] == [keep.id]
    assert again.index_source == "persisted"
    assert again.match(LABELME[2]) == []
    assert [m.case_id for m in again.match(LABELME[3])] == ["late"]
    # The same index directory next to a different (recreated) database is not reused.
    other = BankStore.open(f"sqlite:///{tmp_path / 'other.db'}")
    other.create_bank("s", "pdq", "survivor")
    fresh = BankMatcher(other, index_dir=tmp_path / "idx")
    assert fresh.match(BRIDGE) == [] and fresh.index_source == "database"
    other.db.dispose()
    # A damaged index directory falls back to the database.
    state = json.loads((tmp_path / "idx" / "matcher.json").read_text())
    (tmp_path / "idx" / state["index"] / "manifest.json").write_text("{")
    with store.db.engine.connect() as conn:
        state["instance"] = conn.exec_driver_sql("SELECT instance FROM bank_meta").scalar()
    (tmp_path / "idx" / "matcher.json").write_text(json.dumps(state))
    broken = BankMatcher(store, index_dir=tmp_path / "idx")
    assert [m.entry_id for m in broken.match(BRIDGE)] == [keep.id] and broken.index_source == "database"


def test_withdrawal_by_another_process_stops_matching(store, db_url):
    import subprocess
    import sys

    store.create_bank("s", "pdq", "survivor")
    store.add_record("s", hash_file(BRIDGE), case_id="C-proc")
    m = BankMatcher(store)
    assert m.match(BRIDGE)
    console = Path(sys.executable).parent / "nciiguard"
    proc = subprocess.run([str(console), "--database-url", db_url, "bank", "withdraw", "--case", "C-proc"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "withdrew 1" in proc.stdout, proc.stderr
    assert m.match(BRIDGE) == []
