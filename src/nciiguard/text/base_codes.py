"""Byte codes with a twist and the binary-to-text alphabets round 16 left out (round 17).

Why: a "decode this and draw it" prompt hides its request in any byte code a language model can undo.
:mod:`.phrase_decode` reads hex, binary and decimal bytes as they are; a writer who adds one step
(every byte XORed with a key, shifted by a number, its bits inverted or written in Gray code, UTF-16
with its zero bytes, CSS escapes ``\\72 \\65``) or picks another alphabet (base58, base45, Crockford
or lower-case base32, Z85 without its name) passes that reader. This module finds such runs and
undoes the step; the reading is judged by :mod:`.phrase_decode`'s word-share test like every other.

Keys are not guessed one by one over the whole run: the XOR key and the additive offset are chosen on
the distinct values of the run's first :data:`KEY_PREFIX` bytes (at most 256 keys x the distinct
values), the key under which most bytes become lower-case letters or spaces. Every finder is gated by
a cheap shape test and bounded (:data:`MAX_CODE` characters of a run).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

__all__ = ["base_code_runs", "BASE_RULES", "MAX_CODE"]

#: Characters of one coded run read at most.
MAX_CODE = 3000
#: Bytes of a run the key is chosen on.
KEY_PREFIX = 96
#: Rules whose payload may hold a second layer (a Caesar shift in base58).
BASE_RULES = frozenset({"base58", "base45", "base32_crockford", "base32_lower", "z85_bare", "codepoints", "base36_words",
                        "base62", "base62_lower_first", "base62_letters_first", "uuencode",
                        *(f"hex{b}_{o}" for b in (16, 32, 64) for o in ("le", "be"))})

_BINARY = re.compile(r"(?<![\w])[01]{8}(?:[ ,]?[01]{8}){3,1500}(?![\w])")
_HEX = re.compile(r"(?<![\w#\\-])[0-9A-Fa-f]{2}(?:[ ,:]?[0-9A-Fa-f]{2}){3,1500}(?![\w-])")
_CSS = re.compile(r"(?:\\[0-9A-Fa-f]{1,6} ?){4,1500}")
#: Decimal numbers of one to three digits parted by one separator, the same all along.
_DECIMAL = re.compile(r"(?<![\w.,-])\d{1,3}(?P<sep>[ ,]{1,2}|[-.:;|/_])(?:\d{1,3}(?P=sep)){3,1500}\d{1,3}(?![\w-]|\.\d)")

#: Precompiled (the re module's cache of string patterns is shared and may be churned by others).
_BIT_SEPS = re.compile(r"[ ,]")
_HEX_SEPS = re.compile(r"[ ,:]")
_CSS_CODE = re.compile(r"\\([0-9A-Fa-f]{1,6})")
_DIGITS = re.compile(r"\d+")
_B45_GATE = re.compile(r"[$%*+/:]")
_NUMBER_GATE = re.compile(r"\d\d|\\[0-9A-Fa-f]")
_ALPHABET_GATE = re.compile(r"[A-Za-z0-9$%*+/:.-]{16}")
#: Unicode code points written "U+006E U+0075 ...".
_CODEPOINTS = re.compile(r"(?:[Uu]\+[0-9A-Fa-f]{4,6}[ ,]{0,2}){4,1500}")
_CODEPOINT = re.compile(r"[Uu]\+([0-9A-Fa-f]{4,6})")
#: Words written each as a base-36 number of its bytes ("v6oy98 4ch9i ..."): three or more tokens.
_BASE36_WORDS = re.compile(r"(?<![\w.-])(?=[a-z0-9]*\d)[a-z0-9]{3,20}(?: (?=[a-z0-9]*\d)[a-z0-9]{3,20}){2,200}(?![\w-])")
_B58_ABC = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58 = {c: i for i, c in enumerate(_B58_ABC)}
_B58_RUN = re.compile(r"(?<![\w+/=])(?=[1-9A-Za-z]{0,60}[a-z])(?=[1-9A-Za-z]{0,60}[A-Z])[1-9A-HJ-NP-Za-km-z]{20,600}(?![\w+/=])")
_B45_ABC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_B45 = {c: i for i, c in enumerate(_B45_ABC)}
#: Base45: capitals, digits and " $%*+-./:" (its space too), a mark of "$%*+/:" inside.
_B45_RUN = re.compile(r"(?<![\w$%*+./:-])(?=[0-9A-Z $%*+./:-]{0,40}[$%*+/:])[0-9A-Z$%*+./:-][0-9A-Z $%*+./:-]{18,1200}[0-9A-Z$%*+./:-](?![0-9A-Za-z$%*+./:-])")
_CROCK_ABC = "0123456789abcdefghjkmnpqrstvwxyz"
_CROCK = {c: i for i, c in enumerate(_CROCK_ABC)}
_CROCK.update({"o": 0, "i": 1, "l": 1})
_STD32_ABC = "abcdefghijklmnopqrstuvwxyz234567"
_STD32 = {c: i for i, c in enumerate(_STD32_ABC)}
_B32_LOWER_RUN = re.compile(r"(?<![\w=])(?=[0-9a-z]{0,40}\d)[0-9a-z]{16,600}={0,6}(?![\w=])")
_Z85_ABC = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"
_Z85 = {c: i for i, c in enumerate(_Z85_ABC)}
_Z85_RUN = re.compile(r"(?<!\S)(?=\S{0,40}[.\-:+=^!/*?&<>()\[\]{}@%$#])[0-9A-Za-z.\-:+=^!/*?&<>()\[\]{}@%$#]{20,1500}(?!\S)")


def _score(values, lower_only: bool = False) -> float:
    """Share of ``values`` that are lower-case letters or spaces (capitals count half)."""
    n = 0.0
    for v in values:
        if 97 <= v <= 122 or v == 32:
            n += 1
        elif 65 <= v <= 90 and not lower_only:
            n += 0.5
    return n / max(1, len(values))


def _best_key(values: list[int], combine) -> tuple[int, float]:
    """The key (0..255) under which ``combine(value, key)`` makes the most text of the first bytes."""
    counts = Counter(values[:KEY_PREFIX])
    best, best_sc = 0, -1.0
    total = sum(counts.values())
    for key in range(256):
        sc = 0.0
        for v, c in counts.items():
            r = combine(v, key)
            if 97 <= r <= 122 or r == 32:
                sc += c
            elif 65 <= r <= 90:
                sc += 0.5 * c
        if sc > best_sc:
            best, best_sc = key, sc
    return best, best_sc / max(1, total)


#: A byte with its bits in reverse order; with its two hex digits swapped.
_BITREV = [int(f"{v:08b}"[::-1], 2) for v in range(256)]
_NIBBLES = [((v & 15) << 4) | (v >> 4) for v in range(256)]


def _gray_decode(g: int) -> int:
    g ^= g >> 1
    g ^= g >> 2
    g ^= g >> 4
    return g


def _twists(values: list[int], rule: str) -> Iterator[tuple[bytes, str]]:
    """Readings of a run's byte values under the steps a writer adds: UTF-16 zero bytes dropped, the
    plain bytes (for new tokenisations), Gray code, and the best XOR key and additive offset."""
    values = values[:MAX_CODE]
    if len(values) >= 8 and all(v == 0 for v in values[1::2]) and any(values[0::2]):
        values, rule = values[0::2], rule + "+utf16le"
    elif len(values) >= 8 and all(v == 0 for v in values[0::2]) and any(values[1::2]):
        values, rule = values[1::2], rule + "+utf16be"
    if max(values) < 256:
        if _score(values) >= 0.75:
            yield bytes(values), rule
        gray = [_gray_decode(v) for v in values]
        if _score(gray) >= 0.75:
            yield bytes(gray), rule + "+gray"
        # round 18: each byte's bits written in reverse order, or its two hex digits swapped
        for name, table in (("bitrev", _BITREV), ("nibbles", _NIBBLES)):
            turned = [table[v] for v in values]
            if _score(turned) >= 0.75:
                yield bytes(turned), f"{rule}+{name}"
        key, sc = _best_key(values, lambda v, k: v ^ k)
        if key and sc >= 0.75:
            yield bytes(v ^ key for v in values), f"{rule}+xor{key}"
    lo, hi = min(values), max(values)
    if hi - lo <= 120:  # an offset moves every value alike: one that brings all of them into text
        best, best_sc = None, 0.0
        for off in range(max(hi - 126, -255), lo - 9):
            if off == 0:
                continue
            sc = _score([v - off for v in values[:KEY_PREFIX]], lower_only=False)
            if sc > best_sc:
                best, best_sc = off, sc
        if best is not None and best_sc >= 0.75:
            yield bytes(v - best for v in values), f"{rule}+offset{best}"


def _number_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    if "0" in text and "1" in text:
        for m in _BINARY.finditer(text):
            bits = _BIT_SEPS.sub("", m.group()[:MAX_CODE * 2])
            values = [int(bits[i:i + 8], 2) for i in range(0, len(bits) - 7, 8)]
            for raw, rule in _twists(values, "binary"):
                if "+" in rule:  # the plain reading is phrase_decode's
                    yield m.start(), m.end(), raw, rule
    for m in _HEX.finditer(text):
        h = _HEX_SEPS.sub("", m.group()[:MAX_CODE])
        if len(h) % 2:
            continue
        for raw, rule in _twists(list(bytes.fromhex(h)), "hex"):
            if "+" in rule:
                yield m.start(), m.end(), raw, rule
    if "\\" in text:
        for m in _CSS.finditer(text):
            values = [int(x, 16) for x in _CSS_CODE.findall(m.group()[:MAX_CODE])]
            if max(values) < 0x110000:
                for raw, rule in _twists(values, "css_escapes"):
                    yield m.start(), m.end(), raw, rule
    if "+" in text:
        for m in _CODEPOINTS.finditer(text):
            values = [int(x, 16) for x in _CODEPOINT.findall(m.group()[:MAX_CODE])]
            if max(values) < 0x110000:
                for raw, rule in _twists(values, "codepoints"):
                    yield m.start(), m.end(), raw, rule
    for m in _DECIMAL.finditer(text):
        values = [int(x) for x in _DIGITS.findall(m.group()[:MAX_CODE])]
        for raw, rule in _twists(values, "decimal"):
            if "+" in rule:
                yield m.start(), m.end(), raw, rule


#: Hex words of 4, 8 or 16 digits (with or without "0x"), three or more: UTF-16 or 32/64-bit values whose
#: bytes a little-endian machine stores in reverse ("0x7320796d" is "my s"); read in both byte orders.
_HEX_WORDS = re.compile(r"(?<![\w])(?:0[xX])?[0-9A-Fa-f]{4,16}(?:[ ,]{1,2}(?:0[xX])?[0-9A-Fa-f]{4,16}){2,750}(?![\w])")
_HEX_WORD = re.compile(r"(?:0[xX])?([0-9A-Fa-f]+)")


def _hex_words(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _HEX_WORDS.finditer(text):
        words = _HEX_WORD.findall(m.group()[:MAX_CODE])
        width = len(words[0])
        if width not in (4, 8, 16) or any(len(w) != width for w in words):
            continue
        prefixed = "0x" in m.group()[:2].lower()
        be = b"".join(bytes.fromhex(w) for w in words)
        le = b"".join(bytes.fromhex(w)[::-1] for w in words)
        for raw, rule, own in ((le, f"hex{width * 4}_le", True), (be, f"hex{width * 4}_be", prefixed)):
            raw = raw.replace(b"\0", b"")  # the zero bytes that pad the last word
            if own and raw and _score(raw) >= 0.75:  # unprefixed big-endian words are plain hex bytes
                yield m.start(), m.end(), raw, rule
                break


#: Base62 big integers: letters of both cases and digits, 20 or more (base58 leaves 0, O, I, l out).
_B62_RUN = re.compile(r"(?<![\w+/])(?=[0-9A-Za-z]{0,80}\d)(?=[0-9A-Za-z]{0,80}[a-z])(?=[0-9A-Za-z]{0,80}[A-Z])"
                      r"[0-9A-Za-z]{20,600}(?![\w+/=])")
_B62_TABLES = {name: {c: i for i, c in enumerate(abc)} for name, abc in (
    ("base62", "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    ("base62_lower_first", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    ("base62_letters_first", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))}


def _base62_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _B62_RUN.finditer(text):
        tok = m.group()
        for name, table in _B62_TABLES.items():
            n = 0
            for c in tok:
                n = n * 62 + table[c]
            raw = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
            if raw and _score(raw) >= 0.75:
                yield m.start(), m.end(), raw, name
                break


def _bigint(token: str, table: dict[str, int], base: int) -> bytes:
    n = 0
    for c in token:
        n = n * base + table[c]
    lead = len(token) - len(token.lstrip(next(iter(table))))
    return b"\0" * lead + (n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b"")


def _base45(token: str) -> bytes | None:
    out = bytearray()
    for i in range(0, len(token), 3):
        chunk = token[i:i + 3]
        if len(chunk) == 1:
            return None
        n = sum(_B45[c] * 45 ** k for k, c in enumerate(chunk))
        if len(chunk) == 3:
            if n > 0xFFFF:
                return None
            out += n.to_bytes(2, "big")
        else:
            if n > 0xFF:
                return None
            out.append(n)
    return bytes(out)


def _base32(token: str, table: dict[str, int]) -> bytes | None:
    bits, n, out = 0, 0, bytearray()
    for c in token:
        v = table.get(c)
        if v is None:
            return None
        n, bits = (n << 5) | v, bits + 5
        if bits >= 8:
            bits -= 8
            out.append((n >> bits) & 0xFF)
            n &= (1 << bits) - 1
    return bytes(out)


def z85(token: str) -> bytes | None:
    """ZeroMQ's base85 (Z85) of ``token``; None if it is not one (also read by classic_ciphers)."""
    if len(token) % 5 or any(c not in _Z85 for c in token):
        return None
    out = bytearray()
    for i in range(0, len(token), 5):
        n = 0
        for c in token[i:i + 5]:
            n = n * 85 + _Z85[c]
        if n >= 1 << 32:
            return None
        out += n.to_bytes(4, "big")
    return bytes(out)


def _alphabet_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _B58_RUN.finditer(text):
        yield m.start(), m.end(), _bigint(m.group()[:600], _B58, 58), "base58"
    if _B45_GATE.search(text):
        for m in _B45_RUN.finditer(text):
            for a, b, tok in _trims(m):
                raw = _base45(tok[:MAX_CODE])
                if raw and _score(raw) >= 0.75:
                    yield a, b, raw, "base45"
                    break
    for m in _B32_LOWER_RUN.finditer(text):
        tok = m.group().rstrip("=")[:MAX_CODE]
        for table, rule in ((_CROCK, "base32_crockford"), (_STD32, "base32_lower")):
            raw = _base32(tok, table)
            if raw and _score(raw) >= 0.75:
                yield m.start(), m.end(), raw, rule
                break
    for m in _Z85_RUN.finditer(text):
        for a, b, tok in _trims(m):
            raw = z85(tok[:MAX_CODE])
            if raw and _score(raw) >= 0.75:
                yield a, b, raw, "z85_bare"
                break


def _trims(m: re.Match[str]) -> Iterator[tuple[int, int, str]]:
    """The token, then without the colon that led into it ("(encoded): ...") and the full stop that
    ends the sentence: both are letters of these alphabets."""
    g = m.group()
    lead = len(g) - len(g.lstrip(": "))
    trail = 1 if g.endswith(".") else 0
    for x, y in ((0, 0), (lead, 0), (0, trail), (lead, trail)):
        if (x, y) == (0, 0) or x or y:
            yield m.start() + x, m.end() - y, g[x:len(g) - y]


def _base36_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    for m in _BASE36_WORDS.finditer(text):
        words = []
        for tok in m.group()[:MAX_CODE].split(" "):
            n = int(tok, 36)
            raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
            if not raw or _score(raw) < 1.0:
                break  # every token a word of letters, or the run is no such code
            words.append(raw)
        else:
            yield m.start(), m.end(), b" ".join(words), "base36_words"


#: uuencode: "begin <mode> <name>", lines of 4-character groups led by a length character, "`" and "end".
_UU = re.compile(r"\bbegin [0-7]{3} \S{1,64}\s+((?:[!-`][ -`]{1,61}\s+){1,40})`?\s*end\b")


def _uuencoded(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    import binascii

    for m in _UU.finditer(text[:MAX_CODE * 2]):
        out = bytearray()
        for line in m.group(1).split():
            try:
                out += binascii.a2b_uu(line)
            except binascii.Error:
                break
        if out:
            yield m.start(), m.end(), bytes(out), "uuencode"


def base_code_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    """``(start, end, payload bytes, rule)`` of every run of ``text`` in a twisted byte code or one of
    the alphabets above (payload not yet judged: :mod:`.phrase_decode` reads it)."""
    if _NUMBER_GATE.search(text):
        yield from _number_runs(text)
        yield from _base36_runs(text)
        yield from _hex_words(text)
    if _ALPHABET_GATE.search(text):
        yield from _alphabet_runs(text)
        yield from _base62_runs(text)
    if "begin " in text:
        yield from _uuencoded(text)
