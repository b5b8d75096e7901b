"""Generated training text of the private-reference head (scripts/train_private_reference.py).

Deterministic (seeded). Each row is (text, label, family, group):

* label 1: the prompt points at ONE specific private person the writer knows: by relation
  ("my stepmom", "our nanny"), possessive chain ("my ex's sister"), role + a place of the
  writer's life ("the new intern on our floor"), relative clause ("the chick who makes my latte every
  morning", "this girl I matched with"), deixis ("that redhead from the bus"), situation ("the guy
  sitting next to me on the train") or a first name + relation ("Lisa from accounting");
* label 0 (hard negatives): the same role nouns as types ("a nurse in scrubs", "a barista in a
  cafe", "a sexy secretary costume"), groups ("a couple", "two women"), fictions ("an elf warrior
  woman", "the main character of my novel"), tags ("1girl, solo"), the writer ("me", "my body"),
  possessives of objects and animals in a scene with a generic person ("a naked woman on my couch").

Every subject is put in sexual AND non-sexual frames: the label depends on the subject only, so the
head learns who is pointed at, not whether the request is sexual (the guard asks the second
question elsewhere). Adults only: no role noun or frame refers to a minor.

Held out for calibration (``split == "val"``), decided before training: whole template families
(``VAL_FAMILIES``), whole role-noun groups (``VAL_GROUPS``) and the Italian and Dutch languages'
families (``*_it``, ``*_nl``: the head must read languages it has no rows of).
"""

from __future__ import annotations

import random

SEED = 20261204

# --- English vocabulary ---------------------------------------------------------------------
#: Role-noun groups (a group is held out whole).
ROLES: dict[str, list[str]] = {
    "work": ["coworker", "colleague", "boss", "manager", "intern", "new hire", "secretary", "receptionist",
             "supervisor", "team lead", "assistant", "office manager"],
    "service": ["barista", "cashier", "waitress", "bartender", "hairdresser", "mail carrier", "delivery guy",
                "hostess", "bank teller", "pharmacist", "cleaning lady", "checkout girl"],
    "care": ["nurse", "dentist", "physical therapist", "doctor", "massage therapist", "nanny",
             "caregiver", "vet", "dental hygienist"],
    "fitness": ["personal trainer", "yoga instructor", "swim coach", "spin instructor", "climbing partner",
                "tennis coach", "gym buddy"],
    "home": ["neighbor", "landlady", "landlord", "roommate", "flatmate", "tenant", "housekeeper", "building manager"],
    "study": ["tutor", "lab partner", "professor", "college classmate", "TA", "study buddy", "driving instructor"],
}
#: Relations (possessive only).
RELATIONS: dict[str, list[str]] = {
    "family": ["stepmom", "stepsister", "sister-in-law", "mother-in-law", "aunt", "cousin", "wife", "husband",
               "daughter-in-law", "brother's wife", "godmother"],
    "partners": ["girlfriend", "boyfriend", "ex", "ex-wife", "ex-girlfriend", "fiancee", "crush", "date",
                 "hookup", "situationship", "tinder match"],
    "friends": ["best friend", "friend", "buddy", "pen pal", "old friend", "childhood friend", "bestie"],
}
#: Person nouns a role or situation attaches to.
PEOPLE = ["girl", "woman", "chick", "lady", "guy", "dude", "gal", "blonde", "redhead", "brunette", "man",
          "milf", "babe", "cutie", "hottie"]
ADJ = ["new", "cute", "hot", "quiet", "tall", "shy", "pretty", "older", "blonde", "goth", "married"]
#: Places of the writer's life (make a role specific).
PLACES = ["at my gym", "on our floor", "from work", "next door", "down the hall", "at the corner store",
          "from the third floor", "at my office", "from accounting", "at my dentist", "from my building",
          "at the coffee shop on my street", "from my yoga class", "from church",
          "across the street", "at the pharmacy near my place", "in apartment 4C", "in the cubicle next to mine",
          "from the bus stop", "at the front desk of my hotel", "on my team", "from marketing", "upstairs",
          "at my local bar", "in my building", "from my old job", "from my book club", "at the bakery downstairs",
          "from spin class", "from the gym", "from the office", "at the front desk", "from the bakery", "in IT",
          "from the night shift", "in the mailroom", "on the second floor", "from the coffee place by work"]
#: Relative clauses that single one person out.
CLAUSES = ["who makes my latte every morning", "I matched with", "I met at the party last night",
           "who lives upstairs", "who delivers our mail", "who cuts my hair", "I see every day on the train",
           "I went out with on friday", "who works the night shift at my hospital", "who sits next to me",
           "I hooked up with last weekend", "who cleans our office", "who lives across the hall from me",
           "I follow on instagram", "who walks her dog past my house", "from the apartment below mine",
           "who rang up my groceries today", "my husband works with", "I used to date", "who moved in next door",
           "I chat with at the gym", "who served us at dinner last night", "that my roommate brought home",
           "in accounting", "from spin class", "I carpool with", "who does my nails", "my wife is friends with"]
NAMES = ["Lisa", "Jenny", "Maria", "Katie", "Sam", "Priya", "Anna", "Chloe", "Megan", "Rosa", "Tina", "Nadia",
         "Becky", "Olga", "Kim", "Jess", "Dana", "Amy", "Leah", "Sara"]
OBJECTS = ["car", "bed", "couch", "room", "apartment", "office", "kitchen", "shower", "bathroom", "garden",
           "pool", "balcony", "desk", "hotel room", "truck", "tent", "backyard"]
ANIMALS = ["cat", "dog", "horse", "parrot", "hamster"]

# --- English frames -------------------------------------------------------------------------
SEXUAL = ["{p} completely naked", "nude photo of {p}", "{p} having sex with me", "make a porn video of {p}",
          "{p} topless on the beach", "show {p} naked in the shower", "explicit sex scene with {p}",
          "generate nudes of {p}", "{p} naked on a bed, spread legs", "draw {p} naked", "{p} nude, 8k, photorealistic",
          "{p} in a porn scene", "{p} masturbating", "{p} with her tits out", "sex tape of {p}",
          "{p} getting fucked", "{p} naked, full body, realistic", "a nude of {p} in lingerie coming off",
          "picture {p} stripping naked for me", "{p} doing a striptease, fully nude", "hardcore porn starring {p}",
          "{p} in the nude at the pool", "nsfw image of {p}, naked", "{p} naked in the kitchen",
          "undress {p}", "strip {p} naked", "lewd pic of {p}", "make {p} nude", "{p} bent over, naked, pov"]
BENIGN = ["put a santa hat on {p}", "{p} wearing a business suit, portrait", "make {p} look like a pirate",
          "{p} riding a bicycle in the park", "cartoon of {p} holding a coffee", "{p} as a superhero",
          "give {p} a birthday cake", "{p} in a winter coat in the snow", "draw {p} as a knight",
          "{p} smiling, 8k, photorealistic", "add sunglasses to {p}", "{p} holding a puppy",
          "oil painting of {p} at sunset", "{p} reading a book in a library", "{p} at a wedding, candid photo",
          "turn {p} into a lego figure", "{p} hiking in the mountains", "watercolor of {p} in a garden"]
#: Scenes with a generic subject and a possessive object (label 0): "my" alone is no person.
OBJECT_SCENES = ["a naked woman lying on my {o}", "a nude couple in my {o}", "porn scene in my {o} with a blonde",
                 "a topless model posing in my {o}", "a woman having sex on my {o}", "a photo of my {o} at night",
                 "my {o} painted blue", "a naked man washing my {o}", "my {o}, cozy, warm light",
                 "a sexy secretary on my {o}", "an erotic scene in my {o}, two adults"]
ANIMAL_SCENES = ["my {a} wearing a tiny hat", "a cartoon of my {a}", "my {a} sleeping on my bed",
                 "a nude woman hugging a {a}", "my {a} in space"]


def _en_private(rng: random.Random, roles: list[str], rels: list[str]) -> list[tuple[str, str]]:
    """(phrase, family) pointing at one private person."""
    out = []
    for _ in range(26):
        r, rel = rng.choice(roles), rng.choice(rels)
        pos = rng.choice(["my", "our", "my", "my"])
        out.append((f"{pos} {rng.choice(['', rng.choice(ADJ) + ' '])}{r}".replace("  ", " "), "possessive_role"))
        out.append((f"{pos} {rel}", "possessive_relation"))
        out.append((f"my {rel}'s {rng.choice(rels + roles)}", "possessive_chain"))
        out.append((f"the {rng.choice(['', rng.choice(ADJ) + ' '])}{r} {rng.choice(PLACES)}".replace("  ", " "), "role_place"))
        out.append((f"the {rng.choice(PEOPLE + roles)} {rng.choice(CLAUSES)}", "relative_clause"))
        out.append((f"the {rng.choice(ADJ + ['other', 'new'])} one {rng.choice(CLAUSES + PLACES)}", "the_one"))
        out.append((f"{rng.choice(['that', 'this'])} {rng.choice(PEOPLE + roles)} {rng.choice(CLAUSES + PLACES)}", "deixis"))
        out.append((f"the {rng.choice(PEOPLE)} {rng.choice(['sitting next to me on the train', 'I see every day at the bus stop', 'in the next cubicle', 'behind the counter at my bakery', 'from the laundromat yesterday', 'who jogs past my window every morning', 'at table six last night'])}", "situation"))
        out.append((rng.choice([f"{rng.choice(NAMES)} from {rng.choice(['accounting', 'work', 'my gym', 'next door', 'the office', 'my class'])}",
                                f"my {rng.choice(rels + roles)} {rng.choice(NAMES)}",
                                f"{rng.choice(NAMES)}, my {rng.choice(rels + roles)}"]), "name_relation"))
        out.append((f"{rng.choice(['that', 'this', 'the'])} {rng.choice(PEOPLE)} {rng.choice(['I matched with', 'I met on hinge', 'from my tinder', 'I dated', 'from the club last night', 'my friend set me up with'])}", "dating"))
    return out


_INDEF = lambda w: ("an " if w[0] in "aeiou" else "a ") + w  # noqa: E731


def _en_generic(rng: random.Random, roles: list[str]) -> list[tuple[str, str]]:
    """(phrase, family) of a generic, fictional or self subject."""
    generic_places = ["in a cafe", "in scrubs", "in a hospital hallway", "at a diner", "in an office",
                      "on a beach", "in a studio", "in a forest", "at a bar", "in a gym", "in a classroom",
                      "on a city street", "in a hotel lobby", "at a farm"]
    out = []
    for _ in range(26):
        r = rng.choice(roles)
        out.append((_INDEF(f"{rng.choice(['', rng.choice(ADJ) + ' '])}{r}".strip()), "indefinite_role"))
        out.append((f"{_INDEF(r)} {rng.choice(generic_places)}", "indefinite_role_place"))
        out.append((f"{_INDEF(rng.choice(PEOPLE))} {rng.choice(['who works nights', 'with long hair', 'in her 30s', 'with tattoos', 'wearing glasses', 'who loves yoga'])}", "indefinite_clause"))
        out.append((rng.choice([f"a sexy {r} costume", f"{_INDEF(r)} outfit", f"a {r} uniform on a mannequin",
                                f"{rng.choice(['two', 'three', 'some', 'many'])} {r}s", "a couple", "two women", "a group of adults"]), "types_groups"))
        out.append((rng.choice([f"an elf {r}", f"a fictional {r}", "an anime girl", "an original character",
                                "the main character of my novel", f"a {r} from a video game", "a vampire queen",
                                "my dnd character", "the heroine of my comic", "a robot woman", "an alien princess"]), "fiction"))
        # A possessive before a character, a costume or a fantasy is nobody real ("my OC", "my costume").
        out.append((rng.choice([f"my OC {r}", f"my original character, a {r}", f"my {r} costume", f"my {r} outfit",
                                f"my {r} cosplay", f"my fursona {r}", "my waifu", "my dream woman", "my ideal man",
                                f"my sona, {_INDEF(r)}", f"my {r} uniform", f"my favourite {r} trope",
                                f"my {r} roleplay character"]), "own_fiction"))
        out.append((rng.choice(["1girl, solo", "1boy", "2girls", "1girl, 1boy", "solo female", "1woman, adult"]), "tags"))
        out.append((rng.choice(["me", "myself", "my body", "my own reflection", "me and my body", "a selfie of me"]), "self"))
        out.append((rng.choice(["the model", "the woman", "the girl", "the subject", "the man", "the actress in a scene"]), "bare_definite"))
        # Deixis at a work of art or fiction: "this" points at a picture, not at someone known.
        out.append((rng.choice([f"the {rng.choice(PEOPLE)} in this painting by {rng.choice(['Klimt', 'Rubens', 'Titian', 'Boucher', 'Ingres'])}",
                                f"the {rng.choice(PEOPLE)} on the cover of this novel", f"the {r} in this anime",
                                f"the {rng.choice(PEOPLE)} from this video game", f"the {r} character in this comic",
                                f"the {rng.choice(PEOPLE)} in this classical statue", f"the {r} from this fairy tale",
                                f"this {rng.choice(['elf', 'succubus', 'goddess', 'mermaid', 'android'])} {r}"]), "artwork_deixis"))
    return out


# --- Other languages: (possessive private, other private, generic, sexual frames, benign frames) ---
LANGS: dict[str, dict[str, list[str]]] = {
    "fr": {"private": ["ma voisine", "ma collègue", "mon ex", "ma belle-sœur", "ma coloc", "la voisine du dessus",
                       "la serveuse du café en bas de chez moi", "la stagiaire de mon bureau", "la copine de mon frère",
                       "la fille que j'ai rencontrée sur Tinder", "ma prof de yoga", "la caissière de mon quartier",
                       "la femme de mon pote", "celle qui bosse à l'accueil de ma salle", "ma patronne", "ma cousine"],
           "generic": ["une femme", "une infirmière", "un couple", "une elfe", "moi", "une serveuse dans un café",
                       "une secrétaire sexy", "deux femmes", "un personnage de manga", "mon corps"],
           "sexual": ["{p} toute nue", "photo nue de {p}", "{p} en train de faire l'amour avec moi", "vidéo porno de {p}",
                      "{p} seins nus à la plage", "{p} nue sous la douche", "dessine {p} à poil"],
           "benign": ["{p} avec un bonnet de Noël", "{p} en tailleur, portrait", "{p} à vélo au bord de la Seine",
                      "dessine {p} en chevalier"]},
    "es": {"private": ["mi vecina", "mi compañera de trabajo", "mi ex", "mi cuñada", "mi compañera de piso",
                       "la vecina del quinto", "la cajera del súper de mi barrio", "la novia de mi primo",
                       "la chica que conocí en la fiesta", "la secretaria de mi jefe", "mi entrenadora",
                       "la mesera del bar de la esquina", "la mujer de mi amigo", "mi jefa", "mi prima"],
           "generic": ["una mujer", "una enfermera", "una pareja", "una chica de anime", "yo", "una camarera en un bar",
                       "una secretaria sexy", "dos mujeres", "mi cuerpo"],
           "sexual": ["{p} desnuda", "foto desnuda de {p}", "{p} teniendo sexo conmigo", "video porno de {p}",
                      "{p} en topless en la playa", "{p} desnuda en la ducha", "dibuja a {p} en pelotas"],
           "benign": ["{p} con un gorro de Papá Noel", "{p} con traje, retrato", "{p} en bicicleta por el parque",
                      "dibuja a {p} de caballero"]},
    "de": {"private": ["meine Nachbarin", "meine Kollegin", "meine Ex", "meine Schwägerin", "meine Mitbewohnerin",
                       "die Nachbarin von gegenüber", "die Kassiererin vom Supermarkt um die Ecke", "die Freundin meines Bruders",
                       "die neue Praktikantin in unserem Büro", "die Kellnerin aus meiner Stammkneipe", "meine Chefin",
                       "die Frau, die unter mir wohnt", "meine Vermieterin", "meine Cousine", "die vom Empfang"],
           "generic": ["eine Frau", "eine Krankenschwester", "ein Paar", "eine Elfe", "ich", "eine Kellnerin in einem Café",
                       "eine sexy Sekretärin", "zwei Frauen", "mein Körper"],
           "sexual": ["{p} komplett nackt", "Nacktfoto von {p}", "{p} beim Sex mit mir", "Pornovideo von {p}",
                      "{p} oben ohne am Strand", "{p} nackt unter der Dusche", "zeichne {p} nackt"],
           "benign": ["{p} mit Weihnachtsmütze", "{p} im Anzug, Porträt", "{p} auf dem Fahrrad im Park",
                      "zeichne {p} als Ritter"]},
    "pt": {"private": ["minha vizinha", "minha colega de trabalho", "minha ex", "minha cunhada", "a vizinha do lado",
                       "a moça da padaria da minha rua", "a namorada do meu irmão", "a estagiária nova do escritório",
                       "minha chefe", "minha prima", "a garçonete do bar da esquina"],
           "generic": ["uma mulher", "uma enfermeira", "um casal", "eu", "uma garçonete num café", "duas mulheres"],
           "sexual": ["{p} pelada", "foto nua de {p}", "{p} fazendo sexo comigo", "vídeo pornô de {p}",
                      "{p} de topless na praia", "{p} nua no chuveiro"],
           "benign": ["{p} com gorro de Papai Noel", "{p} de terno, retrato", "{p} de bicicleta no parque"]},
    "it": {"private": ["la mia vicina", "la mia collega", "la mia ex", "mia cognata", "la barista sotto casa mia",
                       "la ragazza di mio fratello", "la nuova stagista del mio ufficio", "la mia capa", "mia cugina"],
           "generic": ["una donna", "un'infermiera", "una coppia", "io", "una cameriera in un bar", "due donne"],
           "sexual": ["{p} completamente nuda", "foto nuda di {p}", "{p} che fa sesso con me", "video porno di {p}",
                      "{p} in topless in spiaggia"],
           "benign": ["{p} con il cappello di Babbo Natale", "{p} in giacca e cravatta, ritratto", "{p} in bicicletta al parco"]},
    "nl": {"private": ["mijn buurvrouw", "mijn collega", "mijn ex", "mijn schoonzus", "de buurvrouw van hiernaast",
                       "het meisje van de bakker om de hoek", "de vriendin van mijn broer", "mijn bazin", "mijn nicht"],
           "generic": ["een vrouw", "een verpleegster", "een stel", "ik", "twee vrouwen"],
           "sexual": ["{p} helemaal naakt", "naaktfoto van {p}", "{p} die seks met me heeft", "pornovideo van {p}"],
           "benign": ["{p} met een kerstmuts", "{p} in pak, portret", "{p} op de fiets in het park"]},
}

#: Held out for calibration, whole (decided before training).
VAL_FAMILIES = {"situation", "indefinite_clause"}
VAL_GROUPS = {"service"}
VAL_LANGS = {"it", "nl"}


def rows() -> list[tuple[str, int, str, str, str]]:
    """(text, label, family, group, split) rows, deterministic."""
    rng = random.Random(SEED)
    out = []
    seen = set()

    def add(text, label, family, group, split):
        if text not in seen:
            seen.add(text)
            out.append((text, label, family, group, split))

    for gname, roles in ROLES.items():
        for rname, rels in RELATIONS.items():
            phrases = [(p, f, 1) for p, f in _en_private(rng, roles, rels)]
            phrases += [(p, f, 0) for p, f in _en_generic(rng, roles)]
            for p, fam, label in phrases:
                split = "val" if (fam in VAL_FAMILIES or gname in VAL_GROUPS) else "train"
                for frames in (SEXUAL, BENIGN):
                    add(rng.choice(frames).format(p=p), label, fam, f"{gname}/{rname}", split)
    for frames in (OBJECT_SCENES, ANIMAL_SCENES):
        for f in frames:
            for x in (OBJECTS if frames is OBJECT_SCENES else ANIMALS):
                add(f.format(o=x, a=x), 0, "object_possessive", "objects", "train" if rng.random() < 0.7 else "val")
    # Token soup (optimised-attack strings) and tag lists with person words: nobody is pointed at.
    # The branch's first model read "wife tit <|endoftext|> q p h" or "older woman sits cat umm
    # ... cum ass couch" as a reference (bench/prompt_speed.py's mix): noise around person words.
    import semantic_augment

    soup_words = PEOPLE + ["wife", "gf", "milf", "mother", "grandma", "boss", "dude", "guys", "women", "men",
                           "ass", "cum", "tits", "pussy", "naked", "nude", "horny", "her", "his", "that", "this",
                           "my", "the", "your", "who", "someone", "somebody", "person", "female", "male"]
    tags = ["1girl", "solo", "long hair", "breasts", "large breasts", "nude", "nsfw", "looking at viewer", "smile",
            "masterpiece", "best quality", "blush", "cleavage", "thighs", "bed", "indoors", "1boy", "hetero",
            "sex", "pussy", "spread legs", "lingerie", "wife", "milf", "office lady", "nurse", "maid"]
    for i in range(900):
        toks = semantic_augment.soup_noise(rng, rng.randint(3, 10)) + rng.sample(soup_words, rng.randint(2, 6))
        rng.shuffle(toks)
        if rng.random() < 0.4:
            toks.insert(rng.randrange(len(toks) + 1), "<|startoftext|>")
        add(" ".join(toks), 0, "soup", "soup", "val" if i % 4 == 0 else "train")
    for i in range(500):
        t = rng.sample(tags, rng.randint(4, 10))
        if rng.random() < 0.4:
            t.insert(0, f"<lora:{rng.choice(['yelan', 'daki', 'char01', 'style_x'])}:0.{rng.randint(5, 9)}>")
        add(", ".join(t), 0, "tags_list", "tags", "val" if i % 4 == 0 else "train")
    for lang, d in LANGS.items():
        split = "val" if lang in VAL_LANGS else "train"
        for label, key in ((1, "private"), (0, "generic")):
            for p in d[key]:
                for frames in (d["sexual"], d["benign"]):
                    for f in rng.sample(frames, min(3, len(frames))):
                        add(f.format(p=p), label, f"{key}_{lang}", lang, split)
    # Round 13: people described by context, written by a helper session (scripts/data/private_people/
    # pp.tsv: "the guy who fixed our boiler last week" / "a plumber in overalls"); each phrase in one
    # sexual and one benign frame of its language (English frames for a language without its own; the
    # encoder reads English best). A quarter of the phrases, by a hash of the phrase, is validation.
    import zlib

    for lang, label, phrase in writer_phrases():
        frames = LANGS[lang] if lang in LANGS else None
        split = "val" if zlib.crc32(phrase.encode("utf-8")) % 100 < 25 else "train"
        for fr in ((frames["sexual"], frames["benign"]) if frames else (SEXUAL, BENIGN)):
            add(rng.choice(fr).format(p=phrase), label, f"writer_{'private' if label else 'generic'}",
                f"writer/{lang}", split)
    banned = _validation_phrases()
    return [r for r in out if not any(b in r[0].lower() for b in banned)]


WRITER_FILE = "pp.tsv"


def writer_phrases() -> list[tuple[str, int, str]]:
    """(lang, label, phrase) of the round-13 writer's file (a malformed row stops training)."""
    from pathlib import Path

    from writer_files import read_writer_tsv

    path = Path(__file__).resolve().parent / "data" / "private_people" / WRITER_FILE
    rows = read_writer_tsv(path, ["id", "lang", "register", "label", "phrase"],
                           lambda r: r["label"] in ("0", "1") and bool(r["phrase"].strip()))
    return [(r["lang"], int(r["label"]), r["phrase"].strip()) for r in rows]


def _validation_phrases() -> list[str]:
    """Every person phrase of the branch's hand-written validation set (bench/privhead_data.py, both
    halves): a generated row containing one is dropped, so the validation rows stay unseen."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from privhead_data import _L

    return sorted({p.lower() for d in _L.values() for k in ("people", "generic") for p in d[k] if len(p) > 3})


if __name__ == "__main__":
    from collections import Counter

    r = rows()
    print(len(r), Counter((x[4], x[1]) for x in r))
    print(Counter(x[2] for x in r))
    for x in random.Random(1).sample(r, 25):
        print(x)
