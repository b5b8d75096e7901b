"""Names written in Latin letters inside a field of another script, round 9 (issue 10).

Why: "оголене фото: Drake", "عکس لخت از Rajinikanth", "Elissa的裸照", "ベッドで裸のChow Yun-fat",
"คลิปโป๊ดีปเฟค Käärijä", "穿西装的Grigor Dimitrov肖像", "Tems کیوں مشہور ہیں؟": people write a foreign
name in its Latin spelling inside a prompt in their own script. The Latin readers look for a name among
the words of a Latin sentence (slots, capitals against the English dictionary, the subject) and find
no sentence here; the readers of the other scripts look only at their own letters. In such a field a
run of Latin words is a name, a brand, a loanword ("HD", "selfie", "deepfake") or a tag, and which of
these it is the Latin word lists can tell.

A run of one to four Latin words whose letters are bounded by no other Latin letter, in a field with
at least four letters of another script, is reported when it holds a name word:

* a given name or a census surname of the gazetteer that is no common English word
  ("kipchoge", "dimitrov", "nurhaliza");
* a capitalised word no common English word (amid another script a capital is a proper noun:
  "Lorde", "Käärijä", "Stromae", though French text uses the last), or a capitalised given name that
  also is an English word ("Drake", "Rain");
* an unknown word of at least four letters that the name-likeness model reads as a name ("diamond-
  platnumz", "kimkardashian", "galgadot": joined names included).

Never a name word: in lower case, an English dictionary word or a very common word (Zipf >= 5) of the
25 languages of the word table (rarer bands hold names frequent in a language's text: "nurhaliza"
in Malay); the sexual lexicon's words; prompt and tech jargon (``_NOT_NAMES``). Words of the run before the first
and after the last name word are left out of the span. Label ``full_name`` (two words or more) or
``name_in_slot`` (one), score 0.55; evidence ``kind = "latin_in_other_script"`` and the field's majority script.

Cost: one regex pass over at most ``MAX_SCAN`` characters and at most ``MAX_RUNS`` runs, each word a
set lookup or a cached model call: linear in the field.
"""

from __future__ import annotations

import re
import unicodedata

from ...findings import Finding
from .found import finding

__all__ = ["latin_names_in_other_script"]

MAX_SCAN = 4000
MAX_RUNS = 16
_LAT = r"A-Za-z\u00c0-\u00ff\u0100-\u024f"
_RUN_RE = re.compile(rf"(?<![{_LAT}])[{_LAT}]+(?:(?:[ '\-]|\.\s?)[{_LAT}]+){{0,3}}\.?(?![{_LAT}])")
_WORD_RE = re.compile(rf"[{_LAT}]+")
_UNIT_RE = re.compile(rf"[{_LAT}]+(?:['\-.][{_LAT}]+)*\.?")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
#: Jargon, tags and loanwords of prompts written in other scripts: never a name.
_NOT_NAMES = frozenset(
    """hd uhd fhd 4k 8k ai av nsfw sfw deepfake deep fake fake photo photos pic pics selfie selfies video clip
    png jpg jpeg gif webp raw ultra realistic realism hyper hyperrealistic photorealistic cinematic style
    anime manga cosplay lora lycoris sdxl flux midjourney stable diffusion prompt negative dslr canon nikon
    sony iphone samsung android instagram insta tiktok youtube facebook twitter onlyfans telegram whatsapp
    snapchat reddit discord google netflix disney marvel nike adidas gucci zara bikini lingerie topless nude
    sexy hot porn porno xxx sex ok okay pls plz please lol omg wow vs by of the and with in on at for
    cm kg km mm ml pm am tv dj mc ceo cv pdf url http https www com net org led lcd usb gps
    bike cartoon christmas sweater suit speech realistic sketch drawing painting portrait oil""".split()
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def _other_letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha() and ord(c) >= 0x0370 and not 0x1E00 <= ord(c) <= 0x1EFF)


def latin_names_in_other_script(nt, field: str, gaz, likeness, *, common_words=None, sexual_words=frozenset(),
                                script: str = "") -> list[Finding]:
    """``full_name`` / ``name_in_slot`` findings for Latin-spelt names in a field of another script."""
    original = nt.original
    text = original[:MAX_SCAN]
    if text.isascii() or _other_letters(text) < (2 if _CJK_RE.search(text) else 4):
        return []  # a Chinese or Japanese character is a word: two are a phrase
    out: list[Finding] = []
    for m in _RUN_RE.finditer(text):
        if len(out) >= MAX_RUNS:
            break
        # units: the run's words split at spaces ("Yun-fat", "A." stay one unit)
        units = [(u.start() + m.start(), u.end() + m.start(), u.group()) for u in _UNIT_RE.finditer(m.group())]
        flags = [any(_name_word(w, gaz, likeness, common_words, sexual_words) for w in _WORD_RE.findall(u))
                 for _, _, u in units]
        if not any(flags):
            continue
        # the span: the run without the jargon, tags and lexicon words at its edges ("Drake nude")
        keep = [f or not _edge_word(u, sexual_words) for f, (_, _, u) in zip(flags, units)]
        first = keep.index(True)
        last = len(keep) - 1 - keep[::-1].index(True)
        core = units[first : last + 1]
        start, end = core[0][0], core[-1][1]
        label = "full_name" if len(core) >= 2 else "name_in_slot"
        out.append(finding(label, 0.55, field, nt, start, end,
                           {"kind": "latin_in_other_script", "field_script": script, "case": "latin",
                            "source": "text"}))
    return out


def _common(code: int) -> bool:
    """A very common word of the word table (Zipf 5 or more) in some language: the rarer bands hold
    the names frequent in that language's text ("nurhaliza" is Zipf 4 in Malay)."""
    while code:
        if code & 3 == 3:
            return True
        code >>= 2
    return False


def _edge_word(unit: str, sexual_words) -> bool:
    """A word left out at the edges of a run: jargon, a tag or a lexicon word."""
    w = _fold(unit.rstrip("."))
    return w in _NOT_NAMES or w in sexual_words or len(w) < 2


def _name_word(word: str, gaz, likeness, common_words, sexual_words) -> bool:
    w = _fold(word)
    if len(w) < 2 or w in _NOT_NAMES or w in sexual_words:
        return False
    cap = word[0].isupper() and not word.isupper() or (word.isupper() and len(word) >= 4 and w in gaz.first)
    if gaz.is_common_word(w):
        return cap and (w in gaz.first or w in gaz.first_word_names)
    if w in gaz.first or w in gaz.surname_rank:
        return True
    if gaz.is_known(w) or common_words is not None and _common(common_words.get(w, 0)):
        return cap  # a word of some language: a name only when capitalised ("Stromae", "Lorde")
    return cap or (len(w) >= 4 and likeness.prob(w) >= 0.5)
