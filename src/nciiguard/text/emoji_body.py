"""Body emoji after a showing verb: "showing her 🍑 and 🍒 in the bath", "flashing his 🍆" (round 34, issue 10).

Round 31's reader (:mod:`.emoji_garments` ``BODY_BARE``) reads body emoji followed by a bare word ("the 🍒🍒 out",
"🍑 uncovered pic"); a showing verb BEFORE them says the same: "showing her 🍑", "zeigt ihre 🍑 und 🍒", "mostrando
sus 🍈🍈", "flashing his 🍆". The emoji are the body: a peach (buttocks), cherries, melons, watermelons or coconuts
(breasts), an aubergine (penis), a taco (vulva). Without a possessive two body emoji are needed ("showing 🍑 and
🍒"); a possessive makes one enough ("baring her 🍑").

Kept clean: fruit that is food, a shop or a garden, by a word within :data:`_FOOD_WINDOW` characters after the
emoji ("showing her 🍑 pie recipe", "🍒 tomatoes from the garden", "🍆 parmesan", "a bowl of 🍑 and 🍒"): a bowl
has no showing verb, and the food words clear the rest.

Cost: ``str.isascii`` and a test for the five body characters gate the regex; matched on the original text (the
normaliser keeps letters and digits only).
"""

from __future__ import annotations

import re

__all__ = ["SHOWN_BODY"]

_VS = "\ufe0f?"
#: One body emoji: peach, cherries, melon, watermelon, coconut, aubergine, taco (one cherry emoji is a pair).
_ONE = f"[\U0001F351\U0001F352\U0001F348\U0001F349\U0001F965\U0001F346\U0001F32E]{_VS}"
_BODY_CHARS = ("\U0001F351", "\U0001F352", "\U0001F348", "\U0001F349", "\U0001F965", "\U0001F346", "\U0001F32E")
#: Two body emoji, glued or joined by "and" in the languages of the verbs below.
_TWO = (f"{_ONE}(?:\\s{{0,3}}(?:,|&|\\+|and|n|y|e|et|und|en|i|и|ve|dan|och|og|ja|és|si|și)?\\s{{0,3}}"
        f"(?:(?:the|her|his|their|ihre|seine|ses|sus|as|os|le|i|les|haar|jej|свои|её|ее)\\s{{1,3}})?{_ONE})+")
#: Showing verbs (en, de, fr, es, pt, it, nl, pl, ru, tr, id, sv, no, da, ro, cs).
_SHOW = (r"show|shows|showing|showed|shown|show\s+off|shows\s+off|showing\s+off|flash|flashes|flashing|flashed|bare"
         r"|bares|baring|bared|expose|exposes|exposing|exposed|reveal|reveals|revealing|revealed|flaunt|flaunts"
         r"|flaunting|whip\s+out|whips\s+out|whipping\s+out|pop\s+out|pops\s+out|popping\s+out|let\s+out|lets\s+out"
         r"|letting\s+out|zeigt|zeigen|zeig|zeigte|zeigend|entbl[öo]ßt|entbl[öo]sst|montre|montrant|montrer|exhibe"
         r"|exhibant|d[ée]voile|d[ée]voilant|muestra|mostrando|mostrar|ense[ñn]a|ense[ñn]ando|mostra|mostrando|exibe"
         r"|exibindo|mostra|mostrare|esibisce|esibendo|laat\s+(?:\S+\s+)?zien|toont|pokazuje|pokazuj[aą]c|pokaż|pokaz"
         r"|показывает|показывая|покажи|светит|gösteriyor|gosteriyor|gösteren|gosteren|memperlihatkan|menunjukkan"
         r"|pamer|pamerin|visar|viser|arată|arata|ukazuje")
_POSS = (r"her|his|their|ihre|ihren|seine|seinen|ses|sa|son|sus|su|seus|suas|a|as|o|os|le\s+sue|i\s+suoi|la\s+sua"
         r"|il\s+suo|haar|zijn|jej|jego|swoje|свои|её|ее|его|onun|nya|hennes|hans|sine|sin|sit|ei|lui|svoje")
_SHOWN = re.compile(
    rf"(?<![^\W_])(?:{_SHOW})\s{{1,3}}(?:(?:{_POSS})\s{{0,3}}{_ONE}(?:{_TWO[len(_ONE):]})?|{_TWO})", re.IGNORECASE)
#: Food, a shop, a garden or a kitchen after the emoji: the fruit is fruit.
_FOOD = re.compile(
    r"(?<![^\W_])(?:smoothies?|pies?|jam|juice|salad|bowl|fruits?|recipes?|breakfast|cake|tarts?|market|markets"
    r"|farmers|dessert|snacks?|emoji|emojis|stickers?|icons?|garden|harvest|orchard|tree|trees|basket|baskets|tomato"
    r"|tomatoes|slices?|parmesan|parmigiana|curry|grill|grilled|roasted|soup|sauce|dish|dishes|plate|plates|kitchen"
    r"|cooking|cook|chef|menu|crop|crops|seeds?|plants?|vegetables?|veggies|produce|shop|store|stall|tacos?|tortillas?"
    r"|kuchen|marmelade|garten|markt|obst|gem[üu]se|confiture|jardin|march[ée]|fruits|mermelada|huerto|mercado|frutas?"
    r"|geleia|horta|feira|marmellata|orto|mercato|frutta|moestuin|markt|fruit|ogr[óo]d|targ|owoce|варенье|огород"
    r"|рынок|фрукты|bah[çc]e|pazar|meyve|kebun|pasar|buah)(?![^\W_])", re.IGNORECASE)
_FOOD_WINDOW = 40
_LIMIT = 4000


class _ShownBody:
    """A ``finditer(original)`` reader with the shape of the sexual signal's ``_EMOJI_RULES`` patterns."""

    def finditer(self, text: str):
        if text.isascii() or not any(ch in text for ch in _BODY_CHARS):
            return
        text = text[:_LIMIT]
        for m in _SHOWN.finditer(text):
            s, e = m.start(), m.end()
            if _FOOD.search(text, max(0, s - _FOOD_WINDOW), min(len(text), e + _FOOD_WINDOW)) is None:
                yield m


SHOWN_BODY = _ShownBody()
