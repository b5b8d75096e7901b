"""Sexual words in simple ciphers a reader (or a language-model front end) undoes at a glance:
ROT13 ("ahqr", "anxrq"), Pig Latin ("udenay", "akednay"), vowels dropped ("tpls", "ndrssd"),
every letter doubled ("nnuuddee"), the NATO spelling alphabet ("november uniform delta echo"),
letters parted by a symbol or emoji ("n🔥u🔥d🔥e", "n~u~d~e") and base64 ("bnVkZQ==").

Round 11 adds the encodings a puzzle book or a builder of test sets reaches for next: other Caesar
shifts ("qdnhg") and Atbash ("mzpvw"), a shift of one key on the keyboard ("mslrf"), a filler letter
between the letters ("nxaxkxexd"), the letters' English names ("en-ay-kay-ee-dee"), Morse code
("-. .- -.- . -.."), numbers for letters (hex and 0x hex, binary, octal and decimal character codes,
A1Z26 "14-1-11-5-4") and letters written as quoted strings (``'n' 'a' 'k' 'e' 'd'``, ``"n" + "a" ...``,
``''.join(['n', 'a', ...])``), ROT47 ("?2<65"), base32 ("NZQWWZLE"), base85 and Ascii85, quoted-printable
("=6E=61"), code points ("U+006E U+0061 ..."), Ubbi Dubbi ("nubakubed"), and two of them at once: a
decoded run, base64 or number reading is also read backwards and through ROT13 ("YW54cnE=" is
base64 of ROT13), and a leet token or spaced letters backwards ("d3k4n", "d e k a n"). The letter
shifts are read for tokens of 6+ letters, and of 5 letters only for a few common words ("naked",
"boobs", "porno" ...): 25 shifts of a shorter token reach a term by chance too often.

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
from functools import lru_cache
from typing import Sequence

from .folding import LEET_MAP
from .fuzzy import FuzzyMatch
from .lexicon import Entry
from .piece_words import FieldWords
from .spans import Marks
from .spelled_runs import LETTER_NAMES, MORSE as _MORSE, NATO_WORDS

__all__ = ["CipherIndex", "PENALTY"]

#: Score lowered from the term's: the reader guessed the cipher.
PENALTY = 0.1
MIN_LEN, MAX_LEN = 4, 24
#: Findings reported per field at most.
MAX_HITS = 16
_VOWELS = frozenset("aeiou")
NATO = {w: w[0] for w in NATO_WORDS}
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
_ABC = "abcdefghijklmnopqrstuvwxyz"
#: Ubbi Dubbi puts "ub" before every vowel sound ("nubakubed").
_UBBI = re.compile(r"ub(?=[aeiou])")
_ATBASH = str.maketrans(_ABC, _ABC[::-1])
#: Shortest token read through a letter shift (Caesar, Atbash, keyboard) for any strong term; five-letter
#: tokens are read only for the five-letter words below: 274 five-letter terms x 26 shifts made
#: the name "nanae" a shifted "bobos" (a listed misspelling) in I2P.
MIN_SHIFTED = 6
SHIFTED_5 = frozenset({"naked", "nudes", "boobs", "penis", "pussy", "porno", "vulva", "titty", "horny", "nackt",
                       "tetas", "tette", "nudas", "nudos", "seins"})
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: A key's right and left neighbour on a QWERTY keyboard (row ends have none on that side).
_KB_RIGHT = {r[i]: r[i + 1] for r in _KEY_ROWS for i in range(len(r) - 1)}
_KB_LEFT = {r[i + 1]: r[i] for r in _KEY_ROWS for i in range(len(r) - 1)}

#: English names of the letters (as said and as spelt out: "en ay kay ee dee").
#: The same keyed by one token of the plain view ("double-you" is two tokens: "double" is read with
#: the "you" after it).
_TOKEN_LETTERS = {**{k: v for k, v in LETTER_NAMES.items() if "-" not in k}, "double": "w"}
#: Three or more Morse letters (dots and dashes, also "·", "•", "–", "—", "_"), words parted by "/" or "|".
_MORSE_RUN = re.compile(r"(?<![\w.\-·•–—_])[.\-·•–—_]{1,5}(?:(?:\s{1,3}|\s{0,3}[/|]\s{0,3})[.\-·•–—_]{1,5}){2,60}(?![\w.\-·•–—_])")
_MORSE_GATE = re.compile(r"[.·•][\-–—_]|[\-–—_][.·•]")
_MORSE_DOTS = str.maketrans("·•–—_", "..---")
#: Runs of numbers that may be character codes: hex bytes, binary octets, 2-3 digit codes, 1-2 digit
#: alphabet positions; separated by spaces, commas, hyphens, dots or colons.
#: Every number holds a digit (the hex codes of letters all do: 41-5a, 61-7a), so "a" or "be" is no number.
_NUM = r"(?=[0-9a-fA-F]{0,7}[0-9])[0-9a-fA-F]{1,8}"
_NUMBER_RUN = re.compile(rf"(?<![\w.]){_NUM}(?:[\s,:.\-]{{1,3}}{_NUM}){{2,60}}(?![\w])")
_HEX_WORD = re.compile(r"(?<![\w])0x([0-9a-fA-F]{6,120})(?![\w])")
#: Quoted single letters joined by spaces, commas or plus signs, in a list or not.
_QUOTED_LETTERS = re.compile(
    r"([\"'`])([A-Za-z])\1(?:\s{0,3}[,+.]?\s{0,3}\1[A-Za-z]\1){2,30}")
#: Quoted-printable bytes ("=6E=61=6B"), code points ("U+006E U+0061"), spaced single letters.
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2}){3,60}")
_CODE_POINTS = re.compile(r"(?<![\w+])[Uu]\+[0-9A-Fa-f]{4,6}(?:[\s,;]{1,3}[Uu]\+[0-9A-Fa-f]{4,6}){2,60}(?![\w])")
_SPACED_LETTERS = re.compile(r"(?<![^\W_])[A-Za-z](?:[ .\-_]{1,2}[A-Za-z]){3,30}(?![^\W_])")
#: A whitespace-parted token of printable ASCII that may be ROT47, base32, base85/Ascii85 or leet.
#: Only tokens with a digit, a symbol of those encodings or a capital after the first letter are tried:
#: plain words ("photo,", "Portrait") are no ROT47, base32/85 or leet.
_ASCII_TOKEN = re.compile(r"(?<!\S)(?=[!-~]{0,39}?(?:[0-9@$!<>=?;:\[\]^_`{|}~#%&*+/\\]|(?<=[!-~])[A-Z]))[!-~]{4,40}(?!\S)")
_BASE32 = re.compile(r"[A-Z2-7]{2,}={0,6}")
#: ROT47 turns lower-case letters into "2"-"@" and "A"-"K".
_ROT47_SHAPE = re.compile(r"[2-9:;<=>?@A-K]{4,40}")
_LEET_REV = {**LEET_MAP, "1": "i"}


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
        #: Letter-shift readings: a term keyed by its shape under every Caesar shift (the letters'
        #: distances from the first), by its Atbash and by its one-key keyboard shifts.
        self._caesar: dict[str, str] = {}
        #: (length, distance of the 2nd and 3rd letters from the 1st) of every shifted term: most tokens
        #: fail this tuple probe before their whole shape is computed.
        self._caesar_heads: set[tuple[int, int, int]] = set()
        self._atbash: dict[str, str] = {}
        self._keyboard: dict[str, str] = {}
        for key in terms:
            if not (len(key) >= MIN_SHIFTED or key in SHIFTED_5) or not (key.isascii() and key.isalpha()):
                continue
            self._caesar.setdefault(_shape(key), key)
            self._caesar_heads.add(_head(key))
            self._atbash.setdefault(key.translate(_ATBASH), key)
            for table in (_KB_RIGHT, _KB_LEFT):
                if all(c in table for c in key):
                    self._keyboard.setdefault("".join(table[c] for c in key), key)
        #: ``_read_token`` depends on the word alone, and most words recur from prompt to prompt
        #: ("photo", "portrait"): read once each (bounded; thread-safe).
        self._read_cached = lru_cache(maxsize=16384)(self._read_token)

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
        if w.count("ub") >= 2:  # one "ub" is a word's own ("chubut")
            hit = terms.get(_UBBI.sub("", w))
            if hit is not None:
                return hit, "ubbi_dubbi"
        if len(w) >= 7 and len(w) % 2 == 1 and len(set(w[1::2])) == 1 and w[1] not in w[0::2]:
            hit = terms.get(w[0::2])
            if hit is not None:
                return hit, "filler_letter"
        if len(w) >= 5:
            key = self._caesar.get(_shape(w)) if _head(w) in self._caesar_heads else None
            if key is not None and key != w and key != _rot13(w):
                return terms[key], "caesar"
            key = self._atbash.get(w)
            if key is not None:
                return terms[key], "atbash"
            key = self._keyboard.get(w)
            if key is not None:
                return terms[key], "keyboard_shift"
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
            # Spelling words, three or more in a row: English letter names ("en ay kay ee dee"; "double
            # you" is "w"; read on only after a hit, they are common words) and the NATO alphabet
            # ("november uniform delta echo"; a run is skipped whole)
            run = None
            for table, rule, skip_run in ((_TOKEN_LETTERS, "letter_names", False), (NATO, "nato", True)):
                if w in table and k + 2 < len(toks) and toks[k + 1].text in table and toks[k + 2].text in table:
                    j, spelt = _spell_run(toks, k, table)
                    hit = self._terms.get(spelt)
                    if hit is not None:
                        os_, oe = v.to_original(t.start, toks[j - 1].end)
                        add(hit, t.start, toks[j - 1].end, os_, oe, rule, spelt)
                    if hit is not None or skip_run:
                        run = j
                        break
            if run is not None:
                k = run
                continue
            k += 1
            if not MIN_LEN <= len(w) <= MAX_LEN or not w.isalpha() or not w.isascii() or w in self._terms:
                continue  # three letters ("nkd", "frk") are acronyms as often ("dnd", "sks", "gts")
            read = self._read_cached(w)
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
                if not text.isprintable():
                    continue
                read = self._read_spelt(text)
                if read is not None:
                    add(read[0], *places.of(m.start(), m.end()), m.start(), m.end(), "base64" + read[1], tok)
        for rule, start, end, spelt in _spelt_runs(original, self._ascii_token):
            if len(out) >= MAX_HITS:
                break
            read = self._read_spelt(spelt, forward=rule not in ("spaced_reversed", "reversed_leet"))
            if read is not None:
                add(read[0], *places.of(start, end), start, end, rule + read[1], original[start:end])
        return out

    def _read_spelt(self, spelt: str, forward: bool = True) -> tuple[Entry, str] | None:
        """The term a decoded text spells: as written, backwards or through ROT13 (a second cipher
        inside the first, named by the suffix); ``forward=False`` for runs read backwards only
        (their rule names the reversal already)."""
        for word in _words_of(spelt):
            readings = ((word, ""), (word[::-1], "+reversed"), (_rot13(word), "+rot13")) if forward else ((word[::-1], ""),)
            for cand, how in readings:
                hit = self._terms.get(cand)
                if hit is not None:
                    return hit, how
        return None

    @staticmethod
    @lru_cache(maxsize=16384)
    def _ascii_token(tok: str) -> tuple[tuple[str, str], ...]:
        """Readings of one printable-ASCII token that is no plain word: ROT47, base32, base85 and
        Ascii85, and leet read backwards; ``(rule, decoded)`` pairs. Each is tried only when the
        token has the shape that encoding makes, so ordinary prompt tokens cost a few tests. Memoised:
        prompt tags recur ("8k", "1girl", "HDR", "(masterpiece:1.2)"), and base85 decoding in Python
        cost ~1% of a batch (round 15)."""
        out: list[tuple[str, str]] = []
        if tok.isalpha() and (tok.islower() or tok.istitle()):
            return ()
        if _ROT47_SHAPE.fullmatch(tok):
            out.append(("rot47", _rot47(tok)))
        if _BASE32.fullmatch(tok) and len(tok) % 8 == 0:
            try:
                out.append(("base32", base64.b32decode(tok).decode("ascii")))
            except (binascii.Error, ValueError):
                pass
        has_digit = any(c.isdigit() for c in tok)
        # base85 mixes cases inside a token or digits with letters ("ZeeR>WB", "DII<lA,").
        irregular = any(c.isupper() for c in tok[1:]) and any(c.islower() for c in tok)
        if (has_digit or irregular) and len(tok) >= 5 and len(tok) % 5 != 1 and any(c.isalpha() for c in tok):
            for decode in (base64.b85decode, base64.a85decode):
                try:
                    text = _bytes_text(decode(tok.encode("ascii")))
                except (binascii.Error, ValueError):
                    continue
                if text:
                    out.append(("base85", text))
        if (has_digit or "@" in tok or "$" in tok or "!" in tok) and any(c.isalpha() for c in tok):
            plain = "".join(_LEET_REV.get(c, c) for c in tok.lower())
            if plain.isalpha():
                out.append(("reversed_leet", plain))  # read backwards by the caller
        return tuple(out)


def _spell_run(toks, k: int, table: dict[str, str]) -> tuple[int, str]:
    """Where the run of spelling words that starts at token ``k`` ends, and the letters it spells."""
    j, letters = k, []
    while j < len(toks) and toks[j].text in table:
        if toks[j].text == "double" and j + 1 < len(toks) and toks[j + 1].text == "you":
            letters.append("w")
            j += 2
            continue
        letters.append(table[toks[j].text])
        j += 1
    return j, "".join(letters)


def _shape(w: str) -> str:
    """The word with every letter replaced by its distance (mod 26) from the first: equal for a
    word and all its Caesar shifts."""
    a = ord(w[0])
    return "".join(_ABC[(ord(c) - a) % 26] for c in w)


def _head(w: str) -> tuple[int, int, int]:
    a = ord(w[0])
    return len(w), (ord(w[1]) - a) % 26, (ord(w[2]) - a) % 26


def _words_of(spelt: str) -> list[str]:
    """The decoded letters as one word and as their space-parted words (lower case, letters only)."""
    spelt = spelt.lower()
    joined = "".join(c for c in spelt if c.isalpha())
    parts = ["".join(c for c in p if c.isalpha()) for p in spelt.split()]
    return [joined, *(p for p in parts if p and p != joined)]


def _rot47(tok: str) -> str:
    return "".join(chr(33 + (ord(c) + 14) % 94) for c in tok)


def _spelt_runs(original: str, ascii_token=None):
    """``(rule, start, end, decoded text)`` for the spelt-out and numbered letters of the field."""
    if ascii_token is not None:
        for m in _ASCII_TOKEN.finditer(original):
            for rule, decoded in ascii_token(m.group()):
                yield rule, m.start(), m.end(), decoded
    if "=" in original:
        for m in _QP_RUN.finditer(original):
            text = _bytes_text(bytes.fromhex(m.group().replace("=", "")))
            if text:
                yield "quoted_printable", m.start(), m.end(), text
    if "+" in original:
        for m in _CODE_POINTS.finditer(original):
            chars = [chr(int(c[2:], 16)) for c in re.split(r"[\s,;]+", m.group()) if c]
            text = "".join(chars)
            if text.isalpha():
                yield "code_points", m.start(), m.end(), text
    for m in _SPACED_LETTERS.finditer(original):
        # The run may have taken a one-letter word on either side ("a d e k a n"): also read
        # without the first and/or last letter.
        at = [m.start() + i for i, c in enumerate(m.group()) if c.isalpha()]
        for a, b in ((0, len(at)), (1, len(at)), (0, len(at) - 1), (1, len(at) - 1)):
            if b - a >= 4:
                yield "spaced_reversed", at[a], at[b - 1] + 1, "".join(original[i] for i in at[a:b])
    if "'" in original or '"' in original or "`" in original:
        for m in _QUOTED_LETTERS.finditer(original):
            yield "quoted_letters", m.start(), m.end(), "".join(c for c in m.group() if c.isalpha())
    if _MORSE_GATE.search(original):
        for m in _MORSE_RUN.finditer(original):
            text = m.group().translate(_MORSE_DOTS)
            words = []
            for w in re.split(r"\s{0,3}[/|]\s{0,3}|\s{3}", text):
                letters = [_MORSE.get(code) for code in w.split()]
                if not letters or not all(letters):
                    break
                words.append("".join(letters))  # type: ignore[arg-type]
            else:
                yield "morse", m.start(), m.end(), " ".join(words)
    if any(c.isdigit() for c in original):
        for m in _HEX_WORD.finditer(original):
            decoded = _bytes_text(bytes.fromhex(m.group(1)) if len(m.group(1)) % 2 == 0 else b"")
            if decoded:
                yield "numbers", m.start(), m.end(), decoded
        for m in _NUMBER_RUN.finditer(original):
            for decoded in _number_readings(re.split(r"[\s,:.\-]+", m.group())):
                yield "numbers", m.start(), m.end(), decoded


def _bytes_text(raw: bytes) -> str:
    """Bytes as text when they are printable ASCII letters and spaces, else ""."""
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return ""
    return text if text and all(c.isalpha() or c == " " for c in text) else ""


def _number_readings(nums: list[str]) -> list[str]:
    """The texts a run of numbers spells as character codes (hex, binary, octal, decimal) or as
    alphabet positions (A1Z26); only readings that are all letters (and spaces) count."""
    nums = [n for n in nums if n]
    out = []
    if all(len(n) == 8 and set(n) <= {"0", "1"} for n in nums) or all(len(n) == 7 and set(n) <= {"0", "1"} for n in nums):
        out.append(_bytes_text(bytes(int(n, 2) for n in nums)))
    if all(len(n) == 2 for n in nums) and all(c in "0123456789abcdefABCDEF" for n in nums for c in n):
        out.append(_bytes_text(bytes(int(n, 16) for n in nums)))
    if all(n.isdigit() for n in nums):
        if all(len(n) == 3 and set(n) <= set("01234567") and n[0] <= "3" for n in nums):  # a byte: 000..377
            out.append(_bytes_text(bytes(int(n, 8) for n in nums)))
        if all(2 <= len(n) <= 3 and int(n) < 128 for n in nums):
            out.append(_bytes_text(bytes(int(n) for n in nums)))
        if all(1 <= int(n) <= 26 and len(n) <= 2 for n in nums):
            out.append("".join(_ABC[int(n) - 1] for n in nums))
    return [o for o in out if o]


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
