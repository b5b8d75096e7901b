"""Strong sexual words written as one token by gluing, or stretched by a doubled letter (round 25).

Three readings of a single token of the folded view, each a proposal the sexual signal checks again in
context (the lexicon's benign senses still apply to the term it spells):

``glued_phrase``
    A strong phrase of the lexicon written without its spaces, the hashtag habit: "skinnydipping"
    ("skinny dipping"), "#bigtits", "nudesex". The lexicon matches phrases word by word, so the glued
    token read as nothing. Keys of :data:`MIN_GLUED`+ letters only (a short glued key is often a word
    or a name of some language: "loathe" is Vietnamese "lõa thể" glued). One edit on a long English key
    ("skinnydippin", a dropped g) is read too: keys and tokens of :data:`MIN_EDIT`+ letters, found
    SymSpell-style (the key and its one-letter deletions are keys; a token is probed by itself and its
    own deletions) and checked with :func:`.fuzzy.edit1`.
``glued_intensifier``
    An intensifier glued before an English nudity word: "bucknekkid", "starknaked", "totallynaked",
    "allnude". The intensifiers are a short closed list (:data:`INTENSIFIERS`); the rest must be a
    single nudity word of 4+ letters (no generated misspelling: their fragments "udes", "ities" make
    "alludes", "totalities"), so "allergy", "fullback", "buckwheat" stay words.
``doubled_letter``
    A 4-6 letter token with a doubled letter the term lacks (not its first letter), whose letters with
    doubles written once spell a short nudity term, "sex", a nudity term with its final "e" dropped
    ("nuud", "nudd" -> "nud", "nude") or a strong euphemism word ("lewdd" -> "lewd"). The confusable
    reading of :mod:`.light_words` leaves 3-letter skeletons and euphemism words alone; this one needs
    a frame word or a person in the field (:func:`_framed`).

Guard rails for all three: the token is ASCII letters as written (an accented word is a word of its
language: Estonian "nüüd"), is no word of the shipped English list, no name, no common word of the
twelve languages and no word of the field's languages (:func:`.light_words.known_word`); a capitalised token
inside a sentence is a name, a capitalised code in a lower-case field is a code.

Cost: one pass over at most :data:`MAX_TOKENS` tokens; per token a set probe (glued key), at most
:data:`MAX_TOKEN` + 1 probes (one edit, long tokens only), one probe per intensifier prefix, one collapse
and probe (short tokens); the word tests run only for a token that hit. At most :data:`MAX_HITS` per field.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from .fuzzy import FuzzyMatch, edit1
from .lexicon import Entry
from .light_words import _GENERATED, FRAME, SENTENCE_OPENERS, capital_in_sentence, known_word, last_after_name
from .spans import Marks

__all__ = ["GluedIndex", "loose_terms", "collapse", "INTENSIFIERS"]

#: Shortest glued phrase key read whole, and shortest key and token read with one edit.
MIN_GLUED, MIN_EDIT = 7, 10
#: Longest token read (a glued hashtag of three words fits).
MAX_TOKEN = 40
#: Tokens of one field read at most, and findings per field at most.
MAX_TOKENS, MAX_HITS = 400, 8
#: Score lowered from the term's: exact glue, one edit on glue, an intensifier, a doubled letter.
PENALTY, EDIT_PENALTY, DOUBLED_PENALTY = 0.05, 0.15, 0.1
#: Words that say "completely" before a nudity word; tried longest first ("totally" before "total").
INTENSIFIERS = ("completely", "entirely", "totally", "fully", "total", "stark", "buck", "butt", "full", "bare", "all")
#: Shortest term after an intensifier.
MIN_TAIL = 4
#: Doubled-letter reading: token length, and the lowest score of a euphemism word it may spell.
DOUBLED_LEN = (4, 6)
MIN_LOOSE = 0.8

#: Two equal letters side by side (searched from the second letter: a doubled first letter is no stretch).
_DOUBLE = re.compile(r"(.)\1")
#: A person in the field without a frame word: two capitalised words side by side ("Kestrel Anand-Moyo",
#: "Harbour Road" is a false friend the token tests make harmless) or a possessive relation ("my dentist").
_PERSON = re.compile(r"(?<![\w'])[A-Z][a-z]+[ -][A-Z][a-z]+|\b(?:my|our|his|her|their)\s+(?:ex\s+)?[a-z]{3,}",
                     re.ASCII)


def collapse(word: str) -> str:
    """``word`` with every run of one letter written once: "nuud" -> "nud", "lewdd" -> "lewd"."""
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def loose_terms(forms: Iterable[tuple[Sequence[str], bool, Entry]]) -> dict[str, Entry]:
    """Single euphemism words of 4-6 ASCII letters scored :data:`MIN_LOOSE`+ ("lewd", "smut", "nsfw"):
    the words a doubled letter may stretch besides the strong terms."""
    out: dict[str, Entry] = {}
    for tokens, stem, e in forms:
        if stem or len(tokens) != 1 or e.grade != "euphemism" or e.score < MIN_LOOSE:
            continue
        w = tokens[0]
        if 4 <= len(w) <= 6 and w.isascii() and w.isalpha() and collapse(w) == w:
            if w not in out or e.score > out[w].score:
                out[w] = e
    return out


def _english(e: Entry) -> bool:
    return "en" in e.lang.split(";")


class GluedIndex:
    """Glued phrases, glued intensifiers and doubled letters; see the module docstring."""

    def __init__(self, terms: dict[str, Entry], short: dict[str, Entry] | None = None,
                 loose: dict[str, Entry] | None = None):
        """``terms``: strong terms keyed without spaces (:func:`.split_words.strong_terms`); ``short``:
        3-letter strong terms; ``loose``: :func:`loose_terms`."""
        # a key from a phrase; a pattern term ("the deed") has conditions its glued key would lose, and a
        # generated misspelling read glued (or with one more edit) is two changes from the word
        self._glued = {k: e for k, e in terms.items() if " " in e.term.strip() and len(k) >= MIN_GLUED
                       and "(pattern)" not in e.source and not _GENERATED.search(e.source)}
        deletes: dict[str, set[str]] = {}
        for k, e in self._glued.items():
            if len(k) >= MIN_EDIT and _english(e):
                deletes.setdefault(k, set()).add(k)
                for i in range(len(k)):
                    deletes.setdefault(k[:i] + k[i + 1:], set()).add(k)
        self._deletes = deletes
        # "completely" says how naked: nudity words only ("allanus", "totalities" are no intensified nudity)
        self._tails = {k: e for k, e in terms.items() if " " not in e.term.strip() and len(k) >= MIN_TAIL
                       and _english(e) and e.grade == "nudity" and not _GENERATED.search(e.source)}
        doubled: dict[str, Entry] = {}
        for k, e in terms.items():  # "nude" -> "nud": a stretched "nuud" drops the silent e (read as "nude")
            if e.grade == "nudity" and _english(e) and len(k) == 4 and k.endswith("e") and collapse(k) == k:
                doubled.setdefault(k[:-1], e)
        for k, e in (short or {}).items():
            if e.grade == "nudity" or k == "sex":
                doubled.setdefault(k, e)
        for k, e in (loose or {}).items():
            doubled.setdefault(k, e)
        self._doubled = doubled
        self._terms = frozenset(terms) | frozenset(short or ()) | frozenset(loose or ())

    def find(self, nt, taken: Sequence = (), words=None) -> list[tuple[FuzzyMatch, str]]:
        """``(match, rule)`` of the readings of ``nt``'s folded tokens clear of ``taken`` spans;
        ``words``: the field's word test (:class:`.piece_words.FieldWords`)."""
        out: list[tuple[FuzzyMatch, str]] = []
        v = nt.folded
        if not v.text:
            return out
        marks = Marks((m.ostart, m.oend) for m in taken)
        toks = v.tokens[:MAX_TOKENS]
        lower = any(c.islower() for c in nt.original[:4096])
        frame = None
        for t in toks:
            if len(out) >= MAX_HITS:
                break
            w = t.text
            if not (DOUBLED_LEN[0] <= len(w) <= MAX_TOKEN and w.isascii() and w.isalpha()) or w in self._terms \
                    and w not in self._glued:
                continue
            hit = self._read(w)
            if hit is None:
                continue
            entry, rule, penalty, edit = hit
            os_, oe = v.to_original(t.start, t.end)
            if marks.overlaps(os_, oe):
                continue
            written = nt.original[os_:oe]
            if not (written.isascii() and written.isalpha()):
                continue  # "nüüd" (Estonian "now"), "n0ode": another reader's, or a word of its language
            if lower and written.isupper() and len(w) <= 6:
                continue  # "NUUD": a capitalised code in a lower-case field
            if rule == "doubled_letter" and lower and not written.islower():
                continue  # "Nudd ap Lludd": a stretched word is typed in lower case; a capital starts a name
            if written[:1].isupper() and not written.isupper() and \
                    capital_in_sentence(nt.original, os_, SENTENCE_OPENERS + ("#",)):
                continue  # "with Nudd ap Lludd": a capital inside a sentence starts a name
            if known_word(w, words):
                continue
            if rule == "doubled_letter":
                if frame is None:
                    frame = any(x.text in FRAME for x in toks) or _PERSON.search(nt.original[:4096]) is not None
                if not frame and not last_after_name(nt.original, os_, oe):
                    continue
            found = replace(entry, score=round(max(0.0, entry.score - penalty), 2))
            out.append((FuzzyMatch(found, "folded", t.start, t.end, os_, oe, edit), rule))
            marks.add(os_, oe)
        return out

    def _read(self, w: str) -> tuple[Entry, str, float, str] | None:
        """The reading of one token: ``(entry, rule, penalty, edit)`` or None."""
        e = self._glued.get(w)
        if e is not None:
            return e, "glued_phrase", PENALTY, f"read {w!r} as {e.term!r}"
        n = len(w)
        if n >= MIN_EDIT - 1 and self._deletes:
            cands = set(self._deletes.get(w, ()))
            for i in range(n):
                cands.update(self._deletes.get(w[:i] + w[i + 1:], ()))
            for k in sorted(cands):  # sorted: the same answer on every run
                if len(k) >= MIN_EDIT and edit1(w, k) is not None:
                    e = self._glued[k]
                    return e, "glued_phrase", EDIT_PENALTY, f"read {w!r} as {e.term!r} ({edit1(w, k)})"
        for p in INTENSIFIERS:
            if n - len(p) >= MIN_TAIL and w.startswith(p):
                e = self._tails.get(w[len(p):])
                if e is not None:
                    return e, "glued_intensifier", PENALTY, f"read {w!r} as {p!r} + {e.term!r}"
        if DOUBLED_LEN[0] <= n <= DOUBLED_LEN[1] and _DOUBLE.search(w, 1):
            c = collapse(w)
            e = self._doubled.get(c)
            if e is not None and c != w:
                return e, "doubled_letter", DOUBLED_PENALTY, f"read {w!r} as {e.term!r}"
        return None
