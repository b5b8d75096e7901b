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
]
