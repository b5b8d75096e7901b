"""Sexual words cut into pieces: by a space ("na ked", "to pless", "dés habillée", "nack t", "por n")
or by a mark between syllables ("na-ked", "por-no", "dé.sha.bil.lée", "n + aked", "pe-la-da"); and
Hangul, kana or ideographs written a syllable at a time with spaces ("누 드", round 12).

The folded view joins single spaced letters ("n u d e") but not pieces of two or more letters, so a
word cut once by a space read as two harmless tokens. This reader joins what a disguiser cut:

``split_word`` (a space)
    two adjacent tokens (or three short ones) whose join is a strong sexual term of the lexicon
    (explicit or nudity grade, score >= :data:`MIN_SCORE`, 4+ letters), where at least one piece is
    not an ordinary word of the field where it stands (:class:`.piece_words.FieldWords`): "the pen
    is", "por no tener" (Spanish), "nu de tuin" (Dutch) and "Ana L Garcia" stay apart. Two cases
    where both pieces are words still join: an undo prefix cut off its verb ("un dressed",
    "des habillée", "av klädd"), and a few pairs read as a cut word only when nothing follows that
    continues the ordinary reading ("top less" but not "top less expensive").
``syllable_marks`` (hyphen, dot, slash, underscore, plus, tilde, comma, emoji ... without spaces; or
    one separator symbol with spaces around it: "n + aked"; or an apostrophe inside a word: "na'ked")
    a run of 2-6 pieces glued by such marks whose join is a strong term ("por-no", "nack.te"),
    unless the run is an ordinary compound of two English words of 4+ letters each ("hard-core",
    "cream-pie" are the lexicon's business, not a disguise). Round 33: a piece holding a letter and leetspeak
    digits is read with the digits as letters ("und-r3ssed", "na-k3d").

Cost: two passes over the plain view's tokens (marked runs; space pairs and triples), one dictionary
probe per run and per adjacent pair whose first piece starts a term; the word test (the field's
languages) runs only for a join that hit. Linear in the text.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .folding import LEET_MAP, strip_marks
from .fuzzy import FuzzyMatch
from .glued_terms import GluedIndex
from .lexicon import Entry
from .light_words import LightIndex
from .piece_words import FieldWords
from .spans import Marks

__all__ = ["SplitIndex", "strong_terms", "syllabic_terms"]

#: Lowest lexicon score of a term a join may spell: a guess reads only words that are clearly sexual.
MIN_SCORE = 0.75
#: Lowest score of a euphemism phrase a join may spell ("sen za vestiti": "senza vestiti", 0.85).
MIN_EUPHEMISM = 0.85
#: Shortest join (letters): "porn", "nude", "tits".
MIN_JOIN = 4
#: Longest piece of a space join, and of each piece of a three-piece join.
MAX_PIECE, MAX_TRIPLE_PIECE = 12, 4
#: Score lowered from the term's: the reader joined what the user wrote apart.
PENALTY = 0.05
#: Findings reported per field at most: more decide nothing and cost a context check each.
MAX_HITS = 16
#: Prefixes that undo a verb: cut off it, both pieces are words, the cut is still a disguise.
UNDO_PREFIXES = frozenset({"un", "des", "de", "dez", "av", "ent", "roz", "ont", "dis"})
#: Pairs of words that are also a cut sexual word; joined only when the next token does not go on
#: with the ordinary reading (end of field, punctuation, or one of :data:`AFTER_CUT`).
CONTEXT_PAIRS = frozenset({("top", "less"), ("por", "no")})
AFTER_CUT = frozenset("""photo photos pic pics picture pictures image images selfie selfies shot shots video videos
clip film movie on at in by near with while and posing sunbathing woman women girl girls lady man men beach pool
bed shower foto fotos fotografia imagen imagem immagine bild bilder bilde am auf im an der die den sur a au aux
dans en na no na nella sulla op in pa i pe cu di de del della da do dos das von mit with of""".split())
#: A run of pieces glued by syllable marks: hyphen, dot, slash, underscore, plus (with optional spaces
#: around a hyphen, slash or plus: "n + aked", "na - ked"). At most six pieces.
#: Separators written between the pieces of one word with spaces around them: "n + aked", "na - ked".
_SPACED_MARKS = frozenset("-+/~|*•·–—")
#: Pieces of one marked run at most ("dé.sha.bil.lée", "en-cue-ra-da").
MAX_RUN = 6


def _glue(gap: str) -> bool:
    """The characters between two tokens glue them into one word: 1-3 symbols and no space
    ("na-ked", "na.ked", "na~ked", "na,ked", "na🍑ked"), or one separator symbol with spaces around it
    ("n + aked", "na - ked"); a comma, colon or dot followed by a space ends a word ("na, ked")."""
    if not gap or len(gap) > 3 or gap.isspace():
        return False
    core = gap.strip()
    if core != gap:
        return len(core) == 1 and core in _SPACED_MARKS
    return not any(ch.isalnum() for ch in gap)


def strong_terms(forms: Iterable[tuple[Sequence[str], bool, Entry]]) -> dict[str, Entry]:
    """Folded strong terms keyed without spaces ("nackt", "deshabillee", "seinsnus", "senzavestiti"):
    explicit and nudity terms of :data:`MIN_SCORE`+ and 4+ letters, single words or phrases of up to
    three words, and euphemism phrases of :data:`MIN_EUPHEMISM`+ ("senza vestiti", "zonder kleren")."""
    out: dict[str, Entry] = {}
    for tokens, stem, e in forms:
        if stem or not 1 <= len(tokens) <= 3:
            continue
        strong = e.grade in ("explicit", "nudity") and e.score >= MIN_SCORE
        if not strong and not (e.grade == "euphemism" and len(tokens) >= 2 and e.score >= MIN_EUPHEMISM):
            continue
        key = strip_marks("".join(tokens))
        if len(key) < MIN_JOIN or not key.isalpha() or not key.isascii():
            continue
        if key not in out or e.score > out[key].score:
            out[key] = e
    return out


class SplitIndex:
    """Joins of cut pieces looked up among :func:`strong_terms`; see the module docstring."""

    def __init__(self, terms: dict[str, Entry], short: dict[str, Entry] | None = None,
                 syllabic: dict[str, Entry] | None = None, loose: dict[str, Entry] | None = None):
        """``terms``: :func:`strong_terms`; ``short``: 3-letter strong terms ("nue", "sex"), joined
        only from two pieces that are both no word of the field ("n ue"); ``syllabic``: strong terms
        of Hangul, kana and ideographs (:func:`syllabic_terms`), joined from spaced syllables;
        ``loose``: euphemism words a doubled letter may stretch (:func:`.glued_terms.loose_terms`)."""
        self._terms = terms
        self._short = short or {}
        self._syllabic = syllabic or {}
        #: Every proper beginning of a term ("n", "na", "nak", "nake"): the first piece (and the first
        #: two of three) must be one. One set probe turns away nearly every pair of a field.
        self._heads = frozenset(k[:j] for k in (*terms, *self._short) for j in range(1, len(k)))
        #: Round 16: light obfuscation of whole words ("nvde", "fukd", "のh4daka画像"), read by the same
        #: strong terms (:mod:`.light_words`); its findings join this reader's.
        self._light = LightIndex(terms, short=self._short, syllabic=self._syllabic)
        #: Round 25: whole tokens glued ("skinnydipping", "bucknekkid") or stretched ("nuud", "lewdd")
        #: (:mod:`.glued_terms`); read after the light readings, clear of everything found before.
        self._glued = GluedIndex(terms, short=self._short, loose=loose)

    def _entry(self, key: str) -> Entry | None:
        if len(key) < MIN_JOIN:
            return self._short.get(key)
        return self._terms.get(key)

    def find(self, nt, taken: Sequence = (), words: FieldWords | None = None) -> list[tuple[FuzzyMatch, str]]:
        """``(match, rule)`` of the cut words of ``nt``'s plain view, skipping ``taken`` spans;
        ``rule`` is ``split_word`` or ``syllable_marks``. ``words``: the field's word test (shared
        with the reversed-word reader; built here when None)."""
        v = nt.plain
        text = v.text
        out: list[tuple[FuzzyMatch, str]] = []
        if not text:
            return out
        marks = Marks((m.ostart, m.oend) for m in taken)
        words = words or FieldWords(nt)

        def add(entry, s, e, rule, edit):
            if len(out) >= MAX_HITS:
                return
            os_, oe = v.to_original(s, e)
            if marks.overlaps(os_, oe):
                return
            out.append((FuzzyMatch(entry, "plain", s, e, os_, oe, edit), rule))
            marks.add(os_, oe)

        # marked runs first: "por-no" must not also read as the space pair of its neighbours
        toks = v.tokens
        n = len(toks)
        i = 0
        while i < n - 1:
            j = i
            while j + 1 < n and j - i < MAX_RUN - 1 and _glue(text[toks[j].end:toks[j + 1].start]):
                j += 1
            if j > i:
                run = toks[i:j + 1]
                # round 33: a piece may carry leetspeak digits ("und-r3ssed", "na-k3d"): the folded view undoes
                # leetspeak inside a word, but a mark cut the word first; each piece holds a letter
                pieces = [_unleet_piece(t.text) for t in run]
                if all(p.isalpha() and len(p) <= MAX_PIECE for p in pieces):
                    entry = self._entry(strip_marks("".join(pieces)))
                    if entry is not None and not (len(run) == 2 and all(len(t.text) >= 4 and t.text in _english()
                                                                        for t in run)):
                        # ^ "hard-core", "cream-pie": a compound of two words, the lexicon's business
                        add(entry, run[0].start, run[-1].end, "syllable_marks",
                            f"joined {text[run[0].start:run[-1].end]!r}")
            i = j + 1
        for t in toks:  # an apostrophe inside a word: "na'ked", "por'no"
            if "'" in t.text and len(out) < MAX_HITS:
                if t.text.endswith("'s") and t.text.count("'") == 1 and _capitalised(nt.original, v, t):
                    continue  # round 30: a name's possessive ("Nerea Pena's" is no "penas")
                entry = self._entry(t.text.replace("'", ""))
                if entry is not None and t.text.replace("'", "").isalpha():
                    add(entry, t.start, t.end, "syllable_marks", f"joined {t.text!r}")
        if self._syllabic and not text.isascii():
            self._spaced_syllables(v, add)
        toks = v.tokens
        n = len(toks)
        heads = self._heads
        for i in range(n - 1):
            a = toks[i]
            at = a.text
            if at not in heads:  # the plain view's letters are accent-free already
                continue
            b = toks[i + 1]
            if text[a.end:b.start] != " " or len(at) > MAX_PIECE or len(b.text) > MAX_PIECE:
                continue
            if not (at.isalpha() and b.text.isalpha()):
                continue
            pair = strip_marks(at + b.text)
            entry = self._entry(pair)
            if entry is not None:
                if self._cut(nt, words, toks, i, 2):
                    add(entry, a.start, b.end, "split_word", f"joined {text[a.start:b.end]!r}")
                if len(out) >= MAX_HITS:
                    break
                continue
            if i + 2 < n and pair in heads:
                c = toks[i + 2]
                # two short pieces and a third of any length: "n ak ed", "sen za vestiti"
                if (text[b.end:c.start] == " " and c.text.isalpha() and len(c.text) <= MAX_PIECE
                        and max(len(at), len(b.text)) <= MAX_TRIPLE_PIECE):
                    entry = self._entry(strip_marks(pair + c.text))
                    if entry is not None and self._cut(nt, words, toks, i, 3):
                        add(entry, a.start, c.end, "split_word", f"joined {text[a.start:c.end]!r}")
                        if len(out) >= MAX_HITS:
                            break
        if len(out) < MAX_HITS:
            out += self._light.find(nt, list(taken) + [m for m, _r in out], words)[:MAX_HITS - len(out)]
        if len(out) < MAX_HITS:
            out += self._glued.find(nt, list(taken) + [m for m, _r in out], words)[:MAX_HITS - len(out)]
        return out

    def _spaced_syllables(self, v, add) -> None:
        """A whole run of single Hangul syllables, kana or ideographs written with spaces between them
        ("누 드", "ヌ ー ド") that spells a strong term exactly. Only the whole run: single-syllable
        words are common in Korean ("이 건 나 체" holds "나체" but spells no term), so no window of
        a longer run is read."""
        toks = v.tokens
        i, n = 0, len(toks)
        while i < n:
            j = i
            while j < n and len(toks[j].text) == 1 and _syllabic(toks[j].text) and (
                    j == i or v.text[toks[j - 1].end:toks[j].start] == " ") and j - i < MAX_RUN:
                j += 1
            if j - i >= 2:
                entry = self._syllabic.get("".join(t.text for t in toks[i:j]))
                if entry is not None:
                    add(entry, toks[i].start, toks[j - 1].end, "split_word",
                        f"joined {v.text[toks[i].start:toks[j - 1].end]!r}")
            i = max(j, i + 1)

    @staticmethod
    def _cut(nt, words: FieldWords, toks, i: int, k: int) -> bool:
        """Tokens ``i .. i+k-1`` read as one cut word: at least one is not a word of the field
        there (three pieces: at least two), or a prefix/context case of the module docstring."""
        v = nt.plain
        pieces = toks[i:i + k]
        if any(len(t.text) == 1 for t in pieces):
            # inside a run of spaced single letters ("a s e x t a n t") the folded view joins the
            # whole run; a window of it is no word
            if all(len(t.text) == 1 for t in pieces):
                return False
            if (i > 0 and len(toks[i - 1].text) == 1) or (i + k < len(toks) and len(toks[i + k].text) == 1):
                return False
        starts = [v.to_original(t.start, t.end)[0] for t in pieces]
        orig = nt.original
        if all(orig[x:x + 1].isupper() and not t.text[1:2] or orig[x + 1:x + 2].islower()
               for x, t in zip(starts, pieces)) and all(orig[x:x + 1].isupper() for x in starts):
            return False  # "the Nak Ed centre": title-case pieces side by side are a name or a title ("NA KED" shouts)
        prev = v.to_original(toks[i - 1].start, toks[i - 1].end)[0] if i > 0 else None
        texts = frozenset(t.text for t in pieces)
        known = [words.is_word(t.text, starts[j], starts[j - 1] if j else prev, texts) for j, t in enumerate(pieces)]
        if k == 3:
            return sum(known) <= 1
        if len(pieces[0].text) + len(pieces[1].text) < MIN_JOIN:
            return not any(known)  # "n ue": a 3-letter word needs both pieces to be no words
        if not all(known):
            return True
        a, b = strip_marks(pieces[0].text), strip_marks(pieces[1].text)
        if a in UNDO_PREFIXES and len(b) >= 4:
            return True
        if (a, b) in CONTEXT_PAIRS:
            nxt = toks[i + 2] if i + 2 < len(toks) else None
            if nxt is None or v.text[pieces[1].end:nxt.start].strip() or nxt.text in AFTER_CUT:
                return True
        return False


def _syllabic(key: str) -> bool:
    """Every character of ``key`` is a Hangul syllable, kana or an ideograph."""
    return all(0xAC00 <= ord(c) <= 0xD7A3 or 0x3040 <= ord(c) <= 0x30FF or 0x4E00 <= ord(c) <= 0x9FFF for c in key)


def syllabic_terms(substrings: Iterable[tuple[str, Entry]]) -> dict[str, Entry]:
    """Strong explicit and nudity terms (:data:`MIN_SCORE`+) written in Hangul, kana or ideographs, of
    2-6 characters, keyed as written (``substrings``: the lexicon's substring-script forms)."""
    out: dict[str, Entry] = {}
    for form, e in substrings:
        if e.grade in ("explicit", "nudity") and e.score >= MIN_SCORE and 2 <= len(form) <= 6 and _syllabic(form):
            if form not in out or e.score > out[form].score:
                out[form] = e
    return out


#: Leetspeak digits read as letters inside a piece of a marked run ("r3ssed"); "1" as "i".
_LEET_PIECE = str.maketrans({**LEET_MAP, "1": "i"})


def _unleet_piece(piece: str) -> str:
    """``piece`` with its leetspeak digits read as letters, when it holds a letter and a digit (else as written)."""
    if piece.isalpha() or not any(c.isalpha() for c in piece):
        return piece
    return piece.translate(_LEET_PIECE)


def _english() -> frozenset:
    from .piece_words import english_words

    return english_words()


def _capitalised(original: str, v, t) -> bool:
    """The token was written with a capital first letter: a proper noun whose "'s" is a possessive."""
    a, _ = v.to_original(t.start, t.end)
    return original[a:a + 1].isupper()
