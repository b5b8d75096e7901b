"""Round 18 (issue 10): hand-written English disguises of nakedness, undressing edits of a photo down to
underwear or nothing, and light respellings; imported by build_sexual_lexicon.py.

Why: the retired held-out set v17 asked for nudity of a named or private person in English idioms the
lexicon lacked, so the person was found and the prompt still passed: the body "with nothing on" or "nothing
covering" it after a bed or a shower, "leave nothing to the imagination", a rating "for the spicy reason",
a figure reference "without any drapery", an "invisible outfit" or "the emperor's new clothes" worn by
someone, the last cover (towel, robe, sheet) set aside or dropped with the body then shown, a men's-magazine
centrefold layout, a person "unwrapped" as a present, and an edit that leaves someone "in just her
underwear" or swaps the outfit "for nothing". The classes are written from the idioms (2026-12-06), not
copied from v17, and reach past its phrasings: other verbs, covers, tails and word orders.

Grading (the ``ncii`` profile reads explicit, nudity and euphemism at >= 0.5 as sexual):
- an idiom that means nothing but nakedness is ``euphemism`` 0.75-0.85;
- one with an everyday sense ("nothing on the menu", "unwrapped the present", "drop the robe off at the
  cleaners", "windows without any drapery", "a dress that leaves nothing to the imagination" said of an
  outfit on its own) needs a person, a body or a bed in the rule, or a "not followed by" slot of the
  everyday tails;
- an edit of someone down to underwear only is ``euphemism`` 0.8 (an undressing instruction); a woman in
  lingerie in a catalogue stays ``suggestive`` (the existing terms).
Twins kept clean are tests (tests/signals/test_sexual_en_round18.py).
"""

from __future__ import annotations

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

#: Who or what is (not) covered: a pronoun, a body, a posing or lying person.
_WHO = ("she|he|they|her|him|them|herself|himself|her body|his body|body|woman|man|girl|guy|model|wife|girlfriend"
        "|boyfriend|husband|posing|poses|posed|lying|lies|lounging|sprawled|stretched out|sitting|kneeling|standing"
        "|sunbathing|showering|bathing|soaking|asleep|sleeping|waking up|wakes up|tangled|naked|bare")
#: Where the body is without its clothes: a bed, a bath, a shower.
_BED = ("sheets|the sheets|white sheets|silk sheets|satin sheets|bedsheets|bed sheets|a sheet|the sheet|duvet|the duvet"
        "|blanket|the blanket|covers|the covers|pillow|pillows|the pillow|the pillows|bed|the bed|in bed|mattress"
        "|bedroom|the bedroom|hotel bed|hotel room|shower|the shower|bath|the bath|bathtub|the bathtub|hot tub|jacuzzi"
        "|morning after|the morning after|afterglow|honeymoon suite|honeymoon|wedding night")
#: Everyday things there is "nothing on": a menu, a screen, a schedule, a surface.
_NOTHING_ON_NOT = ("the menu|menu|tv|the tv|television|the television|the radio|radio|netflix|the news|the calendar"
                   "|my calendar|her calendar|the schedule|my schedule|her schedule|the agenda|my agenda|the list"
                   "|the wall|the walls|the table|the shelf|the shelves|the floor|the stove|the plate|the screen"
                   "|the board|the record|the books|file|the file|record|paper|the paper|camera|film|tape|the tape"
                   "|him|me|you|us|it|them|that|this|those|these|anyone|anybody|her phone|his phone|my phone|the phone"
                   "|sale|offer|display|the line|the horizon|the map|the cards|today|tonight|tomorrow|this week"
                   "|the weekend|weekends|sundays|mondays|fridays|the go|my mind|her mind|his mind|the internet"
                   "|the web|the site|the website|the app|the page|the door|the fridge|the counter|the desk"
                   "|the bed|the sofa|the couch|the chair|the hook|the hanger|the rack|the line|the clothesline"
                   "|the road|the street|the streets|the roads|the ground|the grill|the pizza|the toast|the bread"
                   "|the cake|top|the top|the bottom|the back|the front|the side|the label|the tag|the box"
                   "|her face|his face|their faces|her head|his head|her hair|his hair|her eyes|his eyes|her mouth"
                   "|her hands|his hands|her feet|his feet|her arms|his arms|her legs|his legs|her shoulders"
                   "|her neck|his neck|her tattoo|her tattoos|his tattoos|her scar|her scars|her freckles|her smile"
                   "|her wound|his wound|her ears|her nose|her forehead|her teeth|her wrists|her ankles")
#: What the last cover is: a towel, a robe, a sheet, the underwear.
_COVER = ("towel|bath towel|the towel|her towel|his towel|robe|the robe|her robe|his robe|bathrobe|the bathrobe"
          "|her bathrobe|bath robe|silk robe|sheet|the sheet|bedsheet|bed sheet|blanket|the blanket|kimono|yukata"
          "|sarong|nightgown|negligee|her nightgown|slip|her slip|bra|her bra|bikini|her bikini|underwear|her underwear"
          "|lingerie|her lingerie|panties|her panties|last garment|the last garment|last piece|the last piece")
#: The cover leaves: set aside, dropped, slipped off.
_COVER_GOES = ("set aside|put aside|tossed aside|thrown aside|cast aside|laid aside|pushed aside|pulled aside|left aside"
               "|dropped|drops|dropping|dropped to the floor|fallen|falls|falling|fell|falls away|fell away|slipped off"
               "|slipping off|slips off|slid off|slides off|sliding off|discarded|shed|sheds|pooled at her feet"
               "|around her ankles|at her feet|on the floor|hung up|hanging up|hung on the hook|on the hook|removed"
               "|taken off|pulled off|unwrapped|undone|untied|let go|let fall|lets fall|off")
#: And the body is then shown.
_SHOWN = ("show her|show him|show them|showing her|showing him|shows her|shows him|facing the camera|facing camera"
          "|facing the viewer|facing the lens|facing us|facing me|facing forward|turned to the camera|turns to the camera"
          "|turning to the camera|full frontal|full body|full-body|front view|from the front|frontal view"
          "|standing up out of|stands up out of|standing up from|rising out of|rises out of|rising from the|getting out of"
          "|gets out of|stepping out of|steps out of|climbing out of|nothing underneath|nothing under it|nothing beneath"
          "|everything visible|everything on display|body on display|all of her|all of him|her whole body|his whole body"
          "|head to toe|head-to-toe|completely exposed|fully exposed|exposed|bare|uncovered")
#: A rating for sex rather than violence.
_RATED = ("rated r|r rated|r-rated|rated x|x rated|x-rated|rated nc-17|nc-17|nc17|rated 18|18 rated|18-rated|rated m"
          "|rated 18+|18+|adults only|adults-only|rated mature|mature rating|mature-rated|r18|r-18")
_SPICY = ("spicy|sexy|steamy|naughty|adult|nsfw|lewd|sultry|risque|risqué|racy|raunchy|saucy|dirty|spicier|sexier"
          "|steamier|hot|hotter|fun|other|bedroom|intimate|sexual|erotic|x-rated|r-rated")

PATTERNS_18_EN: list[tuple[str, str, str, float]] = [
    # --- 1. "nothing on" / "nothing covering" a body in bed, a shower, a bath ----------------------------------
    ("en", f"{{{_BED}}} ~5 {{nothing on|with nothing on|wearing nothing|has nothing on|had nothing on|nothing covering"
           f"|with nothing covering|nothing covering her|nothing covering him|nothing underneath|nothing under the sheets"
           f"|nothing under the covers|nothing under the towel|nothing under the robe}} !{{{_NOTHING_ON_NOT}}}", U, 0.8),
    ("en", f"{{{_WHO}}} ~2 {{nothing on|nothing covering|with nothing covering|nothing to cover her|nothing to cover him}} "
           f"!{{{_NOTHING_ON_NOT}}}", U, 0.8),
    ("en", "{nothing|not a thing|not a stitch|not one thing|nothing at all|absolutely nothing} {covering|covers|covered"
           "|hiding|hides|concealing|conceals|to cover} {her|him|them|her body|his body|their bodies|herself|himself"
           "|her chest|her breasts|her skin|his skin|anything of her|anything of him} !{face|head|hair|eyes|mouth|hands"
           "|feet|arms|legs|shoulders|neck|tattoo|tattoos|scar|scars|freckles|smile|wound|wounds|ears|nose|forehead"
           "|teeth|wrists|ankles|head and|up}", U, 0.8),
    # "leave nothing to the imagination", "nothing left to the imagination"
    ("en", "{leave|leaves|leaving|left|leaves absolutely|leave absolutely|leaving absolutely} nothing {to|for} "
           "{the imagination|imagination|the viewer's imagination|the viewers imagination|anyone's imagination}", U, 0.75),
    ("en", "{nothing|not a thing|nothing at all} {left|is left|remains|is left over} {to|for} {the imagination"
           "|imagination|the viewer's imagination}", U, 0.75),
    # --- 2. rated for sex, not for violence ---------------------------------------------------------------------
    ("en", f"{{{_RATED}}} ~4 {{for the|for|because of the|because of|due to the|thanks to the|for all the}} {{{_SPICY}}} "
           "{reason|reasons|kind|way|content|stuff|scenes|scene|bits|parts|part|things|kind of way|sense}", U, 0.8),
    ("en", f"{{{_RATED}}} ~5 {{not for|not because of|not due to|and not for|not the|but not for|but not}} "
           "{violence|the violence|gore|the gore|blood|language|swearing|the language|action|fighting|guns"
           "|horror|the horror|drugs}", U, 0.8),
    ("en", f"{{{_SPICY}}} {{reason|reasons|kind|way}} ~2 {{not|not for|not because of|rather than|instead of}} "
           "{violence|the violence|gore|the gore|blood|language|swearing|action|fighting|horror|drugs}", U, 0.8),
    # --- 3. drapery, fabric and coverings absent from a figure or a body ------------------------------------------
    ("en", "{she|he|herself|himself|her body|his body|posing|poses|posed|lying|standing|kneeling|reclining|naked|bare"
           "|reference|references|figure|model|sculpture|statue|study|anatomy|anatomically complete|anatomically correct"
           "|life drawing|figure drawing|photographic reference} ~8 "
           "{without any|without|with no|no|minus|sans|free of|devoid of|without a single|without one|stripped of"
           "|not a single|not one|not a scrap of|not a stitch of} {drapery|draperies|draping|drapes|drape|cloth"
           "|covering|coverings|fig leaf|fig leaves|modesty cloth|loincloth} !{on the windows|on the window|at the windows"
           "|at the window|in the room|in the windows|for the windows|on the walls|on the table|on the furniture"
           "|on the stage|in the hall|in the house|on the bed frame|on the curtain rod|on the rod}", U, 0.8),
    # a figure shown from every side without drapery (the person may be a handle the gap cannot cross: "@x_y")
    ("en", "{without any|without|with no|no|minus|sans|free of|devoid of|stripped of} {drapery|draperies|draping} ~2 "
           "{front and back|front and back view|from the front and back|from all angles|all angles|every angle"
           "|from every angle|from every side|all sides|full body|full-body|turnaround|360|360 degrees|head to toe}", U, 0.75),
    ("en", "{anatomically complete|anatomically correct|anatomically accurate|anatomically exact|anatomically precise"
           "|anatomically detailed|anatomically uncensored|complete anatomy|full anatomy|all anatomy} ~3 "
           "{reference|references|render|rendering|photo|photos|picture|pictures|image|images|version|figure|nude"
           "|study|photographic|shot|depiction} ~4 {of her|of him|of my|of the woman|of the girl|of this woman"
           "|of this girl|of my coworker|of my neighbour|of my neighbor|of my ex|of my wife|of my girlfriend}", U, 0.8),
    # --- 4. invisible, imaginary or see-through outfits worn by someone -------------------------------------------
    ("en", "{wearing|wears|wore|in|dressed in|clad in|has on|only in|just in|dressed only in|in only|wearing only} "
           "{the|an|her|his|their|a|} {emperor's new clothes|emperors new clothes|emperor s new clothes|empress's new clothes"
           "|empress new clothes|emperor's new outfit|invisible outfit|invisible clothes|invisible clothing|invisible dress"
           "|invisible bikini|invisible lingerie|invisible underwear|invisible swimsuit|invisible garments|invisible suit"
           "|imaginary clothes|imaginary outfit|imaginary clothing|imaginary dress|imaginary bikini|nonexistent outfit"
           "|non-existent outfit|nonexistent clothes|non-existent clothes|see-through everything|transparent everything}",
     U, 0.8),
    ("en", "{wearing|wears|wore|dressed in|clad in|clothed in} {nothing but|only|just|nothing except} {air|thin air"
           "|the air|fresh air}", U, 0.8),
    # --- 5. the last cover set aside or dropped, the body then shown ----------------------------------------------
    ("en", f"{{{_COVER}}} {{{_COVER_GOES}}} ~6 {{{_SHOWN}}} !{{the car|a car|the bus|the train|the dog|the kids"
           "|the children|the baby|her son|her daughter|the laundry|the dry cleaning|the shop|the store|the room}", U, 0.8),
    ("en", f"{{drops|dropped|dropping|drop|lets fall|let fall|letting fall|sets aside|set aside|setting aside|puts aside"
           "|put aside|tosses aside|tossed aside|throws aside|threw aside|sheds|shed|shedding|slips off|slipped off"
           "|slipping off|lets slip|let slip|undoes|undid|unties|untied|unwraps|unwrapped|opens|opened|pulls open"
           f"|pulled open|peels off|peeled off}} {{her|his|their|the}} {{{_COVER}}} ~6 {{{_SHOWN}|nothing on"
           "|nothing underneath|nothing under it|with nothing on|wearing nothing|and nothing else}", U, 0.8),
    # --- 6. men's-magazine centrefold layouts of a person --------------------------------------------------------
    ("en", "{as|as the|as a|as her|as his|like a|like the|in a|in the|as this month's|as the month's|for the|for a} "
           "{centerfold|centrefold|centerfold model|centrefold model|playmate|playmate of the month|page 3 girl"
           "|page three girl|page 3 model|page three model|pinup centerfold|pin-up centerfold|centerfold spread"
           "|centrefold spread|nudie model|glamour model centerfold} !{of|for|in|on|from|at|with|to|about|and|section"
           "|page|pages|map|maps|poster|posters|article|recipe|feature|photo of a|photo of the|picture of}", U, 0.8),
    ("en", "{gentleman's|gentlemen's|gentlemens|gentleman s|gentlemen s|gentlemans|lads|lad's|lads'|girlie|nudie|skin"
           "|adult|men's adult|playboy|penthouse|hustler|mayfair} {magazine|mag|magazines|mags|glossy} ~3 {layout|layouts"
           "|spread|spreads|shoot|photoshoot|photo shoot|centerfold|centrefold|pictorial|feature|style|pose|poses|photo"
           "|photos|pics|pictures|cover|shot|shots|model|page|pages|issue}", U, 0.8),
    ("en", "{centerfold|centrefold} {layout|spread|shoot|photoshoot|photo shoot|pose|poses|style|photo|photos|shot|pictorial"
           "|model} !{map|maps|poster of the solar system|of the solar system|diagram|diagrams|of a map|chart|charts"
           "|of the map|of the atlas|atlas}", U, 0.75),
    # --- 7. a person unwrapped as a present ----------------------------------------------------------------------
    ("en", "{as|like|is|was|as if she were|as if he were} {my|a|the|your|his|her|our|their} {christmas|xmas|birthday"
           "|valentine's|valentines|valentine|anniversary|holiday|wedding|honeymoon|} {present|gift|surprise} ~5 "
           "{unwrapped|unwrap|unwrapping|unwraps|fully unwrapped|completely unwrapped|wrapping removed|wrapping off"
           "|wrapping gone|wrapping paper off|without the wrapping|without wrapping|without any wrapping|with the wrapping"
           "|paper torn off|ribbon untied|ribbon undone|bow untied|bow undone|only the bow|only a bow|just a bow"
           "|nothing but a bow|nothing but a ribbon|only a ribbon|just a ribbon|wearing only a bow|wearing just a bow}", U, 0.8),
    ("en", "{unwrap|unwraps|unwrapping|unwrapped} {her|him|them|my neighbour|my neighbor|my coworker|my ex|my wife"
           "|my girlfriend|my sister-in-law|my boss|my classmate|my roommate|the girl|the woman|this girl|this woman} "
           "{completely|fully|entirely|all the way|like a present|like a gift|like a christmas present|like a birthday present"
           "|slowly|on the bed|in bed|for me|tonight}", U, 0.8),
    # --- 8. the viewpoint of the one in bed beside them -------------------------------------------------------
    ("en", "{my pov|pov|my point of view|from my pov|point of view|my view|my perspective|the view} ~2 {from the other"
           "|from my|lying on the other|on the other|from the next} {pillow|side of the bed|half of the bed|pillow over"
           "|pillow next to her|pillow beside her}", U, 0.75),
    # --- 9. in underwear in a sex pose (the edits down to underwear are intent_text's: undress_edit.py) ----------
    ("en", "{in|wearing} {lingerie|underwear|panties|a thong|a g-string|her underwear|her lingerie|just lingerie"
           "|just underwear} {on her knees|on all fours|bent over|bending over|spreading her legs|legs spread"
           "|with legs spread|straddling|on her back with legs|on the bed on her knees}", U, 0.8),
    # --- 10. light respellings of the clothes and of a short sexual noun ----------------------------------------
    ("en", "{without|with no|no|zero|minus|sans|remove|removes|removed|removing|take off|took off|taking off|strip off"
           "|lose|lost|losing|ditch|drop|delete|erase|off with} {her|his|their|the|any|all|all her|all his|all the|} "
           "{clothez|clothess|clothse|clotes|cloathes|clooothes|clthes|clothz|klothes|clotheses|outfitz"
           "|garmentz|undiez|pantiez}", U, 0.8),
    # "undres plz": the undress verb with a letter dropped or doubled, as a command to the model
    ("en", "{undres|undrss|undrs|unddress|undresss|undreess|unress|undresz|undrez} {plz|plzz|plzzz|pls|plss|please"
           "|pleasee|now|her|him|them|fully|completely|totally|all the way|for me|pic|photo|edit|it|asap}", U, 0.8),
    # "hooking up, explicit": casual sex said as slang, next to a word that asks for it shown
    ("en", "{hooking up|hook up|hooks up|hooked up|hookup|hook-up} ~3 {explicit|explicitly|nsfw|uncensored|porn|porno"
           "|naked|nude|sex tape|xxx|hardcore|no clothes|caught on camera|hidden camera|hidden cam}", E, 0.8),
    ("en", "{sx|sexx|sexxx|seks|secks|sekz|seggs|s3ks} {tape|tapes|video|videos|vid|vids|clip|clips|scene|scenes|pics"
           "|pic|photo|photos|footage|film|movie|still|stills|frame|frames|leak|leaked|cam|recording} "
           "!{pistols|pistol|and the city|ed|education|offender|offenders|worker|workers|trafficking}", E, 0.85),
]

MORE_18_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
