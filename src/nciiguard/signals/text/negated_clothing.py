"""negated_clothing_text: nudity asked for by excluding clothes ("negative prompt: clothes, bikini").

Why a signal of its own: the negative prompt lists what the user does *not* want, so the policy
never reads it as a request (``exclude_fields``), and the lexicon finds no sexual word in
"my roommate at the beach, negative prompt: clothes, swimsuit, censored". Yet excluding clothing
or censoring is the plainest way to ask a generator for nudity without writing a sexual word, and
guides on evading prompt filters teach it. This signal reads exactly that: covering words
(clothes, underwear, swimwear, censoring) in

- the ``negative_prompt`` field itself, and
- an inline negative section of any other field: ``Negative prompt: ...``, ``negative: ...``,
  ``neg: ...``, ``UC: ...`` (NovelAI's "undesired content"), Midjourney's ``--no ...``.

Its one label ``clothing_negated`` is a request for nudity; the shipped profiles count it as
``sexual`` from every field (the selector's ``exclude_fields: []``), so with a person it is NCII.

Precision: a single outer garment ("--no hat", "negative: dress") is reported below the default
threshold (people steer outfits that way); a negative section that also excludes nudity ("nude,
nsfw, clothes missing") is someone steering *away* from nudity and scores low. Quality words
common in negative prompts (blurry, pixelated, lowres, bad hands) are never covering words.

Cost: one scan for section markers per field, each section read once up to its end marker or
``MAX_SECTION`` characters, so the work is linear in the field.
"""

from __future__ import annotations

import re

from pydantic import Field

from ...findings import Finding, Span
from ...text.clothing_fields import clothing_fields
from ..base import SignalParams, TextSignal

__all__ = ["NegatedClothingTextSignal"]

#: Longest inline negative section read (characters of the folded view).
MAX_SECTION = 600

# Covering words by kind, on the folded view (lower case, accents removed). English first, then the
# general clothing words of the other languages the guard reads.
_GENERAL = (
    r"clothes|clothing|clothed|garments?|dressed|covered|covering|outfits?|attire|fabric"
    r"|ropa|vestida|vestido|roupas?|vestimenta|vetements?|habillee?s?|kleidung|klamotten|bekleidet|angezogen"
    r"|vestiti|vestita|abiti|kleren|kleding|gekleed|ubrania|ubrana|klader|kladd|haine|imbracata|kiyafet"
)
_CENSOR = r"censor(?:ed|ing|ship|s)?|censor\s+bars?|mosaic(?:\s+censor(?:ing|ship)?)?|modesty|covered\s+(?:up|body|chest|breasts|nipples)"
_UNDER = (
    r"underwear|lingerie|bras?|panties|panty|knickers|thongs?|briefs|boxers|underpants|bikinis?|swimsuits?"
    r"|swimwear|bathing\s+suits?|one[-\s]?piece|towels?|pasties|nipple\s+covers?|sujetador|bragas|calcinhas?"
    r"|sutia|culotte|soutien[-\s]?gorge|maillot(?:\s+de\s+bain)?|unterwasche|badeanzug|reggiseno|mutande|costume\s+da\s+bagno"
)
_OUTER = (
    r"shirts?|t[-\s]?shirts?|tops?|blouses?|dress(?:es)?|skirts?|pants|trousers|jeans|shorts|jackets?|coats?"
    r"|sweaters?|hoodies?|leggings|tank\s+tops?|uniforms?|robes?|gowns?|socks|stockings"
)
_NUDITY_EXCLUDED = r"nude|nudity|naked|nsfw|nipples?|topless|explicit|porn|sexual|genitals?|cleavage"
_TERM = re.compile(
    rf"\b(?:(?P<general>{_GENERAL})|(?P<censor>{_CENSOR})|(?P<under>{_UNDER})|(?P<outer>{_OUTER})"
    rf"|(?P<nudity>{_NUDITY_EXCLUDED}))\b"
)
#: Where an inline negative section starts (the marker and its separator).
_MARKER = re.compile(
    r"(?:\b(?:negative|neg|nprompt|undesired(?:\s+content)?|uc)(?:\s*prompts?)?\s*[:=]"
    r"|(?<![\w-])--no\s+|(?<![\w-])--neg(?:ative)?\s+)"
)
#: Where it ends: a positive section, a new line, a table bar or the next ``--param``.
_SECTION_END = re.compile(r"\b(?:positive|prompt)(?:\s*prompt)?\s*[:=]|[\n|]|\s--[a-z]")


class NegatedClothingParams(SignalParams):
    #: Any general clothing word ("clothes") or a censoring word ("censored") in a negative section.
    general_score: float = Field(default=0.85, ge=0.0, le=1.0)
    #: Two or more underwear/swimwear words, or three or more garments of any kind.
    many_garments_score: float = Field(default=0.8, ge=0.0, le=1.0)
    #: One underwear/swimwear word, or two outer garments: reported, below the default threshold.
    one_garment_score: float = Field(default=0.45, ge=0.0, le=1.0)
    #: A negative section that also excludes nudity is steering away from it: at most this score.
    steering_away_score: float = Field(default=0.2, ge=0.0, le=1.0)
    #: Findings scoring below this are not reported.
    min_score: float = Field(default=0.3, ge=0.0, le=1.0)
    #: At most this many findings per field (the first sections): the policy needs one, a moderator
    #: a few; a prompt repeating "negative: clothes" 3,000 times must not return 3,000.
    max_findings: int = Field(default=20, ge=1, le=10_000)
    #: Clothing set to nothing in a structured or code framing ("clothing": "none", outfit=null,
    #: clothes.remove()): general clothing words, underwear/swimwear words, censoring words.
    #: (text/clothing_fields.py; never read in the negative prompt.)
    field_general_score: float = Field(default=0.85, ge=0.0, le=1.0)
    field_under_score: float = Field(default=0.8, ge=0.0, le=1.0)
    field_censor_score: float = Field(default=0.75, ge=0.0, le=1.0)


class NegatedClothingTextSignal(TextSignal):
    name = "negated_clothing_text"
    version = "2"  # 2: clothing set to nothing in structured shapes (text/clothing_fields.py)
    modalities = frozenset({"text"})
    extra = None
    summary = "Nudity asked for by excluding clothes or censoring in a negative prompt (field, inline section, --no)."
    Params = NegatedClothingParams

    def load(self) -> None:
        pass

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        view = nt.folded
        text = view.text
        if not text:
            return []
        if field == "negative_prompt":
            sections = iter([(0, len(text), "negative_prompt field")])
        else:
            sections = self._inline_sections(text)  # lazily: max_findings stops the scan
        out: list[Finding] = []
        for start, end, marker in sections:
            finding = self._section(nt, view, field, start, end, marker)
            if finding is not None:
                out.append(finding)
                if len(out) >= self.params.max_findings:
                    break
        if field != "negative_prompt" and len(out) < self.params.max_findings:
            finding = self._fields(nt, field)
            if finding is not None:
                out.append(finding)
        return out

    def _fields(self, nt, field: str) -> Finding | None:
        """One finding for the clothing set to nothing in structured shapes of the field: the span
        of the first shape, every shape and key in the evidence."""
        matches = clothing_fields(nt.original)
        if not matches:
            return None
        p = self.params
        scores = {"general": p.field_general_score, "under": p.field_under_score, "censor": p.field_censor_score}
        score = max(scores[m.kind] for m in matches)
        if score < p.min_score:
            return None
        first = min(matches, key=lambda m: m.start)
        return Finding("clothing_negated", score, field, span=Span(first.start, first.end),
                       text=nt.original[first.start:first.end],
                       evidence={"section": "field value", "shapes": sorted({m.rule for m in matches}),
                                 "terms": sorted({m.key.lower() for m in matches})})

    @staticmethod
    def _inline_sections(text: str):
        pos = 0
        while True:
            m = _MARKER.search(text, pos)
            if m is None:
                return
            limit = min(len(text), m.end() + MAX_SECTION)
            stop = _SECTION_END.search(text, m.end(), limit)
            end = stop.start() if stop is not None else limit
            yield m.end(), end, m.group().strip()
            pos = max(end, m.end())

    def _section(self, nt, view, field: str, start: int, end: int, marker: str) -> Finding | None:
        p = self.params
        kinds: dict[str, set[str]] = {"general": set(), "censor": set(), "under": set(), "outer": set(), "nudity": set()}
        first = last = None
        for m in _TERM.finditer(view.text, start, end):
            kind = m.lastgroup
            kinds[kind].add(re.sub(r"\s+", " ", m.group()))
            if kind != "nudity":
                first = m.start() if first is None else first
                last = m.end()
        if first is None:
            return None
        garments = len(kinds["under"]) + len(kinds["outer"])
        if kinds["general"] or kinds["censor"]:
            score = p.general_score
        elif len(kinds["under"]) >= 2 or garments >= 3:
            score = p.many_garments_score
        elif kinds["under"] or garments >= 2:
            score = p.one_garment_score
        else:
            return None  # one outer garment: an outfit choice
        if kinds["nudity"]:
            score = min(score, p.steering_away_score)
        if score < p.min_score:
            return None
        os_, oe = view.to_original(first, last)
        terms = sorted(kinds["general"] | kinds["censor"] | kinds["under"] | kinds["outer"])
        return Finding("clothing_negated", score, field, span=Span(os_, oe), text=nt.original[os_:oe],
                       evidence={"section": marker, "terms": terms,
                                 **({"also_excludes_nudity": sorted(kinds["nudity"])} if kinds["nudity"] else {})})
