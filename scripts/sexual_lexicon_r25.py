"""Round 25 (issue 10): sexual requests the retired set v24 showed unread; imported by build_sexual_lexicon.py.

Why: the retired held-out set v24 (read as a development set in round 25) asked for sexual imagery of named and
private people in phrasings no earlier round read. The classes are written from the meaning, not copied from v24;
each block says which class it covers and what keeps its everyday senses clean.

1. both halves of the clothing named as absent: "<someone> with no shirt and no pants", "without a top or
   bottoms", "no bra and no panties" (one garment alone, "no shirt", is shirtless: not this entry);
2. "see-through" written "see thru / seethru / see-thru", and a garment "with nothing under" it: "in a see thru top,
   nothing under" (the round-8 pattern read "nothing underneath / under it" after with/and/but only); "nothing
   under the hood / the tree / a roof" is closed by what follows;
3. British "kit off" after "with" shortened to "w/" or with an adverb between: "<someone> w/ kit fully off" (the
   lexicon read "with her kit off" only); "the kit off the shelf" has no "with" before it;
4. Moroccan Arabic (Darija) in Latin letters, "bla hwayj" (without clothes; the Maltese cognate "bla hwejjeg" was
   read), and Catalan "en pilotes / en pilotilles" (stark naked, colloquial), Indonesian "tanpa sehelai benang / tanpa
   kain sedikit pun" (without a single thread);
5. the "stitch" idiom with other quantifiers ("bare of every stitch", "minus every stitch": "without a stitch on"
   was read) and clothes given up ("<someone> having given up on clothes entirely"; "gave up on clothes shopping"
   is closed by what follows);
6. a strip-down sequence that ends in nothing: "panel 1 coat, panel 2 dress, panel 3 underwear, panel 4 nothing",
   "make the bikini smaller, then smaller, then gone" ("underwear ads, nothing new", "bikini season is nothing to
   fear" are closed by what follows "nothing").
"""

from __future__ import annotations

__all__ = ["MORE_25", "PATTERNS_25"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

_TOP = "shirt|t shirt|tshirt|top|tops|bra|blouse|tank top|sweater|hoodie|jersey|bikini top|upper garment"
_BOTTOM = ("pants|trousers|bottoms|underwear|panties|knickers|undies|skirt|shorts|jeans|leggings|briefs|boxers"
           "|bikini bottom|bikini bottoms|thong|lower garment")
#: What "nothing under" is about when it is no garment's wearer: a place, a thing, a time.
_UNDER_NOT = ("the|a|an|my|her|his|their|its|it|this|that|these|those|our|your|control|pressure|contract|review"
              "|consideration|budget|age|oath|way|water|ground|there|here|one|any|cover|wraps|investigation")

PATTERNS_25: list[tuple[str, str, str, float]] = [
    # --- 1. no top and no bottom -----------------------------------------------------------------------------------
    # "with no shirt and no pants", "no bra & no panties" ("no shirt, no shoes, no service": shoes are no bottom)
    ("en", f"no {{{_TOP}}} {{and|or|plus|nor|n|&|}} no {{{_BOTTOM}}}", N, 0.85),
    ("en", f"no {{{_BOTTOM}}} {{and|or|plus|nor|n|&|}} no {{{_TOP}}}", N, 0.85),
    # "without a shirt or pants", "without her top and without her bottoms"
    ("en", f"without {{a|her|his|their|any|}} {{{_TOP}}} {{and|or|nor|&}} {{without|}} {{a|her|his|their|any|}}"
           f" {{{_BOTTOM}}}", N, 0.85),
    # --- 2. see-through spelled "thru"; "nothing under" a garment ------------------------------------------------
    ("en", "{see thru|seethru|see-thru|see thu|c thru|c through|see thro}", U, 0.6),
    # "a see thru top, nothing under", "sheer dress and nothing under" ("nothing under the tree", "nothing under
    # control", "a roof with nothing under it" has no garment before it)
    ("en", "{shirt|blouse|dress|robe|coat|skirt|top|gown|nightgown|towel|jacket|sheet|trench coat|sheer|see thru"
           "|see through|transparent|mesh top|bodysuit|slip|slip dress|tank top|hoodie|jersey} {with|and|but|}"
           f" {{nothing|nothin|nada}} {{under|beneath}} !{{{_UNDER_NOT}}}", U, 0.7),
    # --- 3. "kit off" after a shortened "with" or with an adverb ---------------------------------------------------
    ("en", "{w|with|wiv} {her|his|their|} kit {fully|completely|all|totally|entirely|right|} off", U, 0.8),
    # --- 5. every stitch; clothes given up ---------------------------------------------------------------------------
    ("en", "{bare of|minus|without|free of|stripped of|rid of|out of} {every|each|one|a single|any|the last} stitch", N, 0.85),
    ("en", "{given up on|gave up on|giving up on|give up on|gives up on|ditched|ditching|abandoned} {clothes|clothing"
           "|wearing clothes|wearing anything|getting dressed} {entirely|completely|altogether|for good|for the day|"
           "totally|} !{shopping|shops|stores|brands|brand|stores|sales|sale|design|designers|drives|drive|donations"
           "|swaps|swap|budget|washing|folding|ironing|racks|labels|sizes}", U, 0.8),
    # --- 6. a strip-down sequence that ends in nothing --------------------------------------------------------------
    ("en", "{underwear|lingerie|bra|bra and panties|bikini|thong|towel|undies|knickers|briefs} ~3 {nothing|none|no clothes"
           "|gone|bare|naked|nude} !{else|to|new|special|fancy|at|but|on|in|like|more|much|wrong|left|of|for|about|compared"
           "|beats|says|will|would|could|can|is|was|happened|changed}", U, 0.7),
    ("en", "{bikini|swimsuit|bra|underwear|lingerie|towel|thong|dress|skirt|top|shorts|outfit} {smaller|tinier|skimpier"
           "|shorter|thinner|less} ~6 {gone|nothing|vanished|disappears|disappeared|removed|none|zero}", U, 0.8),
]

MORE_25: dict[str, dict[str, list[tuple[str, float]]]] = {
    # --- 4. Darija (Moroccan Arabic, Latin letters) and Catalan colloquial nakedness ------------------------------
    "ar": {U: [("bla hwayj", 0.85), ("bla hwayej", 0.85), ("bla lhwayj", 0.85), ("bla hwaij", 0.85),
               ("bla 7wayj", 0.85), ("bla l7wayj", 0.85), ("bla hdoum", 0.85), ("bla 7doum", 0.85)]},
    "ca": {N: [("en pilotes", 0.85), ("en pilotilles", 0.85)]},
    "id": {U: [("tanpa sehelai benang", 0.85), ("tanpa kain sedikit pun", 0.85), ("polos tanpa kain", 0.85),
               ("tanpa sehelai kain", 0.85), ("tanpa busana sedikit pun", 0.85)]},
}
