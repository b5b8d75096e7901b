"""Inflected forms of Romance sexual words read back to a lexicon lemma (issue 10, round 3):
diminutives, augmentatives and superlatives ("desnudita", "peladona", "nudina", "spogliatissima",
"bucetinha", "tettine"), object clitics glued to a verb ("desnudarla", "spogliarla", "svestendola",
"follándosela") and Portuguese hyphenated clitics ("despi-la"), and spellings by ear ("deznuda",
"enkuerada", "dsnuda").

Why rules, not a list: the lexicon holds lemmas (gender/number forms); speakers derive a dozen more
forms from each with a handful of productive suffixes. Each rule here strips one suffix and proposes
the lemmas it can come from; a proposal only counts when it is a lexicon term of one of the rule's
languages (``desnudita`` -> ``desnuda``, Spanish; ``nudito`` -> ``nudo`` is Italian for naked, and
the Spanish diminutive rule does not reach Italian lemmas: a little knot stays a knot) and scores at
least :data:`MIN_SCORE` (ambiguous lemmas, "pelada" bald / a football match, "peitos" chest,
"polla" a young hen, are never reached through a suffix).

Cost: a word is tried only when it ends in one of the suffixes below; each rule proposes at most
a dozen strings, looked up in a dict (constant per word, linear in the prompt).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

__all__ = ["lemmas", "phonetic", "MIN_SCORE", "MIN_LEMMA"]

#: Lowest lexicon score a lemma reached through a suffix may have.
MIN_SCORE = 0.8
#: Shortest lemma (letters) reached through a suffix.
MIN_LEMMA = 4

_ES, _PT, _IT = frozenset({"es"}), frozenset({"pt"}), frozenset({"it"})
_ESPT, _ESIT, _ALL = frozenset({"es", "pt"}), frozenset({"es", "it"}), frozenset({"es", "pt", "it"})

# Gender/number endings a lemma may carry, by language.
_END = {"es": ("a", "o", "as", "os"), "pt": ("a", "o", "as", "os"), "it": ("a", "o", "e", "i")}

#: (suffix regex on the folded, squeezed word, languages, kind). ``kind`` "nom": stem + a gender/number
#: ending of the language; "verb": an infinitive or gerund stem, proposing participles and the
#: reflexive forms the lexicon holds. Written squeezed ("isim", not "issim": words are squeezed first).
_RULES: tuple[tuple[re.Pattern[str], frozenset[str], str], ...] = (
    # diminutives / augmentatives / superlatives
    (re.compile(r"^(.{3,}?)(?:c|ec)?it(?:a|o|as|os)$"), _ES, "nom"),
    (re.compile(r"^(.{3,}?)(?:ic|il|ot|on|ot|uc)(?:a|o|as|os|es)$"), _ES, "nom"),
    (re.compile(r"^(.{3,}?)z?inh(?:a|o|as|os)$"), _PT, "nom"),
    (re.compile(r"^(.{3,}?)(?:on|ao|oes|onas|ona)$"), _PT, "nom"),
    (re.compile(r"^(.{3,}?)(?:in|et|on|uc|ot)(?:a|o|e|i|ia|io|ie)$"), _IT, "nom"),
    (re.compile(r"^(.{3,}?)isim(?:a|o|as|os|e|i)$"), _ALL, "nom"),
    # the gender-neutral or disguising x for a final a/o ("desnudx", "nudxs")
    (re.compile(r"^(.{3,}?)x(s?)$"), _ALL, "x"),
    # a verb with object clitics: infinitive or gerund + la/lo/le/... (+ se-la in Spanish)
    (re.compile(r"^(.{3,}?)(ar|er|ir)(?:se|me|te)?(?:la|lo|las|los|le|les|se|nos)$"), _ES, "verb"),
    (re.compile(r"^(.{3,}?)(ando|iendo)(?:se|me|te)?(?:la|lo|las|los|le|les|se|nos)$"), _ES, "verb"),
    (re.compile(r"^(.{3,}?)(ar|er|ir)(?:la|lo|le|li|si|gli|mi|ti|ne|sela|selo|gliela)$"), _IT, "verb"),
    (re.compile(r"^(.{3,}?)(ando|endo)(?:la|lo|le|li|si|gli|mi|ti|ne|sela|selo|gliela)$"), _IT, "verb"),
)

# participles / forms proposed for a verb stem, by the infinitive's or gerund's vowel
_VERB = {
    ("es", "ar"): ("ada", "ado", "adas", "ados", "ar", "arse", "ando", "andose"),
    ("es", "er"): ("ida", "ido", "idas", "idos", "er", "erse", "iendo", "iendose"),
    ("es", "ir"): ("ida", "ido", "idas", "idos", "ir", "irse", "iendo", "iendose"),
    ("es", "ando"): ("ada", "ado", "ando", "andose", "ar", "arse"),
    ("es", "iendo"): ("ida", "ido", "iendo", "iendose", "ir", "irse"),
    ("it", "ar"): ("ata", "ato", "ate", "ati", "are", "arsi", "ando", "andosi"),
    ("it", "er"): ("uta", "uto", "ere", "ersi", "endo"),
    ("it", "ir"): ("ita", "ito", "ite", "iti", "ire", "irsi", "endo", "endosi"),
    ("it", "ando"): ("ata", "ato", "ate", "ati", "are", "arsi", "ando"),
    ("it", "endo"): ("ita", "ito", "ite", "uta", "ire", "irsi", "endo"),
}
#: Portuguese infinitive stems before a hyphenated clitic ("despi-la" = despir + a): the
#: participles proposed for them.
PT_CLITIC = re.compile(r"-(?:la|lo|las|los|lhe|lhes)\b")
_PT_VERB = {"a": ("ada", "ado", "adas", "ados", "ar"), "e": ("ida", "ido", "er"), "i": ("ida", "ido", "idas", "ir")}


def lemmas(word: str) -> Iterator[tuple[str, frozenset[str]]]:
    """Lemma candidates of a folded, lower-case, squeezed ``word`` with the languages each applies to."""
    if len(word) < 5:
        return
    for rx, langs, kind in _RULES:
        m = rx.match(word)
        if m is None:
            continue
        stem = m.group(1)
        if kind == "x":  # the gender-neutral x ("desnudx", "peladxs") for a or o
            for lang in langs:
                for end in _END[lang][:2]:
                    yield stem + end + m.group(2), frozenset({lang})
        elif kind == "nom":
            for lang in langs:
                for end in _END[lang]:
                    if len(stem) + len(end) >= MIN_LEMMA:
                        yield stem + end, frozenset({lang})
        else:
            lang = next(iter(langs))
            for tail in _VERB.get((lang, m.group(2)), ()):
                yield stem + tail, langs


def pt_clitic_lemmas(verb: str) -> Iterator[tuple[str, frozenset[str]]]:
    """``despi`` of "despi-la" (an infinitive that lost its r before the clitic) -> "despida"..."""
    if len(verb) < 4 or verb[-1] not in _PT_VERB:
        return
    for tail in _PT_VERB[verb[-1]]:
        yield verb[:-1] + tail, _PT


# Spelling by ear, the same key for the term and the word: c/qu/k, s/z/ç, b/v, ll/y, a silent h.
_PHON = ((re.compile(r"qu(?=[ei])"), "k"), (re.compile(r"ch"), "x"), (re.compile(r"ph"), "f"),
         (re.compile(r"c(?=[ei])"), "s"), (re.compile(r"[cq]"), "k"), (re.compile(r"z"), "s"),
         (re.compile(r"v"), "b"), (re.compile(r"ll"), "y"), (re.compile(r"(?<![sc])h"), ""),
         (re.compile(r"(.)\1+"), r"\1"))


#: Words up to this length have their by-ear key memoised (ten regex passes a word, and every
#: Romance-looking word of every prompt asks for it); longer ones are keyed afresh, so a flood of
#: long distinct words cannot grow the memo beyond ``_PHON_MEMO`` short keys.
_PHON_MEMO_LEN, _PHON_MEMO = 32, 1 << 16


def phonetic(word: str) -> str:
    """The by-ear key of a folded, lower-case word ("deznuda" and "desnuda" -> "desnuda",
    "enkuerada" and "encuerada" -> "enkuerada")."""
    return _phonetic_memo(word) if len(word) <= _PHON_MEMO_LEN else _phonetic(word)


def _phonetic(word: str) -> str:
    for rx, rep in _PHON:
        word = rx.sub(rep, word)
    return word


_phonetic_memo = lru_cache(maxsize=_PHON_MEMO)(_phonetic)


def vowel_dropped(key: str) -> Iterator[str]:
    """``key`` with one inner vowel dropped ("desnuda" -> "dsnuda", "desnda"): the keys a term
    is also indexed under (terms of 7+ letters only: the caller checks)."""
    for i in range(1, len(key) - 1):
        if key[i] in "aeiou" and key[i - 1] not in "aeiou":
            yield key[:i] + key[i + 1:]
