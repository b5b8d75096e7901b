"""Round 30 (cost): behaviour-neutral speed-ups of the prompt guard, each checked against the code it replaced."""

from __future__ import annotations

import random

import pytest

from nciiguard.text import gated_ciphers as gc
from nciiguard.text.phrase_decode import _known

MODES = ("vigenere", "beaufort", "variant")


@pytest.mark.parametrize("mode", MODES)
def test_plain_tables_are_the_tableau_formulas(mode):
    table = gc._PLAIN[mode]
    for x in range(26):
        for k in range(26):
            want = (k - x) % 26 if mode == "beaufort" else (k + x) % 26 if mode == "variant" else (x - k) % 26
            assert table[x, k] == want


def _reference_search(words, offsets, probes, known, mode):
    """_vig_search as it was before round 30: numpy's integer % per key, no lookup table."""
    import numpy as np

    _k, keys, mats, coded = gc._vig_tables(known)
    cols_by_len, starts = gc._vig_fast(known)
    found = []
    total = offsets[-1] + len(words[-1])
    for L, K in mats.items():
        if 2 * L > total:
            continue
        KT = cols_by_len[L]
        hits = np.zeros(len(K), dtype=np.int8)
        hits4 = hits
        long_hits = np.zeros(len(K), dtype=np.int8)
        for n_probe, i in enumerate(probes):
            if n_probe == 4:
                hits4 = hits.copy()
            w = words[i]
            n = len(w)
            table = coded.get(n)
            if table is None:
                continue

            def plain(t, live=None):
                row = KT[(offsets[i] + t) % L] if live is None else KT[(offsets[i] + t) % L, live]
                x = ord(w[t]) - 97
                if mode == "beaufort":
                    return (row - x) % 26
                if mode == "variant":
                    return (row + x) % 26
                return (x - row) % 26

            head = plain(0) * 676 + plain(1) * 26 + plain(2)
            live = np.flatnonzero(starts[n][head])
            if not len(live):
                continue
            val = head[live]
            for t in range(3, n):
                val = val * 26 + plain(t, live)
            j = np.searchsorted(table, val)
            ok = live[(j < len(table)) & (table[np.minimum(j, len(table) - 1)] == val)]
            hits[ok] += 1
            if n >= 5:
                long_hits[ok] += 1
        ok = np.flatnonzero((hits4 >= 2) | (hits >= 3) | ((hits >= 2) & (long_hits >= 1)))
        found += [keys[L][j] for j in ok[np.argsort(-hits[ok], kind="stable")][:gc.MAX_KEYS]]
    return found[:gc.MAX_KEYS]


def _probes(words):
    first = {}
    for i, w in enumerate(words):
        if 4 <= len(w) <= gc.MAX_PROBE and w.isascii() and w.isalpha():
            first.setdefault(w, i)
    return sorted(first.values(), key=lambda i: -len(words[i]))[:gc.MAX_PROBES]


_INVERSE = {"vigenere": "variant", "variant": "vigenere", "beaufort": "beaufort"}  # the writer's side


@pytest.mark.parametrize("seed", range(6))
def test_key_search_same_keys_as_before(seed):
    known = _known()
    rng = random.Random(seed)
    listed = sorted(w for w in known if w.isascii() and w.isalpha() and w.islower() and 4 <= len(w) <= 9)
    keys = sorted(w for w in listed if len(w) <= 8)
    with_keys = 0
    for _ in range(12):
        mode = rng.choice(MODES)
        if rng.random() < 0.6:  # plain words under a common-word key: the search finds keys
            words = gc.keyed_text_words([rng.choice(listed) for _ in range(rng.randint(3, 6))], rng.choice(keys),
                                        _INVERSE[mode])
        else:  # letters at random: mostly none
            words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10)))
                     for _ in range(rng.randint(2, 6))]
        offsets, pos = [], 0
        for w in words:
            offsets.append(pos)
            pos += len(w)
        probes = _probes(words)
        if len(probes) < 2:
            continue
        got = gc._vig_search(words, offsets, probes, known, mode)
        assert got == _reference_search(words, offsets, probes, known, mode)
        with_keys += bool(got)
    assert seed or with_keys  # the cases exercise found keys, not only empty searches


@pytest.mark.parametrize("mode", MODES)
def test_key_search_still_finds_the_key(mode):
    known = _known()
    words = gc.keyed_text_words("please paint the harbour lighthouse tonight".split(), "moon", _INVERSE[mode])
    offsets = [sum(map(len, words[:i])) for i in range(len(words))]
    assert "moon" in gc._vig_search(words, offsets, _probes(words), known, mode)


def test_long_sexual_word_lookup_same_as_substring_scan():
    from nciiguard.text.persons import lora

    listed = lora._long_sexual_words()
    rng = random.Random(3)
    words = ["", "abcd", "portrait", "lighthouse", "watercolour", "masterpiece", "povfellatio"]
    for t in rng.sample(listed, 150):
        words += [t, "x" + t + "yz", t[:-1], t[1:], t[::-1]]
    words += ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(0, 40))) for _ in range(300)]
    flagged = 0
    for w in words:
        want = any(t in w for t in listed)
        assert lora._holds_long_sexual_word(w) == want, w
        flagged += want
    assert 150 <= flagged < len(words)  # both ways: listed words inside tags found, the rest not
    assert not lora._holds_long_sexual_word("lighthouse")


def test_substitution_tables_never_map_nul():
    from nciiguard.text.cipher_math import _SUBST

    gc.reset_key_search_budget()
    try:
        tables = [t for _n, t in _SUBST] + [t for _n, t in gc.affine_tables()]
    finally:
        gc.clear_key_search_budget()
    assert len(tables) > 300
    for table in tables:
        assert 0 not in table and "\x00" not in {v for v in table.values() if isinstance(v, str)}
        assert 0 not in {v for v in table.values() if isinstance(v, int)}


def test_any_listed_same_as_probe_scan():
    from nciiguard.text.cipher_math import _SUBST
    from nciiguard.text.phrase_decode import _any_listed

    known = _known()
    rng = random.Random(5)
    listed = sorted(w for w in known if w.isascii() and w.isalpha() and w.islower() and len(w) >= 4)
    tables = [t for _n, t in _SUBST] + [t for _n, t in gc.affine_tables()]
    hits = 0
    for _ in range(40):
        ps = [rng.choice(listed) for _ in range(rng.randint(0, 4))]
        ps = [p.translate(rng.choice(tables)) if rng.random() < 0.7 else p for p in ps]
        for container in (known, set(known)):  # the fast path (frozenset) and the plain scan
            hit = _any_listed(ps, container)
            for table in tables:
                want = any(p.translate(table) in container for p in ps)
                assert hit(table) == want
                hits += want
    assert hits  # both ways: tables that read a probe as a word, and the rest



def test_any_listed_takes_the_set_lookup_for_several_probes():
    # Round 33 (cost): the one-call lookup is taken for any number of probes (it was for one only: the
    # NUL test saw the join's own separators), and the scan only for a probe holding NUL; same answers.
    from nciiguard.text.cipher_math import _SUBST
    from nciiguard.text.phrase_decode import _any_listed

    known = _known()
    assert "joined" in _any_listed(["qxgh", "sdlqw", "ehdfk"], known).__code__.co_freevars
    assert "joined" not in _any_listed(["qx\x00gh", "sdlqw"], known).__code__.co_freevars
    assert "joined" not in _any_listed(["qxgh", "sdlqw"], set(known)).__code__.co_freevars
    for ps in (["qxgh", "sdlqw", "ehdfk"], ["qx\x00gh", "sdlqw"], ["zzzzq", "qqqqz"], ["nude", "photo"]):
        hit = _any_listed(ps, known)
        for _n, table in _SUBST:
            assert hit(table) == any(p.translate(table) in known for p in ps), (ps, _n)
