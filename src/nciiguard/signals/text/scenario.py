"""scenario_sexual_text: sexual requests whose meaning is carried by a situation, not by a sexual word.

"the morning after in his hotel room, sheets everywhere, she hasn't found her clothes yet", "show
what happened after the office party, in the supply closet": no lexicon word, and the sexual_text
classifier, trained on prompts that say what they want, scores them low. This signal reads them with
a model of its own (``text/data/scenario_classifier.npz``, ``scripts/train_scenario_classifier.py``):
the same hashed word and byte n-gram features and numpy inference as sexual_text's classifier
(:mod:`nciiguard.text.classifier`), trained on round 13's scenario requests in 17 languages beside
their twins (the same situation, not sexual) and hard negatives, and on every negative of that
classifier's training split.

One finding per field, label ``scenario_request``, when the probability reaches the threshold
calibrated with the model (held-out twins and hard negatives each flagged at most 3%, held-out benign
development prompts at most 0.2%; ``min_probability`` overrides it). The span is the content word or
word pair (a word of 4+ characters) that pushed the score up most, found in the field (the whole field
when none is), and ``evidence["top_features"]`` lists the top ones, function words included ("my"
counts: requests about someone the writer knows): a model finding says which words drove it.

Limits, measured (docs/signals/scenario_sexual_text.md): a bag of n-grams cannot tell a situation
from its twin when they differ by one ordinary word, so recall is traded for few false positives:
on an unseen writer's scenario requests it finds about 4 in 10 English ones and fewer in other
languages. A field whose score rests on a benign sense of the lexicon's exceptions ("stripping
paint", "naked truth") is scored again without those words, as sexual_text's classifier is.

Cost: one feature pass over the folded view (at most ``classifier.MAX_CHARS`` characters), about
0.1 ms; the negative prompt is not read by default.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field

from ...content import CacheKey
from ...findings import Finding, Span
from ..base import SignalParams, TextSignal, shared
from .sexual import score_past_benign_senses

__all__ = ["ScenarioSexualTextSignal", "MODEL_FILE"]

MODEL_FILE = "scenario_classifier.npz"


class ScenarioSexualTextSignal(TextSignal):
    name: ClassVar[str] = "scenario_sexual_text"
    version: ClassVar[str] = "1"  # 1: first release (round 13); never reports a field that names a child
    modalities: ClassVar[frozenset[str]] = frozenset({"text"})
    extra: ClassVar[str | None] = None
    summary: ClassVar[str] = "Sexual requests carried by a situation (no sexual word): hashed n-gram model, calibrated on twins."
    #: The packaged model and the finding's label (writers_sexual_text reads another model the same way).
    model_file: ClassVar[str] = MODEL_FILE
    finding_label: ClassVar[str] = "scenario_request"

    class Params(SignalParams):
        #: Report a field at or above this probability; None: the threshold calibrated with the model.
        min_probability: float | None = Field(default=None, ge=0.0, le=1.0)
        #: Text fields never read (the policy does not read the negative prompt by default).
        skip_fields: list[str] = Field(default_factory=lambda: ["negative_prompt"])
        #: Words or word pairs listed as evidence.
        top_features: int = Field(default=5, ge=1, le=20)
        #: Do not report a field in which minor_text's readers find a child or an age under 18. Why: the
        #: model was trained on adults only and reads "my toddler in the bath with the door open" as the
        #: voyeur scenes it learned; the minor rules read such fields with the lexicon, as before.
        skip_child_fields: bool = True

    def load(self) -> None:
        from ...text import classifier
        from .minor import MinorTextSignal
        from ...text.sexual_lexicon import load_sexual_lexicon

        self._model = classifier.load_packaged(self.model_file)
        threshold = self.params.min_probability
        if threshold is None:
            threshold = self._model.threshold if self._model.threshold is not None else 0.5
        self._threshold = threshold
        # The cached Lexicon object sexual_text uses with default params (benign-sense exceptions).
        self._lexicon = load_sexual_lexicon()
        # minor_text's readers (its lexicon is loaded once per process, shared with that signal)
        self._minor = MinorTextSignal() if self.params.skip_child_fields else None
        if self._minor is not None:
            self._minor.ensure_loaded()

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        text = nt.folded.text
        if field in self.params.skip_fields or not text.strip():
            return []
        p = shared(ctx, CacheKey("scenario_p", field, id(self._model)), lambda: self._model.score(text))
        if p < self._threshold:
            return []
        p = score_past_benign_senses(self._model, self._lexicon, nt, p)
        if p < self._threshold:
            return []
        if self._minor is not None and self._names_a_child(nt, field, ctx):
            return []
        top = list(self._model.explain(text, self.params.top_features))
        # The span: the first contributing feature with a content word ("clothes", not "my" or "with
        # the"); all of them are listed in the evidence.
        content = [f for f in top if any(len(w) > 3 and w not in _FUNCTION_WORDS for w in f.split(" "))]
        span = _span_of(nt, content[0]) if content else None
        if span is None:
            span = Span(0, len(nt.original))
        return [Finding(label=self.finding_label, score=p, field=field, span=span,
                        text=nt.original[span.start:span.end],
                        evidence={"probability": round(p, 4), "threshold": round(self._threshold, 4),
                                  "model_version": self._model.model_version, "top_features": top})]

    def _names_a_child(self, nt, field: str, ctx) -> bool:
        """Whether minor_text's readers find a child or an age under 18 in the field (run only on a field
        the model reports)."""
        found = shared(ctx, CacheKey("scenario_minor", field), lambda: self._minor.detect_text(nt, field))
        return any(f.score >= 0.5 for f in found)


#: Function words a span never rests on alone (the model's top features may be "with the").
_FUNCTION_WORDS = frozenset("with from into onto that this then than they them their there your what when where "
                            "have been were will would could should about after before over under".split())


def _span_of(nt, feature: str) -> Span | None:
    """The first place of a word or word pair of the folded view, in the original's characters."""
    words = feature.split(" ")
    m = re.search(r"(?<![^\W_])" + r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])", nt.folded.text)
    if m is None:
        return None
    start, end = nt.folded.to_original(m.start(), m.end())
    return Span(start, end) if end > start else None
