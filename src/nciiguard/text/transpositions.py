"""A payload whose characters were moved, not replaced: the text reversed in chunks of k (round 18).

Why: "pxecil tiropp ntoho ..." is "explicit porn photo ..." with every three characters (spaces
included) written right to left. No letter is substituted, so no table of :mod:`.phrase_decode`
reads it; a language model front end undoes it when asked. The writer picks k (2..6) and where the
chunks start is where the payload starts, which the wrapper's words hide; so this module reads a
stretch of mostly unlisted tokens from each of its first :data:`MAX_STARTS` token starts under each k
and keeps the reading with the most listed words (bounded: ``MAX_STARTS x 5`` readings of at most
:data:`MAX_CHARS` characters). The reading is judged by :mod:`.phrase_decode`'s word-share test.

Gate: the stretch (tokens of printable ASCII, most of them words of no listed language) stands
behind an instruction to decode (:func:`.decode_instructions.decode_instruction`) or is nearly the whole
text (the payload of a first layer, read again by :mod:`.phrase_decode`).
"""

from __future__ import annotations

import re
from typing import Iterator

from .decode_instructions import decode_instruction

__all__ = ["transposed_runs", "MAX_CHARS", "MAX_STARTS"]

MAX_CHARS = 1200
MAX_STARTS = 6
MAX_SCAN = 20000
#: Tokens of a text the cheap test reads.
MAX_PREFIX = 400
#: Stretches of a text read at most.
MAX_STRETCHES = 4
#: Fewest tokens of a stretch, and the share of them that must be no listed word.
MIN_TOKENS = 4
UNLISTED_SHARE = 0.5
#: Share of a reading's letters (its first 200 characters) that must stand in listed words.
MIN_LISTED = 0.5
_STRETCH = re.compile(r"[!-~]+(?: [!-~]+){3,400}")
_TOKEN = re.compile(r"[!-~]+")
_LETTERS = re.compile(r"[a-z]+")
_EDGE = ":;,.!?\"()[]{}<>="


def _listed(tok: str, known, others) -> bool:
    w = tok.strip(_EDGE).lower()
    return not w.isalpha() or w in known or w in others


def _chunk_reverse(s: str, k: int) -> str:
    return "".join(s[i:i + k][::-1] for i in range(0, len(s), k))


def _reversible(tok: str, known, others) -> bool:
    """Whether a token may be a word written backwards: letters, and not a listed word whose reversal is none."""
    w = tok.strip(_EDGE).lower()
    if not w.isalpha():
        return False
    return not _listed(tok, known, others) or w[::-1] in known


def _word_back(w: str) -> str:
    """A token written backwards, a sentence's closing mark kept at its end ("aremac." is "camera.")."""
    core = w.rstrip(".!?")
    return core[::-1] + w[len(core):]


def _score(reading: str, known) -> int:
    return sum(len(w) for w in _LETTERS.findall(reading.lower()[:200]) if len(w) >= 2 and w in known)


def transposed_runs(text: str, known, inner: bool = False) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of each stretch of ``text`` read as reversed in chunks (not yet
    judged). ``known``: the English word list (the other languages' lists are read here); ``inner``:
    ``text`` is the reading of a coded run (a second layer), which needs no instruction of its own."""
    text = text[:MAX_SCAN]
    instructed = decode_instruction(text)
    if not instructed and not inner:
        return
    from .persons.language import language_words

    others = language_words()
    # a payload holds a few tokens that are no words (a cheap test before the stretches)
    unlisted = 0
    for tok in text.split(None, MAX_PREFIX)[:MAX_PREFIX]:
        if tok not in known and not _listed(tok, known, others):
            unlisted += 1
            if unlisted >= MIN_TOKENS:
                break
    if unlisted < MIN_TOKENS:
        return
    if not instructed:
        # no instruction: only a text that is itself a payload (a first layer's reading), its first
        # words mostly no words (a cheap test before any scan)
        head = text.split(None, 8)[:8]
        if len(text) > MAX_CHARS or len(head) < MIN_TOKENS or \
                sum(not _listed(t, known, others) for t in head) < UNLISTED_SHARE * len(head):
            return
    for n, m in enumerate(_STRETCH.finditer(text)):
        if n >= MAX_STRETCHES:  # a prompt holds a payload or two; a flood of stretches is read in part
            break
        toks = list(_TOKEN.finditer(text, m.start(), m.end()))
        i, j = 0, len(toks)
        while i < j and _listed(toks[i].group(), known, others):
            i += 1
        while j > i and _listed(toks[j - 1].group(), known, others):
            j -= 1
        core = toks[i:j]
        if len(core) < MIN_TOKENS or sum(not _listed(t.group(), known, others) for t in core) < UNLISTED_SHARE * len(core):
            continue
        a, b = core[0].start(), core[-1].end()
        if not instructed and b - a < 0.9 * len(text.strip()):
            continue
        base = _score(text[a:b], known)
        best = None
        # the chunks may start at any of the first tokens (a listed word may open the payload)
        # round 23: each token reversed where it stands ("eht namow txen ,rood": punctuation moves with its
        # word), tried first over the core widened by the words beside it that read reversed ("eht", "tam";
        # not the wrapper's "decode:", "Step"): the chunks of one size win only with more
        lo, hi = i, j
        while lo > 0 and toks[lo - 1].group()[-1] not in ".!?:" and _reversible(toks[lo - 1].group(), known, others):
            lo -= 1
        while hi < len(toks) and toks[hi - 1].group()[-1] not in ".!?:" and _reversible(toks[hi].group(), known, others):
            hi += 1
        s = text[toks[lo].start():toks[hi - 1].end()][:MAX_CHARS]
        r = " ".join(map(_word_back, s.split(" ")))
        sc = _score(r, known)
        if sc > base:
            best = (sc, toks[lo].start(), r, 0)
        for t in toks[max(0, i - 2):i + MAX_STARTS]:
            s = text[t.start():b][:MAX_CHARS]
            for k in range(2, 7):
                r = _chunk_reverse(s, k)
                sc = _score(r, known)
                if sc > base and (best is None or sc > best[0]):
                    best = (sc, t.start(), r, k)
        # most of the reading's letters in listed words: moving characters makes no words by chance often
        if best is not None and best[0] >= MIN_LISTED * sum(c.isalpha() for c in best[2][:200]):
            sc, start, reading, k = best
            yield start, start + len(reading), " ".join(reading.split()), f"chunks_reversed{k}" if k else "reversed_words"
