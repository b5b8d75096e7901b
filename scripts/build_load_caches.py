"""Write the start-up caches of the text guard, computed once here instead of at every start:

- src/nciiguard/text/data/term_forms.tsv.gz: the normalised forms of every term the lexicons index
  (src/nciiguard/text/term_forms.py says why and how a stale file is detected and ignored);
- src/nciiguard/text/data/regex_literals.json.gz: the necessary literals of every gated rule
  (src/nciiguard/text/prefilter.py);
- src/nciiguard/text/data/regex_code.pickle.gz: the compiled code of every lazy rule pattern a default
  Guard holds (src/nciiguard/text/regex_code.py; round 29): a row's first use skips Python's compiler;
- src/nciiguard/text/data/lexicons_built.pickle.gz: the packaged lexicons a default Guard loads, indexed
  (src/nciiguard/text/lexicon_built.py, ``BUILT_FILE``; round 23). Since round 24 the same sources give
  the same bytes (sets pickled in sorted order, gzip time stamp 0; the script also runs itself with
  ``PYTHONHASHSEED=0``), so ``--check`` compares the whole file, uncompressed (gzip's output could differ
  with another zlib; what it holds cannot).

    .venv/bin/python scripts/build_load_caches.py [--check]

The terms and rules are the ones the text signals actually hand over while a default ``Guard`` loads
for text (recorded, not guessed from file names). Run it after changing a lexicon, a rule table or a
module the normaliser imports: tests/unit/test_load_caches.py fails until you do (the guard stays
correct meanwhile, only slower to start). ``--check`` exits 1 when a shipped file is not current.
"""

from __future__ import annotations

import argparse
import os
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
    ap.add_argument("--out", type=Path, default=None,
                    help="write (or check) the files under this directory instead of src/nciiguard")
    args = ap.parse_args(argv)
    if argv is None and os.environ.get("PYTHONHASHSEED") != "0":
        # One string-hash seed for every build: the files do not depend on it (sets are written sorted),
        # this only keeps a dict filled in set order somewhere in a lexicon from changing the bytes.
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), *sys.argv[1:]], env)
    from nciiguard.text import lexicon, prefilter, regex_code, term_forms

    terms, patterns, keys = recorded()
    forms = term_forms.encode(terms)
    files = {term_forms.FILE: forms, prefilter.LITERALS_FILE: prefilter.encode_literals(patterns),
             lexicon.BUILT_FILE: _built_from(forms, keys)}
    lazy_rows = _lazy_rows()  # after the others: a Guard loaded with the caches on
    files[regex_code.FILE] = regex_code.encode(lazy_rows)
    stale = 0
    for rel, data in files.items():
        out = (args.out if args.out else ROOT / "src" / "nciiguard") / rel
        if args.check:
            current = out.read_bytes() if out.exists() else b""
            ok = (current == data or (rel == lexicon.BUILT_FILE and _unzipped(current) == _unzipped(data))
                  or (rel == regex_code.FILE and regex_code.same(current, data)))
            stale += not ok
            print(f"{rel}: {'current' if ok else 'STALE (run scripts/build_load_caches.py)'}")
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(data)
            n = (len(terms) if rel == term_forms.FILE else len(patterns) if rel == prefilter.LITERALS_FILE
                 else len(lazy_rows) if rel == regex_code.FILE else len(keys))
            print(f"wrote {out} ({len(data):,} bytes, {n:,} entries)")
    return 1 if stale else 0


def _lazy_rows() -> list[tuple[str, int]]:
    """(pattern, flags) of every lazy rule pattern a default Guard holds once loaded for text (the
    compiled-code file, text/regex_code.py)."""
    from nciiguard import Guard
    from nciiguard.text import lazy_regex

    guard = Guard()
    guard.load(["text"])
    with lazy_regex._all_lock:
        rows = sorted({(p.pattern, int(p.flags)) for p in lazy_regex._ALL})
    del guard
    return rows


def _built_from(forms: bytes, keys) -> bytes:
    """The built-lexicon file for ``keys``, its terms' forms read from ``forms`` (the term-forms file just
    computed), whether or not the shipped one is current: a term's folded and plain forms are one string
    object where the file says so, and a pickle writes a shared string once, so the bytes would otherwise
    depend on whether the shipped term-forms file was current when this ran."""
    from nciiguard.text import lexicon, term_forms

    real = term_forms.read_bytes
    term_forms.read_bytes = lambda rel: forms if rel == term_forms.FILE else real(rel)
    term_forms._forms = None
    try:
        if not term_forms.cached_forms():
            raise SystemExit("the term forms just computed do not read back")
        return lexicon.encode_built(keys)
    finally:
        term_forms.read_bytes = real
        term_forms._forms = None


def _unzipped(data: bytes) -> bytes | None:
    import gzip

    try:
        return gzip.decompress(data)
    except (OSError, EOFError):
        return None


if __name__ == "__main__":
    raise SystemExit(main())
