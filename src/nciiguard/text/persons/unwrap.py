"""The text with the wrappers around a name taken off, for a second reading (round 19).

Why: people decorate the name they ask for, or paste it from a page that marks it: emoji on both
sides ("✨X✨", "🔥X🔥"), quotes of any script ("“X”", "「X」"), a prompt weight around a name in another
script than Latin ("(X:1.3)"; Latin ones are read by :mod:`.lora` and the pair rules), a
Wikipedia title's disambiguation ("X_(politician)"), a Wikidata id ("X (Q123456)"), and a bracketed
tag opening the field ("[no filter] X ...", "【无过滤】X..."). The name readers read a name by what is
next to it: a particle right after it ("X的", "X가"), the field's start, a verb of a scene. A
wrapper stands between the name and that cue ("✨X✨的", "“X”在"), so the name went unread although
the same words without it are read.

:func:`unwrapped_variant` drops those wrappers (the characters only, the name stays) and returns
the new text with a map from each of its characters to the original one; the reader reads it again
where no subject was found and keeps what it reads there (``form`` ``unwrapped``). It adds no
reading of its own: what it finds, the other readers find in the plain spelling.

Cost: one regular-expression search as the precheck (most prompts hold none of these characters),
then one pass over the text to build the variant.
"""

from __future__ import annotations

import unicodedata

from ..lazy_regex import LazyPattern

__all__ = ["unwrapped_variant"]

#: Any wrapper at all: the cheap precheck.
#: No "(" or '"' alone: prompt weights and quotes around ordinary words are in most prompts, and the
#: Latin readers read a Latin name inside them already; only the wrappers that hide a name open it.
_ANY = LazyPattern("[\u2600-\u27bf\U0001f300-\U0001faff\u201c\u201d\u300c-\u300f\u3010\u3011\u00ab\u00bb]"
                   r"|_\(|\(Q\d|^\s*\[|\([^\x00-\x7f]|[:：]\s*\[")
#: A prompt weight around a name: "(X:1.3)".
_WEIGHT = LazyPattern(r"\((?P<in>[^\x00-\x7f][^():\[\]]{0,39}):[0-2](?:\.\d{1,2})?\)")
#: A Wikipedia disambiguation after a name ("_(diplomat)", " (politician)" after an underscore only)
#: or a Wikidata id ("(Q12345)").
_SUFFIX = LazyPattern(r"_\([a-z ]{2,24}\)|\s?\(Q\d{1,10}\)")
#: A bracketed tag that opens the field ("[no filter]", "【无过滤】"): up to 40 characters.
_TAG = LazyPattern(r"^\s*(?:\[[^\[\]\n]{1,40}\]|【[^【】\n]{1,40}】)\s*")
#: Round 23: the same tag right after a label's colon ("이 이미지 생성해줘: [요청] X 누드", "Prompt: [nsfw] X"),
#: in the first 200 characters: the tag goes, the colon stays.
_TAG_AFTER_COLON = LazyPattern(r"[:：]\s*(?P<tag>(?:\[[^\[\]\n]{1,40}\]|【[^【】\n]{1,40}】)\s*)")
#: Quote marks taken off (the ASCII double quote too; apostrophes are letters of names: "O'Brien").
_QUOTES = frozenset("\u201c\u201d\u300c\u300d\u300e\u300f\u00ab\u00bb\"")
#: Joiners that glue emoji sequences together.
_JOINERS = frozenset("\ufe0f\ufe0e\u200d")


def _drop(ch: str) -> bool:
    return ch in _QUOTES or ch in _JOINERS or unicodedata.category(ch) == "So"


def unwrapped_variant(text: str) -> tuple[str, list[int]] | None:
    """``(variant, where)``: ``variant[i]`` is ``text[where[i]]``; None when nothing is unwrapped."""
    if not _ANY.search(text):
        return None
    keep = [True] * len(text)
    m = _TAG.match(text)
    if m is not None and m.end() < len(text):
        for k in range(m.start(), m.end()):
            keep[k] = False
    for m in _TAG_AFTER_COLON.finditer(text, 0, 200):
        if m.end() < len(text):
            for k in range(m.start("tag"), m.end("tag")):
                keep[k] = False
    for m in _WEIGHT.finditer(text):
        keep[m.start()] = False
        for k in range(m.end("in"), m.end()):
            keep[k] = False
    for m in _SUFFIX.finditer(text):
        for k in range(m.start(), m.end()):
            keep[k] = False
    for k, ch in enumerate(text):
        if keep[k] and _drop(ch):
            keep[k] = False
    if all(keep):
        return None
    where = [k for k in range(len(text)) if keep[k]]
    if not where:
        return None
    return "".join(text[k] for k in where), where
