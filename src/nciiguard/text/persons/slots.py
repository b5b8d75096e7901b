"""One name in the person slot of a sexual request: "leaked nudes of Latto", "Sherine having sex".

By design the pair rules never report a first name alone: "Paris", "Venus", "Eve" and "Summer"
are names too, and most single capitalised words in prompts are places, brands, characters or
goddesses. But stage names and mononyms are how many real people are known, and a sexual request
that names its subject by one name is the same request as one with the full name. What tells
the person apart is WHERE the word stands in a sexual request, and what kind of word it is.

The gate: the text holds a word of the sexual lexicon (or an undress verb). Without one nothing
is read, so non-sexual prompts with a single name are untouched.

The slots (``name_in_slot``, 0.6, evidence ``slot`` and ``cue``):

- ``after_cue``: after "of", "starring", "featuring", "with" or their equivalents in the
  languages the guard reads (de, di, von, mit, med, cu, com, con, avec, van, z, på, dengan ...),
  when a sexual word, a picture noun or a face/body noun comes earlier in the same item
  ("leaked nudes of X", "la cara de X", "Nacktbilder von X", "poze nud cu X");
- ``after_noun``: right after a picture noun or a sexual word ("foto bugil X", "nagie zdjęcia X");
- ``object``: after an undress/generate verb ("undress X", "generate X completely naked");
- ``subject``: opening an item (also after "#", "@", "(") with a sexual word up to five words
  later in the item ("Sherine having sex", "#Birdy topless", "X se desnuda"); or before the
  Turkish postposition "ile"; round 18: before "in"/"wearing" (``_WEARING``) the clothing's
  determiner ends no search and the sexual word may stand seven words on ("X in a tiny micro
  bikini"), unless the word has a demonym ending ("Amazonian in a bikini");
- ``possessive``: "X's" before a face, body or sexual word ("swap X's face onto a nude model");
- ``alone``: the whole of an item ("nackt: Medina", "(Maan:1.3), naked", "((X)) nude") where
  another item is sexual (needs the stronger name evidence below).

The word itself must read as a name: a given name of the gazetteer; a census surname written
capitalised (stage names: "Quevedo"); or no dictionary word, slang or prompt jargon and either
written capitalised or name-like by the letter model of :mod:`.namelike`. It must not be: a
common English word (unless a given name that is no word, written capitalised), a person noun
("woman", "mujer", "model"), a picture noun, a word of the sexual lexicon, a place, brand or
mythological figure (``proper_other`` and :data:`NOT_A_PERSON` below: "Venus", "Eve", "Paris",
"Ibiza", "Rio"), a fictional character, or a common word of the field's own language
(:class:`.language.FieldWords`). In prompts about drawn fiction ("anime", "hentai", "manga",
"1girl") the single-word slots are not read: there a lone name is a character.

Cost: one pass over the words, constant work per word (set lookups, one cached letter-model
call).
"""

from __future__ import annotations

import functools

from ...findings import Finding
from ..spans import Marks
from .deixis import _PERSON_NOUNS, folded_sexual_words
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .namer import _sexual_fragment
from .wordclasses import FICTIONAL, NEVER_WORD_FIRST, PICTURE_NOUNS, TITLES
from ..limits import MAX_JOINED_NAME
from .language import COMMON, LANGUAGES, _band, language_words
from .same_script import NOT_NAME_WORDS as _SAME_SCRIPT_NOT_NAME
from .words import Word, case_informative

__all__ = ["warm_tables", "SlotNames", "NOT_A_PERSON", "sexual_gate", "single_name_findings"]

#: Words after which the next word is who the request is about (of / with / starring ...).
CUES = frozenset(
    """of starring featuring feat ft with
    de du des d avec
    del con
    von vom mit
    di della dello delle degli
    da do dos das com
    van met
    med av pa
    z ze
    cu
    dengan sama""".split()
)
#: Verbs whose object is the person ("undress X", "generate X naked").
VERBS = frozenset(
    """undress strip unclothe nudify generate make create render draw show imagine photograph
    deshabille desnuda desnudar desnude spoglia spogliare entkleide entkleiden despe despir
    uitkleden rozbierz see watch""".split()
)
#: Of those, the verbs that undress whoever follows.
_UNDRESS_VERBS = frozenset(
    "undress strip unclothe nudify deshabille desnuda desnudar desnude spoglia spogliare entkleide entkleiden "
    "despe despir uitkleden rozbierz".split())
#: Nouns of a face or body, whose owner is the person ("la cara de X", "X's face").
BODY = frozenset(
    """face faces head body bodies boobs tits breasts ass butt pussy nipples feet legs
    cara rostro cuerpo visage corps gesicht korper kopf viso corpo rosto gezicht lichaam
    twarz cialo ansikte kropp fata corpul yuz wajah tubuh
    brust bruste brusten titten arsch muschi pechos senos tetas culo seins fesses seios bunda
    seni tette culo borsten kont piersi cycki brost brosten sani meme gogus payudara""".split()
)
#: Undress verbs that make a request sexual without a word of the lexicon.
_UNDRESS = frozenset("undress undressing undressed nudify nudified unclothe unclothed stripped".split())
#: Places, brands, deities and art subjects that gazetteers hold as given names or surnames
#: ("Paris", "Rio", "Venus", "Diana" as the goddess): in a sexual request they are the setting
#: or a subject of art, not a person. Those ``proper_other`` already lists are not repeated.
NOT_A_PERSON = frozenset(
    """paris rio london berlin rome roma madrid lisbon lisboa vienna wien prague praha milan milano
    venice venezia florence firenze naples napoli barcelona sevilla seville valencia malaga ibiza
    mallorca majorca bali java jakarta phuket bangkok tokyo kyoto osaka seoul dubai cairo istanbul
    ankara bodrum antalya athens mykonos santorini crete cyprus malta sicily sicilia sardinia capri
    amsterdam rotterdam brussels bruges antwerp stockholm oslo copenhagen helsinki warsaw krakow
    budapest bucharest mamaia constanta sofia belgrade zagreb split dubrovnik moscow kiev kyiv
    miami vegas chicago boston dallas houston austin denver phoenix atlanta orlando hollywood malibu
    brooklyn manhattan havana cancun tulum acapulco lima bogota medellin santiago quito caracas
    sydney melbourne perth auckland hawaii maui tahiti fiji maldives goa mumbai delhi nice cannes
    monaco marseille lyon bordeaux sylt rugen mykonos ios coachella tesla gucci prada chanel dior
    zara nike adidas maybelline sephora versace givenchy hermes cartier
    venus aphrodite eve adam lilith medusa leda bathsheba psyche danae susanna galatea andromeda
    diana artemis athena hera persephone pandora europa olympia judith delilah salome cleopatra
    nefertiti gaia freya freyja frigg juno minerva flora aurora luna selene nyx iris echo daphne
    janeiro calypso circe ariadne helen helena dido sappho godiva magdalene magdalena maja olympe
    christ jesus mary madonna eros cupid amor pan bacchus dionysus apollo adonis narcissus
    hercules zeus poseidon achilles david goliath samson
    gandalf frodo batman superman spiderman hulk shrek yoda pikachu moana
    snapchat instagram tiktok facebook whatsapp telegram youtube twitter reddit pinterest tinder
    app apps tool tools bot bots site website websites software generator plugin extension filter
    lombok gotland bornholm mallorca tenerife lanzarote gran canaria algarve riviera""".split()
)
#: Cues that also mean "with", "at" or "on" ("naken på Gotland", "nude with Snapchat filter",
#: "telanjang di Lombok"): the word before must be a picture, porn or body noun, not a word of
#: nudity said of the scene.
WEAK_CUES = frozenset("with avec con com mit met med pa cu z ze di da dengan sama".split())
#: Words of nudity that describe a scene or its figure rather than name a picture of someone.
NUDITY_STATE = frozenset(
    """naked nude topless bottomless undressed nackt nackte nackter naken nakna nu nue nues nus desnuda
    desnudo desnudas desnudos nua nuas nuda nudo nude naakt naakte nago naga nagi nagie goala gol goi
    ciplak telanjang bugil sexy erotic erotica erotisch erotico erotique""".split()
)
#: Places that are also given names: a lone item "nude beach, Brighton" is the place (after "of"
#: or "starring" the same word is read as the person).
PLACE_GIVEN = frozenset(
    """dallas austin houston sydney savannah georgia india china florence chelsea camden verona siena
    brighton cheyenne dakota sierra aspen phoenix orlando memphis jordan israel kenya asia africa
    america europa lourdes carolina virginia victoria alexandria adelaide valencia granada sevilla
    mykonos ibiza capri milan""".split())
#: Booru tags of a character prompt, and words that say a photo of a real scene: in a tag list
#: without a photo word, a lone word is a character or a concept tag ("anthro", "veiny",
#: "ymskk"), so only a listed given name is read there.
BOORU = frozenset("1girl 2girls 3girls 1boy 2boys solo absurdres highres masterpiece".split())
PHOTO = frozenset("photo photograph photorealistic realistic raw dslr selfie 35mm 50mm 85mm film amateur".split())
#: Words that say the prompt is about drawn fiction: a lone name there is a character.
FICTION_MARKERS = frozenset(
    """anime manga hentai cartoon toon comic comics waifu 1girl 2girls 1boy genshin pokemon overwatch
    fanart doujin doujinshi ecchi chibi vtuber videogame""".split()
)
#: Descriptive nouns that open items of sexual prompts and are given names somewhere, and
#: nationality adjectives ("naked German housewife").
_DESCRIPTORS = frozenset(
    """german french spanish italian russian polish swedish dutch danish norwegian finnish czech greek
    turkish arab arabian persian indian chinese japanese korean thai vietnamese filipina filipino
    brazilian mexican colombian argentinian cuban african nigerian ethiopian american canadian british
    english irish scottish welsh australian caucasian european slavic nordic scandinavian hispanic
    latina asian ebony milf redhead brunette blonde blond goth emo petite curvy busty amateur
    tattooed hotwife cougar stepmom stepsister bimbo nerd nurse teacher maid secretary cheerleader
    nympho slut whore babe hottie beauty goddess angel princess queen mistress domina dominatrix
    lady miss mrs sir madam""".split()
)
#: Person nouns of the languages the guard reads that the deixis table leaves out: the subject
#: of "wanita telanjang", "naken kvinna" is nobody in particular.
PERSON_NOUNS = _PERSON_NOUNS | frozenset(
    """wanita perempuan pria laki gadis cewek cowok istri suami kvinna kvinnor kvinnan flicka tjej tjejer
    kille killar kobieta kobiety mezczyzna dziewczyna dziewczyny chlopak kadin kadinlar erkek kiz kizlar
    femeie femei barbat fata fete vrouw vrouwen meisje meisjes jongen mujer chica chicas chico femme
    fille garcon donna ragazza ragazzo mulher moca menina rapariga frau madchen junge pareja coppia
    casal couple paar para cift pasangan wife husband girlfriend boyfriend milf teen stranger strangers
    someone somebody anyone nobody everyone menschen leute personen mensen personas pessoas persone
    ludzie manniskor oameni insanlar orang""".split()
) | frozenset(
    # round 8: picture and person nouns of Arabic, Persian, Urdu and Hebrew, which have no capitals
    # to tell a name from a noun ("صورة عارية" is "a nude picture", not a person called صورة)
    """صورة صور الصورة الصور فيديو مقطع فتاة فتيات امرأة نساء بنت بنات رجل شاب سيدة لامرأة لفتاة لبنت
    عکس تصویر تصاویر فیلم ویدیو دختر زن زنان مرد فوٹو ویڈیو لڑکی لڑکیاں عورت عورتیں
    תמונה תמונות סרטון בחורה בחורות אישה נשים ילדה גבר""".split()
) | _SAME_SCRIPT_NOT_NAME  # the same-script reader's picture, person and adjective words (same_script.py)
#: In a field of no detected language, the twelve languages the slot rules were tuned on (round 9's
#: thirteen would refuse lower-case mononyms of English requests that are short words there).
_ALL_LANGUAGES = frozenset(LANGUAGES[:12])


def _with_article(base: str) -> bool:
    """Round 9: an Arabic word with the article ("البنت", the girl) or a Hebrew word with it ("הבחורה")
    is a noun: a one-word name never takes the definite article."""
    return (base.startswith("ال") and len(base) >= 4) or (base.startswith("ה") and len(base) >= 5
                                                          and "\u0590" <= base[-1] <= "\u05ff")
_FICTIONAL_ONE_WORD = frozenset(t[0] for t in FICTIONAL if len(t) == 1)
#: Personal pronouns that are given names somewhere ("elle", "ella", "lei"): deixis.py reads them.
_PRONOUNS = frozenset(
    """her him she he his hers ella elle lei lui ela ele sie ihn ihr er il el hij zij haar hem
    hon han hen ona ono jej jego dia ia""".split())
#: Evidence that does not rest on the letter model alone.
_LISTED_OR_CAPITAL = frozenset({"given", "given_capitalised", "surname_capitalised", "unknown_capitalised"})
#: Articles and possessives that open a noun phrase: after one, the phrase is the subject.
_DETERMINERS = frozenset(
    """a an the my your his our their un una uma um une een ein eine einen einer mijn mein meine
    mon ma mes mi mis minha meu il la lo le el los las der die das de het bir en ett min mitt mina
    moja moj jego jej sebuah seorang""".split())
#: Elided articles and prepositions before an apostrophe ("un'elfa", "l'amante", "dell'arte").
_ELIDED = ("un'", "l'", "d'", "dell'", "all'", "nell'", "sull'", "dall'", "qu'", "j'", "m'", "s'", "c'", "n'", "t'")
#: Picture and recording nouns: the head of "nudes of X", "porn video still of X", "poze nud cu X".
_PICTURE = PICTURE_NOUNS | frozenset(
    """nudes pics pictures pix clip clips tape scene footage deepfake deepfakes still zdjecia zdjecie
    poze bilder fotky foton videos film filme films""".split())
#: Art, photo and scene jargon of image prompts that the word lists lack and that looks like a
#: name to the letter model (techniques, bath houses, subcultures).
JARGON = frozenset(
    """gouache impasto sfumato tintype mezzotint risograph ukiyoe ukiyo lomography daguerreotype cyanotype
    sumie encaustic tempera pointillism fresco hammam onsen sento banya sauna gyaru ganguro kogal shibari
    kinbaku bodypaint bodypainting bodyscape shunga oiran geisha maiko odalisque harem seraglio
    naturism naturist nudism nudist fkk akt aktfoto anthro lamia yuri yaoi futa neko kemonomimi monstergirl
    succubus incubus""".split())
_MIN_LIKE = 0.6
#: A lone item read as a name on the letter model alone needs more (no capitals, no list).
_MIN_LIKE_ALONE = 0.9
_SUBJECT_REACH = 5
#: Round 18: what a subject is shown in ("X in a see-through nightie", "X wearing a micro bikini"):
#: after one, the noun phrase is clothing on the subject, so its determiner ends no search, and the
#: clothing's sexual word may stand a little further ("in a tiny micro bikini").
_WEARING = frozenset("in wearing en em im dans vistiendo usando".split())
_WEARING_REACH = 7
#: Endings of demonyms and kinds of people the word lists miss ("Amazonian", "Bavarian", "Nordic"):
#: such a word opening "X in a bikini" is a figure, not a stage name.
_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "ic", "ina", "ino", "ist", "ite")


def _demonym(base: str) -> bool:
    return base.endswith(_DEMONYM_ENDS)


def warm_tables() -> None:
    """Build this module's lazy table now, so that no prompt pays for it (the person reader's
    ``load`` calls it): the sexual gate words of the name slots."""
    _gate_words()


@functools.lru_cache(maxsize=1)
def _gate_words() -> frozenset[str]:
    return folded_sexual_words() | _UNDRESS


#: "without clothes" in the languages read: the pair says nudity with no word of the lexicon.
_WITHOUT = frozenset("without sin sans ohne sem senza zonder bez utan fara tanpa".split())
_CLOTHES = frozenset(
    """clothes clothing ropa vetements kleidung kleider roupa roupas vestiti kleren kleding ubrania
    ubran klader haine busana baju pakaian kiyafet""".split())


def sexual_marks(words: list[Word]) -> list[bool]:
    """Per word: a word of the sexual lexicon, an undress verb, a strong sexual stem, or either
    word of "without clothes" ("sin ropa", "ohne Kleidung")."""
    gate = _gate_words()
    out = [w.base in gate or (len(w.base) >= 6 and _sexual_fragment(w.base)) for w in words]
    for k in range(len(words) - 1):
        if words[k].base in _WITHOUT and words[k + 1].base in _CLOTHES and words[k].item == words[k + 1].item:
            out[k] = out[k + 1] = True
    return out


def sexual_gate(words: list[Word]) -> bool:
    """The text holds a word of the sexual lexicon, an undress verb, a strong sexual stem, or
    "without clothes" (:func:`sexual_marks`)."""
    return any(sexual_marks(words))


class SlotNames:
    """Single names in the person slots of sexual requests (see the module docstring)."""

    def __init__(self, gaz, like=None):
        self._gaz = gaz
        self._like = like

    def _sexual(self, base: str) -> bool:
        return base in _gate_words() or (len(base) >= 6 and _sexual_fragment(base))

    def _name_evidence(self, w: Word, informative: bool, first_of_item: bool, marked: bool = False) -> str | None:
        """Why ``w`` reads as a one-word name, or None (see the module docstring)."""
        b = w.base
        gaz = self._gaz
        if (len(b) < 3 or len(b) > 20 or not b.isalpha() or w.tagged >= 0 or w.leet or b in NOT_A_PERSON
                or b in gaz.proper_other or b in _FICTIONAL_SINGLE or b in _DESCRIPTORS
                or b in PICTURE_NOUNS or b in BODY or b in CUES or b in VERBS or b in NEVER_WORD_FIRST
                or b in TITLES or b in PERSON_NOUNS or b in _PRONOUNS or b in JARGON or self._sexual(b)
                or b in _FICTIONAL_ONE_WORD or _with_article(b)):
            return None
        # In text that is neither all caps nor Title Cased, capitals are evidence mid-item, or on a word the user marked: "((Shygirl))", "#Birdy".
        capital = w.title and informative and (not first_of_item or marked)
        if gaz.is_common_word(b):
            # "Summer", "Eve", "Nice": a word first; a capitalised given name that is a word only
            # in a mid-sentence slot.
            return "given_capitalised" if capital and b in gaz.first and b not in gaz.first_ambiguous else None
        if b in gaz.first:
            return "given"
        if gaz.is_known(b):
            return None
        if b in gaz.surname_rank and capital:
            return "surname_capitalised"
        if capital:
            return "unknown_capitalised"
        if self._compound(b):
            return None
        # At an item's start capitals say nothing ("Gouache nude", "Onsen nude woman"): the letters must.
        if self._like is not None and self._like.prob(b) >= _MIN_LIKE:
            return "name_like"
        if self._joined(b):
            return "joined"
        return None

    def _language_word(self, nt, w: Word, why: str, field_words, capital: bool) -> bool:
        """``w`` is a word of the field's languages (:mod:`.language`'s table), or, in a field of
        no detected language, a very common word of any of them written in lower case. A listed
        given name is a name unless it is a very common word there ("andra" in Swedish); a
        capitalised word mid-item is a name except in German, where nouns are capitalised."""
        langs = field_words.langs if field_words is not None else frozenset()
        table = language_words()
        if langs:
            band = _band(nt, w, langs, table)
            if not band:
                return False
            if why in ("given", "given_capitalised") and band < COMMON:
                return False
            return not (capital and "de" not in langs)
        if w.title or w.base in self._gaz.first:
            return False
        return _band(nt, w, _ALL_LANGUAGES, table) >= COMMON

    def _compound(self, b: str) -> bool:
        """Two dictionary words run together ("lingeriemodel", "sunsetbeach"), or a token ending in
        a person noun ("hotgirl", "bikinimodel"): a tag, not a name. Bounded: one split per letter."""
        gaz = self._gaz
        if len(b) < 6 or len(b) > MAX_JOINED_NAME:
            return False
        for k in range(3, len(b) - 2):
            a, r = b[:k], b[k:]
            if r in PERSON_NOUNS and len(r) >= 3:
                return True
            if gaz.is_common_word(a) and gaz.is_common_word(r) and a not in gaz.first:
                return True
        return False

    def _joined(self, b: str) -> bool:
        """A lower-case token that splits into a given name and a surname-like rest
        ("adaezeokafor": "adaeze" + "okafor"): the rest a census surname or name-like, neither half
        a dictionary word. At most ``MAX_JOINED_NAME`` characters, so the splits are bounded."""
        gaz, like = self._gaz, self._like
        if len(b) < 7 or len(b) > MAX_JOINED_NAME or like is None:
            return False
        for k in range(3, len(b) - 2):
            a, r = b[:k], b[k:]
            if len(r) >= 4 and r in gaz.first and r not in gaz.first_ambiguous and not gaz.is_known(r) and (
                    gaz.is_common_word(a) or a in gaz.first):
                return True  # "extraemily", "realjana": a word or a name, then a given name
            if gaz.is_known(a) and a not in gaz.first or gaz.is_known(r) and r not in gaz.surname_rank:
                continue
            if not (a in gaz.first or like.prob(a) >= 0.8):
                continue
            if r in gaz.surname_rank or like.prob(r) >= 0.7:
                return True
            if len(a) >= 4 and a in gaz.first and len(r) >= 4 and like.prob(r) >= 0.5:
                return True  # "asmaalamnawar": a given name, then a rest no word list holds
        return False

    def find(self, nt, words: list[Word], field: str, taken: list[tuple[int, int]],
             field_words=None) -> list[Finding]:
        """``name_in_slot`` findings for one normalised text; ``taken``: spans already reported."""
        n = len(words)
        sx = sexual_marks(words)
        if n < 2 or not any(sx):
            return []
        if any(w.base in FICTION_MARKERS or w.base in _FICTIONAL_SINGLE for w in words):
            return []  # drawn fiction, or a known character in the prompt ("hinata nude, naruto")
        informative = case_informative(nt, words)
        # In a booru tag list without a photo word only listed given names are read (see BOORU).
        tags_only = (any(w.base in BOORU for w in words) and not any(w.base in PHOTO for w in words))
        marks = Marks(taken)
        original = nt.original
        out: list[Finding] = []
        items: dict[int, list[int]] = {}
        position: list[int] = []  # index of each word in its item (no list.index: linear)
        for k, w in enumerate(words):
            position.append(len(items.setdefault(w.item, [])))
            items[w.item].append(k)
        sexual_items = {w.item for k, w in enumerate(words) if sx[k]}
        picture = _PICTURE
        for i, w in enumerate(words):
            if marks.overlaps(w.ostart, w.oend):
                continue
            in_item = items[w.item]
            pos = position[i]
            first_of_item = pos == 0
            why = self._name_evidence(w, informative, first_of_item,
                                      original[max(0, w.ostart - 1):w.ostart] in ("(", "#", "@"))
            if why is None:
                continue
            if tags_only and why not in ("given", "given_capitalised"):
                continue
            if original[w.ostart:w.oend].lower().startswith(_ELIDED):
                continue  # "un'elfa": an article glued to a noun
            if self._language_word(nt, w, why, field_words, w.title and informative and not first_of_item):
                continue  # a word of the field's language ("erstelle", "een", "transparente")
            prev = words[in_item[pos - 1]] if pos > 0 else None
            nxt = words[in_item[pos + 1]] if pos + 1 < len(in_item) else None
            if nxt is not None and nxt.title and w.title and w.joinable_next and w.plain_gap_next:
                continue  # "Santa Claus", "Sailor Moon": a many-word name the pair rules judged
            before = original[max(0, w.ostart - 1):w.ostart]
            raw = original[w.ostart:w.oend + 2]
            slot = cue = None
            prev2 = words[in_item[pos - 2]] if pos > 1 else None
            if prev is not None and prev.base in CUES and prev2 is not None and prev2.base in NOT_A_PERSON:
                continue  # "Rio de Janeiro", "Paris von oben": the cue is part of a place name
            if (prev is not None and prev.base == "di" and why != "given"
                    and not (prev2 is not None and prev2.base in picture)):
                continue  # Indonesian "di" is "in/at" ("telanjang di Lombok"); Italian "foto di X" stays
            if prev is not None and prev.base in CUES:
                hit = None
                for k in reversed(in_item[max(0, pos - 5):pos - 1]):
                    b = words[k].base
                    if b in PERSON_NOUNS:
                        break  # "naked woman with X": the scene's figure is someone else
                    if sx[k] or b in picture or b in BODY:
                        hit = b
                        break
                if hit in NUDITY_STATE and prev.base in WEAK_CUES:
                    hit = None  # "naken på Gotland", "nude with a Snapchat filter"
                if hit is not None:
                    slot, cue = "after_cue", f"{hit} .. {prev.base}"
            elif prev is not None and (prev.base in picture or sx[in_item[pos - 1]]) and why in _LISTED_OR_CAPITAL:
                slot, cue = "after_noun", prev.base
            elif prev is not None and prev.base in VERBS and (
                    pos == 1 or prev.base in _UNDRESS_VERBS
                    or any(sx[k] for k in in_item[pos + 1:pos + 1 + _SUBJECT_REACH])):
                slot, cue = "object", prev.base  # "undress X", "can you make X naked"
            possessive = raw.endswith("'s")
            if possessive and nxt is not None and nxt.title and informative and nxt.base not in BODY:
                continue  # "Victoria's Secret", "Macy's Parade": a brand or a title, not a person's
            if slot is None and possessive and nxt is not None and (nxt.base in BODY or sx[in_item[pos + 1]]):
                slot, cue = "possessive", nxt.base
            if slot is None and (first_of_item or before in ("#", "@")):
                hit = None
                wearing = (nxt is not None and nxt.base in _WEARING and why in _LISTED_OR_CAPITAL | {"name_like"}
                           and (why in ("given", "given_capitalised") or not _demonym(w.base)))
                later = in_item[pos + 1:pos + 1 + (_WEARING_REACH if wearing else _SUBJECT_REACH)]
                for m, k in enumerate(later):
                    b = words[k].base
                    if b in _DETERMINERS and not wearing and not (m + 1 < len(later) and sx[later[m + 1]]):
                        break  # "gera uma mulher ... nua": a noun phrase follows ("giving a blowjob" goes on)
                    if b in PERSON_NOUNS:
                        break  # "olgun bir kadın": the figure is someone else
                    if sx[k]:
                        hit = b
                        after = later[m + 1] if m + 1 < len(later) else None
                        if after is not None and words[after].base in PERSON_NOUNS:
                            hit = None  # "Onsen nude woman": the nude one is the woman
                        break
                if hit is not None and not (nxt is not None and nxt.base in PERSON_NOUNS):
                    slot, cue = "subject", hit
                elif nxt is not None and nxt.base == "ile" and any(sx[k] for k in in_item):
                    slot, cue = "subject", "ile"
                elif len(in_item) == 1 and sexual_items - {w.item} and w.base not in PLACE_GIVEN and (
                        why in ("given", "given_capitalised")
                        or before in ("#", "@")
                        or before == "(" and why in ("name_like", "unknown_capitalised")
                        and self._like.prob(w.base) >= 0.75
                        or why == "name_like" and w.item == words[0].item
                        and self._like.prob(w.base) >= _MIN_LIKE_ALONE):
                    # A lone item is as often a brand, a place or a camera ("Leica", "Rivendell"):
                    # a listed given name, a weighted or tagged word, or a very name-like one.
                    slot, cue = "alone", "sexual item"
            if slot is None:
                continue
            out.append(finding("name_in_slot", 0.6, field, nt, w.ostart, w.oend,
                               {"slot": slot, "cue": cue, "evidence": why}))
            marks.add(w.ostart, w.oend)
        return out


def single_name_findings(slots: "SlotNames", nt, words: list[Word], field: str,
                         existing: list[Finding], field_words=None) -> list[Finding]:
    """The reader's entry point: person network tags (:mod:`.lora`) and slot names of a sexual
    request, where no finding at >= 0.5 (or a style reference) already covers the words."""
    if not sexual_gate(words):
        return []
    from .lora import person_tag_findings

    taken = [(f.span.start, f.span.end) for f in existing
             if f.span is not None and (f.score >= 0.5 or f.label == "style_reference")]
    marks = Marks(taken)
    out = [f for f in person_tag_findings(nt, slots._gaz, slots._like, field)
           if f.span is not None and not marks.overlaps(f.span.start, f.span.end)]
    taken.extend((f.span.start, f.span.end) for f in out if f.span is not None)
    out.extend(slots.find(nt, words, field, taken, field_words))
    return out
