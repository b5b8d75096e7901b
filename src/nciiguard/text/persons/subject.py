"""Names on no list in the places where a prompt puts its subject (issue 10).

The pair table of :mod:`.namer` scores a first name + surname by how strong each half is on its
own, and leaves the weak pairs to capitals. People on no list are exactly the weak pairs: a rare
first name before a surname that is also a noun ("Halston Sage", "Azealia Banks"), Turkish or
Korean names the gazetteers do not hold ("kayıt güçlü", "jeongsun kim"), the same names written
joined ("sedifeyorulmaz", "#seojunpark"), in capitals ("AUBREY PLAZA") or as the only word of a
network tag (``<lora:oksana_v2:0.8>``). What makes them a person is WHERE they stand:

- the **subject slot**: a pair or joined token that opens a comma item, a weight group or a
  sentence, follows "of", "with", "starring" or their French, Spanish, German, Portuguese and
  Italian equivalents, or carries a possessive ("X's") or a hashtag;
- a **network tag** (LoRA/LyCORIS/embedding) is a trained concept by construction: when its
  words are a gazetteer given name (alone or before a family name), or a very name-like word no
  list holds before a census surname, the concept is a person. One unknown word alone is not
  read: concepts and characters look the same (``<lora:LowRA>``, ``<lora:Videl>``).

Each rule also asks the halves to read as name parts (gazetteer first names and census surnames,
or the name-likeness model of :mod:`.namelike` for tokens no list holds), and keeps out what
stands in the same slots: style authors (items with a style word of :mod:`.mentions`, "by",
"style", "painted", and bare items after the first of them: artist lists), places (``PLACE_PREFIX``, ``NOT_SURNAME_TAIL``), fictional
characters (``FICTIONAL``), dictionary words that are no name, and English derivations. Scores
are 0.5 (0.6 in a tag): at the policy's threshold, below every table row that has capitals or a
strong surname to go on. Where the rules alone do not trust a candidate at an item start (a
joined token that is no gazetteer pair, a pair that passes only the cued rules), the
person-mention model's token probability (>= 0.6) is the second opinion that admits it.

Cost: one pass over the words, each token looked up a bounded number of times; a joined token is
split at most ``MAX_JOINED_NAME`` ways (longer ones are not read), so the reading stays linear.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ...findings import Finding
from ..limits import MAX_JOINED_NAME
from ..spans import Marks
from .found import finding
from .mentions import _FICTIONAL_SINGLE, _STYLE_WORDS
from .namer import _sexual_fragment, _sexual_words
from .scripts import other_script_names
from .wordclasses import (
    TAG_NOT_PERSON as _TAG_NOT_PERSON,
    TAG_SPLIT as _TAG_SPLIT,
    COLOURS,
    FICTIONAL,
    FOREIGN_MARKERS,
    JOINED_TAIL_NOT_SURNAME,
    NEVER_WORD_FIRST,
    NOT_SURNAME_TAIL,
    PARTICLES,
    PICTURE_NOUNS,
    PLACE_HEAD,
    PLACE_PREFIX,
    SUFFIX_NOT_SURNAME,
    TITLES,
)
from .words import Word, case_informative

#: Words after which a name is the subject: "of", "with", "starring" and the same in the five
#: other languages the guard reads ("avec", "con", "mit", "com", "di", "von"), and the verbs that
#: take a person as their object in requests ("undress X", "show me X", "zieh X aus").
SUBJECT_AFTER = frozenset(
    """of with starring featuring and feat ft
    avec et de du des
    con y del
    mit und von
    com e da do
    di ed
    undress strip show generate draw render create imagine make photograph
    deshabille desnuda desnudar spoglia zieh entkleide deixa tira despe""".split()
)
#: Words that open a network tag's name or follow the subject in it and say nothing about who
#: it is: versions, model families, packaging.
_TAG_NOISE = frozenset(
    """v vv lora locon lyco loha lokr lycoris ti embedding emb hn hypernet xl sdxl sd sd15 sd1 sd2 pony
    pdxl il illu illustrious flux nai nsfw sfw last final best beta alpha test epoch step steps offset
    realistic real photo person woman man girl face""".split()
)
#: The end of a weight group right after a pair: ")" or ":1.2)".
_WEIGHT_CLOSE = re.compile(r"[ \t]*(?::[ \t]*\d+(?:\.\d+)?[ \t]*)?\)")
_OPEN_GAP = re.compile(r"[ \t]*[(\[{][ \t(\[{]*")
_VERSION = re.compile(r"^(?:v?\d+[a-z]?|e\d+|ep\d+|\d+k)$")


#: Probability of the person-mention model that confirms a joined token at an item start.
_CONFIRM = 0.6
_MEMO_MAX = 50_000
#: First words of place names (capitalised or not) that no given name shares.
PLACE_HEADS = frozenset("downtown uptown midtown loch".split())


#: Latin letters NFD does not decompose (Polish, Turkish, Nordic, Croatian, German).
_FOLD_EXTRA = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


@functools.lru_cache(maxsize=4096)
def _ascii_fold(name: str) -> str:
    """A network tag's name with the diacritics of Latin letters dropped ("alžběta" -> "alzbeta",
    "miłosz" -> "milosz"), as the folded view reads running text; tags keep the raw name."""
    if name.isascii():
        return name
    name = unicodedata.normalize("NFD", name.translate(_FOLD_EXTRA))
    return "".join(c for c in name if not unicodedata.combining(c))


class SubjectNames:
    """Finds names on no list in subject slots and network tags (see the module docstring)."""

    def __init__(self, gaz, namer, model=None):
        self._gaz = gaz
        self._namer = namer
        #: The person-mention model (:mod:`.model`), asked to confirm what the rules alone do
        #: not trust (a joined token at an item start); None: such candidates are dropped.
        self._model = model
        # Token classes depend on the token alone: kept per token (bounded, cleared when full).
        self._given_memo: dict[str, str | None] = {}
        self._family_memo: dict[str, str | None] = {}

    # -- name parts -------------------------------------------------------------------------
    def _given(self, tok: str) -> str | None:
        memo = self._given_memo
        if tok not in memo:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            memo[tok] = self._given_uncached(tok)
        return memo[tok]

    def _family(self, tok: str) -> str | None:
        memo = self._family_memo
        if tok not in memo:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            memo[tok] = self._family_uncached(tok)
        return memo[tok]

    def _given_uncached(self, tok: str) -> str | None:
        """Class of ``tok`` as a given name: "F" (gazetteer, unambiguous), "Fa" (gazetteer, also a
        word), "U" (no list; the name-likeness asked by the caller), "W" (a dictionary word:
        "Storm", "Scout", "Sky"), or None."""
        gaz = self._gaz
        if len(tok) < 3 or not tok.isalpha() or tok in PLACE_PREFIX or tok in PLACE_HEAD:
            return None
        if tok in TITLES or tok in PARTICLES or tok in COLOURS or tok in NEVER_WORD_FIRST:
            return None
        if tok in gaz.first:
            return "Fa" if tok in gaz.first_ambiguous or gaz.is_common_word(tok) else "F"
        if not gaz.is_known(tok):
            return "U" if len(tok) >= 4 else None
        if gaz.is_word(tok) and not tok.endswith(("ing", "ed", "ly", "s")) and tok not in gaz.not_surname:
            return "W"
        return None

    def _family_uncached(self, tok: str) -> str | None:
        """Class of ``tok`` as a family name: "S" (census surname that is no common word), "Sw"
        (census surname that is one: "Banks", "Park", "Sage"), "L" (no list, 4+ letters), or None.
        Plurals of common words that are no strong surname never ("bears", "falls")."""
        gaz = self._gaz
        if (len(tok) < 2 or not tok.isalpha() or tok in NOT_SURNAME_TAIL or tok in gaz.not_surname
                or tok not in gaz.surname_rank and tok in _sexual_words()):
            return None  # (a sexual word no census lists is that word: "donna nuda"; "Bates" stays)
        rank = gaz.surname_rank.get(tok)
        if tok.endswith("s") and tok[:-1] in gaz.words_common and (rank is None or rank > 1000):
            return None  # "teddy bears", "victoria falls"; not "banks", "woods", "wells"
        if rank is not None:
            return "Sw" if gaz.is_common_word(tok) else "S"
        if len(tok) >= 4 and not gaz.is_known(tok) and not tok.endswith(SUFFIX_NOT_SURNAME):
            return "L"
        return None

    def _pair(self, a: str, b: str, capitals: bool, cued: bool) -> str | None:
        """Classes "X+Y" of ``a b`` as given name + family name in a subject slot, or None.

        ``capitals``: both Title case in text whose capitals inform; ``cued``: the pair follows a
        cue word, carries a possessive or a hashtag (an item start is a weaker slot). What a pair
        needs, by the given name's class:

        - a gazetteer first name: a surname that is no common word or a name-like unknown token;
          a surname that is a common word only when capitalised ("Ruby Rose", not "bob hair");
        - a token no list holds: name-like (0.7), or any name-likeness of 0.5 before a surname
          that is no common word ("misuk ryu", "jeongsun kim"); a strong surname that is a
          common word ("seojun park") only after a cue; two unknown tokens only when both are
          very name-like (0.9) and the second is no given name ("haruno sakura" is a character
          written surname first);
        - a dictionary word ("Storm Reid", "sky ferreira"): only after a cue and before a
          surname that is no common word ("Long Hair", "Classic Purple", "Dark Brandon" at an
          item start are words).
        """
        if (a, b) in FICTIONAL or a == b:
            return None
        gaz, namer = self._gaz, self._namer
        fa, fb = self._given(a), self._family(b)
        if fa is None or fb is None or len(b) < 3 and fb != "S":
            return None
        if fb == "Sw" and len(b) < 3:
            return None
        rank = gaz.surname_rank.get(b, 10**9)
        if fa in ("F", "Fa"):
            if fa == "Fa" and not capitals:
                return None  # "ginger hair", "glory wall", "ken doll"
            if fb == "Sw" and not (capitals or cued and len(b) >= 4 and rank <= 20000):
                return None  # "bob hair", "olivia seen"; after a cue "aubrey plaza"
            if fb == "L" and not (len(b) >= 4 and namer.namelike(b, 0.7)):
                return None
        elif fa == "U":
            if fb == "S":
                if not namer.namelike(a, 0.3 if cued else 0.5):
                    return None
            elif fb == "Sw":
                if not (namer.namelike(a, 0.7) and (capitals or cued and rank <= 5000 and len(b) >= 3
                                                      and not b.endswith(("ing", "ed")))):
                    return None
            elif b in gaz.first and a not in gaz.surname_rank or not (
                    namer.namelike(a, 0.7) and namer.namelike(b, 0.7) if cued
                    else namer.namelike(a, 0.9) and namer.namelike(b, 0.9)):
                return None
        else:  # "W"
            if a in SUBJECT_AFTER or a in FOREIGN_MARKERS or a in PLACE_HEADS:
                return None  # "with george", "da lang", "Downtown Austin"
            if not (fb == "S" and len(b) >= 4 and rank <= 20000 and cued):
                return None
        return f"{fa}+{fb}"

    def _joined(self, core: str, cued: bool) -> tuple[str, str, str, bool] | None:
        """Best split of a joined lower-case token into given name + family name, or None.

        A split point is tried at each of at most ``MAX_JOINED_NAME`` places (bounded cost). The
        halves must read as name parts; no common word may straddle the split ("beautifull",
        "fantasyart"), and the token may not end like an English derivation. The last item
        says whether the split stands on its own: at an item start (no cue) only a gazetteer
        first name before a census surname that is no common word does; any other split there
        needs the person-mention model's confirmation (unknown joined tokens at an item start are
        mostly jargon: "contrapposto", "hasselblad", "dystopian").
        """
        gaz, namer = self._gaz, self._namer
        if not (7 <= len(core) <= MAX_JOINED_NAME) or not core.isalpha() or not core.isascii():
            return None
        if gaz.is_known(core) or core in gaz.first or core in gaz.surname_rank or core.endswith(JOINED_TAIL_NOT_SURNAME):
            return None
        if core.endswith("s") and (gaz.is_known(core[:-1]) or core.endswith("es") and gaz.is_known(core[:-2])):
            return None  # a plural of a word ("macarons")
        common = gaz.words_common
        best = None
        for i in range(3, len(core) - 2):
            a, b = core[:i], core[i:]
            if a in gaz.first and len(a) >= 4 and a not in gaz.first_ambiguous:
                fa = "F"  # 3-letter first names ("tom|finch") are the rules' of namer.split_joined
            elif len(a) >= 4 and not gaz.is_known(a) and namer.namelike(a, 0.5):
                fa = "U"
            elif cued and len(a) >= 4 and self._given(a) == "W":
                fa = "W"  # "#stormreid", "#scoutwillis": only after a cue, before a census surname
            else:
                continue
            fb = self._family(b)
            if (fb is None and cued and fa == "U" and b in NOT_SURNAME_TAIL
                    and gaz.surname_rank.get(b, 10**9) <= 1000 and namer.namelike(a, 0.7)):
                fb = "Sw"  # "seojun|park" after a cue: a strong surname that is also a place tail
            if fb is None or len(b) < 3:
                continue
            rank = gaz.surname_rank.get(b, 10**9)
            if fb == "S" and rank > 1000 and b.endswith("s") and b[:-1] in gaz.first:
                continue  # "maca|rons": a rare surname that is a plural of a given name
            if fb == "Sw" and not (rank <= 1000 or cued and rank <= 20000 and fa in ("F", "U") and len(b) >= 4):
                continue  # a word at the end of a compound ("...bell", "...field")
            if fa == "W" and not (fb == "S" and len(b) >= 4 and rank <= 20000):
                continue
            if fa == "U" and len(b) < 4 and rank > 1000:
                continue  # "pika|chu": a short tail only as a strong surname ("kim", "lee")
            if fa == "U" and not (fb == "S" and len(b) >= 4 and namer.namelike(a, 0.65)
                                  or fb == "S" and namer.namelike(a, 0.5)
                                  or fb == "Sw" and namer.namelike(a, 0.7)
                                  or fb == "L" and namer.namelike(a, 0.85) and namer.namelike(b, 0.85)):
                continue
            if fa == "F" and fb == "L" and not (len(b) >= 4 and namer.namelike(b, 0.7 if cued else 0.85)):
                continue
            if fb == "L" and (b in gaz.first or any(b[k:] in gaz.first for k in range(1, len(b) - 4))):
                continue  # "stav|ronikita": a place name glued from name-like parts
            if (any(core[k:] in common or len(core) - k >= 5 and core[k:] in gaz.first
                    for k in range(1, i) if len(core) - k >= 4)
                    or any(core[:k] in common for k in range(max(i + 1, 4), len(core)))):
                continue  # a common word or a first name straddles the split ("fantasyart", "stavronikita")
            strong = cued or fa == "F" and fb == "S" and len(b) >= 4
            rank2 = (strong, ("F" == fa) + ("S" == fb))
            if best is None or rank2 > best[0]:
                best = (rank2, a, b, f"{fa}+{fb}", strong)
        return None if best is None else best[1:]

    # -- the reading ------------------------------------------------------------------------
    def find(self, nt, words: list[Word], field: str, taken) -> list[Finding]:
        """Subject-slot and tag names of one text that no span in ``taken`` overlaps."""
        out: list[Finding] = []
        taken_cover = Marks(taken)
        original = nt.original
        n = len(words)
        informative: bool | None = None  # computed when a Title-case pair asks (cost)
        style_items = {w.item for w in words if w.base in _STYLE_WORDS}
        first_style = min(style_items, default=n + len(words) + 1)
        probs: dict[int, float] | None = None  # the model's token probabilities, computed once if asked
        has_lower: bool | None = None
        i = 0
        while i < n:
            w = words[i]
            if w.tagged >= 0 or w.item in style_items:
                i += 1
                continue
            prev = words[i - 1] if i > 0 else None
            hashtag = w.ostart > 0 and original[w.ostart - 1] == "#"
            # "con (aybet guclu:1.2)": a cue word before an opening weight bracket still cues.
            after = (prev is not None and prev.base in SUBJECT_AFTER
                     and (prev.item == w.item or _OPEN_GAP.fullmatch(original[prev.oend:w.ostart]) is not None))
            slot = prev is None or prev.item != w.item or after or hashtag
            # A pair: both halves written alike (lower, ALL CAPS or Title case), joined by a
            # space or an underscore.
            under = (i + 1 < n and w.joinable_next and not w.plain_gap_next
                     and original[w.oend:words[i + 1].ostart] == "_")
            fa = self._given(w.base) if i + 1 < n and w.joinable_next else None
            if fa == "W" and not (after or hashtag or original[words[i + 1].oend:words[i + 1].oend + 2]
                                  in ("'s", "\u2019s")):
                fa = None  # a dictionary word is a given name only after a cue word, a hashtag or before "'s"
            if fa is not None and (w.plain_gap_next or under) and words[i + 1].tagged < 0:
                nx = words[i + 1]
                oa, ob = original[w.ostart:w.oend], original[nx.ostart:nx.oend]
                # round 25: a lower-case given name before a surname in capitals ("amitav GHOSH") is a name form,
                # read as the same pair written all in lower case would be
                same = (oa.islower() and (ob.islower() or ob.isupper() and len(ob) >= 3) or oa.isupper() and ob.isupper()
                        or w.title and nx.title)
                poss = original[nx.oend:nx.oend + 2] in ("'s", "’s")
                if same and (slot or poss) and not taken_cover.overlaps(w.ostart, nx.oend):
                    # Capitals inform in mixed-case text; a pair in ALL CAPS inside lower-case
                    # text stands out the same way ("a photo of AUBREY PLAZA").
                    if w.title and nx.title and informative is None:
                        informative = case_informative(nt, words)
                    if oa.isupper() and ob.isupper() and has_lower is None:
                        has_lower = any(c.islower() for c in original)
                    caps = bool(informative and w.title and nx.title or oa.isupper() and ob.isupper()
                                and len(oa) >= 3 and len(ob) >= 3 and has_lower)
                    # A pair that fills a whole weight group ("(sedife yorulmaz:1.2)") is one
                    # concept the prompt stresses; named like a person, it is the subject.
                    weighted = (w.ostart > 0 and original[w.ostart - 1] == "("
                                and _WEIGHT_CLOSE.match(original, nx.oend) is not None)
                    cued = after or poss or hashtag or weighted
                    # "foto de X", "Foto von X", "a photo of X": a picture noun and its "of" put
                    # a subject in the slot as surely as capitals do, so word-like names count
                    # there written in any case ("Foto von crystal reed").
                    picture = after and i >= 2 and words[i - 2].base in PICTURE_NOUNS and words[i - 2].item == w.item
                    cls = self._pair(w.base, nx.base, caps or picture, cued)
                    if cls == "Fa+Sw" and picture and not caps:
                        cls = None  # two dictionary words stay words there ("photo of summer rain")
                    via_model = False
                    if cls is None and not cued and self._model is not None:
                        # At an item start (a weight group, a comma item) the rules ask more
                        # than after a cue; what passes the cued rules counts when the
                        # person-mention model also reads both words as a name.
                        cls = self._pair(w.base, nx.base, caps, True)
                        if cls is not None:
                            if probs is None:
                                probs = self._token_probs(nt)
                            via_model = min(probs.get(w.start, 0.0), probs.get(nx.start, 0.0)) >= _CONFIRM
                            cls = cls if via_model else None
                    if cls is not None and not (after or poss or hashtag) and w.item > first_style:
                        cls = None  # a bare name item after an artist reference: the artist list goes on
                    if cls is not None and under and cls == "U+L":
                        cls = None  # Danbooru tags join made-up names with "_" ("asaka_yashima")
                    if cls is not None:
                        cue = ("after " + prev.base if after else "hashtag" if hashtag
                               else "weight group" if weighted
                               else "possessive" if poss and not slot else "item start + model" if via_model
                               else "item start")
                        out.append(finding("full_name", 0.5, field, nt, w.ostart, nx.oend, {
                            "kind": "subject", "first": w.base, "last": nx.base, "classes": cls, "cue": cue,
                            "case": "capitalised" if w.title else ("upper" if oa.isupper() else "any"),
                            "source": "text"}))
                        i += 2
                        continue
            orig = original[w.ostart:w.oend]
            poss = original[w.oend:w.oend + 2] in ("'s", "’s")
            if ((slot or poss) and (orig.islower() or orig.isupper()) and len(w.base) >= 7
                    and not taken_cover.overlaps(w.ostart, w.oend)):
                nxt = words[i + 1] if i + 1 < n and w.plain_gap_next else None
                js = (None if nxt is not None and nxt.base.endswith("s") and nxt.base[:-1] in self._gaz.words_common
                      else self._joined(w.base, after or hashtag or poss))  # "shaolin monks": an attribute
                if js is not None and not js[3]:
                    # Not cued and no gazetteer pair: only what the person-mention model also
                    # reads as a name (0.6, below its own mention threshold: two opinions).
                    if self._model is None:
                        js = None
                    else:
                        if probs is None:
                            probs = self._token_probs(nt)
                        if probs.get(w.start, 0.0) < _CONFIRM:
                            js = None
                if js is not None:
                    out.append(finding("full_name", 0.5, field, nt, w.ostart, w.oend, {
                        "kind": "joined", "first": js[0], "last": js[1], "classes": js[2],
                        "cue": ("hashtag" if hashtag else "after " + prev.base if after and prev is not None
                                else "possessive" if poss else "item start" if js[3] else "item start + model"),
                        "case": "any", "source": "text"}))
            i += 1
        out.extend(self._tags(nt, field, taken_cover))
        out.extend(self._initial_surname(nt, words, field, taken_cover, style_items))
        out.extend(other_script_names(nt, words, field, taken_cover, _sexual_words(),
                                      self._gaz.words_common, style_items))
        out.extend(self._before_sexual(nt, words, field, taken_cover, out))
        return out

    def _before_sexual(self, nt, words: list[Word], field: str, taken_cover: Marks, found) -> list[Finding]:
        """One unknown, name-like token in a subject slot right before a sexual word of any
        language: "yangmi nuda", "#joybehar pelada", "alpacino desnuda". What the sexual word
        is said of is the subject; a token in no dictionary of any language, no first name alone
        (mononyms stay out, see the signal page) and no fictional name, is a joined or foreign
        full name. Pronouns and nouns ("ella nuda", "donna nuda", "chica desnuda") are known words.
        """
        n = len(words)
        if n < 2:
            return []
        sexual = _sexual_words()
        gaz, namer = self._gaz, self._namer
        original = nt.original
        done = Marks((f.span.start, f.span.end) for f in found if f.span is not None)
        out = []
        for i in range(n - 1):
            w, nx = words[i], words[i + 1]
            if nx.base not in sexual or not w.plain_gap_next or w.tagged >= 0:
                continue
            tok = w.base
            prev = words[i - 1] if i > 0 else None
            hashtag = w.ostart > 0 and original[w.ostart - 1] == "#"
            slot = prev is None or prev.item != w.item or prev.base in SUBJECT_AFTER or hashtag
            if not (slot and 7 <= len(tok) <= MAX_JOINED_NAME and tok.isalpha() and tok.isascii()
                    and original[w.ostart:w.oend].islower()):
                continue  # (a capitalised word is a word or a mononym: the lower-case rules stay out)
            if (gaz.is_known(tok) or tok in gaz.first or tok in gaz.surname_rank or tok in sexual
                    or tok in _FICTIONAL_SINGLE or _sexual_fragment(tok) or tok.endswith(JOINED_TAIL_NOT_SURNAME)):
                continue
            if taken_cover.overlaps(w.ostart, w.oend) or done.overlaps(w.ostart, w.oend):
                continue
            if not namer.namelike(tok, 0.5):
                continue
            common = gaz.words_common
            if any(tok[:k] in common and tok[k:] in common for k in range(3, len(tok) - 2)):
                continue  # glued words: "elfgirl", "catwoman"
            out.append(finding("full_name", 0.5, field, nt, w.ostart, w.oend, {
                "kind": "joined", "first": tok, "last": "", "classes": "U+sexual", "cue": "before " + nx.base,
                "case": "any", "source": "text"}))
        return out

    def _initial_surname(self, nt, words: list[Word], field: str, taken_cover: Marks,
                         style_items=frozenset()) -> list[Finding]:
        """One capital initial with its dot and a Title-case surname in a subject slot: "A. Lindqvist
        in the shower", "foto de M. Castellanos desnuda" (round 4). The surname is 4+ letters, no
        common English word, no first name alone of the gazetteer's words, no word of the sexual
        lexicon; the initial is one letter (not "St.", "Mt.", "Av.", "No."), and the slot is an item
        start, a cue word ("of", "de", "make" ...) or a sexual word right after the surname.
        Lower-case tails ("E. coli", "U.S. flag") never read, nor a second initial ("J. C.
        Leyendecker" is read by the name rules) or an item with a style word (an artist)."""
        original = nt.original
        sexual = _sexual_words()
        common = self._gaz.words_common
        out: list[Finding] = []
        n = len(words)
        for i in range(n - 1):
            w, x = words[i], words[i + 1]
            oi = original[w.ostart:w.oend]
            if len(oi) != 1 or not oi.isupper() or not original.startswith(". ", w.oend) and not original.startswith(".", w.oend):
                continue
            gap = original[w.oend:x.ostart]
            if gap not in (". ", "."):
                continue
            ox = original[x.ostart:x.oend]
            if (not x.title or len(x.base) < 4 or not x.base.isalpha() or x.base in common or x.base in sexual
                    or x.tagged >= 0 or w.tagged >= 0 or taken_cover.overlaps(w.ostart, x.oend)
                    or i > 0 and original[words[i - 1].oend:w.ostart] == "."
                    or i > 0 and len(original[words[i - 1].ostart:words[i - 1].oend]) == 1
                    or w.item in style_items or x.item in style_items
                    or any(v.base in _STYLE_WORDS for v in words[max(0, i - 3):i])):
                continue  # "U.S. Army": an abbreviation, not an initial
            if not ox[1:].islower():
                continue
            prev = words[i - 1] if i > 0 and words[i - 1].item == w.item else None
            nxt = words[i + 2] if i + 2 < n and words[i + 2].item == x.item else None
            cue = None
            if prev is None:
                cue = "item start"
            elif prev.base in SUBJECT_AFTER:
                cue = "after " + prev.base
            if cue is None and nxt is not None and nxt.base in sexual:
                cue = "before " + nxt.base
            if cue is None:
                continue
            out.append(finding("full_name", 0.55, field, nt, w.ostart, x.oend, {
                "kind": "initial", "first": w.base, "last": x.base, "classes": "I+?", "cue": cue,
                "case": "capitalised", "source": "text"}))
        return out

    def _token_probs(self, nt) -> dict[int, float]:
        """The person-mention model's probability per token, by folded-view start offset."""
        assert self._model is not None
        p, _rows, toks, _mode = self._model.token_probs(nt)
        return {t.start: x for t, x in zip(toks, p)}

    def _tags(self, nt, field: str, taken_cover: Marks) -> list[Finding]:
        """Network tags whose name is a given name (``<lora:oksana_v2:0.8>``), a very name-like
        word no list holds, or one of those + a family name (``<lora:odeya_rush_v1>``).

        A tag that says it holds a character, a style, a pose or an outfit is no person; nor
        is one of the fictional single names of :mod:`.mentions`.
        """
        out = []
        gaz, namer = self._gaz, self._namer
        for tg in nt.tags:
            if tg.kind not in ("lora", "lyco", "embedding", "hypernet"):
                continue
            if taken_cover.overlaps(tg.span.start, tg.span.end):
                continue
            parts = [p for p in _TAG_SPLIT.split(_ascii_fold(tg.name.lower())) if p]
            if any(p in _TAG_NOT_PERSON for p in parts):
                continue
            parts = [p for p in parts if p not in _TAG_NOISE and not _VERSION.match(p)]
            if not parts or not all(p.isalpha() and p.isascii() for p in parts) or len(parts) > 2:
                continue
            if "".join(parts) in _FICTIONAL_SINGLE or tuple(parts) in FICTIONAL:
                continue
            a = parts[0]
            if a in gaz.not_surname:
                continue  # jargon
            if (len(parts) == 2 and self._given(a) == "W" and self._family(parts[1]) == "S"
                    and len(parts[1]) >= 4 and gaz.surname_rank[parts[1]] <= 20000):
                cls = "W+tag"  # <lora:storm_reid_v1>: a word as a given name before a census surname
            elif gaz.is_known(a) and a not in gaz.first:
                continue  # words: concepts ("hogtie", "garden")
            elif a in gaz.first and len(a) >= 4 and a not in gaz.first_ambiguous:
                cls = "F+tag"
            elif len(parts) == 2 and len(a) >= 5 and a not in gaz.first and namer.namelike(a, 0.9):
                # One name-like word alone is as often a concept or character ("LowRA", "Opala",
                # "Videl"): an unknown given name counts only with a family name after it.
                cls = "U+tag"
            else:
                continue
            if len(parts) == 2:
                fb = self._family(parts[1])
                if fb is None or cls == "U+tag" and fb != "S" or fb == "L" and (
                        parts[1] in gaz.first or not namer.namelike(parts[1], 0.7)):
                    continue  # "hanazato_megumi": a character written surname first; "archetto_pynoise"
            ev = {"kind": "tag", "first": a, "classes": cls, "case": "tag", "source": tg.kind, "cue": "network tag"}
            if len(parts) == 2:
                ev["last"] = parts[1]
            out.append(finding("full_name", 0.6, field, nt, tg.span.start, tg.span.end, ev))
        return out
