"""A stage or public title before one name (round 18): "DJ Zinhle", "Lady Saw", "queen ifrica",
"singer Shura", "MP Okafor", "rapper Kwesta".

Stage names are single words on no list, often ordinary words ("Saw", "Foxes"); the word readers
need a given name or a person slot to read them. A title that only a performer or office holder
carries says the next word names one person (``titles.py`` reads titles of address before a
surname: "Dr.", "Frau"; ``FullNames._titled`` royal titles before a listed first name).

The rule: a title of ``TITLES`` (any case), then one Latin-script word of 2+ letters:

- a word that is no common word of any language the guard reads ("queen ifrica", "DJ Zinhle",
  "singer Shura"), in any case; or
- a Title-case or capitals word after a capitalised title ("Lady Saw", "Lady SAW", "MC Hammer"), unless
  it is a thing or a character such titles also name (``_IDIOMS``: "Lady Luck", "King Size", "Queen
  Bee", "Lady Liberty"; the fictional characters of :mod:`.mentions` and ``FICTIONAL_TITLED``:
  "Queen Elsa", "Lady Dimitrescu");
- never a function word, a word of the sexual lexicon ("lady nude"), a common word in lower case
  ("dj booth", "queen bed", "singer songwriter"), nor a lower-case word of under 4 letters or that the
  name-likeness model of :mod:`.namelike` scores under 0.8 ("lady huntress", run-together junk).

A second Title-case word that is no common word joins the name ("Lady Ama Serwah"). Names in another
script after a title are read by :mod:`.scripts` (``_APPOSITION``). Reported as ``full_name`` (0.55,
``kind`` ``stage_title``). Cost: gated by one lower-case substring test per title family; one regular
expression over the first ``_MAX_SCAN`` characters, stopping after ``_MAX_FOUND`` findings.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..folding import strip_marks
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .wordclasses import FICTIONAL_TITLED

__all__ = ["stage_title_findings", "TITLES"]

_MAX_SCAN = 4000
#: A prompt names a few titled people; past this many the rest of a flood is not read.
_MAX_FOUND = 8
#: Name-likeness a lower-case word after a title needs ("queen ifrica" 0.93; "lady huntress" 0.16).
_MIN_LIKE = 0.8
#: Titles only a performer or an office holder carries before a name.
TITLES = frozenset(
    """dj mc mp lady queen king singer rapper rappeuse rapera chanteuse cantante cantora sangerin sängerin zangeres
    senator senatorin senadora senador deputada deputado congresswoman congressman""".split())
_TITLE = re.compile(r"(?i)(?<![\w'’-])(" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.? "
                    r"([^\W\d_][^\W\d_'’-]{1,24})(?: ([^\W\d_][^\W\d_'’-]{1,24}))?(?![\w'’-]*\d)")
#: Things and characters a title names (folded): not a person's stage name.
_IDIOMS = frozenset(
    """liberty luck justice bird bug bugs finger fingers macbeth death day night bee bees size sized bed beds mattress
    crab crabs cobra kong mother mum consort regent penguin snake fish prawn prawns salmon cake cakes
    set sets booth booths mix mixes deck decks console battle battles mic street st road rd avenue ave square
    quot amp nbsp songwriter songwriters guitarist bassist drummer pianist vocalist performer producer""".split())
#: Function words a Title-case word after a title may be ("Queen Of Hearts", "King In Yellow").
_FUNCTION = frozenset("of the and or in on at with for from to de la le el del des du van von y e et und a an".split())


def stage_title_findings(nt, field: str, covered: Marks, common, sexual: frozenset[str], like=None) -> list[Finding]:
    """``full_name`` findings for a stage or public title and the name after it (module docstring);
    ``like``: the name-likeness probability of a folded word (a name in lower case needs ``_MIN_LIKE``)."""
    text = nt.original[:_MAX_SCAN]
    low = text.lower()
    if not any(t in low for t in ("dj", "mc", "mp", "lady", "queen", "king", "sing", "rap", "chant", "cant",
                                  "sang", "zang", "sena", "deput", "congress")):
        return []
    out: list[Finding] = []
    for m in _TITLE.finditer(text):
        if len(out) >= _MAX_FOUND:
            break
        title, name, more = m.group(1), m.group(2), m.group(3)
        folded = strip_marks(name).lower()
        if (folded in _FUNCTION or folded in sexual or folded in _FICTIONAL_SINGLE or folded in _IDIOMS
                or (strip_marks(title).lower(), folded) in FICTIONAL_TITLED
                or not name.isascii() and not strip_marks(name).isascii()):
            continue  # a function word, "lady nude", a character, another script (scripts.py reads it)
        if not name[0].isupper() and folded.endswith("ing"):
            continue  # "lady snowboarding": what someone does, not who
        before = text[max(0, m.start() - 24):m.start()].split()
        if before and (before[-1].lower() == "by" or before[-1][:1].isupper() and before[-1][-1:].isalpha()
                       and title[0].isupper()):
            continue  # "by ...", "John Singer Sargent": the title word is a middle name of an author
        capital = name[0].isupper() and (name.istitle() or name.isupper())
        if common(folded) and not (capital and title[0].isupper()):
            continue  # "dj booth", "queen bed"
        if not capital and (len(folded) < 4 or like is not None and like(folded) < _MIN_LIKE):
            continue  # "lady huntress", "lady blk", run-together junk: no name written in lower case
        end = m.end(2)
        if more and capital and more[0].isupper():
            folded2 = strip_marks(more).lower()
            if not common(folded2) and folded2 not in sexual and folded2 not in _FUNCTION:
                end = m.end(3)
        if covered.overlaps(m.start(), end):
            continue
        out.append(finding("full_name", 0.55, field, nt, m.start(), end, {
            "kind": "stage_title", "title": title.lower(), "case": "title" if capital else "lower", "source": "text"}))
    return out
