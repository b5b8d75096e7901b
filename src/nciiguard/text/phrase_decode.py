"""Coded phrases: a run of coded words decoded as a whole and kept only when it reads as language.

Why: :mod:`.cipher_words` reads one coded token against the lexicon, but the sexual meaning of many
coded prompts appears only when the whole run is decoded and read as a phrase: "gzpv luu zoo svi
xolgsvh (atbash)" is "take off all her clothes", no word of which is a sexual term. A model front end
of an image generator decodes such a run when the prompt asks it to, so this stage decodes it for
every reader (the undress grammars, the lexicon, the person readers), before
:func:`.encodings.decode_encodings` and the character stage of :func:`.normalize.normalize`.

Which runs (each bounded to :data:`MAX_RUN` words, found by one linear scan; the finders of the
alphabet, number and byte runs live in :mod:`.phrase_runs` since round 18):

- *look-alike and transliterated alphabets*: Elder Futhark runes (``ᚾᚢᛞᛖ``), Ogham with its feather
  marks (``᚛ᚅᚐᚊᚓᚇ᚜``), Cherokee and Canadian-syllabics letters that imitate Latin capitals
  (``ᏁᎪᏦᎬᎠ``, ``ᑎᑌᗪᗴ``);
- *numbers for letters*: binary octets, hex bytes (spaced or run together), decimal character
  codes, Polybius-square digit pairs (``44343531154343``) and A1Z26 with dashes or dots (``14-21-4-5 /
  ...``);
- *Latin words that are no words*: a stretch of two or more lower- or upper-case words most of
  which are no word of the shipped lists.

Later rounds add :mod:`.classic_ciphers` (16; a byte payload read for a second layer, :data:`MAX_DEPTH`),
:mod:`.keyed_ciphers` (20), :mod:`.separated_codes` (23), :mod:`.layered_codes` (32): docs/signals/disguised_sexual_text.md.

Which decoders, each linear in the run: for the alphabets and numbers their one reading; then, on
that reading or on the Latin stretch, every letter doubled (``ttaakkee``), Pig Latin (``aketay``),
Atbash, the 25 Caesar shifts, a shift of one key on the keyboard and Vigenère with a key the prompt
states (``(key: moon)``, ``keyword lamp``), each also with every word read backwards or the whole
run read right to left. A substitution is first tried on the run's longest word alone, so only the
few decoders that make it a word decode the whole run.

When a reading counts: at least :data:`MIN_SHARE` of its words (and two, or one of 4+ letters for an
alphabet run) are words of the package's common-English list (``names_words_common.txt.gz``, the list
:mod:`.piece_words` uses) or a few sexual words that list leaves out (``porn``, ``topless``). Hashes,
colour codes, UUIDs and memory dumps decode to bytes that are no text; genuine runic, Ogham or
Cherokee text transliterates to words of no English; a benign coded phrase decodes to a benign
phrase the readers leave alone. The decoded text replaces the run; each decoded character carries
the span of the whole coded run, and :func:`decode_phrases` reports the cipher per run, so findings
point at what the user typed and say how it was read (``NormalizedText.decoded``).
"""

from __future__ import annotations

import re
import threading

from .classic_ciphers import CARRIERS, LAYERED, classic_runs, clause_segments, fold_styled
from .symbol_ciphers import MATH_GATE, SYMBOL_RULES, math_fold
from .spelled_codes import SPELLED_RULES
from .spelled_runs import spelled_runs
from .phrase_runs import DIGIT_GATE, MAX_RUN, SCRIPT_GATE, byte_runs, bytes_text, dedouble as _dedouble, number_runs, script_runs
from .decode_instructions import decode_instruction
from .hint_words import hint_runs
from .stated_hints import hinted_runs
from .stated_ciphers import reversed_spelled_runs, stated_runs, vigenere as _vigenere
from .word_repair import repaired_runs
from .layered_codes import loose_runs, spelt_reading
from .layer_pairs import paired_runs
from .leet_layers import folded, has_leet, leet_first
from .vowel_masks import vowel_mask_runs
from .word_readers import halves as _halves, infixes as _infixes, word_reader as _word_reader
from itertools import chain
from .gated_ciphers import (english_letters, best_reading, respaced_transpositions, affine_tables, binary_symbol_runs, pig_hyphen_runs, regional_runs, segment_letters,
                            segment_transpositions, transpositions, vigenere_keys, KEYED_MODES, keyed_text_words,
                            clear_key_search_budget, reset_key_search_budget, _SEG_END, _SEG_START)
from .word_order import _DET, _PREP, _order, _reorder, rejoin  # noqa: F401 - _DET/_PREP: shared vocabulary
from .cipher_math import _MORSE_GATE, _MORSE_GLYPHS, _SUBST, _TABLES, _any_listed
from .word_games import _pig, _reads_name_block, edge_words, given_name, name_block, person_name
from .spaced_streams import spaced_stream_runs
from .separated_codes import filler_letter, letter_square_runs, sep_hex_runs, shifted_pig_table, unfill
from .keyed_ciphers import (MAX_COLS, MIN_COLS, columnar_readings, columnar_segments, disemvowel_reading,
                            framed_only, framed_payload, interleave_candidates, keyboard_row_runs, mask_tags, tap_dot_runs, uu_runs)

__all__ = ["decode_phrases", "MAX_RUN", "MIN_SHARE"]

#: Share of a reading's words that must be words of the list.
MIN_SHARE = 0.8
#: The share for readings with one structure, not a guess among many tables: a text encoded as bytes
#: (base64, hex ...), a spelt run (Morse, letter names) or a word game (halves swapped, a syllable put
#: in every word). Names in such a text are words of no list, and a share of 0.8 lost "bettina
#: szarvasi topless by the pool" (4 listed words of 6).
STRUCT_SHARE = 0.6
#: The share for symbol-per-letter codes (:mod:`.symbol_ciphers`): one structure whose reading is all lower
#: case, so a name in it cannot be set aside by its capital ("my coworker tamsin ..." has 4 listed words of 8).
SYMBOL_SHARE = 0.5
#: Rules whose reading is all lower case, one letter per symbol, word or name (read at :data:`SYMBOL_SHARE`).
_LOWER_RULES = SYMBOL_RULES + SPELLED_RULES + ("morse_words",)
#: Words of a text decoded from bytes read at most (the first ones): each decoded character carries the
#: span of the whole coded run, and the readers' work per word grows with that span.
MAX_READ_WORDS = 64
#: Stretches of Latin no-words read per text at most (each up to :data:`MAX_RUN` words).
MAX_LATIN_RUNS = 64
#: Words of a decoded reading that share one span of the coded run (see :func:`_pieces`).
PIECE_WORDS = 8

# --- Latin stretches --------------------------------------------------------------------------
#: An ASCII word that touches no other letter ("nélküli" holds no word "lk").
_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z]+(?![^\W\d_])")
#: Words of any script in a decoded text.
_LETTERS = re.compile(r"[^\W\d_]+")
#: A token long enough to be a phrase in base64 or base32.
_LONG_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{16}")
_KEY = re.compile(r"\b(?:keyword|key|pass(?:word|phrase)?)\s*(?:[:=]|is)?\s*['\"]?([A-Za-z]{2,12})\b",
                  re.IGNORECASE)
#: Sexual and nudity words the common-English list leaves out (it is a list of ordinary words).
_EXTRA = frozenset("porn porno nsfw boobs tits titties topless hardcore xxx blowjob dick nudes nudity deepfake deepfakes".split())
#: Words of image prompts the common-English list leaves out (round 19: "explicit nude selfie of my
#: coworker" decoded to four listed words of six and failed the share).
_PROMPT_WORDS = frozenset("coworker coworkers selfie selfies photoreal photorealistic hyperrealistic hyperreal "
                          "lingerie undressed unclothed braless nudist onlyfans webcam bodycam closeup "
                          "roommate flatmate housemate classmate stepsister stepmom girlfriend boyfriend".split())

_lock = threading.Lock()
_words: frozenset | None = None


def _known() -> frozenset:
    global _words
    if _words is None:
        with _lock:
            if _words is None:
                from .piece_words import english_words

                _words = frozenset(english_words()) | _EXTRA | _PROMPT_WORDS
    return _words


def _others() -> dict:
    from .persons.language import language_words

    return language_words()


def _reads(words: list[str], known: frozenset, min_words: int = 2, share: float = MIN_SHARE,
           neutral: frozenset = frozenset()) -> bool:
    """Whether a reading reads as language: most words are listed words, holding six or more
    letters, one word of four or more ("mad a", "how oh m" are chance readings of short words).
    Words in ``neutral`` (names the writer capitalised in a decoded text) count neither way."""
    if neutral:
        words = [w for w in words if w not in neutral]
    if not words:
        return False
    hits = [w for w in words if w in known]
    return (len(hits) >= min(min_words, len(words)) and len(hits) >= share * len(words)
            and any(len(w) >= 4 for w in hits) and sum(len(w) for w in hits) >= 6
            if len(words) >= 2 else len(hits) == 1 and len(hits[0]) >= 4)


def _reads_named(words: list[str], known: frozenset) -> bool:
    """A substitution's reading that holds names (lower-cased in a coded run, so no capital sets them
    aside): half its words listed, two of them of six letters or more, which a wrong table or key
    seldom makes (round 19: "bettany quillfeather topless realistic")."""
    hits = [w for w in words if w in known]
    if len(words) < 3:
        return False
    return (len(hits) >= 0.5 * len(words) and sum(len(w) >= 6 for w in hits) >= 2
            or len(hits) >= 0.34 * len(words) and sum(len(w) >= 7 for w in hits) >= 2)


_CLAUSE_BREAK = re.compile(r"[.:;!?=<>\[\]()]")
#: Letters a run needs for the Beaufort key searches (round 20).
MIN_KEYED_LETTERS = 16


def _substitutions(words: list[str], keys: list[str], known: frozenset):
    """(rule, words) of every substitution that makes the run's longest word a word (cheap probe)."""
    # the two longest words: the longest may be a name, which no table makes a listed word
    gated = getattr(keys, "gated", False)
    # behind a decode instruction the four longest (round 19: two names are often the longest words)
    probes = sorted(set(words), key=len, reverse=True)[:4 if gated else 2]
    for rev in (False, True):
        hit = _any_listed([p[::-1] for p in probes] if rev else probes, known)  # 2nd pass: reversed
        for name, table in _SUBST:
            if hit(table):
                yield name + ("_reversed" if rev else ""), rev, lambda ws, t=table: [w.translate(t) for w in ws]
        if not rev:
            for key in keys:
                yield f"vigenere:{key}", rev, lambda ws, k=key: _vigenere(ws, k)
        if gated:  # round 19: keyed guesses behind a decode instruction only
            for name, table in affine_tables():
                if hit(table):
                    yield name + ("_reversed" if rev else ""), rev, lambda ws, t=table: [w.translate(t) for w in ws]
            if not rev:
                for key in vigenere_keys(words, known):
                    if key not in keys:
                        yield f"vigenere:{key}", rev, lambda ws, k=key: _vigenere(ws, k)
                # round 20: Beaufort and variant Beaufort, the same common-word key search, on runs of
                # 3+ words and 16+ letters (each tableau is one more chance to read a short run as words)
                long_run = len(words) >= 3 and sum(map(len, words)) >= MIN_KEYED_LETTERS
                for mode in KEYED_MODES[1:] if long_run else ():
                    for key in vigenere_keys(words, known, mode):
                        yield f"{mode}:{key}", rev, lambda ws, k=key, md=mode: keyed_text_words(ws, k, md)


def _reads_game(words: list[str], known: frozenset) -> bool:
    """A word game's reading: :data:`STRUCT_SHARE` of listed words, two of them of four letters or more."""
    return _reads(words, known, share=STRUCT_SHARE) and sum(len(w) >= 4 and w in known for w in words) >= 2


def _read_latin(words: list[str], keys: list[str], known: frozenset, plain_ok: bool,
                share: float = MIN_SHARE) -> tuple[list[str], str] | None:
    """The reading of a run of Latin words (lower case), and its rule, or None. ``share``: the share
    of listed words a reading needs (lower for runs decoded from bytes or spelt letters, whose first
    reading is no guess)."""
    if plain_ok and _reads(words, known, 1, share=share):
        return words, ""
    steps: list[tuple[list[str], str]] = [(words, "")]
    d, game = _dedouble(words), "doubled"
    if d is None and all(len(w) >= 3 for w in words[:2]):
        d, game = _dedouble(words, 3), "tripled"  # round 21: every letter tripled ("rrreeemmm")
    if d is not None:
        # every letter of every word doubled is a structure, not a guess: names in it count as for bytes
        if _reads(d, known, share=STRUCT_SHARE if len(d) >= 3 else share) or _reads_name_block(d, known):
            return d, game
        steps.append((d, game + "+"))
    p = _pig(words, known)
    # round 23: four or more words all in Pig Latin are a structure, read at the structural share (names
    # in it are no listed words: "remove all of marisa okonedo-flint's clothes" has 7 of 9)
    pig_share = min(share, STRUCT_SHARE) if p is not None and len(p) >= 4 else share
    if p is not None and (_reads(p, known, share=pig_share) or _reads_name_block(p, known)):
        return p, "pig_latin"
    # round 23: a filler letter after (or before) every letter ("tzhzez"), one structure
    f = filler_letter(words)
    if f is not None:
        u = [unfill(w, *f) for w in words]
        if _reads(u, known, share=STRUCT_SHARE) or _reads_name_block(u, known):
            return u, f"filler{f[1]}:{f[0]}"
    # round 23: Pig Latin under a substitution (every word ends in the same shifted "ay": "hf" is caesar7)
    sp = shifted_pig_table(words, _SUBST) if p is None else None
    if sp is not None:
        p = _pig([w.translate(sp[1]) for w in words], known)
        if p is not None and (_reads(p, known, share=STRUCT_SHARE) or _reads_name_block(p, known)):
            return p, sp[0] + "+pig_latin"
    h = _halves(words, known)
    if h != words and _reads_game(h, known):
        return h, "halves_swapped"
    if getattr(keys, "gated", False) and not getattr(keys, "inner", False):
        # round 20: words without their vowels, first letter kept (in the prompt's own words only: a
        # byte layer's chance letters read as skeletons of some words too easily)
        dv = disemvowel_reading(words, known)  # (two or more skeletons read back, or None)
        if dv is not None and len(dv) >= 3 and _reads(dv, known, share=STRUCT_SHARE):
            return dv, "disemvowelled"
    game = None  # the place of the syllable that leaves the most listed words ("ubon" is no word)
    for rule, w in _infixes(words):
        if _reads_game(w, known):
            n = sum(x in known for x in w)
            if game is None or n > game[0]:
                game = (n, w, rule)
    if game is not None:
        return game[1], game[2]
    gated = getattr(keys, "gated", False)
    for base, pre in steps:
        best = None
        for rule, rev, fn in _substitutions(base, keys, known):
            if rev:  # every word backwards, or the whole run right to left: the order that reads
                dec = fn([w[::-1] for w in base])
                cands = [dec, dec[::-1]]
            else:
                cands = [fn(base)]
            for c in cands:
                if (_reads(c, known, share=share) or _reads_named(c, known)
                        or gated and _reads_name_block(c, known)) and (best is None or _order(c) > _order(best[0])):
                    best = (c, pre + rule)
            if best is not None and not rev:
                break
        if best is not None:
            return best
    return None


_KEY_WORD = re.compile(r"\b(?:key(?:word)?|pass(?:word|phrase)?)\b\s*(?:[:=]|is\b)", re.IGNORECASE)


class _Keys(list):
    """The keys a prompt states, and whether keyed guesses are allowed (``gated``: the prompt asks for
    decoding or mentions a key; round 19's affine tables and Vigenère key search). ``inner``: the
    words are a decoded layer's, not the prompt's (round 20)."""

    gated = False
    inner = False


def _keys(text: str) -> list[str]:
    low = text.lower()
    out = _Keys()
    if "key" in low or "pass" in low:
        out.extend(m.group(1).lower() for m in _KEY.finditer(text))
        del out[3:]
    # a stated key ("key is ...", "keyword: ..."), not "keyboard", "passport" or "low-key lighting"
    out.gated = bool(out) and _KEY_WORD.search(text) is not None or decode_instruction(text)
    return out


def _latin_runs(text: str, known: frozenset, others: dict):
    """(start, end, words, left, right) of each stretch of Latin words most of which are no listed
    word; ``left`` and ``right`` are up to three listed words beside it in the same run."""
    run: list[re.Match[str]] = []
    out = []

    def close():
        # trim known words at the edges: the stretch starts and ends with a word of no list; the
        # trimmed words stay beside it, to be read with the stretch's cipher ("crii colkqxi krab")
        i, j = 0, len(run)
        while i < j and _listed(run[i].group().lower()):
            i += 1
        while j > i and _listed(run[j - 1].group().lower()):
            j -= 1
        core = run[i:j]
        if len(core) >= 2:
            unknown = sum(not _listed(m.group().lower()) for m in core)
            if unknown >= 2 and unknown * 2 >= len(core):
                for k in range(0, len(core), MAX_RUN):
                    part = core[k:k + MAX_RUN]
                    if len(part) >= 2:
                        left = run[max(0, i + k - 3):i + k] if k == 0 else []
                        right = run[i + k + len(part):i + k + len(part) + 3] if k + MAX_RUN >= len(core) else []
                        out.append((part[0].start(), part[-1].end(), [m.group().lower() for m in part], left, right))
        run.clear()

    def _listed(w: str) -> bool:
        return w in known or w in others

    prev = -1
    for m in _WORD.finditer(text):
        w = m.group()
        eligible = (w.islower() or w.isupper()) and len(w) <= 24
        # a hyphen keeps a cipher's letter count going; round 23: so does an apostrophe before a clitic of
        # one or two letters ("jivzavmcpcv'u slazrcu" is "okonedoflint's clothes" under one table)
        gap_ok = prev >= 0 and (text[prev:m.start()] in (" ", "-")
                                or text[prev:m.start()] == "'" and len(w) <= 2 and text[m.end():m.end() + 1] in (" ", ""))
        if not eligible or (run and not gap_ok):
            close()
        if eligible:
            run.append(m)
            prev = m.end()
        else:
            prev = -1
    close()
    return out


class _AnyLanguage:
    """Membership in the English list or in the other languages' word lists."""

    __slots__ = ("english", "other")

    def __init__(self, english: frozenset, other: dict) -> None:
        self.english, self.other = english, other

    def __contains__(self, w: object) -> bool:
        return w in self.english or w in self.other


def _read_text(s: str, keys: list[str], known: frozenset, share: float = STRUCT_SHARE,
               transposed: bool = True, substituted: bool = True) -> tuple[str, str] | None:
    """The reading of a text decoded from bytes, numbers or letter codes, and its rule, or None.

    The text as decoded when it reads as language in any listed language; words the writer
    capitalised that are no listed word (names: "Bettina Szarvasi") count neither way when two or more
    words are lower case. Otherwise a letter substitution of it (base64 of a Caesar shift)."""
    cased = _LETTERS.findall(s)
    if len(cased) == 1 and len(cased[0]) >= 12 and cased[0].isascii():
        # round 19: a letter stream with no word breaks (Bacon's cipher has no code for a space)
        seg = segment_letters(cased[0], known)
        if seg is not None and seg[1] >= SEGMENT_COVER and sum(len(w) >= 3 and w in known for w in seg[0]) >= 3:
            return " ".join(seg[0]), "segmented"
        return None
    if len(cased) < 2:
        return None  # one coded word is read against the lexicon by .cipher_words
    if len(cased) > MAX_READ_WORDS:  # every decoded character carries the whole run's span: bounded work
        cased = cased[:MAX_READ_WORDS]
        s = " ".join(cased)
    words = [w.lower() for w in cased]
    neutral = frozenset()
    if sum(w.islower() for w in cased) >= 2:
        neutral = frozenset(w.lower() for w in cased if len(w) > 1 and w[0].isupper() and w[1:].islower()
                            and w.lower() not in known)
    any_lang = _AnyLanguage(known, _others())  # round 29: and a lower-case name opening with a listed given name
    if (_reads(words, any_lang, 1, share=share, neutral=neutral) or _reads_named(words, known)
            or _reads(words, any_lang, 1, share=share, neutral=neutral | name_block(words, known, 2))):
        reading, turned = _reorder(" ".join(s.split()))
        return reading, "reversed_order" if turned else ""
    if not substituted or len(words) > MAX_RUN * 2 or not all(w.isascii() for w in words):
        return None
    # a text decoded from bytes or numbers that reads as nothing is a code in a code: keyed guesses allowed
    inner_keys = _Keys(keys)
    inner_keys.gated = True
    inner_keys.inner = True
    r = _read_latin(words, inner_keys, known, plain_ok=False, share=STRUCT_SHARE)
    if r is None and transposed:
        return _read_transposed(s, known)
    return (" ".join(r[0]), r[1]) if r is not None else None


def _plain_reads(seg: str, any_lang) -> bool:
    """A stretch that reads as written: half its words listed in some language, and (round 23) half its
    letters in such words: short chance words of other languages ("tlo", "ais", "aei") beside long
    no-words made a rail fence of English read as plain text."""
    words = [w.lower() for w in _LETTERS.findall(seg)]
    if not _reads(words, any_lang, 1, share=0.5):
        return False
    return 2 * sum(len(w) for w in words if w in any_lang) >= sum(map(len, words))


#: Words of a stretch of no-words that count as a payload without an instruction (round 19).
GIBBERISH_RUN = 5
#: Share of a segmented letter stream's letters in listed words of 3+ letters (round 19).
SEGMENT_COVER = 0.65


def _transposed_reads(reading: str, known: frozenset) -> bool:
    """A whole-text transposition reads: the structural share of words of any listed language, three
    listed English words of 3+ letters (a transposition of prose keeps its letters: a chance reading of
    short words must not count)."""
    cased = _LETTERS.findall(reading)
    words = [w.lower() for w in cased]
    neutral = frozenset(w.lower() for w in cased if len(w) > 1 and w[0].isupper() and w[1:].islower()
                        and w.lower() not in known)
    if len(words) < 3:
        return False
    if _reads_named(words, known):  # names lower-cased in the payload ("bettany quillfeather topless ...")
        return True
    long_hits = [w for w in words if len(w) >= 3 and w in known]
    return (_reads(words, _AnyLanguage(known, _others()), 1, share=STRUCT_SHARE, neutral=neutral)
            and len(long_hits) >= 2 and sum(map(len, long_hits)) >= 8)


def _read_transposed(s: str, known: frozenset) -> tuple[str, str] | None:
    """A text decoded from bytes that reads only transposed whole (hex of a reversed text, of a rail
    fence): the first transposition that reads (round 19)."""
    blocks = s.split()
    if MIN_COLS <= len(blocks) <= MAX_COLS and max(map(len, blocks)) - min(map(len, blocks)) <= 1:
        # round 20: a keyed columnar transposition in a byte layer (base58 of the columns)
        best = best_reading(columnar_readings(blocks), known, lambda r: _transposed_reads(r, known))
        if best is not None:
            return " ".join(best[0].split()), best[1]
    if not english_letters(s):
        return None
    best = best_reading(chain(transpositions(s), respaced_transpositions(s)), known,
                        lambda r: _transposed_reads(r, known))
    return (" ".join(best[0].split()), best[1]) if best is not None else None


def _pieces(a: int, b: int, reading: str, rule: str) -> list[tuple[int, int, str, str]]:
    """A long reading cut in pieces of :data:`PIECE_WORDS` words, each given its share of the coded run
    ``[a, b)`` in proportion to where it stands in the reading (byte encodings and spelt letters code
    each character in about the same width). Why: every character of a piece carries its piece's span,
    and the readers' work per word grows with that span; a whole run per word was quadratic."""
    words = reading.split(" ")
    if len(words) <= PIECE_WORDS or b - a < 2 * len(words):
        return [(a, b, reading, rule)]
    out, start, c = [], a, 0
    n = len(reading)
    for i in range(0, len(words), PIECE_WORDS):
        chunk = " ".join(words[i:i + PIECE_WORDS])
        last = i + PIECE_WORDS >= len(words)
        c += len(chunk) + (0 if last else 1)
        end = b if last else max(start + 1, min(b - 1, a + (b - a) * c // n))
        out.append((start, end, chunk if last else chunk + " ", rule))
        start = end
    return out


#: The share for a clause read right to left: one structure, and a mirrored clause of a name and a few words
#: ("a topless photo of ysolde marchetti-quin" has 4 listed words of 7) reads as nothing by chance.
REVERSED_SHARE = 0.5
#: Layers of coding read at most (base64 of a rail fence, percent escapes of a Caesar shift).
MAX_DEPTH = 2
#: Share of a decoded text a second layer's runs must cover to stand for the whole of it.
INNER_COVER = 0.7


def _payload_text(payload: bytes | str) -> str | None:
    raw = payload if isinstance(payload, bytes) else payload.encode("utf-8", "replace")
    s = bytes_text(raw)
    if s is None and b"_" in raw and bytes_text(raw.replace(b"_", b"-")) is not None:
        s = raw.decode("utf-8")  # round 20: "_" for a space (a columnar text's space marks) counts as one
    return s


def _read_layers(s: str, keys: list[str], known: frozenset, depth: int, layered: bool,
                 share: float = STRUCT_SHARE) -> tuple[str, str] | None:
    """:func:`_read_text` of a decoded text or, when it reads as nothing, depth allows and the text was
    decoded from bytes (``layered``), the reading of the coded runs in it (a second layer) when they
    make up most of it. A text of letters (a square, multitap) holds no second layer that
    :func:`_read_text`'s substitutions do not read."""
    r = _read_text(s, keys, known, share)
    if r is not None or depth >= MAX_DEPTH or not layered:
        return r
    inner = _decode(s, depth + 1)
    if not inner or sum(b - a for a, b, _r, _n in inner) < INNER_COVER * len(s.strip()):
        return None
    out, pos = [], 0
    for a, b, reading, _n in inner:
        if a >= pos:
            out += [s[pos:a], reading]
            pos = b
    out.append(s[pos:])
    return " ".join("".join(out).split()), "+".join(dict.fromkeys(n for _a, _b, _r, n in inner))


def _recase(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() and not like.isupper() else word


def _read_clause(seg: str, words: list[str], keys: list[str], known: frozenset, others) -> tuple[str, str] | None:
    """A clause most of whose words are no listed word read whole: its characters right to left, or a
    substitution or word game that reads its lower-case words, applied to every word (capitalised
    names keep their capital; commas, apostrophes and digits stay where they stand)."""
    low = [w.lower() for w in words]
    if sum(w in known for w in low) * 2 >= len(low) or sum(w in known or w in others for w in low) >= 0.75 * len(low):
        return None  # a clause of words (English, or most of them words of another language): not coded
    rev = seg[::-1]
    # the whole clause mirrored is one structure, read at the structural share; "she's" is one word
    rwords = [m.group(1) for m in _WORD_CLITIC.finditer(rev)]
    neutral = frozenset(w.lower() for w in rwords if len(w) > 1 and w[0].isupper() and w[1:].islower()
                        and w.lower() not in known)
    rlow = [w.lower() for w in rwords]
    # round 29: a capitalised given name of the lists counts as a listed word of 4+ letters ("losiraM")
    if _reads(rlow, known, share=REVERSED_SHARE, neutral=neutral) and sum(
            len(w) >= 4 and (w in known or (w in neutral or keys.gated) and given_name(w)) for w in rlow) >= 2:  # 32: gated
        # round 19: each word reversed where it stands reads the same words; the order that reads as
        # English wins ("ekat ffo" is "take off", not "off take")
        each = " ".join(t[::-1] for t in seg.split(" "))
        elow = [m.group(1).lower() for m in _WORD_CLITIC.finditer(each)]
        if _order(elow) > _order(rlow):
            return each, "reversed_words"
        return rev, "reversed_text"
    lower = [w for w in words if w.islower()][:MAX_RUN * 2]  # the rule is found on the first words
    if len(lower) < 2:
        return None
    r = _read_latin(lower, keys, known, plain_ok=False)
    # round 33: a substitution of the clause written right to left (ROT13 of a reversed sentence): every
    # word is turned and substituted, then the clause is read mirrored or word by word, whichever orders
    table = _TABLES.get(r[1][:-9]) if r is not None and r[1].endswith("_reversed") else None
    one = (lambda w: w[::-1].translate(table)) if table is not None else _word_reader(r[1], known, lower) if r else None
    if one is None:
        return None
    # the rule must make words of the words that were none (a listed word or two beside a word of
    # another language read "as is" by a game is no decoding: "valmistujaisissa, portrait shot")
    unlisted = [w for w in lower if w not in known]
    if sum(one(w) in known for w in unlisted) < max(2, 0.6 * len(unlisted)) and not (
            # round 34: a clause mirrored under a table behind a decode instruction whose reading is listed
            # words around one name block ("vnziu ,rdvi-zgztm vmvolh ul vtznr milk": "porn image of solene
            # ngata-rewi, frame"): the name's words are no listed words, the rest are
            table is not None and keys.gated and _reads_name_block([one(w) for w in lower][::-1], known)):
        return None
    if table is not None:
        return _turned_clause(seg, table, r[1][:-9])
    return _WORD_ASCII.sub(lambda m: _recase(one(m.group().lower()), m.group()), seg), r[1]


def _turned_clause(seg: str, table: dict, name: str) -> tuple[str, str]:
    """``seg`` read right to left under the letter ``table`` (round 33): the whole clause mirrored
    ("reversed_text+caesar13": its commas and apostrophes turn with it, "f'rsvj" is "wife's") or each word
    turned where it stands ("reversed_words+..."), whichever reads as better English word order."""
    def sub(x: str) -> str:
        return _WORD_ASCII.sub(lambda m: m.group().lower().translate(table), x)
    mirrored, each = sub(seg[::-1]), sub(" ".join(t[::-1] for t in seg.split(" ")))
    if _order([w.lower() for w in _WORD_ASCII.findall(each)]) > _order([w.lower() for w in _WORD_ASCII.findall(mirrored)]):
        return each, "reversed_words+" + name
    return mirrored, "reversed_text+" + name


_WORD_ASCII = re.compile(r"[A-Za-z]+")
#: A word and the clitic an apostrophe glues to it ("she's", "don't"): the clitic is no word of its own.
_WORD_CLITIC = re.compile(r"([A-Za-z]+)(?:'[A-Za-z]{1,2}(?![A-Za-z]))?")


def decode_phrases(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, reading, rule)`` of every coded run of ``text`` that decodes to language
    (``caesarK`` names the shift the writer applied: ``caesar3`` reads "qxgh" as "nude").

    ``rule`` names the decoding (``atbash``, ``caesar3_reversed``, ``vigenere:moon``,
    ``binary+caesar23``, ``script+doubled``, ``polybius``, ``base64_groups+rail_fence3`` ...). Empty for
    most prompts.
    """
    reset_key_search_budget()  # round 22: a bounded number of key searches per text (gated_ciphers)
    try:
        return _decode(text, 0)
    finally:
        clear_key_search_budget()


def _decode(text: str, depth: int) -> list[tuple[int, int, str, str]]:
    """:func:`decode_phrases` of a text found ``depth`` layers deep in a coded run."""
    known = _known()
    if MATH_GATE.search(text):  # mathematical bold, italic ... letters: one ASCII letter each, same length
        text = text.translate(math_fold())
    text = fold_styled(text)  # fullwidth, circled, small-capital letters: one ASCII letter each
    keys = _keys(text)
    found: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, reading: tuple[str, str] | None, rule: str, split: bool = False) -> None:
        if reading is not None:
            if "_" in reading[0]:  # round 21: "_" for a space in a decoded text ("remove_the_clothing"), and
                # the rail marks a fence left at its edges, read as the words they stand for
                reading = (" ".join(reading[0].replace("_", " ").split()).strip(" |"), reading[1])
            name = rule + ("+" + reading[1] if reading[1] else "")
            found.extend(_pieces(a, b, reading[0], name) if split else [(a, b, reading[0], name)])
            taken.append((a, b))

    def free(a: int, b: int) -> bool:
        return not any(a < e and s2 < b for s2, e in taken)

    framed = framed_payload(text)
    masked = framed_only(text) if framed else text
    if SCRIPT_GATE.search(text):
        for a, b, words, rule in script_runs(text, known):
            r = _read_latin(words, keys, known, plain_ok=True)
            add(a, b, (" ".join(r[0]), r[1]) if r else None, rule)
    # round 23: hex bytes joined by a separator ("72:65:6d", "72-65-6d"), before the number runs read
    # their digits as decimal codes; a layer inside (a Vigenère text) is read as for other bytes
    for a, b, raw, rule in sep_hex_runs(text):
        if free(a, b):
            s = _payload_text(raw)
            add(a, b, _read_layers(s, keys, known, depth, True) if s else None, rule, split=True)
    # round 23: a Polybius square with letter coordinates ("Db Ae Cb"), read row-first or column-first
    for a, b, readings, rule in letter_square_runs(text, keys.gated):
        if free(a, b):
            for s in readings:
                r = _read_text(s, keys, known, SYMBOL_SHARE, transposed=False)
                if r is not None:
                    add(a, b, r, rule, split=True)
                    break
    # round 34: two layers of code (.layer_pairs), before the number runs read a plain prefix of a shifted hex run
    for a, b, s, rule in (r for r in paired_runs(text, keys.gated, known) if free(r[0], r[1])):
        add(a, b, _read_layers(s, keys, known, depth, True), rule, split=True)
    if DIGIT_GATE.search(text):
        for a, b, s, rule in number_runs(text):
            if free(a, b):
                add(a, b, _read_text(s, keys, known), rule, split=True)
    if _LONG_TOKEN.search(text) or "=" in text:
        for a, b, s, rule in byte_runs(text):
            if free(a, b):
                add(a, b, _read_text(s, keys, known), rule, split=True)
        if framed:  # round 20: base64 right after "payload=" or a tag
            for a, b, s, rule in byte_runs(masked):
                if rule == "base64" and free(a, b):
                    add(a, b, _read_text(s, keys, known), rule, split=True)
    for a, b, s, rule in (r for r in loose_runs(text, _AnyLanguage(known, _others()), keys.gated) if free(r[0], r[1])):
        add(a, b, _read_layers(s, keys, known, depth, True), rule, split=True)  # round 32: numbers or leet in bytes
    # round 20: Morse in other glyph pairs (minus signs, hyphens, bullets): one character for one
    for a, b, words, rule in chain(spelled_runs(text.translate(_MORSE_GLYPHS) if _MORSE_GATE.search(text) else text),
                                   reversed_spelled_runs(text, known)):  # round 27: the run written backwards
        if free(a, b) and len(words) >= 2:  # one spelt word is read against the lexicon by .cipher_words
            r = spelt_reading(words[:MAX_RUN * 2], lambda ws: _read_latin(ws, keys, known, True, STRUCT_SHARE))  # 31: name; 32: turned
            add(a, b, (" ".join(r[0]), r[1]) if r else _read_text(" ".join(words[:MAX_RUN * 2]), keys, known, substituted=False, transposed=False), rule, split=True)
    classic = classic_runs(text, known, depth > 0)
    if framed:  # round 20: a code glued to its frame ("payload=5S2E...", "[cipher]...[/cipher]")
        classic = chain(classic, ((a, b, p, r) for a, b, p, r in classic_runs(masked, known, depth > 0)
                                  if a > 0 and text[a - 1] in "=]"))
    for a, b, payload, rule in classic:
        if free(a, b):
            s = _payload_text(payload)
            share = SYMBOL_SHARE if rule.startswith(_LOWER_RULES) else STRUCT_SHARE
            layered = rule.split("+")[0] in LAYERED or rule.startswith(_LOWER_RULES)  # letters may hold a layer too
            r = _read_layers(s, keys, known, depth, layered, share) if s else None
            if r is not None and (r[1] or rule not in CARRIERS):  # a plain carrier: .encodings reads it
                add(a, b, r, rule, split=True)
    for a, b, s, rule in tap_dot_runs(text, known):  # round 20: tap code in dot groups (both squares)
        if free(a, b):
            add(a, b, _read_text(s, keys, known, SYMBOL_SHARE, transposed=False), rule, split=True)
    for a, b, raw, rule in uu_runs(text, keys.gated):  # round 20: uuencoded lines
        if free(a, b):
            s = _payload_text(raw)
            add(a, b, _read_layers(s, keys, known, depth, True) if s else None, rule, split=True)
    for a, b, s, rule in keyboard_row_runs(text, known):  # round 20: one key off, punctuation keys included
        if free(a, b):
            add(a, b, _read_text(s, keys, known, transposed=False, substituted=False), rule, split=True)
    if keys.gated and depth == 0:  # round 20: a payload of plain words in reverse order
        for m in list(_SEG_START.finditer(text[:4000]))[-8:][::-1]:  # the last clause first
            e = _SEG_END.search(text, m.end(), min(len(text), m.end() + 420))  # a bounded window: linear
            a, b = m.end(), e.start() if e is not None else len(text)
            seg = text[a:b].rstrip(" .!?")
            b = a + len(seg)
            if (12 <= len(seg) <= 400 and not _CLAUSE_BREAK.search(seg) and free(a, b)
                    and _reads(_LETTERS.findall(seg.lower()), known, share=0.6)):
                reading, turned = _reorder(seg)
                if turned:
                    add(a, b, (reading, ""), "reversed_order")
    if depth == 0 and ("|" in text or "\u2016" in text or "//" in text):  # round 20: two halves interleaved
        best_iv = None
        for a, b, reading, rule in interleave_candidates(text, known):
            if free(a, b) and _transposed_reads(reading, known):
                sc = sum(len(w) for w in _LETTERS.findall(reading.lower()) if w in known)
                if best_iv is None or sc > best_iv[0]:
                    best_iv = (sc, a, b, reading)
        if best_iv is not None:
            add(best_iv[1], best_iv[2], (" ".join(best_iv[3].split()), ""), "interleaved_halves", split=True)
    if depth == 0:  # round 20: keyed columnar transposition (behind a decode instruction, or marked spaces)
        for a, b, blocks in columnar_segments(text, keys.gated):
            if free(a, b):
                best = best_reading(columnar_readings(blocks), known, lambda r: _transposed_reads(r, known))
                add(a, b, best, "", split=True)
    for a, b, s, rule in (*hinted_runs(text, known), *regional_runs(text), *pig_hyphen_runs(text),  # 19: shapes; 27, 30: stated
                          *stated_runs(text, known, keys, _KEY_WORD.search(text) is not None), *repaired_runs(text, known)):
        if free(a, b):
            add(a, b, _read_text(s, keys, known, transposed=False), rule, split=True)
    for a, b, raw, rule in binary_symbol_runs(text):  # round 19: octets in two symbols (". |")
        if free(a, b):
            s = _payload_text(raw)
            add(a, b, _read_layers(s, keys, known, depth, True) if s else None, rule, split=True)
    others = _others()
    if depth == 0:  # round 21: a word hidden with the prompt's own hint ("first letters"); 29: spaced streams
        for a, b, reading, rule in chain(hint_runs(text, known, known), spaced_stream_runs(text, known, person_name, keys.gated),
                                         vowel_mask_runs(text, known)):  # round 33: vowels masked ("r*m*v*")
            if free(a, b):
                found.append((a, b, reading, rule))
                taken.append((a, b))
    latin = _latin_runs(text, known, others)
    if not keys.gated and any(len(r[2]) >= GIBBERISH_RUN for r in latin):
        keys.gated = True  # five no-words in a row: a payload even without an instruction (round 19)
    if keys.gated and depth == 0:  # round 19: a stretch transposed whole, behind a decode instruction
        any_lang = _AnyLanguage(known, others)
        for a, b, reading, rule in segment_transpositions(
                text, known, lambda r: _transposed_reads(r, known),
                lambda seg: _plain_reads(seg, any_lang), free):
            if free(a, b):
                add(a, b, (" ".join(reading.split()), ""), rule, split=True)
    if keys.gated and depth == 0 and has_leet(text):  # round 33: leetspeak as one layer of two (.leet_layers)
        ftext, at = folded(text)
        for a, b, words in clause_segments(ftext):
            places = [i - a for i in at if a <= i < b]
            if places and free(a, b):
                seg = ftext[a:b]
                r = _read_clause(seg, words, keys, known, others)  # leet last: the symbols are cipher letters
                if r is None:  # half its words listed once folded ("z00" is "zoo"): the clause reader left it, the run reader reads it
                    low = [w.lower() for w in _WORD_ASCII.findall(seg)][:MAX_RUN * 2]
                    r0 = _read_latin(low, keys, known, plain_ok=False) if len(low) >= 2 else None
                    r = (" ".join(r0[0]), r0[1]) if r0 is not None and r0[0] != low else None
                if r is None:  # leet first: the symbols are plain letters among substituted ones
                    r = leet_first(text[a:b], _TABLES.items(), known, lambda ws: _reads(ws, known), _order)
                if r is not None:
                    found.extend(_pieces(a, b, " ".join(r[0].split()), "leet+" + r[1]))
                    taken.append((a, b))
    for a, b, words in clause_segments(text):
        if free(a, b):
            r = _read_clause(text[a:b], words, keys, known, others)
            if r is not None:  # in pieces: a clause may be long (its characters carry their piece's span)
                found.extend(_pieces(a, b, " ".join(r[0].split()), r[1]))
                taken.append((a, b))
    for k, (a, b, words, left, right) in enumerate(latin):
        if k >= MAX_LATIN_RUNS:  # a flood of no-words (100 KB of "pepe") is read in part: bounded work
            break
        if not free(a, b):
            continue
        r = _read_latin(words, keys, known, plain_ok=False)
        if r is None and keys.gated:  # round 29: with the edge words of another language only (frk)
            lo, ro = edge_words(left, right, known)
            if lo or ro:
                r = _read_latin([m.group().lower() for m in lo] + words + [m.group().lower() for m in ro], keys, known, False)
                if r is not None:
                    a, b, left, right = lo[0].start() if lo else a, ro[0].end() if ro else b, left[:len(left) - len(lo)], right[len(ro):]
                    words = [m.group().lower() for m in lo] + words + [m.group().lower() for m in ro]
        if r is None or r[0] == words:
            continue
        reading = r[0]
        one = _word_reader(r[1], known)
        if one is not None:  # a letter substitution or word game reads listed words beside the stretch too
            for m in reversed(left):
                w = one(m.group().lower())
                if w not in known:
                    break
                a, reading = m.start(), [w] + reading
            for m in right:
                w = one(m.group().lower())
                if w not in known:
                    break
                b, reading = m.end(), reading + [w]
        found.append((a, b, rejoin(text, a, b, reading), r[1]))
    found.sort()
    return found
