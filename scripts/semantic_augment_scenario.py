"""Scenario requests and their twins (round 13): training rows of the scenario classifier.

The rules find sexual WORDS. A request whose sexual meaning is carried by a situation ("the morning
after in his hotel room", "she lets the towel drop for the camera") has none of them. These rows were
written in round 13 by helper sessions (briefs in docs/training.md, "Round 13"), each writer in a file
of its own under ``scripts/data/scenario/``:

- ``sa.tsv``: English, chat users, long instructions, requests split over two sentences;
- ``sb.tsv``: English, image-generator tag style, editor commands, "leaked" captions;
- ``sc.tsv``: 16 other languages and code-switched text;
- ``sd.tsv``: English, forum and Discord request threads, commissions and bounties, clinical and
  euphemistic registers;
- ``se.tsv``: French, Spanish, German and Portuguese in their own slang and registers;
- ``sf.tsv``: 18 other languages in their own scripts;
- ``sn.tsv``: ordinary (non-sexual) prompts about a person in 20 languages: negatives only.

A last writer's file, ``sv.tsv``, is VALIDATION only (``bench/scenario_validation.py``): no training
script reads it, so it measures phrasings of an author the model never saw.

Each scenario file is a TSV ``id pair lang register label text``; ``text`` holds ``{p}`` where the
person goes. Most rows are minimal pairs (a sexual request and its twin: the same setting and shape
with the sexual meaning removed, so the setting alone is never learned as sexual); the rest are
standalone hard negatives. :func:`filled_rows` fills ``{p}`` with people (a Faker name of the training
locales, or a private-person phrase of the row's language), the SAME person on both sides of a pair,
``draws`` times per row.

Rows are ``(text, label, family, kind, lang)``; :func:`generate_scenario` gives the first four, like
the other augmenters. ``family`` is the pair (or the row, for a standalone negative), so the 25% family
hold-out of scripts/semantic_augment.py keeps whole pairs out of training; ``kind`` is ``pair_scn`` /
``twin_scn`` / ``hard`` (``ordinary`` for :func:`ordinary_rows`).
"""

from __future__ import annotations

import random
import zlib
from pathlib import Path

from writer_files import read_writer_tsv

DATA = Path(__file__).resolve().parent / "data" / "scenario"
#: Files the trainers read. sv.tsv is the validation writer's and is never trained on.
TRAIN_FILES = ("sa.tsv", "sb.tsv", "sc.tsv", "sd.tsv", "se.tsv", "sf.tsv")
#: Ordinary prompts about a person in 20 other languages (a fifth writer; negatives only).
ORDINARY_FILE = "sn.tsv"
VALIDATION_FILE = "sv.tsv"
COLUMNS = ["id", "pair", "lang", "register", "label", "text"]
SEED = 20261313

#: Private-person phrases per language (the issue's "my coworker", "the girl from accounting"). A
#: language without a list gets names only.
PRIVATE = {
    "en": ["my coworker", "my neighbour", "the barista at my cafe", "my ex", "my roommate", "the girl from accounting",
           "my gym instructor", "the receptionist at my hotel", "my sister-in-law", "my boss", "the woman next door",
           "my classmate from uni", "the nurse on my ward", "my landlady", "my tinder match", "my wife's friend"],
    "fr": ["ma voisine", "ma collègue", "mon ex", "la serveuse du café", "ma coloc", "ma prof de yoga"],
    "es": ["mi vecina", "mi compañera de trabajo", "mi ex", "la camarera del bar", "mi compañera de piso", "mi jefa"],
    "de": ["meine Nachbarin", "meine Kollegin", "meine Ex", "die Kellnerin aus dem Café", "meine Mitbewohnerin", "meine Chefin"],
    "pt": ["minha vizinha", "minha colega de trabalho", "minha ex", "a garçonete do café", "minha colega de quarto", "minha chefe"],
    "it": ["la mia vicina", "la mia collega", "la mia ex", "la cameriera del bar", "la mia coinquilina"],
    "nl": ["mijn buurvrouw", "mijn collega", "mijn ex", "de serveerster van het café"],
    "pl": ["moja sąsiadka", "moja koleżanka z pracy", "moja była", "kelnerka z kawiarni"],
}
#: Training locales of the person-mention model (docs/training.md): never the locales reserved for
#: the held-out evaluation.
NAME_LOCALES = ("en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pt_BR", "nl_NL", "sv_SE")


def read_file(name: str) -> list[dict]:
    """Rows of one writer's file, checked (a malformed file stops training with the line number)."""
    return read_writer_tsv(DATA / name, COLUMNS,
                           lambda r: r["label"] in ("0", "1") and r["text"].count("{p}") == 1)


def _names(n_per_locale: int = 120) -> list[str]:
    from faker import Faker

    out = []
    for loc in NAME_LOCALES:
        f = Faker(loc)
        f.seed_instance(zlib.crc32(loc.encode()) ^ SEED)
        out += sorted({f"{f.first_name_female()} {f.last_name()}" for _ in range(n_per_locale)})
    return out


def _person(lang: str, names: list[str], rng: random.Random) -> str:
    base = lang.split("+")[0]
    if base in PRIVATE and rng.random() < 0.4:
        return rng.choice(PRIVATE[base])
    return rng.choice(names)


def filled_rows(files=TRAIN_FILES, draws: int = 2, seed: int = SEED) -> list[tuple[str, int, str, str, str]]:
    """(text, label, family, kind, lang) rows: every writer row filled ``draws`` times."""
    rng = random.Random(seed)
    names = _names()
    out = []
    for name in files:
        rows = read_file(name)
        by_pair: dict[str, list[dict]] = {}
        for r in rows:
            by_pair.setdefault(r["pair"] if r["pair"] != "-" else r["id"], []).append(r)
        for key in sorted(by_pair):
            group = sorted(by_pair[key], key=lambda r: -int(r["label"]))  # request first, then its twin
            fam = f"scn:{name}:{key}"
            for _ in range(draws):
                who = _person(group[0]["lang"], names, rng)
                for r in group:
                    kind = "hard" if len(group) == 1 else ("pair_scn" if r["label"] == "1" else "twin_scn")
                    out.append((r["text"].replace("{p}", who), int(r["label"]), fam, kind, r["lang"]))
    return out


def generate_scenario(files=TRAIN_FILES, draws: int = 2, seed: int = SEED) -> list[tuple[str, int, str, str]]:
    """(text, label, family, kind) rows, as the other augmenters give them."""
    return [row[:4] for row in filled_rows(files, draws, seed)]


def ordinary_rows(draws: int = 1, seed: int = SEED) -> list[tuple[str, int, str, str, str]]:
    """(text, 0, family, "ordinary", lang) rows of the ordinary-prompt writer's file (``id lang register
    text``), filled like the others: negatives in the languages the scenario writers had few of."""
    rows = read_writer_tsv(DATA / ORDINARY_FILE, ["id", "lang", "register", "text"],
                           lambda r: r["text"].count("{p}") == 1)
    rng = random.Random(seed ^ 0x5EED)
    names = _names()
    out = []
    for r in rows:
        for _ in range(draws):
            out.append((r["text"].replace("{p}", _person(r["lang"], names, rng)), 0, f"ord:{r['id']}",
                        "ordinary", r["lang"]))
    return out
