"""More generated training text for the semantic sexual-request head (issue 10, round 2).

Written for this project (no external text), after bench/semantic_validation.py was written and
committed, and disjoint from it: other noise vocabularies, other glue styles, other templates. Only
scripts/train_semantic_sexual.py calls it. Four kinds, each with twins where it has a positive:

``compose``  compositional minimal pairs: a plain description of a person in a place ("{s} lying on
             her bed", "{s} at the gym in leggings") with a sexual modifier inserted, in nine
             languages, and the SAME sentence with an ordinary modifier (the twin); the plain
             description alone is a hard negative too. This teaches the one word, not the topic.
``chat``     chat-style requests ("can you make her ... pls") with twins.
``soup3``    token soup with other noise vocabularies (hex ids, kana, CapWords, hashtags of places,
             numbers) and other glue styles (pipes, tildes, doubled letters, vowels dropped, case
             flipping, quotes), sexual fragments in nine languages; twins around ordinary fragments.
``plain``    many plain descriptions of people in beds, bathrooms, beaches, gyms, changing rooms,
             swimwear, medical, art and fashion (negatives only).

Every item's ``family`` is the template/bucket it came from (whole families are held out for
validation by the trainer, as for scripts/semantic_augment.py).
"""

from __future__ import annotations

import random

from semantic_augment import leet, misspell

# Subjects with a possessive, per language.
SUBJ = {
    "en": ["a woman", "the woman", "a girl", "my neighbour", "my colleague", "the receptionist", "my ex girlfriend",
           "a young mom", "the tennis player", "my friend's wife", "a man", "the bartender", "Olivia Brandt",
           "Hannah", "Nadia Petrova", "my teacher"],
    "fr": ["une fille", "ma voisine", "ma collègue", "la serveuse", "mon ex", "Julie", "une maman"],
    "es": ["una chica", "mi vecina", "mi compañera", "la camarera", "mi ex", "Carmen", "una madre joven"],
    "it": ["una ragazza", "la mia vicina", "la mia collega", "la cameriera", "la mia ex", "Chiara"],
    "de": ["ein Mädchen", "meine Nachbarin", "meine Kollegin", "die Kellnerin", "meine Ex", "Anna"],
    "pt": ["uma garota", "minha vizinha", "minha colega", "a garçonete", "minha ex", "Beatriz"],
    "nl": ["een vrouw", "mijn buurvrouw", "mijn collega", "de serveerster", "mijn ex", "Sanne", "een meisje"],
    "pl": ["kobieta", "moja sąsiadka", "moja koleżanka", "kelnerka", "moja była", "Agnieszka", "dziewczyna"],
    "sv": ["en kvinna", "min granne", "min kollega", "servitrisen", "mitt ex", "Elin"],
}

# Places/poses per language: a plain description of a person ({s}), with {m} where a modifier goes.
SCENES = {
    "en": ["{s} lying on her bed {m}", "{s} sitting on the sofa {m}", "{s} in the bathroom {m}",
           "{s} at the beach {m}", "{s} in the changing room {m}", "{s} at the gym {m}", "{s} by the pool {m}",
           "{s} in the kitchen {m}", "{s} on the balcony {m}", "{s} in a hotel room {m}", "{s} in the office {m}",
           "{s} laying in bed {m}", "{s} in the living room {m}", "{s} at a party {m}", "{s} in the garden {m}"],
    "fr": ["{s} allongée sur son lit {m}", "{s} dans la salle de bain {m}", "{s} à la plage {m}",
           "{s} sur le canapé {m}", "{s} dans le vestiaire {m}", "{s} au bureau {m}"],
    "es": ["{s} tumbada en su cama {m}", "{s} en el baño {m}", "{s} en la playa {m}", "{s} en el sofá {m}",
           "{s} en el vestuario {m}", "{s} en la oficina {m}"],
    "it": ["{s} sdraiata sul letto {m}", "{s} in bagno {m}", "{s} in spiaggia {m}", "{s} sul divano {m}",
           "{s} nello spogliatoio {m}", "{s} in ufficio {m}"],
    "de": ["{s} liegt auf ihrem Bett {m}", "{s} im Badezimmer {m}", "{s} am Strand {m}", "{s} auf dem Sofa {m}",
           "{s} in der Umkleide {m}", "{s} im Büro {m}"],
    "pt": ["{s} deitada na cama {m}", "{s} no banheiro {m}", "{s} na praia {m}", "{s} no sofá {m}",
           "{s} no vestiário {m}", "{s} no escritório {m}"],
    "nl": ["{s} ligt op haar bed {m}", "{s} in de badkamer {m}", "{s} op het strand {m}", "{s} op de bank {m}",
           "{s} in de kleedkamer {m}", "{s} op kantoor {m}"],
    "pl": ["{s} leży na łóżku {m}", "{s} w łazience {m}", "{s} na plaży {m}", "{s} na kanapie {m}",
           "{s} w przebieralni {m}", "{s} w biurze {m}"],
    "sv": ["{s} ligger på sängen {m}", "{s} i badrummet {m}", "{s} på stranden {m}", "{s} i soffan {m}"],
}

# (sexual modifier, ordinary modifier) per language: the one thing that differs.
MODS = {
    "en": [("completely naked", "completely calm"), ("with no clothes on", "with no shoes on"),
           ("topless", "tired"), ("masturbating", "meditating"), ("having sex with her boyfriend", "having lunch with her boyfriend"),
           ("showing her pussy", "showing her puppy"), ("spreading her legs", "crossing her legs"),
           ("with her tits out", "with her hair down"), ("getting fucked", "getting dressed"),
           ("in a see-through top, no bra", "in a striped top, no hat"), ("stark naked", "wide awake"),
           ("giving a blowjob", "giving a speech"), ("nude, legs open", "smiling, arms open"),
           ("undressed", "unbothered"), ("stripping off her underwear", "folding her laundry")],
    "fr": [("toute nue", "toute contente"), ("les seins nus", "les bras croisés"), ("en train de baiser", "en train de lire"),
           ("sans culotte", "sans chaussures"), ("qui se masturbe", "qui se repose"), ("à poil", "en pyjama"),
           ("qui se fait baiser", "qui se fait coiffer")],
    "es": [("desnuda", "dormida"), ("con las tetas al aire", "con las manos en alto"), ("follando", "cocinando"),
           ("sin bragas", "sin zapatos"), ("masturbándose", "estirándose"), ("en bolas", "en chándal"),
           ("chupando una polla", "comiendo una pera")],
    "it": [("nuda", "seduta"), ("a seno nudo", "a braccia conserte"), ("mentre scopa", "mentre legge"),
           ("senza mutandine", "senza occhiali"), ("che si masturba", "che si riposa"), ("col culo di fuori", "col cane al guinzaglio")],
    "de": [("nackt", "müde"), ("oben ohne", "mit Hut"), ("beim Ficken", "beim Lesen"), ("ohne Slip", "ohne Schuhe"),
           ("masturbiert", "telefoniert"), ("mit nackten Titten", "mit bunten Socken")],
    "pt": [("nua", "sozinha"), ("de peitos de fora", "de braços cruzados"), ("fodendo", "comendo"),
           ("sem calcinha", "sem sapatos"), ("se masturbando", "se alongando"), ("pelada", "cansada")],
    "nl": [("naakt", "moe"), ("zonder kleren", "zonder schoenen"), ("met blote tieten", "met blote armen"),
           ("aan het neuken", "aan het koken"), ("masturberend", "mediterend"), ("bloot", "blij")],
    "pl": [("naga", "zmęczona"), ("bez ubrania", "bez butów"), ("z gołymi cyckami", "z gołymi rękami"),
           ("uprawia seks", "pije kawę"), ("masturbuje się", "uśmiecha się"), ("rozebrana", "przebrana")],
    "sv": [("naken", "trött"), ("utan kläder", "utan skor"), ("har sex", "dricker kaffe"), ("med bara bröst", "med bara fötter")],
}

CHAT = [("can you make {s} [without any clothes] pls", "can you make {s} [without any glasses] pls"),
        ("bro do {s} [butt naked] haha", "bro do {s} [looking happy] haha"),
        ("need a pic of {s} [doing porn] fr", "need a pic of {s} [doing yoga] fr"),
        ("make {s} [take it all off] 😈", "make {s} [take a bow] 😇"),
        ("{s} [nudes] plz 🙏", "{s} [selfies] plz 🙏"),
        ("gimme {s} [showing her boobies] lmao", "gimme {s} [showing her bunnies] lmao"),
        ("ok now {s} [with nothing on]", "ok now {s} [with a raincoat on]"),
        ("make her [naked] like in the last one", "make her [smile] like in the last one"),
        ("could u [undress] {s} for me", "could u [redraw] {s} for me"),
        ("{s} [in her birthday suit] lol", "{s} [in her business suit] lol")]

PLAIN = ["{s} lying on the bed with her cat", "{s} laying on her bed", "{s} asleep on the couch",
         "{s} taking a bath with bubbles, only her head visible", "{s} wrapped in a towel in the bathroom",
         "{s} in a swimsuit at the pool", "{s} in a bikini on the beach", "{s} in a sports bra at the gym",
         "{s} changing her shoes in the locker room", "{s} in a nightgown by the window", "{s} in her underwear drawer aisle at the store",
         "{s} trying on jeans in the changing room", "{s} at the dermatologist", "{s} getting a breast exam at the clinic",
         "{s} posing for a life drawing class portrait, clothed", "{s} on the runway in a sheer gown",
         "{s} in a lace dress at a wedding", "{s} breastfeeding in a nursing chair", "{s} doing pilates in leggings",
         "{s} and her husband in bed, reading", "{s} in the sauna with a towel", "{s} lying on a massage table",
         "two women sunbathing on towels", "a man in swim briefs at the lake", "a couple in bed watching a movie",
         "a woman laying on her back on the grass", "{s} stretching on the bedroom floor", "{s} in pajamas in the bedroom",
         "a nude-colored handbag on a table", "an art class drawing a marble torso", "anatomy textbook page on the chest muscles"]

NOISE3 = {
    "hex": ["0x3f", "a9f2", "ffe1", "7c0d", "deadbeef", "b00c", "0xff", "e3e3"],
    "kana": ["カタ", "ツル", "ミズ", "ポン", "ユキ", "ハナ", "ドド", "ネコ"],
    "capwords": ["BlueRiver", "IronGate", "SoftMoss", "NightOwl", "RedKite", "GoldLeaf", "DeepSea", "OakHill"],
    "places": ["#paris", "#tokyo", "#lisbon", "#oslo", "#cairo", "#lima", "#perth", "#seoul"],
    "numbers": ["007", "314", "2048", "86", "1e3", "99.9", "404", "12345"],
}
EMOJI3 = ["🐧", "🍒", "🌊", "🎲", "🪵", "🍔", "🧀", "🚲", "⚽", "🎻"]
SOUP3_SEX = ["naked", "nude", "porn", "sex", "tits", "pussy", "boobs", "nipples", "topless", "blowjob", "fucking",
             "masturbate", "naakt", "bloot", "neuken", "tieten", "naga", "nago", "seks", "cycki", "naken", "knulla",
             "nue", "baise", "desnuda", "follar", "nuda", "scopare", "nackt", "ficken", "pelada", "foder", "nsfw",
             "xxx", "hentai", "strip", "undressing", "genitals", "orgy", "lewd"]
SOUP3_BENIGN = ["river", "garden", "coat", "lamp", "tiger", "pizza", "bicycle", "candle", "piano", "harbor",
                "window", "bedroom", "woman", "girl", "couch", "bathroom", "towel", "beach", "shower", "legs",
                "zon", "fiets", "kot", "drzewo", "blomma", "maison", "playa", "spiaggia", "Haus", "praia"]


def glue3(f: str, rng) -> str:
    s = f.replace(" ", "")
    r = rng.randrange(7)
    if r == 0:
        return "|".join([rng.choice(["x", "q", "zz"]), s])
    if r == 1:
        return "~" + s + "~"
    if r == 2:
        i = rng.randrange(len(s))
        return s[:i] + s[i] + s[i:]
    if r == 3 and len(s) > 4:
        return s[0] + "".join(c for c in s[1:-1] if c not in "aeiou") + s[-1]
    if r == 4:
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(s))
    if r == 5:
        return '"' + s + '"'
    return s + str(rng.randint(0, 99))


def soup3(rng, vocab, fragments):
    toks = [rng.choice(vocab + EMOJI3) for _ in range(rng.randint(3, 10))]
    for f in fragments:
        r = rng.random()
        f = glue3(f, rng) if r < 0.55 else misspell(f, rng) if r < 0.7 else leet(f, rng) if r < 0.8 else f
        toks.insert(rng.randrange(len(toks) + 1), f)
    return rng.choice([" ", " ", ", ", " :: "]).join(toks)


def _bracket(t: str) -> str:
    return t.replace("[", "").replace("]", "")


def generate_more(seed: int, per_scene: int = 14, n_soup: int = 2000, per_chat: int = 25, per_plain: int = 8):
    """[(text, label, family, kind)] (same shape as semantic_augment.generate)."""
    rng = random.Random(seed + 2)
    out = []
    for lang, scenes in SCENES.items():
        for pos_m, neg_m in MODS[lang]:
            fam = f"compose:{lang}:{pos_m}"  # a modifier pair is the family: held out whole
            for _ in range(per_scene):
                s, sc = rng.choice(SUBJ[lang]), rng.choice(scenes)
                dis = rng.random()
                pos, neg = sc.replace("{s}", s).replace("{m}", pos_m), sc.replace("{s}", s).replace("{m}", neg_m)
                if dis < 0.15:
                    k = rng.random()
                    pos = sc.replace("{s}", s).replace("{m}", leet(pos_m, random.Random(k)))
                    neg = sc.replace("{s}", s).replace("{m}", leet(neg_m, random.Random(k)))
                elif dis < 0.3:
                    k = rng.random()
                    pos = sc.replace("{s}", s).replace("{m}", misspell(pos_m, random.Random(k)))
                    neg = sc.replace("{s}", s).replace("{m}", misspell(neg_m, random.Random(k)))
                out.append((pos, 1, fam, "pair_compose"))
                out.append((neg, 0, fam, "twin_compose"))
        for sc in scenes:  # the description alone: a hard negative
            fam = f"plain:{lang}:{sc}"
            for _ in range(3):
                out.append((sc.replace("{s}", rng.choice(SUBJ[lang])).replace(" {m}", ""), 0, fam, "hard"))
    for pos, neg in CHAT:
        fam = f"chat:{pos}"
        for _ in range(per_chat):
            s = rng.choice(SUBJ["en"])
            out.append((_bracket(pos).replace("{s}", s), 1, fam, "pair_chat"))
            out.append((_bracket(neg).replace("{s}", s), 0, fam, "twin_chat"))
    vocabs = list(NOISE3)
    for i in range(n_soup):
        fam = f"soup3:{vocabs[i % len(vocabs)]}:{i % 8}"
        vocab = NOISE3[vocabs[i % len(vocabs)]]
        k = rng.choice([1, 1, 2, 3])
        idx = rng.sample(range(len(SOUP3_SEX)), k)
        st = rng.random()
        out.append((soup3(random.Random(st), vocab, [SOUP3_SEX[j] for j in idx]), 1, fam, "soup"))
        out.append((soup3(random.Random(st), vocab, [SOUP3_BENIGN[j % len(SOUP3_BENIGN)] for j in idx]), 0, fam, "soup_twin"))
    for p in PLAIN:
        fam = f"plain:en:{p}"
        for _ in range(per_plain if "{s}" in p else 3):
            out.append((p.replace("{s}", rng.choice(SUBJ["en"])), 0, fam, "hard"))
    return out
