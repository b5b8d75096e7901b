"""Round 19 (issue 10): English disguises of nakedness, sex acts and undressing edits, and light respellings;
imported by build_sexual_lexicon.py.

Why: the retired held-out set v18 (read as a development set in round 19) asked for sexual imagery of a
named or private person in English idioms the lexicon lacked: a sex act said coyly ("giving oral"), a pose
with the body shown ("spread eagle ... fully exposed"), the clothes all dropped ("drop every garment",
"bare from head to toe", "posing without her frock", "strippin outta everything"), a riddle for nakedness
("wearing what Eve wore before the apple", "wearing less. less. zero."), the kind of picture named instead
of its content ("the naughty kind of pic", "the spicy kind of content"), a scene that only implies it (the
clothes on the floor with the sheets, a swimsuit floating away) and glued or g-dropped slang ("xrated",
"fingerin"). The classes are written from the idioms (2026-12-06), not copied from v18, and reach past its
phrasings: other verbs, garments, covers and word orders.

Grading: as in sexual_lexicon_r18_en.py (an idiom that means nothing but nakedness or a sex act is
``euphemism`` 0.75-0.85 or ``explicit``; one with an everyday sense needs a body, a bed or a pose in the
rule, or a "not followed by" slot of the everyday tails). The everyday senses kept clean are tests
(tests/signals/test_sexual_en_round19.py): spread eagle on skis or a trampoline, an oral exam or oral
surgery, "take off the watermark", a hot tub advert, the moons of Jupiter.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: What "spread eagle" must come with to be a sexual pose: the body shown, a desk or table, the camera.
_SPREAD_SHOWN = ("fully exposed|completely exposed|totally exposed|exposed|naked|nude|bare|nothing on|with nothing on"
                 "|no clothes|undressed|unclothed|for the camera|facing the camera|on a desk|on the desk|on her desk"
                 "|on his desk|on my desk|on a table|on the table|on the kitchen table|on the office desk|legs wide"
                 "|legs open|legs apart|pov|everything showing|everything visible|all on display|on display")
#: Nouns after "oral" in its everyday senses: school, medicine, dentistry, law, speech.
_ORAL_NOT = ("exam|exams|examination|examinations|presentation|presentations|history|histories|report|reports"
             "|surgery|surgeon|surgeons|hygiene|care|health|medication|medications|medicine|medicines|meds|dose"
             "|doses|drops|vaccine|vaccines|antibiotic|antibiotics|argument|arguments|testimony|evidence|tradition"
             "|traditions|test|tests|testing|defense|defence|feedback|instruction|instructions|account|accounts"
             "|statement|statements|submission|submissions|answer|answers|response|responses|update|updates"
             "|briefing|briefings|quiz|quizzes|assessment|assessments|interview|interviews|rehydration|contraceptive"
             "|contraceptives|pill|pills|steroid|steroids|treatment|treatments|therapy|storytelling|story|stories"
             "|reading|readings|recitation|recitations|lesson|lessons|part|section|component|portion|vote|motion"
             "|hearing|hearings|comments|remarks|consent|agreement|warning|warnings|reprimand|notice|proposal|pitch"
             "|language|skills|practice|practise|exercise|exercises|fluency|english|french|spanish|german|cancer"
             "|thermometer|temperature|syringe|suspension|solution|spray|gel|rinse|glucose|tolerance|ulcer|ulcers"
             "|microbiome|bacteria|cavity|piercing|fixation|stage|phase|exam prep|review|reviews|examiner|examiners"
             "|board|boards|form|forms|exam's|sedation|anesthesia|anaesthesia|exam today|poetry|performance|defense of"
             "|communication|cue|cues|tradition of|sources|source|narrative|narratives|heritage|culture|reply|replies"
             "|evidence to|explanation|explanations|summary|summaries|recap|pitch to|intake|route|dosage|dosages|b|chemo|chemotherapy|vitamins|vitamin|supplement"
             "|supplements|iron|tablets|tablet|capsule|capsules|drug|drugs|fluids|fluid|feeding")
#: Verbs of dropping or shedding a garment.
_SHED = ("drop|drops|dropped|dropping|shed|sheds|shedding|lose|loses|losing|lost|ditch|ditches|ditching|ditched"
         "|remove|removes|removing|removed|strip|strips|stripping|stripped|strip off|strips off|take off|takes off"
         "|taking off|took off|peel off|peels off|peeling off|peeled off|shrug off|shrugs off|slip off|slips off"
         "|slipping off|slipped off|discard|discards|discarding|discarded|toss|tosses|tossing|tossed|shed off"
         "|cast off|casts off|casting off|throw off|throws off|threw off|pull off|pulls off|pulled off")
#: Every garment, every stitch: the whole of what someone wears.
_EVERY_GARMENT = ("every|each|every last|every single|all|all her|all his|all their|all of her|all of his|each and every"
                  "|her every|every one of her|every one of his")
_GARMENT_UNIT = ("garment|garments|stitch|stitches|piece of clothing|pieces of clothing|item of clothing"
                 "|items of clothing|article of clothing|articles of clothing|scrap of clothing|scraps of clothing"
                 "|thread|threads|bit of clothing|bits of clothing|last garment|piece she has on|piece he has on"
                 "|thing she has on|thing he has on|thing she's wearing|thing he's wearing|item she's wearing")
#: Where garments are taken from when they are stock or laundry, not worn.
_GARMENT_PLACE_NOT = ("from the rack|from the rail|from the racks|from the closet|from the wardrobe|from the shelf"
                      "|from the shelves|from the hanger|from the hangers|from the store|from the shop|from the display"
                      "|from the window|from the mannequin|from the mannequins|from the washing machine|from the washer"
                      "|from the dryer|from the line|from the clothesline|from the suitcase|from the bag|from the box"
                      "|from the floor|from the chair|from the bed|from the photo of the store|off the rack|off the line"
                      "|off the hanger|off the hangers|off the mannequin|off the mannequins|in the laundry|to the laundry"
                      "|into the laundry|into the wash|in the wash|to the wash|on the rack|on sale|at the store"
                      "|at the cleaners|at the dry cleaners|to the cleaners|to the dry cleaners|off at the cleaners"
                      "|off at the dry cleaners|into the suitcase|into the donation|to charity|for charity|for donation"
                      "|in the donation|from inventory|from the inventory|from the catalog|from the catalogue|from stock"
                      "|of the mannequin|of the mannequins|from the listing|from the list"
                      # stitches and threads of a wound or of needlework (lead, round 19)
                      "|from the wound|from his wound|from her wound|from the cut|from the incision|from the scar"
                      "|from the seam|from the hem|from the fabric|from the quilt|from the knitting|from the sweater"
                      "|from the embroidery|from the pattern|from the canvas|from the sleeve|from the collar"
                      "|from his knee|from her knee|from his arm|from her arm|from his leg|from her leg|from his hand"
                      "|from her hand|from his head|from her head|from his face|from her face|from the patient"
                      "|out of the wound|out of the seam|out of the fabric|in the seam|of the seam|of the quilt")
#: Garments worn and shed in a "without her ..." pose (not "kit", "costume": a team's or a play's).
_WORN = ("frock|frocks|gown|dress|sundress|clothes|clothing|garments|outfit|togs|duds|garb|attire|threads|swimsuit"
         "|bathing suit|bikini|underwear|undies|knickers|panties|bra|skirt|nightie|nightgown|negligee|lingerie"
         "|jumpsuit|romper|leotard|camisole|chemise|slip|kimono|sari|saree|robe|bathrobe|towel")
#: A pose or a place for a body: what makes "without her frock" a picture of someone.
_POSING = ("posing|poses|posed|pose|standing|stands|lying|lies|laying|sitting|sits|lounging|lounges|reclining"
           "|kneeling|photographed|pictured|modeling|modelling|models|sprawled|stretched out|sunbathing|dancing"
           "|dances|waiting|stepping out|in bed|on the bed|on a bed")
#: Being without every stitch: bare, from head to toe.
_BARE = "bare|naked|nude|exposed|uncovered|unclothed|undressed|nothing on|all skin|skin only|in the buff|stark"
_HEAD_TO_TOE = ("from head to toe|head to toe|head-to-toe|from head to foot|head to foot|from tip to toe|tip to toe"
                "|from neck to toe|from the neck down|neck down|from head to heel|top to toe|from top to toe"
                "|from crown to toe|from chin to toe")
#: Kinds of picture a person asks for when they will not name the content.
_PIC = ("pic|pics|picture|pictures|photo|photos|photograph|photographs|image|images|shot|shots|selfie|selfies"
        "|content|material|shoot|photoshoot|photo shoot|set|sets|video|videos|clip|clips|render|renders|edit|edits"
        "|snap|snaps|portrait|portraits|pose|poses|snapshot|snapshots|stuff|vids|vid|nudes|photoset|footage")
#: Covers of a body in bed or a bath: with "nothing else", they are all it wears.
_ONLY_COVER = ("sheets|a sheet|the sheet|the sheets|bedsheets|bedsheet|bed sheets|silk sheets|satin sheets|white sheets"
               "|a towel|towel|the towel|a bath towel|bubbles|foam|suds|soap suds|a blanket|blanket|the blanket|duvet"
               "|the duvet|a duvet|pillows|a pillow|body paint|whipped cream|a smile|her smile|his smile|only a smile"
               "|just a smile|a bow|a ribbon|high heels|heels|her heels|stockings|a necklace|her necklace")
_NOTHING_ELSE = ("nothing else|and nothing else|nothing more|and nothing more|and that's it|that's it|and that's all"
                 "|that's all|nothing underneath|nothing under it|nothing else on|nothing else on her"
                 "|nothing else on him")
_NOTHING_ELSE_NOT = ("in the frame|in frame|in the shot|in shot|in the room|in the picture|in the image|in the photo"
                     "|on the bed|on the walls|on the wall|in the background|in background|around|to do|to see"
                     "|matters|needed|required|is needed|on the table|on the shelf|in the scene|in scene|visible"
                     "|in view|for sale|to buy|included|in the box|in the set|in stock")
#: Swimwear in the water, and what it does when it leaves the swimmer.
_SWIMWEAR = ("swimsuit|her swimsuit|his swimsuit|bikini|her bikini|bikini top|her bikini top|bikini bottoms"
             "|her bikini bottoms|bikini bottom|swim trunks|his swim trunks|his trunks|bathing suit|her bathing suit"
             "|his bathing suit|swimwear|her swimwear|her one-piece|one-piece swimsuit|her top|her bottoms|his shorts"
             "|her swim top|swim top")
_FLOATS_OFF = ("floating away|floated away|floats away|drifting away|drifted away|drifts away|floating off|floated off"
               "|floats off|drifting off|drifted off|drifts off|washed away|washing away|washes away|swept away"
               "|taken by the waves|carried away|carried off|floating on the water|floating in the water"
               "|floating on the surface|floating next to her|floating beside her|floating next to him"
               "|on the edge of the tub|on the side of the tub|on the edge of the pool|hung on the edge|left on the edge"
               "|tossed on the deck|thrown on the deck|tossed out of the tub|thrown out of the tub|off somewhere"
               "|lost in the water|lost in the waves|gone in the water|gone in the waves|sinking to the bottom")
#: Garments that lie with the bedding after it: the clothes have gone the same way.
_FLOOR = ("on the floor|on the ground|kicked off|off the bed|tossed aside|thrown aside|pooled on the floor"
          "|all over the floor|scattered on the floor|strewn on the floor|in a heap|in a pile|on the carpet"
          "|on the rug|kicked to the floor|on the floorboards")
_HER_CLOTHES = ("her clothes|his clothes|their clothes|her clothing|his clothing|her dress|her underwear"
                "|his underwear|her lingerie|her bra|her panties|her knickers|her outfit|his outfit|her garments"
                "|his garments|her jeans|his jeans|her skirt|her nightgown|her nightie|her robe|his boxers"
                "|her things|his things|everything she had on|everything he had on|everything she was wearing"
                "|everything he was wearing")
_WAITING = ("on the bed waiting|in bed waiting|waiting on the bed|waiting in bed|waiting for me|waiting for you"
            "|waiting for him|waiting for her|under the sheets|between the sheets|beneath the sheets|under the covers"
            "|under the duvet|under the blanket|tangled in the sheets|wrapped in the sheets|in the sheets"
            "|on the bed for me|in bed for me")

PATTERNS_19_EN: list[tuple[str, str, str, float]] = [
    # --- 1. sex acts and poses said plainly but coyly ---------------------------------------------------------
    # "spread eagle on a desk, fully exposed" ("a spread-eagle jump on skis", "spread eagle on the trampoline")
    ("en", f"{{spread eagle|spread-eagle|spread eagled|spread-eagled|spreadeagle|spreadeagled|spread eagling"
           f"|spread-eagling}} ~4 {{{_SPREAD_SHOWN}}} !{{to|to the|to the wind|to the sun|to the elements|to the cold"
           "|to the weather|to the rain|to the snow|to risk|to danger|to attack|to fire|to the enemy}", U, 0.8),
    ("en", "{fully exposed|completely exposed|totally exposed|everything showing|everything visible|on a desk|on the desk"
           "|on her desk|on his desk|on the table|on a table|on the kitchen table|legs wide open} ~3 {spread eagle"
           "|spread-eagle|spread eagled|spread-eagled|spreadeagle|spreadeagled} !{jump|jumps|jumping|position on skis"
           "|on skis|in the snow|in the air|off the diving board|into the pool|into the water|on the trampoline}", U, 0.8),
    # "giving oral", "does oral on him" ("an oral exam", "oral surgery", "giving oral feedback")
    ("en", f"{{giving|gives|gave|give|given|performing|performs|performed|perform|doing|does|did|do|done|receiving"
           f"|receives|received|receive|getting|gets|got|get}} oral !{{{_ORAL_NOT}}}", E, 0.85),
    ("en", "{oral} {on him|on her|on them|on a guy|on a man|on a woman|on the guy|on the man|on my|on his|on her man"
           "|for him|for her|pov|from below|on her knees|on his knees|kneeling}"
           " !{exam|exams|examination|test|tests|presentation|report|history|surgery|medication|hygiene|care|health"
           "|argument|arguments|feedback|assessment|interview|quiz}", E, 0.85),
    # g-dropped and glued slang of acts: "fingerin herself", "humpin", "suckin him off", "xrated"
    ("en", "{fingerin|fingering|fingers|touchin|rubbin|pleasurin|pleasin|strokin|jerkin|wankin|playin with|humpin"
           "|diddlin} {herself|himself|themselves|her pussy|her clit|his cock|his dick|off|one out}", E, 0.85),
    ("en", "{suckin|lickin|blowin|slurpin} {him off|his cock|his dick|cock|dick|a cock|a dick|her pussy|her clit"
           "|pussy|clit|his balls|balls}", E, 0.9),
    ("en", "{gettin|gets|getting} {fucked|railed|banged|pounded|laid|plowed|ploughed|nailed|drilled} ~2 {hard|doggy"
           "|doggystyle|from behind|on the bed|in bed|pov|raw}", E, 0.9),
    # --- 2. every garment dropped, shed, gone ------------------------------------------------------------------
    # "take every last stitch off her", "strip each thread off my flatmate" (lead, round 19: the decoders of
    # round 19 read v18's coded payloads to this idiom, which plain English did not flag). Not a wound's or a
    # garment's stitches: "take every stitch off the quilt / off his knee".
    ("en", "{take|takes|taking|took|get|gets|getting|got|strip|strips|stripping|stripped|pull|pulls|pulling|pulled"
           "|peel|peels|peeling|peeled|rip|rips|ripping|ripped|tear|tears|tearing|tore} {every|each|every last"
           "|every single|each and every|the last} {stitch|thread|scrap|shred|garment|piece of clothing"
           "|item of clothing|article of clothing|bit of clothing|scrap of clothing} {off|from} {her|him|them"
           "|herself|himself|my|our|his|their|the|this|that|your} !{wound|wounds|cut|cuts|incision|seam|seams|hem"
           "|quilt|quilts|blanket|fabric|knitting|sweater|jumper|scarf|sock|socks|pattern|embroidery|doll|dolls"
           "|teddy|bear|toy|toys|cushion|pillow|jacket|coat|shirt|dress|skirt|garment|patient|patient's|knee|knees"
           "|arm|arms|leg|legs|face|hand|hands|finger|head|chin|lip|lips|scar|canvas|sleeve|collar|mannequin"
           "|mannequins|rack|hanger|costume|sail|tent|upholstery|sofa|couch|chair|baseball|ball|glove|shoe|shoes"
           "|bag|purse|tapestry|rug|carpet|curtain|curtains|flag|banner|uniform}", U, 0.8),
    # "drop every garment", "shed each stitch", "lose all her threads" ("remove all garments from the rack")
    ("en", f"{{{_SHED}}} {{{_EVERY_GARMENT}}} {{{_GARMENT_UNIT}}} !{{{_GARMENT_PLACE_NOT}}}", U, 0.8),
    # "bare from head to toe", "nothing on from the neck down" ("tattooed from head to toe" is no nakedness)
    ("en", f"{{{_BARE}}} {{{_HEAD_TO_TOE}}} !{{in mud|in paint|in tattoos|in glitter|in sand|in snow|in flour"
           "|in ink|in body paint|with paint|with mud|to the elements|to the sun|to the cold}", U, 0.8),
    # "posing without her frock", "lying on the bed minus her nightie"
    ("en", f"{{{_POSING}}} ~3 {{without|with no|minus|sans|out of|stripped of|free of|having shed|having dropped"
           f"|having lost}} {{her|his|their|a|any|a single|one|the}} {{{_WORN}}} !{{code|policy|rules|rule|requirement"
           "|requirements|budget|fitting|shopping|change|hanger|tag|tags|label|labels|on|for the|for a|for her party"
           "|for the party|for the wedding|at the party|to the party}", U, 0.8),
    # "strippin outta everything", "slipping out of all her clothes" ("stripping out the kitchen", "getting
    # out of everything she signed up for")
    ("en", "{strippin|stripping|strips|stripped|strip|slippin|slipping|slips|slipped|wriggling|wriggles|wriggled"
           "|shimmying|shimmies|shimmied|peeling|peels|peeled} {outta|out of|outa|out've|out o} {everything|it all"
           "|all of it|every stitch|every last thing|every last stitch|every garment|the lot|all she's wearing"
           "|all he's wearing|all she has on|all he has on|everything she has on|everything he has on|everything she's"
           " wearing|everything he's wearing} !{in the|from the|at the|in this|of the|from|in her kitchen"
           "|in his kitchen|in the house|in the room|on the list|on the menu|on the plan}", U, 0.8),
    ("en", "{strippin|stripping|strips|stripped|slippin|slipping|slips|slipped|gettin|getting|gets|got|wriggling"
           "|wriggles|shimmying|shimmies|peeling|peels} {outta|out of|outa|out o} {all her clothes|all his clothes"
           "|her clothes|his clothes|her clothing|his clothing|her dress|her underwear|his underwear|her lingerie"
           "|her panties|her knickers|his boxers|her bra|her bikini|her swimsuit|her nightie|her nightgown"
           "|every piece of clothing|all her garments|all his garments|her last garment|her undies|his undies}"
           " !{in the laundry|for the laundry|for the wash|and into pajamas|and into pyjamas|and into her pajamas"
           "|and into her pyjamas|and into a|and into her|and into his|and into the|into a|into her|into his"
           "|and puts on|and put on|and putting on|to put on|to change|and changes|and changing|for a shower and into}",
     U, 0.8),
    # --- 3. riddles and idioms of nakedness ---------------------------------------------------------------------
    # "wearing what Eve wore before the apple", "dressed in as much as Adam did" ("Adam and Eve in Eden", a painting)
    ("en", "{wearing|wears|wore|wear|in|dressed in|dressed like|dressed as much as|clad like|clad in|clothed like"
           "|clothed in|has on|had on|with on} {what|just what|only what|exactly what|the same as|as much as|no more than"
           "|what little|as little as|the same thing} {eve|adam|lady godiva|godiva|venus|eve did|adam did} {wore|wear"
           "|wears|had on|was wearing|were wearing|did|in the garden|in eden|before the apple|before the fall"
           "|before the serpent|in paradise|on her horse|on the horse|at birth|in the painting}", U, 0.8),
    ("en", "{dressed like|dressed as|clothed like|clad like|styled like|like} {eve|adam|eve herself|adam himself}"
           " {before the apple|before the fall|before the serpent|pre-apple|before eating the apple|before the bite"
           "|before she ate the apple|before the first bite|before the forbidden fruit}", U, 0.8),
    ("en", "{wearing|in|dressed in|clad in|clothed in|has on} {what|only what|just what|nothing but what|nothing except"
           "|nothing other than what|exactly what} {she|he|they|god|nature|mother nature} {was born in|were born in"
           "|gave her|gave him|gave them|came into the world in|came into this world in|arrived in|arrived with"
           "|was born with|were born with}", U, 0.8),
    # "wearing less. less. even less. zero." ("wearing less makeup, nothing fancy")
    ("en", "{wearing|wears|wore|wear|with|in} less {less|and less|even less|then less|then even less|still less}"
           " ~3 {zero|none|nothing|nothing at all|no clothes|bare} !{fancy|special|else|too|much|more|heavy|bold"
           "|but|like|to|on|of|makeup|make-up|jewelry|jewellery|gold|bright}", U, 0.8),
    ("en", "{wearing|wears|wore|wear} less {less|and less|even less|then less|then even less} {less|even less"
           "|and less|then less|still less|then even less|and even less}", U, 0.75),
    ("en", "{wearing|wears|wore|wear|dressed in} {less|even less|less and less} ~3 {until zero|till zero|down to zero"
           "|until nothing|till nothing|down to nothing|to zero|then nothing|then zero|then none|until none"
           "|until there's nothing|till there's nothing|until she's wearing nothing|until he's wearing nothing}", U, 0.8),
    # "showing the moons, top off too" ("a telescope photo showing the moons of Jupiter")
    ("en", "{showing|shows|show|flashing|flashes|flash|baring|bares|bare|exposing|exposes|mooning} {the moons"
           "|her moons|his moons|both moons|twin moons|the twin moons|those moons|two moons|a pair of moons}"
           " !{of|io|titan|europa|ganymede|callisto|phobos|deimos|orbiting|orbit|around|in orbit|and planets"
           "|and the planets|and stars|and the stars|through|in|on|at|over|above|rising|from|during|circling"
           "|and rings|and the rings|of saturn|of jupiter|of mars}", U, 0.8),
    ("en", "{top off too|top off as well|top off also|tops off too|tops off as well|top's off too|top is off too"
           "|bra off too|bra off as well|bottoms off too|bottoms off as well}", U, 0.8),
    # "the lewd kind of pic", "the spicy kind of content" ("the spicy kind of content for my hot-sauce channel";
    # "naughty", "cheeky", "hot" are said of pets and cars too: "the naughty kind of pic of her cat")
    ("en", f"{{the|that|some|a|this|those|these|one of those}} {{lewd|nsfw|x-rated|xrated|x rated|raunchy"
           f"|adult|r-rated|r rated|erotic|explicit|18+|r18|smutty|kinky|filthy|nsfw-ish|sexy}} {{kind|sort|type"
           f"|kinds|sorts|types}} of {{{_PIC}}} !{{rating|ratings|filter|filters|warning|warnings|policy|policies"
           "|blocked|block|ban|bans|banned}", U, 0.8),
    ("en", f"{{the|that|some|a|this|those|these|one of those}} {{spicy|spicier|saucy|steamy|risque"
           f"|racy}} {{kind|sort|type|kinds|sorts|types}} of {{{_PIC}}} !{{for my food|about food|of food"
           "|of hot sauce|with hot sauce|with chili|with chilli|with chilies|with chillies|with peppers|with curry"
           "|food|recipes|recipe|cooking|for my cooking|for the cooking|for my recipe|for my kitchen|about curry"
           "|about peppers|of ramen|of wings|of noodles|of tacos|of chili|of chilli|of curry|of peppers"
           "|for my hot sauce|for my hot-sauce|for a hot sauce|for the hot sauce|for my spice|for my chili|for my chilli"
           "|for my bbq|for my barbecue|for my grill|for my restaurant|for the restaurant|for our restaurant|for my menu"
           "|for our menu|for my channel|for the channel|of the menu|of dishes|of a dish|of the dish|of soup|of soups|of salsa|about salsa|for the menu}", U, 0.75),
    ("en", "{spicy|spicier|saucy|steamy|naughty|sexy|risque|racy|lewd|kinky|nsfw|x-rated} {content|pics|photos"
           "|pictures|material|stuff|shots|selfies|videos|clips|sets|shoots|photoshoot|side|version|edit} ~6 {behind a"
           " paywall|behind the paywall|behind paywall|paywalled|pay-walled|behind a pay wall|on onlyfans|for onlyfans"
           "|on fansly|for fansly|for subscribers only|subscribers only|subscriber only|for paying subscribers"
           "|for paid subscribers|pay per view|pay-per-view|ppv|for the fans only|for fans only|for my fans only}", U, 0.8),
    # "horizontal, sheets, nothing else", "a towel and nothing more" ("white sheets, nothing else in the frame")
    ("en", f"{{{_ONLY_COVER}}} {{{_NOTHING_ELSE}}} !{{{_NOTHING_ELSE_NOT}}}", U, 0.75),
    # --- 4. scenes that only imply it ---------------------------------------------------------------------------
    # "sheets on the floor, so are her clothes"
    ("en", f"{{sheets|the sheets|sheet|the sheet|duvet|the duvet|blanket|the blanket|covers|the covers|pillows"
           f"|the pillows|bedding|the bedding|towel|the towel|robe|her robe|the robe|bedsheets}} ~2 {{{_FLOOR}}}"
           f" {{so are|and so are|as are|so is|and so is|just like|like|along with|and}} {{{_HER_CLOTHES}}}", U, 0.8),
    # "her clothes on the floor, she's on the bed waiting" ("her clothes all over the floor, she's reading")
    ("en", f"{{{_HER_CLOTHES}}} ~1 {{{_FLOOR}}} ~6 {{{_WAITING}}}", U, 0.8),
    # "in the hot tub, swimsuit floating away" ("a lost bikini floating away", no body: the person gate decides)
    ("en", f"{{hot tub|jacuzzi|the tub|bathtub|pool|the pool|sea|the sea|lake|the lake|ocean|the ocean|river"
           f"|the river|spa|the spa|waves|the waves|water|the water}} ~6 {{{_SWIMWEAR}}} {{{_FLOATS_OFF}}}", U, 0.8),
    ("en", f"{{{_SWIMWEAR}}} {{{_FLOATS_OFF}}} ~6 {{camera above|from above|overhead|clear water|water clear"
           "|crystal clear|see-through water|nothing on|nothing covering|bare|exposed|underwater camera|facing the camera"
           "|full body|full-body|pov|she's laughing|she laughs|she doesn't notice|she hasn't noticed|she didn't notice}",
     U, 0.8),
    # "panty drop, slow" ("a panty-dropping smile" is praise, not an act)
    ("en", "{panty|panties|pantie|knicker|knickers|thong|undies|g-string} {drop|drops|dropped|drop slow|drop slowly"
           "|pulled down|pull down|pulls down|pulling down|around her ankles|at her ankles|down to her ankles"
           "|down her legs|sliding down|slid down|slides down} !{smile|smiles|look|looks|line|lines|size|sizes|sale"
           "|sales|price|prices|gorgeous|handsome|charm|charming|voice|accent}", U, 0.8),
]

#: {language: {grade: [(term, score), ...]}}: glued and g-dropped slang the normaliser does not split.
MORE_19_EN: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        U: [("xrated", 0.85), ("xxrated", 0.85), ("x-rated selfie", 0.85), ("xrated selfie", 0.85)],
        E: [("fingerin herself", 0.9), ("fingerin himself", 0.9), ("rimmin", 0.85), ("blowjobbin", 0.9)],
        S: [("spreadleg", 0.7), ("spreadlegs", 0.7), ("spreadlegged", 0.7)],
    },
}
