#!/usr/bin/env python
"""Build ``src/nciiguard/text/data/language_words.tsv.gz``: common words of French, Spanish, German,
Italian, Portuguese, Dutch, Polish and (round 4) Swedish, Norwegian Bokmål, Danish, Romanian and
Turkish that are no English words and (mostly) no names.

Why: the name rules were built on English word lists (SCOWL) and US census names, so in a prompt
written in another language its ordinary words look like unknown tokens or census surnames, and
"quiero ver", "donna nuda", "pittura a olio", "Foto von" read as first name + surname. On an adult
platform that turns a nude figure study about "una donna" into NCII. ``text/persons/language.py``
reads this table to tell, per field, which language it is written in and which spans are words of
that language rather than a name.

Source: wordfreq 3.1.1 (Robyn Speer; code Apache-2.0; word frequency data CC BY-SA 4.0, built
from Wikipedia, OpenSubtitles, news, books, Twitter and Reddit). The table derived here is
therefore under CC BY-SA 4.0 (see NOTICE). Install it for this script only:

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python scripts/build_language_words.py

A word of language L is kept when
- its Zipf frequency in L is >= 3.0 (about once per 1,000,000 words),
- it is at least 1.0 Zipf (10x) more frequent in L than in English, for its written and its
  accent-free form ("maría" is no Spanish word: "maria" is as frequent in English text), and
- it is no US census first name and no census surname among the 20,000 most common, unless it
  is very common in L (Zipf >= 5.0: "donna", "luz", "blanco" are first the word there).

Layout: one line per language and frequency band, ``<language>\t<band>\t<word> <word> ...``, with
the folded words (lower case, accents removed, as the name rules' folded view has it) of that
band sorted: band 3 = Zipf >= 3.0, 4 = Zipf >= 4.0, 5 = Zipf >= 5.0 (each word in its highest
band only). The reader packs the bands into one small integer per word (fast to load, ~20 MB).
One- and two-letter words are kept only when very common (articles and prepositions: "de", "la",
"di"). Deterministic (sorted; gzip mtime 0).
"""

from __future__ import annotations

import gzip
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "nciiguard" / "text" / "data"
OUT = DATA / "language_words.tsv.gz"
LANGUAGES = ("fr", "es", "de", "it", "pt", "nl", "pl", "sv", "nb", "da", "ro", "tr",
             # round 9: the other Latin-script languages wordfreq holds (Tagalog is "fil" there,
             # Croatian/Serbian/Bosnian "sh"); not Vietnamese: its syllables folded without their
             # tones are East Asian name parts ("hong", "minh", "lan", "mai")
             "cs", "sk", "hu", "fi", "id", "ms", "tl", "hr", "sl", "lt", "lv", "ca")
#: The table's code -> wordfreq's code where they differ.
WORDFREQ_CODE = {"tl": "fil", "hr": "sh"}
MIN_ZIPF = 3.0
COMMON_ZIPF = 5.0
OVER_ENGLISH = 1.0
CENSUS_SURNAMES = 20000
TOP_N = 60000


def fold(word: str) -> str:
    # as the run-time folded view: Turkish dotless i is i, ae is spelt out (Danish/Norwegian "æ")
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ı", "i").replace("æ", "ae"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _lines(name: str) -> list[str]:
    return gzip.decompress((DATA / name).read_bytes()).decode("utf-8").split()


def main() -> None:
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        sys.exit("install wordfreq first: .venv/bin/pip install wordfreq==3.1.1")
    names = set(_lines("names_first.txt.gz")) | set(_lines("names_surnames.txt.gz")[:CENSUS_SURNAMES])
    words: dict[str, dict[str, int]] = {}
    for lang in LANGUAGES:
        wf = WORDFREQ_CODE.get(lang, lang)
        for word in top_n_list(wf, TOP_N):
            zl = zipf_frequency(word, wf)
            if zl < MIN_ZIPF:
                break
            folded = fold(word)
            if not folded.isalpha() or not folded.isascii() or (len(folded) <= 2 and zl < COMMON_ZIPF):
                continue
            english = max(zipf_frequency(word, "en"), zipf_frequency(folded, "en"))
            if zl - english < OVER_ENGLISH:
                continue
            if folded in names and zl < COMMON_ZIPF:
                continue
            per = words.setdefault(folded, {})
            per[lang] = max(per.get(lang, 0), round(zl * 10))
    bands: dict[tuple[str, int], list[str]] = {}
    for w, per in words.items():
        for lang, z10 in per.items():
            bands.setdefault((lang, min(5, z10 // 10)), []).append(w)
    lines = [f"{lang}\t{band}\t{' '.join(sorted(ws))}" for (lang, band), ws in sorted(bands.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(OUT, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    per = {lang: sum(1 for zs in words.values() if lang in zs) for lang in LANGUAGES}
    print(f"{OUT.name}: {len(words)} words {per}, {OUT.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
