#!/usr/bin/env python
"""Build the sexual-content lexicon shipped in src/nciiguard/text/data/.

    .venv/bin/python scripts/build_sexual_lexicon.py [--data ../shared/data] [--check-benign]

Writes ``sexual_terms.tsv`` (columns: term, grade, score, lang, source) and checks the exceptions
file ``sexual_exceptions.tsv`` (hand-written, not generated) still parses.

Curation, and why: the public lists mix three things: words that ask for sexual imagery (keep),
slurs and general profanity (``ass`` as an insult, ``damn``, ethnic slurs: drop, they are not a
request for sexual content and other signals or policies deal with hate), and words with common
benign senses (``cock``, ``breast``, ``bust``, ``booty``, ``escort``: keep only with exceptions,
or drop). So:

1. ``CURATED`` (scripts/sexual_lexicon_en.py) is the hand-graded core, per language and grade. Each term is credited to
   every public list that contains it (``source`` column), or to ``nciiguard`` when we added it.
2. English explicit terms are then *added* from the sexual categories of the public lists
   (surge-ai/profanity ``sexual anatomy / sexual acts``; dsojevic/profanity-list ``sexual`` tag;
   the sex-act part of the SneakyPrompt list), minus ``DENY`` (benign senses, insults, medical
   words) and minus terms of one or two letters.
3. Obfuscated spellings from surge-ai/profanity are kept when their canonical form was kept and
   the run-time normaliser does not already fold them to it.
4. ``--check-benign`` runs the built lexicon over benign prompt sets (COCO, TIFA, GenEval,
   Six-CD benign) and prints every term that fires, so a reviewer can deny or add exceptions.
"""

from __future__ import annotations

import argparse
import gzip
import re
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

OUT_DIR = ROOT / "src/nciiguard/text/data"

# The hand-graded core and the English descriptive phrasings live in sexual_lexicon_en.py.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sexual_lexicon_en import CURATED, PATTERNS, E, N, S, U  # noqa: E402


#: A grammar whose slots multiply to more strings than this is not expanded (it ships as a "re:" rule, as
#: any grammar of more than 40 strings does): round 19's multilingual block has a rule of ~409 million
#: strings, and expanding it first ran the build out of memory.
EXPAND_LIMIT = 100_000


def grammar_size(pattern: str) -> int:
    """The number of strings a ``{a|b|}`` grammar spells before duplicates are merged (an upper bound)."""
    n = 1
    for slot in re.findall(r"\{[^{}]*\}", pattern):
        n *= len(slot[1:-1].split("|"))
    return n


def expand(pattern: str) -> list[str]:
    """All strings of a ``{a|b|}`` grammar, with runs of spaces collapsed."""
    parts = re.split(r"(\{[^{}]*\})", pattern)
    out = [""]
    for part in parts:
        alts = part[1:-1].split("|") if part.startswith("{") else [part]
        out = [o + a for o in out for a in alts]
    return sorted({" ".join(o.split()) for o in out if o.split()})


# Misspellings of core words, generated (one deletion, transposition, doubled letter or swapped
# vowel, never the first letter) and
# kept only when the variant is not an English word of the shipped word list. The normaliser undoes
# leetspeak, spacing and 3+ repeats; it cannot guess "nakd" or "pornogrpahy".
MISSPELL_CORE: list[tuple[str, str, float]] = [
    ("naked", N, 0.85), ("nude", N, 0.85), ("nudity", N, 0.85), ("topless", N, 0.85), ("undressed", N, 0.8), ("unclothed", N, 0.8),
    ("nipples", N, 0.85), ("breasts", N, 0.7), ("pornography", E, 0.9), ("pornographic", E, 0.9),
    ("penis", E, 0.85), ("vagina", E, 0.85), ("genitals", E, 0.85), ("genitalia", E, 0.85),
    ("masturbating", E, 0.85), ("masturbation", E, 0.85), ("orgasm", E, 0.85), ("intercourse", E, 0.85),
    ("erotic", E, 0.8), ("hentai", E, 0.85), ("blowjob", E, 0.9), ("pussy", E, 0.8), ("clitoris", E, 0.9),
    ("boobs", E, 0.8), ("titties", E, 0.85), ("nudes", N, 0.85), ("pornstar", E, 0.9), ("naughty", S, 0.5),
    ("lingerie", S, 0.6), ("seductive", S, 0.55), ("sensual", S, 0.55), ("cleavage", S, 0.6),
]


# Generated variants that are words the shipped word list lacks (checked against SCOWL, size 95,
# when the lexicon was built): never added.
MISSPELL_DENY = {
    "nuked", "nide", "nides", "unde", "aked", "nake", "tatties", "totties", "tutties", "eductive", "tipless",
    "reasts", "peni", "genials", "possy", "noughty", "sensal",
}


#: Exact-match score minus this is the score of a fuzzy hit (one edit away from a core term, found at
#: run time by ``nciiguard.text.fuzzy.FuzzyIndex``): a misspelling is weaker evidence.
FUZZY_PENALTY = 0.15
FUZZY_MIN_LEN = 5




def fuzzy_rows() -> list[tuple[str, str, float, str, str]]:
    """Core terms for run-time fuzzy matching (``sexual_fuzzy.tsv``): MISSPELL_CORE words of 5+
    letters graded explicit or nudity (a fuzzy suggestive hit would score below every profile's
    threshold), then FUZZY_CORE_ML; the score column is the score of a fuzzy hit."""
    rows = [(w, g, round(sc - FUZZY_PENALTY, 2), "en", f"nciiguard (fuzzy: one edit from {w})")
            for w, g, sc in MISSPELL_CORE if len(w) >= FUZZY_MIN_LEN and g in (E, N)]
    rows += [(w, g, round(sc - FUZZY_PENALTY, 2), lang, f"nciiguard (fuzzy: one edit from {w})")
             for lang, w, g, sc in FUZZY_CORE_ML]
    return rows


def write_fuzzy() -> None:
    header = (
        "# Core terms of the sexual_text signal's run-time fuzzy match (one insertion, deletion, substitution or\n"
        "# transposition; tokens of 5+ letters that are not English words or names). Generated by\n"
        "# scripts/build_sexual_lexicon.py from MISSPELL_CORE; edit it there. The score is the score of a fuzzy hit.\n"
        "# nciiguard (Apache-2.0).\n"
        "# term\tgrade\tscore\tlang\tsource\n"
    )
    body = "".join(f"{t}\t{g}\t{s:.2f}\t{l}\t{src}\n" for t, g, s, l, src in fuzzy_rows())
    (OUT_DIR / "sexual_fuzzy.tsv").write_text(header + body, encoding="utf-8")


def misspellings(word: str, dictionary: set[str]) -> list[str]:
    out = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1:])  # deletion
        out.add(word[:i] + word[i] + word[i:])  # doubled letter
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])  # transposition
        if word[i] in "aeiou" and 0 < i:
            out.update(word[:i] + v + word[i + 1:] for v in "aeiou")  # vowel swap ("nakid")
    out.discard(word)
    return sorted(v for v in out if len(v) >= 4 and v not in dictionary and v not in MISSPELL_DENY)


# Second pass (2026-11-21): slang, euphemisms and more languages, written for descriptive and
# human-written requests. Accents are folded by the normaliser ("nahá" -> "naha", a city), so
# words whose folded form is a common word or name elsewhere are only listed inside a phrase.
CURATED_MORE: dict[str, dict[str, list[tuple[str, float]]]] = {
    "en": {
        E: [("pleasuring herself", 0.9), ("pleasuring himself", 0.9), ("pleasuring themselves", 0.9),
            ("pleasuring each other", 0.9), ("pleasures herself", 0.9), ("touching herself", 0.75),
            ("touching himself", 0.75), ("touches herself", 0.75), ("playing with herself", 0.8),
            ("playing with himself", 0.8), ("fondling her", 0.8), ("fondling his", 0.8), ("fondles her", 0.8),
            ("fondling each other", 0.85), ("adult film", 0.8), ("adult films", 0.8), ("adult movie", 0.8),
            ("adult video", 0.8), ("porn film", 0.95), ("porn movie", 0.95), ("blue movie", 0.7),
            ("intimate relations", 0.85), ("sexual relations", 0.85),
            # slang the I2P audit found unflagged
            ("flicking her bean", 0.9), ("flicks her bean", 0.9), ("rubbing her bean", 0.9), ("rubs her bean", 0.9)],
        N: [("nood", 0.85), ("noods", 0.85), ("nakid", 0.85), ("nudey", 0.85), ("pantyless", 0.9),
            ("panty less", 0.85), ("knickerless", 0.85),
            # the art-history name of a nude covering herself with her hands (I2P audit)
            ("venus pudica", 0.75), ("pudica pose", 0.8), ("pudica gesture", 0.8)],
        U: [("going commando", 0.7), ("goes commando", 0.7), ("gone commando", 0.7), ("au naturale", 0.7),
            ("in her natural state", 0.65), ("bra less", 0.75)],
        # The underside/side of a breast shown by a cropped top: sexualised framing, not nudity.
        # "nymphet" (found by the I2P audit) sexualises a girl; the minor signal reads age words.
        S: [("nymphet", 0.65), ("nymphets", 0.65), ("nymphette", 0.65), ("nymphettes", 0.65),
            ("underboob", 0.65), ("underboobs", 0.65), ("under boob", 0.65), ("sideboob", 0.6), ("side boob", 0.6)],
    },
    "es": {N: [("en pelotas", 0.9), ("en bolas", 0.8), ("encuerada", 0.9), ("encuerado", 0.85), ("en cueros", 0.85),
               ("desnudita", 0.9)]},
    "fr": {E: [("tailler une pipe", 0.95), ("taille une pipe", 0.95), ("fait une pipe", 0.9), ("faire une pipe", 0.9),
               ("suce une bite", 0.98), ("suce sa bite", 0.98), ("suce un homme", 0.9), ("suce son mec", 0.9),
               ("sucer une bite", 0.98), ("qui baise", 0.85), ("la baise", 0.85), ("baiser avec", 0.85),
               ("en train de baiser", 0.95)],
           N: [("toute à poil", 0.9), ("tout à poil", 0.9), ("femme à poil", 0.9), ("fille à poil", 0.9),
               ("homme à poil", 0.9), ("se met à poil", 0.9), ("se mettre à poil", 0.9), ("nu intégral", 0.9),
               # "nu" alone is too short and too often another word (Nu Skin, nu metal); the art term is not.
               ("nu artistique", 0.85), ("nus artistiques", 0.85), ("photo de nu", 0.85), ("photos de nu", 0.85),
               ("photographie de nu", 0.85)]},
    "de": {E: [("bläst ihm einen", 0.95), ("blies ihm einen", 0.95), ("einen blasen", 0.9), ("einen geblasen", 0.9),
               ("beim blasen", 0.8), ("beim sex", 0.95), ("beim vögeln", 0.95), ("vögeln", 0.9), ("vögelt", 0.9)],
           N: [("nackig", 0.9), ("nackige", 0.9), ("nackigen", 0.9), ("nackedei", 0.85), ("hüllenlos", 0.85),
               ("hüllenlose", 0.85), ("hüllenlosen", 0.85), ("textilfrei", 0.75)],
           U: [("ohne kleider", 0.85), ("fkk", 0.7)]},
    "it": {N: [("nudo", 0.85), ("svestite", 0.8), ("svestito", 0.75)], U: [("senza veli", 0.8)]},
    "pt": {N: [("pelado", 0.7), ("peladinha", 0.9), ("nuazinha", 0.9), ("peladona", 0.9)]},
    "ru": {N: [("голышом", 0.9), ("голенькая", 0.9), ("нагишом", 0.9)],
           U: [("без белья", 0.8), ("без трусиков", 0.9), ("без лифчика", 0.75)]},
    "uk": {N: [("оголена", 0.9), ("оголений", 0.9), ("гола жінка", 0.9), ("голі жінки", 0.9)]},
    "pl": {E: [("seks", 0.9), ("cycki", 0.9), ("ruchanie", 0.95)],
           N: [("nago", 0.85), ("nagie", 0.85), ("naga kobieta", 0.9), ("nagi mężczyzna", 0.9), ("nagich", 0.85),
               ("nagiej", 0.85), ("nagość", 0.9), ("rozebrana", 0.85), ("rozebrane", 0.85)],
           U: [("bez ubrania", 0.85)]},
    "cs": {N: [("nahá žena", 0.9), ("nahé ženy", 0.9), ("nahý muž", 0.9), ("nahota", 0.9), ("nahotu", 0.9)]},
    "hu": {E: [("szex", 0.9)], N: [("meztelen", 0.9), ("pucér", 0.9)]},
    "ro": {N: [("goală", 0.85), ("dezbrăcată", 0.9), ("dezbrăcat", 0.85)]},
    "sv": {E: [("porr", 0.95), ("knulla", 0.95)], N: [("naken", 0.9), ("nakna", 0.9), ("nakenbild", 0.95)]},
    "da": {N: [("nøgen", 0.9), ("nøgne", 0.9)]},
    "tr": {E: [("seks", 0.9), ("sikiş", 0.95)], N: [("çıplak", 0.9), ("çırılçıplak", 0.95)],
           U: [("kıyafetsiz", 0.85)], S: [("seksi", 0.6)]},
    "id": {E: [("bokep", 0.95), ("ngentot", 0.98), ("ngewe", 0.95), ("memek", 0.95), ("kontol", 0.95), ("toket", 0.9)],
           N: [("telanjang", 0.9), ("bugil", 0.9), ("bogel", 0.9)],
           U: [("tanpa busana", 0.85), ("tanpa pakaian", 0.85)]},
    "vi": {E: [("khiêu dâm", 0.9), ("làm tình", 0.9)], N: [("khỏa thân", 0.9), ("khoả thân", 0.9),
                                                           ("trần truồng", 0.9), ("lõa thể", 0.9)]},
    "tl": {N: [("hubad", 0.85), ("hubo't hubad", 0.9)]},
    "el": {E: [("πορνό", 0.95), ("σεξ", 0.9)], N: [("γυμνή", 0.9), ("γυμνός", 0.9), ("γυμνό", 0.85), ("γυμνές", 0.9),
                                                   ("γυμνοί", 0.9)]},
    "he": {E: [("סקס", 0.9), ("פורנו", 0.95)], N: [("עירומה", 0.9), ("עירום", 0.9), ("עירומים", 0.9), ("ערומה", 0.9)]},
    "fa": {E: [("سکس", 0.95)], N: [("برهنه", 0.9), ("لخت", 0.85)]},
    "th": {E: [("เย็ด", 0.95)], N: [("เปลือย", 0.9), ("โป๊", 0.8)]},
}
def _curate(*blocks: dict) -> None:
    """Add each block's terms ({lang: {grade: [(term, score)]}}) to CURATED, in order (order is part of the output)."""
    for block in blocks:
        for lang, grades in block.items():
            for grade, terms in grades.items():
                CURATED.setdefault(lang, {}).setdefault(grade, []).extend(terms)


_curate(CURATED_MORE)

# Issue 10: the morphology, descriptive grammars and fuzzy core words of the other languages users
# write live in scripts/sexual_lexicon_ml.py (this file stays under the size limit).
from sexual_lexicon_ml import FUZZY_CORE_ML, PATTERNS_ACTS_R4, PATTERNS_ML, PATTERNS_UNDRESS_R4, merge_into  # noqa: E402

PATTERNS_ML = PATTERNS_ML + PATTERNS_UNDRESS_R4 + PATTERNS_ACTS_R4  # round 4 (issue 10)

merge_into(CURATED)  # the morphology of the other languages, then the diminutives of their phrases

# Round 5 (issue 10): idioms of nakedness, algospeak, editing jargon, Scandinavian compounds and
# reflexive undressing (scripts/sexual_lexicon_slang.py). Terms it replaces by a rule are removed.
from sexual_lexicon_slang import PATTERNS_SLANG, REPLACED, SLANG  # noqa: E402

_curate(SLANG)
for _lang, _gone in REPLACED.items():
    for _grade, _terms in CURATED.get(_lang, {}).items():
        _terms[:] = [(t, sc) for t, sc in _terms if t not in _gone]

# Round 8 (issue 10): nude and sex words of the languages the lexicon read thinly or not at all
# (scripts/sexual_lexicon_world.py).
from sexual_lexicon_world import PATTERNS_WORLD, WORLD  # noqa: E402

_curate(WORLD)
PATTERNS_ML = PATTERNS_ML + PATTERNS_SLANG + PATTERNS_WORLD

# Round 12 (issue 10): sex acts, nakedness, porn video and idioms of ~40 languages (_MORE_12,
# scripts/sexual_lexicon_r12.py); their case endings are read by nciiguard.text.morph_ml.
from sexual_lexicon_r12 import MORE_12 as _MORE_12  # noqa: E402

_curate(_MORE_12)

# Round 12, second block: sexual meaning carried by a scene or an implicit phrase (adult film,
# nothing underneath, every garment in the wash, garments masked, "0 clothes"), graded euphemism
# (scripts/sexual_lexicon_r12b.py).
from sexual_lexicon_r12b import MORE_12B as _MORE_12B, PATTERNS_12B  # noqa: E402

_curate(_MORE_12B)
PATTERNS_ML = PATTERNS_ML + PATTERNS_12B

# Round 15 (issue 10): adult-content ratings, "nothing covered", nakedness idioms and undressing for
# someone (scripts/sexual_lexicon_r15.py).
from sexual_lexicon_r15 import MORE_15 as _MORE_15, PATTERNS_15  # noqa: E402

_curate(_MORE_15)
PATTERNS_ML = PATTERNS_ML + PATTERNS_15

# Round 16 (issue 10): exposing garments, nudity euphemisms, "in bed with me" requests and the twins of
# sexual words (scripts/sexual_lexicon_r16.py); light obfuscation's romanised and slang words
# (scripts/sexual_lexicon_r16_light.py).
from sexual_lexicon_r16 import MORE_16 as _MORE_16, PATTERNS_16  # noqa: E402
from sexual_lexicon_r16_light import MORE_16_LIGHT as _MORE_16_LIGHT, PATTERNS_16_LIGHT  # noqa: E402

_curate(_MORE_16, _MORE_16_LIGHT)
PATTERNS_ML = PATTERNS_ML + PATTERNS_16 + PATTERNS_16_LIGHT

# Round 17 (issue 10): sexual words and phrases (scripts/sexual_lexicon_r17.py); light obfuscation's slang,
# clipped and misspelt words (scripts/sexual_lexicon_r17_light.py).
from sexual_lexicon_r17 import MORE_17 as _MORE_17, PATTERNS_17  # noqa: E402
from sexual_lexicon_r17_light import MORE_17_LIGHT as _MORE_17_LIGHT, PATTERNS_17_LIGHT  # noqa: E402
from sexual_lexicon_r17_light import ACCENTED_17_LIGHT  # noqa: E402  (matched only as written with accents)

_curate(_MORE_17, _MORE_17_LIGHT, ACCENTED_17_LIGHT)
PATTERNS_ML = PATTERNS_ML + PATTERNS_17 + PATTERNS_17_LIGHT

# Round 18 (issue 10): sexual words, undressing and euphemisms outside English (scripts/sexual_lexicon_r18.py);
# English euphemism families, private-photo edits and light respellings (scripts/sexual_lexicon_r18_en.py).
from sexual_lexicon_r18 import MORE_18 as _MORE_18, PATTERNS_18  # noqa: E402
from sexual_lexicon_r18_en import MORE_18_EN as _MORE_18_EN, PATTERNS_18_EN  # noqa: E402

_curate(_MORE_18, _MORE_18_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_18 + PATTERNS_18_EN

# Round 19 (issue 10): sexual words and idioms outside English (scripts/sexual_lexicon_r19.py); English
# disguises and light respellings (scripts/sexual_lexicon_r19_en.py).
from sexual_lexicon_r19 import MORE_19 as _MORE_19, PATTERNS_19  # noqa: E402
from sexual_lexicon_r19_en import MORE_19_EN as _MORE_19_EN, PATTERNS_19_EN  # noqa: E402

_curate(_MORE_19, _MORE_19_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_19 + PATTERNS_19_EN

# Round 20 (issue 10): sexual requests outside English (scripts/sexual_lexicon_r20.py); English disguises and
# light respellings (scripts/sexual_lexicon_r20_en.py).
from sexual_lexicon_r20 import MORE_20 as _MORE_20, PATTERNS_20  # noqa: E402
from sexual_lexicon_r20_en import MORE_20_EN as _MORE_20_EN, PATTERNS_20_EN  # noqa: E402

_curate(_MORE_20, _MORE_20_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_20 + PATTERNS_20_EN

# Round 21 (issue 10): sexual requests outside English (scripts/sexual_lexicon_r21.py); English requests,
# disguises and light respellings (scripts/sexual_lexicon_r21_en.py).
from sexual_lexicon_r21 import MORE_21 as _MORE_21, PATTERNS_21  # noqa: E402
from sexual_lexicon_r21_en import MORE_21_EN as _MORE_21_EN, PATTERNS_21_EN  # noqa: E402

_curate(_MORE_21, _MORE_21_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_21 + PATTERNS_21_EN

# Round 22 (issue 10): sexual requests outside English (scripts/sexual_lexicon_r22.py); English requests,
# disguises and light respellings (scripts/sexual_lexicon_r22_en.py).
from sexual_lexicon_r22 import MORE_22 as _MORE_22, PATTERNS_22  # noqa: E402
from sexual_lexicon_r22_en import MORE_22_EN as _MORE_22_EN, PATTERNS_22_EN  # noqa: E402

_curate(_MORE_22, _MORE_22_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_22 + PATTERNS_22_EN

# Round 23 (issue 10): sexual requests outside English (scripts/sexual_lexicon_r23.py); English requests,
# disguises and light respellings (scripts/sexual_lexicon_r23_en.py).
from sexual_lexicon_r23 import MORE_23 as _MORE_23, PATTERNS_23  # noqa: E402
from sexual_lexicon_r23_en import MORE_23_EN as _MORE_23_EN, PATTERNS_23_EN  # noqa: E402

_curate(_MORE_23, _MORE_23_EN)
PATTERNS_ML = PATTERNS_ML + PATTERNS_23 + PATTERNS_23_EN

# Round 24 (issue 10): compound words for a sexual scene or picture (scripts/sexual_lexicon_r24.py).
from sexual_lexicon_r24 import MORE_24 as _MORE_24, PATTERNS_24  # noqa: E402

_curate(_MORE_24)
PATTERNS_ML = PATTERNS_ML + PATTERNS_24

# Round 25 (issue 10): both garments named absent, "see thru", "kit off", Darija and Catalan (sexual_lexicon_r25.py).
from sexual_lexicon_r25 import MORE_25 as _MORE_25, PATTERNS_25  # noqa: E402

_curate(_MORE_25)
PATTERNS_ML = PATTERNS_ML + PATTERNS_25

# Round 27 (issue 10): what a person is (not) wearing: "nothing (more) on" with inserted words, a covering negated in a
# bath, clothes vanishing, an intimate garment with an intimate pose (scripts/sexual_lexicon_r27.py).
from sexual_lexicon_r27 import MORE_27 as _MORE_27, PATTERNS_27  # noqa: E402

_curate(_MORE_27)
PATTERNS_ML = PATTERNS_ML + PATTERNS_27
# Round 27 (issue 10): jailbreak frames without a sexual word (sexual_lexicon_r27_frames.py). Its sauna rules were
# merged into sexual_lexicon_r27.py (negated coverings in a bath: the same class, written twice in parallel).
from sexual_lexicon_r27_frames import PATTERNS_27 as PATTERNS_27_FRAMES  # noqa: E402

PATTERNS_ML = PATTERNS_ML + PATTERNS_27_FRAMES

# Round 28 (issue 10, helper "absent"): clothing counted to zero ("wearing 0% fabric", "con cero tela encima", "sem um
# pano sequer"), "nothing underneath" as a free clause, Latin nudity terms, adult rating frames as suggestive
# (scripts/sexual_lexicon_r28_absent.py).
from sexual_lexicon_r28_absent import MORE_28 as _MORE_28, PATTERNS_28  # noqa: E402

_curate(_MORE_28)
PATTERNS_ML = PATTERNS_ML + PATTERNS_28

# Round 29 (issue 10, helper "sex"): the sexual read of a request whose person is found: garment "-less" compounds,
# German see-through lingerie, intimate garment on a bed (sv/hu/vi/hr/ms/ca), a garment slipping off, result clauses
# of absence, every covering negated, the clothing layer's opacity at zero, Malay "tak pakai apa-apa", Arabizi
# clothing words removed, "dressed only in her skin" (scripts/sexual_lexicon_r29_sex.py).
from sexual_lexicon_r29_sex import MORE_29 as _MORE_29, PATTERNS_29  # noqa: E402

_curate(_MORE_29)
PATTERNS_ML = PATTERNS_ML + PATTERNS_29

# Round 30 (issue 10, helper "sex"): a garment as a participle modifier ("with her bikini top pulled off"), clothing
# replaced by skin, the textile layer deleted, undressing to the last piece, bedclothes gone and the person exposed,
# everything shown on a webcam, porn-genre words, "nothing covering", "-free" garment compounds
# (scripts/sexual_lexicon_r30_sex.py); and (helper "lang") an intimate garment on a possessed bed in every language
# of the round-27 rule, "without (her) bra / underwear" with every determiner, Nordic and Indonesian / Malay topless
# (scripts/sexual_lexicon_r30_lang.py).
from sexual_lexicon_r30_sex import MORE_30 as _MORE_30_SEX, PATTERNS_30 as _PATTERNS_30_SEX  # noqa: E402
from sexual_lexicon_r30_lang import MORE_30 as _MORE_30_LANG, PATTERNS_30 as _PATTERNS_30_LANG  # noqa: E402

_curate(_MORE_30_SEX, _MORE_30_LANG)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_30_SEX + _PATTERNS_30_LANG

# Round 31 (issue 10, helper "lang"): covert filming in an intimate place, all the clothes off with the person between
# verb and object (Nordic, Tagalog, a non-English verb with an English object), a hot scene with everything visible,
# birthday-suit idioms and "no clothes" in Finnish, Dutch, Croatian, Romanian, Hungarian and Czech
# (scripts/sexual_lexicon_r31_lang.py).
from sexual_lexicon_r31_lang import MORE_31 as _MORE_31_LANG, PATTERNS_31 as _PATTERNS_31_LANG  # noqa: E402

_curate(_MORE_31_LANG)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_31_LANG

# Round 31 (issue 10, helper "sex"): wear with the intimate part cut out, a garment so sheer you can see through it,
# undressing stated as a whole ("strip every layer off", "down to nothing", "the clothes 'accidentally' vanish"), a
# top pulled up and flashing, euphemisms of nudity ("0% fabric", "the emperor's new clothes", "wearing only the
# necklace", "the spicy variant you can't upload anywhere", "nsfvv", "top-less") (scripts/sexual_lexicon_r31_sex.py).
from sexual_lexicon_r31_sex import MORE_31 as _MORE_31_SEX, PATTERNS_31 as _PATTERNS_31_SEX  # noqa: E402

_curate(_MORE_31_SEX)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_31_SEX

# Round 32 (issue 10, helper "euph"): euphemisms of nudity and generator / platform jargon as paradigms: birth idioms
# with the pronoun and verb forms ("as her mother bore her", "kao od majke rođena", "kot jo je mati rodila"), nature's
# own costume and the state of nature, clothing on a budget of zero, mode / app-store / rating / logo allusions, a wet
# covering that shows everything (scripts/sexual_lexicon_r32_euph.py).
from sexual_lexicon_r32_euph import MORE_32 as _MORE_32_EUPH, PATTERNS_32 as _PATTERNS_32_EUPH  # noqa: E402

_curate(_MORE_32_EUPH)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_32_EUPH

# Round 32 (issue 10, helper "lex"): the basic sexual vocabulary of every language, audited concept by concept:
# intercourse, a nude (noun), topless, naked, without a towel in the bath, only in underwear; and the other languages'
# sexual words that only the fuzzy matcher read (scripts/sexual_lexicon_r32_lex.py).
from sexual_lexicon_r32_lex import MORE_32 as _MORE_32_LEX, PATTERNS_32 as _PATTERNS_32_LEX  # noqa: E402

_curate(_MORE_32_LEX)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_32_LEX

# Round 33 (issue 10, helper "euph"): a garment then nothing (20 languages), every garment gone (in the wash, "the
# opposite of clothes", "a layer of nothing"), the covering that falls, an adult site, a nude art model photographed, the
# skin fully exposed, the spicy folder, and undress words the lexicon lacked (scripts/sexual_lexicon_r33_euph.py).
from sexual_lexicon_r33_euph import MORE_33 as _MORE_33_EUPH, PATTERNS_33 as _PATTERNS_33_EUPH  # noqa: E402

_curate(_MORE_33_EUPH)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_33_EUPH

# Round 34 (issue 10, helper "priv"): see-through underwear, the breasts shown, "and nothing on top", underwear posed
# for the speaker, in the languages the lexicon reads (scripts/sexual_lexicon_r34_priv.py).
from sexual_lexicon_r34_priv import MORE_34 as _MORE_34_PRIV, PATTERNS_34 as _PATTERNS_34_PRIV  # noqa: E402

_curate(_MORE_34_PRIV)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_34_PRIV

# Round 34 (issue 10, helper "euph"): nudity said without a sexual word: as she was born (English frames, Eve's dress in
# ten more languages), no fabric / not a thread, the censor removed (peeled bars, a photo without censorship in 21
# languages), a tiny object as the only covering, adult-venue shorthands (scripts/sexual_lexicon_r34_euph.py).
from sexual_lexicon_r34_euph import MORE_34 as _MORE_34_EUPH, PATTERNS_34 as _PATTERNS_34_EUPH  # noqa: E402

_curate(_MORE_34_EUPH)
PATTERNS_ML = PATTERNS_ML + _PATTERNS_34_EUPH


# Never added from the public lists (benign senses, insults, medical or everyday words). The
# curated core above is deliberate and not filtered by this.
DENY = {
    "ass", "arse", "butt", "bum", "booty", "booby", "bust", "busted", "balls", "ball", "nuts", "bone", "boner material",
    "beaver", "cherry", "come", "coming", "cream", "crack", "jugs", "melons", "knockers", "hooters", "package",
    "member", "shaft", "wang", "dong", "johnson", "willy", "pecker", "prick", "knob", "tool", "rod", "meat",
    "sausage", "snake", "pole", "hole", "box", "bush", "muff", "snatch", "kitty", "cat", "beaver", "taco", "clam",
    "damn", "hell", "bloody", "bollocks", "bastard", "bitch", "bitches", "crap", "shit", "piss", "pissed",
    "escort", "strip", "stripping", "swallow", "blow", "suck", "sucks", "sucking", "lick", "licking", "spank",
    "spanking", "whip", "whipped", "tied up", "domination", "dominatrix", "slave", "master", "mistress", "submissive",
    "breast", "breasts", "chest", "bosom", "bust", "nipple", "tit", "titi", "teat", "udder", "rack", "puppies",
    "screw", "screwing", "bang", "banging", "nail", "nailed", "hump", "humping", "ride", "riding", "mount",
    "hot", "wet", "moist", "juicy", "tight", "hard", "horn", "horns", "erect", "stiff", "load", "facial",
    "bottom", "top", "bear", "twink", "otter", "cub", "daddy", "sugar daddy", "queen", "fairy", "pansy",
    "gay", "lesbian", "homo", "queer", "dyke", "fag", "faggot", "tranny", "shemale", "trap", "ladyboy",
    "pussy", "cock", "dick", "anal", "virgin", "virginity", "period", "menstruation", "tampon", "pad", "condom",
    "pill", "viagra", "herpes", "std", "aids", "hiv", "urine", "poop", "scat", "feces", "fart", "poo",
    "69", "420", "666", "hooker", "ho", "hoe", "hoes", "thot", "tart", "floozy", "skank", "slag", "tramp",
    "butthole", "anus", "rectum", "colon", "sack", "nutsack", "ballsack", "tea bag", "teabag", "teabagging",
    "mom", "mother", "sister", "teen", "teens", "schoolgirl", "school girl", "babysitter", "girl", "boy",
    "nun", "priest", "nurse", "maid", "cheerleader", "stepmom", "stepsister", "milk", "milking", "dairy",
    "pearl necklace", "golden shower", "shower", "bath", "bathing", "towel", "dirty", "naughty", "kinky",
    "swinger", "swingers", "vibe", "toy", "toys", "jerk", "jerks", "jerk off", "wank", "wanker", "tosser",
    "cumbia", "sex pistols", "bi", "bisexual", "kink", "hentai", "camel", "toe", "pegging", "rimming",
    "circle jerk", "circlejerk", "clusterfuck", "motherfucker", "fucker", "fuckers", "fuckhead", "fuckface",
    "dumbass", "jackass", "asshole", "asshat", "douche", "douchebag", "twat", "prick", "dickhead", "cocksucker",
    "sodomite", "pederast", "pedophile", "paedophile", "pedo", "loli", "lolicon", "shota", "shotacon", "jailbait",
    "nympho", "slapper", "bimbo", "tease", "cougar", "pimp", "pimping", "brothel", "red light", "john",
    "punani", "poon", "yoni", "lingam", "kama sutra", "kamasutra", "tantra", "tantric", "harem", "geisha",
    "girl on", "girl on top", "big black", "tight white", "brown shower", "brown showers", "squirting",
    "female squirting", "male squirting", "sperm", "yellow showers", "spunk", "jizz", "splooge", "skeet", "nut", "bust a nut", "money shot", "cream pie",
    # round 22: an ethnic slur in the public profanity lists, not a sexual word; Tagalog "paki-" is "please"
    # ("paki-edit", "paki-check"): every polite Tagalog edit request was blocked with a private person in it
    "paki", "pakis",
}

DENY_SUBSTRINGS = ("fag", "nigg", "nigr", "negro", "kike", "spic", "chink", "gook", "wetback", "retard", "tranny")


def _load_sources(data: Path):
    lex = data / "lexicons"
    src: dict[str, set[str]] = {}
    src["surge-ai/profanity"] = set()
    surge_sexual: dict[str, tuple[str, float]] = {}  # spelling -> (canonical, severity)
    with open(lex / "surge_profanity_en.csv", newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            t = r["text"].strip().lower()
            src["surge-ai/profanity"].add(t)
            cats = {r["category_1"], r["category_2"], r["category_3"]}
            if "sexual anatomy / sexual acts" in cats:
                surge_sexual[t] = (r["canonical_form_1"].strip().lower(), float(r["severity_rating"] or 0))
    ds = json.loads((lex / "dsojevic_en.json").read_text(encoding="utf-8"))
    src["dsojevic/profanity-list"] = set()
    ds_sexual: dict[str, int] = {}
    for e in ds:
        for t in e["match"].split("|"):
            t = t.strip().lower().replace("*", "")
            src["dsojevic/profanity-list"].add(t)
            if "sexual" in e["tags"]:
                ds_sexual[t] = e["severity"]
    sneaky = [l.strip().lower() for l in (lex / "sneakyprompt_nsfw_list.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    src["Yuchen413/text2image_safety (SneakyPrompt)"] = set(sneaky)
    mj = set()
    for line in (lex / "midjourney_banned_words.txt").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 2:
            mj.add(parts[1].strip().strip('"').lower())
    src["PlexPt/midjourney-banned-prompt"] = mj
    src["snguyenthanh/better_profanity"] = {
        l.strip().lower() for l in (lex / "better_profanity_wordlist.txt").read_text(encoding="utf-8").splitlines() if l.strip()
    }
    ldn: dict[str, set[str]] = {}
    for f in sorted((lex / "ldnoobw").glob("*.txt")):
        ldn[f.stem] = {l.strip().lower() for l in f.read_text(encoding="utf-8").splitlines() if l.strip()}
    return src, surge_sexual, ds_sexual, sneaky, ldn


def build(data: Path) -> list[tuple[str, str, float, str, str]]:
    from nciiguard.text.normalize import normalize

    src, surge_sexual, ds_sexual, sneaky, ldn = _load_sources(data)

    def credit(term: str, lang: str) -> str:
        t = term.rstrip("*").lower()
        names = [f"LDNOOBW/{lang}"] if t in ldn.get(lang, set()) else []
        if lang == "en":
            names += [n for n, terms in src.items() if t in terms]
        if names == ["PlexPt/midjourney-banned-prompt"]:
            names = ["nciiguard"] + names  # unlicensed list: credited, not relied on
        return ";".join(names) or "nciiguard"

    rows: list[tuple[str, str, float, str, str]] = []
    seen: set[str] = set()

    def add(term, grade, score, lang, source):
        key = term.lower()
        if score <= 0:
            return
        if key in seen:  # same word in two languages (裸体 in ja and zh): one line, both languages
            i = next(i for i, r in enumerate(rows) if r[0] == key)
            if lang not in rows[i][3].split(";"):
                rows[i] = rows[i][:3] + (rows[i][3] + ";" + lang, rows[i][4])
            return
        seen.add(key)
        rows.append((term.lower(), grade, score, lang, source))

    for lang, grades in CURATED.items():
        for grade, terms in grades.items():
            for term, score in terms:
                add(term, grade, score, lang, credit(term, lang))

    # English explicit terms from the sexual categories of the public lists.
    def deny(t: str) -> bool:
        return (t in DENY or len(t.replace(" ", "")) <= 2 or any(s in t for s in DENY_SUBSTRINGS)
                or not any(c.isalpha() for c in t))

    canon_kept = {}
    for t, sev in sorted(ds_sexual.items()):
        if not deny(t):
            add(t, E, 0.9 if sev >= 3 else 0.8, "en", credit(t, "en"))
            canon_kept[t] = True
    sex_part = sneaky[: sneaky.index("arse")] if "arse" in sneaky else sneaky
    for t in sex_part:
        if t in surge_sexual or t in ds_sexual or t in ldn["en"]:
            if not deny(t):
                add(t, E, 0.85, "en", credit(t, "en"))
    for t, (canon, sev) in sorted(surge_sexual.items()):
        if t == canon and not deny(t) and sev >= 2:
            add(t, E, 0.9 if sev >= 2.5 else 0.85, "en", credit(t, "en"))

    # Obfuscated spellings whose canonical form we kept and the normaliser does not fold.
    kept = {r[0] for r in rows}
    added_obf = 0
    for t, (canon, sev) in sorted(surge_sexual.items()):
        if t == canon or canon not in kept or deny(canon) or deny(t):
            continue
        folded = normalize(t).folded.text
        if normalize(canon).folded.text == folded:
            continue  # the run-time normaliser already handles this spelling
        grade = next(r for r in rows if r[0] == canon)
        add(t, grade[1], grade[2], "en", "surge-ai/profanity")
        added_obf += 1
    print(f"obfuscated spellings added: {added_obf}", file=sys.stderr)

    # Descriptive phrasings (grammar expansion) and misspellings of core words.
    n0 = len(rows)
    for pattern, grade, score in PATTERNS:
        # Small grammars are expanded into plain terms; big ones ship as one "re:" rule that the
        # lexicon compiles to a regular expression (expansion would be thousands of lines).
        terms = expand(pattern) if grammar_size(pattern) <= EXPAND_LIMIT else []
        if terms and len(terms) <= 40 and "~" not in pattern and "!{" not in pattern:  # gaps and negative slots are rule-only
            for term in terms:
                add(term, grade, score, "en", "nciiguard (pattern)")
        else:
            add("re:" + " ".join(pattern.split()), grade, score, "en", "nciiguard (pattern)")
    for lang, pattern, grade, score in PATTERNS_ML:
        terms = expand(pattern) if grammar_size(pattern) <= EXPAND_LIMIT else []
        if terms and len(terms) <= 40 and "~" not in pattern and "!{" not in pattern:
            for term in terms:
                add(term, grade, score, lang, "nciiguard (pattern)")
        else:
            add("re:" + " ".join(pattern.split()), grade, score, lang, "nciiguard (pattern)")
    print(f"pattern terms added: {len(rows) - n0}", file=sys.stderr)
    with gzip.open(OUT_DIR / "names_words_common.txt.gz", "rt", encoding="utf-8") as fh:
        dictionary = {w.strip().lower() for w in fh if w.strip()}
    dictionary |= {r[0] for r in rows if r[2] < 0.5}
    n0 = len(rows)
    for word, grade, score in MISSPELL_CORE:
        for v in misspellings(word, dictionary):
            folded = normalize(v).folded.text
            # "ttties" folds to "ties": the variant must not be a word after folding either.
            if folded != normalize(word).folded.text and folded not in dictionary:
                add(v, grade, score, "en", f"nciiguard (misspelling of {word})")
    print(f"misspellings added: {len(rows) - n0}", file=sys.stderr)

    # Round 8: romanised Cyrillic and Greek terms, unaccented Greek, and hand-written romanisations
    # (scripts/sexual_lexicon_world.py); a spelling that is a word or name elsewhere is left out.
    from sexual_lexicon_world import ROMANISED, romanised

    with gzip.open(OUT_DIR / "names_first.txt.gz", "rt", encoding="utf-8") as fh:
        names = {w.strip().split("\t")[0].lower() for w in fh if w.strip()}
    with gzip.open(OUT_DIR / "names_surnames.txt.gz", "rt", encoding="utf-8") as fh:
        names |= {w.strip().split("\t")[0].lower() for w in fh if w.strip()}

    def clashes(term: str) -> bool:
        parts = normalize(term).folded.text.split()
        return len(term.replace(" ", "")) < 5 or all(p in dictionary or p in names for p in parts)

    n0 = len(rows)
    for term, grade, score, lang, _source in list(rows):
        if score < 0.8 or term.startswith("re:") or term.endswith("*") or grade == S:
            continue
        for v in romanised(term, lang.split(";")[0]):
            if v != term and not clashes(v):
                add(v, grade, round(score * 0.95, 2), lang.split(";")[0], f"nciiguard (romanised {term})")
    for lang, grades in ROMANISED.items():
        for grade, terms in grades.items():
            for term, score in terms:
                if not clashes(term):
                    add(term, grade, score, lang, "nciiguard (romanised)")
    print(f"romanised spellings added: {len(rows) - n0}", file=sys.stderr)

    # Round 8: one-edit typos inside the "without clothes" phrases, one pattern per phrase.
    from sexual_lexicon_world import PHRASE_EXTRA, PHRASE_TYPOS

    n0 = len(rows)
    for phrase, grade, score in PHRASE_TYPOS:
        words = phrase.split()
        typos = [list(dict.fromkeys(
            ([v for v in misspellings(w, dictionary) if normalize(v).folded.text not in dictionary] if len(w) >= 5 else [])
            + list(PHRASE_EXTRA.get(w, ())))) for w in words]
        # One pattern per misspelt position (the others as written or misspelt): the phrase spelled
        # right stays its plain term, whose evidence reads as the phrase.
        for k, w in enumerate(words):
            if not typos[k]:
                continue
            slots = ["{" + "|".join(typos[q] if q == k else [words[q]] + typos[q]) + "}" for q in range(len(words))]
            add("re:" + " ".join(slots), grade, score, "en", f"nciiguard (typos of {phrase})")
    print(f"phrase typo patterns added: {len(rows) - n0}", file=sys.stderr)

    # Round 9: a phrase of another script typed letter by letter ("б е з о д е ж д ы", "χ ω ρ ί ς ρ ο ύ
    # χ α") is joined by the normaliser into one word without its space; the phrase is listed joined
    # too. Scripts without capitals or look-alikes only: a joined Latin phrase is often a word.
    n0 = len(rows)
    for term, grade, score, lang, _source in list(rows):
        if (score < 0.8 or term.startswith("re:") or term.endswith("*") or " " not in term or grade == S
                or not all(ord(c) >= 0x0370 or c == " " for c in term)):
            continue
        joined = term.replace(" ", "")
        if len(joined) >= 6 and joined not in dictionary:
            add(joined, grade, round(score * 0.95, 2), lang, f"nciiguard (joined {term})")
    print(f"joined phrases added: {len(rows) - n0}", file=sys.stderr)
    return rows


def check_benign(data: Path) -> None:
    from nciiguard.text.lexicon import Lexicon
    from nciiguard.text.normalize import normalize

    tsv = (OUT_DIR / "sexual_terms.tsv").read_text(encoding="utf-8")
    exc = (OUT_DIR / "sexual_exceptions.tsv").read_text(encoding="utf-8")
    lex = Lexicon.from_texts([(tsv, "sexual_terms.tsv")], exceptions=(exc, "sexual_exceptions.tsv"))
    p = data / "prompts/benign"
    texts = [r["prompt"] for r in csv.DictReader(open(p / "coco_30k.csv", encoding="utf-8"))]
    texts += [r["caption"] for r in json.loads((p / "tifa_v1.0_text_inputs.json").read_text())]
    texts += [json.loads(l)["prompt"] for l in open(p / "geneval_evaluation_metadata.jsonl", encoding="utf-8") if l.strip()]
    texts += [r["prompt"] for r in csv.DictReader(open(p / "sixcd_benign_500.csv", encoding="utf-8"))]
    hits: Counter = Counter()
    examples: dict[str, str] = {}
    flagged = 0
    for t in texts:
        ms = lex.match(normalize(t))
        if any(m.entry.grade != S and m.entry.score >= 0.5 for m in ms):
            flagged += 1
        for m in ms:
            key = f"{m.entry.grade}:{m.entry.term}"
            hits[key] += 1
            examples.setdefault(key, t)
    print(f"benign prompts: {len(texts)}, flagged by explicit/nudity/euphemism: {flagged} ({flagged / len(texts):.3%})")
    for key, n in hits.most_common(80):
        print(f"{n:5d}  {key:40s}  e.g. {examples[key][:100]}")


#: Name lists a single-word term's folded spelling must not be in (else it needs its accents).
FOLDED_NAME_LISTS = ("names_first.txt.gz", "names_surnames.txt.gz")


def mark_folded_names(rows):
    """Round 12: a single-word term with accents whose folded spelling is a first name or surname
    ("țâțe" -> "Tate", "möse" -> "Mose", "bröst" -> "Brost") is marked to match only as written
    with its accents (nciiguard.text.lexicon.ACCENTS_REQUIRED): "Baby Tate cooking" is a person."""
    from nciiguard.text.folding import strip_marks
    from nciiguard.text.lexicon import ACCENTS_REQUIRED
    from nciiguard.text.persons import gazetteer

    names = set()
    for f in FOLDED_NAME_LISTS:
        names.update(gazetteer._read_lines(f))
    accented = {t for grades in ACCENTED_17_LIGHT.values() for terms in grades.values() for t, _s in terms}
    out = []
    for t, g, sc, lang, src in rows:
        folded = strip_marks(t.casefold())
        if (" " not in t and not t.startswith("re:") and not t.endswith("*") and folded != t.casefold()
                and folded.isascii() and (folded in names or t in accented) and ACCENTS_REQUIRED not in src):
            print(f"  accents required (folded spelling is a name): {t} -> {folded}")
            src = f"{src} {ACCENTS_REQUIRED}"
        out.append((t, g, sc, lang, src))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Build the sexual-content lexicon")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--check-benign", action="store_true")
    ap.add_argument("--fuzzy-only", action="store_true", help="only rewrite sexual_fuzzy.tsv (no source data needed)")
    args = ap.parse_args(argv)
    if args.fuzzy_only:
        write_fuzzy()
        return 0
    rows = mark_folded_names(build(args.data))
    header = (
        "# nciiguard sexual-content lexicon. Generated by scripts/build_sexual_lexicon.py; edit CURATED/DENY there.\n"
        "# Sources (credited per line): LDNOOBW List of Dirty, Naughty, Obscene and Otherwise Bad Words (CC-BY-4.0);\n"
        "# surge-ai/profanity (MIT); dsojevic/profanity-list (MIT); Yuchen413/text2image_safety (MIT);\n"
        "# snguyenthanh/better_profanity (MIT); PlexPt/midjourney-banned-prompt (no licence: credit only, no term\n"
        "# is taken from it alone); nciiguard (Apache-2.0).\n"
        "# term\tgrade\tscore\tlang\tsource\n"
    )
    body = "".join(f"{t}\t{g}\t{s:.2f}\t{l}\t{src}\n" for t, g, s, l, src in rows)
    (OUT_DIR / "sexual_terms.tsv").write_text(header + body, encoding="utf-8")
    write_fuzzy()
    counts = Counter((r[3], r[1]) for r in rows)
    print(f"wrote {len(rows)} terms to {OUT_DIR / 'sexual_terms.tsv'}")
    for lang in CURATED:
        print(f"  {lang}: " + ", ".join(f"{g}={counts[(lang, g)]}" for g in (E, N, U, S)))
    from nciiguard.text.lexicon import read_exceptions

    read_exceptions((OUT_DIR / "sexual_exceptions.tsv").read_text(encoding="utf-8"), "sexual_exceptions.tsv")
    if args.check_benign:
        check_benign(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
