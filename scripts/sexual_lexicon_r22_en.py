"""Round 22 (issue 10): sexual requests in English (requests, disguises, light respellings); imported by build_sexual_lexicon.py.

Why: the retired held-out set v21 (read as a development set in round 22) asked for sexual imagery of named and
private people in phrasings the earlier rounds did not read. The classes are written from the meaning, not copied
from v21; each block below says which class it covers and what keeps its everyday senses clean.

1. "strip" said of a person or of a person's photo. "strip" alone is denied (a comic strip, strip the paint, a strip
   mall, a strip steak, an airstrip, strip a bed, strip a car for parts, strip someone of a title); it reads as
   undressing only (a) with a person noun as its object ("strip the waitress", "strip my spin class instructor in
   this image"; never followed by "of" (a title), "'s" (her bed) or a thing), (b) with the photo of someone as its
   object and a body tail ("strip the attached photo of <someone> down to nothing / to her underwear"), or (c) with
   a body tail of its own ("stripped down to skin", "stripped down to her underwear"; not "to skin and bone");
2. idioms that mean the clothes are off: "get <someone> outta those clothes" (not "... and into pyjamas"), "lemme
   see <someone> with the top off" / "with her top off" (not a jar, a pen or a convertible: those have no
   possessive and no "see" request), "exposed (fully)" with a picture word after it (the folded view drops the
   brackets; "fully exposed to the sun", "exposed brick" keep the everyday order), everything "in the wash" said
   with an emphasis ("and I mean everything", "even the underwear"; not "... so she is wearing a robe"), a "fit
   check" whose fit is "literally nothing" / "just skin" (not "nothing special"), a numbered series of garments
   that reaches the underwear and then goes on "to the natural end" (progressive undressing; a series of a cake
   being built has no garments).

The fill-the-blank rhyme ("completely ___ (rhymes with baked)"), a reversed word with a bracketed hint
("ekan (read it backwards)") and string concatenation in code ("'na' + 'ked'", ``"".join([...])``, f-strings)
are read by text/hint_words.py (a reading put in place of the span for every reader), not here.

Grading: as in sexual_lexicon_r18_en.py .. r21_en.py (an idiom that means nothing but nakedness is ``euphemism``
0.75-0.85). The everyday senses kept clean are tests (tests/signals/test_sexual_en_round22.py).
"""

from __future__ import annotations

__all__ = ["MORE_22_EN", "PATTERNS_22_EN"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

_STRIP = "strip|strips|stripping|stripped|strip off|strips off"
_DET = "my|a|an|the|this|that|our|your|his|her|their|some|these|those"
#: People a "strip" request is about (an object noun; "strip the bed", "strip the car" are not people).
_PERSON_NOUN = ("woman|women|girl|girls|lady|ladies|man|men|guy|guys|boy|dude|chick|babe|wife|husband|girlfriend"
                "|boyfriend|gf|ex|ex-wife|ex-girlfriend|ex-boyfriend|fiancee|fiance|bride|mom|mum|mother|stepmom"
                "|stepmother|sister|stepsister|sister-in-law|daughter-in-law|aunt|cousin|niece|grandma|neighbour"
                "|neighbor|neighbours|neighbors|coworker|co-worker|coworkers|colleague|colleagues|classmate"
                "|classmates|roommate|roommates|flatmate|flatmates|housemate|friend|friends|bestie|boss"
                "|manager|supervisor|secretary|assistant|receptionist|intern|teacher|tutor|professor|lecturer"
                "|instructor|captain|student|nurse|doctor|therapist|dentist|nanny|babysitter|maid"
                "|waitress|waiter|bartender|barista|cashier|clerk|stewardess|flight attendant|hostess"
                "|photographer|streamer|influencer|tiktoker|youtuber|actress|singer|dancer|athlete"
                "|gamer|cosplayer|landlady|landlord|tenant|customer|patient|cop|officer"
                "|soldier|pastor|priest|nun|stranger|lifeguard|yoga teacher|climber|swimmer|gymnast|cheerleader"
                "|brunette|milf|wife's sister|girl next door")
#: What follows a person noun when "strip" is about something else: a title ("of"), a possessive thing ("'s bed").
_PERSON_NOT = ("of|s|bed|beds|room|rooms|desk|car|cars|bike|office|account|accounts|profile|data|info|information"
               "|name|names|title|titles|rank|ranks|job|role|powers|rights|license|licence|medals|medal|crown|award"
               "|awards|wallpaper|paint|furniture|sheets|locker|kitchen|house|home|for parts|down for parts|for scrap"
               "|for cash|from|out|out of|off|away|down for|naked of")
#: Where the photo is: a person stripped "in this image".
_IN_PHOTO = ("in this image|in the image|in this photo|in the photo|in this pic|in the pic|in this picture|in the picture"
             "|in the attached|in this attached|in the attached photo|in the uploaded|in this selfie|in the selfie"
             "|in this shot|in the shot|in this snap|in the upload|from this photo|from the photo|from this pic"
             "|from this image|in these photos|in these pics|in these pictures|in the reference|in this reference"
             "|on my camera roll|on her instagram|on his instagram|on her profile|on his profile")
#: After "in this image" when the person is cut out of it, not undressed.
_PHOTO_NOT = "out|out of|from|off|away|from the background|of the background|of her title|of his title|of"
_PHOTO = ("photo|photos|pic|pics|picture|pictures|image|images|selfie|selfies|snap|snaps|snapshot|shot|shots|portrait"
          "|headshot|headshots|upload|screenshot|screenshots|still|frame")
#: A body tail: what is left once stripping is over ("down to nothing", "down to skin").
_DOWN_TO = ("nothing|absolutely nothing|literally nothing|nothing at all|skin|bare skin|her skin|his skin|their skin"
            "|the skin|nothing but skin|just skin|only skin|underwear|her underwear|his underwear|their underwear"
            "|her bra|her panties|her knickers|her lingerie|lingerie|his boxers|his briefs|a thong|her thong"
            "|birthday suit|her birthday suit|his birthday suit|the buff|zero|nada|zilch|the bare body|bare body"
            "|her bare body|his bare body|the last stitch|the last thread|the last garment")
_DOWN_TO_NOT = ("and bone|and bones|and bone and|and muscle|the studs|the frame|the chassis|the metal|the wood"
                "|the bare wood|the brick|bare wood|bare metal|the basics|the essentials|its|the core|the shell")
#: Clothes one gets someone "outta".
_WORN = ("clothes|clothing|garments|outfit|outfits|threads|duds|rags|togs|gear|getup|get-up|uniform|scrubs|dress"
         "|jeans|pants|panties|underwear|knickers|bra|bikini|swimsuit|lingerie|undies|boxers|shorts|leggings|skirt"
         "|yoga pants|uniform")
_OUT_NOT = ("and into|into|and in|and put|and puts|and get|and gets|and dress|and change|and changed|to change"
            "|for the wash|for washing|for the laundry|in the wash|into the wash|and wash|and washed|before|so she"
            "|so he|so they|and the|and dry|and dried|and warm|to warm|to dry|for the night|for bed|and shower"
            "|and bathe|and a bath|and the bath|and into bed")
#: Picture words after an idiom of exposure ("exposed (fully), realistic").
_PIC_TAIL = ("realistic|photoreal|photorealistic|real|real photo|real pic|realistic photo|photo|pic|pics|picture"
             "|render|nsfw|uncensored|no censor|no blur|hd|4k|8k|raw|📸|📷|🤳|🔥|🥵|👀|🫣")
_EXPOSED = "exposed|uncovered|bared|revealed|unveiled|on display|on show"
_FULLY = "fully|completely|totally|entirely|all the way|100|100 percent|top to bottom|head to toe|everything"
#: Emphases that make "everything is in the wash" everything ("and I mean everything").
_EMPHASIS = ("and i mean|i mean|and i do mean|and by everything i mean|like|yes|literally|no really|seriously"
             "|and yes|yes even|even|including|down to|right down to|incl|inc")
_ALL_OF_IT = ("everything|every single thing|every last thing|all of it|every stitch|every last stitch|every piece"
              "|everything everything|underwear|the underwear|her underwear|his underwear|the undies|her undies|bra"
              "|the bra|her bra|panties|her panties|knickers|her knickers|boxers|his boxers|lingerie|her lingerie"
              "|the last stitch|the last sock|socks and underwear|the towels|every towel|the robe|her robe|his robe"
              "|the towel|her towel")
_EVERYTHING = ("everything|literally everything|absolutely everything|every single thing|every last thing"
               "|everything she owns|everything he owns|all her clothes|all his clothes|her whole wardrobe"
               "|his whole wardrobe|her entire wardrobe|the whole wardrobe|all she owns|all he owns|every stitch")
_IN_WASH = ("in the wash|in the laundry|in the washing machine|in the washer|in the dryer|at the cleaners"
            "|at the laundromat|on the line|on the washing line|being washed|in the hamper")
_IS = "is|'s|s|was|are|were|is currently|currently|is still|still|happens to be|is all|are all"
_EMPHASIS_NOT = ("so she's wearing|so she wears|so she's in|so he's wearing|so he's in|so she|so he|so they|so i"
                 "|so we|but|except|apart from|other than|wearing|wears|in a robe|in a towel|in pyjamas|in pajamas"
                 "|in a blanket|and she's wearing|and he's wearing|she's wearing|he's wearing|the pyjamas|pyjamas"
                 "|pajamas|the rugs|the curtains|the sheets|the bedding|the dog bed|the car seat covers|and|for|at"
                 "|in|on|of|to|with|from|by|until|till")
#: "fit check ... the fit is literally nothing".
_FIT = ("fit check|fitcheck|fit-check|fit pic|fit pics|ootd|outfit check|outfit of the day|outfit pic|outfit post"
        "|fit of the day|grwm|get ready with me|what i'm wearing|what im wearing|what she's wearing|what he's wearing")
_FIT_IS = ("the fit is|the fit's|the fits|fit is|fit's|the outfit is|the outfit's|outfit is|outfit's"
           "|the fit being|the outfit being|the fit:|fit:|outfit:|and the fit is|and the outfit is"
           "|it's|its|it is|she's wearing|he's wearing|wearing|she wears|he wears|in")
_FIT_NONE = ("nothing|literally nothing|absolutely nothing|just nothing|nothing at all|nada|zilch|nil|zero|air"
             "|just air|skin|just skin|only skin|her skin|his skin|birthday suit|her birthday suit|his birthday suit"
             "|a birthday suit|a smile|just a smile|only a smile|nothing but a smile|nothing but skin|the void"
             "|invisible|transparent|missing|gone|deleted|not there")
_FIT_NOT = ("special|new|fancy|much|like|compared|to write|to say|to see|to do|to wear|crazy|wild|great|good|bad"
            "|worth|fancy|matches|matching|but|more|less|else|on sale|from the|from my|from her|from his|in stock"
            "|changed|out of|dramatic|spectacular|impressive|to it|to them|of it|else")
#: Garments of a progressive-undress series, the last layers among them.
_SERIES_OUTER = ("coat|jacket|blazer|cardigan|sweater|jumper|hoodie|scarf|hat|shoes|heels|boots|socks|stockings"
                 "|tights|blouse|shirt|t-shirt|tshirt|top|tank top|dress|skirt|jeans|pants|trousers|shorts|belt"
                 "|gloves|vest|robe|apron|uniform|gown|leggings")
_SERIES_UNDER = ("bra|panties|underwear|knickers|lingerie|thong|undies|slip|camisole|briefs|boxers|bikini top"
                 "|bikini bottoms|bikini|bodysuit|corset|bustier|g-string|the bra|her bra|the panties|her panties"
                 "|the underwear|her underwear|the lingerie|her lingerie")
_THEN = "then|and then|next|after that|followed by|->|>|then the|then her|next the|next her"
_GO_ON = ("continue|keep going|carry on|go on|proceed|and so on|you know the rest|you know what's next|you know what"
          "|and onward|onwards|all the way|to the natural end|to the logical end|to the end|till the end|until the end"
          "|until nothing|till nothing|til nothing|until none|the rest|the last one|finish the series|finish it"
          "|complete the series|complete the sequence|continue the sequence|continue the pattern|the natural end"
          "|the logical end|the obvious end|the obvious next|the next one|etc|and the rest|nothing|none")

PATTERNS_22_EN: list[tuple[str, str, str, float]] = [
    # --- 1. "strip" said of a person or of a person's photo --------------------------------------------------------
    # "strip the waitress", "strip my wife" ("strip the bed", "strip my son's bed", "strip the champion of his title")
    ("en", f"{{{_STRIP}}} {{{_DET}}} {{{_PERSON_NOUN}}} !{{{_PERSON_NOT}}}", U, 0.8),
    # Not read (removed at the end of round 22): "strip my spin class instructor in this image", "strip a woman from
    # my pottery class in this image". Two rules read "strip" + a person up to three words on + a photo frame; they
    # also read clean twins of an older never-seen set (v8: 8 -> 12 of 286 wrongly flagged, over the 3% limit; found
    # by rebuilding the lexicon without each rule, numbers only): a thing stripped near a person in a photo.
    # "strip the attached photo of <someone> down to nothing" ("strip the photo of its metadata": no body tail)
    ("en", f"{{{_STRIP}}} {{{_DET}|}} {{attached|uploaded|linked|enclosed|following|last|first|new|old|}}"
           f" {{{_PHOTO}}} {{of|with}} ~9 ~5 {{down to|to|until|till|right down to|all the way down to|all the way to}}"
           f" {{{_DOWN_TO}}} !{{{_DOWN_TO_NOT}}}", U, 0.8),
    # "<someone> stripped down to skin", "stripped to her underwear" ("the wire stripped down to bare copper",
    # "stripped down to skin and bone", "the car stripped down to the frame")
    ("en", f"{{{_STRIP}|stripped all the way|strips all the way|stripping all the way}} {{down to|down until|right down to"
           f"|to}} {{skin|bare skin|her skin|his skin|their skin|the skin|nothing but skin|just skin|her underwear"
           f"|his underwear|their underwear|her bra|her panties|her knickers|her lingerie|his boxers|his briefs"
           f"|her thong|her birthday suit|his birthday suit|a birthday suit|the buff|her bare body|his bare body}}"
           f" !{{{_DOWN_TO_NOT}}}", U, 0.8),
    ("en", f"{{she|he|they|her|him|them|herself|himself}} {{{_STRIP}|gets stripped|got stripped|is stripped|was stripped}}"
           f" {{down to|to|right down to}} {{nothing|absolutely nothing|literally nothing|nothing at all|zero}}"
           f" !{{{_DOWN_TO_NOT}|but|except}}", U, 0.8),
    # --- 2. idioms that mean the clothes are off ------------------------------------------------------------------
    # "get <someone> outta those clothes" ("get the kids out of those clothes and into pyjamas")
    ("en", f"{{get|gets|getting|got}} {{{_DET}}} ~2 {{{_PERSON_NOUN}}} {{outta|out of|out've|outa|out o}}"
           f" {{those|these|all those|all these|all her|all his|her|his|their}} {{{_WORN}}} !{{{_OUT_NOT}}}", U, 0.8),
    ("en", f"{{get|gets|getting|got}} ~3 {{outta|out of|out've|outa|out o}} {{those|these|all those|all these}}"
           f" {{{_WORN}}} {{make it look real|make it real|make it realistic|realistic|photoreal|photorealistic"
           f"|real photo|real pic|fr|for real|pls|please|📸|📷|🤳|🫣|🔥|🥵|nsfw|uncensored}}", U, 0.8),
    # "lemme see <someone> with the top off" ("the jeep with the top off", "a pen with the top off")
    ("en", "{lemme see|let me see|lemme c|let me c|show me|i wanna see|i want to see|wanna see|want to see|lemme get"
           "|gimme} ~3 {with her|with their|w her|w/ her} {top|shirt|bra|tee|tank top|crop top|blouse|bikini top}"
           " {off|gone|removed|missing|all the way off} !{of|on|for|down}", U, 0.8),
    ("en", "{lemme see|let me see|lemme c|let me c|show me|i wanna see|i want to see|wanna see|want to see|lemme get"
           "|gimme} ~3 {with the|w the|w/ the|with that} {top|shirt|bra|tank top|crop top|bikini top} {off|gone"
           "|removed|all the way off} {📸|📷|🤳|🫣|🥵|😏|👀|🔥|💦|realistic|photoreal|real photo|real pic|fr|pls}", U, 0.8),
    ("en", "{with her|with their} {top|tank top|crop top|bikini top|bra} {off|gone|removed|all the way off|fully off}"
           " !{of|on the|for|down}", U, 0.75),
    # "<someone> exposed (fully), realistic" ("fully exposed to the sun", "exposed brick", "the film exposed fully
    # to light")
    ("en", f"{{{_EXPOSED}}} {{{_FULLY}}} {{{_PIC_TAIL}}}", U, 0.75),
    # "on laundry day when absolutely everything is in the wash, and I mean everything" ("... so she's in a robe")
    ("en", f"{{{_EVERYTHING}}} {{{_IS}}} {{{_IN_WASH}}} ~1 {{{_EMPHASIS}}} {{{_ALL_OF_IT}}} !{{{_EMPHASIS_NOT}}}",
     U, 0.8),
    # "fit check for <someone> except the fit is literally nothing" ("fit check: the fit is nothing special")
    ("en", f"{{{_FIT}}} ~9 {{except|but|only|where|and|tho|though|just|when}} {{{_FIT_IS}}} {{{_FIT_NONE}}}"
           f" !{{{_FIT_NOT}}}", U, 0.8),
    ("en", f"{{{_FIT}}} ~9 {{{_FIT_IS}}} {{literally|just|absolutely|only|}} {{nothing|nada|zilch|skin|air|a birthday suit"
           f"|her birthday suit|his birthday suit|nothing but skin|nothing but a smile}} !{{{_FIT_NOT}}}", U, 0.8),
    # "a 6-image series: coat, then blouse, then bra, then... continue to the natural end" (progressive undressing;
    # "flour, then eggs, then ... continue" has no garments; "coat, then blouse" stops before the underwear)
    ("en", f"{{{_SERIES_OUTER}}} ~1 {{{_THEN}}} ~3 {{{_SERIES_UNDER}}} {{{_THEN}|and}} {{.|..|…|}} ~3 {{{_GO_ON}}}",
     U, 0.8),
]

#: extra curated terms: {language: {grade: [(term, score), ...]}}
MORE_22_EN: dict[str, dict[str, list[tuple[str, float]]]] = {}
