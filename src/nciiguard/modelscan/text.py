"""Model cards, descriptions and bounty texts: does the text say the model reproduces a person?

Naming a person is not enough (cards thank people, credit artists, name the trainer). What marks a
*likeness model* is the relation between the model and the person, which cards and bounty
posts state in a few recurring ways:

* "likeness of <person>", "<person> lookalike", "looks like <person>", "face LoRA";
* "trained on (40) photos / pictures / selfies / screenshots of <person>";
* "(a) LoRA / LyCORIS / embedding / DreamBooth / checkpoint / model of <person>", and the same
  as a request: "looking for a LoRA of my coworker", "bounty: model of my ex", "will pay for ...".

``<person>`` is a real-person reference found by the ``real_person_text`` detector (a full
name, a registered alias, a handle, a private person such as "my coworker", "a celebrity") that
starts within a few words after the phrase. These helpers only read spans; the signal
(``nciiguard.signals.model.model_file``) turns them into findings.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable, Sequence

#: real_person_text labels that point at a person (style_reference names an author: not counted).
PERSON_LABELS = frozenset({"full_name", "protected_name", "handle", "private_person", "celebrity_term"})

#: How far after the phrase (in original characters) the person reference may start.
WINDOW = 48

_MODEL_NOUN = (
    r"(?:lora|loras|lycoris|locon|loha|lokr|lora model|embedding|embeddings|textual inversion|ti|"
    r"dreambooth|dream booth|checkpoint|fine ?tune|finetune|hypernetwork|model|models|face model|"
    r"face lora|person lora)"
)
_MEDIA = r"(?:photos?|pictures?|pics?|images?|selfies?|screenshots?|frames?|stills?|headshots?|videos?|snaps?|shots?)"

#: (name, regex over the folded text, kind, score when a person reference follows)
_PATTERNS: list[tuple[str, re.Pattern, str, float]] = [
    ("likeness_of", re.compile(r"\b(?:likeness|resemblance|lookalike|look alike|doppelganger|face)\s+(?:of|to)\b"),
     "claim", 0.9),
    ("looks_like", re.compile(r"\b(?:looks?|looking) (?:just |exactly )?like\b"), "claim", 0.8),
    ("trained_on_photos", re.compile(
        rf"\b(?:trained|training|train|finetuned|fine tuned|made|built|created)\s+(?:\w+\s+){{0,3}}?"
        rf"(?:on|from|with|using)\s+(?:\d+\s+|some\s+|a few\s+|my\s+|the\s+)?(?:\w+\s+)?{_MEDIA}\s+of\b"),
     "claim", 0.9),
    ("media_of", re.compile(rf"\b(?:dataset|data set|{_MEDIA})\s+(?:of|from)\b"), "claim", 0.6),
    ("model_of", re.compile(rf"\b{_MODEL_NOUN}\s+(?:of|for|that looks like|resembling|based on)\b"), "claim", 0.85),
]

#: Words that make a text a request for a model to be made (bounties, commissions).
_REQUEST = re.compile(
    r"\b(?:looking for|bounty|commission|request(?:ing)?|will pay|paying|pay \$?\d+|\$\d+|reward|"
    r"can (?:someone|anyone|you) (?:make|train|create)|please (?:make|train|create)|need (?:a|an|someone))\b"
)
#: Phrases that are a likeness claim without a separate person reference.
_SELF_CONTAINED = re.compile(
    r"\b(?:(?:real|actual|specific) (?:person|woman|man|girl|people)(?:'s)? (?:likeness|face)|"
    r"celebrity (?:lora|likeness|face)|face (?:lora|embedding)|person lora|irl (?:lora|person)|"
    r"likeness (?:lora|model|embedding))\b"
)


@dataclass(frozen=True)
class PersonRef:
    """A real-person reference: original-character span, label and matched text."""

    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class LikenessClaim:
    label: str  # likeness_claim | likeness_request
    score: float
    start: int  # original characters
    end: int
    pattern: str
    person_label: str | None
    person_text: str | None
    request_term: str | None


def likeness_claims(nt, persons: Iterable[PersonRef], *, window: int = WINDOW) -> list[LikenessClaim]:
    """Likeness claims and requests in the normalised text ``nt``.

    ``persons`` are the real-person references found in the same text (original spans).
    """
    refs = sorted((p for p in persons if p.label in PERSON_LABELS), key=lambda p: p.start)
    view = nt.folded
    text = view.text
    request = _REQUEST.search(text)
    request_term = None
    if request:
        rs, re_ = view.to_original(request.start(), request.end())
        request_term = nt.original[rs:re_]
    out: list[LikenessClaim] = []
    # Original positions inside a claim already made; a claim is short (a phrase and a reference
    # within ``window``), so marking and testing its own positions keeps this linear in the text
    # where comparing each claim with every earlier one was quadratic (issue 11).
    taken = bytearray(len(nt.original) + 1)
    starts = [r.start for r in refs]
    for name, pattern, _kind, score in _PATTERNS:
        for m in pattern.finditer(text):
            os_, oe = view.to_original(m.start(), m.end())
            ref = _following(refs, oe, window, nt.original, starts)
            if ref is None:
                continue
            start, end = os_, max(oe, ref.end)
            if taken.find(1, start, max(end, start + 1)) >= 0:
                continue
            taken[start:end] = b"\x01" * (end - start)
            label = "likeness_request" if request is not None else "likeness_claim"
            out.append(LikenessClaim(label, score, start, end, name, ref.label, ref.text,
                                     request_term if request is not None else None))
    for m in _SELF_CONTAINED.finditer(text):
        os_, oe = view.to_original(m.start(), m.end())
        if taken[os_]:
            continue
        taken[os_:oe] = b"\x01" * (oe - os_)
        label = "likeness_request" if request is not None else "likeness_claim"
        out.append(LikenessClaim(label, 0.7, os_, oe, "self_contained", None, None,
                                 request_term if request is not None else None))
    out.sort(key=lambda c: c.start)
    return out


#: A sentence or list break: the person must be named in the same clause as the phrase.
_BREAK = re.compile(r"[.!?;:|\n]|,\s|\s-\s")
#: At most this many words between the phrase and the person ("LoRA of the actress Jane Doe").
MAX_GAP_WORDS = 4


def _following(refs: Sequence[PersonRef], pos: int, window: int, original: str,
               starts: Sequence[int] | None = None) -> PersonRef | None:
    # ``refs`` are sorted by start (``starts``): begin at the first one at or after pos - 1.
    if starts is None:
        starts = [r.start for r in refs]
    for k in range(bisect_left(starts, pos - 1), len(refs)):
        ref = refs[k]
        if ref.start - pos > window:
            return None
        gap = original[pos:ref.start]
        if _BREAK.search(gap) or len(gap.split()) > MAX_GAP_WORDS:
            return None
        return ref
    return None
