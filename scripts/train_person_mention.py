#!/usr/bin/env python
"""Train the person-mention model shipped as src/nciiguard/text/data/person_mention.npz.

    pip install 'nciiguard[train]'        # faker, scikit-learn (training only)
    .venv/bin/python scripts/train_person_mention.py [--data ../shared/data] [--out PATH] [--n 30000]

Deterministic: fixed seeds, Faker seeded per locale, sorted inputs; the same packages give the
same artifact. See docs/training.md ("Person-mention model") and ``nciiguard.text.persons.model``.

Data: synthetic prompts only. Names are inserted in written forms the normaliser reads (Title
case, lower, UPPER, joined, CamelCase, underscored, hyphenated, LoRA tags incl. first-name-only
tags, hashtags, possessives, weight brackets) into templates written here (en/fr/es/de/pt/it).
Hard negatives fill the same slots with names that are NOT the subject (artists after "by",
"in the style of"), fictional characters, brands, places and word names used as words.

Name sources (never Faker locales reserved for the held-out evaluation):
  faker   en_US en_GB en_AU fr_FR de_DE es_ES it_IT pt_BR nl_NL ru_RU (transliterated) ja_JP zh_CN
          (romanised) sv_SE cs_CZ pl_PL tr_TR ko_KR (romanised here)  [ar_AA fa_IR he_IL: native
          script only, not used]
  census  first names x surnames of the package gazetteer (nciiguard.text.persons.gazetteer)
  lfw     ../shared/data/names/lfw_names.txt, only names with crc32 % 2 == 1 (the other half stays
          unseen for bench/real_person_intent_text.py)

Validation split (never trained on; reported at the end and in docs/training.md):
  names     locales pl_PL, tr_TR, ko_KR, cs_CZ (whole name sources held out)
  templates families "chat" (conversational requests) and "it" (all Italian templates)
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import re
import sys
import time
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nciiguard.text import normalize  # noqa: E402
from nciiguard.text.persons.namelike import load_name_likeness  # noqa: E402
from nciiguard.text.persons.gazetteer import load_gazetteer  # noqa: E402
from nciiguard.text.persons.model import DIM, FEATURE_SCHEME, PersonMentionModel, _h, _intrinsic, token_rows  # noqa: E402

VERSION = "person-mention-lr-2026.12.1"
SEED = 20261203
TRAIN_LOCALES = ["en_US", "en_GB", "en_AU", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "ru_RU",
                 "ja_JP", "zh_CN", "sv_SE"]
HELDOUT_LOCALES = ["pl_PL", "tr_TR", "ko_KR", "cs_CZ"]
HELDOUT_FAMILIES = {"chat", "it"}

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
_KO_INIT = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_KO_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
           "eu", "ui", "i"]
_KO_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
           "ng", "t", "t", "k", "t", "p", "t"]
_KO_SURNAME = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
               "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
               "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}


def _translit_ru(s: str) -> str:
    out = "".join(_RU.get(c.lower(), c) for c in s)
    return out[:1].upper() + out[1:]


def _romanise_ko(s: str, surname: bool = False) -> str:
    if surname and s in _KO_SURNAME:
        return _KO_SURNAME[s].capitalize()
    out = []
    for c in s:
        code = ord(c) - 0xAC00
        if 0 <= code < 11172:
            out.append(_KO_INIT[code // 588] + _KO_MED[(code % 588) // 28] + _KO_FIN[code % 28])
        else:
            out.append(c)
    r = "".join(out)
    return r[:1].upper() + r[1:]


def faker_names(locale: str, n: int) -> list[tuple[str, str]]:
    from faker import Faker

    f = Faker(locale)
    f.seed_instance(zlib.crc32(locale.encode()) ^ SEED)
    out = set()
    tries = 0
    while len(out) < n and tries < n * 5:
        tries += 1
        if locale in ("ja_JP", "zh_CN"):
            first, last = f.first_romanized_name(), f.last_romanized_name()
        elif locale == "ru_RU":
            first, last = _translit_ru(f.first_name()), _translit_ru(f.last_name())
        elif locale == "ko_KR":
            first, last = _romanise_ko(f.first_name()), _romanise_ko(f.last_name(), surname=True)
        else:
            first, last = f.first_name(), f.last_name()
        if not first.replace("-", "").replace(" ", "").isascii():
            first = normalize(first).plain.text.title()
            last = normalize(last).plain.text.title()
        if first and last and first.replace("-", "").replace(" ", "").replace("'", "").isalpha():
            out.add((first.strip(), last.strip()))
    return sorted(out)


def lfw_names(data: Path) -> list[tuple[str, str]]:
    out = []
    path = data / "names" / "lfw_names.txt"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 2:
            continue
        name = parts[1].replace("_", " ").strip()
        if zlib.crc32(name.lower().encode()) % 2 != 1:
            continue  # the even half stays unseen for the benchmark
        toks = name.split()
        if len(toks) >= 2:
            out.append((" ".join(toks[:-1]), toks[-1]))
    return sorted(out)


def census_names(gaz, rng: random.Random, n: int) -> list[tuple[str, str]]:
    firsts = sorted(gaz.first_census or gaz.first)
    surnames = sorted((r, s) for s, r in gaz.surname_rank.items() if r <= 30000)
    out = []
    for _ in range(n):
        out.append((rng.choice(firsts).capitalize(), rng.choice(surnames)[1].capitalize()))
    return out


# ---------------------------------------------------------------------------------------------
# Written forms: return (text, [(start, end)] name character spans)
# ---------------------------------------------------------------------------------------------
def render(first: str, last: str, form: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    f, l = first, last
    if form == "title":
        s = f"{f} {l}"
    elif form == "lower":
        s = f"{f} {l}".lower()
    elif form == "upper":
        s = f"{f} {l}".upper()
    elif form == "joined":
        s = (f + l).lower().replace(" ", "")
    elif form == "camel":
        s = "".join(p[:1].upper() + p[1:].lower() for p in f"{f} {l}".split())
    elif form == "under":
        s = f"{f}_{l}".lower().replace(" ", "_")
    elif form == "hyphen":
        s = f"{f}-{l}".lower().replace(" ", "-")
    elif form == "first":
        s = f
    elif form == "first_lower":
        s = f.lower()
    elif form == "initial":
        s = f"{f[0]}. {l}"
    else:
        raise ValueError(form)
    return s, [(0, len(s))]


def lora(name: str, rng: random.Random) -> tuple[str, int, int]:
    pre = rng.choice(["<lora:", "<lora:", "<lyco:", "<lora:"])
    suf = rng.choice(["", "_v2", "_v1", "-000012", "_lora", "_sdxl", "_pony"]) + rng.choice([":0.8>", ":1>", ":0.7>", ">"])
    return pre + name + suf, len(pre), len(pre) + len(name)


FORMS = ["title"] * 6 + ["lower"] * 5 + ["upper", "joined", "joined", "camel", "camel", "under", "under", "hyphen",
                                        "first", "initial"]


def name_slot(first: str, last: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """One subject-name insertion in a random written form and wrapper."""
    form = rng.choice(FORMS)
    text, spans = render(first, last, form, rng)
    wrap = rng.random()
    if wrap < 0.12:  # LoRA tag (incl. first-name-only tags)
        inner = rng.choice([f"{first}_{last}".lower().replace(" ", "_"), (first + last).lower().replace(" ", ""),
                            first.lower(), f"{first}{last}".replace(" ", "")])
        t, a, b = lora(inner, rng)
        return t, [(a, b)]
    if wrap < 0.18:
        t = "#" + (first + last).replace(" ", "").lower() if rng.random() < 0.6 else "#" + (first + last).replace(" ", "")
        return t, [(1, len(t))]
    if wrap < 0.28:
        w = rng.choice(["1.2", "1.3", "1.1", "0.9"])
        t = f"({text}:{w})"
        return t, [(1, 1 + len(text))]
    if wrap < 0.36:
        return text + "'s", spans
    return text, spans


# ---------------------------------------------------------------------------------------------
# Templates.  {N} subject name, {M} second subject, {A} artist (negative), {C} character
# (negative), {B} brand/place (negative), {W} word name used as a word (negative).
# ---------------------------------------------------------------------------------------------
TEMPLATES: dict[str, list[str]] = {
    "en_subject": [
        "a photo of {N} nude", "{N} in lingerie, 8k, highly detailed", "portrait of {N}, oil painting",
        "{N} naked on a bed", "nsfw, {N}, masterpiece, best quality", "{N} wearing a bikini at the beach",
        "sexy {N} posing for the camera", "close up of {N} feet", "photo of {N} in the shower", "{N} topless",
        "realistic photo of {N} and {M} kissing", "{N} sunbathing, {B}", "{N} as {C}, cosplay, nude",
        "deepfake of {N}", "{N} in a see-through dress", "{N} at the red carpet", "{N} smiling, {W} light",
        "a picture of {N} with a {W}", "{N}, full body, photorealistic, by {A}", "{N} giving a speech",
        "{N} and {M} at a party", "selfie of {N} in a hotel room", "{N} in the style of {A}",
        "{N} eating pizza in {B}", "{N} in a {B} outfit", "naked {N}", "{N} nude, {W} petals",
    ],
    "en_tags": [
        "masterpiece, best quality, {N}, 1girl, solo, nude, looking at viewer",
        "score_9, score_8_up, {N}, lingerie, bedroom, {A}",
        "({W}:1.2), 1girl, {N}, bikini, beach, sunset",
        "photorealistic, raw photo, {N}, {C}, cosplay, detailed skin",
        "{N}, nsfw, 8k uhd, dslr, soft lighting, film grain, by {A}",
        "{C}, 1girl, nude, artstation, by {A} and {A}", "ultra detailed, {N}, {M}, two women, hot tub",
        "best quality, {N}, {B} background, cinematic lighting",
    ],
    "en_edit": [
        "make {N} naked", "remove {N}'s clothes", "put {N} in a bikini", "undress {N}", "swap the face with {N}",
        "put a santa hat on {N}", "make {N} look older", "change {N}'s shirt to red",
    ],
    "en_neg": [
        "a woman in lingerie, by {A}", "{C}, nude, artstation, by {A}", "painting of a {W}, by {A} and {A}",
        "a {W} in the jungle, {B}", "portrait of a woman, art by {A}, trending on artstation",
        "{C} in a bikini, anime style", "a street in {B} at night", "beautiful woman, {W} hair, {B}",
        "{C} and {C}, fan art", "{A} style, a nude woman on a beach", "poster of a {B} car",
        "A Beautiful Woman In A Red Dress, Golden Hour", "Highly Detailed Portrait, Studio Lighting, 8K",
        "a girl holding a {W}, soft light", "photo of a woman at {B}", "in the style of {A}, {C}",
        "portrait of a {W} goddess, by {A}, {A}, {A}, trending on artstation",
        "fantasy landscape, {A}, {A}, {A}, matte painting", "a knight in armour, art by {A} and {A}, {A}",
        "{W} in a garden, painted by {A}", "photo by {A}, {B}, golden hour", "{C} by {A}, pixiv, {A}",
    ],
    "chat": [
        "can you generate an image of {N} without clothes?", "i want a picture of {N} in her underwear",
        "please draw {N} naked for me", "show me what {N} looks like nude", "could you make a pic of {N} and {M}",
        "hey, generate {N} in a bikini please", "draw me {N} in the style of {A}",
        "make an image of {C} drawn by {A}", "i need a realistic photo of {N} at the beach",
    ],
    "fr": [
        "photo de {N} nue", "{N} en lingerie, tres detaille", "une image de {N} sous la douche",
        "portrait de {N} par {A}", "{N} en bikini a la plage", "deshabille {N}", "{N} et {M} au lit",
        "{C} nue, style anime", "une femme en lingerie, par {A}", "{N} dans le style de {A}",
    ],
    "es": [
        "foto de {N} desnuda", "{N} en bikini en la playa", "imagen de {N} en lenceria", "retrato de {N} por {A}",
        "{N} y {M} en la cama", "{C} desnuda, estilo anime", "una mujer en {B}, por {A}", "desnuda a {N}",
    ],
    "de": [
        "Foto von {N} nackt", "{N} im Bikini am Strand", "{N} in Unterwasche", "Portrat von {N}, gemalt von {A}",
        "{N} und {M} im Bett", "{C} nackt, Anime Stil", "eine Frau in {B}, von {A}", "zieh {N} aus",
    ],
    "pt": [
        "foto da {N} pelada", "{N} de biquini na praia", "imagem de {N} de lingerie", "retrato de {N} por {A}",
        "{N} e {M} na cama", "{C} nua, estilo anime", "uma mulher em {B}, por {A}", "tire a roupa de {N}",
    ],
    "it": [
        "foto di {N} nuda", "{N} in bikini al mare", "immagine di {N} in lingerie", "ritratto di {N} di {A}",
        "{N} e {M} a letto", "{C} nuda, stile anime", "una donna a {B}, di {A}", "spoglia {N}",
    ],
}

# Compositional families: a request opening, the name, a closing, in each trained language, so
# that the model learns names from their own letters and the slot, not from a few fixed templates.
_OPEN = {
    "en": ["", "", "a photo of", "photo of", "nude pics of", "naked pictures of", "porn of", "sex tape of",
           "leaked nudes of", "onlyfans leak of", "deepfake porn of", "generate", "generate an image of", "draw",
           "render", "show me", "make", "create a nude of", "hot pics of", "sexy", "hot", "naked", "nude",
           "topless", "busty", "a portrait of", "an image of", "a picture of", "a realistic photo of", "pov:",
           "me and", "a video of", "selfie of", "cosplay of", "fan art of", "a painting of", "a drawing of",
           "a close up of", "a lewd picture of", "an erotic photo of", "nsfw,", "uncensored", "real photo,",
           "paparazzi photo of", "candid shot of", "instagram photo of", "a magazine cover with", "young"],
    "fr": ["", "photo de", "photo nue de", "porno de", "image de", "dessine", "montre-moi", "sexy", "une photo de"],
    "es": ["", "foto de", "fotos desnuda de", "porno de", "imagen de", "dibuja", "muestrame a", "sexy", "una foto de"],
    "de": ["", "Foto von", "Nacktfotos von", "Porno von", "Bild von", "zeichne", "zeig mir", "sexy", "ein Foto von"],
    "pt": ["", "foto de", "nudes da", "porno da", "imagem de", "desenhe", "mostre a", "gostosa", "uma foto da"],
}
_CLOSE = {
    "en": ["", "", "nude", "naked", "topless", "in lingerie", "in a bikini", "having sex", "getting fucked",
           "in the shower", "on a bed", "spreading her legs", "naked at the beach", "posing nude",
           "with no clothes", "in underwear", "bent over", "in bed with me", "masturbating", "giving a speech",
           "at a press conference", "playing tennis", "smiling", "in a red dress", "at the oscars",
           "eating a burger", "with her husband", "8k", "highly detailed", "photorealistic", "full body",
           "nude, 8k", "in a hot tub", "sunbathing", "kissing", "undressing", "wet t-shirt", "on the couch"],
    "fr": ["", "nue", "toute nue", "en lingerie", "en bikini", "sous la douche", "au lit", "qui sourit"],
    "es": ["", "desnuda", "en lenceria", "en bikini", "en la ducha", "en la cama", "sonriendo", "sin ropa"],
    "de": ["", "nackt", "in Unterwasche", "im Bikini", "unter der Dusche", "im Bett", "lachelnd", "oben ohne"],
    "pt": ["", "pelada", "nua", "de lingerie", "de biquini", "no chuveiro", "na cama", "sorrindo"],
}


def _compose(lang: str, n: int, seed: int) -> list[str]:
    r = random.Random(seed)
    out = []
    for _ in range(n):
        o, c = r.choice(_OPEN[lang]), r.choice(_CLOSE[lang])
        x = r.random()
        if x < 0.12:
            mid = "{N} and {M}" if lang == "en" else "{N} {M}"
        elif x < 0.22:
            mid = "{C}"  # a character in the subject slot: not a person
        elif x < 0.28:
            mid = "{W}"
        else:
            mid = "{N}"
        t = " ".join(p for p in (o, mid, c) if p)
        if r.random() < 0.15:
            t += ", by {A}" if r.random() < 0.7 else ", {A} style"
        out.append(t)
    return out


for _lang in ("en", "fr", "es", "de", "pt"):
    TEMPLATES["comp_" + _lang] = _compose(_lang, 600 if _lang == "en" else 200, SEED + len(_lang) + ord(_lang[0]))

# Round 13: templates by two writers (helper sessions) who never saw these: `ta` (English, French, Spanish,
# German, Portuguese) and `tb` (20 other languages, own scripts), each a family of its own, trained on only
# with --writer-templates (measured, not shipped: on the development sets the whole guard found fewer people,
# docs/training.md); a third writer's templates (`tv`) are validation only: always reported, never trained on.
# Files: scripts/data/person_templates/.
WRITER_DIR = ROOT / "scripts" / "data" / "person_templates"
WRITER_FAMILIES = {"writer_ta": "ta.tsv", "writer_tb": "tb.tsv"}
VALIDATION_TEMPLATES = "tv.tsv"
_SLOT = re.compile(r"\{([A-Z])\}")


def writer_templates(name: str) -> list[str]:
    """Templates of one writer's file (``id lang register template``); a malformed row stops training."""
    from writer_files import read_writer_tsv

    rows = read_writer_tsv(WRITER_DIR / name, ["id", "lang", "register", "template"],
                           lambda r: bool(r["template"].strip()) and not set(_SLOT.findall(r["template"])) - set("NMACBW"))
    return [r["template"].strip() for r in rows]


for _fam, _file in WRITER_FAMILIES.items():
    TEMPLATES[_fam] = writer_templates(_file)
TEMPLATES["writer_tv"] = writer_templates(VALIDATION_TEMPLATES)

ARTISTS = [
    "greg rutkowski", "alphonse mucha", "artgerm", "wlop", "ilya kuvshinov", "stanley artgerm lau", "loish",
    "ross tran", "sakimichan", "boris vallejo", "frank frazetta", "john singer sargent", "william-adolphe bouguereau",
    "j.c. leyendecker", "norman rockwell", "gustav klimt", "egon schiele", "tom of finland", "hajime sorayama",
    "milo manara", "luis royo", "charlie bowater", "krenz cushart", "rossdraws", "makoto shinkai", "hayao miyazaki",
    "yoshitaka amano", "craig mullins", "simon bisley", "james jean", "peter paul rubens", "titian",
    "Greg Rutkowski", "Alphonse Mucha", "Artgerm", "WLOP", "Ilya Kuvshinov", "Frank Frazetta", "Gustav Klimt",
]
CHARACTERS = [
    "hatsune miku", "tifa lockhart", "lara croft", "harry potter", "hermione granger", "asuka langley", "rei ayanami",
    "nezuko kamado", "makima", "yor forger", "princess peach", "zelda", "jessica rabbit", "elsa", "wonder woman",
    "harley quinn", "sailor moon", "bulma", "nami", "nico robin", "boa hancock", "d.va", "mercy", "tracer",
    "widowmaker", "ahri", "jinx", "raiden shogun", "hu tao", "ganyu", "yae miko", "marin kitagawa", "rem", "emilia",
    "zero two", "mikasa ackerman", "daenerys targaryen", "geralt of rivia", "yennefer", "aloy", "jill valentine",
    "ada wong", "claire redfield", "chun li", "cammy white", "samus aran", "lucy heartfilia", "erza scarlet",
    "rias gremory", "misato katsuragi", "bayonetta", "gwen stacy", "mary jane watson", "black widow",
    "scarlet witch", "supergirl", "poison ivy", "catwoman", "spider-man", "super mario", "sonic the hedgehog",
    "Tifa Lockhart", "Lara Croft", "Hatsune Miku", "Jill Valentine", "Mikasa Ackerman", "Power", "Frieren",
    "Kafka", "Firefly", "Raiden Mei", "Makima", "Yor Forger", "2B", "Ellie Williams", "Lisa", "Marin",
]
BRANDS_PLACES = [
    "new york", "los angeles", "paris", "tokyo", "victoria's secret", "calvin klein", "louis vuitton",
    "mercedes benz", "harley davidson", "ford mustang", "tommy hilfiger", "ralph lauren", "san francisco",
    "santa monica", "st petersburg", "mount everest", "lake tahoe", "costa rica", "ibiza", "miami beach",
    "rio de janeiro", "berlin", "kyoto", "las vegas", "hollywood", "times square", "central park", "dubai",
    "New York", "Los Angeles", "Victoria's Secret", "Calvin Klein", "Gucci", "Prada", "Nike", "Adidas",
    "Porsche 911", "Lamborghini", "Ferrari", "Tesla", "the Eiffel Tower", "Mount Fuji", "Santorini", "Bali",
    "Jack Daniels", "Johnnie Walker", "Ben & Jerry's", "Dolce Gabbana", "Hello Kitty", "Disneyland", "Starbucks",
]
WORD_NAMES = [
    "tiger", "rose", "grace", "summer", "hunter", "amber", "ruby", "crystal", "will", "mark", "dawn", "jade",
    "ivy", "iris", "lily", "daisy", "violet", "pearl", "autumn", "april", "june", "sky", "faith", "hope", "honey",
    "cherry", "candy", "ginger", "olive", "hazel", "destiny", "joy", "star", "storm", "river", "forest", "angel",
    "Tiger", "Rose", "Grace", "Summer", "Amber", "Ruby", "Crystal", "Dawn", "Jade", "Ivy", "Lily", "Violet",
    "Pearl", "Autumn", "Honey", "Cherry", "Golden", "Misty", "Stormy", "Sunny",
]
NOISE = ["masterpiece", "best quality", "8k", "ultra detailed", "(photorealistic:1.3)", "raw photo", "film grain",
         "cinematic lighting", "bokeh", "sharp focus", "intricate", "trending on artstation", "hdr", "4k",
         "depth of field", "soft light", "studio photo", "dslr", "award winning"]


def fill(template: str, subjects: list[tuple[str, str]], rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """The template with every slot filled; spans of subject-name characters."""
    out = ""
    spans: list[tuple[int, int]] = []
    k = 0
    si = 0
    while k < len(template):
        if template[k] == "{" and template[k + 2 : k + 3] == "}":
            slot = template[k + 1]
            k += 3
            if slot in "NM":
                first, last = subjects[si % len(subjects)]
                si += 1
                text, sp = name_slot(first, last, rng)
                spans.extend((len(out) + a, len(out) + b) for a, b in sp)
                out += text
            elif slot == "A":
                out += rng.choice(ARTISTS) if rng.random() < 0.6 else " ".join(rng.choice(subjects)).lower()
            elif slot == "C":
                out += rng.choice(CHARACTERS)
            elif slot == "B":
                out += rng.choice(BRANDS_PLACES)
            elif slot == "W":
                out += rng.choice(WORD_NAMES)
        else:
            out += template[k]
            k += 1
    if rng.random() < 0.3:  # prompt noise around
        extra = ", ".join(rng.sample(NOISE, rng.randint(1, 3)))
        if rng.random() < 0.5:
            out = f"{out}, {extra}"
        else:
            shift = len(extra) + 2
            out = f"{extra}, {out}"
            spans = [(a + shift, b + shift) for a, b in spans]
    return out, spans


def labelled(model: PersonMentionModel, text: str, spans: list[tuple[int, int]]):
    """(feature lists, labels, rows) for one prompt: a token is positive when its original
    characters lie inside an inserted subject name."""
    nt = normalize(text)
    rows, toks, mode = token_rows(nt)
    view = nt.folded
    feats, ys = [], []
    for i, r in enumerate(rows):
        if model.gated(r):
            continue
        t = toks[i]
        os_, oe = view.to_original(t.start, t.end - 2 if t.text.endswith("'s") else t.end)
        y = int(any(a <= os_ and oe <= b and oe > os_ for a, b in spans) and any(c.isalpha() for c in r.base))
        if r.base.isdigit() or (r.tag and r.base in ("v1", "v2", "lora", "sdxl", "pony")):
            y = 0
        feats.append(_intrinsic(r.base) + model.context_features(rows, i, mode))
        ys.append(y)
    return feats, ys, nt, spans


def build(prompts, model):
    from scipy.sparse import csr_matrix

    indptr, indices, y = [0], [], []
    groups = []
    for pid, (text, spans) in enumerate(prompts):
        feats, ys, _, _ = labelled(model, text, spans)
        for f, lab in zip(feats, ys):
            indices.extend(_h(x) for x in f)
            indptr.append(len(indices))
            y.append(lab)
            groups.append(pid)
    data = np.ones(len(indices), dtype=np.float32)
    X = csr_matrix((data, np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)), shape=(len(y), DIM))
    X.sum_duplicates()
    return X, np.array(y, dtype=np.int8), np.array(groups)


def coco_negatives(data: Path, rng: random.Random, n: int) -> list[tuple[str, list]]:
    """Ordinary captions as all-negative prompts: COCO rows 15000+ only (the benchmark reads the
    first 10000). A caption naming a person is rare there; none is labelled."""
    import csv

    path = data / "prompts" / "benign" / "coco_30k.csv"
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r["prompt"] for r in csv.DictReader(fh)][15000:]
    rng.shuffle(rows)
    return [(p, []) for p in rows[:n]]


#: Network tags that name no person: detail/style/concept LoRAs and characters. Without them
#: the model learns "inside a tag = a name" (Six-CD prompts are full of "<lora:goodhands>").
NEG_TAGS = [
    "add_detail", "more_details", "detail_tweaker", "goodhands", "good_hands", "perfecteyes", "locon_perfecteyes",
    "epi_noiseoffset", "epi_noiseoffset2", "epinoiseoffset", "lowra", "film_grain", "polyhedron_skin", "hipoly",
    "cyberpunk_style", "anime_lineart", "lcm_lora", "sdxl_lightning", "skindentation", "koreandolllikeness",
    "japanesedolllikeness", "taiwandolllikeness", "dolllikeness", "pureerosface", "breastinclassbetter",
    "breastinclass", "ahegao", "povfellatio", "nsfw_pov", "better_nipples", "flat_color", "pixel_art",
    "ghibli_style", "ink_style", "watercolor", "realistic_skin", "beautiful_detailed_eyes", "hands_fix",
    "LowRA", "Perfect_Hands", "ArtStyle", "hyperrealism", "nudify_xl", "clothes_off", "bodysuit", "latex",
    "lingerie_v2", "stockings", "oiled_skin", "wet_skin", "sweat", "glowing_eyes", "neon_lights", "bokeh",
    "cinematic", "analog_film", "instant_photo", "selfie", "mirror_selfie", "gothic", "fantasy_armor",
]


def sexual_terms() -> list[str]:
    """Single sexual-lexicon terms and joined multi-word ones ("povfellatio"): never names."""
    from importlib import resources

    out = []
    text = resources.files("nciiguard.text.data").joinpath("sexual_terms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        term = line.split("\t")[0].strip().lower()
        if term and term.replace(" ", "").isalpha():
            out.append(term.replace(" ", "") if " " in term else term)
    return sorted(set(out))


_SEX_TERMS: list[str] = []


def decorate(text: str, spans: list[tuple[int, int]], rng: random.Random) -> str:
    """Append negative network tags and joined sexual terms (spans stay valid: appended only)."""
    if not _SEX_TERMS:
        _SEX_TERMS.extend(sexual_terms())
    if rng.random() < 0.35:
        tag = rng.choice(NEG_TAGS + [c.replace(" ", "_").lower() for c in CHARACTERS])
        t, _, _ = lora(tag, rng)
        text = f"{text}, {t}"
    if rng.random() < 0.25:
        text = f"{text}, " + ", ".join(rng.sample(_SEX_TERMS, rng.randint(1, 3)))
    return text


def make_prompts(names: list[tuple[str, str]], families: list[str], n: int, rng: random.Random, neg_share: float = 0.25):
    out = []
    fam_of = []
    for _ in range(n):
        fam = rng.choice(families)
        tpl = rng.choice(TEMPLATES[fam])
        if "{N}" not in tpl and rng.random() > neg_share * 2:
            tpl = rng.choice([t for t in TEMPLATES[fam] if "{N}" in t] or [tpl])
        subjects = [rng.choice(names), rng.choice(names)]
        text, spans = fill(tpl, subjects, rng)
        text = decorate(text, spans, rng)
        out.append((text, spans))
        fam_of.append(fam)
    return out, fam_of


def span_metrics(model: PersonMentionModel, prompts, thr: float) -> dict:
    """Prompt-level: a prompt with a subject name counts as found when a mention overlaps it;
    a prompt without one is a false alarm when any mention is reported."""
    tp = fn = fp = tn = 0
    for text, spans in prompts:
        nt = normalize(text)
        ms = model.mentions(nt, threshold=thr, explain=False)
        view = nt.folded
        found = [view.to_original(m.start, m.end) for m in ms]
        if spans:
            hit = any(a < e and s < b for a, b in spans for s, e in found)
            tp += hit
            fn += not hit
        else:
            fp += bool(found)
            tn += not found
    return {"recall": tp / max(1, tp + fn), "n_pos": tp + fn, "false_alarm": fp / max(1, fp + tn), "n_neg": fp + tn}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "nciiguard" / "text" / "data" / "person_mention.npz")
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--C", type=float, default=0.5, help="inverse L2 strength of the logistic regression")
    ap.add_argument("--writer-templates", action="store_true",
                    help="also train on the round-13 writers' templates (measured, not shipped: docs/training.md)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    rng = random.Random(SEED)
    gaz = load_gazetteer()
    like = load_name_likeness()
    model = PersonMentionModel([0.0] * DIM, 0.0, {}, gaz, like)

    train_names: list[tuple[str, str]] = []
    for loc in TRAIN_LOCALES:
        train_names += faker_names(loc, 600)
    train_names += census_names(gaz, rng, 3000)
    train_names += lfw_names(args.data)
    held_names: list[tuple[str, str]] = []
    for loc in HELDOUT_LOCALES:
        held_names += faker_names(loc, 400)
    held_keys = {(a.lower(), b.lower()) for a, b in held_names}
    train_names = sorted({n for n in train_names if (n[0].lower(), n[1].lower()) not in held_keys})
    print(f"names: train {len(train_names)}, held out {len(held_names)}", file=sys.stderr)

    writers = set(WRITER_FAMILIES) if args.writer_templates else set()
    train_fams = sorted(f for f in TEMPLATES if f not in HELDOUT_FAMILIES and f != "writer_tv"
                        and (not f.startswith("writer_") or f in writers))
    held_fams = sorted(HELDOUT_FAMILIES)
    train_prompts, _ = make_prompts(train_names, train_fams, args.n, rng)
    train_prompts += coco_negatives(args.data, random.Random(SEED + 5), args.n // 5)
    dev_prompts, _ = make_prompts(train_names, train_fams, 2000, random.Random(SEED + 1))
    val_names, _ = make_prompts(held_names, train_fams, 2000, random.Random(SEED + 2))
    val_fams, _ = make_prompts(train_names, held_fams, 1500, random.Random(SEED + 3))
    val_both, _ = make_prompts(held_names, held_fams, 1500, random.Random(SEED + 4))
    val_writer, _ = make_prompts(train_names, ["writer_tv"], 1500, random.Random(SEED + 6))
    val_writer_held, _ = make_prompts(held_names, ["writer_tv"], 1500, random.Random(SEED + 7))

    X, y, _ = build(train_prompts, model)
    print(f"train matrix {X.shape}, {X.nnz} nnz, {y.mean():.3f} positive; {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=args.C, solver="liblinear", max_iter=200, random_state=0)
    clf.fit(X, y)
    w = clf.coef_[0].astype(np.float16)
    b = float(clf.intercept_[0])
    model = PersonMentionModel(w.astype(np.float64).tolist(), b, {}, gaz, like)
    print(f"fitted; {time.perf_counter() - t0:.0f}s", file=sys.stderr)

    # Threshold on the dev split of the TRAINING names and families (never on the validation sets).
    best = None
    for thr in (0.4, 0.5, 0.6, 0.7, 0.8):
        m = span_metrics(model, dev_prompts, thr)
        score = m["recall"] - 3 * m["false_alarm"]
        print(f"dev thr {thr}: {m}", file=sys.stderr)
        if best is None or score > best[0]:
            best = (score, thr)
    thr = best[1]
    report = {
        "dev (train names, train families)": span_metrics(model, dev_prompts, thr),
        "held-out name sources (pl_PL tr_TR ko_KR cs_CZ), train families": span_metrics(model, val_names, thr),
        "train names, held-out families (chat, it)": span_metrics(model, val_fams, thr),
        "held-out names AND held-out families": span_metrics(model, val_both, thr),
        "train names, the validation writer's templates (round 13)": span_metrics(model, val_writer, thr),
        "held-out names AND the validation writer's templates": span_metrics(model, val_writer_held, thr),
    }
    for k, v in report.items():
        print(f"{k}: recall {v['recall']:.3f} (n={v['n_pos']}), false alarm {v['false_alarm']:.3f} (n={v['n_neg']})")
    digest = hashlib.sha256(w.tobytes()).hexdigest()
    buf = io.BytesIO()
    np.savez_compressed(buf, weights=w, bias=np.float64(b), dim=np.int64(DIM), threshold=np.float64(thr),
                        scheme=np.str_(FEATURE_SCHEME), version=np.str_(VERSION), weights_sha256=np.str_(digest))
    args.out.write_bytes(buf.getvalue())
    print(f"wrote {args.out} ({len(buf.getvalue()) // 1024} KB), threshold {thr}, weights sha256 {digest}; "
          f"{time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
