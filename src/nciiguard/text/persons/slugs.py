"""A name written as a lower-case slug where a person stands: "amira-el-haddad giving ...", "pinto-varela
auf einem Plakat", "make a deepfake where saskiabrenner is ..." (round 19).

Why: :func:`.forms.glued_name_findings` reads "helene-fischer beim Wandern" when one part is a given
name of the gazetteer, and the pair rules read a name whose parts are on the lists. Names from outside
the lists (Arabic names with particles, Setswana, Mongolian, Turkish names typed without their
letters) written as a URL slug or a handle have neither capitals nor a listed part; what marks them is
the slot and that no part is a word.

Two shapes, both all lower case:

- **slug**: two to four parts joined by "-", particles allowed between ("al", "el", "bin", "bint",
  "van", "de" ...), every other part of 3+ letters and no common word, no word of the sexual lexicon,
  no place head ("costa-"), at least two such parts, and at least one of them a listed given name or
  surname or read as a name by the name-likeness model; with a particle inside, one part may be a
  word ("hind-bint-...": Arabic given names are words as often). No digit, no dot, no slash (file names and
  paths are :mod:`.separators`' and :mod:`.lora`'s);
- **joined**: one token of 8-20 letters that no list holds, made of a given name of the gazetteer
  (4+ letters, no common word) and a rest of 4+ letters that no list holds and that reads as a name
  ("saskiabrenner"); read only in a sexual field, and only opening the field (after a bracketed tag) or
  after a word that introduces a person: in a comma tag list an unknown run is a tag or a typo as often.

The slot: the token opens the field or a comma / colon / quote item, or follows "of", "where", "de",
"di", "with" ...; in a sexual field (a word of the sexual lexicon) that is enough, elsewhere the word
after it must say a person does something or stands somewhere (:data:`_AFTER`). Reported as ``full_name`` at
0.55 (``kind`` ``slug`` or ``joined``, ``case`` ``lower``). Runs only where no subject was read; one
regular expression over the first 400 characters.
"""

from __future__ import annotations

from ...findings import Finding
from ..lazy_regex import LazyPattern
from .forms import _DOING_AFTER
from .found import finding
from .lower_initials import _ITEM_OPEN, _PERSON_PREP
from .wordclasses import PLACE_PREFIX

__all__ = ["slug_name_findings"]

_LIMIT = 400
#: A lower-case token of letters, optionally hyphen-joined (bounded parts).
_TOKEN = LazyPattern(r"(?<![\w./@#:-])([a-z\u00e0-\u024f]{2,20}(?:-[a-z\u00e0-\u024f]{2,20}){0,3})(?![\w./@:-])")
_PARTICLES = frozenset("al el bin bint ibn abu van von der de da di du del della dos das la le ben ould".split())
#: Words before the token that put a person after them (beside those of lower_initials).
_SLOT_BEFORE = _PERSON_PREP | frozenset("where whom when so que onde wo dove".split())
#: Words after a person in an ordinary scene: the ordinary readers' verbs and the place prepositions
#: of the languages they read ("auf einem Plakat", "sur une affiche", "em um comício").
_AFTER = _DOING_AFTER | frozenset("auf am im bei vor en sur dans devant em no nos na num numa nel nella sul sulla alla".split())


def _part_ok(p: str, gaz, sexual) -> bool:
    return (len(p) >= 3 and p not in sexual and not gaz.is_common_word(p) and p not in gaz.words_common
            and p not in gaz.proper_other and p not in PLACE_PREFIX)


def _named(p: str, gaz, namer) -> bool:
    return p in gaz.first or p in gaz.surname_rank or not gaz.is_known(p) and namer.namelike(p, 0.5)


def _slug(tok: str, gaz, namer, sexual) -> bool:
    parts = tok.split("-")
    core = [p for p in parts if p not in _PARTICLES]
    if len(parts) < 2 or len(core) < 2 or parts[0] in _PARTICLES or parts[-1] in _PARTICLES:
        return False
    ok = [_part_ok(p, gaz, sexual) for p in core]
    if len(core) < len(parts) and sum(ok) >= len(core) - 1 and sum(ok) >= 1 and all(
            p not in sexual and len(p) >= 3 for p in core):
        # An Arabic, Dutch or Romance name particle inside ("amal-bint-rashed", "jan-van-dijk") says the
        # slug is a name: one part may then be a word ("hind", "noor" are words and names).
        return any(_named(p, gaz, namer) for p, good in zip(core, ok) if good)
    return all(ok) and any(_named(p, gaz, namer) for p in core)


def _joined(tok: str, gaz, namer, sexual) -> bool:
    if not 8 <= len(tok) <= 20 or gaz.is_known(tok) or tok in sexual or not tok.isascii():
        return False
    for k in range(4, len(tok) - 3):
        head, rest = tok[:k], tok[k:]
        if (head in gaz.first and head not in gaz.first_ambiguous and not gaz.is_common_word(head)
                and not gaz.is_known(rest) and rest not in sexual and namer.namelike(rest, 0.5)):
            return True
    return False


def _in_slot(text: str, a: int, words_before: list[str]) -> bool:
    k = a - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] in _ITEM_OPEN:
        return True
    return bool(words_before) and words_before[-1] in _SLOT_BEFORE


def slug_name_findings(nt, field: str, gaz, namer, sexual_words, sexual_field: bool) -> list[Finding]:
    """``full_name`` findings for a slug or joined name in the subject slot (see the module docstring)."""
    text = nt.original[:_LIMIT]
    for m in _TOKEN.finditer(text):
        tok = m.group(1)
        slug = "-" in tok
        if slug and not _slug(tok, gaz, namer, sexual_words):
            continue
        if not slug and not (sexual_field and _joined(tok, gaz, namer, sexual_words)):
            continue
        a, e = m.start(1), m.end(1)
        before = text[max(0, a - 30):a].lower().split()
        if not _in_slot(text, a, before):
            continue
        if not slug and not (before and before[-1] in _SLOT_BEFORE or not text[:a].strip(" [](){}:")
                             or text[:a].rstrip().endswith(("]", "】"))):
            continue  # joined: in a comma tag list an unknown run is a booru tag or a typo ("childern") as often
        if not sexual_field:
            after = text[e:e + 20].split()
            if not after or after[0].lower().strip(",.") not in _AFTER:
                continue
        return [finding("full_name", 0.55, field, nt, a, e, {
            "kind": "slug" if slug else "joined", "case": "lower", "source": "text"})]
    return []
