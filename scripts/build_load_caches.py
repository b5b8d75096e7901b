"""Write the start-up caches of the text guard, computed once here instead of at every start:

- src/nciiguard/text/data/term_forms.tsv.gz: the normalised forms of every term the lexicons index
  (src/nciiguard/text/term_forms.py says why and how a stale file is detected and ignored);
- src/nciiguard/text/data/regex_literals.json.gz: the necessary literals of every gated rule
  (src/nciiguard/text/prefilter.py);
- src/nciiguard/text/data/lexicons_built.pickle.gz: the packaged lexicons a default Guard loads, indexed
  (src/nciiguard/text/lexicon_built.py, ``BUILT_FILE``; round 23). Its bytes vary from run to run (sets of
  strings pickle in hash order), so ``--check`` compares its header: the files it depends on, their
  fingerprint and the lexicons it holds.

    .venv/bin/python scripts/build_load_caches.py [--check]

The terms and rules are the ones the text signals actually hand over while a default ``Guard`` loads
for text (recorded, not guessed from file names). Run it after changing a lexicon, a rule table or a
module the normaliser imports: tests/unit/test_load_caches.py fails until you do (the guard stays
correct meanwhile, only slower to start). ``--check`` exits 1 when a shipped file is not current.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def recorded() -> tuple[set[str], list, list]:
    """(terms normalised, patterns gated, packaged lexicon keys) while a default Guard loads for text,
    with the caches off."""
    from nciiguard.text import prefilter, term_forms

    terms: set[str] = set()
    patterns: list = []
    real_term, real_literals = term_forms.normalized_term, prefilter.required_literals
    term_forms._forms = {}
    prefilter._cache = {}

    def record_term(term: str):
        terms.add(term)
        return real_term(term)

    def record_pattern(pattern):
        patterns.append(pattern)
        return real_literals(pattern)

    term_forms.normalized_term = record_term
    prefilter.required_literals = record_pattern
    import nciiguard.text.lexicon as lexicon_module
    from nciiguard import Guard
    from nciiguard.signals.base import Resources

    lexicon_module._CACHE.clear()
    lexicon_module._built = {}  # the built lexicons off too: every term is normalised (and recorded)
    try:
        Guard(resources=Resources()).load(["text"])
    finally:
        term_forms.normalized_term, prefilter.required_literals = real_term, real_literals
        term_forms._forms = None
        prefilter._cache = None
        lexicon_module._built = None
    return terms, patterns, list(lexicon_module._CACHE)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a shipped file is not current")
    args = ap.parse_args(argv)
    from nciiguard.text import lexicon, prefilter, term_forms

    terms, patterns, keys = recorded()
    files = {term_forms.FILE: term_forms.encode(terms), prefilter.LITERALS_FILE: prefilter.encode_literals(patterns),
             lexicon.BUILT_FILE: lexicon.encode_built(keys)}
    stale = 0
    for rel, data in files.items():
        out = ROOT / "src" / "nciiguard" / rel
        if args.check:
            current = out.read_bytes() if out.exists() else b""
            if rel == lexicon.BUILT_FILE:
                ok = current != b"" and lexicon.built_header(current) == lexicon.built_header(data) \
                    and _built_keys(current) == _built_keys(data)
            else:
                ok = current == data
            stale += not ok
            print(f"{rel}: {'current' if ok else 'STALE (run scripts/build_load_caches.py)'}")
        else:
            out.write_bytes(data)
            n = len(terms) if rel == term_forms.FILE else len(patterns) if rel == prefilter.LITERALS_FILE else len(keys)
            print(f"wrote src/nciiguard/{rel} ({len(data):,} bytes, {n:,} entries)")
    return 1 if stale else 0


def _built_keys(data: bytes) -> set:
    """The lexicon keys a built-lexicon file holds (read from this checkout's own file)."""
    import gzip
    import pickle

    raw = gzip.decompress(data)
    return set(pickle.loads(raw[raw.index(b"\n") + 1:]))


if __name__ == "__main__":
    raise SystemExit(main())
