"""Names shortened to initials: "Mara S.", "Sanne de V.", "M. K. Ostrowska", "T.J. Hallworth", "J.-P. Roussel".

Why: people who post or request pictures of someone they know often shorten the surname to its
initial ("Anna K.", "Bidya M."), and South Indian, Francophone and Anglophone names are written
with two or three initials before the surname ("K. R. Lakshmi", "J.-P. Roussel"). The name rules
read a first name + surname pair, two capital initials without dots ("JP Suarez") and one initial
before a surname in a subject slot (:meth:`.subject.SubjectNames._initial_surname`); these two
forms fell through, partly because the word reader ends an item at ". ".

Two shapes, matched on the original text (capitals are the evidence):

- **given name + initial**: a Title-case given name, possibly hyphenated ("Mary-Jane K."; a
  gazetteer first name, or a token no list holds that the name-likeness model reads as a name;
  never a common word: "Plan B.", "Vitamin C.", "Model S.", "Type A."), up to two particles
  ("de", "van", "ní"), then one capital letter and its dot, not followed by a letter ("S.A.",
  "C.K." are no initial); without the dot ("Anna K") only after a gazetteer first name that is
  no word (not "Ruby D", "Grace A");
- **initials + surname**: two or three capital initials with dots ("M. K.", "T.J.", "J.-P.")
  before a Title-case surname of 3+ letters that is no common word and no place or brand of
  the gazetteer ("U.S. Army", "U.K. Parliament", "L.A. Lakers" stay out).

Round 22: the surname in capitals after one initial ("M. PELTOLA", "M. EZ-ELDIN", the press and
ballot style), and a given name before a lower-case initial with its dot ("Bushra a."), see
:func:`_upper_surname` and :func:`_lower_initial`.

Neither reads in an item with a style word or after "by" (an author: "painting by J. W.
Waterhouse"). Reported as ``full_name`` at 0.55 (``kind`` ``initials``). Two regular
expressions over the text (no nested quantifiers), each hit checked with a few set lookups.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..folding import strip_marks
from ..spans import Marks
from .found import finding
from .mentions import _STYLE_WORDS
from .wordclasses import ABBREV

__all__ = ["initials_findings"]

_L = r"[^\W\d_]"
_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|ni|nic|mac|bin|binti|al|el)"
#: A given name, optional particles, one initial and its dot.
_GIVEN_INITIAL = re.compile(
    rf"(?<![\w.'-])(?P<g>{_L}{{2,}}(?:-{_L}{{2,}})?)(?:\s+{_PARTICLE}){{0,2}}\s+(?P<i>{_L})(?P<dot>\.?)(?![\w.'-])")
#: Two or three initials with dots ("M. K.", "T.J.", "J.-P.") and a surname.
_INITIALS_SURNAME = re.compile(
    rf"(?<![\w.'-])(?P<i>{_L}\.(?:-?\s?{_L}\.){{1,2}})\s?(?P<s>{_L}{{3,}}(?:-{_L}{{2,}})?)(?![\w])")
#: Words before a name that make it an author or a text, not the subject.
_NOT_SUBJECT_BEFORE = frozenset("by written authored reading novel book poster titled called".split())
#: Round 16: ONE initial and a surname ("P. Di Benedetto", "C. de Maigret", "L. Castell").
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w.'-])(?P<i>[A-Z])\.(?P<sp>\s?)(?:(?P<p>{_PARTICLE}|[DV][aeiou]|Van|Von|De|Di|Da|Du|Del|Della|Le|La|Mac|Mc"
    # round 28: a particle cut to its letter, Dutch and Afrikaans style ("J. v. Wyk", "Q. d. Kock", "P. v.d. Berg")
    r"|v\.|d\.|vd\.|v\.d\.|v\.\s?d\.)\s)?"
    rf"(?P<s>(?:[OD]['’])?{_L}{{2,}}(?:-{_L}{{2,}})?)(?![\w'])")
#: Round 23: words right before "A. Foster" that put a person after them, so that a census surname that is
#: also a common word ("Foster", "Lee", "Brown") is read as one in the spaced form.
_POINTER_BEFORE = frozenset("""of with and featuring starring imagine show draw make render picture photo
    de da do a la le von di du avec con com mit por para per see ver voir""".split())
#: Words before a capital letter that make it a label, not an initial: "Plan B. Smith", "Vitamin C. Jones".
_LABEL_BEFORE = frozenset(
    """plan vitamin type model class grade section part exhibit appendix figure fig option group team
    size cup block row unit level floor gate platform track line zone route version phase stage letter
    chapter volume vol no nr""".split())
_WORD = re.compile(r"[\w']+")
#: Three-letter abbreviations written with dots that are no initials.
_ABBREV3 = frozenset("usa ussr uae nyc cia fbi nba nfl bbc cnn".split())
#: Places that are also given names: "France S", "Georgia B" are a place and a letter as often.
_PLACES = frozenset("france india asia georgia paris china africa america israel jordan sydney".split())
#: Shops and brands written as initials + a word ("T.J. Maxx", "J. Crew", "P.F. Chang's").
_BRANDS = frozenset("maxx crew chang changs friday fridays hooker".split())


def _title_case(tok: str) -> bool:
    return tok[:1].isupper() and (len(tok) == 1 or tok[1:].islower())


def _item_before(text: str, start: int) -> list[str]:
    """The lower-case words of the comma item before ``start``, the last few (bounded)."""
    lo = max(0, start - 60)
    chunk = text[lo:start]
    for sep in ",;|\n(":
        k = chunk.rfind(sep)
        if k >= 0:
            chunk = chunk[k + 1:]
    return [w.lower() for w in _WORD.findall(chunk)][-4:]


def _item_after(text: str, end: int) -> list[str]:
    chunk = text[end:end + 40]
    for sep in ",;|\n)":
        k = chunk.find(sep)
        if k >= 0:
            chunk = chunk[:k]
    return [w.lower() for w in _WORD.findall(chunk)][:3]


def _authored(text: str, start: int, end: int) -> bool:
    before = _item_before(text, start)
    if before and before[-1] in _NOT_SUBJECT_BEFORE:
        return True
    return any(w in _STYLE_WORDS for w in before + _item_after(text, end))


def initials_findings(nt, field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """``full_name`` findings for the two initials forms (see the module docstring)."""
    text = nt.original
    if text.islower() or text.isupper():
        return []  # (no capitals to go on: most prompts run no regular expression at all)
    out: list[Finding] = []
    for m in _GIVEN_INITIAL.finditer(text):
        g, ini = m.group("g"), m.group("i")
        parts = g.split("-")
        if not all(_title_case(x) for x in parts) or not ini.isupper() or taken.overlaps(m.start(), m.end()):
            continue
        b = _fold(g)
        if m.group("dot"):
            ok = any(_given_ok(_fold(x), gaz, namer) for x in parts)
        else:
            # Without the dot only a first name of the gazetteer that is no word ("Anna K",
            # not "Plan B", "Vitamin C", "Ruby D"): a capital letter alone follows words too.
            ok = all(_fold(x) in gaz.first and not gaz.is_common_word(_fold(x)) and _fold(x) not in _PLACES
                     for x in parts)
        if not ok or _authored(text, m.start(), m.end()):
            continue
        out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "initials", "first": b, "last": ini.lower(), "classes": "F+I", "case": "capitalised",
            "source": "text"}))
        taken.add(m.start(), m.end())
    for m in _INITIALS_SURNAME.finditer(text):
        ini, s = m.group("i"), m.group("s")
        letters = [c for c in ini if c.isalpha()]
        if not all(c.isupper() for c in letters) or not _title_case(s.split("-")[0]):
            continue
        if taken.overlaps(m.start(), m.end()):
            continue
        b = _fold(s.split("-")[0])
        if "".join(letters).lower() in ABBREV or "".join(letters).lower() in _ABBREV3:
            continue  # "U.S. Capitol", "U.K. Parliament", "U.S.A. Today"
        # round 28: a proper noun of another list after two initials and a word that points at a person
        # ("de M. L. Albuquerque", "of J. R. Lincoln") is a surname; elsewhere it stays a place or a brand
        pointed = b in gaz.proper_other and (_item_before(text, m.start()) or [""])[-1] in _POINTER_BEFORE
        if (gaz.is_common_word(b) or b in gaz.words_common or b in gaz.proper_other and not pointed or b in _BRANDS
                or _authored(text, m.start(), m.end())):
            continue
        out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "initials", "first": "".join(letters).lower(), "last": b, "classes": "I+S",
            "case": "capitalised", "source": "text"}))
        taken.add(m.start(), m.end())
    if "." in text:
        out.extend(_one_initial(nt, text, field, gaz, namer, taken))
    if "." in text:
        out.extend(_upper_surname(nt, text, field, gaz, namer, taken))
        out.extend(_lower_initial(nt, text, field, gaz, namer, taken))
    return out


#: Round 22: ONE capital initial, its dot and a surname in capitals ("M. PELTOLA", "M. EZ-ELDIN").
_INITIAL_UPPER = re.compile(rf"(?P<i>[A-Z])(?<![\w.'-].)\.\s?(?P<s>{_L}{{2,20}}(?:-{_L}{{2,20}})?)(?![\w'.-])")
#: Words before the pair that put a person after them (a common word in capitals needs one).
_PERSON_BEFORE = frozenset("of with and featuring starring de von di da du avec con com mit".split())
#: Words in capitals that follow a letter and its dot in lists, outlines and labels ("A. INTRODUCTION").
_UPPER_NOT_SURNAME = frozenset(
    """intro introduction summary conclusion overview notes note step steps part chapter section appendix
    background method methods results discussion abstract title total warning caution important""".split())
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ")


#: Words before a run of capitals that make it lettering ("a sign saying A. BEACH").
_LETTERING = frozenset("text saying says reads read written caption sign label title words lettering letter letters".split())


def _credited(text: str, start: int, end: int) -> bool:
    """Round 22: the name is an author: "by" or an author word right before it, "style of" / "manner of"
    before it, or a style word right after it. Narrower than :func:`_authored`, where a style word
    anywhere in the item counts: in "children's-book style drawing of M. MEMON" the style is the drawing's
    and the name after "of" is its subject."""
    before = _item_before(text, start)
    if before and before[-1] in _NOT_SUBJECT_BEFORE:
        return True
    if len(before) >= 2 and before[-1] == "of" and before[-2] in ("style", "styles", "manner", "works", "work"):
        return True
    after = _item_after(text, end)
    return bool(after) and after[0] in ("style", "styled", "inspired", "aesthetic")


def _upper_surname(nt, text: str, field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """Round 22: one initial and a surname written in capitals ("M. PELTOLA", "O. GRJASNOWA", "M. EZ-ELDIN").

    The surname (each hyphen part 2+ letters, the whole 4+ letters, with a vowel: "A. NASA", "B. HTML"
    acronyms have none or are known words) is no abbreviation, no place or brand, and no common word;
    a common word that is a census surname ("TINGLE", "LUNDE") only after a word that puts a person
    after it ("face of L. TINGLE"). Not in a text written all in capitals (no capitals to go on),
    not after a label word ("PLAN B. NOW") and not as an author ("by", style words)."""
    out: list[Finding] = []
    for m in _INITIAL_UPPER.finditer(text):
        s = m.group("s")
        if not s.isupper() or taken.overlaps(m.start(), m.end()):
            continue
        parts = s.split("-")
        b = _fold(s.replace("-", ""))
        first = _fold(parts[0])
        if len(b) < 4 or len(parts) == 1 and len(s) < 4 or not any(c in _VOWELS for c in b):
            continue
        if first in ABBREV or first in _ABBREV3 or first in _UPPER_NOT_SURNAME or first in _BRANDS \
                or first in _PLACES or first in gaz.proper_other:
            continue
        before = _item_before(text, m.start())
        if before and (before[-1] in _LABEL_BEFORE or before[-1] in _LETTERING) or _credited(text, m.start(), m.end()):
            continue
        nxt = _WORD.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
        if nxt is not None and len(nxt.group()) >= 2 and nxt.group().isupper():
            continue  # a run of capitals ("A. NASA MISSION", "P. S. LOVE YOU") is lettering, not a name
        if gaz.is_common_word(first) or first in gaz.words_common:
            rank = gaz.surname_rank.get(first)
            if rank is None or rank > 20000 or not (before and before[-1] in _PERSON_BEFORE):
                continue
        elif gaz.is_known(first) and first not in gaz.surname_rank and first not in gaz.first:
            continue  # a word of another language ("M. BANI") is a word as often
        out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "initials", "first": m.group("i").lower(), "last": first, "classes": "I+S",
            "case": "upper", "source": "text"}))
        taken.add(m.start(), m.end())
    return out


#: Round 22: a capitalised given name, a LOWER-case initial and its dot ("Bushra a.", "Fawzia k.").
_GIVEN_LOWER_INITIAL = re.compile(rf"(?P<g>[A-Z](?<![\w.'-].)[a-z\u00e0-\u024f]{{2,}})\s(?P<i>[a-z])\.(?![\w.'-])")


def _lower_initial(nt, text: str, field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """Round 22: "Bushra a.": a given name of the gazetteer that is no word of any list (nor a place),
    not opening the text (where capitals say nothing), then a lower-case letter with its dot and a
    space or the end after it; a letter that is a word ("a", "i", "o", "e", "y") only before a
    lower-case word (a sentence never goes on in lower case after its full stop)."""
    out: list[Finding] = []
    for m in _GIVEN_LOWER_INITIAL.finditer(text):
        g, ini = m.group("g"), m.group("i")
        if m.start() == 0 or taken.overlaps(m.start(), m.end()):
            continue
        f = _fold(g)
        if f not in gaz.first or gaz.is_known(f) or f in gaz.first_ambiguous or f in _PLACES:
            continue
        rest = text[m.end():m.end() + 2]
        if rest and not (rest[0] in " ,;)" and (len(rest) < 2 or not rest[1].isupper())):
            continue  # "Maria a. Then ...": the letter ends a sentence
        if _credited(text, m.start(), m.end()):
            continue
        out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "initials", "first": f, "last": ini, "classes": "F+I", "case": "lower_initial",
            "source": "text"}))
        taken.add(m.start(), m.end())
    return out


def _one_initial(nt, text: str, field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """Round 16: one capital initial, its dot, an optional particle and a Title-case surname. After a
    particle ("C. de Maigret", "P. Di Benedetto") any surname that is no common word; without one
    ("L. Castell") a census surname or a name-like token no list holds, never a word ("J. Crew",
    "M. Eagle"), a place or brand, nor after a label word ("Plan B. Smith") or at a sentence's end
    ("... in Room A. Then")."""
    out: list[Finding] = []
    for m in _INITIAL_SURNAME.finditer(text):
        s, part = m.group("s"), m.group("p")
        joined = not m.group("sp")
        if joined and part is not None:
            continue
        head = s.split("-")[0]
        apos = len(head) > 2 and head[1] in "'’"
        if apos:
            head = head[2:]  # "O'Farrell", "D'Souza": the surname after the particle
        if not _title_case(head) or taken.overlaps(m.start(), m.end()):
            continue
        b = _fold(head)
        if len(b) < 3 and not (len(b) == 2 and b in gaz.surname_rank and not gaz.is_known(b)):
            continue  # two letters only for a listed surname that is no word ("F. Li", "M.Ng")
        before = _item_before(text, m.start())
        common = gaz.is_common_word(b)
        if common and not (b in gaz.surname_rank and gaz.surname_rank[b] <= 3000
                           and (joined or before and before[-1] in _POINTER_BEFORE)):
            continue  # a word ("J. Crew", "M. Eagle"); a common census surname only "A.Foster" or "of A. Foster"
        if (b in gaz.proper_other or b in _BRANDS or b in _PLACES or _authored(text, m.start(), m.end())):
            continue
        if before and before[-1] in _LABEL_BEFORE:
            continue
        if joined and _fold(m.group("i")) + b in _JOINED_NOT_NAME:
            continue
        if part is None and not apos and not (b in gaz.surname_rank or not gaz.is_known(b) and namer.namelike(b, 0.5)):
            continue
        if part is None and b in gaz.first and b not in gaz.surname_rank:
            continue  # "A. Maria": a given name after a letter is a list or a label as often
        out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "initials", "first": m.group("i").lower(), "last": b, "classes": "I+S",
            "case": "capitalised", "source": "text", **({"particle": part.lower()} if part else {})}))
        taken.add(m.start(), m.end())
    return out


#: Round 23: letter-dot-word tokens that are no "G.Surname" ("S.Africa", "N.Korea" are places, caught above).
_JOINED_NOT_NAME = frozenset("jsmith".split())


def _given_ok(b: str, gaz, namer) -> bool:
    """``b`` (folded) reads as a given name: a first name that is no common word, or a token no
    list holds that is name-like ("Bidya", "Holliday" as a census surname used as a name)."""
    if len(b) < 3 or not b.isalpha():
        return False
    if b in gaz.first:
        return not (gaz.is_common_word(b) and b in gaz.first_ambiguous)
    if gaz.is_known(b) or gaz.is_common_word(b) or b in gaz.proper_other:
        return False
    return b in gaz.surname_rank or namer.namelike(b, 0.5)


def _fold(tok: str) -> str:
    return strip_marks(tok.lower())
