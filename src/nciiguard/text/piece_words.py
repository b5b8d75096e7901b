"""Is a piece of a disguised word an ordinary word of the field it sits in?

The split-word and reversed-word readers (:mod:`.split_words`, :mod:`.reversed_words`) propose a
sexual word that two short pieces make when joined ("na ked", "to pless") or that a token spells
backwards ("dekan"). The proposal is wrong when the pieces are ordinary words of the sentence's own
language in that position: "the pen is", "por no tener tiempo" (Spanish), "mijn buurvrouw nu de tuin
in" (Dutch), "der Dekan der Fakultät" (German). So a piece counts as a word of the field when it is:

- a common English word (the shipped English list; English words turn up in every language's prompts),
  "a"/"i", or a name particle English text borrows ("al fresco", "de facto", "la");
- a word (Zipf >= 3) of a language the field is written in, read from the twelve-language table of
  :mod:`.persons.language` (two or more very common words of a language make a field that language);
- written with a capital and a first name or surname of the shipped lists, or a capital initial
  after such a word ("Ana L Garcia": no "anal").

Built lazily per field and only when a reader has a candidate: the table (~41 MB) is shared with
the person signal and loaded once per process; a field without a candidate costs nothing here.
"""

from __future__ import annotations

import threading

__all__ = ["warm_tables", "FieldWords", "english_words"]

#: Name particles and loan words English prompts use as words ("an al fresco dinner", "de facto").
#: English words (other than the pieces) that make a field English when no other language is clear.
MIN_ENGLISH = 2
PARTICLES = frozenset("al el la le de du del della von van der den da di dos das do du ibn bin".split())

_lock = threading.Lock()
_lists: tuple[frozenset, frozenset] | None = None


def warm_tables() -> None:
    """Build this module's lazy table now, so that no prompt pays for it (the person reader's
    ``load`` calls it): the English word lists of glued-word pieces."""
    _word_lists()


def _word_lists() -> tuple[frozenset, frozenset]:
    """(common English words, first names and surnames) of the shipped lists, loaded once."""
    global _lists
    if _lists is None:
        with _lock:
            if _lists is None:
                from .persons import gazetteer

                # The gazetteer's shared lists: the same set and strings, not a copy (round 25).
                english = gazetteer.word_list("names_words_common.txt.gz")
                names = gazetteer.word_list("names_first.txt.gz").union(gazetteer.surname_ranks())
                _lists = (english, names)
    return _lists


def _language_words() -> dict:
    from .persons.language import language_words

    return language_words()


def english_words() -> frozenset:
    return _word_lists()[0]


class FieldWords:
    """The word test of one field (``nt``, a NormalizedText), computed on first use."""

    def __init__(self, nt):
        self.nt = nt
        self._seen: dict[str, set] | None = None
        self._english: dict[str, int] | None = None

    def _common(self) -> dict[str, set]:
        """language -> the distinct very common words of it in the field (computed once)."""
        if self._seen is None:
            from .persons.language import COMMON, LANGUAGES, language_words

            table = language_words()
            seen: dict[str, set] = {}
            for tok in self.nt.plain.tokens:
                code = table.get(tok.text)
                if not code:
                    continue
                # the twelve languages the word tests were tuned on: round 9's thirteen (whose short
                # words "na", "ked" would make "NA KED" a Slovak phrase) serve the name readers only
                for k, lang in enumerate(LANGUAGES[:12]):
                    if (code >> (2 * k)) & 3 == COMMON - 2:
                        seen.setdefault(lang, set()).add(tok.text)
            self._seen = seen
        return self._seen

    def langs(self, pieces: frozenset = frozenset()) -> frozenset:
        """The field's languages, the ``pieces`` under test left out: "nu de" are two very common
        Dutch words, so a field could read as Dutch only because of the cut word itself."""
        from .persons.language import MIN_COMMON

        common = self._common()
        rest = frozenset(lang for lang, ws in common.items() if len(ws - pieces) >= MIN_COMMON)
        if rest or not pieces:
            return rest
        # Without the pieces no language is clear: English when the rest says so ("nu de photo of my
        # neighbour"), else the languages the whole field reads as ("nu de tuin in": Dutch).
        if self._english is None:  # counted once per field: a long field asks for many candidates
            english = _word_lists()[0]
            counts: dict[str, int] = {}
            for t in self.nt.plain.tokens:
                if t.text in english:
                    counts[t.text] = counts.get(t.text, 0) + 1
            self._english = counts
        if sum(self._english.values()) - sum(self._english.get(p, 0) for p in pieces) >= MIN_ENGLISH:
            return rest
        return frozenset(lang for lang, ws in common.items() if len(ws) >= MIN_COMMON)

    def foreign(self, word: str, langs: frozenset) -> bool:
        """``word`` (plain, lower case) is a word (Zipf >= 3) of one of ``langs``."""
        if not langs:
            return False
        from .persons.language import WORD, band_of, language_words

        code = language_words().get(word)
        return bool(code) and band_of(code, langs) >= WORD

    def is_word(self, word: str, ostart: int | None = None, prev_ostart: int | None = None,
                pieces: frozenset = frozenset()) -> bool:
        """``word`` (plain, lower case) reads as an ordinary word of the field where it stands.
        ``ostart``: where it starts in the original (capitals are read there); ``prev_ostart``: the
        start of the token before it (a capital initial after a capitalised name is a word);
        ``pieces``: the words under test, left out when the field's languages are read.
        """
        english, names = _word_lists()
        if word in PARTICLES or word in ("a", "i"):
            return True
        langs = self.langs(pieces)
        if word in english and not (len(word) <= 3 and langs and self._elsewhere(word, langs)):
            return True
        if ostart is not None and self._capital(ostart):
            if word in names:
                return True
            if len(word) == 1 and prev_ostart is not None and self._capital(prev_ostart):
                return True  # an initial: "Ana L Garcia"
        return self.foreign(word, langs)

    @staticmethod
    def _elsewhere(word: str, langs: frozenset) -> bool:
        """A short English word that the table lists for other languages but not for the field's:
        in a Spanish field "tas" (English, French, Turkish) is no word of the sentence ("te tas").
        Short words as frequent in English as in the field's language are not in the table ("no")
        and stay words."""
        from .persons.language import band_of

        code = _language_words().get(word)
        return bool(code) and not band_of(code, langs)

    @staticmethod
    def common_anywhere(word: str) -> bool:
        """``word`` is a clearly common word (Zipf >= 4) of any of the table's twelve languages,
        whatever the field's language ("etat", "suna", "deken", "odun"): a token read backwards
        without being told to must not be one."""
        from .persons.language import ANCHOR

        code = _language_words().get(word)
        return bool(code) and any(((code >> (2 * k)) & 3) + 2 >= ANCHOR for k in range(12) if (code >> (2 * k)) & 3)

    def is_name(self, word: str) -> bool:
        """``word`` is a first name or surname of the shipped lists ("lana", "edna")."""
        return word in _word_lists()[1]

    def _capital(self, ostart: int) -> bool:
        ch = self.nt.original[ostart:ostart + 1]
        return ch.isupper()
