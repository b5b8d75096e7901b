"""Round 31 (issue 10, helper "sex"): English sexual reads the lexicon lacked, built as paradigms; imported by
build_sexual_lexicon.py.

Why: the development set v30 asked for nakedness in shapes no rule read, so a found person was allowed or only
reviewed. Each class is written from the meaning over closed word lists; each block says what keeps its everyday
senses clean. Rules match the folded view (lower case, accents stripped, leetspeak undone; punctuation between words
is a separator). The non-English forms of these classes are helper "lang"'s (scripts/sexual_lexicon_r31_lang.py).

1. fetish or other wear with the intimate part cut out: "in latex with the chest cut out", "a catsuit with cut-outs
   where the breasts are": ``euphemism`` 0.8. A garment must come first (a cardboard figure "with the chest cut
   out" is a craft), and a body part must be the thing cut out ("cut-out cookies", "a dress with a back cut-out"
   name none).
2. a garment so sheer you can see through it: "lingerie so sheer you can see through it", "a nightie so thin you
   can see right through": ``euphemism`` 0.75. Only garments are listed ("curtains so sheer you can see through").
3. undressing stated as a whole: "strip every layer off <person>" (the round-30 "every stitch off" paradigm with
   layer / garment / item), "... and leave nothing on" after a strip verb, "strip <person> down to nothing / to
   her skin", "<person> stripped, every layer gone", "after the clothes 'accidentally' vanish": ``euphemism``
   0.8. "Strip the wallpaper down to the plaster" names no nothing; "leave nothing on the table" has no strip
   verb before it and a thing after it; clothes that vanish "from the line / in the wash" are laundry.
4. a top pulled up, flashing: "with her top pulled up, flashing", "shirt lifted, flashing everyone": ``euphemism``
   0.8. "Flashing lights / a smile / a badge" after it closes it; a top pulled up with no flashing ("over her head
   for a costume change") is not read.
5. euphemisms of nudity: "an outfit made of 0% fabric", "wearing zero fabric" (``nudity`` 0.8; a fabric
   softener closes it); "modelling / wearing the emperor's new clothes" (``euphemism`` 0.8; a storybook, a play, an
   illustration after it close it, and the title alone is not read); "wearing only / nothing but the necklace /
   a smile / her heels" (an accessory, never a full garment: "wearing only a raincoat" is not read; "and" or
   "with" after the accessory closes it, "only sunglasses and a swimsuit"); "the spicy variant you can't upload
   anywhere" (a spicy / naughty / uncensored version noun that cannot be posted: ``euphemism`` 0.8; "the spicy
   ramen variant" has a food word between); "nsfvv" ("vv" written for "w"); "top-less" / "t0p-less" split
   (``nudity`` 0.85; a location or picture word must follow, "top less than ..." is not read).
6. clothing made invisible or uncensored (v28/v29 shapes): "set the opacity of every fabric layer on X to 0%", "her
   dress opacity at zero"; "de-pixelate / unblur / uncensor the chest and crotch" (an x-ray, a scan, a diagram
   after the body part close it); "the Adam and Eve scene ... remove the leaves": ``euphemism`` 0.8-0.85.

Twins kept clean are tests (tests/signals/test_sexual_read_round31.py).
"""

from __future__ import annotations

__all__ = ["MORE_31", "PATTERNS_31"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_31: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {U: [("nsfvv", 0.9), ("nsfvv version", 0.85), ("nsfvv pic", 0.85), ("nsfvv edit", 0.85)]},
}
#: regex rules: (language, pattern over the folded text, grade, score)
PATTERNS_31: list[tuple[str, str, str, float]] = []

# --- 1. wear with the intimate part cut out ----------------------------------------------------------------------------
_WEAR = ("latex|leather|pvc|vinyl|rubber|catsuit|bodysuit|body suit|corset|leotard|swimsuit|bathing suit|bikini"
         "|lingerie|bra|top|dress|outfit|costume|gown|uniform|jumpsuit|suit|mesh|fishnet|fishnets|harness|teddy")
_PART = "chest|breasts|breast|boobs|nipples|nipple|bust|crotch|groin|bum|butt|buttocks|cleavage area|private parts"
_CUT = "cut out|cut away|cut off|cut open|cutout|cutouts|cut outs|removed|missing|open"
PATTERNS_31 += [
    ("en", "{" + _WEAR + "} ~6 {the|her|his|their} {" + _PART + "} {" + _CUT + "}", U, 0.8),
    ("en", "{" + _WEAR + "} ~6 {cut out|cutout|cut outs|cutouts|holes|hole|openings|opening|windows} {where|over"
           "|at|for|around|exposing|showing|baring} {the|her|his|their} {" + _PART + "}", U, 0.8),
]

# --- 2. so sheer you can see through it ----------------------------------------------------------------------------------
_SHEER_G = ("lingerie|bra|panties|knickers|underwear|nightie|negligee|nightgown|nightdress|bodysuit|body suit|bikini"
            "|swimsuit|bathing suit|top|blouse|shirt|t shirt|dress|gown|slip|leotard|leggings|tights|outfit|robe"
            "|teddy|chemise|lace")
PATTERNS_31 += [
    ("en", "{" + _SHEER_G + "} {so|that is so|that s so|thats so|this} {sheer|thin|transparent|see through|flimsy}"
           " {you can|you could|u can|that you can|that you could|that u can|one can|we can|i can|everyone can}"
           " {see|see right|see straight|see everything|see it all} {through|through it|underneath|beneath|everything"
           "|it all|}", U, 0.75),
]

# --- 3. undressing stated as a whole ------------------------------------------------------------------------------------
_STRIP_V = "strip|strips|stripped|stripping|peel|peels|peeled|peeling|take|takes|took|taking|pull|pulls|pulled|rip|rips|ripped"
_STRIP_NOT = ("the|a|an|this|that|these|those|its|it|wall|walls|wallpaper|paint|furniture|floor|floors|boat|car|engine"
              "|cake|onion|onions|tree|trees|bark|wood|board|canvas|chair|table|door|doors|cabinet|cabinets|roof|house"
              "|bike|frame|model|pipe|pipes|wire|wires|cable|cables|pastry|lasagna|lasagne|sandwich|burger")
_NOTHING_AFTER = ("the|a|an|this|that|these|those|its|it|my|your|our|his|their|table|plate|plates|menu|shelf|shelves"
                  "|stove|screen|list|record|tape|agenda|bill|road|court|field|board|tv|radio|fire|lights|light"
                  "|heat|heater|heating|grill|burner|timer|loop|repeat|autopilot|standby|display|page|disk|drive"
                  "|server|hold|top|bottom|ice|sale|offer|purpose|time")
PATTERNS_31 += [
    # "strip every layer off <person>": the round-30 "every stitch off" rule with layer / garment / item
    ("en", "{" + _STRIP_V + "} {every|each|all|all the} {last|single|} {layer|layers|garment|garments|item of clothing"
           "|article of clothing|piece of clothing|bit of clothing|scrap of fabric} {off|from} !{"
           + _STRIP_NOT + "}", U, 0.8),
    # "... and leave nothing on" after a strip / undress verb
    ("en", "{strip|strips|stripped|stripping|undress|undresses|undressed|undressing|layer off|layers off|clothes off"
           "|clothing off} ~9 {leave|leaves|leaving|left|with} {her|him|them|} {nothing|not a thing|not a stitch}"
           " {on|on her|on him|on them|at all} !{" + _NOTHING_AFTER + "}", U, 0.8),
    # "strip <person> down to nothing / to her skin"
    ("en", "{strip|strips|stripped|stripping|undress|undresses|undressed|undressing} ~9 ~5 down to {nothing|her skin"
           "|his skin|their skin|bare skin|nothing at all|her birthday suit|his birthday suit|nothing but skin"
           "|absolutely nothing} !{but|except|more than|other than|save|apart from|beyond|in|within|on|for|by|of}", U,
     0.8),
    # "<person> stripped, every layer gone"
    ("en", "{stripped|undressed|disrobed|stripped bare|stripped naked} {every|each|all|all the} {layer|layers|garment"
           "|garments|stitch|thread|piece of clothing|item of clothing|scrap} {gone|off|removed|missing|discarded}", U,
     0.8),
    ("en", "{every|each|all|all the} {layer|layers|garment|garments|stitch|thread|piece of clothing|item of clothing}"
           " {gone|removed|off} {and|} {she s|he s|she is|he is|they re|} {stripped|naked|nude|bare|undressed}", U,
     0.8),
    # "after the clothes 'accidentally' vanish"
    ("en", "{her|his|their|the|all her|all the|all his} {clothes|clothing|outfit|outfits|dress|bikini|swimsuit|towel"
           "|underwear|lingerie|garments|uniform} {accidentally|suddenly|mysteriously|magically|conveniently"
           "|somehow|just|all|completely|totally|} {vanish|vanishes|vanished|vanishing|disappear|disappears"
           "|disappeared|disappearing|evaporate|evaporates|evaporated|dissolve|dissolves|dissolved|melt away"
           "|melts away|melted away|fall away|falls away|fell away|go missing|goes missing|went missing|poof|go poof"
           "|went poof} !{from|in|at|into|off the|off a|out of|during the wash|in the wash|in the laundry|from the line"
           "|from the washing|from the dryer|from the wardrobe|from the closet|from the store|from the shop|from stores"
           "|from shelves|from the shelves|from the market|from fashion|from the catalogue|overnight from}", U, 0.8),
]

# --- 4. a top pulled up, flashing -----------------------------------------------------------------------------------------
PATTERNS_31 += [
    ("en", "{her|their|the} {top|shirt|t shirt|tee|blouse|jumper|sweater|hoodie|tank top|crop top|dress|skirt|bra"
           "|bikini top|jersey} {pulled up|lifted|lifted up|hiked up|yanked up|raised|pushed up|flipped up|rolled up}"
           " {and|} {flashing|flashin|flashes|flashed|to flash|flashing everyone|flashing the camera|flashing us"
           "|exposing herself|showing everything|showing it all} !{lights|light|lighting|a smile|her smile|a grin"
           "|her badge|a badge|a sign|the sign|a peace|the peace|her id|an id|her pass|a pass|her ticket|a ticket"
           "|blue|red|neon|warning|headlights|a torch|a flashlight|her phone|a phone|a card|her card|a thumbs|gang"
           "|her ring|a ring|her tattoo|a tattoo|her abs|abs|her stomach|her belly|a belly|her midriff|her tan}", U,
     0.8),
]

# --- 5. euphemisms of nudity ------------------------------------------------------------------------------------------------
#: Jewellery, heels, stockings, body paint, a smile: never a garment ("only a raincoat" is dressed), and nothing a pet
#: is dressed in for a photo (a collar, a bow tie, a hat, socks are left out: "a cat wearing just a bow tie").
_ACCESSORY = ("necklace|choker|body chain|pearls|pearl necklace|string of pearls|earrings|bracelet|bracelets"
              "|anklet|anklets|jewellery|jewelry|jewels|diamonds|smile|a smile|heels|high heels|stilettos|stockings"
              "|garter|garters|body paint|bodypaint|perfume|tan lines|baby oil|body oil|lipstick")
_ONLY_NOT = ("and|&|plus|with|over|under|on top of|as accessories|as accessory|as an accessory|for accessories"
             "|for jewellery|for jewelry|as jewellery|as jewelry|to accessorise|to accessorize|along with|together with"
             "|besides|in addition|alongside")
PATTERNS_31 += [
    ("en", "{outfit|outfits|dress|bikini|swimsuit|clothes|clothing|costume|lingerie|top|suit|uniform|look} made"
           " {of|from|out of|with|using} {0|zero|no|0 percent|zero percent|0 %|0%} {percent|%|} {fabric|cloth"
           "|textile|textiles|material|thread|threads|clothing} !{softener|softeners|waste|scraps|offcuts}", N, 0.8),
    ("en", "{wearing|wears|wore|in|dressed in|clad in|sporting|modelling|modeling|models} {0|zero|0 percent"
           "|zero percent|0 %|0%} {percent|%|} {fabric|cloth|textile|clothing|clothes} !{softener|softeners|waste"
           "|scraps|offcuts|masks|mask|bags|bag}", N, 0.8),
    ("en", "{wearing|wears|wore|modelling|modeling|models|modeled|modelled|dressed in|sporting|in|showing off"
           "|shows off|showing} {only|just|nothing but|} {the|an|} emperor s new {clothes|clothing|outfit|suit}"
           " !{costume|costumes|play|story|storybook|book|books|fairy tale|fairytale|tale|illustration|illustrations"
           "|musical|pantomime|panto|production|fable|parable|moral|lesson|metaphor|effect|syndrome|problem|of|as a"
           "|in a|for a|for the|for school|stage}", U, 0.8),
    ("en", "{wearing|wears|wore|dressed in|clad in|in} {only|just|nothing but|nothing except|nothing other than}"
           " {the|a|an|her|his|their|my|} {" + _ACCESSORY + "} !{" + _ONLY_NOT + "}", U, 0.8),
    ("en", "{spicy|naughty|raunchy|dirty|filthy|uncensored|unfiltered|steamy|x rated|nsfw|lewd|saucy|sexy}"
           " {version|variant|edit|cut|take|one|pic|pics|photo|photos|picture|pictures|image|images|render|renders"
           "|shot|shots|video|clip} {you|we|i|that|which|that you|which you|} {can t|cannot|cant|could never"
           "|can never|couldn t|couldnt|could not|would never|wouldn t|wouldnt|won t|wont|will never|shouldn t"
           "|should never} {upload|post|share|put up|put online|show|publish} {anywhere|online|on instagram|on insta"
           "|on tiktok|on social media|on socials|publicly|in public|on here|at work|to your feed|on facebook"
           "|on twitter|on x|to anyone|to your mum|to your mom|to your boss}", U, 0.8),
    ("en", "top less {by|on|at|in|near|beside|under|photo|photos|pic|pics|selfie|selfies|shot|shots|sunbathing"
           "|sunbathe|beach|pool|in bed|on the bed|version|edit|render|image|picture|pictures|video|girl|woman|model"
           "|while|lying|posing|pose|walking|dancing|swimming|and nude|and naked|in public} !{than|then|the top"
           "|than the|number|numbers|price|prices|cost|costs|time|rank|ranking|rankings|score|scores|percent|%}", N,
     0.85),
]

# --- 6. clothing made invisible or uncensored (v28/v29 shapes) -----------------------------------------------------------
#: no "top": "the top layer" is an image editor's ("set the opacity of the top layer to 0%", a round-29 twin)
_CLOTH = ("fabric|clothing|clothes|textile|garment|garments|outfit|shirt|dress|skirt|bikini|swimsuit|underwear"
          "|lingerie|bra|panties|pants|trousers|jeans|shorts|uniform")
_BODY_PART = ("chest|breasts|boobs|nipples|crotch|groin|privates|private parts|genitals|genital area|bum|butt"
              "|buttocks|intimate parts|intimate areas|naughty bits|body underneath|body under the clothes")
PATTERNS_31 += [
    # "set the opacity of every fabric layer on X to 0%", "her dress opacity at zero"
    ("en", "opacity of {every|each|all|all the|the|her|his|their|any} {" + _CLOTH + "} {layer|layers|} ~9 {to|at}"
           " {0|zero|0 %|0%|nothing|none}", U, 0.8),
    ("en", "{her|his|their|the} {" + _CLOTH + "} {layer|layers|} opacity {to|at|=|} {0|zero|0 %|0%}", U, 0.8),
    # "de-pixelate / unblur / uncensor the chest and crotch"
    ("en", "{de pixelate|depixelate|unpixelate|un pixelate|depixel|unblur|un blur|de blur|deblur|uncensor|un censor"
           "|unmosaic|de mosaic|demosaic|remove the mosaic on|remove the mosaic from|remove the blur on"
           "|remove the blur from|remove the censor bar on|remove the censor bars on|remove the censoring on"
           "|remove the pixelation on|remove the pixelation from} {the|her|his|their|} {" + _BODY_PART + "}"
           " !{x ray|xray|x rays|scan|scans|ct|mri|radiograph|ultrasound|diagram|chart|anatomy diagram|muscles"
           "|muscle|tattoo|logo|text|number}", U, 0.85),
    # Adam and Eve with the leaves removed
    ("en", "adam and eve ~9 ~9 {remove|removes|removing|removed|without|minus|lose|drop|no|take away|take off"
           "|delete|erase} {the|their|her|his|all the|} {leaves|leaf|fig leaves|fig leaf} !{from the tree|of the tree|off the tree"
           "|on the tree|from the branch|from the branches|of the branch|from the ground|on the ground|from the path"
           "|from the garden|in the garden|from the apple|of the apple}", U, 0.8),
]
