"""Invisible format characters inside a word, taken out of the text as written (round 27, issue 10).

Why: the folded and plain views already drop soft hyphens, zero-width spaces and joiners, so lexicon
terms are read through them; but the name readers test capitals on the text as written, where
"Pa\u00adrk" (a soft hyphen) or "Pa\u200brk" (a zero-width space) is no capitalised word, and a name a
reader would find in "Ha-eun Park" went unread ("Ha-eun Pa\u00adrk, topless, nsfw" was held for review,
not blocked). :func:`visible` gives the text without them and the original position of each kept
character, so a reader's span maps back onto what the user wrote.

Only characters between two word characters are taken out (one at the edge of a word changes no
capital). Linear in the text; one regex search on a text that holds none.
"""

from __future__ import annotations

import re

__all__ = ["visible", "to_original"]

#: Soft hyphen, Mongolian vowel separator, zero-width space, word joiner and the invisible operators,
#: byte-order mark: format characters (Cf) that render as nothing inside a word. The zero-width
#: non-joiner and joiner only between Latin letters: inside Persian, Arabic or Indic words they are
#: spelling (Persian writes "می‌خواهم" with a non-joiner), not a disguise.
_LATIN = r"A-Za-z\u00c0-\u024f"
_IN_WORD = re.compile(rf"(?<=\w)[\u00ad\u180e\u200b\u2060-\u2064\ufeff]+(?=\w)"
                      rf"|(?<=[{_LATIN}])[\u200c\u200d]+(?=[{_LATIN}])")


def visible(text: str) -> tuple[str, list[int]] | None:
    """``(text without in-word invisible characters, original index of each kept character plus the
    end)``, or None when the text holds none (the common case: nothing to map)."""
    if not _IN_WORD.search(text):
        return None
    parts, positions, last = [], [], 0
    for m in _IN_WORD.finditer(text):
        parts.append(text[last : m.start()])
        positions.extend(range(last, m.start()))
        last = m.end()
    parts.append(text[last:])
    positions.extend(range(last, len(text)))
    positions.append(len(text))
    return "".join(parts), positions


def to_original(positions: list[int], start: int, end: int) -> tuple[int, int]:
    """A span of the visible text as a span of the original (the invisible characters inside it kept)."""
    if end <= start:
        p = positions[start]
        return p, p
    return positions[start], positions[end - 1] + 1
