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
  word ("hind-bint-...": Arabic given names are words as often). No dot, no slash (file names and
  paths are :mod:`.separators`' and :mod:`.lora`'s); round 22: a numeric profile id of 2-6 digits may
  end it ("olesea-stamate-2874", the URL slug of a profile page), and then a gerund after it also says
  a person stands there ("... shaking hands"); one word and a number ("iphone-15") is no slug;
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
from ..folding import strip_marks
from .forms import _DOING_AFTER
from .found import finding
from .lower_initials import _ITEM_OPEN, _PERSON_PREP
from .wordclasses import NO_ACCENT_LETTERS, PLACE_PREFIX

__all__ = ["slug_name_findings"]

_LIMIT = 400
#: A lower-case token of letters, optionally hyphen-joined (bounded parts).
_TOKEN = LazyPattern(r"(?<![\w./@#:-])([a-z\u00e0-\u024f\u1e00-\u1eff]{2,24}(?:-[a-z\u00e0-\u024f\u1e00-\u1eff]{2,20}){0,3})(-[0-9]{2,6})?(?![\w./@:-])")
#: Round 22: a gerund after a slug with a profile id ("olesea-stamate-2874 shaking hands").
_GERUND_ENDS = ("ing", "ando", "endo", "iendo", "indo")
_PARTICLES = frozenset("al el bin bint ibn abu van von der de da di du del della dos das la le ben ould".split())
#: Words before the token that put a person after them (beside those of lower_initials).
_SLOT_BEFORE = _PERSON_PREP | frozenset("where whom when so que onde wo dove".split())
#: Round 22: a face put on someone ("replace the actor's face with X", "rosto de X"): a person slot.
_FACE = frozenset("face faces rosto cara visage gesicht viso gezicht".split())
#: Round 22: verbs of seeing before the person a request wants to see ("queria ver X sem roupa").
_SEE_BEFORE = frozenset("see ver voir vedere sehen zien".split())
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


_TRANSLIT = str.maketrans({**NO_ACCENT_LETTERS, "đ": "d"})


def ascii_fold(tok: str) -> str:
    """Round 22: a lower-case token in Latin letters as ASCII: marks stripped, "ð", "þ", "æ", "ø", "ł" spelled."""
    return strip_marks(tok.lower().translate(_TRANSLIT))


def _name_piece(p: str, gaz, namer, sexual, like: float) -> bool:
    """A piece of a joined name: 3+ letters, no word of the sexual lexicon, a listed given name or surname
    that is no common word, or a token no list holds that the name-likeness model reads as a name."""
    if len(p) < 3 or p in sexual:
        return False
    if p in gaz.first or p in gaz.surname_rank:
        return not gaz.is_common_word(p) or p in gaz.surname_rank and len(p) >= 5
    if gaz.is_known(p):
        return False
    return namer.namelike(p, like) or len(p) >= 7 and p.endswith(_SURNAME_ENDS)


#: Endings of patronymics and surnames the name-likeness model reads poorly ("olafsdottir", "natsvlishvili").
_SURNAME_ENDS = ("dottir", "sson", "ovich", "evich", "ovna", "evna", "enko", "shvili", "dze", "poulos", "poulou",
                 "oglu", "escu", "ovic", "evic", "wicz", "ewicz", "ski", "ska", "sky", "yan", "nen", "ishvili")


def _joined_wide(tok: str, gaz, namer, sexual) -> bool:
    """Round 22: a joined name in a strong person slot, also where the first piece is on no list and in
    other Latin letters ("jasleengrewal", "androullavassiliou", "itamarvieirajunior", "valterhugomãe",
    "ayọbámiadébáyọ" folded): 9-24 letters, no word, no listed name or place as a whole, split into
    two or three pieces (each 3+ letters, the first 4+ unless it is a census given name before a rest of
    8+ letters, "ana|natsvlishvili") that are listed names or that the name-likeness model reads as names
    (an unlisted first piece at 0.8, the others at 0.5). Compounds of words ("cyberpunkcity",
    "sailormoon") have a piece that is a word and fail."""
    if not 9 <= len(tok) <= 24 or not tok.isalpha() or not tok.isascii() or tok in sexual:
        return False
    if gaz.is_known(tok) or tok in gaz.first or tok in gaz.surname_rank or tok in PLACE_PREFIX:
        return False
    for k in range(3, len(tok) - 3):
        head, rest = tok[:k], tok[k:]
        if k == 3 and not (head in gaz.first_census and len(rest) >= 8):
            continue
        if head in gaz.first_ambiguous or not _name_piece(head, gaz, namer, sexual, 0.8):
            continue
        if len(rest) >= 4 and _name_piece(rest, gaz, namer, sexual, 0.5 if head in gaz.first else 0.8):
            return True
        for q in range(3, len(rest) - 2):
            if _name_piece(rest[:q], gaz, namer, sexual, 0.8) and _name_piece(rest[q:], gaz, namer, sexual, 0.8):
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
        tok, num = m.group(1), m.group(2)
        slug = "-" in tok
        if num is not None and not slug:
            continue  # "iphone-15", "covid-19": one word and a number is a product or a year
        if slug and not _slug(tok, gaz, namer, sexual_words):
            continue
        if not slug and not (sexual_field and _joined(tok, gaz, namer, sexual_words)
                             or _joined_wide(ascii_fold(tok), gaz, namer, sexual_words)):
            continue
        a, e = m.start(1), m.end(1)
        before = text[max(0, a - 30):a].lower().split()
        if not _in_slot(text, a, before) and not (sexual_field and before and before[-1] in _SEE_BEFORE):
            continue
        if not slug and not (before and (before[-1] in _SLOT_BEFORE or sexual_field and before[-1] in _SEE_BEFORE)
                             or not text[:a].strip(" [](){}:")
                             or text[:a].rstrip().endswith(("]", "】"))):
            continue  # joined: in a comma tag list an unknown run is a booru tag or a typo ("childern") as often
        face = len(before) >= 2 and before[-2].strip(",.'’s") in _FACE and before[-1] in _SLOT_BEFORE
        if not sexual_field and not face:
            after = text[m.end():m.end() + 20].split()
            first = after[0].lower().strip(",.") if after else ""
            if first not in _AFTER and not ((num is not None or not slug) and len(first) >= 6
                                            and first.endswith(_GERUND_ENDS)):
                continue
        return [finding("full_name", 0.55, field, nt, a, e, {
            "kind": "slug" if slug else "joined", "case": "lower", "source": "text",
            **({"profile_id": True} if num is not None else {})})]
    return []
