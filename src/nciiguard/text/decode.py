"""Disguised spellings decoded against the lexicon: leetspeak the folded view leaves alone
("nack7", "nu$", "musch1", "70pl35s", "5p0gli4te") and stretched letters ("booooobs", "peitosss").

Why a second decoder: the ``folded`` view (:mod:`.folding`) undoes leetspeak only where a guess is
safe for ANY word (a digit between letters, a leading ``4``/``3``/``0``, a trailing ``3``/``0``), so
it keeps ``mp4``, ``4k``, ``1girl``, ``ps5`` as written. Here the guess is checked against the
lexicon instead: a token that carries a disguise signature (a leet symbol among its letters, or a
run of 3+ equal letters) is decoded with every leet reading (``1`` as ``i`` or ``l``), its repeated
letters squeezed, and looked up among the lexicon's terms squeezed the same way; multi-word terms
are also keyed without their spaces ("s e m r o u p a" joins to "semroupa"). Nothing else is
guessed, so an ordinary word, a number or a product code never matches (a code that decodes to a
sexual word is a disguise). The decoder works the same for every language of the lexicon.

Cost: one regular-expression scan per view plus a few dictionary probes per signed token (at most
``MAX_READINGS`` leet readings). The tables are immutable after construction and shared by every
thread; the one mutable part is a bounded memo of the Romance morphology's answer per word
(:meth:`DecodedIndex._morph_read`): a plain dict whose single get/set steps are atomic under the GIL.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Callable, Iterable, Sequence

from . import morph
from .morph_ml import InflectionIndex
from .folding import LEET_MAP, squeeze, strip_marks
from .fuzzy import FuzzyMatch
from .lexicon import Entry
from .spans import Marks

__all__ = ["DecodedIndex"]

#: A word as a disguiser writes it: letters, digits and the leet symbols.
_WORD = re.compile(r"(?<![^\W_@$!|])(?:[^\W_]|[@$!|])+")
_LEET = {**LEET_MAP, "1": "il", "|": "li"}
_RUN3 = re.compile(r"([^\W\d_])\1\1")
#: Readings of one token tried at most (two ambiguous ``1``s give four).
MAX_READINGS = 8
#: The word after a short leet word: one space, then letters, digits or leet symbols.
_NEXT_WORD = re.compile(r" ((?:[^\W_]|[@$!|])+)")
#: The word before a leet word (searched in a window that ends at the leet word).
_PREV_WORD = re.compile(r"(?<![^\W_@$!|])((?:[^\W_]|[@$!|])+) $")
#: Shortest term matched with one of its letters doubled ("nacckten"): shorter ones collide with
#: words of other languages ("penne" / "pene").
MIN_DOUBLED = 5
_DOUBLE = re.compile(r"([^\W\d_])\1")
#: Languages whose lemmas the morphology and by-ear spellings (:mod:`.morph`) reach.
MORPH_LANGS = frozenset({"es", "pt", "it", "fr", "de"})
#: Languages whose single words are also keyed by ear: German spells c/k/ch apart ("Nachtbild"
#: misspelt "nactbild" would read as "Nacktbild"), so its words are not.
PHON_LANGS = frozenset({"es", "pt", "it", "fr"})
#: Shortest term indexed by its by-ear key ("peson", a typo of person, is no "pezón": 6+ letters),
#: and shortest indexed with one vowel dropped.
MIN_PHON, MIN_VOWEL_DROP = 6, 7
#: Longest tail glued after a Romance lemma, and the lowest lemma score read through a tail.
MAX_TAIL, MIN_TAIL_SCORE = 4, 0.85
#: Shortest squeezed key looked up: 3 letters ("s3x", "nu$", "cu7" ... the shortest sexual words).
MIN_KEY = 3
#: The morphology's answer is memoised for words up to ``MEMO_LEN`` letters, at most ``MEMO_MAX``
#: of them (the memo is emptied when full: a flood of distinct words costs a re-read, not memory).
MEMO_LEN, MEMO_MAX = 32, 1 << 15
_MISSING = object()


#: A word with one ``*`` between letters (the masked spellings :meth:`DecodedIndex.masked` reads).
_MASKED = re.compile(r"(?<![^\W_*])[^\W\d_]+\*[^\W\d_]+(?![^\W_*])")


def _fold_accents(word: str) -> str:
    """Accents off a word (the plain view keeps them; the lemma keys are folded)."""
    return strip_marks(word)


def _key(form: str) -> str:
    return squeeze("".join(ch for ch in form if ch.isalnum()))


class DecodedIndex:
    """Lexicon terms keyed by their squeezed, space-free folded form; see the module docstring."""

    def __init__(self, forms: Iterable[tuple[Sequence[str], bool, Entry]], *,
                 known: Callable[[str], bool] | None = None):
        """``forms``: ``(tokens, stem, entry)`` of the folded word terms (:meth:`Lexicon.forms`);
        ``known``: the word lists' membership test, which enables doubled-letter matching."""
        self._exact: dict[str, Entry] = {}
        self._stems: dict[str, Entry] = {}
        self._doubled: dict[str, tuple[Entry, int]] = {}  # squeezed single-word term -> (entry, its length)
        self._lemma: dict[str, tuple[Entry, frozenset[str]]] = {}  # Romance lemma -> (entry, its languages)
        self._phon: dict[str, tuple[Entry, frozenset[str]]] = {}  # by-ear key (and vowel-dropped) -> same
        self._phon_multi: dict[str, tuple[Entry, frozenset[str]]] = {}  # by-ear key of a phrase, no spaces
        self._multi_heads: set[str] = set()  # by-ear keys of those phrases' first words
        self._known = known
        self._morph_memo: dict[str, Entry | None] = {}  # folded lower-case word -> _morph_read's answer
        forms = list(forms)
        #: endings of the other inflecting languages (Slavic, Baltic, Greek, Finnic, Hungarian, Turkish)
        self._ml = InflectionIndex(forms)
        #: round 27: terms written with "ø" (Danish, Norwegian, Faroese "nøgen", "nøgenbillede"), keyed with a
        #: zero in its place: "0" is the look-alike a disguiser writes for "ø" ("n0gen"), as for "o"
        self._zero: dict[str, Entry] = {}
        for tokens, stem, e in forms:
            form = "".join(tokens)
            if not form.isascii():  # other scripts: the leet map does not apply
                if not stem and "ø" in form and form.replace("ø", "0").isascii():
                    key = _key(form.replace("ø", "0"))
                    if len(key) >= MIN_KEY and (key not in self._zero or e.score > self._zero[key].score):
                        self._zero[key] = e
                continue
            key = _key(form)
            if len(key) < MIN_KEY:
                continue
            table = self._stems if stem else self._exact
            if key not in table or e.score > table[key].score:
                table[key] = e
            if not stem and len(tokens) == 1 and len(form) >= MIN_DOUBLED and form.isalpha():
                if key not in self._doubled or e.score > self._doubled[key][0].score:
                    self._doubled[key] = (e, len(form))
            langs = frozenset(e.lang.split(";")) & MORPH_LANGS
            if (not stem and len(tokens) == 1 and form.isalpha() and langs and e.score >= morph.MIN_SCORE
                    and len(key) >= morph.MIN_LEMMA):
                self._add_lemma(self._lemma, key, e, langs)
                if len(key) >= MIN_PHON and langs & PHON_LANGS:
                    self._add_lemma(self._phon, morph.phonetic(key), e, langs)
                if len(key) >= MIN_VOWEL_DROP and langs & PHON_LANGS:
                    for k in morph.vowel_dropped(key):
                        self._add_lemma(self._phon, k, e, langs)
            elif not stem and 2 <= len(tokens) <= 3 and langs and e.score >= morph.MIN_SCORE:
                # a Romance phrase keyed by ear without its spaces ("zin nada puesto", "een bolas")
                self._add_lemma(self._phon_multi, morph.phonetic("".join(tokens)), e, langs)
                self._multi_heads.add(morph.phonetic(tokens[0]))
        self._stem_lens = sorted({len(k) for k in self._stems}, reverse=True)
        #: Longest span of letters a joined term can take: its squeezed key with every letter
        #: doubled. Bounds :meth:`_joined_prefix` (a 30,000-letter spaced word took 7 s there).
        self._max_joined = 2 * max(map(len, self._exact), default=0) + 2

    def phrase_by_ear(self, text: str, s: int, e: int) -> tuple[Entry | None, int]:
        """A two- or three-word Romance phrase whose words are spelt by ear or with a doubled letter
        ("zin nada puesto", "een bolas", "en bolaz"): only tried when the first word sounds like the
        first word of such a phrase. Returns the entry and the phrase's end."""
        head = morph.phonetic(_fold_accents(text[s:e].lower()))
        if head not in self._multi_heads:
            return None, e
        joined, end = head, e
        for _ in range(2):
            nxt = _NEXT_WORD.match(text, end)
            if nxt is None or not nxt.group(1).isalpha():
                break
            joined += _fold_accents(nxt.group(1).lower())
            end = nxt.end()
            hit = self._phon_multi.get(morph.phonetic(joined))
            if hit is not None:
                return hit[0], end
        return None, e

    @staticmethod
    def _add_lemma(table, key, e, langs) -> None:
        if key not in table or e.score > table[key][0].score:
            table[key] = (e, langs)

    def inflected(self, key: str) -> Entry | None:
        """A lexicon lemma of the Romance languages that ``key`` (folded, lower-case, squeezed)
        inflects ("desnudita", "spogliarla", "tettine") or spells by ear ("deznuda", "dsnuda");
        None for a word the word lists know. See :mod:`.morph`."""
        if len(key) < morph.MIN_LEMMA + 1 or not key.isalpha() or (self._known is not None and self._known(key)):
            return None
        best = None
        keys = [key]
        x = key.rfind("x", len(key) - 3)
        if x > 0:  # a gender-neutral x inside the ending ("encueraditx", "tetitxs", "despi-lx")
            keys += [key[:x] + v + key[x + 1:] for v in "ao"]
        for k in keys:
            hit = self._lemma.get(k) if k is not key else None
            hit = hit or (self._phon.get(morph.phonetic(k)) if len(k) >= MIN_PHON else None)
            if hit is not None and (best is None or hit[0].score > best.score):
                best = hit[0]
            for lemma, langs in morph.lemmas(k):
                hit = self._lemma.get(squeeze(lemma)) or self._phon.get(morph.phonetic(lemma))
                if hit is not None and hit[1] & langs and (best is None or hit[0].score > best.score):
                    best = hit[0]
        return best

    def _morph_read(self, low: str) -> Entry | None:
        """:meth:`inflected` or else :meth:`glued_tail` of the folded, lower-case word ``low``
        (squeezed here), memoised: both are pure functions of the word, and prompts repeat their
        words (unmemoised they cost ~0.3 ms a prompt, a third of the rules' time)."""
        hit = self._morph_memo.get(low, _MISSING)
        if hit is _MISSING:
            key = squeeze(low)
            hit = self.inflected(key) or self.glued_tail(key) or self._ml.read(key)
            if len(low) <= MEMO_LEN:
                if len(self._morph_memo) >= MEMO_MAX:
                    self._morph_memo.clear()
                self._morph_memo[low] = hit
        return hit  # type: ignore[return-value]

    def glued_tail(self, key: str) -> Entry | None:
        """A Romance lemma of 6+ letters (or its inflected form, or a phrase without its spaces) with
        a short tail glued on that starts with a consonant ("desnudaya", "encueraditajaja",
        "sinnadapuestoxx"): an inflectional ending starts with a vowel ("spogliatoio", a changing
        room, is "spogliato" + "io" and stays out). At most four cuts, each a few dict probes."""
        if not key.isalpha() or (self._known is not None and self._known(key)):
            return None
        for cut in range(1, min(MAX_TAIL, len(key) - 6) + 1):
            head, tail = key[:-cut], key[-cut:]
            if tail[0] in "aeiouy" or not tail.isascii():
                continue
            hit = self._lemma.get(head) or self._phon_multi.get(morph.phonetic(head))
            if hit is not None and hit[0].score >= MIN_TAIL_SCORE:
                return hit[0]
            if len(head) >= 8:
                entry = self.inflected(head)
                if entry is not None and entry.score >= MIN_TAIL_SCORE:
                    return entry
        return None

    def masked(self, word: str) -> Entry | None:
        """A word with ONE ``*`` for a vowel whose readings inflect a Romance lemma ("nud*na",
        "sv*stirla", "encuer*dita"): the plain masked index only knows the lexicon's own forms.
        Five readings at most, each one :meth:`inflected` call."""
        w = word.lower()
        if w.count("*") != 1 or len(w) < 6 or not w.replace("*", "").isalpha():
            return None
        best = None
        for v in "aeiou":
            k = _fold_accents(w.replace("*", v))
            hit = self._exact.get(squeeze(k)) or self.inflected(squeeze(k))
            if hit is not None and (best is None or hit.score > best.score):
                best = hit
        return best

    def find_masked(self, nt, taken: Sequence = ()) -> list[FuzzyMatch]:
        """Masked words of the plain view read through :meth:`masked`, skipping ``taken`` spans."""
        v = nt.plain
        out: list[FuzzyMatch] = []
        if "*" not in v.text:
            return out
        marks = Marks((t.ostart, t.oend) for t in taken)
        for m in _MASKED.finditer(v.text):
            entry = self.masked(m.group())
            if entry is None:
                continue
            os_, oe = v.to_original(*m.span())
            if not marks.overlaps(os_, oe):
                out.append(FuzzyMatch(entry, "plain", m.start(), m.end(), os_, oe, f"masked {m.group()!r}"))
                marks.add(os_, oe)
        return out

    def pt_clitic(self, verb: str) -> Entry | None:
        """The participle a Portuguese infinitive before a hyphenated clitic spells ("despi-la")."""
        for lemma, langs in morph.pt_clitic_lemmas(verb):
            hit = self._lemma.get(squeeze(lemma))
            if hit is not None and hit[1] & langs:
                return hit[0]
        return None

    def doubled(self, word: str) -> Entry | None:
        """A word of letters with a letter doubled that the term has once ("nacckten", "tiitten",
        "kleiidung"): only for terms of MIN_DOUBLED+ letters and words no word list knows
        ("penne" is pasta, not "pene"; "tête" is no "tette": a shorter word never matches)."""
        if self._known is None or not _DOUBLE.search(word):
            return None
        hit = self._doubled.get(squeeze(word))
        if hit is None or len(word) <= hit[1] or self._known(word):
            return None
        return hit[0]

    def __len__(self) -> int:
        return len(self._exact) + len(self._stems)

    def lookup(self, word: str, joined: bool = False) -> Entry | None:
        """The entry a disguised ``word`` spells, or None (also None without a disguise signature:
        a leet symbol among letters, a run of 3+ equal letters, or ``joined``: the word was spelt
        with separators or invisible characters between its letters)."""
        w = word.lower()
        core = w.rstrip("!|")
        letters = sum(1 for ch in core if ch.isalpha())
        if letters < 1 or letters < 2 and len(core) < 3:  # "$3x", "7!7s": one letter among symbols
            return None
        if not joined and core.isalpha() and not _RUN3.search(core) and w == core:
            return None
        if any(not ch.isalpha() and ch not in _LEET for ch in w):
            return None
        best = self._read(core)
        if w != core and len(w) - len(core) == 1:  # "nud!", "musch!": a final "!" may be the i
            hit = self._read(w)
            if hit is not None and (best is None or hit.score > best.score):
                best = hit
        return best

    def _joined_prefix(self, word: str, s: int, e: int) -> tuple[Entry | None, int]:
        """Spaced letters join into one word even across a word break ("n a k e d b o d y"): a term
        of 4+ letters at its start counts when the rest is a known word or another term, and the
        whole is no known word ("c o c k p i t" is a cockpit, "s e x t a n t" has a 3-letter head)."""
        w = word.lower()
        if self._known is None or self._known(w):
            return None, e
        cap = self._max_joined
        # Both halves are terms or words, so neither is longer than ``cap``: a bounded number of
        # cuts, each on short strings (every cut squeezing the whole word was quadratic).
        for cut in range(min(len(w) - 2, cap), 3, -1):
            head, rest = w[:cut], w[cut:]
            if len(rest) > cap:
                break
            hit = self._exact.get(squeeze(head))
            if hit is not None and (self._known(rest) or squeeze(rest) in self._exact):
                return hit, s + cut
        return None, e

    def _read_pair(self, a: str, b: str) -> Entry | None:
        """A two-word term whose first word is in leetspeak: the pair squeezed as one key (only
        terms of two or more words are keyed with their spaces removed, so one word never matches)."""
        hit = self._read(a + b)
        return hit if hit is not None and hit.term.count(" ") >= 1 else None

    def _read(self, w: str) -> Entry | None:
        leet = [i for i, ch in enumerate(w) if ch in _LEET]
        choices = [_LEET[w[i]] for i in leet]
        best = self._zero.get(squeeze(w)) if "0" in w and self._zero else None  # "n0gen": ø written as 0
        for n, reading in enumerate(product(*choices)):
            if n >= MAX_READINGS:
                break
            chars = list(w)
            for i, ch in zip(leet, reading):
                chars[i] = ch
            key = squeeze("".join(chars))
            hit = self._exact.get(key)
            if hit is None:
                for L in self._stem_lens:
                    if len(key) >= L and key[:L] in self._stems:
                        hit = self._stems[key[:L]]
                        break
            if hit is None:
                hit = self.inflected(key)
            if hit is not None and (best is None or hit.score > best.score):
                best = hit
        return best

    def find(self, nt, taken: Sequence = (), views: Sequence[str] = ("plain", "folded")) -> list[FuzzyMatch]:
        """Decoded words of ``nt`` (both views: the folded one has dotted and spaced letters
        joined), skipping words that overlap ``taken`` matches (exact ones win)."""
        out: list[FuzzyMatch] = []
        marks = Marks((m.ostart, m.oend) for m in taken)
        for view in views:
            v = getattr(nt, view)
            if not v.text or (view == "folded" and v is nt.plain and "plain" in views):
                continue  # nothing was folded: the plain pass saw the same words
            folded = view == "folded"
            starts, ends = v._starts, v._ends  # direct: this loop runs for every word of every prompt
            for m in _WORD.finditer(v.text):
                word = m.group()
                s, e = m.span()
                # joined: the original is longer than the word (separators or invisible characters
                # between its letters, "s e m r o u p a", "s\u200bt\u200br..."), in the folded view
                joined = folded and ends[e - 1] - starts[s] > e - s + 1
                if word.isalpha() and not joined:
                    if len(word) >= 4 and word[-1] in "zZ":  # "boobz", "titz", "noodz": z for a plural s
                        entry = self._exact.get(squeeze(word[:-1].lower() + "s"))
                        if entry is not None and self._known is not None and self._known(word.lower()):
                            entry = None  # a word or name of the lists ("Perez", "Lopez")
                    elif len(word) <= MIN_DOUBLED:
                        entry = None  # no signature, and too short for a doubled letter
                    else:
                        entry = self.doubled(word) if not _RUN3.search(word) else self.lookup(word)
                    if entry is None and len(word) <= 5:  # a phrase spelt by ear ("zin nada puesto")
                        entry, e = self.phrase_by_ear(v.text, s, e)
                    if entry is None and len(word) > morph.MIN_LEMMA:  # inflected or spelt by ear
                        low = _fold_accents(word.lower())
                        pt = morph.PT_CLITIC.match(v.text, e)
                        entry = self.pt_clitic(low) if pt is not None else None
                        entry = entry or self._morph_read(low)
                else:
                    entry = self.lookup(word, joined)
                    if entry is None and not word.isalpha():
                        # a leet word inside a multi-word term ("3n pelotas", "s3m roupa", "withou7
                        # clothes", "without c1othe$"): read it with the next or the previous word
                        nxt = _NEXT_WORD.match(v.text, e)
                        if nxt is not None:
                            entry = self._read_pair(word.lower(), nxt.group(1).lower())
                            if entry is not None:
                                e = nxt.end()
                        prev = _PREV_WORD.search(v.text, max(0, s - 40), s) if entry is None and s > 1 else None
                        if prev is not None and prev.end() == s:
                            entry = self._read_pair(prev.group(1).lower(), word.lower())
                            if entry is not None:
                                s = prev.start(1)
                    elif entry is None and joined and word.isalpha():
                        entry, e = self._joined_prefix(word, s, e)
                if entry is None:
                    continue
                if word[-1] in "!|" and entry is not self._read(word.lower()):
                    e -= len(word) - len(word.rstrip("!|"))  # the final "!" was punctuation
                os_, oe = v.to_original(s, e)
                if marks.overlaps(os_, oe):
                    continue
                out.append(FuzzyMatch(entry, view, s, e, os_, oe, f"decoded {v.text[s:e]!r}"))
                marks.add(os_, oe)  # the other view must not report the same word again
        return out
