"""Sexual content asked for in text: a graded multilingual lexicon plus a small learned classifier.

Labels (one finding per match; spans in the user's original characters of the field):

- ``explicit``   sex acts, genitals, pornography terms (score 0.8-1.0)
- ``nudity``     nude, naked, topless, bare breasts ... (0.75-0.95)
- ``euphemism``  "without clothes", "birthday suit", "nsfw", "onlyfans" ... (0.6-0.9)
- ``suggestive`` sexy, lingerie, bikini, seductive ... (0.5-0.7; sexualised, not explicit)
- ``learned``    the classifier's probability for the whole field, when >= ``learned_floor``

The lexicon is matched over both normalised views of each field (see
:mod:`nciiguard.text.lexicon`), so ``n u d e``, ``s3x``, ``(nude:1.3)``, ``ｎｕｄｅ`` and
``<lora:nsfw_v2:0.8>`` are caught; benign senses (breast cancer, naked mole rat, nude lipstick,
Moby Dick) are suppressed by the exceptions file. Descriptive phrasings without a keyword ("her
clothes fell off", "in a state of undress") are lexicon ``re:`` rules, and generated misspellings
of core words ("nakd", "tpless") are lexicon lines. Any other single edit of about 30 core words
("nuditiy", "pornogrxphy") is found by a bounded fuzzy match (``FuzzyIndex``: tokens of 5+ letters
that are not English words or names, one insertion/deletion/substitution/transposition away), scored
below the exact term, with ``evidence["fuzzy"] = True`` and the edit. Every field is reported, the
negative prompt included; the policy decides which fields count.
"""

from __future__ import annotations

import threading
from typing import ClassVar

from pydantic import Field, field_validator

from ...findings import Finding, Span
from ..base import Signal, SignalParams

LEXICON_FILES = ("sexual_terms.tsv",)
EXCEPTIONS_FILE = "sexual_exceptions.tsv"
FUZZY_FILE = "sexual_fuzzy.tsv"
#: Word lists of ``nciiguard.text.names`` whose tokens are never fuzzy hits: a word or a name one
#: edit from a core term is that word or name ("exotic", "books", "Denis", "Nunes", "Topliss").
#: The gazetteer's slang list is left out on purpose: it lists "klitoris", "pussys".
FUZZY_KNOWN_FILES = ("names_words_common.txt.gz", "names_words_other.txt.gz", "names_proper_other.txt.gz",
                     "names_first.txt.gz", "names_surnames.txt.gz")
#: Unknown to the word lists but not sexual: never fuzzy hits ("his gut and moobs", COCO).
FUZZY_NOT = frozenset({"moobs"})
CLASSIFIER_FILE = "sexual_classifier.npz"
GRADES = ("explicit", "nudity", "euphemism", "suggestive")
#: Languages the shipped lexicon covers (ISO 639-1). ``languages`` params must be a subset.
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "ru", "ja", "zh", "ko", "ar", "hi",
             "uk", "pl", "cs", "hu", "ro", "sv", "da", "tr", "id", "vi", "tl", "el", "he", "fa", "th")


class SexualTextSignal(Signal):
    name: ClassVar[str] = "sexual_text"
    version: ClassVar[str] = "1"
    modalities: ClassVar[frozenset[str]] = frozenset({"text"})
    extra: ClassVar[str | None] = None
    summary: ClassVar[str] = "Sexual content in text: multilingual graded lexicon and a learned classifier."

    class Params(SignalParams):
        #: Run the classifier and report ``learned`` findings.
        enable_learned: bool = True
        #: Lowest classifier probability reported as a ``learned`` finding (the policy applies
        #: its own, usually higher, threshold).
        learned_floor: float = Field(default=0.5, ge=0.0, le=1.0)
        #: Lexicon languages to use; None means all shipped languages.
        languages: list[str] | None = None
        #: Number of words/bigrams listed as evidence of a learned finding.
        top_features: int = Field(default=5, ge=0, le=20)
        #: Report tokens one edit away from a core term (``nuditiy``) as fuzzy findings.
        fuzzy: bool = True

        @field_validator("languages")
        @classmethod
        def _known_languages(cls, value):
            if value is None:
                return value
            if not value:
                raise ValueError("languages must list at least one language, or be omitted for all")
            unknown = sorted(set(value) - set(LANGUAGES))
            if unknown:
                raise ValueError(f"unknown languages {unknown}; known: {', '.join(LANGUAGES)}")
            return sorted(set(value))

    def load(self) -> None:
        from ...text import classifier, lexicon

        self._lexicon = lexicon.load_packaged(
            LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES, languages=self.params.languages
        )
        self._model = classifier.load_packaged(CLASSIFIER_FILE) if self.params.enable_learned else None
        self._fuzzy = None
        if self.params.fuzzy and (self.params.languages is None or "en" in self.params.languages):
            self._fuzzy = _load_fuzzy()

    def detect(self, ctx):
        findings: list[Finding] = []
        for field in ctx.text_fields:
            nt = ctx.text(field)
            if not nt.original:
                continue
            exact = self._lexicon.match(nt)
            findings.extend(_lexicon_finding(field, nt, m) for m in exact)
            if self._fuzzy is not None:
                findings.extend(_lexicon_finding(field, nt, m, fuzzy=True, edit=m.edit)
                                for m in self._fuzzy.find(nt, exact))
            if self._model is not None and nt.folded.text.strip():
                p = self._model.score(nt.folded.text)
                if p >= self.params.learned_floor:
                    findings.append(
                        Finding(
                            label="learned",
                            score=p,
                            field=field,
                            span=Span(0, len(nt.original)),
                            text=nt.original,
                            evidence={
                                "probability": round(p, 4),
                                "model_version": self._model.model_version,
                                "top_features": list(self._model.explain(nt.folded.text, self.params.top_features)),
                            },
                        )
                    )
        return findings


_FUZZY = None
_FUZZY_LOCK = threading.Lock()


def _load_fuzzy():
    """The fuzzy index with its word lists, built once per process (about 0.1 s) and shared."""
    global _FUZZY
    with _FUZZY_LOCK:
        if _FUZZY is None:
            from importlib import resources

            from ...text import lexicon, names

            known: set[str] = set(FUZZY_NOT)
            for f in FUZZY_KNOWN_FILES:
                known.update(names._read_lines(f))  # the name module's own loader of its data
            text = (resources.files("nciiguard.text") / "data" / FUZZY_FILE).read_text(encoding="utf-8")
            entries = lexicon.read_tsv(text, FUZZY_FILE, grades=GRADES)
            frozen = frozenset(known)
            _FUZZY = lexicon.FuzzyIndex(entries, known=frozen.__contains__)
        return _FUZZY


def _lexicon_finding(field: str, nt, m, **extra) -> Finding:
    """A finding for one lexicon match (exact, or fuzzy with ``fuzzy``/``edit`` in the evidence)."""
    e = m.entry
    return Finding(
        label=e.grade,
        score=e.score,
        field=field,
        span=Span(m.ostart, m.oend),
        text=nt.original[m.ostart:m.oend],
        evidence={"term": e.term, "grade": e.grade, "lang": e.lang, "source": e.source, "view": m.view, **extra},
    )
