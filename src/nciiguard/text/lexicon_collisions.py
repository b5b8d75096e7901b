"""Sexual-lexicon words that are ordinary words of the language a field is written in (round 28, issue 10).

The lexicon reads its terms in every field, whatever its language: generated misspellings ("peins" for penis),
English profanity lists ("vag", "slut") and other languages' words ("fick" is German slang). Some of them are
ordinary words of another language: French "peins" is "paint!", Swedish "slut" is "end" and "fick" "got",
Hungarian "neked" "to you", Spanish "nudo" a knot, Indonesian "suka" "like". "Peins un
portrait à l'aquarelle de <name> pour une exposition" was blocked as a sexual request about a real person.

``data/sexual_collisions.tsv`` (scripts/build_lexicon_collisions.py: every single-word term against wordfreq's
words of the person reader's 24 table languages, each collision given a verdict by hand) lists the pairs
(term, language) whose sense in that language is not sexual. A lexicon match is dropped when

- the characters the user wrote spell that term, letters only, any case and accents ("Peins", "PEINS": not
  "p3ins", whose digit is a disguise), and
- the field is written in that language: two distinct very common words of it (the person
  reader's table, ``text/persons/language.py``: ``written_languages``) and more of its words than common
  English words.

An English field keeps every term ("<name> showing her peins", "nudo photo of <name>"), and so does a French
field for a term whose French sense is sexual ("vagin"). A field written in the language with a sexual request
keeps its other words ("peins-la nue" still reads "nue"). Cost: one dictionary look-up per match; the field's
language is read only when a match is a listed word (one pass over its tokens).
"""

from __future__ import annotations

import threading

from .._data import read_text
from .folding import strip_marks
from .persons.language import LANGUAGES, language_words, written_languages

COLLISIONS_FILE = "text/data/sexual_collisions.tsv"

#: The lexicon's language codes that the person reader's table spells otherwise.
_TABLE_CODE = {"no": "nb"}

_lock = threading.Lock()
_table: dict[str, tuple[frozenset, frozenset]] | None = None


def collisions() -> dict[str, tuple[frozenset, frozenset]]:
    """term -> (languages where it is an ordinary word, languages where it is a word with a sexual sense too)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                table: dict[str, tuple[set, set]] = {}
                for line in read_text(COLLISIONS_FILE).splitlines():
                    if not line or line.startswith("#"):
                        continue
                    term, lang, _zipf, verdict = line.split("\t")
                    table.setdefault(term, (set(), set()))[0 if verdict == "ordinary" else 1].add(lang)
                _table = {t: (frozenset(o), frozenset(x)) for t, (o, x) in table.items() if o}
    return _table


def ordinary_words() -> dict[str, frozenset]:
    """term -> the languages in which it is an ordinary (not sexual) word."""
    return {t: o for t, (o, _x) in collisions().items()}


def fold(text: str) -> str:
    """The lexicon-key fold (lower case, marks dropped: :func:`.folding.strip_marks`), dotless "ı" read as "i"."""
    return strip_marks(text.lower().replace("ı", "i"))


def field_text_languages(nt) -> frozenset:
    """The table languages the field is written in (``written_languages``), where a word that is also a common word
    of a table language counts as no English word ("pour", "a" in "Peins un portrait ... de instagram.com/...
    pour une exposition": French, not English, for all its shared words)."""
    from .persons.gazetteer import load_gazetteer

    table, common = language_words(), load_gazetteer().words_common
    tokens = [tok.text for tok in nt.folded.tokens]
    english = {t for t in tokens if t in common and not _anchor_word(table.get(t, 0))}
    return written_languages(tokens, english)


def _anchor_word(code: int) -> bool:
    """A word of band 4 or 5 (Zipf >= 4) in some table language."""
    return any((code >> (2 * k)) & 3 >= 2 for k in range(len(LANGUAGES)))


def drop_ordinary(nt, matches: list) -> list:
    """``matches`` (lexicon matches with ``ostart``/``oend`` in ``nt.original``) without those whose written
    word is an ordinary word of the field's language and a sexual word of none of its languages (the entry's own
    languages and the collisions read as sexual: Portuguese "pelada" in a field read as Portuguese and Spanish
    stays, Italian "nudo" in an Italian field read as Spanish too stays)."""
    if not matches:
        return matches
    table = collisions()
    hits = []
    for k, m in enumerate(matches):
        written = nt.original[m.ostart:m.oend]
        if written.isalpha():
            langs = table.get(fold(written))
            if langs:
                hits.append((k, m, langs))
    if not hits:
        return matches
    field = field_text_languages(nt)
    drop = set()
    for k, m, (ordinary, sexual) in hits:
        own = {_TABLE_CODE.get(lang, lang) for lang in m.entry.lang.split(";")}
        if ordinary & field and not (sexual | own) & field:
            drop.add(k)
    return [m for k, m in enumerate(matches) if k not in drop] if drop else matches
