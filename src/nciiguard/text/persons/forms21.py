"""Name forms of round 21 (issue 10): a name written so that no list or capital reads it.

Run by :class:`.reader.PersonReader` after the round-20 forms (:mod:`.forms20`), only where the
obfuscated run is not covered by a person read already. Two kinds of reading, as in :mod:`.forms20`:

A variant of the text (:func:`variant`), read again by all the readers (only findings over a rewritten
run are kept), where each obfuscated run is written as a plain capitalised name:

- letters reversed ("renhcriK anitsirC", "iksvotarukS-averefuJ airaM", "reuaB ed ocraM"): a run of 2-4
  words each of which ends in its only capital letter after two or more lower-case letters (every part
  of a hyphened word the same; a reversed particle "ed", "nav" may stand between two); the run is
  reversed as a whole, which also puts the words back in order;
- a dot between every letter ("S.o.p.h.i.e P.r.i.m.a.s", "Y.a.'.a.r.a", "م.ر.و.ة", "柳.美.里"): three
  or more single letters (an apostrophe may be one of them) joined by dots, joined up;
- a hyphen between every letter, lower case or capitalised ("l-i-s-a r-a-i-t-t"): joined and capitalised
  (a word of the sexual lexicon spelled so is left alone: "n-u-d-e" is no name part);
- letters struck through or underlined with a combining mark ("C̶a̶r̶l̶a̶"): the marks dropped;
- Unicode small capitals ("ᴠɪᴏʟᴇᴛᴛᴇ ꜱᴘɪʟʟᴇʙᴏᴜᴛ"): read as a capitalised word.

When the reading finds nothing, a run whose shape alone says "a name" is reported as ``name_in_slot``
0.6 (``strong``): two or more reversed words, two or more dotted, hyphen-spelled or struck-through
words (not all dictionary words), a dotted run in an uncased script (Han 2-4 signs, Arabic 3+ letters).

Direct findings (:func:`direct_findings`):

- a given name next to a country flag ("Irene 🇪🇸", "Constance Le 🇫🇷", "Míriam 🇪🇸's", "🇪🇸 Irene"): a
  listed given name that is no place (countries, regions and cities the name lists hold as given names,
  "Italia", "Manila", "Rosario", are places); an unlisted capitalised word that is no dictionary word
  ("Cida") only where a person goes: "'s" or a person's predicate after it, a sexual word within five
  words, "with" or a portrait word before it ("Paris 🇫🇷 skyline", "Lagos 🇳🇬 at night" stay clean);
- a vowelless skeleton of a name ("Elf Sfk", "Isbl Mnds Lps", "A Utm") where a person goes: 2-3
  capitalised words whose letters after the first are all consonants, one of them not a dictionary
  word, after a preposition of a picture ("of", "de", "von", "but") or before a word of the sexual
  lexicon; abbreviations ("Mr", "Dr", "St", "Ltd") are no part of it.

Limits: a reversed name of one word, reversed Arabic or CJK, a skeleton that stands alone in an
ordinary prompt and a flag after a surname only are not read. A name form never makes a prompt sexual:
this module only reports persons.
"""

from __future__ import annotations

import re
import unicodedata

from ...findings import Finding
from .found import finding
from .scripts import script_of
from .place_words import _places  # round 23: a leaf module, shared with forms20 and forms22

__all__ = ["may_apply", "variant", "direct_findings"]


_SEXUAL: frozenset[str] | None = None


def _sexual() -> frozenset[str]:
    """The sexual lexicon's one-word terms, folded (built once: ``folded_sexual_words`` builds a new set)."""
    global _SEXUAL
    if _SEXUAL is None:
        from .deixis import folded_sexual_words

        _SEXUAL = folded_sexual_words()
    return _SEXUAL


def _fold(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))


def _small_caps() -> dict[str, str]:
    out = {}
    for cp in list(range(0x0250, 0x02B0)) + list(range(0x1D00, 0x1D2C)) + list(range(0xA730, 0xA7B0)) \
            + list(range(0xA7F0, 0xA800)):
        name = unicodedata.name(chr(cp), "")
        m = re.fullmatch(r"LATIN LETTER SMALL CAPITAL ([A-Z])", name)
        if m:
            out[chr(cp)] = m.group(1).lower()
    return out


_SMALL = _small_caps()
_SMALL_CLASS = "[" + "".join(sorted(_SMALL)) + "]"
#: Combining overlays that strike a letter through or underline it.
_STRIKE = "\u0334\u0335\u0336\u0337\u0338\u0332\u0333"
_FLAG = "[\U0001F1E6-\U0001F1FF]{2}"

#: Upper-case letters that may end a reversed word (the first letter of the name written forward).
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
#: The gates, each tried only when a cheap test passes (a count or a substring): most prompts pay for
#: ``isascii`` and one scan for a capital at a word end or a capitalised word without vowels.
_DOTS_MAY = re.compile(r"[^\W\d_]\.(?:[^\W\d_]|['’])\.(?:[^\W\d_]|['’])")
_HYPHEN_MAY = re.compile(r"(?<![\w-])[^\W\d_]-[^\W\d_]-[^\W\d_]")
_NON_ASCII_MAY = re.compile(
    r"[\u3400-\u9fff\uac00-\ud7af]\.[\u3400-\u9fff\uac00-\ud7af]"  # dotted Han or Hangul
    r"|[" + _STRIKE + r"]"                                                  # struck through
    r"|" + _SMALL_CLASS + _SMALL_CLASS +                                    # small capitals
    r"|" + _FLAG)                                                            # a country flag
_SMALL_RX = re.compile(_SMALL_CLASS)
_REV_MAY = re.compile(r"[a-zß-öø-ÿ\u0101-\u017f][" + _UPPER + r"](?![^\W\d_])")
_CASE_MAY = re.compile(
    r"[a-zß-öø-ÿ\u0101-\u017f][" + _UPPER + r"](?![^\W\d_])"             # reversed: a capital ends a word
    r"|\b[A-Z][bcdfghjklmnpqrstvwxyzç]{0,5} [A-Z][bcdfghjklmnpqrstvwxyzç]{1,5}\b"  # vowelless skeleton
    r"|\b[A-Z][bcdfghjklmnpqrstvwxyzç]{1,5} [A-Z]\b")


def may_apply(text: str) -> bool:
    if not text.isascii() and _NON_ASCII_MAY.search(text):
        return True
    if "u/" in text and _HANDLE_PARTS.search(text):
        return True
    if text.count(".") >= 2 and _DOTS_MAY.search(text) or text.count("-") >= 2 and _HYPHEN_MAY.search(text):
        return True
    return _CASE_MAY.search(text) is not None


def _is_word(gaz, w: str) -> bool:
    from .forms20 import _is_word as is_word

    return is_word(gaz, w)


# ---------------------------------------------------------------------------------------------
# The variant read again
# ---------------------------------------------------------------------------------------------
_L = r"[^\W\d_]"
_DOTTED = re.compile(r"(?<![\w.'’])" + _L + r"(?:\.(?:[^\W\d_]|['’])){2,39}\.?(?![\w'’])")
#: 2-4 Han or Hangul signs with a dot between each ("柳.美.里"): no word boundary in those scripts.
_DOTTED_CJK = re.compile(r"(?<![.\d])[\u3400-\u9fff\uac00-\ud7af](?:\.[\u3400-\u9fff\uac00-\ud7af]){1,3}(?![.\d])")
_HYPHENED = re.compile(r"(?<![\w-])" + _L + r"(?:-" + _L + r"){2,39}(?![\w-])")
_STRUCK = re.compile(r"(?:" + _L + r"[" + _STRIKE + r"]+){2,40}")
_SMALL_RUN = re.compile(r"(?:" + _SMALL_CLASS + r"|(?<=" + _SMALL_CLASS + r")[xq])+")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
#: A profile address or Reddit user whose name is the person's name parts ("u/first_middle_last"): the
#: handle readers of :mod:`.phrases` stop at 20 characters, the length Reddit allows.
_HANDLE_PARTS = re.compile(r"(?<![\w/])u/(?P<h>[a-z]{2,20}(?:[_.][a-z]{2,20}){1,3})(?![\w.]|/\w)", re.IGNORECASE)
#: Dotted lower-case abbreviations of three letters or more ("a.k.a.", "e.t.c.").
_ABBREV = frozenset("aka etc ie eg nb ps pps rsvp asap fyi diy tba tbd aka lol omg wtf usa uk eu un".split())


#: Name particles reversed ("ed" for "de", "nav" for "van"), read inside a run of reversed words.
_REVERSED_PARTICLES = frozenset("ed ad od sod sad ud led al el ale nav nov red ned net ret nib neb".split())


def _reversed_word(w: str) -> bool:
    """Every hyphen part ends in its only capital letter after 2+ lower-case letters ("skaS", "ara'aY")."""
    for part in w.split("-"):
        core = part.replace("'", "").replace("’", "")
        if len(core) < 3 or not core[-1].isupper() or not core[:-1].islower():
            return False
        if any(c.isupper() for c in core[:-1]):
            return False
    return True


def _reversed_runs(text: str):
    """``(start, end)`` of runs of 2-4 reversed words separated by one space."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    k = 0
    while k < len(words):
        run = []
        while k < len(words) and (_reversed_word(words[k][2]) or run and words[k][2] in _REVERSED_PARTICLES
                                  and k + 1 < len(words) and _reversed_word(words[k + 1][2])) and \
                (not run or text[run[-1][1]:words[k][0]] == " "):
            run.append(words[k])
            k += 1
        if len(run) >= 2:
            yield run[0][0], run[-1][1], len(run)
        if not run:
            k += 1


def _capitalise(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _uncased_ok(letters: str) -> bool:
    if any("\u1100" <= c <= "\u11ff" or "\u3130" <= c <= "\u318f" for c in letters):
        return False  # Hangul letters (jamo) spelled out are a word spelled, not a name ("ㄴ.ㅜ.ㄷ.ㅡ")
    sc = {script_of(c) for c in letters}
    if len(sc) != 1:
        return False
    sc = sc.pop()
    if sc in ("Han", "Hiragana", "Katakana", "Hangul"):
        return 2 <= len(letters) <= 4
    return sc not in ("Latin", None) and len(letters) >= 3


def _words_only(gaz, words: list[str]) -> bool:
    """All the decoded words are dictionary words and none a listed given name ("H.e.l.l.o W.o.r.l.d")."""
    return all(_is_word(gaz, w) and _fold(w) not in gaz.first for w in words)


def variant(text: str, gaz, strong_spans: list | None = None) -> tuple[str, list[int]] | None:
    """``(variant, where)`` as :func:`.forms20.variant`; None when nothing was rewritten. ``strong_spans``
    receives ``(start, end, kind)`` of runs whose shape alone reads as a name."""
    sexual = _sexual()
    edits: list[tuple[int, int, str, str]] = []  # (start, end, replacement, kind)

    if "." in text:
        for m in _DOTTED.finditer(text):
            s = m.group()
            letters = s.replace(".", "")
            if letters.isascii() and letters.isalpha() and letters.isupper():
                continue  # "U.S.A.", "F.B.I."
            if letters.lower() in _ABBREV or letters.replace("'", "").replace("’", "") == "":
                continue
            if not (letters.isascii() or script_of(letters[0]) == "Latin"):
                if _uncased_ok(letters) and letters not in sexual:
                    edits.append((m.start(), m.end(), letters, "dotted_uncased"))
                continue
            if _fold(letters) in sexual:
                continue
            edits.append((m.start(), m.end(), letters[:1].upper() + letters[1:], "dotted"))
        if not text.isascii():
            for m in _DOTTED_CJK.finditer(text):
                edits.append((m.start(), m.end(), m.group().replace(".", ""), "dotted_uncased"))
    if "-" in text:
        for m in _HYPHENED.finditer(text):
            letters = m.group().replace("-", "")
            if not (letters.islower() or letters[0].isupper() and letters[1:].islower()) or _fold(letters) in sexual:
                continue  # "N-O-T" is emphasis; "n-u-d-e" is the sexual word spelled, no name part
            edits.append((m.start(), m.end(), letters.capitalize(), "hyphened"))
    ascii_text = text.isascii()
    if not ascii_text and any(c in text for c in _STRIKE):
        for m in _STRUCK.finditer(text):
            letters = "".join(c for c in m.group() if c not in _STRIKE)
            edits.append((m.start(), m.end(), letters, "struck"))
    if not ascii_text and _SMALL_RX.search(text):
        for m in _SMALL_RUN.finditer(text):
            if m.end() - m.start() < 2:
                continue
            letters = "".join(_SMALL.get(c, c) for c in m.group())
            edits.append((m.start(), m.end(), letters.capitalize(), "small_caps"))
    if "/" in text:
        for m in _HANDLE_PARTS.finditer(text):
            if len(m.group("h")) <= 20:
                continue  # a Reddit name as Reddit allows it: read by the handle readers (phrases.py)
            parts = re.split(r"[_.]", m.group("h"))
            edits.append((m.start(), m.end(), " ".join(p.capitalize() for p in parts), "handle"))
    for a, b, n in (_reversed_runs(text) if _REV_MAY.search(text) else ()):
        rev = text[a:b][::-1]
        rep = " ".join(w if w[::-1] in _REVERSED_PARTICLES else _capitalise(w) for w in rev.split(" "))
        edits.append((a, b, rep, "reversed"))

    if not edits:
        return None
    edits.sort()
    strong: list[tuple[int, int, str]] = []
    # runs of two or more rewritten words of one kind next to each other: a name by their shape
    k = 0
    while k < len(edits):
        a, b, rep, kind = edits[k]
        j = k
        reps = [rep]
        while j + 1 < len(edits) and edits[j + 1][3] == kind and text[edits[j][1]:edits[j + 1][0]] == " ":
            j += 1
            reps.append(edits[j][2])
        end = edits[j][1]
        if kind == "reversed":
            words = rep.split(" ")
            if not _words_only(gaz, [w for x in words for w in x.split("-")]):
                strong.append((a, end, kind))
        elif kind == "dotted_uncased":
            strong.append((a, end, kind))
        elif len(reps) >= 2 and len(reps) <= 4 and not _words_only(gaz, [r.replace("'", "") for r in reps]):
            if kind in ("dotted", "struck") and not all(r[:1].isupper() for r in reps):
                pass
            else:
                strong.append((a, end, kind))
        elif kind in ("dotted", "struck", "small_caps") and len(reps) >= 2 and all(r[:1].isupper() for r in reps) \
                and any(_fold(r) in gaz.first for r in reps[:1]):
            strong.append((a, end, kind))  # "H.o.n.e.y L.a.c.u.n.a": a given name first, written as a name
        k = j + 1
    if strong_spans is not None:
        strong_spans[:] = strong
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for s, e, rep, _ in edits:
        if s < pos:
            continue
        for q in range(pos, s):
            out.append(text[q])
            where.append(q)
        span = max(1, e - s)
        for q, ch in enumerate(rep):
            out.append(ch)
            where.append(s + q * (span - 1) // max(1, len(rep) - 1))  # first to first, last to last
        pos = e
    for q in range(pos, len(text)):
        out.append(text[q])
        where.append(q)
    return "".join(out), where


# ---------------------------------------------------------------------------------------------
# Direct findings
# ---------------------------------------------------------------------------------------------
_FLAG_RX = re.compile(_FLAG)
#: The 1-3 words that end right before a flag (searched in the 80 characters before it).
_FLAG_NAME = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_](?:[^\W\d_]|['’-]){1,24}(?: [^\W\d_](?:[^\W\d_]|['’-]){0,24}){0,2})$")
#: A flag before the name ("🇪🇸 Irene topless"): a capitalised word and an optional capitalised surname.
_NAME_AFTER_FLAG = re.compile(r" ?(?P<g>[^\W\d_](?:[^\W\d_]|['’-]){2,24})(?: [A-Z](?:[^\W\d_]|['’-]){1,24})?(?![\w'’-])")
#: Particles that may stand inside or end a name before a flag ("Constance Le 🇫🇷", "Ana de 🇵🇹").
_PARTICLES = frozenset("le la de da di do dos das du del van von der den ter ten al el bin ben".split())
_CONSONANTS = set("bcdfghjklmnpqrstvwxyzç")
_SKELETON = re.compile(r"(?<![\w'’.-])(?P<run>[A-Z][a-zç]{0,5}(?: [A-Z][a-zç]{0,5}){1,2})(?![\w'’-])")
_NOT_SKELETON = frozenset(
    """mr mrs ms dr st jr sr mt ft rd ltd pvt hwy blvd sgt pfc cpl lt nr ch pg pp vs mph kph bpm jpg png
    gif pdf rgb cmyk dpi nsfw sfw xxx tv dvd dj mc mvp""".split())
#: Words that put a person right after them in a picture request.
_PERSON_PREP = frozenset("of de von di da do du van but with avec com con mit".split())







def _listed_given(gaz, word: str) -> bool:
    f = _fold(word)
    return f in gaz.first and not gaz.is_common_word(f) and f not in _places()


def _flag_name_ok(gaz, word: str) -> bool:
    if not word[:1].isupper() or len(word) < 3:
        return False
    f = _fold(word)
    if f in _places():
        return False
    if f in gaz.first and not gaz.is_common_word(f):
        return True  # a listed given name ("Isabela" is also a province: not after a flag)
    return not _is_word(gaz, f) and not gaz.is_known(f)


#: Words before the name that make the flag a person's: "with", and picture nouns of a person's face.
_WITH = frozenset("with avec com con mit featuring starring feat ft".split())
_PORTRAIT = frozenset("""portrait portraits retrato retratos ritratto porträt portret potret bildnis caricature caricatura
    karikatur karykatura face rosto cara visage gesicht selfie headshot""".split())
_GERUND = re.compile(r"(?:ando|endo|iendo|indo)$")


def _flag_person_context(text: str, a: int, b: int) -> bool:
    """The name before (``a`` = its start) or after (``b`` = the flag's end, or the name's end) a flag
    stands where a person goes: "'s" or a person's predicate follows, a word of the sexual lexicon comes
    within five words, or "with" or a portrait word comes before. A place takes none of these
    ("Lagos 🇳🇬 at night", "Palermo 🇮🇹 skyline")."""
    from .forms20 import _person_predicate

    rest = text[b:b + 60]
    if re.match(r"\s*['’]s\b", rest):
        return True
    after = [w.lower() for w in _WORD.findall(rest)[:5]]
    if after and (_person_predicate(after[0], rest) or _GERUND.search(after[0]) and len(after[0]) >= 6):
        return True
    if _sexual_near(text, b, 5):
        return True
    before = [w.lower() for w in _WORD.findall(text[max(0, a - 48):a])[-4:]]
    return bool(before) and (before[-1] in _WITH or any(w in _PORTRAIT for w in before))


def _sexual_near(text: str, b: int, words: int = 4) -> bool:
    sexual = _sexual()
    return any(_fold(w) in sexual for w in _WORD.findall(text[b:b + 60])[:words])


def direct_findings(nt, field: str, gaz) -> list[Finding]:
    text = nt.original
    out: list[Finding] = []
    for fm in _FLAG_RX.finditer(text):
        m = _NAME_AFTER_FLAG.match(text, fm.end())
        if m is not None and _flag_name_ok(gaz, m.group("g")) and (fm.start() == 0 or not text[fm.start() - 1].isalpha()) \
                and (_listed_given(gaz, m.group("g")) or _flag_person_context(text, fm.start(), m.end())):
            out.append(finding("name_in_slot", 0.6, field, nt, m.start("g"), m.end(),
                               {"slot": "flag_name", "evidence": "country_flag"}))
            continue
        head = text[max(0, fm.start() - 80):fm.start()].rstrip(" ")
        m = _FLAG_NAME.search(head)
        if m is None:
            continue
        base = max(0, fm.start() - 80)
        parts = m.group("name").split(" ")
        # the given name: the first of the last 1-3 words before the flag; particles may follow it
        given = [q for q, p in enumerate(parts) if p[:1].isupper() and _listed_given(gaz, p)]
        if given:
            parts = parts[given[0]:]
        while len(parts) > 1 and not (parts[0][:1].isupper() and not _is_word(gaz, parts[0])):
            parts = parts[1:]
        if not all(p[:1].isupper() or p.lower() in _PARTICLES for p in parts) or not _flag_name_ok(gaz, parts[0]):
            continue
        a = base + m.end("name") - len(" ".join(parts))
        if not _listed_given(gaz, parts[0]) and not _flag_person_context(text, a, fm.end()):
            continue
        out.append(finding("name_in_slot", 0.6, field, nt, a, base + m.end("name"),
                           {"slot": "flag_name", "evidence": "country_flag"}))
    if text.isascii() or script_of(text[0]) == "Latin":
        for m in _SKELETON.finditer(text):
            toks = m.group("run").split(" ")
            if any(t.lower() in _NOT_SKELETON for t in toks):
                continue
            if not all(all(c in _CONSONANTS for c in t[1:].lower()) for t in toks):
                continue
            if not any(len(t) >= 3 and not _is_word(gaz, t) for t in toks) or all(len(t) <= 2 for t in toks):
                continue
            before = _WORD.findall(text[max(0, m.start() - 24):m.start()])
            prep = bool(before) and before[-1].lower() in _PERSON_PREP
            if not (prep or _sexual_near(text, m.end())):
                continue
            out.append(finding("name_in_slot", 0.6, field, nt, m.start(), m.end(),
                               {"slot": "name_skeleton", "evidence": "vowelless"}))
    return out
