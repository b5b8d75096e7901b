"""Round-29 generated training text for the semantic sexual-request head (helper "sem").

Written for this project (no external text; nothing copied from any development or held-out set). Only
scripts/train_semantic_sexual.py calls it. Why: round 28's candidate, trained on the authors' many ordinary sentences,
lost TOKEN SOUP whose noise is ordinary words (a sexual word glued to a person word, among everyday filler: 0.38 where
the shipped head read 0.985), and the shipped head flags ORDINARY QUESTIONS about a person on a word such as "active"
("is {p} still active? give me the latest"). Kinds:

``soup_r29``   soup of ordinary words in six languages (filler, chat words, nouns, adjectives) around one or two
               sexual fragments, glued to a person word or to a filler word, plain, or misspelt; its twin is the
               SAME noise with a benign fragment in the same place (``soup_twin``), and the noise alone is a hard
               negative: neither the filler nor the glue is what makes a request sexual.
``ask``        ordinary questions about a person (still active, still touring, latest news, new projects, retired)
               in six languages as hard negatives, and minimal pairs on the same frames where one word makes the
               request sexual ("give me the latest [nudes]" / "[news]").

Every item is (text, label, family, kind) as the other generators; ``family`` is the template (soup: its noise
vocabulary and glue), so whole families are held out for validation (``crc32(family) % 100 < 25``).
"""

from __future__ import annotations

import random

#: Ordinary words per language: filler, chat words, everyday nouns and adjectives (none sexual, none a name).
FILLER = {
    "en": ("so like honestly maybe really just basically literally okay lol idk tbh pls thanks anyway whatever "
           "sunday morning coffee weather window garden yellow quiet happy rainy soft little purple travel "
           "ticket kitchen music bright summer cloudy tomorrow yesterday nice cool mood aesthetic").split(),
    "fr": ("genre bref voilà alors vraiment juste bon ouais merci dimanche matin café soleil jardin jaune calme "
           "petit joli pluie demain musique cuisine fenêtre voyage").split(),
    "es": ("pues bueno vale osea tipo literal gracias domingo mañana café sol jardín amarillo tranquilo bonito "
           "lluvia música cocina ventana viaje ayer").split(),
    "de": ("halt also echt einfach genau naja danke sonntag morgen kaffee sonne garten gelb ruhig schön regen "
           "musik küche fenster reise gestern").split(),
    "pt": ("tipo então né sério valeu obrigado domingo manhã café sol jardim amarelo calmo bonito chuva música "
           "cozinha janela viagem ontem").split(),
    "it": ("tipo allora boh cioè grazie domenica mattina caffè sole giardino giallo tranquillo bello pioggia "
           "musica cucina finestra viaggio ieri").split(),
}
PERSON_WORDS = ["woman", "girl", "lady", "model", "actress", "wife", "blonde", "brunette", "redhead", "teacher",
                "neighbor", "singer", "mujer", "chica", "frau", "femme", "donna", "mulher"]
SEX = ["naked", "nude", "topless", "nsfw", "porn", "sex", "boobs", "tits", "nipples", "pussy", "undressed",
       "nackt", "nue", "desnuda", "nuda", "pelada", "xxx", "lewd", "erotic", "stripping", "bottomless"]
BENIGN = ["smiling", "dancing", "happy", "dressed", "sleepy", "sunny", "cozy", "tall", "young", "laughing",
          "reading", "walking", "cooking", "blonde", "elegant", "casual", "sporty", "tired", "curly", "cheerful"]


def _glue(frag: str, rng, person: str) -> str:
    r = rng.randrange(6)
    if r == 0:
        return frag + person
    if r == 1:
        return person + frag
    if r == 2:
        return frag + person.capitalize()
    if r == 3:
        return frag.capitalize() + person.capitalize()
    if r == 4:
        return frag + "_" + person
    return frag + "-" + person


def soup_r29(seed: int, n: int = 1200) -> list[tuple[str, int, str, str]]:
    """Ordinary-word soup around one or two fragments; the twin keeps the noise and swaps the fragment."""
    rng = random.Random(seed + 29)
    out = []
    langs = list(FILLER)
    for i in range(n):
        lang = langs[i % len(langs)]
        style = rng.randrange(4)  # glued to a person word / glued to a filler word / plain / misspelt
        fam = f"r29-soup:{lang}:{style}:{i % 8}"
        vocab = FILLER[lang] + (FILLER["en"] if lang != "en" and rng.random() < 0.5 else [])
        noise = [rng.choice(vocab) for _ in range(rng.randint(2, 7))]
        k = 1 if rng.random() < 0.75 else 2
        sex = rng.sample(SEX, k)
        ben = rng.sample(BENIGN, k)
        slots = sorted(rng.randrange(len(noise) + 1) for _ in range(k))
        person = rng.choice(PERSON_WORDS)
        glue_word = rng.choice(vocab)
        sep = rng.choice([" ", " ", " ", ", ", " / "])

        def place(frags, seed_k=rng.random()):
            local = random.Random(seed_k)  # the same glue choices on both sides
            toks = list(noise)
            for j, (s, f) in enumerate(zip(slots, frags)):
                if style == 0:
                    f = _glue(f, local, person)
                elif style == 1:
                    f = (glue_word + f) if local.random() < 0.5 else (f + glue_word)
                elif style == 3 and len(f) > 4:
                    p = local.randrange(1, len(f) - 1)
                    f = f[:p] + f[p] + f[p:]  # one letter doubled
                toks.insert(s + j, f)
            return sep.join(toks)

        out.append((place(sex), 1, fam, "soup"))
        out.append((place(ben), 0, fam, "soup_twin"))
        if i % 3 == 0:  # the noise alone
            out.append((" ".join(noise + [person] if style == 0 else noise), 0, fam, "hard"))
    return out


FIRST = ["Odile", "Benedikt", "Marisol", "Greta", "Tiago", "Ludmila", "Cormac", "Esperanza", "Harriet", "Ilaria",
         "Desmond", "Saoirse", "Wilhelmina", "Anouk", "Rosalind", "Bartosz", "Celestine", "Imogen", "Luciano", "Femi"]
LAST = ["Ashcombe", "Verhoeven", "Montalbán", "Falkenrath", "Quintela", "Draganova", "Whitlock", "Esposito-Reyes",
        "Holmberg", "Lacroix", "Nwankwo", "Teixeira", "Kavanagh", "Sorensen", "Abernethy", "Villaseñor"]
ROLES = ["that actress from the crime series", "the lead singer of that band", "my favourite streamer",
         "the tennis player from last summer", "the weather presenter", "that influencer"]

#: Ordinary questions about a person, per language (hard negatives).
ASK = {
    "en": ["is {p} still active? give me the latest", "is {p} still acting these days?",
           "what is {p} up to lately? give me the latest updates", "any recent news about {p}?",
           "did {p} retire? tell me the latest", "how active is {p} on social media these days",
           "is {p} still touring this year?", "what are {p}'s latest projects", "is {p} still active in politics",
           "has {p} been active lately? summarize", "latest on {p} please", "is {p} still playing professionally?"],
    "fr": ["est-ce que {p} est toujours active ? donne-moi les dernières nouvelles", "que devient {p} en ce moment ?",
           "{p} joue encore au cinéma ?"],
    "es": ["¿{p} sigue activa? dame lo último", "¿qué ha hecho {p} últimamente?", "¿{p} sigue actuando?"],
    "de": ["ist {p} noch aktiv? gib mir das Neueste", "was macht {p} eigentlich gerade?", "spielt {p} noch Theater?"],
    "pt": ["{p} ainda está ativa? me dá as últimas", "o que {p} anda fazendo ultimamente?"],
    "it": ["{p} è ancora attiva? dammi le ultime novità", "cosa fa {p} in questi giorni?"],
}
#: Minimal pairs on the same frames: one word makes the request sexual.
ASK_PAIRS = [
    ("is {p} still active? give me the latest {x}", "nudes", "news"),
    ("is {p} still active? show me {x}", "her naked", "her new album"),
    ("what is {p} up to lately? post {x}", "her leaked nude pics", "her latest interview"),
    ("how active is {p} these days, find {x}", "topless photos of her", "recent photos of her"),
    ("{p} ainda está ativa? me mostra {x}", "ela pelada", "as últimas fotos"),
    ("¿{p} sigue activa? pásame {x}", "sus fotos desnuda", "sus últimas noticias"),
    ("ist {p} noch aktiv? zeig mir {x}", "Nacktbilder von ihr", "neue Bilder von ihr"),
    ("est-ce que {p} est toujours active ? montre-moi {x}", "des photos d'elle nue", "ses dernières photos"),
]


def _person(rng) -> str:
    if rng.random() < 0.25:
        return rng.choice(ROLES)
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return f"{f} {l}".lower() if rng.random() < 0.2 else f"{f} {l}"


def ask_r29(seed: int, per: int = 4) -> list[tuple[str, int, str, str]]:
    rng = random.Random(seed + 2929)
    out = []
    for lang, frames in ASK.items():
        for fi, fr in enumerate(frames):
            for _ in range(per):
                out.append((fr.format(p=_person(rng)), 0, f"r29-ask:{lang}:{fi}", "hard"))
    for fi, (fr, pos, neg) in enumerate(ASK_PAIRS):
        for _ in range(per * 2):
            p = _person(rng)
            out.append((fr.format(p=p, x=pos), 1, f"r29-askpair:{fi}", "pair_r29ask"))
            out.append((fr.format(p=p, x=neg), 0, f"r29-askpair:{fi}", "twin_r29ask"))
    return out


def generate_r29(seed: int) -> list[tuple[str, int, str, str]]:
    """(text, label, family, kind) rows; pairs are adjacent (request, then its twin)."""
    return soup_r29(seed) + ask_r29(seed)


if __name__ == "__main__":  # a quick look: counts per kind and a few rows
    from collections import Counter

    rows = generate_r29(0)
    print(len(rows), Counter(k for _, _, _, k in rows))
    for r in rows[:12] + rows[-6:]:
        print(r)
