"""Clothing said absent without a nudity word, read on the original text (round 28, issue 10).

Three readers with the shape of the sexual signal's ``_EMOJI_RULES`` patterns (``finditer(original)``):

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
    :data:`_WINDOW` characters. A pool or a shop sign ("no 👙 allowed", "👙 sale: no 👙 under $20") is cleared by
    the rule words of :mod:`.emoji_garments`.

``outer_pair_in_bed``
    Two struck-out outer garments ("🚫👕🚫👖"), or one struck-out whole outfit (dress, sari, kimono: "🚫👗", "👗❌"), are
    a dress code alone; with a bed (word or emoji) or a lewd emoji
    within :data:`_WINDOW` characters ("🚫👕🚫👖 on the bed 😏") they leave the person undressed. A rule word near
    ("dress code", "sign", "allowed") still clears them.

Cost: ``nothing_on`` runs only when "nothing" is in the lower-cased field (one substring test), the emoji readers
only when the field holds a garment emoji (the gates of :mod:`.emoji_garments`); each pattern is one linear pass.
"""

from __future__ import annotations

import re

from .emoji_garments import _AFTER, _GATE, _MARK, _OUTER, _RULE_WORDS, _UNDER

__all__ = ["NOTHING_ON", "WORD_NEGATED_UNDER", "OUTER_PAIR_IN_BED", "RULES"]

#: Characters of a field read (a bound on hostile input, like the other original-text readers).
_LIMIT = 4000
_WINDOW = 40

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


#: Words that negate a garment emoji after them.
_NEG_WORD = (r"(?<![^\W_])(?:no|without|w/o|zero|minus|not\s+even\s+a|sans|aucun|aucune|sin|ningun|ninguna|sem|nenhum"
             r"|nenhuma|ohne|kein|keine|keinen|senza|nessun|nessuna|zonder|geen|bez|tanpa|uden|uten|utan|ilman|fara"
             r"|fără)")
_WORD_UNDER = re.compile(_NEG_WORD + rf"\s*(?:any\s+|a\s+)?[{_UNDER}]\ufe0f?", re.IGNORECASE)
_AT_ALL = re.compile(r"\s*(?:at\s+all|whatsoever|du\s+tout|en\s+absoluto|nenhum|gar\s+nicht|per\s+niente)\b",
                     re.IGNORECASE)
_STRUCK_OUTER = f"{_MARK}\\s{{0,2}}[{_OUTER}]\ufe0f?"
#: Round 28: the mark written after the garment ("👙❌ 🛏️ 📸"): an underwear emoji struck out from behind.
_UNDER_THEN_MARK = re.compile(f"[{_UNDER}]\ufe0f?\\s{{0,2}}{_MARK}")
#: A whole outfit in one emoji (dress, sari, kimono) struck out: nothing left on, like two outer garments.
_WHOLE = "\U0001F457\U0001F97B\U0001F458"
_STRUCK_WHOLE = re.compile(f"{_MARK}\\s{{0,2}}[{_WHOLE}]\ufe0f?|[{_WHOLE}]\ufe0f?\\s{{0,2}}{_MARK}")
_OUTER_PAIR = re.compile(f"{_STRUCK_OUTER}(?:[\\s,+&/|.]{{0,3}}{_STRUCK_OUTER})+")
#: A bed (word or emoji) or a lewd emoji: smirk, hot face, devil, droplets, tongue, biting lip, peach, cherries.
_BED_OR_LEWD = re.compile("[\U0001F6CF\U0001F6CC\U0001F60F\U0001F975\U0001F608\U0001F4A6\U0001F445\U0001FAE6"
                          "\U0001F351\U0001F352]"
                          r"|(?<![^\W_])(?:bed|beds|bedroom|sheets|cama|bett|letto|łóżku|lozku|yatakta)(?![^\W_])",
                          re.IGNORECASE)


def _rule_near(text: str, s: int, e: int) -> bool:
    around = text[max(0, s - _WINDOW):s] + " " + text[e:e + _WINDOW]
    return _RULE_WORDS.search(around) is not None


class _WordNegatedUnder:
    def finditer(self, text: str):
        if text.isascii() or _GATE.search(text) is None or not any(ch in text for ch in _UNDER):
            return
        text = text[:_LIMIT]
        for m in (*_WORD_UNDER.finditer(text), *_UNDER_THEN_MARK.finditer(text)):
            s, e = m.start(), m.end()
            around = text[max(0, s - _WINDOW):s] + " " + text[e:e + _WINDOW]
            if (_AT_ALL.match(text, e) or re.search(_AFTER, around)) and not _rule_near(text, s, e):
                yield m


class _OuterPairInBed:
    def finditer(self, text: str):
        if text.isascii() or _GATE.search(text) is None or not any(ch in text for ch in _OUTER):
            return
        text = text[:_LIMIT]
        found = False
        for m in _OUTER_PAIR.finditer(text):
            s, e = m.start(), m.end()
            around = text[max(0, s - _WINDOW):s] + " " + text[e:e + _WINDOW]
            if _BED_OR_LEWD.search(around) and not _rule_near(text, s, e):
                found = True
                yield m
        if found:
            return
        for m in _STRUCK_WHOLE.finditer(text):
            s, e = m.start(), m.end()
            around = text[max(0, s - _WINDOW):s] + " " + text[e:e + _WINDOW]
            if _BED_OR_LEWD.search(around) and not _rule_near(text, s, e):
                yield m


NOTHING_ON = _NothingOn()
WORD_NEGATED_UNDER = _WordNegatedUnder()
OUTER_PAIR_IN_BED = _OuterPairInBed()
#: (pattern, grade, score, rule) appended to ``_EMOJI_RULES`` of :mod:`nciiguard.signals.text.sexual`.
RULES = ((NOTHING_ON, "euphemism", 0.75, "nothing_on_clause"),
         (WORD_NEGATED_UNDER, "euphemism", 0.8, "emoji_word_negated_underwear"),
         (OUTER_PAIR_IN_BED, "euphemism", 0.8, "emoji_outer_pair_in_bed"))
