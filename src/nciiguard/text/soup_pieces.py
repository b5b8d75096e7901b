"""Token-soup pieces that have no spaces around them: emoji glue, emoji fragments, glued words.

Optimised attack strings (and people imitating them) glue their sexual fragments straight onto emoji
and onto each other: ``🥵qix!boobz👙❌gf🍒``, ``🍑👙❌🐸nudebodygirl👅``, ``wifeboobz``,
``removeherclothes_pair``. The soup check of ``sexual_text`` (:func:`~nciiguard.signals.text.sexual.soup_markers`,
:class:`~nciiguard.signals.text.sexual.SoupFragments`) needs four 4+-letter tokens to measure a soup and
reads fragments token by token, so such short glued strings passed. This module adds:

- :func:`emoji_glue`: letters written straight against an emoji, twice or more in a field (a soup
  marker: like the other markers it is never a finding alone);
- :func:`symbol_junk`: a run of code or markup symbols ("`${", "%%%(", "><@"), another marker;
- :func:`emoji_fragments`: emoji that stand for sexual fragments inside a soup: a clothing emoji
  crossed out (``👙❌``: "no bikini") and the fruit, droplet and face emoji of sexting (each weak, and
  counted only inside a field that is already a soup);
- :class:`GluedWords`: a lower-case token of 7+ letters that is no word, read as a chain of English
  words and soup fragments ("nudebodygirl" = nude + body + girl, "wifeboobz" = wife + boobz); the
  fragments of the chain count. A chain must cover the whole token with pieces of 3+ letters, so
  ordinary unknown words (names, other languages) rarely split: one fragment and only words.

Cost: linear in the field (one regex pass for the emoji); a glued token is split by dynamic
programming over at most :data:`MAX_GLUED` letters and :data:`MAX_PIECE`-letter pieces.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

#: Emoji and pictographs (the blocks optimisers and sexting use), with an optional variation selector.
_EMOJI_CHAR = "[\U0001F300-\U0001FAFF\u2600-\u27BF]"
#: A letter right before or right after an emoji (no space between): optimiser glue.
_GLUE = re.compile(rf"[^\W\d_]{_EMOJI_CHAR}|{_EMOJI_CHAR}\ufe0f?[^\W\d_]")
#: Junctions a field needs before it is marked: one glued emoji is how some people write ("ok👍").
MIN_GLUE = 2

#: Symbols of code and markup that optimiser output leaves behind ("`${", "%%%(", "><@", "]]>{"): a
#: run of three or more punctuation marks holding two or more different ones of these. Prompt syntax
#: ("((word:1.2))", "[a|b]", "--ar 16:9", "**bold**", "<lora:x:0.8>") never has two of them together.
_JUNK = re.compile(r"(?:[^\w\s]){3,}")
_JUNK_MARKS = frozenset("`$%^~\\<>@&=+")


def symbol_junk(original: str) -> bool:
    """A run of code or markup symbols as optimisers leave them (see :data:`_JUNK_MARKS`)."""
    for m in _JUNK.finditer(original):
        if len(_JUNK_MARKS.intersection(m.group())) >= 2:
            return True
    return False


#: Clothing emoji (bikini, dress, blouse, shirt, one-piece swimsuit, briefs, shorts, kimono, sari,
#: jeans, bra, lab coat) followed by a cross or prohibition sign: "no clothes".
_NO_CLOTHES = re.compile(
    "[\U0001F459\U0001F457\U0001F45A\U0001F455\U0001FA71\U0001FA72\U0001FA73\U0001F458\U0001F97B"
    "\U0001F456\U0001FA72\U0001F97C]\ufe0f?\\s?[\u274C\u2716\U0001F6AB\u26D4\u274E]")
#: Emoji of sexting: peach, eggplant, droplets, tongue, hot face, cherries, biting lip. Each alone is
#: food or weather; inside a soup each is one weak fragment.
_SEXTING = {"\U0001F351": "emoji:peach", "\U0001F346": "emoji:eggplant", "\U0001F4A6": "emoji:droplets",
            "\U0001F445": "emoji:tongue", "\U0001F975": "emoji:hot_face", "\U0001F352": "emoji:cherries",
            "\U0001FAE6": "emoji:biting_lip"}
_SEXTING_RE = re.compile("|".join(_SEXTING))

#: Longest glued token split, and longest piece tried.
MAX_GLUED = 40
MAX_PIECE = 14
#: Shortest word piece: two-letter pieces split almost any string.
MIN_PIECE = 3


def emoji_glue(original: str) -> bool:
    """Letters written straight against emoji at least :data:`MIN_GLUE` times."""
    n = 0
    for _ in _GLUE.finditer(original):
        n += 1
        if n >= MIN_GLUE:
            return True
    return False


def emoji_fragments(original: str) -> list[str]:
    """Soup fragments spelt in emoji, each once, in order."""
    out: dict[str, None] = {}
    if _NO_CLOTHES.search(original):
        out["emoji:no_clothes"] = None
    for m in _SEXTING_RE.finditer(original):
        out[_SEXTING[m.group()]] = None
    return list(out)


class GluedWords:
    """Read a glued lower-case token as words and soup fragments (see the module docstring)."""

    def __init__(self, words: Iterable[str], fragment: Callable[[str], str | None]):
        #: English words of 3+ letters the chain may use.
        self._words = frozenset(w for w in words if len(w) >= MIN_PIECE and w.isalpha())
        #: piece -> the soup fragment it is (a fragment word, or a disguised one: "boobz"), or None.
        self._fragment = fragment

    def read(self, token: str) -> tuple[list[str], list[str]]:
        """(pieces, fragments) of the best chain covering ``token``: fewest pieces, then most
        fragments; ([], []) when no chain of words and fragments covers it. One dynamic program
        serves both readings (the soup check asks for the fragments, and for the pieces only
        when there are none)."""
        tok = token.lower()
        n = len(tok)
        if n < 7 or n > MAX_GLUED or not tok.isalpha():
            return [], []
        # best[i] = (pieces, fragments) of the best chain covering tok[:i]
        best: list[tuple[tuple[str, ...], tuple[str, ...]] | None] = [None] * (n + 1)
        best[0] = ((), ())
        for i in range(n):
            if best[i] is None:
                continue
            pieces, frags = best[i]
            for j in range(i + MIN_PIECE, min(n, i + MAX_PIECE) + 1):
                piece = tok[i:j]
                frag = self._fragment(piece)
                if frag is None and piece not in self._words:
                    continue
                cand = (pieces + (piece,), frags + ((frag,) if frag else ()))
                cur = best[j]
                if cur is None or (len(cand[0]), -len(cand[1])) < (len(cur[0]), -len(cur[1])):
                    best[j] = cand
        if best[n] is None:
            return [], []
        pieces, frags = best[n]
        return list(pieces), list(dict.fromkeys(frags)) if len(pieces) >= 2 else []

    def fragments(self, token: str) -> list[str]:
        """The soup fragments of the best chain of ``token`` (at least two pieces), or []."""
        return self.read(token)[1]

    def pieces(self, token: str) -> list[str]:
        """The word pieces of the best chain of ``token``, or [] (no chain)."""
        return self.read(token)[0]


#: A removal verb before a clothing word in a glued chain ("removeherclothes", "takeoffherbra",
#: "nobikinipls"): an undress instruction written as one token; its fragment is "undress".
_REMOVE = frozenset("remove removing strip stripping take taking off rip tear peel lose drop without".split())
_CLOTHES = frozenset("clothes clothing dress bra panties shirt top bikini underwear outfit pants skirt lingerie "
                     "swimsuit towel blouse jeans knickers thong".split())


def undress_chain(pieces: list[str]) -> bool:
    """A removal verb followed later by a clothing word among the pieces of one glued token."""
    seen_verb = False
    for p in pieces:
        if p in _REMOVE:
            seen_verb = True
        elif seen_verb and p in _CLOTHES:
            return True
    return False
