"""Name forms of round 30 (issue 10): a person named in a written form no other reader accepts.

Run by :class:`.reader.PersonReader` after the round-27 forms, only over runs no subject finding covers
yet. Each form is reported as ``name_in_slot`` (0.6, ``slot`` ``name_form``, ``form`` naming the form);
the span is the name as the user wrote it. Nothing here makes a prompt sexual.

- **masked family name** (``masked_family``): a capitalised given name (listed, or no common word of any
  language the guard reads) before a capitalised word with letters replaced by asterisks ("Taliqua Cl*ncy",
  "Tina Gr**d*n*", "Monica De G*nn*r*", "Odete L*p*s-T*v*r*s"). The masked word must not fit any word of the
  sexual lexicon of its length ("Anna N*ked" is a masked sexual word, not a surname), and the given name is
  no common word ("Holy Sh*t", "What the F*ck").
- **family, given** (``family_comma_given``): catalogue order with a comma ("García, Mavi", "Fiebich,
  Leonie's", "Zaadi, Grâce"): a capitalised word that is a listed surname or no common word and no place,
  a comma and a capitalised listed given name, then no further capitalised word (a list of names goes
  on: "Anna, Maria, Sofia"; two given names are alternatives, not one person). "Paris, France" is a
  place; "Smith, J." is the round-27 initial form's business; a word in capitals before the comma is a
  heading ("WARNING, Grace period ends"). Two words of one non-Latin script with a comma between them were
  read too and dropped at the merge: in Hebrew, Greek or Korean "<noun>, photo" and "Athens, Greece" are
  that shape (pinned tests), and no gazetteer tells a name from a noun there.
- **lower-case name in a person slot** (``lower_slot_name``): "billede af rikke kjaergaard splitternøgen",
  "image of joyciline jepkosgei shaking hands", "de cleopatre darleux pour", "for soufiane el bakkali":
  after a preposition or verb that puts a person (the round-27 slot words, with af/av/von/where/...), a
  listed given name and a family word (with an optional particle) that is no common word of any language
  the guard reads nor a place, 4+ letters (5+ and name-like when the given name is also a common word:
  "line haugsted"); followed by the end, punctuation, a preposition, a participle, a relative pronoun or a
  word of the sexual lexicon. "picture of rose garden" has a common word for the family. Round 31: the family
  may be double, two such words joined by a hyphen ("clemence rousseau-blanc" is not: "blanc" is a word), and
  before a double family the given name may be one no list holds when it is no word of any language either
  ("mets le visage de tigist tesfaye-alemu sur ..."). Not after "by":
  "painted by <given> <family>" is an artist's credit (a style reference), not a subject.
- **initial and family name** (``initial_family``): "nudes of K. Nurse", "logros de J. Flock", "J.
  Cayman's": one capital with a dot and a capitalised word, in a person slot (after a slot word, or before
  a possessive); not a place ("of St. Louis", "of W. Europe"), not an acronym's letters ("U. S. A."), not
  before another capitalised word (the pair readers' middle initial).
- **glued hashtag, snake handle** (``glued_tag``): "#barbaraseixas", "#tharjinisivalingam", "astou_ndour",
  "distria_krasniqi": a hashtag that splits as a given name and a surname (``lora._joined_name``: no two
  common words, "#sunset", "#throwback", "#goldenhour" stay tags); a lower-case ``a_b`` of two parts of 3+
  letters where neither part is a common word and one is a listed given name or surname, or both are
  name-like (code identifiers are words: "user_name", "max_len", "get_item").
- **unknown capitalised pair in a person slot** (``unknown_pair``): "image of Tharjini Sivalingam shaking
  hands", "of Kainat Imtiaz (the athlete)": after a slot word, two capitalised words that are no word of
  any language the guard reads and no place, one of them read as a name by the name-likeness model,
  followed by the end, punctuation, a bracket, a possessive, a preposition or a participle.

Cost: a literal gate per form ("*", ", ", ". ", "#", "_", a lower-case run after a slot word), then one
bounded regular expression each over the first 400 characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ...findings import Finding
from ..folding import strip_marks
from .forms27 import _AFTER_NAME, _SLOT_BEFORE, _VERB_BEFORE, _fold, _frequent, _name_like
from .found import finding
from .place_words import _places
from .wordclasses import FICTIONAL

__all__ = ["may_apply", "direct_findings"]

_LIMIT = 400
_L = r"[^\W\d_]"

# --- masked family -----------------------------------------------------------------------------------
_MASKED = re.compile(
    rf"(?<![\w*'’-])(?P<given>[^\W\d_a-z]{_L}{{1,20}})\s(?:(?P<part>(?:[Dd][eiau]|[Vv]an|[Vv]on|[Ll][ea]|[Dd]el|[Dd]os|[Aa]l|[Ee]l)\s))?"
    rf"(?P<fam>[^\W\d_a-z][\w*]*\*[\w*]*(?:-[\w*]*{_L}[\w*]*)?)(?:['’]s)?(?![\w*-])")


@functools.lru_cache(maxsize=1)
def _sexual_by_length() -> dict[int, tuple[str, ...]]:
    from .deixis import folded_sexual_words

    out: dict[int, list[str]] = {}
    for w in folded_sexual_words():
        if w.isalpha():
            out.setdefault(len(w), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _fits_sexual(masked: str) -> bool:
    m = masked.lower()
    pat = re.compile("".join("." if c == "*" else re.escape(c) for c in m))
    return any(pat.fullmatch(w) for w in _sexual_by_length().get(len(m), ()))


def _masked(text: str, gaz, covered, out: list) -> None:
    for m in _MASKED.finditer(text):
        a, b = m.start(), m.end()
        fam = m.group("fam")
        if covered.overlaps(a, b) or sum(c.isalpha() for c in fam) < 2:
            continue
        g = _fold(m.group("given"))
        if g in _places() or g not in gaz.first and (gaz.is_known(g) or _frequent(g)):
            continue  # "Holy Sh*t", "What the F*ck": a word before the mask
        if any(_fits_sexual(p) for p in fam.split("-") if "*" in p):
            continue
        out.append((a, b, "masked_family", {}))


# --- family, given --------------------------------------------------------------------------------------
_COMMA = re.compile(
    rf"(?<![\w'’-])(?P<fam>[^\W\d_a-z]{_L}{{2,24}}(?:-[^\W\d_a-z]{_L}{{2,24}})?),\s(?P<given>[^\W\d_a-z]{_L}{{1,20}})"
    rf"(?P<pos>['’]s)?(?P<after>\s*(?:,\s*)?{_L}*)")


def _latin_capital(c: str) -> bool:
    return c.isupper() and unicodedata.name(c, "").startswith("LATIN CAPITAL")


def _comma(text: str, gaz, covered, out: list) -> None:
    for m in _COMMA.finditer(text):
        a, b = m.start(), m.end("pos") if m.group("pos") else m.end("given")
        if covered.overlaps(a, b):
            continue
        if m.group("fam").isupper():
            continue  # a heading or an interjection in capitals ("WARNING, Grace period ends")
        if not (_latin_capital(m.group("fam")[0]) and _latin_capital(m.group("given")[0])):
            continue  # Latin script only: "<noun>, photo" in Hebrew or Korean, "Athens, Greece" in Greek
        after = m.group("after").strip(" ,")
        if after[:1].isupper() or "," in m.group("after"):
            continue  # a list goes on ("Smith, Anna, Maria"), or a longer capitalised run
        if re.search(r",\s*$", text[max(0, a - 3):a]):
            continue  # the second item of a comma list
        fam, g = _fold(m.group("fam")), _fold(m.group("given"))
        if fam in _places() or g in _places() or len(g) < 3:
            continue
        if g not in gaz.first and (gaz.is_known(g) or _frequent(g) or not _name_like(g)):
            continue  # no given name after the comma
        if fam in gaz.first and fam not in gaz.surname_rank:
            continue  # two given names: alternatives or an address ("Anna, Maria"; "Thanks, Anna")
        listed_given = g in gaz.first and not gaz.is_common_word(g)
        if not (fam.replace("-", "") in gaz.surname_rank
                or not _frequent(fam) and not gaz.is_common_word(fam) and (not gaz.is_known(fam) or listed_given)):
            continue  # a word before the comma ("Thanks, Anna", "Hello, Grace")
        out.append((a, b, "family_comma_given", {}))


def _word_before(text: str, a: int) -> str | None:
    """The lower-case word right before ``a`` when a space parts them ("image of |Name"), else None."""
    before = text[max(0, a - 30):a]
    if not before.endswith(" "):
        return None
    prev = re.findall(r"[^\W\d_]+", before.lower())
    return prev[-1] if prev else None


#: The slot words of the round-27 forms: a preposition or a verb that puts a person after it.
_SLOT_OR_VERB = _SLOT_BEFORE | _VERB_BEFORE
_INITIAL_SLOT = _SLOT_OR_VERB | {"like", "de"}


# --- lower-case name in a person slot ------------------------------------------------------------------
# "by" is left out: a lower-case name after it is an artist's credit ("painted by <given> <family>"), read as a
# style reference by the person reader, not as the subject.
_LOWER_SLOT = (_SLOT_BEFORE - frozenset("a à and as on like is was des to by".split())) | _VERB_BEFORE \
    | frozenset("af av von van where generate create con avec mit met com cu para pour per für fur voor".split())
_LOWER = re.compile(r"(?<![\w@#/.'’-])(?P<g>[a-z]{3,15}) (?:(?P<p>el|al|de|da|di|van|von|le|la|dos|del|bin|ben) )?"
                    r"(?P<f>[a-z]{3,20}(?:-[a-z]{3,20})?)(?:(?P<p2> [a-z]{3,20}))?(?P<pos>['’]s)?(?![\w@/-])")
_WORD_START = re.compile(r"(?<![\w@#/.'’-])[a-z]")
_AFTER_LOWER = _AFTER_NAME | frozenset("""der som who which that que qui che die den das dat ktora koja fully
    completely totally strips undresses posing poses lying giving doing being wearing på med til fra ved hos
    mens efter för från vid hos und sul nel per tra fra z ze na w przy dla""".split())


def _lower_slot(text: str, gaz, covered, out: list) -> None:
    from .deixis import folded_sexual_words

    sexual = None
    for w in _WORD_START.finditer(text):  # every word start (a match is bounded: linear)
        m = _LOWER.match(text, w.start())
        if m is None:
            continue
        a = m.start()
        if _word_before(text, a) not in _LOWER_SLOT:
            continue
        g, f = m.group("g"), m.group("f")
        parts = f.split("-")
        if g in _places() or any(p in _places() for p in parts):
            continue
        if g not in gaz.first and not (len(parts) == 2 and _unlisted_given(gaz, g)):
            continue  # round 31: an unlisted given name before a double family ("tigist tesfaye-alemu")
        if any(gaz.is_common_word(p) or gaz.is_known(p) and p not in gaz.surname_rank or _frequent(p) for p in parts) \
                or len(parts[0]) < 4:
            continue  # "picture of rose garden": a common word is no family name written in lower case
        if (g, f) in FICTIONAL:
            continue  # "mona lisa"
        if (gaz.is_common_word(g) or _frequent(g)) and not (len(f) >= 5 and (_name_like(f) or f in gaz.surname_rank)):
            continue
        b = m.end("f")
        third = m.group("p2")
        if third is not None:
            t = third.strip()
            if t not in _AFTER_LOWER and not _frequent(t) and (not gaz.is_known(t) or t in gaz.surname_rank):
                b = m.end("p2")
                rest = text[b:b + 30]
            else:
                rest = text[m.end("f"):m.end("f") + 30]
        else:
            rest = text[b:b + 30]
        if m.group("pos") and b == m.end("pos") - len(m.group("pos")):
            b = m.end("pos")
            rest = text[b:b + 30]
        nxt = re.match(r"\s*([^\W\d_]+)", rest)
        ends = not rest.strip() or rest.lstrip()[:1] in ",.;:!?)'’" or nxt is not None and (
            nxt.group(1).lower() in _AFTER_LOWER or re.search(r"(?:ing|ndo|ndose|ant)$", nxt.group(1).lower()))
        if not ends and nxt is not None:
            if sexual is None:
                sexual = folded_sexual_words()
            ends = strip_marks(nxt.group(1).lower()) in sexual
        if ends and not covered.overlaps(a, b):
            out.append((a, b, "lower_slot_name", {}))


def _unlisted_given(gaz, g: str) -> bool:
    """Round 31: ``g`` may be a given name no list holds: 4+ letters, no word of any language the guard reads."""
    return len(g) >= 4 and not gaz.is_known(g) and not _frequent(g)


# --- initial and family ---------------------------------------------------------------------------------
_INIT_FAM = re.compile(rf"(?<![\w.'’-])(?P<i>[^\W\d_a-z])\.\s?(?P<fam>[^\W\d_a-z]{_L}{{2,24}}(?:-{_L}{{2,24}})?)"
                       rf"(?P<pos>['’]s)?(?P<next>\s+[^\W\d_]+)?")
_NOT_FAMILY = frozenset("""the and for with from this that our your his her its their a an in on at of to is was
    by as or but st mt ft dr mr mrs ms jr sr""".split())


def _initial_family(text: str, gaz, covered, out: list) -> None:
    for m in _INIT_FAM.finditer(text):
        a = m.start()
        b = m.end("pos") if m.group("pos") else m.end("fam")
        if covered.overlaps(a, b):
            continue
        nxt = m.group("next")
        if nxt is not None and nxt.strip()[:1].isupper():
            continue
        fam = _fold(m.group("fam"))
        if fam in _NOT_FAMILY or fam in _places() or m.group("fam").isupper():
            continue
        if re.search(r"[^\W\d_]\.\s?$", text[max(0, a - 3):a]):
            continue  # letters of an acronym ("U. S. Army")
        slot = _word_before(text, a) in _INITIAL_SLOT
        if slot or m.group("pos"):
            out.append((a, b, "initial_family", {}))


# --- glued hashtag, snake handle ---------------------------------------------------------------------------
_HASH = re.compile(r"(?<![\w&#])#(?P<w>[a-z]{6,30})(?P<pos>['’]s)?(?![\w-])")
_SNAKE = re.compile(r"(?<![\w@./#:-])(?P<a>[a-z]{3,15})_(?P<b>[a-z]{3,20})(?P<pos>['’]s)?(?![\w@/.-]|\(|_)")


def _glued(text: str, gaz, covered, out: list) -> None:
    from .lora import _joined_name

    if "#" in text:
        for m in _HASH.finditer(text):
            a, b = m.start(), m.end()
            w = m.group("w")
            if covered.overlaps(a, b) or gaz.is_known(w) or _frequent(w):
                continue
            if _joined_name(gaz, w) or _tag_name(gaz, w):
                out.append((a, m.end("w"), "glued_tag", {}))
    if "_" in text:
        for m in _SNAKE.finditer(text):
            a, b = m.start(), m.end()
            x, y = m.group("a"), m.group("b")
            if covered.overlaps(a, b):
                continue
            if any((gaz.is_known(p) or _frequent(p)) and p not in gaz.first and p not in gaz.surname_rank
                   or gaz.is_common_word(p) for p in (x, y)):
                continue  # a code identifier of words ("user_name", "max_len", "get_item")
            slot = _word_before(text, a) in _LOWER_SLOT
            listed = x in gaz.first or y in gaz.surname_rank
            if (slot or m.group("pos")) and (listed or _name_like(x) or _name_like(y)):
                out.append((a, m.end("b"), "glued_tag", {}))


def _tag_name(gaz, w: str) -> bool:
    """A hashtag of a listed given name (3+ letters, no common word) and a surname, a given name or a
    name-like rest of 4+ letters that is no word ("#liawalti"); two words run together are a concept."""
    from .lora import _two_words

    if _two_words(gaz, w):
        return False
    for k in range(3, min(len(w) - 3, 12)):
        head, rest = w[:k], w[k:]
        if head not in gaz.first or gaz.is_common_word(head) or gaz.is_common_word(rest) or _frequent(head):
            continue
        if rest in gaz.surname_rank or rest in gaz.first or not gaz.is_known(rest) and _name_like(rest):
            return True
    return False


# --- unknown capitalised pair in a slot -------------------------------------------------------------------
_PAIR = re.compile(rf"(?<![\w'’-])(?P<x>[^\W\d_a-z][^\W\d_A-Z]{{2,20}}) (?P<y>[^\W\d_a-z][^\W\d_A-Z]{{2,24}})"
                   rf"(?P<pos>['’]s)?(?![\w-])")


def _unknown_pair(text: str, gaz, covered, out: list) -> None:
    for m in _PAIR.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        if _word_before(text, a) not in _SLOT_OR_VERB:
            continue
        x, y = _fold(m.group("x")), _fold(m.group("y"))
        if any(gaz.is_known(p) or _frequent(p) or p in _places() for p in (x, y)):
            continue
        if not (x in gaz.first or y in gaz.surname_rank or _name_like(x) or _name_like(y)):
            continue
        rest = text[b:b + 30]
        nxt = re.match(r"\s*([^\W\d_]+)", rest)
        # a person's act or a role hint follows ("shaking hands", "(the athlete)", "'s"); a place is followed
        # by a preposition or the end as often ("of Machu Picchu at sunrise")
        ends = m.group("pos") is not None or rest.lstrip()[:1] == "(" or (
            nxt is not None and re.fullmatch(r"[a-z]+(?:ing|ndo)", nxt.group(1)) is not None)
        if ends:
            out.append((a, b, "unknown_pair", {}))


# --- entry points -----------------------------------------------------------------------------------------
_LOWER_GATE = re.compile(r"(?:^|\s)[a-z]{3,15} [a-z]{3,}")


def may_apply(text: str) -> bool:
    """Cheap gate: an asterisk, a comma, a dot, a hash, an underscore, a capital letter or two lower-case
    words in a row in the first 400 characters."""
    head = text[:_LIMIT]
    return any(c in "*,.#_" or c.isupper() for c in head) or _LOWER_GATE.search(head) is not None


def direct_findings(nt, field: str, gaz, covered) -> list[Finding]:
    text = nt.original[:_LIMIT]
    found: list = []
    if "*" in text:
        _masked(text, gaz, covered, found)
    if "," in text:
        _comma(text, gaz, covered, found)
    if "." in text:
        _initial_family(text, gaz, covered, found)
    if "#" in text or "_" in text:
        _glued(text, gaz, covered, found)
    if _LOWER_GATE.search(text):
        _lower_slot(text, gaz, covered, found)
    if any(c.isupper() for c in text):
        _unknown_pair(text, gaz, covered, found)
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for a, b, form, ev in sorted(found):
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        out.append(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": "name_form", "form": form, **ev}))
    return out
