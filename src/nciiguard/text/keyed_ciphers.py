"""Round 20 run shapes and keyed readings: tap code in dot groups, uuencoded lines, keyboard shifts
that reach the punctuation keys, keyed columnar transpositions and disemvowelled words.

Why: v19's "decode this and draw it" prompts carried payloads in codes the earlier decoders had no
reading for. Each reader here is one structure (a family), not one key or one sample:

- *tap code / Polybius in dot groups* (``.... .. / ...``): each letter is two groups of 1-5 dots (row,
  column), words parted by ``/``, ``|`` or two spaces; dots may be written ``.``, ``•``, ``·`` or ``∙``.
  Both squares (C for K, I/J) are tried. A shape no prose has: 8+ dot groups in a row.
- *uuencode* lines (``M=&AE(...``): the first character states the line's byte count and the line's
  length must agree with it; the characters are all in ``' '..'`'`` (no lower case). Several lines
  may be joined by spaces or ``+``. A line without its length character is read only behind a
  decode instruction.
- *keyboard shifts over the whole key rows* (``[jpyp`` is "photo" one key to the right): the letter
  tables of :mod:`.phrase_decode` lose the words whose letters shift onto ``[ ; , . /``; here the
  rows include the punctuation keys. A run of 3+ such words, 2+ of them with a punctuation key
  between letters.
- *keyed columnar transposition*: 3-6 space-parted blocks of equal length (or lengths one apart),
  each a column read in the key's order; every permutation of the columns is tried (720 at most) and
  ``_``/``*``/``#``/``~`` read as spaces, trailing ``x``/``q``/``_`` padding dropped. Only behind a
  decode instruction or inside a decoded layer (base58 of a columnar text).
- *disemvowelled words* (``rmv th clths``): each word keeps its first letter and drops its vowels;
  read back through an index of the common-English list by skeleton, the ambiguous skeletons
  resolved by a short list of frequent prompt words, then the shortest word. Only behind a decode
  instruction, and only when most of the run's words have no vowel after their first letter.

- *interleaved halves* (the even characters, ``||``, then the odd ones): every word start left of the
  mark is tried with the right half of the same length (or one less); each side must hold two
  no-words near the mark.
- *frames* (``payload=...``, ``[cipher]...[/cipher]``): :func:`mask_tags` blanks them, one space for
  one character, so a code glued to its frame is found by the run finders (:func:`framed_payload`
  says when a second pass is worth it).

The Beaufort and variant-Beaufort key searches live in :mod:`.gated_ciphers` (``KEYED_MODES``), and the
reading of a payload whose word order was reversed in :mod:`.phrase_decode` (``_reorder``).

Every reading is judged by :mod:`.phrase_decode`'s word-share test, so a guess that makes no language
is dropped. Cost: one literal precheck per reader, then one bounded regex scan; the columnar search is
at most 720 joins of a stretch of at most :data:`MAX_COLUMNAR` characters, behind the gate.
"""

from __future__ import annotations

import binascii
import re
import threading
from itertools import permutations
from typing import Iterator

from .cipher_math import _alternatives

__all__ = ["columnar_readings", "columnar_segments", "disemvowel_reading", "framed_only", "framed_payload", "interleave",
           "interleave_candidates", "interleave_marked", "name_block_capitalised", "keyboard_row_runs", "mask_tags", "skeleton", "tap_dot_runs", "uu_runs", "MAX_COLUMNAR"]

# --- tap code in dot groups ----------------------------------------------------------------------
_DOTS = str.maketrans("•·∙⋅", "....")
_DOT_RUN = re.compile(r"(?<![.\w])\.{1,5}(?:(?: ?[/|] ?|  +| )\.{1,5}){7,3000}(?![.\w])")
_DOT_WORD_SEP = re.compile(r" ?[/|] ?|  +")
_GRID_IJ = "abcdefghiklmnopqrstuvwxyz"
_GRID_CK = "abcdefghijlmnopqrstuvwxyz"


def tap_dot_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of each run of dot groups read as tap code (two groups a
    letter), once per square (the caller keeps the one that reads); a word the square writes with
    its shared letter ("mace") is read with the other letter where that makes a listed word."""
    if ". ." not in text and "• •" not in text and "· ·" not in text and "∙ ∙" not in text:
        return
    t = text.translate(_DOTS)  # one character for one: spans stay those of the text
    for k, m in enumerate(_DOT_RUN.finditer(t)):
        if k >= 8:
            return
        words = [w.split() for w in _DOT_WORD_SEP.split(m.group()[:6000])]
        words = [w for w in words if w]
        if not words or any(len(w) % 2 for w in words) or len(words) < 2 and len(words[0]) < 8:
            continue
        idx = [[(len(w[i]) - 1) * 5 + len(w[i + 1]) - 1 for i in range(0, len(w), 2)] for w in words]
        readings = []
        for rule, grid in (("tap_dots", _GRID_CK), ("polybius_dots", _GRID_IJ)):
            alt = {"c": "k"} if grid is _GRID_CK else {"i": "j"}
            readings.append((" ".join(_alternatives("".join(grid[i] for i in w), alt, known) for w in idx), rule))
        for reading, rule in readings:
            yield m.start(), m.end(), reading, rule


# --- uuencode ------------------------------------------------------------------------------------
_UU_TOKEN = re.compile(r"(?<!\S)[!-`]{4,120}(?!\S)")


def _uu_line(tok: str, pad: bool = False) -> bytes | None:
    """The bytes of one uuencoded line when its length agrees with the count its first character states.
    ``pad`` (round 23): up to three trailing spaces (encoded zeros) may have been trimmed off the line."""
    n = (ord(tok[0]) - 32) & 63
    body = len(tok) - 1
    if pad and 0 < (4 * n + 2) // 3 - body <= 3:
        tok += "`" * ((4 * n + 2) // 3 - body)
        body = len(tok) - 1
    if n == 0 or not (4 * n + 2) // 3 <= body <= (n + 2) // 3 * 4 + 1:
        return None
    try:
        return binascii.a2b_uu(tok)
    except (binascii.Error, ValueError):
        return None


def _uu_spaced_line(text: str, start: int) -> tuple[bytes, int] | None:
    """``(bytes, end)`` of a uuencoded line at ``start`` that holds spaces (encoded zeros), read for the
    length its count character states (its trailing spaces may have been trimmed); None otherwise."""
    n = (ord(text[start]) - 32) & 63
    if n < 4 or text[start] == "`":
        return None
    want = 1 + (n + 2) // 3 * 4
    seg = text[start:start + want]
    if " " not in seg or any(not " " <= c <= "`" for c in seg):
        return None
    end = start + len(seg)
    if end < len(text) and not text[end].isspace():
        return None
    seg = seg.rstrip(" ")
    raw = _uu_line(seg, pad=True)
    return (raw, start + len(seg)) if raw is not None else None


def uu_runs(text: str, gated: bool = False) -> Iterator[tuple[int, int, bytes, str]]:
    """``(start, end, bytes, "uuencode")`` of each run of uuencoded lines (tokens joined by spaces or
    ``+``); ``gated``: a decode instruction stands, so a line without its length character is also read."""
    if not any(c in text for c in "!&<>;=@`"):
        return
    text = mask_tags(text)
    toks = [m for m in _UU_TOKEN.finditer(text) if not any("a" <= c <= "z" for c in m.group())][:64]
    i = 0
    while i < len(toks):
        out, a, b, j = b"", toks[i].start(), toks[i].end(), i
        while j < len(toks):
            tok = toks[j].group()
            if j > i and text[b:toks[j].start()].strip(" \t+"):
                break
            raw = _uu_line(tok, pad=j > i)  # a line after the first may have lost its trailing spaces
            end = toks[j].end()
            if raw is None:  # round 23: a space is a uuencode character (the value 0): a line with one
                # inside was cut into tokens; read the length its count character states, spaces included
                line = _uu_spaced_line(text, toks[j].start())
                if line is not None:
                    raw, end = line
            if raw is None and gated and j == i and len(tok) >= 12:
                n = len(tok) * 3 // 4
                raw = _uu_line(chr(32 + min(n, 63)) + tok) if n <= 63 else None
            if raw is None:
                break
            out += raw
            b = end
            j += 1
            while j < len(toks) and toks[j].start() < b:
                j += 1
        if out and j > i:
            yield a, b, out, "uuencode"
            i = j
        else:
            i += 1


# --- keyboard shifts over the whole rows --------------------------------------------------------
_ROWS = ("qwertyuiop[]", "asdfghjkl;", "zxcvbnm,./")  # "'" kept: the key right of ";" has no right neighbour
_LEFT = str.maketrans({r[i]: r[i - 1] for r in _ROWS for i in range(1, len(r))})
_RIGHT = str.maketrans({r[i]: r[i + 1] for r in _ROWS for i in range(len(r) - 1)})
_KB_RUN = re.compile(r"(?<![\w;,.\[\]/'])[a-z;,.\[\]/']{1,24}(?: [a-z;,.\[\]/']{1,24}){2,200}(?![\w\[\]])")
#: The reader's gate in a text with a "]" (prompt weights: "[red hair]" opens a word with "["): a
#: punctuation key between letters ("ep,sm", "vst,r;s"); otherwise :data:`_KB_INNER`.
_KB_GATE = re.compile(r"[a-z][;,\[/][a-z]")
#: A punctuation key between letters ("ep,sm", "[jpyp"): an apostrophe is no shifted letter ("don't").
_KB_INNER = re.compile(r"[a-z][;,.\[/][a-z]|(?<![\w;,.\[\]/'])[\[;,][a-z]")


def mask_tags(text: str) -> str:
    """``text`` with payload frames blanked, one space for one character: ``[cipher]``, ``[/cipher]``
    tags and a ``name=`` before a payload (``payload=``, ``input=``), so a payload's first and last
    tokens are its own."""
    if "[" not in text and "=" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group()), text)


def framed_payload(text: str) -> bool:
    """Whether a frame :func:`mask_tags` blanks is followed at once by a long token (16+ printable
    characters): a payload glued to its frame ("payload=5S2E...", "[cipher]M;6%..."), worth a second
    pass of the run finders over the masked text."""
    if "[" not in text and "=" not in text:
        return False
    return any(_GLUED.match(text, m.end()) for m in _TAG.finditer(text))


_GLUED = re.compile(r"[!-~]{16}")
_GLUED_TOKEN = re.compile(r"[!-~]{16,3000}")
#: Payloads glued to a frame read per text at most.
MAX_FRAMED = 4


def framed_only(text: str) -> str:
    """``text`` with everything blanked (one space for one character) but the first :data:`MAX_FRAMED`
    tokens glued to a frame, the frames' own tags blanked too, cut after the last of them: the second
    pass of the run finders reads those tokens and nothing else (a flood of frames costs little)."""
    out = [" "] * len(text)
    n = last = 0
    for m in _TAG.finditer(text):
        g = _GLUED_TOKEN.match(text, m.end())
        if g is None:
            continue
        tok = _TAG.sub(lambda t: " " * len(t.group()), g.group())  # a closing "[/cipher]" inside
        out[g.start():g.end()] = tok
        last = g.end()
        n += 1
        if n >= MAX_FRAMED:
            break
    return "".join(out[:last])  # cut after the last token kept: the spans before it stay the text's
_TAG = re.compile(r"\[/?[A-Za-z][A-Za-z_ -]{0,15}\]|(?<![^\s;,(])[a-z_]{2,16}=")


def keyboard_row_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)``: a run of words typed one key off on a QWERTY keyboard, the
    punctuation keys included, read shifted back both ways (the caller keeps the one that reads).
    Listed words and lone punctuation at the run's edges are the wrapper's, not the payload's."""
    if not any(c in text for c in ";,[/"):
        return
    low = mask_tags(text).lower()
    # two tokens at least with a punctuation key for a letter ("ep,sm", "[jpyp") that are no listed
    # words joined by punctuation ("masterpiece,best"); 16 places looked at, each one token
    odd, seen = 0, set()
    for k, g in enumerate((_KB_GATE if "]" in low else _KB_INNER).finditer(low)):  # "]": prompt weights
        if k >= 16 or odd >= 2:
            break
        a = low.rfind(" ", 0, g.start()) + 1
        b = low.find(" ", g.end())
        b = len(low) if b < 0 else b
        if a not in seen and b - a <= 40:
            seen.add(a)
            odd += not _wrapper(low[a:b], known)
    if odd < 2:
        return
    for k, m in enumerate(_KB_RUN.finditer(low)):
        if k >= 16:
            return
        toks = list(_KB_TOKEN.finditer(low, m.start(), m.end()))
        i, j = 0, len(toks)
        while i < j and _wrapper(toks[i].group(), known):
            i += 1
        while j > i and _wrapper(toks[j - 1].group(), known):
            j -= 1
        if j - i < 3 or sum(_wrapper(t.group(), known) for t in toks[i:j]) * 2 > j - i:
            continue  # a shifted run is mostly no words: prose with "e.g." or "a,b" in it is not one
        a, b = toks[i].start(), toks[j - 1].end()
        run = low[a:b]
        if len(_KB_INNER.findall(run)) < 2:
            continue
        for rule, table in (("keyboard_rows_left", _LEFT), ("keyboard_rows_right", _RIGHT)):
            yield a, b, run.translate(table), rule


_KB_TOKEN = re.compile(r"[^ ]+")


def _wrapper(tok: str, known) -> bool:
    """A token of plain prose: a listed word with the punctuation after it ("below,"), listed words
    joined by punctuation, digits or hyphens ("masterpiece,best,quality", "(neon-lights:1.2),rain",
    "and/or"), or no letters."""
    core = tok.rstrip(",.;:")
    if core in known:
        return True
    parts = [p for p in _KB_SPLIT.split(core) if p]
    return all(p in known for p in parts)


_KB_SPLIT = re.compile(r"[^a-z]+")


# --- keyed columnar transposition ----------------------------------------------------------------
#: Characters of a columnar stretch read at most, and columns tried (6! = 720 orders).
MAX_COLUMNAR, MIN_COLS, MAX_COLS = 240, 3, 6
#: Stretches of blocks tried per text (each up to 720 orders of its columns).
MAX_COL_SEGMENTS = 2
#: Round 23: a block may hold digits, hyphens and brackets too (a text's "38", "okonedo-flint", "(she's 30)").
_BLOCK = re.compile(r"[A-Za-z0-9_*#~'.,()-]{3,60}")
_SPACE_MARKS = "_*#~"
_COL_STRETCH = re.compile(r"(?<!\S)[A-Za-z0-9_*#~'.,()-]{3,60}(?: [A-Za-z0-9_*#~'.,()-]{3,60}){2,11}(?!\S)")


def columnar_segments(text: str, gated: bool) -> Iterator[tuple[int, int, list[str]]]:
    """``(start, end, blocks)`` of stretches of 3-6 space-parted blocks of 5+ characters whose lengths
    are equal or one apart (the caller judges the readings). Without a decode instruction (``gated``
    false) two or more blocks must hold a space mark between letters ("m__t_ce"): prose has none."""
    if not gated and (not any(c in text for c in _SPACE_MARKS) or not _MARKED.search(text)):
        return
    found = 0
    for k, m in enumerate(_COL_STRETCH.finditer(mask_tags(text[:4000]))):
        if k >= 16 or found >= MAX_COL_SEGMENTS:
            return
        for a, end, blocks in _col_windows(m):
            if sum(c.isalpha() for b in blocks for c in b) < 0.6 * sum(map(len, blocks)):
                continue  # round 23: digits and signs are allowed, but a block of letters is the cipher's
            if not gated and sum(bool(_MARKED.search(b)) for b in blocks) < 2:
                continue
            found += 1
            yield a, end, blocks
            break


def _col_windows(m: re.Match[str]) -> Iterator[tuple[int, int, list[str]]]:
    """``(start, end, blocks)`` of the longest windows of 3-6 consecutive blocks of a stretch, 5+ characters
    each, whose lengths are equal or one apart (round 23: the stretch may hold prose words before or
    after the blocks, and the sentence's full stop after the last block is no character of it)."""
    toks, pos = [], m.start()
    for t in m.group().split(" "):
        toks.append((pos, t))
        pos += len(t) + 1
    i = 0
    while i < len(toks):
        j, lo, hi = i, 10 ** 6, 0
        blocks = []
        while j < len(toks) and len(blocks) < MAX_COLS:
            t = toks[j][1]
            if t[-1:] == "." and blocks and len(t) - 1 in (lo, hi) and (hi - lo) <= 1:
                t = t[:-1]  # a full stop after the last block
            n = len(t)
            if n < 5 or max(hi, n) - min(lo, n) > 1:
                break
            lo, hi = min(lo, n), max(hi, n)
            blocks.append(t)
            j += 1
            if len(t) != len(toks[j - 1][1]):
                break
        if len(blocks) >= MIN_COLS:
            yield toks[i][0], toks[i][0] + sum(map(len, blocks)) + len(blocks) - 1, blocks
            i = j
        else:
            i += 1


_MARKED = re.compile(r"[A-Za-z][_*#~]+[A-Za-z]")


def columnar_readings(blocks: list[str]) -> Iterator[tuple[str, str]]:
    """``(reading, rule)`` of every order of the columns ``blocks`` (3-6 of them), rows read left to
    right, space marks as spaces, trailing padding dropped."""
    k = len(blocks)
    if not MIN_COLS <= k <= MAX_COLS or sum(map(len, blocks)) > MAX_COLUMNAR:
        return
    lens = [len(b) for b in blocks]
    rows = max(lens)
    longer = sum(n == rows for n in lens)
    marks = next((c for c in _SPACE_MARKS if any(c in b for b in blocks)), None)
    for perm in permutations(range(k)):
        # column j of the grid is block perm[j]; when lengths differ the long columns come first
        if longer < k and any((lens[perm[j]] == rows) != (j < longer) for j in range(k)):
            continue
        cols = [blocks[p] for p in perm]
        s = "".join(c[r] for r in range(rows) for c in cols if r < len(c))
        if marks:
            s = s.replace(marks, " ")
        s = s.rstrip("xXqQ _*").strip()
        yield " ".join(s.split()), "columnar" + "".join(str(perm.index(j) + 1) for j in range(k))


# --- disemvowelled words ------------------------------------------------------------------------
_VOWELS = frozenset("aeiou")
#: Frequent words of image prompts preferred when a skeleton has several words ("bd": bed, not bad).
_PREFER = tuple(
    "the a an of in on at with and her his my your their photo photograph picture image pic nude naked porn "
    "topless explicit sex sexy clothes clothing lingerie undressed underwear breasts body bed hotel remove take "
    "off without showing wearing girlfriend boyfriend wife husband sister neighbour neighbor coworker friend "
    "beach bikini shower room woman girl man realistic make draw render generate strip".split())
_skeletons: tuple | None = None
_lock = threading.Lock()


def skeleton(w: str) -> str:
    return w[:1] + "".join(c for c in w[1:] if c not in _VOWELS)


def _skeleton_index(known) -> dict[str, str]:
    global _skeletons
    if _skeletons is None or _skeletons[0] is not known:
        with _lock:
            if _skeletons is None or _skeletons[0] is not known:
                idx: dict[str, str] = {}
                for w in sorted((w for w in known if w.isascii() and w.isalpha() and w.islower() and len(w) >= 3),
                                key=lambda w: (len(w), w)):
                    sk = skeleton(w)
                    if len(sk) >= 2:
                        idx.setdefault(sk, w)
                for w in reversed(_PREFER):
                    if len(w) >= 3:
                        idx[skeleton(w)] = w
                _skeletons = (known, idx)
    return _skeletons[1]


#: The English names of the letters: a run of them is a spelled word, not a disemvowelled text ("el", "ess").
_LETTER_NAMES = frozenset("ay a bee be cee see dee ee ef eff gee aitch haitch eye jay kay el ell em en oh pee "
                          "cue queue ar are ess tee you yoo vee ex why wye zed zee double".split())


def disemvowel_reading(words: list[str], known) -> list[str] | None:
    """The words read back from their skeletons, or None when the run is no disemvowelled text
    (most words must be vowel-less after their first letter and no listed word)."""
    parts = [p for w in words for p in w.split("-") if p]
    if sum(p in _LETTER_NAMES for p in parts) >= 0.5 * len(parts):
        return None  # letters spelled by their names ("tee-oh-pee-el-ee-ess-ess"): spelled_codes reads those
    bare = [w for w in words if len(w) >= 2 and not (_VOWELS & set(w[1:])) and w not in known]
    if len(bare) < 2 or len(bare) < 0.5 * len(words):
        return None
    idx = _skeleton_index(known)
    if sum(w in idx for w in bare) < max(2, 0.5 * len(bare)):
        return None  # most skeletons must be some word's: chance consonant runs are not
    out = []
    for w in words:
        parts = w.split("-")
        out.append("-".join(idx.get(p, p) if p not in known and not (_VOWELS & set(p[1:])) else p for p in parts))
    return out


# --- interleaved halves ---------------------------------------------------------------------------
#: A mark parting the two halves of an interleaved text (the even characters, then the odd ones).
_HALF_MARK = re.compile(r" (?:\|\||\u2016|//|\|) ")
#: Word starts tried on the left of the mark, and characters of a half read at most.
MAX_HALF_STARTS, MAX_HALF = 24, 400


def interleave(a: str, b: str) -> str:
    """The characters of ``a`` and ``b`` taken in turn (``a`` first): the text whose even characters
    are ``a`` and whose odd ones are ``b``."""
    out = []
    for i in range(len(a)):
        out.append(a[i])
        if i < len(b):
            out.append(b[i])
    return "".join(out)


def _no_words(s: str, known) -> int:
    return sum(w.lower() not in known for w in _LATIN_WORD.findall(s))


_LATIN_WORD = re.compile(r"[A-Za-z]+")


def interleave_candidates(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, "interleaved_halves")`` for each way of taking two halves of equal length
    (or the first one longer by one) around a mark (``||``, ``‖``, ``//``, ``|``): the left half starts
    at a word start, the right one must end at a word end; each side must hold two no-words near the
    mark. The caller keeps a reading that reads."""
    for k, m in enumerate(_HALF_MARK.finditer(text[:4000])):
        if k >= 4:
            return
        i, j = m.start(), m.end()
        # each side holds two or more no-words near the mark ("photo | 8k | detailed" holds none)
        if _no_words(text[max(0, i - 60):i], known) < 2 or _no_words(text[j:j + 60], known) < 2:
            continue
        starts = [p + 1 for p in range(i - 1, max(-1, i - MAX_HALF - 1), -1) if p < 0 or text[p] == " "]
        if i <= MAX_HALF:
            starts.append(0)
        seen = set()
        for a in starts[:MAX_HALF_STARTS]:
            if a in seen or a >= i:
                continue
            seen.add(a)
            left = text[a:i]
            for n in (len(left), len(left) - 1):
                b = j + n
                if n < 4 or b > len(text) or (b < len(text) and text[b] not in " ,.;!?<-\n"):
                    continue
                right = text[j:b]
                if right.endswith(" ") or right.startswith(" ") and left.startswith(" "):
                    continue
                yield a, b, interleave(left, right), "interleaved_halves"


# --- interleaved halves around other marks (round 22) --------------------------------------------
#: Marks :mod:`.phrase_decode`'s own pass does not look for (it gates on "|", "‖" and "//"): "+",
#: "&", "^", "~", "*" between the even letters and the odd ones ("mk_dlsq... + aeoay_une...").
_OTHER_HALF_MARK = re.compile(r" [+&^~*] ")
_WORD_PARTS = re.compile(r"[A-Za-z]+")


def name_block_capitalised(reading: str, known) -> str:
    """``reading`` with its one block of 1-3 unlisted words of 3+ letters capitalised, when the rest are
    listed words (two or more, one of 4+ letters): a structural reading that lower-cased a name
    ("make odalys quenneville topless") gives it back its capitals, so the share test sets it aside as
    it does a name the writer capitalised, and the person readers see a name."""
    parts = list(_WORD_PARTS.finditer(reading))
    unl = [i for i, m in enumerate(parts) if m.group().lower() not in known]
    hits = [m.group() for m in parts if m.group().lower() in known]
    if (not unl or len(unl) > 3 or unl[-1] - unl[0] + 1 != len(unl) or len(hits) < 2
            or not any(len(h) >= 4 for h in hits) or any(len(parts[i].group()) < 3 for i in unl)):
        return reading
    out = list(reading)
    for i in unl:
        out[parts[i].start()] = out[parts[i].start()].upper()
    return "".join(out)


def interleave_marked(text: str, known, work: list | None = None) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, "interleaved_halves")``: :func:`interleave_candidates` around the marks of
    :data:`_OTHER_HALF_MARK`, the candidate that makes the most letters of listed words (a space or "_"
    parting them), once per mark (:data:`MAX_HALF_STARTS` candidates each). ``work``: one unit a
    candidate (the cost test's counter)."""
    if not _OTHER_HALF_MARK.search(text):
        return
    masked = _OTHER_HALF_MARK.sub(" | ", text[:4000])  # one character for one: the spans stay
    best = None
    for a, b, reading, rule in interleave_candidates(masked, known):
        if work is not None:
            work[0] += 1
        words = [w.lower() for w in _WORD_PARTS.findall(reading)]
        sc = sum(len(w) for w in words if len(w) >= 3 and w in known)
        if sc and (best is None or sc > best[0]):
            best = (sc, a, b, reading)
    if best is not None:
        reading = " ".join(best[3].replace("_", " ").split())
        yield best[1], best[2], name_block_capitalised(reading, known), "interleaved_halves"
