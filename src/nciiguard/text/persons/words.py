"""A normalised text read as words, with the facts about each word that name rules need.

Each :class:`Word` carries its lookup form, its offsets in the folded view and in the original
text, how it was written (Title case, lower case, leetspeak, inside a LoRA tag) and whether the
gap to the next word can sit inside a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..spans import Cover

if TYPE_CHECKING:
    from .namer import Namer

_SEPARATORS = re.compile(r"[,;|!?\n:()\[\]{}]|\.\s")
_NAME_GAP = re.compile(r"[ _\-]{1,3}|\.")
_INITIAL_GAP = re.compile(r"\.?[ _\-]{0,2}")


def clean(token: str) -> str:
    """Lookup form: possessive and apostrophes removed ("watson's" -> "watson", "o'brien")."""
    if token.endswith("'s"):
        token = token[:-2]
    return token.replace("'", "")


@dataclass
class Word:
    """One token of the folded view, as the name rules see it."""

    base: str          # lookup form
    start: int         # folded view offsets of the base (possessive excluded)
    end: int
    ostart: int        # original offsets
    oend: int
    title: bool        # written Title-case in the original
    joinable_next: bool  # the gap to the next token can sit inside a name
    item: int          # comma/sentence item index (for style lists)
    hyphen_next: bool = False  # joined to the next token by one hyphen ("zeta-jones")
    leet: bool = False  # ``base`` is a leetspeak reading of a token with digits ("k1n5k1")
    #: Inside a LoRA/LyCORIS tag: the name of a network trained to reproduce its subject.
    #: Tag names are written in lower case with underscores ("<lora:jane_roe_v1:0.8>"), so the
    #: tag stands in for the capitals a name would have in running text. Index of the tag, or -1.
    tagged: int = -1
    #: The folded view's form, before any leetspeak reading: registry aliases are matched on it.
    folded: str = ""
    #: Written without capitals in the original (the name-likeness rules read only such words:
    #: in all-caps or Title-Cased text an unknown token is as often a brand or a place).
    lower: bool = False
    #: The ORIGINAL gap to the next token is only spaces, "-" or "." (the folded view drops
    #: prompt syntax, so "yelan (genshin impact)" looks like one name there).
    plain_gap_next: bool = False


_HAS_LEET = re.compile(r"[0134578@$]")
#: No "_": outside LoRA tags, underscores join Danbooru-style tags ("zettai_ryouiki",
#: "asaka_yashima"), mostly characters and clothing, not the names of people.
_PLAIN_GAP = re.compile(r"[ .\-]{1,3}")
#: Original gaps that end a name even when the folded view leaves only a space: CLIP's special
#: tokens ("<|endoftext|>"), "|" alternation and the edges of network tags.
_BREAK_GAP = re.compile(r"[<|>]")


def read_words(nt, namer: "Namer | None" = None) -> list[Word]:
    view = nt.folded
    text = view.text
    original = nt.original
    toks = view.tokens
    out: list[Word] = []
    item = 0
    # Network tags, found per token by binary search (many tags x many words was quadratic).
    net_tags = [k for k, tg in enumerate(nt.tags) if tg.kind in ("lora", "lyco")]
    net_cover = Cover((nt.tags[k].span.start, nt.tags[k].span.end) for k in net_tags)
    for i, t in enumerate(toks):
        raw = t.text
        end = t.end - 2 if raw.endswith("'s") else (t.end - 1 if raw.endswith("'") else t.end)
        base = clean(raw)
        os_, oe = view.to_original(t.start, end)
        orig = original[os_:oe]
        title = len(orig) >= 2 and orig[0].isupper() and any(c.islower() for c in orig[1:])
        joinable = False
        next_gap = ""
        if i + 1 < len(toks):
            next_gap = gap = text[t.end : toks[i + 1].start]
            if raw.endswith("'s"):
                joinable = False
            elif gap == " ":  # the usual gap: both patterns below match one space
                joinable = True
            elif len(base) == 1:
                joinable = _INITIAL_GAP.fullmatch(gap) is not None
            else:
                joinable = _NAME_GAP.fullmatch(gap) is not None
        if i > 0:
            gap = text[toks[i - 1].end : t.start]
            if ((gap != " " and (_SEPARATORS.search(gap) or gap.strip() == "."))
                    or toks[i - 1].text.endswith(".")):
                item += 1
        hyphen = joinable and next_gap == "-"
        leet = False
        folded_base = base
        if namer is not None and _HAS_LEET.search(orig) and (not base.isalpha() or base not in namer.gaz.first):
            # Read the token as written: the folded view may have half-undone it ("l1u" -> "llu").
            reading = namer.leet_reading(clean(orig.lower()), base)
            if reading is not None and reading != base:
                base, leet = reading, True
                # "J053": digits stand for lower-case letters, so a leading capital alone is Title case.
                title = orig[:1].isupper() and not any(c.isupper() for c in orig[1:])
        tagged = net_cover.find(os_, oe)
        tagged = net_tags[tagged] if tagged >= 0 else -1
        plain_gap = False
        if joinable:
            nos, _ = view.to_original(toks[i + 1].start, toks[i + 1].end)
            ogap = original[oe:nos]
            plain_gap = ogap == " " or _PLAIN_GAP.fullmatch(ogap) is not None
            if ogap != " " and _BREAK_GAP.search(ogap):
                # The folded view drops "<|startoftext|>" and the "|" of "[a|b]" alternation:
                # the words on both sides belong to different names ("dong <|startoftext|>").
                joinable = hyphen = False
        # Inside a LoRA tag, made-up and character names ("hutao_yuzhai") look as much like
        # names as people's do: the name-likeness rules stay out of tags (``lower`` False).
        out.append(Word(base, t.start, end, os_, oe, title, joinable, item, hyphen, leet, tagged, folded_base,
                         tagged < 0 and not any(c.isupper() for c in orig), plain_gap))
    return out



def case_informative(nt, words: list[Word]) -> bool:
    """Capitals mean something only in text that is not all caps and not Title Cased throughout."""
    if not any(c.islower() for c in nt.original):
        return False
    longish = [w for w in words if len(w.base) >= 3 and w.base.isalpha()]
    if len(longish) < 4:
        return True
    titled = sum(1 for w in longish if w.title)
    return titled / len(longish) < 0.6
