"""Words cut or stretched inside, repaired to the listed word they spell (round 27).

Why: the lexicon's split and stretch readers (:mod:`.split_words`, :mod:`.decode`) join a cut word only when
the join is a sexual term of one word ("na.ked", "naaaked"). Many requests are phrases whose words are
ordinary ("clothes gone", "sheer bra", "without any clothing on the bed"), and a disguiser cuts or
stretches one of those words: "cl.othes gone", "sheeer bra", "witho ut an y cloth ing on th e be d". The
folded view reads "sheeer" as "sher" (runs of three letters squeezed to one) and leaves "cl" and "othes"
apart, so no phrase reader saw the phrase. This module hands :mod:`.phrase_decode` repaired readings,
which replace the cut words for every reader (lexicon, grammars, person readers) like any other decoding:

- *a mark inside a word* (``mark_inside``): letters parted by one of ``. · • * ~ _`` with no space, whose
  join is a listed word of 4+ letters (English or another language the guard reads) while the pieces are
  not all listed words ("cl.othes" is "clothes"; "e.g", "index.html", "Mr.Smith" join to no word);
- *a letter written three times* (``stretched``): a word no list holds, with a run of three or more equal
  letters, that is a listed word with the run cut to two letters and no word with it cut to one
  ("sheeer" is "sheer"; "naaaked" is left to the folded view, which reads "naked");
- *a phrase cut at random places* (``respaced``): a stretch of a clause holding three or more pieces that are
  no listed word ("witho", "ut", "ing"), its letters read as one stream and cut into listed words
  (:func:`.gated_ciphers.segment_letters`); kept when nine tenths of its letters fall in listed words.

A repaired word is handed over with its neighbour in the clause (the next word, else the previous one),
so the reading is a phrase that :mod:`.phrase_decode`'s word-share test can read; nothing reads as sexual
here. Gates: a mark between two letters, a run of three equal letters, three unlisted short pieces (each a
character test); at most :data:`MAX_REPAIRS` repairs a text, the first :data:`MAX_SCAN` characters.
"""

from __future__ import annotations

import re
from typing import Iterator

from .gated_ciphers import segment_letters

__all__ = ["repaired_runs", "MAX_REPAIRS", "MAX_SCAN"]

MAX_SCAN = 20000
#: Repairs handed over per text at most.
MAX_REPAIRS = 8
#: Letters of a respaced stretch read at most.
MAX_STREAM = 120
#: Share of a respaced stream's letters that must fall in listed words.
RESPACED_COVER = 0.9

#: Letters parted by one mark (2-4 pieces), no letter, digit, path or address mark on either side. "*" is no
#: mark here: it stands for a masked letter ("Fl*ur"), read by :mod:`.masked_words`.
_MARKED = re.compile(r"(?<![^\W_])(?<![./@:\\~·•-])[^\W\d_]{1,20}(?:[.·•~_][^\W\d_]{1,20}){1,3}"
                     r"(?![^\W_])(?![/@:\\~·•_-])(?!\.[^\W_])")
_MARK_SPLIT = re.compile(r"[.·•~_]")
_MARK_GATE = re.compile(r"[^\W\d_][.·•~_][^\W\d_]")
#: Roman numerals ("XIII") are no stretched words.
_ROMAN = re.compile(r"[ivxlcdm]+")
_STRETCHED = re.compile(r"(?<![^\W\d_])[^\W\d_]*([^\W\d_])\1\1[^\W\d_]*")
_RUN3 = re.compile(r"([^\W\d_])\1{2,}")
_RUN3_GATE = re.compile(r"([^\W\d_])\1\1")
#: A word with the clitic an apostrophe glues to it.
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]{1,2}(?![^\W\d_]))?")
#: A piece of a respaced phrase: ASCII lower-case letters standing alone.
_LOWER_PIECE = re.compile(r"(?<![^\W\d_'])[a-z]+(?![^\W\d_'])")
#: What may stand between two words of one clause.
_CLAUSE_GAP = re.compile(r"[ ,]{1,3}")


def _listed(w: str, known, others) -> bool:
    return w in known or w in others


def _neighbour(text: str, a: int, b: int, known, others) -> tuple[int, int] | None:
    """The span of the repaired word ``[a, b)`` and its next (else previous) listed word in the clause."""
    nxt = _TOKEN.search(text, b, min(len(text), b + 40))
    if nxt is not None and _CLAUSE_GAP.fullmatch(text, b, nxt.start()) and _listed(nxt.group().lower(), known, others):
        return a, nxt.end()
    window = text[max(0, a - 40):a]
    prev = None
    for prev in _TOKEN.finditer(window):
        pass
    if prev is not None:
        ps, pe = max(0, a - 40) + prev.start(), max(0, a - 40) + prev.end()
        if _CLAUSE_GAP.fullmatch(text, pe, a) and _listed(prev.group().lower(), known, others):
            return ps, b
    return None


def _marked(text: str, known, others) -> Iterator[tuple[int, int, str]]:
    for m in _MARKED.finditer(text):
        if any(p[:1].isupper() for p in _MARK_SPLIT.split(m.group())[1:]):
            continue  # "P.Adam", "J.Smith": an initial before a name
        pieces = _MARK_SPLIT.split(m.group().lower())
        joined = "".join(pieces)
        # a piece of two letters or more: dotted single letters ("n.u.d.e", "S.a.r.a") are the folded view's
        if len(joined) >= 4 and max(map(len, pieces)) >= 2 and _listed(joined, known, others) and not all(_listed(p, known, others) for p in pieces):
            yield m.start(), m.end(), joined


def _stretched(text: str, known, others) -> Iterator[tuple[int, int, str]]:
    for m in _STRETCHED.finditer(text):
        w = m.group().lower()
        if _listed(w, known, others) or _ROMAN.fullmatch(w):
            continue
        two, one = _RUN3.sub(r"\1\1", w), _RUN3.sub(r"\1", w)
        if len(two) >= 4 and _listed(two, known, others) and not _listed(one, known, others):
            yield m.start(), m.end(), two


def _respaced(text: str, known, others) -> Iterator[tuple[int, int, str]]:
    """Stretches of a clause with 3+ pieces that are no word, two of them of one or two letters, read as
    one letter stream cut into English words. A piece of three or more letters is a word when any list
    holds it (French, Dutch, Portuguese words stand as written); a piece of one or two letters only when
    the English list does (other lists hold "ut", "y", "e")."""
    toks = list(_LOWER_PIECE.finditer(text))  # lower case: a capitalised piece is a name, not a cut word

    def word(t: str) -> bool:
        return t in known or len(t) >= 3 and t in others

    i, n = 0, len(toks)
    while i < n:
        if word(toks[i].group()):
            i += 1
            continue
        # from a piece that is no word, the clause's pieces up to the last such piece (two words in a row at most)
        j, last, pieces, short, words_run = i + 1, i, 1, len(toks[i].group()) <= 2, 0
        while j < n and _CLAUSE_GAP.fullmatch(text, toks[j - 1].end(), toks[j].start()) and j - i < 40:
            if word(toks[j].group()):
                words_run += 1
                if words_run > 2:
                    break
            else:
                pieces, last, words_run = pieces + 1, j, 0
                short += len(toks[j].group()) <= 2
            j += 1
        stream = "".join(t.group() for t in toks[i:last + 1])
        # letters spaced one by one ("n u d e c o l o u r e d s h o e s") are the spaced-letter readers' shape
        # (they keep the lexicon's benign senses): a cut clause has pieces of several letters
        spaced_letters = all(len(t.group()) == 1 for t in toks[i:last + 1])
        if pieces >= 3 and short >= 2 and not spaced_letters and len(stream) <= MAX_STREAM:
            seg = segment_letters(stream, known)
            if (seg is not None and seg[1] >= RESPACED_COVER
                    and all(w in known and (len(w) > 1 or w in "ai") for w in seg[0])):
                yield toks[i].start(), toks[last].end(), " ".join(seg[0])
        i = last + 1


def repaired_runs(text: str, known) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of each repaired word with its neighbour, and of each respaced
    stretch (see the module docstring)."""
    text = text[:MAX_SCAN]
    mark = _MARK_GATE.search(text) is not None
    run3 = _RUN3_GATE.search(text) is not None
    if not mark and not run3 and text.count(" ") < 6:
        return
    from .persons.language import language_words  # the other languages' word lists (loaded once)

    others = language_words()
    found = 0
    for rule, finder in (("mark_inside", _marked if mark else None), ("stretched", _stretched if run3 else None)):
        if finder is None:
            continue
        for a, b, word in finder(text, known, others):
            span = _neighbour(text, a, b, known, others)
            if span is None:
                continue
            s, e = span
            yield s, e, (text[s:a] + word + text[b:e]).lower(), rule
            found += 1
            if found >= MAX_REPAIRS:
                return
    for a, b, reading in _respaced(text, known, others):
        yield a, b, reading, "respaced"
        found += 1
        if found >= MAX_REPAIRS:
            return
