"""A text spelt one character per token with no word breaks, its vowels perhaps written as digits (round 29).

Why: "m 1 r 3 s 4 l 1 c h t 2 r b 2 r g c 4 m p l 2 t 2 l y n 1 k 2 d" is "marisol achterberg completely
naked" with its vowels numbered (1=a 2=e 3=i 4=o 5=u) and every character parted by one space, the word
breaks dropped. The vowel reader (:func:`.symbol_ciphers.vowel_digit_runs`) reads digits inside words, and
the spaced-letter views join letters parted by spaces, but neither cuts a stream with no word breaks
into words, nor reads a name in it. A model front end does both.

How: a run of :data:`MIN_CHARS`+ single characters (letters or digits, a hyphen, apostrophe or bracket
as its own token) parted by single spaces. Its characters are joined; a stream holding digits is read
under the natural vowel tables (digits 1-5 or 0-4 for a e i o u, and the leet digits 4 3 1 0 5 7 for
a e i o s t), and a table must turn every digit into a letter. The punctuation tokens part the stream
into chunks ("okafor - reyes"); each chunk is cut into words by one dynamic programme that prefers
long words (:data:`MAX_WORD` letters at most) and few letters in no word: a listed word, or a given name (4+ letters) or surname
(5+ letters) of the person signal's lists, since a code hides a person's name as readily as a word;
the pieces a surname of no list was cut into after a given name are joined back.
The cut is kept only when :data:`MIN_COVER` of its letters are in such words and the listed words
alone make a phrase (two of 3+ letters, one of 4+, :data:`MIN_LISTED` letters). The reading is then
read by every reader like any decoded run (:mod:`.phrase_decode`); a benign spelt heading
("W E L C O M E T O T H E P A R T Y") reads as the benign words it spells.

Cost: one regex scan of the first :data:`MAX_SCAN` characters (after a cheap gate), at most
:data:`MAX_RUNS` runs of at most :data:`MAX_STREAM` characters, each cut three times at most: linear.
"""

from __future__ import annotations

import re
from typing import Iterator

from .word_breaks import best_cut

__all__ = ["spaced_stream_runs", "MAX_STREAM", "MAX_SCAN", "MIN_CHARS"]

MAX_SCAN = 20000
#: Characters of one run read at most, runs read per text, and fewest characters of a run. 160, not 400: each
#: reading is read again by every reader, and four of 400 made hostile input ("n u d 3 " repeated) 20x the work
#: for 16x the input (tests/security/test_cost_text.py); the longest spaced run of v1-v28 is 57 characters.
MAX_STREAM, MAX_RUNS, MIN_CHARS = 160, 4, 12
#: Longest word tried at a cut, share of letters a cut must put in words, listed letters it needs.
MAX_WORD, MIN_COVER, MIN_LISTED = 18, 0.75, 8
#: Letters of a surname of no list read after a given name (fewest, most).
SURNAME = (4, 14)
#: What a letter in no word costs a cut (a word of k letters scores k*k).
LOOSE = 5
#: Eight single characters parted by single spaces: the gate before the run scan.
_GATE = re.compile(r"(?<!\S)[A-Za-z0-9](?: [A-Za-z0-9]){7}(?!\S\S)")
_RUN = re.compile(r"(?<![^\s:;,.!?\"'“(])[A-Za-z0-9](?: [A-Za-z0-9\-'()]){%d,%d}(?![^\s.,;:!?\"'”])"
                  % (MIN_CHARS - 1, MAX_STREAM))
#: The vowel tables: digits 1-5 and 0-4 for the vowels in order, and the leet digits.
_TABLES = (("vowel_index1", str.maketrans("12345", "aeiou")), ("vowel_index0", str.maketrans("01234", "aeiou")),
           ("leet", str.maketrans("431057", "aeiost")))
_CHUNK = re.compile(r"[a-z]+|[^a-z]")


def _cut(s: str, known, names) -> tuple[list[str], int, int]:
    """``s`` (lower-case letters) cut into words: (words, letters in listed words or names of 3+ letters,
    letters in listed words of 3+ letters); runs of letters in no word are kept as one chunk."""
    def kind(w: str) -> int:
        if (len(w) >= 2 or w in ("a", "i")) and w in known:
            return 1
        return 2 if len(w) >= 4 and names(w) else 0

    pieces = best_cut(s, kind, max_word=MAX_WORD, loose=LOOSE, longest_first=True)  # "to the", not "tot he"
    covered = sum(len(w) for w, kd in pieces if kd and len(w) >= 3)
    listed = sum(len(w) for w, kd in pieces if kd == 1 and len(w) >= 3)
    return _surname_slot([w for w, _kd in pieces], known, names, covered, listed)


def _surname_slot(words: list[str], known, names, covered: int, listed: int) -> tuple[list[str], int, int]:
    """The pieces right after a given name, up to the next listed word of 4+ letters, joined back into one
    word when they hold :data:`SURNAME` letters: a surname of no list ("lucinda ok on kwo" is "lucinda
    okonkwo"), cut into short chance words or left loose. Its letters count as covered."""
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        out.append(w)
        i += 1
        if len(w) >= 4 and w not in known and names(w):
            j = i
            while j < len(words) and not (len(words[j]) >= 4 and (words[j] in known or names(words[j]))):
                j += 1
            slot = "".join(words[i:j])
            if j > i + 1 and SURNAME[0] <= len(slot) <= SURNAME[1]:
                covered += len(slot) - sum(len(x) for x in words[i:j] if len(x) >= 3 and (x in known or names(x)))
                out.append(slot)
                i = j
    return out, covered, listed


def _read(stream: str, known, names) -> tuple[str, int, int, int] | None:
    """The stream cut into words, punctuation kept: (reading, covered, listed letters, letters)."""
    out: list[str] = []
    covered = listed = letters = 0
    hits: list[str] = []
    for piece in _CHUNK.findall(stream):
        if not piece.isalpha():
            out.append(piece if piece in "-'" else f" {piece} ")
            continue
        words, c, li = _cut(piece, known, names)
        covered, listed, letters = covered + c, listed + li, letters + len(piece)
        hits += [w for w in words if len(w) >= 3 and w in known]
        out.append(" ".join(words))
    if len(hits) < 2 or not any(len(w) >= 4 for w in hits) or listed < MIN_LISTED:
        return None
    reading = " ".join("".join(out).replace("( ", "(").replace(" )", ")").split())
    return reading, covered, listed, letters


def spaced_stream_runs(text: str, known, names, gated: bool = False) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of each run of single spaced characters with no word breaks that
    cuts into words (judged here: :data:`MIN_COVER`). ``known``: the listed words; ``names``: the test of
    a given name or surname (lower case); ``gated``: the prompt asks for decoding. A run of letters only
    is read behind such an instruction only: a name spelt out letter by letter ("M A K E D A T E S F A Y
    E") is a name the person readers read, not words to cut; digits among the letters are a code."""
    text = text[:MAX_SCAN]
    if _GATE.search(text) is None:
        return
    for k, m in enumerate(_RUN.finditer(text)):
        if k >= MAX_RUNS:
            break
        run = m.group()
        while run[-1] in "-'(":  # a run ends on a character or a closing bracket
            run = run[:-2]
        stream = run.replace(" ", "").lower()
        if sum(c.isalnum() for c in stream) < MIN_CHARS:
            continue
        if any(c.isdigit() for c in stream):
            if not any(c.isalpha() for c in stream):
                continue  # a row of numbers
            cands = [(name, stream.translate(t)) for name, t in _TABLES]
            cands = [(name, s) for name, s in cands if not any(c.isdigit() for c in s)]
        elif gated:
            cands = [("", stream)]
        else:
            continue
        best = None
        for name, s in cands:
            r = _read(s, known, names)
            if r is not None and r[1] >= MIN_COVER * r[3] and (best is None or r[1:3] > best[1][1:3]):
                best = (name, r)
        if best is not None:
            yield m.start(), m.start() + len(run), best[1][0], "spaced_stream" + ("+" + best[0] if best[0] else "")
