"""English person noun phrases anchored to one real person by a concrete detail (round 17, issue 10).

Why: the rules of :mod:`.private` and :mod:`.role_np` read a role or person noun with a possessive,
an everyday place, a group or a clause about the speaker. Four anchors of the same kind were still
read as nobody, so a sexual request about such a person was only reviewed:

* **a position in a group photo**: "the guy kneeling at the front in our office party pic", "the
  girl second from the right in the attached team photo" (a photo the speaker has, with several
  people in it; :mod:`.private` reads "the woman in this photo" only without the position);
* **"whoever" pointing at a picture**: "whoever this is", "whoever's in my gallery", "whoever is
  in this screenshot" (someone in a photo the speaker holds);
* **a scheduled service the speaker takes**: "the man in the grey coat on the 8:15 bus", "the
  girl who gets on my morning train" (a time of day with digits, or "my" commute);
* **a newcomer to the speaker's building or workplace**: "the couple who just moved in
  downstairs", "a guy who recently started on our team", "the lady who moved into unit 12";
* **a role that only exists in the speaker's own building or workplace**, with "the": "the
  property manager", "the building super", "the letting agent", "the store manager" (a definite
  article before such a compound presupposes the speaker's building or shop).

NOT read: generic scenes and fiction ("the woman on the left, oil painting" has no photo word;
"the last train" has no time of day; "a yoga teacher"; "the manager" alone; "the night manager" is
a TV series and "night"/"duty" are no compound here); a costume or a job word after the role
("the building manager outfit", "the office manager job").

Every row is a bounded alternation without nested quantifiers over overlapping classes, gated by
whole words an ASCII text must hold (one set intersection per row), capped at ``_MAX_CHARS``.
Reported as ``private_person`` at 0.75 with ``evidence.pattern`` = the row's name.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .private_context import pattern_findings

__all__ = ["ANCHOR_ROWS", "anchor_findings"]

_MAX_CHARS = 20_000

#: Person and role nouns read here (a role list kept short: the anchors are strong).
_HEAD = (
    r"girl|woman|lady|guy|man|chick|dude|bloke|gal|blonde|brunette|redhead|couple|person|mum|mom|boy|women|men"
    r"|ladies|girls|guys|teacher|nurse|receptionist|cashier|barista|waitress|waiter|bartender|intern|student"
    r"|trainer|instructor|coach|secretary|assistant|neighbou?r|tenant|commuter|passenger|jogger|runner|cyclist"
    r"|driver|conductor|guard|cleaner|colleague|co-?worker|manager|clerk|doctor|dentist|teller|employee"
)
_ADJ = r"(?:(?:hot|cute|pretty|new|young|tall|short|blonde|redhead|quiet|shy|older|little|sexy|other)\s+){0,2}"
_DEF = r"\b(?:the|that|this)\s+"
_PIC = (
    r"(?:photo|pic|picture|image|selfie|snap|shot|screenshot|photograph|group\s*shot|groupshot|headshot|video"
    r"|clip|story|post|upload)s?"
)
_NOT_PIC_TAIL = r"(?!\s+(?:frames?|booths?|studios?|books?|albums?|galler(?:y|ies)|walls?|shoots?|sessions?|editors?|apps?|filters?)\b)"
_ORDINAL = r"first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th|last"
_SIDE = r"left|right|middle|centre|center|front|back|end|corner|top|bottom"
#: "standing left", "on the far right", "second from left", "at the back", "in the middle row".
_POSITION = (
    rf"(?:(?:standing|sitting|seated|kneeling|crouching|posing|smiling|stood|sat|leaning)\s+)?"
    rf"(?:(?:on|at|in|to|from)\s+(?:the\s+)?)?(?:(?:{_ORDINAL})\s+(?:(?:from|on)\s+(?:the\s+)?)?)?(?:far\s+)?"
    rf"(?:{_SIDE})(?:\s+(?:side|row|end|corner))?"
)
#: Whose picture: a pointing or possessive word, or "the" with a kind of photo ("the team photo"); a bare
#: "the picture" is a composition ("the nurse at the front of the picture").
_PIC_DET = r"(?:(?:this|that|these|my|our|his|her|their|attached|uploaded)\s+(?:[a-z'-]+\s+){0,2}?|the\s+(?:[a-z'-]+\s+){1,2}?)"
_TIME_OF_DAY = r"[0-9]{1,2}[:.][0-9]{2}(?:\s?(?:am|pm))?|[0-9]{1,2}\s?(?:am|pm)"
_TRANSPORT = r"commute|train|bus|tram|ferry|shuttle|carriage|platform|stop|subway|metro|tube|route|flight"
_MARK = r"(?:(?:with|in|wearing)\s+(?:the|a|an|her|his|that)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+\s+)?"
_HOME = (
    r"next\s+door|upstairs|downstairs|across|opposite|above|below|(?:our|my)\s+[a-z]+"
    r"|the\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?:flat|apartment|house|unit|building|block|street|floor|office|team|department|company|firm"
    r"|gym|school|class|road|estate|close|complex|dorm|ward|practice|clinic|shop|store|branch|cafe|bar|salon)"
    r"|(?:flat|apartment|apt|unit|number|no|house|room|suite)\s*#?\s*[0-9]|[0-9]{1,3}[a-z]?\b"
)
_RESIDENCE = r"building|property|apartment|block|estate|complex|condo|strata|hoa|dorm|residence|residential|facilities|site"
_RESIDENCE_ROLE = (
    r"manager|managers|super|superintendent|caretaker|janitor|concierge|warden|porter|doorman|handyman|cleaner"
    r"|security\s+guard|maintenance\s+(?:guy|man|woman|lady)"
)
_WORK_PLACE = r"office|store|shop|branch|shift|gym|salon|cafe|restaurant|bar|pub|hotel"
_NOT_AFTER_ROLE = (
    r"(?!\s+(?:outfits?|costumes?|uniforms?|character|game|simulator|sim|role|job|jobs|position|vacancy|salary"
    r"|course|training|exam|licen[cs]e|trope|archetype|fantasy|porn|roleplay|rp)\b)"
)

#: Round 28: place nouns of a compound place and the roles that work there.
_ROLE_PLACE = (
    r"gym|cafe|salon|shop|studio|pool|library|bakery|pharmacy|clinic|surgery|store|market|laundromat|deli"
    r"|bookshop|bookstore|garage|centre|center|rink|hall|practice"
)
_PLACE_ROLE = (
    r"receptionist|cashier|barista|instructor|trainer|lifeguard|librarian|clerk|bartender|waitress|waiter"
    r"|pharmacist|hairdresser|stylist|attendant|teller|coach|owner|nurse"
)
_PLACE_ROLES = ("receptionist", "cashier", "barista", "instructor", "trainer", "lifeguard", "librarian", "clerk",
                "bartender", "waitress", "waiter", "pharmacist", "hairdresser", "stylist", "attendant", "teller",
                "coach", "owner", "nurse")
#: Modifiers that describe a look, a porn trope or a fiction, not a place.
_NOT_MODIFIER = (
    r"hot|sexy|cute|pretty|busty|slutty|naughty|horny|kinky|nude|naked|topless|young|old|new|blonde|brunette|redhead"
    r"|petite|thick|curvy|milf|teen|fantasy|fictional|anime|cartoon|virtual|ai|porn|adult|erotic|strip|sex|fetish"
    r"|lingerie|bikini|very|other|same|first|last|next|only|main|head|senior|junior|female|male|local"
)

_ROWS = (
    # "the girl sitting second from left in this group photo", "the man on the far right in our team pic"
    ("en_person_position_in_photo",
     ("photo", "photos", "pic", "pics", "picture", "pictures", "image", "images", "selfie", "snap", "shot", "screenshot",
      "photograph", "groupshot", "headshot", "video", "clip", "story", "post", "upload"),
     rf"{_DEF}(?:(?:{_ORDINAL})\s+)?{_ADJ}(?:{_HEAD})\s+,?\s*{_POSITION}\s*,?\s+(?:in|on|from)\s+{_PIC_DET}{_PIC}\b"
     rf"{_NOT_PIC_TAIL}"
     # "the lady in the blue scrubs in the picture": a mark, then the photo the speaker has
     rf"|{_DEF}{_ADJ}(?:{_HEAD})\s+(?:in|with|wearing)\s+(?:the|a|an|her|his)\s+(?:[a-z'-]+\s+){{0,2}}?[a-z'-]+\s+"
     rf"(?:in|on|from)\s+(?:{_PIC_DET}|the\s+){_PIC}\b{_NOT_PIC_TAIL}"),
    # "whoever this is", "whoever's in my camera roll", "whoever is in this screenshot"
    ("en_whoever_in_picture", ("whoever", "whoevers", "whoever's"),
     r"\bwhoever(?:'s|s)?\s+(?:(?:this|that|she|he)\s+(?:[a-z-]+\s+)?(?:(?:girl|woman|guy|lady|man|person|chick)\s+)?is\b"
     r"|(?:sits|works|lives|parks|sleeps|stays|rents|stands)\s+(?:at|in|on|next|across|opposite|behind|above|below|upstairs"
     r"|downstairs|beside)\b"
     rf"|(?:is\s+)?(?:in|on)\s+{_PIC_DET}(?:{_PIC}|camera\s+roll|gallery|phone|feed|dms?|profile|folder)\b)"),
    # "the woman in the red coat on the 8:15 bus", "the guy who takes my morning train"
    ("en_person_on_my_service",
     ("am", "pm", "commute", "train", "bus", "tram", "ferry", "shuttle", "carriage", "platform", "stop", "subway",
      "metro", "tube", "route", "flight", "to", "from"),
     rf"{_DEF}{_ADJ}(?:{_HEAD})\s+{_MARK}(?:(?:on|from|at|off|in)\s+the\s+(?:{_TIME_OF_DAY})\b"
     rf"|(?:on|at|from|in|who\s+(?:takes|gets|rides|catches)|(?:i|we)\s+(?:see|saw)\s+on)\s+(?:my|our)\s+"
     rf"(?:(?:morning|evening|daily|usual|regular|early|late|work)\s+)?(?:{_TRANSPORT})\b)"),
    # "the couple who just moved in downstairs", "a guy who recently started on our team"
    ("en_person_newcomer", ("moved", "moves", "moving", "started", "starts", "joined", "joins", "transferred"),
     rf"\b(?:the|that|this|a)\s+{_ADJ}(?:{_HEAD})s?\s+(?:who|that|who's|whos)\s+(?:(?:just|recently|finally|has|have"
     rf"|had|only|literally)\s+){{0,2}}(?:moved|moves|moving|started|starts|joined|joins|transferred)\s+"
     rf"(?:(?:in|into|onto|to|at|on|in\s+to)\s+)?(?:[a-z0-9'-]+\s+){{0,3}}?(?:{_HOME})"),
    # "the woman who always parks next to mine", "the tenor who stands beside me", "a woman who liked my post",
    # "the woman renting the cottage behind ours": a clause that places the person by the speaker
    ("en_person_by_me",
     ("me", "us", "mine", "ours", "my", "our"),
     # any noun with "who" ("the tenor who ..."); a person noun with "that" or a participle ("the car parked next
     # to mine" is no one)
     rf"\b(?:the|that|this|a)\s+{_ADJ}(?:(?:[a-z-]{{3,}})\s+(?:who|who's|whos)\s+(?:[a-z'-]+\s+){{0,5}}?"
     rf"|(?:{_HEAD})\s+(?:that\s+(?:[a-z'-]+\s+){{0,5}}?"
     rf"|(?:renting|living|staying|working|sitting|standing|parked|parking)\s+(?:[a-z'-]+\s+){{0,4}}?))"
     rf"(?:next\s+to|beside|opposite|across\s+from|behind|in\s+front\s+of|near|above|below|facing)\s+(?:mine|ours|me|us)\b"
     rf"|\b(?:the|that|this|a)\s+{_ADJ}(?:{_HEAD})\s+(?:who|that)\s+(?:always\s+|once\s+|just\s+)?(?:[a-z]+ed|liked|left|sent"
     rf"|follows|messaged|dmed|slid)\s+(?:on\s+|to\s+|under\s+|into\s+)?(?:my|our|me)\s+(?:[a-z-]+\s+)?"
     rf"(?:post|posts|photo|photos|pic|pics|story|stories|video|reel|tweet|status|profile|dms?|comments?|inbox|selfie)\b"),
    # round 33: also a stranger the speaker saw in a public place or on a commute ("a random woman on the train",
    # "some random girl at the bus stop"): "random" with a place the speaker was at picks one real person out
    ("en_random_from_my_feed", ("random",),
     rf"\b(?:a|this|that|some|the)\s+random\s+(?:{_HEAD})\s+(?:from|on|in|at)\s+(?:my|our|a|the)\s+(?:[a-z-]+\s+){{0,2}}?"
     rf"(?:instagram|insta|facebook|fb|tiktok|twitter|snapchat|reddit|discord|whatsapp|telegram|tinder|hinge|bumble"
     rf"|group|feed|suggestions|followers|following|dms?|contacts|gym|office|building|street|class|school|neighbou?rhood"
     rf"|train|bus|tube|subway|metro|tram|plane|flight|ferry|platform|station|stop|mall|supermarket|store"
     rf"|shop|cafe|bar|club|airport|queue|elevator|lift|library|campus|market)\b"),
    # "the property manager", "the building super", "the letting agent", "the store manager"
    # Round 28: "the climbing gym receptionist", "the corner shop cashier", "the leisure centre pool lifeguard": a
    # role of a place the speaker's life holds, the place named by a compound of two words (a modifier that is no
    # looks or porn word before the place noun); one place noun ("the gym receptionist", "the office secretary")
    # stays a trope
    ("en_compound_place_role", _PLACE_ROLES,
     rf"\b(?:the|that|our)\s+(?!(?:{_NOT_MODIFIER})\s)[a-z]{{3,}}\s+(?:{_ROLE_PLACE})\s+(?:{_PLACE_ROLE})\b"
     rf"{_NOT_AFTER_ROLE}"),
    ("en_the_local_role", ("building", "property", "apartment", "block", "estate", "complex", "condo", "strata", "hoa",
                           "dorm", "residence", "residential", "facilities", "site", "letting", "leasing", "office",
                           "store", "shop", "branch", "shift", "gym", "salon", "cafe", "restaurant", "bar", "pub",
                           "hotel"),
     rf"\b(?:the|that|our)\s+(?:(?:new|old|hot|cute|young|female|male)\s+)?(?:(?:{_RESIDENCE})\s+(?:{_RESIDENCE_ROLE})"
     rf"|(?:letting|leasing|rental)\s+(?:agent|manager|officer)|(?:{_WORK_PLACE})\s+(?:manager|supervisor))\b"
     rf"{_NOT_AFTER_ROLE}"),
)

ANCHOR_ROWS = tuple((name, frozenset(gate), re.compile(pat)) for name, gate, pat in _ROWS)
_WORD = re.compile(r"[a-z0-9']+")
#: A clock time ("7:40", "8.15") also opens the service row: "the woman on the 7:40" holds no gate word.
_CLOCK = re.compile(r"[0-9][:.][0-9]{2}")


def anchor_findings(nt, field: str, taken: Marks) -> list[Finding]:
    """``private_person`` findings of the rows above that no earlier rule reported (``taken``)."""
    text = nt.folded.text[:_MAX_CHARS]
    words = frozenset(_WORD.findall(text))
    out: list[Finding] = []
    for name, gate, rx in ANCHOR_ROWS:
        if not words.isdisjoint(gate) or name == "en_person_on_my_service" and _CLOCK.search(text):
            out.extend(pattern_findings(nt, field, taken, name, rx, text))
    return out
