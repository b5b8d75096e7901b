"""Phrases spelt one letter per token: Morse code (in dots and dashes or said aloud, "dit-dah"), the
letters' English names ("en ay kay ee dee") and spelling alphabets (NATO, the older Able-Baker and
RAF alphabets, the police "Adam-Boy" alphabet, the German "Anton-Berta" one).

Why: :mod:`.cipher_words` reads one spelt word against the lexicon, but a spelt prompt is a phrase
("tee aitch ee / gee eye ar el / ..."): its meaning appears only when the whole run is read, and a
language-model front end reads it whole. :mod:`.phrase_decode` reads the words found here as it reads
numbers for letters, and keeps a reading only when it reads as language.

Every spelling-alphabet word stands for its first letter, so those tables are lists of words. A run
is a stretch of tokens each of which is a letter of one alphabet or a separator ("/", "|", "."); the
separator that parts words is the only kind there is, or the rarer of two kinds ("dit / dah | ..."
parts letters with "/" and words with "|"). Linear: one split of the text, one pass per alphabet
whose tokens are present, and a gate of one set intersection before anything else.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["spelled_runs", "MORSE", "LETTER_NAMES", "NATO_WORDS", "SPELLING"]

#: Morse code of the Latin letters (also :mod:`.cipher_words`' single coded words).
MORSE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g", "....": "h", "..": "i",
    ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n", "---": "o", ".--.": "p", "--.-": "q", ".-.": "r",
    "...": "s", "-": "t", "..-": "u", "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z",
}
#: Morse said aloud: "di"/"dit"/"dot" for a dot, "dah"/"dash" for a dash, joined by hyphens.
_SAID = re.compile(r"(?:dit|di|dot|dah|dash)(?:-(?:dit|di|dot|dah|dash)){0,4}")
_SAID_SIGN = {"dit": ".", "di": ".", "dot": ".", "dah": "-", "dash": "-"}
_MORSE_SIGNS = str.maketrans("·•–—_", "..---")
_MORSE_TOKEN = re.compile(r"[.\-]{1,5}")

#: The letters' English names, as said and as spelt out ("en ay kay ee dee"); also read one word at a
#: time by :mod:`.cipher_words`.
LETTER_NAMES = {
    "ay": "a", "bee": "b", "cee": "c", "see": "c", "dee": "d", "ee": "e", "ef": "f", "eff": "f", "gee": "g",
    "aitch": "h", "haitch": "h", "eye": "i", "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m", "en": "n",
    "oh": "o", "pee": "p", "cue": "q", "queue": "q", "ar": "r", "are": "r", "ess": "s", "tee": "t", "you": "u",
    "vee": "v", "double-you": "w", "doubleyou": "w", "ex": "x", "why": "y", "wye": "y", "zee": "z", "zed": "z",
}
#: The NATO / ICAO spelling alphabet (also read one word at a time by :mod:`.cipher_words`).
NATO_WORDS = tuple(
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa "
    "quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu".split())
#: Words of spelling alphabets; each stands for its first letter.
_ALPHABET_WORDS = NATO_WORDS + tuple(
    # US Army/Navy 1941-1956 (Able Baker) and the RAF alphabet of 1942
    "able affirm baker charlie dog easy fox george how item int jig king love mike nan negat oboe peter queen "
    "roger sugar tare uncle victor william x-ray yoke zebra ack beer don edward freddie harry ink johnnie johnny "
    "london monkey nuts orange pip toc vic yorker "
    # the US police alphabet (Adam Boy) and common first-name alphabets
    "adam boy charles david edward frank henry ida john lincoln mary nora ocean paul robert sam tom union "
    "young "
    # the German spelling alphabet
    "anton berta caesar dora emil friedrich gustav heinrich julius kaufmann ludwig martha nordpol otto paula "
    "quelle richard samuel siegfried theodor ulrich viktor wilhelm xanthippe ypsilon zacharias zeppelin"
    .split())
SPELLING = {w: w[0] for w in _ALPHABET_WORDS}

#: Tokens that part words (or letters) in a spelt run.
_SEPARATORS = frozenset({"/", "|", "//", "||", ".", "·", ",", ";", "-", "–", "—"})
_SEP_CHARS = frozenset("/|.")
#: Fewest letter tokens in a run.
MIN_LETTERS = 4
#: Longest run read (letter tokens); a longer one is cut.
MAX_LETTERS = 240
_TOKEN = re.compile(r"\S+")
_EDGE = ",;:!?\"'()[]{}"


def _morse_letter(tok: str) -> str | None:
    t = tok.lower()
    if _SAID.fullmatch(t):
        code = "".join(_SAID_SIGN[p] for p in t.split("-"))
    else:
        code = t.translate(_MORSE_SIGNS)
        if not _MORSE_TOKEN.fullmatch(code):
            return None
    return MORSE.get(code)


def _table_letter(table: dict[str, str]):
    def letter(tok: str) -> str | None:
        return table.get(tok.strip(_EDGE).lower())
    return letter


_NAME_LETTER = _table_letter(LETTER_NAMES)
_SPELL_LETTER = _table_letter(SPELLING)
_NAME_WORDS = frozenset(LETTER_NAMES)
_SPELL_WORDS = frozenset(SPELLING)


#: The word break put around a word spelt with hyphens between its letters (no token of the text).
_DASH_BREAK = "-word-"


#: Round 21: what joins a word's letter words besides hyphens ("foxtrot/alfa/kilo", "tango_hotel_echo",
#: "tango.hotel.echo", "tango+hotel"): a word spelt in spelling-alphabet or letter-name words only.
_JOINERS = "-/_.+"


def _dashed(tok: str, letter, joiners: str = "-") -> str | None:
    """The letters of a word spelt as one token with hyphens between its letters ("sierra-tango-romeo"),
    or None ("x-ray" is one letter). ``joiners``: the characters that may join letters (one kind a token)."""
    tok = tok.rsplit("=", 1)[-1]  # "payload=sierra-tango-...": the letters after a field name
    t = tok.strip(_EDGE).lower().replace("x-ray", "xray")
    j = next((c for c in joiners if c in t), None)
    if j is None:
        return None
    parts = t.split(j)
    if len(parts) < 2:
        return None
    out = [letter(p) for p in parts]
    return None if None in out else "".join(out)


def _runs(tokens: list[re.Match[str]], letter, joiners: str = "-") -> Iterator[tuple[int, int, list[tuple[str, str]]]]:
    """(first token, end token, [(kind, value)]) of each maximal run of letters and separators that
    starts and ends on a letter."""
    i, n = 0, len(tokens)
    while i < n:
        items: list[tuple[str, str]] = []
        j, letters, last = i, 0, i
        while j < n and letters < MAX_LETTERS:
            tok = tokens[j].group()
            ch = letter(tok)
            glued = None
            if ch is None and len(tok) > 1 and tok[-1] in "/|.":  # "Able." or "dah/": letter and separator
                ch, glued = letter(tok[:-1]), tok[-1]
            dashed = _dashed(tok, letter, joiners) if ch is None and any(c in tok for c in joiners) else None
            if dashed is not None:  # round 19: one word's letters joined by hyphens ("tango-hotel-echo")
                if items and items[-1] != ("s", _DASH_BREAK):
                    items.append(("s", _DASH_BREAK))
                items += [("l", c) for c in dashed] + [("s", _DASH_BREAK)]
                letters, last = letters + len(dashed), j
            elif ch is not None:
                items.append(("l", ch))
                letters, last = letters + 1, j
                if glued:
                    items.append(("s", glued))
            elif items and (tok in _SEPARATORS or (len(tok) <= 3 and set(tok) <= _SEP_CHARS)):
                items.append(("s", tok))
            else:
                break
            j += 1
        if letters >= MIN_LETTERS:
            while items[-1][0] == "s":
                items.pop()
            yield i, last + 1, items
            i = j
        else:
            i += 1


def _words(items: list[tuple[str, str]]) -> list[str]:
    seps = [v for k, v in items if k == "s"]
    kinds = set(seps)
    if len(kinds) >= 2:  # the rarer kind parts words, the commoner parts letters
        breaks = {min(kinds, key=lambda s: (seps.count(s), s))}
    else:
        breaks = kinds
    words, cur = [], []
    for k, v in items:
        if k == "l":
            cur.append(v)
        elif v in breaks and cur:
            words.append("".join(cur))
            cur = []
    if cur:
        words.append("".join(cur))
    return words


def spelled_runs(text: str) -> Iterator[tuple[int, int, list[str], str]]:
    """``(start, end, words, rule)`` of each spelt run of ``text`` (``rule``: ``morse``,
    ``letter_names`` or ``spelling_alphabet``)."""
    low = text.lower()
    checks = []
    if ("dit" in low or "dah" in low or "-." in low or ".-" in low or "·" in low or "•" in low):
        checks.append(("morse", _morse_letter))
    tokens_low = set(low.split())
    if "-" in low:  # letters joined by hyphens ("tango-hotel-echo"): their parts count for the gate
        tokens_low |= set(low.replace("-", " ").split())
    joined = any(c in low for c in "/_.+")
    if joined:  # round 21: letter words joined by "/", "_", "." or "+" ("foxtrot/alfa/kilo/echo")
        tokens_low |= set(re.split(r"[\s/_.+-]+", low))
    if len(tokens_low & _NAME_WORDS) >= 3:
        checks.append(("letter_names", _NAME_LETTER))
    if len(tokens_low & _SPELL_WORDS) >= 3:
        checks.append(("spelling_alphabet", _SPELL_LETTER))
    if not checks:
        return
    tokens = list(_TOKEN.finditer(text))
    for rule, letter in checks:
        # Morse keeps "." and "-" as its signs: only the word alphabets join letters with other characters
        joiners = _JOINERS if rule != "morse" and joined else "-"
        for i, j, items in _runs(tokens, letter, joiners):
            words = _words(items)
            if words:
                yield tokens[i].start(), tokens[j - 1].end(), words, rule
