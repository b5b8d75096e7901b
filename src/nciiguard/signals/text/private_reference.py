"""The learned private-reference layer of ``real_person_text`` (label ``private_reference_model``).

The head (:mod:`nciiguard.text.persons.private_model`) reads whether a field points at one
specific private person ("that chick who makes my latte every morning", "the new intern on our
floor") where the person rules found nobody. It runs only where it can change a decision:

* the field is sexual by the rules' cheapest evidence (an explicit, nudity or euphemism term of the
  sexual lexicon at 0.5 or more: the match ``sexual_text`` shares through the scan context) or by
  the semantic head (its result, when ``semantic_sexual_text`` already ran on the field, at its
  calibrated threshold), or (round 30, ``private_model_second_sexual_min`` of the profile) the semantic
  signal's second head at that probability, where the signal read it; the ``ncii`` profile blocks sexual AND real person, and a private
  reference in a non-sexual prompt changes nothing there;
* no subject finding of the rules scores 0.5 or more in the field (they already decided);
* not the negative prompt;
* the field holds an anchor word (``_ANCHORS``: "my", "our", "me", "this", "that", "who", "one" ...);
* a field written in another language is reported only at ``foreign_min_probability`` (default
  1.0: never). Why: the encoder is English-trained; on the branch's tune rows the head read
  unfamiliar words as a reference ("ein Paar beim Sex mit mir", "eine erfundene Rothaarige") and
  the rules of text/persons already read those languages' private people.

Two heads (round 29): the round-26 head and a second one trained with named rows as positives
(``private_model.SECOND_HEAD_FILE``); the field is reported where EITHER reaches its own calibrated
threshold (the first that does names the finding's ``model_version``). Why either and not a retrain or
an average: every retrain of round 28 gained rows in the guard and lost some of the shipped head's;
the second head adds where the first reads nobody and takes away nothing the first flags. The second head's
reading is dropped where it rests on a tool phrase ("using this model", "with that lora": ``_tool_phrases``),
the AI model or add-on a prompt runs on, which the rules already read as no person.

Cost: when ``semantic_sexual_text`` encoded the field its last hidden states are reused (the scan
cache, ``CacheKey("semantic_tokens", field)``): the heads cost one [tokens, 384] x [384, 16]
product and, where the first does not flag, one [tokens, 384] x [384, 80] (the second head's five
averaged seeds). Otherwise (the lexicon already found explicit words, so the semantic signal skipped the
encoder) one encoder pass of at most :data:`~nciiguard.text.persons.private_model.WINDOW_TOKENS`
tokens.

Without the ``semantic`` extra (onnxruntime, tokenizers) the layer is off and the rules run alone
(logged once). Any other failure (corrupt artifact, encoder error) raises: the signal fails and the
profile's ``on_signal_error`` holds the request for review (fail closed).
"""

from __future__ import annotations

import logging

from ...content import CacheKey
from ...findings import Finding, Span
from ...text.persons.reader import SUBJECT_LABELS
from ..base import shared

log = logging.getLogger("nciiguard.signals")

#: Lexicon grades that make a field sexual for the gate (the ``sexual`` category of the profiles).
_SEXUAL_GRADES = ("explicit", "nudity", "euphemism")
LABEL = "private_reference_model"
#: A reference to someone the writer knows is anchored in the writer or in a pointing word: a
#: first-person word ("my", "our", "me", "I"), a demonstrative ("this", "that"), a relative pronoun
#: ("who"), "the ... one", or (round 26) the definite article: "the pharmacist on main street", "the
#: assistant pastor's wife" point at one person with no other anchor word (v25's authors wrote them; the
#: head trained on eleven authors reads them, and reads "the woman" alone as nobody). A field with none
#: of them is not read (cost: the encoder pass the layer would run). Checked on the folded tokens, one
#: set lookup each.
_ANCHORS = frozenset({"my", "our", "ours", "mine", "me", "i", "im", "ive", "id", "we", "us", "this", "that",
                      "these", "those", "who", "whom", "whose", "one", "the"})

#: A demonstrative on a tool of the trade is no person: "using this model", "with that lora", "this
#: checkpoint" name the AI model or add-on a prompt runs on (the rules' reading: text/persons/roles.py
#: ``_NOT_DEM_HEAD``). The second head (trained with named rows as someone) reads "that <noun>" as someone
#: whatever the noun; its reading is kept only if it still reaches its threshold with the phrase (and an
#: instrument word before it: "using", "with" ...) left out. English only: the layer reads no other language.
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_TOOL_NOUNS = frozenset({"model", "models", "lora", "loras", "lyco", "lycoris", "checkpoint", "checkpoints",
                         "embedding", "embeddings", "hypernetwork", "vae", "controlnet", "workflow", "preset",
                         "presets", "filter", "prompt", "app", "generator", "tool", "merge", "finetune", "host",
                         "anchor"})
_INSTRUMENT = frozenset({"using", "use", "with", "via", "through", "in", "on", "from", "by"})


def _tool_phrases(nt) -> list[tuple[int, int]]:
    """(start, end) in the folded text of each "[using] this|that <tool noun>" phrase; one pass over the tokens."""
    toks = nt.folded.tokens
    out = []
    for i in range(len(toks) - 1):
        if toks[i].text.lower() in _DEMONSTRATIVES and toks[i + 1].text.lower() in _TOOL_NOUNS:
            start = toks[i - 1].start if i and toks[i - 1].text.lower() in _INSTRUMENT else toks[i].start
            out.append((start, toks[i + 1].end))
    return out


class PrivateReferenceLayer:
    """Loaded once per signal; thread-safe after :meth:`load`."""

    def __init__(self, min_probability: float | None = None, foreign_min_probability: float = 1.0,
                 second_sexual_min: float | None = None):
        self.min_probability = min_probability
        self.foreign_min_probability = foreign_min_probability
        #: (round 30) The semantic signal's second head makes the field sexual for the gate at this
        #: probability (None: only the first head does; the profile sets the second head's own threshold).
        self.second_sexual_min = second_sexual_min
        self.enabled = False
        self.disabled_reason: str | None = None

    def load(self) -> None:
        from ...errors import MissingExtraError, SignalError

        try:
            from ...text import encoder
            self._encoder = encoder.shared_encoder()
        except MissingExtraError as exc:
            self.disabled_reason = str(exc)
            log.warning("real_person_text: the private-reference model is off: %s", exc)
            return
        from ...text import semantic
        from ...text.persons import private_model
        from ...text.sexual_lexicon import load_sexual_lexicon

        self._heads = private_model.load_packaged_heads()
        for head in self._heads:
            if head.encoder_id != self._encoder.encoder_id:
                raise SignalError(f"private-reference head {head.model_version} was trained on {head.encoder_id!r}, "
                                  f"the encoder is {self._encoder.encoder_id!r}")
        # Each head at its own calibrated threshold (``min_probability``, when set, is every head's).
        self.thresholds = tuple(self.min_probability if self.min_probability is not None else h.threshold
                                for h in self._heads)
        self._head, self.threshold = self._heads[0], self.thresholds[0]
        # The cached Lexicon object sexual_text and semantic_sexual_text use: one match per field.
        self._lexicon = load_sexual_lexicon()
        self._semantic_threshold = semantic.load_packaged().threshold
        self.enabled = True

    # -- the gate -------------------------------------------------------------------------------
    def _sexual(self, ctx, nt, field: str) -> bool:
        matches = shared(ctx, CacheKey("sexual_lexicon", field, id(self._lexicon)), lambda: self._lexicon.match(nt))
        if any(m.entry.grade in _SEXUAL_GRADES and m.entry.score >= 0.5 for m in matches):
            return True
        res = ctx.peek(CacheKey("semantic_sexual_tok", field)) if ctx is not None else None
        if res is not None and res[0] >= self._semantic_threshold:
            return True
        if self.second_sexual_min is None or ctx is None:
            return False
        # the second head's result, present only where the semantic signal read it (the first head did not
        # report the field and read it at the profile's ``second_first_floor`` or more)
        res2 = ctx.peek(CacheKey("semantic_sexual_tok2", field))
        return res2 is not None and res2[0] >= self.second_sexual_min

    def _states(self, ctx, nt, field: str):
        """The semantic signal's encoder pass of this field if it ran, else one of our own."""
        from ...text.persons.private_model import WINDOW_TOKENS

        st = ctx.peek(CacheKey("semantic_tokens", field)) if ctx is not None else None
        if st is not None:
            return st
        text = nt.folded.text
        return shared(ctx, CacheKey("private_reference_tokens", field),
                      lambda: self._encoder.encode_tokens(text, window=WINDOW_TOKENS))

    # -- the finding ----------------------------------------------------------------------------
    def findings(self, ctx, nt, field: str, found) -> list[Finding]:
        """The head's finding for one field given the rules' findings ``found`` (or none)."""
        if not self.enabled or field == "negative_prompt" or not nt.folded.text.strip():
            return []
        if any(f.score >= 0.5 and f.label in SUBJECT_LABELS for f in found):  # the rules found the subject
            return []
        if not any(tok.text.lower() in _ANCHORS for tok in nt.folded.tokens):
            return []
        if not self._sexual(ctx, nt, field):
            return []
        if self.foreign_min_probability >= 1.0 and _foreign(nt):
            return []  # never reported: not worth an encoder pass
        from ...text.persons import private_model

        states = self._states(ctx, nt, field)
        for k, (head, threshold) in enumerate(zip(self._heads, self.thresholds)):  # the first that flags reports
            reading = private_model.read_states(head, states, nt)
            if reading.probability < threshold:
                continue
            if k and self._rests_on_a_tool(head, states, nt, threshold):
                continue
            if reading.probability < self.foreign_min_probability and _foreign(nt):
                continue
            s, e = private_model.top_span(reading, nt)
            return [Finding(LABEL, round(reading.probability, 4), field, span=Span(s, e), text=nt.original[s:e],
                            evidence={"reason": LABEL, "probability": round(reading.probability, 4),
                                      "threshold": round(threshold, 4), "model_version": head.model_version,
                                      "encoder": self._encoder.encoder_id, "top_words": list(reading.words)})]
        return []

    @staticmethod
    def _rests_on_a_tool(head, states, nt, threshold: float) -> bool:
        """The head's reading falls under ``threshold`` without the field's tool phrases ("using this model")."""
        spans = _tool_phrases(nt) if any(t.text.lower() in _TOOL_NOUNS for t in nt.folded.tokens) else []
        if not spans:
            return False
        from ...text.semantic import probability_without

        _, z = head.token_score(states.embedding, states.hidden, states.special)
        return probability_without(head, states.embedding, z, states.offsets, states.special, spans) < threshold


def _foreign(nt) -> bool:
    """The field is written in another language (the semantic signal's test, shared)."""
    from .semantic import _foreign as written_in_another_language

    return written_in_another_language(nt)
