"""Round 32 (issue 10, helper "lex"): words of other languages the fuzzy matcher would read as a sexual misspelling.

The fuzzy matcher (``nciiguard.text.fuzzy.FuzzyIndex``) reads a token one edit from a core term of
``sexual_fuzzy.tsv`` as that term. Its core is small (~60 terms), so the set of tokens it can ever read is finite:
every one-edit variant of every core term. This script lists those variants the index still reads that are words of
a language (wordfreq's word lists of the languages the guard reads, zipf >= ``--min-zipf``), with the language, the
zipf frequency, the core term and the edit. Each listed word is given a verdict by hand: an ordinary word (Italian
"sfogliata", puff pastry) goes to ``FUZZY_NOT_ML`` in nciiguard/text/fuzzy.py; a word whose sense is sexual in its
language (Polish "penisa") becomes an exact lexicon term (scripts/sexual_lexicon_r32_lex.py). A word an attacker
could write for a sexual one ("nubes" for "nudes") is left: reading such words as known lost disguised requests on
v5 in rounds 24 and 32.

wordfreq is an audit tool only, not a dependency: ``pip install --target /tmp/wf wordfreq`` and
``PYTHONPATH=src:/tmp/wf python scripts/audit_fuzzy_collisions.py``.
"""

from __future__ import annotations

import argparse
import string
import sys

LANGS = ("en", "es", "fr", "de", "it", "pt", "nl", "pl", "tr", "id", "da", "sv", "nb", "fi", "hu", "hr", "sr", "cs",
         "sk", "ro", "ca", "vi", "tl", "fil", "ms", "sl", "lt", "lv", "et", "sq", "bs")


def variants(term: str) -> set[str]:
    """Every string one insertion, deletion, substitution or adjacent transposition (a-z) from ``term``."""
    letters = string.ascii_lowercase
    out = set()
    for i in range(len(term) + 1):
        out.update(term[:i] + c + term[i:] for c in letters)
    for i in range(len(term)):
        out.add(term[:i] + term[i + 1:])
        out.update(term[:i] + c + term[i + 1:] for c in letters)
    for i in range(len(term) - 1):
        out.add(term[:i] + term[i + 1] + term[i] + term[i + 2:])
    out.discard(term)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-zipf", type=float, default=1.0)
    args = ap.parse_args(argv)
    try:
        from wordfreq import available_languages, zipf_frequency
    except ImportError:
        print("wordfreq is not installed (an audit tool only; see the docstring)", file=sys.stderr)
        return 2
    from nciiguard.signals.text.sexual import _load_fuzzy

    index = _load_fuzzy()
    langs = [lang for lang in LANGS if lang in available_languages()]
    rows = []
    for token in sorted(set().union(*(variants(t) for t in index._terms))):
        hit = index.lookup(token)
        if hit is None:
            continue
        zipf, lang = max((zipf_frequency(token, lang), lang) for lang in langs)
        if zipf >= args.min_zipf:
            rows.append((zipf, lang, token, hit[0].term, hit[1]))
    for zipf, lang, token, term, edit in sorted(rows, reverse=True):
        print(f"{zipf:.2f}\t{lang}\t{token}\t{term}\t{edit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
