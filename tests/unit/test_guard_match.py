"""Guard.match: images and hashes matched through the hash_match signal and the policy (issue 12).

Real SQLite banks, the real hash_match signal and the shipped ncii profile's categories; images are
synthetic (helpers/images.py).
"""

from __future__ import annotations

import pytest

from helpers.images import synthetic_png
from helpers.profiles import LIGHT_SERVICE_PROFILE
from nciiguard import Config, Guard
from nciiguard.banks import BankMatcher, BankStore
from nciiguard.errors import ConfigError, InputError
from nciiguard.findings import Action
from nciiguard.hashing import QueryHashes
from nciiguard.hashing.records import hash_image
from nciiguard.limits import PDQ_MATCH_DISTANCE
from nciiguard.signals.base import Resources
from nciiguard.signals.match.hash_match import field_reason_code, match_score

#: The service tests' light profile: real text signals and hash_match, survivor matches as known_ncii.
ONLY_HASHES = LIGHT_SERVICE_PROFILE
#: The same without hash_match and without a category for its findings.
NO_HASH_RULES = {**LIGHT_SERVICE_PROFILE, "name": "no_hash_rules",
                 "signals": {k: v for k, v in LIGHT_SERVICE_PROFILE["signals"].items() if k != "hash_match"},
                 "categories": {k: v for k, v in LIGHT_SERVICE_PROFILE["categories"].items() if k != "known_ncii"},
                 "rules": [r for r in LIGHT_SERVICE_PROFILE["rules"] if r["id"] != "known_ncii"]}


@pytest.fixture
def store(sqlite_url):
    s = BankStore.open(sqlite_url, actor="test")
    s.create_bank("confirmed", "pdq", "confirmed")
    s.create_bank("survivors", "pdq", "survivor")
    s.create_bank("files", "sha256", "confirmed")
    yield s
    s.db.dispose()


def _guard(store, tmp_path, policy="ncii") -> Guard:
    return Guard(policy, config=Config(data_dir=tmp_path), resources=Resources(banks=BankMatcher(store)))


def test_an_image_matches_with_the_policys_reason_and_its_hashes(store, tmp_path):
    img = synthetic_png(11)
    rec = hash_image(img)
    store.add_record("confirmed", rec, case_id="C-1")
    d = _guard(store, tmp_path).match(img)
    assert d.action is Action.BLOCK
    assert [(r.code, r.signal, r.field) for r in d.reasons] == [("known_ncii.bank_match", "hash_match", "image[0]")]
    (m,) = d.bank_matches
    assert (m.bank, m.distance, m.case_id) == ("confirmed", 0, "C-1")
    # The scan's hashes are handed over: the same values `nciiguard hash` computes.
    h = d.hashes["image[0]"]
    assert h.signals() == rec.signals()[:3] and h.quality == rec.quality
    assert h.to_dict() == {"pdq": rec.pdq, "quality": rec.quality, "md5": rec.md5, "sha256": rec.sha256}


def test_a_survivor_bank_match_is_held_for_review_under_the_ncii_profile(store, tmp_path):
    img = synthetic_png(12)
    store.add_record("survivors", hash_image(img), case_id="S-1")
    d = _guard(store, tmp_path).match(img)
    assert d.action is Action.REVIEW
    assert [r.code for r in d.reasons] == ["survivor_bank.survivor_match"]
    assert field_reason_code(d, "image[0]") == "survivor_bank.survivor_match"


def test_an_unbanked_image_is_allowed_with_no_reason(store, tmp_path):
    d = _guard(store, tmp_path).match(synthetic_png(13))
    assert d.action is Action.ALLOW and not d.reasons and d.bank_matches == []
    assert d.matches["image[0]"].matches == [] and "image[0]" in d.hashes


def test_a_batch_of_hashes_is_one_decision_with_one_report_per_hash(store, tmp_path):
    banked, survivor, allowed = (hash_image(synthetic_png(s)) for s in (21, 22, 23))
    store.add_record("confirmed", banked)
    store.add_record("survivors", survivor)
    store.add_record("confirmed", allowed)
    store.allow(allowed.pdq)
    store.add_entry("files", banked.sha256)
    far = f"{int(banked.pdq, 16) ^ ((1 << 40) - 1):064x}"  # 40 bits away: no match at 31
    near = f"{int(banked.pdq, 16) ^ 0b111:064x}"            # 3 bits away
    pairs = [("pdq", banked.pdq), ("pdq", far), ("pdq", near), ("pdq", survivor.pdq), ("pdq", allowed.pdq),
             ("sha256", banked.sha256), ("md5", "0" * 32)]
    g = _guard(store, tmp_path)
    d = g.match(hashes=pairs)
    assert d.action is Action.BLOCK
    assert sorted(d.matches) == [f"hash[{i}]" for i in range(len(pairs))]
    # The same answers as matching each hash on its own.
    matcher = g.resources.banks
    for i, (st, v) in enumerate(pairs):
        alone = matcher.query_prepared(QueryHashes.of_hash(st, v), None, PDQ_MATCH_DISTANCE)
        assert d.matches[f"hash[{i}]"].matches == alone.matches
        assert d.matches[f"hash[{i}]"].allowed == alone.allowed
    assert d.matches["hash[1]"].matches == [] and d.matches["hash[4]"].allowed == ["pdq"]
    codes = {i: field_reason_code(d, f"hash[{i}]") for i in range(len(pairs))}
    assert codes == {0: "known_ncii.bank_match", 1: None, 2: "known_ncii.bank_match",
                     3: "survivor_bank.survivor_match", 4: None, 5: "known_ncii.bank_match", 6: None}
    # The score of a match is the signal's one formula.
    scores = {r.field: r.score for r in d.reasons if r.code == "known_ncii.bank_match"}
    assert scores["hash[0]"] == 1.0 and scores["hash[2]"] == pytest.approx(match_score(3, PDQ_MATCH_DISTANCE))
    assert d.hashes == {}


def test_the_calls_threshold_and_banks_are_used(store, tmp_path):
    rec = hash_image(synthetic_png(31))
    store.add_record("confirmed", rec)
    near = f"{int(rec.pdq, 16) ^ 0b11111:064x}"  # 5 bits away
    g = _guard(store, tmp_path)
    assert g.match(f"pdq:{near}").bank_matches
    assert not g.match(f"pdq:{near}", max_distance=4).bank_matches
    assert not g.match(hashes=[("pdq", rec.pdq)], bank="survivors").bank_matches
    assert g.match(hashes=[("pdq", rec.pdq)], bank=["confirmed"]).bank_matches


def test_hashes_reach_the_match_through_a_profile_without_categories_for_them(store, tmp_path):
    """A profile that does not run hash_match still matches (with the signal's defaults); the
    reason code then is the signal's own."""
    rec = hash_image(synthetic_png(41))
    store.add_record("confirmed", rec)
    d = _guard(store, tmp_path, NO_HASH_RULES).match(hashes=[("pdq", rec.pdq)])
    assert d.action is Action.ALLOW and d.bank_matches and field_reason_code(d, "hash[0]") == "hash_match.bank_match"


def test_screening_an_image_hands_over_the_hashes_it_computed(store, tmp_path):
    img = synthetic_png(51)
    rec = hash_image(img)
    d = _guard(store, tmp_path, ONLY_HASHES).screen_image(img, role="upload")
    assert d.action is Action.ALLOW and d.hashes["image[0]"].signals() == rec.signals()[:3]
    assert "hashes" not in d.to_dict() and "matches" not in d.to_dict()


def test_bad_calls_are_clear_errors(store, tmp_path):
    g = _guard(store, tmp_path)
    with pytest.raises(InputError):
        g.match(b"not an image")
    with pytest.raises(InputError):
        g.match(hashes=[("pdq", "zz" * 32)])
    with pytest.raises(InputError):
        g.match("pdq:" + "0" * 64, hashes=[("md5", "0" * 32)])
    with pytest.raises(InputError):
        g.match("pdq:" + "0" * 64, max_distance=65)
    with pytest.raises(ConfigError):
        Guard(ONLY_HASHES, config=Config(data_dir=tmp_path), resources=Resources()).match("pdq:" + "0" * 64)


def test_a_failing_bank_fails_the_decision_closed(store, tmp_path):
    class Broken(BankMatcher):
        def query_many(self, *a, **k):
            raise RuntimeError("database is gone")

    g = Guard("ncii", config=Config(data_dir=tmp_path), resources=Resources(banks=Broken(store)))
    d = g.match(hashes=[("pdq", "1" * 64), ("md5", "0" * 32)])
    assert d.action is not Action.ALLOW and d.matches == {}
    assert any(r.code == "signal_error.hash_match" for r in d.reasons)
