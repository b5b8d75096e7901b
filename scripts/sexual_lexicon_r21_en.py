"""Round 21 (issue 10): English sexual requests, disguises and light respellings; imported by build_sexual_lexicon.py.

Why: the retired held-out set v20 (read as a development set in round 21) asked for sexual imagery of named and
private people in English that never names a body or nakedness: the garments are removed or absent and the
reader is left to see the person unclothed. The classes are written from the meaning (2026-12-06), not copied
from v20, and reach past its phrasings (other verbs, garments, covers, word orders):

1. garments cut, torn or deleted and "what is underneath" rendered; a swimsuit or dress torn "completely off";
   "the clothing mesh / layer / texture disabled" in a game or edit; the opposite of dressing someone "until
   there are none left"; a sed substitution that deletes garment words (``s/dress|shirt//g``);
2. a staged sequence that ends bare: "in nothing but a towel, then drop the towel"; "in her underwear, then
   without it" (the tailor and measurement pretexts); stepping out of the shower when the curtains are open;
3. "nothing on" said after a scene the round-18 rules did not list: a locker or changing room, someone caught
   changing on a hidden camera, a life-drawing class ("posing the way models do ..., nothing on": the scene
   word sits more than two words before "nothing on", past the round-18 window); in bed with the sheets pulled
   down and no top; a living statue with real skin because "statues don't wear clothes"; everything "in the
   wash" followed by a picture word; "private bedroom pics, the kind that get posted on forums";
4. slang: "cheeks out and up top out", "no fabric situation", "wearing nada / zilch", "the kit off, the lot";
5. light respellings: "un-clothd" (a hyphen splits the prefix from a misspelt stem the fuzzy matcher cannot
   join), emoji that delete the outfit ("🍑🍒 outfit deleted 📸") or forbid both garments ("🚫👙🚫🩲").

Grading: as in sexual_lexicon_r18_en.py .. r20_en.py (an idiom that means nothing but nakedness is ``euphemism``
0.75-0.85; one with an everyday sense needs a body, a garment or a scene in the rule, or a "not followed by" slot
of the everyday tails). The everyday senses kept clean are tests (tests/signals/test_sexual_en_round21.py):
"nothing on the schedule", a kit off the shelf, a towel dropped on the laundry-room floor, a torn swimsuit in a
product review, a statue in a museum, a game skin with the hat mesh disabled, a laundry-day pile of clothes,
``s/colour/color/g``, a 🚫🍔 diet poster, a lipstick shade called "nada pink".
"""

from __future__ import annotations

from sexual_lexicon_r18_en import _NOTHING_ON_NOT

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: Garments whose removal leaves the body (not a jacket or coat over other clothes).
_BODY_GARMENTS = ("blouse|shirt|t-shirt|tshirt|dress|gown|skirt|jeans|pants|trousers|shorts"
                  "|leggings|bra|underwear|panties|knickers|lingerie|bikini|swimsuit|bathing suit|swimwear|towel"
                  "|robe|bathrobe|clothes|clothing|outfit|uniform|scrubs|pajamas|pyjamas|nightgown|nightie|leotard"
                  "|bodysuit|undies|boxers|briefs|thong|corset|sundress|romper|jumpsuit|garments")
_GARMENT_SET = ("clothes|clothing|dress|shirt|pants|underwear|bra|bikini|top|skirt|panties|outfit|garments|swimsuit"
                "|lingerie|jeans|trousers|blouse|knickers|shorts|undies|thong|boxers|briefs|leggings|tshirt|t-shirt"
                "|swimwear|bathing suit|socks|shoes|jacket|coat|hoodie|sweater|tank top")
_POSS = "her|his|their|my|your|her own|his own"
#: Garments whose names are also a lid, a layer or a slide ("peel off the top layer"): only with a possessive.
_LID_GARMENTS = "top|tank top|crop top|slip|tops"
#: Cutting, tearing or deleting worn garments.
_CUT = ("cut away|cut off|cuts away|cuts off|cutting away|cutting off|peel away|peel off|peels away|peels off"
        "|peeling away|peeling off|remove|removes|removing|take away|takes away|taking away|take off|takes off"
        "|taking off|erase|erases|erasing|delete|deletes|deleting|strip away|strip off|strips away|strips off"
        "|stripping away|stripping off|rip off|rips off|ripping off|rip away|tear off|tears off|tearing off"
        "|tear away|tears away|tearing away|dissolve|dissolves|dissolving|melt away|melts away|melting away"
        "|burn away|burns away|burning away|slice off|slice away|snip off|snip away|scissor off|unbutton and remove"
        "|get rid of|gets rid of|lose|lift away|pull away|pull off|pulls off|pulling off|wipe away|wipe out")
#: What lies under worn garments once they go (the body, not a lining).
_UNDER = ("what is underneath|what's underneath|whats underneath|what is beneath|what's beneath|whats beneath"
          "|what is under them|what's under them|whats under them|what is under it|what's under it|what's under there"
          "|what is under there|what was underneath|what was beneath|what lies underneath|what lies beneath"
          "|what lies under them|what they cover|what they were covering|what they covered|what they hide"
          "|what they were hiding|what they hid|the body underneath|her body underneath|his body underneath"
          "|the body beneath|her body beneath|his body beneath|the skin underneath|the skin beneath|her skin underneath"
          "|her skin beneath|whatever is underneath|whatever's underneath|whatever is beneath|everything underneath"
          "|everything beneath|the rest of her|the rest of him|her bare body|his bare body")
_RENDER = ("render|renders|rendering|show|shows|showing|reveal|reveals|revealing|paint|paint in|draw|draw in"
           "|generate|fill in|fill|recreate|reconstruct|inpaint|imagine|depict|display|expose|exposing|photograph"
           "|and render|and show|and reveal|then render|then show|then reveal|so we see|so you see|to show|to reveal"
           "|leaving|leave|leaving only|and see|let me see|i want to see|we see|you see")
#: A garment torn or blown off a body.
_TORN = ("torn|ripped|pulled|blown|washed|yanked|knocked|swept|sucked|dragged|snatched|stripped|tugged|peeled"
         "|was torn|got torn|gets torn|is torn|being torn|was ripped|got ripped|gets ripped|is ripped|being ripped"
         "|was pulled|got pulled|gets pulled|is pulled|was blown|got blown|was washed|got washed|was yanked|got yanked"
         "|was knocked|got knocked|was swept|got swept|was snatched|got snatched|was stripped|got stripped")
_OFF_FULLY = ("completely off|clean off|right off|all the way off|fully off|entirely off|totally off|off completely"
              "|off entirely|off fully|off her|off him|off her body|off his body|off of her|off of him|away completely"
              "|away entirely|completely away|clean away|off and gone|off and away|right off her|right off him"
              "|completely off her|completely off him|clean off her|clean off him")
#: Where a torn or blown garment lands when it is laundry or stock, and product-review tails.
_TORN_NOT = ("the hanger|the rack|the line|the washing line|the clothesline|the hook|the shelf|the mannequin"
             "|the doll|the dummy|the display|the packaging|its packaging|the package|the box|its box|the tag"
             "|its tag|the label|its label|the table|the chair|the rail|the balcony|the fence|the bag|the jar|the can|the lid"
             "|the bottle|the container|the car|the truck|the house|the building|the roof|the tent|the boat")
#: Game and edit layers that hold the clothes of a character or a photo.
_LAYER = ("mesh|meshes|layer|layers|texture|textures|geometry|model|models|slot|slots|overlay|overlays|sprite|sprites"
          "|mask|masks")
_CLOTH_LAYER = ("clothing|clothes|outfit|outfits|garment|garments|apparel|underwear|lingerie|bra|panties|bikini"
                "|swimsuit|shirt|pants|dress|skirt|body clothing|torso clothing|upper body clothing")
_DISABLED = ("disabled|removed|hidden|turned off|switched off|toggled off|off|deleted|stripped|unequipped|erased"
             "|culled|set to invisible|invisible|set to zero|set to 0|zeroed|masked out|stripped out|ripped out"
             "|deactivated")
_DISABLE = ("disable|disables|disabling|remove|removes|removing|hide|hides|hiding|turn off|turns off|turning off"
            "|switch off|toggle off|delete|deletes|deleting|strip|strip out|strips out|unequip|unequips|cull|erase"
            "|deactivate|mask out|zero out|unload|drop|rip out|take out|set invisible")
#: What "nothing on" reads as a body after: rooms where one undresses, being caught undressing, the figure class.
_UNDRESS_SCENE = ("locker room|locker rooms|changing room|changing rooms|dressing room|dressing rooms|fitting room"
                  "|fitting rooms|changing cubicle|changing cubicles|change room|change rooms|showers|shower room"
                  "|bathhouse|sauna|steam room|caught changing|caught undressing|caught showering|caught getting changed"
                  "|caught getting undressed|caught in the shower|caught getting out of the shower|changing clothes"
                  "|getting changed|getting undressed|undressing|mid-change|mid change|hidden camera|hidden cam"
                  "|spy cam|spycam|spy camera|secret camera|security cam|peephole|keyhole|peeping|voyeur")
_NOTHING_ON = ("nothing on|with nothing on|wearing nothing|not a thing on|nothing on at all|absolutely nothing on"
               "|literally nothing on|nothing on her|nothing on him|not a stitch on|not a stitch")
#: Figure-class frames: the class, the pose "the way models do".
_FIGURE_CLASS = ("life-drawing|life drawing|life-drawing class|life drawing class|life class|figure drawing"
                 "|figure-drawing|figure class|figure study|figure studies|nude drawing|drawing class|art class"
                 "|art school|sketch class|sketching class|croquis|atelier|anatomy class|painting class|figure model"
                 "|figure models|life model|life models|art model|art models")
_POSE_LIKE = ("posing|poses|pose|posed|sitting|sits|modelling|modeling|models do|model does|models pose|models sit"
              "|the way models|like the models|like models|like a model|like the model|as models do")
#: A leak framing: pictures "the kind that get posted on forums", "that end up on telegram".
_LEAK_KIND = ("the kind that|the kind which|the sort that|the sort which|the type that|the type which|the ones that"
              "|like the ones that|kind that|sort that|type that|the kind you|the sort you|the type you|the kind people"
              "|the sort people|the kind guys|the sort guys|like what gets|like the ones people")
_LEAK_VERB = ("get posted|gets posted|got posted|get leaked|gets leaked|got leaked|get shared|gets shared|got shared"
              "|get traded|gets traded|get passed around|gets passed around|end up|ends up|ended up|circulate"
              "|circulates|go around|goes around|get dumped|gets dumped|get uploaded|gets uploaded|post|share|trade"
              "|leak|swap|dump|pass around|find|see|collect")
_LEAK_PLACE = ("forums|forum|online|on forums|on the forums|on a forum|on the internet|the internet|on reddit|reddit"
               "|on 4chan|4chan|on telegram|telegram|on discord|discord|leak sites|leak site|on leak sites|chans"
               "|imageboards|image boards|on imageboards|the dark web|group chats|in group chats|on twitter|on x"
               "|anon boards|the web|on the web|websites|sites|on those sites|tube sites|revenge sites")
_PRIVATE_PICS = ("private|intimate|secret|leaked|stolen|hacked|private bedroom|intimate bedroom|private shower"
                 "|private bathroom|after dark|behind closed doors|spicy|risky|racy|naughty")
_PICS = "pics|pic|photos|photo|pictures|picture|images|image|shots|selfies|snaps|content|vids|videos|nudes|polaroids"
#: Covers pulled off a person in bed.
_BEDCOVER = ("sheets|sheet|the sheets|the sheet|bedsheet|bedsheets|bed sheets|blanket|the blanket|duvet|the duvet"
             "|covers|the covers|comforter|the comforter|quilt|the quilt|bedcovers|bedclothes")
_PULLED = ("pulled down|pulled back|pulled off|pulled away|pushed down|pushed back|pushed off|kicked off|kicked away"
           "|thrown off|thrown back|tossed off|tossed aside|slipping down|slipped down|sliding down|slid down|down"
           "|off|gone|drawn back|peeled back|falling off|fallen off|fell off|around her waist|around his waist"
           "|at her waist|at her hips|to her waist|to her hips|down to her waist|down to her hips|below her chest")
_NO_TOP = ("no top|no top on|top off|no bra|bra off|topless|no shirt on her|nothing on top|no nightie|no nightgown"
           "|nothing on|bare chested|bare-chested|bare breasted|bare-breasted|chest bare|chest exposed|breasts exposed"
           "|breasts bare|bare breasts|bare chest|nothing underneath")
#: What follows "no top" when it is a bed sheet, a bunk or a ranking.
_TOP_NOT = _NOTHING_ON_NOT + ("|sheet|sheets|layer|bunk|bunks|floor|half|of the|on the|to the|blanket|cover|covers|rail"
                              "|shelf|drawer|hat|score|marks|priority|ten|10|5|3|dog|seed|tier|spot|spots|pick|picks"
                              "|bunk bed|quilt|duvet|tuck|sheet on")
#: Garments worn first and then "without it": the pretexts of fitting, measuring, comparing.
_WORN_FIRST = ("underwear|lingerie|bra|bra and panties|panties|knickers|undies|bikini|swimsuit|bathing suit|swimwear"
               "|towel|robe|bathrobe|nightie|nightgown|slip|thong|briefs|boxers|bodysuit|leotard|clothes|clothing"
               "|outfit|dress|top|shirt|underclothes|underthings|smalls|lingerie set|bra and underwear"
               # round 28: the other everyday names of underwear ("in her skivvies then without them")
               "|skivvies|unmentionables|drawers|bloomers|y-fronts|tighty-whities|tighty whities|kecks|grundies"
               "|jockstrap|boxer shorts|boy shorts|boyshorts|bralette|negligee|g-string|corset|bustier|underpants")
_THEN = ("then|and then|then also|and also|followed by|next|after that|afterwards|and after that|and next|also|now"
         "|then again|then one|and one|plus one|then a second one|then another")
_WITHOUT = ("without it|without them|without any|without anything|without|minus it|minus them|with it off|with them off"
            "|with those off|with that off|out of it|out of them|with nothing|in nothing|without that|without those"
            "|it off|them off|one without|another without|a version without|without the underwear|without the bra"
            "|without the lingerie|without the bikini|without the swimsuit|without the towel|without the robe"
            "|with none|nothing at all|none at all|with nothing on|bare|naked|nude")
#: What comes after "then without" when it is not the garment that goes ("then without the filter").
_WITHOUT_NOT = ("the filter|a filter|filter|the flash|flash|the background|background|the logo|logo|the watermark"
                "|the text|text|the caption|caption|glasses|her glasses|his glasses|the glasses|makeup|her makeup"
                "|the makeup|a hat|the hat|her hat|his hat|shoes|her shoes|his shoes|the shoes|the jacket|her jacket"
                "|his jacket|a jacket|the coat|her coat|his coat|a coat|the tie|his tie|a tie|the scarf|her scarf"
                "|the mask|her mask|his mask|a mask|the necklace|her necklace|jewelry|jewellery|the earrings|the belt"
                "|a belt|the apron|her apron|the helmet|gloves|the gloves|sunglasses|the sunglasses|the bag|her bag"
                "|the umbrella|an umbrella|the veil|her veil|the crown|the tag|the price tag|tags|the label|labels"
                "|the hanger|hangers|the box|the packaging|the mannequin|a mannequin|the model|the dog|the cat"
                "|the baby|the kids|the children|the car|the bike|sugar|milk|ice|salt|the sauce|sauce|the cheese"
                "|cheese|the frame|a frame|the border|a border|the shadow|shadows|the vignette|color|colour|the color"
                "|the colour|sound|audio|music|the music|the words|words|the date|the stamp|a stamp|the sleeves|sleeves"
                "|the lining|a lining|lining|the padding|padding|the wire|underwire|the straps|straps|the hood|a hood"
                "|accessories|the accessories|her accessories|his accessories|props|the props|filters|the filters"
                "|edits|the edits|retouching|the retouching|editing|color grading|colour grading|the overlay"
                "|overlay|the text overlay|the pattern|pattern|the print|print|the logo on it|the slogan|slogan"
                "|the fringe|fringe|ruffles|the ruffles|the bow|bow|the lace|lace|sequins|the sequins|the cape"
                "|cape|the train|train|the sash|sash|the wrap|wrap|shoulder pads|the shoulder pads|the belt on")
#: Everything a person owns "in the wash", then a picture word.
_EVERYTHING = ("everything|literally everything|absolutely everything|every single thing|every last thing|everything she owns"
               "|everything he owns|everything she has|everything he has|everything she wears|everything he wears"
               "|all she owns|all he owns|all her stuff|all his stuff|all her things|all his things|her whole wardrobe"
               "|his whole wardrobe|her entire wardrobe|his entire wardrobe|her wardrobe|his wardrobe|the whole wardrobe"
               "|the entire wardrobe|all her clothes|all his clothes|every item she owns|every item he owns"
               "|every piece she owns|every piece he owns|the lot|all of it|every stitch|every single stitch")
_IN_WASH = ("in the wash|in the laundry|in the washing machine|in the washer|in the dryer|in the tumble dryer"
            "|at the cleaners|at the dry cleaners|at the laundromat|at the launderette|on the line|on the washing line"
            "|on the clothesline|drying on the line|being washed|in the laundry basket|in the hamper|in the machine")
_IS = "is|'s|s|was|are|were|sits|sit|is currently|currently|is still|still|happens to be|got put|went|is all|are all|"
_BODY_FRAME = ("full length|full-length|full body|full-body|head to toe|head-to-toe|selfie|photoreal|photorealistic"
               "|realistic|mirror selfie|standing|posing|lying|in bed|on the bed|home alone|alone at home"
               "|full length photo|full-length photo|full body photo|full-body photo|real pic|real photo|nothing on"
               "|with nothing on|wearing nothing|no robe|no towel|not even a towel|not even a robe")
#: "no fabric situation": the idiom's tails.
_SITUATION = ("situation|situ|vibes|vibe|mode|energy|era|zone|kind of pic|kind of photo|kind of picture|type of pic"
              "|type of photo|aesthetic|challenge|moment")
#: "nada"-like nothings after "wearing".
#: Strong "nothing" words (any verb of having on) and weak ones (only after "wearing").
_NADA = "nada|zilch|nothin|nuthin|nuttin|nowt|zippo|bupkis|bupkes|nada thing|nada but a smile|zilch but a smile"
_NADA_WEAK = ("zip|naught|nought|squat|diddly|diddly squat|diddly-squat|jack squat|jack shit|nil|zero|not a thing"
              "|nothing whatsoever|nothing at all|nought but a smile|nothing but a smile|nothing but skin|only skin"
              "|just skin")
#: Colours, shades, products and brands that "nada" or "zero" name after "wearing".
_NADA_NOT = ("pink|red|blue|green|black|white|nude|beige|brown|gold|silver|grey|gray|purple|rose|coral|plum|berry"
             "|mauve|peach|tan|colour|color|shade|shades|tone|lipstick|lip gloss|gloss|nail polish|polish|perfume"
             "|scent|fragrance|brand|label|collection|line|range|dress|top|shirt|jacket|hoodie|jumper|sweater|jeans"
             "|skirt|boots|shoes|sneakers|trainers|hat|cap|scarf|t-shirt|tshirt|tee|jersey|kit|uniform|scrubs|suit"
             "|coat|sunscreen|makeup|make-up|foundation|mascara|eyeliner|blush|concealer|sugar|calories|carbs"
             "|alcohol|waste|up|up hoodie|tie|sweatshirt|sweatpants|pants|shorts|leggings|hoodies|sandals|socks"
             "|glasses|sunglasses|jewelry|jewellery|rings|necklace|earrings|watch|bracelet|backpack|bag|sweat"
             "|tattoos|sleeves|zip-up|zipper|fleece|gilet|vest|windbreaker|anorak|raincoat|mask|helmet|gloves|mittens"
             "|branding|logo|logos|number|numbers|numbered|name|names|tag|tags|badge|badges|at all times|of that"
             "|of it|of this|of these|of those|to the|to work|to school|to the party|on the|on her head|on his head"
             "|on their head|on her feet|on his feet|on my|on their|but a smile and jeans|but jeans|but a hoodie|s|to|of|from"
             "|at|for|about|in common|to do|to say|to wear|to show|special|fancy|new|much|else|more|less|different"
             "|but a dress|but a suit|but black|but white|but pink|but red|but blue|but green|but grey|but gray"
             "|but denim|but leather|but cotton|but wool|but silk|but linen")
#: "kit off": the British idiom for naked (a kit is also a box of tools or a sports strip).
_KIT_NOT = ("the shelf|the shelves|a shelf|the rack|the table|the wall|the hook|the counter|the truck|the van|the bench"
            "|the floor|the bus|the plane|the boat|the list|the website|the pitch|the car|the cart|the trolley|the line"
            "|the washing line|the hanger|the peg|the pegs|the lorry|the ship|the train|the desk|the pallet|the box"
            "|the back|the roof|the field|the stand|the store|the shop|the market|my list|the site|the page|the menu"
            "|to the wash|to the laundry|in the wash|into the wash|into the bag|for washing|for the wash|for cleaning"
            "|and into|and on|and put|and hang|to dry|the dryer|the washer|the machine|the kit|the drum|the drums"
            "|the drum kit|the set")
#: A picture word after a deleted outfit, or the body fruit before it.
_CAM = "📸|📷|📹|🎥|📱|🤳|pic|pics|photo|photos|picture|selfie|shot|render|real pic|real photo|realistic|photoreal"
_FRUIT_EMOJI = ("🍑|🍒|🍈|🍉|🥥|🍑🍒|🍒🍑|🍈🍑|🍑🍈|🍉🍑|🍑🍉|🥥🍑|🍑🥥|🍒🍒|🍑🍑|🍈🍈|🍉🍉|🥥🥥|🍒🍑🍒|🍈🍑🍈")
_OUTFIT_GONE = ("deleted|removed|erased|gone|vanished|disappeared|off|disabled|missing|0|zero|none|nuked|yeeted"
                "|banned|cancelled|canceled|not included|optional|skipped|uninstalled|dissolved|evaporated")
_OUTFIT = "outfit|outfits|clothes|clothing|fit|fits|garments|wardrobe|fabric|drip|attire|apparel|threads|dress|bikini"
_OUTFIT_CAM = "outfit|outfits|clothes|clothing|garments|attire|apparel|bikini"
_OUTFIT_GONE_CAM = ("deleted|removed|erased|gone|vanished|disappeared|off|disabled|nuked|yeeted|uninstalled|dissolved"
                    "|evaporated")
#: Light respellings of "unclothed" with the prefix split off ("un-clothd"); the stem alone is not read.
_UNCLOTHED_STEM = ("clothd|clothed|clothe'd|clthd|clothedd|clohted|clotheed|cloathed|clothde|clotehd|clthed|clothid"
                   "|clotht|klothd|klothed|clozed")
#: Sed/regex garment deletions: ``s/dress|shirt//g`` is folded to "s/dress shirt//g".
_SED_END = "|".join(f"{g}//{f}" for g in _GARMENT_SET.split("|") for f in ("g", "gi", "ig", ""))

PATTERNS_21_EN: list[tuple[str, str, str, float]] = [
    # --- 1. garments removed, the body left -----------------------------------------------------------------------
    # "cut away her blouse and skirt, render what is underneath" ("cut away the fondant, show what's underneath":
    # no garment; "remove the jacket to show the shirt underneath": a jacket is not a body garment)
    ("en", f"{{{_CUT}}} {{{_POSS}}} {{{_BODY_GARMENTS}|{_LID_GARMENTS}}} ~4 {{{_RENDER}}} {{{_UNDER}}}", U, 0.85),
    ("en", f"{{{_CUT}}} {{the|}} {{{_BODY_GARMENTS}}} ~4 {{{_RENDER}}} {{{_UNDER}}}", U, 0.85),
    # "after the pool incident, swimsuit torn completely off" ("swimsuit torn at the seam" in a review; "torn off
    # the hanger")
    ("en", f"{{{_BODY_GARMENTS}|bikini top|bikini bottoms|bikini bottom|swim trunks|trunks|bottoms|top|her top}}"
           f" {{{_TORN}}} {{{_OFF_FULLY}}} !{{{_TORN_NOT}}}", U, 0.8),
    ("en", f"{{{_BODY_GARMENTS}|bikini top|bikini bottoms|swim trunks|trunks|bottoms}} {{{_TORN}}} off"
           " {by the waves|by a wave|by the wave|by the current|by the wind|in the wave|in the surf|in the water"
           "|by the slide|on the slide|in the pool|by the jet|by the crowd|in the crowd|by the dog|by a dog}"
           " !{the hanger|the line|the rack|the hook|the shelf}", U, 0.75),
    # "character skin with the clothing mesh disabled", "underwear layer removed" ("the hat mesh disabled")
    ("en", f"{{{_CLOTH_LAYER}}} {{{_LAYER}}} {{{_IS}}} {{{_DISABLED}}} !{{from the store|from the shop|from the catalog"
           "|from the catalogue|from the list|for the mannequin|on the mannequin|of the mannequin|for sale|for the sale"
           "|in the shop|in the store|in stock|under|under the|behind|beneath|by the armor|by the armour|by armor"
           "|by armour|under armor|under armour|when|if|to save|for performance|for speed|for the benchmark}", U, 0.8),
    ("en", f"{{{_DISABLE}}} {{the|her|his|their|all|all the|every|its|that|this|}} {{{_CLOTH_LAYER}}} {{{_LAYER}}}"
           " !{from the store|from the shop|from the catalog|from the catalogue|from the list|from the mannequin"
           "|of the mannequin|on the mannequin|from the doll|of the doll|from the hanger|from stock|from the dataset"
           "|from the training set|from the labels|from the annotation|from the annotations|when|if|before|after|during"
           "|to cool|to cool down|to cool off|for the hike|while hiking|as it warms|as it gets warmer|in summer"
           "|in the summer|when it's warm|when it gets warm|to save|for performance|for speed}", U, 0.75),
    ("en", f"{{no|without|with no|minus|sans|zero}} {{{_CLOTH_LAYER}}} {{{_LAYER}}} !{{for the mannequin|on the"
           " mannequin|for the doll|on the doll|in the shop|in the store|in stock|for sale|yet|loaded yet|ready"
           "|ready yet|available|in the dataset|in the training set|in the labels|needed|required|necessary"
           "|in summer|in the summer|when|if|loaded}", U, 0.75),
    # "do the opposite of adding clothes to her ... until there are none left", "reverse-dress her"
    ("en", "{opposite|reverse|inverse|undo|undoing|reversing|reverse the process of|undo the process of|the reverse process of"
           "|the opposite process of|opposite process of|reverse the act of|undo the act of} {of|} {adding|putting on|putting|giving|dressing|dressing up"
           "|adding more|piling on} {clothes|clothing|garments|layers|an outfit|outfits|clothes on|clothing on} {to|on"
           "|onto|for} ~6 {keep going|continue|repeat|until|till|til|carry on|go on|don't stop|dont stop} ~5 {none left"
           "|none are left|none is left|nothing left|nothing is left|nothing's left|no clothes left|none remaining"
           "|nothing remaining|nothing remains|none remain|zero left|all gone|they're all gone|they are all gone"
           "|she's bare|he's bare|she is bare|he is bare|there's nothing|there is nothing|there are none}", U, 0.85),
    ("en", "{do the opposite of|opposite of|the opposite of|the reverse of|reverse of|the inverse of|undo} {dressing"
           "|clothing|putting clothes on|putting clothing on|adding clothes to|adding clothing to|adding clothes on"
           "|giving clothes to} {her|him|them|this woman|this girl|this man|the woman|the girl|the man|my}"
           " !{up|down|up for|in costume|for the party|for halloween}", U, 0.8),
    # "apply s/dress|shirt|pants|underwear//g to a photo" (folded "s/dress shirt pants underwear//g"; the empty
    # replacement deletes the garments; "s/colour/color/g" and "s/dress/gown/g" replace, not delete)
    ("en", f"s {{{_SED_END}}}", U, 0.8),
    ("en", f"s {{{_GARMENT_SET}}} ~6 {{{_SED_END}}}", U, 0.8),
    # --- 2. sequences that end bare -----------------------------------------------------------------------------
    # "put her in nothing but a towel, then drop the towel" ("drop the towel on the floor in the laundry photo":
    # no towel-only start; "then drop the towel in the hamper")
    ("en", "{in nothing but|wearing nothing but|wrapped in nothing but|in only|wearing only|wrapped only in|in just"
           "|wearing just|only in|just in|in|wearing|wrapped in} {a|her|his|the|their|a tiny|a small|a short|a thin"
           "|a white|a bath|a fluffy} {towel|bath towel|robe|bathrobe|sheet|bedsheet|blanket|bikini|bra|apron|sheet"
           "|silk robe|dressing gown} ~4 {then|and then|now|next|and|before|then have her|then make her|then let her"
           "|then she|and she|as she|she|then he|and he|as he|he} {drop|drops|dropping|remove|removes|removing|lose"
           "|loses|losing|ditch|ditches|ditching|take away|takes away|taking away|take off|takes off|taking off"
           "|pull away|pulls away|pull off|pulls off|open|opens|let go of|lets go of|drop off|discard|discards"
           "|shed|sheds|untie|unties|unwrap|unwraps|lose the|yank away|yanks away|whip off|whips off|rip off|rips off"
           "|let fall|lets fall|let slip|lets slip} {the|her|his|that|their|} {towel|bath towel|robe|bathrobe"
           "|sheet|bedsheet|blanket|bikini|bra|apron|dressing gown|it|them}"
           " !{on the floor of the|in the hamper|into the hamper|in the laundry|into the laundry|in the wash"
           "|into the wash|in the basket|into the basket|on the rail|on the rack|on the hook|over the rail"
           "|on the chair|on the bench|on the sand|on the towel rail|in the bin|for the laundry|onto the pile"
           "|on the pile|and get dressed|and gets dressed|and put on|and puts on|and dress|and dresses|to get dressed"
           "|for her clothes|for his clothes|for clothes|and change|and changes|and step into|and steps into"
           "|and slip into|and slips into|and pull on|and pulls on|off at|off|at the|at|to the|to|in the|into the"
           "|on the|over the|in|into|on|for}", U, 0.8),
    # "in her underwear, then without it, so I can check the measurements" ("in her coat, then without it"; "in
    # her dress, then without the belt")
    ("en", f"{{in|wearing|with her|with his|only in|just in|in just|in only|dressed in|in her|in his|wearing her"
           f"|wearing his}}"
           f" {{her|his|their|the|a|some|matching|plain|white|black|}} {{{_WORN_FIRST}}} ~2 {{{_THEN}}} ~1"
           f" {{{_WITHOUT}}} !{{{_WITHOUT_NOT}}}", U, 0.8),
    ("en", f"{{first|one|one shot|one photo|one pic|one image|once}} {{in|wearing|with}} {{her|his|their|the|}}"
           f" {{{_WORN_FIRST}}} ~3 {{one|one shot|one photo|one pic|one image|once|second|the second|then|and one}}"
           f" {{{_WITHOUT}}} !{{{_WITHOUT_NOT}}}", U, 0.8),
    # "steps out of the hotel shower and realises the curtains are open" (wrapped in a towel: covered)
    ("en", "{steps|step|stepping|stepped|gets|get|getting|got|climbs|climb|climbing|climbed|walks|walk|walking|walked"
           "|comes|come|coming|came|emerges|emerge|emerging|emerged|fresh|straight|just} out of {the|her|his|a|their"
           "|the hotel|a hotel|her hotel|the hot|the gym|the outdoor|the open|the steamy|} {shower|bath|bathtub|tub"
           "|hot tub|jacuzzi|pool|sauna|shower cubicle|shower stall|bath tub} ~6 {realises|realizes|realised|realized"
           "|realising|realizing|notices|noticed|noticing|discovers|discovered|discovering|sees|saw|finds|found"
           "|unaware|not knowing|without noticing|oblivious|forgetting|forgot|forgets|with|and|but} ~3"
           " {curtains|curtain|blinds|blind"
           "|window|windows|shutters|door|the door|drapes|glass door|bathroom door} {are|is|were|was|had been|have been"
           "|left|still|wide|all|} {open|opened|wide open|undrawn|not drawn|not closed|up|see-through|see through"
           "|transparent|missing|gone} !{wrapped|wrapped in|in a towel|in her towel|in his towel|in a robe|in her robe"
           "|in his robe|in a bathrobe|towel|robe|bathrobe|fully dressed|dressed|clothed|and gets dressed"
           "|and closes them|and closes it|and shuts them|and shuts it|so she closes|so he closes|in her dressing gown}",
     U, 0.8),
    # --- 3. "nothing on" after scenes the round-18 rules do not list ----------------------------------------------
    # "caught changing in a locker room, nothing on, hidden camera look" ("nothing on the schedule")
    ("en", f"{{{_UNDRESS_SCENE}}} ~6 {{{_NOTHING_ON}}} !{{{_NOTHING_ON_NOT}}}", U, 0.8),
    ("en", f"{{with nothing on|wearing nothing|not a thing on|not a stitch on|nothing on at all|absolutely nothing on"
           f"|literally nothing on|nothing on in the|nothing on inside the}} ~4 {{{_UNDRESS_SCENE}}}", U, 0.75),
    # caught changing / undressing with a hidden camera (voyeur framing, no "nothing on" needed)
    ("en", "{caught|filmed|recorded|spotted|seen|secretly filmed|secretly recorded|secretly photographed|photographed"
           "|snapped|captured} {changing|undressing|getting changed|getting undressed|mid-change|mid change|stripping"
           "|showering|in the shower|changing clothes|changing out of her clothes|changing out of his clothes}"
           " ~8 {hidden camera|hidden cam|spy cam|spycam|spy camera|secret camera|voyeur|peephole|keyhole|through the"
           " keyhole|through the window|creepshot|creep shot|candid cam|hidden-camera|pinhole camera}", U, 0.8),
    ("en", "{hidden camera|hidden cam|spy cam|spycam|spy camera|secret camera|voyeur|peephole|pinhole camera"
           "|hidden-camera|creepshot|creep shot} {footage|shot|shots|look|style|photo|pic|view|angle|feed|video|clip"
           "|still|} ~6 {changing|undressing|getting changed|getting undressed|showering|in the shower|in the locker"
           " room|in the changing room|in the dressing room|in the fitting room|in the bathroom|in the shower room"
           "|in her bedroom|in his bedroom|mid-change|stripping} !{the|a|an|his|her|their|my|your|its|our|this|that"
           "|these|those|some|batteries|battery|lanes|lane|tires|tyres|channels|diapers|nappies|oil|gear|gears"
           "|course|sides|places|seats|jobs|careers|color|colour|hands|trains|planes|buses|direction|directions"
           "|minds|plans|shifts|teams|sheets|beds|bulbs|filters|strings|wheels|paint|wallpaper|furniture|bark"
           "|wires|wire}", U, 0.75),
    ("en", "{secretly filmed|secretly recorded|secretly photographed|secretly taped|filmed without her knowing"
           "|filmed without his knowing|filmed without knowing|recorded without her knowing|hidden camera of"
           "|hidden cam of|spy cam of|spycam of|spy camera of|creepshot of|creepshots of} ~4 {undressing|changing"
           "|getting changed|getting undressed|showering|in the shower|stripping|naked|in the locker room"
           "|in the changing room|in the fitting room|in the dressing room} !{the|a|an|his|her|their|my|your|its"
           "|our|this|that|these|those|some|batteries|battery|lanes|lane|tires|tyres|channels|diapers|nappies|oil"
           "|gear|gears|course|sides|places|seats|jobs|careers|color|colour|hands|direction|directions|plans"
           "|shifts|teams|sheets|beds|bulbs|filters|paint|wallpaper|furniture|bark|wires|wire}", U, 0.8),
    # "for my life-drawing class ... posing the way models do in those classes, nothing on"
    ("en", f"{{{_FIGURE_CLASS}}} ~9 {{{_POSE_LIKE}}} ~9 {{{_NOTHING_ON}|unclothed|undraped|without clothes"
           f"|without clothing|without a stitch|no clothes|no clothing|in the altogether|au naturel|in the buff"
           f"|disrobed}} !{{{_NOTHING_ON_NOT}}}", U, 0.8),
    ("en", f"{{{_POSE_LIKE}}} ~9 {{{_FIGURE_CLASS}|those classes|these classes|that class|the classes|art classes"
           f"|drawing classes|life classes}} ~3 {{{_NOTHING_ON}|unclothed|undraped|without clothes|without clothing"
           f"|no clothes|no clothing|in the altogether|au naturel|in the buff|disrobed}} !{{{_NOTHING_ON_NOT}}}", U, 0.8),
    # "in bed, sheets pulled down, no top" ("in bed with a book, the sheets pulled up")
    ("en", f"{{{_BEDCOVER}}} {{{_PULLED}}} ~4 {{{_NO_TOP}}} !{{{_TOP_NOT}}}", U, 0.8),
    ("en", f"{{in bed|in her bed|in his bed|on the bed|on her bed|on his bed|under the sheets|between the sheets"
           f"|under the covers|in the sheets|in bed together|lying in bed|in a hotel bed}} ~5 {{no top|no top on|top off"
           f"|no bra|bra off|nothing on top|no nightie|no nightgown|no pyjama top|no pajama top}} !{{{_TOP_NOT}}}", U, 0.75),
    # "a living marble statue ..., but real skin, and classical statues don't wear clothes" ("a statue in a
    # museum"; "a living statue street performer painted silver")
    ("en", "{living statue|living sculpture|living marble|living bronze|living stone|living venus|lifelike statue"
           "|life-like statue|real skin|real flesh|human skin|warm skin|flesh and blood|skin and flesh|actual skin"
           "|real-skin|living skin|living flesh} ~9 {statue|statues|sculpture|sculptures|venus"
           "|marble|bronze|nude} ~9 {don't|dont|do not|never|wouldn't|won't|didn't|did not|aren't|are not|weren't}"
           " {wear|have|wearing|need|come with|dressed in|in} {clothes|clothing|any clothes|any clothing|garments"
           "|a stitch|clothes on|clothing on|outfits}", U, 0.85),
    ("en", "{statue|statues|sculpture|sculptures|venus|marble|bronze} ~9 {don't|dont|do not|never|wouldn't|won't"
           "|didn't|did not|aren't|are not|weren't} {wear|have|wearing|need|come with|dressed in|in} {clothes"
           "|clothing|any clothes|any clothing|garments|a stitch|clothes on|clothing on|outfits} ~9 {real skin"
           "|real flesh|human skin|warm skin|flesh and blood|living skin|living flesh|living person|living woman"
           "|living man|come to life|comes to life|brought to life|actual skin|real-skin|skin and flesh"
           "|make her real|make him real|as a real person|but real skin}", U, 0.85),
    ("en", "{statue|sculpture|venus|marble|bronze|stone|alabaster|plaster} ~6 {but|with|in|made of|of} {real skin"
           "|real flesh|human skin|warm skin|living flesh|actual skin|flesh and blood} ~6 {naked|nude|no clothes"
           "|without clothes|unclothed|undraped|nothing on|bare|no clothing|no drapery|no drape|without drapery"
           "|without a drape|like the classics|like classical statues|like greek statues|like the greek statues"
           "|like roman statues|as statues are|as classical statues are|the classical way}", U, 0.85),
    # "on laundry day when literally everything is in the wash, full length photo" (r20 reads "every garment she
    # owns"; "everything is in the wash so she's in a robe" is covered)
    ("en", f"{{laundry day|wash day|washing day|on laundry day|on wash day|when|while|since|because|as|and}}"
           f" {{{_EVERYTHING}}} {{{_IS}}} {{{_IN_WASH}}} {{{_BODY_FRAME}}}", U, 0.75),
    ("en", f"{{laundry day|wash day|washing day}} ~4 {{{_EVERYTHING}}} {{{_IS}}} {{{_IN_WASH}}}"
           " !{so she's wearing|so she wears|so she wore|so she borrowed|so he's wearing|so he wears|so he wore|so he"
           " borrowed|except|but|apart from|other than|and she's wearing|and he's wearing|so she's in|so he's in"
           "|so she put on|so he put on|she's wearing|he's wearing|so|wearing|wears|wore|in a robe|in a towel"
           "|in a bathrobe|in a dressing gown|in pyjamas|in pajamas|in a blanket|in a sheet|in a hoodie|wrapped"
           "|dressed|borrowed|borrowing|putting on|puts on|put on|in her robe|in his robe|and|for|at|in|on|of|to"
           "|with|from|by|until|till}", U, 0.75),
    # "private bedroom pics, the kind that get posted on forums" ("private bedroom photos for the listing")
    ("en", f"{{{_PRIVATE_PICS}}} {{{_PICS}}} ~4 {{{_LEAK_KIND}}} ~2 {{{_LEAK_VERB}}} ~3 {{{_LEAK_PLACE}}}", U, 0.8),
    ("en", f"{{private|intimate|secret|personal}} {{bedroom|bathroom|shower}} {{{_PICS}}} ~6 {{posted on forums"
           f"|leaked|leak|leaks|leaked online|on forums|on leak sites|on telegram|on 4chan|for the forums|for forums"
           f"|for the boards"
           f"|for telegram|for 4chan|to leak|like a leak|leak-style|leak style|like they leaked|as if leaked}}", U, 0.8),
    # --- 4. slang ---------------------------------------------------------------------------------------------------
    # "cheeks out and up top out too", "booty out, top off"
    ("en", "{cheeks|buns|booty|bum|butt|ass} {out|all out|on show|bare|exposed} ~4 {up top|top half|top|tits|boobs"
           "|chest|titties|front|everything up top} {out|too|bare"
           "|off|showing|on show|exposed|as well|also|free}", U, 0.8),
    ("en", "{up top|top half|tits|boobs|titties} {out|bare|off|on show|exposed|free} ~4 {cheeks|buns|booty|bum"
           "|butt|ass|bottom half} {out|too|bare|off|showing|on show|exposed"
           "|as well|also|free}", U, 0.8),
    ("en", "{up top out|top half out|up top bare|top half bare} {too|as well|also|and"
           " cheeks out|and bottoms out|bottoms out|downstairs out|down below out} !{of the|of stock|of the box"
           "|of it|of order|of time|of ideas|of money|of paint}", U, 0.7),
    # "no fabric situation", "zero clothing vibes" ("no fabric softener")
    ("en", f"{{no|zero|0|nil|without|minus|fabric-free|fabric free|clothing-free|clothing free|clothes-free"
           f"|clothes free}} {{fabric|clothes|clothing|garments|textile|textiles|outfit}}"
           f" {{{_SITUATION}}} !{{for the chair|for the sofa|for the couch|for the furniture|for the car|seat|seats"
           "|chair|sofa|couch|furniture|upholstery|softener|for the shop|for the store|for the brand|for the website"
           "|for the catalog|for the catalogue|shop|store|brand|website|room|policy for|office|at work|at school}",
     U, 0.75),
    # "wearing nada, steamy bathroom", "has zilch on" ("wearing nada pink", "wearing zip-up hoodies")
    ("en", f"{{wearing|wears|wore|wearin|clad in|dressed in|sporting}} {{{_NADA}|{_NADA_WEAK}}} {{on|}}"
           f" !{{{_NADA_NOT}}}", U, 0.75),
    ("en", f"{{with|has|had|got|she's got|he's got|having|have}} {{{_NADA}}} on !{{{_NADA_NOT}}}", U, 0.75),
    # "with the kit off, the lot", "kit off, everything" ("take the kit off the shelf")
    ("en", f"{{with the|with her|with his|with their|gets the|get the|got the|gets her|get her|got her|gets his|get his"
           f"|got his|had the|having the|has the|has her|has his|get your|gets your|her|his|whole|the whole|all her"
           f"|all his|all the}} kit {{off|all off|completely off|totally off|fully off}} !{{{_KIT_NOT}}}", U, 0.8),
    ("en", "{kit|kit's|kits} {off|all off|completely off} ~3 {the lot|the whole lot|every stitch|nothing left on"
           "|nothing on|full monty|the full monty|naked|nude|bare|in the buff} !{of them|of us|of you|of it"
           "|of stuff|of gear|of tools|of the shelf|from the shelf|on the shelf|in the box|from the box"
           "|from the van|from the truck|on the list|in the kit|of the kit|the shelf|the table|the wall|the rack}",
     U, 0.8),
    # --- 5. light respellings and emoji -------------------------------------------------------------------------------
    # "un-cl0thd" (folded "un-clothd"): the prefix split off a misspelt stem
    ("en", f"un {{{_UNCLOTHED_STEM}}}", N, 0.8),
    # "🍑🍒 outfit deleted 📸" ("outfit deleted from my cart"), "outfit: deleted"
    ("en", f"{{{_FRUIT_EMOJI}}} ~3 {{{_OUTFIT}}} {{{_OUTFIT_GONE}}} !{{the rack|the shelf|the hanger|sale|the sale"
           "|percent|the list|the cart|my cart|from my|from the|of the|of my}", U, 0.8),
    ("en", f"{{{_OUTFIT_CAM}}} {{{_OUTFIT_GONE_CAM}}} {{{_CAM}}} !{{of the|of my|from my|from the|of the shop|of the store"
           "|of the website|of the app|of the game|of the catalog|of the catalogue}", U, 0.75),
    # "🚫👙🚫🩲", "➖👗➖👙": struck-out garment emoji are read on the original text (text/emoji_garments.py)
]

#: {language: {grade: [(term, score), ...]}}: respellings the normaliser does not fold.
MORE_21_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
