"""Name forms on no list (round 20, issue 10): shapes that say "a name" when no list holds the name.

Two kinds of reading, both run by :class:`.reader.PersonReader` only where no subject was read yet:

Direct findings (:func:`direct_findings`), where the form itself says "a person":

- a booru tag with the ``_(irl)`` qualifier ("in real life"), in any script: ``jane_doe_(irl)``;
- a photo file named after someone: ``name_surname_1156.jpg``, ``oum_5374.jpg`` (camera and tool
  prefixes such as ``IMG_``, ``DSC_``, ``PXL_``, ``sdxl_`` and dictionary words are no name);
- a one-word name with an occupation apposition: "Aguirre, the journalist," / "שלו, the author," (the
  word before is capitalised or in an uncased script, and no dictionary word);
- a name in another script standing in a Latin-script clause where a person goes ("drawing of 铁凝
  reading", "face = غریدہ فاروقی", "https://hi.wikipedia.org/wiki/रंजीत_रंजन as ..."): a run of 1-3 words
  of one uncased script, not after a word that introduces lettering ("the word", "a sign saying",
  "calligraphy of") and not before one ("... characters", "... text");
- an Arabic name after the preposition written with a tatweel, ``لـ`` ("صورة رسمية لـX Y"): the tatweel
  marks the clitic as glued to a proper noun or a loanword.

A variant of the text (:func:`variant`), read again by all the readers; only findings over a rewritten
run are kept:

- letters spaced out ("A M É L I E N O T H O M B", Devanagari letters and signs spaced): joined, and
  split after a listed given name when one opens the run;
- digits for letters beyond the 4/3/1/0 of :mod:`.recase` ("54m4n7h4", "71b154y": 5->s, 7->t, 8->b,
  9->g, 6->g, 2->z), two to four such words in a row, no decoded word a dictionary word ("h4ck3r");
- alternating case ("bRiNdA kArAt"): two or three such words, none a dictionary word;
- a surname in capitals before the given name ("STILES Marit", "BLOCK Maggie De"): put in order when
  the capitalised word after is a listed given name that is no dictionary word; round 23: also the
  catalogue form with a comma ("REYNOLDS, Kim", "NG, Celeste"), see :func:`_caps_comma_given`;
- round 23: a lower-case "surname given" pair in a person slot ("brown natasha"), see :func:`_lower_swaps`;
- a hashtag of a name glued in PascalCase ("#YeoBeeYin") or in Arabic with the article ("#XالY");
- a long lower-case name joined without a space ("wesstreeting", "chimamandangoziadichie",
  "...sdottir"): split after a listed given name of 3+ letters when the rest is no dictionary word;
- a Wikipedia article URL: the URL prefix dropped and "_" read as a space.

Cost: a few compiled scans over the text; the variant is read again only when something was rewritten.
Limits: a single lower-case word name, a CJK name glued inside a CJK clause, and nicknames with an
article ("la india") are not read here.
"""

from __future__ import annotations

import re
import unicodedata

from ...findings import Finding
from .found import finding
from .scripts import script_of

__all__ = ["direct_findings", "variant", "may_apply"]


def _is_word(gaz, w: str, band: int = 2) -> bool:
    """A common English word or a word of band ANCHOR+ of a language of the table (rarer entries of the
    table hold many names: "marit", "araneta")."""
    from .language import LANGUAGES, language_words

    w = _fold(w)
    if gaz.is_common_word(w):
        return True
    code = language_words().get(w, 0)
    return any(((code >> (2 * k)) & 3) >= band for k in range(len(LANGUAGES))) if code else False


def _any_word(gaz, w: str) -> bool:
    """Any entry of the word lists, rare ones too (for joined tokens: a name joined is in none)."""
    from .language import language_words

    f = _fold(w)
    return gaz.is_known(f) or f in language_words()


def _name_word_ok(gaz, w: str) -> bool:
    """A capitalised word that may be a one-word name: a listed given name, a surname of the census in
    its first 5,000, or no common word ("Smith", "Wells", "Gregorio"; not "However", "Then")."""
    f = _fold(w)
    if f in gaz.first and not gaz.is_common_word(f):
        return True
    rank = gaz.surname_rank.get(f)
    if rank is not None and rank <= 5000:
        return True
    return not _is_word(gaz, f) and f not in gaz.proper_other


def _fold(w: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", w.lower()) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# Direct findings
# ---------------------------------------------------------------------------------------------
_IRL = re.compile(r"(?P<name>[^\W\d_][^\W\d_\u0640]*(?:_[^\W\d_]+){0,4})[_ ]\(irl\)", re.IGNORECASE)
_FILE = re.compile(r"(?<![\w./\\-])(?P<name>[a-z]{2,20}(?:_[a-z]{2,20}){0,3})_\d{2,6}\.(?:jpe?g|png|webp|heic)\b",
                   re.IGNORECASE)
#: File-name prefixes of cameras, phones and tools, and words that name the picture, not a person.
_FILE_NOT_NAME = frozenset(
    """img image images dsc dscn dscf pxl mvimg vid photo photos pic pics picture screenshot screen scan scans
    file untitled wp whatsapp signal snapchat telegram frame export edit edited final copy out output render
    renders gen tmp temp test asset ref refs bg sdxl sd flux mj comfyui comfy fooocus sample samples grid
    upscale upscaled crop cropped thumb thumbnail avatar icon logo banner cover wallpaper shot capture
    raw hdr pano img_ fb ig insta tiktok reel story""".split())

#: Occupations of an apposition after a one-word name, in the languages prompts write them.
_ROLES = ("politician|singer|journalist|lawyer|diplomat|author|writer|novelist|poet|actress|actor|minister|"
          "senator|presenter|anchor|newsreader|broadcaster|activist|rapper|comedian|athlete|footballer|"
          "tennis player|swimmer|runner|economist|scientist|professor|judge|mayor|governor|mp|congresswoman|"
          "congressman|councillor|councilwoman|businesswoman|businessman|entrepreneur|ceo|chef|director|"
          "filmmaker|painter|artist|musician|pianist|violinist|dancer|ballerina|model|influencer|youtuber|"
          "streamer|tiktoker|reporter|columnist|historian|philosopher|physicist|astronaut|olympian|"
          "ambassador|prosecutor|president|premier|chancellor|queen|princess|prince|king|"
          "politica|político|política|cantante|periodista|abogada|abogado|diplomática|diplomático|escritora|"
          "escritor|actriz|ministra|presentadora|jueza|alcaldesa|chanteuse|journaliste|avocate|avocat|"
          "diplomate|écrivaine|écrivain|autrice|romancière|actrice|ministre|présentatrice|sängerin|sänger|"
          "journalistin|anwältin|diplomatin|autorin|schriftstellerin|schauspielerin|ministerin|politikerin|"
          "moderatorin|cantora|jornalista|advogada|diplomata|escritora|atriz|apresentadora|giornalista|"
          "avvocata|scrittrice|attrice|ministra|conduttrice|politica")
_ARTICLE = r"(?:the|a|an|el|la|le|l'|il|lo|der|die|das|o|a|de|het|den|famous|well-known|renowned)"
_APPOS = re.compile(
    r"(?<![\w'’-])(?P<name>[^\W\d_][^\W\d_'’-]{1,24})\s*,\s*" + _ARTICLE + r"\s+(?:[a-zäöüéèáíóúñç-]+\s+){0,2}?"
    r"(?:" + _ROLES + r")(?![\w-])\s*(?:,|\.|;|:|\bbut\b|\band\b|$)", re.IGNORECASE)

#: Uncased scripts whose words may stand for a name inside a Latin clause.
_SCRIPTS = frozenset({"Han", "Hangul", "Hiragana", "Katakana", "Arabic", "Hebrew", "Devanagari", "Bengali",
                      "Thai", "Tamil", "Telugu", "Gurmukhi", "Gujarati", "Kannada", "Malayalam", "Sinhala",
                      "Georgian", "Armenian", "Ethiopic", "Khmer", "Lao", "Myanmar"})
#: Latin words before or after foreign letters that make them lettering, not a person.
_LETTERING = frozenset(
    """word words text texts character characters char chars sign signs saying says said reads reading_sign
    written writes write calligraphy kanji hanzi hangul letters letter lettering logo caption title titled
    tattoo tattooed slogan banner label labelled labeled spelling spelled spells means meaning translate
    translates translation translated font typography inscription inscribed engraved embroidered printed
    stamp seal brand menu poster headline phrase quote quoted name named called script glyph glyphs symbol
    symbols neon scroll graffiti""".split())
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: The preposition li- written with a tatweel before a name.
_LAM = re.compile("(?:^|(?<=\\s))\u0644\u0640+(?P<name>[\u0621-\u064a]{2,}(?: [\u0621-\u064a]{2,}){0,2})")
_AR_STOP = frozenset("""مع في من على عن الى إلى و او أو ثم بعد قبل عند وهو وهي وخلفها وخلفه وأمامها وامامها""".split())


#: "K. Kavitha": one initial and a name; "Rob J.": a listed given name and one initial.
_INITIAL_NAME = re.compile(r"(?<![\w.])(?P<n>[A-Z]\. ?(?P<w>[A-Z][a-z]{3,20}))(?![\w.'’-])")
_NAME_INITIAL = re.compile(r"(?<![\w.])(?P<n>(?P<w>[A-Z][a-z]{2,15}) [A-Z]\.)(?! ?[A-Z][a-z])(?!\w)")
#: A lower-case given name and surname after a preposition of an ordinary or sexual request ("drawing of
#: pinky webb", "caricature de bintang puspayoga", "caricature ni liza araneta-marcos").
_LOWER_PAIR = re.compile(r"(?:^|(?<=\s))(?:of|de|di|da|do|du|von|ni|kay|para|pour|for|avec|con|mit|van)\s+"
                         r"(?P<a>[a-z]{3,15})\s+(?P<b>[a-z]{3,15}(?:-[a-z]{3,15})?)(?=[\s,.;:!?]|$)")


def _lower_name_part(gaz, w: str, given: bool) -> bool:
    if given and w in gaz.first and not gaz.is_common_word(w):
        return True
    if not given:
        rank = gaz.surname_rank.get(w)
        if rank is not None and rank <= 5000 and not gaz.is_common_word(w):
            return True
    return all(not _any_word(gaz, p) and not (p.endswith("s") and _any_word(gaz, p[:-1])) for p in w.split("-"))


def _script_run(text: str, i: int) -> tuple[int, str | None]:
    """End of the run of letters/marks of one script that starts at ``i`` and that script."""
    sc = script_of(text[i])
    j = i
    n = len(text)
    while j < n and (text[j].isalpha() and script_of(text[j]) == sc or unicodedata.category(text[j])[0] == "M"
                     or text[j] == "\u200c" or text[j] == "\u200d"):
        j += 1
    return j, sc


def _foreign_runs(text: str):
    """``(start, end, script)`` of runs of 1-3 words of one uncased script in a Latin-script text."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isascii() or not c.isalpha():
            i += 1
            continue
        j, sc = _script_run(text, i)
        if sc not in _SCRIPTS:
            i = j
            continue
        words = 1
        k = j
        while k < n and words < 4:
            m = k
            while m < n and text[m] in " _":
                m += 1
            if m == k or m >= n or not text[m].isalpha() or script_of(text[m]) != sc:
                break
            k, _ = _script_run(text, m)
            words += 1
        yield i, k, sc, words
        i = k


def _latin_clause(text: str) -> bool:
    return len(_LATIN_WORD.findall(text)) >= 3


def direct_findings(nt, field: str, gaz) -> list[Finding]:
    text = nt.original
    out: list[Finding] = []
    low = text.lower()
    if "(irl)" in low:
        for m in _IRL.finditer(text):
            name = m.group("name")
            parts = [p for p in name.replace("\u0640", "").split("_") if p]
            if len(parts) == 1 and name.isascii() and _is_word(gaz, parts[0]):
                continue
            out.append(finding("name_in_slot", 0.7, field, nt, m.start("name"), m.end(),
                               {"slot": "booru_irl", "evidence": "irl_tag"}))
    if "." in text:
        for m in _FILE.finditer(text):
            parts = m.group("name").lower().split("_")
            if parts[0] in _FILE_NOT_NAME or len(parts[0]) < 3 or any(p in _FILE_NOT_NAME for p in parts):
                continue
            if all(_is_word(gaz, p) and p not in gaz.first for p in parts) or len(parts) == 1 and _is_word(gaz, parts[0]):
                continue
            out.append(finding("name_in_slot", 0.6, field, nt, m.start(), m.end(),
                               {"slot": "photo_file", "evidence": "file_name"}))
    if "," in text:
        for m in _APPOS.finditer(text):
            name = m.group("name")
            if name.isascii() or script_of(name[0]) == "Latin":
                if not name[0].isupper() or not _name_word_ok(gaz, name):
                    continue
            elif script_of(name[0]) not in _SCRIPTS:
                continue
            out.append(finding("name_in_slot", 0.7, field, nt, m.start("name"), m.end("name"),
                               {"slot": "role_apposition", "evidence": "apposition"}))
    if ". " in text or text.endswith("."):
        for rx in (_INITIAL_NAME, _NAME_INITIAL):
            for m in rx.finditer(text):
                w = _fold(m.group("w"))
                head = text[max(0, m.start() - 24):m.start()].lower()
                if re.search(r"[A-Z]\. ?$", text[:m.start()]) or re.search(
                        r"\b(?:by|after|like|style of|manner of|inspired by|à la|d'après|nach|alla)\s*$", head):
                    continue  # part of a longer name ("M. C. Escher") or an author of a style
                if rx is _NAME_INITIAL:
                    if w not in gaz.first or w in ("section", "plan", "type", "grade", "vitamin"):
                        continue
                elif not (w in gaz.first and not gaz.is_common_word(w) or not _is_word(gaz, w) and not gaz.is_known(w)):
                    continue
                out.append(finding("name_in_slot", 0.6, field, nt, m.start("n"), m.end("n"),
                                   {"slot": "initial", "evidence": "initial_form"}))
    if text.isascii() or script_of(text[0]) == "Latin":
        from .deixis import folded_sexual_words

        sexual = folded_sexual_words()
        for m in _LOWER_PAIR.finditer(text):
            a, b = m.group("a"), m.group("b")
            if a in sexual or b in sexual or not _lower_name_part(gaz, a, True) or not _lower_name_part(gaz, b, False):
                continue
            if _is_word(gaz, a) or any(_is_word(gaz, p) for p in b.split("-")):
                continue  # a word of some language ("di foto yang"): lower case gives no other evidence
            last = b.split("-")[-1]
            if gaz.surname_rank.get(last) is None and not _SURNAME_END.search(last) or gaz.is_common_word(last):
                continue  # the second word is a census surname or ends like one ("miso ramen" is no name)
            out.append(finding("name_in_slot", 0.55, field, nt, m.start("a"), m.end("b"),
                               {"slot": "lower_pair", "evidence": "lower_name"}))
    if not text.isascii():
        if _latin_clause(text):
            out.extend(_foreign_in_latin(nt, field, text))
        if "\u0644\u0640" in text:
            for m in _LAM.finditer(text):
                words = m.group("name").split(" ")
                keep = []
                for w in words:
                    if w in _AR_STOP or w.startswith("و") and keep:
                        break
                    keep.append(w)
                if not keep:
                    continue
                end = m.start("name") + len(" ".join(keep))
                out.append(finding("name_in_slot", 0.6, field, nt, m.start("name"), end,
                                   {"slot": "li_tatweel", "evidence": "clitic"}))
    return out


#: -ing words that are nouns after a place or thing ("서울 building", "東京 skyline at evening").
_ING_NOUNS = frozenset("""building buildings morning evening painting paintings ceiling clothing spring king ring
    string thing things wedding pudding wing lightning sling bling swing icing ling sibling offspring railing
    ceiling landing setting sightseeing shopping housing parking ping""".split())
_PREDICATES = frozenset("""wearing reading giving holding riding walking sitting standing smiling laughing
    dancing singing posing waving cutting shaking speaking talking cooking playing eating drinking running
    hugging meeting visiting signing touring interviewed dressed""".split())


#: "X as a <person noun>": a person cast as someone ("... as a video game character"); a place is cast as a
#: place or thing ("東京 as a cyberpunk city").
_AS_PERSON = frozenset("""character pirate knight queen king princess prince superhero hero heroine villain astronaut
    doctor chef wizard witch warrior soldier detective cowboy cowgirl vampire samurai ninja person woman man girl
    boy lady president teacher nurse minifigure figurine mermaid fairy""".split())
_NP_END = frozenset("with in on at from for holding wearing and while who".split())


def _sexual_after(text: str, b: int) -> bool:
    """A word of the sexual lexicon among the next three Latin words ("X fully naked", "X topless on ...")."""
    from .deixis import folded_sexual_words

    sexual = folded_sexual_words()
    tail = re.split(r"[,.;:!?()\[\]]", text[b:b + 40], maxsplit=1)[0]  # the same clause only
    return any(w.lower() in sexual for w in _LATIN_WORD.findall(tail)[:3])


def _person_predicate(word: str, rest: str = "") -> bool:
    if word == "as":
        # the head noun of "as a ... <noun>": the last word before punctuation or a preposition
        m = re.match(r"\s*as\s+(?:a|an|the)\s+([A-Za-z -]{1,40})", rest)
        if m is None:
            return False
        head = ""
        for w in m.group(1).split():
            if w.lower() in _NP_END:
                break
            head = w.lower()
        return head in _AS_PERSON
    return word in _PREDICATES or len(word) >= 5 and word.endswith("ing") and word not in _ING_NOUNS


def _neighbour_words(text: str, a: int, b: int) -> tuple[list[str], str]:
    """The last three Latin words before ``a`` (lower case, nearest last) and the first one after ``b``."""
    before = [w.lower() for w in _LATIN_WORD.findall(text[max(0, a - 48):a])[-3:]]
    after = _LATIN_WORD.findall(text[b:b + 40])
    return before, (after[0].lower() if after else "")


#: Round 23: what one writes TO a person ("a fan letter to X", "a birthday card for X").
_ADDRESSED = frozenset("letter letters note notes card cards message messages postcard email poem".split())


def _ja_family_first(text: str, a: int) -> bool:
    """A frequent Japanese family name of two or three Han characters opens ``text[a:]`` ("上野千鶴子")."""
    from .same_script import _JA_FAMILY
    from .script_words import _JA_FAMILY_MORE

    return any(text[a:a + k] in _JA_FAMILY or text[a:a + k] in _JA_FAMILY_MORE for k in (2, 3))


def _foreign_in_latin(nt, field: str, text: str) -> list[Finding]:
    out = []
    for a, b, sc, words in _foreign_runs(text):
        if words > 3:
            continue
        if sc in ("Han", "Hiragana", "Katakana") and not 2 <= b - a <= 4 \
                and not (sc == "Han" and b - a == 5 and _ja_family_first(text, a)):
            continue  # round 23: five Han characters only as a listed Japanese family name and a given name
        if sc == "Hangul" and not 2 <= b - a <= 4:
            continue
        if b - a < 2:
            continue
        pre = text[max(0, a - 3):a]
        if any(q in pre for q in "\"'“”«»「『") or any(q in text[b:b + 2] for q in "\"'“”«»」』"):
            continue  # quoted lettering
        # a wiki URL title stands in the text: read what stands around the URL
        s = a
        u = text.rfind("http", max(0, a - 60), a)
        if u >= 0 and " " not in text[u:a]:
            if "wikipedia.org/wiki/" not in text[u:a]:
                continue
            s = u
        before, after = _neighbour_words(text, s, b)
        addressed = len(before) >= 2 and before[-1] in ("to", "for") and before[-2] in _ADDRESSED
        if any(w in _LETTERING for w in before) and not addressed or after in _LETTERING \
                or before and before[-1] in ("by", "from"):
            continue  # lettering, but "a letter to X" (round 23) writes to a person
        # a person cue: a wiki article of a two-part title, "face = X" / "face of X", or what follows is a
        # person's predicate ("X cutting a ribbon", "X as a pirate", "X wearing ..."); a place takes none
        # ("watercolour of 서울 at night", "a sketch of 北京 hutongs")
        wiki = s != a and words >= 2
        face = bool(before) and before[-1] == "face" or text[max(0, s - 3):s].rstrip().endswith("=")
        if not (wiki or face or _person_predicate(after, text[b:b + 60]) or _sexual_after(text, b)):
            continue
        out.append(finding("name_in_slot", 0.6, field, nt, a, b,
                           {"slot": "other_script", "script": sc, "evidence": "script_in_latin"}))
    return out


# ---------------------------------------------------------------------------------------------
# The variant read again
# ---------------------------------------------------------------------------------------------
_MAY = re.compile(
    r"(?:^|\s)\S(?: \S){4,}"                                   # letters spaced out
    r"|[A-Za-z]*\d[A-Za-z]|[A-Za-z]\d"                         # digits for letters
    r"|[a-z][A-Z][a-z][A-Z]|[A-Z][a-z][A-Z][a-z]"              # alternating case
    r"|\b[A-Z]{2,}[A-Z'-]* [A-Z][a-z]"                          # CAPS then Capitalised
    r"|[A-ZÀ-ÖØ-ÞĀ-ž]{2}[A-ZÀ-ÖØ-ÞĀ-ž'-]*, [A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]"  # CAPS, then Capitalised
    r"|#\w"                                                     # hashtag
    r"|(?<![\w@#/.-])[a-z]{9,}(?![\w@/.-])"                    # a long lower-case token
    r"|wikipedia\.org/wiki/")


def may_apply(text: str) -> bool:
    return _MAY.search(text) is not None or _LOWER_PAIR_GATE.search(text) is not None and _lower_swap_gate(text)


#: Round 23: a lower-case "surname given" pair ("brown natasha", "moss sarah", "rochester lisa blunt"):
#: two lower-case words (the gate; each pair checked with set lookups only).
_LOWER_PAIR_GATE = re.compile(r"[a-zß-öø-ÿ]{3} [a-zß-öø-ÿ]{3}")
_LOWER_TOK = re.compile(r"[a-zß-öø-ÿ]+(?:-[a-zß-öø-ÿ]+)?|[^\sa-zß-öø-ÿ]")
#: Words before the pair that put a person after them (besides the start of an item).
_LOWER_POINTER = frozenset("""a de da do of with ver voir see is and to von di du la le el con com avec mit
    und featuring starring imagine draw show make photo picture pic pics nude naked nua nu nue desnuda
    nackt nuda inviting invite ask meet about for prompt generate gere gera genera""".split())
_ITEM_START = frozenset(",:;([{\"“«/|")


def _lower_swap_gate(text: str) -> bool:
    from .gazetteer import load_gazetteer

    return bool(_lower_swaps(text, load_gazetteer()))


def _lower_swaps(text: str, gaz) -> list[tuple[int, int, str]]:
    """``(start, end, "given surname")`` for each lower-case "surname given [surname]" run in a person
    slot: the first word a census surname (or one with a surname ending) that is no given name, the
    second a listed given name that is no common word and no place; at an item's start or after a word
    that puts a person after it, and ending the run (no further given name or surname)."""
    if text.isupper():
        return []
    from .language import language_words

    toks = [(m.start(), m.end(), m.group()) for m in _LOWER_TOK.finditer(text)]
    out: list[tuple[int, int, str]] = []
    places = None
    for i in range(len(toks) - 1):
        s0, e0, w0 = toks[i]
        s1, e1, w1 = toks[i + 1]
        if len(w1) < 3 or not w1[0].isalpha() or not w0[0].isalpha() or text[e0:s1] != " ":
            continue
        g = _fold(w1)
        if g not in gaz.first or gaz.is_common_word(g) or language_words().get(g):
            continue  # a given name that is a word of some language is that word here ("cox dik sack": Dutch "dik")
        f0 = _fold(w0)
        if len(f0) < 3 or f0 in gaz.first or f0 in gaz.not_surname:
            continue
        if f0 not in gaz.surname_rank and (gaz.is_known(f0) or not _SURNAME_END.search(f0)):
            continue
        if places is None:
            from .place_words import _places
            places = _places()
        if g in places or f0 in places:
            continue
        # the slot before: an item start or a pointer word
        if i > 0:
            ps, pe, pw = toks[i - 1]
            if not (pw in _ITEM_START or pw in _LOWER_POINTER and text[pe:s0] == " "):
                continue
        end, rep = e1, w1 + " " + w0
        if i + 2 < len(toks):
            s2, e2, w2 = toks[i + 2]
            f2 = _fold(w2)
            if text[e1:s2] == " " and w2[0].isalpha() and f2 not in _LOWER_POINTER:
                if f2 in gaz.surname_rank and f2 not in gaz.first and not language_words().get(f2):
                    end, rep = e2, w1 + " " + w2 + " " + w0  # "rochester lisa blunt"
                elif f2 in gaz.first and not gaz.is_known(f2):
                    continue  # a longer run of given names: not this reading
        out.append((s0, end, rep))
    return out


_LEET_MAP = str.maketrans("43105789 62", "aeiostbg gz")
_LEET_JARGON = frozenset(
    """mp3 mp4 h264 h265 x264 x265 4k 8k 2k 16k 1080p 720p 480p 2160p 4k60 gpt4 gpt3 sd15 sd21 sdxl1 ps4 ps5 xbox360
    3d 2d 4d r32 e05 f16 f18 b52 covid19 web3 s23 s24 k8s i18n a11y""".split())
_TOKEN = re.compile(r"\S+")
_ALPHANUM = re.compile(r"^[A-Za-z0-9]+$")


def _leet_token(tok: str) -> str | None:
    core = tok.rstrip(",.;:!?)")
    if not _ALPHANUM.match(core) or core.lower() in _LEET_JARGON:
        return None
    letters = sum(c.isalpha() for c in core)
    digits = len(core) - letters
    if letters < 1 or digits < 1 or len(core) < 3:
        return None
    if re.match(r"^\d+(?:girls?|boys?|others?|k|p|d|s|x|fps|th|st|nd|rd|mm|cm|kg|h|m)$", core, re.IGNORECASE):
        return None
    if re.match(r"^(?:v|ver|xl|sd|r|e|ep|s|f|t|b)\d+$", core, re.IGNORECASE):
        return None
    out = core.lower().translate(_LEET_MAP)
    if not out.isalpha():
        return None
    return out


def _alternating(tok: str) -> bool:
    core = tok.rstrip(",.;:!?)")
    if len(core) < 3 or not core.isalpha():
        return False
    switches = sum(1 for x, y in zip(core, core[1:]) if x.isupper() != y.isupper())
    return switches >= 2 and any(c.isupper() for c in core[1:]) and any(c.islower() for c in core)


#: Endings that make a surname of an unlisted joined rest ("...sdottir", "...ović", "...opoulou", "...wicz").
_SURNAME_END = re.compile(r"(?:dottir|sson|ovic|ovich|evic|evich|enko|escu|opoulos|opoulou|akis|idis|uddin|ullah|zadeh"
                          r"|oglu|wicz|ewska|owska|ewski|owski|inska|inski|yan|ian)$")


def _sexual_long() -> tuple[str, ...]:
    from .deixis import folded_sexual_words

    global _SEXUAL_LONG
    if _SEXUAL_LONG is None:
        _SEXUAL_LONG = tuple(sorted(w for w in folded_sexual_words() if len(w) >= 4 and w.isalpha()))
    return _SEXUAL_LONG


_SEXUAL_LONG: tuple[str, ...] | None = None


def _split_given(gaz, joined: str, min_rest: int = 3, loose: bool = False) -> int | None:
    """Where a listed given name that opens ``joined`` ends, when the rest is in no word list."""
    f = _fold(joined)
    if len(f) != len(joined):
        return None
    for k in range(min(12, len(f) - min_rest), 2, -1):
        head, rest = f[:k], f[k:]
        if head in gaz.first and not gaz.is_common_word(head) and (loose or not _any_word(gaz, rest)) \
                and (k >= 4 or len(rest) >= 6):
            return k
    return None


def _spaced_runs(text: str):
    """``(start, end, letters)`` of runs of 5+ single letters (or signs) spaced by one space."""
    n = len(text)
    i = 0
    while i < n:
        if not (text[i].isalpha() or unicodedata.category(text[i])[0] == "M") or (i > 0 and not text[i - 1].isspace()):
            i += 1
            continue
        j = i
        letters = []
        while j < n and (text[j].isalpha() or unicodedata.category(text[j])[0] == "M") \
                and (j + 1 >= n or not (text[j + 1].isalpha() or unicodedata.category(text[j + 1])[0] == "M")):
            letters.append((j, text[j]))
            if j + 2 < n and text[j + 1] == " " and (text[j + 2].isalpha() or unicodedata.category(text[j + 2])[0] == "M"):
                j += 2
            else:
                break
        if len(letters) >= 5:
            yield letters[0][0], letters[-1][0] + 1, [c for _, c in letters]
            i = letters[-1][0] + 1
        else:
            i += 1


def _made_of_words(gaz, low: str) -> bool:
    """``low`` is a word, two words ("summersale", band COMMON of any language) or three common English
    words ("happynewyear") joined; listed given names that are no common English word do not count.
    Bounded: 40 letters, quadratic at most."""
    n = len(low)
    if n > 40 or _is_word(gaz, low):
        return True

    def word(w: str, english: bool) -> bool:
        if len(w) < 3 or w in gaz.first and not gaz.is_common_word(w):
            return False
        return gaz.is_common_word(w) if english else _is_word(gaz, w, band=3)

    for i in range(3, n - 2):
        if word(low[:i], False) and word(low[i:], False):
            return True
    for i in range(3, n - 5):
        if not word(low[:i], True):
            continue
        for j in range(i + 3, n - 2):
            if word(low[i:j], True) and word(low[j:], True):
                return True
    return False


#: A surname in capitals before a capitalised given name, with a comma between in the catalogue form
#: ("STILES Marit", "REYNOLDS, Kim", "O'BRIEN, Edna", "AMIRI, Sara Al").
_CAPS_GIVEN = re.compile(
    r"(?<![\w'-])(?P<caps>[^\W\d_a-z][^\W\d_a-z']+(?:-[^\W\d_a-z]{2,})?)(?P<comma>,)? (?P<given>[^\W\d_][^\W\d_]+)"
    r"(?: (?P<part>De|Van|Von|Di|Da|Le|La|Del|Dos|Das|Du|Ter|Ten|Bin|Binti|Al|El))?(?![\w-])")
#: Words in capitals that start a line of a form, a label or a heading, never a surname before a comma.
_CAPS_LABELS = frozenset("""name names summary notes note value values title date time warning caution
    important update breaking edit ps nb re fw fwd tip tips step steps q a faq total subject topic
    question answer reply update news alert uk us usa eu un uae nyc la dc""".split())


def _caps_comma_given(gaz, caps: str, g: str) -> bool:
    """"SURNAME, Given": the given name is listed (a word that is also a given name, "Pat", "Nick", "Jo",
    only after a listed surname that is no common word, or a token no dictionary holds), or a name-like
    token no list holds; the surname is no label word, place or acronym."""
    from .place_words import _places
    from .language import language_words
    from .namelike import load_name_likeness

    c = _fold(caps).replace("'", "").replace("-", "")
    if c in _CAPS_LABELS or c in _places():
        return False
    if c not in gaz.surname_rank and (gaz.is_known(c) or len(c) <= 3):
        return False  # a word, place or acronym in capitals ("USA, Georgia"), not an unlisted surname
    if g not in gaz.first:
        # an unlisted given name: a token no list or language holds that the name-likeness model reads as a
        # name ("COBB, Jelani"), after a listed surname or a name-like unlisted one
        like = load_name_likeness().prob
        return (len(g) >= 4 and g.isalpha() and not gaz.is_known(g) and not language_words().get(g)
                and like(g) >= 0.8 and (c in gaz.surname_rank or c.isalpha() and len(c) >= 4 and like(c) >= 0.8))
    return not gaz.is_common_word(g) or not gaz.is_common_word(c)


def variant(text: str, gaz, strong_spans: list | None = None) -> tuple[str, list[int]] | None:
    """``(variant, where)``: ``variant[k]`` comes from ``text[where[k]]`` (a rewritten run maps inside the
    original run); None when nothing was rewritten."""
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    strong: list[tuple[int, int, str]] = []  # runs whose shape alone reads as a name

    # letters spaced out
    for a, b, letters in _spaced_runs(text):
        latin = all(c.isascii() or script_of(c) == "Latin" for c in letters)
        if latin:
            # Round 29: a one-letter word of the sentence touching the run ("hazme a A G N E S ...", "and
            # A N N A y ...", Polish "z", Croatian "u") is no letter of the name: cut lower-case letters off its ends.
            while letters and letters[0].islower() and len(letters) > 5 and letters[1].isupper():
                letters, a = letters[1:], a + 2
            while letters and letters[-1].islower() and len(letters) > 5 and letters[-2].isupper():
                letters, b = letters[:-1], b - 2
            if len(letters) < 5 or not all(c.isupper() for c in letters):
                continue
            joined = "".join(letters)
            low = joined.lower()
            if _made_of_words(gaz, low):
                continue
            k = _split_given(gaz, joined, loose=True)
            rep = joined.capitalize() if k is None else joined[:k].capitalize() + " " + joined[k:].capitalize()
            if len(low) >= 6:
                strong.append((a, b, "spaced"))
        else:
            rep = "".join(letters)
        edits.append((a, b, rep))

    # digits for letters and alternating case, runs of 2-4 tokens
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    k = 0
    while k < len(toks):
        run = []
        kind = None
        while k < len(toks) and len(run) < 5:
            s, e, t = toks[k]
            dec = _leet_token(t)
            if dec is not None and kind in (None, "leet"):
                run.append((s, s + len(t.rstrip(",.;:!?)")), dec))
                kind = "leet"
            elif _alternating(t) and kind in (None, "alt"):
                core = t.rstrip(",.;:!?)")
                run.append((s, s + len(core), core.lower()))
                kind = "alt"
            else:
                break
            if t[-1] in ",.;:!?)":
                k += 1
                break
            k += 1
        n_words = sum(1 for _, _, d in run if _is_word(gaz, d) and _fold(d) not in gaz.first)
        if 2 <= len(run) <= 4 and n_words <= 1 and n_words < len(run) - 1 + (len(run) == 2):
            for s, e, d in run:
                edits.append((s, e, d.capitalize()))
            strong.append((run[0][0], run[-1][1], kind))
        if not run:
            k += 1

    # CAPS surname then given name
    lower_words = sum(1 for _, _, t in toks if t[:1].islower())
    if lower_words >= 3:
        for m in _CAPS_GIVEN.finditer(text):
            caps, given = m.group("caps"), m.group("given")
            if not caps.isupper() or not given[0].isupper() or not given[1:].islower():
                continue
            comma = m.group("comma") is not None
            if len(caps.replace("'", "").replace("-", "")) < (2 if comma else 3) or caps[0] == "'":
                continue
            if m.start() > 0 and text[m.start() - 1] == " " and re.search(r"[^\W\d_a-z]{2,} $", text[:m.start()]):
                continue  # a heading in capitals
            g = _fold(given)
            if comma and _caps_comma_given(gaz, caps, g):
                # Round 23: a catalogue-style "SURNAME, Given" ("REYNOLDS, Kim", "NG, Celeste"): the comma
                # and capitals are the sorted-list form of a name; "BROWN, the colour" has no given name
                # after it and "NAME, Value" no listed given name.
                part = m.group("part")
                edits.append((m.start(), m.end(), given + (" " + part if part else "") + " " + caps.capitalize()))
            elif comma:
                continue
            elif g in gaz.first and not gaz.is_common_word(g):
                part = m.group("part")
                rep = given + (" " + part if part else "") + " " + caps.capitalize()
                edits.append((m.start(), m.end(), rep))
            elif not _is_word(gaz, caps) and not _is_word(gaz, given) and _fold(caps) in gaz.first:
                edits.append((m.start("caps"), m.end("caps"), caps.capitalize()))

    # lower-case surname then given name (round 23)
    if _LOWER_PAIR_GATE.search(text) is not None:
        edits.extend(_lower_swaps(text, gaz))

    # hashtags
    if "#" in text:
        for m in re.finditer(r"#(?P<tag>[^\W\d_]{4,40})", text):
            tag = m.group("tag")
            if tag.isascii():
                parts = re.findall(r"[A-Z][a-z]+", tag)
                if 2 <= len(parts) <= 4 and "".join(parts) == tag and not all(_is_word(gaz, p) for p in parts):
                    edits.append((m.start(), m.end(), " ".join(parts)))
            elif all(script_of(c) == "Arabic" for c in tag):
                q = tag.find("ال", 2)
                if q >= 3 and len(tag) - q >= 4:
                    edits.append((m.start(), m.end(), tag[:q] + " " + tag[q:]))

    # long lower-case joined names
    for m in re.finditer(r"(?<![\w@#/.<:-])(?P<tok>[a-zà-öø-ÿðþ]{9,40})(?![\w@/.>-])", text):
        tok = m.group("tok")
        if _any_word(gaz, tok) or _made_of_words(gaz, tok):
            continue
        cut = _split_given(gaz, tok, min_rest=5)
        if cut is None or cut < 4:
            continue
        rest = _fold(tok[cut:])
        face = re.match(r"\s+face\b", text[m.end():m.end() + 8]) is not None  # "<name> face" in a tag pile
        if gaz.surname_rank.get(rest) is None and not _SURNAME_END.search(rest) and not face \
                or any(w in tok for w in _sexual_long()):
            continue
        edits.append((m.start(), m.end(), tok[:cut].capitalize() + " " + tok[cut:].capitalize()))

    # Wikipedia article URLs
    if "wikipedia.org/wiki/" in text:
        for m in re.finditer(r"https?://[a-z-]{2,12}\.(?:m\.)?wikipedia\.org/wiki/(?P<title>[^\s/?#]{2,80})", text):
            title = m.group("title")
            edits.append((m.start(), m.end(), title.replace("_", " ")))

    if not edits:
        return None
    if strong_spans is not None:
        strong_spans[:] = strong
    edits.sort()
    variant_chars: list[str] = []
    where: list[int] = []
    pos = 0
    for s, e, rep in edits:
        if s < pos:
            continue  # overlapping edits: the first wins
        for q in range(pos, s):
            variant_chars.append(text[q])
            where.append(q)
        span = max(1, e - s)
        for q, ch in enumerate(rep):
            variant_chars.append(ch)
            where.append(e - 1 if q == len(rep) - 1 and e > s else s + min(span - 1, q * span // max(1, len(rep))))
        pos = e
    for q in range(pos, len(text)):
        variant_chars.append(text[q])
        where.append(q)
    return "".join(variant_chars), where
