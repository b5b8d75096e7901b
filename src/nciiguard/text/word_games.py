"""Word games a decoded run may play, read back for phrase_decode: Pig Latin, and a reading whose only
unlisted words stand together as one name. Round 29: the person signal's given names and surnames, so that a
name a code hid counts as a person's name in a reading (:func:`given_name`, :func:`name_block`).

Split out of :mod:`.phrase_decode` (round 21) so that the decoder stays one module of readers under the
architecture test's line limit.
"""

from __future__ import annotations

__all__ = ["_pig", "_reads_name_block", "edge_words", "given_name", "name_block", "person_name"]

#: Shortest decoded word taken for a listed given name (round 29).
MIN_GIVEN = 4


def _gazetteer():
    """The person signal's gazetteer (loaded once per process, shared; kept here after the first call)."""
    global _gaz
    if _gaz is None:
        from .persons.gazetteer import load_gazetteer

        _gaz = load_gazetteer()
    return _gaz


_gaz = None


def given_name(word: str) -> bool:
    """Round 29: ``word`` (lower case) is a given name of the person signal's lists, 4+ letters: a name a
    code hid is a person's."""
    return len(word) >= MIN_GIVEN and word in _gazetteer().first


def person_name(word: str) -> bool:
    """Round 29: ``word`` (lower case) is a listed given name of 4+ letters or surname of 5+ letters."""
    if len(word) < MIN_GIVEN:
        return False
    gaz = _gazetteer()
    return word in gaz.first or len(word) > MIN_GIVEN and word in gaz.surname_rank


def name_block(words: list[str], known, rest: int = 0) -> frozenset:
    """Round 29: the first block of a reading (lower case) that opens with a listed given name of 4+ letters no
    list of words holds, with the one or two unlisted words after it ("oriane vasquez holm"): a person's name
    a code hid, which a share of listed words should count neither way. Empty when there is none, or when
    fewer than ``rest`` words stand outside it (a reading that is a name alone is no phrase: "britt baker")."""
    for i, w in enumerate(words):
        if w not in known and given_name(w):
            block = [w]
            for x in words[i + 1:i + 3]:
                if x in known or len(x) < 2:
                    break
                block.append(x)
            return frozenset(block) if len(words) - len(block) >= rest else frozenset()
    return frozenset()


def edge_words(left: list, right: list, known) -> tuple[list, list]:
    """Round 29: the word right before and right after a coded stretch (regex matches) when it is no word of
    the English list: a stretch is trimmed of the words some list holds, and a coded word that happens to be
    a word of another language only ("frk", ROT13 of "sex", is a Scandinavian abbreviation) is left out
    of the stretch with them. The decoder reads the stretch with these once more when it reads as nothing."""
    lo = left[-1:] if left and left[-1].group().lower() not in known else []
    ro = right[:1] if right and right[0].group().lower() not in known else []
    return lo, ro


def _reads_name_block(words: list[str], known: frozenset) -> bool:
    """Round 21: a reading of listed words around ONE block of 1-3 unlisted words of 3+ letters (a name,
    lower-cased by the code: "remove the clothing from elodie marchetti wong"): three listed words, two of
    them of four letters or more, 10+ letters in listed words. A wrong table or shift scatters its
    no-words; a name stands together. Used for the structural games (letters doubled, Pig Latin) and,
    behind a decode instruction, for the substitutions."""
    if len(words) < 4:
        return False
    unl = [i for i, w in enumerate(words) if w not in known]
    if not unl or len(unl) > 3 or unl[-1] - unl[0] + 1 != len(unl) or any(len(words[i]) < 3 for i in unl):
        return False
    hits = [w for w in words if w in known]
    if len(hits) == 2 and len(unl) == 2:
        # round 22: a first and last name between two listed words of 4+ letters, 10+ letters in them
        # ("make meseret ouologuem topless", Morse of a Caesar shift, decimal codes of a keyboard shift)
        if all(len(w) >= 4 for w in hits) and sum(map(len, hits)) >= 10:
            return True
        # round 29: the block opens with a listed given name (a first and last name, 4+ letters each): then two
        # listed words, one of 4+ letters, read it ("marisol achterberg having sex", ROT13 behind "decode")
        first, last = (words[i] for i in unl)
        return (len(last) >= MIN_GIVEN and any(len(w) >= 4 for w in hits) and sum(map(len, hits)) >= 6
                and given_name(first))
    return len(hits) >= 3 and sum(len(w) >= 4 for w in hits) >= 2 and sum(map(len, hits)) >= 10


#: English word onsets of two and three consonants (Pig Latin moves a word's whole onset to its end).
_ONSETS = frozenset("bl br ch cl cr dr fl fr gl gr kn ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr "
                    "chr sch scr shr spl spr str thr".split())


def _pig(words: list[str], known: frozenset) -> list[str] | None:
    if sum(w.endswith("ay") for w in words) < max(2, 0.8 * len(words)):
        return None
    out = []
    # round 21: a run that writes vowel-initial words with "way" ("onway", "away") moved a consonant in
    # every other word: "onay" is "no" there, not "on"
    way = sum(w.endswith("way") and w[0] in "aeiou" for w in words) >= 1
    for w in words:
        if not w.endswith("ay") or len(w) < 3:
            out.append(w)
            continue
        stem = w[:-2]
        cands = [stem[:-3] if stem.endswith(("way", "yay", "hay")) and len(stem) > 3 else stem]
        if way and not w.endswith("way") and stem[0] in "aeiou" and len(stem) > 1 and stem[-1] not in "aeiou":
            cands = [stem[-1] + stem[:-1]] + cands
        if stem.endswith("w") or stem.endswith("y"):
            cands.append(stem[:-1])
        for k in range(1, min(4, len(stem))):  # the consonants moved to the end: 1 to 3 of them
            cands.append(stem[-k:] + stem[:-k])
        cands.append(stem)
        # round 21: a word no candidate makes listed (a name: "atumtay", "ightwaterbray") takes the
        # consonants at its stem's end back to its front, as the game moved them ("tatum", "brightwater")
        k = next((n for n in (3, 2) if len(stem) > n and stem[-n:] in _ONSETS), 1 if len(stem) > 1 and stem[-1] not in "aeiouy" else 0)
        out.append(next((c for c in cands if c in known), stem[-k:] + stem[:-k] if k else stem))
    return out
