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
from typing import Iterable, Sequence

from ..._data import read_bytes

#: Findings that are a reading of a name from words (the rest are phrases, tags or the registry).
NAME_READINGS = frozenset({"full_name", "model_mention", "style_reference"})
#: The table's languages, in the order of their bits in a word's code.
LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "sv", "nb", "da", "ro", "tr",
             # round 9 (scripts/build_language_words.py)
             "cs", "sk", "hu", "fi", "id", "ms", "tl", "hr", "sl", "lt", "lv", "ca")
#: Frequency bands of the table (scripts/build_language_words.py): Zipf >= 3, 4, 5 (a word once
#: per 1,000,000, 100,000, 10,000 words of the language).
WORD, ANCHOR, COMMON = 3, 4, 5
#: Very common words (band :data:`COMMON`) of a language a field needs before it is read as
#: written in that language; no name of that language starts with one either. A span dropped as
#: words needs one word of band :data:`ANCHOR` ("quiero ver", "donna nuda"): a span of rarer
#: words is more often a name frequent in that language's text ("emmanuelle guichard").
MIN_COMMON = 2
#: Elided articles and prepositions glued by an apostrophe ("l'amour", "un'elfa", "dell'arte").
_ELISIONS = ("dell", "dall", "nell", "sull", "all", "qu", "un", "l", "d", "j", "m", "t", "s", "c", "n")

_lock = threading.Lock()
_table: dict[str, int] | None = None


def language_words() -> dict[str, int]:
    """folded word -> its bands packed in one integer: 2 bits per language of :data:`LANGUAGES`
    (0 = no word of it, else band - 2). ~650,000 words, ~52 MB, loaded once per process."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, int] = {}
                get = table.get
                # One int object per distinct code (~11,000) instead of one per word (~650,000): each
                # "|" makes a new int (32 bytes), ~18 MB of equal copies kept (round 25, issue 10).
                # Canonical at once, so the copy is freed and its memory reused by the next word.
                one = {}.setdefault
                raw = gzip.decompress(read_bytes("text/data/language_words.tsv.gz")).decode("utf-8")
                for line in raw.splitlines():
                    lang, band, words = line.split("\t")
                    bits = (int(band) - 2) << (2 * LANGUAGES.index(lang))
                    for word in words.split(" "):
                        code = get(word, 0) | bits
                        table[word] = one(code, code)
                _table = table
    return _table


def band_of(code: int, langs: frozenset) -> int:
    """The highest band of a word's ``code`` among ``langs`` (0: no word of them)."""
    best = 0
    for k, lang in enumerate(LANGUAGES):
        if lang in langs:
            v = (code >> (2 * k)) & 3
            if v:
                best = max(best, v + 2)
    return best


def _common_languages(code: int) -> tuple:
    return tuple(lang for k, lang in enumerate(LANGUAGES) if (code >> (2 * k)) & 3 == COMMON - 2)


def field_languages(words: Sequence) -> frozenset:
    """The languages (of the table's twelve) with at least :data:`MIN_COMMON` distinct very common
    words in ``words`` (``persons.words.Word``); empty for English and unknown text."""
    table = language_words()
    seen: dict[str, set] = {}
    for k, w in enumerate(words):
        code = table.get(w.base)
        # Only words written as words count: "Ana de Armas" in an English prompt is no Spanish.
        if not code or not (w.lower or k == 0 or words[k - 1].item != w.item or w.title and band_of(code, {"de"})):
            continue
        for lang in _common_languages(code):
            seen.setdefault(lang, set()).add(w.base)
    return frozenset(lang for lang, ws in seen.items() if len(ws) >= MIN_COMMON)


def written_in_another_language(tokens: Iterable[str], english_words: frozenset | set) -> bool:
    """Plain folded tokens of a field read as another language's text: :data:`MIN_COMMON` or more
    distinct very common words of one of the table's languages, and more words of it (band
    :data:`ANCHOR` and up) than common English words (``english_words``). "Ana de Armas naked in
    bed" stays English; "die Frau von nebenan im Garten" and "ma voisine arrose ses plantes" are
    not (the function-word test of wordclasses.py needs two of its own short list and missed both)."""
    return bool(written_languages(tokens, english_words))


def written_languages(tokens: Iterable[str], english_words: frozenset | set) -> frozenset:
    """The table's languages the field (plain folded ``tokens``) is written in, as
    :func:`written_in_another_language` reads it (round 28: ``text/lexicon_collisions.py`` needs which)."""
    table = language_words()
    common: dict[str, set] = {}
    words: dict[str, int] = {}
    english = 0
    for tok in tokens:
        if tok in english_words:
            english += 1
        code = table.get(tok)
        if not code:
            continue
        for k, lang in enumerate(LANGUAGES):
            band = (code >> (2 * k)) & 3
            if band >= ANCHOR - 2:
                words[lang] = words.get(lang, 0) + 1
                if band == COMMON - 2:
                    common.setdefault(lang, set()).add(tok)
    return frozenset(lang for lang, ws in common.items() if len(ws) >= MIN_COMMON and words[lang] > english)


#: Languages that write compounds as one word ("Kohlezeichnung", "stripfiguur", "nakenbild"): a
#: word of two table words of one of them is a word of that language.
COMPOUNDING = ("de", "nl", "sv", "nb", "da")
#: Linking letters between the parts of a compound ("Wasserfarben|bild", "Arbeit|s|platz").
_LINKS = ("", "s", "e", "n", "en", "er")


def word_languages(word: str, english_words: frozenset | set = frozenset()) -> frozenset:
    """The table's languages ``word`` (folded, lower case) is a word of (any band), or, for a word
    of 8+ letters the table lacks, a compound of one compounding language: two of its words (3+
    letters each, with an optional linking letter), or an English word (``english_words``) before a
    word of it of 4+ letters ("stripfiguur", "Comicfigur": these languages borrow English nouns
    into compounds). Empty for a word of none of them. Cost: one lookup, plus a few lookups per
    split point for a long unknown word."""
    table = language_words()
    code = table.get(word)
    if code:
        return frozenset(lang for k, lang in enumerate(LANGUAGES) if (code >> (2 * k)) & 3)
    if len(word) < 8 or len(word) > 40 or not word.isalpha():
        return frozenset()
    found = set()
    for i in range(3, len(word) - 2):
        left_code = table.get(word[:i])
        if not left_code:
            if word[:i] not in english_words:
                continue
            left_code = -1  # every language: an English modifier

        for link in _LINKS:
            if not word.startswith(link, i) or len(word) - i - len(link) < 3:
                continue
            right_code = table.get(word[i + len(link):])
            if not right_code or (left_code == -1 and len(word) - i - len(link) < 4):
                continue
            for k, lang in enumerate(LANGUAGES):
                if lang in COMPOUNDING and (left_code >> (2 * k)) & 3 and (right_code >> (2 * k)) & 3:
                    found.add(lang)
    return frozenset(found)


def _band(nt, w, langs: frozenset, table) -> int:
    """The word's band in the field's languages (0: no word of them)."""
    code = table.get(w.base)
    if code is None and len(w.base) >= 3 and "'" in nt.original[w.ostart:w.oend]:
        # "l'amour" is read as one token "lamour": the word is what follows the elision.
        for head in _ELISIONS:
            if w.base.startswith(head) and (code := table.get(w.base[len(head):])) is not None:
                break
    return band_of(code, langs) if code else 0


def _reads_as_word(w, first_of_item: bool, langs: frozenset) -> bool:
    """Case allows reading ``w`` as a word: lower case, an item's first word, or a German noun."""
    if w.tagged >= 0:
        return False  # a LoRA tag stands in for a name's capitals
    return w.lower or first_of_item or ("de" in langs and w.title)


class FieldWords:
    """The words of one field read against the languages it is written in (none: English)."""

    def __init__(self, nt, words: Sequence, first_names: frozenset | set = frozenset(),
                 english_words: frozenset | set = frozenset()):
        self.nt = nt
        self.words = words
        self.first_names = first_names
        #: Common English words count as words of the field too (band :data:`WORD`, never the
        #: anchor): "een model", "Model ganz" in Dutch and German prompts. A pair of them alone
        #: stays a name ("ruby rose"): the span still needs a clearly common word of the language.
        self.english_words = english_words
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
        bands = []
        for k in range(i, j + 1):
            w = words[k]
            band = _band(self.nt, w, self.langs, table) or (WORD if w.base in self.english_words else 0)
            if band == 0 and len(w.base) <= 2:
                continue
            if band == 0 or not _reads_as_word(w, k == 0 or words[k - 1].item != w.item, self.langs):
                return False
            bands.append(band)
        return bool(bands) and (joined or max(bands) >= ANCHOR)

    def opens_with_word(self, i: int) -> bool:
        """Word ``i`` is a very common word (:data:`COMMON`) of the field's languages, written as
        one, and no census first name: no name of that language starts with it ("Foto von Lena",
        "foto de Valentina": the name starts after it). First names that are words ("Rosa",
        "Bella") still open one, and so do names frequent in that language's text ("giulia")."""
        if not self.langs:
            return False
        w, words = self.words[i], self.words
        return (w.base not in self.first_names
                and _band(self.nt, w, self.langs, language_words()) >= COMMON
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
