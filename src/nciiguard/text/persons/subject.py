"""Names on no list in the places where a prompt puts its subject (issue 10).

The pair table of :mod:`.namer` scores a first name + surname by how strong each half is on its
own, and leaves the weak pairs to capitals. People on no list are exactly the weak pairs: a rare
first name before a surname that is also a noun ("Halston Sage", "Azealia Banks"), Turkish or
Korean names the gazetteers do not hold ("kayıt güçlü", "jeongsun kim"), the same names written
joined ("sedifeyorulmaz", "#seojunpark"), in capitals ("AUBREY PLAZA") or as the only word of a
network tag (``<lora:aybet_v2:0.8>``). What makes them a person is WHERE they stand:

- the **subject slot**: a pair or joined token that opens a comma item, a weight group or a
  sentence, follows "of", "with", "starring" or their French, Spanish, German, Portuguese and
  Italian equivalents, or carries a possessive ("X's") or a hashtag;
- a **network tag** (LoRA/LyCORIS/embedding) is a trained concept by construction: when its
  words are a given name, or one very name-like word that is no word of any list, the concept is
  a person.

Each rule also asks the halves to read as name parts (gazetteer first names and census surnames,
or the name-likeness model of :mod:`.namelike` for tokens no list holds), and keeps out what
stands in the same slots: style authors (the caller drops items with "by"/"style" through
:mod:`.style` and :mod:`.mentions`), places (``PLACE_PREFIX``, ``NOT_SURNAME_TAIL``), fictional
characters (``FICTIONAL``), dictionary words that are no name, and English derivations. Scores
are 0.5 (0.6 in a tag): at the policy's threshold, below every table row that has capitals or a
strong surname to go on.

Cost: one pass over the words, each token looked up a bounded number of times; a joined token is
split at most ``MAX_JOINED_NAME`` ways (longer ones are not read), so the reading stays linear.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..limits import MAX_JOINED_NAME
from ..spans import Marks
from .found import finding
from .gazetteer import FOREIGN_PERSON_NOUNS
from .mentions import _FICTIONAL_SINGLE, _STYLE_WORDS
from .wordclasses import (
    COLOURS,
    FICTIONAL,
    FOREIGN_MARKERS,
    JOINED_TAIL_NOT_SURNAME,
    NEVER_WORD_FIRST,
    NOT_SURNAME_TAIL,
    PARTICLES,
    PLACE_HEAD,
    PLACE_PREFIX,
    SUFFIX_NOT_SURNAME,
    TITLES,
)
from .words import Word

#: Words after which a name is the subject: "of", "with", "starring" and the same in the five
#: other languages the guard reads ("avec", "con", "mit", "com", "di", "von"), and the verbs that
#: take a person as their object in requests ("undress X", "show me X", "zieh X aus").
SUBJECT_AFTER = frozenset(
    """of with starring featuring and feat ft
    avec et de du des
    con y del
    mit und von
    com e da do
    di ed
    undress strip show generate draw render create imagine make photograph
    deshabille desnuda desnudar spoglia zieh entkleide deixa tira despe""".split()
)
#: Words that open a network tag's name or follow the subject in it and say nothing about who
#: it is: versions, model families, packaging.
_TAG_NOISE = frozenset(
    """v vv lora locon lyco loha lokr lycoris ti embedding emb hn hypernet xl sdxl sd sd15 sd1 sd2 pony
    pdxl il illu illustrious flux nai nsfw sfw last final best beta alpha test epoch step steps offset
    realistic real photo style character char person woman man girl face""".split()
)
_TAG_SPLIT = re.compile(r"[_\-\s.]+")
_VERSION = re.compile(r"^(?:v?\d+[a-z]?|e\d+|ep\d+|\d+k)$")


def foreign_text(words: list[Word]) -> bool:
    """Text in another language than English (the test of :mod:`.fullnames`): two function words
    English never uses, or a person noun of another language ("mujer", "frau")."""
    return (sum(1 for w in words if w.base in FOREIGN_MARKERS) >= 2
            or any(w.base in FOREIGN_PERSON_NOUNS for w in words))


class SubjectNames:
    """Finds names on no list in subject slots and network tags (see the module docstring)."""

    def __init__(self, gaz, namer):
        self._gaz = gaz
        self._namer = namer

    # -- name parts -------------------------------------------------------------------------
    def _given(self, tok: str, title: bool) -> str | None:
        """Class of ``tok`` as a given name in a subject slot: "F" (gazetteer), "U" (no list,
        name-like), "W" (a dictionary word that is a given name only when written capitalised
        before a census surname: "Storm Reid", "Lake Bell"), or None."""
        gaz, namer = self._gaz, self._namer
        if len(tok) < 3 or not tok.isalpha() or tok in PLACE_PREFIX or tok in PLACE_HEAD:
            return None
        if tok in TITLES or tok in PARTICLES or tok in COLOURS or tok in NEVER_WORD_FIRST:
            return None
        if tok in gaz.first:
            return "F"
        if not gaz.is_known(tok):
            # The name-likeness model is trained on census names: East Asian and Turkish given
            # names score low ("jeongsun", "misuk"); _pair asks more of the family name then.
            return "U" if len(tok) >= 4 and namer.namelike(tok, 0.5) else None
        if gaz.is_word(tok) and not tok.endswith(("ing", "ed", "ly", "s")) and tok not in gaz.not_surname:
            return "W"  # "Storm Reid", "pixie lott": _pair admits it only before a census surname
        return None

    def _family(self, tok: str) -> str | None:
        """Class of ``tok`` as a family name: "S" (census surname, also one that is a word),
        "L" (no list, name-like), or None. Plurals of common words and place/brand tails never."""
        gaz, namer = self._gaz, self._namer
        if len(tok) < 2 or not tok.isalpha() or tok in NOT_SURNAME_TAIL or tok in gaz.not_surname:
            return None
        if tok.endswith("s") and tok[:-1] in gaz.words_common and gaz.surname_rank.get(tok, 10**9) > 1000:
            return None  # "teddy bears", "victoria falls"; not "banks", "woods", "wells"
        if tok in gaz.surname_rank:
            return "S"
        if len(tok) >= 4 and not gaz.is_known(tok) and not tok.endswith(SUFFIX_NOT_SURNAME) \
                and namer.namelike(tok, 0.7):
            return "L"
        return None

    def _pair(self, a: str, b: str, title: bool, foreign: bool) -> str | None:
        """Classes "X+Y" of ``a b`` as given name + family name in a subject slot, or None."""
        if (a, b) in FICTIONAL or a == b:
            return None
        fa, fb = self._given(a, title), self._family(b)
        if fa is None or fb is None:
            return None
        gaz, namer = self._gaz, self._namer
        if fa == "W" and not (fb == "S" and (title or not gaz.is_common_word(b) and len(b) >= 4)):
            # "Storm Reid", "sky ferreira": a word as a given name only before a census surname,
            # and in lower case only one that is no common word ("rose garden", "cherry wood").
            return None
        if fa == "U" and not namer.namelike(a, 0.7) and not (fb == "S" and not gaz.is_common_word(b)
                                                            or fb == "S" and gaz.surname_rank[b] <= 1000):
            return None  # a given name the model doubts: only before a census surname
        if fa == "U" and fb == "L" and (foreign or len(b) < 4):
            # Two tokens no list holds: in foreign text mostly words of that language.
            if not (namer.namelike(a, 0.9) and namer.namelike(b, 0.9)):
                return None
        if len(b) < 3 and not (fb == "S" and fa in ("F", "U")):
            return None
        return f"{fa}+{fb}"

    def _joined(self, core: str) -> tuple[str, str, str] | None:
        """Best split of a joined lower-case token into given name + family name, or None.

        A split point is tried at each of at most ``MAX_JOINED_NAME`` places (bounded cost). The
        halves must read as name parts; no common word may straddle the split ("beautifull"),
        and the token may not end like an English derivation.
        """
        gaz, namer = self._gaz, self._namer
        if not (7 <= len(core) <= MAX_JOINED_NAME) or not core.isalpha() or not core.isascii():
            return None
        if gaz.is_known(core) or core in gaz.first or core in gaz.surname_rank or core.endswith(JOINED_TAIL_NOT_SURNAME):
            return None
        common = gaz.words_common
        best = None
        for i in range(3, len(core) - 2):
            a, b = core[:i], core[i:]
            fa = "F" if a in gaz.first and (len(a) >= 4 or a in gaz.first_census) else (
                "U" if len(a) >= 4 and not gaz.is_known(a) and namer.namelike(a, 0.5) else None)
            if fa is None:
                continue
            fb = self._family(b)
            if fa == "U" and not (fb == "S" and namer.namelike(a, 0.65 if len(b) >= 4 else 0.5)
                                  or namer.namelike(a, 0.8)):
                continue
            if fb == "S" and gaz.is_common_word(b) and gaz.surname_rank[b] > 1000:
                continue  # a word at the end of a compound ("...bell", "...field"), unless a strong surname
            if fb is None or (fb == "S" and len(b) < 3) or (fa == "U" and fb == "L" and not namer.namelike(b, 0.85)):
                continue
            if (any(core[k:] in common for k in range(1, i) if len(core) - k >= 4)
                    or any(core[:k] in common for k in range(max(i + 1, 4), len(core)))):
                continue  # a common word straddles the split: a compound or a typo ("fantasyart")
            rank = ("F" == fa) + ("S" == fb)
            if best is None or rank > best[0]:
                best = (rank, a, b, f"{fa}+{fb}")
        return None if best is None else best[1:]

    # -- the reading ------------------------------------------------------------------------
    def find(self, nt, words: list[Word], field: str, taken, foreign: bool) -> list[Finding]:
        """Subject-slot and tag names of one text that no finding in ``taken`` covers."""
        out: list[Finding] = []
        taken_cover = Marks(taken)
        original = nt.original
        n = len(words)
        style_items = {w.item for w in words if w.base in _STYLE_WORDS}
        i = 0
        while i < n:
            w = words[i]
            if w.tagged >= 0 or w.item in style_items:
                i += 1
                continue
            prev = words[i - 1] if i > 0 else None
            hashtag = w.ostart > 0 and original[w.ostart - 1] == "#"
            slot = prev is None or prev.item != w.item or prev.base in SUBJECT_AFTER or hashtag
            # A pair: both halves written alike (lower, ALL CAPS or Title case).
            under = w.joinable_next and not w.plain_gap_next and i + 1 < n and \
                original[w.oend:words[i + 1].ostart] == "_"
            if i + 1 < n and w.joinable_next and (w.plain_gap_next or under) and words[i + 1].tagged < 0:
                nx = words[i + 1]
                oa, ob = original[w.ostart:w.oend], original[nx.ostart:nx.oend]
                same = (oa.islower() and ob.islower() or oa.isupper() and ob.isupper()
                        or w.title and nx.title)
                poss = original[nx.oend:nx.oend + 2] in ("'s", "’s")
                if same and (slot or poss) and not taken_cover.overlaps(w.ostart, nx.oend):
                    cls = self._pair(w.base, nx.base, w.title and nx.title, foreign)
                    if cls is not None and under and cls == "U+L":
                        cls = None  # Danbooru tags join made-up names with "_" ("asaka_yashima")
                    if cls is not None:
                        out.append(finding("full_name", 0.5, field, nt, w.ostart, nx.oend, {
                            "kind": "subject", "first": w.base, "last": nx.base, "classes": cls,
                            "cue": "possessive" if poss and not slot else ("after " + prev.base if prev is not None
                                                                          and prev.item == w.item else "item start"),
                            "case": "capitalised" if w.title else ("upper" if oa.isupper() else "any"),
                            "source": "text"}))
                        i += 2
                        continue
            orig = original[w.ostart:w.oend]
            if (slot and (orig.islower() or orig.isupper()) and len(w.base) >= 7
                    and not taken_cover.overlaps(w.ostart, w.oend)):
                js = self._joined(w.base)
                if js is not None:
                    out.append(finding("full_name", 0.5, field, nt, w.ostart, w.oend, {
                        "kind": "joined", "first": js[0], "last": js[1], "classes": js[2],
                        "cue": "hashtag" if hashtag else "subject slot", "case": "any", "source": "text"}))
            i += 1
        out.extend(self._tags(nt, field, taken_cover))
        return out

    def _tags(self, nt, field: str, taken_cover: Marks) -> list[Finding]:
        """Network tags whose name is a given name (``<lora:aybet_v2:0.8>``) or a given name +
        a family name no list holds (``<lora:odeya_rush_v1>``)."""
        out = []
        gaz, namer = self._gaz, self._namer
        for tg in nt.tags:
            if tg.kind not in ("lora", "lyco", "embedding", "hypernet"):
                continue
            if taken_cover.overlaps(tg.span.start, tg.span.end):
                continue
            parts = [p for p in _TAG_SPLIT.split(tg.name.lower()) if p]
            parts = [p for p in parts if p not in _TAG_NOISE and not _VERSION.match(p)]
            if not parts or not all(p.isalpha() for p in parts) or len(parts) > 2:
                continue
            joined = "".join(parts)
            if joined in _FICTIONAL_SINGLE or tuple(parts) in FICTIONAL:
                continue
            a = parts[0]
            if a in gaz.not_surname or gaz.is_common_word(a):
                continue
            given = (a in gaz.first and len(a) >= 3) or (
                len(a) >= 4 and not gaz.is_known(a) and namer.namelike(a, 0.7))
            if not given:
                continue
            if len(parts) == 2 and self._family(parts[1]) is None:
                continue
            ev = {"kind": "tag", "first": a, "classes": "F+tag" if a in gaz.first else "U+tag",
                  "case": "tag", "source": tg.kind, "cue": "network tag"}
            if len(parts) == 2:
                ev["last"] = parts[1]
            out.append(finding("full_name", 0.6, field, nt, tg.span.start, tg.span.end, ev))
        return out
