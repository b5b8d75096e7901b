"""Graded term lists (lexicons) matched over normalised text, with spans in the user's original.

Shared by the text signals. A lexicon is one or more TSV files in ``nciiguard/text/data`` with the
columns ``term, grade, score, lang, source`` (``#`` starts a comment line), plus an optional
exceptions file. Terms are normalised with :func:`nciiguard.text.normalize.normalize` at load
time, so a term and the text it is matched against always went through the same code.

How matching works, and why:

- **Word terms** (Latin, Cyrillic, Greek, Arabic ... scripts) match whole tokens of a view, so
  ``sex`` never fires inside ``Sussex``/``essex`` and ``tit`` never inside ``title``. A multi-word
  term matches consecutive tokens separated by at most a few non-word characters (``see-through``,
  ``huge_breasts``, ``bare  breasts``). A trailing ``*`` makes the last token a stem
  (``masturbat*`` matches ``masturbating``); it is meant for inflected languages.
- **Hangul terms** match the start of a token: Korean attaches particles (``섹스를``).
- **Substring terms** (Han, Kana, Devanagari, Thai, Lao, Burmese, Khmer: scripts written without spaces or whose marks
  the tokeniser cannot rely on) match anywhere in the text.
- Every term is matched over both views of the text: ``folded`` (leetspeak, spacing, repeats
  undone: catches ``s 3 x``, ``nuuude``) and ``plain`` (digits intact). Matches covering the same
  original characters are reported once.
- **Rules** (a term starting with ``re:``) are small grammars for descriptive phrasings whose
  expansion would be thousands of terms: ``re:{took|removed|shed} off {her|his|} {clothes|bra}``.
  ``{a|b}`` lists alternatives, an empty alternative makes the slot optional, ``~N`` (N < 10)
  skips up to N arbitrary words between two slots, a last slot ``!{a|b}`` means "not followed by
  a or b" (``giving him a blow !{to|with}``: the oral-sex idiom, not a punch), words are separated
  like multi-word terms (spaces, hyphens, underscores). They compile to one regular expression
  each, matched on word boundaries of the ``folded`` view only (folding already undid leetspeak,
  so the plain view would add nothing).
- **Exceptions** suppress benign senses instead of dropping useful terms: a ``phrase`` exception
  (``breast cancer``, ``naked mole rat``, ``nude lipstick``) suppresses any term match it covers; a
  ``near`` exception suppresses a term when one of its context words is within ``window`` tokens
  (``cock`` near ``rooster``/``hen``). Suppression happens in the view where the match was found.

Matching is linear in the number of tokens (dictionary look-ups), plus one ``str.find`` per
substring term when the text contains a character of a substring script. A rule's regular
expression only runs when every required slot has one of its first words among the text's tokens
(:func:`rule_anchors`), so most rules cost one set test. ``FuzzyIndex`` (one edit from a core
term) and ``MaskedIndex`` (``n*ked``) are separate, opt-in matchers over the same entries
(:mod:`nciiguard.text.fuzzy`).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .._data import read_text
from . import lexicon_built
from .folding import strip_marks
from .lazy_regex import LazyPattern, lazy
from .spans import Cover

GRADES_FIELDS = ("term", "grade", "score", "lang", "source")
#: Marker in a term's ``source`` column: the term matches only as written with its accents (its
#: folded spelling is a name or a word elsewhere: "țâțe" folds to the surname "Tate").
ACCENTS_REQUIRED = "(accents required)"

# Word tokens for lexicon matching: letters/digits plus combining marks (Devanagari, Arabic
# harakat...). Terms and texts are tokenised by the same pattern, so the exact notion of a
# token only has to be consistent, not perfect.
_TOKEN = re.compile(r"[^\W_][\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
                    r"\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e]*", re.UNICODE)
_TOKEN_NO_UNDERSCORE = re.compile(r"_+")
#: Largest gap (in characters of non-word text) allowed between the tokens of a multi-word term.
MAX_GAP = 3

# Scripts matched as substrings (no spaces between words, or marks split tokens).
_SUBSTRING_RANGES = (
    (0x0900, 0x0DFF),  # Devanagari ... Sinhala
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao (round 10b: no spaces between words, like Thai)
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),  # CJK ext A
    (0x4E00, 0x9FFF),  # CJK unified
    (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x2FA1F),
)
_HANGUL_RANGES = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))
_SUBSTRING_CLASS = re.compile(
    "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _SUBSTRING_RANGES) + "]"
)


#: Separator between the words of a rule: what _match_rest accepts between the tokens of a term.
_RULE_SEP = r"[\s\-_.,/&+']{1,%d}" % MAX_GAP


def compile_rule(grammar: str) -> "re.Pattern[str]":
    """Compile a ``re:`` rule grammar (``{a|b|} word {c|d}``) to a word-bounded regex."""
    return re.compile(rule_pattern(grammar))


def rule_pattern(grammar: str) -> str:
    """The word-bounded regex source of a ``re:`` rule grammar (checks the grammar; see
    :func:`compile_rule`). The lexicon compiles it on first use (``text.lazy_regex``)."""
    pieces: list[tuple[str, bool | str]] = []
    negative = ""
    neg = re.search(r"\s!(\{[^{}]*\})\s*$", grammar)
    if neg:  # trailing "not followed by" slot: words that turn the phrase into a benign sense
        alts = sorted({" ".join(a.split()) for a in neg.group(1)[1:-1].split("|") if a.strip()},
                      key=lambda a: (-len(a), a))
        if not alts:
            raise LexiconError(f"rule {grammar!r}: empty negative slot")
        body = "|".join(_RULE_SEP.join(re.escape(w) for w in alt.split(" ")) for alt in alts)
        negative = rf"(?!{_RULE_SEP}(?:{body})(?![^\W_]))"
        grammar = grammar[: neg.start()]
    if "!" in re.sub(r"\{[^{}]*\}", "", grammar):
        raise LexiconError(f"rule {grammar!r}: a negative slot !{{...}} must come last")
    for part in re.findall(r"\{[^{}]*\}|[^\s{}]+", grammar):
        gap = re.fullmatch(r"~(\d)", part)
        if gap:  # up to N arbitrary words ("wearing only ~3 and nothing else")
            if not pieces:
                raise LexiconError(f"rule {grammar!r}: cannot start with a gap")
            pieces.append((gap.group(1), "gap"))
            continue
        if part.startswith("{"):
            alts = part[1:-1].split("|")
            optional = any(not a.strip() for a in alts)
            words = sorted({" ".join(a.split()) for a in alts if a.strip()}, key=lambda a: (-len(a), a))
        else:
            optional, words = False, [part]
        if not words:
            raise LexiconError(f"rule {grammar!r}: empty slot")
        body = "|".join(_RULE_SEP.join(re.escape(w) for w in alt.split(" ")) for alt in words)
        pieces.append((f"(?:{body})", optional))
    if not pieces or all(opt for _, opt in pieces) or pieces[-1][1] == "gap":
        raise LexiconError(f"rule {grammar!r}: needs at least one required word")
    out, pending = "", False
    for body, optional in pieces:
        if optional == "gap":
            out += f"(?:{_RULE_SEP}[^\\W_]+){{0,{body}}}"
        elif optional:
            out += f"(?:{_RULE_SEP}{body})?" if pending else f"(?:{body}{_RULE_SEP})?"
        else:
            out += (_RULE_SEP if pending else "") + body
            pending = True
    return r"(?<![^\W_])" + out + r"(?![^\W_])" + negative


#: A word of a rule that holds a letter outside ASCII (the grammar's syntax is ASCII).
_RULE_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


def fold_rule(grammar: str, normalizer: Callable | None = None) -> str:
    """A rule's words as the folded view writes them: case folded, diacritics removed ("à travers"
    -> "a travers", "Körperbemalung" -> "korperbemalung"); the grammar's syntax is left alone.
    Rules match the folded view only, so a word with an accent would never match otherwise.

    With ``normalizer`` (the lexicon's own), each word holding a non-ASCII letter is folded by it, as the
    text is (round 32): the folded view keeps marks on scripts it does not fold and reads all-look-alike
    words as Latin ("голой", "її" -> "ii", "çıplak" -> "ciplak"); a mark strip ("голои") never matched."""
    if grammar.isascii():
        return grammar.lower()
    if normalizer is not None:
        def word(m: re.Match) -> str:
            w = m.group(0)
            folded = normalizer(w).folded.text.strip()
            # letter for letter only; a word the normalizer reads as something else keeps the mark strip
            if folded.isalpha() and len(folded) in (len(w), len(_strip_rule(w))):
                return folded
            return _strip_rule(w)
        return _RULE_WORD.sub(word, grammar.casefold())
    return _strip_rule(grammar.casefold())


def _strip_rule(text: str) -> str:
    # NFKD splits a Hangul syllable into its jamo, which the folded view never holds ("태초" stays two syllables):
    # recompose, so a Korean rule matches (Latin marks are already gone, NFC puts none back).
    return unicodedata.normalize("NFC", strip_marks(text))


def rule_anchors(grammar: str) -> tuple[frozenset[str], ...]:
    """For each required slot of a rule, the first word token of each of its alternatives.

    A text can only match the rule if, for every required slot, one of these tokens is a token of
    the text: a cheap set test that skips most rules before their regular expression runs (most
    prompts hold none of "blow", "sucking", "spanked" ...). Gaps and a trailing ``!{...}`` are
    not required; optional slots (an empty alternative) are skipped.
    """
    grammar = re.sub(r"\s!\{[^{}]*\}\s*$", "", grammar)
    out = []
    for part in re.findall(r"\{[^{}]*\}|[^\s{}]+", grammar):
        if re.fullmatch(r"~\d", part):
            continue
        alts = part[1:-1].split("|") if part.startswith("{") else [part]
        if any(not a.strip() for a in alts):
            continue
        firsts = set()
        for a in alts:
            toks = tokenize(a.lower())
            if not toks:  # an alternative with no word token: the slot cannot be tested
                firsts = None
                break
            firsts.add(toks[0][0])
        if firsts:
            out.append(frozenset(firsts))
    return tuple(out)


#: Letters only Vietnamese writes (Latin Extended Additional, and the horned / barred letters): a text holding one is
#: Vietnamese prose, whose toned syllables fold onto other languages' romanised words ("một chút" -> "mot chut").
_VI_LETTERS = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111]")


def _vietnamese_word(original: str, span: str) -> bool:
    """``span`` carries Latin accents (a Vietnamese tone or letter) inside Vietnamese text: the word written is a
    Vietnamese syllable, not the ASCII term its folded spelling equals (hi "chut" in vi "chút", "a bit")."""
    if span.isascii():
        return False
    bare = strip_marks(span)
    return bare != span and bare.isascii() and _VI_LETTERS.search(original) is not None


def _in(ranges, ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in ranges)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` for every word token of ``text`` (underscores separate words)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text.replace("_", " "))]


@dataclass(frozen=True)
class Entry:
    """One lexicon line."""

    term: str
    grade: str
    score: float
    lang: str
    source: str


@dataclass(frozen=True)
class Match:
    """A term found in a view; ``ostart``/``oend`` are in the original text."""

    entry: Entry
    view: str  # "folded" or "plain"
    start: int
    end: int
    ostart: int
    oend: int


@dataclass(frozen=True)
class _Pattern:
    tokens: tuple[str, ...]
    stem: bool  # the last token is a prefix
    entry: Entry


class LexiconError(ValueError):
    """A lexicon file is malformed (bad column count, unknown grade, score out of range)."""


def read_rows(text: str) -> list[tuple[int, list[str]]]:
    """``(line number, tab-separated columns)`` of every row of a lexicon TSV text.

    The one reader of the package's TSV lexicons (this module's and ``minor_lexicon``'s): blank
    lines and lines starting with ``#`` are skipped; columns are not stripped.
    """
    return [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.startswith("#")]


def read_tsv(text: str, origin: str, *, grades: Iterable[str] | None = None) -> list[Entry]:
    """Parse lexicon TSV text; every problem names the file and line."""
    allowed = set(grades) if grades is not None else None
    out = []
    for n, cols in read_rows(text):
        if len(cols) != 5:
            raise LexiconError(f"{origin}:{n}: expected 5 tab-separated columns {GRADES_FIELDS}, got {len(cols)}")
        term, grade, score, lang, source = (c.strip() for c in cols)
        if not term:
            raise LexiconError(f"{origin}:{n}: empty term")
        if allowed is not None and grade not in allowed:
            raise LexiconError(f"{origin}:{n}: unknown grade {grade!r}")
        try:
            value = float(score)
        except ValueError:
            raise LexiconError(f"{origin}:{n}: score {score!r} is not a number") from None
        if not 0.0 <= value <= 1.0:
            raise LexiconError(f"{origin}:{n}: score {value} is outside [0, 1]")
        out.append(Entry(term, grade, value, lang, source))
    return out


def read_exceptions(text: str, origin: str) -> tuple[list[str], list[tuple[str, tuple[str, ...], int]]]:
    """Parse an exceptions TSV: ``phrase<TAB>text`` or ``near<TAB>term<TAB>w1|w2<TAB>window``."""
    phrases: list[str] = []
    near: list[tuple[str, tuple[str, ...], int]] = []
    for n, raw in read_rows(text):
        cols = [c.strip() for c in raw]
        if cols[0] == "phrase" and len(cols) == 2 and cols[1]:
            phrases.append(cols[1])
        elif cols[0] == "near" and len(cols) == 4 and cols[1] and cols[2]:
            try:
                window = int(cols[3])
            except ValueError:
                raise LexiconError(f"{origin}:{n}: window {cols[3]!r} is not an integer") from None
            near.append((cols[1], tuple(w for w in cols[2].split("|") if w), window))
        else:
            raise LexiconError(f"{origin}:{n}: expected 'phrase<TAB>text' or 'near<TAB>term<TAB>words<TAB>window'")
    return phrases, near


#: A first token with this many patterns or more is indexed by its next token too.
_SPLIT_AT = 8


class _Index:
    """Patterns of one view form (folded or plain), ready for matching."""

    def __init__(self) -> None:
        self.exact: dict[str, list[_Pattern]] = {}  # first token -> patterns
        self.prefix: dict[str, list[_Pattern]] = {}  # stem of a single-token stem pattern
        self.prefix_lens: set[int] = set()
        self.substrings: list[tuple[str, Entry]] = []
        self._first: dict[str, list[_Pattern]] = {}
        self._second: dict[str, dict[str, list[_Pattern]]] = {}

    def add(self, form: str, stem: bool, entry: Entry) -> None:
        # A term of a substring script, or one that glues Latin letters to such a script ("av女優",
        # "フェイクav": the tokeniser reads "av女優みたいに" as one token, so only a substring matches).
        if form and _SUBSTRING_CLASS.search(form):  # one regex scan turns away every other term (load time)
            n_sub = sum(_in(_SUBSTRING_RANGES, c) for c in form)
            latin = sum(c.isascii() and c.isalnum() for c in form)
            if all(_in(_SUBSTRING_RANGES, c) or not c.isalnum() or c.isascii() for c in form) and \
                    (not latin or n_sub >= 2):
                self.substrings.append((form, entry))
                return
        toks = tuple(t for t, _, _ in tokenize(form))
        if not toks:
            return
        # Hangul: particles attach to the end of the word, so the last token is a prefix.
        if _in(_HANGUL_RANGES, toks[-1][0]):
            stem = True
        pat = _Pattern(toks, stem, entry)
        if stem and len(toks) == 1:
            self.prefix.setdefault(toks[0], []).append(pat)
            self.prefix_lens.add(len(toks[0]))
        else:
            self.exact.setdefault(toks[0], []).append(pat)

    def finalize(self) -> None:
        # Longest substrings first, so a longer term wins over a term it contains.
        self.substrings.sort(key=lambda p: -len(p[0]))
        self.prefix_lens_sorted = sorted(self.prefix_lens, reverse=True)
        # Every stem at once, for one C-level ``str.startswith`` test per token: most tokens start
        # with none, and skip the per-length slicing and lookups (16 lengths: ~40% of find's time).
        self._prefix_keys = tuple(self.prefix)
        # A first token that opens many phrases ("in", "on", "a", "with": ~40% of all pattern
        # tests) is looked up with its next token too: only the phrases whose second token is
        # that word are tried. ``_first[tok]``: the patterns that do not need the second token
        # (one token, or two with a stem last); ``_second[tok][next]``: those and the phrases
        # whose second token is ``next``. Both keep the patterns' order in ``exact``.
        self._first, self._second = {}, {}
        for tok, pats in self.exact.items():
            if len(pats) < _SPLIT_AT:
                continue
            alone = [len(p.tokens) == 1 or (len(p.tokens) == 2 and p.stem) for p in pats]
            self._first[tok] = [p for p, a in zip(pats, alone) if a]
            self._second[tok] = {nxt: [p for p, a in zip(pats, alone) if a or p.tokens[1] == nxt]
                                 for nxt in sorted({p.tokens[1] for p, a in zip(pats, alone) if not a})}

    def _candidates(self, tok: str, tokens, i: int):
        """The patterns that may start at token ``i``: all of ``exact[tok]``, or for a split first
        token those that do not need the next token and those whose second token it is."""
        second = self._second.get(tok)
        if second is None:
            return self.exact.get(tok, ())
        if i + 1 < len(tokens):
            return second.get(tokens[i + 1][0], self._first[tok])
        return self._first[tok]

    def find(self, text: str, tokens: Sequence[tuple[str, int, int]]) -> list[tuple[int, int, Entry]]:
        found: list[tuple[int, int, Entry]] = []
        for i, (tok, s, e) in enumerate(tokens):
            for pat in self._candidates(tok, tokens, i):
                end = _match_rest(pat, tokens, i, text)
                if end is not None:
                    found.append((s, end, pat.entry))
            if self.prefix and tok.startswith(self._prefix_keys):
                for L in self.prefix_lens_sorted:
                    if len(tok) >= L:
                        for pat in self.prefix.get(tok[:L], ()):
                            found.append((s, e, pat.entry))
        if self.substrings and _SUBSTRING_CLASS.search(text):
            for form, entry in self.substrings:
                start = text.find(form)
                while start >= 0:
                    found.append((start, start + len(form), entry))
                    start = text.find(form, start + 1)
        return found


def _match_rest(pat: _Pattern, tokens, i: int, text: str) -> int | None:
    k = len(pat.tokens)
    if i + k > len(tokens):
        return None
    prev_end = tokens[i][2]
    for j in range(1, k):
        tok, s, e = tokens[i + j]
        if s - prev_end > MAX_GAP or text[prev_end:s].strip(" -_.,/&+'\t\n") != "":
            # only separators (spaces, hyphens, underscores, light punctuation) between words
            if s - prev_end > MAX_GAP or any(ch.isalnum() for ch in text[prev_end:s]):
                return None
        want = pat.tokens[j]
        last = j == k - 1
        if not (tok == want or (last and pat.stem and tok.startswith(want))):
            return None
        prev_end = e
    if k == 1 and pat.stem:
        return tokens[i][2] if tokens[i][0].startswith(pat.tokens[0]) else None
    return prev_end


class Lexicon:
    """A loaded lexicon: entries indexed for the folded and the plain view, plus exceptions.

    Immutable after construction, so one instance is shared by every thread.
    """

    def __init__(
        self,
        entries: Sequence[Entry],
        *,
        normalizer: Callable,
        exception_phrases: Sequence[str] = (),
        exception_near: Sequence[tuple[str, tuple[str, ...], int]] = (),
        languages: Iterable[str] | None = None,
    ):
        self._normalizer = normalizer
        langs = set(languages) if languages is not None else None
        # ``lang`` may list several languages separated by ";" (a word shared by ja and zh).
        self.entries = tuple(e for e in entries
                             if langs is None or e.lang == "*" or langs & set(e.lang.split(";")))
        self._indexes = {"folded": _Index(), "plain": _Index()}
        self._exc = {"folded": _Index(), "plain": _Index()}
        self._rules: list[tuple[LazyPattern, Entry, tuple[frozenset[str], ...]]] = []
        for entry in self.entries:
            if entry.term.startswith("re:"):
                grammar = fold_rule(entry.term[3:], self._normalizer)
                # Compiled the first time a prompt holds the rule's anchor words (most rules are for
                # languages or phrasings few prompts hold): start-up does not parse ~350 regexes. The
                # grammar is checked here; :meth:`compile_rules` compiles them all (tests, warm-up).
                self._rules.append((lazy(rule_pattern(grammar)), entry, rule_anchors(grammar)))
                continue
            self._add(self._indexes, entry.term, entry)
        exc_entry = Entry("(exception)", "exception", 0.0, "*", "exceptions")
        for phrase in exception_phrases:
            self._add(self._exc, phrase, exc_entry)
        # near exceptions: normalised term form -> (set of context tokens, window)
        self._near: dict[str, dict[str, list[tuple[frozenset[str], int]]]] = {"folded": {}, "plain": {}}
        for term, words, window in exception_near:
            nt = normalizer(term)
            ctx_forms = {"folded": set(), "plain": set()}
            for w in words:
                wn = normalizer(w)
                for view in ("folded", "plain"):
                    ctx_forms[view].update(t for t, _, _ in tokenize(getattr(wn, view).text))
            for view in ("folded", "plain"):
                key = " ".join(t for t, _, _ in tokenize(getattr(nt, view).text)).rstrip("*")
                # a term listed on several lines keeps every line, each with its own window (the later
                # line used to replace the earlier: round 11 found English "nude" + make-up words dead)
                self._near[view].setdefault(key, []).append((frozenset(ctx_forms[view]), window))
        for idx in (*self._indexes.values(), *self._exc.values()):
            idx.finalize()
        # Rules by the words of their smallest required slot: a prompt only tests the rules one of
        # whose words it holds (a few) instead of every rule's anchors (hundreds of set tests).
        self._rule_index: dict[str, list[int]] = {}
        self._rules_unanchored: list[int] = []
        for k, (_rx, _entry, anchors) in enumerate(self._rules):
            if not anchors:
                self._rules_unanchored.append(k)
                continue
            for word in sorted(min(anchors, key=len)):  # sorted: the built file's bytes (lexicon_built.py)
                self._rule_index.setdefault(word, []).append(k)

    def compile_rules(self) -> None:
        """Compile every phrase rule now (tests; ``Guard.warm()``); a rule that does not compile
        raises :class:`LexiconError` naming it."""
        for rx, entry, _anchors in self._rules:
            try:
                rx.compiled()
            except re.error as exc:
                raise LexiconError(f"rule {entry.term!r} does not compile: {exc}") from None

    def _add(self, indexes, term: str, entry: Entry) -> None:
        stem = term.endswith("*")
        raw = term[:-1] if stem else term
        nt = self._normalizer(raw)
        for view in ("folded", "plain"):
            form = getattr(nt, view).text.strip()
            if view == "folded" and form != nt.plain.text.strip() and _too_short(form):
                # Folding can shrink a term into something that is everywhere ("xxx" -> "x"):
                # keep such a term for the plain view only.
                continue
            indexes[view].add(form, stem, entry)

    @classmethod
    def from_texts(
        cls,
        tsv_texts: Sequence[tuple[str, str]],
        *,
        exceptions: tuple[str, str] | None = None,
        grades: Iterable[str] | None = None,
        languages: Iterable[str] | None = None,
        normalizer: Callable | None = None,
    ) -> "Lexicon":
        """Build from ``[(text, origin), ...]`` TSV contents (and ``(text, origin)`` exceptions)."""
        if normalizer is None:
            # normalize(term, coded_phrases=False), read from the forms computed at build time where
            # they are current (term_forms.py: ~0.4 s of start-up)
            from .term_forms import normalized_term as normalizer
        entries: list[Entry] = []
        for text, origin in tsv_texts:
            entries += read_tsv(text, origin, grades=grades)
        phrases, near = read_exceptions(*exceptions) if exceptions else ([], [])
        return cls(entries, normalizer=normalizer, exception_phrases=phrases,
                   exception_near=near, languages=languages)

    @classmethod
    def from_package(
        cls,
        files: Sequence[str],
        *,
        exceptions: str | None = None,
        grades: Iterable[str] | None = None,
        languages: Iterable[str] | None = None,
    ) -> "Lexicon":
        """Load ``nciiguard/text/data/<file>`` lexicons shipped with the package."""
        texts = [(read_text(f"text/data/{f}"), f) for f in files]
        exc = (read_text(f"text/data/{exceptions}"), exceptions) if exceptions else None
        return cls.from_texts(texts, exceptions=exc, grades=grades, languages=languages)

    def forms(self, view: str = "folded") -> Iterable[tuple[tuple[str, ...], bool, Entry]]:
        """``(tokens, stem, entry)`` of every word term as normalised for ``view`` (no rules, no
        substring-script terms): what other matchers key on without normalising the terms again."""
        idx = self._indexes[view]
        for pats in (*idx.exact.values(), *idx.prefix.values()):
            for pat in pats:
                yield pat.tokens, pat.stem, pat.entry

    def cleared_at(self, nt, view: str, s: int, e: int) -> bool:
        """The word at ``[s, e)`` of ``view`` as written is cleared where it stands: inside an exception
        phrase, or a ``near`` exception keyed on that form has its context word in the window. For
        readers that restore a word to its lemma ("голыми" -> "голый"): the lemma's own exceptions do
        not list the inflected form's contexts."""
        v = getattr(nt, view)
        if not v.text:
            return False
        tokens, starts, phrase_starts, phrase_spans = self._cleared_layout(v.text, view)
        # phrase spans are short: those starting before ``e`` and at most 200 characters before ``s``
        k = bisect_left(phrase_starts, e)
        while k > 0 and phrase_starts[k - 1] > s - 200:
            k -= 1
            if phrase_spans[k][1] > s:
                return True
        return bool(self._near[view]) and self._near_suppressed(view, v.text, tokens, s, e, starts)

    @functools.lru_cache(maxsize=8)  # noqa: B019 (the lexicon lives as long as the process)
    def _cleared_layout(self, text: str, view: str):
        """Tokens, token starts and the sorted exception-phrase spans of one field's view: computed
        once per field, however many restored words :meth:`cleared_at` asks about (a field of 8 KB
        of leet words asked once per word, and scanning the field per word was quadratic)."""
        tokens = tokenize(text)
        spans: list[tuple[int, int]] = []
        if self._exc[view].exact or self._exc[view].substrings:
            spans = sorted((xs, xe) for xs, xe, _ in self._exc[view].find(text, tokens))
        return tokens, [ts for _, ts, _ in tokens], [a for a, _ in spans], spans

    def substring_forms(self, view: str = "folded") -> list[tuple[str, Entry]]:
        """``(form, entry)`` of the terms of scripts matched as substrings (CJK, Hangul, Thai...)."""
        return list(self._indexes[view].substrings)

    # -- matching -----------------------------------------------------------------------------
    def match(self, nt, views: Sequence[str] = ("folded", "plain")) -> list[Match]:
        """Matches of every term in ``nt`` (a NormalizedText), one per region of the original.

        Where matches overlap in the original text, the highest score wins (ties: the longer
        match), so ``bare breasts`` is reported once, not also as ``breasts``.
        """
        raw: list[Match] = []
        found = []  # (view, View, tokens, hits) of the views with hits
        # The views' texts are often one string (nothing to fold), and the exceptions below read the
        # same texts again: each distinct text is tokenised once per call (tokens are read only).
        tokenized: dict[str, list[tuple[str, int, int]]] = {}

        def tokens_of(text: str) -> list[tuple[str, int, int]]:
            toks = tokenized.get(text)
            if toks is None:
                toks = tokenized[text] = tokenize(text)
            return toks

        for view in views:
            v = getattr(nt, view)
            text = v.text
            if not text:
                continue
            tokens = tokens_of(text)
            hits = self._indexes[view].find(text, tokens)
            if view == "folded" and self._rules:
                present = {t for t, _, _ in tokens}
                cands = set(self._rules_unanchored)
                for t in present:
                    cands.update(self._rule_index.get(t, ()))
                for k in sorted(cands):  # the order of the file, as before
                    rx, entry, anchors = self._rules[k]
                    if all(not present.isdisjoint(a) for a in anchors):
                        hits.extend((m.start(), m.end(), entry) for m in rx.finditer(text))
            if hits:
                found.append((view, v, tokens, hits))
        if not found:
            return raw
        # Exceptions of BOTH views, in original characters: a benign phrase the folded view can read
        # ("p1eds nus", "pieeeeds nus": barefoot) also clears the plain view's match of the same words.
        exc_by_view = {}
        for view in ("folded", "plain"):
            v = getattr(nt, view)
            if v.text and (self._exc[view].exact or self._exc[view].substrings):
                exc_by_view[view] = (v, self._exc[view].find(v.text, tokens_of(v.text)))
        exc_orig = Cover(v.to_original(xs, xe) for v, exc in exc_by_view.values() for xs, xe, _ in exc)
        for view, v, tokens, hits in found:
            text = v.text
            # O(log n) per hit: a prompt of many hits and many exceptions stays linear (issue 11).
            exc_cover = Cover((xs, xe) for xs, xe, _ in exc_by_view.get(view, (None, ()))[1])
            starts = [ts for _, ts, _ in tokens]
            for s, e, entry in hits:
                if exc_cover.contains(s, e):
                    continue
                if self._near_suppressed(view, text, tokens, s, e, starts):
                    continue
                if _inside_spelled(text, s, e):
                    continue  # round 21: "s.m" inside "J.e.s.m.i.n" (a name spelt with dots) is no "s&m"
                os_, oe = v.to_original(s, e)
                if exc_orig.contains(os_, oe):
                    continue
                if ACCENTS_REQUIRED in entry.source and nt.original[os_:oe].isascii():
                    continue  # written without its accents: the name its folded spelling is ("Tate")
                if (entry.lang != "vi" and entry.term.isascii() and not nt.original.isascii()
                        and _vietnamese_word(nt.original, nt.original[os_:oe])):
                    continue  # a toned Vietnamese syllable, not the ASCII term it folds to ("một chút" is "a bit")
                raw.append(Match(entry, view, s, e, os_, oe))
        return _dedupe(raw)

    def exception_spans(self, nt, view: str = "folded") -> list[tuple[int, int]]:
        """Where the field's benign senses stand in ``view``: its exception phrases ("chicken breasts",
        "naked truth", "nude lipstick") and the terms a ``near`` exception clears ("topless" beside
        "convertible"); (start, end) in that view's text. Read by the readers that do not know the
        exceptions (the semantic head, the n-gram classifier, the soup reader): a score that rests on
        these words alone is a benign sense."""
        v = getattr(nt, view)
        if not v.text:
            return []
        tokens = tokenize(v.text)
        out = []
        if self._exc[view].exact or self._exc[view].substrings:
            out = [(xs, xe) for xs, xe, _ in self._exc[view].find(v.text, tokens)]
        if self._near[view]:  # terms a context word clears ("topless" beside "convertible")
            starts = [ts for _, ts, _ in tokens]
            out.extend((s, e) for s, e, _entry in self._indexes[view].find(v.text, tokens)
                       if self._near_suppressed(view, v.text, tokens, s, e, starts))
        return out

    def _near_suppressed(self, view: str, text: str, tokens, s: int, e: int,
                         starts: Sequence[int] | None = None) -> bool:
        near = self._near[view]
        if not near:
            return False
        key = " ".join(t for t, _, _ in tokenize(text[s:e]))
        rules = near.get(key)
        if not rules:
            return False
        # The tokens inside [s, e): a contiguous run found by binary search over the token starts
        # (``starts``), not a scan of the whole text per hit.
        if starts is None:
            starts = [ts for _, ts, _ in tokens]
        first = bisect_left(starts, s)
        last = first
        while last < len(tokens) and tokens[last][2] <= e:
            last += 1
        if last == first:
            return False
        return any(self._near_word(tokens, first, last, words, window) for words, window in rules)

    @staticmethod
    def _near_word(tokens, first: int, last: int, words: frozenset[str], window: int) -> bool:
        lo, hi = max(0, first - window), min(len(tokens), last + window)
        return any(tokens[i][0] in words for i in range(lo, hi) if not first <= i < last)


_SPELLED_PAIR = re.compile(r"[^\W\d_](?:[.\-_·*][^\W\d_])+")


def _inside_spelled(text: str, s: int, e: int) -> bool:
    """Whether the match ``text[s:e]`` is single letters parted by one separator ("s.m", "b-j") inside a
    longer run of the same shape ("j.e.s.m.i.n"): the run spells a word (a name), read whole elsewhere."""
    if e - s > 9 or not _SPELLED_PAIR.fullmatch(text, s, e):
        return False
    sep = text[s + 1]
    return (s >= 2 and text[s - 1] == sep and text[s - 2].isalpha()
            or e + 1 < len(text) and text[e] == sep and text[e + 1].isalpha())


def _too_short(form: str) -> bool:
    letters = sum(1 for c in form if c.isalnum())
    return letters < 3 and not any(_in(_SUBSTRING_RANGES, c) or _in(_HANGUL_RANGES, c) for c in form)


def _dedupe(matches: list[Match]) -> list[Match]:
    best: list[Match] = []
    # Original positions already covered by a kept match. A match is short (a lexicon term), so
    # testing and marking its own positions keeps the whole pass linear; comparing it with every
    # kept match was quadratic in the prompt (issue 11).
    size = max((m.oend for m in matches), default=0)
    taken = bytearray(size)
    for m in sorted(matches, key=lambda m: (-m.entry.score, -(m.oend - m.ostart), m.ostart, m.view != "folded")):
        if taken.find(1, m.ostart, m.oend) >= 0:
            continue
        best.append(m)
        taken[m.ostart:m.oend] = b"\x01" * (m.oend - m.ostart)
    best.sort(key=lambda m: (m.ostart, m.oend))
    return best


_CACHE: dict[tuple, Lexicon] = {}
_CACHE_LOCK = threading.Lock()


def packaged_key(files: Sequence[str], *, exceptions: str | None = None,
                 grades: Iterable[str] | None = None, languages: Iterable[str] | None = None) -> tuple:
    """The key of a packaged lexicon in the process cache and in the built-lexicon file."""
    return (tuple(files), exceptions, tuple(sorted(grades)) if grades else None,
            tuple(sorted(languages)) if languages is not None else None)


def load_packaged(files: Sequence[str], *, exceptions: str | None = None,
                  grades: Iterable[str] | None = None, languages: Iterable[str] | None = None) -> Lexicon:
    """Load a packaged lexicon once per process per (files, exceptions, grades, languages): the one
    built when the package was built (:data:`BUILT_FILE`) where it is current, else built here."""
    key = packaged_key(files, exceptions=exceptions, grades=grades, languages=languages)
    with _CACHE_LOCK:
        lex = _CACHE.get(key)
        if lex is None:
            lex = built_lexicons().get(key)
            if lex is None:
                lex = Lexicon.from_package(files, exceptions=exceptions, grades=grades, languages=languages)
            _CACHE[key] = lex
        return lex


# -- lexicons built when the package is built (the file: text/lexicon_built.py) ------------------
BUILT_FILE = lexicon_built.BUILT_FILE
built_header = lexicon_built.built_header
_built: dict | None = None
_built_lock = threading.Lock()


def encode_built(keys: Iterable[tuple]) -> bytes:
    """The built-lexicon file for ``keys`` (each built afresh here, rules not compiled)."""
    keys = sorted(set(keys), key=repr)
    return lexicon_built.encode({key: Lexicon.from_package(list(key[0]), exceptions=key[1], grades=key[2],
                                                           languages=key[3]) for key in keys})


def built_lexicons() -> dict[tuple, Lexicon]:
    """key -> Lexicon from the shipped file; empty when the file is missing, stale or damaged."""
    global _built
    if _built is None:
        with _built_lock:
            if _built is None:
                _built = _read_built()
    return _built


def _read_built() -> dict[tuple, Lexicon]:
    return lexicon_built.read(lambda value: isinstance(value, Lexicon))


def script_of(term: str) -> str:
    """A coarse script name of ``term`` (for reports): latin, cyrillic, han, hangul, ..."""
    for ch in term:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].lower()
    return "other"
