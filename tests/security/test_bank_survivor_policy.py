"""Issue 11, item 1 (second half): survivor hashes are active at once but unreviewed, so a match on
a survivor bank holds the content for human review with its reasons; confirmed NCII still blocks.

Otherwise anyone could open a case with the hash of any harmless picture and have it blocked
everywhere. The real hash_match signal on a real bank says which kind of bank matched; the
shipped profiles decide (injected nsfw findings stand in for the image model: no sexual imagery).
"""

from __future__ import annotations

import pytest

from helpers.images import synthetic_png
from nciiguard import load_policy
from nciiguard.banks import BankMatcher, BankStore
from nciiguard.content import Content, ImageInput, ScanContext
from nciiguard.findings import Action, Finding, SignalResult, Status
from nciiguard.hashing.records import hash_image
from nciiguard.signals.base import Resources
from nciiguard.signals.registry import signal_class
from nciiguard.signals.runner import run_signal


def _hash_match_result(store, image: bytes) -> SignalResult:
    sig = signal_class("hash_match")({}, Resources(banks=BankMatcher(store)))
    ctx = ScanContext(Content(images=(ImageInput(image, "upload"),)))
    return run_signal(sig, ctx)


@pytest.fixture
def store(sqlite_url):
    s = BankStore.open(sqlite_url, actor="test")
    yield s
    s.db.dispose()


def _sexual(score: float = 0.95) -> SignalResult:
    return SignalResult("nsfw_image", "1", Status.OK, (Finding("sexual", score, "image[0]"),))


@pytest.mark.parametrize("profile", ["ncii", "sfw"])
def test_survivor_bank_match_is_held_for_review_with_its_reasons(store, profile):
    img = synthetic_png(501)
    store.create_bank("survivor-pdq", "pdq", "survivor")
    store.add_record("survivor-pdq", hash_image(img), case_id="case-ref-1")
    result = _hash_match_result(store, img)
    assert [f.label for f in result.findings] == ["survivor_match"]
    decision = load_policy(profile).decide([result])
    assert decision.action is Action.REVIEW
    codes = [r.code for r in decision.reasons]
    assert codes == ["survivor_bank.survivor_match"]
    assert decision.reasons[0].evidence["purpose"] == "survivor" and decision.reasons[0].field == "image[0]"
    # the same match on an image the detector finds sexual is blocked
    assert load_policy(profile).decide([result, _sexual()]).action is Action.BLOCK


def test_confirmed_ncii_still_blocks(store):
    img = synthetic_png(502)
    store.create_bank("confirmed-pdq", "pdq", "confirmed")
    store.add_record("confirmed-pdq", hash_image(img))
    result = _hash_match_result(store, img)
    assert [f.label for f in result.findings] == ["bank_match"]
    decision = load_policy("ncii").decide([result])
    assert decision.action is Action.BLOCK and [r.code for r in decision.reasons] == ["known_ncii.bank_match"]


def test_no_match_no_hold(store):
    store.create_bank("survivor-pdq", "pdq", "survivor")
    store.add_record("survivor-pdq", hash_image(synthetic_png(503)), case_id="c")
    result = _hash_match_result(store, synthetic_png(504))
    assert result.findings == () and load_policy("ncii").decide([result]).action is Action.ALLOW
