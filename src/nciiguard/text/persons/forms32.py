"""Name forms of round 32 (issue 10): a person named in a written form no other reader accepts.

Run by :class:`.reader.PersonReader` after the round-30 forms, only over runs no subject finding covers
yet. Each form is reported as ``name_in_slot`` (0.6, ``slot`` ``name_form``, ``form`` naming the form);
the span is the name as the user wrote it. Nothing here makes a prompt sexual.

- **particle family** (``particle_family``): a given name, a family particle and a capitalised family name
  ("Julyana Al-Sadeq", "Rana El-Masri", "Omar bin Talal", "Ilse van Wyk"): the Arabic article joined by a
  hyphen (al/el/ul/ad/an/ar/as/ash/at/az) or any particle the name readers know (bin, ibn, ben, abu, van,
  von, de, di, da, du, le, la, del, dos, das, der, ter, ten) after a space. The family read alone is often
  a given name too ("Sadeq"), which the pair readers refuse as a surname. The given name is capitalised,
  3+ letters, no common word of any language the guard reads and no place; the family is capitalised, 3+
  letters, no word and no place ("Visit Al-Jazeera", "El Niño", "Hotel du Lac", "de la serie" are none).
  Also read on a copy of the field with letter-by-letter dots taken out ("J.u.l.y.a.n.a A.l.-.S.a.d.e.q").
- **initial at an item start** (``initial_act``): one capital initial, its dot and a capitalised family
  name where an item starts (the field start, after a colon, an arrow, a comma or a dash) and an act
  follows (a word of the sexual lexicon, a participle, a preposition): "J. Easterly nude ...", "L. Cá
  having sex", "L. Cá numa coletiva". The family may be a word when it is a listed surname ("Easterly"),
  and two letters when it carries an accent ("Cá"); never a place, a sexual word, an acronym's letters.
- **short family** (``short_family``): a listed given name that is no common word and a capitalised
  family of two letters with an accent or a listed surname of two letters that is no word ("Liliana Cá",
  "Anna Ng") before an act or the end.
- **family, given after a slot** (``family_comma_slot``): the round-30 catalogue order ("Hudson,
  Victoria", "Cant, Sanne") where the round-30 form refused a word: after a slot word ("portrait de Cant,
  Sanne") with a listed given name that is no word and no place, or before an act ("Hudson, Victoria
  waving") with a listed surname and a listed given name ("Victoria" is also a place). Two places ("Paris,
  France"), a list going on ("Washington, George Street"), a heading in capitals are no person.
- **snake handle at an item start** (``snake_act``): "tigist_gebremedhin sunbathing nude": a lower-case
  ``a_b`` of two parts of 4+ letters, no part a word of any language, at an item start and before an act.

Cost: a literal gate per form (a hyphen or particle, ". ", ", ", "_", two capitals), then one bounded
regular expression each over the first 400 characters.
"""

from __future__ import annotations

import re
import unicodedata

from ...findings import Finding
from ..folding import strip_marks
from .forms27 import _AFTER_NAME, _fold, _frequent, _name_like
from .forms30 import _SLOT_OR_VERB, _word_before
from .found import finding
from .place_words import _places
from .wordclasses import PARTICLES

__all__ = ["may_apply", "direct_findings", "plain_variant", "slot_findings", "undotted"]

_LIMIT = 400
_L = r"[^\W\d_]"
_UP = r"[^\W\d_a-z]"

_HYPHEN_PARTICLES = "al el ul ud ad ed an ar as ash at az".split()
#: The shared surname particles (wordclasses.PARTICLES) read after a space, less those that are also an ordinary
#: word before a capitalised one ("do", "y", "den", "della", "delle") or a patronymic word rarer than a family name
#: ("bint", "bani", "banu").
_SPACE_PARTICLES = sorted(PARTICLES - {"do", "y", "den", "della", "delle", "bint", "bani", "banu"})
_PARTICLE = re.compile(
    rf"(?<![\w'’.-])(?P<given>{_UP}{_L}{{2,20}})\s"
    rf"(?:(?P<hp>(?i:{'|'.join(_HYPHEN_PARTICLES)}))-|(?P<sp>(?i:{'|'.join(_SPACE_PARTICLES)}))\s)"
    rf"(?P<fam>{_UP}{_L}{{2,24}}(?:-{_UP}{_L}{{2,24}})?)(?P<pos>['’]s)?(?![\w-])")

#: Words after a name that show a person's act: prepositions of the languages read, besides _AFTER_NAME.
_AFTER_ACT = _AFTER_NAME | frozenset("""numa num dans une nel nella nello sulla alla beim vor hinter unter
    while als als wie comme como come""".split())
_PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:ing|ndo|ndose|ant|ando|endo)$")


def _given_ok(gaz, word: str) -> bool:
    g = _fold(word)
    if len(g) < 3 or g in _places():
        return False
    if g in gaz.first:
        return not gaz.is_common_word(g) and not _frequent(g)
    return not gaz.is_known(g) and not _frequent(g)


def _word_free(gaz, word: str) -> bool:
    """No word of any language the guard reads, no place: a family name as written."""
    w = _fold(word)
    return not (gaz.is_known(w) and w not in gaz.first and w not in gaz.surname_rank) and not _frequent(w) \
        and not gaz.is_common_word(w) and w not in _places()


_WORD_START = re.compile(r"(?<![\w'’.-])[^\W\d_]")


def _matches(rx: re.Pattern[str], text: str):
    """Every match of ``rx`` at a word start, overlapping ones too ("Gesicht von Julyana Al-Sadeq": the
    refused "Gesicht von Julyana" must not hide "Julyana Al-Sadeq"); each match is bounded: linear."""
    for w in _WORD_START.finditer(text):
        m = rx.match(text, w.start())
        if m is not None:
            yield m


def _particle(text: str, gaz, covered, out: list) -> None:
    for m in _matches(_PARTICLE, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b):
            continue
        part = (m.group("hp") or m.group("sp"))
        if part.isupper() and len(part) > 1 or m.group("given").isupper() or m.group("fam").isupper():
            continue  # capitals throughout: a heading or a brand
        if not _given_ok(gaz, m.group("given")):
            continue  # "Visit Al-Jazeera", "Hotel du Lac": a word before the particle
        if not all(_word_free(gaz, p) for p in m.group("fam").split("-")):
            continue  # "Costa del Sol", "Noche de Paz"
        if _sexual_word(m.group("fam")):
            continue
        out.append((a, b, "particle_family", {}))


# --- helpers on what stands around a run ------------------------------------------------------------------
_ITEM_OPEN = re.compile(r"(?:^|[,:;>|—–(]|\s-|\n)\s*$")


def _item_start(text: str, a: int) -> bool:
    return _ITEM_OPEN.search(text[max(0, a - 6):a]) is not None


def _sexual_word(word: str) -> bool:
    from .deixis import folded_sexual_words

    return strip_marks(word.lower()) in folded_sexual_words()


def _act_after(text: str, b: int) -> bool:
    """An act follows the run: a word of the sexual lexicon, a participle or a preposition."""
    nxt = re.match(r"\s+([^\W\d_]+)", text[b:b + 40])
    if nxt is None:
        return False
    w = nxt.group(1).lower()
    return w in _AFTER_ACT or _PARTICIPLE.match(w) is not None or _sexual_word(w)


# --- initial at an item start ---------------------------------------------------------------------------------
_INITIAL = re.compile(rf"(?<![\w.'’-])(?P<i>{_UP})\.\s?(?P<fam>{_UP}{_L}{{1,24}})(?P<pos>['’]s)?(?![\w.-])")


def _family_ok(gaz, fam: str) -> bool:
    f = _fold(fam)
    if fam.isupper() or f in _places() or _sexual_word(fam):
        return False
    if len(fam) == 2:
        return not fam.isascii() or f in gaz.surname_rank and not gaz.is_known(f) and not _frequent(f)
    return _word_free(gaz, fam) or f in gaz.surname_rank


def _initial(text: str, gaz, covered, out: list) -> None:
    for m in _INITIAL.finditer(text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b) or not _item_start(text, a):
            continue
        if not _family_ok(gaz, m.group("fam")):
            continue
        if m.group("pos") or _act_after(text, b):
            out.append((a, b, "initial_act", {}))


# --- short family -------------------------------------------------------------------------------------------
_SHORT = re.compile(rf"(?<![\w'’.-])(?P<given>{_UP}{_L}{{2,20}}) (?P<fam>{_UP}{_L})(?P<pos>['’]s)?(?![\w.-])")


def _short(text: str, gaz, covered, out: list) -> None:
    for m in _matches(_SHORT, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b):
            continue
        g = _fold(m.group("given"))
        if g not in gaz.first or gaz.is_common_word(g) or _frequent(g) or g in _places():
            continue
        if not _family_ok(gaz, m.group("fam")):
            continue
        rest = text[b:b + 3].lstrip()
        if m.group("pos") or not rest or rest[:1] in ",.;:!?)" or _act_after(text, b):
            out.append((a, b, "short_family", {}))


# --- family, given after a slot or before an act -------------------------------------------------------------
_COMMA = re.compile(rf"(?<![\w'’-])(?P<fam>{_UP}{_L}{{2,24}}),\s(?P<given>{_UP}{_L}{{2,20}})(?P<pos>['’]s)?(?![\w-])")


def _comma(text: str, gaz, covered, out: list) -> None:
    for m in _matches(_COMMA, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("given")
        if covered.overlaps(a, b) or m.group("fam").isupper() or not m.group("fam").isascii() and \
                not m.group("fam")[0].isascii():
            continue
        rest = text[b:b + 40]
        if re.match(r"\s*(?:,|\s[^\W\d_a-z]|and\b|&)", rest) or re.search(r",\s*$", text[max(0, a - 3):a]):
            continue  # a list goes on, or this is its second item
        fam, g = _fold(m.group("fam")), _fold(m.group("given"))
        if fam in _places() or g not in gaz.first or fam in gaz.first and fam not in gaz.surname_rank:
            continue
        if _sexual_word(fam):
            continue
        slot = _word_before(text, a) in _SLOT_OR_VERB
        if slot and g not in _places() and not gaz.is_common_word(g):
            out.append((a, b, "family_comma_slot", {}))
        elif fam in gaz.surname_rank and (m.group("pos") or _act_after(text, b)):
            out.append((a, b, "family_comma_slot", {}))


# --- snake handle at an item start -------------------------------------------------------------------------------
_SNAKE = re.compile(r"(?<![\w@./#:-])(?P<a>[a-z]{4,15})_(?P<b>[a-z]{4,20})(?P<pos>['’]s)?(?![\w@/.(-])")


def _snake(text: str, gaz, covered, out: list) -> None:
    for m in _SNAKE.finditer(text):
        a, b = m.start(), m.end("b")
        if covered.overlaps(a, b) or not _item_start(text, a):
            continue
        parts = (m.group("a"), m.group("b"))
        if any(gaz.is_known(p) and p not in gaz.first and p not in gaz.surname_rank or _frequent(p)
               or gaz.is_common_word(p) or p in _places() or _sexual_word(p) for p in parts):
            continue  # a code identifier or a tag of words ("hair_style", "user_name")
        if m.group("pos") or _act_after(text, m.end()):
            out.append((a, b, "snake_act", {}))


# --- two letters swapped in a family name ---------------------------------------------------------------------
_SWAP = re.compile(rf"(?<![\w'’.-])(?P<given>{_UP}[a-z]{{1,14}}(?:-[a-z]{{1,6}})?) (?P<fam>{_UP}[a-z]{{3,20}})(?P<pos>['’]s)?(?![\w-])")
_SWAP_RANK = 5000


def _swapped_surname(gaz, fam: str) -> str | None:
    """The listed surname (rank <= 5000) that ``fam`` is with two neighbouring letters swapped, if any."""
    for i in range(1, len(fam) - 1):
        cand = fam[:i] + fam[i + 1] + fam[i] + fam[i + 2:]
        if cand != fam and gaz.surname_rank.get(cand, 10 ** 9) <= _SWAP_RANK:
            return cand
    return None


def _swap(text: str, gaz, covered, out: list) -> None:
    """"Ha-eun Hwnag", "Maria Gonzlaez": a given name (listed and no common word, or a romanised given name of
    two syllables joined by a hyphen) and a capitalised word of no list that is a frequent surname with two
    neighbouring letters swapped. Linear: one swap per letter of a bounded word."""
    for m in _matches(_SWAP, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b):
            continue
        g, fam = _fold(m.group("given")), _fold(m.group("fam"))
        if "-" in g:
            if not all(1 <= len(p) <= 6 for p in g.split("-")) or gaz.is_known(g):
                continue
        elif g not in gaz.first or gaz.is_common_word(g) or _frequent(g) or g in _places():
            continue
        if gaz.is_known(fam) or _frequent(fam) or fam in gaz.surname_rank or fam in gaz.first or fam in _places():
            continue
        if _swapped_surname(gaz, fam) is not None:
            out.append((a, b, "swapped_family", {}))


# --- a look-alike capital in a name ----------------------------------------------------------------------------
_LOOK_CAPS = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТХЅІЈ"
_LOOK_PAIR = re.compile(rf"(?<![\w'’-])(?P<x>[A-Z{_LOOK_CAPS}][a-z]{{2,20}}) (?P<y>[A-Z{_LOOK_CAPS}][a-z]{{2,24}})"
                        rf"(?P<pos>['’]s)?(?![\w-])")


def _lookalike(text: str, gaz, covered, out: list) -> None:
    """Two Title-case Latin words, one opening with a Greek or Cyrillic capital that looks like a Latin one
    ("Juniper Τattersfield"): a name disguised letter by letter; no ordinary text mixes scripts inside a word."""
    for m in _matches(_LOOK_PAIR, text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("y")
        x, y = m.group("x"), m.group("y")
        if covered.overlaps(a, b) or not (x[0] in _LOOK_CAPS or y[0] in _LOOK_CAPS):
            continue
        plain = [_LOOKALIKE.get(w[0], w[0]) + w[1:] for w in (x, y)]
        if any(_sexual_word(w) or _fold(w) in _places() for w in plain):
            continue
        if all(gaz.is_common_word(_fold(w)) for w in plain):
            continue  # two common words ("Τhe Εnd")
        out.append((a, b, "lookalike_name", {}))


# --- copies of the field ------------------------------------------------------------------------------------------
_DOTTED = re.compile(rf"(?<![\w.])(?:{_L}\.-?\.?){{2,30}}{_L}?\.?(?![\w])")


def undotted(text: str) -> tuple[str, list[int]] | None:
    """``(copy, where)``: the field with the dots of letter-by-letter runs taken out ("J.u.l.y.a.n.a",
    "A.l.-.S.a.d.e.q" -> "Julyana", "Al-Sadeq"); ``where[i]`` is the original index of the copy's i-th
    character; None when no run has 3 letters or more."""
    if text.count(".") < 3:
        return None
    out: list[str] = []
    where: list[int] = []
    last, changed = 0, False
    for m in _DOTTED.finditer(text):
        run = m.group()
        if sum(c.isalpha() for c in run) < 2 or sum(c == "." for c in run) < 2:
            continue
        for i in range(last, m.start()):
            out.append(text[i])
            where.append(i)
        for i in range(m.start(), m.end()):
            if text[i] != ".":
                out.append(text[i])
                where.append(i)
        last, changed = m.end(), True
    if not changed:
        return None
    for i in range(last, len(text)):
        out.append(text[i])
        where.append(i)
    return "".join(out), where


#: Capital letters of Greek and Cyrillic that look like a Latin capital ("Τattersfield" with a Greek Tau).
_LOOKALIKE = dict(zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТХЅІЈ", "ABEZHIKMNOPTYXABEKMHOPCTXSIJ"))


def plain_variant(text: str) -> tuple[str, list[int]] | None:
    """``(copy, where)``: the field with any space other than U+0020 written as a space (a no-break space
    between two words of a name), a Greek or Cyrillic capital that looks like a Latin one written in Latin
    where it opens a word of Latin lower-case letters ("Τattersfield"), and the "#" of a hashtag in another
    script left out ("what does #김민지 eat": the run as the script's readers read it); ``where[i]`` is the
    original index of the copy's i-th character; None when nothing changes."""
    out: list[str] = []
    where: list[int] = []
    changed = False
    n = len(text)
    for i, c in enumerate(text):
        if c != " " and c.isspace() and c not in "\n\r\t":
            c, changed = " ", True
        elif c in _LOOKALIKE and i + 2 < n and text[i + 1].isascii() and text[i + 1].islower() \
                and text[i + 2].isascii() and text[i + 2].isalpha() and (i == 0 or not text[i - 1].isalpha()):
            c, changed = _LOOKALIKE[c], True
        elif c == "#" and i + 1 < n and text[i + 1].isalpha() and not text[i + 1].isascii() \
                and not unicodedata.name(text[i + 1], "").startswith("LATIN") and (i == 0 or text[i - 1] == " "):
            changed = True
            continue
        out.append(c)
        where.append(i)
    return ("".join(out), where) if changed else None


# --- entry points ----------------------------------------------------------------------------------------------
def may_apply(text: str) -> bool:
    """Cheap gate: a hyphen, a dot, a comma, an underscore or an unusual space or capital in the first 400
    characters, or two capitalised words."""
    head = text[:_LIMIT]
    return any(c in "-.,_#" or c in _LOOKALIKE or c != " " and c.isspace() for c in head) \
        or sum(1 for w in head.split() if w[:1].isupper()) >= 2


def _forms(text: str, gaz, covered) -> list:
    found: list = []
    if re.search(r"(?i)[a-z]-|\s[a-z]{2,3}\s", text):
        _particle(text, gaz, covered, found)
    if ". " in text or "." in text:
        _initial(text, gaz, covered, found)
    if any(c.isupper() for c in text):
        _short(text, gaz, covered, found)
    if ", " in text:
        _comma(text, gaz, covered, found)
    if "_" in text:
        _snake(text, gaz, covered, found)
    if any(c in _LOOKALIKE for c in text):
        _lookalike(text, gaz, covered, found)
    if any(c.isupper() for c in text):
        _swap(text, gaz, covered, found)
    return found


def direct_findings(nt, field: str, gaz, covered) -> list[Finding]:
    text = nt.original[:_LIMIT]
    found = _forms(text, gaz, covered)
    und = undotted(text)
    if und is not None:
        copy, where = und
        for a, b, form, ev in _forms(copy, gaz, _NoCover()):
            x, y = where[a], where[b - 1] + 1
            if not covered.overlaps(x, y) and text[x:y] != copy[a:b]:
                found.append((x, y, form, {**ev, "dotted": True}))
    return slot_findings(found, text, field, nt)


#: Words that credit an author right before a name ("art by", "inspired by", "painted by", "par", "por").
_CREDIT_BEFORE = frozenset("""by par por inspired painted artist artists painter photographed illustrated drawn
    directed gemalt peint pintado dipinto""".split())
_STYLE_OF = re.compile(r"(?:style|manner|stil|estilo|stile|stijl|maniere|manière)\s+(?:of|de|di|von|van|d')\s*$", re.I)
_STYLE_AFTER = frozenset("style styled artstyle aesthetic stil estilo stile".split())



def slot_findings(found: list, text: str, field: str, nt) -> list[Finding]:
    """``name_in_slot`` findings (0.6) of the name forms ``found`` ((start, end, form, evidence) in ``text``), the
    first of overlapping ones kept, none on an artist's credit or a fictional character. Shared by the round-32 and
    round-33 name forms (:mod:`.forms33`)."""
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for a, b, form, ev in sorted(found):
        if any(a < y and x < b for x, y in taken) or _styled_item(text, a, b) or _fictional(text[a:b]):
            continue
        taken.append((a, b))
        out.append(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": "name_form", "form": form, **ev}))
    return out

def _styled_item(text: str, a: int, b: int) -> bool:
    """An artist's credit, not the subject (the style readers' business): a credit word among the three words
    before the run ("art by", "inspired by"), "style of" right before it, or "style" right after it ("X style
    painting"). A style word elsewhere in the item does not count ("hidden-camera style shot of X")."""
    before = text[max(0, a - 40):a]
    words = re.findall(r"(?<![-\w])[^\W\d_]+", before.lower())[-3:]
    if any(w in _CREDIT_BEFORE for w in words) or _STYLE_OF.search(before):
        return True
    nxt = re.match(r"\s*-?\s*([^\W\d_]+)", text[b:b + 20])
    return nxt is not None and nxt.group(1).lower() in _STYLE_AFTER


def _fictional(run: str) -> bool:
    """A fictional character's pair as the name readers list it ("hatsune_miku", "Lara Croft")."""
    from .wordclasses import FICTIONAL

    words = [_fold(w) for w in re.findall(r"[^\W\d_]+", run)]
    return len(words) >= 2 and (words[0], words[-1]) in FICTIONAL


class _NoCover:
    @staticmethod
    def overlaps(a: int, b: int) -> bool:
        return False
