"""Keyword arguments that switch sexual content on, written into a prompt as code:
``render(person="...", spicy=True)``, ``nude_mode = on``, ``uncensored: 1``.

Why a reader of its own: the lexicon's rules join words with spaces, hyphens or dots, never ``=``
or ``:``, and ``spicy``, ``safe`` or ``censored`` alone are everyday words. The argument name and its
value together say what the user asks for. ``nsfw`` is left to the lexicon, which reads it alone (a
database filter ``{nsfw: true}`` is a query, not a request; the lexicon's own reading of it stands).
``outfit=None`` / ``clothes=False`` (clothing removed) are the negated-clothing signal's. A guard switched
off alone (``safe=0``, ``safe=False``) is not read: it is an ordinary query parameter of image APIs
("...&steps=20&safe=0"), and it says nothing about what the picture shows.

Read on the folded view (lower case, look-alikes undone) and only when it holds ``=`` or ``:``; the
pattern is linear (no nested quantifiers) and the field is capped by the scan limits.
"""

from __future__ import annotations

import re

from ...findings import Finding, Span

# An argument that turns sexual content on: "spicy=True", "uncensored = 1", "lewd_mode: on".
_ON_KEYS = ("spicy|lewd|explicit|nude|naked|nudity|uncensored|undressed|topless|xxx|r18|porn|porno|erotic|nsfw_mode"
            "|nude_mode|lewd_mode|spicy_mode|uncensored_mode|adult_mode|explicit_mode|show_nipples|nipples|allow_nudity"
            "|allow_nsfw|nudity_allowed|enable_nsfw|enable_nudity|allow_explicit|explicit_content|adult_content")
_ON_VALUES = "true|1|yes|on|enabled|enable|max|maximum|high|100|full"
_QUOTE = r"""["'`]?"""
_ON = re.compile(rf"(?<![\w$])(?:{_ON_KEYS}){_QUOTE}[ \t]*(?:==?|:)[ \t]*{_QUOTE}(?:{_ON_VALUES})(?![\w-])")

SCORE_ON = 0.8


def keyword_arg_findings(field: str, nt) -> list[Finding]:
    """One ``euphemism`` finding per sexual-on keyword argument (``evidence.rule =
    "keyword_arg"``), span in the original characters."""
    text = nt.folded.text
    if "=" not in text and ":" not in text:  # the cheap gate: no assignment, nothing to read
        return []
    out: list[Finding] = []
    for m in _ON.finditer(text):
        os_, oe = nt.folded.to_original(m.start(), m.end())
        out.append(Finding(label="euphemism", score=SCORE_ON, field=field, span=Span(os_, oe), text=nt.original[os_:oe],
                           evidence={"rule": "keyword_arg", "term": m.group(), "grade": "euphemism", "source": "nciiguard"}))
    return out
