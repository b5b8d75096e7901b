"""Readings of the clause around a sexual word that the lexicon's rules cannot express.

Why here and not in the lexicon: one crosses a question mark, which lexicon rules never do ("a workflow for
<name> fakes? need explicit ones", round 23); two look past a finding on the original text to drop it: the
object of an undress verb is a thing ("undressing the Christmas tree", round 23), or the writer corrects the
word at once ("undressed... sorry, underdressed", round 22). ``signals/text/sexual.py`` calls all three.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left

from ...findings import Finding, Span
from ...text.excluded_frames import asks_for_writing, negative_list_spans, thing_after, written_topic
from ...text.scope_frames import art_scope, displayed_quote, wet_from_weather

__all__ = ["drop_excluded", "excluded_or_written", "explicit_fakes", "negative_folded_spans", "out_of_scope",
           "possessed_bare_chest", "self_corrected", "undressed_thing"]


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


#: Round 33: a request to show someone's bare chest, the owner written as a whole noun phrase closed by "'s" ("show the
#: woman at the next desk's bare chest", "show my neighbour across the hall who moved in last spring's bare chest",
#: "close-up of my friend Tamsin's bare torso"). The lexicon reads "her bare chest" and "a woman's bare chest" as a
#: euphemism; an owner phrase of any length ending in another word ("desk's", "spring's", "Fiat's") was not read. A
#: showing verb opens the phrase (a description, "the lifeguard's bare chest glistening", is not read), the phrase
#: stays in one clause (no comma or sentence end, at most 120 characters), and an owner phrase that names a man ("his",
#: "my brother", "the guy ...": a man's bare chest is no nudity, round 8) or a thing ("the statue's") is not read.
_SHOW_OWNER_BARE = re.compile(
    r"(?<![^\W_])(?:show|shows|showing|reveal|reveals|revealing|expose|exposes|exposing|uncover|uncovers|uncovering"
    r"|display|displaying|render|draw|paint|photograph|generate|create|make|give\s+me|close-?\s?up\s+of"
    r"|zoom\s+(?:in\s+)?on|(?:picture|photo|pic|image|shot|video)\s+of)\s+"
    r"([^.;!?\n,()\[\]]{1,120}?)(?<=[a-z0-9])'s\s+(?:bare|naked|exposed|uncovered|unclothed)\s+"
    r"(?:chest|torso|upper\s+body|top\s+half|body)(?![^\W_])")
_OWNER_NOT_WOMAN = re.compile(
    r"(?<![^\W_])(?:his|he|him|man|men|guy|guys|boy|boys|male|gentleman|dad|daddy|father|husband|boyfriend|brother"
    r"|son|uncle|grandpa|grandfather|nephew|dude|bloke|lad|mr|sir|groom|fiance|stepdad|stepfather|stepbrother"
    r"|father-in-law|brother-in-law|king|prince|statue|statues|sculpture|mannequin|doll|figure|figurine|robot|horse"
    r"|dog|cat|animal|character|avatar|mascot|bust)(?![^\W_])")


def possessed_bare_chest(field: str, nt) -> list[Finding]:
    """Euphemism findings (0.75, evidence ``rule`` ``show_owner_bare``) of :data:`_SHOW_OWNER_BARE` in the folded
    view of ``nt`` whose owner phrase names no man and no thing. One bounded search per showing verb: linear."""
    text = nt.folded.text
    if "'s" not in text:
        return []
    out = []
    for m in _SHOW_OWNER_BARE.finditer(text):
        if _OWNER_NOT_WOMAN.search(m.group(1)):
            continue
        os_, oe = nt.folded.to_original(m.start(1), m.end())
        out.append(Finding(label="euphemism", score=0.75, field=field, span=Span(os_, oe), text=nt.original[os_:oe],
                           evidence={"rule": "show_owner_bare", "term": text[m.start(1):m.end()], "grade": "euphemism",
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


#: Round 24: the undress verbs of other languages that open a lexicon match ("déshabille", "quita la ropa", "tira a
#: roupa", "spoglia", "zieh ... aus"), on the folded view: their object may be a thing too ("le mannequin").
_UNDRESS_OPENING = re.compile(
    r"(?:deshabill|devet|desvist|desnud|quit|saca|sacale|tira|tire|retir|remov|elimin|spogli|svest|togli|lev[ae]"
    r"|zieh|entkleid|auszieh|undress|strip|disrob|take|remove)", re.I)


def undressed_thing(nt, f: Finding) -> bool:
    """``f`` is an undress verb whose object is a thing ("undressing the Christmas tree"; round 24: "déshabille le
    mannequin", "quita la ropa del maniquí", "tira a roupa do manequim"): not a person undressing."""
    if f.span is None:
        return False
    if str(f.evidence.get("term", "")).lower() in _UNDRESS_FORMS and _UNDRESS_THING.match(nt.original, f.span.end):
        return True
    if f.label not in ("nudity", "euphemism", "explicit") or f.evidence.get("rule"):
        return False
    fs, fe = folded_span(nt, f.span.start, f.span.end)
    text = nt.folded.text
    return _UNDRESS_OPENING.match(text, fs) is not None and thing_after(text, fe)


def folded_span(nt, start: int, end: int) -> tuple[int, int]:
    """The folded view's (start, end) of the original characters ``start:end`` (the first folded character at or
    after each end)."""
    starts = nt.folded._starts
    return bisect_left(starts, start), bisect_left(starts, end)


def negative_folded_spans(nt) -> list[tuple[int, int]]:
    """Round 24: the folded view's spans of the inline negative tag lists of the field
    (:func:`nciiguard.text.excluded_frames.negative_list_spans`), for blanking before a learned score."""
    return [folded_span(nt, a, b) for a, b in negative_list_spans(nt.original)]


def excluded_or_written(nt, f: Finding, negative: list[tuple[int, int]], writing: bool | None = None) -> bool:
    """Round 24: ``f`` (a word finding) lies in an inline negative tag list (``negative``: original spans: "negative
    prompt: nudity, nsfw. positive prompt: ..."), or is the topic of a piece of writing in a benign frame ("caption for
    an anti-revenge-porn awareness campaign", "alt text for a nude statue in a museum", "a caption for a
    striptease-themed cocktail menu": :func:`nciiguard.text.excluded_frames.written_topic`)."""
    if f.span is None or f.label == "learned" or f.span.end - f.span.start >= len(nt.original):
        return False
    if any(a <= f.span.start and f.span.end <= b for a, b in negative):
        return True
    if f.label not in ("explicit", "nudity", "euphemism") or f.evidence.get("rule") == "token_soup":
        return False
    fs, fe = folded_span(nt, f.span.start, f.span.end)
    return written_topic(nt.folded.text, fs, fe, f.label, writing)


def out_of_scope(nt, f: Finding) -> bool:
    """Round 26: the word of ``f`` modifies no person (:mod:`nciiguard.text.scope_frames`): a nudity word of an
    artwork's phrase the person stands beside ("next to a nude marble statue"), a word inside a quoted slogan against
    it on a sign or a shirt ("a sign that says 'no nudes please'"), or a wet T-shirt from the rain or a water fight."""
    if f.span is None or f.label not in ("explicit", "nudity", "euphemism") or f.evidence.get("rule"):
        return False
    if f.span.end - f.span.start >= len(nt.original):
        return False
    fs, fe = folded_span(nt, f.span.start, f.span.end)
    text = nt.folded.text
    if f.label == "nudity" and art_scope(text, fs, fe):
        return True
    if str(f.evidence.get("term", "")) == "wet t shirt" and "wet" in text and wet_from_weather(text, fs, fe):
        return True
    return any(q in nt.original for q in "'\"“”‘’«»„「『") and displayed_quote(text, fs, fe)


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


def drop_excluded(nt, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the word findings :func:`excluded_or_written` clears, and without a token-soup finding
    whose fragments all lie in cleared words (a soup read from "negative prompt: (nsfw:1.3), nude, lowres" or from a
    Spanish "campaña contra la pornografía" rests on the cleared words only). Cost: a substring gate per reading.

    A word of an inline negative tag list is not dropped but kept as ``suggestive`` (evidence ``excluded_list``):
    the guard cannot know whether the generator parses an inline "negative prompt:" key; one that does not reads
    the words as asked for ("Jane Doe in bed. negative prompt: nude, topless" would otherwise pass). So a list of
    sexual words beside a real or private person is held for review (``suggestive_real_person``), never allowed,
    while it no longer counts as a sexual request (the twin "negative prompt: nudity, nsfw. positive prompt: my
    coworker at a graduation")."""
    if not findings:
        return findings
    negative = negative_list_spans(nt.original)
    writing = asks_for_writing(nt.folded.text)
    scoped = {id(f) for f in findings if out_of_scope(nt, f)}  # round 26: the word modifies no person
    if not negative and not writing and not scoped:
        return findings
    out, cleared = [], []
    for f in findings:
        if id(f) in scoped or excluded_or_written(nt, f, [], writing):
            cleared.append(f.text.lower())
        elif negative and excluded_or_written(nt, f, negative, False):
            cleared.append(f.text.lower())
            if f.label in ("explicit", "nudity", "euphemism"):
                out.append(dataclasses.replace(f, label="suggestive", score=min(f.score, 0.6),
                                               evidence={**f.evidence, "excluded_list": True, "was": f.label}))
        else:
            out.append(f)
    if not cleared:
        return findings
    return [f for f in out if not (f.evidence.get("rule") == "token_soup" and not f.evidence.get("strong")
                                   and all(any(str(x).lower() in c for c in cleared)
                                           for x in f.evidence.get("fragments", ())))]
