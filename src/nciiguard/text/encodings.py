"""Writing systems and encodings that hide a word from a filter but not from a reader.

Why: a word filter reads letters; a person, and a language-model front end of an image generator,
also read ``&#110;&#117;&#100;&#101;`` (HTML character references), ``%6E%75%64%65`` (URL
encoding), ``\\u006e\\u0075de`` (escapes), ``⠝⠥⠙⠑`` (Braille), ``🇳🇺🇩🇪`` (regional indicator
letters), ``⒩⒰⒟⒠`` (parenthesised letters), ``ǝpnu`` (text turned upside down) and ``<b>nu</b>de``,
``n<i>u</i>de``, ``nu<!-- -->de`` (markup inside a word: a browser shows one word), and text in Unicode tag
characters (invisible, read by language models: "ASCII smuggling"). These are not
guesses: each has one reading, so this stage decodes them for every signal, before the character
stage of :func:`nciiguard.text.normalize.normalize`. Encodings that need a guess (base64, ROT13,
a word spelt in the NATO alphabet) are read against the lexicon only: :mod:`.cipher_words`.

Every decoded character carries the span of the whole encoded unit in the original (an entity, an
escape run, an upside-down run), so findings point at what the user typed. The stage costs one
regular-expression search when nothing is encoded, and is linear otherwise.
"""

from __future__ import annotations

import html
import re

__all__ = ["decode_encodings", "TURNED"]

#: Where decoding can start: an entity, a percent or backslash escape, or a character of the blocks
#: read here (Braille, regional indicators, parenthesised letters, turned letters).
_TRIGGER = re.compile(
    r"&#?\w{1,8};|%[0-9A-Fa-f]{2}|\\(?:[uUx][0-9A-Fa-f]{2}|[uxo]\{[0-9A-Fa-f]|033\[|e\[)|[\x1b\u0640][\[\s]|[\u2800-\u28ff\U0001F1E6-\U0001F1FF\u249c-\u24b5"
    r"\u0250\u01dd\u025f\u0183\u0265\u1d09\u027e\u029e\u026f\u0279\u0287\u028c\u028d\u028e]")

#: Markup inside a word: a run of HTML/XML tags and comments with a letter right before and right
#: after it ("<b>na</b>ked", "n<i>a</i>k<i>e</i>d", "na<!-- x -->ked") is read as nothing, so the
#: word's letters join as a browser shows them. Markup between words is left alone.
#: Prompt tags of image tools (``<lora:name:0.7>``) are not markup: the person readers read them.
#: Only runs of inline (phrasing) elements join letters. A run with a block or structural tag
#: (``</title><path id="..."/><desc>``, ``<br>``, ``<p>``) is left as written: it separates words, and
#: its attributes are text a model reads (the words hidden in an ``id`` or ``d`` stay visible to us).
_TAG_RUN = re.compile(r"(?<=[^\W\d_])(?:<!--[^<>]{0,200}?-->|</?(?!(?:lora|lyco|locon|hypernet|embedding|ti)\s*:)"
                      r"[A-Za-z][^<>]{0,100}>)+(?=[^\W\d_])", re.IGNORECASE)
#: Terminal colour codes, typed ("\\033[1;35m", "\\x1b[0m", "\\e[31m", "^[[1m") or as the escape
#: character itself: a terminal shows none of them, and glued to a word ("\\033[1;35mnsfw") they hide it
#: from a word filter. Read as a space (round 15).
_ANSI = re.compile(r"(?:\x1b|\\033|\\x1[bB]|\\u001[bB]|\\e|\^\[)\[[0-9;]{0,12}[A-Za-z]")
#: An Arabic word split by spaces with the joining stretch (tatweel) kept on both sides of the gap
#: ("عـ ـاريـ ـة" is "عارية"): the stretch says the letters join, so the gap is read as nothing.
_TATWEEL_GAP = re.compile(r"(?<=[\u0620-\u064A])\u0640+\s{1,3}\u0640*(?=[\u0620-\u064A])")
#: Unicode tag characters (U+E0020-U+E007E) mirror ASCII and show as nothing: text written in them is
#: invisible to a reader and to a word filter but not to a language-model front end ("ASCII
#: smuggling"). Two or more in a row are read as the ASCII they mirror, except inside an emoji tag
#: sequence (a subdivision flag: U+1F3F4 followed by tags and U+E007F), which is a flag.
#: Inline HTML elements: a browser shows text around them as one word.
_INLINE = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span strike "
                    "strong sub sup time tt u var wbr".split())
_TAG_NAME = re.compile(r"<\s*/?\s*([A-Za-z][\w-]{0,30})")
_TAG_CHARS = re.compile(r"(?<!\U0001F3F4)[\U000E0020-\U000E007E]{2,}(?!\U000E007F)")
_ANY_TAG_CHAR = re.compile(r"[\U000E0020-\U000E007E]")
#: Invisible characters an entity may spell ("&shy;", "&zwnj;"): decoded, so the character stage
#: removes them as it removes them typed.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
#: HTML character references: numeric (decimal, hex) and named.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,7});")
#: Two or more percent-escaped bytes in a row (one alone is "50%25" noise as often as not).
#: (Round 22: also one "%20" between letters, a URL's space: "?t0=shower%20glass%20naked".)
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}){2,}|(?<=[^\W\d_])%20(?=[^\W\d_])")
#: Runs of \uXXXX, \UXXXXXXXX and \xXX escapes; round 23: also the brace forms of Perl, Ruby, Rust,
#: Swift and ES6 (``\x{74}``, ``\x{263A}``, ``\u{1F600}``) and Perl's octal ``\o{164}``. Each has one
#: reading (a code point), so it is decoded like the other escapes; a benign one (``\x{263A}``, a smiley
#: in Perl code) decodes to its benign character.
_ESCAPE = re.compile(r"(?:\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\x[0-9A-Fa-f]{2}|\\[xu]\{[0-9A-Fa-f]{1,6}\}"
                     r"|\\o\{[0-7]{1,8}\})+")
_ONE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\x([0-9A-Fa-f]{2})|\\[xu]\{([0-9A-Fa-f]{1,6})\}"
                         r"|\\o\{([0-7]{1,8})\}")

#: Grade-1 Braille letters (dots 1-6), the patterns every Braille table shares.
_BRAILLE = dict(zip("⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵", "abcdefghijklmnopqrstuvwxyz"))
_BRAILLE["\u2800"] = " "  # the blank cell
#: Regional indicator symbols A-Z, three or more each parted from the next by an invisible
#: separator (so each shows as a letter): side by side, two of them are a flag (🇫🇷🇩🇪 is France
#: and Germany), and are left alone.
_RI = re.compile(r"(?:[\U0001F1E6-\U0001F1FF][\u200b-\u200d\u2060\ufe0f]+){2,}[\U0001F1E6-\U0001F1FF]")
_PAREN = {chr(0x249C + i): chr(0x61 + i) for i in range(26)}

#: Turned (upside-down) letters and the letters they stand for. A turned word is also written
#: right to left, and the ASCII letters inside it are turned too (``u`` is an ``n``, ``p`` a ``d``).
TURNED = {
    "\u0250": "a", "q": "b", "\u0254": "c", "p": "d", "\u01dd": "e", "\u025f": "f", "\u0183": "g",
    "\u0265": "h", "\u1d09": "i", "\u0131": "i", "\u027e": "j", "\u029e": "k", "l": "l", "\u026f": "m",
    "u": "n", "o": "o", "d": "p", "b": "q", "\u0279": "r", "s": "s", "\u0287": "t", "n": "u",
    "\u028c": "v", "\u028d": "w", "x": "x", "\u028e": "y", "z": "z",
}
#: Turned letters no alphabet writes as letters of its own: a word with one of them (and only
#: letters of :data:`TURNED`) is turned text. ``ɔ`` (Akan, Ewe) and ``ı`` (Turkish) are letters
#: of living alphabets, read as turned only inside such a word.
_TURNED_ONLY = frozenset("\u0250\u01dd\u025f\u0183\u0265\u1d09\u027e\u029e\u026f\u0279\u0287\u028c\u028d\u028e")
#: A word (letters of any alphabet) and the gap of spaces and light punctuation after it.
_WORD_GAP = re.compile(r"([^\W\d_]+)([ ,.!?'-]*)")

def _entity(m: re.Match[str]) -> str | None:
    out = html.unescape(m.group())
    if out in _INVISIBLE:
        return out
    # html maps an invalid code point (a surrogate, NUL) to U+FFFD: keep those as written
    return out if out != m.group() and out.isprintable() and "\ufffd" not in out else None


def _percent(m: re.Match[str]) -> str | None:
    raw = bytes(int(m.group()[i + 1:i + 3], 16) for i in range(0, len(m.group()), 3))
    try:
        out = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return out if out.isprintable() else None


def _escape(m: re.Match[str]) -> str | None:
    chars = []
    for e in _ONE_ESCAPE.finditer(m.group()):
        cp = int(e.group(5), 8) if e.group(5) else int(e.group(1) or e.group(2) or e.group(3) or e.group(4), 16)
        if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            return None
        chars.append(chr(cp))
    out = "".join(chars)
    return out if out.isprintable() else None


def _turned_runs(text: str):
    """``(start, end, reading)`` of every run of turned words: read right to left, letter by letter."""
    run: list[re.Match[str]] = []

    def close():
        if run:
            a, b = run[0].start(1), run[-1].end(1)
            piece = text[a:b]
            out.append((a, b, "".join(TURNED.get(c, c) for c in reversed(piece))))
            run.clear()

    out: list[tuple[int, int, str]] = []
    prev_end = -1
    for m in _WORD_GAP.finditer(text):
        w = m.group(1)
        turned = all(c in TURNED for c in w) and any(c in _TURNED_ONLY for c in w)
        if not turned or (run and m.start() != prev_end):
            close()
        if turned:
            run.append(m)
            prev_end = m.end()
    close()
    return out


#: Round 23: string literals joined by "+" (or "||", ".."), as in code: ``'mez'+'telen'`` is one word to a
#: reader and a model ("meztelen"), split for a word filter. Two to eight quoted pieces of up to 40
#: characters, one kind of quote each; read as the joined text (the quotes of the ends kept).
_CONCAT = re.compile(r"(['\"])([^'\"\n]{1,40})\1(?:[ \t]*(?:\+|\|\||\.\.)[ \t]*(['\"])[^'\"\n]{1,40}\3){1,7}")
#: A quote right before or after an operator (with or without a space): the test before the scan.
_CONCAT_OPS = ("'+", "' +", "+'", "+ '", '"+', '" +', '+"', '+ "', "'||", "' ||", '"||', '" ||', "'..", '"..')
_CONCAT_PIECE = re.compile(r"(['\"])([^'\"\n]{1,40})\1")


def _concat(m: re.Match[str]) -> str:
    pieces = [p.group(2) for p in _CONCAT_PIECE.finditer(m.group())]
    q = m.group(1)
    return q + "".join(pieces) + q


#: Round 22: one element closed and the next opened ("</span><span class=\"chip\">"): two siblings.
_CLOSE_OPEN = re.compile(r"</\s*[A-Za-z][\w-]{0,30}\s*>\s*<\s*[A-Za-z]")


def _sibling_phrases(text: str, m: re.Match[str]) -> bool:
    """Whether a run of inline tags parts two sibling elements that each hold a phrase (a space inside):
    a list of chips or tags (``<span class="chip">bare skin</span><span class="chip">lewd pose</span>``)
    shows as separate items, so the run reads as a space, not as nothing. A word cut into elements
    (``<span>na</span><span>ked</span>``) holds no space in its pieces and stays joined."""
    if _CLOSE_OPEN.search(m.group()) is None:
        return False
    before = text.rfind(">", max(0, m.start() - 200), m.start())
    after = text.find("<", m.end(), m.end() + 200)
    left = text[before + 1:m.start()] if before >= 0 else text[max(0, m.start() - 200):m.start()]
    right = text[m.end():after] if after >= 0 else text[m.end():m.end() + 200]
    return " " in left.strip() or " " in right.strip()


def decode_encodings(text: str) -> tuple[str, list[int], list[int]] | None:
    """``(decoded text, starts, ends)`` (each character's span in ``text``), or None when nothing
    in ``text`` is encoded (the common case: one regular-expression search)."""
    # markup and tag characters are tested apart: a letter class in the trigger made every prompt
    # pay ~3.5 microseconds for it
    markup = "<" in text and _TAG_RUN.search(text) is not None
    tagged = _ANY_TAG_CHAR.search(text) is not None
    concat = ("+" in text or "||" in text or ".." in text) and any(q in text for q in _CONCAT_OPS) \
        and _CONCAT.search(text) is not None
    if not markup and not tagged and not concat and _TRIGGER.search(text) is None:
        return None
    edits: list[tuple[int, int, str]] = []
    if concat:
        for m in _CONCAT.finditer(text):
            edits.append((m.start(), m.end(), _concat(m)))
    for opener, pat, read in (("&", _ENTITY, _entity), ("%", _PERCENT, _percent), ("\\", _ESCAPE, _escape)):
        if opener not in text:
            continue
        for m in pat.finditer(text):
            out = read(m)
            if out is None:
                continue
            if pat is _ESCAPE and len(out) > 1:
                # round 23: one code point per escape, each its own span (a run's characters all carrying
                # the whole run's span made the readers' work grow with the square of a long run: 48 s
                # for 16,000 characters of "\x74\x6f\x20")
                for e, ch in zip(_ONE_ESCAPE.finditer(text, m.start(), m.end()), out):
                    edits.append((e.start(), e.end(), ch))
            else:
                edits.append((m.start(), m.end(), out))
    if "[" in text:
        for m in _ANSI.finditer(text):
            edits.append((m.start(), m.end(), " "))
    if "\u0640" in text:
        for m in _TATWEEL_GAP.finditer(text):
            edits.append((m.start(), m.end(), ""))
    if markup:
        for m in _TAG_RUN.finditer(text):
            if all(name.lower() in _INLINE for name in _TAG_NAME.findall(m.group())):
                edits.append((m.start(), m.end(), " " if _sibling_phrases(text, m) else ""))
    if tagged:
        for m in _TAG_CHARS.finditer(text):
            edits.append((m.start(), m.end(), " " + "".join(chr(ord(c) - 0xE0000) for c in m.group()) + " "))
    for m in _RI.finditer(text):
        letters = "".join(chr(ord(c) - 0x1F1E6 + 0x61) for c in m.group() if "\U0001F1E6" <= c <= "\U0001F1FF")
        edits.append((m.start(), m.end(), letters))
    if any(c in _TURNED_ONLY for c in text):
        edits.extend(_turned_runs(text))
    for i, c in enumerate(text):
        if c in _BRAILLE or c in _PAREN:
            edits.append((i, i + 1, _BRAILLE.get(c) or _PAREN[c]))
    if not edits:
        return None
    edits.sort()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for s, e, repl in edits:
        if s < pos:
            continue  # overlapping readings: the first (leftmost) wins
        for i in range(pos, s):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        for ch in repl:
            out.append(ch)
            starts.append(s)
            ends.append(e)
        pos = e
    for i in range(pos, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return "".join(out), starts, ends
