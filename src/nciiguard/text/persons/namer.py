"""Classes of name parts (gazetteer) and the score of a first name + surname pair.

The score table and every rule of a pair ("emma watson", "EmmaWatson", "j053 c4n53c0") live
here; where the pair stands in the text is :mod:`.fullnames`' job.
"""

from __future__ import annotations

import functools
import re

from ..limits import MAX_JOINED_NAME
from ..folding import LEET_MAP
from .wordclasses import (
    COLOURS,
    FICTIONAL,
    JOINED_TAIL_NOT_SURNAME,
    NEVER_WORD_FIRST,
    NO_ACCENT_LETTERS,
    NOT_SURNAME_TAIL,
    PARTICLES,
    PLACE_PREFIX,
    SHORT_GIVEN,
    SUFFIX_NOT_SURNAME,
    TITLES,
)

#: Leetspeak digits (and symbols) to letters, for reading names the normaliser leaves alone: the
#: normaliser's own table, without "!" (never inside a name). "1" is tried as both "i" and "l"
#: (see :func:`_leet_readings`).
_NAME_LEET = str.maketrans({k: v for k, v in LEET_MAP.items() if k != "!"})
#: Round 31: letters that are no accent, so that stripping marks leaves them ("Guðrún" -> "guðrun"): the name lists
#: spell them out in ASCII ("gudrun", "bjorn", "thora", "lukasz", "aegir"). Nordic, Icelandic, Polish, Croatian,
#: Turkish dotless i, German sharp s. Only tokens of 4+ letters ("rød", Danish "red", is no "Rod").
#: Not Vietnamese "đ": its function words ("điều", "đang", "để") would fold onto given names ("dieu").
_LETTER_FOLD = str.maketrans(NO_ACCENT_LETTERS)


def fold_letters(tok: str) -> str:
    """``tok`` with the letters of ``_LETTER_FOLD`` spelt as the name lists spell them ("bjørn" -> "bjorn")."""
    return tok if tok.isascii() else tok.translate(_LETTER_FOLD)


def _leet_readings(token: str) -> list[str]:
    """Letter readings of a token that mixes letters and leetspeak digits, else [].

    The normaliser undoes leetspeak only where a lexicon word is unambiguous (it keeps "k1n5k1"
    and "j053" as they are, since "4k", "sd15" and "gpt4" are ordinary tokens). A name reader can
    afford more, because a reading only counts when it lands on a first name or a surname of
    the gazetteer (or pairs with one): "j053 c4n53c0" is read "jose canseco".
    """
    letters = sum(1 for c in token if c.isalpha())
    if letters < 1 or len(token) < 3 or letters == len(token) or not any(c in "0134578" for c in token):
        return []
    base = token.translate(_NAME_LEET)
    if "1" not in base:
        return [base] if base.isalpha() else []
    out = [base.replace("1", "i"), base.replace("1", "l")]
    ctx = "".join("l" if c == "1" and k + 1 < len(base) and base[k + 1] in "aeiou" else ("i" if c == "1" else c)
                  for k, c in enumerate(base))
    out.insert(0, ctx)
    return [r for r in dict.fromkeys(out) if r.isalpha() and r.isascii()]


_INNER_DIGIT = re.compile(r"[a-z][0-9@$]+[a-z]")


# Score table: (first class, last class) -> (score in lower case, score when both capitalised).
_TABLE: dict[tuple[str, str], tuple[float, float]] = {
    ("F", "S"): (0.8, 0.9),
    ("F", "Sw"): (0.6, 0.85),
    ("F", "Sw-"): (0.0, 0.5),
    ("F", "L"): (0.7, 0.85),
    ("F", "Fo"): (0.5, 0.55),
    ("F", "P"): (0.0, 0.55),
    ("Fa", "Sw-"): (0.0, 0.5),
    ("W", "S"): (0.0, 0.5),
    ("W", "L"): (0.0, 0.5),
    ("W", "P"): (0.0, 0.5),
    ("U", "Sw"): (0.0, 0.5),
    ("U2", "S"): (0.0, 0.5),
    ("U2", "L"): (0.0, 0.5),
    ("Fa", "S"): (0.7, 0.85),
    ("Fa", "Sw"): (0.0, 0.55),
    ("Fa", "L"): (0.55, 0.8),
    ("U", "S"): (0.0, 0.55),
    ("U", "L"): (0.0, 0.5),
    # Not ("U", "Fo"): "Hrithik Roshan" yes, but in the unsafe sets mostly anime characters
    # written surname first ("Mirai Akari") and camelCase tags ("TweakerLora", "SukebeElf").
    # A first name before a rare dictionary word, both capitalised: "Shania Twain", "Julien Varlet".
    ("F", "Wo"): (0.0, 0.5),
    # Round 19: an ambiguous given name before a capitalised dictionary entry that is no census name,
    # both capitalised ("Grace Mugabe", "Faith Zulu"): famous surnames sit in that list beside places
    # and brands. Only where the letter model reads the second as a name (see score(): "Summer
    # Olympics", "Ruby Tuesday" stay out).
    ("Fa", "P"): (0.0, 0.5),
}
#: Days and months: "Ruby Tuesday", "April March" are no given name + surname.
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december""".split())
_STRONG_SURNAME_RANK = 2000  # surnames this common ("Stone", "Swift") count even when also words
_VERY_COMMON_SURNAME_RANK = 500  # "smith", "green": weak evidence even after an ambiguous first name


class Namer:
    """Classifies tokens with the gazetteer and scores first/last pairs."""

    def __init__(self, gaz, like=None, like_min: float = 0.8):
        self.gaz = gaz
        #: Name-likeness model (:mod:`.namelike`) and the probability an unknown token
        #: needs to count as a name part where capitals give no evidence; None disables it.
        self.like = like
        self.like_min = like_min

    def namelike(self, tok: str, at_least: float | None = None) -> bool:
        """True when ``tok`` (letters, no dictionary word) looks like a personal name."""
        if self.like is None or not tok.isalpha() or not tok.isascii():
            return False
        return self.like.prob(tok) >= (self.like_min if at_least is None else at_least)

    def leet_reading(self, tok: str, folded: str) -> str | None:
        """The reading of a leetspeak token as a name part, or None (see :func:`_leet_readings`).

        ``folded`` is the normaliser's form of the token. A reading that is a gazetteer first
        name or surname wins; else the normaliser's reading stands if it is all letters; else an unknown reading
        of 4+ letters from a token with 3+ real letters ("l0rdk1p4n1t53") may serve as an
        unknown surname. Dictionary words are not returned: "m0del" is no name part.
        """
        readings = _leet_readings(tok)
        if not readings:
            return None
        gaz = self.gaz
        one_letter = sum(1 for c in tok if c.isalpha()) < 2
        for r in readings:
            # One real letter ("j053", "v05") is too little to read a surname into: first names only.
            if r in gaz.first or (r in gaz.surname_rank and not one_letter):
                return r
        if folded.isalpha():
            return None  # the normaliser's reading stands
        r = readings[0]
        # An unknown reading needs leetspeak inside the word ("l0rdk1p4n1t53"): a trailing
        # number is a version or model ("gpt4", "sdxl1", "model3"), not a disguised letter.
        # A capitalised dictionary entry that is no word ("degeneres", a famous surname) may
        # serve too: the name classes decide what it is worth.
        if (len(r) >= 4 and sum(1 for c in tok if c.isalpha()) >= 3
                and (not gaz.is_known(r) or r in gaz.proper_other and not gaz.is_word(r) and r not in gaz.not_surname)
                and _INNER_DIGIT.search(tok)):
            return r
        return None

    def _folded(self, tok: str) -> str:
        """``tok`` with its no-accent letters folded (round 31), unless the token as written is a known word
        ("ciało", "første", "rød" are words of the lists as written; folded they would be unknown tokens)."""
        f = fold_letters(tok)
        if f == tok or len(tok) < 4 or self.gaz.is_known(tok) or tok in _sexual_words() or _sexual_fragment(tok):
            return tok  # ("nøgen" is Danish "naked": a word of the sexual lexicon as written)
        return f

    def first_class(self, tok: str) -> str | None:
        gaz = self.gaz
        tok = self._folded(tok)
        if tok in PLACE_PREFIX or not tok.isalpha():
            return None
        if tok in gaz.first:
            return "Fa" if tok in gaz.first_ambiguous else "F"
        if len(tok) >= 3 and not gaz.is_known(tok) and not tok.endswith(SUFFIX_NOT_SURNAME):
            return "U"
        return None

    def last_class(self, tok: str) -> tuple[str | None, int | None]:
        gaz = self.gaz
        tok = self._folded(tok)
        if tok in NOT_SURNAME_TAIL or len(tok) < 2 or not tok.isalpha():
            return None, None
        rank = gaz.surname_rank.get(tok)
        if rank is not None and tok not in gaz.not_surname:
            if gaz.is_common_word(tok):
                return ("Sw" if rank <= _STRONG_SURNAME_RANK else "Sw-"), rank
            return "S", rank
        if tok in gaz.first:
            return "Fo", None
        if (len(tok) >= 4 and tok in gaz.proper_other and tok not in gaz.words_common
                and tok not in gaz.words_other and tok not in gaz.not_surname):
            # A capitalised dictionary entry that is no census name: places and brands, but also
            # famous surnames ("Biden", "Gorbachev", "Rushdie"). Evidence only when capitalised
            # after a first name (see _TABLE).
            return "P", None
        if (len(tok) >= 4 and tok in gaz.words_other and tok not in gaz.words_common
                and tok not in gaz.not_surname and tok not in gaz.proper_other):
            # A rare dictionary word ("twain", "varlet", "limos"): a surname only when capitalised
            # after an unambiguous first name (see _TABLE).
            return "Wo", None
        if (len(tok) < 3 or gaz.is_known(tok) or tok.endswith(SUFFIX_NOT_SURNAME) or _sexual_fragment(tok)
                or tok in _sexual_words()):
            # (a token carrying a sexual stem is soup, not a name: "ruby nakedwoman"; a word of
            # the sexual lexicon in any language is that word: "donna nuda", "Anna nackt")
            return None, None
        return "L", None

    def score(self, a: str, b: str, capitalised: bool, lower: bool = False,
              subject: bool = False) -> tuple[float, str, str] | None:
        """(score, first class, last class) of the pair ``a b``, or None.

        ``capitalised``: both written Title-case in text whose capitals inform; ``lower``: both
        written without capitals (only then may the name-likeness model admit unknown tokens).
        """
        fc = self.first_class(a)
        if fc is None and capitalised and (a in SHORT_GIVEN or a == "al") and len(b) >= 4:
            # "Ai Sugiyama", "Li Ka-shing", "Al Davis" (Title-case "Al" is a given name; the
            # lower-case particle "al" is read by the compound rule): only capitalised, before a
            # 4+ letter surname.
            fc = "U2"
        word_first = False
        if fc is None:
            if not capitalised or a in PLACE_PREFIX:
                return None
            if a in self.gaz.first_word_names:
                # A word that is also a first name ("Pierce Brosnan", "Felicity Huffman"): only
                # capitalised, before a capitalised census surname that is no common word.
                fc = "W"
            elif (len(a) >= 3 and a.isalpha() and self.gaz.is_word(a) and a not in COLOURS
                  and a not in TITLES and a not in PARTICLES and a not in NEVER_WORD_FIRST):
                # Any other dictionary word written as a given name before a capitalised census
                # surname that is no word ("Art Delgado", "Tiger Kowalczyk"): capitals are the only evidence, and an unknown second token ("Studio
                # Ghibli", "Mortal Kombat") is not enough, so only a census surname counts.
                fc, word_first = "W", True
            else:
                return None
        lc, rank = self.last_class(b)
        if lc is None:
            return None
        if word_first and not (lc == "S" and len(b) >= 4 and b not in self.gaz.first_census
                               and b not in self.gaz.proper_other and self.namelike(b)
                               and self.namelike(a, 0.85)):
            # Stricter than the gender-guesser word names: "Multiple Mickey", "Honest John",
            # "Downtown Austin", "Double Decker" are capitalised word + census surname too.
            return None
        if fc == "Fa" and b in COLOURS:
            return None
        if fc == "Fa" and lc == "P" and (not self.namelike(b, 0.6) or b in _CALENDAR):
            return None
        if (a, b) in FICTIONAL or a == b:
            return None  # "bu bu", "aliya aliya": a repeated token is no first + last name
        pair = _TABLE.get((fc, lc))
        if pair is None:
            return None
        s = pair[1] if capitalised else pair[0]
        if not capitalised and (fc, lc) == ("Fa", "Sw") and rank is not None and rank <= _VERY_COMMON_SURNAME_RANK:
            s = 0.45
        if s <= 0 and lower and subject and self._lower_subject(a, b, fc, lc, rank):
            s, lc = 0.5, lc + "^"  # evidence: admitted by the subject-slot rule
        if s <= 0 and lower:
            s = self._lower_unknown(a, b, fc, lc)
            if s > 0:
                lc += "~"  # evidence: admitted by the name-likeness model
        if s <= 0:
            return None
        return s, fc, lc

    def _lower_subject(self, a: str, b: str, fc: str, lc: str, rank: int | None) -> bool:
        """A lower-case first name + a surname that is also a word, where the pair is a subject.

        "donald trump", "david spade", "alison brie" in lower case: the table leaves a
        first name before a word surname (``Sw-``) or a capitalised dictionary entry (``P``:
        places, but also famous surnames) to capitals. Where the pair
        opens a comma/sentence item or follows "of", "starring", "featuring", "with", "and"
        (the caller's ``subject``), it counts at 0.5 when the first name is unambiguous and of
        4+ letters or a census first name, the surname-word is of 4+ letters, a census surname
        of rank <= 20000 if it is ``Sw-`` ("olivia seen", "mandy standing" stay quiet), and no
        plural of a common word ("teddy bears", "warner brothers"). On the benign sets this
        added nothing; on the unsafe sets its findings are mostly real people (Trump, Putin,
        Stalin, Hockney). Left out: ambiguous first names ("glory wall", "maple story",
        "ginger hair", "ken doll") and rare words (``Wo``: "cole slaw", "julien varlet").
        """
        return (fc == "F" and (len(a) >= 4 or a in self.gaz.first_census) and len(b) >= 4
                and (lc == "Sw-" and rank is not None and rank <= 20000 or lc == "P")
                and not (b.endswith("s") and b[:-1] in self.gaz.words_common))

    def _lower_unknown(self, a: str, b: str, fc: str, lc: str) -> float:
        """Score of a lower-case pair that the table leaves out, using name-likeness, or 0.

        - an unknown first token of 4+ letters that looks like a name before a census surname
          that is no word ("shaukir gonzalez");
        - two unknown tokens of 4+ letters that both look like names ("kavish dharwan",
          "adeyemi okonkwo"); typos and run-together words ("bjplacing", "enormoral") and
          jargon do not, and dictionary words never reach this point.
        """
        if len(a) < 4 or self.like is None:
            return 0.0
        if fc == "U" and lc == "S" and len(b) >= 4 and self.namelike(a):
            return 0.5
        # Not "U" + "Fo" (an unknown token before a foreign first name): in lower case that is
        # mostly a Japanese character name, surname first ("haruno sakura", "matou sakura").
        if fc == "U" and lc == "L" and len(b) >= 4 and self.namelike(a) and self.namelike(b):
            return 0.5
        return 0.0

    def _ends_in_word(self, core: str) -> bool:
        """True when ``core`` ends in a common word of 4+ letters ("beautifull", "cheteenager",
        "belialglory"): compounds and typos, not a first name glued to a surname."""
        common = self.gaz.words_common
        return any(core[k:] in common for k in range(1, len(core) - 3))

    def _joined_lower(self, core: str, a: str, b: str, fc: str | None, lc: str | None, rank: int | None,
                      subject: bool) -> float:
        """Score of a lower-case joined token split at ``a|b`` in a subject slot, or 0.

        Only where the token stands as a subject (it opens a comma/sentence item or follows
        "of", "starring", "featuring", "with", "and": "porn of tommoss", "jonglee nude"), because
        anywhere else compounds and typos split as readily. Two rules:

        - a first name (3+ letters; a first name that is also a word needs a 4+ letter rest)
          then a census surname of rank <= 20000, also one that is a word ("tom|moss",
          "jong|lee", "wilbert|foy");
        - an unambiguous first name of 4+ letters then an unknown rest of 5+ letters that the
          name-likeness model reads as a name ("paul|crake", "emmanuel|milingo"), when the whole
          token does not end in a common word and the rest does not end in another first name
          ("stav|ronikita": a place name glued from name-like parts).

        Measured on COCO, TIFA, GenEval, Six-CD benign and the unsafe sets: no new finding
        (bench/results/prompts*.md). Left out: the same without the subject slot ("marihuana",
        "devianart", "breezeway"); a 3-letter first name before an unknown rest ("charizard",
        "akihabara", "tailwindapp"); rarer census surnames ("gigachad", "mortadela"); the model
        at 0.7 ("hasselblad").
        """
        if not subject or fc not in ("F", "Fa") or lc is None or len(a) < 3 or b.endswith(JOINED_TAIL_NOT_SURNAME):
            return 0.0
        if (lc in ("S", "Sw") and rank is not None and rank <= 20000
                and len(b) >= (3 if fc == "F" else 4)):
            return 0.5
        if (fc == "F" and len(a) >= 4 and lc == "L" and len(b) >= 5 and not self._ends_in_word(core)
                and self.namelike(b) and not any(b[k:] in self.gaz.first for k in range(1, len(b) - 4))):
            return 0.5
        return 0.0

    def split_joined(self, tok: str, camel_at: set[int], lower: bool = False,
                     subject: bool = False) -> tuple[float, str, str, str, str] | None:
        """Best split of a joined name ("emmawatson") into first + surname, or None.

        Strict, because any unknown word can be cut into two name-like halves ("daikon",
        "beanie", "childern"): both halves must be 3+ and 4+ letters, the first an unambiguous
        first name, the second a census surname of rank <= 20000 that is no common word (0.7);
        an unknown or rare second half counts when camelCase marks the join ("EmmaRutkowskiy",
        0.75), or at 0.5 after a common first name of 4+ letters ("hanscorell", see below).
        """
        gaz = self.gaz
        core = tok.rstrip("0123456789")
        if len(core) > MAX_JOINED_NAME:
            return None  # bounded cost: every split below costs O(len), so longer tokens are cut off
        # 6-7 letters ("tommoss", "jonglee") only for the subject-slot rule of lower-case tokens:
        # elsewhere short words split too easily.
        short = len(core) < 8
        if short and not (lower and subject and len(core) >= 6) or not core.isalpha():
            return None
        if core in gaz.first or core in gaz.surname_rank or gaz.is_known(core) or _sexual_fragment(core):
            return None
        best = None
        for i in range(3, len(core) - 1):
            a, b = core[:i], core[i:]
            camel = i in camel_at
            if len(b) < 4 and not camel and not (lower and subject):
                continue  # a 2-3 letter surname ("FujioCho", "JamesLee") only where capitals mark it
            fc = self.first_class(a)
            lc, rank = self.last_class(b)
            if fc not in ("F", "Fa") and not (fc == "U" and camel and (
                    lc == "S" or lc == "L" and i >= 5 and len(b) >= 5 and len(camel_at) == 1
                    # "AdeyOkonkwo": a 4-letter unknown half and a rest that both read as names. that both read as names.
                    or lc == "L" and i >= 4 and len(b) >= 4 and len(camel_at) == 1
                    and self.namelike(a) and self.namelike(b))):
                continue  # "GuenterVerheugen": one capital inside; "rAsiansGoneWild" has three
            if short or len(b) < 4 and not camel:
                # Short tokens and 3-letter surnames ("jon|lee") only through the subject-slot
                # rule, after a census first name and a common surname ("sha|olin" is no person).
                s = (self._joined_lower(core, a, b, fc, lc, rank, subject)
                     if a in gaz.first_census and rank is not None and rank <= 5000 else 0.0)
                if not s:
                    continue
            elif fc == "F" and lc == "S" and rank is not None and rank <= 20000:
                s = 0.7
            elif lc in ("S", "L", "Sw", "Sw-", "Fo", "P") and camel and fc in ("F", "Fa", "U"):
                # camelCase is the capitals of a written name: "SalmanRushdie", "HabibHisham".
                s = 0.6
            elif lc in ("S", "Sw") and rank is not None and (rank <= 20000 or lc == "S" and len(b) >= 6) and (
                    fc == "F" and i >= 4 and len(b) >= 4 or fc == "Fa" and lc == "S" and len(b) >= 4
            ) and not core.endswith(JOINED_TAIL_NOT_SURNAME) and not (lc == "S" and self._ends_in_word(core)):
                # "marthasmith", "charlesbell" (a surname that is also a word, after a 4+ letter
                # first name), "hunterkemper", "donflanagan" (a first name that is also a word,
                # before a surname that is none).
                s = 0.55
            elif (fc == "F" and i >= 4 and (a in gaz.first_census or lc == "S")
                  and (lc == "S" and len(b) >= 5 or lc == "L" and (len(b) >= 6 or len(b) >= 5 and len(core) >= 10))
                  and not b.endswith(JOINED_TAIL_NOT_SURNAME) and not self._ends_in_word(core)):
                # "hanscorell", "davidhasselhoff": a common (census) first name of 4+ letters, then
                # a rare surname of 5+ or an unknown token of 6+ letters that is no word, jargon or
                # place, and does not end like an English derivation ("florescent", "sidneyville").
                # The whole token is no word either (checked above). Measured on COCO, TIFA,
                # GenEval and the unsafe sets: typos and compounds rarely pass all of this.
                s = 0.5
            elif lower and (s2 := self._joined_lower(core, a, b, fc, lc, rank, subject)):
                s = s2
            else:
                # Tried and left out: any first name + a rest the name-likeness model reads as a
                # surname ("mikhailkhodorkovsky") also split "Friedrichshafen", "marihuana",
                # "Kangaskhan" and "stavronikita" in the unsafe and benign sets.
                continue
            if i in camel_at:
                s += 0.15
            if best is None or s > best[0]:
                best = (s, a, b, fc, lc)
        return best


@functools.lru_cache(maxsize=1)
def _strong_sexual_stems() -> tuple[str, ...]:
    """The sexual_text signal's "strong" soup stems (text/data/sexual_soup.tsv): fragments
    distinctive enough that one inside an unknown token marks it ("pornomutt", "nakedwoman")."""
    from ..._data import read_text

    out = []
    for line in read_text("text/data/sexual_soup.tsv").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and parts[0] == "strong" and parts[1].strip():
            out.append(parts[1].strip())
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _sexual_words() -> frozenset[str]:
    """One-word terms of the package's sexual lexicon (text/data/sexual_terms.tsv), every
    language: never the unknown surname of a pair ("donna nuda" is "naked woman" in Italian)."""
    from ..._data import read_text

    out = set()
    for line in read_text("text/data/sexual_terms.tsv").splitlines():
        term = line.split("\t", 1)[0].strip().lower()
        if term and " " not in term and term.isalpha():
            out.add(term)
    return frozenset(out)


def warm_tables() -> None:
    """Build this module's lazy table now, so that no prompt pays for it (the person reader's
    ``load`` calls it): the search of strong sexual stems glued to names."""
    _strong_stem_search()


@functools.lru_cache(maxsize=1)
def _strong_stem_search():
    """One compiled alternation of the strong stems: a C-level scan per token instead of one
    substring test per stem (this runs on every 6+-letter word of every prompt)."""
    import re

    return re.compile("|".join(re.escape(s) for s in sorted(_strong_sexual_stems(), key=len, reverse=True))).search


def _sexual_fragment(tok: str) -> bool:
    """An unknown token that carries a strong sexual stem is no name ("nakedwoman", "sexypornstar");
    census and gazetteer names are never asked (they are checked before this)."""
    return len(tok) >= 6 and _strong_stem_search()(tok) is not None

