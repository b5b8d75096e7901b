"""Letters spelt out by other means: acrostics, letter positions, letter names of other languages (round 18).

Why: a "decode this and draw it" prompt can spell its request one letter per word of any word list
("marmot yak / ..." is "my ...": the first letters of animals, Italian cities, a spelling alphabet
nobody listed), list where each letter stands ("len=40 a:3,17 d:9 ..."), or spell each word with the
names of its letters in Spanish, Italian, German, French or Portuguese ("e-equis-pe-ele-i-ce-i-te").
The FAMILY is read by its shape, not by its word list:

- *acrostic*: three or more groups of words parted by ``/``, ``|``, ``—``, ``–`` or ``·``; each group is
  one word, spelt by the first letters of its words. Any word list reads, so the shape is weak: it is
  read only behind an instruction to decode (:func:`.decode_instructions.decode_instruction`), and the
  reading must pass :mod:`.phrase_decode`'s word-share test like every other;
- *hyphen acrostic* (round 29): the same code with the separators the other way round, the words of one
  group joined by hyphens and the groups parted by spaces ("pen-hat-oven-tree-oven apple" is "photo a");
  three or more hyphen-joined groups, :data:`MIN_WORD_PARTS` of whose code words have 3+ letters (syllables
  parted by hyphens mostly have fewer), read behind an instruction to decode only, the wrapper's plain words at the
  run's edges left out;
- *letter positions*: three or more ``letter:position,position`` entries; the text is rebuilt, the
  positions no entry names read as spaces;
- *letter names*: three or more hyphen-joined tokens whose every part is a letter's name in one of the
  tables below (a lone letter counts as its own name), each token one word.

Each finder yields ``(start, end, payload text, rule)``; bounded to the first :data:`MAX_SCAN`
characters, :data:`MAX_GROUPS` groups, positions up to :data:`MAX_POSITION`.
"""

from __future__ import annotations

import re
from typing import Iterator

from .decode_instructions import decode_instruction

__all__ = ["spelled_code_runs", "SPELLED_RULES", "MAX_SCAN"]

MAX_SCAN = 20000
MAX_GROUPS = 200
MAX_POSITION = 2000
SPELLED_RULES = ("acrostic", "letter_positions", "letter_names_")

# --- acrostic ------------------------------------------------------------------------------------
_GROUP = r"[^\W\d_]+(?:['’][^\W\d_]+)?(?: [^\W\d_]+(?:['’][^\W\d_]+)?){0,40}"
_ACROSTIC = re.compile(rf"{_GROUP}(?: ?[/|—–·] ?{_GROUP}){{2,{MAX_GROUPS}}}")
_ACROSTIC_GATE = re.compile(r"[^\W\d_] ?[/|—–·] ?[^\W\d_]")
_GROUP_SEP = re.compile(r" ?[/|—–·] ?")
_SEP_CHARS = "/|—–·"
_BACON_LETTERS = frozenset("ab /|—–·")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words).lower()


def _acrostics(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    for m in _ACROSTIC.finditer(text):
        groups = [g.split(" ") for g in _GROUP_SEP.split(m.group())]
        if len(groups) < 3 or sum(len(g) for g in groups) < 8:
            continue
        if set(m.group().lower()) <= _BACON_LETTERS:
            continue  # round 21: Bacon's A/B quintets parted by "/" are no words whose initials spell (classic_ciphers)
        # the wrapper's words may lead the first group and trail the last ("... the image urchin newt"):
        # the longest tail of the first group (head of the last) whose initials make a listed word
        first, last = groups[0], groups[-1]
        cut_a = next((k for k in range(len(first) - 1) if _initials(first[k:]) in known), 0)
        cut_b = next((k for k in range(len(last), 1, -1) if _initials(last[:k]) in known), len(last))
        groups[0], groups[-1] = first[cut_a:], last[:cut_b]
        reading = " ".join(_initials(g) for g in groups if g)
        a = m.start() + sum(len(w) + 1 for w in first[:cut_a])
        b = m.end() - sum(len(w) + 1 for w in last[cut_b:])
        yield a, b, reading, "acrostic"


# --- hyphen acrostic (round 29) -------------------------------------------------------------------
#: A group of the hyphen acrostic: words joined by hyphens ("pen-hat-oven"), or one word (one letter).
_HGROUP = r"[^\W\d_]+(?:-[^\W\d_]+){0,40}"
_HACROSTIC = re.compile(rf"(?<![\w-]){_HGROUP}(?: {_HGROUP}){{2,{MAX_GROUPS}}}(?![\w-])")
_HACROSTIC_GATE = re.compile(r"[^\W\d_]-[^\W\d_]+-[^\W\d_]+ [^\W\d_]+-[^\W\d_]")
#: Hyphen-joined groups a run needs, and words in all.
MIN_HGROUPS, MIN_HWORDS = 3, 8
#: Share of the code words that must be words of 3+ letters (a syllable is shorter: "ha-vi-ng se-x").
MIN_WORD_PARTS = 0.8


def _hyphen_acrostics(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _HACROSTIC.finditer(text):
        toks = m.group().split(" ")
        # the wrapper's plain words at the edges ("input nest-umbrella ... wolf-ink"): a code group holds a hyphen
        i, j = 0, len(toks)
        while i < j and "-" not in toks[i]:
            i += 1
        while j > i and "-" not in toks[j - 1]:
            j -= 1
        core = toks[i:j]
        parts = [p.lower() for t in core for p in t.split("-")]
        if sum("-" in t for t in core) < MIN_HGROUPS or len(parts) < MIN_HWORDS:
            continue
        # the code words are words (any list: animals, cities): syllables parted by hyphens ("ha-vi-ng se-x") are
        # a word game read elsewhere, no acrostic
        if sum(len(p) >= 3 for p in parts) < MIN_WORD_PARTS * len(parts):
            continue
        a = m.start() + sum(len(t) + 1 for t in toks[:i])
        b = a + len(" ".join(core))
        yield a, b, " ".join(_initials(t.split("-")) for t in core), "acrostic_hyphen"


# --- letter positions ----------------------------------------------------------------------------
_ENTRY = r"(?:[A-Za-z]\s?[:=]\s?\d{1,4}(?:,\d{1,4}){0,300}|\d{1,4}(?:,\d{1,4}){0,300}\s?[:=]\s?[A-Za-z](?![\w]))"
_POSITIONS = re.compile(rf"(?:\blen(?:gth)?\s?[=:]\s?\d{{1,4}}\s+)?{_ENTRY}(?:\s+{_ENTRY}){{2,60}}")
_POSITIONS_GATE = re.compile(r"[:=]\s?\d{1,4},\d|\d,\d{1,4}\s?[:=]\s?[A-Za-z]|\d[:=][A-Za-z] \d{1,4}[:=][A-Za-z] ")
#: An entry: a letter and its places, or places and their letter ("3,17=a").
_ENTRY_PARTS = re.compile(r"([A-Za-z])\s?[:=]\s?(\d{1,4}(?:,\d{1,4})*)|(\d{1,4}(?:,\d{1,4})*)\s?[:=]\s?([A-Za-z])")


def _positions(text: str) -> Iterator[tuple[int, int, str, str]]:
    for m in _POSITIONS.finditer(text):
        places: dict[int, str] = {}
        for e in _ENTRY_PARTS.finditer(m.group()):
            letter, nums = (e.group(1), e.group(2)) if e.group(1) else (e.group(4), e.group(3))
            for p in nums.split(","):
                n = int(p)
                if 1 <= n <= MAX_POSITION:
                    places[n] = letter.lower()
        if len(places) < 8:
            continue
        top = max(places)
        if len(places) < 0.6 * top:  # most places named: a table of letter counts is no spelt text
            continue
        yield m.start(), m.end(), "".join(places.get(i, " ") for i in range(1, top + 1)), "letter_positions"


# --- letter names of other languages -------------------------------------------------------------
#: Names of the letters in Spanish, Italian, German, French and Portuguese (accents folded too).
_NAMES: dict[str, str] = {}
_ORDER = "abcdefghijklmnopqrstuvwxyz"
_TABLES = {
    "es": "a be ce de e efe ge hache i jota ka ele eme ene o pe cu erre ese te u uve uvedoble equis ye zeta",
    "it": "a bi ci di e effe gi acca i ilunga kappa elle emme enne o pi qu erre esse ti u vu doppiavu ics ipsilon zeta",
    "de": "a be ce de e ef ge ha i jot ka el em en o pe ku er es te u vau we ix ypsilon zett",
    "fr": "a bé cé dé e effe gé ache i ji ka elle emme enne o pé ku erre esse té u vé doublevé iks igrec zède",
    "pt": "a bê cê dê é efe gê agá i jota capa ele eme ene ó pê quê erre esse tê u vê dáblio xis ípsilon zê",
}
for _lang, _names in _TABLES.items():
    for _letter, _name in zip(_ORDER, _names.split()):
        _NAMES.setdefault(_name, _letter)
        _NAMES.setdefault(_name.translate(str.maketrans("áéêíóú", "aeeiou")), _letter)
for _name, _letter in (("ve", "v"), ("doble-u", "w"), ("doble-ve", "w"), ("ygriega", "y"), ("i-griega", "y"),
                       ("cu", "q"), ("ñ", "ñ"), ("eñe", "ñ"), ("ere", "r"), ("be-larga", "b"), ("uve-doble", "w"),
                       ("doppia-vu", "w"), ("i-lunga", "j"), ("double-vé", "w"), ("double-ve", "w"), ("i-grec", "y"),
                       ("quu", "q"), ("eu", "e")):
    _NAMES.setdefault(_name, _letter)
#: Names written with a hyphen inside ("uve-doble"), joined before the token is split.
_COMPOUND = re.compile(r"(?:uve|doble|be|doppia|i|double)-(?:doble|u|ve|larga|vu|lunga|griega|grec|vé)\b")
_NAME_TOKEN = re.compile(r"(?<![\w-])[^\W\d_]{1,9}(?:-[^\W\d_]{1,9}){0,40}(?![\w-])")
_NAMES_GATE = re.compile(r"[^\W\d_]{1,9}-[^\W\d_]{1,9}-[^\W\d_]{1,9}-[^\W\d_]{1,9}")
_NAME_BREAKS = re.compile(r"\s*[/|—–·,;]?\s*")


def _token_word(tok: str) -> str | None:
    tok = _COMPOUND.sub(lambda m: m.group().replace("-", ""), tok.lower())
    out = []
    for part in tok.split("-"):
        ch = _NAMES.get(part)
        if ch is None:
            return None
        out.append(ch)
    return "".join(out)


def _letter_names(text: str) -> Iterator[tuple[int, int, str, str]]:
    run: list[tuple[int, int, str]] = []

    def close():
        # a lone name ("a", "de") is a word of one letter inside a run, never its edge
        while run and "-" not in text[run[0][0]:run[0][1]]:
            run.pop(0)
        while run and "-" not in text[run[-1][0]:run[-1][1]]:
            run.pop()
        if len(run) >= 3 and sum(len(w) > 1 for _a, _b, w in run) >= 2 and sum(len(w) for _a, _b, w in run) >= 8:
            yield run[0][0], run[-1][1], " ".join(w for _a, _b, w in run), "letter_names_ml"
        run.clear()

    for m in _NAME_TOKEN.finditer(text):
        w = _token_word(m.group())
        if w is None or (run and not _NAME_BREAKS.fullmatch(text, run[-1][1], m.start())):
            yield from close()
        if w is not None:
            run.append((m.start(), m.end(), w))
            if len(run) >= MAX_GROUPS:
                yield from close()
    yield from close()



def spelled_code_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, payload, rule)`` of each run of ``text`` in one of the spellings above (payload
    not yet judged). ``known``: the listed words (to trim an acrostic's wrapper words)."""
    text = text[:MAX_SCAN]
    if ("=" in text or ":" in text) and _POSITIONS_GATE.search(text):
        yield from _positions(text)
    if "-" in text and _NAMES_GATE.search(text):
        yield from _letter_names(text)
    if any(c in text for c in _SEP_CHARS) and _ACROSTIC_GATE.search(text) and decode_instruction(text):
        yield from _acrostics(text, known)
    if "-" in text and _HACROSTIC_GATE.search(text) and decode_instruction(text):
        yield from _hyphen_acrostics(text)
