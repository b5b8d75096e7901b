"""Latin-script ways of writing one person that the word readers do not read as a name (round 16).

- ``reversed``: library or catalogue order, surname first and a comma ("Bär, Dorothee", "Fox, Megan
  at the beach"): a Title-case surname (a census surname, or a token that is no common word), ", ",
  then a Title-case given name of the gazetteer that is no common word. Never a list ("Anna, Tom and
  Kelly", "New York, Mary"), a place and its country or state ("Paris, France", "Victoria, Australia"),
  a greeting or a sign-off ("Hello, Dolly", "Love, Anna"), a possessive ("Jordan, Michael's
  brother") or an author ("painting by Waterhouse, John").
- ``romanised``: a Korean, Chinese or Taiwanese name romanised with a hyphenated given name, surname
  first or last ("Han Myeong-sook", "Hung Hsiu-chu", "Hye-ran Yeom"): the surname from a closed list of
  romanised family names, each half of the given name one romanised syllable.
- ``diacritic_pair``: a listed given name before a Title-case surname written with a diacritic whose
  plain letters make an English word ("Julia Görges": not "gorges"; the pair rules read the plain word).
- ``numbered_handle``: an account or trained-network name with a number glued on ("nataliefleet.75",
  "soniamabrouk_83", "citacitata74", "winonaredcloud-000020"): lower-case letters that read as a joined
  given name + surname (or, in a sexual prompt, any name by the network-tag rules of :mod:`.lora`),
  then a 2-3 digit suffix (a birth year, a counter) or a 6-digit training-epoch suffix. A 4-digit
  year ("summer2024") and one digit ("gta5") are no such suffix. Read where a prompt puts its subject
  (the field's or an item's start, or after "of", "with", "de" ...).

Reported as ``full_name`` at 0.55 (``kind`` = the form). Cost: each form is gated by a literal
(", ", "-", a digit) and read by one regular expression with bounded repetition over the first
``_MAX_SCAN`` characters, each hit checked with set lookups.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..folding import strip_marks
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .namelike import load_name_likeness

__all__ = ["latin_form_findings"]

_MAX_SCAN = 4000
_L = r"[^\W\d_]"

# --- reversed order ------------------------------------------------------------------------------
_REVERSED = re.compile(rf"(?<![\w'’.-])({_L}{{2,24}}(?:-{_L}{{2,20}})?), ({_L}{{2,20}}(?:-{_L}{{2,20}})?)(?![\w'’-])")
#: Places and countries that are also given names or surnames: "Paris, France", "Austin, Texas".
_PLACES = frozenset(
    """paris france india georgia virginia carolina florida indiana montana dakota nevada maryland louisiana
    tennessee kentucky alabama arizona texas utah vermont maine china chad chile italy israel jordan kenya
    ireland brazil jamaica america asia africa australia austria canada mexico peru cuba syria lebanon sudan
    columbia sydney florence victoria adelaide regina sofia lima alexandria savannah charlotte austin dallas
    houston phoenix orlando madison lincoln jackson chelsea brooklyn aurora eugene augusta helena marietta
    santiago valencia verona siena vienna geneva athens bristol camden kingston london berlin rome tokyo
    york england scotland wales britain germany spain japan korea russia poland norway sweden denmark finland
    greece turkey egypt morocco nigeria ghana ethiopia berkeley cambridge oxford hollywood manhattan
    california washington oregon colorado ohio michigan illinois""".split())
#: Words before a comma that open a greeting, a sign-off or a sentence: "Hello, Anna", "Love, Kelly".
_NOT_SURNAME = frozenset(
    """hi hey hello hallo hola ciao salut bonjour thanks thank goodbye bye dear yes no well oh sorry please ok
    okay good morning evening night welcome congratulations happy merry sweet poor little love sincerely
    regards cheers best yours hugs xoxo darling honey baby mom mum dad mama papa sister brother aunt uncle
    grandma grandpa miss mister mrs mr ms dr sir madam lady lord king queen prince princess saint st
    captain doctor professor officer nurse teacher coach chef then now today tonight later also so but
    and or yet still again here there amazing beautiful pretty cute art artwork style photo photograph
    portrait painting render illustration drawing sketch concept design studio lighting light""".split())
#: Prompt nouns of other languages that the international given-name list also holds ("Strand, Foto").
_NOT_GIVEN = frozenset(
    """foto fotos photo bild bilder imagen imagem immagine image retrato ritratto portrat portrait dibujo
    disegno zeichnung desenho arte kunst estilo stil style""".split())
#: Words that join a list of names: "Ripa, Kelly and Anna" is three people or a list.
_AND = frozenset("and & und et y e og och en i a ve и".split())


def _title(tok: str) -> bool:
    return all(p[:1].isupper() and p[1:].islower() for p in tok.split("-") if p)


def _fold(tok: str) -> str:
    return strip_marks(tok.lower())


def _word_before(text: str, start: int) -> str:
    """The word just before ``start`` on the same line, with what separates it ("", "," ...)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
        j -= 1
    return text[j:k]


def _reversed(text: str, gaz, authored, like, sexual) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _REVERSED.finditer(text):
        sur, given = m.group(1), m.group(2)
        if not (_title(sur) and _title(given)):
            continue
        fs, fg = _fold(sur), _fold(given)
        if fs in _NOT_SURNAME or fs in _PLACES or fg in _PLACES or fs in gaz.proper_other or fg in gaz.proper_other:
            continue
        if not (fs in gaz.surname_rank or not gaz.is_common_word(fs)):
            continue  # "Later, Anna", "Sunset, Maria": a word, not a surname
        if fs in _FICTIONAL_SINGLE or fg in _FICTIONAL_SINGLE or fg in _NOT_GIVEN or len(fg) < 3:
            continue
        if not all(p in gaz.first and not gaz.is_common_word(p) for p in fg.split("-")):
            # A given name on no list ("Alsaadi, Aseel") only in a sexual request, after a surname
            # that is no word, and only when the letter model reads both as names ("Rivendell,
            # Mordor" in a map prompt is no person).
            if gaz.is_common_word(fs) or gaz.is_known(fg) or not sexual():
                continue
            if not (like.prob(fg) >= 0.75 and (fs in gaz.surname_rank or like.prob(fs) >= 0.75)):
                continue
        prev = _word_before(text, m.start())
        if prev[:1].isupper():
            continue  # "New York, Mary", "Los Angeles, Anna": the end of a longer capitalised name
        comma = len(text[:m.start()].rstrip(" ")) - 1
        if comma >= 0 and text[comma] == "," and _word_before(text, comma)[:1].isupper():
            continue  # "Anna, Tom, Kelly": a list of names
        after = text[m.end():m.end() + 40]
        if after.startswith(", "):
            nxt = after[2:].split(" ", 1)[0]
            if nxt[:1].isupper():
                continue  # a list
        rest = after.split()
        if rest and (rest[0][:1].isupper() and rest[0][:1].isalpha()
                     or rest[0].lower() in _AND and len(rest) > 1 and rest[1][:1].isupper()):
            continue  # "Ripa, Kelly Anne", "Smith, Anna and Tom": a longer name or a list
        if authored(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), fg, fs))
    return out


# --- romanised East Asian names -------------------------------------------------------------------
#: Romanised family names (Korean revised and McCune-Reischauer spellings; Chinese pinyin, Wade-Giles
#: and Cantonese spellings used in Taiwan and Hong Kong), lower case.
_EA_SURNAMES = frozenset(
    """kim lee yi rhee park pak bak choi choe chey jung jeong chung joung kang kahng cho jo yoon yun jang chang
    lim im rim han oh shin sin seo suh kwon kwak hwang ahn an song yoo yu ryu jeon jun chun hong ko go moon
    mun yang son sohn bae bai baek paik heo hur huh nam noh roh ro ha jin ji cha joo ju woo won min yeom yeo
    sim shim byun byeon pyun chae cheon choo chu do doh gil gu koo kook hyun hyeon ma myung na pyo seol sung
    seong so tak uhm eom um wang yook yuk ok in
    chen chan wong li liu lau lin lam huang hung wu ng zhou chou chow xu hsu tsui sun hu ho guo kuo he gao
    kao luo lo law zheng cheng liang leung xie hsieh tse tang feng fung deng teng cao tsao peng xiao hsiao
    tian tien ye yeh yip pan poon du tu dai tai xia hsia zhong jiang chiang lu su wei fan fang shih shi tsai
    cai hou lai yuen kwan kuan kung gong tung dong hsueh xue yen yan chiu qiu ou au zhang zhao chao tsang
    zeng tseng yao fu wen mak mok tam tsoi siu wan fok kwok cheung""".split())
#: One romanised syllable: an onset, a vowel cluster and a coda ("myeong", "hsiu", "sook", "ran").
_SYLLABLE = re.compile(r"(?:ch|sh|ts|hs|ss|kk|tt|pp|jj|zh|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r|h)?")
_EA_SURNAME_FIRST = re.compile(r"(?<![\w-])([A-Z][a-z]{1,5}) ([A-Z][a-z]{0,6})-([A-Za-z][a-z]{0,6})(?![\w-])")
_EA_GIVEN_FIRST = re.compile(r"(?<![\w-])([A-Z][a-z]{0,6})-([A-Za-z][a-z]{0,6}) ([A-Z][a-z]{1,5})(?![\w-])")


def _syllable(s: str) -> bool:
    return _SYLLABLE.fullmatch(s.lower()) is not None


def _romanised(text: str, authored) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _EA_SURNAME_FIRST.finditer(text):
        sur, a, b = m.group(1), m.group(2), m.group(3)
        if sur.lower() in _EA_SURNAMES and _syllable(a) and _syllable(b):
            out.append((m.start(), m.end(), f"{a}-{b}".lower(), sur.lower()))
    for m in _EA_GIVEN_FIRST.finditer(text):
        a, b, sur = m.group(1), m.group(2), m.group(3)
        if sur.lower() in _EA_SURNAMES and _syllable(a) and _syllable(b):
            out.append((m.start(), m.end(), f"{a}-{b}".lower(), sur.lower()))
    return [h for h in out if not authored(text, h[0], h[1])]  # "watercolours by Lin Ching-che": an author


# --- numbered handles ------------------------------------------------------------------------------
_NUMBERED = re.compile(r"(?<![\w.@/#:=+-])([a-z]{4,30})(?:[._-]?\d{2,3}|-0000\d\d)(?![\w@/+-]|[.,]\d)")
#: Words before a subject handle: "portrait of x", "caricature de x", "card with x".
_CUE_BEFORE = frozenset(
    """of de del della di da do du von van with con com mit avec featuring feat starring""".split())
_OPEN = frozenset(":,;(>[{|\n-\"«“")


#: "nataliefleet in a coat", "fraukeludowig at a press conference": a joined name without a number
#: is read only at the field's start and before one of these words (what a person does or where).
_DOING_AFTER = frozenset(
    """in at on as with riding cooking reading walking playing eating drinking singing dancing painting
    hiking cycling running giving holding wearing sitting standing smiling laughing waving hosting
    shaking visiting signing baking answering qui che beim que con en dans sur avec im am mit dando
    paseando andando comiendo leyendo bailando cantando""".split())
_JOINED_START = re.compile(r"^[\s\W]{0,3}([a-z]{8,30})(?= (\w+))")


def _reversed_joined(gaz, w: str) -> bool:
    """A surname first and a given name joined ("udvarosdorottya", "nunesamanda"): a head of 4+ letters
    that is no known word, then a listed given name of 5+ letters that is no word."""
    for k in range(4, len(w) - 4):
        head, rest = w[:k], w[k:]
        if rest in gaz.first and not gaz.is_known(rest) and not gaz.is_known(head) and head not in gaz.first:
            return True
    return False


def _subject_position(text: str, start: int) -> bool:
    k = start
    while k > 0 and text[k - 1] in " \t@#":
        k -= 1
    if k == 0 or text[k - 1] in _OPEN:
        return True
    return _word_before(text, start).lower() in _CUE_BEFORE


def _numbered(text: str, gaz, sexual) -> list[tuple[int, int, str, str]]:
    from .lora import _is_person_name, _joined_name, long_unknown_name

    like = None
    out = []
    for m in _NUMBERED.finditer(text):
        w = m.group(1)
        if gaz.is_known(w) or w in gaz.first_ambiguous or not _subject_position(text, m.start()):
            continue
        if like is None:
            like = load_name_likeness()
        # Out of a sexual request only a joined given name + surname, or a given name of 5+ letters
        # that is no word: a word the letter model likes ("fifa23") may be a product.
        if _joined_name(gaz, w) or _reversed_joined(gaz, w):
            why = "joined"
        else:
            why = _is_person_name(gaz, like, (w,), False)
        if why is None and long_unknown_name(gaz, w) and sexual():
            why = "long_unknown"  # "ketsarawongsuwan84": a joined name no list can split
        if why == "joined" or why == "given" and len(w) >= 5 or why in ("name_like", "long_unknown") and sexual():
            out.append((m.start(), m.end(), w, why))
    return out


def _joined_at_start(text: str, gaz) -> tuple[int, int, str] | None:
    """A lower-case joined given name + surname opening the field, before a word of what a person
    does ("fraukeludowig at a press conference", "samanthapower in a garden")."""
    from .lora import _two_words

    m = _JOINED_START.match(text)
    if m is None or m.group(2).lower() not in _DOING_AFTER:
        return None
    w = m.group(1)
    if gaz.is_known(w) or w in gaz.first or _two_words(gaz, w):
        return None
    if _strict_joined(gaz, w) or _reversed_joined(gaz, w):
        return m.start(1), m.end(1), w
    return None


def _strict_joined(gaz, w: str) -> bool:
    """The longest listed given name (4+ letters, no word) that opens ``w``, then a rest of 4+ letters
    that is no known word, ends in no word of 5+ letters ("jasmin" + "eflower", "winona" + "redcloud")
    and is a census surname or name-like ("frauke" + "ludowig")."""
    for k in range(min(len(w) - 4, 12), 3, -1):
        head, rest = w[:k], w[k:]
        if head not in gaz.first or gaz.is_common_word(head):
            continue
        if gaz.is_known(rest) or any(gaz.is_common_word(rest[j:]) for j in range(0, len(rest) - 4)):
            return False
        return rest in gaz.surname_rank or load_name_likeness().prob(rest) >= 0.4
    return False


#: A Title-case surname first, then a given name ("Udvaros Dorottya", Hungarian and East Asian order).
_SURNAME_FIRST = re.compile(rf"(?<![\w'’.-])({_L}{{3,20}}) ({_L}{{3,20}})(?![\w'’-])")


def _surname_first(text: str, gaz, like) -> list[tuple[int, int, str, str]]:
    """In a sexual request, at the subject position: a surname no list holds that the letter model
    reads as a name (or a census surname that is no word), then a listed given name that is no word."""
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        sur, given = m.group(1), m.group(2)
        if not (_title(sur) and _title(given)) or not _subject_position(text, m.start()):
            continue
        nxt = text[m.end():m.end() + 30].split()
        if nxt and nxt[0][:1].isupper():
            continue  # "Ngo Thanh Van": a longer name, read whole by the pair readers
        fs, fg = _fold(sur), _fold(given)
        if fg not in gaz.first or gaz.is_known(fg) or fs in gaz.first or fs in _PLACES or fg in _PLACES:
            continue
        if gaz.is_known(fs) or not (fs in gaz.surname_rank or like.prob(fs) >= 0.5):
            continue
        out.append((m.start(), m.end(), fg, fs))
    return out


#: A listed given name, then a Title-case surname with a diacritic ("Julia Görges", "Anna Bär").
_PAIR = re.compile(rf"(?<![\w'’.-])([A-Z][a-z]{{2,20}}) ([A-ZÀ-Þ][^\W\d_]{{1,24}})(?![\w'’-])")


#: Letters English loanwords never carry (café, résumé, naïve, señor carry é è ê à ç ï ñ).
_NON_LOAN_MARKS = frozenset("äöüßåøæőűčřšžłńśźćęąğışțășđ")


def _diacritic_pairs(text: str, gaz) -> list[tuple[int, int, str, str]]:
    """A given name that is no word before a surname written with a diacritic whose plain letters make an
    English word: "Görges" is not "gorges", "Bär" is not "bar" (the pair rules read the plain word)."""
    out = []
    for m in _PAIR.finditer(text):
        given, sur = m.group(1), m.group(2)
        if not _title(sur) or not any(c in _NON_LOAN_MARKS for c in sur.lower()):
            continue  # "Résumé", "Café", "Rosé": English writes these loanwords with their accents
        fg, fs = given.lower(), _fold(sur)
        if fg in gaz.first and not gaz.is_common_word(fg) and fg not in _PLACES and gaz.is_common_word(fs):
            out.append((m.start(), m.end(), fg, fs))
    return out


def _sexual(nt) -> bool:
    """A word of the sexual lexicon in the field (the gate of the weaker readings)."""
    from .deixis import folded_sexual_words

    return bool(set(re.findall(r"[^\W\d_]+", nt.folded.text[:_MAX_SCAN])) & folded_sexual_words())


def latin_form_findings(nt, field: str, gaz, taken: Marks) -> list[Finding]:
    """``full_name`` findings (0.55) for the three forms of the module docstring, where no finding
    of ``taken`` covers the words."""
    text = nt.original[:_MAX_SCAN]
    out: list[Finding] = []
    memo: list[bool] = []

    def sexual() -> bool:  # read once, only by the readings that need it
        if not memo:
            memo.append(_sexual(nt))
        return memo[0]

    from .initials import _authored

    if ", " in text and not text.islower():
        for a, b, first, last in _reversed(text, gaz, _authored, load_name_likeness(), sexual):
            if not taken.overlaps(a, b):
                out.append(finding("full_name", 0.55, field, nt, a, b, {
                    "kind": "reversed", "first": first, "last": last, "case": "capitalised", "source": "text"}))
    if not text.isascii() and not text.islower():
        for a, b, first, last in _diacritic_pairs(text, gaz):
            if not taken.overlaps(a, b):
                out.append(finding("full_name", 0.55, field, nt, a, b, {
                    "kind": "diacritic_pair", "first": first, "last": last, "case": "capitalised", "source": "text"}))
    if "-" in text and not text.islower():
        for a, b, first, last in _romanised(text, _authored):
            if not taken.overlaps(a, b):
                out.append(finding("full_name", 0.55, field, nt, a, b, {
                    "kind": "romanised", "first": first, "last": last, "case": "capitalised", "source": "text"}))
    if text[:1].islower() or text[:3].lstrip(" #@\"'«“(").islower():
        hit = _joined_at_start(text, gaz)
        if hit is not None and not taken.overlaps(hit[0], hit[1]):
            out.append(finding("full_name", 0.55, field, nt, hit[0], hit[1], {
                "kind": "joined_subject", "name": hit[2], "case": "lower", "source": "text"}))
    if not text.islower():
        pairs = _surname_first(text, gaz, load_name_likeness())
        for a, b, first, last in pairs if pairs and sexual() else ():
            if not taken.overlaps(a, b):
                out.append(finding("full_name", 0.55, field, nt, a, b, {
                    "kind": "surname_first", "first": first, "last": last, "case": "capitalised", "source": "text"}))
    if any(c.isdigit() for c in text):
        for a, b, name, why in _numbered(text, gaz, sexual):
            if not taken.overlaps(a, b):
                out.append(finding("full_name", 0.55, field, nt, a, b, {
                    "kind": "numbered_handle", "name": name, "evidence": why, "case": "lower", "source": "text"}))
    return out
