"""Occupation noun phrases that single out one private person, round 12 (issue 10).

Why: "the new paralegal at my firm", "the bus driver on route 9", "the personal trainer Marco",
"the neighbour who hosts the book club", "the marketing intern (she's 24)", "a corporal from my
unit", "my local councillor's assistant", "the woman in this facebook profile pic" each point at one
real person the writer knows. :mod:`.private` reads a possessive right before a relation and a
person noun with a few everyday places; :mod:`.roles` reads a short list of roles with a named
place, a picture or a demonstrative. Neither reads the open class: any occupation noun, after up to
three modifier words, with the modifier that specifies WHICH one.

The rule (English): an occupation or role noun (``_OCC``: several hundred jobs, ranks and roles,
plural ``-s`` read too) or a plain person noun (``_PERSON``), in a noun phrase that is

* **possessive**: "my"/"our" + up to three words + an occupation ("my evening-class Spanish tutor",
  "my local councillor's assistant", "our night-shift charge nurse");
* **definite** ("the", "this", "that") with a SPECIFIER after the noun (up to eight words, one item):
  a first name ("the personal trainer Marco", "the kindergarten teacher Ms Lidia"), an age in
  brackets ("(she's 24)"), a place or time of the speaker ("at my firm", "from our trip", "from last
  night", "from Saturday"), a named place ("in Lisbon", "on Station Street", "at Lidl"), a numbered
  place ("on route 9", "in apartment 302"), a place the speaker did something at ("at the wedding I
  shot"), a local phrase ("next door", "upstairs", "in the lab next door"), a picture ("in this
  facebook profile pic"), or a relative clause about an everyday place or the speaker ("who hosts
  the book club", "who fixed my car");
* **indefinite** ("a", "an") only with a place of the speaker: "a corporal from my unit".

NOT a specific person: an indefinite role with no such place ("a nurse", "a businesswoman"), a
costume or character ("nurse costume", "my OC the bartender", "the teacher in my dream"), a plain
person noun with only a named place or a local phrase ("the girl from Ipanema", "the girl next
door": a song and a trope). A private person in a NON-sexual prompt changes nothing: the ``ncii``
profile blocks only sexual AND real person.

Reported as ``private_person`` (0.75, ``pattern`` ``role_np_*``). Cost: one token pass; each head
looks at most five tokens back and eight forward, with set lookups only (linear in the text).
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .private_anchor import anchor_findings
from .private_context import context_findings, pattern_findings
from .roles import _NOT_PLACE, _STYLE_TAIL
from .roles import _Reader as _RoleReader

__all__ = ["role_np_findings"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Occupations, ranks and roles (English, folded). The last word of a compound is enough:
#: "charge nurse", "bus driver", "hostel receptionist", "spanish tutor".
_OCC = _words(
    """
    accountant actuary adjuster administrator admin advisor adviser agent aide analyst anesthetist anaesthetist
    announcer apprentice architect archivist artist assessor assistant associate attendant attorney auditor
    au-pair babysitter baker bailiff ballerina bank-teller banker barber barista barmaid barman bartender
    beautician bellboy bellhop biologist blacksmith bookkeeper bouncer brewer bricklayer bride bridesmaid broker
    butcher butler buyer cabbie caddie caddy campaigner caretaker carer caregiver carpenter cashier caseworker
    caterer chambermaid chaperone chaplain chauffeur chef chemist chiropractor choreographer cleaner clerk
    clinician coach cobbler commissioner concierge conductor confectioner consultant contractor cook coordinator
    copywriter coroner corporal councillor councilor counsellor counselor courier croupier curate curator
    custodian dancer decorator delegate dentist deputy designer detective developer dietitian dietician
    director dispatcher doctor dog-walker doorman dresser driver economist editor educator electrician
    embalmer engineer ensign entertainer escort esthetician estheticist examiner executive farmer farmhand
    firefighter fireman fisherman fishmonger fitter florist foreman forester freelancer gamekeeper gardener
    geologist glazier governess grocer groom groomer guard guide gynecologist gynaecologist hairdresser handyman
    headteacher headmistress headmaster herbalist hostess housekeeper hygienist illustrator inspector installer
    instructor intern interpreter investigator janitor jeweller jeweler journalist judge juror keeper
    labourer laborer landlady landlord lawyer lecturer librarian lieutenant lifeguard linesman locksmith
    machinist maid manager manicurist masseuse masseur matron mechanic medic merchant midwife miner
    minister missionary mechanic mover nanny navigator negotiator neighbour neighbor notary nun nurse
    nutritionist obstetrician officer operator optician optometrist orderly organiser organizer orthodontist
    painter paralegal paramedic parishioner pastor pathologist patrolman pediatrician paediatrician
    pharmacist photographer physician physio physiotherapist physicist pilot plasterer plumber podiatrist
    policeman policewoman porter postdoc postman postwoman postie priest principal private probationer
    proctor producer professor programmer promoter proofreader prosecutor psychiatrist psychologist
    publican purser ranger realtor receptionist recruiter rector referee registrar repairman reporter
    researcher retailer roofer sailor salesgirl saleslady salesman saleswoman scientist seamstress secretary
    sergeant servant server sheriff shepherd shopkeeper singer sitter solicitor soldier sommelier sonographer
    specialist steward stewardess stockbroker stylist superintendent supervisor surgeon surveyor tailor
    teacher technician teller therapist tiler trainee trainer translator treasurer tutor typist umpire
    undertaker usher valet vet veterinarian vicar volunteer waiter waitress warden welder worker
    zookeeper walker shopper planner housesitter dogsitter petsitter staffer employee temp gp dj
    coworker colleague workmate housemate flatmate roommate classmate teammate landlady
    mutual follower moderator streamer influencer cosplayer vlogger youtuber tiktoker
    apprentice captain colonel cadet marine private airman seaman midshipman commander constable
    secretary caseworker staffer intern aide clerk attache
    cashier packer shelf-stacker stocker bagger greeter
    rep reps student students undergrad grad postgrad phd-student
    """
)
#: Occupations that after "my" are no private person: "my private photos", a public figure ("my
#: favourite streamer": the name rules read those), software ("my driver").
_NOT_POSS = _words(
    """private streamer influencer cosplayer vlogger youtuber tiktoker singer artist follower followers driver operator
    guard guards
    developer designer producer editor director"""
)
#: Role heads that are other words alone ("my lead" is a leash, "ta" a French possessive): a role only
#: with a modifier word between the determiner and them ("my shift lead", "my lab TA", "the team lead").
#: Round 33: a place's "regular" too ("the climbing wall regular Noor", "the pub regular at my local"): "the
#: regular" alone is a size or a fare; a definite one still needs a specifier (a first name, the speaker's place).
_OCC_AFTER_MOD = _words("lead leads ta tas ra lead-hand leader leaders regular regulars")
#: Posts of a group or a place that are a person only as the group's ("our choir's lead soprano", "my gym's
#: owner", "our team's goalie", "my book club's host"): read after a possessive with a genitive between
#: (round 20). Alone they are other things ("my owner" is a kink, "the host" a server).
_GENITIVE_ROLE = _words(
    """owner owners host hostess founder president chair chairwoman chairman chairperson captain vice-captain leader
    alto soprano mezzo tenor baritone goalie goalkeeper keeper striker midfielder defender winger pitcher catcher
    shortstop setter drummer bassist guitarist vocalist pianist organist cellist violinist mascot cheerleader
    dancer boss head sub"""
)
#: Role heads that are other words unless a preposition or "who" follows ("the ref photo" is a reference
#: image; "the ref from saturday's match" the referee, round 20).
_OCC_BEFORE_PREP = _words("ref refs")
#: Words before "girl"/"guy"/"lady" that make it a job ("the checkout girl", "the IT guy", "the deli lady").
_JOB_MODIFIER = _words(
    """checkout till counter deli reception front-desk delivery cleaning it hr tech support help-desk helpdesk
    sales kitchen cafeteria canteen lunch mail post parcel pizza coffee juice smoothie ticket gas petrol
    pharmacy insurance bank phone cable wifi"""
)
#: Membership places: anyone "from the gospel choir" or "from a facebook buy-and-sell group" is one of
#: the speaker's circle, even with "a" ("a woman from the salsa class").
_GROUP = _words(
    """choir chorus class classes course courses club team squad crew league group groupchat chat server
    channel guild congregation parish committee cohort seminar workshop department dept shift pta hoa
    standup stand-up huddle retro"""
)
#: Workplaces that are a group only when named ("the accounts payable desk", "the cardiology ward"),
#: not bare ("a nurse at the desk" is a scene).
_WORKPLACE = _words("desk lab ward unit firm office practice floor branch dock depot warehouse yard kitchen plant factory")
#: Departments of a workplace: "the new guy in IT support", "the girl from accounts payable".
_DEPARTMENT = _words(
    """it hr accounting accounts payroll marketing sales finance legal compliance procurement logistics dispatch
    billing helpdesk help-desk"""
)
#: Words that continue a department ("IT support", "accounts payable", "customer service team").
_DEPARTMENT_TAIL = _words("support service services payable receivable department dept team desk office ops")
#: Things that single out one person of a role seen every day: "the bank teller with the red hair",
#: "the spin instructor with the headset", "the cashier with the nose ring".
_MARK = _words(
    """hair haircut headset tattoo tattoos piercing piercings glasses braces accent ponytail braid braids bun
    beard moustache mustache freckles dimples bangs fringe lisp laugh smile voice nose-ring lip-ring eyebrow
    cart clipboard dog husky cat bike van truck stroller pram lanyard badge bob pixie mohawk mullet afro dreadlocks
    dreads locs curls ringlets perm undercut highlights streaks cornrows plaits pigtails goatee sideburns mole scar"""
)
#: Body parts a ring is worn in ("the barista with the septum ring").
_PIERCED = _words("nose lip septum eyebrow tongue belly navel")
#: Verbs of images, stories and characters the speaker made: "the nurse I generated" is nobody.
_MADE_UP = _words(
    """generated created designed rendered imagined invented painted drew drawn sketched made described modeled
    modelled animated prompted wrote dreamed dreamt"""
)
#: Words after a group noun that make it something else ("the class act", "the club scene").
_GROUP_NOT_TAIL = _words("scene act kid kids music era style look photo photos picture pic trip")
#: Kinds of everyday place a definite occupation works at ("the barista at the station kiosk"); no word of a
#: picture's layout ("front", "floor", "corner") and no street.
_EVERYDAY_PLACE = _words(
    """shop store cafe bar pub gym studio salon restaurant diner bakery bank pharmacy clinic hospital hotel school
    college campus dorm library church station garage office market supermarket deli laundromat pool daycare
    nursery surgery practice kiosk"""
)
_NOT_CENTRE = _words("city town the dead off")
_DECADE = _words("teens twenties thirties forties fifties sixties 20s 30s 40s 50s 60s")
#: Plain person nouns: a definite one needs a strong specifier (a picture, the speaker, a time).
_PERSON = _words("""woman lady girl guy man boy chick dude bloke gal blonde brunette redhead couple person
    jogger runner cyclist swimmer hiker commuter passenger stranger shopper surfer skater climber tourist
    backpacker traveller traveler hitchhiker""")
#: Plurals read as their singular ("the nurses at my hospital").
_PLURAL_OK = frozenset(w + "s" for w in _OCC | _PERSON) | frozenset(("women", "men", "ladies"))

_POSS = _words("my our")
#: Words that end a noun phrase looking back from its head (a verb or a conjunction before it).
_STOP_BACK = _words("and or to for into as like is are was were be been being has have had will would can could")
#: Sites and words after which a capital is a style, not a place ("trending on Artstation").
_NOT_NAMED = _words("artstation deviantart pixiv behance unsplash flickr pinterest cgsociety tumblr trending")
_DEF = _words("the this that")
_INDEF = _words("a an")
#: Words before the head that make the person fictional or a costume ("my OC nurse").
_FICTION = _words(
    """oc ocs original fictional fictive fantasy fake imaginary virtual ai anime manga cartoon drawn sims dnd game
    video dream ideal waifu doll character costume halloween cosplay generic random hypothetical stock
    sexy slutty naughty roleplay rp porn"""
)
#: Fiction words that after a place describe the requested picture, not the place ("the new guy in IT in a
#: porn scene"): before the head they still make a trope ("porn nurse").
_REQUESTED = _words("sexy slutty naughty porn")
#: Words after the head that make it clothing or a type ("the nurse costume", "that teacher trope").
_COSTUME = _words(
    """outfit outfits costume costumes uniform uniforms cosplay character characters oc aesthetic vibe vibes style
    look pose trope archetype fantasy fantasies roleplay rp porn fetish kink type"""
)
#: Objects of a place preposition that make the scene fiction ("the nurse in my dream").
_FICTION_PLACE = _words(
    """dream dreams fantasy fantasies story stories game games novel novels imagination head mind roleplay rp
    fanfic fic movie film show series anime manga comic book painting drawing"""
)
#: Things of the speaker's home: a scene, not where the speaker knows the person ("on my couch").
_HOME = _words(
    """couch sofa bed beds bedroom room lap kitchen shower bath bathroom bathtub tub garden balcony car desk chair
    floor carpet sheets pillow table arms face body cock dick lap screen phone wall mirror"""
)
_DEIXIS_AGENT = ("er", "or", "ist", "ee", "ant", "ent", "mate", "ers", "ors", "ists")
_DETS = _words("the a an my our this that your his her their")
_PREP = _words("at from in on of with near by around")
_SPEAKER = _words("my our me us")
#: Times the speaker met the person: "from last night", "from Saturday", "from yesterday's call".
_TIME = _words(
    """last yesterday yesterdays tonight today earlier monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays"""
)
_WEEKDAY = _words("yesterday yesterdays monday tuesday wednesday thursday friday saturday sunday")
_LAST_WHAT = _words(
    """night nights week weeks weekend weekends summer winter spring autumn fall year month time monday tuesday
    wednesday thursday friday saturday sunday christmas"""
)
#: Numbered places: "on route 9", "in apartment 302", "at table six".
_NUMBERED = _words(
    """route line bus number no apartment apt flat room table unit floor seat platform gate desk aisle bay ward
    bed cabin lane suite house stall counter booth window till register checkout"""
)
_NUMBER_WORD = _words("one two three four five six seven eight nine ten eleven twelve")
_LOCAL = frozenset(tuple(x.split()) for x in (
    "next door|upstairs|downstairs|below|above|below us|above us|across the hall|across the street|across the road"
    "|across the landing|down the hall|down the street|down the road|down the corridor|over the road"
    "|around the corner|round the corner|two doors down|opposite").split("|"))
_LOCAL_MAX = 3
#: Picture words after a deictic ("in this facebook profile pic", "in this linkedin headshot").
_PIC = _words(
    """photo photos pic pics picture pictures image images selfie selfies headshot headshots screenshot
    screenshots snap snaps post posts profile video videos clip story reel avatar dp pfp upload"""
)
_PIC_DEM = _words("this that these those my the attached uploaded")
_NOT_PIC_TAIL = _words("frame frames book books album albums gallery wall booth studio editor app filter")
#: Everyday places a relative clause can name ("who hosts the book club", "who runs the laundromat").
_PLACE_NOUN = _words(
    """club shop store cafe bar pub gym studio salon restaurant diner bakery bank pharmacy clinic hospital hotel
    school class college campus dorm library church station garage office desk reception counter market
    supermarket deli laundromat bakery coffee gas petrol corner kebab pizza pizzeria noodle taco nail
    tattoo barber bookshop bookstore flower grocery hardware building block street flat apartment house lab ward team firm company
    practice surgery daycare nursery pool court kiosk stall counter front till register tour route"""
)
#: Verbs of a relative clause about an everyday job ("who fixed my car", "who sold us the house").
_EVERYDAY_VERB = _words(
    """hosts hosted runs ran owns owned manages managed sold sells fixed fixes delivered delivers cuts cut
    serves served drives drove teaches taught cleans cleaned walks walked brings brought works worked lives
    lived coaches coached treated treats did does rents rented styles styled trains trained minds minded
    babysits babysat tutors tutored checks checked stocks stocked greets greeted opens opened"""
)
#: Verbs after "who" that describe the picture, not the person ("the nurse who strips").
_NOT_CLAUSE_VERB = _words(
    """is are was were be gets got has had have poses posed strips stripped undresses undressed wears wore
    seduces seduced fucks fucked sucks sucked likes loves wants wanted looks looked"""
)
_AGE_LEAD = _words("she's shes he's hes age aged they're theyre now")
#: Person nouns of an age aside after a role (", a woman in her forties", round 23).
_AGE_NOUN = _words("woman man lady guy gentleman gal bloke fella person mum mom dad mother father")
_TITLE = _words("ms mrs mr miss mx dr coach nurse officer sister")
_BOUNDARY = frozenset(",;:!?()[]{}\n|.")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*'?|[,;:!?()\[\]{}\n|]|\.(?=\s|$)")
_MAX_CHARS = 20_000
_BACK = 5
_AHEAD = 8


#: Agent suffixes of occupations not on the list ("harpist", "videographer", "mortician").
_AGENT_SUFFIX = ("ist", "ists", "ician", "icians", "ographer", "ographers", "tender", "keeper", "smith", "monger",
                 "wright", "ologist")
_NOT_AGENT = _words("realist surrealist hyperrealist photorealist checklist playlist wishlist blacklist whitelist"
                    " shortlist tracklist setlist minimalist maximalist modernist cubist impressionist expressionist")


def _agent(t: str) -> bool:
    """An occupation by its agent suffix (at least seven letters, not a style or a list)."""
    return len(t) >= 7 and t.isalpha() and t.endswith(_AGENT_SUFFIX) and t not in _NOT_AGENT


class _Reader:
    def __init__(self, nt, field: str, taken: Marks):
        self.nt = nt
        self.view = nt.folded
        self.field = field
        self.taken = taken
        text = self.view.text
        self.toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, 0, min(len(text), _MAX_CHARS))]
        self.out: list[Finding] = []
        self._gaz = None
        self._informative: bool | None = None
        self.head = -9

    def tok(self, i: int) -> str:
        return self.toks[i][0].rstrip("'") if 0 <= i < len(self.toks) else ""

    def word(self, i: int) -> bool:
        t = self.tok(i)
        return bool(t) and t not in _BOUNDARY

    def capital(self, k: int) -> bool:
        if not (0 <= k < len(self.toks)):
            return False
        if self._informative is None:
            text = self.nt.original
            words = [w for w in text.split() if w[:1].isalpha()]
            self._informative = any(c.islower() for c in text) and (
                len(words) < 4 or sum(1 for w in words if w[:1].isupper()) / len(words) < 0.6)
        os_, oe = self.view.to_original(self.toks[k][1], self.toks[k][2])
        return self._informative and self.nt.original[os_:oe][:1].isupper()

    def first_name(self, k: int) -> bool:
        t = self.tok(k)
        if not t.isalpha() or len(t) < 3 or not self.capital(k):
            return False
        if self._gaz is None:
            from .gazetteer import load_gazetteer
            self._gaz = load_gazetteer()
        return t in self._gaz.first and not self._gaz.is_common_word(t)

    #: Reports tokens ``i..j`` as roles.py's reader does (the same attributes: toks, view, taken, out).
    add = _RoleReader.add

    # -- the noun phrase ---------------------------------------------------------------------
    def determiner(self, i: int) -> tuple[int, str]:
        """(index, kind) of the determiner at most four words before the head, or (-1, "")."""
        lo = i - _BACK
        for q in range(i - 1, -1, -1):
            if q <= lo:
                break
            t = self.tok(q)
            if t == "old" and self.tok(q - 1) in ("year", "years", "yr", "yrs") and self.tok(q - 2).isdigit():
                lo -= 3  # "my 30 year old lab TA": the age is one modifier, not three words
            elif t.endswith("-year-old") and t[:1].isdigit():
                lo -= 1
            if not self.word(q) or t in _FICTION:
                return -1, ""
            if t in _POSS:
                return q, "poss"
            if t in _DEF:
                return q, "def"
            if t in _INDEF:
                return q, "indef"
            if t in _PREP or t in _STOP_BACK:
                return -1, ""
        return -1, ""

    def read(self) -> list[Finding]:
        for i in range(len(self.toks)):
            t = self.tok(i)
            if t.endswith("'s") and len(t) > 3:
                t = t[:-2]  # "my adult ed instructor's body": the owner is the person
            if t in _OCC_AFTER_MOD:
                occ = self.word(i - 1) and self.tok(i - 1) not in _DETS and self.tok(i - 1) not in _PREP
            elif t in _OCC_BEFORE_PREP:
                occ = self.tok(i + 1) in _PREP or self.tok(i + 1) == "who"
            elif t in _GENITIVE_ROLE and t not in _OCC:
                occ = self.genitive_before(i)
                if not occ and self.tok(i + 1) == "of" and self.tok(i - 1) in _DEF:
                    # "the host of a tiny local podcast, 31": a post of a group, made one person by an
                    # age aside after its complement (round 23); alone it stays a post
                    end = self.aside_after_phrase(i)
                    if end >= 0:
                        self.add("role_np_age", i - 1, end, t)
                    continue
            else:
                occ = t in _OCC or (t in _PLURAL_OK and t not in _PERSON and t[:-1] in _OCC) or _agent(t)
            person = not occ and (t in _PERSON or t in ("women", "men", "ladies"))
            if person and self.word(i - 1) and (self.tok(i - 1) in _PLACE_NOUN or self.tok(i - 1) in _JOB_MODIFIER
                                                or self.tok(i - 1).endswith(("shop", "store"))):
                occ, person = True, False  # "the bakery girl", "the checkout girl": a role named by its place
            if self.tok(i + 1) == "from" and self.first_name(i):
                end = self.group(i + 2)  # "Mel from the accounts payable desk"
                if end >= 0:
                    self.add("role_np_name_from", i, end, t)
                continue
            if not (occ or person):
                continue
            if self.tok(i + 1) in _COSTUME or (self.tok(i + 1) in _OCC and self.word(i + 1)):
                continue
            if t == "private" and self.tok(i + 1) not in _PREP:
                continue  # "the private lives of ...": an adjective  # a costume, or a modifier of the next noun ("the nurse practitioner")
            q, kind = self.determiner(i)
            if q < 0:
                continue
            if kind == "poss":
                # "my" right before an agent noun ("my roofer") is deixis.py's and private.py's
                if occ and t not in _NOT_POSS and (q < i - 1 or not t.endswith(_DEIXIS_AGENT)):
                    self.add("role_np_possessive", q, i, t)
                continue
            if kind == "indef" and person:
                # "a woman from my gym" is private.py's; "a woman ... on my couch" is anyone; "a woman
                # from the gospel choir" is one of a group the speaker belongs to
                if self.tok(i + 1) == "from" and (end := self.group(i + 2)) >= 0 and not self.styled(end):
                    self.add("role_np_group", q, end, t)
                elif q < i - 1 and self.tok(i + 1) == "from" and self.tok(i + 2) in _SPEAKER \
                        and (end := self.place(i + 2, person, True)[0]) >= 0:
                    self.add("role_np_speaker_place", q, end, t)  # "a 40-year-old woman from my evening class"
                continue
            end, how = self.specifier(i, person, strong_only=(kind == "indef"))
            if end >= 0:
                self.add(f"role_np_{how}", q, end, t)
        return self.out

    def genitive_before(self, i: int) -> bool:
        """ "my"/"our", up to two words, a genitive ("choir's", "gym's"), up to two words, then the head at
        ``i``: the post belongs to the speaker's group or place. Not a fiction genitive ("my game's host")."""
        for g in range(i - 1, max(i - 4, 0), -1):
            w = self.toks[g][0] if 0 <= g < len(self.toks) else ""
            if not self.word(g):
                return False
            if w.endswith("'s") and len(w) > 3:
                if w[:-2] in _FICTION or w[:-2] in _FICTION_PLACE:
                    return False
                return any(self.tok(q) in _POSS for q in range(max(g - 3, 0), g))
        return False

    # -- what singles the person out ---------------------------------------------------------
    def specifier(self, i: int, person: bool, strong_only: bool) -> tuple[int, str]:
        """(last token, kind) of a specifier after the head at ``i``, or (-1, "")."""
        k = i + 1
        self.head = i  # an everyday place must follow the head directly ("the cashier at the corner shop")
        if self.tok(k) == "in" and self.tok(k + 1) in ("her", "his") and self.age(k) == k + 2 \
                and self.tok(k + 3) in ("who", "i", "we"):
            k += 3  # "the woman in her twenties who spots me at the gym": the clause still specifies
        if not strong_only:
            # a first name, with a title: "the personal trainer Marco", "the teacher Ms Lidia"
            n = k + 1 if self.tok(k) in _TITLE and self.capital(k) else k
            if self.first_name(n) or (n > k and self.capital(n) and self.tok(n).isalpha()):
                return n, "name"
            # an age in brackets: "(she's 24)", "(24)", "(age 30)"
            # (the folded view drops brackets: "she's 24" or a bare number the original brackets)
            if self.tok(k) in _AGE_LEAD and self.tok(k + 1).isdigit():
                return k + 1, "age"
            if self.tok(k).isdigit() and len(self.tok(k)) == 2 and self.bracketed(i, k):
                return k, "age"
            # a local phrase right after the head: "the nanny next door", "the guard upstairs"
            if not person:
                for ln in range(_LOCAL_MAX, 0, -1):
                    phrase = tuple(self.tok(m) for m in range(k, k + ln))
                    if phrase in _LOCAL:
                        return k + ln - 1, "local"
            if self.tok(k) == "who":
                end = self.clause(k + 1, person)
                if end >= 0:
                    return end, "who"
            end, how = self.about_speaker(i, k, person)
            if end >= 0:
                return end, how
        # prepositional phrases, chained, in one item
        stop = min(len(self.toks), k + (1 if strong_only else _AHEAD))
        while k < stop and self.word(k):
            # "for" only before the speaker: "the manager for our building", not "the nurse for a photoshoot"
            if self.tok(k) not in _PREP and not (self.tok(k) == "for" and self.tok(k + 1) in _SPEAKER):
                w = self.tok(k)
                if w in _NOT_CLAUSE_VERB or len(w) > 4 and w.endswith("ing") and self.tok(k - 1) not in _DETS:
                    return -1, ""  # a verb: "the nurse lying on my couch" describes the picture
                k += 1
                continue
            if self.tok(k) == "with" and not (person or strong_only) and (end := self.mark(k + 1)) >= 0:
                return end, "mark"
            head = self.tok(i)
            plural = head in ("women", "men", "ladies") or head not in _OCC and head[:-1] in _OCC
            end, how = self.place(k + 1, person, strong_only, plural)
            if end >= 0:
                return end, how
            if not strong_only and end != -2:
                for m in range(k + 1, min(k + 5, len(self.toks))):  # "at the casino last night"
                    if not self.word(m):
                        break
                    w = self.tok(m)
                    if w.endswith("'s"):
                        w = w[:-2]  # "from saturday's five-a-side", "from yesterday's call" (round 20)
                    if self.tok(m) == "last" and self.tok(m + 1) in _LAST_WHAT or w in _WEEKDAY:
                        return (m + 1 if self.tok(m) == "last" else m), "time"
            if end == -2:
                return -1, ""  # a fiction place: the whole phrase is fiction
            k += 1
        if not (person or strong_only) and k > i + 1 and self.tok(k) == "," and (end := self.aside_after_phrase(i)) >= 0:
            return end, "age"  # "the cashier at the big garden centre, about 30" (round 23)
        return -1, ""

    def aside_after_phrase(self, i: int) -> int:
        """Last token of an age aside (", 31", ", a woman in her forties", ", an adult") after the head at
        ``i`` and a complement of at most eight words without a verb, a fiction or a style word, or -1."""
        k = i + 1
        while k < len(self.toks) and k <= i + _AHEAD and self.word(k):
            w = self.tok(k)
            if w in _NOT_CLAUSE_VERB or len(w) > 4 and w.endswith("ing") or w in _FICTION or w in _FICTION_PLACE \
                    or w in _STYLE_TAIL:
                return -1
            k += 1
        if self.tok(k) != "," or k == i + 1:
            return -1
        return self.age(k + 1)

    def place(self, p: int, person: bool, strong_only: bool, plural: bool = False) -> tuple[int, str]:
        t = self.tok(p)
        if self.tok(p - 1) == "from" and not person:
            for ln in range(_LOCAL_MAX, 0, -1):  # "the HOA treasurer from two doors down"
                if tuple(self.tok(m) for m in range(p, p + ln)) in _LOCAL:
                    return p + ln - 1, "local"
        # "from the gospel choir" (any article); "in IT", "at the accounts payable desk" (a definite head)
        end = self.group(p) if self.tok(p - 1) == "from" or not strong_only else -1
        if end >= 0 and not self.styled(end):
            return end, "group"
        if t in _SPEAKER:
            # "at my firm", "from our trip", unless fiction ("in my dreams") or the scene ("on my couch")
            for m in range(p + 1, min(p + 4, len(self.toks))):
                if self.tok(m) in _FICTION_PLACE or self.tok(m) in _HOME:
                    return -2, ""
                if not self.word(m) or self.tok(m) in _PREP:
                    break
            return min(p + 1, len(self.toks) - 1) if self.word(p + 1) else p, "speaker_place"
        if strong_only:
            return -1, ""
        if t in _TIME or (t == "this" and self.tok(p + 1) in ("morning", "afternoon", "evening", "week", "weekend")) \
                or (t == "the" and self.tok(p + 1) == "other" and self.tok(p + 2) in ("day", "night", "week")):
            return p + (1 if self.word(p + 1) and self.tok(p + 1) not in _PREP else 0), "time"
        # a picture: "in this facebook profile pic"
        if t in _PIC_DEM:
            for m in range(p + 1, min(p + 4, len(self.toks))):
                if not self.word(m):
                    break
                if self.tok(m) in _PIC and self.tok(m + 1) not in _NOT_PIC_TAIL:
                    while self.tok(m + 1) in _PIC and m + 1 < p + 5:
                        m += 1  # "profile photo"
                    # "the X in the photo" is any caption: a bare "the" needs a profile or a platform word before
                    if t != "the" or m > p + 1:
                        return m, "picture"
                    break
        if t in _NUMBERED and (self.tok(p + 1).isdigit() or self.tok(p + 1) in _NUMBER_WORD):
            return p + 1, "numbered"
        q = p + 1 if t == "the" else p
        if t == "the":
            # "at the wedding I shot", "in the lab next door", "from the third floor"
            for m in range(q, min(q + 3, len(self.toks))):
                if not self.word(m):
                    break
                nxt = self.tok(m + 1)
                if nxt in ("i", "we", "ive", "weve", "id") and self.word(m + 2):
                    return m + 2, "speaker_place"
                if not person:
                    for ln in (2, 1):
                        if tuple(self.tok(x) for x in range(m + 1, m + 1 + ln)) in _LOCAL:
                            return m + ln, "local"
                if self.tok(m) in _PREP:
                    break
            if not person and p == self.head + 2 and (end := self.everyday_place(q)) >= 0:
                return end, "everyday_place"
        if not person and self.capital(q) and self.tok(q).isalpha() and self.tok(q) not in _FICTION_PLACE \
                and self.tok(q) not in _NOT_PLACE and self.tok(q) not in _NOT_NAMED and self.tok(p - 1) not in _NOT_NAMED \
                and not self.styled(q) and not plural:
            while self.capital(q + 1) and self.tok(q + 1).isalpha() and q + 1 < p + 4:
                q += 1  # "on Mill Lane", "at Café Nero"
            return q, "named_place"
        return -1, ""

    def everyday_place(self, q: int) -> int:
        """Last token of an everyday place kind after "the" with up to two words before it ("the leisure
        centre", "the corner pharmacy"), or -1: "the zumba instructor at the leisure centre" is the one
        who works there (round 17). A bare "centre" is the middle of a picture, never a place."""
        for m in range(q, min(q + 3, len(self.toks))):
            w = self.tok(m)
            if not self.word(m) or w in _PREP or w in _FICTION_PLACE:
                return -1
            if (w in _EVERYDAY_PLACE or w in ("centre", "center") and m > q and self.tok(m - 1) not in _NOT_CENTRE) \
                    and self.tok(m + 1) not in _GROUP_NOT_TAIL and not self.styled_after(m):
                return m
        return -1

    def styled_after(self, k: int) -> bool:
        """A style, a work or a character word in the next twelve tokens, across commas but not past a
        sentence end ("the bartender at the bar, oil painting" is a scene)."""
        for q in range(k + 1, min(k + 13, len(self.toks))):
            w = self.tok(q)
            if w in (".", "\n", "|"):
                return False
            if w in _STYLE_TAIL or w in _FICTION_PLACE or w in _FICTION and w not in _REQUESTED:
                return True
        return False

    # -- round 16: groups, departments, marks, the speaker's clause, an age ---------------------
    def group(self, p: int) -> int:
        """Last token of a group or department at ``p`` ("the gospel choir", "a facebook buy-and-sell
        group", "accounts payable", "IT support"), or -1. A department needs no article; a group
        needs "the", "a" or "an" and at most three words before its noun."""
        t = self.tok(p)
        if t in _DEPARTMENT or t == "customer" and self.tok(p + 1) in _DEPARTMENT_TAIL:
            if t == "it" and self.original(p) != "IT":
                return -1  # "in it" is a pronoun; "in IT" the department
            end = p
            while end + 1 < p + 3 and self.tok(end + 1) in _DEPARTMENT_TAIL:
                end += 1
            return end
        if t not in ("the", "a", "an"):
            return -1
        for m in range(p + 1, min(p + 5, len(self.toks))):
            w = self.tok(m)
            if not self.word(m) or w in _PREP or w in _FICTION_PLACE and self.tok(m + 1) not in _GROUP:
                return -1  # "from the movie"; "from the book club" is a group
            if (w in _GROUP or w in _WORKPLACE and m > p + 1) and self.tok(m + 1) not in _GROUP_NOT_TAIL:
                return m
        return -1

    def original(self, k: int) -> str:
        os_, oe = self.view.to_original(self.toks[k][1], self.toks[k][2])
        return self.nt.original[os_:oe]

    def mark(self, p: int) -> int:
        """Last token of "the <up to two words> <mark>" ("the red hair", "the pink headset"), or -1."""
        if self.tok(p) != "the":
            return -1
        for m in range(p + 1, min(p + 4, len(self.toks))):
            if not self.word(m):
                return -1
            if self.tok(m) in _MARK or self.tok(m) in _PIERCED and self.tok(m + 1) == "ring":
                return -1 if self.styled(m) else m + (self.tok(m + 1) == "ring")
        return -1

    def about_speaker(self, i: int, k: int, person: bool) -> tuple[int, str]:
        """A clause about the speaker or an age right after the head: "whose instagram I saved", "I
        follow", ", about 30", ", she's in her twenties"."""
        t = self.tok(k)
        if t == "whose":
            for m in range(k + 1, min(k + 6, len(self.toks))):
                if not self.word(m) or self.tok(m) in _FICTION_PLACE:
                    return -1, ""
                if self.tok(m) in _SPEAKER or self.tok(m) in ("i", "we"):
                    return m, "who"
            return -1, ""
        if t in ("i", "we") and self.word(k + 1) and self.tok(k + 1) not in _MADE_UP and not self.styled(k):
            return k + 1, "who"  # "this cosplayer I follow"
        if t == "," and (not person or self.tok(k + 1) in _AGE_LEAD) or t in _AGE_LEAD:
            # an age as an aside ("the bank teller, about 30", "the woman, she's 26"), not a description
            # ("the woman in her thirties", "the girl, 25, on a beach" is a character sheet)
            return self.age(k + 1 if t == "," else k), "age"
        return -1, ""

    def age(self, k: int) -> int:
        """Last token of an age statement at ``k`` ("26", "about 30", "she's 26", "in her twenties",
        "mid twenties"), or -1."""
        if self.tok(k) in _AGE_LEAD:
            k += 1
        if self.tok(k) in ("about", "around", "maybe", "roughly", "approx", "like", "prob", "probably"):
            k += 1
        t = self.tok(k)
        if t in ("a", "an") and self.tok(k + 1) == "adult" or t == "adult" and self.tok(k - 1) == ",":
            return k + (t != "adult")  # ", an adult", ", adult" (round 23)
        if t in ("a", "an") and self.tok(k + 1) in _AGE_NOUN and self.tok(k + 2) in ("in", "into"):
            k += 2  # ", a woman in her forties" (round 23)
            t = self.tok(k)
        if t.endswith("'s") and t[:-2].isdigit():
            t = t[:-2]  # ", 31's face"
        if t.isdigit() and len(t) == 2 and t >= "18":
            return k
        if t in ("in", "into") and self.tok(k + 1) in ("her", "his", "their"):
            k += 2
            t = self.tok(k)
        if t in ("early", "mid", "late") or t.startswith(("early-", "mid-", "late-")):
            if "-" in t:
                t = t.split("-", 1)[1]
            else:
                k += 1
                t = self.tok(k)
        return k if t in _DECADE else -1

    def bracketed(self, i: int, k: int) -> bool:
        """An opening bracket in the original between tokens ``i`` and ``k``."""
        a = self.view.to_original(self.toks[i][1], self.toks[i][2])[1]
        b = self.view.to_original(self.toks[k][1], self.toks[k][2])[0]
        return "(" in self.nt.original[a:b] or "[" in self.nt.original[a:b]

    def styled(self, k: int) -> bool:
        """The rest of the item makes a named place a style or a work ("..., poster style")."""
        for q in range(k + 1, min(k + 10, len(self.toks))):
            if not self.word(q):
                return False
            w = self.tok(q)
            if w in _STYLE_TAIL or w in _FICTION_PLACE or w in _FICTION and w not in _REQUESTED:
                return True  # a style, a work or a character: "the maid in Downton Abbey (tv series)"
        return False

    def clause(self, v: int, person: bool) -> int:
        """Last token of a relative clause about an everyday place or the speaker, or -1."""
        verb = self.tok(v)
        if not verb or verb in _NOT_CLAUSE_VERB or not self.word(v):
            return -1
        stop = min(len(self.toks), v + 7)
        for m in range(v + 1, stop):
            if not self.word(m):
                return -1
            t = self.tok(m)
            if t in _FICTION_PLACE:
                return -1
            if t in _SPEAKER or t in ("i", "we"):
                return m
            if not person and (t in _PLACE_NOUN or verb in _EVERYDAY_VERB and m == v + 1 and t in ("the", "a")):
                return m if t in _PLACE_NOUN else min(m + 1, stop - 1)
        return -1


# --- other languages: the same idea in each language's own noun-phrase grammar --------------------
#: (row, literal gate, pattern) over the folded text. Each is a bounded alternation (no nested
#: quantifier over overlapping classes) and runs only when one of its literals is in the text.
_ID_ROLE = (
    r"kasir|resepsionis|kurir|satpam|perawat|jururawat|bidan|guru|dosen|pelayan|sopir|supir|ojol|ojek|tetangga"
    r"|jiran|penjaga|pramugari|barista|apoteker|dokter|terapis|karyawan|pegawai|admin|spg|penjual|pedagang"
    r"|instruktur|pelatih|trainer|tukang\s+[a-z]+|cleaning\s+service|kos|staf|pengasuh|baby\s*sitter"
)
_ID_SPEC = (
    r"saya|aku|gue|gw|kami|kita|sebelah|depan|seberang|dekat|langganan|minimarket|indomaret|alfamart|warung|toko"
    r"|kantor|hotel|klinik|apotek|kos|kost|rumah|kampus|sekolah|gym|kafe|cafe|salon|bengkel|pasar|kedai|restoran"
)
_ZH_ROLE = (
    "店员|收银员|收银|前台|服务员|护士|老师|快递员|外卖员|导购|房东|保洁|保安|教练|司机|理发师|美甲师|咖啡师|空姐|柜员"
    "|营业员|邻居|同事|店长|老板娘|助教|实习生|医生|药剂师|按摩师|瑜伽老师|私教"
)
_ZH_ADDR = "小姐姐|小哥哥|小哥|妹子|小妹|姐姐|阿姨|大姐|大叔|小姐|美女|姑娘"
_ZH_PLACE = "隔壁|楼下|楼上|对面|附近|我们|我家|我们公司|我们学校|公司|单位|学校|小区"
_TH_WHO = r"ป้า|ลุง|พี่สาว|พี่|น้อง|สาว|หนุ่ม|เจ๊|พนักงาน[^\s]{0,8}?|แม่ค้า|คนขาย|ครู[^\s]{0,10}?|แคชเชียร์|บาริสต้า|พยาบาล|เด็กเสิร์ฟ"
_TH_WHERE = "ข้างบ้าน|บ้านข้างๆ|บ้านตรงข้าม|ห้องข้างๆ|ห้องตรงข้าม|ร้าน|ที่ฟิตเนส|ที่ยิม|ที่ทำงาน|ที่ออฟฟิศ|ที่ร้าน|ในร้าน|โรงแรม|คอนโด|ในหอ"
_HI_WHERE = (
    "बगल|सामने|पड़ोस|पडोस|ऊपर|नीचे|जिम|ऑफिस|दफ्तर|कॉलेज|स्कूल|दुकान|मोहल्ले|गली|बिल्डिंग|सोसाइटी|फ्लैट"
    "|ساتھ|سامنے|پڑوس|اوپر|نیچے|دفتر|آفس|جم|کالج|دکان|محلے|گلی|بلڈنگ"
    "|bagal|samne|saamne|pados|padosh|upar|neeche|niche|gym|office|college|school|dukaan|dukan|mohalle|gali|building|society|flat"
)
_HI_WALI = "वाली|वाला|वाले|والی|والا|والے|wali|waali|wala|waala|wale|waale"
_HI_PERSON = (
    "भाभी|आंटी|लड़की|लडकी|दीदी|ट्रेनर|टीचर|मैडम|औरत|महिला|कलीग|रिसेप्शनिस्ट|नर्स"
    "|aunty|auntie|aunti|bhabhi|bhabi|ladki|didi|trainer|teacher|madam|colleague|girl|lady|aurat|receptionist|nurse|bhaiya"
    "|خاتون|آنٹی|بھابھی|لڑکی|باجی|عورت|میڈم|ٹیچر|ریسپشنسٹ|نرس|کولیگ"
)
_TA_HOUSE = "பக்கத்து|எதிர்|மேல்|கீழ்|அடுத்த"
_AZ_TR_PERSON = r"qiz|qadin|xanim|satici|qonsu|komsu|kiz|kadin|hanim|kasiyer|garson|tezgahtar|ofisiant|katibe|hemsire|tibb\s+bacisi"
#: Locatives that are fiction or a picture ("filmdəki qız", "rüyadaki kız"): handled elsewhere or nobody.
_AZ_TR_NOT = "film|oyun|ruya|hikaye|roman|anime|dizi|serial|kitab|kitap|masal|nagil|sekil|foto|resim|video|reklam|xeyal|hayal"
_ROMANCE_PERSON = (
    "chica|chico|mina|mulher|moca|garota|vizinha|vizinho|vecina|vecino|veina|vei|noia|noi|dona|senora|senyora"
    "|rapariga|mujer|muchacha|morra|tipa|mina|gata|menina|nena|piba|chava|donna|ragazza|vicina|fille|femme|meuf|voisine"
)
_ROMANCE_APP = "tinder|bumble|hinge|grindr|badoo|happn|instagram|insta|twitter|facebook|meetic|raya"
_ROMANCE_WHERE = (
    "apartamento|apartament|apartamento|piso|pis|andar|planta|segon|primer|tercer|quart|segundo|primeiro|terceiro"
    "|cuarto|bloco|bloque|portal|escala|quarto|sexto|quinto|cinquieme|deuxieme|troisieme|etage|[0-9]+"
)
_ROMANCE_WHEN = "sabado|domingo|viernes|sexta|ontem|ayer|ahir|anoche|anteontem|dissabte|divendres|diumenge|samedi|vendredi|hier|sabato|venerdi|ieri"
_AGE_UNIT = "anos|anys|ans|jahre|anni|jaar|lat|yas|yasinda|yasinda|tahun|saal|sal|let|godina"
_ML_ROWS = (
    ("role_np_id", ("mbak", "mba ", "mas ", "ibu ", "bu ", "bapak", "pak ", "kak ", "kakak", "teteh", "teh ", "akang",
                    "kang ", "om ", "tante", "abang", "bang ", "cik ", "makcik", "pakcik", "adik", "dik "),
     rf"\b(?:mbak|mba|mas|ibu|bu|bapak|pak|kak|kakak|teteh|teh|akang|kang|om|tante|abang|bang|cik|makcik|pakcik|adik|dik)"
     rf"\s+(?:(?:tetangga|jiran|kos|kost)\b|(?:{_ID_ROLE})(?:\s+[a-z]+){{0,3}}?\s+(?:{_ID_SPEC})\b)"),
    ("role_np_zh", tuple(_ZH_ADDR.split("|")) + tuple(_ZH_PLACE.split("|")),
     rf"(?:(?:{_ZH_PLACE})[\u4e00-\u9fff]{{0,6}}?的?(?:{_ZH_ROLE})(?:{_ZH_ADDR})?"
     rf"|[\u4e00-\u9fff]{{1,6}}?(?:店|馆|房|院|所|厅|部|室|场|市|站|吧|堂|铺)的?(?:{_ZH_ROLE})(?:{_ZH_ADDR}))"),
    ("role_np_th", ("ข้าง", "ตรงข้าม", "ร้าน", "ที่", "โรงแรม", "คอนโด", "หอ"),
     rf"(?:{_TH_WHO})(?:{_TH_WHERE})"),
    ("role_np_wali", tuple(_HI_WALI.split("|")),
     # one free word between "wali" and the person ("office wali HR madam", "gym wali nayi trainer")
     rf"(?:{_HI_WHERE})\s+(?:{_HI_WALI})\s+(?:(?:گھر|مکان|घर|फ्लैट|ghar|flat)\s+(?:کی|की|ki)\s+|[^\s,]{{1,12}}\s+)?(?:{_HI_PERSON})"),
    ("role_np_ta", ("வீட்டு", "பார்லர்", "ஜிம்", "ஆபீஸ்", "ஆபிஸ்", "கடை", "அலுவலக", "ஹோட்டல்"),
     rf"(?:{_TA_HOUSE})\s+வீட்டு\s+[^\s]{{2,}}"
     r"|(?:பார்லர்|ஜிம்|ஆபீஸ்|ஆபிஸ்|கடை|அலுவலக|ஹோட்டல்)[^\s]{0,4}\s+(?:பெண்|அக்கா|ஆண்டி|பொண்ணு|அண்ணி)"),
    # Greek: a role and the genitive of its place ("η σερβιτόρα της ταβέρνας")
    ("role_np_el", ("της ", "τησ ", "του ", "στο ", "στη "),
     r"(?:σερβιτ[οό]ρα|ταμ[ιί]α|ρεσεψιον[ιί]στ\S{0,2}|νοσοκ[οό]μα|καθαρ[ιί]στρια|κομμ[ωώ]τρια|πωλ[ηή]τρια|δασκ[αά]λα"
     r"|γυμν[αά]στρια|μπαργ[οό]υομαν|φαρμακοπο[ιί]ς|υπ[αά]λληλο\S?|γραμματ[εέ]α)[σς]?\s+(?:της|τησ|του|στο|στη|στην)\s+"
     r"(?:ταβ[εέ]ρνα[σς]?|καφετ[εέ]ρια[σς]?|καφ[εέ]|σο[υύ]περ\s*μ[αά]ρκετ|φαρμακε[ιί]ου|γυμναστηρ[ιί]ου|ξενοδοχε[ιί]ου"
     r"|κομμωτηρ[ιί]ου|γραφε[ιί]ου|εταιρε[ιί]α[σς]?|πολυκατοικ[ιί]α[σς]?|γειτον[ιί]α[σς]?|περιπ[τά]ερου|φο[υύ]ρνου|μπαρ)"),
    ("role_np_locative", ("daki", "deki", "dəki", "taki", "teki", "təki", "dakı"),
     rf"\b(?!(?:{_AZ_TR_NOT})(?:n|s|y)?(?:daki|deki|dəki|taki|teki|təki))[^\s\d]{{2,20}}(?:daki|deki|dəki|taki|teki|təki)\s+(?:[^\s]{{2,12}}\s+){{0,2}}(?:{_AZ_TR_PERSON})\b"),
    ("role_np_romance", tuple(w + " " for w in _ROMANCE_PERSON.split("|")),
     rf"\b(?:la|el|a|o|l|le|the|da|do|na|no|della|dalla|del)\s+(?:{_ROMANCE_PERSON})\s+(?:de|do|da|del|dos|das|du|della|di)\s+"
     rf"(?:(?:l\s+|la\s+|o\s+|a\s+)?(?:{_ROMANCE_APP})\b(?:\s+(?:de|do|da|del|du)\s+(?:{_ROMANCE_WHEN})\b)?"
     rf"|(?:{_ROMANCE_WHERE})\b|(?:{_ROMANCE_WHEN})\b)"),
    ("role_np_age", tuple(" " + u for u in _AGE_UNIT.split("|")),
     rf"\b(?:la|el|a|o|le|die|der|het|de|il|lo)\s+(?:{_ROMANCE_PERSON}|frau|madchen|meisje|vrouw)(?:\s+[^\s\d]+){{0,5}}?"
     rf"\s+[1-9][0-9]\s+(?:{_AGE_UNIT})\b"),
)
_ML = tuple((name, gate, re.compile(pat)) for name, gate, pat in _ML_ROWS)


def _ml_findings(nt, field: str, taken: Marks) -> list[Finding]:
    text = nt.folded.text[:_MAX_CHARS]
    out: list[Finding] = []
    for name, gate, rx in _ML:
        if any(g in text for g in gate):
            out.extend(pattern_findings(nt, field, taken, name, rx, text))
    return out


def role_np_findings(nt, field: str, taken: Marks) -> list[Finding]:
    """``private_person`` findings for specified occupation noun phrases (see the module docstring)."""
    out = _Reader(nt, field, taken).read()
    return out + _ml_findings(nt, field, taken) + context_findings(nt, field, taken) + anchor_findings(nt, field, taken)
