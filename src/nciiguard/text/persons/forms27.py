"""Name forms of round 27 (issue 10): where a person is named by a form the word readers miss.

Run by :class:`.reader.PersonReader` after the round-22 forms, only over runs no subject finding covers
yet. Each form is reported as ``name_in_slot`` (0.6, ``slot`` ``name_form``, ``form`` naming the form);
the span is the name as the user wrote it. Nothing here makes a prompt sexual.

- **role hint + surname** (``role_surname``): a public-role noun right before a capitalised word that is
  no common word of the guard's languages (or is a listed surname or given name) and no place: "the news
  presenter Keilar", "the scientist Sabry", "la députée Untel", "die Abgeordnete Untel", "a jornalista
  Untel", "el futbolista Untel". The role nouns are public roles only (politician, minister, athlete,
  presenter, journalist, singer, actress, streamer ... in en/fr/de/es/pt/it/nl/pl), never the words of
  ordinary descriptions ("the scientist in the lab coat" has no capitalised word after the role; "the
  nurse Betty" names no public role). A second capitalised word after the surname is left to the pair
  readers (a full name).
- **numbered handle** (``numbered_handle``): one lower-case token of 7+ letters and 2-4 digits
  ("sammewis93", "caroltome77", "jeanetteepps93"), whose letters are a listed given name (3+ letters)
  and a rest of 3+ letters that is a listed surname or given name, or no word and read as a name by the
  name-likeness model: the user name people are given. Product and model codes have no given name before a non-word
  rest ("iphone15", "windows11", "covid19", "rtx4090", "gpt4", "sdxl", "1080p").
- **surname in capitals before the given name** (``caps_given``): "GEESE Alexandra", "HALL Tamron",
  "KOKAY Erika", "OGUNBOWALE Arike" in a text with lower-case words: the capitals word has 3+ letters,
  is no label or place, and the given name is a listed given name that is no common word; or the given
  name is listed or name-like and the capitals word is a listed surname or no word (an acronym before a
  word is neither: "NASA Headquarters", "USA Today", "FAQ Section", "HTML Guide", "BBC News", "TV Tropes").
- **given name and surname initial** (``given_initial``): "Claudia P.", "Wab K.'s", "Sari van V.",
  "Sheng T.": a capitalised listed given name (or a name-like token no list holds) and one capital letter
  with a dot (not the first of an abbreviation: "Washington D.C."; not a middle initial before a
  capitalised surname, "Robert S. Duncanson", which the pair readers read), not a labelled item ("Plan B.",
  "Section A.", "Vitamin C.").
- **family/given** (``family_solidus_given``): "Labous/Juliette", "Topuria/Ilia", "Moral/Alejandra del":
  a capitalised word, a slash and a listed given name that is no common word; the word before the slash
  is a listed surname, no common word, or the given name is followed by a particle of a surname.
- **a name in another script** inside a Latin-script prompt (``other_script``): a run of Han (3-4
  characters opening with a frequent Chinese or Japanese family name), Hangul (3 syllables opening with a
  Korean family name) or 2-3 words of Georgian, Devanagari, Bengali, Tamil, Thai, Arabic, Hebrew ... in
  a person slot: before a possessive "'s", or after "of", "for", "by", "about", "is", "with" ... and
  before the end of the item or a Latin word. Not inside quotes, not after a word that quotes or names
  a written form ("the kanji 愛", "a sign reading 営業中", "in Korean: 감사합니다"), and the run holds no
  word of the sexual lexicon.

Cost: a literal gate per form (a capital letter after a role noun, a digit, a capitals run, ". ", "/",
a letter above U+0900), then one bounded regular expression each over the first 400 characters.
"""

from __future__ import annotations

import re

from .place_words import _places  # the shared place set (built lazily on first use)
from ...findings import Finding
from ..folding import strip_marks
from .found import finding

__all__ = ["may_apply", "direct_findings"]

_LIMIT = 400

# --- role hint + surname --------------------------------------------------------------------------
#: Public roles, in the languages the guard reads (male and female forms; lower case, no marks).
_ROLES = (
    # en
    "politician|mp|senator|congresswoman|congressman|minister|prime minister|president|chancellor|governor|mayor"
    "|scientist|researcher|economist|astronaut|athlete|footballer|soccer player|tennis player|swimmer|sprinter"
    "|cyclist|golfer|boxer|fighter|skier|gymnast|cricketer|striker|goalkeeper|midfielder|presenter|anchor"
    "|news anchor|newsreader|broadcaster|journalist|reporter|correspondent|columnist|actress|actor|singer"
    "|rapper|songwriter|comedian|streamer|influencer|youtuber|tiktoker|podcaster|author|novelist|activist"
    "|lawmaker|diplomat|ceo|entrepreneur|billionaire|chef|tv host|talk show host"
    # fr
    "|deputee|depute|senatrice|senateur|ministre|presidente|maire|politicienne|politicien|scientifique"
    "|chercheuse|chercheur|economiste|astronaute|athlete|footballeuse|footballeur|joueuse|joueur|nageuse"
    "|cycliste|tenniswoman|presentatrice|presentateur|animatrice|animateur|journaliste|chroniqueuse|actrice"
    "|acteur|chanteuse|chanteur|rappeuse|rappeur|humoriste|streameuse|influenceuse|influenceur|autrice|ecrivaine"
    "|militante"
    # de
    "|abgeordnete|abgeordneten|politikerin|politiker|ministerin|kanzlerin|kanzler|senatorin|burgermeisterin"
    "|prasidentin|wissenschaftlerin|wissenschaftler|forscherin|forscher|virologin|virologe|okonomin"
    "|astronautin|sportlerin|sportler|athletin|fussballerin|fussballer|spielerin|tennisspielerin|schwimmerin"
    "|moderatorin|moderator|journalistin|reporterin|schauspielerin|schauspieler|sangerin|sanger|rapperin"
    "|komikerin|streamerin|influencerin|autorin|aktivistin|nachrichtensprecherin"
    # es / pt / it
    "|diputada|diputado|senadora|senador|ministra|ministro|presidenta|alcaldesa|alcalde|politica|politico"
    "|cientifica|cientifico|investigadora|economista|astronauta|atleta|futbolista|jugadora|tenista|nadadora"
    "|ciclista|presentadora|presentador|periodista|actriz|cantante|rapera|humorista|influencer|escritora"
    "|activista|deputada|deputado|prefeita|cientista|pesquisadora|jogadora|futebolista|apresentadora"
    "|apresentador|jornalista|atriz|cantora|cantor|influenciadora|deputata|deputato|senatrice|sindaca|sindaco"
    "|scienziata|scienziato|ricercatrice|calciatrice|calciatore|tennista|nuotatrice|presentatrice|conduttrice"
    "|giornalista|attrice|attore|scrittrice"
    # nl / pl
    "|politica|politicus|kamerlid|wetenschapper|voetbalster|voetballer|presentatrice|journaliste|zangeres"
    "|poslanka|posel|minister|dziennikarka|prezenterka|piosenkarka|aktorka|pilkarka|sportsmenka|polityczka"
    "|naukowczyni")
_ROLE_SURNAME = re.compile(
    rf"(?<![\w-])(?P<role>{_ROLES})\s+(?P<name>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?)(?![\w-])", re.IGNORECASE)


def _fold(word: str) -> str:
    return strip_marks(word).lower().replace("’", "'")


def _common(word: str) -> bool:
    """A common word of any language the guard reads (:func:`.language.language_words`)."""
    from .language import language_words

    w = _fold(word)
    return bool(language_words().get(w))


def _role_surname(text: str, low: str, gaz, covered, out: list) -> None:
    folded = strip_marks(low)
    if len(folded) != len(low):
        return
    for m in _ROLE_SURNAME.finditer(folded):
        a, b = m.start("name"), m.end("name")
        name = text[a:b]
        if not name[0].isupper() or (name.isupper() and len(name) <= 4) or len(name) < 3:
            continue  # a lower-case word ("the scientist in ..."), an acronym ("the CEO of")
        if covered.overlaps(a, b):
            continue
        f = _fold(name)
        if f in _places():
            continue
        listed = f in gaz.surname_rank or f in gaz.first
        if _frequent(f) and not (f in gaz.first and not gaz.is_common_word(f)):
            continue  # a frequent word of another language ("die Politikerin Rede halten lassen")
        if not listed and gaz.is_known(f):
            continue  # a word ("the singer Today", "the actress Barbie movie" is a title)
        if listed and gaz.is_common_word(f) and f not in gaz.surname_rank:
            continue  # a listed given name that is also a word ("the presenter Will")
        # a given name and surname after the role ("news anchor Delphine Achterberg"): the span takes both
        nxt = _NEXT_CAP.match(text, b)
        if nxt is not None and not gaz.is_known(_fold(nxt.group(1))):
            b = nxt.end()
        out.append((a, b, "role_surname", {"role": m.group("role").lower()}))


_NEXT_CAP = re.compile(r" ([^\W\d_a-z][^\W\d_A-Z'’-]+)(?![\w-])")


def _frequent(folded: str) -> bool:
    """A frequent word (Zipf 4 or more) of some language the guard reads ("Rede", "Bühne", "hoy"); the rarer
    band holds surnames as often ("pogacar" in Slovene)."""
    from .language import language_words

    v = language_words().get(folded, 0)
    while v:
        if v & 3 >= 2:
            return True
        v >>= 2
    return False


# --- numbered handle ------------------------------------------------------------------------------
_NUMBERED = re.compile(r"(?<![\w@./#:-])(?P<letters>[a-z]{7,24})(?P<digits>[0-9]{2,4})(?![\w/-]|\.[a-z])")


def _numbered_handles(text: str, gaz, covered, out: list) -> None:
    for m in _NUMBERED.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        letters = m.group("letters")
        if gaz.is_known(letters) or _common(letters):
            continue
        for k in range(3, len(letters) - 2):
            given, rest = letters[:k], letters[k:]
            if given not in gaz.first or (gaz.is_common_word(given) and given not in gaz.surname_rank
                                          and len(given) < 5):
                continue
            if rest in gaz.surname_rank or rest in gaz.first or (not gaz.is_known(rest) and _name_like(rest)):
                out.append((a, b, "numbered_handle", {"given": given}))
                break
        else:
            if len(m.group("digits")) == 2 and len(letters) >= 9 and _unlisted_handle(letters, gaz):
                out.append((a, b, "numbered_handle", {"given": None}))


def _unlisted_handle(letters: str, gaz) -> bool:
    """A name on no list, joined and numbered ("ngairewoods77"): no two words of the dictionary make it
    ("minecraft20", "photoshop23"), no word of the sexual lexicon of 4+ letters is inside it ("fulllfrontal22"),
    and the name-likeness model reads one of its halves as a name part or a listed surname closes it."""
    from .deixis import folded_sexual_words

    sexual = folded_sexual_words()
    n = len(letters)
    for i in range(n):
        for j in range(i + 4, min(n, i + 12) + 1):
            if letters[i:j] in sexual:
                return False
    for k in range(3, n - 2):
        if gaz.is_known(letters[:k]) and gaz.is_known(letters[k:]):
            return False
    return any(letters[k:] in gaz.surname_rank and len(letters) - k >= 4 for k in range(3, n - 3)) \
        or any(letters[:k] in gaz.first for k in range(4, n - 3))


# --- SURNAME Given --------------------------------------------------------------------------------
_CAPS_GIVEN = re.compile(r"(?<![\w'’-])(?P<caps>[^\W\d_a-z][^\W\d_a-z'’-]{2,})\s(?P<given>[^\W\d_][^\W\d_]+)(?![\w-])")
_LABELS = frozenset("""name names summary notes note value values title date time warning caution important
    update breaking edit tip tips step steps faq total subject topic question answer reply news alert usa nyc
    the and for with from new best top free hot sale this that""".split())


def _name_like(word: str) -> bool:
    from .namelike import load_name_likeness

    return len(word) >= 4 and word.isalpha() and load_name_likeness().prob(word) >= 0.8


def _caps_given(text: str, gaz, covered, out: list) -> None:
    if sum(1 for w in text.split() if w[:1].islower()) < 3:
        return  # a heading or a tag list in capitals
    for m in _CAPS_GIVEN.finditer(text):
        caps, given = m.group("caps"), m.group("given")
        if not caps.isupper() or not given[0].isupper() or not given[1:].islower():
            continue
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        if re.search(r"[^\W\d_a-z]{2,}[\s,:]*$", text[max(0, a - 24):a]):
            continue  # a run of capitals: a heading
        c, g = _fold(caps).replace("'", "").replace("-", ""), _fold(given)
        if c in _LABELS or c in _places() or g in _places():
            continue
        c_surname = c in gaz.surname_rank or (not gaz.is_known(c) and not _common(caps))
        if g in gaz.first and not gaz.is_common_word(g):
            ok = True
        elif g in gaz.first or (not gaz.is_known(g) and not _common(given) and _name_like(g)):
            ok = c_surname
        else:
            ok = False
        if ok:
            out.append((a, b, "caps_given", {}))


# --- Given S. --------------------------------------------------------------------------------------
_GIVEN_INITIAL = re.compile(
    r"(?<![\w.'’-])(?P<given>[^\W\d_a-z][^\W\d_A-Z]{1,20})(?:\s(?:van der|van den|van|von|de|del|da|di|le|la|dos))?"
    r"\s(?P<init>[^\W\d_a-z])\.(?:s(?=[\s,.;:!?]))?(?![^\W\d_]\.|[^\W\d_])(?P<next>\s+[^\W\d_])?")
_ITEM_WORDS = frozenset("""plan section part type class grade vitamin figure table appendix exhibit option model version
    phase level room block building apartment unit gate platform team group row column chapter page size star
    zone lot hall wing floor track step note item point case form schedule tier line""".split())


def _given_initial(text: str, gaz, covered, out: list) -> None:
    for m in _GIVEN_INITIAL.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        if m.group("next") is not None:
            if m.group("next").lstrip().isupper():
                continue  # a middle initial before a surname ("Robert S. Duncanson"): the pair readers'
            b = m.end("next") - len(m.group("next"))
        g = _fold(m.group("given"))
        if g in _ITEM_WORDS or g in _places():
            continue
        # Round 29: a capitalised word no list holds, inside a sentence ("the career of Worknesh D."), is a
        # proper noun whatever the letter model makes of it; a sentence's first word needs the name shape.
        inside = re.search(r"[^\W\d_][,;:]?\s+$", text[max(0, a - 4):a]) is not None
        unlisted = len(g) >= 3 and not gaz.is_known(g) and not _common(g)
        if g in gaz.first or unlisted and (_given_shape(g) or inside):
            out.append((a, b, "given_initial", {}))


def _given_shape(g: str) -> bool:
    """An unlisted token short names take ("Wab"): a vowel and a consonant, or name-like when longer."""
    if len(g) <= 4:
        return any(c in "aeiouy" for c in g) and any(c not in "aeiouy" for c in g)
    return _name_like(g)


# --- Family/Given ----------------------------------------------------------------------------------
_SOLIDUS = re.compile(
    r"(?<![\w/'’-])(?P<fam>[^\W\d_a-z][^\W\d_A-Z'’-]{2,})/(?P<given>[^\W\d_a-z][^\W\d_A-Z]{2,})"
    r"(?P<part>\s(?:le|la|de|del|della|van|von|da|di|du|dos|das|el|al|ben))?(?![\w/-])")


def _solidus(text: str, gaz, covered, out: list) -> None:
    for m in _SOLIDUS.finditer(text):
        a, b = m.start(), m.end()
        if covered.overlaps(a, b):
            continue
        fam, g = _fold(m.group("fam")), _fold(m.group("given"))
        if g not in gaz.first or gaz.is_common_word(g) or fam in _places():
            continue
        if fam in gaz.first and fam not in gaz.surname_rank:
            continue  # two given names ("Anna/Elsa"): alternatives, not one person
        if fam in gaz.surname_rank or not (gaz.is_known(fam) or _common(fam)) or m.group("part"):
            out.append((a, b, "family_solidus_given", {}))


# --- other script -----------------------------------------------------------------------------------
_SLOT_BEFORE = frozenset("""of for by about is was with from to and like as on de von über uber für fur sobre du des
    a à di da do dla od""".split())
#: Round 28: the object of an imperative verb whose object is a person ("Pose X spread-legged", "Turn X into
#: ...", "Montre X ..."), and the subject after a question's auxiliary ("What has X said", "What did X say").
_VERB_BEFORE = frozenset("""pose turn show make draw paint dress undress strip put place photograph film depict
    render illustrate portray sketch picture imagine animate morph transform swap interview quote cite
    montre dessine peins habille déshabille mets muestra dibuja pinta viste desnuda pon mostra disegna
    desenha pinte veste despe zeig zeige zeichne male ausziehen toon teken
    has have had did does do will would could can should""".split())
#: Round 28: a verb of a public act right after the run ("the last speech X gave", "X said", "X won").
_VERB_AFTER = frozenset("""gave gives give said says say made makes wrote writes posted posts tweeted tweets
    delivered delivers announced announces spoke speaks sang sings performed performs won wins scored scores
    signed signs wore wears played plays argued argues claimed claims stated states told tells""".split())
#: Round 29: a verb of seeing before a name in another script ("i want to see <name> ..."), and a verb of
#: undressing or posing after one in a sexual request (the text holds a word of the sexual lexicon: "a video
#: where <name> strips"); Han and Hangul there must open with a family name as in round 28's verb slots.
_SEE_BEFORE = frozenset("see watch view ver mirar voir regarder sehen vedere guardare zien".split())
_SEXUAL_VERB_AFTER = frozenset("""strips undresses poses posing stripping undressing showers bathes lies lying kneels
    kneeling bends spreads masturbates gets takes removes""".split())
_CASED = frozenset(("Greek", "Cyrillic", "Armenian"))
#: A country code in brackets after a name ("[KE]", "(JP)").
_COUNTRY_TAG = re.compile(r" ?[\[(][A-Z]{2,3}[\])]")
_QUOTES = "'\"‘’“”「『«‹"
_QUOTING = frozenset("""reading reads read says saying said written write writes word words text label labelled labeled
    titled sign logo brand menu caption kanji hanzi hangul character characters calligraphy tattoo stamp seal
    means meaning translate translation spell spelled spelt letter letters symbol script korean japanese
    chinese hindi georgian thai arabic hebrew russian mandarin cantonese phrase name""".split())


def _other_script_runs(text: str):
    """``(start, end, script)`` of runs of one non-Latin script (letters, marks and spaces inside)."""
    from .scripts import script_of

    n = min(len(text), _LIMIT)
    k = 0
    while k < n:
        s = script_of(text[k]) if text[k].isalpha() else None
        if s is None or s == "Latin":
            k += 1
            continue
        fam = "CJK" if s in ("Han", "Hiragana", "Katakana") else s
        j = k + 1
        while j < n:
            ch = text[j]
            t = script_of(ch) if ch.isalpha() else None
            tf = "CJK" if t in ("Han", "Hiragana", "Katakana") else t
            if tf == fam or _is_mark(ch):
                j += 1
            elif ch == " " and j + 1 < n and _same_family(text[j + 1], fam):
                j += 1
            else:
                break
        yield k, j, s
        k = j


def _is_mark(ch: str) -> bool:
    import unicodedata

    return unicodedata.category(ch)[0] == "M"


def _same_family(ch: str, fam: str) -> bool:
    from .scripts import script_of

    t = script_of(ch) if ch.isalpha() else None
    return ("CJK" if t in ("Han", "Hiragana", "Katakana") else t) == fam


#: Last characters of Han place and building names.
_HAN_PLACE_ENDS = frozenset("市県县府道都町村区區山川河湖海島岛国國寺駅站港湾灣橋桥城门門宫宮殿塔楼樓園园館馆州省镇鎮街路院社店")


def _script_shape(run: str, script: str) -> bool:
    from .scripts import _HANGUL_FAMILY

    # Round 29: a strike or overlay mark on the letters ("황̶보라") is no letter of the name
    run = "".join(c for c in run if not _is_mark(c))
    if script in ("Han", "Hiragana", "Katakana"):
        joined = run.replace(" ", "")
        if (run.count(" ") <= 1 and 3 <= len(joined) <= 5 and all(script_of_han(c) for c in joined)
                and (" " in run or len(run) == 5) and _name_shaped(joined, "Han")
                and joined[-1] not in _HAN_PLACE_ENDS):
            return True  # Round 29: family and given name with a space ("石田 麻衣子"), or five characters
            # opening with a family name ("川井梨紗子")
        if " " in run or not 3 <= len(run) <= 4 or not all(script_of_han(c) for c in run):
            return False
        if run[-1] in _HAN_PLACE_ENDS:
            return False  # a place, a temple, a station ("富士山", "清水寺", "東京都")
        return True
    if script == "Hangul":
        return " " not in run and len(run) == 3 and run[0] in _HANGUL_FAMILY
    # Round 29: a cased script's words joined in camel case ("ΆνναΚορακάκη", "ИринаШайх") are two words
    run = "".join(" " + c if k and c.isupper() and run[k - 1].islower() else c for k, c in enumerate(run))
    words = run.split()
    if script in _CASED and not all(w[:1].isupper() and not any(c.isupper() for c in w[1:]) for w in words):
        return False  # Round 29: in Greek, Cyrillic or Armenian a name is written in Title case ("Доброе утро" is not)
    return 2 <= len(words) <= 3 and all(sum(1 for c in w if c.isalpha()) >= 2 for w in words) and len(run) <= 40


def _name_shaped(run: str, script: str) -> bool:
    """A Han or Hangul run opening with a family name (round 28's verb slots); other scripts as shaped."""
    if script in ("Han", "Hangul"):
        from .own_script_slots import _cjk_run_is_name

        return _cjk_run_is_name(run)
    return True


def script_of_han(ch: str) -> bool:
    from .scripts import script_of

    return script_of(ch) == "Han"


def _other_script(text: str, covered, out: list) -> None:
    from .deixis import folded_sexual_words

    latin = sum(1 for c in text[:_LIMIT] if c.isascii() and c.isalpha())
    if latin < 12:
        return
    sexual = folded_sexual_words()
    nsfw = None
    for a, b, script in _other_script_runs(text):
        run = text[a:b].strip()
        if not run or covered.overlaps(a, b) or not _script_shape(run, script):
            continue
        if any(w in sexual for w in run.split()):
            continue
        before = text[max(0, a - 40):a]
        tag = _COUNTRY_TAG.match(text, b)
        if tag is not None:
            b = tag.end()  # Round 29: a country tag after the name ("川井梨紗子 [JP]'s") is part of its writing
        after = text[b:b + 3]
        possessive = after[:2] in ("'s", "’s") and not after[2:3].isalpha()
        last = before.rstrip()[-1:]
        if last and last in _QUOTES + ":：" or (text[b:b + 1] and text[b:b + 1] in _QUOTES and not possessive):
            continue
        prev = re.findall(r"[^\W\d_]+", before.lower())
        if any(w in _QUOTING for w in prev[-3:]):
            continue
        slot = bool(prev) and prev[-1] in _SLOT_BEFORE and before.endswith(" ")
        if not slot and not possessive:
            # Round 28: after an imperative verb or a question's auxiliary, or before a verb of a public act;
            # a Han or Hangul run there must open with a family name (own_script_slots._cjk_run_is_name)
            nxt = re.match(r" ([a-z]+)\b", text[b:b + 16])
            verb = bool(prev) and prev[-1] in _VERB_BEFORE and before.endswith(" ")
            # Round 29: whom a sexual request wants to see, and who undresses or poses in it ("i want to see
            # <name> with no clothes on", "a video where <name> strips")
            if not verb and bool(prev) and prev[-1] in _SEE_BEFORE and before.endswith(" "):
                verb = True
            if not verb and nxt is not None and nxt.group(1) in _SEXUAL_VERB_AFTER:
                if nsfw is None:
                    nsfw = any(w in sexual for w in re.findall(r"[^\W\d_]+", text[:_LIMIT].lower()))
                verb = nsfw
            if (verb or nxt is not None and nxt.group(1) in _VERB_AFTER) and _name_shaped(run.replace(" ", ""), script):
                slot = True
        # the subject of a sentence: the run opens the text or a sentence and a Latin word follows
        opens = (script in ("Han", "Hangul") and (not before.strip() or before.rstrip()[-1:] in ".!?")
                 and re.match(r" [a-z]{2,}", after) is not None)
        end_ok = after[:1] in ("", " ", "?", ",", ".", "!", ";", ")") or possessive
        if (possessive or slot or opens) and end_ok:
            out.append((a, b, "other_script", {"script": script}))


# --- squashed lower-case name (round 28) -------------------------------------------------------------
_SQUASH_GATE = re.compile(r"[a-z]{10}")
_SQUASHED = re.compile(r"(?<![\w@./#:'’-])(?P<w>[a-z]{10,24})(?P<pos>['’]s)?(?![\w@/-])")
#: The person slots of a squashed name: not after an article ("on a sunlounger", "building a classifier"), "and",
#: "as", "like", "is"; "de" not as the Dutch article after a preposition ("van de planningsafdeling").
_SQUASH_SLOT = (_SLOT_BEFORE - frozenset("a à and as on like is was des".split())) | _VERB_BEFORE \
    | frozenset("cu con avec mit met com".split())
_NL_PREP = frozenset("van in op met uit voor aan bij naar over door tegen onder achter".split())
#: Words that may follow a person's name in the slot: prepositions and conjunctions of the guard's languages.
_AFTER_NAME = frozenset("""as in into on at with for from about and or while during sobre en dans sur pour avec con com
    em no na nos nas auf im mit an bei und et y e i sa ni kwa pe cu la în in""".split())


def _squashed(text: str, gaz, covered, out: list) -> None:
    """A name squashed into one lower-case token ("attributed to ghizlanechebbak", "Turn nouhailabenzina into",
    "a timeline of anamatildegomez's career"): 10-24 letters of no list, in a person slot (after "of", "to",
    "with", an imperative verb ... or before "'s"), followed by the end, punctuation, a preposition or a
    participle, that splits as a given name and a surname (``lora._joined_name``) or as a name on no list
    (``_unlisted_handle``: no two dictionary words, no sexual word inside)."""
    from .lora import _joined_name

    for m in _SQUASHED.finditer(text):
        a, b, w = m.start(), m.end(), m.group("w")
        if covered.overlaps(a, b) or gaz.is_known(w) or _common(w):
            continue
        before = text[max(0, a - 30):a]
        prev = re.findall(r"[^\W\d_]+", before.lower())
        if not (before.endswith(" ") and prev and prev[-1] in _SQUASH_SLOT):
            continue
        if prev[-1] == "de" and len(prev) > 1 and prev[-2] in _NL_PREP:
            continue
        rest = text[m.end("w"):m.end("w") + 30]
        nxt = re.match(r"\s*([^\W\d_]+)", rest)
        ends = (m.group("pos") is not None or not rest.strip() or rest.lstrip()[:1] in ",.;:!?)"
                or nxt is not None and (nxt.group(1).lower() in _AFTER_NAME
                                        or re.search(r"(?:ing|ndo|ndose|ant)$", nxt.group(1).lower()) is not None))
        if not ends or prev[-1] in _QUOTING:
            continue
        if _joined_name(gaz, w) or _unlisted_handle(w, gaz):
            out.append((a, m.end("w"), "squashed_name", {}))


# --- entry points -----------------------------------------------------------------------------------
def may_apply(text: str) -> bool:
    """Cheap gate: some letter above ASCII, a digit, a capital letter, a slash or ten lower-case letters in a row
    in the first 400 characters."""
    head = text[:_LIMIT]
    return any(c.isupper() or c.isdigit() or c == "/" or ord(c) > 0x58F for c in head) \
        or _SQUASH_GATE.search(head) is not None  # round 28: a lower-case prompt may hold a squashed name


def direct_findings(nt, field: str, gaz, covered) -> list[Finding]:
    text = nt.original[:_LIMIT]
    low = text.lower()
    found: list = []
    if len(low) == len(text):
        _role_surname(text, low, gaz, covered, found)
    if any(c.isdigit() for c in text):
        _numbered_handles(text, gaz, covered, found)
    if re.search(r"[^\W\d_a-z]{3}", text):
        _caps_given(text, gaz, covered, found)
    if ". " in text or text.endswith(".") or ".'" in text or ".’" in text or "., " in text or ".s " in text:
        _given_initial(text, gaz, covered, found)
    if "/" in text:
        _solidus(text, gaz, covered, found)
    if _SQUASH_GATE.search(text):
        _squashed(text, gaz, covered, found)
    if any(ord(c) > 0x36F for c in text):  # Greek, Cyrillic, Armenian (round 29), Hebrew, Arabic and every script
        # after them (round 28: was 0x8FF; round 29: was 0x58F); a cased script's words must be in Title case
        _other_script(text, covered, found)
    out: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for a, b, form, ev in sorted(found):
        if any(a < y and x < b for x, y in taken):
            continue
        taken.append((a, b))
        out.append(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": "name_form", "form": form, **ev}))
    return out
