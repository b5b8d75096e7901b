"""Clothing said absent without a nudity word, read on the original text (round 28, issue 10).

Three readers with the shape of the sexual signal's ``_EMOJI_RULES`` patterns (``finditer(original)``); the two emoji
readers live in :mod:`.emoji_garments` beside the other garment emoji (marks, garment classes, rule words) and are
listed here:

``nothing_on``
    "nothing on" as a free clause about the subject: "<person> in a hidden album, nothing on", "photoreal, nothing
    on.", "<person> on the bed - absolutely nothing on". The clause starts after a comma, a semicolon, a full stop or
    a dash (optionally "and", "with", "just", "absolutely") and ends there: the end of the field, punctuation, or "at
    all" / "whatsoever". "Nothing on the agenda", "nothing on TV tonight", "there's nothing on" (no clause start),
    "nothing on earth" stay clean: an object follows, or the clause does not start there. The lexicon reads "with
    nothing on", "wearing nothing on" inside a sentence.

``word_negated_underwear``
    An underwear or swimwear emoji negated by a word, in the languages the guard reads: "with no 👙 at all", "sans
    👙", "sin 👙", "ohne 👙", "zero 🩲", or struck out by a mark written after it ("👙❌ 🛏️ 📸"). Like one struck-out underwear emoji (:mod:`.emoji_garments`), it counts only with
    a sign that the body is shown: "at all" / "whatsoever" after it, or a camera, body, bed or lewd emoji within
    40 characters. A pool or a shop sign ("no 👙 allowed", "👙 sale: no 👙 under $20") is cleared by
    the rule words of :mod:`.emoji_garments`.

``outer_pair_in_bed``
    Two struck-out outer garments ("🚫👕🚫👖"), or one struck-out whole outfit (dress, sari, kimono: "🚫👗", "👗❌"), are
    a dress code alone; with a bed (word or emoji) or a lewd emoji
    within 40 characters ("🚫👕🚫👖 on the bed 😏") they leave the person undressed. A rule word near
    ("dress code", "sign", "allowed") still clears them.

Cost: ``nothing_on`` runs only when "nothing" is in the lower-cased field (one substring test), the emoji readers
only when the field holds a garment emoji (the gates of :mod:`.emoji_garments`); each pattern is one linear pass.
"""

from __future__ import annotations

import re

from .emoji_garments import OUTER_PAIR_IN_BED, WORD_NEGATED_UNDER

__all__ = ["NOTHING_ON", "WORD_NEGATED_UNDER", "OUTER_PAIR_IN_BED", "RULES"]

#: Characters of a field read (a bound on hostile input, like the other original-text readers).
_LIMIT = 4000

_NOTHING_ON = re.compile(
    r"(?:[,;.!?(]|\s[-\u2013\u2014]|[\u2013\u2014])\s*"
    r"(?:(?:and|with|just|absolutely|totally|completely|literally|but)\s+){0,2}"
    r"(?P<m>(?:nothing|nada|zilch)\s+(?:(?:actually|really|at\s+all)\s+)?on)\s*(?=$|[,;.!?)\n]|\s*[-\u2013\u2014]\s|\s+(?:at\s+all|whatsoever)\b)",
    re.IGNORECASE)


class _NothingOn:
    def finditer(self, text: str):
        low = text[:_LIMIT].lower()
        if "nothing" not in low and "nada" not in low and "zilch" not in low:
            return
        for m in _NOTHING_ON.finditer(text[:_LIMIT]):
            yield _Span(m.start("m"), m.end("m"), m.group("m"))


class _Span:
    """A match-shaped span (``start()``, ``end()``, ``group()``) for the sexual signal's emoji loop."""

    __slots__ = ("_s", "_e", "_t")

    def __init__(self, s: int, e: int, t: str) -> None:
        self._s, self._e, self._t = s, e, t

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._t


NOTHING_ON = _NothingOn()
#: (pattern, grade, score, rule) appended to ``_EMOJI_RULES`` of :mod:`nciiguard.signals.text.sexual`.
RULES = ((NOTHING_ON, "euphemism", 0.75, "nothing_on_clause"),
         (WORD_NEGATED_UNDER, "euphemism", 0.8, "emoji_word_negated_underwear"),
         (OUTER_PAIR_IN_BED, "euphemism", 0.8, "emoji_outer_pair_in_bed"))
