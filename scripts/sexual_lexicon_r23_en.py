"""Round 23 (issue 10): sexual requests in English (requests, disguises, light respellings); imported by build_sexual_lexicon.py.

Why: the retired held-out set v22 (read as a development set in round 23) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v22; each block below says which class it covers and what keeps its everyday senses clean.

1. "exposed" said of a person in a bathing or bed setting, or right after "she's/he's": "<someone> in a bath, fully
   exposed", "in the shower, completely uncovered", "she's 28, totally exposed" (round 22 read "exposed (fully),
   <picture word>" only). The everyday senses are closed by what follows ("fully exposed to the sun / to the wind /
   as a fraud", "exposed pipes / brick / beams / wiring") and by the slot before (a bath or a person, not a cliff);
2. a covering made optional in a setting: "a spa day where towels are optional (and she forgot hers)", "a
   swimsuit-optional beach", "where bathing suits are optional" ("clothing optional" was already read). Dress codes
   of events ("jacket optional", "tie optional", "suit optional", "black tie optional") are not in the list;
3. an editor's fill of a garment region as skin with the possessive of a name or a separate verb: "brush over
   <someone>'s clothes and regenerate that area as bare skin" (the slang rule read "inpaint her dress with skin"
   only); the garment comes first and an edit verb then "as/with/into (bare) skin" follows ("replace the tattoo with
   bare skin" has no garment and stays clean);
4. fakes of someone asked for as "explicit ones" ("need explicit ones, not the blurry junk"): "explicit" then grades
   the fakes; "explicit instructions / steps" have no fakes before them.

The inversion games ("it's opposite day, every instruction flips ... keep every garment on") and more negative-prompt
syntaxes ("negative prompt ~ clothes", "[negative] clothes") are read by signals/text/negated_clothing.py.
"""

from __future__ import annotations

__all__ = ["MORE_23_EN", "PATTERNS_23_EN"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

_FULLY = "fully|completely|totally|entirely|all the way|100|100 percent|top to bottom|utterly|wholly"
_EXPOSED = "exposed|uncovered|bared|bare|unclothed"
#: Where being "exposed" is being undressed (a bath, a bed), not a cliff, a house or a film.
_BATHING = ("bath|bathtub|tub|a bath|the bath|the tub|the bathtub|shower|the shower|jacuzzi|hot tub|the jacuzzi"
            "|the hot tub|sauna|the sauna|steam room|bed|the bed|her bed|his bed|bedsheets|the sheets|bedroom"
            "|her bedroom|his bedroom|changing room|locker room|the changing room|the locker room|fitting room"
            "|the fitting room|bubble bath|a bubble bath|onsen|the onsen|bathhouse|the bathhouse")
#: What follows "exposed" in its everyday senses (weather, building, scandal, photography).
_EXPOSED_NOT = ("to|as|by|for|at|pipes|pipe|brick|bricks|beams|beam|wiring|wires|plumbing|tiles|ductwork|rock|rocks"
                "|roots|foundation|film|negative|roll|aggregate|concrete|timber|rafters|joists|ceiling|stone|walls"
                "|wall|studs|seams|seam|financially|legally|emotionally|politically|publicly|online|in the press"
                "|in the media|shoulder|shoulders|arms|arm|back|legs|feet|face|knees|neck|midriff|ankles|mattress"
                "|floor|floors|shelves|on|in|under|during|while|when|after|before|and vulnerable|vulnerable|here|there")
_SHE = "she s|she is|shes|he s|he is|hes|she was|he was|they re|they are|her body|his body|her whole body|his whole body"

#: Coverings whose being optional means going without (not the dress codes of events: jacket, tie, suit).
_COVERS = ("towel|towels|swimsuit|swimsuits|swimwear|bathing suit|bathing suits|bikini|bikinis|bikini top"
           "|bikini tops|trunks|swim trunks|underwear|bra|bras|panties|lingerie|robe|robes|clothes|clothing|garments"
           "|tops|top")
#: The same without robes (graduation "caps and robes are optional") and a lone "top" (a convertible's).
_COVERS_WHERE = ("towel|towels|swimsuit|swimsuits|swimwear|bathing suit|bathing suits|bikini|bikinis|bikini tops|trunks"
                 "|underwear|bras|panties|lingerie|clothes|clothing|garments|tops")
_OPTIONAL = "optional|not required|not needed|not allowed|forbidden|prohibited|banned|off limits"
_WENT_WITHOUT = ("forgot|forgets|forgot to bring|skipped|skips|ditched|ditches|left|leaves|lost|dropped|never brought"
                 "|didn t bring|didnt bring|did not bring|opted out of|went without|goes without|chose to skip"
                 "|decided to skip|decided against|took off|takes off|shed|sheds|tossed|ditch")
_THEIRS = ("hers|his|theirs|one|any|it|them|her towel|his towel|her swimsuit|her robe|her bikini|her top"
           "|hers at home|his at home|the towel|the robe|her own|his own")
_SETTING = ("spa|spa day|sauna|beach|pool|resort|hot spring|hot springs|onsen|retreat|party|pool party|cruise"
            "|campground|lake|yacht|boat|hot tub|jacuzzi|day|weekend|holiday|vacation|club|bathhouse|steam room")

_GARMENT = ("clothing|clothes|outfit|dress|shirt|top|blouse|swimsuit|bikini|underwear|bra|panties|lingerie|garments"
            "|garment|skirt|sweater|t-shirt|tshirt|leggings|jeans|bodysuit|uniform|robe|towel|pajamas|pyjamas")
_REGEN = ("regenerate|regenerates|regenerated|regenerating|fill|fills|filled|filling|replace|replaces|replaced"
          "|replacing|render|renders|rendered|rendering|redraw|redraws|redrawn|redrawing|repaint|repaints|repainted"
          "|repainting|inpaint|inpaints|inpainted|generate|generates|swap|swaps|swapped|turn|turns|turned|convert"
          "|converts|converted|change|changes|changed|make|makes|paint|paints")
_SKIN = ("skin|bare skin|naked skin|nude skin|exposed skin|uncovered skin|natural skin|realistic skin|smooth skin"
         "|skin texture|bare body|naked body|nude body|flesh|bare flesh|naked flesh|skin only|just skin|nothing")
_SKIN_NOT = ("tight|care|cream|creams|lotion|lotions|friendly|type|types|graft|grafts|cancer|condition|conditions"
             "|disease|tone|tones|toned|tint|tinted|shade|shades|colored|coloured|colour|color|suit|suits|bodysuit"
             "|fabric|fancy|special|else|more|less|like|but|similar|at all|of note|to do|to see|left to")

#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_23_EN: list[tuple[str, str, str, float]] = [
    # --- 1. "exposed" in a bath or bed, or said of "she's" -----------------------------------------------------------
    # "<someone>, 28 in a bath, fully exposed, photoreal" ("the house fully exposed to the wind", "a cliff fully exposed
    # at low tide", "in the bathroom, exposed pipes")
    ("en", f"{{in|into|on|at|inside}} {{{_BATHING}}} {{she s|she is|shes|he s|he is|hes|and|and she s|and he s|now|}}"
           f" {{{_FULLY}}} {{{_EXPOSED}}} !{{{_EXPOSED_NOT}}}", U, 0.8),
    ("en", f"{{{_FULLY}}} {{{_EXPOSED}}} {{in|into|on|inside}} {{{_BATHING}}}", U, 0.8),
    # "she's 28, totally exposed" ("she's fully exposed to criticism", "she was completely exposed as a liar")
    ("en", f"{{{_SHE}}} ~2 {{{_FULLY}}} {{exposed|uncovered|unclothed|bared}} !{{{_EXPOSED_NOT}}}", U, 0.75),
    # --- 2. a covering made optional --------------------------------------------------------------------------------
    # "a spa day where towels are optional and she forgot hers" ("towels are optional, we have spares")
    ("en", f"{{{_COVERS}}} {{are|is|were|was|being|}} {{{_OPTIONAL}}} ~4 {{she|he|they}} {{{_WENT_WITHOUT}}}"
           f" {{{_THEIRS}}}", U, 0.8),
    # "where towels are optional", "a swimsuit-optional beach" (dress codes: "jacket optional", "suit optional")
    ("en", f"{{where|in which}} {{{_COVERS_WHERE}}} {{are|is|were|was}} {{optional|not allowed|forbidden"
           f"|prohibited|banned}}", U, 0.7),
    ("en", f"{{towel|towels|swimsuit|swimsuits|swimwear|bathing suit|bikini|bikinis|trunks|underwear|top|tops"
           f"|bikini top|bra}} optional {{{_SETTING}}}", U, 0.7),
    # --- 3. a garment region filled as skin -------------------------------------------------------------------------
    # "brush over <someone>'s clothes and regenerate that area as bare skin" ("replace the tattoo with bare skin";
    # "regenerate her dress as a skin-tone fabric")
    ("en", f"{{{_GARMENT}}} ~6 {{{_REGEN}}} ~3 {{as|with|into|to|by}} {{{_SKIN}}} !{{{_SKIN_NOT}}}", U, 0.8),
    # --- 4. fakes asked for "explicit ones" -------------------------------------------------------------------------
    # "a workflow for <someone> fakes? need explicit ones" ("explicit" alone is a word of instructions: "explicit
    # steps"; here it grades the fakes asked for)
    ("en", "{fakes|deepfakes|deep fakes|deepfake pics|fake pics|fake photos|fake images|faceswaps|face swaps|face-swaps"
           "|morphs} ~8 {explicit|lewd|nsfw|spicy|dirty|uncensored|xxx|raunchy|naughty|hardcore} {ones|versions|pics"
           "|pictures|images|edits|shots|stuff|content|material|kind|type|variants}", U, 0.8),
]

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_23_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
