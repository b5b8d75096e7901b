"""Normalise prompt text so lexicons see the words people meant, with spans back to the original.

People who want a sexual image of a real person past a filter write ``n.u.d.e``, ``ｎｕｄｅ``,
``nսde`` (an Armenian letter), ``n\\u200bude`` (a zero-width space), ``nuuuude``, ``s3x``, or hide
words inside prompt syntax (``(nude:1.4)``, ``[clothed:nude:0.3]``, ``<lora:some_person_v2:0.8>``).
:func:`normalize` undoes these and gives two views of the text:

``plain``
    Unicode NFKC (per character), homoglyphs to ASCII, diacritics and invisible characters
    removed, prompt syntax removed (weights, brackets, prompt editing, alternation, network tags
    turned into their name's words, ``BREAK``/``AND`` into separators), case folded, whitespace
    collapsed. Digits stay as written: ages (``15yo``), years, handles, model numbers.
``folded``
    ``plain`` plus guesses that only make sense against a lexicon: leetspeak undone inside words
    that mix letters with digits/symbols (``s3x`` -> ``sex``), spaced or dotted letters joined
    (``n u d e`` -> ``nude``), runs of 3+ equal letters collapsed (``nuuuude`` -> ``nude``).

Every character of a view carries the half-open span of original characters that produced it,
so :meth:`View.to_original` maps any range of a view back to what the user typed. Each stage is a
list of edits applied to (text, starts, ends) arrays; no stage ever reorders text, so spans are
monotonic.

All patterns are compiled at import and written so that matching is linear in the input (no
nested quantifiers over overlapping classes): hostile inputs such as 60 000 ``(`` finish quickly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..findings import Span
from .confusables import ATTACHED_INVISIBLE, CONFUSABLES, INVISIBLE, MARK_CLASS, MIXED_ONLY

__all__ = ["NormalizedText", "Tag", "Token", "View", "normalize", "squeeze", "LEET_MAP"]


# ---------------------------------------------------------------------------------------------
# Public data types
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Token:
    """A word in a view: a run of letters/digits (and combining marks), apostrophes inside."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Tag:
    """A network tag found in prompt syntax (``<lora:name:0.8>``, ``embedding:name``).

    ``kind`` is lower case (``lora``, ``lyco``, ``hypernet``, ``embedding``), ``name`` is the name
    as written in the original text and ``span`` covers the whole tag in the original.
    """

    kind: str
    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class View:
    """One normalised form of the text, with a map from its characters to the original's."""

    text: str
    tokens: tuple[Token, ...]
    _starts: list[int] = field(repr=False, compare=False)
    _ends: list[int] = field(repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The span ``(ostart, oend)`` of original characters that produced ``text[start:end]``.

        An empty range maps to an empty span at the corresponding original position.
        """
        n = len(self.text)
        if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start <= end <= n:
            raise ValueError(f"range [{start}, {end}) is not within a view of length {n}")
        if start < end:
            return self._starts[start], self._ends[end - 1]
        if start < n:
            p = self._starts[start]
        else:
            p = self._ends[-1] if n else 0
        return p, p

    def span(self, start: int, end: int) -> Span:
        """:meth:`to_original` as a :class:`~nciiguard.findings.Span` (what findings carry)."""
        return Span(*self.to_original(start, end))


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """The original text with its ``plain`` and ``folded`` views and prompt-syntax tags."""

    original: str
    folded: View
    plain: View
    tags: tuple[Tag, ...]


# ---------------------------------------------------------------------------------------------
# Edit machinery: a stream is (text, starts, ends); an edit replaces stream[s:e] with characters
# whose spans come from stream ranges.
# ---------------------------------------------------------------------------------------------
# An edit is (s, e, repl) where repl is a str (every character gets the span of stream[s:e]) or a
# list of (char, vs, ve): the character gets the span of stream[vs:ve] (vs == ve: an insertion).


def _apply(text: str, starts: list[int], ends: list[int], edits: list) -> tuple[str, list, list]:
    if not edits:
        return text, starts, ends
    n = len(text)
    out_t: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    pos = 0
    for s, e, repl in edits:
        if s < pos:  # overlapping edits never happen by construction; skip defensively
            continue
        if s > pos:
            out_t.append(text[pos:s])
            out_s.extend(starts[pos:s])
            out_e.extend(ends[pos:s])
        if isinstance(repl, str):
            if repl:
                if s < e:
                    os_, oe = starts[s], ends[e - 1]
                else:
                    os_, oe = _insert_pos(starts, ends, s, n, out_s, out_e)
                out_t.append(repl)
                out_s.extend([os_] * len(repl))
                out_e.extend([oe] * len(repl))
        else:
            for ch, vs, ve in repl:
                if vs < ve:
                    os_, oe = starts[vs], ends[ve - 1]
                else:
                    os_, oe = _insert_pos(starts, ends, vs, n, out_s, out_e)
                out_t.append(ch)
                out_s.append(os_)
                out_e.append(oe)
        pos = e
    if pos < n:
        out_t.append(text[pos:])
        out_s.extend(starts[pos:])
        out_e.extend(ends[pos:])
    return "".join(out_t), out_s, out_e


def _insert_pos(starts, ends, v, n, out_s, out_e) -> tuple[int, int]:
    p = starts[v] if v < n else (ends[-1] if n else 0)
    # keep both arrays non-decreasing even when inserting inside an expanded character
    os_ = max(p, out_s[-1]) if out_s else p
    oe = max(p, out_e[-1]) if out_e else p
    return os_, oe


# ---------------------------------------------------------------------------------------------
# Stage 1: per character (NFKC, homoglyphs, marks, invisibles). Case is kept here because
# prompt keywords (BREAK, AND) and camelCase network names need it.
# ---------------------------------------------------------------------------------------------
_TEXT, _MARK, _DROP, _ATTACHED, _CONF, _LOOSE = 0, 1, 2, 3, 4, 5
_FOLD_CACHE: dict[str, tuple[int, str, str]] = {}
_ASCII_DROP_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_DROP = frozenset(chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
# Whitespace-looking characters that are not Unicode whitespace.
_EXTRA_SPACE = frozenset("\u2800\u180e")


def _map_ascii(ch: str) -> tuple[str | None, bool]:
    """ASCII reading of one NFKC character and whether it came from the homoglyph table.

    Latin letters with diacritics (é, ő) read as their base letter; other characters only
    through the confusables table (directly, or their base letter: Greek ό -> ο -> o).
    """
    if ch < "\x80":
        return ch, False
    m = CONFUSABLES.get(ch)
    if m is not None:
        return m, True
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) > 1:
        base = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
        if len(base) == 1:
            if base < "\x80":
                return base, False
            m = CONFUSABLES.get(base)
            if m is not None:
                return m, True
    return None, False


def _fold_char(c: str) -> tuple[int, str, str]:
    """Classify and fold one original character: (kind, folded, raw NFKC form).

    Cached: prompts reuse few distinct characters. ``_CONF`` means a homoglyph was mapped; the
    word-level pass in :func:`_stage_chars` may undo that for words of a genuine other script.
    """
    hit = _FOLD_CACHE.get(c)
    if hit is not None:
        return hit
    cat = unicodedata.category(c)
    if c in INVISIBLE:
        res = (_ATTACHED if c in ATTACHED_INVISIBLE else _DROP, "", "")
    elif c in _EXTRA_SPACE or c.isspace():
        res = (_TEXT, c if c in "\n\t\r" else " ", "")
    elif cat == "Cf" or cat == "Cc":
        res = (_DROP, "", "")
    elif cat[0] == "M":
        res = (_MARK, c, c)
    elif c in MIXED_ONLY:
        res = (_LOOSE, MIXED_ONLY[c], c)
    else:
        raw = unicodedata.normalize("NFKC", c)
        parts: list[str] = []
        conf = False
        for ch in raw:
            m, from_table = _map_ascii(ch)
            if m is not None:
                parts.append(m)
                conf = conf or from_table
            elif unicodedata.category(ch)[0] == "M" and parts and parts[-1][-1:] < "\x80":
                continue  # a compatibility decomposition left a mark on an ASCII base
            elif ch.isspace():
                parts.append(" ")
            else:
                parts.append(ch)
        res = (_CONF if conf else _TEXT, "".join(parts), raw)
    if len(_FOLD_CACHE) < 50_000:
        _FOLD_CACHE[c] = res
    return res


def _stage_chars(original: str) -> tuple[str, list[int], list[int]]:
    n = len(original)
    if original.isascii() and not _ASCII_DROP_RE.search(original):
        return original, list(range(n)), list(range(1, n + 1))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    conf: list[tuple[int, int, str, bool]] = []  # (out start, out end, raw, loose) of each mapped homoglyph
    # A combining mark is kept only on a letter of a script we do not fold (Devanagari vowel
    # signs, Cyrillic breve); on ASCII, on nothing or on a symbol it is stripped: é -> e.
    keeps_marks = False
    for i, c in enumerate(original):
        if c < "\x80":
            if c in _ASCII_DROP:
                continue
            out.append(c)
            starts.append(i)
            ends.append(i + 1)
            keeps_marks = False
            continue
        kind, folded, raw = _fold_char(c)
        if kind == _TEXT or kind == _CONF or kind == _LOOSE:
            if kind != _TEXT:
                conf.append((len(out), len(out) + len(folded), raw, kind == _LOOSE))
            for ch in folded:
                out.append(ch)
                starts.append(i)
                ends.append(i + 1)
            if folded:
                keeps_marks = folded[-1] >= "\x80" and folded[-1].isalpha()
        elif kind == _MARK:
            if not keeps_marks:
                if ends:
                    ends[-1] = i + 1  # the mark belongs to the letter before it
            else:
                out.append(c)
                starts.append(i)
                ends.append(i + 1)
        elif kind == _ATTACHED:
            if ends:
                ends[-1] = i + 1
        # _DROP: nothing
    # ``out`` holds one str per output character here, so list indexes are text offsets.
    text = "".join(out)
    if conf:
        text, starts, ends = _keep_other_scripts(text, starts, ends, conf)
    return text, starts, ends


# Underscores end words here as they end tokens ("A_×Ø" must read like "A" and "×Ø").
_WORD_RE = re.compile(rf"(?:[^\W_]|[{MARK_CLASS}])+")


def _keep_other_scripts(text: str, starts, ends, conf) -> tuple[str, list, list]:
    """Undo homoglyph mapping inside words that are genuinely in another script.

    A homoglyph is kept as ASCII when its word also has a real ASCII letter ("nսde": Latin with
    an Armenian letter) or when every letter of the word reads as ASCII ("ѕех": all Cyrillic
    look-alikes, a whole-word disguise). A Russian or Greek word with letters that have no ASCII
    look-alike ("секс", "γυναίκα") is left in its own script, so a lexicon in that language can
    still match it. A loose look-alike (``MIXED_ONLY``: "naкed") reads as ASCII only in a word with
    a genuine ASCII letter, and counts as a letter of its own script otherwise ("секс").
    """
    mapped = [False] * len(text)
    loose = [False] * len(text)
    for s, e, _raw, is_loose in conf:
        for k in range(s, e):
            mapped[k] = True
            loose[k] = is_loose
    edits = []
    ci = 0
    for m in _WORD_RE.finditer(text):
        ws, we = m.span()
        while ci < len(conf) and conf[ci][1] <= ws:
            ci += 1
        if ci >= len(conf) or conf[ci][0] >= we:
            continue
        genuine_ascii = False
        all_ascii = True
        for k in range(ws, we):
            ch = text[k]
            if ch < "\x80":
                if not mapped[k] and ch.isalpha():
                    genuine_ascii = True
                    break
                if loose[k]:
                    all_ascii = False
            elif ch.isalpha():
                all_ascii = False
        if genuine_ascii or all_ascii:
            continue
        while ci < len(conf) and conf[ci][0] < we:
            s, e, raw, _loose = conf[ci]
            edits.append((s, e, raw))
            ci += 1
    return _apply(text, starts, ends, edits)


# ---------------------------------------------------------------------------------------------
# Stage 2: prompt syntax of AUTOMATIC1111/Forge, ComfyUI, InvokeAI, NovelAI.
# ---------------------------------------------------------------------------------------------
_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"
_NET_KINDS = r"lora|lyco|locon|loha|lokr|lycoris|hypernet|hypernetwork|embedding|ti"
_SYNTAX_RE = re.compile(
    rf"""
      (?P<tag><[ \t]*(?P<kind>(?i:{_NET_KINDS}))[ \t]*:(?P<name>[^<>:]*)(?::[^<>]*)?>)
    | (?P<emb>(?<![\w])(?i:embedding):(?P<ename>[^\s,()\[\]{{}}<>:|\\]+))
    | (?P<weight>::?[ \t]*{_NUM}[ \t]*(?=[)\]}}>]))
    | (?P<naiw>(?<![\w.]){_NUM}::)
    | (?P<invw>(?<=\))[-+]?\d*\.\d+)
    | (?P<pm>(?<=[)\w])[+\-]+(?=[\s,;)\]}}]|\Z))
    | (?P<kw>\b(?:BREAK|AND)\b)
    | (?P<colon>::?)
    | (?P<open>[(\[{{<])
    | (?P<close>[)\]}}>])
    | (?P<misc>[|\\])
    """,
    re.VERBOSE,
)
_NAME_EXT_RE = re.compile(r"\.(?:safetensors|ckpt|pt|pth|bin)$", re.IGNORECASE)
_NAME_SEP = frozenset("_-. \t")


def _name_repl(text: str, s: int, e: int) -> list:
    """Characters for a network name in stream[s:e]: separators become spaces, camelCase splits."""
    m = _NAME_EXT_RE.search(text, s, e)
    if m:
        e = m.start()
    repl: list = []
    prev = ""
    for i in range(s, e):
        ch = text[i]
        if ch in _NAME_SEP:
            repl.append((" ", i, i + 1))
        else:
            if prev and (
                (prev.islower() and ch.isupper())
                or (prev.isupper() and ch.isupper() and i + 1 < e and text[i + 1].islower())
            ):
                repl.append((" ", i, i))  # camelCase boundary: an inserted separator
            repl.append((ch, i, i + 1))
        prev = ch
    return repl


def _stage_syntax(text: str, starts, ends) -> tuple[str, list, list, list]:
    edits: list = []
    tags: list = []  # (kind, (name_start, name_end) in the original, Span of the tag)
    depth = 0
    for m in _SYNTAX_RE.finditer(text):
        group = m.lastgroup
        s, e = m.span()
        if group == "tag":
            ns, ne = m.span("name")
            name_s, name_e = ns, ne
            while name_s < name_e and text[name_s] in " \t":
                name_s += 1
            while name_e > name_s and text[name_e - 1] in " \t":
                name_e -= 1
            repl = [(" ", s, name_s)] + _name_repl(text, name_s, name_e) + [(" ", name_e, e)]
            edits.append((s, e, repl))
            if name_s < name_e:
                os_, oe = starts[s], ends[e - 1]
                nos, noe = starts[name_s], ends[name_e - 1]
                tags.append((m.group("kind").lower(), (nos, noe), Span(os_, oe)))
        elif group == "emb":
            ns, ne = m.span("ename")
            repl = [(" ", s, ns)] + _name_repl(text, ns, ne)
            edits.append((s, e, repl))
            tags.append(("embedding", (starts[ns], ends[ne - 1]), Span(starts[s], ends[e - 1])))
        elif group == "kw":
            edits.append((s, e, ","))
        elif group == "colon":
            if depth > 0 or e - s == 2:
                edits.append((s, e, " "))
        elif group == "open":
            depth += 1
            edits.append((s, e, " "))
        elif group == "close":
            depth = max(0, depth - 1)
            edits.append((s, e, " "))
        else:  # weight, naiw, invw, pm, misc
            edits.append((s, e, " "))
    new_text, new_s, new_e = _apply(text, starts, ends, edits)
    return new_text, new_s, new_e, tags


# ---------------------------------------------------------------------------------------------
# Stage 3: case folding; stage 4: whitespace.
# ---------------------------------------------------------------------------------------------
def _stage_case(text: str, starts, ends):
    if text.isascii():
        return text.lower(), starts, ends
    folded = text.casefold()
    if len(folded) == len(text):  # casefold is per character: equal length means 1:1
        return folded, starts, ends
    out: list[str] = []
    new_s: list[int] = []
    new_e: list[int] = []
    for ch, s, e in zip(text, starts, ends):
        f = ch.casefold()
        out.append(f)
        new_s.extend([s] * len(f))
        new_e.extend([e] * len(f))
    return "".join(out), new_s, new_e


_WS_RE = re.compile(r"\s+")


def _stage_space(text: str, starts, ends):
    n = len(text)
    edits = []
    for m in _WS_RE.finditer(text):
        s, e = m.span()
        if s == 0 or e == n:
            edits.append((s, e, ""))
        elif e - s > 1 or text[s] != " ":
            edits.append((s, e, " "))
    return _apply(text, starts, ends, edits)


# ---------------------------------------------------------------------------------------------
# Folded-only stages: spaced letters, leetspeak, repeated letters.
# ---------------------------------------------------------------------------------------------
_SEP = r"[ .\-_*/~+]"
# Three or more single characters separated by 1-3 separator characters: "n u d e", "n.u.d.e".
_SPACED_RE = re.compile(rf"(?<![^\W_])[^\W_](?:{_SEP}{{1,3}}[^\W_](?![^\W_])){{2,}}")
_SPACED_PIECE_RE = re.compile(r"[^\W_]")
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


def _stage_join(text: str, starts, ends, original: str | None = None):
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
                edits.extend((x + 1, y, "") for x, y in zip(group, group[1:]))
                i = j + 2  # the last piece of this group cannot start another one
            else:
                i = j + 1
        # Only this run's edits: earlier runs lie elsewhere, and passing all of them made every
        # run cost O(edits so far), quadratic in the prompt (issue 11).
        edits.extend(_join_short_words(text, pieces, gaps, edits[run_edits:]))
    edits.sort(key=lambda e: e[0])
    return _apply(text, starts, ends, edits)


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


def _stage_leet(text: str, starts, ends):
    edits = []
    for m in _LEET_WORD_RE.finditer(text):
        word = m.group()
        if word.isalpha() or word.isdigit():
            continue
        base = m.start()
        for k, ch in _unleet(word):
            edits.append((base + k, base + k + 1, ch))
    return _apply(text, starts, ends, edits)


_REPEAT_RE = re.compile(r"([^\W\d_])\1{2,}")
_SQUEEZE_RE = re.compile(r"([^\W\d_])\1+")


def squeeze(word: str) -> str:
    """Collapse every run of a repeated letter to one letter: ``boobs`` -> ``bobs``.

    ``folded`` collapses runs of three or more to one letter (``nuuuude`` -> ``nude``), which
    turns ``boooobs`` into ``bobs``. A matcher that compares ``squeeze(token)`` with
    ``squeeze(term)`` finds the lexicon term either way.
    """
    return _SQUEEZE_RE.sub(r"\1", word)
_WORDCHAR_RE = re.compile(r"[^\W_]")


def _stage_repeats(text: str, starts, ends):
    edits = []
    n = len(text)
    for m in _REPEAT_RE.finditer(text):
        s, e = m.span()
        before = s > 0 and _WORDCHAR_RE.match(text, s - 1) is not None
        after = e < n and _WORDCHAR_RE.match(text, e) is not None
        if not before and not after:
            continue  # the whole word is the run ("xxx", "zzz"): keep it
        edits.append((s, e, m.group(1)))
    return _apply(text, starts, ends, edits)


# ---------------------------------------------------------------------------------------------
# Tokens and the entry point
# ---------------------------------------------------------------------------------------------
# One character class (faster than an alternation per character); underscores, which \w
# includes, are split off afterwards: "score_9" is two tokens.
_W = rf"[\w{MARK_CLASS}]"
_TOKEN_RE = re.compile(rf"{_W}+(?:'{_W}+)*")
_UNDERSCORE_SPLIT_RE = re.compile(r"[^_']+(?:'[^_']+)*")


def _view(text: str, starts: list[int], ends: list[int]) -> View:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        if "_" in word:
            base = m.start()
            for m2 in _UNDERSCORE_SPLIT_RE.finditer(word):
                tokens.append(Token(m2.group(), base + m2.start(), base + m2.end()))
        else:
            tokens.append(Token(word, m.start(), m.end()))
    return View(text, tuple(tokens), starts, ends)


def normalize(original: str) -> NormalizedText:
    """Normalise ``original`` into ``plain`` and ``folded`` views (see the module docstring).

    Linear in the length of the text; raises TypeError for anything that is not a ``str``.
    """
    if not isinstance(original, str):
        raise TypeError(f"normalize() needs a str, got {type(original).__name__}")
    text, starts, ends = _stage_chars(original)
    text, starts, ends, raw_tags = _stage_syntax(text, starts, ends)
    text, starts, ends = _stage_case(text, starts, ends)
    text, starts, ends = _stage_space(text, starts, ends)
    plain = _view(text, starts, ends)

    ftext, fs, fe = _stage_join(text, starts, ends, original)
    ftext, fs, fe = _stage_leet(ftext, fs, fe)
    ftext, fs, fe = _stage_repeats(ftext, fs, fe)
    folded = _view(ftext, fs, fe) if ftext != text or fs is not starts else plain

    tags = tuple(Tag(kind, original[ns:ne], span) for kind, (ns, ne), span in raw_tags)
    return NormalizedText(original, folded, plain, tags)
