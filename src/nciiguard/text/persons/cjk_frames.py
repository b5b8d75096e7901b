"""A name AFTER the sexual word it is described by: "全裸的X，", "全裸のX、" (round 19).

Why: :mod:`.same_script` reads the possessive order, a name before 的/の and a sexual word ("X的裸照",
"Xのヌード"), and a name opening the field before one ("王小红全裸"). Chinese and Japanese put an
adjective before its noun just as often: "全裸的X" (the fully naked X), "全裸のX" with the name as
the head noun, the last word of its clause. That order had no reader.

The frame: a word of the sexual lexicon (its CJK terms, matched as substrings as there), then 的 or
の, then a name that ends its clause (the field's end, a comma or stop, a space, 的/の again):

- **Chinese**: three Han characters opening with a frequent family name (:data:`.scripts._HAN_FAMILY`),
  or four opening with a compound family name ("欧阳") or with two family names (a Hong Kong married
  name); never a word of :data:`.same_script._ZH_NOT_NAME` and never ending in a person noun ("女人",
  "模特", "学生": "全裸的黄种人" is no name);
- **Japanese**: a family name in two or three Han and a given name in two to four Hiragana (the shape
  :func:`.cjk_names._ja_name_at` reads), or a family name of :data:`.same_script._JA_FAMILY` and one
  or two Han characters.

Reported as ``name_in_slot`` (0.6, ``slot`` ``attributive``) like the possessive order. Read only
where the field holds a CJK sexual term right before 的/の (the gate is that literal); one bounded
pass over the sexual spans.
"""

from __future__ import annotations

from ...findings import Finding
from .cjk_names import _ja_name_at
from .same_script import _JA_FAMILY, _ZH_NOT_NAME, _cjk_sexual_spans
from .script_words import _found, _han, _kana
from .scripts import _HAN_FAMILY, _sexual_terms

__all__ = ["cjk_attributive_names"]

_LIMIT = 400
#: What may close the name: the clause ends.
_END = frozenset("，。、,.!！?？;； \u3000的の)）」』”\"'")
#: Compound family names (two characters).
_COMPOUND = ("欧阳", "歐陽", "上官", "司马", "司馬", "诸葛", "諸葛", "慕容", "令狐", "皇甫", "夏侯", "公孙", "公孫", "司徒", "端木")
#: Last characters of a person noun: the head is a kind of person, not a name.
_PERSON_NOUN_END = frozenset("人女男孩者生妹姐娘妻友哥弟士员員模兒儿主")


def _zh_name(text: str, s: int, n: int) -> int | None:
    """End of a Chinese name starting at ``s`` and ending its clause, or None."""
    e = s
    while e < n and e - s < 5 and _han(text[e]):
        e += 1
    size = e - s
    if e < n and text[e] not in _END:
        return None
    head = text[s:e]
    if size not in (3, 4) or head[-1] in _PERSON_NOUN_END or head[:2] in _ZH_NOT_NAME:
        return None
    if head.startswith(_COMPOUND):
        return e
    if size == 4:
        return e if head[0] in _HAN_FAMILY and head[1] in _HAN_FAMILY and head[2:] not in _ZH_NOT_NAME else None
    return e if head[0] in _HAN_FAMILY else None


def _ja_name(text: str, s: int, n: int) -> int | None:
    """End of a Japanese name starting at ``s`` and ending its clause, or None."""
    e = _ja_name_at(text, s, n)
    if e is not None:
        return e
    for fam in (3, 2):
        if text[s:s + fam] in _JA_FAMILY:
            g = s + fam
            k = g
            while k < n and k - g < 3 and _han(text[k]):
                k += 1
            if 1 <= k - g <= 2 and (k == n or text[k] in _END):
                return k
    return None


def cjk_attributive_names(nt, field: str) -> list[Finding]:
    """``name_in_slot`` findings for a name after a sexual word and 的/の (see the module docstring)."""
    text = nt.folded.text
    if "的" not in text and "の" not in text:
        return []
    n = min(len(text), _LIMIT)
    japanese = any(_kana(c) for c in text[:n])
    _, cjk, _ = _sexual_terms()
    out: list[Finding] = []
    for a, b in sorted(_cjk_sexual_spans(text[:n], cjk)):
        if b >= n or text[b] not in "的の":
            continue
        s = b + 1
        e = _ja_name(text, s, n) if japanese else _zh_name(text, s, n)
        if e is None:
            continue
        out.append(_found(nt, field, text, s, e, "attributive", text[a:b + 1], "Han"))
        break
    return out
