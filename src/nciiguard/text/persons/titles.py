"""An honorific or a title of address before a surname: "Dr. Lindqvist", "Frau Hinterseer",
"la dottoressa Scarpellini", "pani Nowakowska", "Herr Doktor Sommerfeldt", "Coach Ravelli".

Why a rule of its own: a title of address ("Mrs.", "Frau", "señora", "pani", "Ibu") is how people
are named when only their surname is known (a teacher, a doctor, a neighbour), so the pair names
one specific person even when no list holds the surname. ``FullNames._titled`` reads a few
royal and political titles before a first name; it misses the titles of address of twelve
languages, and the abbreviations with a dot ("Dr. X", "Prof. X") because the word reader cuts an
item at ". ".

The rule, over the words of the text and the original spelling:

- one to three titles from ``HONORIFICS`` in a row ("Herr Doktor", "Frau Dr.", "doamna doctor"),
  separated by spaces or a dot; the surname may be preceded by a particle ("dokter Van Hulst");
- then a surname: written with a capital (Title case, not all capitals) and at least 2 letters;
  when it is a common English word or a word of the field's own language ("Miss Universe",
  "Dr Pepper", "Frau Sonne") it must also be a census surname of 3+ letters ("Mrs. Brown",
  "Frau Schneider"); in a text written wholly in lower case or in capitals it must be no known
  word and no sexual word, after a title that is no ordinary word (``_CASELESS``: "frau
  hinterseer", "DR. LINDQVIST"; not "miss", "coach", "pan"), and scores 0.5;
- never a fictional or brand pair (``FICTIONAL_TITLED`` and ``_FICTIONAL`` below: "Dr Pepper",
  "Mrs. Claus", "Nurse Joy"; a title before a character known by one name: "Doctor Shrek"),
  never a single letter ("Madame X"), and not after words that make
  the pair a text, a product or a costume ("reading Mrs. Dalloway", "a can of Dr Pepper",
  "dressed as Nurse Ratched", "by Dr. Seuss").

Reported as ``full_name`` at 0.6 (``kind`` ``title``): a specific person, below a first name +
surname pair with capitals. One pass over the words; each word is looked up a bounded number of
times.
"""

from __future__ import annotations

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .namer import _sexual_words
from .wordclasses import FICTIONAL_TITLED, FOREIGN_MARKERS, FUNCTION_NOT_FIRST, PARTICLES
from .words import Word, case_informative

__all__ = ["HONORIFICS", "title_findings"]

#: Titles of address (folded: lower case, no diacritics, no dot), by language.
HONORIFICS = frozenset(
    # en
    """mr mrs ms mx miss mister missus dr doctor prof professor madam madame coach officer nurse captain capt
    detective det sergeant sgt pastor reverend rev judge councilwoman councilman councillor councilor alderman
    lieutenant lt inspector constable sheriff deputy principal dean chef commissioner trooper
    """
    # fr
    """mme mlle mademoiselle monsieur docteur maitre professeur professeure
    """
    # es
    """senor senora senorita sra srta doctora dra profesor profesora licenciado licenciada dona
    """
    # de
    """frau herr herrn fraulein doktor professorin
    """
    # pt
    """senhor senhora doutor doutora professora
    """
    # it
    """signor signore signora signorina sig dottore dottoressa dott professore professoressa avvocato avvocatessa
    """
    # nl
    """mevrouw mevr meneer mijnheer dhr juffrouw dokter
    """
    # pl
    """pan pani panna profesorka
    """
    # sv
    """fru froken
    """
    # ro
    """doamna doamnei domnul domnului domnisoara dna doctorita profesoara
    """
    # tr, id
    """bayan bay ibu bu bapak pak mbak""".split()
)
#: Abbreviated titles: only these take a dot ("Dr. X"); after any other title a dot ends a sentence
#: ("Peter Pan. Peter ...", "the bay. Miller ...").
_ABBREVIATED = frozenset(
    """mr mrs ms mx dr prof capt det sgt rev lt mme mlle sra srta dra sr sig dott mevr dhr dna m""".split())
#: Titles read only with the dot of their abbreviation ("M. Tessandier", "Sr. Álvarez"): alone
#: they are an initial or a word.
_DOTTED_ONLY = frozenset("m sr".split())
#: Words after which a titled name is a text, a product, a costume or an author.
_NOT_SUBJECT_BEFORE = frozenset(
    """reading read reads book books novel novels poster posters titled title called named can cans bottle bottles
    brand logo label song songs film films movie movies series episode costume costumes cosplay cosplaying
    dressed as like by style painted drawn written sign menu mug shirt tshirt bar drink drinking soda""".split()
)
#: Fictional, mascot and brand names written with a title of address (folded words).
_FICTIONAL = frozenset(
    tuple(name.split())
    for name in """mrs claus|mr claus|nurse joy|officer jenny|nurse ratched|mrs doubtfire|mrs robinson|
    mr darcy|miss marple|madame bovary|madame tussauds|mrs dalloway|mrs beeton|mr whippy|mr rogers|
    sergeant pepper|sgt pepper|miss piggy|miss honey|ms marvel|miss marvel|captain america|captain marvel|
    captain hook|captain kirk|captain picard|captain morgan|captain crunch|captain planet|captain jack|
    captain underpants|captain price|doctor strange|dr strange|doctor octopus|dr octopus|doctor doom|dr doom|
    dr house|doctor house|dr quinn|dr manhattan|doctor manhattan|dr who|doctor who|dr seuss|dr oetker|
    dr dre|dr phil|dr oz|mr bean|mr clean|mr t|mr potato|mr muscle|mr sheen|mr proper|professor oak|
    professor snape|professor mcgonagall|professor layton|professor dumbledore|professor lupin|
    professor moriarty|principal skinner|chef boyardee|coach beard|judge judy|judge dredd|
    detective pikachu|detective conan|inspector gadget|inspector clouseau|dr zoidberg|mr krabs|
    mrs puff|mr peanutbutter|dr evil|mr burns|mrs brisby|mr freeze|mr hyde|dr jekyll|dr frankenstein|
    dr pepper|dr martens|dr eggman|dr robotnik|mr incredible|mrs incredible|madame web|miss universe|
    miss world|miss america|mister universe|mr universe|mr olympia|ms olympia|frau holle|fraulein rottenmeier|
    madame butterfly|mademoiselle chanel|herr flick|don quijote|dona flor|mrs santa|mr santa|mrs clause|
    mister bean|mister rogers|mr rogers|mister t|mr burberry|mrs jumbo|miss dior|miss sixty|miss selfridge""".replace("\n", "").split("|")
    if name.strip()
)
_MAX_TITLES = 3
#: Titles that are no ordinary word: only these are read in text without case ("dr lindqvist");
#: "miss", "coach", "pan", "bay" are words there.
_CASELESS = frozenset(
    """mr mrs ms mx dr prof professor doctor madam madame mme mlle monsieur docteur senor senora senorita sra srta
    doctora dra profesora frau herr herrn fraulein doktor senhor senhora doutora signora signor signorina
    dottoressa mevrouw meneer pani fru froken doamna domnul domnisoara ibu bapak""".split())


def _gap_ok(original: str, a: Word, b: Word) -> bool:
    """Only spaces or one dot between two words of a titled name ("Dr. X", "Dr.X", "Frau  X")."""
    gap = original[a.oend:b.ostart]
    return 0 < len(gap) <= 3 and gap.strip(" .") == "" and gap.count(".") <= 1


def _dotted(original: str, w: Word) -> bool:
    return original[w.oend:w.oend + 1] == "."


def title_findings(nt, words: list[Word], field: str, gaz, namer, taken: Marks,
                   field_words=None) -> list[Finding]:
    """``full_name`` findings for a title of address before a surname (see the module docstring)."""
    n = len(words)
    if n < 2:
        return []
    original = nt.original
    informative = None
    mixed = None  # the text has both cases (computed once, at the first title)
    out: list[Finding] = []
    i = 0
    while i < n - 1:
        w = words[i]
        if w.base not in HONORIFICS or w.tagged >= 0 or (w.base in _DOTTED_ONLY and not _dotted(original, w)):
            i += 1
            continue
        # A run of titles ("Herr Doktor", "Frau Dr.", "pani doktor").
        j = i
        while (j + 1 < n and j - i + 1 < _MAX_TITLES and words[j + 1].base in HONORIFICS
               and _gap_ok(original, words[j], words[j + 1])):
            j += 1
        k = j + 1
        if k >= n or not _gap_ok(original, words[j], words[k]) or (
                words[j].base not in _ABBREVIATED and _dotted(original, words[j])):
            i = k
            continue
        # A surname particle: "dokter Van Hulst", "señora de la Vega".
        p = k
        while p < n - 1 and p - k < 2 and words[p].base in PARTICLES and _gap_ok(original, words[p], words[p + 1]):
            p += 1
        target = words[p]
        titles = tuple(x.base for x in words[i:j + 1])
        # Before the title (skipping an article): the word that makes the pair a text or product.
        before = [words[q].base for q in range(max(0, i - 2), i) if words[q].item == w.item or
                  original[words[q].oend:w.ostart].strip(" .") == ""]
        if any(b in _NOT_SUBJECT_BEFORE for b in before) or (titles[-1], target.base) in _FICTIONAL or (
                titles[-1], target.base) in FICTIONAL_TITLED or target.base in _FICTIONAL_SINGLE:
            i = p + 1
            continue
        if informative is None:
            informative = case_informative(nt, words)
            mixed = any(c.islower() for c in original) and any(c.isupper() for c in original)
        score = _surname(nt, words, p, gaz, informative, bool(mixed), field_words, titles[-1])
        if score <= 0 or taken.overlaps(w.ostart, target.oend):
            i = k
            continue
        # The surname goes on after a hyphen ("Ruiz-Tagle", "Popescu-Vlad").
        end = p
        while end + 1 < n and words[end].hyphen_next and words[end + 1].base.isalpha() and end - p < 2:
            end += 1
        out.append(finding("full_name", score, field, nt, w.ostart, words[end].oend, {
            "kind": "title", "title": " ".join(titles), "last": target.base, "classes": "T+surname",
            "case": "capitalised" if target.title else "any", "source": "text"}))
        taken.add(w.ostart, words[end].oend)
        i = end + 1
    return out


def _surname(nt, words: list[Word], p: int, gaz, informative: bool, mixed: bool, field_words, title: str) -> float:
    """Score of word ``p`` as the surname after a title, or 0 (see the module docstring)."""
    w = words[p]
    b = w.base
    o = nt.original[w.ostart:w.oend]
    if not b.isalpha() or b in HONORIFICS or w.leet or len(b) < 2:
        return 0.0
    rank = gaz.surname_rank.get(b)
    if len(b) == 2 and rank is None:
        return 0.0  # "Ms. Wu", "Dr. Ng" stay; "Mr. T" and two-letter words do not
    if mixed and o[:1].isupper():
        if len(o) > 3 and o.isupper():
            return 0.0  # an acronym: "Dr. NASA"
        is_word = (gaz.is_common_word(b) or b in gaz.words_common
                   or field_words is not None and field_words.all_words(p, p))
        if is_word and not (rank is not None and len(b) >= 3 and (informative or not gaz.is_common_word(b))):
            return 0.0  # "Miss Universe", "Frau Sonne"; "Mrs. Brown", "Frau Schneider" stay
        return 0.6
    if mixed:
        return 0.0  # lower case in text whose capitals inform: a word ("officer friendly")
    # Text written wholly in lower case or in capitals: the case says nothing, the word must.
    if title not in _CASELESS or len(b) < 4 or gaz.is_known(b) or b in _sexual_words():
        return 0.0
    if b in FUNCTION_NOT_FIRST or b in FOREIGN_MARKERS or field_words is not None and (
            field_words.all_words(p, p) or field_words.opens_with_word(p)):
        return 0.0  # a word of the field's language: "frau beim blasen"
    return 0.5
