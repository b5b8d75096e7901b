"""Written forms of a name that the word readers do not see as a name (round 12, issue 10).

The readers of :mod:`.fullnames`, :mod:`.slots` and :mod:`.scripts` read words; some forms in which
prompts write one person are not words of any language, and each form by itself says "an account or
tag of one person", whatever the name is:

- ``role_tag``: a Danbooru-style tag with a person's occupation in brackets, "alison_hinds_(singer)",
  "غادة_عادل_(actress)", "יונית_לוי_(presenter)": the bracket disambiguates one real person from
  homonyms. A style or medium in brackets ("film_grain_(style)", "watercolor_(medium)") is none;
- ``handle``: a reddit user or an @-handle whose name is written in a script the ASCII handle
  pattern of :mod:`.phrases` does not read ("u/宋佳", "u/ऋचाचड्ढा", "@谢娜_updates", "@안산.fanpage");
- ``official``: a name glued to "Official", the suffix of a person's verified account
  ("菜々緒Official", "ΚατερίναΣακελλαροπούλουOfficial", "رانيايوسفOfficial"; Latin names glued the
  same way, "ReneeRappOfficial", are read by the word readers);
- ``interpunct``: two to four name parts joined by a middle dot, the first and the last capitalised
  ("Snow·Tha·Product", "Sanne·van·Dijk"; the Catalan "l·l" of "col·legi" has a lower-case part).

Each is read in any prompt (sexual or not): the form itself is the evidence. Reported as ``handle``
(0.8, as the ASCII handles) or ``full_name`` (0.7, ``kind`` = the form). Cost: three literal-gated
regexes with bounded repetition.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .deixis import folded_sexual_words
from .explicit_slots import explicit_slot_findings
from .language import language_words
from .latin_forms import latin_form_findings
from .namelike import load_name_likeness
from .short_first import short_first_findings
from .stage_titles import stage_title_findings

__all__ = ["form_findings", "ROLE_WORDS"]

#: Occupations a booru tag puts in brackets after a real person's name.
ROLE_WORDS = frozenset(
    """singer actress actor presenter rapper model politician athlete youtuber streamer host comedian
    dancer idol musician journalist influencer footballer tennis_player golfer swimmer gymnast wrestler
    cosplayer vtuber_(real) news_anchor anchor personality celebrity tv_personality author writer""".split())
_ROLE_TAG = re.compile(r"(?<![\w])([^\W_]{2,20}(?:_[^\W_]{1,20}){0,4})_\(([a-z_]{3,16})\)")
#: The handle's name, then the fan-account suffix it may carry.
_SUFFIX = r"(?:[._](?:updates|fanpage|fanclub|fans|daily|official|fc|news|archive|gallery|pics))?"
#: A handle's letters: any character but spaces and ASCII or CJK punctuation (Indic vowel signs are
#: marks, not word characters, so ``[^\W_]`` would cut "मायावती" after its first letter).
_CORE = r"[^\s!-/:-@\[-`{-~，。、：！？（）「」『』【】]"
_REDDIT = re.compile(r"(?<![A-Za-z0-9_/])u/(" + _CORE + "{2,20})")
_AT = re.compile(r"(?<![A-Za-z0-9_@.])@(" + _CORE + "{2,30})" + _SUFFIX)
_ASCII_HEAD = re.compile(r"[A-Za-z0-9_-]+")
_OFFICIAL = re.compile(r"(?<![\w])([^\W\d_][^\W_]{1,29}?)Official(?![A-Za-z])")
_INTERPUNCT = re.compile(r"(?<![\w·])([A-ZÀ-Þ][^\W\d_]{1,20}(?:·[^\W\d_]{2,20}){0,2}·[A-ZÀ-Þ][^\W\d_]{1,20})(?![\w·])")


def _non_ascii_letters(s: str) -> bool:
    return any(c.isalpha() and not c.isascii() for c in s)


def form_findings(nt, field: str) -> list[Finding]:
    """``handle`` and ``full_name`` findings for the name forms of the module docstring."""
    text = nt.original
    out: list[Finding] = []
    if "_(" in text:
        for m in _ROLE_TAG.finditer(text):
            if m.group(2) in ROLE_WORDS:
                out.append(finding("full_name", 0.7, field, nt, m.start(), m.end(), {
                    "kind": "role_tag", "name": m.group(1).replace("_", " "), "role": m.group(2),
                    "case": "tag", "source": "text"}))
    if not text.isascii():
        if "u/" in text:
            for m in _REDDIT.finditer(text):
                glued = m.start() > 0 and not text[m.start() - 1].isascii()  # "歩くu/girlinred"
                handle, end = m.group(1), m.end()
                if handle[0].isascii():
                    handle = _ASCII_HEAD.match(handle).group(0)  # "u/girlinredの似顔絵": the ASCII name only
                    end = m.start(1) + len(handle)
                if _non_ascii_letters(handle) or glued and len(handle) >= 3:
                    out.append(finding("handle", 0.8, field, nt, m.start(), end, {"kind": "reddit", "handle": handle}))
        if "@" in text:
            for m in _AT.finditer(text):
                if _non_ascii_letters(m.group(1)):
                    out.append(finding("handle", 0.8, field, nt, m.start(), m.end(), {"kind": "at", "handle": m.group(1)}))
        if "Official" in text:
            for m in _OFFICIAL.finditer(text):
                if _non_ascii_letters(m.group(1)):
                    out.append(finding("full_name", 0.7, field, nt, m.start(1), m.end(1), {
                        "kind": "official", "case": "script", "source": "text"}))
    if "·" in text:
        for m in _INTERPUNCT.finditer(text):
            out.append(finding("full_name", 0.7, field, nt, m.start(1), m.end(1), {
                "kind": "interpunct", "case": "title", "source": "text"}))
    return out


# --- Round 12: a two-part name written as one lower-case token in an ordinary prompt's subject slot ---
#: "helene-fischer beim Wandern", "#kaceymusgraves riding", "#MahmoodOfficial che cucina": a kebab or
#: hashtag form opening the field (or after "of"/"de"), then what a person does.
_GLUED = re.compile(r"(?:^|(?<=\bof )|(?<=\bde ))(#?)([A-Za-z]{2,15}(?:-[A-Za-z]{2,15})?)(?= )")
#: Words after the subject that say a person does something, in the languages of the ordinary readers.
_DOING_AFTER = frozenset(
    """riding cooking reading walking playing eating drinking singing dancing painting hiking cycling running
    surfing skiing sitting standing smiling laughing waving hosting as at in on with qui che beim que
    paseando andando comiendo cocinando leyendo bailando cantando fait mange lit cucina mangia legge""".split())


def _given(gaz, part: str) -> bool:
    return part in gaz.first and not gaz.is_common_word(part)


def _name_part(gaz, part: str) -> bool:
    return (part in gaz.first or part in gaz.surname_rank) and not gaz.is_common_word(part)


def glued_name_findings(nt, field: str, gaz) -> list[Finding]:
    """``full_name`` (0.55, ``kind`` ``kebab`` or ``hashtag``) for a two-part name written as one token
    where an ordinary prompt puts its subject: a given name of the gazetteer joined to another name
    part by a hyphen ("helene-fischer", "peso-pluma") or glued after "#" ("#billieeilish", "#DuaLipa",
    "#MahmoodOfficial"). Never two ordinary words ("hot-dog", "coca-cola": no given name)."""
    text = nt.original
    if "-" not in text and "#" not in text:
        return []
    m = _GLUED.search(text[:200])
    if m is None:
        return []
    nxt = text[m.end():m.end() + 20].split()
    if not nxt or nxt[0].lower().strip(",.") not in _DOING_AFTER:
        return []
    tag, body = m.group(1), m.group(2)
    low = body.lower()
    if tag:
        official = low.endswith("official") and body.endswith("Official")
        if official:
            body, low = body[:-8], low[:-8]
        if "-" in low or len(low) < 4:
            return []
        parts = None
        caps = [k for k, c in enumerate(body) if c.isupper()]
        if len(caps) == 2 and caps[0] == 0:  # "#DuaLipa"
            parts = (low[:caps[1]], low[caps[1]:])
        elif official or not caps:  # "#MahmoodOfficial", "#billieeilish"
            parts = next(((low[:k], low[k:]) for k in range(3, len(low) - 2)
                          if _given(gaz, low[:k]) and _name_part(gaz, low[k:])), None)
            if parts is None and official and _given(gaz, low) and len(low) >= 5:
                parts = (low,)  # a one-word name glued to "Official"
        if parts is None or not (_given(gaz, parts[0]) and all(_name_part(gaz, p) for p in parts[1:])):
            return []
        kind = "hashtag"
    else:
        if "-" not in low:
            return []
        a, b = low.split("-")
        # a given name and another part ("helene-fischer", "baby-tate"); never two words of the lists
        if not (_given(gaz, a) or _given(gaz, b)) or gaz.is_common_word(a) and gaz.is_common_word(b):
            return []
        kind = "kebab"
    return [finding("full_name", 0.55, field, nt, m.start(2), m.end(2), {
        "kind": kind, "case": "lower", "source": "text"})]


# --- Round 15: name parts joined as a search box or a URL joins them, or written surname first with a dot ---
#: "gleisi+hoffmann", "dina^boluarte", "ريهام+سعيد", "रत्ना+पाठक+शाह": two or three parts of
#: letters joined by "+" (or "^"), one token.
_P = r"(?:[^\W\d_]|[\u0900-\u0DFF\u0E00-\u0EFF]){2,20}"  # letters, and the marks of Indic and Thai letters
#: Not after ":" (inside a LoRA tag, ``<lora:pee+lactation:1>``: lora.py reads those) or a symbol of a URL.
_JOINED = re.compile(rf"(?<![\w+^.@/#=:-])({_P})([+^])({_P})(?:\2({_P}))?(?![\w+^@/=-])")
#: "nunes.amanda", "turunen.tarja": a surname, a dot, a given name, lower case (an e-mail or handle form).
_DOT_REVERSED = re.compile(r"(?<![\w.@/#:=-])([a-z]{2,20})\.([a-z]{3,20})(?![\w@/=-]|\.\w)")


def _latin(s: str) -> bool:
    return s.isascii() or all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in s)


def joined_name_findings(nt, field: str, gaz, found: list[Finding]) -> list[Finding]:
    """``full_name`` (0.6, ``kind`` ``plus_joined`` or ``dot_reversed``) for a name written as one token
    the way a search box, a URL or an e-mail writes it, anywhere in the field (the form is the evidence,
    whatever the prompt asks):

    - parts joined by "+" or "^": Latin parts when one of them is a given name or surname of the
      gazetteer that is no common word and not every part is a common word ("salt+pepper", "cat+dog"
      stay out), or when no part is a word of any list and each has three letters or more; parts in one
      other script (Arabic, Devanagari, Cyrillic ...) always, three letters or more each;
    - a surname (or a word of no list) then a dot then a given name that is no common word, lower
      case ("nunes.amanda"); "image.png", "www.site", "mr.smith" are no such pair.

    ``found``: the findings so far; a span one of them (0.5 or more) covers is skipped. Read only once a
    form matches: most prompts hold a "." and none of these forms."""
    text = nt.original
    out: list[Finding] = []
    marks: Marks | None = None

    def taken(a: int, b: int) -> bool:
        nonlocal marks
        if marks is None:
            marks = Marks((f.span.start, f.span.end) for f in found if f.span is not None and f.score >= 0.5)
        return marks.overlaps(a, b)

    if "+" in text or "^" in text:
        for m in _JOINED.finditer(text):
            if taken(m.start(), m.end()):
                continue
            parts = [p for p in (m.group(1), m.group(3), m.group(4)) if p]
            low = [p.lower() for p in parts]
            if all(_latin(p) for p in parts):
                named = any(_name_part(gaz, p) for p in low) and not all(gaz.is_common_word(p) for p in low)
                unknown = all(len(p) >= 3 and not gaz.is_known(p) and p not in gaz.first for p in low)
                if not (named or unknown):
                    continue
            elif any(_latin(p) for p in parts) or min(len(p) for p in parts) < 3:
                continue
            out.append(finding("full_name", 0.6, field, nt, m.start(), m.end(), {
                "kind": "plus_joined", "case": "lower", "source": "text"}))
    if "." in text:
        for m in _DOT_REVERSED.finditer(text):
            sur, given = m.group(1), m.group(2)
            if not _given(gaz, given) or taken(m.start(), m.end()):
                continue
            if not (sur in gaz.surname_rank or not gaz.is_known(sur)) or len(sur) < 3:
                continue
            out.append(finding("full_name", 0.6, field, nt, m.start(), m.end(), {
                "kind": "dot_reversed", "case": "lower", "source": "text"}))
    # Round 28 (mailbox.py): an e-mail address whose local part is a name ("refiloe.jane@mailbox.org").
    if "@" in text:
        from .mailbox import mailbox_findings

        out.extend(mailbox_findings(nt, field, gaz, Marks(
            (f.span.start, f.span.end) for f in [*found, *out] if f.span is not None and f.score >= 0.5)))
    # Round 16 (latin_forms.py): "Bär, Dorothee", "Han Myeong-sook", "nataliefleet.75".
    covered = Marks((f.span.start, f.span.end) for f in [*found, *out] if f.span is not None and f.score >= 0.5)
    out.extend(latin_form_findings(nt, field, gaz, covered))
    # Round 18: a subject marked by punctuation in any script ("{"subject": "X"}", "「X」", "X [EG]";
    # explicit_slots.py) and a stage or public title before one name ("DJ X", "Lady X"; stage_titles.py).
    covered = Marks((f.span.start, f.span.end) for f in [*found, *out] if f.span is not None and f.score >= 0.5)
    sexual = folded_sexual_words()
    words = language_words()

    def common(w: str) -> bool:
        return w in words or gaz.is_common_word(w)

    out.extend(explicit_slot_findings(nt, field, covered, common, sexual, lambda w: w in gaz.first))
    out.extend(stage_title_findings(nt, field, covered, common, sexual, lambda w: load_name_likeness().prob(w)))
    # ... and a two-word name whose given name is a short word of some language ("Une X shaking hands").
    out.extend(short_first_findings(nt, field, gaz, covered, common, sexual, lambda w: load_name_likeness().prob(w)))
    return out
