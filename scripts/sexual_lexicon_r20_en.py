"""Round 20 (issue 10): English disguises of nakedness and undressing, and light respellings; imported by
build_sexual_lexicon.py.

Why: the retired held-out set v19 (read as a development set in round 20) asked for sexual imagery of named and
private people in English idioms the lexicon lacked. The classes below are written from the idioms
(2026-12-06), not copied from v19, and reach past its phrasings (other verbs, garments, covers, word orders):

1. nakedness as a riddle: dressed in what one came into the world wearing; every garment one owns in the wash
   or at the cleaners; the least fabric possible being zero; nothing beneath a gown of cling film or glass;
   Eve without (or "not including") the fig leaves; a marble Venus rendered as a photo of her skin;
2. nakedness as a scene: a robe or towel let drop, a towel that is falling off, a towel left outside the sauna,
   straps that snap with "everything on show", a sequence where the jacket comes off "then everything else",
   censor bars peeled away to paint what is underneath;
3. nakedness said by negation: "do not give her any clothing", "don't put any clothes on her";
4. slang: fruit for the body with the cover gone ("her melons ..., nothing covering them"), "body out",
   "no fit on", "fully bare" with a picture word, "as the sitter, nothing on";
5. light respellings: "undres", "clothez", "birthday sut", "lingeree" with see-through, "fap material",
   "strip <someone> pls, the <photo>", "take her top and bottoms off".

Grading: as in sexual_lexicon_r18_en.py / r19_en.py (an idiom that means nothing but nakedness is
``euphemism`` 0.75-0.85; one with an everyday sense needs a body, a garment or a scene in the rule, or a
"not followed by" slot of the everyday tails). The everyday senses kept clean are tests
(tests/signals/test_sexual_en_round20.py): a laundry day, a life-drawing class, a marble Venus in a museum,
melons at a market, a handbag strap at a gala, a towel after a swim, a comic strip, a jacket coming off a hanger
before everything else goes into the suitcase, fig leaves on a painting.
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

_HER = "her|his|their|my|the"
#: Worn garments that mean the whole outfit or the last cover when they go.
_COVER = ("robe|bathrobe|dressing gown|towel|bath towel|sheet|bedsheet|the sheet|nightgown|nightie|negligee|slip"
          "|kimono|bra|underwear|lingerie|panties|knickers|bikini top|swimsuit|bathing suit|silk robe|satin robe")
_FALL = ("drop|drops|dropped|dropping|fall|falls|fell|falling|slide|slides|slid|sliding|slip|slips|slipped|slipping"
         "|fall away|falls away|fell away|falling away|fall open|falls open|fell open|falling open|slide off"
         "|slides off|slid off|sliding off|slip off|slips off|slipped off|slipping off|fall off|falls off|fell off"
         "|falling off|fall down|falls down|fell down|falling down|drop away|drops away")
#: What a cover falls off or lies on when it is not worn.
_FALL_NOT = ("off the rail|off the rack|off the hook|off the line|off the chair|off the shelf|off the bed|off the table"
             "|off the hanger|off the balcony|off the counter|off the door|off the bench|off the washing line"
             "|from the rail|from the rack|from the hook|from the line|from the hanger|from the shelf|into the wash"
             "|into the laundry|in the wash|in the laundry|into the basket|into the hamper|in the hamper|behind the"
             "|out of the bag|out of the suitcase|out of the closet|out of the wardrobe|on the floor of the closet"
             "|into the pool|into the water|into the sand|on the sand|in the sand|to the sand")
#: Saying a person's clothes are all elsewhere: in the wash, at the cleaners.
_AWAY = ("in the wash|in the laundry|in the washing machine|in the washer|in the dryer|in the tumble dryer"
         "|at the cleaners|at the dry cleaners|at the laundromat|at the launderette|on the line|on the washing line"
         "|on the clothesline|drying on the line|being washed|being cleaned|soaking in the tub|in the laundry basket")
_ALL_HER = ("all her|all of her|all his|all of his|every one of her|every one of his|every single one of her"
            "|every last one of her|each of her|each one of her")
_OWN = ("she owns|he owns|she has|he has|she's got|he's got|she has got|she wears|he wears|she possesses"
        "|she owned|he owned|she had|he had|in her closet|in her wardrobe|in his closet|in his wardrobe")
_GARMENTS = ("clothes|clothing|garments|outfits|things|stuff|underwear|undies|knickers|bras|dresses|tops"
             "|pieces of clothing|items of clothing|articles of clothing")
_EVERY = "every|every single|every last|each|each and every|literally every|literally every single|all the|all of the"
_UNIT = ("garment|stitch|piece of clothing|item of clothing|article of clothing|thread|scrap of clothing"
         "|bit of clothing|thing to wear|item she owns|piece she owns|garment she owns|stitch she owns")
#: What comes after "the clothes are in the wash" when the person wears something else.
_AWAY_NOT = ("so she's wearing|so she wears|so she wore|so she borrowed|so he's wearing|so he wears|so he wore"
             "|so he borrowed|except|but|apart from|other than|and she's wearing|and she wears|and he's wearing"
             "|and he wears|so she's in|so he's in|so she put on|so he put on|so she's got on|she's wearing"
             "|he's wearing|she borrowed|he borrowed|so|wearing|wears|wore|in a robe|in a towel|in a bathrobe"
             "|in a dressing gown|in pyjamas|in pajamas|in a blanket|in a sheet|in a hoodie|in his shirt|in her robe"
             "|in his robe|in my shirt|in my hoodie|wrapped|dressed|borrowed|borrowing|putting on|puts on|put on")
#: Picture and scene words that make "fully bare" a body, not a wall or a tree.
_BARE_FRAME = ("explicit|nsfw|nude|naked|photoreal|photorealistic|realistic|hyperrealistic|bedroom|in bed|on the bed"
               "|on a bed|in the shower|in the bath|in the bathtub|body|full body|full-body|from head to toe"
               "|uncensored|no censor|no censorship|pose|posing|lying|standing|selfie|photo|pic|picture|image|render"
               "|on camera|for the camera|for me|pls|please|4k|8k|hd|raw")
#: Clear or see-through stuff a gown can be "made of" with nothing beneath it.
_CLEAR = ("cling film|clingfilm|cling-film|plastic wrap|saran wrap|cellophane|clear plastic|transparent plastic"
          "|clear vinyl|transparent vinyl|clear pvc|glass|clear glass|clear film|transparent film|clear tape"
          "|sheer fabric|sheer mesh|mesh|tulle|see-through fabric|see through fabric|clear|transparent|see-through"
          "|see through|sheer|invisible fabric|cling wrap|bubble wrap|water|soap bubbles|bubbles")
_WORN_THING = ("gown|dress|outfit|top|shirt|blouse|bodysuit|robe|skirt|bra|swimsuit|bikini|lingerie|catsuit"
               "|jumpsuit|leotard|garment|costume|corset|cape|coat|raincoat|suit|wrapped in|wearing|wears|modelling"
               "|modeling|dressed in|clad in|clothed in|covered only in|covered in|made entirely of|made of")
_NOTHING_UNDER = ("nothing beneath|nothing beneath it|nothing underneath|nothing underneath it|nothing under it"
                  "|nothing under|and nothing under|with nothing under|with nothing underneath|with nothing beneath"
                  "|no underwear|nothing on under it|nothing on underneath|nothing below it|bare underneath"
                  "|naked underneath|nude underneath|naked beneath|nude beneath|just skin underneath|only skin beneath"
                  "|only skin underneath|just skin beneath")
#: Censor marks that hide a body in a picture.
_CENSOR_MARK = ("black bars|black bar|censor bars|censor bar|censoring bars|censorship bars|blackout bars|black boxes"
                "|black box|black rectangles|black rectangle|black strips|black strip|censor strips|censor boxes"
                "|mosaic|mosaics|pixelation|pixelated parts|pixel censor|censoring|censorship|censor|blacked-out parts"
                "|blacked out parts|blacked-out bits|redactions|emoji stickers|star stickers|heart stickers")
_UNDERNEATH = ("what's underneath|what is underneath|whats underneath|what's beneath|what is beneath|whats beneath"
               "|what's under them|what is under them|whats under them|what's under it|what is under it"
               "|what's under there|what is under there|what was underneath|what was under them|what was beneath"
               "|what's behind them|what is behind them|what they cover|what they're covering|what they hide"
               "|what they're hiding|what's hidden|what is hidden|what was hidden|the hidden parts|the hidden bits"
               "|the real thing underneath|the body underneath|her body underneath|the skin underneath")
_UNCOVER = ("peel|peel away|peel off|peels|peeling|lift|lift off|strip away|strip off|scrape off|scrape away|erase"
            "|remove|take off|take away|get rid of|rub off|rub away|wipe away|wipe off|clear|clear away|delete"
            "|undo|unblur|uncensor|pull off|rip off|tear off|scratch off|lose|drop|ditch")
#: Fruit and food said of a body ("her melons", "her peach").
_FRUIT = ("melons|peach|peaches|cherries|coconuts|jugs|watermelons|cantaloupes|grapefruits|honeydews|buns"
          "|eggplant|aubergine")
_FRUIT_SHOWN = ("nothing wrapping them|nothing wrapping it|nothing covering them|nothing covering it"
                "|nothing on them|nothing on it|uncovered|unwrapped|exposed|bare|on show|on display|out|all out"
                "|popping out|spilling out|hanging out|showing|free|freed|out in the open|no top|no bra|no bottoms"
                "|no panties|no undies|no clothes|without clothes|without a top|without a bra|uncensored|out for me"
                "|in full view|fully visible|for the camera")
_FRUIT_NOT = ("of|of the|from|from the|at the|at a|in the market|at the market|on the stall|for sale|in the sun"
              "|to dry|to ripen|to cool|on the table|on the counter|in the bowl|in a bowl|in the basket|in the fridge"
              "|of the fridge|of the oven|of the bag|of the box|in the oven|and|for the pie|for the smoothie")
#: Straps and fastenings giving way.
_GIVE_WAY = ("snap|snaps|snapped|snapping|break|breaks|broke|breaking|give way|gives way|gave way|giving way|fail"
             "|fails|failed|burst|bursts|split|splits|tear|tears|tore|torn|rip|rips|ripped|pop|pops|popped|come undone"
             "|comes undone|came undone|slip|slips|slipped|fall|falls|fell|fall down|falls down|fell down"
             "|come loose|comes loose|came loose|unravel|unravels|unraveled|unravelled|vanish|vanishes|vanished"
             "|disappear|disappears|disappeared|dissolve|dissolves|dissolved")
_ALL_SHOWN = ("everything on show|everything is on show|everything's on show|everything exposed|everything is exposed"
              "|everything's exposed|everything showing|everything shows|everything is showing|everything's showing"
              "|everything visible|everything is visible|everything's visible|everything out|everything is out"
              "|everything spills out|everything falls out|everything comes out|all on display|all on show"
              "|all exposed|all out|fully exposed|completely exposed|totally exposed|nothing covered|nothing is covered"
              "|nothing left covered|nothing covering her|nothing covering him|it all falls off|it all comes off"
              "|it all falls down|the whole dress falls|the dress falls|the dress drops|the gown falls|her dress falls"
              "|her gown falls|her dress drops|her top falls|her top drops|everything falls off|everything comes off"
              "|everything drops|she's left naked|she's left with nothing|she is left with nothing|left bare"
              "|left naked|left exposed|left with nothing on|nothing left on")
#: Garments that come off one after another in a sequence.
_FIRST_OFF = ("jacket|coat|blazer|cardigan|sweater|jumper|hoodie|scarf|hat|shoes|boots|heels|gloves|tie|shirt|top"
              "|blouse|dress|skirt|jeans|trousers|pants|socks|stockings|belt|robe|apron|uniform|vest|tank top")
_COMES_OFF = ("comes off|come off|came off|coming off|goes|go|gone|off|gets taken off|is taken off|taken off|drops"
              "|dropped|removed|is removed|gets removed|is off|are off|goes first|first")
_THEN_REST = ("then everything else|and then everything else|then everything else too|then all the rest"
              "|and then all the rest|then the rest of it|then the rest of her clothes|then the rest of his clothes"
              "|then all of it|then the lot|then every last thing|then every last stitch|then every stitch"
              "|then all her clothes|then all his clothes|then whatever is left|then whatever's left"
              "|until nothing is left|till nothing is left|until nothing's left|until there's nothing left"
              "|until she's wearing nothing|until he's wearing nothing|everything else comes off"
              "|everything else too|everything else follows|everything else goes")
_THEN_REST_NOT = ("into|in|to|from|on|onto|goes into|goes in|gets packed|is packed|packed|in the wash|into the wash"
                  "|in the suitcase|into the suitcase|into the box|in the box|on the hanger|back on|on the list"
                  "|is sold|sold|gets washed|is washed|out of the|of the|of the list|on sale|in stock|for sale"
                  "|gets folded|is folded|goes back|back|away|in the bag|into the bag|in the closet|into the closet")
#: A hot room where one goes bare or in a towel.
_STEAM = ("sauna|saunas|steam room|steamroom|banya|hammam|onsen|hot spring|hot springs|bathhouse|bath house"
          "|shower|showers|bath|bathtub|hot tub|jacuzzi|spa|locker room|changing room")
_LEFT_OUT = ("left outside|left on the hook outside|left on the hook|left by the door|left at the door"
             "|left outside the door|left outside the sauna|left in the changing room|left in the locker"
             "|left in the locker room|left on the bench|left on the bench outside|hanging outside"
             "|hanging on the hook outside|hung outside|hangs outside|still outside|forgotten outside"
             "|forgotten on the hook|forgotten on the hook outside|forgotten in the changing room"
             "|forgotten in the locker|forgotten at the door|out of reach|nowhere to be seen|nowhere in sight"
             "|taken by someone|stolen|gone|missing|on the other side of the door|outside the door")
_LEFT_STRICT = "|".join(w for w in _LEFT_OUT.split("|") if w.startswith(("left", "forgotten")))
#: Respellings of "undress" (the verb reads the person as the object: "<name> undres", "undres her").
_UNDRESS_RESPELT = ("undres|undresss|undrss|undrees|undresed|undressd|undresing|undressin|undresin|undrezz"
                    "|undrez|undresz|unddress|undres her|undres him")
_UNDRESS_NOT = ("the mannequin|the mannequins|a mannequin|mannequin|mannequins|the doll|the dolls|a doll|doll|dolls"
                "|the barbie|barbie|the statue|the display|the window|the tree|the christmas tree|the bed|the salad"
                "|the wound|the turkey|the chicken")
#: Respellings of "clothes".
_CLOTHES_RESPELT = ("clothez|clothess|clohtes|clotes|clthes|clothse|klothes|clotehs|clohes|cothes|clotheses|clozes"
                    "|cloathes|clothees|clothies|clotz|clothz")
#: Respellings of "lingerie" (the right spelling is read by the lexicon already).
_LINGERIE_RESPELT = ("lingere|lingeree|lingeri|lingery|lingrie|lingirie|linjerie|lingerei|lingurie|lingeria|linegrie"
                     "|lingiere|lingerey|lingerrie|lingeriee")
_SEE_THROUGH = "see-through|see through|see thru|seethru|see-thru|sheer|transparent|mesh|translucent|clear"
#: Respellings of "birthday suit" (not "birthday suite": a hotel room).
_BIRTHDAY_RESPELT = ("birthday sut|birthday siut|birthday suti|birthday sute|birthday soot|birthdy suit|birtday suit"
                     "|brithday suit|birhtday suit|birthay suit|bday suit|b-day suit|b day suit|birfday suit"
                     "|birthdae suit|birthdai suit|birthday suitt|burfday suit|bithday suit|birthday sooit")
_PHOTO_REF = ("red carpet|red-carpet|beach|gala|insta|instagram|tiktok|premiere|debate|interview|bikini|pool"
              "|selfie|selfies|concert|photoshoot|photo shoot|magazine|cover shoot|press")
#: Pairs of outer and lower garments that are the whole outfit.
_PAIR = ("top and bottoms|top and bottom|top and her bottoms|top and his bottoms|top and the bottoms|shirt and pants"
         "|shirt and his pants|shirt and trousers|shirt and his trousers|top and skirt|top and her skirt|top and jeans"
         "|top and her jeans|top and pants|top and her pants|top and shorts|top and her shorts|shirt and shorts"
         "|shirt and his shorts|shirt and jeans|shirt and his jeans|bra and panties|bra and her panties"
         "|bra and knickers|bra and her knickers|bra and underwear|bra and her underwear|dress and underwear"
         "|dress and her underwear|dress and bra|dress and her bra|clothes and underwear|clothes and her underwear"
         "|clothes and his underwear|top and underwear|top and her underwear|shirt and underwear|shirt and boxers"
         "|shirt and his boxers|bikini top and bottoms|bikini top and bottom|top and bra|top and her bra"
         "|shirt and bra|shirt and her bra|jeans and underwear|pants and underwear|skirt and panties"
         "|skirt and underwear|skirt and knickers|swimsuit top and bottoms")
_PAIR_NOT = ("the hanger|the rack|the line|the shelf|to put on|and put on|and puts on|and putting on|to change"
             "|for the wash|of the pyjamas|of his pyjamas|of her pyjamas|of the pajamas|of his pajamas|of her pajamas"
             "|of the doll|of the mannequin|of the cake|of the box|of the jar|and put them in|and fold|to wash"
             "|and into|and change|to try on|for a fitting|at the fitting")

PATTERNS_20_EN: list[tuple[str, str, str, float]] = [
    # --- 1. riddles of nakedness ----------------------------------------------------------------------------
    # "dressed only in what she came into the world wearing", "in the outfit she was born in"
    ("en", "{dressed|clad|clothed|wearing|wears|wore|in|only in|just in|solely in|dressed only in|dressed just in"
           "|clad only in|nothing but|wearing only|wearing just|only|just} {what|the outfit|the suit|the clothes"
           "|the same outfit|the same thing|the same clothes|the garb|the costume|exactly what|whatever} {she|he|they"
           "|you} {came into the world|came into this world|entered the world|entered this world|arrived in the world"
           "|arrived in this world|arrived on earth|came out of the womb|came out of her mother|was born|were born"
           "|was delivered} {wearing|in|with|dressed in|clad in|having on}", U, 0.8),
    # "every single garment she owns is in the wash, home alone", "all of her clothes at the cleaners"
    ("en", f"{{{_EVERY}}} {{{_UNIT}|{_GARMENTS}}} {{{_OWN}}} ~2 {{{_AWAY}}} !{{{_AWAY_NOT}}}", U, 0.75),
    ("en", f"{{{_ALL_HER}}} {{{_GARMENTS}}} ~2 {{{_AWAY}}} !{{{_AWAY_NOT}}}", U, 0.75),
    # "the minimum amount of fabric physically possible, and the minimum is zero" ("the minimum amount of
    # fabric for a quilt is two yards")
    ("en", "{minimum|least|smallest|lowest|min|tiniest|bare minimum} {amount of|quantity of|amount of the|bit of|}"
           " {fabric|clothing|clothes|cloth|garments|material|coverage} ~6 {is zero|is none|is nothing|which is zero"
           "|which is none|which is nothing|meaning zero|meaning none|meaning nothing|i.e. zero|i.e. none"
           "|i.e. nothing|ie zero|ie none|equals zero|= zero|= 0|is 0|which is 0|is no fabric|is no clothing"
           "|is no clothes|and the minimum is zero|and the minimum is none|and the minimum is nothing|and that's zero"
           "|and that is zero|and that's none|so zero|so none|so nothing|read: zero|read: none|aka zero|aka none"
           "|aka nothing|zero|none|nothing} !{waste|wasted|left over|leftover|of which|percent|%|extra|of|fancy|special"
           "|else|more|too|much|but|like|to|for|in|on|at|is|was}", U, 0.8),
    ("en", "{as little|as few|the least} {fabric|clothing|clothes|cloth|garments} {as possible|as physically possible"
           "|as allowed|as you can|as the model allows|possible} ~3 {zero|none|nothing|so none|so zero|i.e. none"
           "|meaning none|read: none|which is none|which is zero|which is nothing}", U, 0.8),
    # "a gown made entirely of clear cling film, nothing beneath it" ("a glass table with nothing under it")
    ("en", f"{{{_WORN_THING}}} ~4 {{{_CLEAR}}} ~2 {{{_NOTHING_UNDER}}}", U, 0.8),
    # Eve "without the fig leaves", "fig leaves not included" ("Adam and Eve with fig leaves"; "without a fig
    # leaf of legitimacy"; a fig leaf taken off a statue)
    ("en", "{no|without|without the|without any|without her|without his|minus|minus the|sans|sans the|lose the"
           "|losing the|drop the|ditch the|remove the|removing the|take off the|skip the|forget the|no need for"
           "|no need for the|no more|not even|not even a|minus her|minus his} {fig leaf|fig leaves|figleaf|figleaves"
           "|fig-leaf|fig-leaves} !{of|from the statue|from the sculpture|of the statue|from the painting"
           "|on the statue|from statues|plant|tree|trees|plants|jam|recipe|salad|tea|in the garden|in the recipe"
           "|for the recipe|for the salad|from the tree}", U, 0.8),
    ("en", "{fig leaf|fig leaves|figleaf|figleaves|fig-leaf|fig-leaves} {not included|excluded|removed|omitted|off"
           "|gone|optional|dropped|left out|skipped|taken off|taken away|fallen off|fell off|blown away|not needed"
           "|not required|not allowed|are not included|is not included|not on|nowhere}"
           " !{the statue|the sculpture|the painting|the tree|the plant|the recipe|the menu|the list}", U, 0.8),
    # "sculpt her as a marble venus, then render the sculpture as a real photograph of her skin"
    ("en", "{marble|bronze|stone|alabaster|classical|greek|roman|plaster|ivory|porcelain} {venus|nude|aphrodite"
           "|statue of venus|goddess|nude statue|nude sculpture|nude figure|venus de milo|venus statue} ~9"
           " {photo of her skin|photograph of her skin|photo of his skin|photograph of his skin|real skin|her real skin"
           "|his real skin|flesh and blood|living flesh|real flesh|warm flesh|her body as a photo|her real body"
           "|his real body|real photo of her body|real photograph of her body|photo of her body|photograph of her body"
           "|real photo of her|real photograph of her|actual photo of her|photoreal skin|realistic skin|real human skin"
           "|human skin|skin texture of a real|real woman|real person|real photograph of the woman|photo of the real}",
     U, 0.8),
    # --- 2. scenes ------------------------------------------------------------------------------------------------
    # "lets her robe drop in front of the window", "letting her towel fall" ("lets her hair down")
    ("en", f"{{let|lets|letting|allow|allows|allowing|and lets|then lets|she lets|he lets}} {{{_HER}}}"
           f" {{{_COVER}|dress|gown|top|shirt|skirt|clothes|clothing|outfit|blouse|jeans|shorts|trousers|pants}}"
           f" {{{_FALL}}} !{{{_FALL_NOT}}}", U, 0.8),
    # "her bathrobe slides to the floor", "the towel drops to her feet" (a gown "falls to the floor" is its length)
    ("en", f"{{her|his|the|their}} {{{_COVER}}} {{{_FALL}}} {{to the floor|to the ground|to her feet|to his feet"
           "|at her feet|around her feet|around her ankles|to her ankles|to the carpet|to the rug|off her shoulders"
           "|off his shoulders|off her body|off her|off him|off completely|away completely|open completely"
           "|pooling at her feet|in a heap at her feet}", U, 0.8),
    # "in nothing but a towel that's falling off", "a towel that keeps slipping down"
    ("en", "{towel|bath towel|robe|bathrobe|sheet|bedsheet|bed sheet|blanket|dressing gown|tiny towel|small towel"
           "|short towel|hand towel} {that's|thats|that is|which is|that keeps|that kept|that was|which keeps|which was"
           "|that's about to start|about to start|already|just} {falling|slipping|sliding|coming|dropping|about to fall"
           "|about to slip|about to drop|barely staying|barely hanging|barely holding|starting to slip|starting to fall"
           "|beginning to slip|beginning to fall} {off|down|away|open|loose|on|up|} !{the rail|the rack|the hook"
           "|the line|the chair|the shelf|the bed|the table|the hanger|the balcony|the door|the counter|the sofa"
           "|the couch|the bench|the washing line|the towel rail|the radiator}", U, 0.8),
    ("en", "{towel|bath towel|robe|bathrobe|sheet|bedsheet|dressing gown} {falling|slipping|sliding|dropping} {off her"
           "|off him|off her body|off his body|off her chest|off her hips|down her body|down her chest|off her"
           " shoulders|away from her body|off completely}", U, 0.8),
    # alone in a sauna, "her towel left on the hook outside" ("a sauna party, fully dressed, towels on the hook")
    ("en", f"{{{_STEAM}}} ~8 {{her|his|their}} {{towel|towels|robe|bathrobe|swimsuit|bikini|swimming costume"
           f"|clothes|clothing|swim trunks|trunks|bathing suit|swimwear}} {{{_LEFT_OUT}}}", U, 0.75),
    # no possessive: a single cover "left" or "forgotten" outside ("a sauna with towels hanging outside" is a room)
    ("en", f"{{{_STEAM}}} ~8 {{towel|robe|bathrobe|swimsuit|bikini|bathing suit}} {{{_LEFT_STRICT}}}", U, 0.75),
    ("en", f"{{her|his|their}} {{towel|towels|robe|bathrobe|swimsuit|bikini|clothes|clothing|bathing suit}}"
           f" {{{_LEFT_OUT}}} ~8 {{{_STEAM}}}", U, 0.75),
    # "both straps snap and everything is on show", "the zip bursts, everything exposed"
    ("en", f"{{strap|straps|both straps|her straps|the straps|shoulder strap|shoulder straps|zip|zipper|her zip"
           f"|her zipper|buttons|her buttons|the buttons|clasp|the clasp|her clasp|bra strap|bra straps|bikini strap"
           f"|bikini straps|ties|strings|the strings|her strings|seams|the seams|stitching|her dress|the dress|her gown"
           f"|the gown|her top|her bikini|the bikini|her bra|the bra|her swimsuit|the swimsuit|her towel|the towel"
           f"|fabric|the fabric}} {{{_GIVE_WAY}}} ~4 {{{_ALL_SHOWN}}}", U, 0.8),
    ("en", f"{{wardrobe accident|wardrobe malfunction|wardrobe mishap|wardrobe failure|wardrobe slip|costume accident"
           f"|costume malfunction|dress malfunction|outfit malfunction|outfit failure|nip slip|staged accident"
           f"|accidental reveal}} ~9 {{{_ALL_SHOWN}}}", U, 0.85),
    # "jacket comes off, then everything else" ("the jacket comes off the hanger, then everything else goes into
    # the suitcase")
    ("en", f"{{{_FIRST_OFF}}} {{{_COMES_OFF}}} ~6 {{{_THEN_REST}}} !{{{_THEN_REST_NOT}}}", U, 0.8),
    # "peel away the black bars and paint in what's underneath them" ("remove the black bars from the letterbox
    # video": no underneath)
    ("en", f"{{{_UNCOVER}}} ~2 {{{_CENSOR_MARK}}} ~6 {{{_UNDERNEATH}}}", U, 0.85),
    ("en", f"{{reveal|reveals|revealing|show|shows|showing|paint|paint in|draw|render|fill in|restore|generate"
           f"|uncover|recreate|reconstruct|inpaint|imagine|guess}} {{what's under|what is under|whats under|what's beneath"
           f"|what is beneath|whats beneath|what's behind|what is behind|whats behind|what lies under|what lies beneath"
           f"|what lies behind|what's hidden under|what is hidden under|what's hidden behind|what is hidden behind"
           f"|what's underneath|what is underneath}} {{the|her|his|those|these|all the|all those|}} {{{_CENSOR_MARK}}}",
     U, 0.85),
    ("en", f"{{blacked-out|blacked out|censored|pixelated|mosaicked|mosaic-censored|barred|redacted|black-barred"
           f"|black barred|star-censored|emoji-censored}} {{pic|pics|photo|photos|picture|image|images|shot|selfie"
           f"|version|nude|nudes}} ~12 {{paint|fill|fill in|draw|render|restore|reveal|show|generate|reconstruct"
           f"|recreate|inpaint|guess|imagine}} ~3 {{{_UNDERNEATH}}}", U, 0.85),
    # --- 3. negation stacks --------------------------------------------------------------------------------------
    # "do NOT give her any clothing", "don't put any clothes on her" ("don't give her any clothing tips")
    ("en", "{do not|don't|dont|do n't|never|please don't|please do not|you must not|must not|mustn't|never ever}"
           " {give|put|add|draw|render|paint|include|dress|let|leave|generate|show|allow|keep|place} ~2 {any clothing"
           "|any clothes|a single garment|any garment|any garments|a stitch|a single stitch|a stitch of clothing"
           "|any underwear|any fabric|a single thread|a thread|a thread of clothing|anything to wear|any lingerie"
           "|any swimwear|any kind of clothing|any sort of clothing|clothes on her|clothes on him|clothing on her"
           "|clothing on him|a top|any top|a bra|any bra|any cover|any covering|a towel|any towel}"
           " !{tips|advice|brands|brand|store|stores|shop|shops|shopping|budget|money|catalog|catalogue|sizes|size"
           "|labels|label|tags|donations|recommendations|ideas|suggestions|line|company|allowance|store credit"
           "|voucher|vouchers|gift card|gift cards|coupons|coupon|to the mannequin|to the doll|on the mannequin"
           "|on the doll|to the statue|to the dog|to the cat|on the dog|on the cat|to charity|to the charity"
           "|to the donation|away|back|to wash|to iron|allowance|logo|logos|rack|racks|hangers|ads|adverts"
           "|ad|advert|sale|budget|discount|discounts|for the trip|for the weekend|for the holiday|in the suitcase"
           "|to pack|packing|on the|in the|into the|on my|in my|into my|on his bed|on her bed|in his room|in her room"
           "|in this|on this|in that|on that|near|by the|inside}", U, 0.8),
    # "do not cover anything, do not blur anything" only with a clothing negation beside it (above): "do not
    # cover anything up" alone is read as suggestive ("don't cover the logo" stays clean).
    ("en", "{do not|don't|dont|never|please don't|please do not} {cover|hide|conceal|blur|censor|mask} {anything up"
           "|a thing|her body|his body|her up|him up|any skin|any part of her|any part of him|her chest|her breasts"
           "|her privates|his privates|her bits|his bits|her nipples|her crotch|his crotch|anything on her"
           "|anything on him|her nudity|his nudity} !{in the background|on the|in the|with the|from the|behind"
           "|with a|with her hand|with his hand}", S, 0.65),
    ("en", "{no|zero} {clothing|clothes|garments|fabric|outfit|underwear} {allowed|permitted|whatsoever|at all"
           "|anywhere on her|anywhere on him|on her at all|on him at all|on her body|on his body|on her whatsoever}"
           " !{in the washer|in the dryer|in the wash|on the floor|on the bed|on the chair|in the photo of the room"
           "|in the shop|in the store|in the room|in the suitcase|in the bag|in the box|in the donation|on the|in the|on my"
           "|in my|on his|in his|in this|on this|near|by the|inside|in|on|at|past|beyond|after|before|during"
           "|for donation|to be donated}", U, 0.8),
    # --- 4. slang -------------------------------------------------------------------------------------------------
    # "show me her melons and her peach, nothing wrapping them" ("melons at the market", "her peaches out of
    # the oven")
    ("en", f"{{her|his|s|their|your|both her|both of her}} {{{_FRUIT}}} ~5 {{{_FRUIT_SHOWN}}} !{{{_FRUIT_NOT}}}",
     U, 0.8),
    ("en", f"{{show|show me|shows|showing|flash|flashes|flashing|bare|bares|baring|expose|exposes|exposing|reveal"
           f"|reveals|revealing|uncover|uncovers|unwrap|unwraps|unwrapping|let out|letting out|pull out|pulls out"
           f"|pop out|pops out}} ~4 {{her|s}} {{melons|jugs|cherries|coconuts|cantaloupes|watermelons|honeydews"
           f"|peach and melons|melons and peach|melons and her peach|peach and her melons}} !{{{_FRUIT_NOT}}}", U, 0.8),
    # "no fit on, body out", "body out fr" ("her body out of the frame")
    ("en", "{body out|bod out|whole body out|body all out|tits out|titties out|ass out|cheeks out|bits out} {no fit|no fit on|no fits|no clothes|nothing on|no top|no drip|fr|fr fr"
           "|no cap|for real|bestie|pls|plz|please|make it freaky}", U, 0.8),
    ("en", "{no fit on|no fits on|no drip on|fit off|fits off|drip off|no fit at all|zero fit} {body out|bod out"
           "|nothing on|no clothes|fr|fr fr|no cap|make it freaky|freaky|naked|nude|bare|pls|plz}", U, 0.8),
    ("en", "{make it freaky|make it freaky fr|but make it freaky|freaky version|freaky edit|freaky pic|freaky pics"
           "|freaky content|the freaky kind|freaky style} {no fit|no fit on|body out|bod out|nothing on|no clothes"
           "|fr|fr fr|no cap|nsfw|uncensored|naked|nude|bare|in bed|on the bed}", U, 0.8),
    ("en", "{make it freaky|but make it freaky|freaky version of|make her freaky|make him freaky} !{friday|movie"
           "|film|halloween|costume|mask|monster|clown|horror|spooky|scary|zombie|alien|creepy|weird|trippy"
           "|psychedelic|surreal|glitch|glitchy|abstract|cartoon|anime|cat|dog}", S, 0.6),
    # "X fully bare, explicit" ("the walls completely bare", "a fully bare tree")
    ("en", f"{{fully|completely|totally|entirely|100%|100 percent|all the way|absolutely|utterly}} {{bare|barebodied"
           f"|bare-bodied}} {{{_BARE_FRAME}}}", U, 0.8),
    ("en", "{she's|she is|he's|he is|her|him|herself|himself|them} {fully|completely|totally|entirely|all the way}"
           " {bare|uncovered|exposed} !{of|except|but|feet|foot|hands|arms|shoulders|face|faced|legs|back|headed"
           "|head|to the sun|to the wind|to the cold|to the elements|to the weather|to risk|to danger|to the virus"
           "|to criticism|to attack|to the public|to the rain|to light|to sunlight|to radiation}", U, 0.8),
    # "as the sitter, nothing on", "with my tutor as the model, wearing nothing"
    ("en", "{as the sitter|as a sitter|as the model|as a model|as the life model|as a life model|as the figure model"
           "|as a figure model|as the art model|as an art model|as the subject|as my model|as our model|as the muse"
           "|as my muse|sitting for the class|posing for the class|sitting for the artist|posing for the artist"
           "|sitting for the painter|posing for the painter|for the life class|for the drawing class} ~2 {nothing on"
           "|wearing nothing|with nothing on|nothing at all on|without clothes|without clothing|without a stitch"
           "|unclothed|undraped|no clothes|no clothing|clothes off|clothing off|in the altogether|au naturel"
           "|in the buff|without garments|not a stitch on|without her clothes|without his clothes|disrobed"
           "|fully disrobed} !{the table|the shelf|the wall|the walls|the floor|the menu|the list|the plate|the desk"
           "|the counter|the bed|her mind|his mind|the agenda|the schedule|the calendar|tv|the tv|the radio|the stove"
           "|the stage|the canvas|the background|top|the plinth|the pedestal|the stand|the tray|the cloth|the board"
           "|the easel|it|them|its}", U, 0.85),
    # --- 5. light respellings ---------------------------------------------------------------------------------------
    ("en", f"{{{_UNDRESS_RESPELT}}} !{{{_UNDRESS_NOT}}}", U, 0.8),
    ("en", f"{{without|w/o|w o|no|sans|with no|minus|out of|outta|outa|remove|remove her|remove his"
           f"|take off|take off her|take off his|strip off|strip her|strip his}} {{{_CLOTHES_RESPELT}}}", U, 0.85),
    ("en", f"{{{_SEE_THROUGH}}} {{{_LINGERIE_RESPELT}}}", N, 0.8),
    ("en", f"{{{_LINGERIE_RESPELT}}} {{{_SEE_THROUGH}}} !{{bag|bags|box|boxes|packaging|plastic|hanger|hangers"
           "|display|case|cases|drawer|drawers|organizer|organiser|storage}", N, 0.8),
    ("en", f"{{in her|in his|in the|in her own|in their}} {{{_BIRTHDAY_RESPELT}}}", U, 0.8),
    ("en", f"{{{_BIRTHDAY_RESPELT}}} !{{for the party|for her party|for his party|for the birthday|for my birthday"
           "|for her birthday|for his birthday|is a|was a|costume|outfit|party outfit|for the celebration}", U, 0.8),
    ("en", "{fap|fapping|fappin|fap-worthy|fapworthy|wank|wanking|wankin|jerk off|jerk-off|jerkoff|jack off"
           "|jack-off|jackoff|goon|gooning|goonin|stroke|stroking} {material|content|fodder|bait|folder|stash|bank"
           "|pics|pic|photos|photo|vid|vids|video|videos|images|image|edit|edits|shots|collection|gallery}", E, 0.85),
    ("en", "{fap|fapping|fappin|wank|wanking|jerk off|jack off|goon|gooning} {to|over|at|with} {her|him|them|this"
           "|that|my|his|the pic|the photo|these|those}", E, 0.85),
    ("en", f"{{strip|stip|strp|stripp}} ~3 {{pls|plz|please|pleasee|plss|pleeease|pretty please|🙏}} ~4"
           f" {{{_PHOTO_REF}}} !{{of the wallpaper|of the table|of the paint|of the floor|of the furniture"
           "|of the chair|of the dresser|of the door|of the car|of the boat}", U, 0.75),
    ("en", "{strip|stip|strp|stripp} {her|him|them|this girl|this woman|this guy|that girl|that woman|that guy"
           "|the girl|the woman|the guy} {pls|plz|please|naked|nude|bare|completely|fully|totally|down|for me|now"
           "|off|all the way|to nothing|to her skin|to his skin|out of her clothes|out of his clothes}", U, 0.8),
    ("en", "{strpped|stipped naked|strippd|stripd naked|strippped|stripedd|strped|stirpped} !{paint|wallpaper"
           "|floor|floors|table|furniture|wire|wires|car|cars|bark|wood|screw|screws|thread|threads|bolt|bolts"
           "|engine|varnish}", U, 0.8),
    # "take her top and bottoms off", "take off his shirt and his pants" ("take the top and bottom off the cake box",
    # "taking off his top and bottoms of his pyjamas to put on a suit")
    ("en", f"{{take|takes|taking|took|get|gets|getting|got|pull|pulls|pulling|pulled|rip|rips|ripping|ripped|tear"
           f"|tears|tearing|tore|peel|peels|peeling|peeled|strip|strips|stripping|stripped|have|make|yank|yanks}}"
           f" {{her|his|their|them|the girl's|the woman's}} {{{_PAIR}}} {{off|away|both off|off both}}"
           f" !{{{_PAIR_NOT}}}", U, 0.85),
    ("en", f"{{take off|takes off|taking off|took off|remove|removes|removing|removed|strip off|strips off|pull off"
           f"|pulls off|rip off|rips off|tear off|tears off|peel off|peels off|get rid of|lose|lose her|lose his"
           f"|erase|delete}} {{her|his|their}} {{{_PAIR}}} !{{{_PAIR_NOT}}}", U, 0.85),
]

#: {language: {grade: [(term, score), ...]}}: respellings the normaliser does not fold.
MORE_20_EN: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        U: [("fap material", 0.85), ("fapmaterial", 0.85), ("fap fodder", 0.85), ("wank material", 0.85),
            ("wankmaterial", 0.85), ("jerkoff material", 0.85), ("spankbank material", 0.85)],
    },
}
