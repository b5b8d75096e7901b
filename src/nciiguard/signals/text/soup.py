"""The token-soup reader of ``sexual_text``: when a field looks like adversarial token soup
(:func:`soup_markers`), and which weak sexual fragments it holds (:class:`SoupFragments`, the words
and stems of ``sexual_soup.tsv``, read through the ways optimisers and evaders mangle them).

Split from :mod:`.sexual` (round 12), which decides what a soup with enough fragments reports.
"""

from __future__ import annotations

import re

from ...text import soup_pieces, thai_roman
from ...text.folding import squeeze, strip_marks

__all__ = ["SOUP_FILE", "SoupFragments", "soup_markers"]

SOUP_FILE = "sexual_soup.tsv"
#: CLIP's special tokens written out: no person types them; optimisation attacks leave them behind.
_SPECIAL_TOKEN = re.compile(r"<\|?\s*(?:startoftext|endoftext)\s*\|?>", re.IGNORECASE)
#: UTF-8 read as Latin-1 ("Ã©", "Ã®", "à¤¦", "â€"): attack strings are often decoded this way.
_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf\u00a0-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]"
                       "|\u00e0\u00a4|\u00e0\u00b8|\u00e2\u20ac|\u00e4\u00ba|\u00d0[\u00b0-\u00bf\u2018-\u203a]")
#: Letter runs of the plain view: the unit of the soup's unknown-token share.
_ALPHA = re.compile(r"[^\W\d_]+")
#: A tokeniser or syllable mark between two pieces of one word in a token soup: BPE's "@@" and
#: "##", "~" and "/" ("na @@ kd", "bres ## ts", "jiz ~ zed", "se / ks"). Read joined.
_SYLLABLE_BREAK = re.compile(r"(?<=[^\W\d_])\s*(?:@@|##|~|/)\s*(?=[^\W\d_])")
_VOWELS = re.compile(r"[aeiouy]")
#: Tokeniser artefacts written out: GPT-2/CLIP byte-level space "Ġ", SentencePiece "▁", CLIP's end of
#: word "</w>", BPE continuation "@@"/"##" between letters. No prompt a person writes has them.
_BPE_MARK = re.compile(r"\u0120[^\W\d_]|\u2581[^\W\d_]|</w>|[^\W\d_]\s*(?:@@|##)\s*[^\W\d_]|(?:^|\s)##[^\W\d_]")

#: Shortest consonant skeleton looked up ("mlf" for milf; two consonants match too much).
MIN_SKELETON = 3


def soup_markers(nt, known, unknown_share: float) -> list[str]:
    """Why a field looks like adversarial token soup (empty list: it does not).

    ``special_token``: CLIP's ``<|startoftext|>``/``<|endoftext|>`` written out; ``mojibake``: UTF-8
    decoded as Latin-1; ``tokeniser_marks``: tokeniser artefacts written out (``Ġ``, ``▁``,
    ``</w>``, ``@@``/``##`` between letters); ``emoji_glue``: letters written straight against emoji
    twice or more (:mod:`nciiguard.text.soup_pieces`); ``unknown_share=0.45``: at least that share of its 4+-letter tokens (and at
    least 4 of them) are neither English words nor names. Lexica-style prompts full of artist names
    can pass the share test: that is why a soup alone is never a finding.
    """
    out = []
    if _SPECIAL_TOKEN.search(nt.original):
        out.append("special_token")
    if _MOJIBAKE.search(nt.original):
        out.append("mojibake")
    if _BPE_MARK.search(nt.original):
        out.append("tokeniser_marks")
    if soup_pieces.emoji_glue(nt.original):  # "🥵qix!boobz👙❌gf": letters glued onto emoji
        out.append("emoji_glue")
    if soup_pieces.symbol_junk(nt.original):  # "`${", "%%%(+><@": code and markup debris
        out.append("symbol_junk")
    words = [w for w in _ALPHA.findall(_SYLLABLE_BREAK.sub("", nt.plain.text)) if len(w) >= 4]  # pieces joined
    if len(words) >= 4:
        unknown = sum(1 for w in words if not known(w))
        if unknown / len(words) >= unknown_share:
            out.append(f"unknown_share={unknown / len(words):.2f}")
    return out


class SoupFragments:
    """Weak sexual fragments of ``sexual_soup.tsv``: whole words, and stems inside unknown tokens."""

    def __init__(self, text: str, origin: str = SOUP_FILE):
        self.words: set[str] = set()
        self.stems: list[str] = []
        self.prefixes: list[str] = []
        self.strong: list[str] = []
        #: Ordinary words of a stem's language that contain it ("assessore" holds "sesso",
        #: "Nacktschnecke" "nackt"): blanked out of a token before strong stems are searched.
        self.benign: list[str] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 2 or cols[0] not in ("word", "stem", "prefix", "strong", "benign") or not cols[1].strip():
                from ...text.lexicon import LexiconError

                raise LexiconError(f"{origin}:{n}: expected word|stem|prefix|strong|benign<TAB>text, got {line!r}")
            kind, value = cols[0], cols[1].strip().lower()
            if kind in ("stem", "strong") and len(value) < 4 and len(set(value)) > 1:
                from ...text.lexicon import LexiconError

                raise LexiconError(f"{origin}:{n}: stem {value!r} is shorter than 4 letters (only a repeat like 'xxx' may be); list it as prefix")
            if kind == "strong":  # also an ordinary stem
                self.stems.append(value)
            {"word": self.words.add, "stem": self.stems.append, "prefix": self.prefixes.append,
             "strong": self.strong.append, "benign": self.benign.append}[kind](value)
        self._disguise_index()

    def _disguise_index(self) -> None:
        """Keys of the fragment words as optimisers and evaders mangle them: letters doubled or
        squeezed ("porrn", "dikk"), and the consonant skeleton ("prrn", "brsts", "tppls", "mlf":
        vowels dropped). Built once, with the fragments."""
        squeezed: dict[str, str] = {}
        skeleton: dict[str, str] = {}
        truncated: dict[str, str] = {}
        for w in sorted(self.words | set(self.strong)):
            if not w.isalpha() or len(squeeze(w)) < 3:
                continue
            squeezed.setdefault(squeeze(w), w)
            if len(w) >= 4:
                skel = squeeze(_VOWELS.sub("", w))
                if len(skel) >= MIN_SKELETON:
                    skeleton.setdefault(skel, w)
            if len(w) >= 6:  # the last letter cut off ("nippl", "lingeri"), as optimisers do
                truncated.setdefault(w[:-1], w)
            if len(w) >= 5:  # two inner letters swapped ("naekd", "boosb"), a typo optimisers keep
                for i in range(1, len(w) - 2):
                    if w[i] != w[i + 1]:
                        truncated.setdefault(w[:i] + w[i + 1] + w[i] + w[i + 2:], w)
        self._squeezed, self._skeleton, self._truncated = squeezed, skeleton, truncated
        #: Reader of glued tokens (:class:`nciiguard.text.soup_pieces.GluedWords`), set by :meth:`read_glued`.
        self.glued = None
        #: Common English words (membership test), set by :meth:`read_glued`: a romanised Thai name
        #: token is no name when a stretch of it outside the stem is one (:meth:`thai_name`).
        self._english = None

    def read_glued(self, english_words) -> None:
        """Also read unknown lower-case tokens as chains of ``english_words`` and fragments."""
        whole = self.words | set(self.strong)
        self._english = frozenset(english_words).__contains__
        self.glued = soup_pieces.GluedWords(
            english_words,
            # No skeleton reading inside a chain: short vowel-less pieces of noise match too many
            # skeletons ("blaknket" read as "blak" + "nket": "bloke" + "naakt").
            lambda piece: piece if piece in whole else (self.disguised(piece, skeleton=False) if len(piece) >= 4 else None))

    def disguised(self, tok: str, skeleton: bool = True) -> str | None:
        """The fragment word an unknown token mangles, or None: doubled or squeezed letters
        ("porrn", "lewdd"), a z for a plural s ("boobz"), an i or ie for a final y ("pussii", "bootiee"), the last letter cut off after a squeeze ("raunchh"), or dropped vowels (a token with at most
        one vowel whose consonant skeleton is a fragment word's: "prrn", "brsts", "nakd")."""
        tok = strip_marks(tok)  # "tòpplêš", "jìzzèd": accents stacked on a mangled word
        sq = squeeze(tok)
        hit = self._squeezed.get(sq) or self._truncated.get(tok) or self._truncated.get(sq)
        if hit is None and len(tok) >= 3 and set(tok) == {"x"}:
            hit = "xxx"
        if hit is None and sq.endswith("z"):
            hit = self._squeezed.get(sq[:-1] + "s")
        if hit is None and len(sq) >= 4 and sq[-1] in "ie":  # i or ie for a final y ("pussii", "bootiee")
            hit = self._squeezed.get(sq[:-2 if sq.endswith("ie") else -1] + "y")
        if hit is None and skeleton and len(_VOWELS.findall(tok)) <= 1:
            skel = squeeze(_VOWELS.sub("", tok))
            if len(skel) >= MIN_SKELETON:
                hit = self._skeleton.get(skel)
        return hit

    def thai_name(self, tok: str) -> bool:
        """``tok`` is a romanised Thai name whose syllable is a stem ("pornpawee", "ajcharapornkongyot":
        พร is spelt "porn"); round 31. Not a fragment: "pornhub", "porntube", "pornteen" are no such name
        (:mod:`nciiguard.text.thai_roman`)."""
        if self._english is None or len(tok) < 6:
            return False
        return bool(thai_roman.name_syllable_stems(tok, self.strong, self._english))

    def without_benign(self, text: str) -> str:
        """``text`` with the ordinary words that hold a stem or prefix (the ``benign`` list) blanked out."""
        for word in self.benign:
            if word in text:
                text = text.replace(word, " ")
        return text

    def fragments(self, text: str, known) -> list[str]:
        """The fragments found in ``text`` (a plain view), each once, in order of appearance.
        Pieces split by tokeniser or syllable marks ("na @@ kd", "boo / bz", "jiz ~ zed") are
        read joined; unknown tokens are also read through :meth:`disguised`."""
        out: dict[str, None] = {}
        # Ordinary words of other languages that hold a prefix or stem ("cumpleaños" holds "cum",
        # "ilustrada" holds "lust"): blanked first, or a Spanish birthday card reads as two fragments
        # (round 20: v19's named benign prompts were blocked as token soup).
        text = self.without_benign(text)
        for tok in _ALPHA.findall(_SYLLABLE_BREAK.sub("", text)):
            if tok in self.words:
                out[tok] = None
                continue
            if self.thai_name(tok):  # "pornpawee": a name's syllable, no fragment (round 31)
                continue
            if len(tok) >= 3 and not known(tok):
                hit = self.disguised(tok)
                if hit is not None:
                    out[hit] = None
                    continue
                if self.glued is not None:  # "nudebodygirl", "wifeboobz": words and fragments glued
                    pieces, glued = self.glued.read(tok)
                    if not glued and soup_pieces.undress_chain(pieces):
                        glued = ["undress"]  # "removeherclothes"
                    if glued:
                        out.update(dict.fromkeys(glued))
                        continue
            if len(tok) < 5 or known(tok):
                continue
            for stem in self.stems:
                # the stem alone (glued to digits: "1999Blowjob") or with 3+ glued letters: a stem
                # plus an ending is a word of another language ("desnuda", "nackte"), the lexicon's job
                if stem in tok and (tok == stem or len(tok) >= len(stem) + 3):
                    out[stem] = None
            for pre in self.prefixes:
                if tok.startswith(pre):
                    out[pre] = None
        return list(out)

    def strong_in(self, text: str, known, matched: frozenset[str] = frozenset()) -> list[str]:
        """Strong stems glued inside tokens of 6+ letters that are not words or names, each once.
        Tokens the lexicon already matched as words (``matched``: "desnudas", "spogliate") are no glue."""
        out: dict[str, None] = {}
        for tok in _ALPHA.findall(text):
            if len(tok) < 6 or known(tok) or tok in matched or self.thai_name(tok):
                continue
            tok = self.without_benign(tok)
            for stem in self.strong:
                # the stem alone (glued to digits: "1999Blowjob") or with 3+ glued letters, 2 for a
                # stem of 6+ letters ("neukenzq", "blowjobzq"): a short stem plus two letters is too
                # often a name ("Amporn", Thai) or a word of another language; a stem plus an ending
                # the lexicon matched as a word ("desnudas", "nackte") is in ``matched``, no glue
                if stem in tok and (tok == stem or len(tok) >= len(stem) + (2 if len(stem) >= 6 else 3)):
                    out[stem] = None
        return list(out)
