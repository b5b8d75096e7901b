"""The ``folded`` view's own stages: spaced letters joined, leetspeak undone, repeated letters collapsed.

These are guesses that only make sense against a lexicon (``n u d e`` -> ``nude``, ``s3x`` ->
``sex``, ``nuuuude`` -> ``nude``), so :func:`nciiguard.text.normalize.normalize` runs them on the
``plain`` stream to make ``folded`` only. Each stage is linear in the text (issue 11).
"""

from __future__ import annotations

import re
import unicodedata

from .edits import apply_edits

__all__ = ["stage_join", "stage_leet", "stage_repeats", "stage_script_separators", "stage_spaced_clusters", "squeeze", "strip_marks", "LEET_MAP"]


# ---------------------------------------------------------------------------------------------
# Folded-only stages: spaced letters, leetspeak, repeated letters.
# ---------------------------------------------------------------------------------------------
_SEP = r"[ .\-_*/~+]"
# Three or more single characters separated by 1-3 separator characters: "n u d e", "n.u.d.e".
# A piece is a letter, a digit or a leet symbol ("N.U.$", "$.u.c.3.r", "F.!.C.K": the symbol is a letter too).
_PIECE = r"(?:[^\W_]|[@$!])"
_SPACED_RE = re.compile(rf"(?<![^\W_@$!]){_PIECE}(?:{_SEP}{{1,3}}{_PIECE}(?![^\W_@$!])){{2,}}")
_SPACED_PIECE_RE = re.compile(r"[^\W_]|[@$!]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def _camel_spaced(original: str | None, starts, group: list[int]) -> bool:
    """True when the spaced letters of ``group`` were written with a capital after a lower-case
    letter in the original ("A n d y B r y a n t"): a spaced name, whose first letter is no article."""
    if original is None:
        return False
    chars = [original[starts[p]] if starts[p] < len(original) else "" for p in group]
    return any(b.isupper() and a.islower() for a, b in zip(chars, chars[1:]))


def _capital_at(original: str | None, starts, p: int) -> bool:
    return original is not None and starts[p] < len(original) and original[starts[p]].isupper()


def stage_join(text: str, starts, ends, original: str | None = None):
    edits = []
    for m in _SPACED_RE.finditer(text):
        run_edits = len(edits)  # this run's edits start here (see _join_short_words below)
        base = m.start()
        pieces = [base + pm.start() for pm in _SPACED_PIECE_RE.finditer(m.group())]
        # A gap that was wider in the original (two spaces collapsed to one by the space stage)
        # is a different separator: "e m m a  w a t s o n" is two spaced words, not one.
        gaps = [text[x + 1 : y] + ("+" if ends[y - 1] - starts[x + 1] > y - x - 1 else "")
                for x, y in zip(pieces, pieces[1:])]
        inner, n_words = _inner_gap(gaps)
        # Split where the separator changes: "a n.u.d.e" is the word "a" then a dotted word.
        i = 0
        while i < len(gaps):
            j = i
            while j + 1 < len(gaps) and gaps[j + 1] == gaps[i]:
                j += 1
            group = pieces[i : j + 2]
            if n_words >= 2 and gaps[i] != inner:
                # In a spaced sentence ("g i r l  i n  a  b e d") a run of word breaks is no
                # word: "n  a  b" are the ends of three words.
                i = j + 1
                continue
            # A spaced name keeps its first letter: "A n d y B r y a n t" (camel case), or
            # "A s t r i d  B e t a n c o u r t" (capitalised, then a wider gap before another
            # capitalised spaced word).
            name_like = _camel_spaced(original, starts, group) or (
                j + 1 < len(gaps) and gaps[j + 1].endswith("+")
                and _capital_at(original, starts, group[0]) and _capital_at(original, starts, pieces[j + 2])
            ) or (i > 0 and "-" in gaps[i - 1] and _capital_at(original, starts, group[0]))
            # ^ "A l - A w a d i": a capital right after a hyphen starts a name part, no article
            if gaps[i] == " " and len(group) > 3 and text[group[0]] in "ai" and not name_like:
                group = group[1:]  # "a n u d e": the English word "a" before a spaced word
            if len(group) >= 3 and sum(1 for p in group if text[p].isalpha()) >= 2:
                edits.extend(_own_script_letters(text, starts, original, group))
                edits.extend((x + 1, y, "") for x, y in zip(group, group[1:]))
                i = j + 2  # the last piece of this group cannot start another one
            else:
                i = j + 1
        # Only this run's edits: earlier runs lie elsewhere, and passing all of them made every
        # run cost O(edits so far), quadratic in the prompt (issue 11).
        edits.extend(_join_short_words(text, pieces, gaps, edits[run_edits:]))
    edits.sort(key=lambda e: e[0])
    return apply_edits(text, starts, ends, edits)


def _own_script_letters(text: str, starts, original: str | None, group: list[int]) -> list:
    """Round 8: the letters of a spaced word written in one other script ("г о л а я", "ע י ר ו מ ה")
    were read one by one, so each single letter with a Latin look-alike became Latin ("r o л a я").
    Joined, they are one word of that script again: each piece takes back its own letter."""
    if original is None:
        return []
    blocks = set()
    for p in group:
        o = original[starts[p]] if starts[p] < len(original) else ""
        # a letter of its own script: not Latin, not a compatibility form (fullwidth "ｎ" is Latin)
        if not o.isalpha() or ord(o) < 0x370 or 0x1E00 <= ord(o) <= 0x1EFF or unicodedata.normalize("NFKC", o) != o:
            return []
        blocks.add(ord(o) >> 8)  # Greek 03xx, Cyrillic 04xx, Hebrew 05xx, Arabic 06xx ...
    if len(blocks) != 1:
        return []
    return [(p, p + 1, original[starts[p]].lower()) for p in group if text[p] != original[starts[p]].lower()]


def _inner_gap(gaps: list[str]) -> tuple[str, int]:
    """The gap inside the words of a spaced run (its most frequent gap; a plain gap wins a tie
    over a widened one) and how many words of 2+ letters that gap makes."""
    counts: dict[str, int] = {}
    for g in gaps:
        counts[g] = counts.get(g, 0) + 1
    inner = max(counts, key=lambda g: (counts[g], not g.endswith("+")))
    n_words, run = 0, 0
    for g in gaps + [None]:
        if g == inner:
            run += 1
        else:
            n_words += run > 0
            run = 0
    return inner, n_words


def _join_short_words(text: str, pieces: list[int], gaps: list[str], edits: list) -> list:
    """Two-letter words inside a spaced or dotted sentence, which the group rule above leaves
    apart ("E d  K o w a l c z y k", "W a l i d  A l - M a r o u f i", "N.a.j.i.b a.l.-.D.a.r.w.i.s.h",
    "L.i K.a.-.w.e.n.g", "g i r l  i n  a  b e d").

    The most frequent gap of the run is the gap inside words; every other gap (a wider space,
    a space between dotted words, a hyphen) ends a word. A word of exactly two letters is joined
    when the run holds another word of 2+ letters with the same inner gap, so that two single
    letters alone ("a b") never join. A word break that holds a hyphen (".-.", " - ") becomes
    "-" when both sides were joined ("al-darwish", "ka-weng"): a hyphenated name, not two words.
    """
    if len(pieces) < 4:
        return []
    done = {x for x, _y, _r in edits}  # positions right after a piece already joined to the next
    joined_to = {y for _x, y, _r in edits}  # pieces already joined to the piece before
    inner, n_words = _inner_gap(gaps)
    if n_words < 2:
        return []
    words: list[list[int]] = [[pieces[0]]]
    for k, g in enumerate(gaps):
        if g == inner:
            words[-1].append(pieces[k + 1])
        else:
            words.append([pieces[k + 1]])
    out = []
    joined_words = set()
    for n, w in enumerate(words):
        if len(w) >= 3 and all(x + 1 in done for x in w[:-1]):
            joined_words.add(n)
        elif (len(w) == 2 and all(text[p].isalpha() for p in w)
              and not ({w[0] + 1, w[1] + 1} & done or {w[0], w[1]} & joined_to)):
            out.append((w[0] + 1, w[1], ""))
            joined_words.add(n)
    for n in range(len(words) - 1):
        a, b = words[n][-1] + 1, words[n + 1][0]
        gap = text[a:b]
        if "-" in gap and gap != "-" and n in joined_words and n + 1 in joined_words and a not in done:
            out.append((a, b, "-"))
    return out


# Underscores separate words here as they do for tokens: "0a_a" must read like "0a" and "a".
_LEET_WORD_RE = re.compile(r"(?:[^\W_]|[@$!])+")
_LEET_RUN_RE = re.compile(r"[0-9@$!]+")
#: Leetspeak symbols read as letters inside words (the name reader borrows this table too).
LEET_MAP = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g",
            "@": "a", "$": "s", "!": "i"}  # "1" is decided by context (i or l)
_LEET_CHARS = frozenset(LEET_MAP) | {"1"}
_LEADING_OK = frozenset("4301$@57")
_TRAILING_OK = frozenset("30$5")
# After a leading digit these are numbers, units, counts or ages, not leetspeak: 1girl, 5yo,
# 4k, 3some, 2nd, 4ever, 5cm.
_NUMBER_SUFFIXES = frozenset(
    """st nd rd th s k p d x y yo yr yrs yro yoa year years yearold yearsold girl girls boy boys
    yold yrold yrsold yearold yearsold yoold
    other others some koma ever u you day days nite night real way ways min mins h hr hrs m mm cm
    km kg lb lbs ft in gb mb tb kb fps bit bits pm am g v ch px dpi mp kw""".split()
)
_VOWELS = frozenset("aeiou")


def _unleet(word: str) -> list[tuple[int, str]]:
    """Positions in ``word`` to replace, and by what. Empty if the word is not leetspeak."""
    letters = sum(1 for ch in word if "a" <= ch <= "z")
    if letters < 2:
        return []
    out: list[tuple[int, str]] = []
    n = len(word)
    for m in _LEET_RUN_RE.finditer(word):
        a, b = m.span()
        run = m.group()
        left = a > 0 and "a" <= word[a - 1] <= "z"
        right = b < n and "a" <= word[b] <= "z"
        if left and right:
            ok = b - a <= 3
        elif right and a == 0:
            ok = (
                b - a == 1
                and run in _LEADING_OK
                and word[b:] not in _NUMBER_SUFFIXES
                and (run not in "@$" or n <= 6)
            )
        elif left and b == n:
            # "desnud4", "pelad4", "nu3": Romance words end in a vowel; a word with no vowel before
            # the digit is a product or format ("mp4", "ps3", "gpt4") and stays as written.
            ok = b - a == 1 and ((run in _TRAILING_OK and letters >= 3)
                                 or (run in "34" and any(ch in _VOWELS or ch in "0134" for ch in word[:a])))
        else:
            ok = False
        if not ok or any(ch not in _LEET_CHARS for ch in run):
            continue
        for k in range(a, b):
            ch = word[k]
            if ch == "1":
                nxt = word[k + 1] if k + 1 < n else ""
                out.append((k, "l" if nxt in _VOWELS else "i"))
            else:
                out.append((k, LEET_MAP[ch]))
    return out


def stage_leet(text: str, starts, ends):
    edits = []
    for m in _LEET_WORD_RE.finditer(text):
        word = m.group()
        if word.isalpha() or word.isdigit():
            continue
        base = m.start()
        fixes = _unleet(word) or _unleet_script(word)
        for k, ch in fixes:
            edits.append((base + k, base + k + 1, ch))
    return apply_edits(text, starts, ends, edits)


#: Round 9: digits and symbols that stand for Cyrillic and Greek letters by their look ("г0лая",
#: "раз4ленка" is rare, "3" is "з"; "γυμν0", "γ@μος"). The Latin table would make them Latin letters
#: inside a Cyrillic word, which no lexicon spells.
_LEET_CYRILLIC = {"0": "о", "3": "з", "4": "ч", "6": "б", "@": "а", "1": "і"}
_LEET_GREEK = {"0": "ο", "3": "ε", "1": "ι", "@": "α"}


def _unleet_script(word: str) -> list[tuple[int, str]]:
    """Leet inside a Cyrillic or Greek word: at least two letters of the script, no ASCII letter, and
    the symbol inside the word or a single one at its end after three letters."""
    cyr = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    grk = sum(1 for ch in word if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff")
    if cyr < 2 and grk < 2 or any("a" <= ch <= "z" for ch in word):
        return []
    table = _LEET_CYRILLIC if cyr >= grk else _LEET_GREEK
    out = []
    n = len(word)
    for m in _LEET_RUN_RE.finditer(word):
        a, b = m.span()
        inside = a > 0 and b < n and word[a - 1].isalpha() and word[b].isalpha() and b - a <= 2
        trailing = b == n and b - a == 1 and a >= 3
        if (inside or trailing) and all(ch in table for ch in m.group()):
            out += [(k, table[word[k]]) for k in range(a, b)]
    return out


# Round 9: a separator typed inside a word of a script without Latin letters: "누.드", "裸-照",
# "עי*רומה", "ヌ-ド" (the hyphen stands for the long vowel mark: "ヌード"). Removed in the folded view
# when a letter of the same script stands on both sides, so the lexicon reads the word. Cyrillic and
# Greek keep their hyphens ("кто-то", "по-русски" are words); Chinese and Japanese keep their dots
# (a middle dot separates the parts of a foreign name).
_SCRIPT_SEP_RE = re.compile(r"(?<=\S)[.\-*_·•~+|/#@]{1,2}(?=[^\W\d_])")
#: Separators that part a foreign name in Chinese and Japanese ("エマ・ワトソン", "克里斯·埃文斯").
_NAME_DOTS = frozenset("・･·•‧")


def _block(ch: str) -> int:
    o = ord(ch)
    if 0x3040 <= o <= 0x30FF:
        return 0x30  # hiragana and katakana
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return 0x4E  # CJK ideographs
    if 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF:
        return 0xAC  # Hangul
    return o >> 8


def stage_script_separators(text: str, starts, ends, original: str | None = None):
    if text.isascii():
        return text, starts, ends
    edits = []
    for m in _SCRIPT_SEP_RE.finditer(text):
        a, b = m.span()
        left, right = text[a - 1], text[b]
        if not (left.isalpha() or unicodedata.category(left)[0] == "M"):
            continue  # after a digit, a symbol or a space: no word is cut here
        if left < "\u0370" or right < "\u0370" or 0x1E00 <= ord(left) <= 0x1EFF:
            continue  # Latin (and Latin with accents) is the join stage's business
        kl, kr = _block(left), _block(right)
        if kl != kr and not {kl, kr} <= {0x30, 0x4E}:  # Japanese mixes kana and kanji in one word
            continue
        if kl in (0x03, 0x04, 0x1F) and "-" in m.group():
            continue
        if kl in (0x30, 0x4E) and original is not None and any(
                original[starts[k]] in _NAME_DOTS for k in range(a, b) if starts[k] < len(original)):
            continue  # the middle dot parts a foreign name; a typed "." does not
        kana = 0x30A0 <= ord(left) <= 0x30FF and 0x30A0 <= ord(right) <= 0x30FF
        edits.append((a, b, "ー" if kana and m.group() == "-" else ""))
    # a Greek final sigma that joining left inside a word is a sigma ("χ ω ρ ί ς ρ ο ύ χ α")
    edits += [(k.start(), k.end(), "σ") for k in _MID_FINAL_SIGMA_RE.finditer(text)]
    edits.sort(key=lambda e: e[0])
    return apply_edits(text, starts, ends, edits)


_MID_FINAL_SIGMA_RE = re.compile(r"ς(?=[\u0370-\u03ff\u1f00-\u1fff])")


def stage_spaced_clusters(text: str, starts, ends, original: str | None = None):
    """Runs before :func:`stage_join`, which would cut these runs at every vowel sign."""
    if text.isascii() and (original is None or original.isascii()):
        return text, starts, ends
    restored = []
    if original is not None:
        # a lone letter the confusables table made Latin (Arabic alif "ا" -> "l") is its own letter
        # again inside such a run; only single-letter words are looked at
        chars = list(text)
        for m in _SPACE_TOKEN_RE.finditer(text):
            if m.end() - m.start() == 1 and text[m.start()] < "\x80" and starts[m.start()] < len(original):
                o = original[starts[m.start()]]
                if o.isalpha() and ord(o) >= 0x0590 and unicodedata.normalize("NFKC", o) == o:
                    chars[m.start()] = o
                    restored.append(m.start())
        view = "".join(chars)
    else:
        view = text
    edits = _spaced_clusters(view)
    joined = {x for e in edits for x in (e[0] - 1, e[1])}
    edits += [(k, k + 1, view[k]) for k in restored if k in joined]
    edits.sort(key=lambda e: e[0])
    return apply_edits(text, starts, ends, edits)


def _family(ch: str) -> int:
    blk = _block(ch)
    return _CJ if blk in (0x30, 0x4E) else blk


def _single_cluster(tok: str) -> int | None:
    """The script block of ``tok`` when it is one letter of a script written with marks or without
    spaces (Indic, Thai, Arabic, Hebrew, CJK) and its marks ("ग्", "டை", "สื้"), else None."""
    if not tok or not tok[0].isalpha() or ord(tok[0]) < 0x0590 or 0x1E00 <= ord(tok[0]) <= 0x1FFF:
        return None
    if any(unicodedata.category(ch)[0] != "M" for ch in tok[1:]):
        return None
    blk = _block(tok[0])
    return _CJ if blk in (0x30, 0x4E) else blk


#: Chinese characters and Japanese kana count as one script for spaced runs ("服 を 脱 が せ て").
_CJ = 0x4E
_SPACE_TOKEN_RE = re.compile(r"\S+")


def _spaced_clusters(text: str) -> list:
    """Round 9: letters of Indic, Thai, Arabic, Hebrew or CJK words typed with a space between each
    ("न ग् न", "ஆ டை க ளை", "ถ อ ด เ สื้ อ", "服 を 脱 が せ て"). The join stage reads single
    characters only, and a letter with its vowel sign is two. Three or more such letters of one script
    in a row join; in Thai and CJK, which write no spaces inside a sentence, the word they run into
    joins too ("ผ้ าเพื่อน", "同僚の服 を 脱")."""
    toks = [(m.start(), m.end(), _single_cluster(m.group())) for m in _SPACE_TOKEN_RE.finditer(text)]
    edits = []
    # Chinese and Japanese: a single space next to a lone character, between two of them, is no
    # word break ("のヌ ー ド写真"); "鈴木 健太" (two-character words) keeps its space.
    for (s1, e1, b1), (s2, e2, b2) in zip(toks, toks[1:]):
        if (s2 == e1 + 1 and (b1 == _CJ or b2 == _CJ) and _family(text[e1 - 1]) == _CJ
                and _family(text[s2]) == _CJ):
            edits.append((e1, s2, ""))
    i = 0
    while i < len(toks):
        blk = toks[i][2]
        j = i
        while blk is not None and j + 1 < len(toks) and toks[j + 1][2] == blk and toks[j + 1][0] == toks[j][1] + 1:
            j += 1
        # CJK: two are enough ("ヌ ー ド写真"): a Chinese or Japanese sentence has no spaces
        if blk is not None and blk != _CJ and j - i + 1 >= 3:
            a, b = i, j
            if blk == 0x0E:  # no spaces inside a Thai sentence
                if b + 1 < len(toks) and toks[b + 1][0] == toks[b][1] + 1 and _family(text[toks[b + 1][0]]) == blk:
                    b += 1
                if a > 0 and toks[a - 1][1] + 1 == toks[a][0] and _family(text[toks[a - 1][1] - 1]) == blk:
                    a -= 1
            edits += [(toks[k][1], toks[k + 1][0], "") for k in range(a, b)]
            i = j + 1
        else:
            i += 1
    return edits


_REPEAT_RE = re.compile(r"([^\W\d_])\1{2,}")
_SQUEEZE_RE = re.compile(r"([^\W\d_])\1+")


def strip_marks(text: str) -> str:
    """``text`` with its combining marks dropped after compatibility decomposition (NFKD):
    "goală" -> "goala", "tòpplêss" -> "toppless". The one accent fold of word lists, lexicon keys
    and tokens that are compared with the folded view."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def squeeze(word: str) -> str:
    """Collapse every run of a repeated letter to one letter: ``boobs`` -> ``bobs``.

    ``folded`` collapses runs of three or more to one letter (``nuuuude`` -> ``nude``), which
    turns ``boooobs`` into ``bobs``. A matcher that compares ``squeeze(token)`` with
    ``squeeze(term)`` finds the lexicon term either way.
    """
    return _SQUEEZE_RE.sub(r"\1", word)
_WORDCHAR_RE = re.compile(r"[^\W_]")


def stage_repeats(text: str, starts, ends):
    edits = []
    n = len(text)
    for m in _REPEAT_RE.finditer(text):
        s, e = m.span()
        before = s > 0 and _WORDCHAR_RE.match(text, s - 1) is not None
        after = e < n and _WORDCHAR_RE.match(text, e) is not None
        if not before and not after:
            continue  # the whole word is the run ("xxx", "zzz"): keep it
        edits.append((s, e, m.group(1)))
    return apply_edits(text, starts, ends, edits)
