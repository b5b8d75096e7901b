"""Round-16 generated training text for the semantic sexual-request head: hard negatives of ordinary
prompts the head 2026.12.6 read as sexual, with minimal pairs that keep its recall (helper "h7_semantic").

Written for this project (no external text; nothing copied from any held-out set). Only
scripts/train_semantic_sexual.py calls it. Why: the token head reads one word of an ordinary prompt
as the sexual one: a place word in a benign edit ("... from our group-chat server"), "adult" in its
ordinary senses ("adult league", "adult education"), leisure bodies ("sunbathes", "sauna"), a
surname that holds a sexual word piece ("Papen|dick", "Han|cock", "Sex|ton") and a name the
English-trained encoder does not know beside text in another script. Kinds:

``edit``     benign edits of a person (background, age, a hat, the sky, a restyle) where the person
             is a role tied to a place or a group ("the referee from our Sunday league", "a guy
             from my Discord server"): hard negatives.
``leisure``  bodies at leisure and at work: sunbathing, swimming, yoga, spa and sauna, a massage
             therapist at work, beach volleyball, a lifeguard: hard negatives.
``adult``    "adult" in its non-sexual senses (education, league, ticket, size, tooth, learners, swim
             lessons, young-adult novel, colouring book): hard negatives.
``names``    benign prompts about people whose names hold a sexual word piece (Dickens, Cockburn,
             Hancock, Sexton, Titmarsh, Analise), as full names, handles and lower-case tags, and
             Latin-script names of many origins beside captions in other scripts: hard negatives.
``sense``    "strip" with an object (bed sheets, wallpaper, varnish), "nude" as a colour (heels,
             lipstick), lingerie as a product on display (an advert, a shop window): hard negatives.
``pairs``    minimal pairs on the same frames ("make {p} look [thirty years older]" / "[completely
             naked]", "{n} [sunbathing on a towel]" / "[sunbathing topless]", "an [adult league]
             photo" / "an [adult film] still of {p}"), so that the new negatives teach that the
             place, the sense or the name is not the reason, never that an edit, a leisure scene
             or a name is benign.

Every item's ``family`` is its template (or bucket), so whole families are held out for validation
by the trainer (``crc32(family) % 100 < 25``) as for the other generators.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------
# edit: a role tied to a place/group (who), an edit (what), benign.
# ---------------------------------------------------------------------------------------------
ROLE = ["the referee", "a guy", "the woman", "a girl", "the coach", "the admin", "the moderator", "a lady",
        "the instructor", "the tutor", "the goalkeeper", "the bartender", "the teacher", "my teammate",
        "the captain", "a member", "the organiser", "the volunteer", "the dj", "the host"]
PLACE = ["from our discord server", "from my minecraft server", "from the group chat", "from my telegram channel",
         "from the adult league", "from last week's pub quiz", "from my night class", "from the adult education centre",
         "from our slack workspace", "from the subreddit meetup", "from the book club", "from our sunday league",
         "from the evening pottery course", "from my twitch stream", "from the night shift", "from the parish choir",
         "from the climbing gym", "from the hackathon", "from my esports team", "from the chess club"]
EDIT = [
    "erase the background around {p} and fill it with {bg}",
    "cut {p} out of this photo and put {bg} behind them",
    "make {p} look {age}",
    "age {p} by {n} years",
    "put {hat} on {p}",
    "swap the sky behind {p} for {sky}",
    "turn {p} into {style}",
    "replace the wall behind {p} with {bg}",
    "give {p} {hair}",
    "restore this old photo of {p} and fix the colours",
    "blur everything except {p}",
    "change {p}'s shirt to {colour}",
]
BG = ["flat white", "a soft grey studio backdrop", "a beach at noon", "a snowy forest", "a brick wall",
      "a solid blue colour", "a sunset gradient", "an office lobby"]
AGE = ["20 years older", "thirty years older", "like a teenager again", "younger", "about eighty", "ten years younger",
       "like a grandparent"]
HAT = ["a cowboy hat", "a santa hat", "a hard hat", "a beret", "a graduation cap", "a pirate hat", "a beanie"]
SKY = ["a stormy sky", "a starry night", "a pink sunset", "clear blue sky", "northern lights"]
STYLE = ["a silent-movie star", "a renaissance painting", "a pixar character", "a lego figure", "an oil portrait",
         "a comic book hero", "a watercolour sketch", "a 1980s yearbook photo"]
HAIR = ["curly red hair", "a buzz cut", "a moustache", "grey hair", "a ponytail", "glasses"]
COLOUR = ["navy", "bright yellow", "forest green", "white", "black"]

# ---------------------------------------------------------------------------------------------
# leisure: ordinary bodies at rest, in water, at the gym, at work.
# ---------------------------------------------------------------------------------------------
LEISURE_SUBJ = ["a woman", "a man", "an older couple", "two friends", "a young woman", "a teenager", "my aunt",
                "a family", "a tourist", "my neighbour"]
LEISURE = [
    "{s} sunbathes on a deckchair beside the villa pool", "{s} sunbathing on a towel at the lake",
    "{s} tanning on a deck chair with a paperback", "{s} dozing in the sun on a beach towel",
    "{s} swimming laps in an outdoor pool", "{s} floating on an inflatable flamingo",
    "{s} doing yoga on a mat at sunrise", "{s} stretching after a run in the park",
    "{s} relaxing in a spa robe with cucumber slices", "{s} in the hot tub at a ski lodge",
    "{s} sitting in a wooden sauna with a towel", "a massage therapist kneading {s}'s shoulders at a clinic",
    "a physiotherapist treating {s}'s knee", "{s} playing beach volleyball in the sand",
    "a lifeguard watching {s} at the swimming pool", "{s} snorkelling over a coral reef",
    "{s} in a wetsuit carrying a surfboard", "{s} getting a pedicure at the nail salon",
    "{s} at an aqua aerobics class", "{s} lying in a hammock between two palm trees",
]
LEISURE_TAIL = ["", ", golden hour", ", travel photo", ", candid", ", film grain", ", summer holiday"]

# ---------------------------------------------------------------------------------------------
# adult: the ordinary senses of the word.
# ---------------------------------------------------------------------------------------------
ADULT = [
    "a poster for the {place} adult education evening classes", "our adult-education tutor at {place} writing on the whiteboard",
    "team photo of the adult league softball team at {place}", "an adult ticket and a child ticket for the museum",
    "an adult learner practising handwriting at {place}", "adult swim lessons at {place}, instructor in the water",
    "a young adult novel cover with a dragon", "an adult colouring book page of mandalas",
    "adult and puppy golden retrievers side by side", "an adult penguin feeding its chick",
    "the adult size medium hoodie laid flat", "a dentist pointing at an adult molar on an x-ray",
    "adult literacy volunteers at {place}", "a flyer for an adult beginners ballet class at {place}",
    "the adult team celebrating a goal at {place}", "an adult tricycle parked outside {place}",
    "make the adult league goalie from {place} look like a knight", "adult supervision required sign at {place}",
]
ADULT_PLACE = ["the community college", "the town library", "the rec centre", "the leisure centre", "our school",
               "the YMCA", "the village hall", "the local pool"]

# ---------------------------------------------------------------------------------------------
# names: surnames/first names holding a sexual word piece; names of many origins.
# ---------------------------------------------------------------------------------------------
FIRST = ["laura", "tom", "analise", "sarah", "peter", "grace", "james", "mira", "oliver", "nadia", "willy",
         "fanny", "randy", "cumhur", "titus", "sextus", "analia", "dixie"]
PIECE_LAST = ["papendick", "dickens", "dickinson", "cockburn", "hancock", "sexton", "titmarsh", "cockerill",
              "babcock", "hitchcock", "woodcock", "glasscock", "lipschitz", "assante", "bumgarner", "wankel",
              "kuntz", "fuchs", "sexsmith", "nudelman", "hardick", "shufflebottom", "wetmore", "strippel",
              "nakamura", "pornsak", "tittensor", "peniston"]
NAME_FRAME = [
    "renaissance costume portrait of {h}", "{n} reading by candlelight, oil painting", "portrait of {n} in a business suit",
    "{n} giving a lecture on botany", "{h} at the farmers market with a basket of apples", "pencil sketch of {n}",
    "{n} as a medieval knight, storybook illustration", "{h} hiking in the alps, 35mm", "{n} on a podcast set, two mics",
    "make {n} look like a pirate captain", "{n} holding a trophy at the chess tournament", "watercolour of {h} walking a dog",
]
#: Captions in other scripts with a Latin-script name beside them ({n}): cafe, park, train, cooking, reading.
SCRIPT_FRAME = [
    "카페에서 노트북 하는 {n}", "{n} 공원에서 산책하는 모습", "{n}がカフェで本を読んでいる", "電車の窓際に座る{n}",
    "{n}在厨房做饭", "{n}在图书馆看书", "{n} читает книгу в парке", "{n} на велосипеде у моря",
    "{n} يقرأ كتابا في المقهى", "{n} बगीचे में चाय पीते हुए", "{n} กำลังทำอาหารในครัว", "{n} בחוף הים עם כלב",
    "{n} ελαιογραφία στο λιμάνι", "{n} 놀이공원에서 솜사탕 먹는 사진",
]
WORLD_NAMES = ["Nasimiyu Wekesa", "Chiamaka Okafor", "Wanjiru Kamau", "Nguyen Thi Lan", "Oyelaran Adebisi",
               "Tuğba Yıldırım", "Siosaia Fifita", "Aigerim Nurlanovna", "Ngozi Eze", "Kofi Mensah",
               "Bayarmaa Batbold", "Tamar Kvaratskhelia", "Makoa Kealoha", "Dagny Thorsdottir", "Hemi Walker",
               "Precious Mokoena", "Juan Dela Cruz", "Aroha Ngata", "Thandeka Dlamini", "Kwame Boateng",
               "Sipho Ndlovu", "Luong Van Minh", "Esi Asante", "Folake Adeyemi"]

# ---------------------------------------------------------------------------------------------
# senses: "strip" with an object (sheets, wallpaper, paint), "nude" as a colour, lingerie as a
# product on display. The subjects mix private roles and names, as real prompts do.
# ---------------------------------------------------------------------------------------------
SENSE_SUBJ = ["a woman", "my flatmate", "a man in overalls", "my aunt Rosa", "the woman next door", "Ilse Brandvold",
              "a retired teacher", "my coworker", "a young dad", "the caretaker"]
SENSE = [
    "{s} stripping the sheets off the guest bed", "{s} stripping old wallpaper with a steamer",
    "{s} stripping varnish off a pine dresser", "{s} stripping the paint from a garden bench",
    "{s} stripping wire insulation with pliers", "{s} strips the beds in the guest room",
    "{s} stripping a fish fillet of its bones", "{s} wearing nude-toned pumps to a garden party",
    "{s} trying nude lipstick shades at the counter", "{s} painting her nails a nude beige",
    "{s} in a nude pink trench coat in the rain", "a nude eyeshadow palette on a marble counter",
    "a lingerie advert on a bus shelter, seen from across the road", "a lingerie shop window with mannequins at night",
    "a billboard for a lingerie brand above a busy intersection", "a lingerie catalogue lying on a kitchen table",
]
PAIR_SENSE = ["{s} {x} on a sunday morning", "{s} {x} in the hallway", "photo of {s} {x}"]
PAIR_SENSE_FILLS = [("stripping naked", "stripping the duvet covers"), ("stripping off her clothes", "stripping old wallpaper"),
                    ("completely nude", "in nude-toned sandals"), ("posing nude", "wearing nude lipstick")]

# ---------------------------------------------------------------------------------------------
# pairs: (sexual, ordinary) fills on the same frames. A pair shares its family, held out whole.
# ---------------------------------------------------------------------------------------------
PAIR_EDIT = ["make {p} look {x}", "edit this photo of {p} so they are {x}", "{p}, but {x}"]
PAIR_EDIT_FILLS = [("completely naked", "thirty years older"), ("topless", "wearing a hard hat"),
                   ("without any clothes", "without the sunglasses"), ("nude on a bed", "asleep on a sofa"),
                   ("in see-through underwear", "in a yellow raincoat")]
PAIR_LEISURE = ["{s} {x} beside the villa pool", "{s} {x} at the lake", "photo of {s} {x} on the beach"]
PAIR_LEISURE_FILLS = [("sunbathing topless", "sunbathing on a lounger"), ("skinny dipping", "swimming laps"),
                      ("naked in the sauna", "reading in the shade"), ("flashing her breasts", "playing volleyball")]
PAIR_ADULT = ["an {x} scene of {p}", "{p} in an {x} poster", "a still from an {x} with {p}"]
PAIR_ADULT_FILLS = [("adult film", "adult league"), ("adult video", "adult education"), ("xxx adult", "adult swim"),
                    ("adult porn", "adult choir")]
PAIR_NAME = ["{n} {x}", "photo of {h} {x}", "{n} {x}, 8k"]
PAIR_NAME_FILLS = [("naked in bed", "asleep in bed"), ("having sex on a couch", "sitting on a couch"),
                   ("stripping on stage", "singing on stage"), ("with her tits out", "with her arms out")]


def _handle(first: str, last: str, rng) -> str:
    return rng.choice(["@{f}.{l}", "@{f}_{l}", "@{f}{l}", "{F} {L}", "{f}_{l}", "@{l}{f}"]).format(
        f=first, l=last, F=first.capitalize(), L=last.capitalize())


def generate_r16(seed: int, per_frame: int = 5):
    """[(text, label, family, kind)] (same shape as semantic_augment.generate)."""
    rng = random.Random(seed + 16)
    out = []
    for fi, fr in enumerate(EDIT):
        for _ in range(per_frame + 2):
            p = f"{rng.choice(ROLE)} {rng.choice(PLACE)}"
            t = fr.format(p=p, bg=rng.choice(BG), age=rng.choice(AGE), n=rng.choice([10, 20, 30, 40]),
                          hat=rng.choice(HAT), sky=rng.choice(SKY), style=rng.choice(STYLE), hair=rng.choice(HAIR),
                          colour=rng.choice(COLOUR))
            out.append((t, 0, f"r16-edit:{fi}", "hard"))
    for li, fr in enumerate(LEISURE):
        for _ in range(per_frame - 1):
            out.append((fr.format(s=rng.choice(LEISURE_SUBJ)) + rng.choice(LEISURE_TAIL), 0, f"r16-leisure:{li}", "hard"))
    for ai, fr in enumerate(ADULT):
        for _ in range(per_frame - 2 if "{place}" in fr else 1):
            out.append((fr.format(place=rng.choice(ADULT_PLACE)), 0, f"r16-adult:{ai}", "hard"))
    for ni, fr in enumerate(NAME_FRAME):
        for _ in range(per_frame + 1):
            first, last = rng.choice(FIRST), rng.choice(PIECE_LAST)
            full = f"{first.capitalize()} {last.capitalize()}"
            out.append((fr.format(n=full if rng.random() < 0.7 else full.lower(), h=_handle(first, last, rng)),
                        0, f"r16-names:{ni}", "hard"))
    for si, fr in enumerate(SCRIPT_FRAME):
        for _ in range(per_frame - 1):
            n = rng.choice(WORLD_NAMES) if rng.random() < 0.7 else f"{rng.choice(FIRST).capitalize()} {rng.choice(PIECE_LAST).capitalize()}"
            out.append((fr.format(n=n), 0, f"r16-script:{si}", "hard"))
    for ki, fr in enumerate(SENSE):
        for _ in range(per_frame - 2 if "{s}" in fr else 2):
            out.append((fr.format(s=rng.choice(SENSE_SUBJ)), 0, f"r16-sense:{ki}", "hard"))
    for frames, fills, kind, fill_of in (
            (PAIR_SENSE, PAIR_SENSE_FILLS, "sense", lambda: {"s": rng.choice(SENSE_SUBJ)}),
            (PAIR_EDIT, PAIR_EDIT_FILLS, "edit", lambda: {"p": f"{rng.choice(ROLE)} {rng.choice(PLACE)}"}),
            (PAIR_LEISURE, PAIR_LEISURE_FILLS, "leisure", lambda: {"s": rng.choice(LEISURE_SUBJ)}),
            (PAIR_ADULT, PAIR_ADULT_FILLS, "adult", lambda: {"p": f"{rng.choice(ROLE)} {rng.choice(PLACE)}"}),
            (PAIR_NAME, PAIR_NAME_FILLS, "name", None)):
        for pos_x, neg_x in fills:
            fam = f"r16-pair:{kind}:{pos_x}"  # a fill pair is the family: held out whole
            for _ in range(per_frame + 1):
                fr = rng.choice(frames)
                if fill_of is None:
                    first, last = rng.choice(FIRST), rng.choice(PIECE_LAST + [w.split()[-1].lower() for w in WORLD_NAMES])
                    vals = {"n": f"{first.capitalize()} {last.capitalize()}", "h": _handle(first, last, rng)}
                else:
                    vals = fill_of()
                out.append((fr.format(x=pos_x, **vals), 1, fam, f"pair_r16{kind}"))
                out.append((fr.format(x=neg_x, **vals), 0, fam, f"twin_r16{kind}"))
    seen, uniq = set(), []
    for row in out:  # draws can repeat; keep pairs adjacent (the trainer pairs row i with row i + 1)
        if row[1] == 1 or row[0] not in seen or row[3].startswith("twin_"):
            uniq.append(row)
            seen.add(row[0])
    return uniq


if __name__ == "__main__":
    import collections
    import sys

    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import semantic_augment

    rows = generate_r16(semantic_augment.SEED)
    print(len(rows), collections.Counter(r[3] for r in rows))
    for r in rows[:: max(1, len(rows) // 25)]:
        print(r)
