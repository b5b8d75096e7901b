"""disguised_sexual_text: sexual words in disguise, read by a learned character model.

The lexicon of ``sexual_text`` and its readers (fuzzy, masked, leet, split, reversed, ciphers) undo
the disguises their authors foresaw, one rule each. This signal reads each odd written word of a
field with a character model trained on random compositions of disguise operations
(:mod:`nciiguard.text.disguise_words`), so a combination no rule foresaw ("n_4_k3dd", "pr0n0gr4ph")
is still read as the word it spells.

Which words: those of the ``plain`` view with a letter in them that mix letters with digits or
symbols, or that are no known word (English words, names, the common words of 36 languages, the
lexicon's own terms), plus runs of three or more single characters joined ("n u d 3"). A word the
lexicon already matched in the field (``sexual_text``'s match, shared through the scan context) is
not reported twice.

Label ``disguised_word``, reported at the model's calibrated threshold (``min_probability``, default
the one shipped with the model) with the span of the word in the original text. Evidence: the
probability, the grade it reads (``nudity`` or ``explicit``), the lexicon term it is nearest to by
shared letter trigrams (``reads_as``: the explanation a reviewer can check) and the model version.

Label ``hidden_payload`` (round 17, :mod:`nciiguard.text.hidden_payload`): a payload no decoder could
read behind an instruction to decode it, score 0.6, no sexual claim (a policy sends it to review);
``read_words: false`` reports only these, without running the model.

Cost: one regex pass over the plain view and the model on at most ``MAX_WORDS`` words, each cut at
``MAX_WORD`` characters: linear in the field. numpy only; the weights ship in the package.
"""

from __future__ import annotations

import re
import threading
from typing import ClassVar

from pydantic import Field

from ...content import CacheKey
from ...findings import Finding, Span
from ...text.limits import MAX_TOKEN_SCAN
from ..base import SignalParams, TextSignal, shared

__all__ = ["DisguisedSexualTextSignal", "known_words"]

LABEL = "disguised_word"

_KNOWN = None
_LOCK = threading.Lock()


def known_words():
    """Membership test of words never read as disguised (built once per process):

    * a word of the package's lists: English words and names (the fuzzy reader's lists), the common
      words of the 36 languages of ``language_words.tsv.gz``, and every single-word form of the
      sexual lexicon (the rules read those);
    * an English word with a common ending ("brushy", "bladed", "costal") or two English words glued
      ("footlong", "snowbank", "sawtoothed"), unless the stem or a part is a sexual term of the
      lexicon ("nudey", "pornz" and "hotnaked" stay candidates). The lists hold frequent words; the
      model would otherwise read every rarer derived word of a caption.
    """
    global _KNOWN
    with _LOCK:
        if _KNOWN is None:
            from ...text.persons.language import language_words
            from ...text.piece_words import english_words
            from ...text.sexual_lexicon import load_sexual_lexicon
            from .sexual import _known_words

            listed = _known_words()
            common = language_words()  # word -> language bands (shared with the persons reader)
            english = english_words()
            words: set[str] = set()
            sexual: set[str] = set()
            lex = load_sexual_lexicon()
            for toks, _stem, entry in lex.forms("plain"):
                if len(toks) == 1:
                    words.add(toks[0])
                    if entry.grade in ("explicit", "nudity"):
                        sexual.add(toks[0])
            frozen = frozenset(words)
            _KNOWN = _Known(frozen, common, listed, english, frozenset(sexual))
        return _KNOWN


#: Pronouns glued to Spanish, Italian and Portuguese verbs, one or two of them ("-te-lo", "-me-la").
_CLITICS = re.compile(r"(?:me|te|se|nos|os|mi|ti|ci|vi|gli|ce|ve)?(?:la|lo|le|las|los|les|li|ne|me|te|se|nos|mi|ti|ci|vi|gli)$")
#: Endings of derived English words (longest first), and the letters a stem may have lost ("bladed").
_ENDINGS = ("ness", "ings", "ers", "est", "ing", "ies", "ed", "es", "er", "ly", "al", "y", "s", "d")


class _Known:
    """``known(word)``: see :func:`known_words`. Immutable; O(len(word)) set lookups a word."""

    def __init__(self, lexicon_forms, common, listed, english, sexual):
        self._lexicon_forms, self._common, self._listed = lexicon_forms, common, listed
        self._english, self._sexual = english, sexual

    def ordinary(self, word: str) -> bool:
        """A known word that is no form of the sexual lexicon (the word under a disguise)."""
        return word not in self._lexicon_forms and self(word)

    def __call__(self, word: str) -> bool:
        if word in self._lexicon_forms or word in self._common or self._listed(word):
            return True
        if not word.isalpha() or len(word) > MAX_TOKEN_SCAN:  # the loops below slice the word: O(n^2)
            return False
        return self._derived(word) or self._compound(word) or self._clitic(word)

    def _clitic(self, word: str) -> bool:
        """A Romance verb with its pronouns glued on ("ponla", "póntelo", "mostrarla", "dammi"):
        the verb is a common word of the table and no sexual term."""
        m = _CLITICS.search(word)
        if m is None or m.start() < 2:
            return False
        stem = word[:m.start()]
        if stem in self._sexual:
            return False
        # The imperative or the infinitive ("pon" of "poner", "dam" of "dammi" is "da"+"m"...): the
        # stem itself or its infinitive is a common word.
        return any(form in self._common or form in self._english
                   for form in (stem, stem + "er", stem + "ar", stem + "ir", stem + "ere", stem + "are", stem + "ire"))

    def _word(self, stem: str) -> bool:
        return len(stem) >= 3 and stem not in self._sexual and (stem in self._english or stem + "e" in self._english)

    def _derived(self, word: str) -> bool:
        return any(word.endswith(end) and self._word(word[:-len(end)]) for end in _ENDINGS)

    def _compound(self, word: str) -> bool:
        for i in range(3, len(word) - 2):
            head, tail = word[:i], word[i:]
            if self._word(head) and (self._word(tail) or self._derived(tail)):
                return True
        return False


class DisguisedParams(SignalParams):
    #: Lowest P(sexual word) reported; None means the threshold calibrated with the shipped model.
    min_probability: float | None = Field(default=None, ge=0.0, le=1.0)
    #: Read odd words with the character model (``disguised_word``). False: report only unreadable payloads
    #: behind an instruction to decode them (``hidden_payload``, round 17), at no model cost.
    read_words: bool = True


class DisguisedSexualTextSignal(TextSignal):
    name: ClassVar[str] = "disguised_sexual_text"
    version: ClassVar[str] = "1"
    modalities: ClassVar[frozenset[str]] = frozenset({"text"})
    extra: ClassVar[str | None] = None
    summary: ClassVar[str] = "Sexual words in disguise (leetspeak, separators, look-alikes combined), read by a character model."
    Params = DisguisedParams

    def load(self) -> None:
        from ...text import disguise_words
        from ...text.sexual_lexicon import load_sexual_lexicon

        self._model = disguise_words.load_packaged()
        self._known = known_words()
        self._threshold = self.params.min_probability if self.params.min_probability is not None else self._model.threshold
        # The same cached Lexicon object sexual_text uses, so the scan shares one match per field.
        self._lexicon = load_sexual_lexicon()
        self._terms = _TermIndex(self._lexicon)

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        from ...text.disguise_words import LABELS, candidates, readings

        plain = nt.plain
        hidden = _hidden_payloads(nt, field)
        if not self.params.read_words:
            return hidden
        words = list(candidates(plain.text, self._known, self._known.ordinary))
        if not words:
            return hidden
        matched = shared(ctx, CacheKey("sexual_lexicon", field, id(self._lexicon)), lambda: self._lexicon.match(nt))
        taken = [(m.ostart, m.oend) for m in matched]
        probs = self._model.probabilities([w.text for w in words])
        findings: list[Finding] = hidden
        for w, p in zip(words, probs):
            sexual = float(p[1] + p[2])
            if sexual < self._threshold:
                continue
            os_, oe = plain.to_original(w.start, w.end)
            if any(s < oe and os_ < e for s, e in taken) or _proper_noun(nt.original, os_, oe):
                continue
            reads_as = self._terms.nearest(readings(w.text)[2])
            if reads_as is None:  # no letters in common with any term: nothing to explain the reading
                continue
            grade = LABELS[1] if p[1] >= p[2] else LABELS[2]
            findings.append(Finding(
                label=LABEL, score=round(sexual, 4), field=field, span=Span(os_, oe), text=nt.original[os_:oe],
                evidence={"rule": "disguise_model", "grade": grade, "probability": round(sexual, 4),
                          "reads_as": reads_as,
                          "model_version": self._model.model_version}))
        return findings


#: Label of a payload no decoder could read behind an instruction to decode it (round 17): an evasion
#: attempt of unknown content, no sexual claim (the policy sends it to review).
HIDDEN_LABEL = "hidden_payload"
HIDDEN_SCORE = 0.6


def _hidden_payloads(nt, field: str) -> list[Finding]:
    from ...text.hidden_payload import hidden_payloads

    out = []
    for a, b, kind, instruction in hidden_payloads(nt.original, nt.decoded):
        out.append(Finding(
            label=HIDDEN_LABEL, score=HIDDEN_SCORE, field=field, span=Span(a, b), text=nt.original[a:b],
            evidence={"rule": "undecoded_payload", "kind": kind, "instruction": instruction.lower(),
                      "reason": f"an unreadable payload ({kind}, characters {a}-{b}) behind an instruction to decode it"}))
    return out


def _proper_noun(original: str, start: int, end: int) -> bool:
    """An acronym of plain capitals, or a capitalised word of plain letters inside a sentence ("the Grand Teton", "Frank Dicksee"): a
    name or a place the word lists do not hold, not a disguise (disguises mix digits, symbols or
    case; a sexual word is capitalised where a sentence starts)."""
    word = original[start:end]
    if word.isalpha() and word.isupper() and len(word) <= 5:  # an acronym ("RMNP", "NASA")
        return True
    if not (word.isalpha() and word.istitle()):
        return False
    before = original[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'\n"  # "(" opens prompt weights: "(Masja:1.2)"


class _TermIndex:
    """Single-word explicit and nudity terms of the lexicon by letter trigram: the term a disguised
    word is nearest to (the finding's explanation, computed only for reported words)."""

    def __init__(self, lex):
        self._grams: dict[str, list[str]] = {}
        self._size: dict[str, int] = {}
        for toks, _stem, entry in lex.forms("folded"):
            if len(toks) != 1 or entry.grade not in ("explicit", "nudity") or len(toks[0]) < 3:
                continue
            term = toks[0]
            if term in self._size:
                continue
            grams = _trigrams(term)
            self._size[term] = len(grams)
            for g in grams:
                self._grams.setdefault(g, []).append(term)

    def nearest(self, word: str) -> str | None:
        grams = _trigrams(word)
        counts: dict[str, int] = {}
        for g in grams:
            for t in self._grams.get(g, ()):
                counts[t] = counts.get(t, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda t: (counts[t] / (len(grams) + self._size[t] - counts[t]), -len(t), t))


def _trigrams(word: str) -> set[str]:
    w = f"<{word}>"
    return {w[i:i + 3] for i in range(len(w) - 2)}
