"""Names in a non-Latin script written apart or joined to hide them (round 16): one character per
piece ("한-명-숙", "洪-秀-柱", "र-े-ख-ा"), two name words joined by a middle dot or an underscore
("אורנה·ברביבאי", "غادة_عويس", "თეა_წულუკიანი"), or a handle number glued on ("李思思77",
"大江麻理子.95", "ларисадолина78").

Why a module of its own: every reader of names in these scripts (:mod:`.same_script`,
:mod:`.native_slots`, :mod:`.scripts`, :mod:`.embedded`) reads a name as its script writes it, whole
and between spaces or particles. A joiner or a number splits or hides it from all of them at once.
So the joins are undone in a variant of the text (:func:`dejoined_variant`) and the reader reads the
variant again (``PersonReader.read``, like the recased variant of :mod:`.recase`); only what it
finds over a rewritten token is kept, mapped back to the original offsets.

What is undone, per token (a run of letters of ONE non-Latin script, joiners and digits):

- **spelled out**: three or more pieces of one or two code points each (a letter, or a letter and
  its vowel sign) between hyphens, dots or middle dots: the joiners are dropped. Three-piece runs of
  country abbreviations ("한-미-일", "中-日-韩": Korea-US-Japan talks) are left alone;
- **joined words**: two or three words of two or more letters joined by a middle dot or an
  underscore, in a script written with spaces (Hebrew, Arabic, Indic, Ethiopic, Georgian, Cyrillic,
  Hangul ...): the joiner becomes a space. A hyphen joins ordinary compounds there ("תל-אביב") and a
  middle dot is how Chinese and Japanese write foreign names: neither is undone;
- **handle number**: two digits (or a year 19xx/20xx) glued after the letters, alone or after "." or
  "_": dropped ("洪秀柱82" reads as "洪秀柱"). One digit is a sequel or a model ("叶问4"); "ковид19"-like
  disease names are listed.

What it does NOT do: decide that the rejoined word is a name. The readers of the variant decide, with
their own lists and grammar, so "한-국-어" (the Korean language, spelled out) stays a word. Cost: one
pass over the first 4,000 characters, behind a cheap test (a joiner or digit next to a letter of
another script); the second read runs only when a token was rewritten.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .scripts import script_of

__all__ = ["dejoined_variant"]

#: Joiners between spelled-out characters; the two-word joiners are a subset.
_SPELL_JOINERS = frozenset("-‐‑‒–·・•‧∙.")
_WORD_JOINERS = frozenset("·•‧∙_")
#: Scripts written with spaces between words, where a joined pair becomes two words.
_SPACED_SCRIPTS = frozenset({"Hebrew", "Arabic", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil",
                             "Telugu", "Kannada", "Malayalam", "Sinhala", "Ethiopic", "Georgian", "Cyrillic", "Greek",
                             "Armenian", "Hangul", "Myanmar", "Khmer", "Lao", "Thai"})
_CJK = frozenset({"Han", "Hiragana", "Katakana"})
#: One-syllable country abbreviations that are spelled with hyphens between them ("한-미-일 정상회담").
_COUNTRY_SYLLABLES = frozenset("한미일중북남러영독불호캐인베태대 中日韩韓美英法德俄朝台港澳印越泰欧歐")
#: Disease and model names written with a number ("ковид19", "كوفيد19"): the number is their own.
_NUMBERED_WORDS = frozenset("ковид коронавирус كوفيد كورونا קורונה 코로나 新冠 コロナ कोविड কোভিড".split())
#: Gate: a joiner or digit right next to a letter beyond Latin (cheap; most fields have none).
_GATE = re.compile(r"[^\x00-\u024f\s][-‐‑‒–·・•‧∙._\d»›~～\u0300-\u036f\u20d0-\u20ff\ufe20-\ufe2f]|[-‐‑‒–·・•‧∙._«‹~～][^\x00-\u024f\s]")
_MAX = 4000


def _family(script: str | None) -> str | None:
    return "CJK" if script in _CJK else script


#: Round 23: the iteration marks of Japanese and Chinese writing, letters of a name ("佐々木", "野々村").
_ITERATION_MARKS = frozenset("々〻ゝゞヽヾ")


@functools.lru_cache(maxsize=4096)
def _letter(ch: str) -> str | None:
    """The script family of a letter or vowel sign beyond Latin (None for anything else)."""
    if ch in _ITERATION_MARKS:
        return "CJK"  # "々" repeats the kanji before it ("佐々木"): a letter of the name, of no script
    s = script_of(ch)
    if s is None or s == "Latin":
        return None
    if not (ch.isalpha() or _is_mark(ch)):
        return None
    return _family(s)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def dejoined_variant(text: str) -> tuple[str, list[int], list[tuple[int, int]]] | None:
    """The first 4,000 characters of ``text`` with their joined and spelled-out names in other scripts
    undone, for each character of the variant its offset in ``text`` (one past the end too), and the
    original spans of the rewritten tokens; None when nothing was undone."""
    if text.isascii() or not _GATE.search(text, 0, _MAX):
        return None
    n = min(len(text), _MAX)
    changed: list[tuple[int, int]] = []
    drop = _wrappers(text, n, changed) | _decorations(text, n, changed)
    # stage 1: the wrapping and decorating marks dropped; stage 2: the tokens rewritten
    keep = [q for q in range(n) if q not in drop]
    plain = "".join(text[q] for q in keep)
    out: list[str] = []
    where: list[int] = []
    m = len(plain)
    k = 0
    spelled_cjk_end: int | None = None
    while k < m:
        if _letter(plain[k]) is None:
            out.append(plain[k])
            where.append(keep[k])
            k += 1
            continue
        end = k
        while end < m and (_letter(plain[end]) is not None or plain[end] in _SPELL_JOINERS or plain[end] == "_"):
            end += 1
        while end < m and plain[end].isdigit():
            end += 1  # a number ends the token: in an unspaced script the sentence goes on ("李思思77的")
        while end > k and not (_letter(plain[end - 1]) or plain[end - 1].isdigit()):
            end -= 1  # a token ends with a letter or digit ("X." at a sentence end keeps its stop)
        pieces = _rewrite(plain, k, end)
        if pieces is None:
            pieces = [(plain[q], q) for q in range(k, end)]
        else:
            if (spelled_cjk_end is not None and k == spelled_cjk_end + 1 and plain[spelled_cjk_end] == " "
                    and _letter(plain[k]) == "CJK" and out and out[-1] == " "):
                out.pop()  # Round 23: "佐-々-木 ひ-よ-り": two spelled-out parts of one CJK name, one space apart
                where.pop()
            if _letter(plain[k]) == "CJK":
                spelled_cjk_end = end
            changed.append((keep[k], keep[end - 1] + 1))
        for ch, q in pieces:
            out.append(ch)
            where.append(keep[q])
        k = max(end, k + 1)
    if not changed:
        return None
    where.append(n)  # the variant is the first 4,000 characters: a long field is read where it starts
    return "".join(out), where, changed


#: Combining marks of no script drawn on letters to break them apart ("陈̲思̲彤̲": a low line under each).
_DECORATION = re.compile(r"[\u0300-\u036f\u20d0-\u20ff\ufe20-\ufe2f]+")


def _decorations(text: str, n: int, changed: list[tuple[int, int]]) -> set[int]:
    """Offsets of combining marks of no script right after a letter beyond Latin."""
    drop: set[int] = set()
    for m in _DECORATION.finditer(text, 0, n):
        a = m.start()
        if a and (_letter(text[a - 1]) is not None or a - 1 in drop):
            drop.update(range(a, m.end()))
            changed.append((a - 1, m.end()))
    return drop


#: Marks wrapped around a name to set it apart ("«X»", "~X~"); not the book-title marks 《》 and 「」,
#: which wrap titles.
_WRAPPED = re.compile(r"([«‹~～])([^«»‹›~～\n]{2,40}?)([»›~～])")


def _wrappers(text: str, n: int, changed: list[tuple[int, int]]) -> set[int]:
    """Offsets of wrapping marks around one to three words of one non-Latin script (no Latin letter);
    the wrapped spans are added to ``changed``."""
    drop: set[int] = set()
    for m in _WRAPPED.finditer(text, 0, n):
        inner = m.group(2)
        if (m.group(1) in "~～") != (m.group(3) in "~～") or len(inner.split()) > 3:
            continue
        families = {f for f in map(_letter, inner) if f is not None}
        if len(families) != 1 or any("a" <= c.lower() <= "z" or c.isdigit() for c in inner) \
                or sum(_letter(c) is not None for c in inner) < 2 or inner != inner.strip():
            continue
        drop.update((m.start(1), m.start(3)))
        changed.append((m.start(1), m.end(3)))
    return drop


def _rewrite(text: str, start: int, end: int) -> list[tuple[str, int]] | None:
    """The token ``text[start:end]`` rewritten as (character, original offset) pairs, or None."""
    tok = text[start:end]
    if not 3 <= len(tok) <= 80:
        return None  # a name spelled out, joined or numbered is short (and a long run costs nothing here)
    families = {f for f in map(_letter, tok) if f is not None}
    if len(families) != 1:
        return None
    family = families.pop()
    # the handle number: two digits or a year at the end, alone or after "." / "_" / "-"
    m = re.search(r"[._\-]?(?:19\d\d|20\d\d|\d\d)$", tok)
    body_end = end
    if m is not None and m.start() > 0 and not tok[m.start() - 1].isdigit():
        body = tok[:m.start()]
        if _letter(body[-1]) is not None and sum(_letter(c) is not None for c in body) >= 2 \
                and body.lower() not in _NUMBERED_WORDS and not any(c.isdigit() for c in body):
            body_end = start + m.start()
    body = text[start:body_end]
    if any(c.isdigit() for c in body):
        return None  # digits inside the letters: a code, not a name
    pieces = _split(body)
    tail: list[tuple[str, int]] = []
    if family == "CJK" and len(pieces) >= 3 and len(pieces[-1][0]) > 2:
        # no spaces: the sentence goes on after the last spelled character ("洪-秀-柱在湖边")
        p, a, j = pieces[-1]
        tail = [(c, start + a + 1 + i) for i, c in enumerate(p[1:])]
        pieces[-1] = (p[0], a, j)
    kept: list[tuple[str, int]] | None = None
    if len(pieces) >= 3 and all(1 <= len(p) <= 2 for p, _, _ in pieces) and all(
            _letter(p[0]) is not None for p, _, _ in pieces):
        joined = "".join(p for p, _, _ in pieces)
        if not (len(pieces) <= 3 and all(c in _COUNTRY_SYLLABLES for c in joined)):
            kept = [(c, start + a + i) for p, a, _ in pieces for i, c in enumerate(p)]
    elif 2 <= len(pieces) <= 3 and family in _SPACED_SCRIPTS and all(
            sum(_letter(c) is not None for c in p) >= 2 for p, _, _ in pieces) and all(
            j in _WORD_JOINERS for _, _, j in pieces[:-1]):
        kept = []
        for p, a, j in pieces:
            kept.extend((c, start + a + i) for i, c in enumerate(p))
            if j:
                kept.append((" ", start + a + len(p)))
    elif len(pieces) == 1 and body_end < end:
        kept = [(c, start + i) for i, c in enumerate(body)]
    if kept is None:
        return None
    return kept + tail + [(c, start + len(body) + i) for i, c in enumerate(text[start + len(body):body_end])]


def _split(body: str) -> list[tuple[str, int, str]]:
    """(piece, offset in body, joiner after it) of ``body`` split at its joiners; a piece is never
    empty (two joiners in a row make no piece)."""
    out: list[tuple[str, int, str]] = []
    a = 0
    for q, ch in enumerate(body):
        if ch in _SPELL_JOINERS or ch == "_":
            if q > a:
                out.append((body[a:q], a, ch))
            a = q + 1
    if a < len(body):
        out.append((body[a:], a, ""))
    return out
