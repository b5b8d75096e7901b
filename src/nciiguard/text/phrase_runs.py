"""Finders of the coded runs :mod:`.phrase_decode` reads whole: look-alike alphabets, numbers for letters
and texts encoded as bytes (split out of :mod:`.phrase_decode` in round 18, behaviour unchanged).

Why apart: finding a run (its shape, its one reading) is a different job from judging whether the
reading is language (:mod:`.phrase_decode`'s word-share test and its substitutions). Each finder here
is one regular-expression scan, bounded (:data:`MAX_RUN` words of an alphabet run, the regexes'
repeat caps), and yields ``(start, end, reading, rule)`` with the reading not yet judged.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re

__all__ = ["MAX_RUN", "code_run", "octet_run", "hex_run", "SCRIPT_GATE", "DIGIT_GATE", "bytes_text", "number_runs", "byte_runs", "script_runs", "dedouble"]

#: Words of one run read at most (a longer run is cut in pieces of this many words).
MAX_RUN = 16
_ABC = "abcdefghijklmnopqrstuvwxyz"

# --- alphabets --------------------------------------------------------------------------------
#: Elder Futhark (and the Anglo-Saxon runes people mix in) to Latin; "|" separates readings a
#: writer of English uses for one rune (ᚲ for "c" and "k", ᛉ for "z" and "x").
_RUNES = {
    "ᚠ": "f", "ᚢ": "u", "ᚦ": "th", "ᚨ": "a", "ᚱ": "r", "ᚲ": "k|c", "ᚷ": "g", "ᚹ": "w", "ᚺ": "h", "ᚻ": "h",
    "ᚾ": "n", "ᛁ": "i", "ᛃ": "j|y", "ᛇ": "ei", "ᛈ": "p", "ᛉ": "z|x", "ᛊ": "s", "ᛋ": "s", "ᛏ": "t", "ᛒ": "b",
    "ᛖ": "e", "ᛗ": "m", "ᛚ": "l", "ᛜ": "ng", "ᛝ": "ng", "ᛟ": "o", "ᛞ": "d", "ᚡ": "v", "ᚪ": "a", "ᚩ": "o",
    "ᚣ": "y", "ᚳ": "c", "ᛠ": "ea", "ᛢ": "q", "ᛣ": "k", "ᛤ": "k", "ᛪ": "x", "ᚴ": "k", "ᚼ": "h", "ᛦ": "r",
}
#: Ogham letters; the feather marks (U+169B, U+169C) open and close a text, U+1680 is its space.
_OGHAM = {
    "ᚁ": "b", "ᚂ": "l", "ᚃ": "f|v|w", "ᚄ": "s", "ᚅ": "n", "ᚆ": "h", "ᚇ": "d", "ᚈ": "t", "ᚉ": "c", "ᚊ": "q|k",
    "ᚋ": "m", "ᚌ": "g", "ᚍ": "ng", "ᚎ": "z|x", "ᚏ": "r", "ᚐ": "a", "ᚑ": "o", "ᚒ": "u", "ᚓ": "e", "ᚔ": "i|y|j",
    "ᚕ": "ea", "ᚖ": "oi", "ᚗ": "ui", "ᚘ": "ia", "ᚙ": "ae", "ᚚ": "p",
}
#: Cherokee and Canadian-syllabics letters that imitate Latin capitals (the "fancy text" tables).
_LOOKALIKE = {
    "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭰ": "d", "Ꭼ": "e", "Ꮐ": "g", "Ꮋ": "h", "Ꮒ": "h", "Ꭵ": "i", "Ꭻ": "j",
    "Ꮶ": "k", "Ꮦ": "k", "Ꮮ": "l", "Ꮇ": "m", "Ꮑ": "n", "Ꮎ": "o", "Ꮲ": "p", "Ꭱ": "r", "Ꮢ": "r", "Ꮪ": "s",
    "Ꮥ": "s", "Ꭲ": "t", "Ꮜ": "u", "Ꮩ": "v", "Ꮃ": "w", "Ꮤ": "w", "Ꭹ": "y", "Ꮓ": "z", "Ꮖ": "i", "Ꮁ": "r",
    "ᗩ": "a", "ᗷ": "b", "ᙖ": "b", "ᑕ": "c", "ᑢ": "c", "ᗪ": "d", "ᗞ": "d", "ᗴ": "e", "ᕮ": "e", "ᖴ": "f",
    "ᘜ": "g", "ᕼ": "h", "ᓰ": "i", "ᒍ": "j", "ᛕ": "k", "ᒪ": "l", "ᗰ": "m", "ᑎ": "n", "ᑭ": "p", "ᑫ": "q",
    "ᖇ": "r", "ᔕ": "s", "ᑌ": "u", "ᑘ": "u", "ᐯ": "v", "ᐺ": "v", "ᗯ": "w", "᙭": "x", "ᘔ": "z",
}
_SCRIPT = {**_RUNES, **_OGHAM, **_LOOKALIKE}
#: A run of alphabet letters: it starts with one of the tables' letters (the Latin capitals and
#: feather marks before it are taken by a bounded look back), Latin capitals the tables leave to
#: themselves may sit inside ("ᔕTᑌᗪIO" has a plain T, I and O), words parted by single spaces.
_S = "".join(_SCRIPT)
_SCRIPT_RUN = re.compile(f"[{_S}](?:[{_S}A-Z\u169b\u169c]|[ \u1680\u16eb\u16ec\u16ed](?=[{_S}A-Z\u169b]))*")
_SCRIPT_WORD = re.compile(f"[{_S}A-Z]+")
SCRIPT_GATE = re.compile("[" + "".join(_SCRIPT) + "]")

# --- numbers ----------------------------------------------------------------------------------


#: Round 34: one byte's code in each base a run of numbers is written in, and how the codes of a run are
#: parted. Binary octets (a space, a comma or nothing), hex pairs (a space or nothing), octal codes (a space
#: or a comma, once or twice) and decimal codes (one separator, the same all along). Octal and decimal
#: codes have no fixed width ("40" is a space in octal as "040" is; "32" in decimal), so they need their
#: separator. Octal codes are printable characters (40-176, a leading zero or not) or the 3-digit codes
#: round 16 read (000-377); decimal codes 32-126.
_CODE_TOKEN = {2: "[01]{8}", 8: "(?:[0-3][0-7]{2}|0?[4-7][0-7])", 10: r"(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])",
               16: "[0-9A-Fa-f]{2}"}
#: What may stand right before and right after a run of each base (no part of a word, a number or a date).
_CODE_EDGES = {2: (r"(?<![\w])", r"(?![\w])"), 8: (r"(?<![\w.,-])", r"(?![\w.-])"),
               10: (r"(?<![\w.,-])", r"(?![\w.-])"), 16: (r"(?<![\w#-])", r"(?![\w-])")}


def code_run(base: int, min_codes: int, max_codes: int) -> re.Pattern[str]:
    """Round 34: the one pattern factory of runs of character codes in base 2, 8, 10 or 16, ``min_codes``
    to ``max_codes`` codes (this module's readers, :mod:`.classic_ciphers`' octal and :mod:`.layered_codes`
    each with its bounds; the bounds are regex repeat caps: linear)."""
    left, right = _CODE_EDGES[base]
    tok = _CODE_TOKEN[base]
    if base == 2:
        body = r"%s(?:[ ,]?%s){%d,%d}" % (tok, tok, min_codes - 1, max_codes - 1)
    elif base == 16:
        body = r"(?:%s(?: (?=%s))?){%d,%d}" % (tok, tok, min_codes, max_codes)
    elif base == 8:
        body = r"%s(?:[ ,]{1,2}%s){%d,%d}" % (tok, tok, min_codes - 1, max_codes - 1)
    else:
        body = r"%s(?P<sep>[ ,]{1,2}|[-.:;|/_])(?:%s(?P=sep)){%d,%d}%s" % (tok, tok, min_codes - 2, max_codes - 2, tok)
    return re.compile(left + body + right)


def octet_run(more_min: int, more_max: int) -> re.Pattern[str]:
    """Binary octets, spaced by nothing, a space or a comma: one octet, then ``more_min`` to ``more_max``
    more (round 33; round 34: :func:`code_run` in base 2)."""
    return code_run(2, more_min + 1, more_max + 1)


def hex_run(min_bytes: int, max_bytes: int) -> re.Pattern[str]:
    """Hex bytes, spaced by single spaces or run together, ``min_bytes`` to ``max_bytes`` of them (round 33;
    round 34: :func:`code_run` in base 16)."""
    return code_run(16, min_bytes, max_bytes)


_BINARY = octet_run(2, 63)
#: Round 21: binary octets written as nibbles ("0110-1101 0110-0001", "0110 1101 | 0110 0001"): a run of
#: six or more 4-bit groups parted by short separators, read in pairs (an even count) - a shape no prose has.
_BINARY_NIBBLES = re.compile(r"(?<![\w.:|/-])[01]{4}(?:[ ,;|/_.:-]{1,3}[01]{4}){5,1200}(?![\w.:|/-])")
_HEX = hex_run(4, 400)
#: Decimal character codes parted by one separator, the same all along ("110 117", "110,117",
#: "110-117", "110.117", "110|117").
_DECIMAL = code_run(10, 4, 302)
#: Binary-to-text encodings of a whole phrase, one token: base64 (standard or URL-safe alphabet, padded or
#: not), base32 (standard or "extended hex" alphabet), quoted-printable. A token of 16+ characters;
#: base64 of text mixes cases, base32 is upper case.
_BASE64_RUN = re.compile(r"(?<![\w+/=-])(?=[A-Za-z0-9+/_-]{0,40}[a-z])(?=[A-Za-z0-9+/_-]{0,40}[A-Z])"
                         r"[A-Za-z0-9+/_-]{16,600}={0,2}(?![\w+/=-])")
_BASE32_RUN = re.compile(r"(?<![\w=])[A-Z0-9]{16,600}={0,6}(?![\w=])")
#: Quoted-printable: three or more "=XX" escapes in a token, with the letters it leaves as they are
#: ("na=6Bed", "Ilse=20topless=20on"), or every byte escaped.
_QP_RUN = re.compile(r"(?<![\w=])(?:[A-Za-z0-9,.'!?()-]{0,40}=[0-9A-Fa-f]{2}){3,300}[A-Za-z0-9,.'!?()-]{0,40}")
_B32_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_FROM_HEX = str.maketrans(_B32_HEX, _B32_STD)
_B32_SET = frozenset(_B32_STD)
_POLY_WORD = r"(?:[1-5][1-5]){2,16}"
_POLYBIUS = re.compile(rf"(?<![\w.-]){_POLY_WORD}(?: {_POLY_WORD}){{0,{MAX_RUN - 1}}}(?![\w.-])")
_N26 = r"(?:2[0-6]|1\d|0?[1-9])"
_A1Z26 = re.compile(rf"(?<![\w.-]){_N26}(?:([-.]){_N26})+(?:(?: ?/ ?| {{1,2}}){_N26}(?:[-.]{_N26})+){{0,{MAX_RUN - 1}}}(?![\w-]|\.\d)")
#: Round 29: an A1Z26 run written right to left ("02-81-1-61-1" is "1-16-1-18-20" backwards): numbers of one or
#: two digits, the first word of two or more, read when the reversed text is A1Z26 and the text itself is not.
_A1Z26_BACK = re.compile(r"(?<![\w.-])\d{1,2}(?:[-.]\d{1,2})+(?:(?: ?/ ?| {1,2})\d{1,2}(?:[-.]\d{1,2})*){0,%d}(?![\w-]|\.\d)"
                         % (MAX_RUN - 1))
_A1Z26_WORD = re.compile(rf"{_N26}(?:[-.]{_N26})*")
DIGIT_GATE = re.compile(r"\d\d")
_POLY_GRID = "abcdefghiklmnopqrstuvwxyz"


def dedouble(words: list[str], n: int = 2) -> list[str] | None:
    """Each word with every letter written ``n`` times ("ttaakkee", round 21 also "tttaaakkkeee") read
    once; None when any word is not."""
    if not all(len(w) % n == 0 and all(w[i:i + n] == w[i] * n for i in range(0, len(w), n)) for w in words):
        return None
    return [w[::n] for w in words]


def _best_alternative(word: str, known: frozenset) -> str:
    """A transliterated word with readings ("k|c") -> the first combination that is a word."""
    parts = []
    for ch in word:
        parts.append(_SCRIPT.get(ch, ch.lower()).split("|"))
    first = "".join(p[0] for p in parts)
    if first in known or all(len(p) == 1 for p in parts) or len(word) > 24:
        return first
    combos = [""]
    for p in parts:
        combos = [c + x for c in combos for x in p][:32]  # bounded: a few ambiguous letters a word
    return next((c for c in combos if c in known), first)



def bytes_text(raw: bytes) -> str | None:
    """``raw`` as text when it is text: UTF-8, printable, mostly letters and spaces (hashes, ids and
    memory dumps decode to bytes that are not)."""
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s or not s.isprintable():
        return None
    letters = sum(c.isalpha() for c in s)
    # "_" counts as a space (round 21: "remove_the_clothes" in base64 is a text)
    if letters < 0.6 * len(s) or letters + sum(c in " -',._" for c in s) < 0.85 * len(s):
        return None
    return s


def _b64(token: str) -> bytes | None:
    t = token.rstrip("=").replace("-", "+").replace("_", "/")
    if len(t) % 4 == 1:
        return None
    try:
        return base64.b64decode(t + "=" * (-len(t) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _b32(token: str) -> list[tuple[bytes, str]]:
    t = token.rstrip("=")
    if len(t) % 8 not in (0, 2, 4, 5, 7):
        return []
    out = []
    for name, alphabet in (("base32", t), ("base32hex", t.translate(_B32_FROM_HEX))):
        if name == "base32" and not set(t) <= _B32_SET:
            continue
        try:
            out.append((base64.b32decode(alphabet + "=" * (-len(t) % 8)), name))
        except (binascii.Error, ValueError):
            pass
    return out


def number_runs(text: str):
    """(start, end, decoded text, rule) of each run of numbers for letters and of each text encoded
    as bytes (hex, binary, decimal codes, base64, base32, quoted-printable)."""
    if "0" in text or "1" in text:
        for m in _BINARY.finditer(text):
            bits = re.sub(r"[ ,]", "", m.group())
            s = bytes_text(bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
            if s:
                yield m.start(), m.end(), s, "binary"
        for m in _BINARY_NIBBLES.finditer(text):
            bits = re.sub(r"[^01]", "", m.group())
            if len(bits) % 8:
                continue
            s = bytes_text(bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
            if s:
                yield m.start(), m.end(), s, "binary_nibbles"
    for m in _HEX.finditer(text):
        h = m.group().replace(" ", "")
        if len(h) % 2 or len(h) < 8:
            continue
        s = bytes_text(bytes.fromhex(h))
        if s:
            yield m.start(), m.end(), s, "hex"
    for m in _DECIMAL.finditer(text):
        s = bytes_text(bytes(int(x) for x in re.findall(r"\d+", m.group())))
        if s:
            yield m.start(), m.end(), s, "decimal_codes"
    for m in _POLYBIUS.finditer(text):
        out = []
        for w in m.group().split():
            out.append("".join(_POLY_GRID[(int(w[i]) - 1) * 5 + int(w[i + 1]) - 1] for i in range(0, len(w), 2)))
        yield m.start(), m.end(), " ".join(out), "polybius"
    for m in _A1Z26.finditer(text):
        words = re.split(r" ?/ ?| {1,2}", m.group())
        out = [
            "".join(_ABC[int(n) - 1] for n in re.split(r"[-.]", w)) for w in words]
        yield m.start(), m.end(), " ".join(out), "a1z26"
    for m in _A1Z26_BACK.finditer(text):
        back = m.group()[::-1]
        words = re.split(r" ?/ ?| {1,2}", back)
        if _A1Z26.fullmatch(m.group()) or not all(_A1Z26_WORD.fullmatch(w) for w in words):
            continue  # read as written above, or no A1Z26 backwards either
        yield m.start(), m.end(), " ".join("".join(_ABC[int(n) - 1] for n in re.split(r"[-.]", w)) for w in words), "a1z26_reversed"


def byte_runs(text: str):
    """(start, end, decoded text, rule) of each base64, base32 or quoted-printable token that decodes
    to text. One reading per token: the first encoding, in this order, under which it is text."""
    if "=" in text:
        for m in _QP_RUN.finditer(text):
            s = bytes_text(quopri.decodestring(m.group().encode("ascii")))
            if s:
                yield m.start(), m.end(), s, "quoted_printable"
    for m in _BASE32_RUN.finditer(text):
        for raw, name in _b32(m.group()):
            s = bytes_text(raw)
            if s:
                yield m.start(), m.end(), s, name
                break
    for m in _BASE64_RUN.finditer(text):
        raw = _b64(m.group())
        s = bytes_text(raw) if raw is not None else None
        if s:
            yield m.start(), m.end(), s, "base64"


def script_runs(text: str, known: frozenset):
    """(start, end, words, rule) of each run of alphabet letters, at most :data:`MAX_RUN` words each."""
    for m in _SCRIPT_RUN.finditer(text):
        a, b = m.start(), m.end()
        k = 0
        while a > 0 and k < 24 and ("A" <= text[a - 1] <= "Z" or text[a - 1] in "\u169b\u169c"):
            a, k = a - 1, k + 1
        if (a > 0 and text[a - 1].isalpha()) or (b < len(text) and text[b].isalpha()):
            continue  # part of a word of other letters: no run of its own
        words = list(_SCRIPT_WORD.finditer(text, a, b))
        for i in range(0, len(words), MAX_RUN):
            part = words[i:i + MAX_RUN]
            raw = [w.group() for w in part]
            if sum(len(w) for w in raw) < 3 or not any(ch in _SCRIPT for w in raw for ch in w):
                continue
            s, e = part[0].start(), part[-1].end()
            if i == 0 and text[a] in "\u169b\u169c":
                s = a
            if i + MAX_RUN >= len(words) and b > e and text[e] in "\u169b\u169c":
                e = e + 1
            d = dedouble(raw)
            if d is not None and sum(len(w) for w in d) >= 3:
                yield s, e, [_best_alternative(w, known) for w in d], "script+doubled"
            else:
                yield s, e, [_best_alternative(w, known) for w in raw], "script"


#: ROT47 (its own inverse) over printable ASCII, and a word as ROT47 gives it back: letters, an apostrophe or hyphen
#: inside, a mark after. Shared by classic_ciphers' ROT47 reader and layer_pairs' ROT47 under a letter layer.
ROT47 = str.maketrans({chr(c): chr(33 + (c - 33 + 47) % 94) for c in range(33, 127)})
ROT47_WORD = re.compile(r"[A-Za-z]{1,40}(?:['-][A-Za-z]{1,20})?[:,.!?]?")


def longest_run(flags) -> tuple[int, int]:
    """``(i, j)``: the longest stretch of consecutive true ``flags`` (the first of equal ones; ``(0, 0)`` when none),
    the coded stretch of a ROT47 reader: the tokens ROT47 turns into words."""
    best, start, k = (0, 0), 0, -1
    for k, flag in enumerate(flags):
        if not flag:
            if k - start > best[1] - best[0]:
                best = (start, k)
            start = k + 1
    k += 1  # the end closes the last stretch
    if k - start > best[1] - best[0]:
        best = (start, k)
    return best
