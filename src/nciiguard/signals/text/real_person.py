"""real_person_text: references to identifiable people in prompt text.

A plain list of celebrity names catches a small share of the real people prompts name, and
none of the private people ("my ex", "the girl in this photo"). This signal finds:

``full_name``
    A first name from a large gazetteer followed by a surname-like token: a census surname, a
    token capitalised in the user's text, or a token that is no English word. Graded by the
    strength of that evidence (see the table in ``docs/signals/real_person_text.md``). Works on
    lower case, joined (``emmawatson``), ``emma_watson``, ``EmmaWatson``, weights, LoRA tags and
    prompt editing, because it reads the normalised ``folded`` view.
``name_in_slot``
    ONE name where a sexual request puts its subject ("leaked nudes of Latto", "Sherine having
    sex", ``<lora:pinar:0.7>``): read only in sexual text (``text/persons/slots.py``, ``lora.py``).
``style_reference``
    The same kind of name after "by", "art by", "in the style of" ...: the *author* of a style,
    not the subject of the image. The policy does not count it as a real person.
``protected_name``
    An alias of a person in the likeness registry (``resources.protected_names``), score 1.0.
``handle``
    A social-media handle (``@someone``, ``u/someone``, ``instagram.com/someone``).
``private_person``
    A phrase pointing at a private, identifiable person ("my coworker", "the woman in this
    photo", "keep her face").
``celebrity_term``
    "celebrity", "famous actress", "influencer" ...: a real person even without a name.
``private_reference_model``
    The learned private-reference head (``private_reference.py``): a sexual field points at one
    specific private person the rules did not recognise ("that chick who makes my latte every
    morning"); reported at the head's calibrated threshold, span = its top words.
``registry_unavailable``
    The registry's names could not be read (store down); the rest ran (protected_lookup.py).

It never decides: the ``ncii`` profile blocks sexual + real person, so over-firing here blocks
benign sexual-art requests. The reading itself (gazetteer, name rules, phrases, the learned
models) is :mod:`nciiguard.text.persons`; this module is the signal: registry lookup, per-scan
cache, ``min_score`` and the ``registry_unavailable`` finding.
"""

from __future__ import annotations

from pydantic import Field

from ...findings import Finding
from ...text.persons import REPORT_MIN_SCORE, PersonReader, ReadingOptions, StaticNames
from ...text.persons import ProtectedMatcher as _ProtectedMatcher
from ..base import SignalParams, TextSignal
from .private_reference import PrivateReferenceLayer
from .protected_lookup import ProtectedNames, scan_protected_names

#: ``StaticNames`` (the in-memory registry provider for library users) is re-exported here, where
#: the signal's users have always found it.
__all__ = ["RealPersonTextSignal", "StaticNames"]

_DEFAULTS = ReadingOptions()


# ---------------------------------------------------------------------------------------------
# The signal
# ---------------------------------------------------------------------------------------------
class RealPersonTextSignal(TextSignal):
    name = "real_person_text"
    version = "3"  # 3: the private-reference model (private_reference_model findings)
    modalities = frozenset({"text"})
    extra = None
    summary = "Names, handles, registry aliases and phrases that point at an identifiable person."

    class Params(SignalParams):
        #: Findings scoring below this are not reported (the policy applies its own threshold).
        min_score: float = Field(default=REPORT_MIN_SCORE, ge=0.0, le=1.0)
        #: Add gender-guesser's international first names: None = when installed, True = require.
        international_first_names: bool | None = _DEFAULTS.international_first_names
        #: Report "by <name>" author references as ``style_reference`` findings.
        report_style_references: bool = _DEFAULTS.report_style_references
        #: Probability (of the name-likeness model, ``nciiguard.text.persons.namelike``) that an
        #: unknown token needs to count as a name part where capitals give no evidence (lower case,
        #: LoRA tags, joined names). Higher = fewer names of people on no list, fewer typos read as
        #: names; 1.0 turns the model off.
        name_likeness_min: float = Field(default=_DEFAULTS.name_likeness_min, ge=0.5, le=1.0)
        #: Run the learned person-mention model (``model_mention`` findings) beside the rules.
        person_model: bool = _DEFAULTS.person_model
        #: Its token threshold; None = the one chosen at training (stored in the artifact).
        person_model_min: float | None = Field(default=_DEFAULTS.person_model_min, ge=0.05, le=0.99)
        #: Run the learned private-reference model (``private_reference_model`` findings) on sexual
        #: fields where the rules found nobody; off without the ``semantic`` extra.
        private_model: bool = True
        #: Its probability threshold; None = the one calibrated at training (stored in the artifact).
        private_model_min: float | None = Field(default=None, ge=0.5, le=1.0)
        #: Fields written in another language are reported by it only at or above this probability
        #: (1.0: never; the encoder is English-trained, the rules read those languages).
        private_model_foreign_min: float = Field(default=1.0, ge=0.5, le=1.0)
        #: (round 30) The semantic signal's second head makes a field sexual for the model's gate at this
        #: probability, where that signal read it (None: only its first head does).
        private_model_second_sexual_min: float | None = Field(default=None, ge=0.5, le=1.0)

    def __init__(self, params=None, resources=None):
        super().__init__(params, resources)
        p = self.params
        self._reader = PersonReader(ReadingOptions(p.international_first_names, p.report_style_references,
                                                   p.name_likeness_min, p.person_model, p.person_model_min))
        # The registry's names, kept through a store outage (protected_lookup.py).
        self._protected = ProtectedNames(lambda aliases: self._reader.protected_matcher(aliases))
        self._private = PrivateReferenceLayer(p.private_model_min, p.private_model_foreign_min,
                                              p.private_model_second_sexual_min)

    def load(self) -> None:
        self._reader.load()
        if self.params.private_model:
            self._private.load()

    # -- registry ---------------------------------------------------------------------------
    def _protected_matcher(self) -> _ProtectedMatcher | None:
        return self._protected.get(self.resources)[0]

    # -- detection --------------------------------------------------------------------------
    def detect(self, ctx) -> list[Finding]:
        self.ensure_loaded()
        # Looked up once per scan, shared with the model scanner (so it can share the reading too).
        matcher, failure = scan_protected_names(ctx, self._protected, self.resources)
        findings: list[Finding] = []
        for field in ctx.text_fields:
            found = self._reader.read_scan(ctx, field, matcher)
            findings.extend(self._kept(found))
            findings.extend(self._private.findings(ctx, ctx.text(field), field, found))
        if failure is not None and ctx.text_fields:
            # Everything else ran; the names lookup is reported on its own so the policy can fail
            # closed for it alone (the last names loaded were still matched above).
            fields = [f for f in ctx.text_fields if f != "negative_prompt"] or list(ctx.text_fields)
            findings.append(Finding("registry_unavailable", 1.0, fields[0], evidence={
                "error": failure,
                "names": "last loaded" if matcher is not None else "none loaded"}))
        return findings

    def detect_text(self, nt, field: str = "prompt", ctx=None, *, matcher: _ProtectedMatcher | None = None) -> list[Finding]:
        """Findings for one normalised text (``nciiguard.text.normalize``)."""
        self.ensure_loaded()
        if matcher is None:
            matcher = self._protected_matcher()
        found = self._reader.read(nt, field, matcher)
        return self._kept(found) + self._private.findings(ctx, nt, field, found)

    def _kept(self, found) -> list[Finding]:
        """The findings this signal reports: at least ``min_score``, registry names always."""
        min_score = self.params.min_score
        return [f for f in found if f.score >= min_score or f.label == "protected_name"]
