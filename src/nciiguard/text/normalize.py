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
list of edits applied to (text, starts, ends) arrays (:mod:`.edits`); no stage ever reorders text,
so spans are monotonic. The stages of ``plain`` are here; those only ``folded`` runs (spaced letters,
leetspeak, repeats) are :mod:`.folding`.

All patterns are compiled at import and written so that matching is linear in the input (no
nested quantifiers over overlapping classes): hostile inputs such as 60 000 ``(`` finish quickly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..findings import Span
from .confusables import ATTACHED_INVISIBLE, CONFUSABLES, INVISIBLE, MARK_CLASS, MIXED_ONLY
from .edits import apply_edits
from .encodings import decode_encodings
from .phrase_decode import decode_phrases
from .folding import (LEET_MAP, squeeze, stage_join, stage_leet, stage_repeats, stage_script_separators,
                      stage_spaced_clusters)

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
    #: Coded phrases read as a whole (:mod:`.phrase_decode`): ``(start, end, rule)`` in ``original``.
    decoded: tuple[tuple[int, int, str], ...] = ()


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
    if "\U0001f1e6" <= ch <= "\U0001f1ff":
        # Round 8: regional indicator letters ("🇳🇺🇩🇪" spells nude with two flags) read as letters.
        return chr(ord("a") + ord(ch) - 0x1F1E6), True
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
    if _NATIVE_DIGIT_RE.search(original):
        text, starts, ends = _native_digits(original, text, starts, ends)
    return text, starts, ends


#: A decimal digit of another script: Arabic-Indic "١٤", Persian "۱۴", Devanagari "१४", Bengali "১৪" ...
_NATIVE_DIGIT_RE = re.compile(r"(?![0-9])\d")


def _native_digits(original: str, text: str, starts, ends) -> tuple[str, list, list]:
    """Read digits of other scripts as the ASCII digits they are (round 9).

    The confusables table folds some of them to Latin look-alikes (Persian "۱" -> "l", Bengali
    "৪" -> "8"), so "۱۴ ساله" (14 years old) lost its age. A run of characters that are decimal digits
    in the original reads as ASCII digits unless it sits between ASCII letters, where a digit is a
    homoglyph typed into a Latin word ("p٥rn" stays a disguise for the leet and lexicon readers).
    """
    n = len(text)
    is_digit = [unicodedata.category(original[starts[k]]) == "Nd" and ends[k] - starts[k] == 1 for k in range(n)]
    edits = []
    k = 0
    while k < n:
        if not is_digit[k]:
            k += 1
            continue
        j = k
        while j < n and is_digit[j]:
            j += 1
        before = text[k - 1] if k else " "
        after = text[j] if j < n else " "
        latin_word = before.isascii() and before.isalpha() or after.isascii() and after.isalpha()
        if not latin_word:
            for m in range(k, j):
                d = str(unicodedata.digit(original[starts[m]]))
                if text[m] != d:
                    edits.append((m, m + 1, d))
        k = j
    return apply_edits(text, starts, ends, edits)


# Underscores end words here as they end tokens ("A_×Ø" must read like "A" and "×Ø").
# An asterisk inside a word masks a letter of it ("г*лая"): the word keeps its script as one word.
_WORD_RE = re.compile(rf"(?:[^\W_]|[{MARK_CLASS}])+(?:\*+(?:[^\W_]|[{MARK_CLASS}])+)*")


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
    loose_raw: dict[int, str] = {}
    for s, e, raw, is_loose in conf:
        for k in range(s, e):
            mapped[k] = True
            loose[k] = is_loose
        if is_loose:
            loose_raw[s] = raw
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
        if genuine_ascii:
            back = _latin_inside_other_script(text, ws, we, mapped, loose_raw)
            if back is not None:
                # "гoлaя": a Russian word with Latin look-alikes typed into it reads as Russian
                while ci < len(conf) and conf[ci][0] < we:
                    cs, ce, raw, _loose = conf[ci]
                    edits.append((cs, ce, raw))
                    ci += 1
                edits.extend(back)
                edits.sort()
            continue
        if all_ascii:
            continue
        while ci < len(conf) and conf[ci][0] < we:
            s, e, raw, _loose = conf[ci]
            edits.append((s, e, raw))
            ci += 1
    return apply_edits(text, starts, ends, edits)


#: Latin letters that stand for Cyrillic or Greek ones in a word of that script (round 8).
_TO_CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "y": "у", "x": "х", "k": "к", "i": "і", "m": "м",
                "h": "н", "b": "в", "t": "т"}
_TO_GREEK = {"a": "α", "o": "ο", "v": "ν", "i": "ι", "k": "κ", "p": "ρ", "t": "τ", "u": "υ", "x": "χ", "y": "γ",
             "n": "η", "e": "ε"}


def _latin_inside_other_script(text: str, ws: int, we: int, mapped: list[bool],
                               loose_raw: dict[int, str] | None = None) -> list | None:
    """Edits turning the Latin look-alikes of a Cyrillic or Greek word back into that script, or None.

    A word counts as Cyrillic (Greek) when it has a Cyrillic (Greek) letter with no Latin look-alike
    ("л", "я"; "γ", "λ") and every Latin letter typed has a look-alike in that script: "гoлaя" is
    "голая" with two Latin letters, "тoплec" is "топлес", "nսde" stays English (one Armenian letter).
    With only one such letter, at most three Latin letters ("гoлa", "пopнo"): a stray letter in a
    longer Latin word leaves it Latin."""
    own = {"Cyrillic": 0, "Greek": 0}
    latin = 0
    for k in range(ws, we):
        ch = text[k]
        raw = loose_raw.get(k) if loose_raw else None
        if raw is not None:  # a loose look-alike ("п" read as "n") is a letter of its own script here
            ch = raw
            if "\u0400" <= ch <= "\u04ff":
                own["Cyrillic"] += 1
            elif "\u0370" <= ch <= "\u03ff":
                own["Greek"] += 1
            continue
        if ch < "\x80":
            if ch.isalpha() and not mapped[k]:
                latin += 1
        elif ch.isalpha() and not mapped[k]:
            if "\u0400" <= ch <= "\u04ff":
                own["Cyrillic"] += 1
            elif "\u0370" <= ch <= "\u03ff":
                own["Greek"] += 1
    script = max(own, key=own.get)
    # Round 9: one letter of the script is enough when the Latin letters are few and every one has a
    # look-alike there ("гoлa", "пopнo", "γuμvή"); a stray letter in a longer Latin word stays Latin.
    if own[script] < 1 or own[script] < 2 and latin > 3:
        return None
    table = _TO_CYRILLIC if script == "Cyrillic" else _TO_GREEK
    edits = []
    for k in range(ws, we):
        ch = text[k]
        if ch < "\x80" and ch.isalpha() and not mapped[k]:
            other = table.get(ch.lower())
            if other is None:
                return None
            edits.append((k, k + 1, other if ch.islower() else other.upper()))
    return edits


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


#: One or two letters in brackets glued to letters on both sides ("n[u]de", "t(o)pl[e]ss"): prompt
#: emphasis never weights part of a word, so the brackets only cut the word for a filter.
_INNER_BRACKETS_RE = re.compile(r"(?<=[^\W\d_])([\[({])([^\W\d_]{1,2})([\])}])(?=[^\W\d_])")


#: A gender-inclusive ending in brackets at the end of a word ("nu(e)", "attaché(e)s" is already inner, "nua(s)"):
#: the word is read with the ending glued ("nue"), as "nu·e" and "nu.e" already read. Round 31: "nu(e)" became
#: "nu e", which no term holds (Romanian "nu e" is "is not"). An "(a)" after an "o" replaces the ending
#: ("pelado(a)", "desnudo(a)"): the word before it already reads, so it is left alone.
_INCLUSIVE_END_RE = re.compile(r"(?<=[^\W\d_])\((es|e|as|a)\)(?![^\W\d_])", re.IGNORECASE)


def _stage_inner_brackets(text: str, starts, ends):
    if "(" not in text and "[" not in text and "{" not in text:
        return text, starts, ends
    edits = [(m.start(), m.end(), [(ch, m.start(2) + k, m.start(2) + k + 1) for k, ch in enumerate(m.group(2))])
             for m in _INNER_BRACKETS_RE.finditer(text)]
    if "(" in text:
        taken = {e[0] for e in edits}
        for m in _INCLUSIVE_END_RE.finditer(text):
            if m.start() in taken or (m.group(1)[0] in "aA" and text[m.start() - 1] in "oO"):
                continue
            edits.append((m.start(), m.end(), [(ch, m.start(1) + k, m.start(1) + k + 1)
                                               for k, ch in enumerate(m.group(1))]))
        edits.sort()
    return apply_edits(text, starts, ends, edits)


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
    new_text, new_s, new_e = apply_edits(text, starts, ends, edits)
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
    return apply_edits(text, starts, ends, edits)


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


def normalize(original: str, *, coded_phrases: bool = True) -> NormalizedText:
    """Normalise ``original`` into ``plain`` and ``folded`` views (see the module docstring).

    ``coded_phrases=False`` skips reading coded runs as a whole (:mod:`.phrase_decode`): for word
    lists normalised at load (12,000 lexicon terms, minor-lexicon terms, registry aliases: none of them
    coded), where it cost ~0.4 s, and for pieces of a field that was decoded already.
    Linear in the length of the text; raises TypeError for anything that is not a ``str``.
    """
    if not isinstance(original, str):
        raise TypeError(f"normalize() needs a str, got {type(original).__name__}")
    phrases = decode_phrases(original) if coded_phrases else []
    base = original if not phrases else _apply(original, phrases)
    decoded = decode_encodings(base)
    if decoded is None:
        text, starts, ends = _stage_chars(base)
    else:  # entities, escapes, Braille, turned text ... read first; spans composed back to the original
        dtext, dstarts, dends = decoded
        text, cstarts, cends = _stage_chars(dtext)
        starts = [dstarts[i] for i in cstarts]
        ends = [dends[j - 1] for j in cends]
    if phrases:  # coded phrases read first of all: spans composed back through their reading
        _ptext, pstarts, pends = _apply_spans(original, phrases)
        starts = [pstarts[i] for i in starts]
        ends = [pends[j - 1] for j in ends]
    text, starts, ends = _stage_inner_brackets(text, starts, ends)
    text, starts, ends, raw_tags = _stage_syntax(text, starts, ends)
    text, starts, ends = _stage_case(text, starts, ends)
    text, starts, ends = _stage_space(text, starts, ends)
    plain = _view(text, starts, ends)

    ftext, fs, fe = stage_spaced_clusters(text, starts, ends, original)
    ftext, fs, fe = stage_join(ftext, fs, fe, original)
    ftext, fs, fe = stage_script_separators(ftext, fs, fe, original)
    ftext, fs, fe = stage_leet(ftext, fs, fe)
    ftext, fs, fe = stage_repeats(ftext, fs, fe)
    folded = _view(ftext, fs, fe) if ftext != text or fs is not starts else plain

    tags = tuple(Tag(kind, original[ns:ne], span) for kind, (ns, ne), span in raw_tags)
    return NormalizedText(original, folded, plain, tags, tuple((a, b, rule) for a, b, _r, rule in phrases))


def _apply(text: str, phrases) -> str:
    return _apply_spans(text, phrases)[0]


def _apply_spans(text: str, phrases) -> tuple[str, list[int], list[int]]:
    """``text`` with each coded run replaced by its reading; each character's span in ``text`` (a
    reading's characters carry the whole run's span)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, reading, _rule in phrases:
        if a < pos:
            continue
        out.append(text[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        out.append(reading)
        starts.extend([a] * len(reading))
        ends.extend([b] * len(reading))
        pos = b
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(out), starts, ends
