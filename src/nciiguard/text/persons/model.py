"""Person-mention model: which words of a prompt name a specific person.

Why a learned layer beside the rules: ``real_person_text`` reads names with gazetteers and
hand-set scores (first name + surname class tables). It is precise and explainable, but a
person on no list whose name does not fit a row of those tables ("sachintendulkar",
``<lora:anya:0.8>``, "Quillon Vadderby", "tomasz_wisniewski") is missed. This model scores each
token of the ``folded`` view from hashed features that generalise beyond any list: character
n-grams of the token, its word shape in the original text, the gazetteer class and the
name-likeness score of the token and its neighbours, the neighbouring words themselves ("of",
"starring", "by" = author, "style"), possessives, prompt syntax (LoRA tag, hashtag, weight
brackets, underscores) and whether a joined token splits into first name + surname.

The model: binary logistic regression (person-name token or not) over ``DIM`` crc32-hashed
binary features, trained offline by ``scripts/train_person_mention.py`` on synthetic prompts
(Faker names of 20 locales, census and LFW names in many written forms, inside templates in six
languages with hard negatives: artists after "by", fictional characters, brands, places, word
names used as words). Runs of positive tokens inside one comma item form a mention; the mention
score is the mean token probability. Inference is plain Python plus a float list: the weight sums
of four groups of features are cached by their inputs (see ``token_probs``), so a token costs a
few dict lookups where its word and context were seen before.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import threading
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache

from ..._data import read_bytes

__all__ = ["PersonMentionModel", "Mention", "load_person_mention_model", "token_rows", "FEATURE_SCHEME"]

FEATURE_SCHEME = "pm-tok-crc32-v1"
_FILE = "person_mention.npz"
DIM = 1 << 18

_SEP = re.compile(r"[,;|!?\n:()\[\]{}<>]|\.\s|\.$")
_CUE_WORDS = frozenset(
    "of by starring featuring with and as like from in on at to for the a an my her his".split()
)


#: Gazetteer classes of name parts (first names, surnames, surname-words).
_NAME_CLASSES = frozenset({"F", "FS", "Fa", "S1", "S2", "Sw"})
#: Gazetteer classes of census surnames that are no English word (see ``_Lexicon._cls``).
_SURNAME_CLASSES = frozenset({"S1", "S2", "FS"})
#: Last words of street, place and institution names; first words of place names.
_PLACE_TAILS = frozenset(
    "st ave av rd dr la ln blvd street avenue road drive lane boulevard square plaza college university"
    " school castle state city county bridge station airport hotel tower center centre cathedral museum"
    " stadium arena mall island beach valley mountain heights restaurant cafe bar company inc corp ltd co"
    " airlines motors".split()  # not park, hall, church, lake, bay, way: surnames too ("Jiyeon Park")
)
_PLACE_HEADS = frozenset(
    "downtown uptown midtown mount mt lake saint st santa san fort port cape new los las el rio".split()
)


@dataclass(frozen=True)
class Mention:
    """A run of tokens the model reads as a person's name, in folded-view offsets."""

    start: int
    end: int
    score: float
    tokens: tuple[int, ...]
    #: The features that pushed the score up most (for explanations), as readable strings.
    top: tuple[str, ...] = ()


@dataclass
class _Tok:
    base: str     # folded token without possessive
    shape: str    # word shape in the original: x, Xx, X, XxX (camel), d (digit inside), o (other script)
    poss: bool    # followed by 's
    sep_before: bool  # a separator (comma, bracket, sentence end) between the previous token and this one
    gap_before: str   # "_", "-", ".", " " or "" (joined) : the ORIGINAL gap before the token
    tag: bool     # inside a LoRA/LyCORIS/embedding tag
    hashtag: bool
    handle: bool


_PLAIN_GAPS = ("", " ")


def _shape(orig: str) -> str:
    """Word shape of the original characters (cached for word-sized strings)."""
    return _shape_cached(orig) if len(orig) <= 48 else _shape_uncached(orig)


def _shape_uncached(orig: str) -> str:
    """Word shape of the original characters: x, Xx, X, XxX (camel), xX, d (digits), o (uncased script)."""
    if not orig:
        return "e"
    if orig.isalpha():
        letters = orig
    else:
        if any(c.isdigit() for c in orig):
            return "d"
        letters = "".join(c for c in orig if c.isalpha())
        if not letters:
            return "d"
    if not letters.isascii():
        if orig[:1].isupper() and any(c.islower() for c in letters):
            return "XxX" if any(c.isupper() for c in letters[1:]) else "Xx"  # "DagmarPavlíček"
        return "o" if not any(c.isupper() for c in letters) else "Xx"
    if letters.islower():
        return "x"
    if letters.isupper():
        return "X" if len(letters) > 1 else "Xx"
    if letters[0].isupper():
        return "Xx" if letters[1:].islower() else "XxX"
    return "xX"


_shape_cached = lru_cache(maxsize=65536)(_shape_uncached)


def token_rows(nt) -> tuple[list[_Tok], list, str]:
    """The tokens of a normalised text as the model sees them, their folded-view tokens, and the
    text's case mode (``mixed``: capitals carry information; ``lower``, ``upper``, ``title``)."""
    view = nt.folded
    text = view.text
    original = nt.original
    toks = view.tokens
    # Is a token inside a tag: the largest tag end among tags opening at or before the token
    # (one bisect per token; a scan of every tag per token was quadratic in a prompt of tags).
    tag_spans = sorted((tg.span.start, tg.span.end) for tg in nt.tags)
    tag_starts = [a for a, _b in tag_spans]
    tag_reach = list(itertools.accumulate((b for _a, b in tag_spans), max))
    rows: list[_Tok] = []
    n_title = n_lower = n_upper = 0
    prev_oe = 0
    for i, t in enumerate(toks):
        raw = t.text
        poss = raw.endswith("'s")
        base = raw[:-2] if poss else raw
        base = base.replace("'", "")
        end = t.end - 2 if poss else t.end
        os_, oe = view.to_original(t.start, end)
        orig = original[os_:oe]
        shape = _shape(orig)
        if shape == "x":
            n_lower += 1
        elif shape == "X":
            n_upper += 1
        elif shape in ("Xx", "XxX"):
            n_title += 1
        if i == 0:
            sep = True
            gap = " "
        else:
            fgap = text[toks[i - 1].end : t.start]
            # "" and " " (most gaps) match no separator: skip the regex for them.
            sep = (fgap not in _PLAIN_GAPS and bool(_SEP.search(fgap))) or toks[i - 1].text.endswith(".")
            ogap = original[prev_oe:os_]
            if ogap == " ":
                gap = " "
            elif ogap == "":
                gap = ""
            elif "_" in ogap:
                gap = "_"
            elif ogap.strip() == "-":
                gap = "-"
            elif ogap.strip() == ".":
                gap = "."
            elif ogap.strip() == "":
                gap = " "
            else:
                gap = "p"  # prompt syntax or punctuation
            if ogap not in _PLAIN_GAPS and (_SEP.search(ogap) or "<" in ogap or ">" in ogap):
                sep = True
        before = original[max(0, os_ - 1) : os_]
        k = bisect.bisect_right(tag_starts, os_) - 1
        tag = k >= 0 and oe <= tag_reach[k]
        rows.append(_Tok(base, shape, poss, sep, gap, tag, before == "#", before == "@"))
        prev_oe = oe
    words = n_title + n_lower + n_upper
    if words == 0:
        mode = "lower"
    elif n_upper == words:
        mode = "upper"
    elif n_lower == words:
        mode = "lower"
    elif n_title == words:
        mode = "title"
    else:
        mode = "mixed"
    return rows, list(toks), mode


#: Entries per feature-group cache of ``PersonMentionModel.token_probs`` (cleared when full).
_GROUP_CACHE = 32768


def _h(s: str) -> int:
    """Bucket of a feature string: crc32 (stable across processes; ``hash()`` is salted).

    Not cached: crc32 of a short string costs less than looking up a fresh string object in a
    dict (which hashes it first), and most context features are seen once.
    """
    return zlib.crc32(s.encode("utf-8")) % DIM


#: Articles of the languages the guard reads: a capitalised one opens a sentence before a noun
#: ("Die Lehrerin", "Ein Weber"), never a short given name (see _short_given).
_ARTICLES = frozenset("the der die das den dem des ein eine einen einem le la les el los las il lo gli un une una"
                      " uno o os a as".split())


class _Lexicon:
    """Gazetteer class and name-likeness of one lower-case token (cached)."""

    def __init__(self, gaz, like):
        self.gaz = gaz
        self.like = like
        self.cls = lru_cache(maxsize=65536)(self._cls)
        self.split = lru_cache(maxsize=65536)(self._split)

    def _cls(self, tok: str) -> str:
        g = self.gaz
        if not tok.isalpha():
            return "num" if tok.isdigit() else "mix"
        first = tok in g.first
        rank = g.surname_rank.get(tok)
        word = tok in g.words_common
        if tok in g.not_surname:
            return "J"
        if first and not word:
            return "F" if rank is None else "FS"
        if first:
            return "Fa"
        if rank is not None and not word and tok not in g.words_other:
            return "S1" if rank <= 5000 else "S2"
        if rank is not None:
            return "Sw"
        if word:
            return "W"
        if tok in g.words_other:
            return "Wo"
        if tok in g.proper_other:
            return "P"
        return "U"

    def likeness(self, tok: str) -> int:
        if self.like is None or not tok.isalpha() or len(tok) < 3:
            return -1
        return int(self.like.prob(tok) * 4.999)

    def _split(self, tok: str) -> str:
        """How a joined token splits into first name + surname ("sachintendulkar" -> F+L)."""
        if len(tok) < 6 or not tok.isalpha():
            return ""
        g = self.gaz
        if tok in g.first or tok in g.surname_rank or tok in g.words_common:
            return ""
        best = ""
        for k in range(3, len(tok) - 2):
            a, b = tok[:k], tok[k:]
            if a not in g.first:
                continue
            if b in g.surname_rank and b not in g.words_common:
                return "F+S"
            if b in g.first and b not in g.words_common:
                best = best or "F+F"
            elif len(b) >= 4 and b not in g.words_common and b not in g.words_other and self.like is not None \
                    and self.like.prob(b) >= 0.7:
                best = "F+L"
        return best


#: (n, crc32 of the feature prefix "g<n>=") of the character n-gram features of ``_intrinsic``.
_GRAM_CRC = tuple((n, zlib.crc32(b"g%d=" % n)) for n in (2, 3, 4))


def _intrinsic(tok: str) -> list[str]:
    """Features of the token string alone (cached by the caller)."""
    s = "^" + tok + "$"
    out = ["b", "w=" + tok]
    for n in (2, 3, 4):
        for k in range(len(s) - n + 1):
            out.append(f"g{n}={s[k:k + n]}")
    out.append("len=%d" % min(len(tok), 15))
    return out


class PersonMentionModel:
    """Scores tokens and returns mentions. Immutable after construction; thread-safe."""

    def __init__(self, weights, bias: float, meta: dict, gaz, like, threshold: float = 0.5):
        self._w = weights if isinstance(weights, list) else [float(x) for x in weights]
        self._b = float(bias)
        self._last: tuple | None = None  # (field, token_probs answer) of the last call
        self.meta = dict(meta)
        self.lex = _Lexicon(gaz, like)
        self.threshold = threshold
        self._tok_sum = lru_cache(maxsize=65536)(self._tok_sum_uncached)
        #: Weight sums of the four feature groups of ``token_probs``, by their inputs.
        self._caches: tuple[dict, dict, dict, dict] = ({}, {}, {}, {})

    # -- features ---------------------------------------------------------------------------
    def _tok_sum_uncached(self, tok: str) -> float:
        """The weight sum of ``_intrinsic(tok)``; n-grams hashed straight from the bytes."""
        w = self._w
        s = "^" + tok + "$"
        if not s.isascii():  # byte slices are character slices only for ASCII
            return sum(w[_h(f)] for f in _intrinsic(tok))
        # crc32("g3=" + gram) continues crc32("g3=") over the gram: no feature string is built.
        b = s.encode("ascii")
        crc = zlib.crc32
        total = w[_h("b")] + w[_h("w=" + tok)]
        for n, pre in _GRAM_CRC:
            total += sum(w[crc(b[k:k + n], pre) % DIM] for k in range(len(b) - n + 1))
        return total + w[_h("len=%d" % min(len(tok), 15))]

    def context_features(self, rows: list[_Tok], i: int, mode: str) -> list[str]:
        """Features of token ``i`` in its sentence (shared by training and inference)."""
        lex = self.lex
        r, p1, n1, tok, cls, like, shape, pw, nw, pw2, nw2, pc, nc, ps, ns, gb, ga = self._neighbours(rows, i, mode)
        sp = lex.split(tok)
        pl = -2 if pw == "<s>" else lex.likeness(pw)
        nl = -2 if nw == "</s>" else lex.likeness(nw)
        f = [
            "c=" + cls, "l=%d" % like, "sp=" + sp, "sh=" + shape, f"c|sh={cls}|{shape}", f"c|l={cls}|{like}",
            "pw=" + pw, "nw=" + nw, "pw2=" + pw2, "nw2=" + nw2, f"pw2|pw={pw2}|{pw}",
            "pc=" + pc, "nc=" + nc, f"pc|c={pc}|{cls}", f"c|nc={cls}|{nc}", f"pc|c|nc={pc}|{cls}|{nc}",
            "pl=%d" % pl, "nl=%d" % nl, f"l|nl={like}|{nl}", f"pl|l={pl}|{like}",
            "ps=" + ps, "ns=" + ns, f"ps|sh|ns={ps}|{shape}|{ns}",
            "gb=" + gb, "ga=" + ga, f"gb|ga={gb}|{ga}",
            f"pw|c={pw}|{cls}", f"c|nw={cls}|{nw}", f"pw|sh={pw}|{shape}",
            "mode=" + mode,
        ]
        if r.poss:
            f.append("poss")
            f.append("poss|c=" + cls)
        if n1 is not None and n1.poss and not n1.sep_before:
            f.append("nposs")
        if r.tag:
            f.append("tag")
            f.append("tag|c=" + cls)
            f.append(f"tag|pos={'first' if (p1 is None or not p1.tag) else 'in'}")
        if r.hashtag:
            f.append("hash")
        if r.handle:
            f.append("handle")
        if sp:
            f.append(f"sp|sh={sp}|{shape}")
        if pw in _CUE_WORDS and pw2 in _CUE_WORDS:
            f.append(f"cue2={pw2}_{pw}")
        return f

    def gated(self, r: _Tok) -> bool:
        """Tokens never scored (probability 0), in training as at inference: empty or pure
        numbers, and common English words that are no name written without a capital outside
        prompt syntax ("the", "photo", "beach"). Keeps the cost to the few tokens that can be names."""
        if not r.base or r.base.isdigit():
            return True
        return (self.lex.cls(r.base) == "W" and r.shape in ("x", "X") and not r.tag and not r.hashtag
                and not r.handle)

    # -- scoring ----------------------------------------------------------------------------
    # Inference does not build the ~30 feature strings of ``context_features`` per token: it
    # splits them into the token's n-grams (cached by word) and four groups that depend on few
    # inputs each (the token itself; its left
    # context; its right context; the classes and gaps around it) and caches each group's weight
    # sum under those inputs. In a stream of new prompts 50-85% of the group lookups hit (the
    # same word after "of", the same class pattern), so a token costs a few dict lookups instead
    # of ~30 string builds and hashes. ``grouped_features`` lists exactly the strings of
    # ``_intrinsic`` + ``context_features`` (tests/unit/test_person_model_fast.py checks that, and
    # the probabilities against the plain per-feature sum, on varied inputs).

    def _cached(self, cache: dict, key, feats) -> float:
        v = cache.get(key)
        if v is None:
            w = self._w
            crc = zlib.crc32  # _h inlined: a miss hashes ~10 feature strings, and the call was a third of it
            v = sum(w[crc(f.encode("utf-8")) % DIM] for f in feats(*key))
            if len(cache) >= _GROUP_CACHE:  # bounded: unseen words do not accumulate forever
                cache.clear()
            cache[key] = v
        return v

    def _own_features(self, base, shape, mode, poss, tag, hashtag, handle) -> list[str]:
        lex = self.lex
        cls, like, sp = lex.cls(base), lex.likeness(base), lex.split(base)
        f = [
            "c=" + cls, "l=%d" % like, "sp=" + sp, "sh=" + shape, f"c|sh={cls}|{shape}", f"c|l={cls}|{like}",
            "mode=" + mode,
        ]
        if poss:
            f += ["poss", "poss|c=" + cls]
        if tag:
            f += ["tag", "tag|c=" + cls]
        if hashtag:
            f.append("hash")
        if handle:
            f.append("handle")
        if sp:
            f.append(f"sp|sh={sp}|{shape}")
        return f

    def _left_features(self, pw, pw2, ps, cls, like, shape) -> list[str]:
        pc = "<s>" if pw == "<s>" else self.lex.cls(pw)
        pl = -2 if pw == "<s>" else self.lex.likeness(pw)
        f = ["pw=" + pw, "pw2=" + pw2, f"pw2|pw={pw2}|{pw}", "pc=" + pc, f"pc|c={pc}|{cls}", "pl=%d" % pl,
             f"pl|l={pl}|{like}", "ps=" + ps, f"pw|c={pw}|{cls}", f"pw|sh={pw}|{shape}"]
        if pw in _CUE_WORDS and pw2 in _CUE_WORDS:
            f.append(f"cue2={pw2}_{pw}")
        return f

    def _right_features(self, nw, nw2, ns, cls, like) -> list[str]:
        nc = "</s>" if nw == "</s>" else self.lex.cls(nw)
        nl = -2 if nw == "</s>" else self.lex.likeness(nw)
        return ["nw=" + nw, "nw2=" + nw2, "nc=" + nc, f"c|nc={cls}|{nc}", "nl=%d" % nl, f"l|nl={like}|{nl}",
                "ns=" + ns, f"c|nw={cls}|{nw}"]

    @staticmethod
    def _joint_features(pc, cls, nc, ps, shape, ns, gb, ga, nposs, tagpos) -> list[str]:
        f = [f"pc|c|nc={pc}|{cls}|{nc}", f"ps|sh|ns={ps}|{shape}|{ns}", "gb=" + gb, "ga=" + ga, f"gb|ga={gb}|{ga}"]
        if nposs:
            f.append("nposs")
        if tagpos:
            f.append("tag|pos=" + tagpos)
        return f

    def _neighbours(self, rows: list[_Tok], i: int, mode: str) -> tuple:
        """How token ``i`` and its neighbours read, the one reading behind both ``context_features``
        (training, explanations) and ``_group_keys`` (inference): (row, previous row, next row,
        token, class, likeness, shape, previous/next word, the words two away, their classes and
        shapes, the gaps before and after). ``<s>``/``</s>`` stand where a separator cuts the view."""
        lex = self.lex
        r = rows[i]
        n = len(rows)
        p1 = rows[i - 1] if i > 0 else None
        n1 = rows[i + 1] if i + 1 < n else None
        p2 = rows[i - 2] if i > 1 else None
        n2 = rows[i + 2] if i + 2 < n else None
        tok = r.base
        m = mode != "mixed"
        shape = mode[0] + r.shape if m else r.shape
        pw = "<s>" if p1 is None or r.sep_before else p1.base
        nw = "</s>" if n1 is None or n1.sep_before else n1.base
        pw2 = "<s>" if p2 is None or p1 is None or r.sep_before or p1.sep_before else p2.base
        nw2 = "</s>" if n2 is None or n1 is None or n1.sep_before or n2.sep_before else n2.base
        pc = "<s>" if pw == "<s>" else lex.cls(pw)
        nc = "</s>" if nw == "</s>" else lex.cls(nw)
        ps = "<s>" if pw == "<s>" else (mode[0] + p1.shape if m else p1.shape)
        ns = "</s>" if nw == "</s>" else (mode[0] + n1.shape if m else n1.shape)
        gb = r.gap_before if not r.sep_before else "S"
        ga = "</s>" if n1 is None else (n1.gap_before if not n1.sep_before else "S")
        return r, p1, n1, tok, lex.cls(tok), lex.likeness(tok), shape, pw, nw, pw2, nw2, pc, nc, ps, ns, gb, ga

    def _group_keys(self, rows: list[_Tok], i: int, mode: str) -> tuple[tuple, tuple, tuple, tuple]:
        """The inputs of the four feature groups of token ``i`` (:meth:`_neighbours`)."""
        r, p1, n1, tok, cls, like, shape, pw, nw, pw2, nw2, pc, nc, ps, ns, gb, ga = self._neighbours(rows, i, mode)
        nposs = n1 is not None and n1.poss and not n1.sep_before
        tagpos = ("first" if (p1 is None or not p1.tag) else "in") if r.tag else ""
        return ((tok, shape, mode, r.poss, r.tag, r.hashtag, r.handle), (pw, pw2, ps, cls, like, shape),
                (nw, nw2, ns, cls, like), (pc, cls, nc, ps, shape, ns, gb, ga, nposs, tagpos))

    def grouped_features(self, rows: list[_Tok], i: int, mode: str) -> list[str]:
        """``_intrinsic`` + ``context_features`` of token ``i`` as the fast path groups them."""
        a, left, right, joint = self._group_keys(rows, i, mode)
        return (_intrinsic(a[0]) + self._own_features(*a) + self._left_features(*left) + self._right_features(*right)
                + self._joint_features(*joint))

    def token_probs(self, nt) -> tuple[list[float], list[_Tok], list, str]:
        """(probability per token, rows, tokens, casing mode) of one normalised field. The last
        field's answer is kept (by identity, so never confused with another field), because the
        subject-slot rules (subject.py) and :meth:`mentions` ask for the same field one after the
        other; the lists are read-only for callers."""
        last = self._last
        if last is not None and last[0] is nt:
            return last[1]
        out = self._token_probs(nt)
        self._last = (nt, out)  # one tuple assignment: safe when threads share the model
        return out

    def _token_probs(self, nt) -> tuple[list[float], list[_Tok], list, str]:
        rows, toks, mode = token_rows(nt)
        b = self._b
        gated = self.gated
        keys = self._group_keys
        cached = self._cached
        tok_sum = self._tok_sum
        own, left, right, joint = self._caches
        probs = []
        for i, r in enumerate(rows):
            if gated(r):
                probs.append(0.0)
                continue
            ka, kl, kr, kj = keys(rows, i, mode)
            # The dict reads inlined (most lookups hit); _cached computes and stores a miss.
            va, vl, vr, vj = own.get(ka), left.get(kl), right.get(kr), joint.get(kj)
            z = (b + tok_sum(r.base) + (va if va is not None else cached(own, ka, self._own_features))
                 + (vl if vl is not None else cached(left, kl, self._left_features))
                 + (vr if vr is not None else cached(right, kr, self._right_features))
                 + (vj if vj is not None else cached(joint, kj, self._joint_features)))
            probs.append(1.0 / (1.0 + math.exp(-z)) if z >= -30 else 0.0)
        return probs, rows, toks, mode

    def mentions(self, nt, threshold: float | None = None, explain: bool = True) -> list[Mention]:
        thr = self.threshold if threshold is None else threshold
        probs, rows, toks, mode = self.token_probs(nt)
        out: list[Mention] = []
        run: list[int] = []

        def close():
            if run:
                score = (max(probs[k] for k in run) + sum(probs[k] for k in run) / len(run)) / 2
                out.append(Mention(toks[run[0]].start, toks[run[-1]].end, score, tuple(run)))
                run.clear()

        for i, p in enumerate(probs):
            # Runs need a token of at least the threshold; a neighbour joins at 0.6 of it, or at
            # 0.15 when the gazetteer reads it as a name part (a surname after a clear first name:
            # "virat kohli", "boram park"), never across a separator (except the dot after an
            # initial: "R. Kucerova") nor after a possessive.
            r = rows[i]
            if run:
                initial = len(rows[run[-1]].base) == 1 and r.gap_before in (" ", ".")
                broken = (r.sep_before and not initial) or rows[run[-1]].poss
                join_at = 0.15 if self.lex.cls(r.base) in _SURNAME_CLASSES else thr * 0.6
                # A census surname that is no English word right after a confident given name
                # joins whatever its own score: the model under-scores a lower-case surname at
                # the end of a prompt ("nude pics of virat kohli": kohli 0.07), where nothing
                # after it confirms it. Only after a one-token run, so names do not grow
                # without end, and _plausible still checks both parts.
                # The same for a very name-like word in no dictionary ("jasprit bumrah": bumrah
                # 0.10), which no census lists.
                # Not after a known place or brand ("kodak portra", "fuji velvia").
                if (len(run) == 1 and probs[run[-1]] >= thr and r.shape == rows[run[-1]].shape
                        and self.lex.cls(rows[run[-1]].base) != "P"
                        and (self.lex.cls(r.base) in _SURNAME_CLASSES
                             or (self.lex.cls(r.base) == "U" and r.base.isalpha() and len(r.base) >= 4
                                 and self.lex.likeness(r.base) >= 3))):
                    join_at = 0.0
                if broken or p < join_at:
                    close()
                else:
                    run.append(i)
                    continue
            if p >= thr or (p >= thr * 0.75 and self._tag_given_name(r)):
                # a given name just below the threshold before a clear surname ("al leiter")
                prev = i - 1
                if (prev >= 0 and not r.sep_before and not rows[prev].poss and probs[prev] >= thr * 0.6
                        and not (out and prev in out[-1].tokens)):
                    run.append(prev)
                run.append(i)
        close()
        kept = [m for m in out if (max(probs[k] for k in m.tokens) >= thr
                                   or (len(m.tokens) == 1 and probs[m.tokens[0]] >= thr * 0.75
                                       and self._tag_given_name(rows[m.tokens[0]])))
                and self._plausible(m, rows, mode)]
        if explain:  # only the mentions returned (the explanation rebuilds every feature string)
            kept = [replace(m, top=self.explain(rows, list(m.tokens), mode)) for m in kept]
        return kept

    def _tag_given_name(self, r: _Tok) -> bool:
        """A network tag that is one very name-like word on no list and in no dictionary
        (``<lora:aishwarya>``, ``<lora:tamannaah>``): the gazetteers hold few non-Anglo given
        names, so the model's score for them sits just under the threshold. Concept and style
        tags ("goodhands", "lowra", "nijiexpress") are no names and score near 0; characters
        ("nezuko", "saya") score low too or are vetoed by ``_FICTIONAL_SINGLE`` downstream."""
        return (r.tag and r.base.isalpha() and len(r.base) >= 5 and self.lex.cls(r.base) == "U"
                and self.lex.likeness(r.base) >= 3)

    def _plausible(self, m: Mention, rows: list[_Tok], mode: str) -> bool:
        """A mention must carry a whole name. One plain word ("London", "Liberty", "Mary") is
        too often a place, a thing or a character to name a specific person; one token counts
        only when it holds a full name itself: joined ("sachintendulkar", "EmmaWatson"; a
        long lower-case token that is no word), or a network tag, hashtag or handle (which name one subject, even with a first name only).
        Runs of short all-caps words in mixed-case text are acronyms ("POW - MIA", "BMX")."""
        toks = [rows[k] for k in m.tokens]
        if mode == "mixed" and all(r.shape == "X" and len(r.base) <= 4 for r in toks):
            return False
        if toks[-1].base in _PLACE_TAILS or toks[0].base in _PLACE_HEADS:
            return False  # "Greene St", "Davidson College", "Downtown Austin", "Mount Fuji"
        if mode == "mixed" and any(r.gap_before == "-" and r.shape == "x" for r in toks[1:]):
            return False  # a hyphenated compound in running text: "Double-decker", "Fair-goers"
        if not toks[0].tag and self.lex.cls(toks[0].base) == "W":
            return False  # a common word that is no name opens it: "Double-decker", "An American"
        if all(len(r.base) <= 1 for r in toks) or len(toks[-1].base) <= 1:
            return False  # initials alone, or a trailing letter ("Ford F-150")
        if len(toks) >= 2:
            # The first and the last part must read as name parts (gazetteer class, name-likeness,
            # or a capital in mixed-case text), and no part may be jargon or a lower-case common
            # word: garbled adversarial strings ("symbolisurvididnchickick dtdill", "cox dik sack",
            # "georgian men") are runs of name-scored tokens too.
            def namey(r: _Tok) -> bool:
                return (self.lex.cls(r.base) in _NAME_CLASSES or self.lex.likeness(r.base) >= 2
                        or (mode == "mixed" and r.shape == "Xx"))

            if any((self.lex.cls(r.base) == "J" and not (k == 0 and self._short_given(toks)))
                   or (self.lex.cls(r.base) in ("W", "Wo") and r.shape == "x")
                   for k, r in enumerate(toks)):
                return False
            return namey(toks[0]) and namey(toks[-1])
        r = toks[0]
        cls = self.lex.cls(r.base)
        if r.tag and len(toks) == 1 and self._tag_given_name(r):
            return True  # see _tag_given_name
        if r.tag or r.hashtag:
            # Network tags and hashtags name concepts, styles and characters far more often than
            # people ("<lora:goodhands>", "<lora:saya>"): one token counts only as a gazetteer
            # first name ("<lora:oksana>") or a joined first name + surname ("<lora:anyapetrova>").
            # A long hashtag the model is sure of, that is no word and reads name-like, is a
            # joined full name the gazetteers cannot split ("#demetozdemir", "#natandrop").
            return (cls in ("F", "FS") or self.lex.split(r.base) in ("F+S", "F+L")
                    or r.hashtag and len(r.base) >= 9 and cls == "U" and m.score >= 0.9 and r.base.isalpha()
                    and self.lex.like is not None and self.lex.like.prob(r.base) >= 0.3)
        if r.handle or r.shape == "XxX":
            return True
        if r.shape not in ("x", "o"):
            return False  # one Title-case word: a place or a brand ("Shanghai", "Sanfrancisco")
        split = self.lex.split(r.base)
        if (split == "F+S" and len(r.base) >= 8) or (split == "F+L" and len(r.base) >= 9):
            return True
        # a long lower-case token that is no word and no single name: a joined name the
        # gazetteer cannot split ("hamidasefi", "brunamarquezine", "aydarşensoy"); typos and
        # slang are shorter ("childern", "chillin")
        return (r.shape in ("x", "o") and len(r.base) >= 9 and cls == "U" and self.lex.like is not None
                and self.lex.like.prob(r.base) >= 0.3)

    def _short_given(self, toks: list[_Tok]) -> bool:
        """A jargon-listed first word that is a short given name ("Uma", "Al", "Ed", "Bo") counts
        in a two-word mention written alike in Title case or capitals before a gazetteer name
        ("Uma Thurman", "AL PACINO"): lower case ("al dente", "uma foto"), after an article and
        before a word it stays jargon."""
        return (len(toks) == 2 and (all(r.shape == "Xx" for r in toks) or all(r.shape == "X" for r in toks))
                and len(toks[0].base) <= 4
                and toks[0].base not in _ARTICLES
                and self.lex.cls(toks[1].base) in ("F", "FS", "S1", "S2") and len(toks[1].base) >= 4)

    def explain(self, rows, run: list[int], mode: str, k: int = 4) -> tuple[str, ...]:
        """The features with the largest positive weights in a mention (what drove it)."""
        w = self._w
        contrib: dict[str, float] = {}
        for i in run:
            for f in _intrinsic(rows[i].base) + self.context_features(rows, i, mode):
                v = w[_h(f)]
                if v > 0:
                    contrib[f] = contrib.get(f, 0.0) + v
        return tuple(f for f, _ in sorted(contrib.items(), key=lambda x: -x[1])[:k])


_LOCK = threading.Lock()
_MODEL: dict[tuple, PersonMentionModel] = {}  # one per gazetteer choice (census / + international)


def artifact_bytes() -> bytes:
    return read_bytes(f"text/data/{_FILE}")


def load_person_mention_model(gaz=None, like=None) -> PersonMentionModel:
    """The shipped model, loaded once per process (and gazetteer); refuses an artifact whose checksum or
    feature scheme does not match what this code expects."""
    with _LOCK:
        key = tuple(getattr(gaz, "sources", ())) if gaz is not None else ("default",)
        if key in _MODEL:
            return _MODEL[key]
        import hashlib
        import io

        import numpy as np

        from .namelike import load_name_likeness
        from .gazetteer import load_gazetteer

        raw = artifact_bytes()
        with np.load(io.BytesIO(raw), allow_pickle=False) as z:
            scheme = str(z["scheme"])
            if scheme != FEATURE_SCHEME:
                raise ValueError(f"{_FILE}: feature scheme {scheme!r}, expected {FEATURE_SCHEME!r}: retrain it")
            weights = z["weights"]
            digest = hashlib.sha256(weights.tobytes()).hexdigest()
            if digest != str(z["weights_sha256"]):
                raise ValueError(f"{_FILE}: weights checksum mismatch (corrupt artifact)")
            if int(z["dim"]) != DIM:
                raise ValueError(f"{_FILE}: dim {int(z['dim'])}, expected {DIM}")
            model = PersonMentionModel(
                weights.astype("float64").tolist(), float(z["bias"]),
                {"version": str(z["version"]), "weights_sha256": digest},
                gaz if gaz is not None else load_gazetteer(), like if like is not None else load_name_likeness(),
                threshold=float(z["threshold"]),
            )
        _MODEL[key] = model
        return model
