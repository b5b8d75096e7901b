"""Shadow policies in the library: the candidate never changes what is enforced, its outcome is
counted (codes, no content), its failures are contained, and the counts land in the database."""

from __future__ import annotations

import json

import pytest

from helpers.profiles import LIGHT_SERVICE_PROFILE
from nciiguard import Config, Guard
from nciiguard.content import Content
from nciiguard.errors import ConfigError
from nciiguard.signals.base import Resources, Signal
from nciiguard.shadow import ShadowStore, ShadowTally

PROMPTS = ["a watercolour of a lighthouse at dusk", "a naked woman, explicit porn", "a red kite over the sea",
           "SHADOW-MARKER explicit porn video", "nude photo of a teenage girl"]

STRICT = {**LIGHT_SERVICE_PROFILE, "name": "strict_candidate", "version": "7",
          "rules": [dict(r, action="block") if r["id"] == "sexual" else r for r in LIGHT_SERVICE_PROFILE["rules"]]}


def _guard(tmp_path, **kw):
    return Guard(LIGHT_SERVICE_PROFILE, config=Config(data_dir=tmp_path, workers=0), resources=Resources(), **kw)


def test_enforcing_decisions_are_unchanged_and_disagreements_counted(tmp_path):
    plain, shadowed = _guard(tmp_path), _guard(tmp_path, shadow=STRICT)
    assert shadowed.shadow.own == []  # same signals, same params: the candidate reuses every result
    for p in PROMPTS:
        assert shadowed.screen_prompt(p).to_dict() == plain.screen_prompt(p).to_dict()
    enforced, candidate = shadowed.screen_with_shadow(Content.request("a naked woman, explicit porn"))
    assert (enforced.action.value, candidate.action.value) == ("review", "block")
    enforced, candidate = shadowed.screen_with_shadow(Content.request("a bowl of fruit"))
    assert (enforced.action.value, candidate.action.value) == ("allow", "allow")
    tally = shadowed.shadow_tally
    assert tally.seen == 7 and tally.disagreements == 3 and tally.errors == 0  # 2 explicit + 1 above
    keys = tally.pending()
    changed = [k for k in keys if k.disagrees]
    assert {(k.enforced_action, k.candidate_action) for k in changed} == {("review", "block")}
    assert all(k.candidate == "strict_candidate@7" and k.enforcing == "service_test@1" for k in keys)
    assert all(k.candidate_rules == "sexual" and k.reason_codes.startswith("sexual.") for k in changed)
    assert "SHADOW-MARKER" not in repr(keys)  # codes and rule ids only
    # The batch path counts too, once per item (duplicates included).
    shadowed.screen_prompts(["a naked woman, explicit porn"] * 3 + ["a cat"])
    assert tally.seen == 11 and tally.disagreements == 6


def test_shadow_with_its_own_signal_runs_it_only_for_the_candidate(tmp_path):
    candidate = {**STRICT, "signals": {**STRICT["signals"], "sexual_text": {"timeout_ms": 9000}}}
    g = _guard(tmp_path, shadow=candidate)
    assert [s.name for s in g.shadow.own] == ["sexual_text"] and "minor_text" in g.shadow.shared
    enforced, cand = g.screen_with_shadow(Content.request("a naked woman, explicit porn"))
    assert enforced.action.value == "review" and cand.action.value == "block"


class _BrokenAtLoad(Signal):
    name = "broken_at_load"
    modalities = frozenset({"text"})

    def load(self):
        raise ConfigError("this signal is misconfigured")

    def detect(self, ctx):
        return []


def test_a_failing_candidate_is_contained_and_counted(tmp_path, caplog):
    from nciiguard.signals.registry import DEFAULT_REGISTRY

    candidate = {**STRICT, "signals": {**STRICT["signals"], "broken_at_load": {}}}
    g = _guard(tmp_path, shadow=candidate, registry=DEFAULT_REGISTRY.extended({"broken_at_load": _BrokenAtLoad}))
    g.load()  # loading the candidate's broken signal is logged, not raised
    d = g.screen_prompt("SHADOW-MARKER a naked woman, explicit porn")
    assert d.action.value == "review"  # enforced as without a shadow
    assert g.shadow_tally.errors == 1 and [k.candidate_action for k in g.shadow_tally.pending()] == ["error"]
    assert "SHADOW-MARKER" not in caplog.text
    with pytest.raises(ConfigError, match="unknown policy"):
        _guard(tmp_path, shadow="no-such-profile")


def test_counts_are_stored_added_up_and_reported(db, tmp_path):
    g = _guard(tmp_path, shadow=STRICT)
    store = ShadowStore(db)
    for p in PROMPTS:
        g.screen_prompt(p)
    assert g.shadow_tally.flush_to(store) == 5
    for p in PROMPTS[:2]:
        g.screen_prompt(p)
    assert g.shadow_tally.flush_to(store) == 2
    assert g.shadow_tally.flush_to(store) == 0  # nothing pending
    [rep] = store.report(days=1)
    assert (rep.enforcing, rep.candidate, rep.screened, rep.disagreements) == ("service_test@1", "strict_candidate@7",
                                                                               7, 3)
    assert rep.changes == {("review", "block"): 3}
    assert rep.top[0]["candidate_rules"] == ["sexual"] and rep.top[0]["count"] >= 1
    assert store.report(candidate="other") == []
    with db.session() as s:
        rows = [dict(r._mapping) for r in s.execute(__import__("sqlalchemy").text("select * from shadow_counts"))]
    assert "SHADOW-MARKER" not in json.dumps(rows, default=str)
    # A failed write keeps the counts for the next flush.
    tally = ShadowTally()
    tally.add(_key(g), 2)

    class Down:
        def add(self, counts):
            raise RuntimeError("database down")

    with pytest.raises(RuntimeError):
        tally.flush_to(Down())
    assert sum(tally.pending().values()) == 2 and tally.flush_to(store) == 2


def _key(g):
    from nciiguard.shadow import count_key

    d = g.screen_prompt("a cat")
    return count_key("library", d, d, "x@1")
