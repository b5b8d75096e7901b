"""Issue 11 item 12: a signal that finished but ran over its time budget is used, not discarded.

On a busy 2-core machine benign edit requests (prompt + input image, so signals run in parallel)
were held for review because a signal that *had finished* took longer than its budget. Now a
finished result counts whatever it took; only a signal that has not finished is timed out (and
that still fails closed). The slow signals here are injected: they sleep, then return findings the
test scripts, through the real runner, Guard and policy engine.
"""

from __future__ import annotations

import threading
import time

import pytest

from helpers.images import synthetic_png
from nciiguard import Action, Config, Guard
from nciiguard.findings import Finding, Span, Status
from nciiguard.signals.registry import DEFAULT_REGISTRY
from nciiguard.signals.base import Resources, Signal, SignalParams


class LateText(Signal):
    """Sleeps ``sleep_s`` (longer than its ``timeout_ms``), then reports ``word`` when present."""

    name = "late_text"
    modalities = frozenset({"text"})

    class Params(SignalParams):
        timeout_ms: float = 20.0
        sleep_s: float = 0.15
        word: str = "flagword"

    def detect(self, ctx):
        time.sleep(self.params.sleep_s)
        out = []
        for field in ctx.text_fields:
            i = ctx.content.texts[field].find(self.params.word)
            if i >= 0:
                out.append(Finding("hit", 0.9, field, span=Span(i, i + len(self.params.word)), text=self.params.word))
        return out


class Hung(Signal):
    """Does not finish before the test releases it."""

    name = "hung_text"
    modalities = frozenset({"text"})
    release = threading.Event()

    class Params(SignalParams):
        timeout_ms: float = 50.0

    def detect(self, ctx):
        type(self).release.wait(30)
        return []


REGISTRY = DEFAULT_REGISTRY.extended({"late_text": LateText, "hung_text": Hung})


def _profile(*signals: str) -> dict:
    return {
        "name": "late", "version": "1",
        "signals": {s: {} for s in signals},
        "categories": {"sexual": {"from": [{"signal": "late_text", "labels": ["hit"], "min_score": 0.5}]},
                       "minor": {"from": [{"signal": "late_text", "labels": ["age_under_18"], "min_score": 0.5}]}},
        "rules": [{"id": "minor_sexual", "when": {"all": ["sexual", "minor"]}, "action": "block",
                   "message": "No sexual content involving minors."},
                  {"id": "sexual", "when": "sexual", "action": "block", "message": "Blocked."}],
    }


@pytest.fixture
def guard(tmp_path):
    made = []

    def build(*signals: str) -> Guard:
        g = Guard(_profile(*signals), config=Config(data_dir=tmp_path, workers=2), resources=Resources(),
                  registry=REGISTRY)
        made.append(g)
        return g

    yield build
    Hung.release.set()
    for g in made:
        g.close()


@pytest.mark.parametrize("with_image", [False, True], ids=["prompt", "edit_request"])
def test_finished_late_benign_result_is_used(guard, with_image):
    g = guard("late_text")
    images = [synthetic_png(3)] if with_image else []
    d = g.screen_request("a lighthouse at dusk, warmer light", input_images=images)
    (result,) = d.results
    assert result.status is Status.OK and result.elapsed_ms > 20.0  # over its budget, still used
    assert d.action is Action.ALLOW and d.reasons == ()


@pytest.mark.parametrize("with_image", [False, True], ids=["prompt", "edit_request"])
def test_finished_late_finding_still_blocks(guard, with_image):
    g = guard("late_text")
    images = [synthetic_png(4)] if with_image else []
    d = g.screen_request("flagword on the lighthouse", input_images=images)
    assert d.action is Action.BLOCK and d.reasons[0].code == "sexual.hit"


def test_unfinished_signal_times_out_and_fails_closed_without_waiting(guard):
    Hung.release.clear()
    g = guard("late_text", "hung_text")
    start = time.monotonic()
    d = g.screen_request("a lighthouse at dusk", input_images=[synthetic_png(5)])
    waited = time.monotonic() - start
    Hung.release.set()
    by_name = {r.signal: r for r in d.results}
    assert by_name["late_text"].status is Status.OK  # finished (late): used
    assert by_name["hung_text"].status is Status.TIMEOUT  # not finished: timed out
    assert d.action is not Action.ALLOW
    assert any(r.code == "signal_timeout.hung_text" for r in d.reasons)
    assert waited < 10  # the decision did not wait for the hung signal (30 s)
