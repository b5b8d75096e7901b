"""Two person forms of a sexual request's subject slot that the single-name and pair rules leave.

:mod:`.slots` reads ONE name-like word in the person slot, :mod:`.subject` a first name + surname
pair. Two forms fall between them, and a sexual request that names its subject by them is held
for review instead of blocked (round 12):

- ``romanised_pair``: a romanised East-Asian name, family name first ("Wang Ou", "An San",
  "Yang Zi", "Park In-bee"): both halves are short words every dictionary and name list holds
  in another sense, so the pair rules see no name. The form is: a Chinese, Korean, Vietnamese or
  Cantonese family name of :data:`FAMILY`, capitalised, followed by a capitalised given name of
  at most two syllables per hyphen part (pinyin / Korean romanisation shapes, see
  :func:`_syllables`), standing in a subject slot: opening an item with a sexual word after it
  in the item, after "of / featuring / starring" with a sexual or picture word before it, or
  with a possessive before a sexual or body word.
- ``agent``: the bare subject of a sexual participle ("Delay masturbating on a webcam", "Shay
  riding a man cowgirl style", "Ptazeta having sex"). Grammar says who it is: a phrase of one or
  two capitalised words with no article that is the agent of "masturbating", "having sex",
  "riding" ... must be someone, and a common noun cannot stand there without an article. What
  stands there and is no person is kept out by word classes: person nouns and descriptors ("Girl
  masturbating", "Busty blonde riding", "Amateur couple having sex"), creatures of fantasy ("Elf",
  "Succubus"), adjectives of porn tags (:data:`NOT_AGENT`), places, deities and characters
  (:data:`.slots.NOT_A_PERSON`), words of the sexual lexicon.

Both need the sexual gate of :mod:`.slots` and are not read in prompts about drawn fiction.
Findings: ``name_in_slot`` 0.6 with ``slot`` (``romanised_pair`` / ``agent``) and ``cue``.

Cost: one pass over the words; each candidate looks at a bounded window (at most
``_REACH`` words) and splits a given name of at most 12 letters into syllables by a bounded
dynamic programme, so the reading stays linear.
"""

from __future__ import annotations

import functools
import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE
from .slots import _DESCRIPTORS, BODY, JARGON, NOT_A_PERSON, PERSON_NOUNS
from .wordclasses import NOT_SURNAME_TAIL, PICTURE_NOUNS, PLACE_HEAD, TITLES
from .words import Word, case_informative

__all__ = ["FAMILY", "NOT_AGENT", "slot_form_findings"]

#: Romanised family names (Mandarin pinyin, Korean, Cantonese/Wade-Giles, Vietnamese) that open
#: a family-name-first name.
FAMILY = frozenset(
    """wang li zhang liu chen yang zhao huang zhou wu xu sun ma zhu hu guo he lin gao luo zheng liang
    xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su
    lu ding ren shen yao jin fan fang shi xiong meng qin qiu hou jia xue yan duan lei tao bai mao hao
    gong shao wan qian tan lai kong ni gu mo ou
    kim lee park choi jung jeong kang cho jo yoon yun jang lim im oh seo shin kwon hwang ahn an yoo
    hong jeon ko go moon mun son bae baek heo nam noh ryu cha joo kwak sung
    chan wong cheung leung lau ng tse lam yip chow tsang kwok chung tsui fung kwan tsai hsu chiu chou kuo
    nguyen tran pham hoang phan vu vo dang bui ngo duong""".split()
)
#: Family-name-first pairs that are things: places, arts, foods, characters.
_STOP_PAIRS = frozenset(
    """hong kong|feng shui|tai chi|yin yang|kung fu|mai tai|kim chi|wu tang|ding dong|ma po|han solo
    |sun tan|ho chi|dong hai|hu nan|lin chi|lee jeans|sun yat|park avenue|jin shan|ko samui
    |ko phangan|ko tao|song dynasty|tang dynasty|ming dynasty|yu gi|mo dao|bai lu|gu zheng|ha long
    |lau pa|an lao""".replace("\n", "").split("|")
)
_STOP_PAIRS = frozenset(p.strip() for p in _STOP_PAIRS)
#: One romanised syllable: an onset of up to three consonants, one to three vowels, a coda.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|r|l)?")
_MAX_GIVEN = 12

#: Participles (folded, lower case) whose agent is a person: the subject slot of the ``agent`` form.
#: Two-word entries are matched as a pair ("having sex").
AGENT_VERBS = frozenset(
    """masturbating fingering fucking sucking riding humping twerking stripping undressing squirting
    deepthroating cumming orgasming grinding jerking wanking fisting rimming scissoring spanking
    masturbates masturbandose masturbando masturbant cabalgando""".split()
)
AGENT_PAIRS = frozenset(
    ("having sex", "giving head", "giving blowjob", "getting fucked", "getting railed", "teniendo sexo",
     "haciendo sexo", "fazendo sexo", "haciendo el", "se masturbando", "se masturbant", "se masturbe",
     "berhubungan seks", "having intercourse", "having anal", "giving a", "sucking a", "taking a")
)
#: "giving a ..." and "taking a ..." need a sexual word in the next two words ("giving a
#: blowjob", not "giving a speech").
_NEEDS_SEXUAL_NEXT = frozenset(("giving a", "taking a", "sucking a"))
#: Verbs of motion that are sex only with a sexual word after them or a partner as their object
#: ("riding a man", "grinding on his lap"; not "riding a horse").
_MOTION = frozenset("riding grinding twerking stripping undressing spanking humping".split())
_PARTNER = frozenset(
    """man guy him her men guys cock dick dildo boyfriend girlfriend husband partner stranger face lap
    thigh cowboy cowgirl""".split())
_SKIP = frozenset("a an the his her their on".split())
#: Words that stand bare before a participle in porn tags and are no name: adjectives and
#: nouns of kinds of people and settings.
NOT_AGENT = frozenset(
    """solo amateur homemade outdoor outdoors public private lesbian lesbians gay straight bi trans
    shemale tranny mature young old older cute hot sexy horny slutty drunk sleeping wet tattooed
    pregnant hairy skinny chubby fat thick tiny huge big small petite curvy busty slim tall short
    real fake live webcam cam pov vr hd closeup close 4k 8k uncensored censored hardcore softcore
    interracial bbw bbc pawg asian latina ebony blonde blond brunette redhead black white
    elf elves succubus incubus demon demoness fairy faerie nymph mermaid vampire vampiress werewolf orc
    goblin alien robot android cyborg catgirl foxgirl bunny bunnygirl furry anthro monster dragon
    angel devil witch goddess zombie ghost doll sexdoll mannequin statue
    dog dogs horse horses cat cats monkey animal animals
    someone somebody everyone nobody anyone one two three four five six group crowd people
    he she they it him her them we i you his hers their this that these those
    wife husband girlfriend boyfriend mom mother dad father sister brother daughter son stepmom
    stepsister stepdaughter stepson stepbrother stepdad aunt uncle cousin teacher student nurse
    doctor maid secretary boss neighbor neighbour roommate stranger babysitter milf teen teens
    man men woman women girl girls boy boys guy guys lady ladies couple couples wife's
    gf bf mistress slave sub dom domme master
    spring summer autumn fall winter love death truth beauty liberty justice night dawn dusk nature
    freedom victory peace fortune fame desire lust sin temptation innocence youth vanity god gods
    jav joi asmr cosplay cosplayer femboy twink bear daddy step stepsis stepbro""".split()
)
#: Strong cues of the ``cued_capital`` form: "a nude portrait OF Delay".
_STRONG_CUES = frozenset("of featuring starring feat ft".split())
_REACH = 6
_CUES = frozenset("of featuring starring feat ft de von di da do ni".split())
_PICTURE_OR_SEX_HEAD = frozenset(
    """photo photos pic pics picture pictures portrait video videos nudes tape footage still image images
    selfie selfies shoot leak leaks leaked clip clips deepfake""".split()
)
#: Countries and continents, owners of "Spain's nude beaches" that the place lists of
#: :mod:`.slots` (cities, islands) do not hold.
_LANDS = frozenset(
    """europe asia africa america americas australia oceania antarctica spain france germany italy
    portugal greece turkey russia ukraine poland sweden norway denmark finland iceland ireland england
    britain scotland wales netherlands holland belgium austria switzerland hungary romania bulgaria croatia
    serbia czechia china japan korea thailand vietnam indonesia philippines malaysia india pakistan iran
    iraq israel egypt morocco nigeria ghana kenya brazil argentina chile peru colombia mexico canada
    cuba jamaica world earth""".split()
)
#: What an owner's leak is of ("X's onlyfans", "X's private content").
_OWNED = frozenset("onlyfans fansly content nudes sextape".split())
_DRAWN = frozenset(
    """anime manga hentai cartoon toon comic comics waifu 1girl 2girls 1boy genshin pokemon overwatch
    fanart doujin doujinshi ecchi chibi vtuber videogame""".split()
)


@functools.lru_cache(maxsize=4096)
def _syllables(part: str) -> int:
    """How few romanised syllables ``part`` splits into (0: it does not split; at most 3 are
    tried). Bounded: ``part`` is at most ``_MAX_GIVEN`` letters, each split point tried once per
    syllable count."""
    if not part or len(part) > _MAX_GIVEN or not part.isalpha():
        return 0
    best = {0: 0}
    for end in range(1, len(part) + 1):
        for start in range(max(0, end - 6), end):
            if start in best and best[start] < 3 and _SYLLABLE.fullmatch(part, start, end):
                n = best[start] + 1
                if end not in best or n < best[end]:
                    best[end] = n
    return best.get(len(part), 0)


def _given_parts(words: list[Word], j: int) -> int:
    """Index after the given name that starts at ``words[j]`` (hyphen parts joined: "In-bee",
    "Lun-mei"), or -1 when it is not a romanised given name of at most two syllables per part."""
    k = j
    while True:
        n = _syllables(words[k].base)
        if not n or n > 2:
            return -1
        if words[k].hyphen_next and k + 1 < len(words) and words[k + 1].item == words[j].item and k - j < 2:
            k += 1
            continue
        return k + 1


class _Reader:
    def __init__(self, gaz, words: list[Word], sx: list[bool]):
        self.gaz, self.words, self.sx = gaz, words, sx

    def _sexual_after(self, start: int, item: int) -> str | None:
        words, sx = self.words, self.sx
        for k in range(start, min(len(words), start + _REACH)):
            if words[k].item != item:
                return None
            if sx[k]:
                return words[k].base
        return None

    def _sexual_before(self, end: int, item: int) -> str | None:
        words, sx = self.words, self.sx
        for k in range(end - 1, max(-1, end - 1 - _REACH), -1):
            if words[k].item != item:
                return None
            if sx[k] or words[k].base in _PICTURE_OR_SEX_HEAD:
                return words[k].base
        return None

    def pair(self, i: int, original: str) -> tuple[int, str, str] | None:
        """(end index, slot, cue) of a romanised family-name-first name at ``i``."""
        words = self.words
        w = words[i]
        if w.base not in FAMILY or not w.title or i + 1 >= len(words):
            return None
        g = words[i + 1]
        if g.item != w.item or not g.title or not w.joinable_next:
            return None
        end = _given_parts(words, i + 1)
        if end < 0:
            return None
        given = "".join(words[k].base for k in range(i + 1, end))
        if f"{w.base} {words[i + 1].base}" in _STOP_PAIRS or given in NOT_AGENT:
            return None
        if len(given) >= 5 and self.gaz.is_common_word(given) and not words[i + 1].hyphen_next:
            return None  # "Park Ranger", "Song Bird": an English word, not a given name
        if end < len(words) and words[end].item == w.item and words[end].title and words[end].joinable_next \
                and words[end - 1].joinable_next and words[end].base not in FAMILY:
            return None  # a longer capitalised run ("Wu Tang Clan"): the pair rules read it
        prev = words[i - 1] if i > 0 and words[i - 1].item == w.item else None
        tail = original[words[end - 1].oend:words[end - 1].oend + 2]
        if tail == "'s" and end < len(words) and self.sx[end]:
            return end, "romanised_pair", f"possessive {words[end].base}"
        if prev is not None and prev.base in _CUES:
            hit = self._sexual_before(i - 1, w.item)
            return (end, "romanised_pair", f"{hit} .. {prev.base}") if hit else None
        if prev is None or original[max(0, w.ostart - 1):w.ostart] in ("#", "@", "("):
            hit = self._sexual_after(end, w.item)
            return (end, "romanised_pair", hit) if hit else None
        if prev is not None and self.sx[i - 1] and prev.base not in NOT_AGENT:
            return end, "romanised_pair", prev.base  # "naked Wang Ou", "topless Yang Zi"
        return None

    def agent(self, i: int, original: str) -> tuple[int, str, str] | None:
        """(end index, slot, cue) of the bare agent of a sexual participle opening an item."""
        words, sx = self.words, self.sx
        w = words[i]
        if i > 0 and words[i - 1].item == w.item and original[max(0, w.ostart - 1):w.ostart] not in ("#", "@", "("):
            return None
        for size in (1, 2):
            v = i + size
            if v >= len(words) or words[v].item != w.item:
                return None
            run = words[i:v]
            if not self._agent_words(run, original):
                return None
            verb = words[v].base
            two = f"{verb} {words[v + 1].base}" if v + 1 < len(words) and words[v + 1].item == w.item else ""
            if two in AGENT_PAIRS:
                if two in _NEEDS_SEXUAL_NEXT and not any(
                        sx[k] for k in range(v + 2, min(len(words), v + 4)) if words[k].item == w.item):
                    return None
                return v, "agent", two
            if verb in AGENT_VERBS:
                if verb in _MOTION and not self._sexual_motion(v):
                    return None  # "Shay riding a horse": only a partner or a sexual word makes it sex
                return v, "agent", verb
        return None

    def cued_capital(self, i: int, original: str) -> tuple[int, str, str] | None:
        """(end index, slot, cue) of one or two capitalised words after "of / featuring /
        starring" in a sexual item of a text whose capitals say something ("a fully nude studio
        portrait of Delay"): there a capitalised word is a name even when it is also a word."""
        words, sx = self.words, self.sx
        w = words[i]
        if i == 0 or words[i - 1].item != w.item or words[i - 1].base not in _STRONG_CUES:
            return None
        end = i + 1
        if end < len(words) and words[end].item == w.item and words[end].title and w.joinable_next:
            end += 1
            if end < len(words) and words[end].item == w.item and words[end].title and words[end - 1].joinable_next:
                return None  # three capitalised words: a title or a place the other rules read
        run = words[i:end]
        if not self._agent_words(run, original) or any(x.base in PLACE_HEAD or x.base in NOT_SURNAME_TAIL for x in run):
            return None
        hit = None
        for k in range(i - 2, max(-1, i - 2 - _REACH), -1):
            if words[k].item != w.item:
                break
            if sx[k]:
                hit = words[k].base
                break
        return (end, "cued_capital", f"{hit} .. {words[i - 1].base}") if hit else None

    def possessive(self, i: int, original: str) -> tuple[int, str, str] | None:
        """(end index, slot, cue) of a tagged or capitalised owner before a leak, a picture or a
        sexual word ("#RubyWax's private content leak", "Zolita's onlyfans leak")."""
        words, sx = self.words, self.sx
        w = words[i]
        if original[w.oend:w.oend + 2] not in ("'s", "’s") or i + 1 >= len(words):
            return None
        marked = original[max(0, w.ostart - 1):w.ostart] in ("#", "@")
        if not marked and (not w.title or self.gaz.is_common_word(w.base)):
            return None
        if words[i + 1].title and not marked:
            return None  # "Victoria's Secret": a brand or a title
        if w.base in self.gaz.proper_other or w.base in _LANDS or not self._agent_words([w], original):
            return None
        for k in range(i + 1, min(len(words), i + 4)):
            if words[k].item != w.item:
                break
            if words[k].base in _PICTURE_OR_SEX_HEAD or words[k].base in _OWNED:
                return i + 1, "possessive", words[k].base  # not "Europe's best nude beaches"
        return None

    def _sexual_motion(self, v: int) -> bool:
        words, sx = self.words, self.sx
        k = v + 1
        while k < len(words) and k < v + 3 and words[k].base in _SKIP:
            k += 1
        if k < len(words) and words[k].item == words[v].item and words[k].base in _PARTNER:
            return True
        return any(sx[m] for m in range(v + 1, min(len(words), v + 1 + _REACH)) if words[m].item == words[v].item)

    def _agent_words(self, run: list[Word], original: str) -> bool:
        gaz = self.gaz
        for n, w in enumerate(run):
            b = w.base
            lower_name = (len(run) == 1 and not w.title and len(b) >= 4 and b.isalpha()
                          and not gaz.is_common_word(b) and b not in gaz.first_ambiguous)
            if (not (w.title or lower_name) or len(b) < 2 or len(b) > 20 or b in NOT_AGENT or b in gaz.proper_other or b in _FICTIONAL_SINGLE or w.leet):
                return False
            if n + 1 < len(run) and not w.joinable_next:
                return False
        for w in run:
            b = w.base
            if (b in NOT_A_PERSON or b in PERSON_NOUNS or b in _DESCRIPTORS or b in BODY or b in JARGON
                    or b in PICTURE_NOUNS or (b in TITLES and len(run) == 1)):
                return False
        return True


def slot_form_findings(gaz, nt, words: list[Word], field: str, sx: list[bool],
                       taken: list[tuple[int, int]]) -> list[Finding]:
    """``name_in_slot`` findings of the two forms (module docstring); ``sx``: the sexual marks of
    :func:`.slots.sexual_marks`, ``taken``: spans already reported."""
    if len(words) < 2 or not any(sx) or any(w.base in _DRAWN or w.base in _FICTIONAL_SINGLE for w in words):
        return []
    reader = _Reader(gaz, words, sx)
    informative = case_informative(nt, words)
    marks = Marks(taken)
    original = nt.original
    out: list[Finding] = []
    for i, w in enumerate(words):
        if sx[i] or marks.overlaps(w.ostart, w.oend):
            continue
        got = reader.pair(i, original) or reader.agent(i, original) or reader.possessive(i, original) or (
            reader.cued_capital(i, original) if informative else None)
        if not got:
            continue
        end, slot, cue = got
        s, e = w.ostart, words[end - 1].oend
        if marks.overlaps(s, e) or any(sx[k] for k in range(i, end)):
            continue
        out.append(finding("name_in_slot", 0.6, field, nt, s, e, {"slot": slot, "cue": cue, "evidence": slot}))
        marks.add(s, e)
    return out
