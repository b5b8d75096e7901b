"""Masked words beyond the asterisk: one letter hidden by ``#``, ``.``, ``-`` or ``_``, and words that are
sexual only when someone bothered to hide a letter of them (round 17).

:class:`~nciiguard.text.fuzzy.MaskedIndex` reads ``*`` masks ("n*ked", "p*rn") against the explicit and
nudity terms. Two more habits of the same writers:

``other mask characters``
    One letter of a word written as ``#``, ``.``, ``-`` or ``_`` ("n#de", "st.ip", "nak-d", "p_rn"). These
    characters also join ordinary words ("e-mail", "co-op", "file_name", "C#m"), so the reading is narrow:
    exactly one mask character, letters on both sides, no mask character next to the word (a chain
    "www.site.com" is no word), at least :data:`MIN_LETTERS` letters shown, and exactly one word of the
    vocabulary fits (several fits say nothing). A word the field spells as two ordinary words either side
    of the mask ("up-to", "sign-in") is left alone, and so is a mark put between the letters of a lexicon
    word with no letter hidden ("na-ked", "nack.te": the split reader's). ``#`` between letters of a
    3-letter word is read only when the first letter is no chord root ("s#x", not "C#m" or "F#m").

``words worth hiding``
    :data:`MASKED_ONLY`: words whose plain spelling has everyday senses, so the lexicon does not list them
    alone ("strip" a table, the city of Naha for Czech "nahá", Russian "гола" for "of a goal"), but which
    nobody masks unless they mean the sexual sense: "st*ip her", "n4há", "г0ла". A mask here is a star,
    one of the other mask characters, a digit or a leet symbol (``@``, ``$``) inside the word (the leet
    reader spells "n4há" as "naha", which is the city again), or a mask character put between two letters
    of the whole word ("s.trip"). Their findings are ``euphemism`` (undress verbs: blocks only with a
    person) or ``nudity`` (the adjectives), below the lexicon's score for a plain word.

Cost: one regex pass over the plain view, run only when the field holds a mask character or a digit
between letters; each candidate word costs one probe per vocabulary word of its length (bit sets).
"""

from __future__ import annotations

import re

from .lexicon import Entry

__all__ = ["MASKED_ONLY", "MASK_CHARS", "masked_only_entries", "candidates", "MIN_LETTERS"]

#: Characters read as one hidden letter besides ``*``.
MASK_CHARS = "#.-_"
#: Letters a word masked with ``#``/``.``/``-``/``_`` shows at least ("n#de" shows 3).
MIN_LETTERS = 3
_SOURCE = "nciiguard (masked only)"

#: Words read only when masked: language -> grade -> (score, words). Undress verbs are ``euphemism`` (an
#: object person makes them a request); naked adjectives of languages whose plain spelling is another
#: word are ``nudity``.
MASKED_ONLY: dict[str, dict[str, tuple[float, str]]] = {
    "en": {"euphemism": (0.75, "strip strips stripped stripping stripd undress undresses unclothe disrobes "
                               "striptease")},
    # Czech and Slovak "nahá/nahý/nahé/nahou" fold to "naha" (Naha, Okinawa) and "nahe" (German "nahe")
    "cs": {"nudity": (0.8, "naha nahy nahe nahou nahi")},
    # Ukrainian, Bulgarian, Serbian "гола/голий/голе/голі" (naked); Russian "гола" is "of a goal"
    "uk": {"nudity": (0.8, "гола голий голе голі голу голою голенька голенький")},
    # Spanish/Portuguese/Italian short forms with everyday senses ("pelada" a bald head, a football kick-about)
    "es": {"nudity": (0.75, "pelada encuerada encuerado empelotada")},
}

_CHORD_ROOTS = frozenset("abcdefg")
#: A word of letters with exactly one mask character, or one or two digits or leet symbols, inside:
#: "st#ip", "n4ha", "n@ha", "г0ла".
#: One alternation per slot, no nested quantifiers; bounded lengths.
_INNER = re.compile(r"(?<![\w#.\-*@$])([^\W\d_]{1,12})([#.\-_*]|[\d@$]{1,2})([^\W\d_]{1,12})(?![\w#*@$]|[.\-_]\w)")


def masked_only_entries() -> list[Entry]:
    """The :data:`MASKED_ONLY` words as lexicon entries (lower case)."""
    out = []
    for lang, grades in MASKED_ONLY.items():
        for grade, (score, words) in grades.items():
            out += [Entry(w, grade, score, lang, _SOURCE) for w in words.split()]
    return out


def candidates(text: str):
    """``(start, end, masked, kind)`` of words of ``text`` with one inner mask: ``masked`` is the word with
    ``*`` for each hidden letter; ``kind`` is ``"digit"`` or the mask character."""
    if not _has_mask(text):
        return
    for m in _INNER.finditer(text):
        left, mask, right = m.group(1), m.group(2), m.group(3)
        if mask == "*":
            continue  # the asterisk reader's (MaskedIndex.find) business
        kind = "digit" if mask[0].isdigit() or mask[0] in "@$" else mask  # "n4há", "n@há": leet symbols
        if kind == "#" and len(left) + len(right) < 3 and left[-1:].lower() in _CHORD_ROOTS:
            continue  # "C#m", "F#m", "a#b": chords and notes
        if kind in ".-_" and len(left) + len(right) < MIN_LETTERS:
            continue
        yield m.start(), m.end(), f"{left}{'*' * len(mask)}{right}".lower(), kind


_GATE = re.compile(r"[^\W\d_][#.\-_\d@$]")


def _has_mask(text: str) -> bool:
    """Cheap gate: a mask character or a digit right after a letter somewhere in ``text``."""
    return _GATE.search(text) is not None
