"""A person noun placed in the speaker's life by a locating clause or aside (round 19, issue 10).

Why: the rows of :mod:`.private` read a person with a place from fixed lists ("the girl from
accounting", "the cashier at the deli"). Speakers also point at one real person by how or where
they meet them, with words no list holds, and those prompts were only reviewed:

* **a participle of renting, living or working**: "the woman renting the basement suite", "the guy
  subletting our spare room", "the lady working the front desk at my hotel", "the man driving the
  night bus on my route" -- renting/subletting/lodging name a tenant of the speaker's, working or
  driving a particular post names the one person who holds it;
* **a venue, event, route or class head**: "the lady at the climbing wall", "the guy on the 12
  night route", "a woman from the singles mixer", "the trainer at the bouldering gym", "the
  teaching assistant for chem 201", "the grader for my stats section" -- a person at a particular
  activity or run the speaker goes to;
* **an age or role aside in brackets** right after such a person: "(30s)", "(mid 20s)", "(27)", "(a
  grad student)", "(miaka 27)", "(umur 25)", "(28 yaşında)";
* **other languages**: Indonesian/Malay "rekan kerja di bagian keuangan" (a colleague in the
  finance section: a relation noun with the unit of the workplace), Swahili "jirani wa ..." (the
  neighbour of/from ...), "mfanyakazi mwenzangu", Egyptian Arabizi "el gara bta3et el dor el talet"
  (the neighbour of the third floor);
* **a small online creator**: "a streamer with like 300 followers", "a tiktoker with 2k followers"
  -- a follower count under a hundred thousand is somebody, not a celebrity.

NOT read: a scene ("a woman at the beach", "the woman in the red dress", "a bus driver on a route
at night": an indefinite place), a period ("a woman from the 1950s"), a bare participle ("the woman
working in a field"), art and fiction (the places named here are the speaker's run, class or
building, never "the painting" or "the novel"). An indefinite person ("a woman") is read only
with "from the <event>" (someone met there) or a bracketed age; a definite one also with "at/on".

Every row is a bounded alternation without nested quantifiers over overlapping classes, gated by
literals every match holds (:class:`.roles_ml._Gated`), so a prompt without them costs one set probe.
"""

from __future__ import annotations

from .private_lexicon import _EN_PERSON
from .roles_ml import _gated

__all__ = ["PRIVATE_LOCATING_PATTERNS"]

#: A person or role noun with at most two free modifiers ("the teaching assistant", "the night bus
#: driver"); the head list is the package's English person and role nouns.
_HEAD = rf"(?:[a-z-]+\s+){{0,2}}?(?:{_EN_PERSON}|couple|student|tenant|tenants|lodger|subletter|renter|boarder|ta|grader|demonstrator|conductor|clerk|guard|attendant|operator|ranger|host|hostess)"
#: Not a person in a picture or a story: "the woman in the painting renting ..." never gets here,
#: but a fiction word right after the article does ("the fictional tenant").
_NOT_FICTION = r"(?!(?:[a-z-]+\s+){0,2}?(?:fictional|fantasy|imaginary|anime|cartoon|ai|oc|game|character|stock)\b)"

#: A home the speaker lets or shares: the object of "renting", "living in", "staying in".
_HOME = (
    r"suite|basement|attic|loft|annex|annexe|granny\s+flat|in-law\s+unit|spare\s+room|room|rooms|flat|apartment|apt"
    r"|unit|studio|condo|floor|place|house|cottage|cabin|bungalow|bedsit|garage|trailer|caravan|duplex|townhouse"
)
#: A post a person holds: the object of "working", "driving", "running", "staffing".
_POST = (
    r"front\s+desk|desk|counter|register|till|checkout|bar|door|reception|shift|route|line|bus|tram|train|ferry"
    r"|shuttle|stall|stand|booth|kiosk|cafe|shop|store|deli|bakery|class|course|section|lab|front|floor|night\s+shift"
)
#: Venues, events, runs and classes: the speaker's activity ("the lady at the climbing wall").
_VENUE = (
    r"wall|crag|rink|dojo|lanes|bowling\s+alley|gym|box|studio|barre"
    r"|route|run|commute"
    r"|mixer|meetup|meet-up|speed\s+dating|retreat|camp|seminar"
    r"|workshop|class|course|lecture|tutorial|section|lab|cohort|study\s+group|book\s+club|choir|league|team"
    r"|orientation|induction"
    r"|counter|desk|register|till|stall|kiosk|booth|reception|laundromat|launderette|salon|clinic|pharmacy"
)
#: Events and groups someone was met at: "a woman from the speed dating night" (indefinite heads too).
_EVENT = (
    r"night|mixer|meetup|meet-up|event|party|social|speed\s+dating|retreat|camp|conference|convention|seminar"
    r"|workshop|class|course|lecture|tutorial|section|lab|cohort|study\s+group|book\s+club|choir|league|team"
    r"|fundraiser|barbecue|bbq|potluck|wedding|reunion|open\s+house|viewing|interview|orientation|induction|gym"
    r"|office|shift|climbing\s+wall|bar|club|hostel|dorm|date"
    # round 25: crowds the speaker was in ("some girl from the festival crowd shot", "a guy from the gig")
    r"|festival|concert|gig|rave|crowd|protest|rally|parade|match|tournament|marathon|cruise|fair|expo"
)
#: A course code ("stats 101", "chem 201a", "cs50"): a class the speaker takes.
_COURSE_CODE = r"[a-z]{2,8}\s?[0-9]{2,4}[a-z]?"
#: An age aside, read on the folded view (which drops brackets): "(mid 20s)" -> "mid 20s", "(miaka
#: 27)", "(umur 25)", "(27 y/o)". A bare "30s" or "25" is left out: "a 30s flapper dress", "25 years
#: of marriage" are no age of a person.
_AGE_ASIDE = (
    r"(?<!her\s)(?<!his\s)(?<!their\s)(?:early|mid|late)[ -]?[1-9]0s\b"
    r"|[1-9][0-9]\s?(?:y/o|yo)\b|(?:miaka|umur|usia)\s+[1-9][0-9]\b"
)
#: Words between the person and the age that place the person: a preposition, a relative or a
#: participle ("the barista downstairs (27)", "a woman from the meetup (30s)").
_PLACING = r"at|from|on|in|for|of|who|that|renting|living|working|downstairs|upstairs|next|across|behind"

_EN_ROWS = [
    # "the woman renting the basement suite", "the guy subletting our spare room", "the couple living
    # in the flat below", "the lady staying in my annex"
    ("en_person_renting_home", 0.8,
     _gated(("renting ", "subletting ", "leasing ", "lodging ", "boarding ", "living ", "staying ", "sharing "),
            rf"\b(?:the|that|this)\s+{_NOT_FICTION}{_HEAD}\s+"
            r"(?:(?:renting|subletting|leasing|sharing)\s+(?:out\s+)?|(?:lodging|boarding|living|staying)\s+(?:in|at|on)\s+)"
            rf"(?:the|my|our|that|this)\s+(?:[a-z0-9-]+\s+){{0,2}}?(?:{_HOME})\b")),
    # "the lady working the front desk", "the man driving the 47 bus", "the guy running the coffee stall"
    ("en_person_working_post", 0.8,
     _gated(("working ", "driving ", "running ", "staffing ", "manning ", "teaching ", "tutoring ", "coaching ",
             "serving ", "covering ", "minding "),
            rf"\b(?:the|that|this)\s+{_NOT_FICTION}{_HEAD}\s+"
            r"(?:working|driving|running|staffing|manning|teaching|tutoring|coaching|serving|covering|minding)\s+"
            rf"(?:(?:at|on|in|behind)\s+)?(?:the|my|our|that)\s+(?:[a-z0-9:-]+\s+){{0,3}}?(?:{_POST})\b")),
    # "the lady at the climbing wall", "the bus driver on the 47 night route", "the guy in my pottery
    # class": a definite person at a venue, event or run of the speaker's
    ("en_person_at_venue", 0.75,
     _gated((" at ", " on ", " in ", " from "),
            rf"\b(?:the|that|this)\s+{_NOT_FICTION}{_HEAD}\s+(?:at|on|in|from)\s+(?:the|my|our)\s+"
            rf"(?:[a-z0-9:-]+\s+){{0,3}}?(?:{_VENUE})\b(?!\s+(?:painting|poster|movie|film|show|series|book|novel|game)\b)")),
    # round 25: "this random lady at the bus stop", "that random guy on the train": "this/that random" points at one
    # person the speaker saw ("the woman at the bus stop" alone is a scene, round 19; "a random woman" is anyone)
    ("en_this_random_person", 0.75,
     _gated(("random ",), rf"\b(?:this|that)\s+random\s+{_NOT_FICTION}{_HEAD}\b")),
    # "a woman from the speed dating night", "a guy from the work party", "some girl from the meetup"
    ("en_person_from_event", 0.75,
     _gated((" from ",),
            rf"\b(?:a|an|some|one)\s+{_NOT_FICTION}{_HEAD}\s+from\s+(?:the|my|our|that|last\s+(?:night|week)'?s?)\s+"
            rf"(?:[a-z0-9'-]+\s+){{0,3}}?(?:{_EVENT})\b")),
    # "the teaching assistant for stats 101", "the TA in my econ section", "the grader for chem 201"
    ("en_role_for_course", 0.8,
     _gated((" for ", " in ", " of ", " from "),
            rf"\b(?:the|that|this|my|our)\s+(?:[a-z-]+\s+)?(?:assistant|ta|tutor|grader|demonstrator|lecturer|professor|prof"
            r"|instructor|teacher|coach|trainer|proctor|invigilator|examiner|mentor|advisor|adviser)\s+"
            rf"(?:for|in|of|from)\s+(?:(?:my|our|the)\s+)?(?:{_COURSE_CODE}\b|(?:[a-z-]+\s+){{0,2}}?"
            r"(?:class|course|module|section|lab|seminar|lecture|tutorial|unit|practicum|cohort)\b)")),
    # "a woman from the dating app (30s)", "the barista downstairs (mid 20s)", "my tenant (27 y/o)":
    # an age aside within a few words after a person who is placed (a placing word or "my/our")
    ("en_person_age_bracket", 0.75,
     _gated(("0s", "y/o") + tuple(f"{d}{sp}yo" for d in "0123456789" for sp in ("", " ")) + ("miaka", "umur", "usia"),
            rf"\b(?:(?:the|that|this|a|an)\s+{_NOT_FICTION}{_HEAD}\s+(?:{_PLACING})\b|(?:my|our)\s+{_HEAD}\b)"
            rf"(?:\s+[a-z0-9:'-]+){{0,6}}?\s+(?:{_AGE_ASIDE})"
            # a decade of fashion or design, not an age ("early 30s fashion")
            r"(?!\s+(?:fashion|style|styled|dress|dresses|outfit|look|era|aesthetic|vibes?|music|decor|design|cars?"
            r"|hair|hairstyle|film|movie|glamour|jazz)\b)")),
    # "a streamer with like 300 followers", "a tiktoker with only 2k subs": a small account is a
    # private person (a celebrity has hundreds of thousands)
    ("en_small_creator", 0.75,
     _gated(("followers", "subs", "subscribers", "viewers", "fans"),
            r"\b(?:a|an|the|this|that|some)\s+(?:[a-z-]+\s+)?(?:streamer|tiktoker|youtuber|instagrammer|influencer|creator"
            r"|content\s+creator|cosplayer|vlogger|blogger|gamer|girl|guy|woman|camgirl|model)\s+with\s+"
            r"(?:(?:like|only|just|about|around|maybe|barely|under|less\s+than|fewer\s+than)\s+)?(?:~\s*)?"
            r"(?:[1-9][0-9]{0,4}|[1-9][0-9]?(?:\.[0-9])?\s?k)\s+(?:followers|subs|subscribers|viewers|fans)\b")),
]

# --- Indonesian / Malay: a relation noun with the unit or place of a workplace ---------------------
_ID_REL = (
    r"rekan\s+kerja|teman\s+kerja|kawan\s+kerja|rakan\s+sekerja|teman\s+kantor|rekan|karyawati|karyawan|pegawai|staf"
    r"|tetangga|jiran|cewek|cewe|mbak|mba|teman\s+sekelas|teman\s+kos|anak\s+kos|ibu\s+kos"
)
_ID_UNIT = (
    r"bagian|divisi|departemen|bidang|seksi|lantai|kantor|toko|kos|kost|kosan|gedung|blok|kelas|gym"
    r"|jabatan|unit|tingkat"
)
_SW_REL = (
    r"jirani|mfanyakazi\s+mwenzangu|mfanyakazi\s+mwenzetu|mwenzangu|shemeji|wifi|binamu|rafiki|bosi|mwalimu"
    r"|mpangaji|mwenye\s+nyumba|dada|mhudumu|karani|msichana|mwanamke"
)
_ML_ROWS = [
    # "rekan kerja di bagian keuangan", "cewek dari lantai tiga", "tetangga di blok c", (round 30) with a
    # gender word between: "tetangga perempuan di lantai tiga", "jiran wanita di tingkat dua"
    ("id_rel_in_unit", 0.75,
     _gated((" di ", " dari "),
            rf"\b(?:{_ID_REL})(?:\s+(?:perempuan|wanita|cewek|cewe|laki-laki|laki|pria|cowok|muda))?"
            rf"(?:\s+(?:baru|cantik|seksi))?\s+(?:di|dari)\s+(?:{_ID_UNIT})\s+[a-z0-9]+")),
    # Swahili "jirani wa next door", "jirani yangu", "mpangaji wa ghorofa ya pili", "shemeji yangu (miaka 30)"
    ("sw_rel_of", 0.75,
     _gated(("jirani", "mwenz", "shemeji", "wifi ", "binamu", "rafiki", "bosi", "mwalimu", "mpangaji", "mwenye nyumba",
             "dada", "mhudumu", "karani", "msichana", "mwanamke"),
            rf"\b(?:{_SW_REL})\s+(?:wa|yangu|wangu|wetu|yetu|kutoka|kutoka\s+kwa|wa\s+pale|wa\s+hapa)\b"
            r"|\b(?:mfanyakazi\s+mwenzangu|mfanyakazi\s+mwenzetu|mwenzangu\s+wa\s+kazi)\b")),
    # Egyptian Arabizi "el gara bta3et el dor el talet", "garetna", "el gar elli taht", "zamilti"; the
    # folded view reads the Arabizi digits as letters ("bta3et" -> "btaeet"), so both spellings are read
    ("arabizi_neighbour", 0.75,
     _gated(("gar", "zamil", "zemil"),
            r"\b(?:el|il|al)\s+gar(?:a|ah|eh|ra)?\s+(?:bta[3ea](?:e?t|it)?|elli|illi|elly|eli|ili|fel|fil|men|mn|min|taht|fo[2ao]|foo[2ao]|odam)\b"
            r"|\b(?:garet|gart|garit)(?:na|i|y|ak|ek)\b|\bgar(?:i|y|na)\b(?=\s+(?:el|il|bta[3ea]|elli|illi|elly))"
            r"|\b(?:zamil|zemil|zamee?l)(?:ti|tii|itna|tna|ti\s+fel|i)\b")),
]

#: (pattern name, score, gated regex), in the shape of :data:`.private.PRIVATE_PERSON_PATTERNS`.
PRIVATE_LOCATING_PATTERNS = _EN_ROWS + _ML_ROWS
