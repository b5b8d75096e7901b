"""A network tag trained on one person, named by one name: ``<lora:pinar:0.7>``, ``<lyco:lunette>``.

A LoRA, LyCORIS or textual-inversion embedding reproduces what it was trained on; when that is a
person, its name is usually the person's name alone, in lower case, with packaging around it:
versions (``_v4``, ``V2``, ``-10``), model families (``_xl``, ``_sdxl``, ``_ill``, ``pony``) and
words that say "a person" (``-character``, ``_likeness``, ``_face``, ``_woman``, ``_lora``). The
pair rules of :mod:`.subject` read such tags when they hold a gazetteer given name; a name on no
list ("pinar", "adaeze", "talvi") or one behind a "-character" suffix was not read, and the issue
lists "a LoRA tag that carries only a first name" among the misses.

The reading here: split the tag's name into words (separators, camelCase, letters/digits), drop
the packaging, and call the tag a person (``name_in_slot``, ``slot: network_tag``, 0.6) when what
is left is ONE word that is

- a given name of the gazetteer (a word-name such as "summer" too: a one-word concept that is a
  given name is read as the name), or
- no dictionary word, slang or prompt jargon, and name-like by the letter model of
  :mod:`.namelike` (>= 0.5);

or when a ``_likeness`` / ``_person`` suffix says so and what is left is not made of dictionary
words. Never a person: a style, quality or technique LoRA (``add_detail``, ``film_grain``,
``ghibli_style``, ``lcm-lora-sdxl``, ``epiNoiseOffset``: dictionary words or two words and more),
a place, brand or mythological name (``proper_other``), a fictional character
(``_FICTIONAL_SINGLE``), a word of the sexual lexicon, or a tag whose words say concept, style,
pose or outfit (``TAG_NOT_PERSON`` minus "character", which marks people as often as characters).

Read only in a prompt with a word of the sexual lexicon (the gate of :mod:`.slots`): the finding
exists to make the ``ncii`` rule see the person; a portrait with a person LoRA stays allowed and
unchanged. The weight form ``(name_lora:1.2)`` is read too (no ``<...>``: the normaliser sees no
tag there).
"""

from __future__ import annotations

import functools
import re

from ...findings import Finding
from ..folding import strip_marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .wordclasses import FICTIONAL, TAG_NOT_PERSON

__all__ = ["warm_tables", "person_tag_findings", "tag_words", "long_unknown_name"]

#: Tag kinds whose name is a trained concept.
_KINDS = frozenset({"lora", "lyco", "embedding", "hypernet"})
#: Packaging: versions, model families, formats, training words.
_PACKAGING = frozenset(
    """v vv lora locon lyco loha lokr lycoris ti embedding emb hn hypernet xl sdxl sd sd15 sd1 sd2 sd3 pony
    pdxl il ill illu illust illustrious flux nai noob noobai nsfw sfw last final best beta alpha test epoch
    step steps e ep ver version by""".split()
)
#: Words that say the tag holds a person (dropped before the name is read). "character" is here,
#: not a concept word: "joana-character", "damiano-character" are people as often as characters,
#: and the name left is checked against the fictional lists anyway.
_PERSON_WORDS = frozenset(
    """character char likeness face person woman women man girl lady guy real realistic irl model
    celeb celebrity actress actor singer cosplayer""".split()
)
#: Of those, the ones that on their own say "a real person" (the rest also mark concepts:
#: "detailed_face", "anime_girl").
_STRONG_PERSON = frozenset({"likeness", "person", "irl", "celeb", "celebrity", "actress", "actor", "singer"})
#: Concept words of tags that no dictionary of ours lists or that are names elsewhere.
_NOT_PERSON = (TAG_NOT_PERSON - {"character", "char", "chara"}) | frozenset(
    """lowra epi noise offset lcm hyper turbo lightning dpo detail details detailer tweaker slider grain
    bokeh lineart polaroid hdr uhd 4k 8k skin hands hand fix eyes nsfw hentai ahegao pov""".split()
)
_VERSION = re.compile(r"^(?:v?\d+[a-z]?\d*|e\d+|ep\d+|\d+k|\d+[a-z]?)$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")
_SPLIT = re.compile(r"[_\-\s.+]+")
#: Round 20: training-run chunks of a tag's name: rank, dimension, alpha, epoch, step ("r32", "dim16", "e05").
_TRAIN_CHUNK = re.compile(r"^(?:r|rank|dim|alpha|e|ep|epoch|s|step)\d{1,6}$", re.IGNORECASE)
#: ``(name_lora:1.2)``, ``(name-lyco)``: a network named in a weight group, without ``<lora:>``.
_WEIGHT_TAG = re.compile(r"\((?P<name>[A-Za-z][A-Za-z0-9\-]{1,40}?)[_\-](?:lora|lyco|locon)(?::\s*-?[\d.]+)?\)",
                         re.IGNORECASE)
_MIN_LIKE = 0.5
#: ``name-sdxl.safetensors``: a model file in the prompt text (round 12).
_MODEL_FILE = re.compile(r"(?<![\w/.\-])(?P<name>[A-Za-z][A-Za-z0-9_\-]{1,60})\.(?:safetensors|ckpt)\b")
#: Names of base checkpoints and merges that are no dictionary word (read as concepts, never a person).
_CHECKPOINTS = frozenset(
    """dreamshaper juggernaut juggernautxl epicrealism epicphotogasm realvis realvisxl deliberate revanimated majicmix
    chilloutmix absolutereality cyberrealistic photon analogmadness protogen openjourney animagine counterfeit meinamix
    abyssorangemix orangemix ponydiffusion autismmix noobai realcartoon lazymix henmix perfectworld uberrealistic
    edgeofrealism icbinp zavychroma copax dynavision nightvision crystalclear albedobase leosam helloworld sdxl
    stablediffusion rundiffusion proteus playground kohaku animerge hassaku pastelmix aom anythingv majicmixrealistic
    realisticvision epicrealismxl wildcardx cinematix lustify bigasp pornmaster uberrealisticporn""".split())
_WORD = re.compile(r"[a-z0-9]+")
_BOORU = frozenset("1girl 2girls 3girls 1boy 2boys solo absurdres highres".split())
_PHOTO = frozenset("photo photograph photorealistic realistic raw dslr selfie 35mm 50mm 85mm film amateur".split())
_FICTIONAL_JOINED = frozenset("".join(t) for t in FICTIONAL)


#: Words of a prompt about drawn fiction: a one-name tag there is a character ("<lora:Daki-04>").
DRAWN = frozenset(
    """anime manga hentai cartoon toon comic comics 2d cel doujin ecchi chibi waifu anthro furry kemono
    genshin pokemon vtuber fanart illustration lineart""".split())
#: Words of concept LoRAs that look like names ("hogtie", "chastity", "bondage", "sybian").
_CONCEPT_STEMS = ("fellat", "bondage", "hogtie", "chastit", "chastey", "sybian", "whip", "bdsm", "shibari",
                  "nude", "naked", "porn", "fapp", "lewd", "yoke", "leash")


@functools.lru_cache(maxsize=4096)
def _concept_word(w: str) -> bool:
    """A tag word that carries a sexual or concept stem ("povfellatio", "fapp", "chastey")."""
    from .deixis import folded_sexual_words
    from .namer import _sexual_fragment

    if w in folded_sexual_words() or _sexual_fragment(w) or any(st in w for st in _CONCEPT_STEMS):
        return True
    return _holds_long_sexual_word(w)


def warm_tables() -> None:
    """Build this module's lazy table now, so that no prompt pays for it (the person reader's
    ``load`` calls it): the long sexual words read inside LoRA tags."""
    _long_sexual_words()
    _long_sexual_set()


@functools.lru_cache(maxsize=1)
def _long_sexual_words() -> tuple[str, ...]:
    from .deixis import folded_sexual_words

    return tuple(sorted(t for t in folded_sexual_words() if len(t) >= 5 and t.isalpha()))


@functools.lru_cache(maxsize=1)
def _long_sexual_set() -> tuple[frozenset, int]:
    """(the long sexual words as a set, the longest one's length)."""
    words = _long_sexual_words()
    return frozenset(words), max(map(len, words), default=0)


def _holds_long_sexual_word(w: str) -> bool:
    """Whether a long sexual word (5+ letters) occurs in ``w``: ``any(t in w for t in _long_sexual_words())``
    read the other way round (round 30, cost): each piece of ``w`` of a listed word's length looked up in a
    set, at most ``len(w)`` x (longest - 4) lookups, instead of ~7,000 substring searches per word."""
    words, longest = _long_sexual_set()
    n = len(w)
    for i in range(n - 4):
        for j in range(i + 5, min(n, i + longest) + 1):
            if w[i:j] in words:
                return True
    return False


@functools.lru_cache(maxsize=4096)
def _acronym(name: str) -> bool:
    """The tag's name opens with an all-caps chunk or mixes letters and digits inside a word
    ("ERO404-08", "AGM5-000009", "fapp3"): a code, not a name."""
    first = _SPLIT.split(name)[0] if name else ""
    letters = "".join(c for c in first if c.isalpha())
    if len(letters) >= 2 and letters.isupper():
        return True
    return bool(re.search(r"[a-zA-Z]\d+[a-zA-Z]", name))


@functools.lru_cache(maxsize=4096)
def tag_words(name: str) -> tuple[tuple[str, ...], bool]:
    """(the words of a tag's name without packaging and person words, whether a strong person
    word was among them). "ritikaV4" -> (("ritika",), False); "ho_likeness" -> (("ho",), True)."""
    # Round 20: a training suffix ("_r32_e05": rank and epoch) is packaging before camelCase splits "r32".
    parts = [p for chunk in _SPLIT.split(name) if not _TRAIN_CHUNK.match(chunk)
             for p in _CAMEL.split(chunk) if p]
    out: list[str] = []
    strong = False
    for p in parts:
        w = strip_marks(p.lower())
        if not w or _VERSION.match(w) or w in _PACKAGING:
            continue
        if w in _PERSON_WORDS:
            strong = strong or w in _STRONG_PERSON
            continue
        out.append(w)
    return tuple(out), strong


def _is_person_name(gaz, like, words: tuple[str, ...], strong: bool) -> str | None:
    """Why the tag's words name a person ("given", "name_like", "person_word", "name_pair"), or None."""
    if len(words) == 2:
        return _name_pair(gaz, like, words)
    if len(words) != 1:
        return None
    w = words[0]
    if (len(w) < 2 or not w.isalpha() or w in _NOT_PERSON or w in _CHECKPOINTS or w in _FICTIONAL_SINGLE
            or w in gaz.proper_other or w in _FICTIONAL_JOINED):
        return None
    if _concept_word(w):
        return None
    if len(w) >= 3 and w in gaz.first:
        return "given"
    if strong and (len(w) <= 3 or not gaz.is_common_word(w)):
        return "person_word"  # "ho_likeness": the suffix says a person, a short name may be a word
    if gaz.is_known(w):
        return None
    if len(w) >= 4 and like is not None and like.prob(w) >= _MIN_LIKE and not _two_words(gaz, w):
        return "name_like"
    if _joined_name(gaz, w):
        return "joined"
    return None


def _name_pair(gaz, like, words: tuple[str, ...]) -> str | None:
    """Round 19: a given name and a surname that no list pairs ("<lora:nadira_bouzid_v1>"): both words
    of 3+ letters, no word, concept, place, brand or fictional name, each a listed name part or
    name-like by the letter model; a listed given name or surname alone is not needed. Style and
    concept networks are named by words ("film_grain", "add_detail") and stay out."""
    if tuple(words) in FICTIONAL or like is None:
        return None
    for w in words:
        if (len(w) < 3 or not w.isalpha() or w in _NOT_PERSON or w in _CHECKPOINTS or w in _FICTIONAL_SINGLE
                or w in gaz.proper_other or w in _FICTIONAL_JOINED or w in _JARGON_PARTS or _concept_word(w)):
            return None
        if gaz.is_common_word(w) or w in gaz.words_common:
            return None
        listed = w in gaz.first or w in gaz.surname_rank
        if not listed and (gaz.is_known(w) or like.prob(w) < _MIN_LIKE):
            return None
    return "name_pair"


def _joined_name(gaz, w: str) -> bool:
    """Round 12: a given name and a surname written as one word ("winonablackhorse", "adaezeokafor"):
    neither part a common word, and the rest a listed surname of 4+ letters, or the head a listed given
    name of 4+ letters and the rest no known word ("summerdress", "rosegold" are a given name and a
    word). A 3-letter head with an unlisted rest is no name: "ani" + "mefeetv" ("animefeetv4"), "shi" +
    "rtliftv" ("shirtliftv3") are concept tags."""
    if _two_words(gaz, w):
        return False  # "shinyskin", "wetlook": two words run together
    for k in range(3, min(len(w) - 3, 12)):
        head, rest = w[:k], w[k:]
        if gaz.is_common_word(head) or gaz.is_common_word(rest):
            continue
        if len(rest) >= 4 and rest in gaz.surname_rank:
            return True
        if k >= 4 and head in gaz.first and not gaz.is_known(rest):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _two_words_cached(w: str, gaz_id: int) -> bool:
    gaz = _GAZ[gaz_id]
    return any(gaz.is_common_word(w[:k]) and gaz.is_common_word(w[k:]) for k in range(3, len(w) - 2))


_GAZ: dict[int, object] = {}


def _two_words(gaz, w: str) -> bool:
    """Two dictionary words run together ("shinyskin", "wetlook"): a concept, not a name."""
    _GAZ.setdefault(id(gaz), gaz)
    return _two_words_cached(w, id(gaz))


#: Prompt jargon a style network's name is made of that no dictionary of ours lists.
_JARGON_PARTS = frozenset("neg negative pos embed emb aesthetic unaesthetic lora lyco xl sd ti hq lq".split())


@functools.lru_cache(maxsize=4096)
def _made_of_words(w: str, gaz_id: int) -> bool:
    """``w`` splits into dictionary words of 3+ letters and jargon ("verybadimagenegative",
    "realisticvisionneg"): a style or quality network, not a name. Dynamic programming, O(len^2)."""
    gaz = _GAZ[gaz_id]
    n = len(w)
    ok = [True] + [False] * n
    for j in range(3, n + 1):
        ok[j] = any(ok[i] and (gaz.is_common_word(w[i:j]) or w[i:j] in _JARGON_PARTS) for i in range(0, j - 2))
    return ok[n] or w.endswith("v") and ok[n - 1]  # "badhandv4": the version's "v" left on


def long_unknown_name(gaz, w: str) -> bool:
    """Round 16: one long token (8+ letters) that no list holds and that is no run of dictionary words
    or concept stems ("tshepisomoagi", "ketsarawongsuwan"): in the subject slot of a sexual request, a
    network or handle so named is a person (joined names the gazetteer cannot split)."""
    if len(w) < 8 or len(w) > 30 or not w.isalpha() or gaz.is_known(w) or w in _NOT_PERSON or w in _CHECKPOINTS:
        return False
    if w in _FICTIONAL_JOINED or _concept_word(w):
        return False
    if sum(c in "aeiouy" for c in w) * 4 < len(w):
        return False  # "bdsmxxxcollection"-like runs of consonants are codes
    _GAZ.setdefault(id(gaz), gaz)
    return not _made_of_words(w, id(gaz))


#: Words after a network that make it a modifier of the subject, not the subject ("<lora:x> woman nude").
_SUBJECT_NOUNS = frozenset(
    """woman women girl girls man men lady ladies boy boys 1girl 2girls 1boy female male model person couple
    wife elf character style solo""".split())


def _subject_tag(text: str, start: int, end: int) -> bool:
    """The tag is what its comma item is about: nothing but a cue ("of", "with", "nsfw:") before it,
    and words after it that are not the item's own subject noun or another network
    ("embedding:x on all fours"; not "nude woman, embedding:x" nor "<lora:x> woman nude")."""
    head = text[max(0, start - 80):start]
    for sep in ",;:\n(|>":
        k = head.rfind(sep)
        if k >= 0:
            head = head[k + 1:]
    words = head.lower().split()
    if words and not (len(words) == 1 and words[0] in ("of", "with", "de", "von", "con", "du", "di", "featuring")):
        return False
    tail = text[end:end + 60]
    for sep in ",;\n|":
        k = tail.find(sep)
        if k >= 0:
            tail = tail[:k]
    after = tail.split()
    return bool(after) and after[0][:1] not in "<(" and not after[0].lower().startswith("embedding") \
        and after[0].lower().strip(".:!") not in _SUBJECT_NOUNS


#: ``한명숙_v2.safetensors``, ``дарьяшпакова_v4.safetensors``: a model file named in another script.
_MODEL_FILE_SCRIPT = re.compile(r"(?<![\w/.\-])(?P<name>[^\W\d_A-Za-z][\w\-]{0,40})\.(?:safetensors|ckpt)\b")


def _script_name_part(name: str) -> str | None:
    """The one name part of a tag written in a script other than Latin ("한명숙" of "한명숙_v2"), or None."""
    parts = [p for p in _SPLIT.split(name) if p and not _VERSION.match(p.lower()) and p.lower() not in _PACKAGING
             and not _TRAIN_CHUNK.match(p)]
    if len(parts) in (2, 3) and "-" in name and all(not p.isascii() and len(p) <= 8 for p in parts):
        # Round 20: a name hyphenated in its own script ("권-나래", "أمل-القبيسي"): Hangul and Han are
        # written without spaces, other scripts with one.
        han = all(0xAC00 <= ord(c) <= 0xD7A3 or 0x4E00 <= ord(c) <= 0x9FFF for p in parts for c in p)
        if any(any(c.isascii() for c in p) for p in parts):
            return None
        part = ("" if han else " ").join(parts)
        return part if 2 <= len(part) <= 24 else None
    if len(parts) != 1:
        return None
    part = parts[0]
    if part.isascii() or not 2 <= len(part) <= 16 or any(c.isascii() for c in part):
        return None
    return part


def _script_tag_is_name(nt, gaz, field: str, s: int, e: int, part: str) -> bool:
    """Round 16: the tag's name, put in the tag's place, is read as a name by the readers of names in
    their own script (:mod:`.same_script`, read-only): "<lora:한명숙:1> 침대에서 ..." reads as
    "한명숙 침대에서 ...". A concept written in that script ("<lora:汉服:1>", hanfu) is no name there."""
    from ..normalize import normalize
    from .same_script import native_script_names, same_script_names

    text = nt.original
    variant = text[:s] + part + " " + text[e:].lstrip()
    vnt = normalize(variant[:2000])
    a, b = s, s + len(part)
    for f in [*same_script_names(vnt, field), *native_script_names(vnt, field, gaz)]:
        if f.span is not None and f.span.start < b and a < f.span.end:
            return True
    return False



def person_tag_findings(nt, gaz, like, field: str) -> list[Finding]:
    """``name_in_slot`` findings (``slot: network_tag``) for the network tags of ``nt`` that carry
    one person's name (see the module docstring). The caller gates on a sexual word."""
    out: list[Finding] = []
    toks = set(_WORD.findall(nt.folded.text))
    if toks & DRAWN:
        return out  # drawn fiction: a one-name network is a character
    # A booru tag list without a photo word: a network named by a word no list holds is a
    # character or a concept ("<lora:Videl>", "<lora:strongbana-09>"); listed given names stay.
    tags_only = bool(toks & _BOORU) and not toks & _PHOTO
    seen: set[tuple[int, int]] = set()
    cands: list[tuple[str, int, int]] = [(tg.name, tg.span.start, tg.span.end)
                                         for tg in nt.tags if tg.kind in _KINDS]
    if "(" in nt.original:
        cands.extend((m.group("name"), m.start(), m.end()) for m in _WEIGHT_TAG.finditer(nt.original))
    if ".safetensors" in nt.original or ".ckpt" in nt.original:
        # round 12: a model file named after one person ("charityngilu-sdxl.safetensors"); base
        # checkpoints are concepts (_CHECKPOINTS) or dictionary words ("sdxl_base_1.0.safetensors")
        cands.extend((m.group("name"), m.start(), m.end()) for m in _MODEL_FILE.finditer(nt.original))
        if not nt.original.isascii():
            cands.extend((m.group("name"), m.start(), m.end()) for m in _MODEL_FILE_SCRIPT.finditer(nt.original))
    for name, s, e in cands:
        if (s, e) in seen:
            continue
        seen.add((s, e))
        if _acronym(name):
            continue
        part = None if name.isascii() else _script_name_part(name)
        if part is not None:
            if _script_tag_is_name(nt, gaz, field, s, e, part):
                out.append(finding("name_in_slot", 0.6, field, nt, s, e,
                                   {"slot": "network_tag", "name": part, "evidence": "script_name"}))
                continue  # else the rules below read it as before
        words, strong = tag_words(name)
        why = _is_person_name(gaz, like, words, strong)
        if (why is None and len(words) == 1 and not tags_only and long_unknown_name(gaz, words[0])
                and _subject_tag(nt.original, s, e)):
            why = "long_unknown"  # round 16: "embedding:tshepisomoagi on all fours, naked"
        if why is None or tags_only and why in ("name_like", "name_pair"):
            continue
        out.append(finding("name_in_slot", 0.6, field, nt, s, e,
                           {"slot": "network_tag", "name": words[0], "evidence": why}))
    return out
