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

import re

from ...findings import Finding
from .found import finding
from .lower_initials import _PERSON_PREP
from .mentions import _FICTIONAL_SINGLE
from .wordclasses import FICTIONAL, PLACE_PREFIX

__all__ = ["surname_first_findings", "ordered_name_findings"]


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
    if not out and ("[" in nt.original[:_MAX_SCAN] or ", " in nt.original[:_MAX_SCAN]):
        out.extend(ordered_name_findings(nt, field, gaz))
    return out


# --- round 21: capitalised surname-first forms in a person slot -------------------------------------
_MAX_SCAN = 600
_W = r"[^\W\d_]"
#: "[Soudais] Ersilia", "[d'Água] Lena": the family name in square brackets, then the given name.
_BRACKET = re.compile(rf"\[((?:{_W}{{1,3}}['’])?{_W}{{2,24}}(?:[- ]{_W}{{2,20}})?)\] ({_W}{{2,20}})(?![\w'’-])")
#: "Roy, Arundhati", "Γιαννακοπούλου, Νάντια": the catalogue order with a comma.
_COMMA = re.compile(rf"(?<![\w'’.-])({_W}{{2,24}}(?:-{_W}{{2,20}})?), ({_W}{{2,20}}(?:-{_W}{{2,20}})?)(?![\w'’-])")
#: Round 29: the catalogue order with a dash, "Tramišak - Nataša", "Lattouf – Hala", "Brempt - Kathleen Van" (a
#: family name's particle put after the given name as a register does).
_DASH = re.compile(rf"(?<![\w'’.-])({_W}{{2,24}}(?:-{_W}{{2,20}})?) [-–] ({_W}{{2,20}}(?:-{_W}{{2,20}})?)"
                   r"(?: (van|von|de|da|del|der|den|di|du|le|la|dos|das|ter|ten))?(?![\w'’-])")
#: Words after which a name opens a request ("stp génère X", "picture X", "now the same but X").
_INTRO = frozenset(
    """génère genere générer genera generate gen make draw paint picture show render create imagine regen
    redo put give erstelle zeig zeichne male mach faça gere crie desenhe mostre haz dibuja muestra crea
    fais dessine montre but then now just only also me us
    illustrate sketch depict portray photograph film caricature interview quote welcome introduce
    buat bikin gambarkan tunjukkan jadikan""".split())
#: Surname endings of Greek and Cyrillic names (the name-likeness model reads Latin letters only).
_GREEK_SURNAME_END = ("ου", "ης", "ος", "ίδη", "άκη", "ιάδη", "ούλη")
_CYRILLIC_SURNAME_END = ("ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ская", "ский", "цкая", "цкий", "енко",
                         "ук", "юк", "ич", "ян")


def _latin(tok: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in tok)


def _cased_title(tok: str) -> bool:
    parts = [p for p in re.split(r"[- '’]", tok) if p]
    return bool(parts) and parts[-1][:1].isupper() and all(p[1:].islower() or len(p) <= 1 for p in parts)


def _plain(tok: str, gaz, words=frozenset()) -> str | None:
    """The folded lookup form of a name part, None when it is a word of a list (common, proper, a place)."""
    from .latin_forms import _NOT_GIVEN, _NOT_SURNAME, _PLACES, _fold

    f = _fold(tok)
    for p in re.split(r"[- '’]", f):
        if len(p) <= 2:
            continue  # a particle ("d'", "de", "da")
        if (p in _PLACES or p in _NOT_SURNAME or p in _NOT_GIVEN or p in gaz.proper_other or gaz.is_common_word(p)
                or p in gaz.words_common or (p in words and len(p) > 3 and p not in gaz.surname_rank and p not in gaz.first)):
            return None
    return f


def _namelike(f: str, gaz, like, need: float) -> bool:
    """A name part by the lists or, in Latin letters, by the name-likeness model."""
    last = re.split(r"[- '’]", f)[-1]
    if last in gaz.first and last not in gaz.first_ambiguous or last in gaz.surname_rank and last not in gaz.not_surname:
        return True
    if not last.isascii():
        return False
    return len(last) >= 3 and not gaz.is_known(last) and like is not None and like.prob(last) >= need


def _script_surname(tok: str) -> bool:
    low = tok.lower()
    return low.endswith(_GREEK_SURNAME_END) or low.endswith(_CYRILLIC_SURNAME_END)


def _slot_before(text: str, start: int) -> bool:
    """The pair opens the field, a line, an item or a quote, or follows a word that introduces a person."""
    from .latin_forms import _word_before

    head = text[:start].rstrip(" ")
    if not head or head[-1] in ":;>\n(\"“«'‘-|#)]}" or head[-1].isdigit():
        return True
    if head[-1] == "," and not _word_before(text, len(head) - 1)[:1].isupper():
        return True
    prev = _word_before(text, start).lower()
    if prev in _PERSON_PREP and _inside_proper_name(head, prev):
        return False
    return prev in _PERSON_PREP or prev in _INTRO


def _inside_proper_name(head: str, prev: str) -> bool:
    """The particle before the pair joins two capitalised words of one proper name ("Rio de Janeiro, Costa del
    Sol": "Janeiro, Costa" is no family name and given name): a capitalised word stands before the particle,
    and that word does not open the field or a sentence ("Foto de Valdez, Rechie" keeps its slot)."""
    m = _WORD_THEN_PARTICLE.search(head[:len(head) - len(prev)].rstrip(" "))
    if m is None or not m.group(2)[:1].isupper():
        return False
    return bool(m.group(1).strip()) and m.group(1).rstrip()[-1:] not in ".!?:\n"


_WORD_THEN_PARTICLE = re.compile(r"(.*?)([^\W\d_]+)$", re.S)


def _slot_after(text: str, end: int) -> bool:
    """What follows: the end, a clause mark, or a lower-case word (what the person does, where, wears)."""
    rest = text[end:end + 30]
    if not rest.strip() or rest.lstrip(" ")[:1] in ".,;:!?)]\n":
        if rest.startswith(", "):
            nxt = rest[2:].lstrip()
            return not nxt[:1].isupper()  # "Roy, Arundhati, Kelly": a list
        return True
    nxt = rest.lstrip(" ").split(" ", 1)[0]
    return nxt[:1].islower() and nxt.lower() not in ("and", "und", "et", "y", "e", "&", "or")


def ordered_name_findings(nt, field: str, gaz) -> list[Finding]:
    """``full_name`` findings (0.55, ``kind`` ``bracket_surname`` / ``comma_surname``) for a capitalised name
    written family name first, in square brackets ("[Soudais] Ersilia") or with a comma ("Roy,
    Arundhati laughing"), where a person stands (see :func:`_slot_before`, :func:`_slot_after`)."""
    from .language import language_words
    from .namelike import load_name_likeness

    text = nt.original[:_MAX_SCAN]
    words = language_words()
    like = load_name_likeness()
    out: list[Finding] = []
    if "[" in text:
        for m in _BRACKET.finditer(text):
            sur, given = m.group(1), m.group(2)
            if not (_cased_title(sur) and _cased_title(given)) or not _slot_after(text, m.end()):
                continue
            # the brackets mark the family name: a word of another language may be one ("d'Água")
            fs, fg = _plain(sur, gaz), _plain(given, gaz, words)
            if fs is None or fg is None or not _slot_before(text, m.start()):
                continue
            if not (_namelike(fg, gaz, like, 0.7) or not fg.isascii() and _script_surname(sur)):
                continue
            out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
                "kind": "bracket_surname", "first": fg, "last": fs, "case": "capitalised", "source": "text"}))
            return out
    if ", " in text:
        for m in _COMMA.finditer(text):
            sur, given = m.group(1), m.group(2)
            if not (_cased_title(sur) and _cased_title(given)):
                continue
            if not _slot_before(text, m.start()) or not _slot_after(text, m.end()):
                continue
            fs = _plain(sur, gaz, words)
            # a given name that is a word of another language ("Putri") only after a long surname no list holds
            fg = _plain(given, gaz, words if fs is None or len(fs) < 7 or gaz.is_known(fs) or fs in gaz.surname_rank
                        else frozenset())
            if fs is None or fg is None:
                continue
            if _latin(sur) != _latin(given):  # round 28: "Kuş, Nafia" (a Latin letter with a diacritic) is Latin
                continue
            if _latin(sur) and _latin(given):  # round 28: was ascii only after folding ("Kılıç" keeps its "ı")
                # the given name by the lists or the letter model; the surname no word ("Ayuningtyas")
                if not (_namelike(fg, gaz, like, 0.75) and (len(fs) >= 5 or _namelike(fs, gaz, like, 0.75))):
                    continue
            elif not _script_surname(sur):
                continue
            out.append(finding("full_name", 0.55, field, nt, m.start(), m.end(), {
                "kind": "comma_surname", "first": fg, "last": fs, "case": "capitalised", "source": "text"}))
            return out
    if " - " in text or " – " in text:
        return _dash_names(nt, field, gaz, text, words)
    return out


def _dash_names(nt, field: str, gaz, text: str, words) -> list[Finding]:
    """Round 29: "Family - Given" where a person stands: the second word a listed given name that is no word of
    any list and no place ("Paris - London", "Frozen - Elsa" with "Elsa" a word of no list but the first a
    word, "Madrid - Sofia" a place), the first a capitalised word no list holds or a census surname."""
    from .place_words import _places

    for m in _DASH.finditer(text):
        sur, given = m.group(1), m.group(2)
        if not (_cased_title(sur) and _cased_title(given)) or _latin(sur) != _latin(given):
            continue
        if not _slot_before(text, m.start()) or not _slot_after(text, m.end()):
            continue
        fs, fg = _plain(sur, gaz, words), _plain(given, gaz, words)
        if fs is None or fg is None or fg.split("-")[0] not in gaz.first or gaz.is_common_word(fg):
            continue
        if fg in _places() or fs in _places() or fs in gaz.first and fs not in gaz.surname_rank:
            continue
        if not (fs in gaz.surname_rank or not gaz.is_known(fs)):
            continue
        return [finding("full_name", 0.55, field, nt, m.start(), m.end(), {
            "kind": "dash_surname", "first": fg, "last": fs, "case": "capitalised", "source": "text"})]
    return []
