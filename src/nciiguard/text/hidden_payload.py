"""A payload no decoder could read, behind an instruction to decode it: fail closed (round 17).

Why: every new set of "decode this and draw it" prompts uses encodings the decoders have not seen (a
keyed cipher with an unstated key, a layout or alphabet nobody listed). What the payload says is
unknown, but a prompt that asks the generator to decode a long unreadable run is an evasion attempt:
a reviewer should see it. This module finds such a run; ``disguised_sexual_text`` reports it with the
label ``hidden_payload`` (no sexual claim: the policy sends it to review).

What counts:

- an *instruction* to decode: "decode", "decipher", "encoded", "cipher", "secret format", "you know
  the scheme", "CTF", "puzzle", "base64" ... in English and the main languages (:mod:`.decode_instructions`);
- a *payload* that is none of the runs :mod:`.phrase_decode` read (``NormalizedText.decoded``):
  one token of :data:`MIN_TOKEN` or more printable characters mixing classes, no URL, data URI,
  hash, UUID or code call (its letter runs are mostly no words); a run of :data:`MIN_SYMBOLS` or more
  numbers or symbol groups; or a run of :data:`MIN_WORDS` or more Latin words most of which are words
  of no listed language.

Not caught: a payload that happens to be made of listed words (a word-substitution code), a short
payload (under the minimums), an encoded prompt without any instruction. Linear: one regex pass of
the first :data:`MAX_SCAN` characters each, gated by the instruction.
"""

from __future__ import annotations

import re

from .decode_instructions import decode_instruction, instruction_match

__all__ = ["hidden_payloads", "decode_instruction", "MIN_TOKEN", "MIN_SYMBOLS", "MIN_WORDS", "MAX_SCAN"]

MIN_TOKEN = 24
MIN_SYMBOLS = 12
MIN_WORDS = 5
MAX_SCAN = 20000
#: Payloads reported per text at most (one is enough for review; the checks stay bounded).
MAX_FOUND = 4

_TOKEN = re.compile(r"(?<!\S)[!-~]{%d,3000}(?!\S)" % MIN_TOKEN)
_SYMBOL = r"(?:[0-9A-Fa-f]{1,8}|[^\w\s,;.·|/\-]{1,6})"
_SYMBOLS = re.compile(r"(?<![\w])%s(?:[ ,;.·|/\-]{1,3}%s){%d,3000}(?![\w])" % (_SYMBOL, _SYMBOL, MIN_SYMBOLS - 1))
_WORDS = re.compile(r"(?<!\S)[a-z][a-z';,.\[/]{0,23}(?: [a-z][a-z';,.\[/]{0,23}){%d,200}" % (MIN_WORDS - 1))
_WORD = re.compile(r"[a-z][a-z';,.\[/]{0,23}")
_CLASSES = tuple(re.compile(p) for p in (r"[a-z]", r"[A-Z]", r"\d", r"[^\w]"))
_LETTER_RUN = re.compile(r"[A-Za-z]{4,}")
_HEXLIKE = re.compile(r"[0-9A-Fa-f-]+|[0-9A-Za-z]{0,8}[_-]?[0-9a-f]{24,}")
_SKIP = re.compile(r"://|^www\.|^data:|^(?:iVBORw0KGgo|/9j/|R0lGOD|UklGR|JVBERi)|\.(?:png|jpe?g|gif|webp|safetensors|ckpt|pt|json|txt|html?)\b|\(|\)", re.IGNORECASE)


def _known():
    from .phrase_decode import _known as known, _others as others

    return known(), others()


def _inside(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e in spans)


def _token_unreadable(tok: str, english, other) -> bool:
    if _HEXLIKE.fullmatch(tok) or _SKIP.search(tok):
        return False  # hashes, UUIDs, seeds, URLs, file names, code calls
    classes = sum(bool(rx.search(tok)) for rx in _CLASSES)
    if classes < 3 or len(set(tok)) < 12:
        return False
    runs = _LETTER_RUN.findall(tok)
    listed = sum(len(r) for r in runs if r.lower() in english or r.lower() in other)
    return listed < 0.3 * sum(c.isalpha() for c in tok)


def hidden_payloads(text: str, decoded=()) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, instruction)`` of each unreadable payload of ``text`` behind an instruction
    to decode (none without one). ``decoded``: spans the decoders read (not reported)."""
    text = text[:MAX_SCAN]
    ins = instruction_match(text)
    if ins is None:
        return []
    spans = [(a, b) for a, b, *_ in decoded]
    spans.append((ins.start(), ins.end()))
    english, other = _known()
    out: list[tuple[int, int, str, str]] = []
    for m in _TOKEN.finditer(text):
        if len(out) >= MAX_FOUND:
            return out
        if not _inside(m.start(), m.end(), spans) and _token_unreadable(m.group(), english, other):
            out.append((m.start(), m.end(), "token", ins.group()))
    for m in _SYMBOLS.finditer(text):
        if len(out) >= MAX_FOUND:
            return out
        if not _inside(m.start(), m.end(), spans + [(a, b) for a, b, *_ in out]):
            out.append((m.start(), m.end(), "symbols", ins.group()))
    taken = spans + [(a, b) for a, b, *_ in out]
    for m in _WORDS.finditer(text):
        if len(out) >= MAX_FOUND:
            return out
        words = [(w.start(), w.end(), w.group().strip("';,.[/")) for w in _WORD.finditer(text, m.start(), m.end())]
        i, j = 0, len(words)  # the wrapper's listed words at the edges are no part of the payload
        while i < j and (words[i][2] in english or words[i][2] in other):
            i += 1
        while j > i and (words[j - 1][2] in english or words[j - 1][2] in other):
            j -= 1
        core = words[i:j]
        unlisted = [w for w in core if w[2] and w[2] not in english and w[2] not in other]
        if len(unlisted) >= MIN_WORDS and len(unlisted) >= 0.75 * len(core) \
                and not _inside(core[0][0], core[-1][1], taken):
            out.append((core[0][0], core[-1][1], "no_words", ins.group()))
    return out
