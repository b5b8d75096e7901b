"""One name in an ordinary prompt: "Lorde holding a trophy", "retrato de Adele con traje",
"waarom is Stromae bekend?" (round 10, issue 10).

:mod:`.slots` reads a single name only in a sexual request, where the slot a word stands in says
who the request is about. An ordinary prompt that names its subject by one name (a stage name, a
mononym, a footballer known by one name) still names a real person, and the ``real_person``
category is how a platform finds those prompts (impersonation, a later sexual turn of the same
session, a likeness policy). The rules here read the same kind of word as the slot rules (a given
name of the gazetteer, a capitalised word that no word list holds, or a word the letter model finds
name-like; never a dictionary word, a word of the field's language, a place, brand, deity or
fictional character: :meth:`.slots.SlotNames._name_evidence`), but only where an ordinary prompt
puts a person:

- ``picture_of``: after a portrait, picture or caricature noun and "of" or its equivalents
  ("portrait of X", "retrato de X", "karikatuur van X", "cartoon ni X"), right after such a noun
  ("potret X") or opening the item after "portrait:" ("portret: X w garniturze");
- ``famous``: in a question about why someone is famous or who they are ("why is X famous",
  "¿por qué es famoso X?", "miért híres X?", "X neden ünlü?", "kenapa X terkenal?");
- ``subject_ordinary``: opening the prompt, written capitalised, followed by what the person does or
  wears ("Zuchu qui fait un discours", "Tarkan che cucina la carbonara"), when the word is a listed
  given name or very name-like (the letter model at :data:`_MIN_LIKE_SUBJECT`): a capital says
  little at the start of a prompt;
- ``possessive``: "X's" before a lower-case noun ("Zendaya's red carpet look").

Only words of a cased script (Latin, Cyrillic, Greek...); the letter model's evidence only for
Latin letters (it was trained on them). Never in a prompt with a word of the sexual lexicon (:func:`.slots.sexual_gate`: the slot rules
read those), in drawn fiction ("anime", "cartoon character", a known character in the prompt) or in
text whose capitals say nothing (all caps, Title Case throughout) unless the word is listed.

Why it does not change what is blocked by itself: the finding sets ``real_person`` (score 0.55,
label ``name_in_slot``, ``request`` ``ordinary``); an ordinary prompt with a real person is
allowed. It matters where another signal finds the prompt sexual without a word of the lexicon
(the semantic model reading a disguised request): then the request is ``ncii``.

Cost: one pass over the words, constant work per word (set lookups, one cached letter-model call).
"""

from __future__ import annotations

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .model import _PLACE_HEADS, _PLACE_TAILS
from .slots import _ELIDED, _PICTURE, CUES, FICTION_MARKERS, PERSON_NOUNS, PLACE_GIVEN, SlotNames, sexual_gate
from .scripts import _PERSON_DOING
from .wordclasses import FAMOUS_WORDS
from .words import Word, case_informative

__all__ = ["ordinary_name_findings", "PORTRAIT_NOUNS", "FAMOUS_WORDS"]

#: Picture nouns of ordinary prompts whose "of" names the person shown: portraits, caricatures,
#: cartoons, drawings, paintings, statues and posters in the languages the guard reads (folded: no
#: accents). Added to the slot rules' picture nouns.
PORTRAIT_NOUNS = _PICTURE | frozenset(
    """portrait portraits portret portrety portreti portrett portratt portrat portre portree portretas
    portrets potret muotokuva arckep retrat retratos ritratti
    caricature caricatura karikatur karikatuur karikatura karykatura karikatyr karikatyr karikatuur
    karikatura karikaturu karikatuuri
    cartoon cartoons drawing drawings painting paintings sketch sketches illustration illustrations
    poster posters statue statues bust sculpture figurine sticker stickers avatar mural doodle
    dibujo dibujos pintura ilustracion dessin peinture illustration croquis affiche
    disegno dipinto illustrazione schizzo zeichnung zeichnungen gemalde skizze illustration
    tekening schilderij schets teckning malning skiss tegning maleri rysunek obraz szkic
    kresba malba obrazek desen pictura schita desenho ilustracao esboco cizim resim tablo eskiz
    lukisan gambar sketsa ilustrasi larawan guhit litrato piirros maalaus rajz festmeny kep foto fotka
    fotografia fotografie fotografi photograph snapshot headshot
    minifigure minifigures minifig funko bobblehead plushie watercolour watercolor watercolours watercolors
    aquarelle acuarela acquerello aquarell aquarela""".split())
#: Words after a portrait noun that introduce whom it shows ("of" and its equivalents): the slot
#: rules' cues plus Tagalog "ni"/"kay", Croatian and Serbian "od".
_OF = CUES | frozenset("ni kay od".split())
#: Pronouns, articles and small words that never name a person in these slots.
_SMALL = frozenset(
    """the a an this that these those his her their my your our its who what why how when where which
    el la los las un una le les une des il lo gli der die das ein eine het een de du""".split())
#: Question words of the languages read ("miert", "kenapa", "waarom"): never the name asked about.
_QUESTION = frozenset(
    """why who what whom porque por que pourquoi qui quien quem warum wer perche chi waarom wie varfor vem
    hvorfor hvem dlaczego kto neden kim kenapa mengapa siapa bakit sino miksi kuka miert ki zasto tko ko
    proc procs preco kodel kas kapec kas kodėl kapēc kes miks mengapa tại sao ai""".split())
#: The slot rules' drawn-fiction words, less the picture nouns a real person is drawn in
#: ("a cartoon of Anitta", "caricature"): in an ordinary prompt those are how people are drawn.
_FICTION = FICTION_MARKERS - {"cartoon", "toon", "comic", "comics"}
#: Name-likeness an opening word needs when no list holds it (capitals say nothing there).
_MIN_LIKE_SUBJECT = 0.8
#: Name-likeness a lower-case word needs in the portrait and famous slots.
_MIN_LIKE_SLOT = 0.7
#: Items longer than this are captions or scene descriptions, not "X doing something".
_SUBJECT_ITEM_MAX = 12
#: Round 17: name-likeness a capitalised opening word needs before a verb of what a person does.
_MIN_LIKE_DOING = 0.5
#: Portrait nouns that are any photo too: not read across a medium ("a photo in the style of X").
_PICTURE_ONLY = frozenset("foto fotka fotografia fotografie fotografi photograph snapshot kep obraz".split())
#: Round 11: what only a person does on a stage, after a stage name that is also a word ("Drake
#: performing at the Grammys", "Madonna singing on stage") or is written in capitals ("SOMI
#: performing"): a capital says little at the start of a prompt, a stage says more.
_STAGE_VERBS = frozenset("performing performs singing sings rapping raps onstage headlining".split())
_STAGE_AFTER_AT = frozenset(
    """grammys grammy oscars oscar met bet vmas vma brits brit mtv billboard emmys emmy golden cannes coachella
    super halftime awards award premiere concert festival gala amas""".split())
#: Famous stage names that are also words or read as no name by the word lists (deities, places):
#: read only before a stage cue. A public-figure list, not a gazetteer of everyone.
_WORD_NAMES = frozenset(
    """drake madonna rain brandy prince seal pink sting usher cher eve jewel shaggy pitbull tyga logic banks grimes
    kesha monica aaliyah halsey lorde lizzo sia ciara mya tweet solange fergie ashanti sza normani tinashe kehlani
    saweetie latto stromae zaz indila alizee mika raye rema tems zuchu anitta shakira rosalia madonna bono enya sade
    dido moby akon eminem rihanna beyonce adele ice cardi doja nicki burna wizkid davido""".split())
#: Capitals that are acronyms, not stage names ("NASA headquarters", "BMW at the car show").
_ACRONYMS = frozenset(
    """nasa bmw hdr nyc usa uk eu un nba nfl nhl mlb fbi cia dj mc ceo cto ai tv bbc cnn hbo ufc wwe fifa uefa ibm
    hp lg vw gm jfk lax ufo diy vip ok lol omg asmr kpop edm rnb ebay nato who oled led lcd cgi dslr rgb""".split())


def ordinary_name_findings(slots: SlotNames, nt, words: list[Word], field: str,
                           existing: list[Finding], field_words=None) -> list[Finding]:
    """``name_in_slot`` findings (``request`` ``ordinary``) for one name in an ordinary prompt,
    where no finding at >= 0.5 (or a style reference) already covers the word."""
    n = len(words)
    if n < 2 or sexual_gate(words):
        return []
    if any(w.base in _FICTION or w.base in _FICTIONAL_SINGLE for w in words):
        return []
    if any(f.score >= 0.5 and f.label != "style_reference" for f in existing):
        return []  # the prompt already names someone: one real person is enough for the category
    marks = Marks((f.span.start, f.span.end) for f in existing if f.span is not None)
    informative = case_informative(nt, words)
    like = slots._like
    original = nt.original
    items: dict[int, list[int]] = {}
    position: list[int] = []
    for k, w in enumerate(words):
        position.append(len(items.setdefault(w.item, [])))
        items[w.item].append(k)
    famous_items = {w.item for w in words if w.base in FAMOUS_WORDS}
    first_item = words[0].item
    out: list[Finding] = []
    if informative and len(items[first_item]) >= 3:
        pair = _pair_subject(slots, words, original, marks)
        if pair is not None:
            a, b, cue = pair
            return [finding("name_in_slot", 0.55, field, nt, a, b, {"slot": "subject_ordinary", "cue": cue,
                                                                    "evidence": "pair_doing", "request": "ordinary"})]
    for i, w in enumerate(words):
        if (marks.overlaps(w.ostart, w.oend) or w.base in _SMALL or w.base in _QUESTION
                or w.base in PLACE_GIVEN or w.base in _PLACE_HEADS):
            continue
        in_item = items[w.item]
        pos = position[i]
        first_of_item = pos == 0
        written = original[w.ostart:w.oend]
        if written.lower() == written.upper():
            continue  # an uncased script (Hebrew, Arabic, Thai...): no capital, and the letter model reads Latin
        why = slots._name_evidence(w, informative, first_of_item)
        stage = _stage_name(words, i, in_item, pos, written, original) if i == 0 else None
        if stage is not None:
            out.append(finding("name_in_slot", 0.55, field, nt, w.ostart, w.oend,
                               {"slot": "subject_ordinary", "cue": stage, "evidence": "stage_name",
                                "request": "ordinary"}))
            break
        if why is None or (why in ("name_like", "joined") and not w.base.isascii()):
            continue
        if written.lower().startswith(_ELIDED):
            continue
        if slots._language_word(nt, w, why, field_words, w.title and informative and not first_of_item):
            continue
        prob = like.prob(w.base) if like is not None else 0.0
        if why in ("name_like", "joined") and prob < _MIN_LIKE_SLOT:
            continue
        prev = words[in_item[pos - 1]] if pos > 0 else None
        nxt = words[in_item[pos + 1]] if pos + 1 < len(in_item) else None
        if nxt is not None and nxt.title and w.title and w.joinable_next and w.plain_gap_next:
            continue  # "Taj Mahal", "Santa Claus": a many-word name the pair rules judged
        if prev is not None and prev.title and w.title and prev.joinable_next and prev.plain_gap_next and pos > 1:
            continue  # "... Mount Fuji", "the Grand Canyon": the end of a many-word name
        if nxt is not None and len(nxt.base) >= 4 and nxt.base in _PLACE_TAILS:
            continue  # "a photo of Neuschwanstein castle": a place
        raw = original[w.ostart:w.oend + 2]
        slot = cue = None
        prev2 = words[in_item[pos - 2]] if pos > 1 else None
        back = _portrait_back(words, in_item, pos) if prev is not None and prev.base in _OF else None
        if prev is not None and prev.base in _OF and prev2 is not None and prev2.base in PORTRAIT_NOUNS:
            slot, cue = "picture_of", f"{prev2.base} .. {prev.base}"
        elif back is not None:
            slot, cue = "picture_of", f"{back} .. {prev.base}"  # round 17: "retrato a óleo de X"
        elif prev is not None and prev.base in PORTRAIT_NOUNS and why != "name_like" or (
                prev is not None and prev.base in PORTRAIT_NOUNS and prob >= _MIN_LIKE_SUBJECT):
            slot, cue = "picture_of", prev.base
        elif first_of_item and w.item != first_item and _after_portrait_label(words, i, original):
            slot, cue = "picture_of", words[i - 1].base
        elif w.item in famous_items and w.base not in FAMOUS_WORDS and (why != "name_like" or not first_of_item):
            slot, cue = "famous", next(words[k].base for k in in_item if words[k].base in FAMOUS_WORDS)
        elif raw.endswith("'s") and w.title and informative and nxt is not None and not nxt.title:
            slot, cue = "possessive", nxt.base
        elif (i == 0 and w.title and 2 <= len(in_item) <= _SUBJECT_ITEM_MAX and nxt is not None
              and nxt.base not in PERSON_NOUNS and nxt.base not in PORTRAIT_NOUNS
              and (why == "given" or prob >= _MIN_LIKE_SUBJECT
                   # round 17: before what only a person does, a capitalised word no list holds
                   # needs less of the letter model ("Oyelaran planting a tree")
                   or informative and nxt.base in _PERSON_DOING and prob >= _MIN_LIKE_DOING)
              # capitals say little in Title-Cased text, but a listed given name before what only a
              # person does is a name there too ("Shakira dancing at the Super Bowl")
              and (informative or (why == "given" and nxt.base in _PERSON_DOING))):
            slot, cue = "subject_ordinary", nxt.base
        if slot is None:
            continue
        out.append(finding("name_in_slot", 0.55, field, nt, w.ostart, w.oend,
                           {"slot": slot, "cue": cue, "evidence": why, "request": "ordinary"}))
        marks.add(w.ostart, w.oend)
        break  # one person is enough for the category; the first is the subject
    return out


def _portrait_back(words: list[Word], in_item: list[int], pos: int) -> str | None:
    """Round 17: a portrait noun two or three words before the "of" of a name, with a medium between
    ("retrato a óleo de X", "portrait à l'aquarelle de X", "portrait in oils of X")."""
    for back in (3, 4):
        if pos - back < 0:
            return None
        base = words[in_item[pos - back]].base
        if base in PORTRAIT_NOUNS and base not in _PICTURE_ONLY:
            return base
    return None


def _stage_name(words: list[Word], i: int, in_item: list[int], pos: int, written: str, original: str) -> str | None:
    """The stage cue after a prompt's first word when that word is a stage name the other rules do
    not read: a listed word-name ("Drake", "Madonna") before a stage cue, or a word written wholly
    in capitals in a field that is not ("SOMI", "JENNIE", "PSY") before what a person does. None
    otherwise."""
    if not 2 <= len(in_item) <= _SUBJECT_ITEM_MAX or pos + 1 >= len(in_item):
        return None
    w, nxt = words[i], words[in_item[pos + 1]]
    after = [words[k].base for k in in_item[pos + 1:pos + 4]]
    stage = nxt.base in _STAGE_VERBS or after[:2] == ["on", "stage"] or after[:2] == ["in", "concert"] \
        or after[:3] == ["on", "the", "red"] or (after[:1] == ["at"] and any(a in _STAGE_AFTER_AT for a in after[1:]))
    if w.title and w.base in _WORD_NAMES and stage:
        return " ".join(after[:2])
    shouted = (written.isupper() and written.isalpha() and 2 <= len(written) <= 10
               and any(c.islower() for c in original) and w.base not in _ACRONYMS)
    if shouted and (stage or nxt.base in _PERSON_DOING):
        return nxt.base
    return None


def _after_portrait_label(words: list[Word], i: int, original: str) -> bool:
    """Word ``i`` opens an item right after "portrait:" (a label item of one portrait noun)."""
    if i == 0:
        return False
    prev = words[i - 1]
    gap = original[prev.oend:words[i].ostart]
    return prev.base in PORTRAIT_NOUNS and ":" in gap and (i == 1 or words[i - 2].item != prev.item)


#: Round 21: gerund endings of the languages read ("discursando", "paseando", "planting", "lisant" is no gerund).
_GERUND_ENDS = ("ing", "ando", "endo", "iendo", "indo")
_PAIR_LIKE = 0.9


def _pair_part(slots: SlotNames, base: str, given: bool) -> bool:
    gaz = slots._gaz
    if (len(base) < 3 or not base.isascii() or not base.isalpha() or gaz.is_common_word(base) or base in gaz.words_common
            or base in gaz.proper_other or base in _PLACE_HEADS or base in _PLACE_TAILS or base in PLACE_GIVEN
            or base in _FICTIONAL_SINGLE or base in _SMALL or base in PORTRAIT_NOUNS or base in PERSON_NOUNS):
        return False
    if given and base in gaz.first and base not in gaz.first_ambiguous:
        return True
    if not given and (base in gaz.surname_rank and base not in gaz.not_surname or base in gaz.first):
        return True
    like = slots._like
    return like is not None and not gaz.is_known(base) and like.prob(base) >= _PAIR_LIKE


def _pair_subject(slots: SlotNames, words: list[Word], original: str, marks: Marks) -> tuple[int, int, str] | None:
    """Round 21: two capitalised words opening the prompt, both names by the lists or very name-like, then a
    lower-case verb of what a person does ("Zuhura Yunus discursando no plenário", "Aina Vidal paseando en
    bici"): the pair rules refuse a given name on no list, and the language rules drop a given name that
    is a word of another language; a verb of doing after two names is a person's."""
    if len(words) < 3:
        return None
    a, b, v = words[0], words[1], words[2]
    if not (a.title and b.title and a.item == b.item == v.item and a.plain_gap_next and a.joinable_next):
        return None
    if original[:a.ostart].strip() or marks.overlaps(a.ostart, b.oend):
        return None
    verb = original[v.ostart:v.oend]
    if not verb.islower() or not (v.base in _PERSON_DOING or len(v.base) >= 6 and v.base.endswith(_GERUND_ENDS)):
        return None
    if original[b.oend:v.ostart].strip():
        return None  # "Costa Rica, dancing": the verb must follow the pair directly
    from .latin_forms import _PLACES
    from .wordclasses import FICTIONAL, PLACE_PREFIX

    if a.base in PLACE_PREFIX or a.base in _PLACES or b.base in _PLACES:
        return None  # "Costa Rica", "Santa Monica", "San Marino": a place
    if (a.base, b.base) in FICTIONAL or not _pair_part(slots, a.base, True) or not _pair_part(slots, b.base, False):
        return None
    return a.ostart, b.oend, v.base
