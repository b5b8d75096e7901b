"""A lower-case name written surname first: "kowalczyk marta, nude", "make a doll of brennan aoife" (round 19).

Why: the pair rules (:mod:`.fullnames`, :class:`.namer.Namer`) read a given name then a surname.
Lists, forms and many languages (Hungarian, Chinese and Japanese names in Latin letters, official
registers, sports rosters) put the surname first, and typed in lower case nothing but the order is
left: "kowalczyk marta" has a first name in second place, which the pair rules do not read.

The shape: two lower-case words, the second a given name of the gazetteer that is no common word and
no ambiguous given name ("rose", "grace", "summer" stay out), the first no given name itself (the
usual order is read by the pair rules), no word of any list (common, proper or the field's language)
and either a census surname or a token of 4+ letters no list holds. Where a person stands: the pair
opens the field or a comma / colon / quote item, or follows a word that introduces a person ("of",
"with", "de", "avec" ...), and ends its item or is followed by an ordinary word. Reported as
``full_name`` at 0.55 (``kind`` ``surname_first``, ``case`` ``lower``). Runs only where no subject was
read; one pass over the words, set lookups only.
"""

from __future__ import annotations

from ...findings import Finding
from .found import finding
from .lower_initials import _PERSON_PREP
from .mentions import _FICTIONAL_SINGLE
from .wordclasses import FICTIONAL, PLACE_PREFIX

__all__ = ["surname_first_findings"]


def _given(b: str, gaz) -> bool:
    return (len(b) >= 3 and b in gaz.first and b not in gaz.first_ambiguous and not gaz.is_common_word(b)
            and b not in gaz.words_common)


def _surname(b: str, gaz) -> bool:
    if not b.isalpha() or len(b) < 4 or b in gaz.first or gaz.is_common_word(b) or b in gaz.words_common:
        return False
    if b in gaz.proper_other or b in PLACE_PREFIX:
        return False  # "costa rica", "monte carlo", "santa maria": a place head before a given name
    if b in gaz.surname_rank:
        return b not in gaz.not_surname
    return not gaz.is_known(b)


def surname_first_findings(nt, words, field: str, gaz) -> list[Finding]:
    """``full_name`` findings for a lower-case surname-first pair (see the module docstring); the
    caller drops those made of the field's own words (:meth:`.language.FieldWords.drop`)."""
    out: list[Finding] = []
    n = len(words)
    for i in range(n - 1):
        w, g = words[i], words[i + 1]
        if not (w.lower and g.lower and w.plain_gap_next and w.item == g.item) or w.tagged >= 0:
            continue
        if not _given(g.base, gaz) or not _surname(w.base, gaz):
            continue
        if (w.base, g.base) in FICTIONAL or (g.base, w.base) in FICTIONAL or w.base in _FICTIONAL_SINGLE:
            continue  # characters are written surname first as often ("hatsune miku")
        opens = i == 0 or words[i - 1].item != w.item or words[i - 1].base in _PERSON_PREP
        if not opens:
            continue
        if i + 2 < n and words[i + 2].item == g.item and (
                words[i + 2].base in gaz.first or words[i + 2].base in gaz.surname_rank
                and not gaz.is_common_word(words[i + 2].base)):
            continue  # a run of three name-like words: a list of names or a longer name, left to others
        out.append(finding("full_name", 0.55, field, nt, w.ostart, g.oend, {
            "kind": "surname_first", "first": g.base, "last": w.base, "classes": "S+F", "case": "lower",
            "source": "text"}))
        break
    return out
