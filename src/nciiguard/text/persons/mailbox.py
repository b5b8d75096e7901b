"""A person named by an e-mail address (round 28): the local part of ``first.last@host``, ``first_last@host``,
``firstlast@host`` is the way mail providers and employers write a person's name, as a profile link writes a
handle (``phrases.handle_findings`` reads ``instagram.com/first.last``).

``mailbox_findings`` reads an address whose local part is a name: two or three parts of letters joined by
".", "_" or "-" (a trailing number is dropped: "maria.lopez88"), where

- one part is a listed given name that is no common word and not every part is a common word
  ("refiloe.jane", "john.smith", "juliana.bezerra"), or
- no part is a word of any list, each has three letters or more and the letter model finds each
  name-like (>= 0.3: "pimpatra.wichaikul", "kithure.kindiki", "gifty.ampofo"), or
- one token with no joiner splits into a listed given name and a name part or an unlisted name-like rest
  ("janedoe", "juliabezerra").

Nobody: role and service addresses ("info@", "support@", "sales.team@", "no-reply@", "press.office@",
"customer.service@", "first.last@": every part a word), a mailbox of one unlisted word ("admin@",
"webmaster@"). Finding: ``full_name`` 0.6, evidence ``kind`` ``mailbox``, span = the whole address. Cost: a
literal gate ("@"), one bounded regular expression over the first 2,000 characters, at most eight addresses.
"""

from __future__ import annotations

import re

from ...findings import Finding
from ..spans import Marks
from .found import finding

__all__ = ["mailbox_findings"]

_LIMIT = 2000
_ADDRESS = re.compile(
    r"(?<![\w.+@-])(?P<local>[A-Za-z][A-Za-z._-]{1,40}?)(?P<num>[0-9]{0,4})@(?P<host>[A-Za-z0-9-]{1,40}(?:\.[A-Za-z0-9-]{1,40}){0,3}\.[A-Za-z]{2,12})(?![\w@-])")
_PART = re.compile(r"[A-Za-z]{2,20}")


def _likeness():
    from .namelike import load_name_likeness

    return load_name_likeness()


def _is_name(gaz, parts: list[str]) -> bool:
    if any(gaz.is_common_word(p) for p in parts) and all(gaz.is_common_word(p) for p in parts):
        return False
    if any(p in gaz.first and not gaz.is_common_word(p) for p in parts):
        return True
    if all(len(p) >= 3 and not gaz.is_known(p) and p not in gaz.first for p in parts):
        model = _likeness()
        return all(model.prob(p) >= 0.3 for p in parts)
    return False


def _joined(gaz, low: str) -> bool:
    """One token: a listed given name (no common word) then a listed name part or a name-like unlisted rest."""
    if not 6 <= len(low) <= 24:
        return False
    for k in range(3, len(low) - 2):
        head, rest = low[:k], low[k:]
        if head not in gaz.first or gaz.is_common_word(head):
            continue
        if (rest in gaz.first or rest in gaz.surname_rank) and not gaz.is_common_word(rest):
            return True
        if len(rest) >= 4 and not gaz.is_known(rest) and _likeness().prob(rest) >= 0.5:
            return True
    return False


def mailbox_findings(nt, field: str, gaz, covered: Marks) -> list[Finding]:
    """``full_name`` (0.6, ``kind`` ``mailbox``) for each e-mail address whose local part is a person's name."""
    text = nt.original
    if "@" not in text:
        return []
    out: list[Finding] = []
    for m in _ADDRESS.finditer(text[:_LIMIT]):
        if len(out) >= 8:
            break
        local = m.group("local").lower()
        if covered.overlaps(m.start(), m.end()) or local[-1] in "._-":
            continue
        pieces = re.split(r"[._-]", local)
        if len(pieces) == 1:
            ok = _joined(gaz, local)
        else:
            ok = 2 <= len(pieces) <= 3 and all(_PART.fullmatch(p) for p in pieces) and _is_name(gaz, pieces)
        if ok:
            out.append(finding("full_name", 0.6, field, nt, m.start(), m.end(), {
                "kind": "mailbox", "case": "lower", "source": "text"}))
    return out
