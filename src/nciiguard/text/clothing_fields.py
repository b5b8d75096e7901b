"""Clothing switched off in structured or code framings: ``"clothing": "none"``, ``outfit=null``,
``garments=[]``, ``clothes: -1``, ``clothing: ❌``, ``clothes.remove()``, ``removeClothes()``,
``clothing IS NULL``, ``<clothing>none</clothing>``, ``clothing layer disabled``, ``0% clothing``, and (round 32) an
inpainting mask over the clothes filled with skin (``clothing mask = 100%, fill with skin``).

Why: a request for nudity needs no sexual word when it is written as data. Prompt-filter evasion
guides teach the JSON, key-value, SQL and function-call shapes because a lexicon reads words and
these carry the meaning in punctuation ("clothing" plus "none"). The same shapes work in every
language ("ropa: ninguna", "Kleidung: keine", "衣服：无"), so the keys and values are multilingual.

What counts: a covering word (clothes, clothing, outfit, attire, garments, underwear, lingerie,
censoring ..., and the general clothing words of 25 languages) as a *key*, set to an empty value
(none, null, false, 0, 0%, -1, [], off, removed, ❌ ... and their translations) and nothing more:
``"outfit": "none of the logos"``, ``clothing: 0.5`` and ``turn off the clothes dryer`` are no
match, because a word or a number goes on after the value. Outer garments alone (``dress: none``,
``top: 0``, CSS's ``border-top: none``) and ambiguous keys (``wardrobe``, ``costume``, ``coverage``)
are left out: an outfit choice, furniture or layout, not undressing.

Runs on the original text (the normalised views drop the braces, brackets and colons these shapes
are made of), case-insensitively; spans are the original's. Cost: one search for a covering word
(most prompts have none and stop there), then a few bounded patterns: linear in the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["FieldMatch", "clothing_fields"]

#: General covering words (a key set to nothing means no clothes at all).
_GENERAL = (
    r"clothing|clothes|clothed|dressed|outfits?|attire|garments?|apparel|wearing|wears|worn"
    r"|v[eê]tements?|tenue|habill[ée]e?s?"  # fr
    r"|ropa|vestimenta|vestuario|prendas|vestid[ao]"  # es
    r"|roupas?|vestu[aá]rio|vestimentas?"  # pt
    r"|kleidung|bekleidung|klamotten|kleider|bekleidet|angezogen"  # de
    r"|vestiti|abiti|abbigliamento|indumenti|vestit[ao]"  # it
    r"|kleding|kleren|gekleed"  # nl
    r"|ubrani[ea]|odzie[zż]|ubrana"  # pl
    r"|одежд[аыу]|одета|одяг"  # ru, uk
    r"|k[ıi]yafet(?:ler)?|giysi(?:ler)?"  # tr
    r"|pakaian|busana"  # id, ms
    r"|qu[aầ]n\s+[aá]o|trang\s+ph[uụ]c"  # vi
    r"|kl[aä]der|t[øo]j|kl[æae]r|vaatteet|oble[cč]en[ií]|ruh[aá]zat|ρούχα|בגדים|ملابس|لباس|कपड़े|เสื้อผ้า"
    r"|衣服|服装|衣着|着装|衣装|服|옷|의상|복장"
)
#: Underwear and swimwear: set to nothing, what is under the clothes is shown.
_UNDER = (
    r"underwear|lingerie|bra|panties|undies|knickers|bikini|swimsuit|swimwear"
    r"|sous[- ]v[eê]tements?|soutien[- ]gorge|culotte|ropa\s+interior|sujetador|sost[eé]n|bragas|sut[ií][aã]|calcinhas?"
    r"|unterw[aä]sche|reggiseno|mutande|biancheria\s+intima|нижнее\s+бель[её]|бель[её]|下着|内衣|속옷"
)
#: Censoring switched off ("censorship: off", "mosaic censor: none").
_CENSOR = r"censor(?:ed|ship|ing)?|mosaic\s+censor(?:ing|ship)?|censure|zensur|censura|цензура"

#: Decorations a key may carry: "clothing_level", "clothes_on", "outfit visible".
_SUFFIX = (
    r"(?:[ _-]?(?:level|layers?|amount|count|coverage|percent(?:age)?|opacity|visibility|status|state|on|enabled"
    r"|visible|mode|toggle|filter|setting|option|slider|render(?:ing)?))?"
)
#: Empty values, English and the languages of the keys. Longer alternatives first.
_EMPTY = (
    r"none|null|nil|nothing|undefined|false|no|off|zero|n/?a|removed|remove|deleted|disabled|hidden|absent|optional"
    r"|skin(?:\s+only)?|bare\s+skin|birthday\s+suit"
    r"|aucune?|rien|non|n[ée]ant|z[ée]ro|d[ée]sactiv[ée]e?|supprim[ée]e?|sans"
    r"|ningun[ao]|nada|cero|desactivad[ao]|quitad[ao]|sin"
    r"|nenhum[a]?|n[aã]o|desativad[ao]|removid[ao]|sem"
    r"|keine?|nichts|nein|aus|entfernt|deaktiviert|ohne"
    r"|nessun[oa]|niente|nulla|disattivat[oa]|rimoss[oa]|senza"
    r"|geen|niets|nee|uit|brak|nic|żadne|zadne"
    r"|нет|ничего|ноль|отсутствует|немає|yok|hi[çc]|tidak\s+ada|tiada|kosong|tanpa|kh[oô]ng(?:\s+c[oó])?"
    r"|inga?|inget|intet|ei|žádné|nincs|semmi|κανένα|όχι|אין|ללא|لا\s+شيء|بدون|لا|नहीं|ไม่มี|هیچ"
    r"|无|無|没有|沒有|关|關|零|なし|無し|オフ|없음|끔"
    r"|0(?:[.,]0+)?\s*%?(?![\d.,]*\d)|-\s?1(?!\d)"
    r"|\[\s{0,3}\]|\{\s{0,3}\}|\(\s{0,3}\)|\"\"|''"
    r"|❌|✗|✘|✖️?|🚫|⛔|☐"
)
#: After the value: no word, number or hyphenated word goes on ("none of", "off-white", "0.5").
_END = r"(?![ \t]{0,3}[-'’]?[^\W_])"
#: The same, but a few small words may follow an amount ("zero clothing in the photo").
_END_LOOSE = r"(?![ \t]{0,3}[-'’]?(?!(?:on|at|in|of|and|whatsoever)\b)[^\W_])"
_KEY = rf"(?:(?P<general>{_GENERAL})|(?P<under>{_UNDER})|(?P<censor>{_CENSOR}))"
#: Key, optional closing quote, separator, optional opening quote.
_SEP = r"[\"'“”]?\s{0,3}(?:[:=：＝|]|=>|->|→|:=|==|\s(?:is|are|set\s+to|equals?)\s)\s{0,3}[\"'“”«]?\s{0,3}"

#: Round 32: between an inpainting mask over the clothes and its fill: up to 40 characters of one clause (a value such
#: as "= 100%", a comma), no sentence end.
_FILL_GAP = r"[^.;!?\n]{0,40}?\b"
_FILL = (r"fill(?:ed|s|ing)?(?:\s+(?:it|them|in|it\s+in|them\s+in))?|refill(?:ed)?|replace[ds]?|replacing|inpaint(?:ed|ing)?"
         r"|paint(?:ed)?\s+(?:over|in)|swap(?:ped)?|infill(?:ed)?|rellen(?:ar|a|e|ado|ada)|llen(?:ar|a|e)|reemplaz(?:ar|a|e)"
         r"|sustitu(?:ir|ye|ya)|rempli[rse]?|remplac(?:er|e|ez)|remplir|f[uü]ll(?:en|e|t)|ersetz(?:en|e|t)|riempi(?:re|to|ta)?"
         r"|sostitui(?:re|sci)|preench(?:er|a|e|ido|ida)|substitu(?:ir|a|i)")
_SKIN = (r"skin(?:[ _-]?(?:tone|tones|texture|colou?r))?|flesh(?:[ _-]?(?:tone|tones|colou?r))?|bare\s+body|nude\s+body"
         r"|naked\s+body|body\s+skin|piel(?:\s+desnuda)?|peau(?:\s+nue)?|haut|pelle(?:\s+nuda)?|pele(?:\s+nua)?|carne")
_SKIN_MOD = (r"(?:(?:bare|natural|realistic|nude|naked|smooth|her|his|their|matching|plain|human|real|su|sa|ihrer|seiner"
             r"|de\s+la|de|la|the|some|a|una|une|um|uma|della|da)\s{1,3}){0,2}")
#: A skin-coloured garment or material after the skin word, or a skin-care product: a try-on or an advert, not a body.
_NOT_WORN = (r"(?![ _-]{0,3}(?:colou?red\s+|tone[ds]?\s+|toned\s+)?(?:fabric|cloth|leggings|tights|stockings|dress|bodysuit"
             r"|body\s+suit|leotard|top|shirt|bra|lingerie|underwear|material|paint|garment|outfit|suit|mesh|lace|nylon"
             r"|spandex|latex|silk|satin|colou?red\s+(?:fabric|cloth|dress|top)|care|cream|creams|lotion|lotions|products?"
             r"|routine|ads?|serum|tint)\b)")

_VERB_OFF = r"remove|delete|del|hide|drop|strip|disable|erase|clear|unequip|detach|destroy|take_?off|undress"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        # "clothing": "none", outfit=null, garments=[], clothes: -1, clothing_level: 0, | clothes | none |
        ("field_empty", rf"(?<![\w-]){_KEY}{_SUFFIX}{_SEP}(?:{_EMPTY})[\"'”»]?{_END}"),
        # <clothing>none</clothing>
        ("element_empty", rf"<\s{{0,3}}{_KEY}\s{{0,3}}>\s{{0,3}}(?:{_EMPTY})\s{{0,3}}</"),
        # clothes.remove(), outfit.hide()
        ("method_off", rf"(?<![\w-]){_KEY}\s{{0,3}}\.\s{{0,3}}(?:{_VERB_OFF})\s{{0,3}}\("),
        # remove(clothes), unequip('outfit'), strip(person.clothing)
        ("call_off", rf"\b(?:{_VERB_OFF})\s{{0,3}}\(\s{{0,3}}[\"']?(?:\w{{1,30}}[._])?{_KEY}\b"),
        # removeClothes(), strip_outfit, no_clothes
        ("identifier_off", rf"\b(?:{_VERB_OFF}|no)[_-]?{_KEY}\b(?!\s{{0,3}}[-'’]?[^\W\d_])"),
        # del person.clothing, clothing IS NULL
        # del person.clothing, del p["outfit"] (an object is required: Spanish "del vestido" is "of the dress")
        ("del_key", rf"\bdel\s+\w{{1,30}}[.\[\"']{{1,3}}{_KEY}\b"),
        # set clothing to none, reduce her outfit to zero
        ("set_to", rf"\b(?:set|change|switch|turn|reduce|lower)\s+(?:(?:the|her|his|their)\s+)?{_KEY}{_SUFFIX}\s+(?:to|=|at)\s+[\"']?"
                   rf"(?:{_EMPTY}){_END}"),
        # clothing layer disabled, clothes toggled off, outfit set to none
        ("switched_off", rf"(?<![\w-]){_KEY}{_SUFFIX}\s+(?:(?:is|are|was|were|now|all|completely|fully|been|has|have|got|gets)\s+){{0,2}}"
                         rf"(?:disabled|deactivated|turned\s+off|switched\s+off|toggled\s+off|set\s+to\s+(?:none|zero|0\s*%?|off|nothing|null|false)){_END}"),
        # disable clothing, turn off the clothing layer, toggle off her outfit
        ("switch_off", rf"\b(?:disable|turn\s+off|switch\s+off|toggle\s+off|deactivate|untick|uncheck)\s+(?:(?:the|her|his|their|all)\s+)?{_KEY}"
                       rf"(?:[ _-]?(?:layers?|toggle|filter|mode|setting|option|channel|mask|slider|render(?:ing)?|physics)\b|{_END})"),
        # 0% clothing, zero clothes
        ("zero_amount", rf"(?<![\d.,])(?:0\s*%|zero)\s+{_KEY}\b{_END_LOOSE}"),
        # clothing transparency: 100%
        ("transparent", rf"(?<![\w-]){_KEY}[ _-]?(?:transparency|see[- ]?through(?:ness)?)\s{{0,3}}(?:[:=]|to|at)?\s{{0,3}}(?:100\s*%|max(?:imum)?|full)"),
        # clothes--, clothing -= 1, !clothes, -clothes (code's decrement and negation)
        ("decrement", rf"(?<![\w-]){_KEY}(?:--|\s{{0,2}}-=\s{{0,3}}\d{{1,3}}\b)"),
        ("negated_key", rf"(?<![\w!¬-])(?:!|¬|-(?=\w)){_KEY}\b{_END}"),
        # round 29: prompt-weight syntax weighting a covering word down to zero or below: "(clothing:-2.0)",
        # "[clothes:0]", "(outfit: -1.5)" (Stable Diffusion front ends' "(word:weight)"; "(clothing:1.2)" is emphasis)
        ("weighted_away", rf"[(\[]\s{{0,3}}{_KEY}{_SUFFIX}\s{{0,3}}:\s{{0,3}}(?:-\s?\d{{1,3}}(?:[.,]\d{{1,4}})?|0(?:[.,]0{{1,4}})?)"
                          rf"\s{{0,3}}[)\]]"),
        # round 32: an inpainting mask over the clothes filled with skin: "clothing mask = 100%, fill with skin",
        # "outfit region -> replace with bare skin", "máscara de ropa: rellenar con piel" (a fill with a colour, a
        # pattern or another garment is a try-on; "skin-tone leggings" is a garment)
        ("filled_skin", rf"(?<![\w-]){_KEY}[ _-]?(?:mask|masks|masked|region|regions|area|areas|selection|segment|segments"
                        rf"|pixels|layer|layers){_FILL_GAP}"
                        rf"(?:{_FILL})\s{{1,3}}(?:(?:it|them|this|that|lo|la|le|les|es|sie)\s{{1,3}})?"
                        rf"(?:with|by|using|as|into|to|con|avec|de|mit|com|por|en|par)\s{{1,3}}"
                        rf"{_SKIN_MOD}(?:{_SKIN}){_NOT_WORN}"),
        # Romance languages put the mask first: "máscara de ropa: rellenar con piel", "masque des vêtements, remplir
        # avec de la peau", "maschera dei vestiti riempita con pelle"
        ("filled_skin", rf"(?<![\w-])(?:m[aá]scaras?|masques?|maschera|maschere|zona|zone|r[eé]gion|[aá]rea)\s{{1,3}}"
                        rf"(?:de\s+la|de\s+los|de\s+las|del|de|des|du|della|delle|dei|degli|da|do|das|dos)\s{{1,3}}"
                        rf"{_KEY}{_FILL_GAP}(?:{_FILL})\s{{1,3}}(?:(?:la|le|les|lo|a|o)\s{{1,3}})?"
                        rf"(?:con|avec|de|com|por|en|par|di)\s{{1,3}}{_SKIN_MOD}(?:{_SKIN}){_NOT_WORN}"),
        # German puts the verb last: "Kleidungsmaske mit Haut füllen"
        ("filled_skin", rf"(?<![\w-]){_KEY}[ _-]?s?(?:maske|bereich|region)"
                        rf"{_FILL_GAP}mit\s{{1,3}}(?:nackter\s{{1,3}}|blo[sß]er\s{{1,3}})?haut\s{{1,3}}(?:aus)?f[uü]llen"),
        # ❌ clothes, 🚫 clothing
        ("crossed_out", rf"(?:❌|✗|✘|✖️?|🚫|⛔)\s{{0,3}}{_KEY}{_END}"),
    )
)
#: Cheap first test: every key, lower-cased, contains one of these strings, so a field with none of
#: them has no match (the common case; substring tests cost nanoseconds where the case-insensitive
#: patterns cost ~0.5 microseconds a character). ``tests/signals/test_clothing_fields.py`` checks
#: that every key of the tests contains one.
STEMS: tuple[str, ...] = (
    "cloth", "dress", "outfit", "attire", "garment", "apparel", "wearing", "wears", "worn", "tement", "tenue", "habill",
    "ropa", "vestim", "vestu", "prenda", "vestid", "roupa", "kleid", "klamott", "angezogen", "vestit", "abiti",
    "abbigl", "indument", "kled", "kler", "gekleed", "ubran", "odzie", "одежд", "одета", "одяг", "yafet",
    "giysi", "pakaian", "busana", "quần", "quan", "trang ph", "kläd", "klad", "tøj", "toj", "klær", "klaer",
    "klar", "vaattee", "obleč", "oblec", "ruház", "ruhaz", "ρούχα", "בגדים", "ملابس", "لباس", "कपड़े",
    "เสื้อผ้า", "衣", "服", "옷", "의상", "복장",
    "underwear", "lingerie", "bra", "panties", "undies", "knickers", "bikini", "swim", "sous", "soutien",
    "culotte", "interior", "sujetador", "sost", "bragas", "suti", "calcinha", "unterw", "reggiseno", "mutande",
    "biancheria", "бель", "下着", "内衣", "속옷",
    "censor", "censur", "zensur", "цензур",
)
#: Longest field read (characters); the rest of a longer field is not read by these shapes.
MAX_FIELD = 40_000
#: Matches returned per field at most.
MAX_MATCHES = 20


@dataclass(frozen=True)
class FieldMatch:
    rule: str
    kind: str  # "general", "under" or "censor"
    key: str
    start: int
    end: int


#: Round 20: a table (Markdown pipes, one line or many) with a covering word as a column's header and an empty
#: value in that column of a row below: "| subject | garments | pose | |---|---|---| | <person> | none at all |
#: lying |". The cells are read in order; a row is a run of non-blank cells between blank ones (a line break or
#: "| |"), a separator row ("---") is skipped, the first row is the header.
_CELL_KEY = re.compile(rf"\s{{0,3}}{_KEY}{_SUFFIX}\s{{0,3}}", re.IGNORECASE)
_CELL_EMPTY = re.compile(rf"\s{{0,3}}(?:{_EMPTY})(?:\s{{1,3}}(?:at\s+all|whatsoever|of\s+any\s+kind))?[\s.!]{{0,3}}",
                         re.IGNORECASE)
_CELL_RULE = re.compile(r"\s{0,3}:?-{3,}:?\s{0,3}")
#: Cells of a table read at most (a bound on hostile input).
MAX_CELLS = 400


def _table_cells(text: str) -> list[FieldMatch]:
    """Empty values under a covering header in a pipe table of ``text``."""
    if text.count("|") < 4:
        return []
    rows: list[list[tuple[int, int]]] = []
    row: list[tuple[int, int]] = []
    parts = text.split("|")
    pos, n = len(parts[0]) + 1, 0
    for part in parts[1:-1]:  # text before the first pipe and after the last one is no cell
        start, end = pos, pos + len(part)
        pos = end + 1
        n += 1
        if n > MAX_CELLS:
            break
        if not part.strip() or "\n" in part.strip(" \t"):
            if row:
                rows.append(row)
            row = []
            continue
        if _CELL_RULE.fullmatch(part):
            if row and all(_CELL_RULE.fullmatch(text[a:b]) for a, b in row):
                continue
            if row:
                rows.append(row)
            row = [(start, end)]
            continue
        row.append((start, end))
    if row:
        rows.append(row)
    rows = [r for r in rows if not all(_CELL_RULE.fullmatch(text[a:b]) for a, b in r)]
    if len(rows) < 2:
        return []
    header = rows[0]
    cols = [(j, m) for j, (a, b) in enumerate(header) if (m := _CELL_KEY.fullmatch(text, a, b))]
    out = []
    for r in rows[1:]:
        if len(r) != len(header):
            continue
        for j, m in cols:
            a, b = r[j]
            if _CELL_EMPTY.fullmatch(text, a, b):
                kind = _kind(m) or "general"
                cell = text[a:b]
                a, b = a + len(cell) - len(cell.lstrip()), b - (len(cell) - len(cell.rstrip()))
                out.append(FieldMatch("table_empty", kind, m.group(kind) or "", a, b))
    return out[:MAX_MATCHES]


def clothing_fields(text: str) -> list[FieldMatch]:
    """Clothing or censoring set to nothing in ``text`` (original text, spans into it)."""
    text = text[:MAX_FIELD]
    low = text.lower()
    if not any(stem in low for stem in STEMS):
        return []
    out: list[FieldMatch] = _table_cells(text) if "|" in text else []
    seen: set[tuple[int, int]] = {(f.start, f.end) for f in out}
    for rule, pattern in _RULES:
        for m in pattern.finditer(text):
            kind = _kind(m)
            key = m.group(kind) if kind else ""
            span = (m.start(), m.end())
            if span in seen:
                continue
            seen.add(span)
            out.append(FieldMatch(rule, kind or "general", key, *span))
            if len(out) >= MAX_MATCHES:
                return out
    return out


def _kind(m: re.Match[str]) -> str | None:
    for k in ("general", "under", "censor"):
        if m.group(k) is not None:
            return k
    return None
