"""Near misses of lexicon terms: one edit away ("nuditiy", "pornogrxphy") or masked ("n*de", "p***y").

Bounded on purpose: only tokens of 5+ letters that are no known word are looked up for one edit
(:class:`FuzzyIndex`), and only tokens with a ``*`` against terms of the same length
(:class:`MaskedIndex`; round 17 adds one letter hidden by ``#``/``.``/``-``/``_`` and the words worth
hiding of :mod:`.masked_words`); each lookup costs O(token length) dictionary probes. The terms are the
:class:`~nciiguard.text.lexicon.Entry` rows of :mod:`nciiguard.text.lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from . import masked_words
from .lexicon import Entry, tokenize
from .spans import Marks

__all__ = ["FuzzyMatch", "FuzzyIndex", "MaskedIndex", "edit1", "fuzzy_known", "FUZZY_NOT_ML", "PRIVATIVE", "DRESSED_AS"]


# -- fuzzy matching of core terms ------------------------------------------------------------
@dataclass(frozen=True)
class FuzzyMatch:
    """A token one edit away from a core term; ``edit`` says which edit ("insert 'i'" ...)."""

    entry: Entry
    view: str
    start: int
    end: int
    ostart: int
    oend: int
    edit: str


def edit1(a: str, b: str) -> str | None:
    """The single edit turning ``b`` (the term) into ``a`` (the token), or None.

    Damerau-Levenshtein distance 1 in its restricted form (optimal string alignment): one
    insertion, deletion, substitution or transposition of two adjacent letters.
    """
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return None
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb + 1:
        return f"insert {a[i]!r}" if a[i + 1:] == b[i:] else None
    if lb == la + 1:
        return f"delete {b[i]!r}" if a[i:] == b[i + 1:] else None
    if a[i + 1:] == b[i + 1:]:
        return f"substitute {b[i]!r}->{a[i]!r}"
    if i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
        return f"transpose {b[i:i + 2]!r}"
    return None


#: Round 32 (issue 10): one-letter privative prefixes by lexicon language. Deleting one turns a word into its
#: opposite, not into a misspelling of it: Italian "svestita" (undressed) minus its "s" is "vestita" (dressed), and
#: "Benedetta Cappelletti vestita da strega" was read as nudity. Such a stem (a word of the shipped tables) followed by
#: what one is dressed as, in or for (:data:`DRESSED_AS`: "vestita da strega", "vestita di bianco") is no fuzzy hit
#: (``FuzzyIndex.find``). Not in every context: v5 lost two disguised requests when every "vestita" was read as
#: itself and one more when every word of the tables was read as a word in a field of its language (measured round
#: 32; round 24 saw the same), so a bare "vestita" stays a hit and the words of the tables are not known words.
#: Slavic "s-" / "z-" ("off, down": Czech "svlečená" undressed, "vlečená" dragged) and Greek "a-" are the same shape.
PRIVATIVE: dict[str, tuple[str, ...]] = {
    "it": ("s",), "cs": ("s", "z"), "sk": ("s", "z"), "sl": ("s", "z"), "hr": ("s", "z"), "sr": ("s", "z"),
    "bs": ("s", "z"), "pl": ("s", "z"), "el": ("a",),
}

#: Round 32 (issue 10): ordinary words of other languages one edit from a fuzzy core term, too rare for the shipped
#: word tables (``text/persons/language.py``) or too common in them to leave ("jenis", "vacina"), and no plausible
#: respelling of a sexual word ("nubes" and "pagina" are left: an attacker's "nudes", "vagina"). Found by script
#: (scripts/audit_fuzzy_collisions.py: every one-edit variant of every core term against wordfreq's lists of 30
#: languages, zipf >= 1, each given a verdict by hand; a variant whose sense is sexual, or that an English writer could
#: type for one ("boops", "tatties"), is not listed). Italian "sfogliata" (puff pastry), "svogliata" (listless),
#: "spigliata" (easy-going), Spanish "siestita" (a nap), "encerada" (waxed), Portuguese "folgada", "geladinha" ...
FUZZY_NOT_ML = frozenset({
    "sfogliata", "sfogliate", "sfogliati", "sfogliato", "svogliata", "svogliate", "svogliati", "svogliato",
    "spigliata", "spigliate", "spigliati", "spigliato", "pampino", "rompino", "siestita", "encerada", "pollada",
    "desnuca", "geladinha", "peludinha", "pesadinha", "meladinha", "folhada", "folgada", "ruazinha", "ollada",
    "bichons", "fichons", "geniaals", "pompano", "unpressed", "sentai", "nippes", "pernis", "pulsy", "rozegrana",
    "rozegrany", "rozegrane", "jenis", "vacina", "pusty", "pegadinha", "spogliatoi",
})

#: Words after a privative stem that say what one is dressed as, in or for (Italian "vestita da strega", "vestita
#: come", "vestita di bianco", "vestita in rosso", "vestita per la festa", "vestita bene"): the clothed word itself.
DRESSED_AS = frozenset({"da", "come", "di", "in", "con", "per", "bene", "male", "elegante", "eleganti", "a", "al",
                        "alla", "tutta", "tutte", "uguale", "uguali"})


def fuzzy_known(base: Callable[[str], bool]) -> Callable[[str], bool]:
    """``base`` (English words and names) and :data:`FUZZY_NOT_ML`: tokens never read as a misspelling."""
    def known(token: str) -> bool:
        return base(token) or token in FUZZY_NOT_ML

    return known


class FuzzyIndex:
    """Tokens one edit (Damerau-Levenshtein 1) away from a small set of core terms.

    Why: a lexicon lists spellings; a prompt writer who misspells ``nudity`` as ``nuditiy`` gets
    past it. Generated variants cover deletions and transpositions, but insertions of any letter
    and substitutions would be tens of thousands of lines. This index finds them all at a bounded
    cost, SymSpell-style: every core term and each of its one-letter deletions is a key at load
    time; a token is looked up by itself and by each of its own one-letter deletions (shared
    deletion = distance <= 2), then verified with :func:`edit1`. Lookup is ``len(token) + 1``
    dictionary probes.

    Guard rails, because one edit away from a sexual word is often another word: only ASCII
    letter tokens of ``min_len`` or more letters (``min_len`` 5 keeps ``nude``/``anal``/``cock``
    out), only core terms of ``min_len`` or more letters, and never a token for which ``known``
    is true (dictionary words, names: ``exotic``, ``deductive``, ``topples``, ``Denis``).
    Immutable after construction, so one instance is shared by every thread.
    """

    def __init__(self, entries: Sequence[Entry], *, known: Callable[[str], bool], min_len: int = 5):
        self.min_len = min_len
        self._known = known
        self._terms: dict[str, Entry] = {}
        for e in entries:
            t = e.term.lower()
            if len(t) >= min_len and t.isascii() and t.isalpha():
                self._terms.setdefault(t, e)
        self._keys: dict[str, set[str]] = {}
        for t in self._terms:
            self._keys.setdefault(t, set()).add(t)
            for i in range(len(t)):
                self._keys.setdefault(t[:i] + t[i + 1:], set()).add(t)
        self.max_len = max((len(t) for t in self._terms), default=0) + 1

    def __len__(self) -> int:
        return len(self._terms)

    def lookup(self, token: str) -> tuple[Entry, str] | None:
        """``(entry, edit)`` of the core term ``token`` is one edit away from, or None."""
        if not (self.min_len <= len(token) <= self.max_len) or not (token.isascii() and token.isalpha()):
            return None
        if token in self._terms or self._known(token):
            return None
        cands: set[str] = set(self._keys.get(token, ()))
        for i in range(len(token)):
            cands.update(self._keys.get(token[:i] + token[i + 1:], ()))
        best = None
        for term in sorted(cands):  # sorted: the same answer on every run
            edit = edit1(token, term)
            if edit is not None and (best is None or self._terms[term].score > best[0].score):
                best = (self._terms[term], edit)
        return best

    def _stem_of(self, token: str, term: str) -> bool:
        """``token`` is ``term`` without its privative prefix (:data:`PRIVATIVE`) and a word of a language (the shipped
        tables): the opposite word. A stem that is no word is a disguise ("pogliata" for "spogliata")."""
        langs = self._terms[term].lang.split(",")
        if not any(term.startswith(p) and token == term[len(p):] for lang in langs for p in PRIVATIVE.get(lang, ())):
            return False
        from .persons.language import language_words

        return token in language_words()

    def find(self, nt, taken: Sequence = (), view: str = "folded") -> list[FuzzyMatch]:
        """Fuzzy hits in one view of ``nt``, skipping tokens that overlap ``taken`` matches
        (anything with ``ostart``/``oend``: exact matches win over fuzzy ones)."""
        v = getattr(nt, view)
        out: list[FuzzyMatch] = []
        if not v.text:
            return out
        marks = Marks((m.ostart, m.oend) for m in taken)  # O(1) per position, not per taken match
        toks = tokenize(v.text)
        langs = None  # the field's languages, read once when a hit is a word of the tables
        for k, (tok, s, e) in enumerate(toks):
            hit = self.lookup(tok)
            if hit is None:
                continue
            if hit[1].startswith("delete") and k + 1 < len(toks) and toks[k + 1][0] in DRESSED_AS \
                    and self._stem_of(tok, hit[0].term.lower()):
                continue  # "vestita da strega": dressed as a witch, not "svestita"
            os_, oe = v.to_original(s, e)
            if marks.overlaps(os_, oe):
                continue
            if langs is None and _table_word(tok):
                langs = _written_languages(nt)
            if langs is not None and self._ordinary(nt, tok, os_, oe, langs):
                continue  # "la página web", "las nubes", "neked küldött": a word of the field's language
            out.append(FuzzyMatch(hit[0], view, s, e, os_, oe, hit[1]))
        return out

    def _ordinary(self, nt, tok: str, os_: int, oe: int, langs: frozenset) -> bool:
        """The token (a fuzzy hit) is a word of a language, not a misspelling of a core term (round 33, issue 10):

        - written with its own accents (Latin letters with marks, no other script) and a word of a table language:
          "página" (page) is no "vagina", "nubês" no "nudes". The terms the index reads are ASCII, so an accent is no
          part of the word being respelled, and a disguise with one would fold to the term itself ("vagína");
        - a word of band :data:`~.persons.language.ANCHOR` (Zipf >= 4) of a language the field is written in
          (``lexicon_collisions.field_text_languages``): Spanish "nubes" (clouds) in "fotos de las nubes sobre
          Madrid", Hungarian "neked" (to you) in a Hungarian sentence. An English field keeps them (an attacker's
          "nubes"), and rarer words stay misspellings everywhere (round 32: reading every table word as itself in a
          field of its language cost a disguised request on v5).

        Not a privative stem ("vestita" for "svestita") in a field of its language: measured in round 33, it cost one
        disguised request on v5 (numbers only), as reading it as itself everywhere cost two in round 32; only the
        dressed-as context (:data:`DRESSED_AS`) clears it.
        """
        from .folding import strip_marks
        from .persons.language import ANCHOR, band_of, language_words

        code = language_words().get(tok, 0)
        if not code:
            return False
        written = nt.original[os_:oe]
        if not written.isascii() and written.isalpha() and strip_marks(written.lower()) == tok:
            return True
        if not langs:
            return False
        return band_of(code, langs) >= ANCHOR


def _table_word(token: str) -> bool:
    from .persons.language import language_words

    return token in language_words()


def _written_languages(nt) -> frozenset:
    from .lexicon_collisions import field_text_languages

    return field_text_languages(nt)


# -- masked spellings ("n*ked", "p*rn", "pu**y") ----------------------------------------------------
#: Masked words of one field read as a word of a phrase at most: each reading compares the token with the
#: phrase words of its length (hundreds), so a field of thousands of masked words is bounded (round 17).
MAX_PHRASE_READS = 64
#: A word with asterisks standing for letters: letters, then runs of ``*`` and letters.
#: A word of 3-14 letters and digits with a digit inside or at its end (not a number).
_DIGIT_WORD = re.compile(r"(?<!\w)(?=\w{0,13}[^\W\d_])(?=\w{0,13}\d)\w{3,14}(?!\w)")
_MASKED_WORD = re.compile(r"(?<![^\W_])[^\W\d_]*\*+[^\W\d_*]*(?:\*+[^\W\d_*]*)*")


def _neighbours(text: str, at: int, step: int, n: int) -> list[tuple[int, int]]:
    """Spans of up to ``n`` words of letters next to ``at`` (before it for ``step`` -1, after it
    for 1), each separated from the next by one space, in text order."""
    out: list[tuple[int, int]] = []
    k = at
    while len(out) < n:
        if step < 0:
            if k < 2 or text[k - 1] != " " or not text[k - 2].isalpha():
                break
            j = k - 1
            while j > 0 and text[j - 1].isalpha():
                j -= 1
            out.insert(0, (j, k - 1))
            k = j
        else:
            if k + 1 >= len(text) or text[k] != " " or not text[k + 1].isalpha():
                break
            j = k + 1
            while j < len(text) and text[j].isalpha():
                j += 1
            out.append((k + 1, j))
            k = j
    return out


#: Lexicon sources of generated spellings ("misspelling of nude"): no word a hidden letter stands for.
_GENERATED = re.compile(r"misspelling|typos of|surge-ai/profanity$")


def _one_word_shown(token: str) -> bool:
    """A word worth hiding is read from a star inside it ("st*ip"), not from a lone star at one end of a
    short word ("stri*" could be any of "strip", "stride", "string" cut short)."""
    token = token.strip("*")
    return "*" in token


def _own_letters(nt, v, s: int, e: int, masked: str) -> str:
    """``masked`` spelt with the letters the user typed: the plain view reads a lone Cyrillic letter next to
    a symbol as its Latin look-alike ("г@ла" -> "r@ла"); the original, masked the same way, is the word."""
    os_, oe = v.to_original(s, e)
    orig = nt.original[os_:oe].lower()
    if len(orig) != len(masked):
        return masked
    return "".join("*" if c.isdigit() or c in "@$" else c for c in orig)


def _two_words(word: str, mask: str) -> bool:
    """``word`` is two English words of 2+ letters joined by ``mask`` ("sign-in", "up-to", "file_name")."""
    from .piece_words import english_words

    left, _sep, right = word.partition(mask)
    words = english_words()
    return len(left) >= 2 and len(right) >= 2 and left.lower() in words and right.lower() in words


def _ideographic(term: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in term)


class MaskedIndex:
    """Words written with asterisks for some letters, matched against single-word lexicon terms.

    Why: "n*ked", "p*rn", "s*x", "pu**y" are how people write a word a filter would catch, and the
    normaliser keeps the ``*`` (it is not a letter it can restore). Each ``*`` stands for exactly one
    letter; leading asterisks are ignored (``**bold**``). Guard rails: at least ``min_visible``
    letters shown and no more masked letters than shown letters ("f***" and "***" say nothing), ASCII
    single-word terms of 3-14 letters only, and the highest-scored term wins when several fit
    (then the one whose hidden letters are vowels, then the first by spelling: a stable answer). Immutable after construction: shared by every thread.
    """

    def __init__(self, entries: Sequence[Entry], *, min_visible: int = 2, phrases: Sequence[Entry] = (),
                 masked_only: bool = True):
        self.min_visible = min_visible
        # Round 17: words read only when masked ("st*ip", "n4há", "г0ла": :mod:`.masked_words`), kept apart
        # so that a word of the lexicon always wins and the digit reading never sees the lexicon's words
        self._only = MaskedIndex(masked_words.masked_only_entries(), masked_only=False) if masked_only else None
        # Round 9: words of two- and three-word terms ("sem ro*pa", "zonder kl*ren", "χωρίς ρ*ύχα"):
        # a masked word that spells one of them counts when its neighbours spell the rest of the term.
        self._phrase_words: dict[int, dict[str, list[tuple[tuple[str, ...], int, Entry]]]] = {}
        for e in phrases:
            words = tuple(e.term.lower().split())
            if not 2 <= len(words) <= 3:
                continue
            for i, w in enumerate(words):
                if w.isalpha() and 3 <= len(w) <= 14 and not _ideographic(w):
                    self._phrase_words.setdefault(len(w), {}).setdefault(w, []).append((words, i, e))
        best: dict[str, Entry] = {}
        for e in entries:
            t = e.term.lower()
            # any script whose words are letters only (Cyrillic "г*лая", Greek, Hebrew, Arabic, Hangul);
            # ideographs are left out (one masked character of two says nothing)
            if t.isalpha() and 3 <= len(t) <= 14 and not _ideographic(t):
                if t not in best or e.score > best[t].score:
                    best[t] = e
        self._by_len: dict[int, list[tuple[str, Entry]]] = {}
        for t in sorted(best):
            self._by_len.setdefault(len(t), []).append((t, best[t]))
        self._words = best  # the terms as written: a digit put inside a word of another script
        # (length, position, letter) -> bit set of the terms of that length with that letter
        # there: a lookup ANDs the sets of its visible letters instead of testing every term of
        # the length (thousands) for every masked word of the prompt (issue 11).
        self._letter_bits: dict[tuple[int, int, str], int] = {}
        for length, terms in self._by_len.items():
            for k, (t, _e) in enumerate(terms):
                for p, c in enumerate(t):
                    key = (length, p, c)
                    self._letter_bits[key] = self._letter_bits.get(key, 0) | (1 << k)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_len.values())

    def lookup(self, token: str) -> Entry | None:
        """The lexicon entry the masked ``token`` (with ``*``) spells, or None."""
        token = token.lower().lstrip("*")
        best, hit = None, None
        for term, entry in self.fits(token):  # lowest index first: the same tie-break as before
            # People mask vowels ("p*rn", "b**bs"): on equal scores the term whose hidden
            # letters are vowels wins ("boobs" over "bewbs"), then the first term in order.
            vowels = sum(1 for c, tc in zip(token, term) if c == "*" and tc in "aeiou")
            if best is None or (entry.score, vowels) > best:
                best, hit = (entry.score, vowels), entry
        return hit

    def fits(self, token: str) -> list[tuple[str, Entry]]:
        """Every ``(term, entry)`` the lower-case masked ``token`` (``*`` for each hidden letter) spells."""
        visible = sum(1 for c in token if c != "*")
        if "*" not in token or visible < self.min_visible or len(token) - visible > visible:
            return []
        terms = self._by_len.get(len(token), ())
        if not terms:
            return []
        fits = (1 << len(terms)) - 1
        for p, c in enumerate(token):
            if c != "*":
                fits &= self._letter_bits.get((len(token), p, c), 0)
                if not fits:
                    return []
        out = []
        while fits:
            k = (fits & -fits).bit_length() - 1
            fits &= fits - 1
            out.append(terms[k])
        return out

    def find(self, nt, taken: Sequence = (), view: str = "plain") -> list[FuzzyMatch]:
        """Masked words of one view of ``nt`` (the plain view keeps ``*``), skipping ``taken`` spans."""
        v = getattr(nt, view)
        out: list[FuzzyMatch] = []
        marks = Marks((t.ostart, t.oend) for t in taken)
        if self._only is not None:  # round 17: "n#de", "st.ip", "n4há", "г0ла" (one hidden letter)
            out += self._other_masks(nt, v, view, marks)
        if "*" not in v.text:
            return out
        phrases = MAX_PHRASE_READS
        for m in _MASKED_WORD.finditer(v.text):
            s = m.start() + (len(m.group()) - len(m.group().lstrip("*")))
            e = m.end()
            entry = self.lookup(m.group())
            if entry is None:
                hit = None
                if phrases > 0:
                    phrases -= 1
                    hit = self._in_phrase(v.text, s, e)
                if hit is None and self._only is not None and _one_word_shown(m.group()):  # "st*ip": worth hiding
                    only = self._only.lookup(m.group())
                    hit = (only, s, e) if only is not None else None
                if hit is None:
                    continue
                entry, s, e = hit
            os_, oe = v.to_original(s, e)
            if marks.overlaps(os_, oe):
                continue
            out.append(FuzzyMatch(entry, view, s, e, os_, oe, f"masked {v.text[s:e]!r}"))
        return out

    def _other_masks(self, nt, v, view: str, marks: Marks) -> list[FuzzyMatch]:
        """Words with one letter hidden by ``#``/``.``/``-``/``_`` that exactly one term fits, and words of
        :data:`.masked_words.MASKED_ONLY` with a digit for a letter (see :mod:`.masked_words`)."""
        out: list[FuzzyMatch] = []
        for s, e, masked, kind in masked_words.candidates(v.text):
            if kind != "digit" and masked.replace("*", "") in self._words:
                continue  # "na-ked", "nack.te": a mark put inside a word, no letter hidden (the split reader's)
            if kind == "digit":
                if not masked.isascii() and any("a" <= c <= "z" for c in masked):
                    masked = _own_letters(nt, v, s, e, masked)  # "г@ла" became "r@ла" in the plain view
                fits = self._only.fits(masked)
            else:
                fits = self.fits(masked) + self._only.fits(masked)
                if _two_words(v.text[s:e], kind):
                    continue  # "sign-in", "up-to": two words joined, no letter hidden
            fits = [(t, en) for t, en in fits if not _GENERATED.search(en.source)]  # "nade", "nakid" are typos
            if not fits and kind != "digit":  # "s.trip", "st-rip": a mark put inside a word worth hiding
                joined = masked.replace("*", "")
                fits = [(joined, self._only._words[joined])] if joined in self._only._words else []
            if len({t for t, _e in fits}) != 1:
                continue  # no fit, or several: the reader would have to guess
            os_, oe = v.to_original(s, e)
            if marks.overlaps(os_, oe) or (kind == "digit" and nt.original[os_:oe].isupper()):
                continue  # a code in capitals ("N4HA-2") hides nothing
            entry = max((en for _t, en in fits), key=lambda en: en.score)
            out.append(FuzzyMatch(entry, view, s, e, os_, oe, f"masked {v.text[s:e]!r}"))
            marks.add(os_, oe)
        return out

    def find_digits(self, nt, taken: Sequence = (), view: str = "plain") -> list[FuzzyMatch]:
        """Words of a script other than Latin with one or two digits for letters ("ע1רומה", "г0лая",
        "γυμν4"): each digit is read as a mask, as ``*`` is (the leet decoder knows Latin digits only;
        in another script a digit is never part of a word). Skips ``taken`` spans; one regex pass."""
        v = getattr(nt, view)
        out: list[FuzzyMatch] = []
        marks = Marks((t.ostart, t.oend) for t in taken)
        for m in _DIGIT_WORD.finditer(v.text):
            word = m.group()
            letters = [c for c in word if not c.isdigit()]
            digits = len(word) - len(letters)
            if not 1 <= digits <= 2 or len(letters) < 2 * digits or not all(ord(c) > 0x24F for c in letters):
                continue
            entry = self.lookup("".join("*" if c.isdigit() else c for c in word))
            edit = f"digits for letters {word!r}"
            if entry is None:  # round 17: a digit put between the letters ("عار1ية" is "عارية")
                entry, edit = self._words.get("".join(letters)), f"digits put inside {word!r}"
                if entry is None:
                    continue
            os_, oe = v.to_original(m.start(), m.end())
            if not marks.overlaps(os_, oe):
                out.append(FuzzyMatch(entry, view, m.start(), m.end(), os_, oe, edit))
        return out

    def _in_phrase(self, text: str, s: int, e: int) -> tuple[Entry, int, int] | None:
        """(phrase entry, start, end) when the masked word at ``text[s:e]`` spells a word of a
        multi-word term whose other words stand beside it as written. Cost: the phrase words of
        the token's length (a few hundred), then a comparison of at most two words each side."""
        token = text[s:e].lower()
        visible = sum(1 for c in token if c != "*")
        if visible < self.min_visible + 1 or len(token) - visible > 2:
            return None
        fits = [w for w in self._phrase_words.get(len(token), {})
                if all(c == "*" or c == wc for c, wc in zip(token, w))]
        if not fits:
            return None
        before = _neighbours(text, s, -1, 2)
        after = _neighbours(text, e, 1, 2)
        best = None
        for w in fits:
            for words, i, entry in self._phrase_words[len(token)][w]:
                left, right = words[:i], words[i + 1 :]
                if len(before) < len(left) or len(after) < len(right):
                    continue
                lw = before[len(before) - len(left):] if left else []
                rw = after[: len(right)]
                if [text[x:y].lower() for x, y in lw] != list(left) or [text[x:y].lower() for x, y in rw] != list(right):
                    continue
                if best is None or entry.score > best[0].score:
                    best = (entry, lw[0][0] if lw else s, rw[-1][1] if rw else e)
        return best
