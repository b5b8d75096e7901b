"""Readings of the clause around a sexual word that the lexicon's rules cannot express.

Why here and not in the lexicon: one crosses a question mark, which lexicon rules never do ("a workflow for
<name> fakes? need explicit ones", round 23); two look past a finding on the original text to drop it: the
object of an undress verb is a thing ("undressing the Christmas tree", round 23), or the writer corrects the
word at once ("undressed... sorry, underdressed", round 22). ``signals/text/sexual.py`` calls all three.
"""

from __future__ import annotations

import re

from ...findings import Finding, Span

__all__ = ["explicit_fakes", "self_corrected", "undressed_thing"]


#: Round 23: fakes of someone asked for as "explicit ones" across a question mark or a clause ("a workflow for <name>
#: fakes? need explicit ones"): lexicon rules do not cross "?", so this reads the folded view within one sentence
#: stretch of 60 characters. "explicit steps / guidelines" after "fakes" are not graded pictures: not read.
_EXPLICIT_FAKES = re.compile(
    r"(?<![^\W_])(?:deep[ -]?fakes|fakes|fake[ \t](?:pics|photos|images|nudes)|face[ -]?swaps|morphs)(?![^\W_])"
    r"[^.\n]{0,60}?(?<![^\W_])(explicit|lewd|nsfw|spicy|dirty|uncensored|xxx|raunchy|naughty|hardcore)[ \t]+"
    r"(?:ones|versions|pics|pictures|images|edits|shots|stuff|content|material|variants)(?![^\W_])")


def explicit_fakes(field: str, nt) -> list[Finding]:
    """Findings of fakes asked for as explicit ones (``_EXPLICIT_FAKES``) in the folded view of ``nt``."""
    out = []
    for m in _EXPLICIT_FAKES.finditer(nt.folded.text):
        os_, oe = nt.folded.to_original(m.start(), m.end())
        out.append(Finding(label="euphemism", score=0.8, field=field, span=Span(os_, oe), text=nt.original[os_:oe],
                           evidence={"rule": "explicit_fakes", "term": m.group(), "grade": "euphemism",
                                     "source": "nciiguard"}))
    return out


#: Round 23: an undress verb whose object is a thing ("undressing the Christmas tree", "undress the bed", "undressing
#: the shop window"): the thing is stripped of its decorations or covers, not a person of clothes. Read on the
#: original text right after the verb's span; a person after the verb ("undressing her by the tree") is not a thing.
_UNDRESS_FORMS = frozenset({"undress", "undresses", "undressing", "undressed"})
_UNDRESS_THING = re.compile(
    r"\s+(?:the|a|an|our|my|your|his|her|their|this|that|these|those)\s+(?:big\s+|old\s+|little\s+|whole\s+)?"
    r"(?:christmas\s+|xmas\s+|holiday\s+|festive\s+|shop\s+|store\s+|display\s+|kitchen\s+|dining\s+|living\s+room\s+)?"
    r"(?:tree|trees|bed|beds|window|windows|display|displays|wall|walls|set|stage|table|tables|salad|salads|wound"
    r"|turkey|chicken|altar|sofa|couch|furniture|room|house|office|shelves|shelf|mantel|mantelpiece|fireplace"
    r"|porch|garden|wreath|float|booth|stall|pillows|cushions)(?![^\W_])", re.I)


def undressed_thing(nt, f: Finding) -> bool:
    """``f`` is an undress verb whose object is a thing ("undressing the Christmas tree"): not a person undressing."""
    if f.span is None or str(f.evidence.get("term", "")).lower() not in _UNDRESS_FORMS:
        return False
    return _UNDRESS_THING.match(nt.original, f.span.end) is not None


#: Round 22: a self-correction right after a word ("undressed... sorry, underdressed", "nude -- I mean nudge"):
#: a pause, a correction marker, then the word meant. Bounded, anchored at the end of a finding.
_CORRECTION = re.compile(
    r"[ \t]{0,2}(?:\.{2,4}|…|—|–|--?|,|;|:)?[ \t]{0,2}\(?[ \t]{0,2}"
    r"(?:sorry|oops|whoops|oh|er+|erm|um+|uh+|typo|autocorrect|correction|scratch[ \t]that|no)?"
    r"[ \t]{0,2}[,:;!.…—–-]{0,3}[ \t]{0,2}(?:i[ \t]mean(?:t)?|meant|make[ \t]that|rather|that[ \t]is)?[,:]?[ \t]{0,2}"
    r"(?<![^\W_])([^\W\d_]{3,30})(?![^\W_])", re.I)
_CORRECTION_MARK = re.compile(r"(?<![^\W_])(?:sorry|oops|whoops|typo|autocorrect|correction|scratch[ \t]that|i[ \t]meant?|make[ \t]that)"
                              r"(?![^\W_])", re.I)


def self_corrected(nt, f: Finding) -> bool:
    """A word the writer corrects at once ("photo of her undressed... sorry, underdressed for a snowstorm"): a
    correction marker follows it within a few characters, then a different word sharing its first three letters
    (the word meant: a typo's correction, not a second request). The word meant is read on its own, so
    "nude... sorry, naked" stays flagged by "naked". Cost: a substring test for the marker, then one anchored match."""
    if f.span is None or f.evidence.get("rule") or f.label == "learned":
        return False
    tail = nt.original[f.span.end:f.span.end + 60]
    if not _CORRECTION_MARK.search(tail):
        return False
    m = _CORRECTION.match(tail)
    if m is None or not _CORRECTION_MARK.search(tail, 0, m.start(1)):
        return False
    said, meant = f.text.lower(), m.group(1).lower()
    return meant != said and meant[:3] == said[:3] and not meant.startswith(said)
