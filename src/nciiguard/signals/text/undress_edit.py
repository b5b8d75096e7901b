"""Edits of someone's photo down to underwear only or to nothing, round 18 (issue 10).

Three English shapes the earlier grammars missed, each an instruction to edit a picture of a person:

* **the result clause**: "edit <anyone, however long> so she's in just her underwear", "... so that he is
  wearing only his boxers", "... until she's left in only lingerie". "So she's in just her underwear" says
  what the edit must produce; the person's noun phrase may be as long as the user likes. A woman "in
  lingerie" in a catalogue is no edit and stays ``suggestive`` (the lexicon's).
* **the outfit swapped for nothing**: "swap the outfit on <anyone> for nothing at all", "replace her
  clothes with bare skin", "change the dress to just underwear". "Swap the dress for nothing fancy",
  "swap the outfit for something else" and "skin-tone tights" are no match (what follows "nothing" or
  "skin" is checked).
* **what someone is wearing erased**: "erase what <anyone> is wearing (and show her body underneath)".
  The round-4 rule read at most five words between "what" and "is wearing"; this one reads a clause
  (commas included) up to 120 characters. "Erase what he is wearing on his wrist" is an accessory.
* **everything someone wears taken off** (round 19): "take off everything <anyone, with an aside in
  brackets or commas> is wearing in this photo", "strip off whatever <anyone> has on". The round-4 rule
  (undress_wearing.py) reads one to five plain words as the person; a person written with an aside
  ("the florist (late 20s, adult)", "her (photo attached, she's my classmate)") or a long relative clause
  passed. "Take off everything from the table", "remove everything in the background" have no wearing
  verb; "has on the table", "is wearing on her wrist" are places, not clothes.

Patterns run on the folded view (lower case, accents removed; the apostrophe is kept), each gated by its
fixed verb or noun (intent_text's literal prefilter), with bounded lazy windows that never cross a
sentence end: linear in the prompt. Every match is an edit of someone's picture (``person_edit``).
"""

from __future__ import annotations

import re

from ...text.lazy_regex import lazy

__all__ = ["EDIT_RULES", "NOT_ON_A_SPOT"]

# compiled the first time intent_text's literal gate opens the rule (text/lazy_regex.py: start-up)
_RX = lazy
#: Underwear only: what the edit leaves on the person.
_UNDER = (r"(?:underwear|lingerie|undies|panties|knickers|bra\s+and\s+(?:panties|knickers|underwear)|underclothes"
          r"|skivvies|briefs|boxers|boxer\s+shorts|thong|g-string|bra)")
#: After "is wearing": worn on a spot where only accessories go ("on his wrist", "on her head").
NOT_ON_A_SPOT = (r"(?!\s+on\s+(?:her|his|their)\s+(?:head|wrist|wrists|feet|face|hands|neck|ears|nose|finger"
                 r"|fingers)\b)")
#: A clause that does not cross a sentence end.
_CLAUSE = r"[^.;!?\n]{0,120}?"

EDIT_RULES: list[tuple[str, str, str, float, re.Pattern[str]]] = [
    # "... so she's in just her underwear", "... so that he is wearing only his boxers"
    ("undress", "en_edit_so_underwear", "en", 0.85,
     _RX(r"\b(?:so|until|till)\s+(?:that\s+)?(?:she|he|they)(?:'s|'re|\s+s\b|\s+is|\s+are|\s+ends\s+up|\s+gets)?"
         r"\s+(?:(?:left|sitting|standing|lying|posing|only|just)\s+)?(?:in|wearing|down\s+to|stripped\s+to)\s+"
         r"(?:just|only|nothing\s+but|nothing\s+except|nothing\s+other\s+than)\s+(?:(?:her|his|their|a|some)\s+)?"
         + _UNDER + r"\b")),
    # "swap the outfit on <anyone> for nothing at all", "replace her clothes with bare skin"
    ("undress", "en_swap_outfit_for_nothing", "en", 0.85,
     _RX(r"\b(?:swap|swaps|swapping|swapped|replace|replaces|replacing|exchange|switch|switches|change|changes"
         r"|changing|trade|substitute)\s+(?:the|her|his|their|this|that|my|all\s+the|all\s+her)\s+(?:outfit|outfits"
         r"|clothes|clothing|attire|garments|dress|uniform|look)\b" + _CLAUSE
         + r"\b(?:for|with|to|into)\s+(?:nothing(?:\s+at\s+all)?(?!\s+(?:fancy|special|too|flashy|formal|else|more|much"
         r"|like|similar|less|short|other|new|different|but|casual|that|which|in)\b)|(?:her\s+|his\s+|just\s+|only\s+)?"
         r"bare\s+skin|(?:just\s+|only\s+)?skin(?![\s-]*(?:tone|toned|tones|colou?r|colou?red|tight|suit|care))\b"
         r"|(?:just\s+|only\s+)?(?:underwear|lingerie)(?:\s+only)?\b)")),
    # "erase what <anyone, a clause> is wearing"; "... and show her body underneath" is in the span
    ("undress", "en_erase_what_wearing", "en", 0.85,
     _RX(r"\b(?:erase|erases|erasing|delete|deletes|deleting|remove|removes|removing|get\s+rid\s+of|wipe\s+out"
         r"|wipe\s+away|edit\s+out|paint\s+out|cut\s+out)\s+(?:everything\s+|all\s+)?what\b" + _CLAUSE
         + r"\b(?:is|are|was|were)\s+wearing\b" + NOT_ON_A_SPOT)),
    # "take off everything <anyone, an aside in brackets> is wearing", "strip off whatever <anyone> has on"
    ("undress", "en_everything_clause_wears", "en", 0.85,
     _RX(r"\b(?:take\s+off|takes\s+off|taking\s+off|strip\s+off|strips\s+off|stripping\s+off|strip\s+away|peel\s+off"
         r"|rip\s+off|tear\s+off|remove|removes|removing|get\s+rid\s+of|erase|erases|erasing|delete|deletes|deleting"
         r"|wipe\s+out|wipe\s+away|edit\s+out|paint\s+out|cut\s+out)\s+(?:everything|whatever|all(?:\s+that)?|every"
         r"\s+(?:single\s+|last\s+)?(?:thing|item|piece|garment))\b" + _CLAUSE
         + r"\b(?:is\s+|are\s+|was\s+|were\s+|'s\s+|'re\s+)?(?:wearing|has\s+on|have\s+on|had\s+on|got\s+on"
         r"|wears|wore|is\s+dressed\s+in|was\s+dressed\s+in)\b"
         r"(?!\s+(?:the|a|an|display|sale|offer|file|record|hand|hands|him|me|them|it|my|his|their|tv|tap|her\s+"
         r"(?:wrist|head|feet|face|hands|neck|ears|nose|finger|fingers)|his\s+(?:wrist|head|feet|face|hands|neck))\b)"
         + NOT_ON_A_SPOT)),
]
