"""The lexicon of the ``minor_text`` signal: terms, context words, number words and age patterns.

Read from ``nciiguard/text/data/minor_terms.tsv``, ``minor_context.tsv`` and ``minor_numbers.tsv``
with the lexicon reader of :mod:`nciiguard.text.lexicon` (``read_rows``: line numbers, ``#``
comments; every problem is a :class:`~nciiguard.text.lexicon.LexiconError` naming file and line),
and normalised with the same :func:`~nciiguard.text.normalize.normalize` as the text, so both
sides always agree. Loaded once per process; read-only afterwards, so threads share it.

``minor_terms.tsv`` columns: term (``*`` = prefix), label, score (a number or ``@teen``,
``@costume``, ``@family``: a parameter of the signal), language, and an optional rule
(``minor_noun``, ``possessive``, ``accent``, ``ctx:<set>``, ``not_before:<set>``).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Iterable

from .._data import read_text
from .lexicon import LexiconError, read_rows
from .normalize import normalize

__all__ = ["MinorEntry", "MinorIndex", "MinorLexicon", "load_minor_lexicon", "cjk_number", "CJK_RE",
           "CJK_NUMERALS", "LABELS"]

LABELS = ("age_under_18", "school_age", "child_term", "sexualised_minor_term")
_RULES = ("", "minor_noun", "possessive", "accent")
_RULE_PREFIXES = ("ctx:", "not_before:")
_SCORE_REFS = ("@teen", "@costume", "@family")
#: Scripts written without spaces: their terms are matched as substrings of the text.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
CJK_NUMERALS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                "八": 8, "九": 9, "十": 10}


@dataclass(frozen=True)
class MinorEntry:
    """One row of ``minor_terms.tsv``, its term normalised for one view."""

    term: str  # as written in the TSV (evidence)
    words: tuple[str, ...]  # normalised words; last may be a prefix
    prefix: bool
    label: str
    score: str  # a number or an @reference to Params
    lang: str
    rule: str  # "", "minor_noun", "possessive", "ctx:<set>"


@dataclass(frozen=True)
class MinorIndex:
    """Word phrases indexed by their first word, one index per view."""

    exact: dict  # first word -> tuple of entries (longest first)
    prefix: tuple  # entries whose single word is a prefix (few: inflected languages)
    #: The prefixes of ``prefix`` in one tuple, for one C-level ``str.startswith`` test per word.
    prefix_heads: tuple = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "prefix_heads", tuple(e.words[0] for e in self.prefix))


@dataclass(frozen=True)
class MinorLexicon:
    folded: MinorIndex
    plain: MinorIndex
    cjk: tuple  # (compiled regex over terms, {normalised term: entry})
    context: dict  # set name -> frozenset of normalised words
    numbers: dict  # normalised number word -> value
    ordinals: dict
    tens: frozenset
    joiners: frozenset
    age_re: re.Pattern
    prefix_age_re: re.Pattern
    grade_re: re.Pattern
    cjk_age_re: re.Pattern


_LEXICON: MinorLexicon | None = None
_LEXICON_LOCK = threading.Lock()


def _read_tsv(name: str) -> list[tuple[int, list[str]]]:
    """(line number, columns) of the rows of ``nciiguard/text/data/<name>`` (text/lexicon.py's reader)."""
    return read_rows(read_text(f"text/data/{name}"))


def _norm_words(term: str, view: str) -> tuple[str, ...]:
    nt = normalize(term, coded_phrases=False)  # a listed term is never a coded phrase
    v = nt.folded if view == "folded" else nt.plain
    return tuple(t.text for t in v.tokens)


def _norm_plain(term: str) -> str:
    return normalize(term, coded_phrases=False).plain.text


def _build_index(entries: list[tuple[str, int, list[str]]], view: str) -> MinorIndex:
    exact: dict[str, list[MinorEntry]] = {}
    prefix: list[MinorEntry] = []
    for name, lineno, cols in entries:
        term, label, score, lang = cols[0], cols[1], cols[2], cols[3]
        rule = cols[4] if len(cols) > 4 else ""
        is_prefix = term.endswith("*")
        words = _norm_words(term.rstrip("*"), view)
        if not words:
            raise LexiconError(f"{name}:{lineno}: term {term!r} has no words after normalisation")
        entry = MinorEntry(term.rstrip("*"), words, is_prefix, label, score, lang, rule)
        if is_prefix and len(words) == 1:
            prefix.append(entry)
        else:
            exact.setdefault(words[0], []).append(entry)
    return MinorIndex(
        {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in exact.items()}, tuple(prefix)
    )


def _check_term_row(name: str, lineno: int, cols: list[str]) -> None:
    if len(cols) < 4 or len(cols) > 5:
        raise LexiconError(f"{name}:{lineno}: expected 4 or 5 tab-separated columns, got {len(cols)}")
    label, score, rule = cols[1], cols[2], cols[4] if len(cols) > 4 else ""
    if label not in LABELS and label != "exclude":
        raise LexiconError(f"{name}:{lineno}: unknown label {label!r}")
    if score not in _SCORE_REFS:
        value = float(score)
        if not 0.0 <= value <= 1.0:
            raise LexiconError(f"{name}:{lineno}: score {score!r} is not in [0, 1]")
    if rule not in _RULES and not rule.startswith(_RULE_PREFIXES):
        raise LexiconError(f"{name}:{lineno}: unknown rule {rule!r}")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def load_minor_lexicon() -> MinorLexicon:
    global _LEXICON
    if _LEXICON is not None:
        return _LEXICON
    with _LEXICON_LOCK:
        if _LEXICON is not None:
            return _LEXICON
        name = "minor_terms.tsv"
        word_rows: list[tuple[str, int, list[str]]] = []
        cjk: dict[str, MinorEntry] = {}
        for lineno, cols in _read_tsv(name):
            _check_term_row(name, lineno, cols)
            if CJK_RE.search(cols[0]):
                term = _norm_plain(cols[0])
                rule = cols[4] if len(cols) > 4 else ""
                cjk[term] = MinorEntry(cols[0], (term,), False, cols[1], cols[2], cols[3], rule)
            else:
                word_rows.append((name, lineno, cols))
        cjk_re = re.compile(_alternation(cjk)) if cjk else re.compile(r"(?!x)x")

        context: dict[str, set[str]] = {}
        for lineno, cols in _read_tsv("minor_context.tsv"):
            if len(cols) != 3:
                raise LexiconError(f"minor_context.tsv:{lineno}: expected 3 columns")
            # Multi-word entries ("y a" of "il y a 15 ans") are kept as one space-joined string.
            word = _norm_plain(cols[0]) if CJK_RE.search(cols[0]) else " ".join(_norm_words(cols[0], "plain"))
            if not word:
                raise LexiconError(f"minor_context.tsv:{lineno}: {cols[0]!r} has no words after normalisation")
            context.setdefault(cols[1], set()).add(word)

        numbers: dict[str, int] = {}
        ordinals: dict[str, int] = {}
        tens: set[str] = set()
        joiners: set[str] = set()
        for lineno, cols in _read_tsv("minor_numbers.tsv"):
            if len(cols) != 4 or cols[2] not in ("number", "ordinal", "tens", "joiner"):
                raise LexiconError(f"minor_numbers.tsv:{lineno}: expected word, value, kind, lang")
            word = _norm_plain(cols[0])
            {"number": numbers, "ordinal": ordinals}.get(cols[2], {})[word] = int(cols[1])
            if cols[2] == "tens":
                tens.add(word)
            elif cols[2] == "joiner":
                joiners.add(word)

        _LEXICON = MinorLexicon(
            folded=_build_index(word_rows, "folded"),
            plain=_build_index(word_rows, "plain"),
            cjk=(cjk_re, cjk),
            context={k: frozenset(v) for k, v in context.items()},
            numbers=numbers,
            ordinals=ordinals,
            tens=frozenset(tens),
            joiners=frozenset(joiners),
            **_age_patterns(numbers, ordinals),
        )
        return _LEXICON


def _age_patterns(numbers: dict[str, int], ordinals: dict[str, int]) -> dict[str, re.Pattern]:
    """Regexes over the ``plain`` view (lower case, diacritics removed, homoglyphs folded)."""
    p = _norm_plain
    # Lexica-style prompts (I2P) split every digit: "1 8 years old" is 18, "2 5 y. o." is 25. Single
    # digits separated by one space are read as one number; "2 15 year olds" still reads 15.
    num = rf"(?P<num>\d(?: \d){{1,2}}(?!\d)|\d{{1,3}}|(?:{_alternation(numbers)}))"
    # Units of an attributive age: the number is a person's (or a thing's) age, never a duration.
    strong = "|".join(
        [
            r"(?P<en>(?:years?|yrs?|yr|y)\s*-?\s*olds?|years?\s+of\s+age)",
            r"(?P<yo>y\s*/\s*o|y\.\s*o\.?|yo|yro|yoa)",
            r"(?P<months>(?:months?|mos?|weeks?|wks?)\s*-?\s*olds?)",
            rf"(?P<de>(?:{p('jahre')}|{p('jahren')})\s+alt|{p('jährig')}\w*|{p('jaehrig')}\w*)",
            rf"(?P<es>(?:{p('años')}|{p('anos')})\s+de\s+(?:{p('edad')}|{p('idade')}))",
            rf"(?P<ru>{p('летн')}\w*)",
            # round 8: the age words of more languages, each used only for an age ("14 साल की लड़की",
            # "14 tuổi", "14살", "14 éves", "14-vuotias", "14 yaşında", "14letá", "14-letnia",
            # "14-godišnja", "14 χρονών", "14-jarige", "14-åring", "14enne", "14-річна", "14 ساله")
            rf"(?P<ml>{p('साल')}\s+(?:{p('की')}|{p('का')}|{p('के')})|{p('वर्षीय')}|saal\s+(?:ki|ka|ke)|sal\s+(?:ki|ka|ke)"
            rf"|{p('سال')}\s+(?:{p('کی')}|{p('کا')}|{p('کے')})|{p('سالہ')}|{p('ساله')}|{p('বছরের')}|{p('বছর বয়সী')}"
            rf"|{p('tuổi')}|{p('살')}|{p('세')}|{p('yaşında')}\w*|{p('yaşındaki')}|{p('vuotias')}\w*|{p('éves')}\w*"
            rf"|{p('letni')}\w*|{p('letá')}|{p('letý')}|{p('leté')}|{p('letou')}|{p('ročná')}|{p('ročný')}|{p('godišnj')}\w*"
            rf"|{p('godisnj')}\w*|taong\s+gulang|{p('χρονών')}|{p('χρονων')}|{p('ετών')}|{p('ετων')}|jarige|jaar\s+oud"
            rf"|{p('år gammal')}|{p('år gammel')}|{p('åring')}\w*|{p('årig')}\w*|enne|{p('річн')}\w*|{p('годишн')}\w*"
            rf"|{p('ขวบ')})",
        ]
    )
    # Units that are also durations ("15 years ago", "hace 15 años"): need context.
    weak = rf"(?P<weak>years|yrs|{p('años')}|{p('ans')}|{p('jahre')}|{p('anni')}|{p('лет')}|{p('года')}|{p('год')})"
    half = r"(?:\s*(?:and\s+a\s+half|1\s*[/\u2044]\s*2|\.5))?"  # "15 1/2 years old", "15½"
    age_re = re.compile(rf"(?<![\w.,/]){num}{half}\s*-?\s*(?:{strong}|{weak})(?!\w)")
    # "aged 15", "age: 15", "at the age of fifteen", "teen 15", "edad 15": the number follows.
    prefix_age_re = re.compile(
        rf"(?<!\w)(?P<pre>aged|age|ages|teen(?:ager|age|aged)?s?|{p('âgée')}s?|{p('âgé')}s?|{p('edad')}|{p('idade')}|{p('età')}|alter|{p('возраст')}\w*"
        # round 8: "בת 14" (aged 14, she), "عمرها 14", "berusia 14", "umur 14"
        rf"|{p('בת')}|{p('בן')}|{p('عمرها')}|{p('عمره')}|{p('بعمر')}|berusia|umur|usia)"
        rf"\s*(?:of|de|di|von)?\s*[:=]?\s*{num}(?![\w.,]\d|\w)"
    )
    grade_re = re.compile(
        rf"(?<![\w.,])(?:(?P<gnum>\d{{1,2}})(?:st|nd|rd|th)?|(?P<gword>{_alternation(ordinals)}))\s*-?\s*grade(?P<er>rs?)?(?!\w)"
        r"|(?<!\w)grade\s*(?P<gnum2>\d{1,2}|k)(?![\w.,]\d|\w)"
    )
    cjk_age_re = re.compile(
        r"(?P<cnum>\d{1,3}|[一二两兩三四五六七八九十]{1,3})\s*(?P<cunit>歳|岁|歲|才)"
    )
    return {"age_re": age_re, "prefix_age_re": prefix_age_re, "grade_re": grade_re, "cjk_age_re": cjk_age_re}


def cjk_number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        if len(tail) > 1 or len(head) > 1:
            return None
        hv = CJK_NUMERALS.get(head, 0) if head else 1
        tv = CJK_NUMERALS.get(tail, 0) if tail else 0
        if (head and head not in CJK_NUMERALS) or (tail and tail not in CJK_NUMERALS) or hv >= 10 or tv >= 10:
            return None
        return hv * 10 + tv
    return CJK_NUMERALS.get(s) if len(s) == 1 else None
