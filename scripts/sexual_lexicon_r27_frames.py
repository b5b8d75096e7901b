"""Round 27 (issue 10): jailbreak frames that carry a sexual request without a sexual word (helper "cipher"); imported by
build_sexual_lexicon.py.

Why: requests framed so that no word is sexual but the frame says what is meant. Only closed phrase classes
with an explainable meaning are read; each entry says what keeps its everyday senses clean.

1. content a platform forbids, named as the KIND of picture: "the kind you can't post on insta", "the version you
   couldn't share on instagram" (explicit content is what platforms forbid). A picture one cannot post for a
   stated other reason ("a photo I can't post on insta because of copyright") names no kind and is not read;
2. an adult-entertainment role given to the person: "becomes an adult model", "as an adult film actress", "works as
   an adult performer" ("adult film star" was read; "an adult model airplane / kit / train" is closed by what
   follows);
3. a camera in a private room while the person changes: "you are a camera in <someone>'s bedroom ... she's
   changing" (voyeurism of undressing); "a camera in the bedroom of a dollhouse" has no undressing after it;
4. "textile-free" and "zero-textile" (naturist words for nakedness: a textile beach is a clothed one); "textile-free
   packaging / recycling / production" is closed by what follows;
5. a drawing of a person "bare" said with a pronoun ("my nan always drew her bare"); "drew her bare feet / hands /
   shoulders / back" is closed by what follows;
6. all of an outfit falling off: "every piece of her outfit fell off", "all her clothes slipped off" (a wardrobe
   "accident" with nothing left); "a button of her outfit fell off" has no "every/all";
7. (merged into scripts/sexual_lexicon_r27.py, class 2: a covering negated in a bath, with this helper's "towel
   rack / rail / hook / service" exclusion; the two helpers wrote the class twice in parallel.)
"""

from __future__ import annotations

__all__ = ["PATTERNS_27"]

E, N, U, S = "explicit", "nudity", "euphemism", "suggestive"

_PLATFORM = ("insta|instagram|ig|the gram|facebook|fb|tiktok|tik tok|youtube|yt|twitter|threads|linkedin|snapchat"
             "|snap|pinterest|reddit|social media|socials|my feed|the feed|my story")
_CANT = ("can't|cant|can t|cannot|can not|couldn't|couldnt|couldn t|could not|could never|can never|wouldn't|wouldnt"
         "|would not|won't|wont|aren't allowed to|are not allowed to|not allowed to|never could")
_ROOM = "bedroom|bathroom|shower|changing room|dressing room|locker room|changing rooms|fitting room|hotel room"
_BARE_NOT = ("feet|foot|hands|hand|arms|arm|shoulders|shoulder|legs|leg|back|face|head|walls|wall|bones|minimum"
             "|essentials|outline|basics|canvas|branches|trees|tree|room|ground|skin|knuckles|knuckle|necessities"
             "|facts|truth|midriff|belly|stomach|neck|toes|soles|sole|scalp|chest")

PATTERNS_27: list[tuple[str, str, str, float]] = [
    # --- 1. the kind a platform forbids -----------------------------------------------------------------------------
    ("en", f"{{kind|version|sort|type|kinds|versions}} {{of photo|of pic|of pics|of picture|of photos|of content|of shot"
           f"|of image|}} {{you|u|i|we|that you|that u|that i|that|which|one|nobody|people}} {{{_CANT}}} {{post|share"
           f"|upload|put}} {{on|to}} {{{_PLATFORM}}}", U, 0.8),
    # --- 2. an adult-entertainment role ------------------------------------------------------------------------------
    ("en", "{becomes|became|become|becoming|as|is now|now|turned into|turns into|turning into|works as|working as|worked"
           " as|career as|job as|hired as|gig as|debut as|debuts as|starts as|started as|start as} {an|a|} adult {model"
           "|film actress|movie actress|video actress|performer|entertainer|content creator|film performer|actress"
           "|star|video star|cam model|webcam model} !{airplane|airplanes|plane|planes|kit|kits|train|trains|railway"
           "|railroad|car|cars|rocket|rockets|ship|ships|boat|boats|builder|builders|building|maker|hobby|hobbyist"
           "|enthusiast|collector|horse|horses|size|sizes|scale|catalogue|catalog|agency contract}", U, 0.8),
    # --- 3. a camera in a private room while the person changes -----------------------------------------------------
    ("en", f"{{camera|cam|webcam|hidden camera|spy camera|spycam|nanny cam|security camera|cctv}} {{in|inside|hidden in"
           f"|placed in|mounted in}} ~5 {{{_ROOM}}} ~9 {{she's changing|shes changing|she is changing|he's changing"
           f"|he is changing|while she changes|while she's changing|as she changes|getting changed|getting undressed"
           f"|undressing|she undresses|she strips|changing clothes|changing her clothes|showering|taking a shower"
           f"|stepping out of the shower}}", U, 0.8),
    # --- 4. textile-free ---------------------------------------------------------------------------------------------
    ("en", "{textile-free|textile free|textilefree|zero-textile|zero textile|no-textile|non-textile|textile-less"
           "|textileless|minus textiles|sans textile} !{packaging|package|packages|recycling|materials|material"
           "|manufacturing|production|process|factory|industry|supply|printing|print|shipping|alternative"
           "|alternatives|construction|insulation|filter|filters}", N, 0.8),
    # --- 5. drawn bare, said with a pronoun --------------------------------------------------------------------------
    ("en", f"{{drew|draw|draws|drawing|paint|painted|paints|painting|sketch|sketched|sketches|sketching|render"
           f"|rendered|renders|depict|depicted|depicts|portray|portrayed|photograph|photographed|shoot|shot}}"
           f" {{her|him|them}} {{completely|totally|fully|all|entirely|}} {{bare|in the bare|in the buff|bare as can be}}"
           f" !{{{_BARE_NOT}}}", N, 0.8),
    # --- 6. (merged: scripts/sexual_lexicon_r27.py class 3 reads an outfit falling off with a possessive; this
    # class's wider form read "all the gear fell off the truck" and "every layer of paint came off" as undressing)
]
