#!/usr/bin/env python
"""Build ``src/nciiguard/text/data/sexual_collisions.tsv``: single-word terms of the sexual lexicon that are
ordinary words of another language the guard reads (round 28, issue 10).

Why: the lexicon holds generated misspellings ("peins" for penis), English profanity lists ("fux", "vag") and
other languages' words ("fick" is German slang), each read in every field. Some of them are ordinary words of
another language: French "peins" is "paint!", Swedish "slut" is "end", "fick" is "got", Hungarian "neked" is
"to you", Spanish "nudo" a knot, Romanian "cum" is "how". "Peins un portrait à l'aquarelle de <name>" was blocked
as a sexual request about a real person (14 of v27's 19 wrongly flagged celebrities).

The check: every single-word term (letters only, no pattern) whose folded form is a word of one of the person
reader's table languages (``text/persons/language.py``: fr es de it pt nl pl sv nb da ro tr cs sk hu fi id ms tl
hr sl lt lv ca) at Zipf >= 2.0 (about once per 10,000,000 words) and at least 0.5 Zipf more frequent there than in
English, where that language is not one of the entry's own. wordfreq 3.1.1 is a build-time tool only (as for
``build_language_words.py``; the table derived here is CC BY-SA 4.0 like that one, see NOTICE):

    .venv/bin/python scripts/build_lexicon_collisions.py           # write the table
    .venv/bin/python scripts/build_lexicon_collisions.py --check   # exit 1 when the lexicon's collisions moved

A machine cannot tell whether the word's sense in that language is sexual too ("pene" is Spanish for penis and
Italian for penis; "vagin" is French for vagina), so every collision gets a verdict by hand in :data:`ORDINARY`:
``ordinary`` (the sense in that language is not sexual: the run-time reader, ``text/lexicon_collisions.py``,
drops the term in a field written in that language) or, by default, ``sexual`` (same sense, a sexual slang
sense, or not sure: the term keeps firing). A new lexicon term that collides is listed ``sexual`` until someone
reads it, so the check can only make the guard stricter by itself. tests/unit/test_lexicon_collisions.py pins
the table.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "nciiguard" / "text" / "data"
LEXICON = DATA / "sexual_terms.tsv"
OUT = DATA / "sexual_collisions.tsv"
#: The person reader's table languages (text/persons/language.py LANGUAGES; the run time tells a field's
#: language with that table, so only these can be told).
LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "sv", "nb", "da", "ro", "tr",
             "cs", "sk", "hu", "fi", "id", "ms", "tl", "hr", "sl", "lt", "lv", "ca")
WORDFREQ_CODE = {"tl": "fil", "hr": "sh"}
MIN_ZIPF = 2.0
OVER_ENGLISH = 0.5
TOP_N = 300000

#: Collisions read by hand whose sense in that language is not sexual: term -> {language: gloss}. Leave a
#: collision out when its sense there is sexual or a sexual slang ("pene" it, "vagin" fr, "fick" de, "pizda"
#: pl), when it is a name's inflection only a little more often than a word, or when unsure. Left out after the
#: round-28 measure: Spanish "pelado/pelada" (peeled) is Portuguese for naked, and a Portuguese field reads as Spanish
#: too. Romanian "cum" (how, as) was left out until round 34: the nakedness idiom "așa cum a venit pe lume" (as she
#: came into the world) was read only through "cum"; the idiom is now a phrase of its own (round 34, lead), and "cum
#: arată", "cum se face" in a Romanian field no longer read as sexual.
ORDINARY: dict[str, dict[str, str]] = {
    "agina": {"tr": "ağına (to its net)"},
    "almom": {"hu": "álmom (my dream)"},
    "bater": {"pt": "to beat, to hit", "nb": "båter (boats)"},
    "bellesa": {"ca": "beauty"},
    "bimbo": {"it": "little boy"},
    "bobos": {"fr": "boo-boos; bohemian bourgeois", "es": "fools", "pt": "fools"},
    "boquete": {"es": "gap, breach"},
    "borsten": {"de": "brushes, bristles", "sv": "the brush"},
    "bra": {"sv": "good", "nb": "good"},
    "chut": {"fr": "hush", "cs": "chuť (taste)", "sk": "chuť (taste)"},
    "cipka": {"sk": "čipka (lace)"},
    "cipy": {"cs": "čipy (chips)", "sk": "čipy (chips)"},
    "cono": {"it": "cone"},
    "cum": {"ro": "how, as"},
    "despida": {"es": "dismisses, says goodbye"},
    "despidas": {"es": "dismiss, say goodbye"},
    "dessous": {"fr": "underneath"},
    "domme": {"nl": "stupid", "da": "judge"},
    "eretic": {"ro": "heretic"},
    "eroic": {"ro": "heroic"},
    "fick": {"sv": "got"},
    "fitta": {"it": "dense; a sharp pain"},
    "fiut": {"hu": "fiút (boy, accusative)"},
    "fiuta": {"it": "sniffs"},
    "fode": {"da": "føde (birth, food)"},
    "foder": {"sv": "fodder, lining", "da": "fodder, lining"},
    "gozando": {"es": "enjoying"},
    "guro": {"tl": "teacher"},
    "henta": {"nb": "fetched"},
    "henti": {"id": "stop", "ms": "stop"},
    "intercorse": {"it": "elapsed, passed between"},
    "kuken": {"de": "Küken (chick)"},
    "lingere": {"fr": "lingère (laundress)"},
    "luoti": {"fi": "bullet, plumb line"},
    "muschi": {"ro": "mușchi (muscles, moss)", "it": "mosses"},
    "naga": {"id": "dragon", "ms": "dragon", "tl": "dragon"},
    "nagi": {"lt": "nails", "lv": "nails"},
    "nago": {"lt": "nail (genitive)"},
    "nade": {"sv": "nåde (grace)", "nb": "nåde (grace)", "da": "nåde (grace)", "cs": "above", "hr": "hopes"},
    "nahe": {"de": "near"},
    "nede": {"nb": "down", "da": "down", "tr": "in what"},
    "neked": {"hu": "to you"},
    "nippes": {"fr": "old clothes", "de": "trinkets"},
    "nood": {"nl": "need, emergency"},
    "nuda": {"pl": "boredom", "cs": "boredom", "sk": "boredom"},
    "nudi": {"hr": "offers", "sl": "offers", "cs": "nudí (bores)", "sk": "nudí (bores)"},
    "nudit": {"cs": "to bore", "sk": "to bore"},
    "nudo": {"es": "knot"},
    "nudos": {"es": "knots"},
    "nudu": {"cs": "boredom (accusative)"},
    "peins": {"fr": "paint (imperative; I paint)", "nl": "ponder (archaic peinzen)"},
    "peis": {"nb": "fireplace"},
    "penas": {"es": "sorrows, penalties", "pt": "feathers, penalties"},
    "pene": {"nb": "pretty", "ro": "feathers, pens"},
    "penes": {"ca": "sorrows, penalties"},
    "pensi": {"it": "you think", "ca": "think (subjunctive)"},
    "petera": {"pl": "Peter (genitive)", "cs": "Peter (genitive)", "sk": "Peter (genitive)",
               "hr": "Peter (genitive)"},
    "ponis": {"es": "ponies", "ca": "ponies"},
    "punis": {"fr": "punished"},
    "pusy": {"cs": "little mouths, kisses"},
    "ratai": {"lt": "wheels"},
    "risque": {"fr": "risk"},
    "rozebrana": {"cs": "taken apart"},
    "rozebrane": {"cs": "taken apart"},
    "rozebrani": {"cs": "taking apart"},
    "rozebrany": {"cs": "taken apart"},
    "seins": {"de": "his, being"},
    "sani": {"it": "healthy, sound", "tr": "sanı (supposition)"},
    "semen": {"id": "cement", "sl": "seed"},
    "senos": {"lt": "old (genitive)", "lv": "ancient"},
    "sensul": {"ro": "the meaning"},
    "slut": {"sv": "end", "da": "end"},
    "suka": {"id": "like", "ms": "like", "tl": "vinegar", "lt": "spins", "lv": "brush"},
    "tette": {"nb": "tight, close", "hu": "did, put"},
    "tieten": {"fi": "knowingly"},
    "toket": {"hu": "tőkét (capital, accusative)"},
    "trepando": {"es": "climbing"},
    "vag": {"sv": "väg (road)", "nb": "vague", "ro": "vague", "hu": "vág (cuts)"},
    "vagona": {"hr": "wagon (genitive)", "lt": "wagon (genitive)", "lv": "wagon (genitive)"},
    "vaina": {"es": "sheath; a thing", "lv": "fault"},
}


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def lexicon_terms() -> dict[str, set[str]]:
    """Single-word, letters-only terms of the lexicon -> the languages of their entries."""
    terms: dict[str, set[str]] = {}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5 or cols[0].startswith("re:"):
            continue
        term = fold(cols[0])
        if term.isalpha() and term.isascii():
            terms.setdefault(term, set()).update(cols[3].split(";"))
    return terms


def collisions() -> list[tuple[str, str, float]]:
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        sys.exit("install wordfreq first: .venv/bin/pip install wordfreq==3.1.1")
    terms = lexicon_terms()
    out = []
    for lang in LANGUAGES:
        wf = WORDFREQ_CODE.get(lang, lang)
        best: dict[str, float] = {}
        for word in top_n_list(wf, TOP_N):
            z = zipf_frequency(word, wf)
            if z < MIN_ZIPF:
                break
            folded = fold(word)
            if folded in terms and lang not in terms[folded] and z > best.get(folded, 0.0):
                best[folded] = z
        for term, z in best.items():
            if z - zipf_frequency(term, "en") >= OVER_ENGLISH:
                out.append((term, lang, round(z, 1)))
    return sorted(out)


def render(rows: list[tuple[str, str, float]]) -> str:
    lines = ["# Sexual-lexicon terms that are words of another language. Generated by "
             "scripts/build_lexicon_collisions.py",
             "# (wordfreq 3.1.1, CC BY-SA 4.0); verdicts by hand there. term<TAB>language<TAB>zipf<TAB>verdict",
             "# ordinary: not sexual in that language (the term does not fire in a field written in it);",
             "# sexual: same or sexual sense there, or not read yet (the term keeps firing)."]
    for term, lang, z in rows:
        verdict = "ordinary" if lang in ORDINARY.get(term, {}) else "sexual"
        lines.append(f"{term}\t{lang}\t{z:.1f}\t{verdict}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the table on disk; exit 1 when it moved")
    args = ap.parse_args()
    rows = collisions()
    unread = {(t, lang) for t, langs in ORDINARY.items() for lang in langs} - {(t, lang) for t, lang, _ in rows}
    if unread:
        sys.exit(f"ORDINARY lists pairs the check no longer finds: {sorted(unread)}")
    text = render(rows)
    if args.check:
        if OUT.read_text(encoding="utf-8") != text:
            sys.exit(f"{OUT.name} is stale: run scripts/build_lexicon_collisions.py")
        print(f"{OUT.name}: up to date")
        return
    OUT.write_text(text, encoding="utf-8")
    n = sum(1 for line in text.splitlines() if line.endswith("\tordinary"))
    print(f"{OUT.name}: {len(rows)} collisions, {n} ordinary")


if __name__ == "__main__":
    main()
