"""minor_text: text that refers to a child or to someone under 18.

The policy blocks sexual or suggestive content whenever this signal reports a finding at or above
the ``minor`` category's threshold, under every profile. So this signal is tuned to be *sensitive*
(a missed child is the worst error the project can make) while staying out of the adult
vocabulary that would otherwise block ordinary adult content: ``petite``, ``girl``, ``18 year
old``, ``barely legal`` never fire; ``teen`` fires at a moderate score on purpose (see the docs
page, ``docs/signals/minor_text.md``).

Four labels:

``age_under_18``
    An explicit age under ``Params.adult_age``: ``15 year old``, ``15-year-old``, ``15yo``,
    ``15 y/o``, ``aged 15``, ``fifteen years old``, ``15 años``, ``15 ans``, ``15 Jahre alt``,
    ``15-летняя``, ``15歳``, ``十五岁``, ``teen 15``, ``6 month old``, ``7th grader``. Ages are read
    on the ``plain`` view, where digits are intact. A small window of words around the age decides
    whether it is a person's: ``a 15 year old whisky`` and ``15 years ago`` do not fire.
``school_age``
    School years that are (mostly) minors: ``middle school``, ``7th grade``, ``schoolgirl``, ``JK``.
``child_term``
    Words for children: ``child``, ``toddler``, ``little girl``, ``preteen``, ``a minor`` (the
    person, not ``minor key``), ``teen``, ``daughter`` ... in nine languages.
``sexualised_minor_term``
    Vocabulary that exists to sexualise children (``loli``, ``shotacon``, ``jailbait``, ``pthc``).

Words are matched on the ``folded`` view (so ``l0li``, ``k i d``, ``ｌｏｌｉ`` are caught) *and* on
the ``plain`` view (so a guess made by folding cannot hide a word that was written plainly).
Lexicons live in ``nciiguard/text/data/minor_*.tsv`` and are normalised with the same
:func:`~nciiguard.text.normalize.normalize` as the text, so both sides always agree.
"""

from __future__ import annotations

from bisect import bisect_right

from pydantic import Field

from ...findings import Finding, Span
from ...text.minor_lexicon import CJK_NUMERALS, CJK_RE, MinorEntry, MinorIndex, cjk_number, load_minor_lexicon
from ...text.benign_frames import given_name_before_surname
from ..base import SignalParams, TextSignal

__all__ = ["MinorTextSignal"]

#: Characters that end a clause: context never crosses them ("a minor, details" vs "minor details").
_CLAUSE_BREAK = frozenset(",.;:!?()[]{}|\n\"")


class MinorTextParams(SignalParams):
    #: Ages below this are minors. 18 almost everywhere; kept a parameter for jurisdictions and
    #: platforms with a higher bar (21), never lower than 16.
    adult_age: int = Field(default=18, ge=16, le=21)
    #: Score of ``teen``/``teenager``/``adolescent``. Adult sites use "teen" for 18-19 year olds,
    #: but a sexual request for a "teen" is one a safety tool must not let through: at the default
    #: 0.7 it is above the ``minor`` threshold (0.5) of the shipped profiles.
    teen_score: float = Field(default=0.7, ge=0.0, le=1.0)
    #: Score of school-uniform costume terms (``school uniform``, ``schoolgirl outfit``): a very
    #: common adult costume, so only just at the default threshold; evidence says which term.
    costume_score: float = Field(default=0.5, ge=0.0, le=1.0)
    #: Score of family terms (``daughter``, ``son``, ``niece``): often adult children.
    family_score: float = Field(default=0.6, ge=0.0, le=1.0)
    #: Score of a bare ``N years``/``N años`` with no person word nearby (``celebrating 15 years``).
    weak_age_score: float = Field(default=0.6, ge=0.0, le=1.0)
    #: Score of an ambiguous abbreviation (``cp``, ``jk``) with none of its context words nearby:
    #: reported for moderators, below the default threshold so it does not decide alone.
    ambiguous_score: float = Field(default=0.45, ge=0.0, le=1.0)
    #: How many words either side of an age or an abbreviation are read as its context.
    context_window: int = Field(default=4, ge=1, le=12)
    #: Findings scoring below this are not reported at all.
    min_score: float = Field(default=0.0, ge=0.0, le=1.0)
    #: At most this many findings per field (the highest scores): the policy needs one, a
    #: moderator a few; a prompt repeating "teen" 10,000 times must not cost seconds.
    max_findings: int = Field(default=50, ge=1, le=10_000)


# ---------------------------------------------------------------------------------------------
# The signal
# ---------------------------------------------------------------------------------------------
class MinorTextSignal(TextSignal):
    name = "minor_text"
    version = "1"
    modalities = frozenset({"text"})
    extra = None
    summary = "Children and people under 18 in text: ages, school years, child words, sexualised-minor terms."
    Params = MinorTextParams

    def load(self) -> None:
        self._lex = load_minor_lexicon()

    # Pure function of (normalised text, params, read-only lexicon): safe from any thread.
    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        raw: list[Finding] = []
        plain = nt.plain
        if plain.text:
            raw.extend(self._ages(nt))
            raw.extend(self._words(nt, nt.folded, self._lex.folded, "folded", field, ctx))
            if nt.folded is not plain:
                raw.extend(self._words(nt, plain, self._lex.plain, "plain", field, ctx))
            if not plain.text.isascii():
                raw.extend(self._cjk(nt))
        found = _dedupe(raw, field, self.params.min_score)
        cap = self.params.max_findings
        if len(found) > cap:
            top = sorted(found, key=lambda f: -f.score)[:cap]
            found = sorted(top, key=lambda f: (f.span.start, f.span.end))
        return found

    # -- helpers --------------------------------------------------------------------------------
    def _score(self, ref: str) -> float:
        if ref == "@teen":
            return self.params.teen_score
        if ref == "@costume":
            return self.params.costume_score
        if ref == "@family":
            return self.params.family_score
        return float(ref)

    @staticmethod
    def _finding(nt, view, start: int, end: int, label: str, score: float, evidence: dict) -> Finding:
        os_, oe = view.to_original(start, end)
        return Finding(label, score, "", Span(os_, oe), text=nt.original[os_:oe], evidence=evidence)

    # -- words ----------------------------------------------------------------------------------
    def _words(self, nt, view, index: MinorIndex, view_name: str, field: str = "prompt", ctx=None) -> list[Finding]:
        tokens = view.tokens
        words = [t.text for t in tokens]
        n = len(words)
        hits: list[tuple[int, int, MinorEntry]] = []  # (first token, last token + 1, entry)
        excluded: list[tuple[int, int]] = []
        # A term repeated thousands of times is collected at most ``limit`` times (enough to keep
        # the best after deduplication), while every other term is still looked up.
        limit = 2 * self.params.max_findings
        per_entry: dict[int, int] = {}
        for i, w in enumerate(words):
            for entry in index.exact.get(w, ()):
                if per_entry.get(id(entry), 0) >= limit:
                    continue
                k = len(entry.words)
                if i + k > n:
                    continue
                ok = True
                for j in range(1, k):
                    want, got = entry.words[j], words[i + j]
                    if not (got == want or (entry.prefix and j == k - 1 and got.startswith(want))):
                        ok = False
                        break
                if ok and k > 1 and _crosses_break(view.text, tokens, i, i + k):
                    ok = False
                if ok:
                    per_entry[id(entry)] = per_entry.get(id(entry), 0) + 1
                    (excluded.append((i, i + k)) if entry.label == "exclude" else hits.append((i, i + k, entry)))
            # One C-level test against every prefix first: most words start with none of them.
            if not w.startswith(index.prefix_heads):
                continue
            for entry in index.prefix:
                if w.startswith(entry.words[0]) and per_entry.get(id(entry), 0) < limit:
                    per_entry[id(entry)] = per_entry.get(id(entry), 0) + 1
                    hits.append((i, i + 1, entry))
        out: list[Finding] = []
        for a, b, entry in hits:
            if any(xa <= a and b <= xb for xa, xb in excluded):
                continue
            score = self._rule_score(entry, view, words, a, b)
            if score is None:
                continue
            start, end = tokens[a].start, tokens[b - 1].end
            if entry.rule == "accent":
                # "niña" folds to "nina", which is also a common first name: only the spelling
                # with its diacritic (or any non-ASCII letter) counts.
                os_, oe = view.to_original(start, end)
                if nt.original[os_:oe].isascii():
                    continue
            if entry.term in _GIVEN_NAME_TERMS and given_name_before_surname(nt.original, *view.to_original(start, end)) \
                    and not sexual_words_besides(nt, field, ctx, *view.to_original(start, end)):
                # round 19: "Lolita Tuazon Bañez à vélo": a woman's given name before her surname, in a
                # sentence that is not Title Case; reported for moderators below the deciding threshold.
                # Round 28: only in a field with no other sexual word: "Lolita Tuazon nude" keeps the term.
                score = min(score, self.params.ambiguous_score)
            ev = {"term": entry.term, "lang": entry.lang, "view": view_name}
            if entry.rule:
                ev["rule"] = entry.rule
            out.append(self._finding(nt, view, start, end, entry.label, score, ev))
        return out

    def _rule_score(self, entry: MinorEntry, view, words: list[str], a: int, b: int) -> float | None:
        score = self._score(entry.score)
        rule = entry.rule
        if not rule or rule == "accent":
            return score
        ctxw = self._lex.context
        tokens = view.tokens
        if rule == "minor_noun":
            return score if _minor_is_person(view.text, tokens, words, a, b, ctxw) else None
        if rule.startswith("not_before:"):
            # "baby giraffe", "baby dolls": the next word says it is not a child.
            if b < len(words) and not _break_between(view.text, tokens, b - 1, b) and words[b] in ctxw.get(rule[11:], ()):
                return None
            return score
        if rule == "possessive":
            if a > 0 and not _break_between(view.text, tokens, a - 1, a) and (
                words[a - 1] in ctxw.get("possessive", ()) or words[a - 1].endswith("'s")
            ):
                return score
            return None
        # ctx:<set>: full score with a context word in the window, else the ambiguous score.
        wanted = ctxw.get(rule[4:], frozenset())
        win = self.params.context_window
        near = words[max(0, a - win) : a] + words[b : b + win]
        if any(w in wanted for w in near):
            return score
        # Context words in Japanese/Chinese script (制服) have no word boundaries: substring test.
        if not view.text.isascii() and any(c in view.text for c in wanted if CJK_RE.search(c)):
            return score
        return min(score, self.params.ambiguous_score)

    def _cjk(self, nt) -> list[Finding]:
        regex, table = self._lex.cjk
        out = []
        for m in regex.finditer(nt.plain.text):
            if len(out) >= 2 * self.params.max_findings:
                break
            entry = table[m.group()]
            ev = {"term": entry.term, "lang": entry.lang, "view": "plain"}
            out.append(self._finding(nt, nt.plain, m.start(), m.end(), entry.label, self._score(entry.score), ev))
        return out

    # -- ages -----------------------------------------------------------------------------------
    def _ages(self, nt) -> list[Finding]:
        view = nt.plain
        text = view.text
        lex = self._lex
        out: list[Finding] = []
        tokens = view.tokens
        starts = [t.start for t in tokens]
        words = [t.text for t in tokens]
        adult = self.params.adult_age
        limit = 2 * self.params.max_findings

        def tok_at(pos: int) -> int:
            """Index of the token containing or starting after char ``pos``."""
            return bisect_right(starts, pos) - 1

        for m in lex.age_re.finditer(text):
            if len(out) >= limit:
                break
            value = self._number(m.group("num"), text, m.start("num"), tokens, starts, words)
            if value is None:
                continue
            kind = next((g for g in ("en", "yo", "months", "de", "es", "ru", "ml", "weak") if m.group(g)), "weak")
            if kind == "months":
                if not 0 <= value < 12 * adult:
                    continue
            elif not 1 <= value < adult:
                continue
            first = max(tok_at(m.start()), 0)
            last = tok_at(m.end() - 1)
            if kind == "weak":
                score = self._weak_age_score(text, tokens, words, first, last)
            else:
                score = self._strong_age_score(text, tokens, words, first, last, predicate_check=True)
            if score is None:
                continue
            ev = {"pattern": f"number_{kind}", "age": value if kind != "months" else 0}
            if kind == "months":
                ev["months"] = value
            out.append(self._finding(nt, view, m.start(), m.end(), "age_under_18", score, ev))

        for m in lex.prefix_age_re.finditer(text):
            if len(out) >= limit:
                break
            pre = m.group("pre")
            if pre.startswith("teen") and not m.group("num")[0].isdigit():
                continue  # "teenagers two ..." is a count, not an age
            value = self._number(m.group("num"), text, m.start("num"), tokens, starts, words)
            if value is None or not 1 <= value < adult:
                continue
            first, last = max(tok_at(m.start()), 0), tok_at(m.end() - 1)
            # "aged 15 years ago"? rare; "whisky aged 12 years": the subject decides.
            score = self._strong_age_score(text, tokens, words, first, last, predicate_check=True, always_back=True)
            if score is None:
                continue
            pattern = "teen_number" if pre.startswith("teen") else "age_prefix"
            out.append(self._finding(nt, view, m.start(), m.end(), "age_under_18", score, {"pattern": pattern, "age": value}))

        for m in lex.grade_re.finditer(text):
            if len(out) >= limit:
                break
            g = m.group("gnum") or m.group("gnum2")
            grade = 0 if g == "k" else int(g) if g else lex.ordinals.get(m.group("gword") or "")
            if grade is None or not 0 <= grade <= 12:
                continue
            first, last = max(tok_at(m.start()), 0), tok_at(m.end() - 1)
            if m.group("gnum2") is not None:
                # "grade 7" is also steel, burns and tumours: needs a school or person word.
                wanted = lex.context.get("school", frozenset()) | lex.context.get("person", frozenset())
                win = self.params.context_window
                near = words[max(0, first - win) : first] + words[last + 1 : last + 1 + win]
                if not any(w in wanted for w in near):
                    continue
                score = 0.7
            else:
                score = 0.9 if m.group("er") else 0.8
            ev = {"pattern": "school_grade", "grade": grade, "age": grade + 6}
            out.append(self._finding(nt, view, m.start(), m.end(), "school_age", score, ev))

        if not text.isascii():
            for m in lex.cjk_age_re.finditer(text):
                if len(out) >= limit:
                    break
                value = cjk_number(m.group("cnum"))
                if value is None or not 1 <= value < adult:
                    continue
                s = m.start()
                if s > 0 and (text[s - 1].isdigit() or text[s - 1] in CJK_NUMERALS or text[s - 1] in "百千"):
                    continue  # part of a larger number: 二十五歳, 115歳
                out.append(self._finding(nt, view, s, m.end(), "age_under_18", 0.95,
                                         {"pattern": "cjk_age", "age": value}))
        return out

    def _number(self, raw: str, text: str, pos: int, tokens, starts, words) -> int | None:
        digits = raw.replace(" ", "")
        if digits.isdigit():
            return int(digits)
        value = self._lex.numbers.get(raw)
        if value is None:
            return None
        # "twenty five years old", "treinta y cinco años": the small number is part of a bigger one.
        i = bisect_right(starts, pos) - 1
        tens, joiners = self._lex.tens, self._lex.joiners
        if i >= 1 and words[i - 1] in tens:
            return None
        if i >= 2 and words[i - 1] in joiners and words[i - 2] in tens:
            return None
        return value

    def _strong_age_score(self, text, tokens, words, first, last, *, predicate_check, always_back=False):
        """An attributive age: fires unless it is attached to an object."""
        ctxw = self._lex.context
        person, obj, skip = ctxw.get("person", ()), ctxw.get("object", ()), ctxw.get("skip", ())
        win = self.params.context_window
        # Forward: "a 15 year old whisky" / "a 15 year old girl": the first noun we know decides.
        for j in range(last + 1, min(len(words), last + 1 + win)):
            if _break_between(text, tokens, j - 1, j):
                break
            if words[j] in person:
                return 0.95
            if words[j] in obj:
                return None
        # Backward, for predicates: "the car is 15 years old", "whisky aged 12 years".
        if predicate_check:
            j = first - 1
            saw_copula = always_back
            steps = 0
            while j >= 0 and steps < win:
                if _break_between(text, tokens, j, j + 1):
                    break
                w = words[j]
                if w in person:
                    return 0.95
                if w in obj and saw_copula:
                    return None
                if w not in skip:
                    break
                saw_copula = saw_copula or w in ("is", "was", "are", "were", "es", "ist", "est")
                j -= 1
                steps += 1
        return 0.95

    def _weak_age_score(self, text, tokens, words, first, last) -> float | None:
        """``N years``: a duration unless a person is near and no time word is."""
        ctxw = self._lex.context
        before = ctxw.get("time_before", frozenset())
        after = ctxw.get("time_after", frozenset())
        if first > 0 and not _break_between(text, tokens, first - 1, first) and (
            words[first - 1] in before or (first > 1 and f"{words[first - 2]} {words[first - 1]}" in before)
        ):
            return None  # "for 15 years", "il y a 15 ans" (two-word markers are listed as such)
        if last + 1 < len(words) and words[last + 1] in after and not _break_between(text, tokens, last, last + 1):
            return None
        person, obj = ctxw.get("person", ()), ctxw.get("object", ())
        win = self.params.context_window
        # nearest known noun on either side decides
        for dist in range(1, win + 1):
            for j in (first - dist, last + dist):
                if 0 <= j < len(words):
                    lo, hi = (j, first) if j < first else (last, j)
                    if any(_break_between(text, tokens, k, k + 1) for k in range(lo, hi)) and dist > 1:
                        continue
                    if words[j] in person:
                        return 0.95
                    if words[j] in obj:
                        return None
        return self.params.weak_age_score


# ---------------------------------------------------------------------------------------------
# Small pure helpers
# ---------------------------------------------------------------------------------------------
#: Minor-sexualising words that are also given names (Spanish and Portuguese diminutive of Dolores):
#: written "Lolita" before a capitalised surname, they name a woman.
_GIVEN_NAME_TERMS = frozenset({"lolita"})
def sexual_words_besides(nt, field: str, ctx, start: int, end: int) -> bool:
    """The field holds a sexual-lexicon word (explicit, nudity or euphemism: a suggestive one such as "bikini"
    keeps the round-19 reading) outside ``original[start:end]``: the packaged lexicon's matches, shared through
    the scan context with ``sexual_text`` (computed here only when it did not run)."""
    from ...content import CacheKey
    from ...text.sexual_lexicon import load_sexual_lexicon
    from ..base import shared

    lex = load_sexual_lexicon()
    matches = shared(ctx, CacheKey("sexual_lexicon", field, id(lex)), lambda: lex.match(nt))
    return any((m.oend <= start or m.ostart >= end) and m.entry.grade != "suggestive" for m in matches)


def _break_between(text: str, tokens, i: int, j: int) -> bool:
    """True if a clause break lies between token ``i`` and token ``j`` (``i < j``)."""
    gap = text[tokens[i].end : tokens[j].start]
    return any(c in _CLAUSE_BREAK for c in gap)


def _crosses_break(text: str, tokens, a: int, b: int) -> bool:
    return any(_break_between(text, tokens, k, k + 1) for k in range(a, b - 1))


def _minor_is_person(text, tokens, words, a, b, ctxw) -> bool:
    """``a minor`` (a person) versus ``minor key``/``minor injury``/``the damage was minor``."""
    n = len(words)
    follow = ctxw.get("minor_follow", frozenset())
    pred = ctxw.get("minor_pred", frozenset())
    if b < n and not _break_between(text, tokens, b - 1, b):
        # Followed by a word in the same clause: a person only if that word says so
        # ("a minor in a bikini", "minor girl"); otherwise "minor" modifies it ("minor details").
        return words[b] in follow
    # Clause-final: a noun ("sexy minor.", "with a minor") unless predicative ("were minor.").
    if a > 0 and not _break_between(text, tokens, a - 1, a) and words[a - 1] in pred:
        return False
    return True


def _dedupe(raw: list[Finding], field: str, min_score: float) -> list[Finding]:
    """One finding per (label, span), the highest score; then drop ones nested in a longer one of
    the same label that scores at least as high (``high school`` inside ``high school girl``).

    Linear after sorting: a hostile prompt repeating a term thousands of times gives thousands of
    findings, and this must not become quadratic.
    """
    best: dict[tuple, Finding] = {}
    for f in raw:
        if f.score < min_score:
            continue
        key = (f.label, f.span.start, f.span.end)
        cur = best.get(key)
        if cur is None or f.score > cur.score:
            best[key] = f
    kept = sorted(best.values(), key=lambda f: (f.span.start, -(f.span.end - f.span.start)))
    out: list[Finding] = []
    cover: dict[str, Finding] = {}  # per label: the kept finding reaching furthest right so far
    for f in kept:
        g = cover.get(f.label)
        if (
            g is not None and g.span.start <= f.span.start and f.span.end <= g.span.end
            and (g.span.end - g.span.start) > (f.span.end - f.span.start) and g.score >= f.score
        ):
            continue
        out.append(Finding(f.label, f.score, field, f.span, text=f.text, evidence=dict(f.evidence)))
        if g is None or f.span.end > g.span.end:
            cover[f.label] = f
    return out
