"""Sexual words written backwards: "dekan" (naked), "nrop", "edun", "tkcan" (nackt), "adunsed"
(desnuda), often with an instruction to read them so ("read that backwards", "rückwärts", "à
l'envers", "al revés", "de trás para frente", "al contrario", "wspak", "baklänges", "tersten").

A token is read backwards when its reverse is a strong sexual term of the lexicon (the table of
:func:`.split_words.strong_terms`, plus Romance inflections through ``inflected`` when given) and:

- without an instruction: it has 4+ letters, is no word of the field where it stands (English list,
  the field's own languages, a capitalised name: "Lana", "der Dekan der Fakultät" stay words), no
  clearly common word of any of the twelve table languages ("etat", "suna", "odun") and is not
  written with a capital in the middle of the field (a name or title);
- with an instruction in the field: also 3-letter tokens ("xes", "eun") and words ("dekan" is German
  for a dean), but only within :data:`NEAR` tokens of the instruction or written in quotes, and never
  a capitalised first name ("Eun-ji").

Palindromes are never read (they are the term itself, the lexicon's match). Cost: one dictionary
probe per token of 3-20 letters, the instruction one regular-expression scan; linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Sequence

from .fuzzy import FuzzyMatch
from .lexicon import Entry
from .piece_words import FieldWords
from .spans import Marks

__all__ = ["ReversedIndex", "INSTRUCTION"]

#: "read it backwards" in the languages of the lexicon's Latin-script core (matched on the plain
#: view: lower case, accents off).
INSTRUCTION = re.compile(
    r"(?<![^\W_])(?:backwards?|reversed?|reversing|in reverse|spelt backwards|mirror(?:ed)? spelling"
    r"|ruckwarts|umgekehrt|verkehrt herum|a l'?envers|inverse[es]?|al reves|invertid[ao]s?|invertit[ao]"
    r"|de tras para (?:a )?frente|de tras pra frente|ao contrario|al contrario|al rovescio|alla rovescia"
    r"|achterstevoren|achterwaarts|omgekeerd|wspak|od tylu|od konca|baklanges|bakvant|invers|de la coada"
    r"|tersten|ters|terbalik|dibalik|dari belakang)(?![^\W_])")
#: A token of every instruction above: the pattern is scanned only in a field with one of them.
_INSTRUCTION_WORDS = frozenset("""backward backwards reverse reversed reversing spelt mirror mirrored ruckwarts
umgekehrt verkehrt envers lenvers l'envers inverse inverses inversee inversees reves invertido invertida invertidos
invertidas invertito invertita tras contrario rovescio rovescia achterstevoren achterwaarts omgekeerd wspak
tylu konca baklanges bakvant invers coada tersten ters terbalik dibalik belakang""".split())
#: Tokens around an instruction a backwards word may stand in (the instruction is about it).
NEAR = 10
#: Score lowered from the term's: the reader guessed the reversal.
PENALTY = 0.1
MIN_LEN, MIN_LEN_TOLD, MAX_LEN = 4, 3, 20
#: Findings reported per field at most: more decide nothing and cost a context check each.
MAX_HITS = 16
_QUOTES = "'\"‘’“”«»`"


class ReversedIndex:
    """Tokens whose reverse is a strong term; see the module docstring."""

    def __init__(self, terms: dict[str, Entry], inflected: Callable[[str], Entry | None] | None = None,
                 short: dict[str, Entry] | None = None):
        """``terms``: strong terms keyed as :func:`.split_words.strong_terms` does; ``short``: the
        3-letter strong terms ("sex", "nue", "nua"), read only after an instruction;
        ``inflected``: a Romance inflection reader (``DecodedIndex.inflected``) for 6+ letters."""
        self._terms = terms
        self._short = short or {}
        self._inflected = inflected
        #: First three letters of every term and short term, reversed: what a backwards token ends
        #: with. One set probe turns away nearly every token before any other work.
        self._tails = frozenset(k[:3][::-1] for k in (*terms, *self._short))
        #: First four letters of the Romance terms: a backwards token is read through the inflection
        #: reader only when its reverse starts like one ("adatiliapsed" -> "desp...").
        self._romance_heads = frozenset(k[:4] for k, e in terms.items()
                                        if set(e.lang.split(";")) & {"es", "pt", "it", "fr"})

    def _entry(self, rev: str, told: bool) -> Entry | None:
        if len(rev) == MIN_LEN_TOLD:
            return self._short.get(rev) if told else None
        hit = self._terms.get(rev)
        if hit is None and self._inflected is not None and len(rev) >= 6 and rev[:4] in self._romance_heads:
            hit = self._inflected(rev)
            if hit is not None and (hit.grade not in ("explicit", "nudity") or hit.score < 0.75):
                hit = None
        return hit

    def find(self, nt, taken: Sequence = (), words: FieldWords | None = None) -> list[tuple[FuzzyMatch, str]]:
        """``(match, "reversed")`` for the backwards words of ``nt``'s plain view."""
        v = nt.plain
        text = v.text
        out: list[tuple[FuzzyMatch, str]] = []
        if not text:
            return out
        toks = v.tokens
        # the instruction pattern only where one of its words is a token (a scan costs ~10 us a caption)
        told_at = ([m.start() for m in INSTRUCTION.finditer(text)]
                   if any(t.text in _INSTRUCTION_WORDS for t in toks) else [])
        told_idx: list[int] = []
        if told_at:
            j = 0
            for k, t in enumerate(toks):  # token index of each instruction (both sorted: one pass)
                while j < len(told_at) and told_at[j] < t.end:
                    told_idx.append(k)
                    j += 1
        marks = Marks((m.ostart, m.oend) for m in taken)
        words = words or FieldWords(nt)
        tails = self._tails
        for k, t in enumerate(toks):
            w = t.text
            if w[-3:] not in tails or not (MIN_LEN_TOLD <= len(w) <= MAX_LEN) or not w.isalpha():
                continue  # the plain view's letters are accent-free already: no fold needed here
            key = w
            rev = key[::-1]
            if rev == key:
                continue
            x = bisect_left(told_idx, k - NEAR)  # O(log n): a field of many instructions stays linear
            told = x < len(told_idx) and told_idx[x] <= k + NEAR
            entry = self._entry(rev, bool(told_idx))
            if entry is None:
                continue
            os_, oe = v.to_original(t.start, t.end)
            quoted = (nt.original[os_ - 1:os_] in _QUOTES and nt.original[oe:oe + 1] in _QUOTES) if os_ else False
            upper = nt.original[os_:os_ + 1].isupper()
            # A whole token in capitals is shouted, not a name ("DEKAN" in a lower-case field).
            shouted = len(w) >= MIN_LEN and nt.original[os_:oe].isupper() and not nt.original.isupper()
            capital = upper and os_ > 0 and not shouted
            if nt.original[oe:oe + 1] == "-" and nt.original[oe + 1:oe + 2].isalpha():
                continue  # one part of a hyphenated word or name ("Eun-ji")
            if upper and k + 1 < len(toks):
                nos = v.to_original(toks[k + 1].start, toks[k + 1].end)[0]
                if nt.original[nos:nos + 1].isupper() and not nt.original.isupper():
                    continue  # a title or a name before a name ("Dekan Müller")
            if told or quoted:
                if upper and (words.is_word(w, os_) or words.is_name(w)):  # "Lana": a name, not a backwards word
                    continue
            elif (len(key) < MIN_LEN or capital or words.is_word(w, os_, pieces=frozenset((w,))) or words.is_name(w)
                  or words.common_anywhere(w)):
                continue  # a word or a name as written ("lana" is wool and a name, "dekan" a German dean)
            if marks.overlaps(os_, oe):
                continue
            if len(out) >= MAX_HITS:
                break
            out.append((FuzzyMatch(entry, "plain", t.start, t.end, os_, oe,
                                   f"reversed {w!r}" + (" (told)" if told or quoted else "")), "reversed"))
            marks.add(os_, oe)
        return out
