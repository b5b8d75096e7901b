"""Two layers of code a person applies by hand or with one website, behind a decode instruction (round 34).

Why: the byte readers (:mod:`.phrase_runs`, :mod:`.layered_codes`) take a payload for text only when its
bytes are letters and spaces, and the letter readers (:mod:`.phrase_decode`'s substitutions) read runs of
letters. A text put through ROT47 and then base64 ("QUBDPyA6PjI4NiBANyBE..."), hex or binary decodes to
ROT47 text, which is marks and digits; base64 or hex put through a letter layer (Atbash, a Caesar shift,
ROT13, ROT47, written backwards) is no base64 or hex any more; ROT47 text put through a letter layer is no
ROT47 text. Each was held for review as an unreadable payload or read as nothing. A model front end told
to decode undoes both steps, so this module does too.

What: for each coded stretch of the first :data:`MAX_SCAN` characters (one whitespace-free token of 16+
printable characters, a run of two-character tokens, a run of character codes in base 2, 8, 10 or 16),
:data:`MAX_RUNS` at most, it tries the outer layers a writer can apply (none, written backwards, Atbash,
ROT47, the 25 Caesar shifts (ROT13 among them)), at most :data:`MAX_TRIES` per stretch, and under each the
byte codes (base64, hex); the bytes are text when :func:`.phrase_runs.bytes_text` says so as they are or
after ROT47. A run of spaced tokens is also tried as ROT47 text under a letter layer. Only readings with
two layers are yielded (one layer is the other readers' work); whether a reading counts is judged by
:mod:`.phrase_decode`'s word-share test and then it goes through every reader as plain text does.

Rules: ``<outer>+<code>`` (``atbash+hex``, ``caesar13+base64``), with ``+rot47`` when the bytes were ROT47
text (``base64+rot47``), and ``<letters>+rot47`` for ROT47 text under a letter layer (``atbash+rot47``).

Cost: one scan per stretch shape, :data:`MAX_RUNS` stretches of :data:`MAX_CHARS` characters, each at most
:data:`MAX_TRIES` translations and decodes of its characters: linear in the text.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Iterator

from .phrase_runs import ROT47 as _ROT47, ROT47_WORD as _PLAIN, _BASE64_RUN, _b64, bytes_text, code_run, longest_run

__all__ = ["paired_runs", "MAX_CHARS", "MAX_RUNS", "MAX_SCAN", "MAX_TRIES"]

MAX_SCAN = 20000
#: Stretches tried per text, characters of one stretch read at most, outer layers tried per stretch.
MAX_RUNS, MAX_CHARS, MAX_TRIES = 6, 1200, 29

_ABC = "abcdefghijklmnopqrstuvwxyz"


def _shift_table(k: int) -> dict:
    """The table that undoes a Caesar shift by ``k`` (both cases)."""
    back = _ABC[-k:] + _ABC[:-k]
    return str.maketrans(_ABC + _ABC.upper(), back + back.upper())


_ATBASH = str.maketrans(_ABC + _ABC.upper(), _ABC[::-1] + _ABC.upper()[::-1])
_ROT47_BYTES = bytes.maketrans(bytes(range(33, 127)), bytes(33 + (c - 33 + 47) % 94 for c in range(33, 127)))
#: The outer layers undone, in the order tried (the identity first: ROT47 inside a code needs no outer layer).
_OUTER: list[tuple[str, Callable[[str], str]]] = [
    ("", lambda s: s), ("reversed", lambda s: s[::-1]), ("atbash", lambda s: s.translate(_ATBASH)),
    ("rot47", lambda s: s.translate(_ROT47)),
    *((f"caesar{k}", lambda s, t=_shift_table(k): s.translate(t)) for k in range(1, 26))]
#: The letter layers over ROT47 text (ROT47 itself twice is no layer).
_LETTER_LAYERS = [(n, f) for n, f in _OUTER if n not in ("", "rot47")]

#: A whitespace-free token of printable characters: base64 (or hex run together) under a layer.
_TOKEN = re.compile(r"(?<!\S)[!-~]{16,%d}(?!\S)" % MAX_CHARS)
#: Two-character tokens parted by single spaces: spaced hex under a layer.
_PAIRS = re.compile(r"(?<!\S)[!-~]{2}(?: [!-~]{2}){7,%d}(?!\S)" % (MAX_CHARS // 3))
#: Runs of character codes in base 2, 8 and 10, read whole once a layer is undone (codes of ROT47 text, a
#: code of a code: octal of hex, base64 of binary).
_NUMBERS = [(code_run(2, 6, MAX_CHARS // 9), 2, "binary"), (code_run(8, 6, MAX_CHARS // 4), 8, "octal"),
            (code_run(10, 6, MAX_CHARS // 3), 10, "decimal")]
#: Spaced runs of digit tokens, or of the tokens ROT47 makes of digits and hex letters ("_`abcdefgh", "234567"): number codes under a
#: layer (written backwards, ROT47).
_DIGIT_RUN = re.compile(r"(?<!\S)[0-9]{1,8}(?:[ ,]{1,2}[0-9]{1,8}){5,%d}(?!\S)" % (MAX_CHARS // 3))
_SHIFTED_DIGIT_RUN = re.compile(r"(?<!\S)[_`a-h2-7]{1,8}(?: [_`a-h2-7]{1,8}){5,%d}(?!\S)" % (MAX_CHARS // 3))
#: Stretches tried per text at most (found or not).
MAX_STRETCHES = 16
#: A run of spaced printable tokens, a mark in most of them: ROT47 text (under a letter layer).
_SPACED = re.compile(r"(?<!\S)[!-~]{1,40}(?: [!-~]{1,40}){2,%d}(?!\S)" % (MAX_CHARS // 4))
_MARKS = re.compile(r"[!-/:-@\[-`{-~]")
_HEX_SPACED = re.compile(r"[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2})+")
_HEX_JOINED = re.compile(r"(?:[0-9A-Fa-f]{2}){8,}")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[a-z]+")


def _text(raw: bytes | None) -> tuple[str, str] | None:
    """``(text, "")`` when ``raw`` is text, ``(text, "+rot47")`` when it is ROT47 text, else None."""
    if not raw:
        return None
    s = bytes_text(raw)
    if s is not None:
        return s, ""
    if all(32 <= c < 127 for c in raw):
        s = bytes_text(raw.translate(_ROT47_BYTES))
        if s is not None:
            return s, "+rot47"
    return None


def _decode_code(t: str) -> Iterator[tuple[bytes | None, str]]:
    """The bytes ``t`` is as a whole: spaced or joined hex, base64, or binary, octal or decimal codes."""
    if _HEX_SPACED.fullmatch(t):  # each reading the run's shape allows ("60 61 40" is hex and octal)
        yield bytes.fromhex(t.replace(" ", "")), "hex"
    elif _HEX_JOINED.fullmatch(t):
        yield bytes.fromhex(t), "hex"
    if " " not in t and _BASE64_RUN.fullmatch(t):
        yield _b64(t), "base64"
    if t[:1].isdigit():
        for rx, base, name in _NUMBERS:
            if rx.fullmatch(t):
                if base == 2:
                    bits = re.sub("[ ,]", "", t)
                    yield bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), name
                else:
                    yield bytes(min(int(x, base), 255) for x in _DIGITS.findall(t)), name


def _two_layers(g: str) -> tuple[str, str] | None:
    """The text under two layers of the stretch ``g`` and its rule, or None (:data:`MAX_TRIES` outer layers)."""
    letters = {c for c in g.lower() if "a" <= c <= "z"}
    for raw, _code in _decode_code(g):
        s = bytes_text(raw) if raw else None
        if s is not None and next(_decode_code(s.strip()), None) is None:
            return None  # a code as written: the plain readers' (a shifted hex run reads as other bytes)
    for name, undo in _OUTER[:MAX_TRIES]:
        if name.startswith("caesar") or name == "atbash":
            t = undo(g)
            if " " in g and not {c for c in t.lower() if "a" <= c <= "z"} <= set("abcdef"):
                continue  # spaced pairs: hex once undone, or nothing (a cheap test before decoding)
            if not letters:
                continue  # no letter to undo: the identity was tried
        else:
            t = undo(g)
        for raw, code in _decode_code(t):
            r = _text(raw)
            if (r is None or not r[1]) and raw and raw.isascii():  # a code inside a code (hex of base64)
                for raw2, code2 in _decode_code(raw.decode("ascii").strip()):
                    r = _text(raw2)
                    if r is not None:
                        code, r = code + "+" + code2, (r[0], r[1] or "+")
                        break
            if r is not None and (name or r[1]):  # two layers: one is the plain readers' work
                return r[0], (name + "+" if name else "") + code + r[1].rstrip("+")
    return None


def _rot47_under_letters(g: str, known) -> tuple[int, int, str, str] | None:
    """ROT47 text under a letter layer: ``(start, end, text, rule)`` of the longest stretch of tokens of ``g``
    that read as words under one layer and ROT47 (the wrapper's own words turn into marks), the layer under
    which most of that stretch's words are listed; None when no stretch of 3+ tokens reads."""
    toks = g.split(" ")
    best = None
    for name, undo in [("", lambda s: s), *_LETTER_LAYERS]:  # ROT47 alone is :mod:`.classic_ciphers`' reading
        plain = [undo(t).translate(_ROT47) for t in toks]
        i, j = longest_run(_PLAIN.fullmatch(p) for p in plain)
        if j - i < 3:
            continue
        coded = " ".join(toks[i:j])
        if sum(1 for c in coded if not c.isalpha() and c != " ") < 0.3 * (len(coded) - coded.count(" ")):
            continue  # letters turn into digits and marks under ROT47: prose has few
        words = _WORD.findall(" ".join(plain[i:j]).lower())
        hits = sum(w in known for w in words)
        if hits >= 0.6 * len(words) and hits >= 2 and (best is None or hits > best[0]):
            a = sum(len(t) + 1 for t in toks[:i])
            best = (hits, a, a + len(coded), " ".join(plain[i:j]), name + "+rot47")
    return best[1:] if best is not None and best[4] != "+rot47" else None


def paired_runs(text: str, gated: bool, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, text, rule)`` of each stretch of ``text`` that is two layers of code (module docstring);
    nothing unless ``gated`` (the prompt asks for decoding). ``known``: the listed English words."""
    if not gated:
        return
    scan = text[:MAX_SCAN]
    found = tried = 0
    taken: list[tuple[int, int]] = []
    shapes = [_TOKEN, _PAIRS]
    if any(c.isdigit() for c in scan):
        shapes.append(_DIGIT_RUN)
    if "_" in scan or "`" in scan:
        shapes.append(_SHIFTED_DIGIT_RUN)
    # the longest stretches first (a run of hex pairs holds runs of digits, and the reverse), :data:`MAX_STRETCHES`
    # of each shape at most
    cands = sorted((m for rx in shapes for m in islice(rx.finditer(scan), MAX_STRETCHES)),
                   key=lambda m: m.start() - m.end())
    for m in cands:
        if found >= MAX_RUNS or tried >= MAX_STRETCHES:
            return
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        tried += 1
        r = _two_layers(m.group())
        if r is not None:
            found += 1
            taken.append((m.start(), m.end()))
            yield m.start(), m.end(), r[0], r[1]
    if _MARKS.search(scan):
        for m in _SPACED.finditer(scan):
            if found >= MAX_RUNS or tried >= MAX_STRETCHES:
                return
            tried += 1
            r = _rot47_under_letters(m.group(), known)
            if r is not None:
                found += 1
                yield m.start() + r[0], m.start() + r[1], r[2], r[3]
