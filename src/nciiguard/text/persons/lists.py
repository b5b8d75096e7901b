"""The name lists the reader uses, so a benchmark can hold out names that are in them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import load_gazetteer
from .wordclasses import FICTIONAL
from .words import clean

@dataclass(frozen=True)
class NameLists:
    """The name lists this signal uses, so a benchmark can hold out names that are in them."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    #: Full names the code knows by name: only the fictional/placeholder suppressions.
    full_names: frozenset[str]

    def __contains__(self, full_name: object) -> bool:
        """True when the full name, or its first or last token, is in one of the lists."""
        if not isinstance(full_name, str):
            return False
        toks = [clean(t) for t in re.split(r"[\s_\-]+", full_name.lower()) if t]
        if not toks:
            return False
        return (
            " ".join(toks) in self.full_names
            or toks[0] in self.first_names
            or toks[-1] in self.surnames
        )


def name_lists(intl: bool | None = None) -> NameLists:
    """The first names, surnames and full names the detector reads (lower case)."""
    gaz = load_gazetteer(intl)
    return NameLists(
        first_names=gaz.first,
        surnames=frozenset(gaz.surname_rank),
        full_names=frozenset(" ".join(t) for t in FICTIONAL),
    )
