"""Two methods a prompt states in a hint beside its payload: words in reverse order, vowels removed (round 30).

Why: "... from clothes the remove (read the words right to left)" and "xplct nd f mll kwm sprdng lgs (vowels
removed)" say how to read them. :mod:`.phrase_decode` reordered a reversed clause only when its word order
scored as English backwards and the clause held no bracket (the hint itself is one), and it read a
disemvowelled run only when each word kept its first letter ("xplct" drops the e of "explicit", "f" the o
of "of"). A model front end follows the hint, so these readers do too, and only behind it:

- *word order* (``hint_word_order``): "(read the words right to left)", "words in reverse order", "reverse
  the word order", "last word first", and the same in Spanish, French, German, Italian, Portuguese, Dutch
  and Polish. The clause the hint closes (from the last ``: = -> ;`` or line break before it) or, when
  nothing stands before it, the clause it opens, read with its words in reverse order (a hyphenated name
  stays one word). Text read right to left without "words" (an Arabic calligraphy poster) is no hint here.
- *vowels removed* (``hint_vowels_removed``): "(vowels removed)", "no vowels", "without vowels",
  "disemvowelled", "sin vocales", "sans voyelles", "ohne Vokale", "senza vocali", "sem vogais", "bez
  samogłosek", "zonder klinkers". Each vowel-less word of the clause that is no listed word is read back
  from its skeleton: the first letter kept (:func:`.keyed_ciphers.skeleton`, the round-20 index) or every
  vowel removed ("xplct" explicit, "f" of), both with the round-20 preference for frequent prompt words.
  Behind a decode instruction the first-letter index is asked first (the round-20 reader's reading); with
  the hint alone the every-vowel one, whose ambiguous short skeletons read as the commoner word ("nd" and,
  not nude). No sexual word is preferred for an ambiguous skeleton: "nds" reads "nods", never "nudes"
  (a benign "my sstr nds hlp" must not become sexual).

Nothing here decides whether a reading counts: :mod:`.phrase_decode` judges it with its word-share test,
and the normal readers then read it. Cost: one literal pre-test, one pattern search of the first
:data:`MAX_SCAN` characters, :data:`MAX_HINTS` hints, clauses of :data:`MAX_CLAUSE` characters: linear.
"""

from __future__ import annotations

import re
import threading
from typing import Iterator

__all__ = ["hinted_runs", "MAX_SCAN", "MAX_CLAUSE", "MAX_HINTS"]

MAX_SCAN = 20000
MAX_CLAUSE = 400
MAX_HINTS = 4

_ORDER = re.compile(
    r"\bwords? (?:read )?(?:from )?right[- ]to[- ]left\b|\bread(?:ing)? (?:the )?words (?:in )?(?:reverse|backwards?)(?: order)?\b"
    r"|\bwords (?:are )?in (?:reverse|reversed|backwards?|opposite) order\b|\breverse(?:d)? (?:the )?word[- ]order\b"
    r"|\bword[- ]order (?:is )?(?:reversed|flipped|backwards?|inverted)\b|\blast word first\b"
    r"|\bpalabras (?:de derecha a izquierda|en orden inverso|al rev[ée]s)|\borden (?:inverso|invertido) de (?:las )?palabras"
    r"|\bmots (?:de droite [àa] gauche|dans l'ordre inverse|[àa] l'envers)|\bordre des mots invers[ée]"
    r"|\bw[öo]rter (?:von rechts nach links|in umgekehrter reihenfolge|r[üu]ckw[äa]rts)|\bwortreihenfolge umgekehrt"
    r"|\bparole (?:da destra a sinistra|in ordine inverso)|\bpalavras (?:da direita para a esquerda|em ordem inversa)"
    r"|\bwoorden (?:van rechts naar links|in omgekeerde volgorde)|\bs[łl]owa (?:od prawej do lewej|w odwrotnej kolejno[śs]ci)",
    re.IGNORECASE)
_VOWELS_HINT = re.compile(
    r"\bvowels? (?:removed|dropped|stripped|omitted|deleted|taken out|missing|gone|left out)\b"
    r"|\b(?:no|without(?: the| any)?|minus the|remove the|drop the) vowels\b|\bdisemvowel(?:l)?ed\b"
    r"|\bsin (?:las )?vocales\b|\bvocales (?:eliminadas|quitadas|borradas)\b|\bsans (?:les )?voyelles\b"
    r"|\bvoyelles (?:supprim[ée]es|enlev[ée]es|retir[ée]es)\b|\bohne (?:die )?vokale\b|\bvokale (?:entfernt|weggelassen)\b"
    r"|\bsenza (?:le )?vocali\b|\bsem (?:as )?vogais\b|\bbez samog[łl]osek\b|\bzonder (?:de )?klinkers\b",
    re.IGNORECASE)
_HINT_WORDS = ("word", "palabr", "mots", "wört", "wort", "worte", "parole", "palavr", "woord", "słow", "slow",
               "vowel", "vocal", "voyell", "vokal", "vogai", "samog", "klinker")
#: Where the clause a hint closes starts: a colon, "=", an arrow, a semicolon or a line break.
_CLAUSE_START = re.compile(r".*(?:[:=;\n\u2192>]|->)\s*", re.DOTALL)
_CLAUSE_END = re.compile(r"[;(\[\n]|\s--?\s|$")
_VOWEL_SET = frozenset("aeiou")
_WORD = re.compile(r"[A-Za-z]+")

#: A lone consonant of a disemvowelled clause: the short word it most often is ("f my" of my, "n a" in a).
_LONE = {"f": "of", "n": "in", "t": "at", "s": "is", "x": "ex", "w": "with", "b": "be", "m": "me"}
_lock = threading.Lock()
_full: tuple | None = None


def _bare(seg: str) -> str:
    return seg.strip(" ,.:;!?\"'()[]{}-")


def _clauses(text: str, m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """The clause the hint ``m`` closes, then the one it opens (``(start, end)``)."""
    h0 = m.start()
    p = text.rfind("(", max(0, h0 - 24), h0)  # "(read the words right to left)": the bracket opens the hint
    if p >= 0 and ")" not in text[p:h0]:
        h0 = p
    left = max(0, h0 - MAX_CLAUSE)
    st = _CLAUSE_START.match(text, left, h0)
    a = st.end() if st is not None else left
    seg = text[a:h0]
    core = _bare(seg)
    if core:
        a += seg.index(core)
        yield a, a + len(core)
    h1 = m.end()
    while h1 < len(text) and text[h1] in ") :":
        h1 += 1
    e = _CLAUSE_END.search(text, h1, min(len(text), h1 + MAX_CLAUSE))
    seg = text[h1:e.start() if e is not None else min(len(text), h1 + MAX_CLAUSE)]
    core = _bare(seg)
    if core:
        a = h1 + seg.index(core)
        yield a, a + len(core)


def _full_index(known) -> dict[str, str]:
    """Skeleton with every vowel removed -> word, preferring the frequent prompt words, then the shortest."""
    global _full
    if _full is None or _full[0] is not known:
        with _lock:
            if _full is None or _full[0] is not known:
                from .keyed_ciphers import _PREFER

                idx: dict[str, str] = {}
                for w in sorted((w for w in known if w.isascii() and w.isalpha() and w.islower() and len(w) >= 2),
                                key=lambda w: (len(w), w)):
                    sk = "".join(c for c in w if c not in _VOWEL_SET)
                    if sk and sk != w:
                        idx.setdefault(sk, w)
                for w in reversed(_PREFER):
                    sk = "".join(c for c in w if c not in _VOWEL_SET)
                    if sk and sk != w:
                        idx[sk] = w
                _full = (known, idx)
    return _full[1]


def _unvowel(seg: str, known, gated: bool) -> str | None:
    """The clause with its vowel-less unlisted words read back from their skeletons, or None when fewer
    than two words were read. ``gated``: the prompt also asks for decoding, and the round-20 index (first
    letter kept, where a frequent prompt word wins: "nd" nude) is asked first; with the hint alone the
    every-vowel index is (where the commoner short word wins: "nd" and)."""
    from .keyed_ciphers import _skeleton_index

    first, full = _skeleton_index(known), _full_index(known)
    read = 0

    def one(m: re.Match[str]) -> str:
        nonlocal read
        w = m.group()
        low = w.lower()
        if len(low) == 1:  # a lone consonant is a short function word; a letter inside "x-grlfrnd" or "sh's" stays
            glued = seg[m.start() - 1:m.start()] in ("-", "'") or seg[m.end():m.end() + 1] in ("-", "'")
            r = None if glued else _LONE.get(low)
            read += r is not None
            return r or w
        if low in known or _VOWEL_SET.intersection(low[1:]) or len(low) > 16:
            return w
        if _VOWEL_SET.intersection(low[:1]):  # "a", "nkd" keep their vowel first letter: the round-20 shape
            r = first.get(low)
        else:
            r = (first.get(low) or full.get(low)) if gated else (full.get(low) or first.get(low))
        if r is None:
            return w
        read += 1
        return r

    out = _WORD.sub(one, seg)
    return out if read >= 2 else None


def hinted_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` candidates of the clauses a stated hint says how to read (module
    docstring). ``known``: the listed English words (a container)."""
    text = text[:MAX_SCAN]
    low = text.lower()
    if not any(h in low for h in _HINT_WORDS):
        return
    gated = None
    for rx, rule in ((_ORDER, "hint_word_order"), (_VOWELS_HINT, "hint_vowels_removed")):
        for k, m in enumerate(rx.finditer(text)):
            if k >= MAX_HINTS:
                break
            for a, b in _clauses(text, m):
                seg = text[a:b]
                if rule == "hint_word_order":
                    toks = seg.split()
                    if len(toks) >= 3:
                        yield a, b, " ".join(t.strip(",") for t in toks[::-1]), rule
                        break
                else:
                    if gated is None:
                        from .decode_instructions import decode_instruction

                        gated = decode_instruction(text)
                    r = _unvowel(seg, known, gated)
                    if r is not None:
                        yield a, b, r, rule
                        break
