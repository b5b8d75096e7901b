"""Sexual words in simple ciphers a reader (or a language-model front end) undoes at a glance:
ROT13 ("ahqr", "anxrq"), Pig Latin ("udenay", "akednay"), vowels dropped ("tpls", "ndrssd"),
every letter doubled ("nnuuddee"), the NATO spelling alphabet ("november uniform delta echo"),
letters parted by a symbol or emoji ("n🔥u🔥d🔥e", "n~u~d~e") and base64 ("bnVkZQ==").

Why apart from :mod:`.encodings`: those readings are guesses. ROT13 or Pig Latin turn ordinary words
into other letters too, and a base64 string may be an id. So a reading counts only when it is a
STRONG term of the lexicon (:func:`.split_words.strong_terms`: explicit and nudity words of 4+
letters) and the token as written is no word of the field and no name of the shipped lists. One
reading per token, a few set probes each: linear in the field. Findings carry the rule
(``rot13``, ``pig_latin``, ``no_vowels``, ``doubled``, ``nato``, ``symbol_letters``, ``base64``) and
the token as written.
"""

from __future__ import annotations

import base64
import binascii
import re
from bisect import bisect_right
from typing import Sequence

from .fuzzy import FuzzyMatch
from .lexicon import Entry
from .piece_words import FieldWords
from .spans import Marks

__all__ = ["CipherIndex", "PENALTY"]

#: Score lowered from the term's: the reader guessed the cipher.
PENALTY = 0.1
MIN_LEN, MAX_LEN = 4, 24
#: Findings reported per field at most.
MAX_HITS = 16
_VOWELS = frozenset("aeiou")
NATO = {w: w[0] for w in (
    "alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray yankee zulu").split()}
#: Three or more single letters parted by one repeated separator of symbols (an emoji, "~", "*",
#: "+", "|", "/", "♡" ...), spaces allowed around it; the dotted and spaced letters the folded view
#: joins already ("n.u.d.e", "n u d e") are read there.
_SYMBOL_LETTERS = re.compile(
    r"(?<![^\W_])([A-Za-z])(\s?[^\w\s.,'\"()\[\]{}<>:\u200b-\u200d\u2060\ufeff-]{1,3}\s?)[A-Za-z]"
    r"(?:\2[A-Za-z]){1,20}(?![^\W_])")
#: Cheap tests before the scans: a letter, a symbol (not a space, dot or comma) and a letter in a
#: row; a sign of base64 (padding, a case change inside a word, a digit beside a letter).
_SYMBOL_GATE = re.compile(r"[A-Za-z]\s?[^\w\s.,]")
_BASE64_GATE = re.compile(r"=|[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]|[A-Za-z][+/][A-Za-z]")
#: A base64 token: 6+ characters of its alphabet (a multiple of four with its padding).
_BASE64 = re.compile(r"(?<![\w+/=])[A-Za-z0-9+/]{6,}={0,2}(?![\w+/=])")


_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")


def _rot13(w: str) -> str:
    return w.translate(_ROT13)


def _pig_latin(w: str) -> list[str]:
    """The words Pig Latin could have made ``w`` from: a consonant cluster of 1-3 letters moved
    back before "ay" ("udenay" -> "nude"), or "way"/"yay" after a word opening with a vowel."""
    out = []
    if len(w) >= 6 and w.endswith(("way", "yay")) and w[0] in _VOWELS:
        out.append(w[:-3])
    if len(w) >= 6 and w.endswith("ay"):
        stem = w[:-2]
        for k in (1, 2, 3):
            if len(stem) > k and not any(c in _VOWELS for c in stem[-k:]):
                out.append(stem[-k:] + stem[:-k])
    return out


def _skeleton(term: str) -> tuple[str, ...]:
    """The ways a term is written without vowels: all dropped ("undressed" -> "ndrssd"), or
    all but a first vowel ("undrssd"). Only skeletons of 4+ letters are kept: three consonants
    ("nkd") are an acronym as often ("dnd", "sks", "gts")."""
    drop = "".join(c for c in term if c not in _VOWELS)
    keep = term[0] + "".join(c for c in term[1:] if c not in _VOWELS)
    return (drop,) if drop == keep else (drop, keep)


class CipherIndex:
    """Tokens whose deciphering is a strong term; see the module docstring."""

    def __init__(self, terms: dict[str, Entry], common_words: frozenset[str] = frozenset()):
        """``terms``: strong terms keyed as :func:`.split_words.strong_terms` does (folded, no
        spaces); ``common_words``: words a vowel-less skeleton must not be ("prn" stays if it is no
        word; "bbs" is a bulletin board and is dropped when listed)."""
        self._terms = terms
        skel: dict[str, Entry] = {}
        for key, e in terms.items():
            if len(key) < 5:
                continue  # "nude" -> "nd", "porn" -> "prn": too short a skeleton to be one word's
            for s in _skeleton(key):
                if len(s) >= 4 and s not in common_words and (s not in skel or e.score > skel[s].score):
                    skel[s] = e
        self._skeletons = skel
        #: The first three letters of every term in ROT13: one set probe turns away nearly every token.
        self._rot_heads = frozenset(_rot13(k[:3]) for k in terms)

    def _read_token(self, w: str) -> tuple[Entry, str] | None:
        terms = self._terms
        if w[:3] in self._rot_heads:
            hit = terms.get(_rot13(w))
            if hit is not None:
                return hit, "rot13"
        if w.endswith("ay"):
            for cand in _pig_latin(w):
                hit = terms.get(cand)
                if hit is not None:
                    return hit, "pig_latin"
        if w[0] == w[1] and len(w) >= 6 and len(w) % 2 == 0 and w[0::2] == w[1::2]:
            hit = terms.get(w[0::2])
            if hit is not None:
                return hit, "doubled"
        if _VOWELS.isdisjoint(w):
            hit = self._skeletons.get(w)
            if hit is not None:
                return hit, "no_vowels"
        return None

    def find(self, nt, taken: Sequence = (), words: FieldWords | None = None) -> list[tuple[FuzzyMatch, str]]:
        """``(match, rule)`` for the ciphered words of ``nt`` (plain view and original), clear of ``taken``."""
        v = nt.plain
        out: list[tuple[FuzzyMatch, str]] = []
        if not v.text:
            return out
        marks = Marks((m.ostart, m.oend) for m in taken)
        words = words or FieldWords(nt)

        def add(entry: Entry, s: int, e: int, os_: int, oe: int, rule: str, shown: str) -> bool:
            if marks.overlaps(os_, oe) or len(out) >= MAX_HITS:
                return False
            out.append((FuzzyMatch(entry, "plain", s, e, os_, oe, f"{rule} {shown!r}"), rule))
            marks.add(os_, oe)
            return True

        toks = v.tokens
        k = 0
        while k < len(toks):
            t = toks[k]
            w = t.text
            # NATO: three or more spelling words in a row spell one word
            if w in NATO and k + 2 < len(toks) and toks[k + 1].text in NATO and toks[k + 2].text in NATO:
                j = k
                while j < len(toks) and toks[j].text in NATO:
                    j += 1
                spelt = "".join(NATO[x.text] for x in toks[k:j])
                hit = self._terms.get(spelt)
                if hit is not None:
                    os_, oe = v.to_original(t.start, toks[j - 1].end)
                    add(hit, t.start, toks[j - 1].end, os_, oe, "nato", spelt)
                k = j
                continue
            k += 1
            if not MIN_LEN <= len(w) <= MAX_LEN or not w.isalpha() or not w.isascii() or w in self._terms:
                continue  # three letters ("nkd", "frk") are acronyms as often ("dnd", "sks", "gts")
            read = self._read_token(w)
            if read is None:
                continue
            entry, rule = read
            os_, oe = v.to_original(t.start, t.end)
            if words.is_word(w, os_) or words.is_name(w) or words.common_anywhere(w):
                continue  # a word or a name as written
            add(entry, t.start, t.end, os_, oe, rule, w)
        original = nt.original
        places = _Places(v)
        if len(out) < MAX_HITS and _SYMBOL_GATE.search(original):
            for m in _SYMBOL_LETTERS.finditer(original):
                if len(out) >= MAX_HITS:
                    break
                spelt = "".join(c for c in m.group() if c.isalpha()).lower()
                hit = self._terms.get(spelt)
                if hit is not None:
                    add(hit, *places.of(m.start(), m.end()), m.start(), m.end(), "symbol_letters", m.group())
        if len(out) < MAX_HITS and _BASE64_GATE.search(original):
            for m in _BASE64.finditer(original):
                if len(out) >= MAX_HITS:
                    break
                tok = m.group()
                if len(tok) % 4 or tok.isalpha() and (tok.islower() or tok.istitle() or tok.isupper()):
                    continue  # not padded to whole quads, or a plain word ("portrait", "Portrait")
                try:
                    raw = base64.b64decode(tok, validate=True)
                    text = raw.decode("ascii")
                except (binascii.Error, ValueError):
                    continue
                spelt = "".join(c for c in text.lower() if c.isalpha())
                hit = self._terms.get(spelt) if text.isprintable() else None
                if hit is not None:
                    add(hit, *places.of(m.start(), m.end()), m.start(), m.end(), "base64", tok)
        return out


class _Places:
    """Where a range of the original text lies in a view: the view tokens it overlaps (one bisect;
    the token table is built on the first question)."""

    def __init__(self, v):
        self._v = v
        self._ends: list[int] | None = None

    def of(self, os_: int, oe: int) -> tuple[int, int]:
        v = self._v
        if self._ends is None:
            self._ends = [v.to_original(t.start, t.end)[1] for t in v.tokens]
        k = bisect_right(self._ends, os_)
        if k >= len(v.tokens):
            return len(v.text), len(v.text)
        j = k
        while j + 1 < len(v.tokens) and v.to_original(v.tokens[j + 1].start, v.tokens[j + 1].end)[0] < oe:
            j += 1
        return v.tokens[k].start, v.tokens[j].end
