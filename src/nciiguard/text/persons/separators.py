"""Names whose parts are joined by an odd separator or wrapped in template braces, and names written
in subscript or superscript letters, read as they would be written plainly (round 17).

A prompt hides a name from the word readers by what stands between its parts, not by the letters:
"Marta~Kowalczyk", "greta/van/der/linde", "Dagmar—Holmqvist", "אורנה—ברק", "सीमा~वर्मा",
"{{Lena}} on a bicycle", "~Marieke de Vries~ nude". The
readers take "~", "/" and dashes as one token or as punctuation between two items, so the pair is
never a pair and the name never stands at the start of its item. Subscript and small-capital letters
("ₘᵢᵣₐ ₖₒₛₜₐ") fold to plain lower-case letters, and a lower-case pair is no name to readers that
learn from capitals.

:func:`separated_variant` writes a same-length variant of the text: a separator between two letters
becomes a space, "{{" and "}}" and tildes around a word become spaces, and a word written in sub- or superscript letters
becomes its plain letters with a capital first. The person reader reads the variant only where the
text as written gave it no subject, and keeps only findings over a rewritten token
(``evidence.form`` = ``separated``), like :mod:`.recase` and :mod:`.script_joins`.

Which tokens: two to four parts of letters (a letter of any script and its combining marks) joined by
"~", "/", "—", "–", "‒" or "―" (in lower case, with a part that is no word of any language, written
Title-case: "ольга/смирнова"); never a path or a URL (a token holding ":", ".", a digit, "@" or "="),
never a network tag ("<lyco:...>"), and "/" only when no part is one letter ("w/o", "s/he") and the
token opens no path ("/imagine"). A network file name loses its extension, its network suffix and
its folders ("김민정.pt", "packs/dagmar-holm-lora" -> "dagmar-holm").
The module decides nothing about names: "black/white" and
"indoor~outdoor" are read again and stay words. Cost: one regular-expression search over the first
4,000 characters (a separator or a brace must be present); the second reading runs only when a token
was rewritten.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["separated_variant"]

_LIMIT = 4000
_SEPARATORS = "~/—–‒―"
_GATE = re.compile(r"[~/—–‒―]|\{\{|\}\}|[\u1d2c-\u1d6a\u2090-\u209c\u2c7c\u02b0-\u02b8\u02e1-\u02e4\u1da0-\u1dbf]"
                   r"|\.(?:pt|pth|ckpt|safetensors)\b|[-_](?:lora|lyco|loha)\b", re.IGNORECASE)
#: A run of non-space characters: the token a separator sits in.
_TOKEN = re.compile(r"\S+")
#: Sub- and superscript letters (modifier letters) that fold to one plain letter.
_SMALL = re.compile(r"[\u1d2c-\u1d6a\u2090-\u209c\u2c7c\u02b0-\u02b8\u02e1-\u02e4\u1da0-\u1dbf]")


def _letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def _split_parts(tok: str) -> list[str] | None:
    """The letter parts of a token joined only by separators, or None when it is anything else."""
    parts: list[str] = []
    cur: list[str] = []
    for ch in tok:
        if ch in _SEPARATORS:
            if not cur:
                return None
            parts.append("".join(cur))
            cur = []
        elif _letter(ch) or ch in "'’-":
            cur.append(ch)
        else:
            return None
    if not cur:
        return None
    parts.append("".join(cur))
    return parts if 2 <= len(parts) <= 4 else None


def _strip_wrap(tok: str) -> tuple[int, int]:
    """Offsets of the token without quotes and brackets around it ("'anna/berg'", "(a~b),")."""
    a, b = 0, len(tok)
    while a < b and tok[a] in "'\"‘’“”«»([{":
        a += 1
    while b > a and tok[b - 1] in "'\"‘’“”«»)]},.;:!?":
        b -= 1
    return a, b


#: Extensions of network files and the suffixes that name a file a network ("x.pt", "x-lora").
_FILE_EXT = (".safetensors", ".ckpt", ".pth", ".pt")
_NET_SUFFIX = ("-lora", "_lora", "-lyco", "_lyco", "-lycoris", "_lycoris", "-loha", "_loha")


def _model_file_name(tok: str, a: int, b: int) -> tuple[int, int] | None:
    """Offsets of the name inside a network file name or path ("김민정.pt", "packs/dagmar-holm-lora",
    "user12/박지현-lora"): without the extension, the network suffix and the folders before it."""
    low = tok[a:b].lower()
    end = b
    ext = next((e for e in _FILE_EXT if low.endswith(e)), None)
    if ext is not None:
        end -= len(ext)
    suffix = next((x for x in _NET_SUFFIX if tok[a:end].lower().endswith(x)), None)
    if suffix is not None:
        end -= len(suffix)
    if ext is None and suffix is None:
        return None
    start = tok.rfind("/", a, end) + 1 or a
    name = tok[start:end]
    if len(name) < 3 or not all(_letter(c) or c in "-_ '" for c in name):
        return None
    return start, end


def _small_word(word: str) -> str | None:
    """A word written mostly in sub- or superscript letters, as plain letters with a capital first."""
    small = len(_SMALL.findall(word))
    letters = sum(1 for c in word if c.isalpha())
    if small < 2 or small * 2 < letters:
        return None
    out = []
    for c in word:
        plain = unicodedata.normalize("NFKC", c) if _SMALL.match(c) else c
        if len(plain) != 1:
            return None
        out.append(plain)
    text = "".join(out).lower()
    return text[:1].upper() + text[1:]


def separated_variant(text: str, is_word=None) -> tuple[str, list[tuple[int, int]]] | None:
    """(variant, rewritten spans) of ``text`` with the separators, braces and small letters above
    written plainly (same length), or None when nothing was rewritten. ``is_word`` (folded word ->
    bool) lets a lower-case separated pair with a part that is no word be written Title-case."""
    head = text[:_LIMIT]
    if _GATE.search(head) is None:
        return None
    chars = list(text)
    spans: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(head):
        tok = m.group(0)
        s = m.start()
        if "<" in tok or ">" in tok or tok.startswith(("/", "http")):
            continue  # a network tag or a command ("/imagine"): their own readers read them
        rewritten = False
        for brace in ("{{", "}}"):
            q = tok.find(brace)
            while q >= 0:
                chars[s + q] = chars[s + q + 1] = " "
                rewritten = True
                q = tok.find(brace, q + 2)
        a, b = _strip_wrap(tok.replace("{{", "  ").replace("}}", "  "))
        if a < b and (tok[a] == "~" or tok[b - 1] == "~"):
            # a name wrapped in tildes ("~Marieke de Vries~"): the marks go, the letters stay
            if tok[a] == "~":
                chars[s + a] = " "
                a += 1
            if b > a and tok[b - 1] == "~":
                chars[s + b - 1] = " "
                b -= 1
            rewritten = True
        cut = _model_file_name(tok, a, b)
        if cut is not None:
            a2, b2 = cut
            for q in list(range(a, a2)) + list(range(b2, b)):
                chars[s + q] = " "
            a, b = a2, b2
            rewritten = True
        core = tok[a:b]
        if core and any(c in _SEPARATORS for c in core) and not any(c in ":.@=#&%+" or c.isdigit() for c in core):
            parts = _split_parts(core)
            if parts is not None and not ("/" in core and min(len(p) for p in parts) < 2):
                for q, ch in enumerate(core):
                    if ch in _SEPARATORS:
                        chars[s + a + q] = " "
                if is_word is not None and core.islower() and any(
                        len(p) >= 3 and not is_word(p) for p in parts):
                    # a lower-case handle-like pair ("ольга/смирнова"): the parts as a name is written,
                    # when one of them is no word of any language ("black/white" stays as it is)
                    q = 0
                    for p in parts:
                        if len(p) >= 3:
                            chars[s + a + q] = p[0].upper() if len(p[0].upper()) == 1 else p[0]
                        q += len(p) + 1
                rewritten = True
        small = _small_word(core) if core and _SMALL.search(core) else None
        if small is not None and len(small) == len(core):
            chars[s + a:s + b] = list(small)
            rewritten = True
        if rewritten:
            spans.append((s, m.end()))
    if not spans:
        return None
    return "".join(chars), spans
