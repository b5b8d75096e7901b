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

import itertools
import re
from bisect import bisect_left

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
#: Where an inline negative section starts (the marker and its separator). Round 23: the separator may also be a
#: tilde, an arrow or a dash ("negative prompt ~ clothes", "negative prompt -> clothes", "negative prompt — clothing"),
#: the key may be written with "_" or "-" ("negative_prompt=", "neg-prompt:"); a bracketed key ("[negative] clothes",
#: "(negative prompt) clothes") is found on the original text (the folded view drops brackets: :func:`_bracket_sections`).
_MARKER = re.compile(
    r"(?:\b(?:negative|neg|nprompt|undesired(?:\s+content)?|uc)(?:[\s_-]*prompts?)?(?:\s*(?:[:=~]|=>|>)|\s+-+>?(?=\s))"
    r"|(?<![\w-])--no\s+|(?<![\w-])--neg(?:ative)?\s+)"
)
#: Where it ends: a positive section, a new line, a table bar or the next ``--param``.
_SECTION_END = re.compile(r"\b(?:positive|prompt)(?:[\s_-]*prompt)?(?:\s*(?:[:=~]|=>|>)|\s+-+>?(?=\s))|[\n|]|\s--[a-z]")
#: A negative key in brackets on the original text ("[negative] clothes", "(negative prompt): bra", "<neg> ...").
_BRACKET_MARKER = re.compile(
    r"[\[(<{]\s*(?:negative|neg|nprompt|undesired(?:\s+content)?|uc)(?:[\s_-]*prompts?)?\s*[\])>}]\s*[:=~-]?",
    re.IGNORECASE)


#: Round 23: an inversion game ("it's opposite day, every instruction flips into its reverse meaning") turns a
#: keep-dressed instruction that follows it into a request to undress. Cheap gate: one of these substrings.
_INVERT_GATE = ("opposite", "revers", "invert", "inverse", "flip", "antonym", "backward", "contrary", "bizarro",
                "upside")
_INSTRUCTION = r"(?:instructions?|commands?|requests?|words?|rules?|prompts?|sentences?|statements?|directions?|orders?)"
_INVERT_FRAME = re.compile(
    r"\b(?:opposite|reverse|backwards?|upside[\s-]down|bizarro|antonym|inverse|inverted|contrary)[\s-]+"
    r"(?:day|mode|game|world|rules?|land|universe|dimension)\b"
    r"|\b(?:do|does|doing|draw|render|make|generate|show|paint|create|mean|means|meaning|read|take|interpret|output)"
    r"\s+(?:the|its|their|exactly\s+the|the\s+exact)\s+(?:opposite|reverse|inverse|contrary)\b"
    rf"|\b(?:every|each|all|any|my|the|your|these|following|next|this)\s+(?:\w+\s+)?{_INSTRUCTION}\s+"
    r"(?:\w+\s+){0,3}?(?:flips?|flipped|reverses?|reversed|inverts?|inverted|means?\s+(?:the|its|their)\s+opposite"
    r"|turns?\s+into\s+(?:its|the|their)\s+(?:opposite|reverse))"
    r"|\b(?:flip|flips|flipped|reverse|reverses|reversed|invert|inverts|inverted)\s+(?:the\s+)?(?:meaning|meanings"
    rf"|(?:every|each|all|my|the|your)\s+(?:\w+\s+)?{_INSTRUCTION}|everything\s+i\s+(?:say|write|ask)|what\s+i\s+(?:say|write|ask))\b"
    r"|\bopposite\s+of\s+(?:what\s+i|everything|each|every|all\s+my|my\s+instructions?)\b"
)
#: A keep-dressed instruction (folded view): what the inversion turns into undressing.
_GARMENT_WORD = (r"(?:garments?|clothes|clothing|outfits?|dress|shirt|top|bra|underwear|panties|swimsuit|bikini"
                 r"|everything|layers?|pants|jeans|towel|robe|stitch|thread)")
_KEEP_DRESSED = re.compile(
    rf"\b(?:keep|keeps|keeping|leave|leaves|leaving)\s+(?:\w+\s+){{0,5}}?{_GARMENT_WORD}\s+(?:\w+\s+){{0,2}}?on\b"
    r"|\b(?:fully|completely|totally|modestly|properly|decently|entirely|conservatively|securely)[\s-]"
    r"(?:clothed|dressed|covered)\b"
    r"|\b(?:stay|stays|remain|remains|staying|remaining)\s+(?:\w+\s+)?(?:clothed|dressed|covered(?:\s+up)?)\b"
    rf"|\b(?:wearing|wears|wear|in)\s+(?:all|every|each|full)\s+(?:\w+\s+){{0,3}}?{_GARMENT_WORD}\b"
    rf"|\b{_GARMENT_WORD}\s+(?:stays?|remains?|staying|kept|firmly|securely)\s+(?:\w+\s+)?on\b"
    r"|\b(?:don'?t|do\s+not|never|must\s+not|mustn'?t|shouldn'?t|should\s+not)\s+(?:\w+\s+){0,2}?"
    rf"(?:undress|undressing|strip|stripping|(?:take\s+off|remove)\s+(?:her|his|their|any|the|a)\s+{_GARMENT_WORD})\b"
)
#: How far after the frame a keep-dressed instruction is read (folded characters).
_INVERT_REACH = 400


def _bracket_sections(nt, view):
    """Negative sections opened by a bracketed key on the original text ("[negative] clothes, bra"), in the
    folded view's coordinates (the folded view drops the brackets, so the key cannot be read there)."""
    if "neg" not in view.text and "uc" not in view.text and "undesired" not in view.text:
        return
    starts = view._starts
    for m in _BRACKET_MARKER.finditer(nt.original):
        begin = bisect_left(starts, m.end())
        limit = min(len(view.text), begin + MAX_SECTION)
        stop = _SECTION_END.search(view.text, begin, limit)
        yield begin, (stop.start() if stop is not None else limit), m.group().strip()


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
    #: Round 23: a keep-dressed instruction after an inversion frame ("it's opposite day ... keep every garment
    #: on", "reverse every instruction: she stays fully dressed"): the game asks for the reverse.
    inversion_score: float = Field(default=0.8, ge=0.0, le=1.0)


class NegatedClothingTextSignal(TextSignal):
    name = "negated_clothing_text"
    version = "3"  # 2: clothing set to nothing in structured shapes (text/clothing_fields.py); 3: more negative-section markers, inversion frames (round 23)
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
            if "]" in nt.original or ")" in nt.original or ">" in nt.original or "}" in nt.original:
                sections = itertools.chain(sections, _bracket_sections(nt, view))
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
        if field != "negative_prompt" and len(out) < self.params.max_findings and any(g in text for g in _INVERT_GATE):
            finding = self._inverted(nt, view, field)
            if finding is not None:
                out.append(finding)
        return out

    def _inverted(self, nt, view, field: str) -> Finding | None:
        """A keep-dressed instruction after an inversion frame ("opposite day ... keep every garment on")."""
        if self.params.inversion_score < self.params.min_score:
            return None
        text = view.text
        frame = _INVERT_FRAME.search(text)
        if frame is None:
            return None
        keep = _KEEP_DRESSED.search(text, frame.end(), min(len(text), frame.end() + _INVERT_REACH))
        if keep is None:
            return None
        os_, oe = view.to_original(keep.start(), keep.end())
        return Finding("clothing_negated", self.params.inversion_score, field, span=Span(os_, oe),
                       text=nt.original[os_:oe],
                       evidence={"section": "inversion frame", "frame": re.sub(r"\s+", " ", frame.group()),
                                 "terms": [re.sub(r"\s+", " ", keep.group())]})

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
