"""Classic ciphers and encodings of a whole phrase that :mod:`.phrase_decode` reads (round 16).

Why: a "decode this and draw it" prompt hides its request in any encoding a language model can undo,
and the model front end of an image generator undoes it. Round 15 read bytes (base64, hex, binary,
decimal codes), spelt letters and word games; this module finds the other classic forms:

- *escaped bytes*: octal escapes (``\\156\\165``), and, as carriers of a second layer only, the escapes
  :mod:`.encodings` reads on its own (``%6E``, ``\\x6e``, ``\\u006e``, ``&#110;``, ``&#x6e;``): a
  percent-encoded Caesar shift is read here, a percent-encoded plain phrase there;
- *base85*: Ascii85 between Adobe's ``<~ ~>``; plain Ascii85, RFC 1924 base85 and Z85 tokens only when the
  prompt names the encoding ("base85", "ascii85", "z85");
- *base64 in groups*: base64 written in groups of four characters parted by spaces, joined first;
- *letter squares*: Polybius / tap-code pairs written ``4,4 2,3`` or ``44 23`` (one pair a letter, words
  parted by ``/``, ``|`` or two spaces; the I/J grid and the tap-code grid with C for K are both tried);
- *phone multitap*: ``8 44 33 0 ...`` (a key pressed once per letter step, ``0`` a space);
- *Bacon's cipher*: five-letter groups of A/B (either case), the 24- and the 26-letter alphabets;
- *rail fence*: two to four rows written ``row1 | row2 | row3`` (the rows' lengths must fit the fence);
- *clause segments*: a clause of words most of which are no listed words, for the readers that turn a
  whole clause (its characters right to left, a Caesar shift kept across capitals and commas).

Each finder is gated by a cheap test (a character present) and bounded (:data:`MAX_CODE` characters
of a run, :data:`MAX_OUT` characters of output); each yields ``(start, end, payload, rule)`` with the
payload bytes or text. Nothing here decides whether a payload reads as language: that is
:mod:`.phrase_decode`'s word-share test, the same for every decoder. A random substitution alphabet
with no key stated is not read.

Round 22 adds: Ascii85 and RFC 1924 base85 with neither frame nor name (a token whose decoded bytes are
four-fifths letters, spaces and sentence marks), vowels written as digits
(:func:`.symbol_ciphers.vowel_digit_runs`), halves interleaved around ``+ & ^ ~ *``
(:func:`.keyed_ciphers.interleave_marked`) and, behind a decode instruction, keyword (keyed) alphabets
with no key stated (:func:`.gated_ciphers.keyword_runs`).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections import Counter
from itertools import product
from typing import Iterator, Union
from urllib.parse import unquote_to_bytes

from .cipher_math import _alternatives, _row_lengths  # noqa: F401  (gated_ciphers.py, keyed_ciphers.py use them too)
from .base_codes import BASE_RULES, base_code_runs, z85
from .decode_instructions import decode_instruction
from .letter_games import letter_game_runs
from .symbol_ciphers import symbol_runs, vowel_digit_runs
from .leet_phrases import leet_phrase_runs
from .symbol_groups import GROUP_LAYERED, symbol_group_runs
from .phrase_runs import ROT47 as _ROT47, ROT47_WORD as _PLAIN, code_run, longest_run
from .spelled_codes import spelled_code_runs
from .transpositions import transposed_runs

__all__ = ["classic_runs", "clause_segments", "fold_styled", "CARRIERS", "LAYERED", "MAX_CODE", "MAX_OUT", "MAX_RUNS"]

#: Characters of one coded run read at most (a longer run is read up to here).
MAX_CODE = 3000
#: Characters of one decoded payload kept at most.
MAX_OUT = 1200
#: Runs read per text at most: a prompt holds one or two coded runs; a flood of them is read in part.
MAX_RUNS = 24
#: Rules whose payload is bytes or escaped text, which may hold a second layer (base64 of a rail fence).
LAYERED = frozenset({"octal", "percent", "escapes", "entities", "ascii85", "base85", "z85", "base64_groups",
                     "css_escapes", "hex", "binary", "decimal", *BASE_RULES, *GROUP_LAYERED})
#: Rules whose payload :mod:`.encodings` decodes on its own: a plain reading of them is left to it.
CARRIERS = frozenset({"percent", "escapes", "entities"})

Payload = Union[bytes, str]
_ABC = "abcdefghijklmnopqrstuvwxyz"

# --- escaped bytes ------------------------------------------------------------------------------
_OCTAL = re.compile(r"(?:\\[0-3][0-7]{2}){4,2000}")
#: Octal character codes parted by spaces or commas ("156 141 153"): read only when every number is
#: octal and one is a space; their decimal reading is :mod:`.phrase_decode`'s and fails on 040. Round 34:
#: the codes below 100 written without their leading zero too ("155 171 40 156", what most converters
#: print); the pattern is :func:`.phrase_runs.code_run`'s in base 8.
_OCTAL_SPACED = code_run(8, 6, 1501)
#: A space in octal, "040" or "40", as a code of its own.
_OCTAL_SPACE = re.compile(r"(?<![\w.])0?40(?![\w.])")
#: Hex bytes written with a "0x" prefix ("0x6e 0x61", "0x6e,0x61").
_HEX_PREFIXED = re.compile(r"(?<![\w])0[xX][0-9A-Fa-f]{2}(?:[ ,]{1,2}0[xX][0-9A-Fa-f]{2}){3,1500}(?![\w])")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}){6,2000}")
_ESCAPES = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}){6,2000}")
_ENTITIES = re.compile(r"(?:&#[xX][0-9A-Fa-f]{1,6};|&#[0-9]{1,7};){6,2000}")

# --- base85 -------------------------------------------------------------------------------------
_A85_ADOBE = re.compile(r"<~([!-uz\s]{5,6000})~>")
_B85_NAMED = re.compile(r"(?<![\w])(?:base|ascii|a|b|z)[ -]?85\b", re.IGNORECASE)
_B85_TOKEN = re.compile(r"(?<!\S)[!-~]{15,6000}(?!\S)")
#: Round 22: an unnamed Ascii85 (or RFC 1924 base85) token: 20+ printable characters, whole between spaces.
_A85_BARE = re.compile(r"(?<!\S)[!-~]{20,6000}(?!\S)")
_A85_BARE_GATE = re.compile(r"[!-~]{20}")
_A85_MARK = re.compile(r"[!-/:-@\[-`]")
_A85_UPPER = re.compile(r"[A-Z]")
_A85_LOWER = re.compile(r"[a-z]")
#: Unnamed Ascii85 tokens decoded per text at most.
MAX_BARE85 = 8


def _text_share(raw: bytes) -> float:
    """Share of ``raw`` that is letters, spaces or the marks of a sentence (what text decodes to)."""
    n = sum(1 for v in raw if 97 <= v <= 122 or 65 <= v <= 90 or v in (32, 39, 44, 45, 46, 40, 41, 33, 63, 58))
    return n / len(raw)

# --- base64 in groups of four -------------------------------------------------------------------
_B64_GROUPS = re.compile(r"(?<![\w+/=])[A-Za-z0-9+/]{3,12}(?: [A-Za-z0-9+/]{3,12}){2,1500}(?: ?[A-Za-z0-9+/]{0,11}={1,2})?"
                         r"(?![\w+/=])")
_UPPER_OR_DIGIT = re.compile(r"[A-Z0-9+/]")
#: Base64 of text turns from lower to upper case inside its groups ("bG90", "aXQg"): a run of groups
#: holds such a turn (prose seldom does: "iPhone", "YouTube").
_B64_GATE = re.compile(r"[a-z][A-Z]")

# --- letter squares, multitap, Bacon ------------------------------------------------------------
#: One letter token of a run, then a separator: a word break ("/", "|", two spaces) or a letter break.
_WORD_SEP = r"(?: ?[/|] ?|  +)"
_PAIR = r"[1-5][,.-]?[1-5]"
_PAIRS = re.compile(rf"(?<![\w,.-]){_PAIR}(?:(?:{_WORD_SEP}| ){_PAIR}){{3,1500}}(?![\w,-])")
#: Polybius square with I and J in one cell; the tap code's square has C and K in one.
_GRID_IJ = "abcdefghiklmnopqrstuvwxyz"
_GRID_CK = "abcdefghijlmnopqrstuvwxyz"
_TAPS = re.compile(rf"(?<![\w-])(?:[02-9]{{1,4}})(?:(?:{_WORD_SEP}|[ -])[02-9]{{1,4}}){{5,1500}}(?![\w-])")
_KEYPAD = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
_BACON = re.compile(rf"(?<![\w])(?:[AB]{{5}}(?:(?:{_WORD_SEP}| )[AB]{{5}}){{2,1500}}"
                    rf"|[ab]{{5}}(?:(?:{_WORD_SEP}| )[ab]{{5}}){{2,1500}}"
                    rf"|[01]{{5}}(?:(?:{_WORD_SEP}| )[01]{{5}}){{2,1500}})(?![\w])")
#: Round 21: Bacon with each word's quintets joined into one token ("AABAAABABB ABBAA"): tokens of 5-200
#: A/B letters, every one a multiple of five long, one of them two quintets or more (so the quintet runs
#: above keep theirs).
_BACON_JOINED = re.compile(r"(?<![\w])(?:[AB]{5,200}(?: {1,2}[AB]{5,200}){1,80}|[ab]{5,200}(?: {1,2}[ab]{5,200}){1,80})(?![\w])")
#: Bacon's first alphabet has 24 letters (I/J and U/V share a code); the later one has 26.
_BACON24 = "abcdefghiklmnopqrstuwxyz"
#: A letter a square or the 24-letter alphabet writes for another ("naced" is "naked" in tap code).
_ALT = {"ij": {"i": "j"}, "ck": {"c": "k"}, "bacon24": {"i": "j", "u": "v"}}

# --- rail fence ---------------------------------------------------------------------------------
#: Runs of rows read per text at most (a table of pipes is many runs, each tried in up to 27 layouts).
MAX_FENCES = 8
_RAIL_LINE = {"|": re.compile(r"[^\n|]{1,600}(?:\|[^\n|]{1,600}){1,3}"),
              "/": re.compile(r"[^\n/]{1,600}(?: / [^\n/]{0,599}[^\n/ ]){1,3}"),
              "\u2016": re.compile(r"[^\n\u2016]{1,600}(?:\u2016[^\n\u2016]{1,600}){1,3}")}  # a row ends before " / "
#: Where a fence's first row may start and its last row end: a quote, a bracket, a colon ...
_RAIL_EDGE = re.compile(r"[\"'`()\[\]{}:<>\n]")
_RAIL_EDGE_RIGHT = re.compile(r"[\"`()\[\]{}:<>\n]")

# --- clause segments ----------------------------------------------------------------------------
#: A clause: letters, digits and the punctuation a coded clause keeps inside it.
_CLAUSE = re.compile(r"[A-Za-z0-9 ,'\-]{6,}")
_WORDS = re.compile(r"[A-Za-z]+")

# --- styled letters -----------------------------------------------------------------------------
#: Fullwidth, circled and small-capital letters: one ASCII letter each, so the run's spans stay.
_STYLED_GATE = re.compile("[\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9\u1d00-\u1d22\ua730\ua731\u0280\u026a\u0299"
                          "\u0262\u029c\u029f\u0274\u0276\u0281\u028f\U0001F130-\U0001F189]")
_SMALL_CAPS = dict(zip("ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ", "abcdefghijklmnoprstuvwyz"))
_STYLED: dict[int, str] = {}
for _i in range(26):
    _STYLED[0xFF21 + _i] = chr(0x41 + _i)
    _STYLED[0xFF41 + _i] = chr(0x61 + _i)
    _STYLED[0x24B6 + _i] = chr(0x41 + _i)
    _STYLED[0x24D0 + _i] = chr(0x61 + _i)
    for _base in (0x1F130, 0x1F150, 0x1F170):  # squared, negative circled, negative squared capitals
        _STYLED[_base + _i] = chr(0x61 + _i)
for _k, _v in _SMALL_CAPS.items():
    _STYLED[ord(_k)] = _v
_STYLED[ord("ǫ")] = "q"
_STYLED[0x1D21] = "w"


def fold_styled(text: str) -> str:
    """``text`` with fullwidth, circled and small-capital letters as ASCII letters, one for one (so a
    coded run written in them is found where it stands). Unchanged when none is present."""
    if not _STYLED_GATE.search(text):
        return text
    return text.translate(_STYLED)


def _escaped(text: str) -> Iterator[tuple[int, int, Payload, str]]:
    if "\\" in text:
        for m in _OCTAL.finditer(text, 0, len(text)):
            body = m.group()[:MAX_CODE]
            yield m.start(), m.end(), bytes(int(x, 8) for x in body.split("\\")[1:] if x), "octal"
        for m in _ESCAPES.finditer(text):
            body = m.group()[:MAX_CODE]
            s = re.sub(r"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})",
                       lambda x: chr(int(x.group(1) or x.group(2), 16)), body)
            yield m.start(), m.end(), s, "escapes"
    if "40" in text and _OCTAL_SPACE.search(text):  # a space in octal: spaced octal codes
        for m in _OCTAL_SPACED.finditer(text):
            if _OCTAL_SPACE.search(m.group()):
                yield m.start(), m.end(), bytes(int(x, 8) for x in re.findall(r"\d+", m.group()[:MAX_CODE])), "octal"
    if "0x" in text or "0X" in text:
        for m in _HEX_PREFIXED.finditer(text):
            yield m.start(), m.end(), bytes(int(x, 16) for x in re.findall(r"[xX]([0-9A-Fa-f]{2})", m.group()[:MAX_CODE])), "hex"
    if "%" in text:
        for m in _PERCENT.finditer(text):
            yield m.start(), m.end(), unquote_to_bytes(m.group()[:MAX_CODE]), "percent"
    if "&#" in text:
        for m in _ENTITIES.finditer(text):
            yield m.start(), m.end(), html.unescape(m.group()[:MAX_CODE]), "entities"


def _base85(text: str) -> Iterator[tuple[int, int, Payload, str]]:
    if "<~" in text:
        for m in _A85_ADOBE.finditer(text):
            try:
                yield m.start(), m.end(), base64.a85decode(m.group(1)[:MAX_CODE], ignorechars=" \t\r\n"), "ascii85"
            except (ValueError, binascii.Error):
                pass
    named = "85" in text and _B85_NAMED.search(text) is not None
    if not named and _A85_BARE_GATE.search(text):
        # round 22: Ascii85 with neither its "<~ ~>" nor its name ("decode first: @3B2sEblk1Ec5e;D0[7F..."):
        # a token of 20+ characters of its alphabet with marks and letters of both cases among them; kept
        # only when four in five bytes are letters or spaces (a hash, a URL or a key decodes to no text)
        for k, m in enumerate(_A85_BARE.finditer(text)):
            if k >= MAX_BARE85:
                break
            tok = m.group()[:MAX_CODE]
            if not (_A85_MARK.search(tok) and _A85_UPPER.search(tok) and _A85_LOWER.search(tok)):
                continue
            for name, fn in (("ascii85", base64.a85decode), ("base85", base64.b85decode)):  # RFC 1924's too
                try:
                    raw = fn(tok)
                except (ValueError, binascii.Error):
                    continue
                if raw and _text_share(raw) >= 0.8:
                    yield m.start(), m.end(), raw, name
                    break
    if named:
        for m in _B85_TOKEN.finditer(text):
            tok = m.group()[:MAX_CODE]
            for name, fn in (("ascii85", lambda t: base64.a85decode(t)), ("base85", base64.b85decode),
                             ("z85", z85)):
                try:
                    raw = fn(tok)
                except (ValueError, binascii.Error):
                    raw = None
                if raw:
                    yield m.start(), m.end(), raw, name


def _b64_groups(text: str) -> Iterator[tuple[int, int, Payload, str]]:
    if not _B64_GATE.search(text):
        return
    for m in _B64_GROUPS.finditer(text):
        g = m.group()
        if not _UPPER_OR_DIGIT.search(g) or g.islower():
            continue  # base64 of text mixes cases: words of prose are no groups
        widths = {len(x) for x in g.rstrip("=").split(" ")[:-1]}
        if len(widths) != 1:
            continue  # groups of one width (the last one shorter): prose has words of every length
        t = g.replace(" ", "")[:MAX_CODE // 4 * 4].rstrip("=")
        if len(t) % 4 == 1:
            continue
        try:
            yield m.start(), m.end(), base64.b64decode(t + "=" * (-len(t) % 4)), "base64_groups"
        except (ValueError, binascii.Error):
            pass


def _split_words(run: str, letter_seps: str = " -") -> list[list[str]]:
    """Tokens of a run, in words: word breaks are "/", "|", two spaces or a "0" token; letters are
    parted by one of ``letter_seps``."""
    words: list[list[str]] = [[]]
    for part in re.split(r"( ?[/|] ?|  +| |-)" if "-" in letter_seps else r"( ?[/|] ?|  +| )", run):
        if not part or part in (" ", "-"):
            continue
        if part.strip() in ("/", "|", "") or part == "0":
            if words[-1]:
                words.append([])
        else:
            words[-1].append(part)
    return [w for w in words if w]




def _best(readings: list[tuple[list[str], str]], known) -> tuple[str, str]:
    """The reading (words joined, rule) with the most listed words."""
    def score(r):
        return sum(w in known for w in r[0])
    words, rule = max(readings, key=score)
    return " ".join(words)[:MAX_OUT], rule


def _squares(text: str, known) -> Iterator[tuple[int, int, Payload, str]]:
    for m in _PAIRS.finditer(text):
        words = _split_words(m.group()[:MAX_CODE], " ")
        idx = [[(int(p[0]) - 1) * 5 + int(p[-1]) - 1 for p in w] for w in words]
        readings = []
        for rule, grid in (("polybius_pairs", _GRID_IJ), ("tap_code", _GRID_CK)):
            alt = _ALT["ij" if grid is _GRID_IJ else "ck"]
            readings.append(([_alternatives("".join(grid[i] for i in w), alt, known) for w in idx], rule))
        s, rule = _best(readings, known)
        yield m.start(), m.end(), s, rule


def _multitap(text: str) -> Iterator[tuple[int, int, Payload, str]]:
    for m in _TAPS.finditer(text):
        words = _split_words(m.group()[:MAX_CODE])
        out = []
        for w in words:
            letters = []
            for tok in w:
                keys = _KEYPAD.get(tok[0])
                if keys is None or tok != tok[0] * len(tok) or len(tok) > len(keys):
                    break
                letters.append(keys[len(tok) - 1])
            else:
                out.append("".join(letters))
                continue
            break
        else:
            if len(out) >= 2:
                yield m.start(), m.end(), " ".join(out)[:MAX_OUT], "multitap"


def _bacon_words(text: str) -> Iterator[tuple[re.Match[str], list[list[str]]]]:
    """The quintet runs (a word's quintets as tokens) and, round 21, the runs of joined quintets (a word
    a token), each with its words as lists of quintets."""
    for m in _BACON.finditer(text):
        yield m, _split_words(m.group()[:MAX_CODE].upper().replace("0", "A").replace("1", "B"))
    for m in _BACON_JOINED.finditer(text):
        toks = m.group()[:MAX_CODE].upper().split()
        if all(len(t) % 5 == 0 for t in toks) and any(len(t) >= 10 for t in toks):
            yield m, [[t[i:i + 5] for i in range(0, len(t), 5)] for t in toks]


def _bacon(text: str, known) -> Iterator[tuple[int, int, Payload, str]]:
    for m, words in _bacon_words(text):
        codes = [[int(g.replace("A", "0").replace("B", "1"), 2) for g in w] for w in words]
        readings = []
        if all(c < 26 for w in codes for c in w):
            readings.append((["".join(_ABC[c] for c in w) for w in codes], "bacon26"))
        if all(c < 24 for w in codes for c in w):
            readings.append(([_alternatives("".join(_BACON24[c] for c in w), _ALT["bacon24"], known)
                              for w in codes], "bacon24"))
        if readings:
            s, rule = _best(readings, known)
            yield m.start(), m.end(), s, rule




def _unfence(rows: list[str]) -> str:
    n = len(rows)
    length = sum(map(len, rows))
    cycle = 2 * (n - 1)
    pos = [0] * n
    out = []
    for i in range(length):
        k = i % cycle
        r = k if k < n else cycle - k
        out.append(rows[r][pos[r]])
        pos[r] += 1
    return "".join(out)


def _fence_rows(left: str, mid: list[str], right: str, n: int, whole_right: str) -> Iterator[tuple[str, list[str], str]]:
    """(first row, inner rows, last row) of every fence of ``n`` rows the parts fit. The inner rows
    are whole; the first row is the end of ``left`` and the last the start of ``right``, cut to the
    length the fence gives them. A row's edge space may have been lost where the rows were joined
    with " | ", so each joint is also tried with a space at the end of the row before or the start of
    the row after it (3^(n-1) layouts, n <= 4)."""
    cycle = 2 * (n - 1)
    for joints in product((0, 1, 2), repeat=n - 1):
        inner = [(" " if joints[i] == 2 else "") + row + (" " if joints[i + 1] == 1 else "")
                 for i, row in enumerate(mid)]
        tail_first = " " if joints[0] == 1 else ""
        head_last = " " if joints[-1] == 2 else ""
        if n == 2:
            lengths = range(2, len(left) + len(right) + 3)
        else:  # an inner row holds about 2/cycle of the text: a few lengths around that
            guess = len(inner[0]) * cycle // 2
            lengths = range(max(2, guess - cycle), guess + cycle + 1)
        for length in lengths:
            rows = _row_lengths(n, length)
            if rows[1:-1] != [len(x) for x in inner]:
                continue
            k0, k1 = rows[0] - len(tail_first), rows[-1] - len(head_last)
            if not 0 < k0 <= len(left) or not 0 < k1 <= len(right):
                continue
            if n == 2 and k0 != len(left.lstrip()) and k1 not in (len(whole_right), len(whole_right.rstrip())) \
                    and not (k0 < len(left) and left[-k0 - 1] == " " and k1 < len(right) and right[k1] == " "):
                continue  # two rows: nothing inside fixes the length: one row whole, or both cut at words
            first, last = left[len(left) - k0:], right[:k1]
            if first.startswith(" ") or (last.endswith(" ") and right[k1:].strip()):
                continue  # a row cut at a space: the fence starts and ends at a word (or the line's end)
            yield first + tail_first, inner, head_last + last


def _rail_fence(text: str, known, sep: str = "|") -> Iterator[tuple[int, int, Payload, str]]:
    """Fences written row by row with ``sep`` ("|", or " / ") between rows (see :func:`_fence_rows`);
    per run of rows, the layout whose reading holds the most listed words."""
    for k, m in enumerate(_RAIL_LINE[sep].finditer(text)):
        if k >= MAX_FENCES:
            break
        parts = m.group().split(sep)
        n = len(parts)
        if any(not p.strip() for p in parts):
            continue
        pad_l = 1 if parts[0].endswith(" ") else 0
        pad_r = 1 if parts[-1].startswith(" ") else 0
        mid = [p[1:] if p.startswith(" ") else p for p in parts[1:-1]]
        mid = [p[:-1] if p.endswith(" ") else p for p in mid]
        left = parts[0][:len(parts[0]) - pad_l]
        right = whole_right = parts[-1][pad_r:]
        if m.end() == len(text) or text[m.end()] == "\n":
            right += "  "  # the line's end: spaces a last row ended with may have been trimmed
        if n == 2:  # nothing inside fixes a fence of two rows: it ends at a quote, a bracket, a colon ...
            e = _RAIL_EDGE.search(left[::-1])
            left = left[len(left) - e.start():] if e else left
            e = _RAIL_EDGE_RIGHT.search(right)  # an apostrophe after the bar is a letter's ("wife's" fenced)
            right = whole_right = right[:e.start()] if e else right
        best, score = None, 0
        for k, (first, inner, last) in enumerate(_fence_rows(left, mid, right, n, whole_right)):
            if k >= 64:
                break
            plain = _unfence([first, *inner, last])
            words = _WORDS.findall(plain)
            sc = sum(len(w) for w in words if w.lower() in known) / max(1, len(plain))
            if sc > score:
                a = m.start() + len(parts[0]) - pad_l - len(first.rstrip(" "))
                b = min(m.end(), m.end() - len(parts[-1]) + pad_r + len(last.lstrip(" ")))
                best, score = (a, b, " ".join(plain.split())[:MAX_OUT]), sc
        if score < 0.3 and sep != "|":  # no layout reads: perhaps a shifted text was fenced (read then)
            best = _shifted_fence(m, parts, pad_l, pad_r, _fence_rows(left, mid, right, n, whole_right), known) or best
        if best is not None:
            yield best[0], best[1], best[2], f"rail_fence{n}"


def _shifted_fence(m, parts, pad_l, pad_r, layouts, known):
    """The layout of a fence whose reading, shifted so its commonest letter is "e", "t", "a" or "o",
    holds the most letters of listed words (three words or more, a share of 0.3 or more: a Caesar shift
    fenced: :mod:`.phrase_decode` reads the shift). Most letters, not the highest share: a layout cut
    down to three letters reads as a word under some shift."""
    best, score = None, 0
    for k, (first, inner, last) in enumerate(layouts):
        if k >= 64:
            break
        plain = _unfence([first, *inner, last])
        letters = [c for c in plain.lower() if "a" <= c <= "z"]
        if not letters:
            continue
        # Every letter tied for commonest, in alphabet order: a set's order changes with the process's
        # hash seed, and a decision must not (round 17: "max(set(...))" read a fence in some processes
        # and not in others).
        counts = Counter(letters)
        top_n = max(counts.values())
        tops = sorted(c for c, n in counts.items() if n == top_n)[:4]
        for shift in dict.fromkeys((ord(target) - ord(top)) % 26 for top in tops for target in "etao"):
            table = str.maketrans(_ABC, _ABC[shift:] + _ABC[:shift])
            words = _WORDS.findall(plain.lower().translate(table))
            hits = [w for w in words if w in known]
            hit = sum(map(len, hits))
            # three different words: a flood of two letters ("aabba / ...") reads "on noon" under a shift
            if hit > score and hit >= 0.3 * len(plain) and len(set(hits)) >= 3:
                a = m.start() + len(parts[0]) - pad_l - len(first.rstrip(" "))
                b = min(m.end(), m.end() - len(parts[-1]) + pad_r + len(last.lstrip(" ")))
                best, score = (a, b, " ".join(plain.split())[:MAX_OUT]), hit
    return best


def classic_runs(text: str, known, inner: bool = False) -> Iterator[tuple[int, int, Payload, str]]:
    """``(start, end, payload, rule)`` of every run of ``text`` in one of the encodings above (payload:
    the bytes or text it decodes to, not yet judged), :data:`MAX_RUNS` at most. ``known``: the listed
    words, to choose between the readings of a square or a Bacon alphabet. ``inner``: ``text`` is the
    reading of a coded run (a second layer)."""
    for k, run in enumerate(_classic_runs(text, known, inner)):
        if k >= MAX_RUNS:
            break
        yield run


#: A run of ROT47 text: printable ASCII tokens parted by single spaces, punctuation among the letters
#: (ROT47 turns letters into "?2<65" and the like).
_ROT47_RUN = re.compile(r"(?<!\S)[!-~]{1,40}(?: [!-~]{1,40}){2,300}(?!\S)")
_BRACKETS = "[](){}"
_ROT47_GATE = re.compile(r"[!-/:-@\[-`{-~][!-~]*[!-/:-@\[-`{-~]")


def _rot47(text: str) -> Iterator[tuple[int, int, Payload, str]]:
    if not _ROT47_GATE.search(text):
        return
    for m in _ROT47_RUN.finditer(text):
        # the coded stretch: the longest stretch of tokens that ROT47 turns into words (the wrapper's
        # words, "decode:", "(rot47)", turn into marks)
        toks = m.group()[:MAX_CODE].split(" ")
        i, j = longest_run(_PLAIN.fullmatch(tok.translate(_ROT47))
                           or _PLAIN.fullmatch(tok.strip(_BRACKETS).translate(_ROT47)) for tok in toks)
        if j - i < 3:
            continue
        a = m.start() + sum(len(t) + 1 for t in toks[:i])
        g = " ".join(toks[i:j])
        b = a + len(g)
        # a bracket around the run ("[...]") is no part of it, unless ROT47 reads it as a letter's mark
        lead = 0 if _PLAIN.fullmatch(toks[i].translate(_ROT47)) else len(g) - len(g.lstrip(_BRACKETS))
        trail = 0 if _PLAIN.fullmatch(toks[j - 1].translate(_ROT47)) else len(g) - len(g.rstrip(_BRACKETS))
        a, b, g = a + lead, b - trail, g[lead:len(g) - trail]
        marks = sum(1 for c in g if not c.isalpha() and c != " ")
        if marks >= 0.3 * (len(g) - g.count(" ")):  # letters turn into digits and marks: prose has few
            yield a, b, g.translate(_ROT47), "rot47"


def _classic_runs(text: str, known, inner: bool) -> Iterator[tuple[int, int, Payload, str]]:
    yield from _escaped(text)
    yield from _base85(text)
    yield from base_code_runs(text)  # round 17: XOR, offset, Gray, UTF-16 bytes; base58, base45 ...
    yield from symbol_runs(text, known)  # round 17: Roman numerals, keycaps, number words, grid cells
    yield from symbol_group_runs(text, known)  # round 18: k-symbol byte groups, two-word Morse, selectors
    yield from spelled_code_runs(text, known)  # round 18: acrostics, letter positions, letter names
    digit_letters = _DIGIT_LETTER_GATE.search(text) is not None  # one scan for the two digit readers below
    if not inner and (digit_letters or "|" in text or _SYMBOL_LEET_GATE.search(text)):  # round 30: a whole phrase in leet
        yield from leet_phrase_runs(text, known)
    if digit_letters:  # round 22: vowels written as digits ("r2m4v2 1ll cl4th2s")
        yield from vowel_digit_runs(text, known, decode_instruction(text))
    if " " not in text:
        return
    yield from _b64_groups(text)
    if _SQUARE_GATE.search(text):
        yield from _squares(text, known)
    if _TAP_GATE.search(text):
        yield from _multitap(text)
    if _BACON_GATE.search(text):
        yield from _bacon(text, known)
    if "|" in text:
        yield from _rail_fence(text, known)
    if " / " in text:
        yield from _rail_fence(text, known, "/")
    if "\u2016" in text:  # "‖": even letters, then odd ones
        yield from _rail_fence(text, known, "\u2016")
    yield from _rot47(text)
    if decode_instruction(text):  # round 22: a keyword alphabet ("zebras") with no key stated
        from .gated_ciphers import keyword_runs  # (gated_ciphers imports this module)
        from .keyed_ciphers import name_block_capitalised

        for a, b, reading, rule in keyword_runs(text, known):
            yield a, b, name_block_capitalised(reading, known), rule
    if " + " in text or " & " in text or " ^ " in text or " ~ " in text or " * " in text:
        from .keyed_ciphers import interleave_marked  # (keyed_ciphers imports this module)

        yield from interleave_marked(text, known)  # round 22: even letters + odd letters
    yield from letter_game_runs(text, known)  # round 17: other keyboard layouts, Trithemius, vowel echoes
    yield from transposed_runs(text, known, inner)  # round 18: the text reversed in chunks of k characters


_SQUARE_GATE = re.compile(r"[1-5][,.-]?[1-5] ")
_DIGIT_LETTER_GATE = re.compile(r"[A-Za-z][0-9][A-Za-z]")
#: Round 34: a leet symbol inside a word ("$7r!p", "m@r3!k3"): symbol-heavy leet has few letter-digit-letter runs.
_SYMBOL_LEET_GATE = re.compile(r"[A-Za-z0-9][$@!(][A-Za-z0-9]|(?<![\w$])[$@][A-Za-z0-9]")
_TAP_GATE = re.compile(r"\b[2-9]{1,4} [02-9]")
_BACON_GATE = re.compile(r"[AB]{5}|[ab]{5}|[01]{5}")


def clause_segments(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """``(start, end, words)`` of each clause of three or more words (letters, digits, commas,
    apostrophes, hyphens and spaces; edges trimmed to a letter or digit), at most 800 characters
    each, in the first :data:`MAX_CODE` characters."""
    for m in _CLAUSE.finditer(text, 0, min(len(text), MAX_CODE)):
        g = m.group()
        a = m.start() + len(g) - len(g.lstrip(" ,'-"))
        b = m.start() + len(g.rstrip(" ,-"))
        for s in range(a, b, 800):
            e = min(b, s + 800)
            words = _WORDS.findall(text, s, e)
            if len(words) >= 3:
                yield s, e, words
