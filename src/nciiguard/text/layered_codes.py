"""Byte payloads whose text is itself disguised, and spelt runs written backwards (round 32).

Why: :func:`.phrase_runs.bytes_text` takes decoded bytes for text only when letters, spaces and a few
marks make 85% of them, so a payload that carries the numbers of an image prompt ("..., 768x1152",
"(she's 41) ..., 3:2") or whose text is leetspeak ("$0rch@ v!11@v3rd3 fu11y n@k3d 0n @ 83d") was no text:
the binary, hex or base64 run was flagged as a hidden payload and its request stayed unread, and base64
of an Atbash text failed only on its "41" and "3:2". And a Morse or spelling-alphabet run whose every
word is written backwards ("... ... . .-. -.. -. ..-" is "sserdnu") was read only under a letter
substitution, never as plain words turned round. A model front end told to decode such a run undoes
both steps, so this module does too.

What:

- :func:`loose_runs`: binary octets, hex bytes (spaced or run together) and base64 tokens whose bytes
  are printable UTF-8 that :func:`.phrase_runs.bytes_text` refuses. Numeric tokens (sizes, ages, ratios,
  counts: "768x1152", "41)", "3:2") are set aside for the text test; behind a decode instruction the other
  tokens are also read as leetspeak (:func:`.leet_phrases.leet_reading`, "!" for "i") when the text holds
  leet symbols. The reading is yielded only when the remaining text passes ``bytes_text``; whether it
  counts is judged by :mod:`.phrase_decode`'s word-share test (and its substitutions and transpositions:
  base64 of an Atbash text), as for every decoder. Binary octets (a shape no prose has) are read without
  an instruction; hex and base64, and the leet reading, only behind one.
- :func:`spelt_reading`: the words of a spelt run as spelt or else each read backwards, in the written order or the
  reverse order (whichever reads as better English word order), when they read.

Hashes, UUIDs, colour codes and random blobs decode to control bytes or invalid UTF-8 and are left alone;
"01101000 01101001" ("hi") is one word, which no reader takes for a phrase.

Cost: one scan of the first :data:`MAX_SCAN` characters per finder, :data:`MAX_RUNS` runs of at most
:data:`MAX_BYTES` bytes each, one pass per token: linear.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .leet_phrases import leet_reading
from .phrase_runs import _BASE64_RUN, _b64, bytes_text, hex_run, octet_run
from .word_edges import core_bounds
from .word_order import _order

__all__ = ["loose_runs", "loose_text", "spelt_reading", "MAX_BYTES", "MAX_RUNS", "MAX_SCAN"]

#: Characters of a text scanned, runs read per text, bytes of one run decoded at most.
MAX_SCAN = 20000
MAX_RUNS = 8
MAX_BYTES = 1500

#: The shapes of :mod:`.phrase_runs` (one pattern factory), with this module's bounds.
_BINARY = octet_run(3, MAX_BYTES - 1)
_HEX = hex_run(8, MAX_BYTES)
_BIT_SEPS = re.compile(r"[ ,]")
#: A token of a number, size, ratio, age or count ("768x1152", "(41)", "3:2", "29,", "4k", "26yo").
_NUMERIC = re.compile(r"[(\[]?\d+(?:[x:./,-]\d+)*(?:k|px|p|yo|s|%)?[)\]]?[,.;:!?]?")
_LEET_SYMS = frozenset("0123456789$@!|")
_EDGES = "\"'([{<*)]}>.,;:?"
#: A "1" next to another "1" or an "i" (doubled "ii" is rare in words, "ll" and "il" are not).
_ONE_BY_I = re.compile(r"(?<=[1i])1|1(?=[1i])")
_BANG = re.compile(r"!(?=[A-Za-z0-9$@|])|(?<=[A-Za-z0-9$@|])!(?=[A-Za-z0-9$@|])")


def _fold_token(tok: str, listed) -> str:
    """One token's core read as leetspeak ("!" for "i" inside a word), its edge marks kept."""
    i, j = core_bounds(tok, _EDGES)
    core = tok[i:j]
    if not core or not any(c in _LEET_SYMS for c in core):
        return tok
    core = _BANG.sub("i", core)
    reading, _leet = leet_reading(core, listed)
    if reading not in listed and _ONE_BY_I.search(core):  # "v!11@", "0d!13": a "1" beside an "i" is an "l"
        reading, _leet = leet_reading(_ONE_BY_I.sub("l", core), listed)
    return tok[:i] + reading + tok[j:]


def loose_text(raw: bytes, listed=None) -> str | None:
    """``raw`` as text that :func:`.phrase_runs.bytes_text` refuses only for its numbers or, when
    ``listed`` is given (behind a decode instruction), for its leetspeak; the (folded) text, or None."""
    if len(raw) > 4 * MAX_BYTES:
        return None
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s or not s.isprintable() or bytes_text(raw) is not None:
        return None  # no text, or text the strict readers already read
    toks = s.split()
    words = [t for t in toks if not _NUMERIC.fullmatch(t)]
    if len(words) < 2:
        return None
    if bytes_text(" ".join(words).encode("utf-8")) is not None:
        return " ".join(toks)
    if listed is None or not any(c in _LEET_SYMS for c in "".join(words)):
        return None
    folded = [t if _NUMERIC.fullmatch(t) else _fold_token(t, listed) for t in toks]
    rest = " ".join(t for t in folded if not _NUMERIC.fullmatch(t))
    return " ".join(folded) if bytes_text(rest.encode("utf-8")) is not None else None


def loose_runs(text: str, listed, gated: bool) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, text, rule)`` of each binary, hex or base64 run of ``text`` read by :func:`loose_text`
    (module docstring): binary octets always, hex and base64 and the leet reading behind a decode
    instruction (``gated``). ``listed``: the word lists a leet word's reading is looked up in."""
    scan = text[:MAX_SCAN]
    found = 0
    fold = listed if gated else None
    finders = [(_BINARY, "binary")] if "01" in scan or "10" in scan else []
    if gated:
        finders += [(_HEX, "hex"), (_BASE64_RUN, "base64")]
    for rx, rule in finders:
        for m in rx.finditer(scan):
            if found >= MAX_RUNS:
                return
            g = m.group()
            if rule == "binary":
                bits = _BIT_SEPS.sub("", g)
                raw = bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))
            elif rule == "hex":
                h = g.replace(" ", "")
                if len(h) % 2:
                    continue
                raw = bytes.fromhex(h)
            else:
                raw = _b64(g)
                if raw is None:
                    continue
            s = loose_text(raw, fold)
            if s is not None:
                found += 1
                yield m.start(), m.end(), s, rule + "_loose"


def spelt_reading(words: list[str], read: Callable[[list[str]], tuple[list[str], str] | None]
                  ) -> tuple[list[str], str] | None:
    """The reading of a spelt run (``read`` judges a word list and returns ``(words, rule)`` or None): the
    words as spelt or, when they read as nothing, every word turned round (a run whose every word is
    written backwards), in the written order ("reversed_words") or, when that orders better as English,
    the reverse order ("reversed_text")."""
    r = read(words)
    if r is not None:
        return r
    each = [w[::-1] for w in words]
    if each == words:
        return None
    r = read(each)
    if r is None:
        return None
    back = r[0][::-1]
    if _order(back) > _order(r[0]):
        return back, "reversed_text" + ("+" + r[1] if r[1] else "")
    return r[0], "reversed_words" + ("+" + r[1] if r[1] else "")
