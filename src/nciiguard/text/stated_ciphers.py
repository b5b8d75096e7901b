"""Ciphers whose method the prompt states, and spelling-alphabet words written backwards (round 27).

Why: a "decode this and draw it" prompt may say how to read its payload: "(read every 1st of 2)" (the
letters of every word interleaved with junk letters), "(key: lune)" (a Vigenère key), or spell its
request in the NATO alphabet and then write the whole text right to left ("flog rebmevon aidni oemor" is
"romeo india november golf" read backwards). :mod:`.phrase_decode` read each of these only in part: a
stated key was applied to each stretch of words afresh (a comma or a number broke the stretch, and the
key restarted: "show the woman across the hall" read, ", flat 12 topless in the shower" did not), no
reader took every n-th letter, and a reversed spelling-alphabet run read as NATO words, one layer short.

The readers, each gated by the stated method or an unmistakable shape and linear in the text:

- *every n-th letter*: a stated method ("read every 1st of 2", "every other letter", "every second
  letter", "une lettre sur deux", "jeden zweiten Buchstaben", "cada dos letras", "co drugą literę");
  each word of the coded stretch keeps its letters at one offset in steps of n (every offset below n is
  tried; the one whose reading reads is kept): ``every_1_of_2``;
- *keyed stretch*: a key the prompt states ("key: lune", "keyword is moon") runs across the whole coded
  stretch, commas, apostrophes and numbers included (numbers take no key letter): ``vigenere:<key>``;
- *stated mirror alphabet* (round 30): "(a<->z mirror)", "mirror alphabet", "reversed alphabet", "atbash":
  each word of the stretch read in the mirrored alphabet (``atbash``), so a reading with a name in it is
  judged at the structural share instead of the guessed substitutions' stricter one;
- *reversed spelling alphabet*: four or more tokens each a spelling-alphabet word written backwards
  (and most of the run no forward one); the run is read right to left as a whole, and with each token
  turned where it stands; the spelt words of the reading whose words read best are kept:
  ``reversed_spelling_alphabet``.

A coded stretch: ASCII words parted only by spaces, commas, hyphens, apostrophes and numbers, most of
whose words are no listed word, trimmed of listed words at its edges. Nothing here decides whether a
reading counts: :mod:`.phrase_decode` reads every candidate with its word-share test, as for every other
decoder, and the normal readers then read the decoded text. At most one candidate per method and
text (the stretch whose reading holds the most listed words), :data:`MAX_STRETCHES` stretches of at
most :data:`MAX_WORDS` words, the first :data:`MAX_SCAN` characters.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .cipher_math import _alternatives
from .spelled_runs import SPELLING, spelled_runs

__all__ = ["stated_runs", "reversed_spelled_runs", "every_nth_method", "vigenere", "MAX_SCAN", "MAX_STRETCHES"]

MAX_SCAN = 20000
#: Coded stretches read per text at most.
MAX_STRETCHES = 8
#: Words of a stretch read at most.
MAX_WORDS = 64
#: Fewest letter tokens of a reversed spelling-alphabet run.
MIN_SPELT = 4

_ORD = {"1st": 1, "first": 1, "2nd": 2, "second": 2, "3rd": 3, "third": 3, "one": 1, "two": 2, "three": 3,
        "four": 4, "1": 1, "2": 2, "3": 3, "4": 4, "other": 2}
#: A stated every-n-th-letter method. Group ``k``/``n``: "every 1st of 2", "1st letter of every 2";
#: group ``m``: "every other/second/third letter" (n stated, the offset tried); French, German, Spanish,
#: Italian, Portuguese and Polish forms state n.
_EVERY = re.compile(
    r"\bevery (?P<k>1st|first|2nd|second|3rd|third|[1-4])(?: letter| char(?:acter)?)? (?:of|out of|in) "
    r"(?:every |each )?(?P<n>[2-4]|two|three|four)\b"
    r"|\b(?:every|each) (?P<m>other|second|2nd|third|3rd) (?:letter|char(?:acter)?)s?\b"
    r"|\b(?P<o>odd|even)[- ](?:numbered )?(?:letters|characters|positions)\b"
    r"|\bune lettre sur (?P<fr>deux|trois|2|3)\b"
    r"|\bjede[nrs]? (?P<de>zweiten|dritten|2\.|3\.) (?:Buchstaben|Zeichen)\b"
    r"|\buna (?:letra|lettera) (?:de cada|su|ogni) (?P<es>dos|due|tres|tre|2|3)\b"
    r"|\bcada (?P<es2>dos|tres|segunda|tercera|2|3)(?:ª)? letras?\b"
    r"|\bco (?P<pl>drug[aą]|trzeci[aą]) liter[eę]\b",
    re.IGNORECASE)
_EVERY_HINTS = ("every", "each", "odd", "even", "lettre", "buchstab", "zeichen", "letra", "lettera", "liter")
_WORD_N = {"deux": 2, "trois": 3, "zweiten": 2, "dritten": 3, "2.": 2, "3.": 3, "dos": 2, "due": 2, "tres": 3,
           "tre": 3, "segunda": 2, "tercera": 3, "druga": 2, "drugą": 2, "trzecia": 3, "trzecią": 3}


def every_nth_method(text: str) -> tuple[int, tuple[int, ...]] | None:
    """``(n, offsets)`` of an every-n-th-letter method the text states, or None. ``offsets``: the
    0-based letter offsets to try (one when the text names it, all below n otherwise)."""
    low = text[:MAX_SCAN].lower()
    if not any(h in low for h in _EVERY_HINTS):
        return None
    m = _EVERY.search(low)
    if m is None:
        return None
    g = m.groupdict()
    if g["k"] and g["n"]:
        n, k = _ORD.get(g["n"], 0), _ORD.get(g["k"], 0)
        return (n, (k - 1,)) if 2 <= n <= 4 and 1 <= k <= n else None
    if g["m"]:
        n = _ORD[g["m"]]
        return n, tuple(range(n))
    if g["o"]:
        return 2, ((0,) if g["o"] == "odd" else (1,))
    word = next(v for key, v in g.items() if v)
    n = _WORD_N.get(word, _ORD.get(word, 0))
    return (n, tuple(range(n))) if 2 <= n <= 4 else None


# --- coded stretches ----------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+")
#: What may stand between two words of one stretch: spaces, a comma, a hyphen, an apostrophe, numbers.
_GAP = re.compile(r"[ ,'\-]{1,3}|[ ,]{0,2}\d{1,4}[ ,]{1,2}")


def _stretches(text: str, listed: Callable[[str], bool]) -> Iterator[list[re.Match[str]]]:
    """Maximal runs of words joined by :data:`_GAP`, trimmed of listed words at the edges, of 2+ words
    most of which are no listed word (at most :data:`MAX_STRETCHES`)."""
    run: list[re.Match[str]] = []
    found = 0

    def close():
        i, j = 0, len(run)
        while i < j and listed(run[i].group().lower()):
            i += 1
        while j > i and listed(run[j - 1].group().lower()):
            j -= 1
        core = run[i:j][:MAX_WORDS]
        if len(core) >= 2 and 2 * sum(not listed(m.group().lower()) for m in core) >= len(core):
            return core
        return None

    for m in _WORD.finditer(text, 0, min(len(text), MAX_SCAN)):
        if run and not _GAP.fullmatch(text, run[-1].end(), m.start()):
            core = close()
            run = []
            if core is not None:
                yield core
                found += 1
                if found >= MAX_STRETCHES:
                    return
        run.append(m)
    if run:
        core = close()
        if core is not None:
            yield core


def _rebuild(text: str, run: list[re.Match[str]], words: list[str]) -> str:
    """The stretch with each word replaced (gaps, numbers and case kept)."""
    out, pos = [], run[0].start()
    for m, w in zip(run, words):
        out += [text[pos:m.start()], w.upper() if m.group().isupper() and len(m.group()) > 1 else w]
        pos = m.end()
    return "".join(out)


def vigenere(words: list[str], key: str) -> list[str]:
    """Vigenère decryption with ``key`` running across ``words`` (numbers between them take no letter); the
    coded-run decoder (:mod:`.phrase_decode`) uses it too (its runs are letters only, where both readings agree)."""
    shifts = [ord(c) - 97 for c in key]
    out, i = [], 0
    for w in words:
        chars = []
        for c in w:
            if "a" <= c <= "z":
                chars.append(chr((ord(c) - 97 - shifts[i % len(shifts)]) % 26 + 97))
                i += 1
            else:  # a letter of no Latin-alphabet cipher stays as written and takes no key letter
                chars.append(c)
        out.append("".join(chars))
    return out


# --- reversed spelling alphabet -----------------------------------------------------------------
_REVERSED = frozenset(w[::-1] for w in SPELLING if w[::-1] != w)
_REV_SEPS = frozenset({"/", "|", "//", "||", "·", "-", "–", "—"})
_EDGE = ",;:!?\"'()[]{}."


def reversed_spelled_runs(text: str, known) -> Iterator[tuple[int, int, list[str], str]]:
    """``(start, end, words, rule)`` of each run of spelling-alphabet words written backwards (the
    shape of :func:`.spelled_runs.spelled_runs`, read before the clause readers that would reverse it
    to spelling-alphabet words and stop there)."""

    def score(words: list[str]) -> int:
        return sum(len(w) for w in words if w in known)

    low = text[:MAX_SCAN].lower()
    if len(set(low.split()) & _REVERSED) < MIN_SPELT:
        return
    toks = list(re.finditer(r"\S+", text[:MAX_SCAN]))
    i, n = 0, len(toks)
    while i < n:
        j, letters, back, last = i, 0, 0, -1
        while j < n:
            t = toks[j].group().strip(_EDGE).lower()
            if t in _REVERSED or t[::-1] in SPELLING:
                letters += 1
                back += t in _REVERSED and t not in SPELLING
                last = j
            elif not (letters and t in _REV_SEPS):
                break
            j += 1
        if letters >= MIN_SPELT and 2 * back > letters:
            a, b = toks[i].start(), toks[last].end() - (len(toks[last].group()) - len(toks[last].group().rstrip(_EDGE)))
            seg = text[a:b]
            best = None
            # the whole run right to left, and each token turned where it stands
            for cand in (seg[::-1], " ".join(t[::-1] for t in seg.split(" "))):
                words = [w for _a, _b, ws, _r in spelled_runs(cand) for w in ws]
                if words and (best is None or score(words) > score(best)):
                    best = words
            if best is not None:
                yield a, b, best, "reversed_spelling_alphabet"
            i = last + 1
        else:
            i = max(i + 1, j)


#: A stated mirror alphabet (Atbash, round 30): "atbash", "(a<->z mirror)", "a=z", "mirror alphabet", "reversed
#: alphabet", "alphabet backwards", and the same in French, Spanish, Italian, Portuguese, German, Polish, Dutch.
_MIRROR = re.compile(
    r"\batbash\b|\ba ?(?:<->|<=>|<>|\u2194|\u21d4|=) ?z\b|\bz ?(?:<->|<=>|<>|\u2194|\u21d4|=) ?a\b"
    r"|\b(?:mirror(?:ed)?|revers(?:e|ed)|backwards?|flipped|inverted|opposite) (?:alphabet|abc)\b"
    r"|\balphabet (?:mirrored|reversed|backwards|flipped|inverted)\b|\balphabet (?:miroir|invers[ée])"
    r"|\balfabeto (?:invertido|inverso|espejo|espelhado|specchiato|rovesciato|al rev[ée]s)"
    r"|\b(?:spiegel|umgekehrte[sn]? ?)alphabet|\bodwr[óo]con\w* alfabet|\bomgekeerde? alfabet",
    re.IGNORECASE)
_ATBASH = str.maketrans("abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba")


def mirror_stated(text: str) -> bool:
    """Whether ``text`` states a mirror alphabet (Atbash) as its method."""
    low = text[:MAX_SCAN].lower()
    return ("z" in low or "alpha" in low or "abc" in low or "alfabet" in low) and _MIRROR.search(low) is not None


#: Round 31: a stated keyboard shift ("(each key one to the right)", "one key left", "keyboard shift", "QWERTZ
#: shifted"): a key and a side within a few words, either order, in the languages the guard reads.
_KEYS_HINT = re.compile(
    r"\b(?:keys?|keystrokes?|touches?|teclas?|tasten?|klawisz\w*|toets(?:en)?|tasti?)\b(?![- ]?(?:light|lit\b|art\b|frame|visual))[^.()\n]{0,30}?"
    r"\b(?P<d>left|right|gauche|droite|izquierda|derecha|links|rechts|lewo|prawo|sinistra|destra|esquerda|direita)\b"
    r"|\b(?:left|right|gauche|droite|izquierda|derecha|links|rechts|lewo|prawo|sinistra|destra|esquerda|direita)"
    r"\b[^.()\n]{0,20}?\b(?:keys?|touches?|teclas?|tasten?|klawisz\w*|toets(?:en)?|tasti?)\b"
    r"|\b(?:keyboard|qwerty|qwertz|azerty|tastatur|clavier|teclado|klawiatur\w*)[- ](?:shift|offset|shifted|verschoben|d[ée]cal[ée]|desplazado)",
    re.IGNORECASE)
_KEY_SIDES = ("left", "right", "gauche", "droite", "izquierda", "derecha", "links", "rechts", "lewo", "prawo",
              "sinistra", "destra", "esquerda", "direita", "shift", "offset", "verschoben", "cal", "desplaz")
#: QWERTY, QWERTZ and AZERTY letter rows; a typed key read back one key the other way (wrapping round at a
#: row's end, or not: writers do both).
_LAYOUTS = {"qwerty": ("qwertyuiop", "asdfghjkl", "zxcvbnm"), "qwertz": ("qwertzuiop", "asdfghjkl", "yxcvbnm"),
            "azerty": ("azertyuiop", "qsdfghjklm", "wxcvbn")}


def _shift_tables(layout: str) -> list[tuple[str, dict, dict]]:
    """``(rule, table, alt)``: ``alt`` maps a decoded letter that may also be the row's end key as typed (a
    writer who does not wrap round keeps the end key: "naked" one key left is "bajws", and "a" reads "s" or
    "a"); empty for the tables that wrap."""
    rows = _LAYOUTS[layout]
    out = []
    for side, step in (("left", -1), ("right", 1)):
        for wrap in (False, True):
            table = str.maketrans({r[i]: r[(i + step) % len(r)] for r in rows for i in range(len(r))
                                   if wrap or 0 <= i + step < len(r)})
            alt = {} if wrap else {(r[1] if step > 0 else r[-2]): (r[0] if step > 0 else r[-1]) for r in rows}
            out.append((f"keyboard_{layout}_{side}{'_wrap' if wrap else ''}", table, alt))
    return out


_SHIFTS = {k: _shift_tables(k) for k in _LAYOUTS}


def keyboard_stated(text: str) -> list[tuple[str, dict, dict]]:
    """Round 31: the one-key shift tables to try when ``text`` states a keyboard shift (both sides: "each key
    one to the right" says how it was typed or how to read it), the layouts it names (QWERTY otherwise)."""
    low = text[:MAX_SCAN].lower()
    if not (("key" in low or "touche" in low or "tecla" in low or "tast" in low or "klawi" in low or "toets" in low
             or "keyboard" in low or "qwert" in low or "azerty" in low or "clavier" in low or "teclado" in low)
            and any(w in low for w in _KEY_SIDES)) or _KEYS_HINT.search(low) is None:
        return []
    named = [k for k in _LAYOUTS if k in low]
    return [t for k in (named or ["qwerty"]) for t in _SHIFTS[k]]


#: Round 31: a stated filler ("(drop every x between letters)", "ignore the q's", "remove all the *",
#: "filler letter: z"): the character it names (any letter or symbol, quoted or not).
_FILLER_HINT = re.compile(
    r"\b(?:drop|remove|delete|ignore|skip|strip|discard|cut|take out|erase|lose)(?: out)? (?:every|each|all(?: of)?(?: the)?|the|any)"
    r" ?['\"\u2018\u201c]?(?P<f>[^\s'\"\u2019\u201d])['\"\u2019\u201d]?(?:'?s)?(?=[\s),;:.]|$)"
    r"|\b(?:filler|padding|junk|dummy|decoy|noise)(?: letter| character| char| symbol)?(?: is|:|=)? ?['\"\u2018\u201c]?"
    r"(?P<g>[^\s'\"\u2019\u201d])['\"\u2019\u201d]?(?=[\s),;:.]|$)"
    r"|\b(?:enl[eè]ve|supprime|ignore|retire|quita|elimina|ignora|borra|entferne|ignoriere|streiche|rimuovi|togli|remova|ignore)"
    r" (?:chaque|tous les|toutes les|les|le|cada|todas las|las|la|jedes|alle|das|ogni|tutte le|le|todos os|os|o)"
    r" ['\"\u2018\u201c\u00ab]?(?P<h>[^\s'\"\u2019\u201d\u00bb])['\"\u2019\u201d\u00bb]?(?=[\s),;:.]|$)",
    re.IGNORECASE)
_FILLER_WORDS = ("drop", "remov", "delet", "ignor", "skip", "strip", "discard", "cut", "take out", "erase", "lose",
                 "filler", "padding", "junk", "dummy", "decoy", "noise", "enl", "supprim", "retire", "quita", "elimina",
                 "borra", "entfern", "streich", "rimuov", "togli")
#: Filler streams read per text at most; fewest letters a stream keeps.
MAX_FILLED, MIN_FILLED = 4, 8


def filler_runs(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Round 31: ``(start, end, reading, "filler_stated:<c>")`` of each stream that carries the filler
    character ``c`` the text names between every two of its characters, spaces and punctuation included
    ("pxuxtx xmxyx" with "(drop every x between letters)" is "put my"); the reading keeps every other
    character. A stream: :data:`MIN_FILLED` characters or more kept, one regular-expression scan."""
    text = text[:MAX_SCAN]
    low = text.lower()
    if not any(w in low for w in _FILLER_WORDS):
        return
    fills = []
    for m in _FILLER_HINT.finditer(low):
        f = m.group("f") or m.group("g") or m.group("h")
        if f and f not in fills and not f.isdigit():
            fills.append(f)
        if len(fills) >= 2:
            break
    n = 0
    for f in fills:
        rx = re.compile(f"[^\\n](?:{re.escape(f)}[^\\n]){{{MIN_FILLED - 1},}}", re.IGNORECASE)
        for m in rx.finditer(text):
            keep = m.group()[::2]
            if sum(c.isalpha() and c.lower() != f for c in keep) >= MIN_FILLED:
                yield m.start(), m.end(), keep, f"filler_stated:{f}"
                n += 1
                if n >= MAX_FILLED:
                    return


def stated_runs(text: str, known, keys: list[str], keyed: bool) -> Iterator[tuple[int, int, str, str]]:
    """``(start, end, decoded text, rule)`` candidates of the stated-method ciphers of ``text`` (see the
    module docstring): at most one a method, the coded stretch whose decoding holds the most letters in
    listed words, and only when half its words are listed words. ``known``: the listed words (a
    container); ``keys``: the keys the text states; ``keyed``: whether it states them as keys ("key:
    lune", not "low-key")."""
    text = text[:MAX_SCAN]
    method = every_nth_method(text)
    vkeys = [k.lower() for k in keys if k.isascii() and k.isalpha()][:2] if keyed else []
    mirror = mirror_stated(text)
    yield from filler_runs(text)  # round 31: a stated filler between every two characters
    shifts = keyboard_stated(text)  # round 31: a stated keyboard shift, read like the stated mirror
    if method is None and not vkeys and not mirror and not shifts:
        return
    methods: list[tuple[str, Callable[[list[str]], list[str]]]] = []
    if method is not None:
        n = method[0]
        methods += [(f"every_{k + 1}_of_{n}", lambda ws, n=n, k=k: [w[k::n] for w in ws]) for k in method[1]]
    methods += [(f"vigenere:{key}", lambda ws, key=key: vigenere(ws, key)) for key in vkeys]
    if mirror:  # round 30: the stated Atbash is read at the structural share (names in it are no listed words)
        methods.append(("atbash", lambda ws: [w.translate(_ATBASH) for w in ws]))
    methods += [(rule, lambda ws, t=t, alt=alt: [_alternatives(w.translate(t), alt, known) if alt else w.translate(t)
                                                 for w in ws]) for rule, t, alt in shifts]
    from .persons.language import language_words  # the other languages' word lists (loaded once)

    others = language_words()
    best: dict[str, tuple[int, int, int, str]] = {}  # family -> (score, start, end, reading)
    rules: dict[str, str] = {}
    for run in _stretches(text, lambda w: w in known):
        words = [m.group().lower() for m in run]
        for rule, fn in methods:
            dec, part = fn(words), run
            if rule == "atbash" or rule.startswith("keyboard"):  # round 30: the coded stretch is where the mirror reads ("Ingrid, gzpv luu ...")
                i, j = 0, len(dec)
                while i < j and not (dec[i] in known or dec[i] in others):
                    i += 1
                while j > i and not (dec[j - 1] in known or dec[j - 1] in others):
                    j -= 1
                if j - i < 2:
                    continue
                dec, part = dec[i:j], run[i:j]
            hits = [w for w in dec if w in known or w in others]
            sc = sum(map(len, hits))
            family = rule.split(":")[0].split("_of_")[-1] if rule.startswith("every") else rule
            family = "keyboard" if rule.startswith("keyboard") else family
            if 2 * len(hits) >= len(dec) and sc > best.get(family, (0,))[0]:
                best[family] = (sc, part[0].start(), part[-1].end(), _rebuild(text, part, dec))
                rules[family] = rule
    for family, (_sc, a, b, reading) in best.items():
        yield a, b, reading, rules[family]
