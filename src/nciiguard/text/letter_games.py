"""Latin-letter codes that keep words apart: other keyboard layouts, progressive shifts, echo games (round 17).

Why: :mod:`.phrase_decode` reads a stretch of Latin no-words under Atbash, the Caesar shifts and one
key of QWERTY. Writers also type a phrase on one keyboard layout and read it on another (Colemak,
Dvorak, Workman: ";ypb" is "porn" typed on Colemak keys; AZERTY and QWERTZ move too few keys to hide a phrase), shift each letter one step more than
the last (Trithemius), or echo every vowel with a fixed consonant ("lingua do P": "nupudepe" is
"nude"). This module finds runs of three or more words (letters and the marks a layout puts on letter
keys) most of which are no listed word and yields the reading with the most listed words; the reading
is judged by :mod:`.phrase_decode`'s word-share test. Linear: each run is read under a fixed number of
maps (:data:`MAX_WORDS` words of it), a layout first probed on the run's two longest words.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["letter_game_runs", "MAX_WORDS"]

#: Words of one run read at most.
MAX_WORDS = 48
_SCAN = 20000
_ABC = "abcdefghijklmnopqrstuvwxyz"

#: Letter keys of each layout, row by row, in the positions of the QWERTY keys.
_LAYOUTS = {
    "qwerty": ("qwertyuiop[", "asdfghjkl;'", "zxcvbnm,./"),
    "colemak": ("qwfpgjluy;[", "arstdhneio'", "zxcvbkm,./"),
    "dvorak": ("',.pyfgcrl/", "aoeuidhtns-", ";qjkxbmwvz"),
    "workman": ("qdrwbjfup;[", "ashtgyneoi'", "zxmcvkl,./"),
}


def _layout_map(src: str, dst: str) -> dict[int, str]:
    table = {}
    for rs, rd in zip(_LAYOUTS[src], _LAYOUTS[dst]):
        for a, b in zip(rs, rd):
            table[ord(a)] = b
    return table


#: (rule, table): text typed with the keys of one layout, read on QWERTY, and the other way round.
_KEYMAPS = []
for _name in ("colemak", "dvorak", "workman"):  # AZERTY, QWERTZ move too few keys to hide a phrase
    _KEYMAPS.append((f"typed_{_name}", _layout_map(_name, "qwerty")))
    _KEYMAPS.append((f"read_{_name}", _layout_map("qwerty", _name)))

#: A key's neighbour in the row above or below on QWERTY (the three letter rows wrap round).
_ROWS = ("qwertyuiop", "asdfghjkl;", "zxcvbnm,./")
for _d, _name in ((1, "row_below"), (-1, "row_above")):
    _KEYMAPS.append((f"keyboard_{_name}", {ord(_ROWS[r][c]): _ROWS[(r + _d) % 3][c] for r in range(3) for c in range(10)}))
#: Each key read as its mirror image across the keyboard's middle ("a" for ";", "t" for "y"; round 18).
_KEYMAPS.append(("keyboard_mirror", {ord(r[c]): r[len(r) - 1 - c] for r in _ROWS for c in range(len(r))}))
#: Vowels moved one or two steps along "aeiou" (the consonants stay).
_VOWEL_MAPS = [(f"vowels_back{k}", str.maketrans("aeiou", "aeiou"[k:] + "aeiou"[:k])) for k in (1, 2, 3, 4)]

_TOKEN = re.compile(r"[a-z;,./'\[\-]+")  # tokens without a letter are dropped in the scan (no backtracking)
_TRIM = ",.!:'"
_HAS_LETTER = re.compile("[a-z]")
#: A word of one or two keys a layout puts a letter on (";" is "a" read in mirror or Colemak): part of a run.
_KEY_WORD = re.compile(r"[;,./]{1,2}")
_LETTERS = re.compile(r"[a-z',.!:]+")


def _progressive(words: list[str], step: int, count_spaces: bool) -> list[str]:
    out, i = [], 0
    for w in words:
        chars = []
        for c in w:
            if "a" <= c <= "z":
                chars.append(_ABC[(ord(c) - 97 - step * i) % 26])
                i += 1
            else:
                chars.append(c)
        out.append("".join(chars))
        i += count_spaces
    return out


_VOWELS = "aeiou"


def _echo(words: list[str]) -> Iterator[tuple[list[str], str]]:
    """The vowel echo game: a vowel, a fixed consonant and the same vowel again ("upu", "epe") stand
    for the vowel. The consonant that makes the most such echoes is removed with the echo."""
    counts: dict[str, int] = {}
    for w in words:
        for i in range(len(w) - 2):
            if w[i] in _VOWELS and w[i + 2] == w[i] and w[i + 1] not in _VOWELS and w[i + 1].isalpha():
                counts[w[i + 1]] = counts.get(w[i + 1], 0) + 1
    if not counts:
        return
    c = max(counts, key=counts.get)
    if counts[c] < max(3, len(words)):
        return
    rx = re.compile(f"([aeiou]){c}\\1")
    yield [rx.sub(r"\1", w) for w in words], f"echo_{c}"


def _typed(w: str, table: dict, rule: str) -> str:
    """``w`` read under a layout's ``table``. Round 23: Dvorak puts "'" on QWERTY's q key, but a writer who
    maps letters leaves an apostrophe as typed: an "'" that would read as a "q" with no "u" after it is the
    apostrophe ("jannr,af'o" is "calloway's", not "callowayqs")."""
    out = w.translate(table)
    if rule == "typed_dvorak" and "'" in w:
        out = "".join("'" if c == "'" and out[i + 1:i + 2] != "u" else out[i] for i, c in enumerate(w))
    return out


def _readings(words: list[str], known) -> Iterator[tuple[list[str], str]]:
    # the four longest words: the longest are often names, which no layout makes a listed word
    probes = sorted(set(words), key=len, reverse=True)[:4]
    for rule, table in _KEYMAPS:
        # a hyphenated probe counts by its parts ("sister-in-law" is no listed word, "sister" is)
        if any(part in known for p in probes for part in p.translate(table).strip(_TRIM).split("-")):
            yield [_typed(w, table, rule) for w in words], rule
    if all(_LETTERS.fullmatch(w) for w in words):
        for step in (1, -1):
            for spaces in (False, True):
                yield _progressive(words, step, spaces), f"trithemius{'+' if step > 0 else '-'}{'_spaced' if spaces else ''}"
    yield from _echo(words)
    for rule, table in _VOWEL_MAPS:
        if any(p.translate(table).strip(_TRIM) in known for p in probes):
            yield [w.translate(table) for w in words], rule
    # each pair of letters swapped ("uflly" is "fully"; an odd last letter stays)
    yield ["".join(w[i + 1:i + 2] + w[i] for i in range(0, len(w), 2)) for w in words], "pairs_swapped"


def _listed(words: list[str], known) -> int:
    return sum(w.strip(_TRIM) in known for w in words)


def letter_game_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of each run of three or more lower-case words, most of them no
    listed word, that one of the games above turns into more listed words (not yet judged)."""
    orig = text = text[:_SCAN]
    low = text.lower()
    text = low if len(low) == len(text) else text
    run: list[re.Match[str]] = []

    others = None

    def listed(w: str) -> bool:  # a word of English or of another listed language
        nonlocal others
        if w in known:
            return True
        if others is None:
            from .persons.language import language_words

            others = language_words()
        return w in others

    def close():
        # the wrapper's listed words at the edges ("decode this first:") are no part of the coded run
        i, j = 0, len(run)
        while i < j and run[i].group().strip(_TRIM) in known:  # English only: a coded word may be
            i += 1                                            # a word of some language ("tig")
        while j > i and run[j - 1].group().strip(_TRIM) in known:
            j -= 1
        core = run[i:min(j, i + MAX_WORDS)]
        words = [m.group() for m in core]
        # a capitalised word is a name the writer left plain ("Beth Rigby"): neither coded nor decoded
        unlisted = [k for k, (m, w) in enumerate(zip(core, words))
                    if not listed(w.strip(_TRIM)) and not orig[m.start():m.end()].istitle()]
        if len(words) >= 3 and len(unlisted) * 2 > len(words):
            best = None
            for reading, rule in _readings(words, known):
                n = _listed(reading, known)
                # the game must make words of the words that were none (most of them, two of four letters
                # or more), not turn a text of another language into short English words ("foto de pres")
                made = [reading[k].strip(_TRIM) for k in unlisted if reading[k].strip(_TRIM) in known]
                long_made = sum(len(w) >= 4 for w in made) >= 2 or (len(made) >= 4 and sum(map(len, made)) >= 12)
                if len(made) >= max(2, 0.6 * len(unlisted)) and long_made \
                        and n * 2 > len(words) and (best is None or n > best[0]):
                    best = (n, reading, rule)
            if best is not None:
                yield core[0].start(), core[-1].end(), " ".join(best[1]), best[2]
        run.clear()

    prev = -1
    for m in _TOKEN.finditer(text):
        if not _HAS_LETTER.search(m.group()) and not _KEY_WORD.fullmatch(m.group()):
            continue
        if run and text[prev:m.start()] != " ":
            yield from close()
        if len(m.group()) > 24:
            yield from close()
            prev = -1
            continue
        run.append(m)
        prev = m.end()
    yield from close()
