#!/usr/bin/env python
"""Build the compact name and word tables that ``nciiguard.text.persons.gazetteer`` ships as package data.

Run it again only when a source changes; its output is committed. It never reads the
benchmark's person names (``shared/data/names``): the detector must generalise to names it has
not seen, and the benchmark measures that on names held out from these lists.

Sources (all installed through ordinary package managers, all permissively licensed):

- First names and surnames: the US Census Bureau 1990 name frequency files
  (``dist.female.first``, ``dist.male.first``, ``dist.all.last``) as shipped by the PyPI package
  ``names`` (MIT). The data are a work of the US government (public domain).
- Slang that is not a dictionary word but must never pass as an unknown surname ("emma hentai"):
  the single-word entries of surge-ai/profanity (MIT; ``shared/data/lexicons/surge_profanity_en.csv``)
  plus :data:`PROMPT_JARGON` below (image-prompt vocabulary missing from dictionaries).
- English words with a commonness level: SCOWL (Spell Checker Oriented Word Lists) by Kevin
  Atkinson, Debian package ``scowl`` (``apt-get install scowl``), permissive licence (see NOTICE).
  SCOWL's size levels 10/20/35 hold the common words, 40/50 the rest of a normal dictionary;
  its ``upper``/``proper-names`` lists hold capitalised words (places, months, brands, people).

Outputs in ``src/nciiguard/text/data/`` (gzip, one entry a line, sorted, UTF-8):

- ``names_first.txt.gz``             first names (census), lower case
- ``names_surnames.txt.gz``          surnames in census rank order (line 1 = most common), lower case
- ``names_words_common.txt.gz``      lower-case English words of SCOWL levels 10-35
- ``names_words_other.txt.gz``       lower-case English words of SCOWL levels 40-50
- ``names_proper_other.txt.gz``      capitalised SCOWL entries (<= 50) that are neither a census
                                     first name nor a census surname: places, months, brands,
                                     nationalities ... (lower-cased). Used to keep capitalised
                                     non-names ("Tokyo Shibuya") from looking like unknown names.
- ``names_not_surname.txt.gz``       slang and prompt jargon that is no dictionary word and no
                                     census surname (see above), lower case

Usage: ``.venv/bin/python scripts/build_name_data.py``
"""

from __future__ import annotations

import gzip
import importlib.util
import sys
from pathlib import Path

SCOWL = Path("/usr/share/dict/scowl")
OUT = Path(__file__).resolve().parents[1] / "src" / "nciiguard" / "text" / "data"

SURGE = Path(__file__).resolve().parents[2] / "shared" / "data" / "lexicons" / "surge_profanity_en.csv"

#: Image-prompt vocabulary that no dictionary has. Without it "emma artstation" would read as a
#: first name plus an unknown (so surname-like) token. Not a name list: words people put in prompts.
PROMPT_JARGON = """
artstation deviantart pixiv cgsociety behance unrealengine octane octanerender redshift vray zbrush
blender cinema4d photoreal photorealistic hyperrealistic hyperrealism hyperdetailed ultradetailed
ultrarealistic superrealistic realistic intricate bokeh closeup selfie selfies headshot fullbody
upperbody cowboyshot pov nsfw sfw hdr uhd fhd dslr instax polaroid lomography cinematic
masterpiece bestquality highres absurdres lowres jpeg watermark artgerm wlop sakimichan rossdraws
anime manga hentai ecchi waifu kawaii chibi cosplay cosplayer lingerie bikini swimsuit thong
ahegao bukkake milf gilf dilf pawg bbw bdsm futa futanari yaoi yuri loli shota onlyfans fansly
tiktok instagram youtube twitch reddit patreon lora loha lycoris embedding hypernetwork
steampunk cyberpunk dieselpunk solarpunk vaporwave synthwave cottagecore goth gothic emo
alt baddie ulzzang kpop jpop idol gravure photoshoot boudoir glamour pinup softcore hardcore
""".split()

COMMON_LEVELS = (10, 20, 35)
OTHER_LEVELS = (40, 50)
DIALECTS = ("english", "american", "british", "canadian")


def _names_dir() -> Path:
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        sys.exit("install the PyPI package 'names' first: pip install names")
    return Path(spec.origin).parent


def _read_census(path: Path) -> list[tuple[str, float, int]]:
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1]), int(parts[3])))
    return rows


def _scowl(kind: str, levels) -> set[str]:
    words: set[str] = set()
    for dialect in DIALECTS:
        for level in levels:
            path = SCOWL / f"{dialect}-{kind}.{level}"
            if not path.exists():
                continue
            for raw in path.read_bytes().decode("latin-1").splitlines():
                word = raw.strip()
                if word.endswith("'s"):
                    word = word[:-2]
                if word and word.isalpha() and word.isascii():
                    words.add(word)
    return words


def _write(name: str, lines) -> None:
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0 keeps the output byte-identical between runs (reviewable diffs).
    with open(OUT / name, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    print(f"{name}: {len(lines)} entries, {(OUT / name).stat().st_size / 1024:.0f} KiB")


def main() -> None:
    if not SCOWL.is_dir():
        sys.exit("SCOWL not found: apt-get install scowl")
    census = _names_dir()
    first: set[str] = set()
    for fname in ("dist.female.first", "dist.male.first"):
        first.update(name for name, _, _ in _read_census(census / fname) if name.isalpha())
    surnames = {name: rank for name, _, rank in _read_census(census / "dist.all.last") if name.isalpha()}

    lower_common = {w for w in _scowl("words", COMMON_LEVELS) if w.islower()}
    lower_other = {w for w in _scowl("words", OTHER_LEVELS) if w.islower()} - lower_common
    upper = _scowl("upper", COMMON_LEVELS + OTHER_LEVELS) | _scowl("proper-names", COMMON_LEVELS + OTHER_LEVELS)
    proper_other = {w.lower() for w in upper if w[:1].isupper()} - first - set(surnames)
    proper_other -= lower_common | lower_other

    known = first | set(surnames) | lower_common | lower_other
    slang = set(PROMPT_JARGON)
    if SURGE.exists():
        import csv

        with SURGE.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                for key in ("text", "canonical_form_1", "canonical_form_2", "canonical_form_3"):
                    term = (row.get(key) or "").strip().lower()
                    if term.isalpha() and term.isascii():
                        slang.add(term)
    else:
        print(f"warning: {SURGE} not found; names_not_surname holds the prompt jargon only")
    not_surname = sorted((slang - set(surnames)) - (lower_common | lower_other)) + sorted(
        w for w in PROMPT_JARGON if w in known and w not in lower_common
    )

    OUT.mkdir(parents=True, exist_ok=True)
    _write("names_first.txt.gz", sorted(first))
    _write("names_surnames.txt.gz", [n for n, _ in sorted(surnames.items(), key=lambda kv: kv[1])])
    _write("names_words_common.txt.gz", sorted(lower_common))
    _write("names_words_other.txt.gz", sorted(lower_other))
    _write("names_proper_other.txt.gz", sorted(proper_other))
    _write("names_not_surname.txt.gz", sorted(set(not_surname)))


if __name__ == "__main__":
    main()
