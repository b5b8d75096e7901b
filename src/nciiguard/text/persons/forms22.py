"""Name forms of round 22 (issue 10): the speaker of a talk, whom "by" names as a person, not an author.

Run by :class:`.reader.PersonReader` after the round-21 forms (:mod:`.forms21`), only over runs no
subject finding covers yet.

"by X" is read as an artist credit by the style rules (:mod:`.style`, :mod:`.mentions`, :mod:`.initials`
and the subject readers all skip what follows "by"), which is right for "painting by Monet" but wrong for
"a poster announcing a talk by X": a talk, lecture, speech, reading, keynote, interview, sermon ... BY X
names the person who gives it, a real person. :func:`speaker_runs` finds the run after such a "by"
(also "given by", "delivered by"; "par", "von", "door", "av", "przez" after the nouns of French, German,
Dutch, Swedish/Norwegian and Polish), up to the end of its item (a comma, a semicolon, a line end, a
bracket, or a lower-case preposition that starts what is said about the talk: "about", "on", "at" ...).
The reader reads that run again as the subject of a sentence of its own ("<run> at a press conference,
giving a talk"), with every reader (full names, initials, slugs, hashtags, fullwidth letters, model
mentions), and keeps the name findings that lie inside the run.

Direct findings (:func:`direct_findings`, ``name_in_slot`` 0.6, each only over a run no subject covers):

- **crop frame**: a verb that cuts a person out of a picture ("recorta (a) X de la foto", "recadre X depuis
  la photo", "crop X from the photo", "ritaglia X dalla foto", "schneide X aus dem Foto") with 1-3 name
  words between the verb and "from the photo": no article, pronoun or common word of the guard's
  languages unless it is a listed name; each part a listed given name or surname or read as a name;
- **a word as a given name**: a capitalised common word before a capitalised census surname or an Arabic
  particle and a name ("Deserts Chang", "Hind Al-Fayez"; romanised and Arabic given names are English
  words as often), or in lower case a given name no language holds before "al-"/"el-"/"abu-"/"bin-"
  and a surname ("lamees al-hadidi"), where a person goes: at the start of the text, an item or after
  "of", "with", "by", and before a person's predicate (:func:`.forms20._person_predicate`: a gerund,
  "in", "as a <person noun>") or a word of the sexual lexicon within four words;
- **a given name before a word as surname**: a listed given name that is no word and no place, capitalised,
  before a capitalised common word that is no place or building head ("Lize Spit"; "Victoria Falls",
  "Florence Cathedral" stay places), followed by a predicate only a person takes (:data:`.forms20._PREDICATES`:
  "wearing", "giving", "smiling" ...), "at/in a <public event of a person>" ("at a press conference") or a
  word of the sexual lexicon within four words; fullwidth letters are read as plain ones;
- **underscore joins**: "marta_sanz" (2-3 lower-case parts joined by "_", the first a listed given name that
  is no word, the others listed names or name-like) before a person's predicate or a gerund of the
  Romance languages ("dando", "bailando"), or a word of the sexual lexicon; booru tags ("long_hair",
  "hatsune_miku") have word or unlisted parts and no predicate.

Limits: a speaker noun must come right before "by" (or one participle between: "given", "delivered",
"hosted", "presented", "led", "held"); "a talk about Monet by the museum" is not read; "a book by X" or
"a painting by X" stay artist credits. The reading never makes a prompt sexual: it only reports persons.
"""

from __future__ import annotations

import re
import unicodedata

from .forms20 import _PREDICATES, _person_predicate
from .forms21 import _fold as _fold21, _sexual, _sexual_near
from .found import finding
from .language import language_words
from .place_words import _places
from .slugs import _joined_wide, ascii_fold

__all__ = ["may_apply", "speaker_runs", "SPEAKER_FRAME", "may_direct", "direct_findings"]

#: Nouns of an event where a person speaks or performs in person (English and the languages below).
_SPEAKER_NOUNS = (
    "talk|talks|lecture|lectures|speech|speeches|keynote|keynotes|reading|readings|interview|interviews"
    "|presentation|presentations|address|sermon|sermons|seminar|seminars|workshop|workshops|masterclass"
    "|master class|panel|q&a|q & a|ted talk|fireside chat|conversation|debate|book signing|signing"
    "|appearance|session|speaking event|recital|lesson"
    # round 27: what a person said ("translate this quote by X", "a tweet by X")
    "|quote|quotes|quotation|quotations|statement|statements|remark|remarks|tweet|tweets|post|posts"
    "|citation|zitat|aussage|cita|citação|citazione|declaración|déclaration"
    "|conférence|conference|causerie|discours|lecture publique|rencontre"
    "|vortrag|vortrags|rede|lesung|ansprache|gespräch"
    "|lezing|toespraak|voordracht|föreläsning|foredrag|tal|wykład|przemówienie|odczyt")
_GIVEN = "given|delivered|hosted|presented|led|held|gehalten|donnée|donné|prononcé|prononcée|gegeven|hållet|hållen"
_BY = "by|par|von|door|av|przez"
_SPEAKER_BY = re.compile(
    rf"(?<![\w-])(?:{_SPEAKER_NOUNS})(?:\s+(?:{_GIVEN}))?\s+(?:{_BY})\s+", re.IGNORECASE)
#: The same, anchored at the end of the 48 characters before a " by " (searched only there).
_SPEAKER_BEFORE = re.compile(rf"(?<![\w-])(?:{_SPEAKER_NOUNS})(?:\s+(?:{_GIVEN}))?\s+$", re.IGNORECASE)
_BY_WORDS = (" by ", " par ", " von ", " door ", " av ", " przez ")
#: Where the run after "by" ends: item punctuation, or a lower-case preposition that says what the talk
#: is about or where it is ("about", "on", "at" ...).
_RUN_END = re.compile(
    r"[,;!?\n()\[\]{}|]|\s+-\s(?![^\W\d_a-z])|\.(?=\s|$)(?<![\s.][A-Za-z]\.)"
    r"|\s(?:about|on|at|in|into|for|during|to|from|with|and|minimal|poster|flyer|banner|sur|à|au|über|zu|im|am"
    r"|mit|und|et|over|om|på|o|w|na)(?=\s|$)")
#: The sentence the run is read in: a subject slot every reader knows ("X at a press conference").
SPEAKER_FRAME = " at a press conference, giving a talk"
_MAX_RUN = 64


def may_apply(text: str) -> bool:
    """The cheap gate: a " by " (or one of the other languages' words) in the text."""
    return bool(speaker_runs(text))


def speaker_runs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the runs after "a talk by" (see the module docstring), trailing spaces cut."""
    out: list[tuple[int, int]] = []
    low = text.lower()
    if len(low) != len(text):
        return out  # a letter whose lower case is longer ("İ"): offsets would not match
    for by in _BY_WORDS:
        k = low.find(by)
        while k >= 0:
            if _SPEAKER_BEFORE.search(low, max(0, k - 48), k + 1) is not None:
                a = k + len(by)
                while a < len(text) and text[a] in " \t":
                    a += 1
                _run(text, a, out)
            k = low.find(by, k + 1)
    out.sort()
    return out


def _run(text: str, a: int, out: list) -> None:
    """Append the run that starts at ``a`` and ends at its item's end (see :data:`_RUN_END`)."""
    chunk = text[a:a + _MAX_RUN]
    e = _RUN_END.search(chunk)
    b = a + (e.start() if e is not None else len(chunk))
    while b > a and text[b - 1] in " \t":
        b -= 1
    if b - a >= 3:
        out.append((a, b))


# ---------------------------------------------------------------------------------------------
# Direct findings
# ---------------------------------------------------------------------------------------------
_CROP_VERBS = ("take|nimm|toma|pega|prends|prenez|prendi|""recorta|recorte|recortá|recortar|recadre|recadrez|recadrer|découpe|découpez|détoure|crop|cut out"
               "|cut|ritaglia|ritagliare|schneide|schneid|decupează|decupeaza|decupa")
_FROM = r"(?:de|da|do|del|dal|dalla|dallo|della|from|out of|off|depuis|de la|du|aus|din|von)"
_PICTURE = r"(?:la |a |o |el |the |this |that |le |l'|der |dem |die |das |una |un |uma |ce |cette |her |his |their )?" \
           r"(?:(?:interview|press|event|red carpet|concert|wedding|official|group|news|tv|team) )?" \
           r"(?:foto|fotos|fotografía|fotografia|photo|photos|picture|pic|image|imagem|imagen|bild|poză|poza|imaginea" \
           r"|imagine|still|stills|video|clip|footage|frame|screenshot|selfie|pressefoto)"
_CROP = re.compile(
    rf"(?<![\w-])(?:{_CROP_VERBS})\s+(?:a\s+)?(?P<name>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){{0,2}})\s+{_FROM}\s+{_PICTURE}(?![\w])",
    re.IGNORECASE)
_CROP_GATE = re.compile("take|nimm|toma|pega|prend|recort|recadr|découp|détour|crop|cut|ritagli|schneid|decup")
_PICTURE_GATE = re.compile("foto|photo|pic|imag|bild|poz|still|video|clip|footage|frame|screenshot|selfie")
_FACE_GATE = re.compile("gesicht|face|cara|rosto|visage|viso|gezicht|twarz|faccia|ansi")
_AL_GATE = re.compile("(?:al|el|abu|bin|ibn|bint)-")
#: The face slot of a step list or a swap: "Gesicht von X", "face of X", "rosto de X" and 1-3 name words
#: ending the item (a comma, a line end, a step number, "+" or "onto").
_FACE_OF = re.compile(
    r"(?<![\w-])(?:gesicht|face|cara|rosto|visage|viso|gezicht|twarz|faccia|ansikte|ansigt)\s+(?:von|of|de|da|di|do|du|van|der|des|av|z)\s+"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*){0,2})(?=\s*(?:[,;+\n]|\d+[.)]|$|onto\b|on\b|auf\b|sur\b|sobre\b|em\b))",
    re.IGNORECASE)
#: Words that are no name part in the crop frame (articles, pronouns, possessives, "me", "him").
_NOT_NAME = frozenset("""la el los las lo le les un une una uno unos unas o os a as um uma the a an this that these those
    her him them me my his their our your su sus mi mis tu tus seu sua meu minha son sa ses mon ma mes ton ta
    sein seine ihr ihre den dem der die das ein eine il lo gli ella ele elle lui lei background fondo fond
    hintergrund sfondo face cara rosto visage gesicht person persona pessoa personne""".split())

#: A capitalised word before a capitalised surname, or before an Arabic particle and a name.
_WORD_GIVEN = re.compile(
    r"(?P<g>[A-Z](?<![\w'’-].)[a-z]{2,14})(?P<p> (?:Al|El|al|el|Abu|abu|Bin|bin|Bani|bani|Bint|bint)[- ]| )"
    r"(?P<s>[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?)(?![\w'’-])")
#: A lower-case given name, "al-" and a surname ("lamees al-hadidi").
_LOWER_AL = re.compile(r"(?<![\w'’-])(?P<g>[a-z]{3,14}) (?P<p>al|el|abu|bin|bint|ibn)-(?P<s>[a-z]{3,20})(?![\w'’-])")
_UNDERSCORED = re.compile(r"(?P<t>[a-z](?<![\w./@#:-].)[a-z]{2,14}(?:_[a-z]{2,20}){1,2})(?![\w./@:-])")
#: Words before a name that put a person after them.
_PERSON_BEFORE = frozenset("of with by and featuring starring feat ft de di da do von avec com con mit".split())
_ROMANCE_GERUND = ("ando", "endo", "iendo", "indo", "ant")
_FUNCTION = frozenset("""the this that these those with from into onto over under about after before between
    when where while which what who whose here there then than some many much more most every each other
    another such only also very just even still again never always visit visiting near inside outside
    welcome dear happy merry good best great new old big little north south east west upper lower""".split())


_GIVEN_WORD = re.compile(r"(?P<g>[A-Z](?<![\w'’-].)[a-z]{2,14}) (?P<s>[A-Z][a-z]{2,14})(?![\w'’-])")
#: Heads of places, buildings and things named after a person ("Victoria Falls", "Florence Cathedral").
_PLACE_HEADS = frozenset("""falls river station palace park lake street road avenue bridge cathedral church chapel hall
    square tower beach bay island islands mountain mountains valley hill hills city town village county state
    university college school hospital airport harbour harbor port gardens garden museum theatre theater
    stadium arena center centre building house castle fort forest desert canyon springs point cove creek
    sound strait peninsula coast hotel mall market lane drive boulevard way court place crossing terminal
    monument memorial fountain gate gates dam lighthouse ocean sea glacier volcano cave caves""".split())
#: Public events a person stands at ("X at a press conference").
_EVENT_AT = re.compile(r"\s*(?:at|in|during)\s+(?:a|an|the|her|his)?\s*(?:press conference|press event|rally|podium|premiere"
                       r"|summit|protest|debate|ceremony|concert|book fair|festival|signing|interview|red carpet|gala|lecture|talk)")


def may_direct(text: str) -> bool:
    """Cheap gate of :func:`direct_findings`."""
    if "_" in text or "-" in text:
        return True
    low = text.lower()
    if low[1:] != text[1:]:
        return True  # a capital after the first character
    return any(w in low for w in ("foto", "photo", "pic", "imag", "bild", "poz"))


def _item_start(text: str, a: int) -> bool:
    k = a - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ",;:|\n\"'“”„«»()[]{}<>!?."


def _word_before(text: str, a: int) -> str:
    m = re.search(r"([^\W\d_]+)\W*$", text[max(0, a - 24):a])
    return m.group(1).lower() if m else ""


def _person_after(text: str, b: int) -> bool:
    rest = text[b:b + 60]
    m = re.match(r"[\s,]*([^\W\d_]+)", rest)
    if m is None:
        return False
    w = m.group(1).lower()
    if _person_predicate(w, rest.lstrip(" ,")) or len(w) >= 5 and w.endswith(_ROMANCE_GERUND) and w.isalpha():
        return True
    return _sexual_near(text, b, 4)


def _strict_person_after(text: str, b: int) -> bool:
    """A predicate only a person takes, a person's public event, or a sexual word within four words."""
    if _EVENT_AT.match(text, b):
        return True
    m = re.match(r"[\s,]*([^\W\d_]+)", text[b:b + 30])
    if m is not None and m.group(1).lower() in _PREDICATES:
        return True
    return _sexual_near(text, b, 4)


def _fold(w: str) -> str:
    if w.isascii():
        return w.lower()
    return _fold21(w)


def _listed(gaz, f: str) -> bool:
    return (f in gaz.first or f in gaz.surname_rank) and not gaz.is_common_word(f)


def _name_part(gaz, namer, w: str) -> bool:
    f = _fold(w.replace("’", "'"))
    if f in _NOT_NAME or len(f) < 2:
        return False
    if f in gaz.first or f in gaz.surname_rank:
        return f not in gaz.first_ambiguous or not gaz.is_common_word(f)
    if gaz.is_known(f) or f in language_words():
        return False
    return len(f) >= 3 and (namer.namelike(f, 0.5) if namer is not None else False)


def direct_findings(nt, field: str, gaz, namer, covered) -> list:
    text = nt.original
    if not text.isascii():
        folded = unicodedata.normalize("NFKC", text)
        if len(folded) == len(text):
            text = folded  # fullwidth letters read as plain ones, offsets kept
    out: list = []

    def add(a: int, b: int, slot: str) -> None:
        if covered.overlaps(a, b) or any(f.span.start < b and a < f.span.end for f in out):
            return
        out.append(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": slot, "form": "forms22"}))

    low_text = text.lower()
    crop = _PICTURE_GATE.search(low_text) is not None and _CROP_GATE.search(low_text) is not None
    for m in (_CROP.finditer(text) if crop else ()):
        parts = m.group("name").split()
        if len(parts) == 1 and len(parts[0]) >= 9:
            if namer is not None and _joined_wide(ascii_fold(parts[0]), gaz, namer, _sexual()):
                add(m.start("name"), m.end("name"), "crop_frame")
            continue
        if all(_name_part(gaz, namer, p) for p in parts) and any(len(_fold(p)) >= 3 for p in parts) \
                and (len(parts) >= 2 or _listed(gaz, _fold(parts[0]))):
            add(m.start("name"), m.end("name"), "crop_frame")
    if _FACE_GATE.search(low_text) is not None:
        for m in _FACE_OF.finditer(text):
            parts = m.group("name").split()
            if len(parts) >= 2 and all(_name_part(gaz, namer, p) for p in parts) \
                    and any(_listed(gaz, _fold(p)) for p in parts):
                add(m.start("name"), m.end("name"), "face_of")
            elif len(parts) == 1 and "_" in parts[0]:
                sub = parts[0].split("_")
                if 2 <= len(sub) <= 3 and all(_name_part(gaz, namer, p) for p in sub) and _listed(gaz, _fold(sub[0])):
                    add(m.start("name"), m.end("name"), "face_of")
    for m in _WORD_GIVEN.finditer(text):
        g, s = _fold(m.group("g")), _fold(m.group("s").split("-")[0])
        particle = m.group("p").strip(" -")
        if not gaz.is_common_word(g) or g in _FUNCTION or len(g) < 4:
            continue
        if gaz.is_common_word(s) or s in gaz.proper_other or s in gaz.words_common:
            continue
        if particle:
            if not (_listed(gaz, s) or not gaz.is_known(s) and namer is not None and namer.namelike(s, 0.5)):
                continue
        elif gaz.surname_rank.get(s, 10 ** 9) > 20000:
            continue
        a, b = m.start(), m.end()
        if not (_item_start(text, a) or _word_before(text, a) in _PERSON_BEFORE) or not _person_after(text, b):
            continue
        add(a, b, "word_given")
    for m in _GIVEN_WORD.finditer(text):
        g, s = _fold(m.group("g")), _fold(m.group("s"))
        if not gaz.is_common_word(s) or s in _FUNCTION or s in _PLACE_HEADS or len(s) < 3:
            continue
        if g not in gaz.first or g in gaz.first_ambiguous or gaz.is_known(g) or g in gaz.proper_other:
            continue
        if g in _places() or s in _places():
            continue
        a, b = m.start(), m.end()
        if not (_item_start(text, a) or _word_before(text, a) in _PERSON_BEFORE):
            continue
        if not _strict_person_after(text, b):
            continue
        add(a, b, "given_word")
    if "-" in text and _AL_GATE.search(low_text) is not None:
        words = language_words()
        for m in _LOWER_AL.finditer(text):
            g, s = m.group("g"), m.group("s")
            if g in words or gaz.is_known(g) or g in _NOT_NAME or gaz.is_known(s) or s in words:
                continue
            a, b = m.start(), m.end()
            if not (_item_start(text, a) or _word_before(text, a) in _PERSON_BEFORE) or not _person_after(text, b):
                continue
            add(a, b, "lower_particle")
    if "_" in text:
        for m in _UNDERSCORED.finditer(text):
            parts = m.group("t").split("_")
            if not (parts[0] in gaz.first and not gaz.is_known(parts[0]) and parts[0] not in gaz.first_ambiguous):
                continue
            if not all(_listed(gaz, p) or not gaz.is_known(p) and namer is not None and namer.namelike(p, 0.5)
                       for p in parts[1:]):
                continue
            a, b = m.start(), m.end()
            if not (_item_start(text, a) or _word_before(text, a) in _PERSON_BEFORE) or not _person_after(text, b):
                continue
            add(a, b, "underscored")
    return out
