"""Name forms of round 33 (issue 10): a person named in a written form no other reader accepts.

Run by :class:`.reader.PersonReader` after the round-32 forms, only over runs no subject finding covers
yet. Each form is reported as ``name_in_slot`` (0.6, ``slot`` ``name_form``, ``form`` naming the form);
the span is the name as the user wrote it. Nothing here makes a prompt sexual.

- **initials and family** (``initials_family``): one to three capital initials, each with its dot, and a
  capitalised family name ("M. D. Centa", "A. Vergé-Dépré", "C. In-jeong"), where a person stands: an item
  start, after a slot word or a verb that puts a person ("de", "of", "did"), or before a possessive; and a
  lower-case word, punctuation or the end follows (not another capitalised word: the pair readers' middle
  initial). The round-30 and round-32 forms took one initial and a family of three letters after a slot,
  or one initial at an item start before an act. The family is no word of any language the guard reads, no
  place and no sexual word, or a listed surname; a hyphenated family may have a part of one or two letters
  ("In-jeong", a romanised given name) when the whole is no word. Not an acronym's letters ("U. S. Army"),
  a place ("of W. Europe"), a time ("A. M. radio").
- **given name and family initial** (``given_initial``): "Tirunesh D. giving a speech", "Claudia Ruiz P.'s":
  a capitalised given name (listed and no common word, or 4+ letters of no word of any language) and one
  capital with its dot, then a lower-case word, punctuation or the end; the given name must stand where a
  person stands (an item start, after a slot word or verb) unless it is listed. "Vitamin D. Also", "Plan B.",
  "Line 5" have a word for the given name.
- **family given** (``family_given``): the reversed order without a comma ("McBean Marnie", "Blummenfelt
  Kristian paseando", "¿quién es Green Hannah?"): a capitalised word that is a listed surname or no word,
  and no given name itself, then a listed given name that is no common word, where a person stands (an item
  start, after a slot word, a verb or a copula) and before a lower-case word, punctuation or the end. The
  given-first pair readers take the first word for the given name and refuse the pair. A family that is a
  common word ("Green") needs a slot before it and the end or punctuation after ("Green Park", "Rose Garden"
  have no given name second).
- **letters joined by underscores** (``underscore_letters``): "a_n_n_e b_u_i_j_s en topless": one or two
  runs of single letters joined by "_" read as words, the first a listed given name that is no common word,
  the second (if any) no common word.
- **Japanese name with a kana given name in a Latin prompt** (``cjk_kana_name``): "奈良くるみ at an awards
  gala", "paint 大坂なおみ ...": one to three Han characters and two to four hiragana that neither open nor
  close like grammar, opening the text or after a slot word or verb, with Latin words after it. The round-27
  other-script form takes Han runs only.

Cost: a literal gate per form (". ", "_", two capitals, a hiragana), then one bounded regular expression each
over the first 400 characters; every match is bounded, so the reading is linear in the text.
"""

from __future__ import annotations

import re

from ...findings import Finding
from .forms27 import _fold, _frequent, _name_like
from .forms30 import _SLOT_OR_VERB, _word_before
from .forms32 import _ITEM_OPEN, _item_start, _matches, _sexual_word, _word_free, slot_findings
from .place_words import _places
from .wordclasses import PLACE_PREFIX

__all__ = ["may_apply", "direct_findings"]

_LIMIT = 400
_L = r"[^\W\d_]"
_UP = r"[^\W\d_a-z]"

#: Where a person stands before a name besides the round-27 slot words and verbs: a copula or question word
#: of the languages read ("quién es X", "wer ist X"), and prepositions those lists leave out.
_PERSON_BEFORE = _SLOT_OR_VERB | frozenset("""es est ist è é je jest van af av met avec mit con com cu para pour per
    voor quién quien qui wer chi quem who""".split())
#: What may follow a name: a lower-case word, punctuation or the end; not another capitalised word.
_AFTER_OK = re.compile(r"(?:\s*$|\s*[,.;:!?)\]'’]|\s+[a-zà-öø-ÿ])")


def _person_before(text: str, a: int) -> bool:
    return _item_start(text, a) or _word_before(text, a) in _PERSON_BEFORE


def _after_ok(text: str, b: int) -> bool:
    return _AFTER_OK.match(text, b) is not None


# --- initials and family ------------------------------------------------------------------------------------
_INITIALS = re.compile(rf"(?<![\w.'’-])(?P<ini>(?:{_UP}\.\s?){{1,3}})(?P<fam>{_UP}{_L}{{1,24}}(?:-{_L}{{1,24}})?)"
                       rf"(?P<pos>['’]s)?(?![\w.-])")


def _family_ok(gaz, fam: str) -> bool:
    f = _fold(fam)
    if fam.isupper() or f in _places() or any(_sexual_word(p) for p in fam.split("-")):
        return False
    parts = f.split("-")
    if len(parts) == 2:
        # "In-jeong", "Vergé-Dépré": a double family or a romanised given name; the whole is no word
        return not gaz.is_known(f) and not _frequent(f) and len(f) >= 5 and (
            all(_word_free(gaz, p) for p in parts if len(p) > 2) or not fam.isascii()
            or f.replace("-", "") in gaz.surname_rank)
    if len(f) < 3:
        return False
    return _word_free(gaz, fam) or f in gaz.surname_rank and not gaz.is_common_word(f)


def _initials_family(text: str, gaz, covered, out: list) -> None:
    for m in _INITIALS.finditer(text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b):
            continue
        if re.search(r"(?:^|[^\w])[^\W\d_]\.\s?$", text[max(0, a - 4):a]):
            continue  # more letters of an acronym before ("U. S. A. Today")
        if not _family_ok(gaz, m.group("fam")):
            continue
        if not (m.group("pos") or _person_before(text, a)) or not _after_ok(text, b):
            continue
        out.append((a, b, "initials_family", {}))


# --- given name and family initial ----------------------------------------------------------------------------
_GIVEN_INITIAL = re.compile(rf"(?<![\w.'’-])(?P<given>{_UP}{_L}{{2,20}}) (?P<ini>{_UP})\.(?P<pos>['’]s)?(?![\w.-])")


def _given_initial(text: str, gaz, covered, out: list) -> None:
    for m in _matches(_GIVEN_INITIAL, text):
        a = m.start()
        b = m.end()
        if covered.overlaps(a, b) or m.group("given").isupper():
            continue
        rest = text[b:b + 4]
        if re.match(r"\s?[^\W\d_]\.", rest):
            continue  # a second initial follows ("John F. K."): the pair readers' business
        if not _after_ok(text, b):
            continue
        g = _fold(m.group("given"))
        if g in _places() or _sexual_word(g) or _frequent(g) or gaz.is_common_word(g):
            continue
        listed = g in gaz.first and not gaz.is_known(g)
        unknown = len(g) >= 4 and not gaz.is_known(g) and g not in gaz.first
        if listed and (m.group("pos") or _person_before(text, a) or _after_ok(text, b)):
            out.append((a, b, "given_initial", {}))
        elif unknown and (m.group("pos") or _person_before(text, a)):
            out.append((a, b, "given_initial", {}))


#: First words of place names, before a word that is also a given name ("Fort William", "Lake Louise").
_PLACE_FIRST = PLACE_PREFIX | frozenset("cape bay point camp glen mount isle port lake kap kapp".split())


# --- family given ------------------------------------------------------------------------------------------
_FAM_GIVEN = re.compile(rf"(?<![\w'’.-])(?P<fam>{_UP}[a-zà-öø-ÿ]{{1,3}}(?:{_UP})?[a-zà-öø-ÿ]{{1,20}}) "
                        rf"(?P<given>{_UP}[a-zà-öø-ÿ]{{2,15}})(?P<pos>['’]s)?(?![\w-])")


def _family_given(text: str, gaz, covered, out: list) -> None:
    for m in _matches(_FAM_GIVEN, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("given")
        if covered.overlaps(a, b):
            continue
        fam, g = _fold(m.group("fam")), _fold(m.group("given"))
        if g not in gaz.first or gaz.is_common_word(g) or gaz.is_known(g) or _frequent(g) or g in _places():
            continue
        if fam in gaz.first or fam in _places() or fam in _PLACE_FIRST or _sexual_word(fam) or len(fam) < 3:
            continue  # two given names ("Anna Maria"), a place ("Fort William", "Cape Ann", "Port Elizabeth")
        if not (m.group("pos") or _person_before(text, a)) or not _after_ok(text, b):
            continue
        if _word_free(gaz, m.group("fam")):
            out.append((a, b, "family_given", {}))
        elif fam in gaz.surname_rank and (gaz.is_common_word(fam) or gaz.is_known(fam)):
            # "Green Hannah": a common word as the family only in a slot and before the end or punctuation
            rest = text[b:b + 3]
            if _word_before(text, a) in _PERSON_BEFORE and re.match(r"\s*(?:$|[,.;:!?)])", rest):
                out.append((a, b, "family_given", {}))
        elif fam in gaz.surname_rank:
            out.append((a, b, "family_given", {}))


# --- letters joined by underscores -------------------------------------------------------------------------
_UNDERSCORED = re.compile(r"(?<![\w])(?P<x>(?:[^\W\d_]_){2,14}[^\W\d_])(?: (?P<y>(?:[^\W\d_]_){1,19}[^\W\d_]))?(?![\w])")


def _underscored(text: str, gaz, covered, out: list) -> None:
    for m in _UNDERSCORED.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        x = _fold(m.group("x").replace("_", ""))
        y = _fold(m.group("y").replace("_", "")) if m.group("y") else None
        if x not in gaz.first or gaz.is_common_word(x) or _sexual_word(x) or x in _places():
            continue
        if y is not None and (gaz.is_common_word(y) or _frequent(y) or _sexual_word(y) or y in _places()):
            continue
        if y is None and (len(x) < 4 or gaz.is_known(x) or _frequent(x)):
            continue
        out.append((a, b, "underscore_letters", {}))


# --- Japanese name with a kana given name --------------------------------------------------------------------
_KANA_NAME = re.compile(r"(?<![\u3040-\u30ff\u3400-\u9fff])(?P<run>[\u4e00-\u9fff]{1,3}[\u3041-\u3096]{2,4})"
                        r"(?![\u3040-\u30ff\u3400-\u9fff])")


def _kana_name(text: str, covered, out: list) -> None:
    from .same_script import _ja_kana_given_before

    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if latin < 8:
        return  # a prompt in Latin letters
    for m in _KANA_NAME.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b) or _ja_kana_given_before(text, b) != a:
            continue  # the kana open or close like grammar, or the Han part is no family name's length
        before = text[max(0, a - 30):a]
        last = before.rstrip()[-1:]
        if last and last in "'\"‘’“”「『«:：":
            continue  # a quoted word ("the word 'さくら'")
        opens = not before.strip() or _ITEM_OPEN.search(before[-6:]) is not None
        slot = before.endswith(" ") and _word_before(text, a) in _PERSON_BEFORE
        if (opens or slot) and re.match(r"(?:['’]s)?(?:\s+[a-z]{2,}|\s*[,.!?]|\s*$)", text[b:b + 12]):
            if text[b:b + 2] in ("'s", "’s"):
                b += 2
            out.append((a, b, "cjk_kana_name", {}))


# --- entry points ------------------------------------------------------------------------------------------------
def may_apply(text: str) -> bool:
    """Cheap gate: a dot, an underscore, a hiragana or two capitalised words in the first 400 characters."""
    head = text[:_LIMIT]
    return "." in head or "_" in head or any("\u3041" <= c <= "\u3096" for c in head) \
        or sum(1 for w in head.split() if w[:1].isupper()) >= 2


def direct_findings(nt, field: str, gaz, covered) -> list[Finding]:
    text = nt.original[:_LIMIT]
    found: list = []
    if "." in text:
        _initials_family(text, gaz, covered, found)
        _given_initial(text, gaz, covered, found)
    if sum(1 for w in text.split() if w[:1].isupper()) >= 2:
        _family_given(text, gaz, covered, found)
    if "_" in text:
        _underscored(text, gaz, covered, found)
    if any("\u3041" <= c <= "\u3096" for c in text):
        _kana_name(text, covered, found)
    return slot_findings(found, text, field, nt)
