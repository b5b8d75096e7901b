"""Garments struck out with emoji (round 21, issue 10): "🚫👙🚫🩲", "➖👗➖👙", "❌👙 📸".

The body fruit pair (a peach with cherries or a melon) beside a bed or a "no hiding" mark ("🛏️ 🍑🍒 🙈❌")
reads the same way; fruit with a food word near it ("🍑🍒 smoothie in bed") stays clean.

A prohibition or minus mark before a garment emoji says the garment is gone; two of them, one an underwear or
swimwear emoji (bikini, briefs, one-piece), leave nothing on: "🚫👙🚫🩲" (no top, no bottoms), "➖👗➖👙 = ?"
(minus the dress, minus the bikini). One struck-out underwear emoji counts only with a camera or body emoji
right after it ("❌👙 📸", "🚫🩲🍑"). The normaliser keeps letters and digits, so the marks are read on the
original text, like the other emoji of :mod:`nciiguard.signals.text.sexual` (``_EMOJI_RULES``).

Kept clean: a struck-out food or shoe ("🚫🍔" on a diet poster, "🚫👟" at a door); a dress code or a pool
sign ("dress code: 🚫👕🚫👖", "🚫👙 allowed in the pool": two outer garments hold no underwear, and a rule
word within 40 characters either side clears the marks); one struck-out bikini alone.

Round 28's emoji readers of :mod:`.absent_clothing` live here too (``WORD_NEGATED_UNDER``: an underwear emoji
negated by a word or by a mark after it, "with no 👙 at all", "👙❌ 🛏️ 📸"; ``OUTER_PAIR_IN_BED``: two struck-out
outer garments or one struck-out whole outfit beside a bed or a lewd emoji), sharing the marks, the garment
classes and the rule-word window; absent_clothing lists them in its ``RULES``.

Cost: ``str.isascii`` and one character-range search (C-level passes) gate the readers, so a prompt without
emoji pays about a microsecond.
"""

from __future__ import annotations

import re

from .emoji_body import SHOWN_BODY

#: Marks that strike a garment out: prohibited, cross, no entry, heavy multiplication x, "no" gesture, minus.
_MARK = r"(?:\U0001F6AB|\u274C|\u26D4|\u2716|\U0001F645(?:\u200D[\u2640\u2642])?|\u2796|\u2212|\u274E|\U0001F6B7)\ufe0f?"
#: Underwear and swimwear: bikini, briefs, one-piece swimsuit.
_UNDER = "\U0001F459\U0001FA72\U0001FA71"
#: Other garments: blouse, t-shirt, dress, jeans, shorts, sari, kimono, coat, shirt and tie.
_OUTER = "\U0001F45A\U0001F455\U0001F457\U0001F456\U0001FA73\U0001F97B\U0001F458\U0001F9E5\U0001F454"
_GARMENT = f"[{_UNDER}{_OUTER}]\ufe0f?"
_STRUCK = f"{_MARK}\\s{{0,2}}{_GARMENT}"
#: Camera and body emoji after one struck-out underwear emoji: camera, video, selfie, peach, cherries, melon,
#: bed, shower, bathtub, eyes.
_AFTER = ("[\U0001F4F8\U0001F4F7\U0001F4F9\U0001F3A5\U0001F933\U0001F351\U0001F352\U0001F348\U0001F6CF\U0001F6BF"
          "\U0001F6C1\U0001F440\U0001F525\U0001F4A6]")
_SEP = r"[\s,+&/|.]{0,3}"
_PAIR = re.compile(f"{_STRUCK}(?:{_SEP}{_STRUCK})+")
_ONE = re.compile(f"{_MARK}\\s{{0,2}}[{_UNDER}]\ufe0f?\\s{{0,3}}{_AFTER}")
_UNDER_SET = frozenset(_UNDER)
#: Rule and shop words that make struck-out garments a sign or a dress code.
_RULE_WORDS = re.compile(r"(?<![^\W_])(?:dress\s*code|dresscode|sign|signs|signage|rule|rules|policy|policies|allowed"
                         r"|permitted|prohibited|forbidden|banned|zone|area|sale|shop|store|poster|notice|icon|icons"
                         r"|emoji|emojis|keyboard|font|sticker|stickers|logo|uniform)(?![^\W_])", re.IGNORECASE)
#: Cheap gates: an ASCII prompt holds no emoji; a range class is one C-level pass (a class that lists astral
#: characters one by one is about six times slower in CPython's engine).
_GATE = re.compile("[\U0001F300-\U0001FAFF]")
_GARMENT_CHARS = tuple(_UNDER + _OUTER)
#: The body fruit pair (peach with cherries or melon: buttocks and breasts) beside a bed or a "no hiding" mark.
_FRUIT_PAIR = re.compile("\U0001F351\ufe0f?\\s{0,2}[\U0001F352\U0001F348]|[\U0001F352\U0001F348]\ufe0f?\\s{0,2}\U0001F351")
_BED_OR_BARE = re.compile("[\U0001F6CF\U0001F6CC]|\U0001F648\ufe0f?\\s?[\u274C\U0001F6AB\u2716]"
                          "|[\u274C\U0001F6AB\u2716]\ufe0f?\\s?\U0001F648")
_FOOD_WORDS = re.compile(r"(?<![^\W_])(?:smoothie|smoothies|pie|pies|jam|juice|salad|bowl|fruit|fruits|recipe|breakfast"
                         r"|cake|tart|market|dessert|snack|snacks|emoji|emojis|sticker|stickers|icon|icons)(?![^\W_])",
                         re.IGNORECASE)
_FRUIT_WINDOW = 24
_WINDOW = 40
#: Characters of a field the round-28 readers read (a bound on hostile input, like the other original-text readers).
_LIMIT = 4000


class _StruckGarments:
    """A ``finditer(original)`` reader with the shape of the sexual signal's ``_EMOJI_RULES`` patterns."""

    def finditer(self, text: str):
        if text.isascii() or _GATE.search(text) is None:
            return
        if "\U0001F351" in text:
            for m in _FRUIT_PAIR.finditer(text):
                around = text[max(0, m.start() - _FRUIT_WINDOW):m.end() + _FRUIT_WINDOW]
                if _BED_OR_BARE.search(around) and not _FOOD_WORDS.search(around):
                    yield m
                    break
        if not any(ch in text for ch in _GARMENT_CHARS):
            return
        found = False
        for m in _PAIR.finditer(text):
            if not _UNDER_SET.isdisjoint(m.group()) and not _rule_near(text, m.start(), m.end()):
                found = True
                yield m
        if found:
            return
        for m in _ONE.finditer(text):
            if not _rule_near(text, m.start(), m.end()):
                yield m


def _around(text: str, s: int, e: int) -> str:
    """The :data:`_WINDOW` characters either side of ``text[s:e]``, joined by a space."""
    return text[max(0, s - _WINDOW):s] + " " + text[e:e + _WINDOW]


def _rule_near(text: str, s: int, e: int) -> bool:
    """A rule or shop word within :data:`_WINDOW` characters of ``text[s:e]``: a sign or a dress code."""
    return _RULE_WORDS.search(_around(text, s, e)) is not None


STRUCK_GARMENTS = _StruckGarments()

#: Round 22: "strip <Name> 🫣", "strip @handle 🥵 realistic": the undress verb with a named object (a capitalised
#: name one of whose words is no common English word, or an @handle) and a peeking, hot or lewd emoji or a
#: realism word after it within :data:`_NAMED_WINDOW` characters. Read on the original text (the capitals are
#: there). Kept clean: "Strip Mall 😈", "strip Club 🔥", "Strip Steak 🤤" (common words), "strip Dana of her title"
#: (" of " after the name), "strip Tamsin's bed" (a possessive), a lower-case "comic strip 👀".
_STRIP_NAMED = re.compile(
    r"(?<![^\W_])(?:[Ss]trip|STRIP|[Ss]trips|[Uu]nclothe|[Dd]eclothe|[Dd]e-clothe)(?:\s+(?:off|down))?\s+"
    r"(@[\w.]{2,40}|[A-Z][\w'’-]{1,24}(?:\s+[A-Z][\w'’-]{1,24}){0,3})(?![\w'’])")
_LEWD_AFTER = re.compile("[\U0001FAE3\U0001F975\U0001F60F\U0001F608\U0001F4A6\U0001F445\U0001F51E\U0001F648"
                         "\U0001F924\U0001F440\U0001F351\U0001F352\U0001F525\U0001F60D\U0001F92D\U0001F4F8"
                         "\U0001F4F7\U0001F933]"
                         r"|(?<![^\W_])(?:realistic|photoreal|photorealistic|real photo|real pic|make it look real"
                         r"|nsfw|uncensored)(?![^\W_])", re.IGNORECASE)
_NAMED_NOT = re.compile(r"\s+(?:of|from|for|off|out)\b|'s\b|’s\b")
_NAMED_WINDOW = 60
#: Capitalised words after "strip" that make it a place, a club or a dish.
_STRIP_PLACES = frozenset("las vegas sunset miami mall club clubs steak steaks poker tease search".split())


class _StripNamed:
    """A ``finditer(original)`` reader with the shape of the sexual signal's ``_EMOJI_RULES`` patterns."""

    def finditer(self, text: str):
        low = text[:4000].lower()
        if "strip" not in low and "clothe" not in low:
            return
        for m in _STRIP_NAMED.finditer(text[:4000]):
            obj = m.group(1)
            rest = text[m.end():m.end() + _NAMED_WINDOW]
            if _NAMED_NOT.match(rest) or obj.endswith(("'s", "’s", "'", "’")) or not self._named(obj):
                continue
            cut = re.search(r"[.!?\n]\s", rest)
            if _LEWD_AFTER.search(rest[:cut.start()] if cut else rest):
                yield m

    @staticmethod
    def _named(obj: str) -> bool:
        if obj.startswith("@"):
            return True
        from .piece_words import english_words

        words = [w.lower().strip("'’-") for w in obj.split()]
        if any(w in _STRIP_PLACES for w in words):
            return False
        common = english_words()
        return any(w not in common for w in words)


STRIP_NAMED = _StripNamed()

# --- round 28 (read for text/absent_clothing.py, which lists them in its RULES): an underwear emoji negated by a
# word or a mark after it ("with no 👙 at all", "👙❌ 🛏️ 📸"); struck-out outer garments beside a bed ----------------
#: Words that negate a garment emoji after them.
_NEG_WORD = (r"(?<![^\W_])(?:no|without|w/o|zero|minus|not\s+even\s+a|sans|aucun|aucune|sin|ningun|ninguna|sem|nenhum"
             r"|nenhuma|ohne|kein|keine|keinen|senza|nessun|nessuna|zonder|geen|bez|tanpa|uden|uten|utan|ilman|fara"
             r"|fără)")
_WORD_UNDER = re.compile(_NEG_WORD + rf"\s*(?:any\s+|a\s+)?[{_UNDER}]\ufe0f?", re.IGNORECASE)
_AT_ALL = re.compile(r"\s*(?:at\s+all|whatsoever|du\s+tout|en\s+absoluto|nenhum|gar\s+nicht|per\s+niente)\b",
                     re.IGNORECASE)
_STRUCK_OUTER = f"{_MARK}\\s{{0,2}}[{_OUTER}]\ufe0f?"
#: Round 28: the mark written after the garment ("👙❌ 🛏️ 📸"): an underwear emoji struck out from behind.
_UNDER_THEN_MARK = re.compile(f"[{_UNDER}]\ufe0f?\\s{{0,2}}{_MARK}")
#: A whole outfit in one emoji (dress, sari, kimono) struck out: nothing left on, like two outer garments.
_WHOLE = "\U0001F457\U0001F97B\U0001F458"
_STRUCK_WHOLE = re.compile(f"{_MARK}\\s{{0,2}}[{_WHOLE}]\ufe0f?|[{_WHOLE}]\ufe0f?\\s{{0,2}}{_MARK}")
_OUTER_PAIR = re.compile(f"{_STRUCK_OUTER}(?:[\\s,+&/|.]{{0,3}}{_STRUCK_OUTER})+")
#: A bed (word or emoji) or a lewd emoji: smirk, hot face, devil, droplets, tongue, biting lip, peach, cherries.
_BED_OR_LEWD = re.compile("[\U0001F6CF\U0001F6CC\U0001F60F\U0001F975\U0001F608\U0001F4A6\U0001F445\U0001FAE6"
                          "\U0001F351\U0001F352]"
                          r"|(?<![^\W_])(?:bed|beds|bedroom|sheets|cama|bett|letto|łóżku|lozku|yatakta)(?![^\W_])",
                          re.IGNORECASE)


class _WordNegatedUnder:
    """Round 28 (first in text/absent_clothing.py): an underwear emoji negated by a word or a mark after it."""

    def finditer(self, text: str):
        if text.isascii() or _GATE.search(text) is None or not any(ch in text for ch in _UNDER):
            return
        text = text[:_LIMIT]
        for m in (*_WORD_UNDER.finditer(text), *_UNDER_THEN_MARK.finditer(text)):
            s, e = m.start(), m.end()
            around = _around(text, s, e)
            if (_AT_ALL.match(text, e) or re.search(_AFTER, around)) and not _rule_near(text, s, e):
                yield m


class _OuterPairInBed:
    """Round 28 (first in text/absent_clothing.py): struck-out outer garments or a whole outfit beside a bed."""

    def finditer(self, text: str):
        if text.isascii() or _GATE.search(text) is None or not any(ch in text for ch in _OUTER):
            return
        text = text[:_LIMIT]
        found = False
        for m in _OUTER_PAIR.finditer(text):
            s, e = m.start(), m.end()
            around = _around(text, s, e)
            if _BED_OR_LEWD.search(around) and not _rule_near(text, s, e):
                found = True
                yield m
        if found:
            return
        for m in _STRUCK_WHOLE.finditer(text):
            s, e = m.start(), m.end()
            around = _around(text, s, e)
            if _BED_OR_LEWD.search(around) and not _rule_near(text, s, e):
                yield m


WORD_NEGATED_UNDER = _WordNegatedUnder()
OUTER_PAIR_IN_BED = _OuterPairInBed()

# --- round 31: body emoji stated bare ("with the 🍒🍒 and the 🌮 out", "🍑 uncovered pic") ---------------------------
#: Body emoji: a cherry or melon pair (breasts), a peach (buttocks), a taco (vulva), an aubergine (penis).
_BODY = "(?:\U0001F352\ufe0f?\\s{0,2}\U0001F352|\U0001F348\ufe0f?\\s{0,2}\U0001F348|[\U0001F351\U0001F32E\U0001F346])\ufe0f?"
_JOIN = r"\s{0,3}(?:,|&|\+|and|n|y|et|und|e)?\s{0,3}(?:(?:the|her|his|their)\s{1,3})?"
#: Two body emoji joined, then any bare word ("the 🍒🍒 and the 🌮 out"); one, then a word that can only mean bare
#: ("🍑 uncovered pic"; "🌮 out tonight" and "🍆 out of the garden" are food, so one alone never takes "out").
_BODY_BARE = re.compile(
    f"{_BODY}(?:{_JOIN}{_BODY})+\\s{{0,3}}(?:out|uncovered|exposed|showing|bare|bared|on display|on show|visible"
    r"|unblurred|uncensored|naked|nude)(?![^\W_])"
    f"|{_BODY}\\s{{0,3}}(?:uncovered|exposed|bared|unblurred|uncensored|naked|nude)(?![^\\W_])", re.IGNORECASE)
_BODY_CHARS = ("\U0001F352", "\U0001F348", "\U0001F351", "\U0001F32E", "\U0001F346")


class _BodyBare:
    """Round 31: body emoji stated bare; a food word near them ("🍑🍒 smoothie", "🌮 recipe") clears them."""

    def finditer(self, text: str):
        if text.isascii() or not any(ch in text for ch in _BODY_CHARS):
            return
        text = text[:_LIMIT]
        for m in _BODY_BARE.finditer(text):
            s, e = m.start(), m.end()
            if _FOOD_WORDS.search(text, max(0, s - _FRUIT_WINDOW), min(len(text), e + _FRUIT_WINDOW)) is None:
                yield m


BODY_BARE = _BodyBare()

#: (pattern, grade, score, rule) appended to ``_EMOJI_RULES`` of :mod:`nciiguard.signals.text.sexual`; round 34's
#: body emoji after a showing verb ("showing her 🍑 and 🍒") are read in :mod:`.emoji_body`.
RULES = ((STRUCK_GARMENTS, "euphemism", 0.8, "emoji_struck_garments"),
         (STRIP_NAMED, "euphemism", 0.8, "strip_named"),
         (BODY_BARE, "euphemism", 0.8, "emoji_body_bare"),
         (SHOWN_BODY, "euphemism", 0.8, "emoji_body_shown"))
