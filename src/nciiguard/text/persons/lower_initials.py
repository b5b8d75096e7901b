"""One initial and a surname written all in lower case: "s. rivera", "avec h. darroze", "di b. ferri" (round 19).

Why: :mod:`.initials` reads "L. Castell" by its capitals; people typing fast write the same name in
lower case ("p. patel giving a speech", "nude of k. lindqvist"), and there the capitals that were
its evidence are gone. What stays is the shape: ONE letter, its dot, a space, and a word that is a
surname (a census surname, or a token of 4+ letters no list holds that the name-likeness model reads
as a name or that is no word of any language the guard reads), where a person stands in the prompt:

- the pair opens the field or a comma / colon / quote item ("s. rivera, nude, ...", "1woman, e. x, ..."),
  or follows a preposition that introduces a person ("of", "de", "di", "da", "avec", "with", "von" ...);
- an optional particle before the surname ("s. el kaouakibi", "c. de la fuente").

What keeps ordinary text out: the letter may not follow another letter and dot ("e. g. smith",
"i. e. moreau") or a label word ("plan b.", "vitamin c.", "section a."); the surname is no common
word of any language the gazetteer knows ("k. two", "a. the"), no place or brand, and no species
epithet of a binomial ("e. coli", "s. aureus", "t. rex": a short list plus the Latin endings -ae,
-um, -ii); numbers are never read ("s. 2", "p. 45"). Authors are left to the style reader ("by a.
mucha", "in the style of ..."). Reported as ``full_name`` at 0.55 (``kind`` ``initials``,
``case`` ``lower``), like the capitalised form. One regular expression, run only when the text
holds ". " and a lower-case letter before it; each hit checked with set lookups.
"""

from __future__ import annotations

from ...findings import Finding
from ..folding import strip_marks
from ..lazy_regex import LazyPattern
from ..spans import Marks
from .found import finding
from .initials import _LABEL_BEFORE, _PARTICLE, _authored, _item_before
from .language import language_words

__all__ = ["lower_initials_findings"]

#: A lower-case letter, its dot, an optional particle and a lower-case surname (no digits; bounded).
_LOWER_INITIAL = LazyPattern(
    rf"(?<![\w.'-])(?P<i>[a-z])\.\s(?:(?P<p>{_PARTICLE})\s)?(?P<s>[^\W\d_A-Z]{{3,24}}(?:-[^\W\d_A-Z]{{2,16}})?)(?![\w'])")
#: Words before the pair that introduce a person (any of the languages the guard reads).
_PERSON_PREP = frozenset(
    """of with and featuring feat ft starring like as de avec et du des di da do dos das della dello con
    com e y von mit und mir van met en na z ze i""".split())
#: Species epithets written after a genus initial ("e. coli", "t. rex", "c. elegans").
_EPITHETS = frozenset(
    """coli rex aureus elegans pylori melanogaster cerevisiae subtilis aeruginosa thaliana difficile
    acidophilus sapiens erectus botulinum pneumoniae typhi typhimurium cholerae tuberculosis falciparum
    vulgaris lactis albicans gingivalis mutans pyogenes epidermidis faecalis neoformans bulgaricus rerio
    musculus norvegicus domestica lupus familiaris catus leo tigris pardus vivax enterica gondii
    monocytogenes pestis anthracis tetani perfringens""".split())
_EPITHET_ENDS = ("ae", "um", "ii")
#: Item separators: the pair opens an item after one of these (or the field).
_ITEM_OPEN = ",;:|\n\"'“”„«»()[]{}<>-–—!?"


def lower_initials_findings(nt, field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """``full_name`` findings for a lower-case initial and surname (see the module docstring)."""
    text = nt.original
    if ". " not in text:
        return []
    out: list[Finding] = []
    for m in _LOWER_INITIAL.finditer(text):
        a, e = m.start(), m.end()
        s, part = m.group("s"), m.group("p")
        if taken.overlaps(a, e):
            continue
        b = strip_marks(s.split("-")[0])
        if not _surname(b, gaz, namer) or b in _EPITHETS or b.endswith(_EPITHET_ENDS):
            continue
        if not _person_position(text, a) or _authored(text, a, e):
            continue
        out.append(finding("full_name", 0.55, field, nt, a, e, {
            "kind": "initials", "first": m.group("i"), "last": b, "classes": "I+S", "case": "lower",
            "source": "text", **({"particle": part} if part else {})}))
        taken.add(a, e)
    return out


def _surname(b: str, gaz, namer) -> bool:
    """``b`` reads as a surname and as nothing else: census or name-like, never a word, place, brand."""
    if not b.isalpha() or gaz.is_common_word(b) or b in gaz.words_common or b in gaz.proper_other:
        return False
    if b in gaz.first and b not in gaz.surname_rank:
        return False  # "a. maria": a given name after a letter is a list item as often
    if b in gaz.surname_rank:
        return True
    if gaz.is_known(b) or len(b) < 4:
        return False
    # A token no list holds: a name by the letter model, or by being no word of any language the
    # guard reads ("sjoqvist" reads badly to the letter model but is no word anywhere either).
    return namer.namelike(b, 0.5) or b not in language_words()


def _person_position(text: str, a: int) -> bool:
    """The pair opens the field or an item, or follows a word that introduces a person."""
    k = a - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in _ITEM_OPEN:
        return True
    if text[k] == ".":
        return False  # "e. g. x", "i. e. x", or a sentence that ended in a letter
    before = _item_before(text, a)
    if not before:
        return True
    return before[-1] in _PERSON_PREP and not (len(before) >= 2 and before[-2] in _LABEL_BEFORE)
