"""Round-32 training rows for the FIRST semantic sexual-request head (helper "sem"): generated prompts of the shapes the
shipped first head (``semantic-sexual-2026.12.16``) reads as sexual, with minimal pairs that keep each frame sexual
when a sexual phrase fills it.

Written for this project; only scripts/train_semantic_sexual.py calls it. Why: on the development authors v30 and v31
the first head read ordinary requests as sexual on one incidental feature: an age given in an aside ("my neighbour
(she's 38)", "my cousin, 44,"), a scene said to be fully dressed, a garment compound that names underwear as a STYLE
("lingerie-inspired", "underwear-style", "corset-style") in an ordinary setting, a long compound of another language.
The wording below is new (the shapes are described, no development or held-out row is copied; the trainer also drops
any text equal to a validation author's row). Kinds, as the other generators:

``hard``       label 0: the shape in an ordinary request, in English and the languages the guard reads;
``pair_r32``   label 1: the same frame with a sexual phrase in the slot ("(she's 38) ... with no clothes on",
               "... fully naked", "a lingerie-inspired dress ... then take it off her entirely");
``twin_r32``   label 0: the pair's clean twin (the slot filled with an ordinary phrase).

Every row goes to the TRAINING split (the trainer's r32 block); the validation is the whole authors v30, v31.
"""

from __future__ import annotations

import random

RELS = ["my neighbour", "my coworker", "my sister-in-law", "my friend's wife", "my cousin", "my flatmate",
        "my brother's girlfriend", "my manager", "the woman from my yoga class", "my ex", "my aunt", "my son's teacher",
        "our babysitter's mum", "my landlady", "my best friend", "my gym buddy"]
PRON = ["she's", "she is", "he's", "age", "aged", "f", "F", "m"]
AGE_FORMS = ["({p} {a})", "({a})", "({a}F)", "({a}, f)", ", {a},", " - {a} years old -", "({a} y/o)", "[{a}]"]
BENIGN_EDIT = ["a knight's armour in gold and red", "a pirate hat and an eyepatch", "a birthday crown and balloons",
               "a graduation gown and cap", "a space suit on the moon", "an oil-painting look", "a winter coat and scarf",
               "a cowboy outfit in a desert", "a wizard robe with stars", "a firefighter uniform",
               "a chef's apron in a busy kitchen", "a vintage 1920s look", "a rain jacket on a hiking trail"]
SEX_EDIT = ["no clothes at all", "nothing on, fully nude", "a see-through top and no bra", "her clothes removed",
            "only underwear, posing seductively", "a topless look"]
AGE_VERBS = ["give {r} {age} {x}", "put {r} {age} in {x}", "edit {r} {age} so she is wearing {x}",
             "make a picture of {r} {age} with {x}", "photoshop {r} {age} into {x}"]

SUBJ = ["a woman in her forties", "a man of about fifty", "a young woman", "an older lady", "a woman around thirty",
        "two friends", "a bride", "a retired teacher", "a middle-aged man", "a tall woman with red hair"]
DRESSED_SCENES = ["picking a jacket in a clothing shop", "waiting in line at a changing cubicle",
                  "looking at shoes in a department store", "holding a blouse up to a mirror in a boutique",
                  "getting a suit fitted by a tailor", "at a hotel swimming pool reading a book",
                  "sitting on a hotel bed with a laptop", "in a hospital gown at a check-up", "at the beach under an umbrella",
                  "in a dance studio stretching", "in a locker room tying her shoes", "having a massage booked at reception"]
DRESSED = ["fully dressed", "fully clothed", "dressed normally", "wearing jeans and a sweater", "in everyday clothes",
           "in a long coat", "completely covered up"]
UNDRESSED = ["fully naked", "completely nude", "undressed, nothing on", "wearing nothing", "with her top off"]
DRESSED_I18N = {
    "fr": ("{s} dans une boutique de vêtements, {d}", ["entièrement habillée", "tout habillée"], ["entièrement nue", "toute nue"],
           "une femme d'une quarantaine d'années"),
    "es": ("{s} en una tienda de ropa, {d}", ["completamente vestida", "vestida normal"], ["completamente desnuda", "desnuda del todo"],
           "una mujer de unos cuarenta años"),
    "de": ("{s} in einer Umkleidekabine, {d}", ["vollständig bekleidet", "ganz angezogen"], ["völlig nackt", "ganz ausgezogen"],
           "eine Frau um die vierzig"),
    "pt": ("{s} numa loja de roupa, {d}", ["totalmente vestida", "bem vestida"], ["totalmente nua", "completamente pelada"],
           "uma mulher de uns quarenta anos"),
    "it": ("{s} in un negozio di abiti, {d}", ["completamente vestita", "vestita normalmente"], ["completamente nuda", "tutta nuda"],
           "una donna sulla quarantina"),
    "nl": ("{s} in een paskamer, {d}", ["helemaal aangekleed", "volledig gekleed"], ["helemaal naakt", "spiernaakt"],
           "een vrouw van rond de veertig"),
}
STYLE_GARMENT = ["lingerie-inspired", "underwear-style", "corset-style", "slip-inspired", "bra-style", "boudoir-inspired",
                 "pyjama-style", "bikini-inspired", "negligee-inspired", "bodysuit-style", "nightgown-inspired",
                 "boxer-style", "bustier-style"]
STYLE_NOUN = ["evening gown", "jacket", "running top", "suit", "trousers", "blouse", "dress", "gym set", "scarf print",
              "interior design", "shop window display", "fashion sketch", "costume design"]
STYLE_PLACE = ["at an awards ceremony", "on a catwalk in Milan", "at a garden party", "at the office", "jogging in a park",
               "doing squats at the gym", "at a charity gala", "in a magazine spread about autumn trends",
               "on a mannequin in a shop", "at a book launch", "lifting weights", "at a wedding reception"]
STYLE_FRAMES = ["{s} wearing a {g} {n} {p}", "draw {s} in a {g} {n} {p}", "illustrate, muted colours: {s} in {g} {n} {p}",
                "{s} shows off a {g} {n} {p}, photo", "a {g} {n} {p}"]
STYLE_SEX = ["then take it off her entirely", "with nothing underneath and it slipping off", "but make her naked"]
COMPOUNDS = {
    "fi": ["palkintojenjakotilaisuudessa", "vuosikokouksessa", "valmistujaisjuhlassa", "yhtiökokouksen jälkeen",
           "kaupunginvaltuustonkokouksessa", "kirjamessujen avajaisissa", "joulujuhlan kuvauksessa", "ylioppilasjuhlassa"],
    "de": ["bei der Jahreshauptversammlung", "auf der Preisverleihungszeremonie", "beim Betriebsweihnachtsfeierfoto",
           "bei der Abschlussballveranstaltung", "im Bundestagsplenarsaal", "auf der Buchmessepressekonferenz"],
    "hu": ["a díjátadó ünnepségen", "az évzáró közgyűlésen", "a sajtótájékoztatót követően", "a ballagási ünnepségen"],
    "nl": ["tijdens de jaarvergadering", "bij de diploma-uitreiking", "op de persconferentie", "bij de prijsuitreikingsceremonie"],
    "sv": ["vid prisutdelningsceremonin", "på årsstämman", "vid studentavslutningen", "på presskonferensen"],
    "et": ["aastakoosolekul", "lõpuaktusel", "pressikonverentsi järel", "auhinnatseremoonial"],
}
COMPOUND_FRAMES = ["{n} {c}, valokuva", "{n} {c}, photo", "{n} {c}, realistic photo", "portrait of {n} {c}",
                   "{n} {c}, press photo", "{n} smiling {c}"]
NAMES = ["Kaisa Virtanen", "Liisa", "Hanna Korhonen", "Sabine Krüger", "Dóra", "Eszter Kovács", "Femke de Vries",
         "Annika Lund", "Maarja", "Ilona", "Tuuli", "Greta Bauer"]


def generate_r32(seed: int) -> list[tuple[str, int, str, str]]:
    rng = random.Random(seed + 32)
    out = []

    for v in AGE_VERBS:  # an age in an aside: hard negatives, and pairs on the same frame
        for _ in range(6):
            r, a = rng.choice(RELS), rng.randint(19, 68)
            age = rng.choice(AGE_FORMS).format(p=rng.choice(PRON), a=a)
            base = dict(r=r, age=age)
            x = rng.choice(BENIGN_EDIT)
            out.append((v.format(x=x, **base).replace(" ,", ","), 0, "r32-age", "hard"))
        for _ in range(2):
            r, a = rng.choice(RELS), rng.randint(19, 68)
            age = rng.choice(AGE_FORMS).format(p=rng.choice(PRON), a=a)
            out.append((v.format(r=r, age=age, x=rng.choice(SEX_EDIT)).replace(" ,", ","), 1, "r32-age", "pair_r32"))
            out.append((v.format(r=r, age=age, x=rng.choice(BENIGN_EDIT)).replace(" ,", ","), 0, "r32-age", "twin_r32"))
    for sc in DRESSED_SCENES:  # "fully dressed" scenes in places where people undress
        for s in rng.sample(SUBJ, 3):
            out.append((f"{s} {sc}, {rng.choice(DRESSED)}", 0, "r32-dressed", "hard"))
        s = rng.choice(SUBJ)
        out.append((f"{s} {sc}, {rng.choice(UNDRESSED)}", 1, "r32-dressed", "pair_r32"))
        out.append((f"{s} {sc}, {rng.choice(DRESSED)}", 0, "r32-dressed", "twin_r32"))
    for lang, (tpl, dressed, naked, subj) in DRESSED_I18N.items():
        for d in dressed:
            out.append((tpl.format(s=subj, d=d), 0, f"r32-dressed-{lang}", "hard"))
        out.append((tpl.format(s=subj, d=naked[0]), 1, f"r32-dressed-{lang}", "pair_r32"))
        out.append((tpl.format(s=subj, d=dressed[0]), 0, f"r32-dressed-{lang}", "twin_r32"))
    for fr in STYLE_FRAMES:  # underwear named as a style of an ordinary garment
        for _ in range(10):
            s, g, n, p = rng.choice(SUBJ), rng.choice(STYLE_GARMENT), rng.choice(STYLE_NOUN), rng.choice(STYLE_PLACE)
            out.append((fr.format(s=s, g=g, n=n, p=p), 0, "r32-style", "hard"))
        s, g, n, p = rng.choice(SUBJ), rng.choice(STYLE_GARMENT), rng.choice(STYLE_NOUN[:8]), rng.choice(STYLE_PLACE)
        if "{s}" in fr:
            out.append((fr.format(s=s, g=g, n=n, p=p) + ", " + rng.choice(STYLE_SEX), 1, "r32-style", "pair_r32"))
            out.append((fr.format(s=s, g=g, n=n, p=p) + ", then add a matching hat", 0, "r32-style", "twin_r32"))
    for lang, comps in COMPOUNDS.items():  # long compounds of another language
        for c in comps:
            for fr in rng.sample(COMPOUND_FRAMES, 2):
                out.append((fr.format(n=rng.choice(NAMES), c=c), 0, f"r32-compound-{lang}", "hard"))
    seen, uniq = set(), []
    for item in out:
        if item[0] not in seen:
            seen.add(item[0])
            uniq.append(item)
    return uniq


if __name__ == "__main__":
    from collections import Counter

    rows = generate_r32(0)
    print(len(rows), Counter((r[2].split("-")[1], r[3]) for r in rows))
