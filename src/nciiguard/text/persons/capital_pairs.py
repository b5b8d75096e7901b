"""A capitalised full name in a lower-case sentence, where a sentence puts a person (round 27, issue 10).

The pair table of :mod:`.namer` leaves out a given name before a surname that is an ordinary word
("Alejandra Moral", "Jeanne Added") or before a surname no list holds after a given name no list
holds ("Bilawal Bhutto", "Maru Camps"): in text at large, such capitals are as often a place, a
brand or a title. What tells the person apart here is the sentence around the capitals:

- no style word before or after the run ("in the style of X", "manner of X", "X style": the name is an
  author there; "a headshot-style drawing of X" is a kind of picture);
- the sentence is otherwise written in lower case (only its first word, all-caps words, the run
  itself and at most one other single capitalised word, a place, carry capitals), so the capitals were put there on purpose: no headline or
  Title-Case prompt ("How To Paint A Sunset"), no German nouns, no second proper noun to pair with;
- the run is 2-3 Title-case words, optionally with lower-case particles inside ("Alejandra del
  Moral", "Laurence des Cars"), not quoted, not followed by another capitalised word, and not at
  the start of a sentence;
- it stands in a person slot: right after "of", "with", "featuring", "about", "around", "for",
  their equivalents, or a question's auxiliary ("what did X say", "what does X think", "who is X");
- the first word is a given name: a gazetteer given name that is no common word, or a word no
  list holds that the letter model (:mod:`.namelike`) finds very name-like; the last word is no
  place or institution head ("Station", "Park"), calendar word, picture or person noun. After a
  listed given name the last word may be any word ("Alejandra Moral"); after an unlisted one it
  must be a census surname, a word no list holds, or a name-like capitalised entry ("Bhutto").

Kept out: "the Moral Majority", "Black Friday" (no given name first), "New York" (a place head),
"Alice in Wonderland" (the lower-case word is no particle), "Victoria Station" (a place tail),
quoted titles, Title-Case text. The finding is ``full_name`` at 0.55 (evidence ``kind``
``capital_pair``, ``cue``), like the table's weakest capitalised rows.

Cost: one pass over the words; each word starts at most one run of at most
``_MAX_RUN`` words, checked with set lookups and one cached letter-model call per word.
"""

from __future__ import annotations

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .mentions import _STYLE_WORDS
from .namer import _CALENDAR, _sexual_fragment, _sexual_words
from .slots import _PICTURE, CUES, PERSON_NOUNS
from .wordclasses import COLOURS, FICTIONAL, NOT_SURNAME_TAIL, PARTICLES, PLACE_PREFIX, TITLES
from .words import Word

__all__ = ["capital_pair_findings"]

#: Lower-case words after which the next words are a person: the slot rules' "of"/"with" words
#: in the languages read, topic prepositions, and the auxiliaries of a question about someone.
PAIR_CUES = CUES | frozenset(
    """about around regarding on for between interviewing interview meet meeting
    did does do is was will would could should can has had
    sobre acerca por para entre
    sur pour avec contre
    uber fur gegen
    su per contro
    sobre para contra
    over voor tegen""".split()) - frozenset({"on"})
#: Lower-case words that may stand inside a name: particles ("del", "van", "bin") and "des", "la".
_INNER = PARTICLES | frozenset({"des", "la", "dos"})
_MAX_LOOSE = 4  # capitalised words outside sentence starts: a run of up to 3 and one other word
_MAX_RUN = 5  # given name, up to two particles, up to two more capitalised words
#: Words of a style reference ("in the style of X", "in the manner of X"): there the name is an author.
_STYLE = _STYLE_WORDS | frozenset({"manner", "spirit", "stile", "vein", "homage"})
#: Kinship and devotional words written as a given name before a title: "Papai Noel", "Cristo Redentor",
#: "Babbo Natale", "Padre Pio" name a figure, not a person's given name + surname.
_FIGURE_HEADS = frozenset("papai papa pai babbo pere padre father mother madre mama cristo christ baby".split())
_QUOTES = "\"'“”‘’«»„‚‹›`"
_SENTENCE_END = ".!?:\n"


def _cased(nt, w: Word) -> str:
    return nt.original[w.ostart:w.oend]


def _titled(nt, w: Word) -> bool:
    """Written Title-case: a capital then a lower-case letter (not "LEGO", not "lowercase")."""
    s = _cased(nt, w)
    return len(s) >= 2 and s[0].isupper() and any(c.islower() for c in s[1:]) and s.isalpha()


def _sentence_start(nt, words: list[Word], i: int) -> bool:
    if i == 0:
        return True
    gap = nt.original[words[i - 1].oend:words[i].ostart]
    return any(c in _SENTENCE_END for c in gap)


def _word_ok(gaz, base: str) -> bool:
    """A word that may end a name."""
    return (len(base) >= 2 and base.isalpha() and base not in NOT_SURNAME_TAIL and base not in _CALENDAR
            and base not in _PICTURE and base not in PERSON_NOUNS and base not in PLACE_PREFIX
            and base not in _sexual_words() and not _sexual_fragment(base))


def _style_reference(nt, words: list[Word], i: int, j: int) -> bool:
    """A style word in the four words before the run ("in the style of X", "in the manner of X") or
    right after it ("X style"); not one hyphen-joined to the word before it ("a headshot-style drawing
    of X", "cartoon-style portrait of X": a kind of picture)."""
    for k in range(max(0, i - 4), i):
        if words[k].base in _STYLE and not (k > 0 and words[k - 1].hyphen_next):
            return True
    return j + 1 < len(words) and words[j + 1].base in _STYLE


def capital_pair_findings(nt, words: list[Word], field: str, gaz, namer, taken: Marks) -> list[Finding]:
    """``full_name`` findings of capitalised names in lower-case sentences (see the module doc)."""
    n = len(words)
    if n < 3 or not any(c.islower() for c in nt.original):
        return []
    titled = [_titled(nt, w) for w in words]
    capital = [titled[k] or any(c.isupper() for c in _cased(nt, words[k])) for k in range(n)]
    # Capitals outside sentence starts: the name's run and at most one other capitalised word (a
    # place: "what did X say in Madrid"); more is no lower-case sentence (headlines, German nouns,
    # lists of places).
    loose = [k for k in range(n) if titled[k] and not _sentence_start(nt, words, k)]
    if not 2 <= len(loose) <= _MAX_LOOSE:
        return []
    out: list[Finding] = []
    for i in loose:
        if i == 0 or capital[i - 1] and not _sentence_start(nt, words, i - 1):
            continue  # inside a run, not its start
        f = _run(nt, words, i, titled, capital, loose, field, gaz, namer, taken)
        if f is not None:
            out.append(f)
            break
    return out


def _run(nt, words: list[Word], i: int, titled: list[bool], capital: list[bool], loose: list[int],
         field: str, gaz, namer, taken: Marks) -> Finding | None:
    """The finding of the capitalised run starting at word ``i``, or None."""
    n = len(words)
    first = words[i]
    if words[i - 1].base not in PAIR_CUES or capital[i - 1]:
        return None
    before = nt.original[first.ostart - 1:first.ostart]
    if before and before in _QUOTES:
        return None
    # The run: the given name, then Title-case words and lower-case particles.
    j, parts = i, [i]
    while j + 1 < n and j + 1 - i < _MAX_RUN and words[j].joinable_next:
        k = j + 1
        if titled[k]:
            parts.append(k)
        elif words[k].base in _INNER and k + 1 < n and titled[k + 1] and words[k].joinable_next:
            pass
        else:
            break
        j = k
    if j + 1 < n and capital[j + 1] and words[j].joinable_next:
        return None  # a longer capitalised run: a title or an institution
    others = [k for k in loose if k not in parts]
    if len(parts) < 2 or len(parts) > 3 or len(others) > 1 or any(
            capital[k - 1] and k - 1 not in parts or k + 1 < n and capital[k + 1] for k in others):
        return None  # more capitalised words elsewhere in the sentence than one single word
    after = nt.original[words[j].oend:words[j].oend + 1]
    if after and after in _QUOTES:
        return None
    if _style_reference(nt, words, i, j):
        return None  # an author: the style signal reads it
    a = first.base
    last = words[parts[-1]].base
    if (a in PLACE_PREFIX or a in TITLES or a in _FIGURE_HEADS or a in COLOURS or a in _CALENDAR
            or (a, last) in FICTIONAL or not a.isalpha() or not _word_ok(gaz, last)
            or not all(_word_ok(gaz, words[k].base) or words[k].base in _INNER for k in parts[1:-1])
            or len({words[k].base for k in parts}) < len(parts)):
        return None
    fc = namer.first_class(a)
    lc, _rank = namer.last_class(last)
    if fc == "F" or (fc == "Fa" and not gaz.is_common_word(a)):
        pass  # a listed given name: the surname may be any word
    elif (fc == "U" and len(a) >= 4 and a not in gaz.proper_other
          and namer.namelike(a, 0.9 if len(parts) == 2 else 0.7)):
        # A given name on no list: a census surname after it ("Maru Camps"), or two more name-like
        # words ("Bilawal Bhutto Zardari"); one unknown capitalised word after an unknown one is as
        # often a place ("Machu Picchu", "Kuala Lumpur").
        tail = [words[k].base for k in parts[1:]]
        if not (lc in ("S", "Sw", "Sw-") or len(tail) == 2 and all(
                t not in _INNER and t not in gaz.words_common and namer.namelike(t, 0.9) for t in tail)):
            return None
    else:
        return None
    os_, oe = first.ostart, words[j].oend
    if taken.overlaps(os_, oe):
        return None
    return finding("full_name", 0.55, field, nt, os_, oe, {
        "kind": "capital_pair", "first": a, "last": last, "classes": f"{fc}+{lc}",
        "cue": words[i - 1].base, "case": "capitalised"})
