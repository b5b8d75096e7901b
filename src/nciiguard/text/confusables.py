"""Unicode tables for normalisation: homoglyphs to ASCII, combining-mark ranges, invisibles.

The homoglyph table is derived from Unicode confusables.txt 14.0.0 (UTS #39; Unicode Terms of
Use, https://www.unicode.org/terms_of_use.html) by ``scripts/build_confusables.py``, which keeps
only single code points that map to ASCII letters/digits. It is loaded once, at import.
"""

from __future__ import annotations

import json

from .._data import read_text

_DATA = json.loads(read_text("text/data/unicode_tables.json"))

#: Non-ASCII character -> ASCII letters/digits it imitates (case kept where the source has case).
CONFUSABLES: dict[str, str] = {chr(int(k, 16)): v for k, v in _DATA["confusables"].items()}

# Punctuation look-alikes that matter for tokens and letter-spacing tricks. confusables.txt maps
# these too, but to punctuation targets the table above does not keep.
CONFUSABLES.update(
    {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'", "\uff07": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
        "\u2212": "-", "\u2043": "-", "\u00b7": ".", "\u2022": ".", "\u2219": ".", "\u22c5": ".",
        "\u30fb": ".", "\u2024": ".",
    }
)

# Latin small capitals and the negative circled/squared letters (U+1F150-1F169, U+1F170-1F189):
# confusables.txt leaves most of them out and NFKC keeps them, yet "ɴᴜᴅᴇ" and "🅽🆄🅳🅴" read as
# "nude" to everyone. They are Latin letters or symbols, never another language's words.
CONFUSABLES.update({ch: ch_ascii for ch, ch_ascii in zip("ᴀʙᴅᴇꜰɢʜᴊᴋʟᴍɴᴘʀᴛ", "abdefghjklmnprt") if ch not in CONFUSABLES})
CONFUSABLES.update({chr(0x1F150 + i): chr(ord("A") + i) for i in range(26)})
CONFUSABLES.update({chr(0x1F170 + i): chr(ord("A") + i) for i in range(26)})

#: Loose look-alikes: Cyrillic and Greek lower-case letters that imitate a Latin letter only in
#: some fonts or at a glance (к, т, п, м, ь, н, в; κ, τ, η, ω, μ, ε, χ), used inside English words ("naкed",
#: "тopless"). Unlike CONFUSABLES they are read as ASCII only inside a word that also has a
#: genuine ASCII letter: a Russian or Greek word ("секс", "κάτι") keeps its own letters.
MIXED_ONLY: dict[str, str] = {
    "к": "k", "т": "t", "п": "n", "м": "m", "ь": "b", "н": "h",
    "κ": "k", "τ": "t", "η": "n", "ω": "w", "μ": "u",
    # Issue 10: the Greek epsilon and chi and the Cyrillic ve, as people put them inside Latin words
    # of every language ("sεx", "tittεn", "naχed", "вoobs"); confusables.txt does not map them.
    "ε": "e", "χ": "x", "в": "b",
}

#: Code point ranges (inclusive) of general category M in the Unicode version of the build.
MARK_RANGES: tuple[tuple[int, int], ...] = tuple((lo, hi) for lo, hi in _DATA["marks"])

#: A regex character-class body matching every combining mark (for token patterns).
MARK_CLASS: str = "".join(
    f"\\U{lo:08X}" if lo == hi else f"\\U{lo:08X}-\\U{hi:08X}" for lo, hi in MARK_RANGES
)


def _ranges(*pairs: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(c) for lo, hi in pairs for c in range(lo, hi + 1))


#: Characters removed outright: zero-width characters, soft hyphen, bidi controls, word joiner
#: and invisible operators, BOM, the tags block, variation selectors, Mongolian free variation
#: selectors, combining grapheme joiner, Hangul fillers, the Arabic tatweel (a stretch of the joining
#: line: "عـــاريـة" is "عارية"). All are used to split a word so a
#: filter misses it while the reader sees it whole. (Other format characters, category Cf,
#: are removed too; see ``normalize._fold_char``.)
INVISIBLE: frozenset[str] = _ranges(
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x0640, 0x0640),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE007F),
    (0xE0100, 0xE01EF),
)

#: Invisible characters that belong to the preceding character (variation selectors, CGJ):
#: when dropped, the span of the character before them grows to cover them.
ATTACHED_INVISIBLE: frozenset[str] = _ranges(
    (0x034F, 0x034F), (0x0640, 0x0640), (0x180B, 0x180D), (0x180F, 0x180F), (0xFE00, 0xFE0F), (0xE0100, 0xE01EF)
)
