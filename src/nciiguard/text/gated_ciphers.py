"""Ciphers read only behind an instruction to decode them, and a few new run shapes (round 19).

Why: v18's "decode this and draw it" prompts used ciphers the earlier decoders had no reading for:
an affine substitution, Vigenère with a key the prompt never states, a rail fence or a swap of
adjacent characters taken over the WHOLE text (spaces and punctuation included), binary written
with two arbitrary symbols ("." and "|"), Bacon's cipher with no word breaks, letters written as
regional-indicator symbols, Pig Latin glued with hyphens ("ude-nay"). A model front end undoes all
of them when asked. :mod:`.phrase_decode` judges every reading found here with its one word-share
test, so a guess that makes no language is dropped.

Gating (each reader costs nothing on a prompt without its trigger):

- *keyed guesses* (the 286 affine tables; Vigenère keys tried from the common-English list, words
  of 3-8 letters) only when the text asks for decoding (:func:`.decode_instructions.decode_instruction`)
  or mentions a key: a guess among ~25,000 keys would read some chance text as words;
- *whole-text transpositions* (rail fence of 2-6 rails, adjacent pairs swapped, the text reversed)
  of a coded stretch of the prompt only behind an instruction; of a text decoded from bytes always
  (hex of a reversed text, hex of a rail fence: the byte layer is the structure);
- *two-symbol binary*, *regional-indicator letters* and *hyphenated Pig Latin* are shapes no prose
  has: a literal or character-class precheck, then one bounded regex scan.

Cost: every reader is linear in its run; the Vigenère key search is a handful of numpy operations
over the key table (two probe words, ~25,000 keys: about a millisecond), built on first use.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterator

from .cipher_math import _row_lengths  # one formula for the fence's rows, shared with the '|' fences
from .word_breaks import best_cut

__all__ = ["best_reading", "vigenere_text", "affine_tables", "vigenere_keys", "transpositions", "segment_transpositions", "binary_symbol_runs",
           "regional_runs", "pig_hyphen_runs", "segment_letters", "keyword_alphabet", "keyword_keys", "keyword_runs",
           "reset_key_search_budget", "clear_key_search_budget", "key_searches_done", "take_key_search", "MAX_KEY_SEARCHES", "MAX_AFFINE_PASSES", "MAX_RAILS", "MAX_KEYWORD_RUNS", "MAX_KEYWORD_KEYS"]

_ABC = "abcdefghijklmnopqrstuvwxyz"
#: Rails of a whole-text rail fence tried (2 to 6: more rails than that is a keyed transposition).
MAX_RAILS = 6
#: Characters of a stretch transposed at most (a longer stretch is no single coded payload).
MAX_TRANSPOSE = 800
#: Spaces of a fenced stretch tried doubled (a collapsed double space shifts every row after it).
MAX_SPACES = 24
#: The rule of the marker :func:`transpositions` yields after its exact layouts, and the share of a
#: reading's letters in listed words that ends the search there.
PHASE_END, GOOD_SCORE = "-end-", 0.8
#: Keys the Vigenère search returns at most (each then decodes the whole run once).
MAX_KEYS = 8
#: Probe words of the Vigenère search: the run's six longest distinct words of 4+ letters (round 21: four
#: were often all names - "corinne vasquez lindahl ... bedroom" - and the two listed words were shorter).
MAX_PROBES = 6
#: Fewest letters of a run the Vigenère search reads (round 21), and each key repeats twice over the run.
MIN_VIG_LETTERS = 14
#: Longest probe word of the Vigenère search (its code must fit 64 bits: 26**13 > 2**63).
MAX_PROBE = 12

_lock = threading.Lock()


# --- affine -------------------------------------------------------------------------------------
_affine: list[tuple[str, dict]] | None = None


def affine_tables() -> list[tuple[str, dict]]:
    """``(rule, table)`` of every affine decryption ``x = a^-1 (y - b) mod 26`` with ``a`` coprime to 26 and
    ``a != 1`` (``a = 1`` is a Caesar shift, read already): 11 x 26 tables, built once. Round 22: empty once
    the text's budget of affine passes (:data:`MAX_AFFINE_PASSES`, see :func:`reset_key_search_budget`)
    is spent (each pass probes up to 4 words x 2 directions x 286 tables)."""
    global _affine
    left = getattr(_budget, "affine_left", None)
    if left is not None:
        if left <= 0:
            return []
        _budget.affine_left = left - 1
    if _affine is None:
        out = []
        for a in (3, 5, 7, 9, 11, 15, 17, 19, 21, 23, 25):
            inv = pow(a, -1, 26)
            for b in range(26):
                dec = "".join(_ABC[(inv * (i - b)) % 26] for i in range(26))
                out.append((f"affine{a},{b}", str.maketrans(_ABC, dec)))
        _affine = out
    return _affine


# --- Vigenère with a guessed key -----------------------------------------------------------------
_vig: tuple | None = None


def _vig_tables(known) -> tuple:
    """(keys by length, key shift matrices, the listed words coded as integers by length), built once
    from the common-English list ``known``."""
    global _vig
    if _vig is None or _vig[0] is not known:
        with _lock:
            if _vig is None or _vig[0] is not known:
                import numpy as np

                by_len: dict[int, list[str]] = {}
                codes: dict[int, list[int]] = {}
                for w in known:
                    if not (w.isascii() and w.isalpha() and w.islower()):
                        continue
                    n = len(w)
                    if 3 <= n <= 8:
                        by_len.setdefault(n, []).append(w)
                    if 4 <= n <= MAX_PROBE:
                        c = 0
                        for ch in w:
                            c = c * 26 + ord(ch) - 97
                        codes.setdefault(n, []).append(c)
                keys = {n: sorted(ws) for n, ws in by_len.items()}
                mats = {n: np.array([[ord(c) - 97 for c in w] for w in ws], dtype=np.int16) for n, ws in keys.items()}
                coded = {n: np.array(sorted(cs), dtype=np.int64) for n, cs in codes.items()}
                _vig = (known, keys, mats, coded)
    return _vig


def vigenere_keys(words: list[str], known, mode: str = "vigenere") -> list[str]:
    """Keys (common English words of 3-8 letters) under which two or more of the run's four longest words
    (4+ letters each, letters counted across the run as :func:`.stated_ciphers.vigenere` does) decode to
    listed words, most hits first. Call only behind a decode instruction; :mod:`.phrase_decode` then reads the whole run."""
    import numpy as np

    offsets, pos = [], 0
    for w in words:
        offsets.append(pos)
        pos += len(w)
    # the four longest words: two of them may be names, which no key makes listed words
    # Distinct words only (lead, round 19): a flood of one word ("aabb aabb ...") made two "hits" of the same
    # cipher word under a key of its length ("papa papa ..." under "lamb"); a payload has different words.
    first = {}
    for i, w in enumerate(words):
        if 4 <= len(w) <= MAX_PROBE and w.isascii() and w.isalpha():
            first.setdefault(w, i)
    probes = sorted(first.values(), key=lambda i: -len(words[i]))[:MAX_PROBES]
    if pos < MIN_VIG_LETTERS:
        return []  # round 21: a key about as long as the text fits any text ("daca baaa" read "warp fact")
    if len(probes) < 2 or sum(words[i] in known for i in probes) * 2 >= len(probes):
        return []  # listed words are no cipher text
    memo_key = (mode, *words)
    hit = _vig_memo.get(memo_key)
    if hit is not None:
        return hit
    if not take_key_search():
        return []  # round 22: the text's budget of key searches is spent (a flood of coded runs)
    found = _vig_search(words, offsets, probes, known, mode)
    if len(_vig_memo) >= 256:  # a prompt's runs are read more than once (as a stretch, as a clause)
        _vig_memo.clear()
    _vig_memo[memo_key] = found
    return found


_vig_memo: dict[tuple, list[str]] = {}

# --- the budget of key searches per text (round 22) -------------------------------------------------
#: Key searches (Vigenère, Beaufort, variant Beaufort, keyword alphabets: each ~25,000 keys on up to six
#: probe words) one text may start at most. A prompt holds one or two coded runs (each searched once per
#: tableau, repeats memoised); a flood of gibberish behind "decode" held up to 64 stretches x 3 tableaux
#: (~30 s at 16,000 characters on the shared machine). :func:`reset_key_search_budget` is called by
#: :func:`.phrase_decode.decode_phrases` for each text; until it is, searches are not counted.
MAX_KEY_SEARCHES = 12
_budget = threading.local()


#: Passes of the 286 affine tables over a run's probe words one text may make at most (round 22).
MAX_AFFINE_PASSES = 24


def reset_key_search_budget(n: int = MAX_KEY_SEARCHES, affine: int = MAX_AFFINE_PASSES) -> None:
    """Give the current thread's next text ``n`` key searches and ``affine`` passes of the affine tables
    (``decode_phrases`` calls it per text)."""
    _budget.left = n
    _budget.affine_left = affine
    _budget.done = 0


def clear_key_search_budget() -> None:
    """End the current text's budget: searches are no longer limited (the count of those done stays)."""
    _budget.left = None
    _budget.affine_left = None


def key_searches_done() -> int:
    """Key searches started since the last :func:`reset_key_search_budget` (the cost test's work count)."""
    return getattr(_budget, "done", 0)


def take_key_search() -> bool:
    """Whether one more key search may start (and count it); True when no budget was set."""
    left = getattr(_budget, "left", None)
    if left is None:
        return True
    if left <= 0:
        return False
    _budget.left = left - 1
    _budget.done += 1
    return True


#: Round 20: the Vigenère family's other tableaux. ``beaufort``: plain = key - cipher (the cipher is its own
#: inverse); ``variant``: plain = cipher + key (variant Beaufort, Vigenère read the other way).
KEYED_MODES = ("vigenere", "beaufort", "variant")


def keyed_text_words(words: list[str], key: str, mode: str = "vigenere") -> list[str]:
    """``words`` (lower-case letters) decrypted under ``key`` in ``mode``, the key running across words."""
    shifts = [ord(c) - 97 for c in key]
    out, i = [], 0
    for w in words:
        chars = []
        for c in w:
            x, k = ord(c) - 97, shifts[i % len(shifts)]
            chars.append(chr(((k - x) if mode == "beaufort" else (x + k) if mode == "variant" else (x - k)) % 26 + 97))
            i += 1
        out.append("".join(chars))
    return out


def _vig_search(words, offsets, probes, known, mode: str = "vigenere") -> list[str]:
    import numpy as np

    _k, keys, mats, coded = _vig_tables(known)
    cols_by_len, starts = _vig_fast(known)
    perm = _PLAIN[mode if mode in ("beaufort", "variant") else "vigenere"]
    found: list[str] = []
    total = offsets[-1] + len(words[-1])
    for L, K in mats.items():
        if 2 * L > total:
            continue  # the key repeats at least twice over the run
        KT = cols_by_len[L]  # the key's shifts, one row per key position (contiguous)
        hits = np.zeros(len(K), dtype=np.int8)
        hits4 = hits
        long_hits = np.zeros(len(K), dtype=np.int8)  # hits on probes of 5+ letters
        for n_probe, i in enumerate(probes):
            if n_probe == 4:
                # round 21: two hits among the four longest probes; among six, three hits or two with one
                # of 5+ letters (two 4-letter hits among six probes come by chance under some key)
                hits4 = hits.copy()
            w = words[i]
            n = len(w)
            table = coded.get(n)
            if table is None:
                continue

            def plain(t, live=None):
                row = KT[(offsets[i] + t) % L] if live is None else KT[(offsets[i] + t) % L].take(live)
                # round 30 (cost): the letter's 26 readings looked up, not computed (a take is several
                # times cheaper than numpy's integer % over every key, or than a 2-d fancy index; same values)
                return perm[ord(w[t]) - 97].take(row)

            # round 22: the first three letters first; only keys whose reading starts as a listed word of
            # this length does are read on (most keys stop there: ~5x less work, same hits)
            head = plain(0) * 676 + plain(1) * 26 + plain(2)
            live = np.flatnonzero(starts[n][head])
            if not len(live):
                continue
            val = head[live]
            for t in range(3, n):
                val = val * 26 + plain(t, live)
            j = np.searchsorted(table, val)
            ok = live[(j < len(table)) & (table[np.minimum(j, len(table) - 1)] == val)]
            hits[ok] += 1
            if n >= 5:
                long_hits[ok] += 1
        ok = np.flatnonzero((hits4 >= 2) | (hits >= 3) | ((hits >= 2) & (long_hits >= 1)))
        found += [keys[L][j] for j in ok[np.argsort(-hits[ok], kind="stable")][:MAX_KEYS]]
    return found[:MAX_KEYS]


def _plain_tables() -> dict:
    """Per tableau, [cipher letter, key shift] -> plain letter (int64, 26 x 26): Vigenère ``(x - k) % 26``,
    Beaufort ``(k - x) % 26``, variant Beaufort ``(k + x) % 26`` (round 30: :func:`_vig_search` reads each
    key's plain letter from the cipher letter's row instead of computing it)."""
    import numpy as np

    x = np.arange(26, dtype=np.int64)[:, None]
    k = np.arange(26, dtype=np.int64)[None, :]
    return {"vigenere": (x - k) % 26, "beaufort": (k - x) % 26, "variant": (k + x) % 26}


class _LazyPlain(dict):
    def __missing__(self, mode):
        self.update(_plain_tables())
        return self[mode]


_PLAIN: dict = _LazyPlain()
_vig_fast_tables: tuple | None = None


def _vig_fast(known) -> tuple:
    """(the Vigenère key matrices transposed, int64, by key length; the three-letter starts of the listed
    words of each probe length as a mask over 26**3), built once (round 22)."""
    global _vig_fast_tables
    if _vig_fast_tables is None or _vig_fast_tables[0] is not known:
        import numpy as np

        _k, _keys, mats, coded = _vig_tables(known)
        cols = {L: np.ascontiguousarray(K.T.astype(np.int64)) for L, K in mats.items()}
        starts = {}
        for n, table in coded.items():
            mask = np.zeros(26 ** 3, dtype=bool)
            mask[table // 26 ** (n - 3)] = True
            starts[n] = mask
        with _lock:
            _vig_fast_tables = (known, cols, starts)
    return _vig_fast_tables[1], _vig_fast_tables[2]


# --- whole-text transpositions --------------------------------------------------------------------
@lru_cache(maxsize=1024)
def _fence_order(n: int, length: int):
    """An itemgetter that takes the characters of a fenced text of ``length`` characters in plain order
    (the fence's permutation, computed once per rails and length: the readers try many layouts)."""
    starts, i = [], 0
    for k in _row_lengths(n, length):
        starts.append(i)
        i += k
    cycle, order = 2 * (n - 1), []
    for i in range(length):
        k = i % cycle
        r = k if k < n else cycle - k
        order.append(starts[r])
        starts[r] += 1
    return itemgetter(*order)


def unfence(s: str, n: int) -> str:
    """The plain text of ``s`` read as a rail fence of ``n`` rails written row after row."""
    if len(s) < 2:
        return s
    return "".join(_fence_order(n, len(s))(s))


def _swap_pairs(s: str, start: int) -> str:
    out = [s[:start]]
    for i in range(start, len(s) - 1, 2):
        out.append(s[i + 1] + s[i])
    if (len(s) - start) % 2:
        out.append(s[-1])
    return "".join(out)


def transpositions(s: str, reverse: bool = True) -> Iterator[tuple[str, str]]:
    """``(reading, rule)`` of the whole-text transpositions of ``s``: reversed, adjacent characters
    swapped in pairs (from the first or the second character), and rail fences of 2 to
    :data:`MAX_RAILS` rails (also with one or two leading or trailing spaces the writer's tools trimmed)."""
    s = s[:MAX_TRANSPOSE]
    if reverse:  # a stretch of the prompt reversed is the clause reader's (it weighs word order)
        yield s[::-1], "reversed_text"
    yield _swap_pairs(s, 0), "pairs_swapped"
    yield _swap_pairs(s, 1), "pairs_swapped"
    for n in range(2, MAX_RAILS + 1):
        for lead in ("", " ", "  "):
            for pad in ("", " ", "  "):
                if len(s) + len(pad) > 2 * n:
                    yield unfence(lead + s + pad, n).strip(), f"rail_fence{n}"
    yield "", PHASE_END


def respaced_transpositions(s: str) -> Iterator[tuple[str, str]]:
    """Swaps and fences of ``s`` with one of its spaces doubled: a double space the fence wrote (a row
    ending or starting with a space) that a chat box collapsed shifts every row after it."""
    s = s[:MAX_TRANSPOSE]
    spaces = [i for i, c in enumerate(s) if c == " "][:MAX_SPACES]
    for i in spaces:
        yield _swap_pairs(s[:i] + " " + s[i:], 0), "pairs_swapped"
    for n in range(2, MAX_RAILS + 1):
        for i in spaces:
            yield unfence(s[:i] + " " + s[i:], n).strip(), f"rail_fence{n}"


#: Where a coded stretch of a prompt may start (after a colon, "=", an arrow, a closing bracket, a
#: sentence's end) and end (before ";", "[", a dash): a transposition needs the stretch exact.
#: Round 23: also after a verb that asks for the solving ("work out", "solve", "decipher") and before a
#: clause that says what to do with the result (" and then draw it", " and generate ...").
_SEG_START = re.compile(r"(?:^|[:=\u2192\]>]|\.(?= )|\u2014|--|(?i:\b(?:work out|solve|decipher|unscramble|crack)\b))[ \t]*")
_SEG_END = re.compile(r"[ \t]*(?:;|\[|\u2014| -- | // |$|(?i: and (?:then )?(?:draw|generate|render|make|create|output|show|paint)\b))")


def segment_transpositions(text: str, known, reads: Callable[[str], bool], plain_reads: Callable[[str], bool],
                           free: Callable[[int, int], bool] = lambda a, b: True) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of a stretch of ``text`` that reads as language only once
    transposed whole (see :func:`transpositions`). Call only behind a decode instruction. The stretch
    starts after a colon, "=", an arrow ... and ends before ";", "[", a dash or the text's end; a stretch
    that already reads (``plain_reads``) is no payload. At most 8 stretches."""
    text = text[:4 * MAX_TRANSPOSE]
    ends = [m.start() for m in _SEG_END.finditer(text)]
    segs = set()
    for k, m in enumerate(_SEG_START.finditer(text)):
        if k >= 16:
            break
        a = m.end()
        b = next((e for e in ends if e > a + 12), None)
        if b is not None and b - a <= MAX_TRANSPOSE:
            segs.add((a, b))
    taken: list[tuple[int, int]] = []
    for a, b in sorted(segs, key=lambda x: (x[1] - x[0], x[0]))[:8]:  # the shortest stretch first: exact edges
        if any(a < e and s < b for s, e in taken) or not free(a, b):
            continue
        seg = text[a:b]
        if " " not in seg or plain_reads(seg):
            continue
        best = best_reading(_segment_readings(seg, known), known, reads)
        if best is not None:
            taken.append((a, b))
            yield a, b, best[0], best[1]


def best_reading(readings, known, reads: Callable[[str], bool]) -> tuple[str, str] | None:
    """Of ``(reading, rule)`` pairs, the one that ``reads`` with the most letters in listed words
    (a fence one space off reads in part: the exact one reads whole). The first wins a tie."""
    best, score = None, 0
    for reading, rule in readings:
        if rule == PHASE_END:  # the exact layouts read well: the respaced ones are not tried
            if best is not None and score >= GOOD_SCORE * len(best[0].replace(" ", "")):
                return best
            continue
        sc = sum(len(w) for w in _LATIN.findall(reading.lower()) if w in known)
        if sc > score and reads(reading):
            best, score = (reading, rule), sc
    return best


def _segment_readings(seg: str, known) -> Iterator[tuple[str, str]]:
    """The transpositions of a stretch, then its Vigenère readings under the keys
    :func:`vigenere_keys` finds for its words (the stretch whole, so names, brackets and apostrophes
    keep the key's phase: a run of no-words cut at "(" lost it)."""
    if english_letters(seg):  # a transposition keeps the letters: English ones, or it is no transposition
        yield from transpositions(seg, reverse=False)
        yield from respaced_transpositions(seg)
        return
    words = [w.lower() for w in _LATIN.findall(seg)]
    for mode in KEYED_MODES:
        for key in vigenere_keys(words, known, mode):
            yield vigenere_text(seg, key, mode), f"{mode}:{key}"


_LATIN = re.compile(r"[A-Za-z]+")
#: The commonest letters of English: about 70% of the letters of English text, about 35% of a text
#: under a substitution or Vigenère cipher.
_COMMON = frozenset("etaoinshr")
ENGLISH_COMMON = 0.5


def english_letters(s: str) -> bool:
    """Whether the letters of ``s`` (10 or more) have English's letter frequencies: :data:`ENGLISH_COMMON`
    or more of them among the nine commonest letters (a cheap test before trying transpositions)."""
    letters = [c for c in s.lower() if "a" <= c <= "z"]
    return len(letters) >= 10 and sum(c in _COMMON for c in letters) >= ENGLISH_COMMON * len(letters)


def vigenere_text(s: str, key: str, mode: str = "vigenere") -> str:
    """``s`` decrypted with the Vigenère ``key``: each ASCII letter shifted back by the next key letter
    (case kept), every other character as it stands and no key letter spent on it. ``mode``: see
    :data:`KEYED_MODES` (round 20: Beaufort, variant Beaufort)."""
    shifts = [ord(c) - 97 for c in key]
    out, i = [], 0
    for c in s:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            base = 97 if c >= "a" else 65
            x, k = ord(c) - base, shifts[i % len(shifts)]
            out.append(chr(((k - x) if mode == "beaufort" else (x + k) if mode == "variant" else (x - k)) % 26 + base))
            i += 1
        else:
            out.append(c)
    return "".join(out)


# --- two-symbol binary ----------------------------------------------------------------------------
#: (Round 22: the first octet may be glued to its frame's "=" or ":": "input_encoded=.|||.|.. ...".)
_SYM_BINARY = re.compile(r"(?<![^\s=:])[^\s\w]{8}(?: [^\s\w]{8}){3,1500}")
_SYM_GATE = re.compile(r"[^\s\w]{8} [^\s\w]{8}")


def binary_symbol_runs(text: str) -> Iterator[tuple[int, int, bytes, str]]:
    """Octets written with two symbols other than 0 and 1 (".|||.|.." with "." for 0 and "|" for 1):
    ``(start, end, bytes, "binary_symbols")`` under the reading whose bytes are printable ASCII."""
    if not _SYM_GATE.search(text):
        return
    for m in _SYM_BINARY.finditer(text):
        run = m.group()[:12000]
        syms = sorted(set(run) - {" "})
        if len(syms) != 2:
            continue
        octets = run.split(" ")
        for zero, one in (syms, syms[::-1]):
            table = str.maketrans(zero + one, "01")
            raw = bytes(int(o.translate(table), 2) for o in octets)
            if all(32 <= c < 127 or c in (9, 10, 13) for c in raw):
                yield m.start(), m.end(), raw, "binary_symbols"
                break


# --- regional-indicator letters -------------------------------------------------------------------
_REGIONAL = re.compile("[\U0001F1E6-\U0001F1FF](?:[\u200b-\u200d\u2060\ufeff ]{0,3}[\U0001F1E6-\U0001F1FF]){3,3000}")
_ZW = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None})


def regional_runs(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Letters written as regional-indicator symbols (the halves of flag emoji), with zero-width or
    plain spaces between them: ``(start, end, letters, "regional_letters")`` (a word break is a plain
    space). Flags of countries read as letter pairs that make no words: the word-share test drops them."""
    for m in _REGIONAL.finditer(text):
        s = "".join(chr(ord(c) - 0x1F1E6 + 97) if "\U0001F1E6" <= c <= "\U0001F1FF" else c
                    for c in m.group().translate(_ZW))
        yield m.start(), m.end(), " ".join(s.split()), "regional_letters"


# --- Pig Latin with hyphens -----------------------------------------------------------------------
_PIG_HYPHEN = re.compile(r"\b([a-z]{1,20})-([b-df-hj-np-tv-z]{0,3}|w|y)ay\b", re.IGNORECASE)


def pig_hyphen_runs(text: str) -> Iterator[tuple[int, int, str, str]]:
    """A clause with two or more Pig Latin words written with a hyphen ("ude-nay", "ed-bay",
    "ealistic-ray"): ``(start, end, the clause with each such word read, "pig_latin_hyphen")``, the
    clause running from the first such word to the last (at most 200 characters between two)."""
    if "ay" not in text.lower():
        return
    hits = list(_PIG_HYPHEN.finditer(text))
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits) and hits[j + 1].start() - hits[j].end() <= 200:
            j += 1
        if j > i:
            a, b = hits[i].start(), hits[j].end()
            out, pos = [], a
            for h in hits[i:j + 1]:
                out += [text[pos:h.start()], h.group(2) + h.group(1)]
                pos = h.end()
            yield a, b, "".join(out), "pig_latin_hyphen"
        i = j + 1


# --- word breaks for a letter stream --------------------------------------------------------------
#: Longest word tried by the segmenter, and the longest stream it segments.
_SEG_WORD, _SEG_MAX = 18, 400


def segment_letters(stream: str, known) -> tuple[list[str], float] | None:
    """A stream of letters with no word breaks (Bacon's cipher, spelt letters) cut into words: the
    segmentation with the most letters in listed words of 3+ letters ("a" and "i" count too), longer
    words preferred. Returns the words (runs of unlisted letters kept as one chunk) and the share of
    letters in listed words of 3+ letters, or None for a stream too short or too long."""
    s = stream.lower()
    n = len(s)
    if n < 8 or n > _SEG_MAX or not s.isalpha():
        return None
    pieces = best_cut(s, lambda w: int((len(w) >= 2 or w in ("a", "i")) and w in known), max_word=_SEG_WORD,
                      loose=1, longest_first=False)
    covered = sum(len(w) for w, kind in pieces if kind and len(w) >= 3)
    return [w for w, _kind in pieces], covered / n


# --- keyword alphabets (round 22) ------------------------------------------------------------------
#: A keyword (keyed) substitution alphabet writes the keyword's distinct letters first, then the rest of
#: the alphabet in order ("zebras": ZEBRASCDFGHIJKLMNOPQTUVWXY). With no key stated, the keys of the
#: Vigenère search (common English words of 3-8 letters, one alphabet per distinct letter sequence) are
#: tried on the run's six longest probe words at once (numpy), like :func:`vigenere_keys`; a key stated in
#: the prompt ("keyword: zebras") is tried first. Behind a decode instruction only.
#: Coded stretches read per text, and keys that decode a whole stretch at most.
MAX_KEYWORD_RUNS, MAX_KEYWORD_KEYS = 4, 8
_kw: tuple | None = None
#: A stretch of lower-case words parted by spaces, brackets or commas (one mark and a space at most).
_KW_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_KW_LETTERS = re.compile(r"[a-z]+")
_KW_GAP = re.compile(r"[ ]?[(\[,]?[ ]?|[)\],]?[ ]?")
_STATED_KEY = re.compile(r"\b(?:key(?:word)?|alphabet)\s*(?:[:=]|is)?\s*['\"]?([A-Za-z]{3,12})\b", re.IGNORECASE)


def keyword_alphabet(key: str) -> str:
    """The cipher alphabet of ``key``: its distinct letters, then the other letters in order."""
    return "".join(dict.fromkeys(key.lower() + _ABC))


def _kw_tables(known) -> tuple:
    """(known, keys, decryption matrix: one row of 26 plain-letter indices a distinct keyed alphabet),
    built once from the Vigenère keys."""
    global _kw
    if _kw is None or _kw[0] is not known:
        import numpy as np

        _k, keys, _m, _c = _vig_tables(known)
        seen: dict[str, str] = {}
        for n in sorted(keys):
            for key in keys[n]:
                alpha = keyword_alphabet(key)
                if alpha != _ABC:
                    seen.setdefault(alpha, key)
        names = list(seen.values())
        # one row per cipher letter (the plain letter each key gives it): a probe's letters are rows
        dec = np.zeros((26, len(names)), dtype=np.int64)
        for r, alpha in enumerate(seen):
            for plain, c in enumerate(alpha):
                dec[ord(c) - 97, r] = plain
        # the three-letter starts of the listed words of each probe length: most keys fail there, and
        # only the others are looked up in the sorted codes
        starts = _vig_fast(known)[1]
        with _lock:
            _kw = (known, names, dec, starts)
    return _kw


def keyword_keys(words: list[str], known, work: list | None = None) -> list[str]:
    """Keys whose keyword alphabet makes two or more of the run's four longest distinct words (4-12
    letters), or three of its six, listed words; most hits first, :data:`MAX_KEYWORD_KEYS` at most.
    ``work``: one unit per key and probe tried (the cost test's counter)."""
    import numpy as np

    first: dict[str, int] = {}
    for i, w in enumerate(words):
        if 4 <= len(w) <= MAX_PROBE and w.isascii() and w.isalpha():
            first.setdefault(w, i)
    probes = sorted(first, key=lambda w: -len(w))[:MAX_PROBES]
    if len(probes) < 2 or sum(w in known for w in probes) * 2 >= len(probes):
        return []
    if not take_key_search():
        return []
    _k, names, dec, starts = _kw_tables(known)
    _k2, _keys, _m, coded = _vig_tables(known)
    hits = np.zeros(len(names), dtype=np.int8)
    hits4 = hits
    long_hits = np.zeros(len(names), dtype=np.int8)
    for n_probe, w in enumerate(probes):
        if n_probe == 4:
            hits4 = hits.copy()
        table = coded.get(len(w))
        if table is None:
            continue
        if work is not None:
            work[0] += len(names)
        rows = [ord(c) - 97 for c in w]
        head = dec[rows[0]] * 676 + dec[rows[1]] * 26 + dec[rows[2]]
        live = np.flatnonzero(starts[len(w)][head])  # keys whose reading starts as some listed word does
        if not len(live):
            continue
        val = head[live]
        for r in rows[3:]:
            val = val * 26 + dec[r, live]
        j = np.searchsorted(table, val)
        ok = live[(j < len(table)) & (table[np.minimum(j, len(table) - 1)] == val)]
        hits[ok] += 1
        if len(w) >= 5:
            long_hits[ok] += 1
    ok = np.flatnonzero((hits4 >= 2) | (hits >= 3) | ((hits >= 2) & (long_hits >= 1)))
    return [names[j] for j in ok[np.argsort(-hits[ok], kind="stable")][:MAX_KEYWORD_KEYS]]


def keyword_runs(text: str, known, work: list | None = None) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, "keyword_alphabet:KEY")`` of each stretch of lower-case no-words (three
    words or more, most of them no listed word, listed words at its edges left out) read under the
    keyword alphabet that makes the most letters of listed words (a stated key, then the key search).
    Call behind a decode instruction only (the caller's gate); :mod:`.phrase_decode` judges the reading."""
    stated = [m.group(1).lower() for m in _STATED_KEY.finditer(text[:4000])][:3]
    toks = list(_KW_TOKEN.finditer(text[:4000]))
    runs: list[list[re.Match[str]]] = []
    cur: list[re.Match[str]] = []
    for m in toks:
        if cur and not _KW_GAP.fullmatch(text, cur[-1].end(), m.start()):
            runs.append(cur)
            cur = []
        cur.append(m)
    runs.append(cur)
    done = 0
    names: frozenset = frozenset()
    for run in runs:
        i, j = 0, len(run)
        while i < j and run[i].group() in known:
            i += 1
        while j > i and run[j - 1].group() in known:
            j -= 1
        core = run[i:j][:MAX_RUN_WORDS]
        words = [p for m in core for p in m.group().split("'")]
        if len(core) < 3 or sum(w not in known for w in words) * 2 < len(words):
            continue
        if done >= MAX_KEYWORD_RUNS:
            return
        done += 1
        if not names:
            from .piece_words import _word_lists

            names = _word_lists()[1]
        keys = list(dict.fromkeys(stated + keyword_keys(words, known, work)))
        a, b = core[0].start(), core[-1].end()
        seg = text[a:b]
        best = None
        for key in keys[:MAX_KEYWORD_KEYS]:
            table = str.maketrans(keyword_alphabet(key), _ABC)
            reading = seg.translate(table)
            parts = _KW_LETTERS.findall(reading)
            # letters of listed words; ties (keys that differ only in the letters of a name) go to the key
            # whose other words are first names or surnames of the shipped lists
            sc = (sum(len(w) for w in parts if len(w) >= 2 and w in known),
                  sum(len(w) for w in parts if w not in known and w in names))
            if best is None or sc > best[0]:
                best = (sc, reading, key)
        if best is not None and _keyword_reads(best[1], known, names):
            yield a, b, best[1], f"keyword_alphabet:{best[2]}"


def _keyword_reads(reading: str, known, names) -> bool:
    """A keyword alphabet's reading stands on its own English (a guess among ~20,000 alphabets must not
    hand :mod:`.phrase_decode` a stretch it then reads as scraps of other languages): three in five of
    its words listed English words, names of the shipped lists set aside, two of them of 4+ letters."""
    parts = [w for w in _KW_LETTERS.findall(reading) if not (w not in known and w in names)]
    hits = [w for w in parts if w in known]
    return bool(parts) and len(hits) >= 0.6 * len(parts) and sum(len(w) >= 4 for w in hits) >= 2


#: Words of a coded stretch read by the keyword search at most.
MAX_RUN_WORDS = 40
