"""Lightly obfuscated sexual words: one or two letters changed in a short word, a romanised word
glued into text of another script, or a look-alike long-vowel mark in katakana (round 16).

Two readings, both proposals that the sexual signal checks again in context (the lexicon's benign
senses still apply to the word they spell):

``confusable_letters``
    A short word of a few letters written with a look-alike or sound-alike letter, or with one letter
    dropped: "nvde" (v for u), "nudy" (y for e), "fukd" (k for ck, a vowel dropped), "nakt" (k for
    ck), "undres" (a doubled letter written once), "pusy". Both the token and every strong term are
    reduced to a *skeleton* (:func:`skeleton`: ck/c/q -> k, ph -> f, v -> u, x -> ks, a final y -> e,
    a final z -> s, doubled letters once); a token whose skeleton is a term's skeleton, or a term's
    skeleton with one vowel or one r/l after a consonant dropped ("spread" -> "spead"), reads as the
    term. The digit/symbol forms are undone by the folded view first ("phot0", "sp3ad").

    Guard rails, because a short unknown token is often a code, a ticker or a handle: the token has 4-10
    ASCII letters, is no word of the shipped English lists (common and the rest of SCOWL to level 50), no name, no common word of the twelve
    languages of :mod:`.persons.language` and no word of the field's languages; a token written in
    capitals in a field of lower-case words is left alone ("NVDA earnings"); a dropped-letter reading
    and every reading of a 4-letter token need a frame word in the field (a picture, body, bed or
    person word: "pix", "on bed", "her", "foto", "letto").

``romanised_in_script``
    A Latin word glued into Han, kana or Hangul text ("的luozhao", "のh4daka画像") is one token for the
    lexicon, which matches Latin terms as whole tokens; the Latin run (digits read as letters) is
    looked up alone. A pinyin syllable glued to ideographs ("lu0照", "脱guang") is read with the
    ideograph it stands for when the two spell a strong Han term ("裸照", "脱光"); only the syllables of
    :data:`PINYIN` are read, each standing for the sexual ideographs listed with it.

``lookalike_mark``
    A katakana word whose long-vowel mark ー is written with a look-alike (the ideograph 一 "one", a
    dash, a wave dash: "ヌ一ド") is read with ー when a strong kana term then covers that place.

Cost: one pass over the folded view's tokens with a set probe per unknown short token (the word tests
run only for a token whose skeleton hits); the script reading runs only when the field mixes ASCII
letters with Han, kana or Hangul. At most :data:`MAX_HITS` findings per field.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from .folding import LEET_MAP
from .fuzzy import FuzzyMatch
from .lexicon import Entry
from .spans import Marks

__all__ = ["LightIndex", "skeleton", "PENALTY", "DROP_PENALTY", "EMOJI_ACT", "capital_in_sentence", "known_word",
           "last_after_name"]

#: Score lowered from the term's for a spelling-level reading ("nvde"), and for a dropped letter ("fukd").
PENALTY = 0.1
DROP_PENALTY = 0.15
#: Shortest and longest token read (letters).
MIN_LEN, MAX_LEN = 4, 10
#: Findings per field at most.
MAX_HITS = 8
#: Characters of a field counted for its case (a bound on hostile input).
MAX_FIELD = 4096
#: Tokens of one field read at most (a hostile field of many odd tokens stays linear and bounded).
MAX_TOKENS = 400

_VOWELS = frozenset("aeiou")
#: The rest of a normal English dictionary (SCOWL 40-50), beside the common words: a reading never
#: replaces a word a speller knows.
DICTIONARY_FILE = "names_words_other.txt.gz"
#: Lexicon sources of generated spellings ("misspelling of nude", "typos of ..."): not read by skeleton.
_GENERATED = re.compile(r"misspelling|typos of|surge-ai/profanity$")
_DROP_AFTER_CONSONANT = frozenset("rl")

#: A picture, body, bed or person word in the field makes a short reading a request about someone.
FRAME = frozenset("""photo photos pic pics pix picture pictures image images img imgs video videos vid vids clip clips
selfie selfies shot shots snap snaps cam webcam leak leaks leaked edit version render scene gif
bed beds bedroom shower bath bathtub couch sofa beach pool legs leg body butt ass chest breasts
her him she he hers gf bf wife husband girlfriend boyfriend girl woman lady
sister stepsister mom mum mother teacher coworker colleague neighbour neighbor classmate roommate ex
foto fotos fotografia bild bilder imagen imagem immagine immagini photographie letto cama lit bett
letto divano spiaggia praia playa plage strand ella ela elle lei sie minha mia mi ma meine mijn
collega colega compañera companera collègue collegue kollegin vecina vizinha voisine nachbarin""".split())
# ("my", "your" are left out: "my cat nudy" is no request about a person)

#: Pinyin syllables read as the sexual ideographs they are written for when glued to Han text.
PINYIN: dict[str, str] = {
    "luo": "裸", "tuo": "脱", "guang": "光", "zhao": "照", "ti": "体", "se": "色", "qing": "情",
    "huang": "黄", "yin": "淫", "xing": "性", "jiao": "交", "ai": "爱", "zuo": "做", "xiong": "胸",
    "nai": "奶", "ru": "乳", "sao": "骚", "cao": "操", "lu": "露", "dian": "点", "yan": "艳",
    "chun": "春", "gong": "宫", "pian": "片", "tu": "图", "shi": "湿", "jian": "奸", "chuang": "床",
}

#: An eggplant or droplets put in or on a person (a pronoun object): "🍆 in her", "💦 all over him",
#: "🍆 inside her lol", "💦 on her face". The pronoun must end the clause (end, punctuation, an emoji,
#: "and", "lol") or be followed by a body or bed word: "🍆 in her lasagna", "🍆 for him to cook", "🍆 in
#: my garden" (no possessive "my" at all) stay clean. Matched on the original text (the normaliser keeps
#: no emoji); one alternation per slot, no nested quantifiers.
EMOJI_ACT = re.compile(
    "(?:\U0001F346|\U0001F4A6)\ufe0f?[ \t]{0,3}"
    r"(?:in|inside|into|deep in|up|on|all over|over|en|dans|dentro de|em|na|no|in ihr|in ihm) "
    r"(?:her|him|them|me|she|ella|elle|lui|lei|ela|ele|sie|ihr|ihm)"
    r"(?=[ \t]{0,3}(?:$|[.,!?;:)\]\n]|[\U0001F300-\U0001FAFF]|and\b|lol\b|lmao\b|pls\b|plz\b|rn\b|jaja|kkk"
    r"|(?:mouth|face|pussy|ass|butt|bed|throat|tits|boobs|belly|back|chest|hole|cunt|cara|boca|bouche|visage)\b))",
    re.IGNORECASE)

#: A look-alike of the katakana long-vowel mark between two katakana: 一 (one), dashes, a tilde.
_LONG_VOWEL_LOOKALIKE = re.compile("[\u30a1-\u30fa][\u4e00\u2010-\u2015\u2212\uff0d\u301c\uff5e~-](?=[\u30a1-\u30fa])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_LATIN_RUN = re.compile(r"[a-z][a-z0-9@$]*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{1,3}")  # bounded: a term is read from 3 ideographs at most
_LEET = str.maketrans({**LEET_MAP, "1": "i"})


def skeleton(word: str) -> str:
    """The spelling-level reading of a lower-case ASCII word that look-alike and sound-alike letters
    share: "nvde" and "nude" -> "nude", "fucked" -> "fuked", "nackt" -> "nakt", "boobz" -> "bobs"."""
    w = word.replace("ck", "k").replace("ph", "f").replace("q", "k").replace("x", "ks").replace("v", "u")
    w = re.sub(r"c(?![eiy])", "k", w)
    if w.endswith("y") and len(w) > 3:
        w = w[:-1] + "e"
    if w.endswith("z"):
        w = w[:-1] + "s"
    out = []
    for ch in w:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _dropped(key: str) -> set[str]:
    """``key`` with one vowel (not the first letter) or one r/l after a consonant dropped."""
    out = set()
    for i in range(1, len(key)):
        ch = key[i]
        if ch in _VOWELS or (ch in _DROP_AFTER_CONSONANT and key[i - 1] not in _VOWELS):
            out.add(key[:i] + key[i + 1:])
    return out


class LightIndex:
    """Confusable and script-glued readings of strong terms; see the module docstring."""

    def __init__(self, terms: dict[str, Entry], short: dict[str, Entry] | None = None,
                 syllabic: dict[str, Entry] | None = None):
        """``terms``/``short``: strong terms keyed without spaces (:func:`.split_words.strong_terms`);
        only keys of 3-8 ASCII letters are read by skeleton; ``syllabic``: strong Han, kana
        and Hangul terms keyed as written (the pinyin reading)."""
        # keyed joined: "luozhao" reads as the term whether the lexicon lists it as "luozhao" or "luo zhao"
        self._romanised = {k: e for k, e in terms.items() if k.isascii() and k.isalpha()}
        self._syllabic = syllabic or {}
        exact: dict[str, Entry] = {}
        dropped: dict[str, Entry] = {}
        words = {**(short or {}), **terms}
        for key, e in sorted(words.items()):
            if not (3 <= len(key) <= 8 and key.isalpha() and e.term.isascii()) or _GENERATED.search(e.source):
                # a generated misspelling read by skeleton again would be two edits from the word; a term
                # spelled with accents ("sâni") is a word of its own without them ("Sanni", a name)
                continue
            sk = skeleton(key)
            if len(sk) >= MIN_LEN and (sk not in exact or e.score > exact[sk].score):
                exact[sk] = e
            for d in _dropped(sk):
                if len(d) >= MIN_LEN and (d not in dropped or e.score > dropped[d].score):
                    dropped[d] = e
        self._exact = exact
        self._dropped = {k: e for k, e in dropped.items() if k not in exact}
        self._terms = frozenset(words)

    def find(self, nt, taken: Sequence = (), words=None) -> list[tuple[FuzzyMatch, str]]:
        """``(match, rule)`` of the light readings of ``nt`` clear of ``taken`` spans. ``words``: the
        field's word test (:class:`.piece_words.FieldWords`)."""
        out: list[tuple[FuzzyMatch, str]] = []
        marks = Marks((m.ostart, m.oend) for m in taken)
        v = nt.folded
        if not v.text:
            return out
        if _CJK.search(v.text) and any("a" <= c <= "z" for c in v.text):
            self._in_script(nt, marks, out)
        if self._syllabic and _LONG_VOWEL_LOOKALIKE.search(nt.plain.text):
            self._long_vowel(nt, marks, out)
        self._confusable(nt, marks, words, out)
        if len(out) < MAX_HITS and " " in nt.original:
            self._spaced_prefix(nt, marks, out)
        return out

    # -- a strong term at the head of a letter-spaced phrase ------------------------------------
    def _spaced_prefix(self, nt, marks: Marks, out: list) -> None:
        """Round 20: a whole phrase written in spaced letters ("n u d e p h o t o p l s n o c e n s o r") is
        one glued token in the folded view, too long for the lexicon's whole-token terms and for the
        confusable reading. When its first 4-8 letters are a strong term and the letters after them start
        with a picture, person or request word ("photo", "pic", "pls", "girl", "body"), the term is read
        there. Only tokens the original wrote as single letters parted by spaces are read: a glued word
        ("nudelipstick") is the soup reader's. Cost: tokens of 8+ letters of a field with spaces, a regex
        test of their original span and at most five set probes each."""
        v = nt.folded
        for t in v.tokens[:MAX_TOKENS]:
            if len(out) >= MAX_HITS:
                return
            w = t.text
            if not (8 <= len(w) <= 120 and w.isascii() and w.isalpha()):
                continue
            os_, oe = v.to_original(t.start, t.end)
            if not _SPACED_LETTERS.fullmatch(nt.original, os_, oe):
                continue
            for k in range(min(8, len(w) - 3), 3, -1):
                entry = self._romanised.get(w[:k])
                if entry is None or entry.grade not in ("explicit", "nudity"):
                    continue
                rest = w[k:]
                if not any(rest.startswith(f) for f in _SPACED_NEXT):
                    continue
                ps, pe = v.to_original(t.start, t.start + k)
                if marks.overlaps(ps, pe):
                    break
                hit = replace(entry, score=round(max(0.0, entry.score - PENALTY), 2))
                out.append((FuzzyMatch(hit, "folded", t.start, t.start + k, ps, pe,
                                       f"read {w[:k]!r} at the head of spaced letters"), "spaced_prefix"))
                marks.add(ps, pe)
                break

    # -- confusable letters ------------------------------------------------------------------
    def _confusable(self, nt, marks: Marks, words, out: list) -> None:
        v = nt.folded
        toks = v.tokens[:MAX_TOKENS]
        frame = None
        lower = sum(1 for c in nt.original[:MAX_FIELD] if c.islower())  # once: a field of lower-case words
        for t in toks:
            if len(out) >= MAX_HITS:
                return
            w = t.text
            if not (MIN_LEN <= len(w) <= MAX_LEN and w.isascii() and w.isalpha()) or w in self._terms:
                continue
            sk = skeleton(w)
            entry, penalty = self._exact.get(sk), PENALTY
            if entry is None:
                entry, penalty = self._dropped.get(sk), DROP_PENALTY
                if entry is None:
                    continue
            os_, oe = v.to_original(t.start, t.end)
            if marks.overlaps(os_, oe):
                continue
            written = nt.original[os_:oe]
            if lower and written.isupper():
                continue  # "NVDA earnings": a capitalised code in a lower-case field
            if lower and written[:1].isupper() and capital_in_sentence(nt.original, os_):
                continue  # "con Sanni Kärkkäinen": a capital inside a sentence starts a name
            if known_word(w, words):
                continue
            # a doubled letter the term lacks is a change too ("penne" is pasta, not "pene"): it needs a frame
            doubled = any(a == b and a + b not in entry.term for a, b in zip(w, w[1:]))
            if penalty == DROP_PENALTY or len(w) == MIN_LEN or doubled:
                if frame is None:
                    frame = any(x.text in FRAME for x in toks)
                if not frame and not (penalty == PENALTY and last_after_name(nt.original, os_, oe)):
                    continue
            hit = replace(entry, score=round(max(0.0, entry.score - penalty), 2))
            out.append((FuzzyMatch(hit, "folded", t.start, t.end, os_, oe, f"read {w!r} as {entry.term!r}"),
                        "confusable_letters"))
            marks.add(os_, oe)

    # -- romanised words glued into another script ------------------------------------------
    def _in_script(self, nt, marks: Marks, out: list) -> None:
        v = nt.plain  # digits as typed: "lu0" is read here, the folded view leaves it too
        text = v.text
        for t in v.tokens[:MAX_TOKENS]:
            if len(out) >= MAX_HITS:
                return
            w = t.text
            if w.isascii() or not _CJK.search(w):
                continue
            for m in _LATIN_RUN.finditer(w):
                run = m.group().translate(_LEET)
                if not run.isalpha():
                    continue
                s, e = t.start + m.start(), t.start + m.end()
                entry = self._romanised.get(run) if len(run) >= 4 else None
                if entry is not None:
                    self._add(nt, v, s, e, entry, f"read {run!r} inside {w!r}", marks, out)
                    continue
                hit = self._pinyin(text, s, e, run)
                if hit is not None:
                    self._add(nt, v, hit[1], hit[2], hit[0], f"read {run!r} as {PINYIN[run]!r}", marks, out)

    def _pinyin(self, text: str, s: int, e: int, run: str) -> tuple[Entry, int, int] | None:
        """A strong Han term spelt by the ideograph of the pinyin syllable ``run`` (at ``text[s:e]``)
        and up to three ideographs glued after or before it."""
        han = PINYIN.get(run)
        if han is None or not self._syllabic:
            return None
        after = _HAN.match(text, e)
        if after:
            tail = after.group()
            for k in range(len(tail), 0, -1):
                entry = self._syllabic.get(han + tail[:k])
                if entry is not None:
                    return entry, s, e + k
        head = text[max(0, s - 3):s]
        for k in range(len(head), 0, -1):
            piece = head[len(head) - k:]
            if _HAN.fullmatch(piece):  # the 1-3 characters before the syllable are all ideographs
                entry = self._syllabic.get(piece + han)
                if entry is not None:
                    return entry, s - k, e
        return None

    def _long_vowel(self, nt, marks: Marks, out: list) -> None:
        """A katakana word whose long-vowel mark ー is written with a look-alike ("ヌ一ド": the ideograph
        一 "one", a dash): read with ー when a strong kana term then covers that place."""
        v = nt.plain
        text = v.text
        for m in _LONG_VOWEL_LOOKALIKE.finditer(text):
            if len(out) >= MAX_HITS:
                return
            at = m.start() + 1
            fixed = text[max(0, at - 5):at] + "ー" + text[at + 1:at + 6]
            k = min(5, at)  # where the mark sits in ``fixed``
            best = None
            for a in range(max(0, k - 5), k + 1):
                for b in range(k + 1, min(len(fixed), a + 6) + 1):
                    entry = self._syllabic.get(fixed[a:b])
                    if entry is not None and (best is None or b - a > best[2] - best[1]):
                        best = (entry, a, b)
            if best is not None:
                s, e = at - k + best[1], at - k + best[2]
                self._add(nt, v, s, e, best[0], f"read {text[s:e]!r} with a long-vowel mark", marks, out,
                          rule="lookalike_mark")

    @staticmethod
    def _add(nt, v, s: int, e: int, entry: Entry, edit: str, marks: Marks, out: list,
             rule: str = "romanised_in_script") -> None:
        os_, oe = v.to_original(s, e)
        if marks.overlaps(os_, oe):
            return
        hit = replace(entry, score=round(max(0.0, entry.score - PENALTY), 2))
        out.append((FuzzyMatch(hit, "plain", s, e, os_, oe, edit), rule))
        marks.add(os_, oe)


#: Single letters parted by one or two spaces (a spaced phrase: "n u d e p h o t o").
_SPACED_LETTERS = re.compile(r"[A-Za-z](?: {1,2}[A-Za-z]){7,119}")
#: Words that may follow the strong term inside a spaced phrase: a picture, a person, a request.
_SPACED_NEXT = ("photo", "pic", "pix", "image", "img", "selfie", "video", "vid", "clip", "shot", "snap", "pls", "plz",
                "please", "girl", "woman", "women", "wife", "body", "bed", "nocensor", "uncensored", "her", "him",
                "of", "with", "in", "on", "no", "for", "and", "now", "full", "real", "art", "render")

#: The word before a field's last word: a handle, a capitalised name word, or a closing bracket (an aside
#: about the person: "(she's 25)"). Round 19: "@someone nvde", "Firstname Lastname nvde" have no picture
#: or body word, yet the reading is the whole request: the person, then one word for what to show.
_NAME_BEFORE = re.compile(r"(?:@[\w.]{2,30}|(?<![^\W_])[A-Z][\w'-]{1,30}|\))[ \t,:-]{1,3}$")
_FIELD_END = re.compile(r"[\s.,!?;:)\]\u2026-]*$")


def last_after_name(original: str, start: int, end: int) -> bool:
    """The token at ``original[start:end]`` ends the field and stands right after a name or a handle."""
    return (_FIELD_END.fullmatch(original, end, min(len(original), end + 16)) is not None and end + 16 >= len(original)
            and _NAME_BEFORE.search(original, max(0, start - 40), start) is not None)


#: What may stand right before a capitalised word that opens a sentence, not a name.
SENTENCE_OPENERS = ("", ".", "!", "?", ":", "\n")


def capital_in_sentence(original: str, start: int, openers: tuple[str, ...] = SENTENCE_OPENERS) -> bool:
    """The word at ``original[start]`` stands inside a sentence (no opener before it): written with a capital there,
    it starts a name ("con Sanni Kärkkäinen"), not a respelled word. Shared by :mod:`.glued_terms`."""
    return original[max(0, start - 16):start].rstrip()[-1:] not in openers


def known_word(word: str, words=None) -> bool:
    """``word`` is an ordinary word or name anywhere the field could be read: English, a name, a
    common word of the twelve languages, or a word of the field's own languages."""
    from .persons.gazetteer import word_list
    from .piece_words import FieldWords, english_words

    # The whole shipped English dictionary, as the fuzzy matcher's known words (sexual.FUZZY_KNOWN_FILES):
    # the common list alone let "kazoo" (SCOWL 50) be read as Italian "cazzo" in "a party hat and a kazoo".
    if word in english_words() or word in word_list(DICTIONARY_FILE) or FieldWords.common_anywhere(word):
        return True
    if words is None:
        return False
    return words.is_name(word) or words.foreign(word, words.langs(frozenset({word})))
