"""Names written in capitals or with digits for vowels, read as they would be written plainly
(round 12, issue 10): "SISTER AFIA", "HADEEL AL-SABAH", "TSERING_DOLKAR", "4m1n4t4 T0uré", "1m33 M4rc0s".

The name readers learn much from case: a capitalised word that no list holds is a proper noun,
a lower-case one is a word. Capitals throughout say nothing (the word readers then read only listed
names), and digits for vowels hide the letters. Either form, amid ordinary lower-case words,
marks one run of the prompt as special, and in a prompt it is most often a name. This module writes a
variant of the text with the run in Title case and the digits as vowels (4->a, 3->e, 1->i, 0->o:
the same length, so every span stays where it was) and the reader reads the variant; only
findings that cover a rewritten run are kept (``evidence.form`` = ``recased``).

Which runs: one to three adjacent words written in capitals (2+ letters each; words joined by "_"
count as separate words), or words mixing letters with those digits (2+ letters, not "8k",
"mp4", "v6", "h264"; "1m33" is "imee"). Never a word of the sexual lexicon or prompt jargon ("NSFW", "HD", "RAW"),
and capitals only in a text with at least three lower-case words (an all-caps prompt says nothing);
one word in capitals alone only in a sexual request ("NASA headquarters" is an acronym).
Round 29: a word with digits for consonants too (5->s, 7->t, 8->b, 9->g, 6->g, 2->z) is rewritten when it
stands one space from a capitalised word or another such word ("Ro25a Hoffmann", "Nour El 7aye8", "8a7-Erdene"):
one digit at most at either end (a handle's number stays), no lower-case first letter ("gpt4", "web3").
Cost: one pass over the words; a second reading of the text only when a run was rewritten.
"""

from __future__ import annotations

import re

__all__ = ["recased_variant"]

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_LEET = str.maketrans("4310", "aeio")
_JARGON_NUM = re.compile(r"^(?:\d+[a-z]{1,2}|[a-z]{1,2}\d+|\d+)$", re.IGNORECASE)
#: Words prompts write in capitals that are no name (jargon, acronyms, emphasis).
CAPS_JARGON = frozenset(
    """nsfw sfw hd uhd fhd raw dslr pov cgi asmr bbw milf bdsm vr tv usa uk nyc ceo ai ok jpeg png gif xxx
    hdr ultra very not do dont never always must only please new old best high low big small full
    before after with without and or the a an of in on at to for is are no yes stop now free hot sexy
    real photo photoreal realistic portrait style art edit image picture video render masterpiece quality
    detailed cinematic lighting close up closeup body face woman man girl boy lady guy""".split())


#: Digits that are no letters: a count before a tag ("1girl", "2boys", "4chan") and a version after a
#: name ("V10", "ver1", "xl2"); a digit for a vowel sits between letters ("4m1n4t4", "T0uré", "D10g0").
_COUNT_OR_VERSION = re.compile(r"^\d+[^\W\d_]+$|(?:v|ver|xl|sd)\d+$", re.IGNORECASE)
_INNER_DIGIT = re.compile(r"[^\W\d_]\d+[^\W\d_]")


#: A conservative test for :func:`recased_variant`: every rewritten word holds a digit or 4+ capitals.
_MAY_REWRITE = re.compile(r"\d|(?:[^\W\d_a-z][-'’]?){3}[^\W\d_a-z]")


def _leet(tok: str) -> str | None:
    if not any(c.isdigit() for c in tok) or _JARGON_NUM.match(tok):
        return None
    if _COUNT_OR_VERSION.search(tok) or not _INNER_DIGIT.search(tok):
        return None
    if any(c.isdigit() and c not in "4310" for c in tok):
        return None
    out = tok.translate(_LEET)
    if not out.isalpha() or len(out) < 4 and sum(c.isalpha() for c in tok) < 2:
        return None
    return out


#: Round 29: digits for consonants too, in a name written beside another ("Ro25a Hoffmann", "Nour El 7aye8",
#: "8a7-Erdene 8urmaa", "Monica Pui9", "He 8in9jiao"): 5->s, 7->t, 8->b, 9->g, 6->g, 2->z (and the vowels).
_NAME_LEET = str.maketrans("4310572986", "aeiostzgbg")
_DIGIT = re.compile(r"\d")
_EDGE_DIGITS = re.compile(r"^(\d*)\D.*?(\d*)$")


def _leet_part(part: str, least: int = 2) -> str | None:
    """One hyphen part of a name written with digits for letters, or None: 2+ letters, every digit one of
    the map's, at most one digit at either end ("Pui9", "8urmaa"; "covid19", "iphone15" keep their number),
    no jargon ("mp3", "h264", "4k", "v6")."""
    if not any(c.isdigit() for c in part) or sum(c.isalpha() for c in part) < least or _JARGON_NUM.match(part):
        return None
    if not part.isascii() or not part.isalnum() or re.search(r"(?:v|ver|xl|sd)\d+$", part, re.IGNORECASE):
        return None
    m = _EDGE_DIGITS.match(part)
    if m is None or len(m.group(1)) > 1 or len(m.group(2)) > 1 or re.search(r"\d{3}", part):
        return None
    if part[0].isalpha() and not part[0].isupper():
        return None  # a lower-case word with a digit ("gpt4", "web3") is a product or a tag
    out = part.translate(_NAME_LEET)
    return out if out.isalpha() else None


def _leet_name(tok: str) -> str | None:
    parts = re.split(r"([-'’])", tok)
    # a short part of a hyphenated name ("8a7-Erdene") needs only one letter
    least = 1 if len(parts) > 1 and sum(c.isalpha() for c in tok) >= 5 else 2
    out, any_leet = [], False
    for k, p in enumerate(parts):
        if k % 2 or not any(c.isdigit() for c in p):
            out.append(p)
            continue
        plain = _leet_part(p, least)
        if plain is None:
            return None
        out.append(plain)
        any_leet = True
    return "".join(out) if any_leet else None


def _name_neighbour(text: str, toks, k: int, leet: set[int]) -> bool:
    """The word before or after token ``k``, one space away, is a capitalised word or another such token."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(toks):
            gap = text[toks[j][1]:toks[k][0]] if j < k else text[toks[k][1]:toks[j][0]]
            w = toks[j][2]
            if gap == " " and (j in leet or w[:1].isupper() and w.isalpha()):
                return True
    return False


def recased_variant(text: str, sexual_words: frozenset[str]) -> str | None:
    """``text`` with its capital and digit-vowel runs written plainly, or None when it has none."""
    if len(text) > 2000:
        return None
    # A run needs a digit or four letters that are not lower-case ASCII in a word (capitals; "JI-EUN"):
    # most prompts have neither, and one C-level scan turns them away (the word pass cost ~1.4% of a
    # prompt's time in the speed mix).
    if not _MAY_REWRITE.search(text):
        return None
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    lower = sum(1 for _, _, t in toks if t.isalpha() and t.islower())
    sexual = any(t.lower() in sexual_words for _, _, t in toks)
    # one word in capitals alone is an acronym as often ("NASA headquarters"): only in a sexual request
    upper = [k for k, (_, _, t) in enumerate(toks) if t.isalpha() and t.isupper() and len(t) >= 2]
    alone = {k for k in upper if k - 1 not in upper and k + 1 not in upper}
    chars = list(text)
    changed = False
    caps_run = 0
    named = {k: p for k, (_, _, t) in enumerate(toks)
             if _DIGIT.search(t) and _leet(t) is None and (p := _leet_name(t)) is not None}
    leet_toks = set(named) | {k for k, (_, _, t) in enumerate(toks) if _DIGIT.search(t) and _leet(t) is not None}
    for k, (s, e, t) in enumerate(toks):
        plain = _leet(t)
        if plain is None and k in named and _name_neighbour(text, toks, k, leet_toks):
            plain = named[k]
        word = (plain or t)
        folded = word.lower()
        if folded in sexual_words or folded in CAPS_JARGON:
            caps_run = 0
            continue
        # a word of 2-3 capitals is an acronym as often ("POW - MIA flag", "RPG CG", "Borealis(LAH)"),
        # in a sexual request too
        caps = (lower >= 3 and word.isupper() and sum(c.isalpha() for c in word) >= 4 and caps_run < 3
                and (sexual or k not in alone))
        if plain is None and not caps:
            caps_run = 0
            continue
        caps_run = caps_run + 1 if caps else 0
        parts = word.split("-")
        new = "-".join(p[:1].upper() + p[1:].lower() for p in parts)
        if len(new) != e - s:
            continue
        chars[s:e] = new
        changed = True
        # "TSERING_DOLKAR": the joining underscore becomes a space (the same length)
        if e < len(text) and text[e] == "_" and caps:
            chars[e] = " "
    return "".join(chars) if changed else None
