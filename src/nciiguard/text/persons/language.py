"""Words of the field's own language are no names: "quiero ver", "donna nuda", "Foto von".

The name rules read English word lists and US census names, so in a prompt written in French,
Spanish, German, Italian, Portuguese, Dutch or Polish the ordinary words of that language look
like unknown tokens or census surnames: "quiero ver una mujer desnuda" read "quiero ver" as first
name + surname, "una donna nuda" read "donna nuda", "pittura a olio" a name with a particle. The
``ncii`` profile blocks sexual + real person, so a nude figure study about nobody in particular was
blocked as NCII in those languages (the lead's bench/multilingual_adult.py: 44.7% of such prompts).

This module tells which of those languages a field is written in (two or more very common words of
it) and drops a person finding whose every word is a common word of one of the field's languages
(``data/language_words.tsv.gz``, derived from wordfreq by scripts/build_language_words.py). A
real name keeps at least one word that is not: census surnames and first names stay names unless
they are very common words in that language ("luz", "donna"), and the table leaves out words as
frequent in English text as in the language ("maria", "garcia"). What is never dropped:

- words written with capitals, except at the start of an item (capitals are name evidence in
  every one of these languages but German, where nouns are capitalised: there they count too);
- words inside a LoRA tag (the tag stands in for a name's capitals) and registry names, handles,
  private-person phrases and every finding that is not a name reading.

Limits: a real person whose name is made only of common words of the field's language and is
written in lower case ("vitória novais") is missed in that language (the prompt still reads sexual,
so it goes to review rather than block); German compounds the table lacks ("Renaissancestil")
still read as joined names.
"""

from __future__ import annotations

import gzip
import threading
from bisect import bisect_left
from typing import Sequence

from ..._data import read_bytes

#: Findings that are a reading of a name from words (the rest are phrases, tags or the registry).
NAME_READINGS = frozenset({"full_name", "model_mention", "style_reference"})
#: Zipf x 10 of a very common word (once per 10,000 words): two distinct ones in a field say which
#: language it is written in, and no name of that language starts with one.
COMMON = 50
#: Zipf x 10 (once per 100,000 words) of the one clearly common word a span of words needs
#: ("quiero ver", "donna nuda").
#: Without it, a span of rarer words is more often a name that is frequent in that language's text
#: ("emmanuelle guichard": both about Zipf 3.1-3.6, as names).
ANCHOR = 40
#: Very common words of a language a field needs before its words are read as that language's.
MIN_COMMON = 2
#: Elided articles and prepositions glued by an apostrophe ("l'amour", "un'elfa", "dell'arte").
_ELISIONS = ("dell", "dall", "nell", "sull", "all", "qu", "un", "l", "d", "j", "m", "t", "s", "c", "n")

_lock = threading.Lock()
_table: dict[str, dict[str, int]] | None = None


def language_words() -> dict[str, dict[str, int]]:
    """folded word -> {language: Zipf frequency x 10} for the languages it is a word of."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, dict[str, int]] = {}
                raw = gzip.decompress(read_bytes("text/data/language_words.tsv.gz")).decode("utf-8")
                for line in raw.splitlines():
                    word, per = line.split("\t")
                    table[word] = {lang: int(z) for lang, z in (p.split(":") for p in per.split(","))}
                _table = table
    return _table


def field_languages(words: Sequence) -> frozenset:
    """The languages (of the table's seven) with at least :data:`MIN_COMMON` distinct very common
    words in ``words`` (``persons.words.Word``); empty for English and unknown text."""
    table = language_words()
    seen: dict[str, set] = {}
    for k, w in enumerate(words):
        per = table.get(w.base)
        # Only words written as words count: "Ana de Armas" in an English prompt is no Spanish.
        if per is None or not (w.lower or k == 0 or words[k - 1].item != w.item or w.title and "de" in per):
            continue
        for lang, z in per.items():
            if z >= COMMON:
                seen.setdefault(lang, set()).add(w.base)
    return frozenset(lang for lang, ws in seen.items() if len(ws) >= MIN_COMMON)


def _zipf(nt, w, langs: frozenset, table) -> int:
    """The word's Zipf x 10 in the field's languages (0: no word of them)."""
    per = table.get(w.base)
    if per is None and len(w.base) >= 3 and "'" in nt.original[w.ostart:w.oend]:
        # "l'amour" is read as one token "lamour": the word is what follows the elision.
        for head in _ELISIONS:
            if w.base.startswith(head) and (per := table.get(w.base[len(head):])) is not None:
                break
    if not per:
        return 0
    return max((z for lang, z in per.items() if lang in langs), default=0)


def _reads_as_word(w, first_of_item: bool, langs: frozenset) -> bool:
    """Case allows reading ``w`` as a word: lower case, an item's first word, or a German noun."""
    if w.tagged >= 0:
        return False  # a LoRA tag stands in for a name's capitals
    return w.lower or first_of_item or ("de" in langs and w.title)


class FieldWords:
    """The words of one field read against the languages it is written in (none: English)."""

    def __init__(self, nt, words: Sequence, first_names: frozenset | set = frozenset()):
        self.nt = nt
        self.words = words
        self.first_names = first_names
        self.langs = field_languages(words)
        self._starts: list[int] | None = None

    def all_words(self, i: int, j: int, joined: bool = False) -> bool:
        """Words ``i..j`` (inclusive) are all words of the field's languages, as written there,
        and one of them is clearly common (:data:`ANCHOR`; not needed for one ``joined`` token,
        which is no name cut in two when the whole token is a word: "transparente"). One- and
        two-letter tokens that are no word (initials) neither count nor keep the span."""
        if not self.langs:
            return False
        table = language_words()
        words = self.words
        zipfs = []
        for k in range(i, j + 1):
            w = words[k]
            z = _zipf(self.nt, w, self.langs, table)
            if z == 0 and len(w.base) <= 2:
                continue
            if z == 0 or not _reads_as_word(w, k == 0 or words[k - 1].item != w.item, self.langs):
                return False
            zipfs.append(z)
        return bool(zipfs) and (joined or max(zipfs) >= ANCHOR)

    def opens_with_word(self, i: int) -> bool:
        """Word ``i`` is a very common word (:data:`COMMON`) of the field's languages, written as
        one, and no census first name: no name of that language starts with it ("Foto von Lena",
        "foto de Valentina": the name starts after it). First names that are words ("Rosa",
        "Bella") still open one, and so do names frequent in that language's text ("giulia")."""
        if not self.langs:
            return False
        w, words = self.words[i], self.words
        return (w.base not in self.first_names
                and _zipf(self.nt, w, self.langs, language_words()) >= COMMON
                and _reads_as_word(w, i == 0 or words[i - 1].item != w.item, self.langs))

    def drop(self, findings: list) -> list:
        """``findings`` without the name readings (:data:`NAME_READINGS`) made only of words."""
        if not self.langs or not findings:
            return findings
        if self._starts is None:
            self._starts = [w.ostart for w in self.words]  # binary search per finding: n log n
        starts = self._starts
        out = []
        for f in findings:
            if f.label in NAME_READINGS and f.span is not None:
                i, j = bisect_left(starts, f.span.start), bisect_left(starts, f.span.end) - 1
                if i <= j and self.all_words(i, j, joined=(f.evidence or {}).get("kind") == "joined"):
                    continue
            out.append(f)
        return out
