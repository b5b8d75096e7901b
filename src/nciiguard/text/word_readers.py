"""Word games and letter tables read one word at a time (split out of :mod:`.phrase_decode` in round 33, by job).

:mod:`.phrase_decode` finds the rule that reads a run of coded words; these helpers apply a word game to a
run (halves swapped, a syllable put in every word) and give the one-word reader of a rule, with which the
listed words beside a decoded stretch, or every word of a clause, are read the same way. The code is
round 19-23's, moved unchanged.
"""

from __future__ import annotations

import re

from .cipher_math import _TABLES
from .phrase_runs import dedouble as _dedouble
from .separated_codes import unfill
from .word_games import _pig

__all__ = ["halves", "infixes", "infix_rx", "word_reader", "INFIX_PLACES"]


def halves(words: list[str], known: frozenset) -> list[str]:
    """Each word's two halves swapped back ("kedna" -> "naked", "het" -> "the"): of a word of odd
    length either half may hold the middle letter, so the way that gives a word is taken."""
    out = []
    for w in words:
        h = len(w) // 2
        a, b = w[len(w) - h:] + w[:len(w) - h], w[h:] + w[:h]
        out.append(b if a not in known and b in known else a)
    return out


def infixes(words: list[str]) -> list[tuple[str, list[str]]]:
    """Readings of a language game that puts one syllable in every word ("op" after each consonant:
    "nopudope" is "nude"; "idig" before each vowel: "nidigudidige"): the syllables that occur at least
    once a word and three times in all, most letters covered first; each removed after consonants,
    before vowels and everywhere."""
    counts: dict[str, int] = {}
    for w in words:
        for n in (2, 3, 4):
            for i in range(len(w) - n + 1):
                g = w[i:i + n]
                counts[g] = counts.get(g, 0) + 1
    need = max(3, len(words))
    cands = sorted((g for g, c in counts.items() if c >= need and any(v in g for v in "aeiou")),
                   key=lambda g: -counts[g] * len(g))[:3]
    out = []
    for g in cands:
        for kind in INFIX_PLACES:
            rx = infix_rx(kind, g)
            out.append((f"{kind}:{g}", [rx.sub("", w) or w for w in words]))
    return out


#: Where a language game puts its syllable: after every consonant, before every vowel, anywhere.
INFIX_PLACES = {"infix_after_consonants": "(?<=[b-df-hj-np-tv-z]){}", "infix_before_vowels": "{}(?=[aeiou])",
                 "infix": "{}"}


def infix_rx(kind: str, syllable: str) -> re.Pattern[str]:
    """The pattern that removes ``syllable`` where the game ``kind`` puts it (``syllable``: letters)."""
    return re.compile(INFIX_PLACES[kind].format(syllable))


def word_reader(rule: str, known: frozenset, context: list[str] = ()):
    """How the rule reads one word (to read listed words beside a decoded stretch), or None."""
    table = _TABLES.get(rule)
    if table is not None:
        return lambda w: w.translate(table)
    if rule == "halves_swapped":
        return lambda w: halves([w], known)[0]
    if rule == "doubled":
        return lambda w: w[::2] if _dedouble([w]) else w
    if rule.startswith("infix"):
        rx = infix_rx(*rule.split(":"))
        return lambda w: rx.sub("", w) or w
    if rule.endswith("pig_latin"):  # round 23: a clause of Pig Latin words ("okonedo-flint'say" cut in two)
        pre = _TABLES.get(rule.split("+")[0]) if "+" in rule else None
        ctx = [c.translate(pre) if pre is not None else c for c in context]
        # the "way" dialect (vowel-initial words take "way") is a property of the whole run: "onay" is "no" there
        way = ["onway"] if any(c.endswith("way") and c[:1] in "aeiou" for c in ctx) else []

        def pig_one(w: str) -> str:
            w = w.translate(pre) if pre is not None else w
            return (_pig([w, w, *way], known) or [w])[0] if len(w) >= 3 and w.endswith("ay") else w
        return pig_one
    if rule.startswith("filler"):  # round 23: "filler1:z" (a z after every letter), "filler0:z" (before)
        phase, letter = int(rule[6]), rule[8]
        return lambda w: unfill(w, letter, phase)
    return None
