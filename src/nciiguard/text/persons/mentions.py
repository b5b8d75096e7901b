"""``model_mention``: names found by the learned person-mention model that no rule reported.

The model (:mod:`.model`) runs beside the rules; its mentions are kept only where they add a
person the rules missed, and never where the rules say "style author" or "fictional".
"""

from __future__ import annotations

import functools
import re

from ...findings import Finding
from ..spans import Marks
from .found import finding
from .wordclasses import FICTIONAL, NEVER_WORD_FIRST, PICTURE_NOUNS, PLACE_HEAD, TAG_NOT_PERSON, TAG_SPLIT


#: Labels of the rules' own person findings: a model mention overlapping one adds nothing (the
#: rule already explains it) or contradicts it (``style_reference``: the author, not the subject).
_RULE_LABELS = frozenset({"full_name", "protected_name", "handle", "style_reference", "private_person"})
#: Words that make the rest of their comma item a style reference ("by X", "X style").
_STYLE_WORDS = frozenset({"by", "style", "styled", "artist", "artists", "painter", "painted", "photographer",
                          "photographed", "drawn", "illustrated", "directed", "inspired", "stil", "estilo",
                          "par", "por", "gemalt", "peint", "pintado", "dipinto", "artstyle", "aesthetic"})
# Not "von" or "di": "Foto von X", "foto di X" are "photo OF X" (a subject), not an author.


#: Fictional characters known by one name, the way their LoRA tags are written
#: (``<lora:nezuko_v2>``): a one-word tag mention of exactly these is no person. Only names that
#: are not also common given names of real people.
_FICTIONAL_SINGLE = frozenset(
    "nezuko makima miku hatsunemiku tifa aerith yuffie zelda bulma asuka mikasa frieren ganyu hutao keqing"
    " raidenshogun yaemiko ahri jinx dva widowmaker samus chunli bayonetta megumin zerotwo yorforger"
    " marinkitagawa rias erza boahancock nicorobin sailormoon harleyquinn gwenstacy lumine paimon fischl"
    " shenhe yelan kafka firefly acheron 2b kirito goku naruto sasuke tsunade".split()
)


@functools.lru_cache(maxsize=1)
def _fictional_joined(pairs: frozenset) -> frozenset:
    return frozenset("".join(p) for p in pairs)


def model_mention_findings(model, min_score: float | None, nt, field: str,
                           existing: list[Finding]) -> list[Finding]:
    """``model_mention`` findings of the person-mention ``model`` (:mod:`.model`; None: none) for
    names the rules did not report. ``min_score``: its token threshold (None: the trained one).

    Dropped: a mention overlapping a rule finding; a mention whose comma item holds a style word
    ("by", "style", "painted") or that stands alone in an item after one ("..., by greg
    rutkowski, artgerm": an artist list); a fictional pair the rules suppress ("tifa lockhart").
    """
    if model is None:
        return []
    view = nt.folded
    mentions = model.mentions(nt, min_score)
    if not mentions:
        return []
    # A rule finding below the policy's usual 0.5 ("bill parsons", Fa+Sw 0.45) does not hide a
    # confident model mention of the same words; a style reference always does.
    # Marks, not a list: one overlap test per mention in O(its length), linear overall (issue 11).
    taken = Marks((f.span.start, f.span.end) for f in existing
                  if f.label in _RULE_LABELS and f.span and (f.score >= 0.5 or f.label == "style_reference"))
    toks = view.tokens
    text = view.text
    # comma/sentence items of the folded view, and whether a style word came before
    items: list[int] = []
    item = 0
    for i, t in enumerate(toks):
        if i and re.search(r"[,;|!?\n:()\[\]{}]|\.\s", text[toks[i - 1].end : t.start]):
            item += 1
        items.append(item)
    style_items = {items[i] for i, t in enumerate(toks) if t.text in _STYLE_WORDS}
    first_style_item = min(style_items, default=None)
    tokens_of_item: dict[int, list[int]] = {}
    for k, it in enumerate(items):
        tokens_of_item.setdefault(it, []).append(k)
    by_start = {t.start: i for i, t in enumerate(toks)}
    out: list[Finding] = []
    for m in mentions:
        os_, oe = view.to_original(m.start, m.end)
        if taken.overlaps(os_, oe):
            continue
        first = by_start.get(m.start)
        if first is None:
            continue
        it = items[first]
        if it in style_items:
            continue
        in_item = tokens_of_item[it]
        if (first_style_item is not None and first_style_item < it
                and len(in_item) <= len(m.tokens) and set(in_item) <= set(m.tokens)):
            continue  # a bare name item after an artist reference: the artist list goes on
        words = tuple(toks[k].text.removesuffix("'s") for k in m.tokens)
        if (words in FICTIONAL or "".join(words) in _fictional_joined(FICTIONAL)
                or "".join(words) in _FICTIONAL_SINGLE):
            continue  # "tifa lockhart", "<lora:hatsunemiku_v2>"
        if _not_a_name_head(model, words) or _in_concept_tag(nt, os_, oe):
            continue  # "Zwei Kinder", "Costa Brava", "Foto von X": a numeral, a place head, a picture noun
        out.append(finding("model_mention", round(m.score, 4), field, nt, os_, oe, {
            "model": model.meta.get("version", ""), "threshold": min_score or model.threshold,
            "top_features": list(m.top),
        }))
        taken.add(os_, oe)
    return out


def _not_a_name_head(model, words: tuple[str, ...]) -> bool:
    """A mention of two or more words opening with a word that never starts a person's name in a
    prompt: a numeral or determiner (``NEVER_WORD_FIRST``), a picture noun, or the head of a place
    name that is no given name ("Puerto Vallarta", "Costa Brava"; "Isla Fisher" stays); or ending
    in a sexual word or a tag's concept word, which is no surname."""
    if len(words) < 2:
        return False
    from .namer import _sexual_words

    gaz = getattr(getattr(model, "lex", None), "gaz", None)
    last = words[-1]
    if last in TAG_NOT_PERSON or last in _sexual_words() and (gaz is None or last not in gaz.surname_rank):
        return True  # "donna nuda" (naked woman), "<lora:lilith_character>": no surname there ("Bates" is)
    a = words[0]
    if a in NEVER_WORD_FIRST or a in PICTURE_NOUNS:
        return True
    return a in PLACE_HEAD and (gaz is None or a not in gaz.first)


def _in_concept_tag(nt, start: int, end: int) -> bool:
    """The span lies in a network tag whose name says it holds a concept, a character or a style
    (``<lora:lilith_character>``: the first name there names a character, see subject.py)."""
    if not nt.tags:
        return False
    for tg in nt.tags:
        if tg.span.start <= start and end <= tg.span.end:
            return any(p in TAG_NOT_PERSON for p in TAG_SPLIT.split(tg.name.lower()))
    return False
