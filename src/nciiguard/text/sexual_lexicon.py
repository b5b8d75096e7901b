"""Where the sexual lexicon is packaged, and the lexicon every reader of it shares (round 29: one owner).

The ``sexual_text`` signal reads it per its ``languages`` parameter; other signals that ask "does the field hold a
sexual word?" (``minor_text``'s sexual-words-besides check, the scenario, private-reference, disguised and semantic
readers) read the whole packaged lexicon, loaded once per process by :func:`nciiguard.text.lexicon.load_packaged`.
Naming the files and grades here, beside the data, means no signal reaches into another signal's module for them.
"""

from __future__ import annotations

from .lexicon import Lexicon, load_packaged

__all__ = ["EXCEPTIONS_FILE", "GRADES", "LEXICON_FILES", "load_sexual_lexicon"]

#: The packaged term files (``nciiguard/text/data``) and the benign-sense exceptions file.
LEXICON_FILES = ("sexual_terms.tsv",)
EXCEPTIONS_FILE = "sexual_exceptions.tsv"
#: Grades of the lexicon, strongest first.
GRADES = ("explicit", "nudity", "euphemism", "suggestive")


def load_sexual_lexicon() -> Lexicon:
    """The packaged sexual lexicon in every language (one object per process, shared by its readers)."""
    return load_packaged(LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES)
