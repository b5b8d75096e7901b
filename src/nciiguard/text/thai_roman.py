"""Romanised Thai name tokens that hold a sexual stem as one of their syllables (round 31, issue 10).

Thai given and family names are written in Latin letters syllable by syllable (RTGS and the common
spellings: "Pornpawee", "Ajcharaporn", "Siriporn", "Kanokwan", "Chaiyawat"). The syllable พร is
spelt "porn" (also "phon", "phorn", "pon"), one of the most common syllables of Thai given names.
Glued into a handle ("@ajcharapornkongyot") or written next to an upper-case family
("CHOCHUWONG Pornpawee") such a name is an unknown token holding the strong soup stem "porn", and
"figura de plastilina de <name>" was blocked as a sexual request about a real person.

:func:`name_syllable_stems` reads a lower-case token as a chain of romanised Thai syllables (an
onset from Thai's consonants and clusters, a vowel, an optional final from Thai's finals; only the
first syllable may lack an onset) and returns the stems of ``stems`` that are exactly one syllable
of that chain, when

- the whole token is such a chain with the stem one of its syllables and at least ``MIN_OUTSIDE``
  letters outside it ("porn|pa|wee", "aj|cha|ra|porn|kong|yot"): English compounds are no chain
  ("pornhub": no Thai final "b"; "pornstar": no onset "st"; "pornpics"), and
- no stretch of the token outside the stem is a common English word of three letters or more
  ("porn|tube", "porn|teen", "porn|bang" parse as syllables, but "tube", "teen" and "bang" are words:
  a glued compound, not a name).

What it is not: a name finder. Callers use it to keep a name's syllable from being read as a
sexual fragment (the token-soup reader of ``sexual_text``) or as the word a sexual score rests on
(``semantic_sexual_text``); "porn pics of <name>", "p0rn", "pornhub" and "pornteen" stay sexual.
Cost: a token of at most ``MAX_LETTERS`` letters; one forward and one backward pass over its
positions, each with a bounded number of prefix tests (the syllable inventory): linear in the token.
"""

from __future__ import annotations

__all__ = ["name_syllable_stems", "MAX_LETTERS"]

#: Longer tokens are never read (a handle of a given and a family name is well under this).
MAX_LETTERS = 32

#: Thai initial consonants and clusters in RTGS and the common name spellings (longest first when matched).
ONSETS = ("khr", "khl", "khw", "phr", "phl", "thr", "kh", "ph", "th", "ch", "ng", "kr", "kl", "kw", "pr", "pl",
          "tr", "sr", "k", "g", "j", "s", "y", "d", "t", "n", "b", "p", "f", "m", "r", "l", "w", "h")
#: Vowels and diphthongs (RTGS and the common name spellings: "ee" of "Pawee", "oo" of "Boonmee").
VOWELS = ("uea", "aeo", "ae", "aa", "ai", "ao", "ee", "ei", "ia", "ii", "oe", "oi", "oo", "ua", "ue", "ui", "uu",
          "a", "e", "i", "o", "u")
#: Finals: Thai's stop and nasal finals, w/y glides, "l" of "Pimol" and "rn" of "porn"/"phorn".
FINALS = ("ng", "rn", "k", "t", "p", "n", "m", "l", "j", "w", "y", "")

_ONSETS_BY_LEN = sorted(ONSETS, key=len, reverse=True)
_VOWELS_BY_LEN = sorted(VOWELS, key=len, reverse=True)

#: Letters of the token outside the stem, at least: a given or family name around the syllable
#: ("porn|pawee", "aj|cha|ra|porn|kong|yot"), not a stem with an ending.
MIN_OUTSIDE = 4


def _syllable_ends(tok: str, i: int, first: bool) -> list[int]:
    """Every end of one romanised Thai syllable that starts at ``i``."""
    ends: set[int] = set()
    onsets = [o for o in _ONSETS_BY_LEN if tok.startswith(o, i)]
    if first:
        onsets.append("")
    for o in onsets:
        j = i + len(o)
        for v in _VOWELS_BY_LEN:
            if tok.startswith(v, j):
                k = j + len(v)
                for f in FINALS:
                    if tok.startswith(f, k):
                        ends.add(k + len(f))
    return sorted(ends)


def _reach(tok: str) -> tuple[frozenset, frozenset]:
    """(positions a chain of syllables reaches from the start, positions from which one reaches the end)."""
    n = len(tok)
    edges = {i: _syllable_ends(tok, i, i == 0) for i in range(n)}
    fwd = {0}
    for i in range(n):
        if i in fwd:
            fwd.update(edges[i])
    back = {n}
    for i in range(n - 1, -1, -1):
        if any(e in back for e in edges[i]):
            back.add(i)
    return frozenset(fwd), frozenset(back)


def name_syllable_stems(tok: str, stems, english) -> list[str]:
    """The stems of ``stems`` that are one syllable of ``tok`` read as a romanised Thai name
    (``tok``: lower case letters; ``english``: membership test of common English words)."""
    if not tok.isascii() or not tok.isalpha() or not tok.islower() or len(tok) > MAX_LETTERS:
        return []
    present = [s for s in stems if s in tok and len(tok) - len(s) >= MIN_OUTSIDE]
    if not present:
        return []
    fwd, back = _reach(tok)
    if len(tok) not in fwd:
        return []
    out = []
    for s in present:
        i = tok.find(s)
        while i >= 0:
            j = i + len(s)
            if (i in fwd and j in back and j in _syllable_ends(tok, i, i == 0)
                    and not _english_outside(tok, i, j, english)):
                out.append(s)
                break
            i = tok.find(s, i + 1)
    return sorted(set(out))


def _english_outside(tok: str, start: int, end: int, english) -> bool:
    """A stretch of 3+ letters before or after the stem is a common English word."""
    return any(len(piece) >= 3 and english(piece) for piece in (tok[:start], tok[end:]))
