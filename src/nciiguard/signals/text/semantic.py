"""Sexual requests read by meaning: a sentence encoder plus a trained head (the learned layer).

``sexual_text`` (rules: lexicon, fuzzy and masked spellings, token-soup fragments) stays the precise,
explainable first layer. This signal reads what a field *means*: all-MiniLM-L6-v2 embeddings of the
field's folded text (:mod:`nciiguard.text.encoder`, onnxruntime, no torch) and a head trained in this
repository (:mod:`nciiguard.text.semantic`, ``scripts/train_semantic_sexual.py``). It catches what
defeats a lexicon while the meaning survives: optimised token soup with glued or misspelt sexual
fragments, leetspeak in other languages, "x-ray vision through her clothes", "body paint only".

One finding per field, label ``sexual_request``, when the head's probability reaches the calibrated
threshold stored with the head (or ``min_probability``); ``score`` is the probability. With the
token-level head (the shipped one) the span is the word whose tokens drove the score most, taken
from the same encoder pass, and ``evidence["top_words"]`` lists it and the next words scoring at
least ``word_floor`` (the probability if that word alone carried the odds), with their spans in the
original text. With a sentence-level head the span is the word the head scores highest on its own
among at most ``explain_candidates`` candidate words (one padded encoder call, flagged fields
only); when no single word carries the meaning the span is the whole field and ``top_words`` is
empty.

Cost control (see bench/results/prompt_speed.md): the encoder runs only where the rules leave
doubt. A field where the sexual lexicon already finds an explicit, nudity or euphemism term at or
above ``skip_rule_score`` is not encoded (the ``sexual`` category is already established by
``sexual_text``; the lexicon match is shared with that signal through the scan context), and the
negative prompt is not read by default. A field the n-gram classifier of ``sexual_text`` scores
below ``skip_below_ngram`` (an ordinary caption) is not encoded either (its probability is shared too). :meth:`prepare` encodes the fields of many scans in one
batch (``Guard.screen_prompts``).
"""

from __future__ import annotations

import re

import logging
from typing import ClassVar, Literal, Sequence

from pydantic import Field, field_validator

from ...findings import Finding, Span
from ...content import CacheKey
from ..base import SignalParams, TextSignal, shared

log = logging.getLogger("nciiguard.signals")

#: Lexicon grades that make the encoder unnecessary for a field (see ``skip_rule_score``).
_DECISIVE_GRADES = ("explicit", "nudity", "euphemism")


class SemanticSexualTextSignal(TextSignal):
    name: ClassVar[str] = "semantic_sexual_text"
    version: ClassVar[str] = "13"  # 2: token-level head, span = the top token's word; 3: long fields read by window; 4: foreign words discounted; 5: benign senses discounted; 6: names discounted; 7: benign frames discounted; 8: adults at ordinary things, a top word in a benign sense, removing a thing of the picture (round 21); 9: names with an emoji between, "adult" in apposition, everyday written texts (round 23); 10: an optional second head, the union of findings (round 29); 11: "adult" qualifying a person noun after a possessive (round 30); 12: a romanised Thai name token ("pornpawee") discounted like a found name (round 31); 13: a hyphen-joined family part after a found name ("Gayle-Hinds", round 33)
    modalities: ClassVar[frozenset[str]] = frozenset({"text"})
    extra: ClassVar[str | None] = "semantic"
    summary: ClassVar[str] = "Sexual requests read by meaning: MiniLM encoder (onnxruntime) + trained token-level head."

    class Params(SignalParams):
        #: Without the ``semantic`` extra: "error" raises MissingExtraError naming it (the default,
        #: as for every signal); "skip" runs without this layer (rules only) and logs it once at load.
        #: The built-in profiles use "skip" so that the core install still screens prompts.
        when_missing: Literal["error", "skip"] = "error"
        #: Report a field at or above this probability; None: the calibrated threshold of the head.
        min_probability: float | None = Field(default=None, ge=0.0, le=1.0)
        #: Text fields never encoded (the policy does not read the negative prompt by default).
        skip_fields: list[str] = Field(default_factory=lambda: ["negative_prompt"])
        #: Skip the encoder for a field where the lexicon found an explicit, nudity or euphemism term
        #: at this score or higher (the profiles read those grades as ``sexual`` from 0.5 on);
        #: 1.01 disables the skip: every field is encoded.
        skip_rule_score: float = Field(default=0.5, ge=0.0, le=1.01)
        #: Skip the encoder for a field the n-gram classifier of sexual_text scores below this
        #: (0 disables). 0.01 since round 14 (was 0.005): the encoder then reads 37% of the speed
        #: mix instead of 51% (the largest single cost of a prompt), and on the retired held-out
        #: sets v2-v11 and the development sets every measure moved by 0.15 points or less
        #: (bench/results/semantic_gate_sets.md; 1 more of 177 fresh head flags lost,
        #: bench/results/semantic_gate.md). 0.02 would encode 25% but cost up to 0.6 points of
        #: disguised requests, the row furthest from its target.
        skip_below_ngram: float = Field(default=0.01, ge=0.0, le=1.0)
        #: Fields written in another language (two or more function words of French, Spanish,
        #: German, Italian, Portuguese...: the markers of text/persons/wordclasses.py) are reported
        #: only at or above this probability (1.0: never; the lexicon, which reads those languages,
        #: carries them). Why: the encoder is English-trained and its token head reads unfamiliar
        #: words of a benign sentence as the odd word out ("una pareja ... al atardecer" scored
        #: above the calibrated threshold), which with a person in the prompt would block it.
        foreign_min_probability: float = Field(default=1.0, ge=0.0, le=1.0)
        #: The token head reads a field of more tokens through one window of this many, the one of
        #: the overlapping windows over the whole field that the n-gram classifier scores highest
        #: (text/encoder.py, WINDOW_TOKENS); 0: the first MAX_TOKENS (128) tokens, as before 2026.12.4.
        window_tokens: int = Field(default=64, ge=0, le=128)

        @field_validator("window_tokens")
        @classmethod
        def _window_holds_more_than_the_overlap(cls, v: int) -> int:
            if 0 < v < 32:
                raise ValueError("window_tokens must be 0 (truncate at 128 tokens) or at least 32")
            return v
        #: Drop a finding whose probability falls under the threshold without the words of another
        #: language (in the word table, not English, holding no explicit or nudity term) that the
        #: English-trained encoder cannot read ("als Bleistiftzeichnung"); see ``_odd_word_out``.
        discount_foreign_words: bool = True
        #: 0: no explanation (whole-field span). Token head: any other value lists the top words (free).
        #: Sentence-level head: candidate words scored on their own to explain a finding.
        explain_candidates: int = Field(default=8, ge=0, le=32)
        #: Lowest probability of a word on its own for it to be listed as a contributing word.
        word_floor: float = Field(default=0.5, ge=0.0, le=1.0)
        #: Contributing words listed in the evidence.
        top_words: int = Field(default=3, ge=1, le=10)
        #: Do not report a field whose score rests on the words of a benign-sense phrase of the
        #: lexicon's exceptions ("chicken breasts", "naked truth"; see ``_benign_sense``).
        discount_benign_senses: bool = True
        #: (round 16) Do not report a field whose score rests on the words of a person's NAME that the
        #: person reader found (a full name, a handle, a registry alias, a style author: not a role
        #: such as "my coworker"); a finding that stays lists the discounted name words in its evidence.
        #: See ``_name_only``.
        discount_names: bool = True
        #: (round 29) A second token head shipped beside the first (``text/data/<file>``; None: none). A field
        #: the first head does not report is reported when the second one does, at ``second_min_probability``
        #: and through the same gate and vetoes (the union of the two heads' findings): a newer head can add
        #: what it reads with confidence without taking away what the shipped head reads.
        second_head: str | None = None
        second_min_probability: float = Field(default=0.99, ge=0.5, le=1.0)
        #: The second head's finding counts only where the first head's probability is at least this (0: always):
        #: the newer head adds what the shipped one already half reads.
        second_first_floor: float = Field(default=0.0, ge=0.0, le=1.0)

    def load(self) -> None:
        from ...errors import MissingExtraError

        self._disabled = False
        try:
            self._load()
        except MissingExtraError as exc:
            if self.params.when_missing != "skip":
                raise
            self._disabled = True
            self.disabled_reason = str(exc)
            log.warning("semantic_sexual_text is off: %s", exc)

    def _load(self) -> None:
        from ...text import encoder, semantic
        from ...text import classifier
        from ...text.sexual_lexicon import load_sexual_lexicon
        from .sexual import CLASSIFIER_FILE

        self._encoder = encoder.shared_encoder()
        self._head = semantic.load_packaged()
        if self._head.encoder_id != self._encoder.encoder_id:
            from ...errors import SignalError

            raise SignalError(f"semantic head was trained on {self._head.encoder_id!r}, "
                              f"the encoder is {self._encoder.encoder_id!r}")
        self._threshold = self.params.min_probability if self.params.min_probability is not None else self._head.threshold
        # The same cached Lexicon object sexual_text uses with default params, so the scan context
        # shares one match per field between the two signals.
        self._lexicon = load_sexual_lexicon()
        self._ngram = classifier.load_packaged(CLASSIFIER_FILE) if self.params.skip_below_ngram > 0 else None
        self._window_ngram = classifier.load_packaged(CLASSIFIER_FILE)
        self._window = self.params.window_tokens or None
        # Single-word explicit/nudity terms (3+ letters): a foreign word containing one ("porrfilm",
        # "nakenbild") is never discounted as a word the encoder cannot read (see _odd_word_out).
        import re

        pieces = sorted({toks[0] for toks, _stem, e in self._lexicon.forms("folded")
                         if len(toks) == 1 and len(toks[0]) >= 3 and e.grade in ("explicit", "nudity")})
        self._decisive_search = re.compile("|".join(map(re.escape, pieces))).search if pieces else None
        self._names = None
        if self.params.discount_names:
            from ...text.persons import PersonReader, ReadingOptions

            # Default reading options: the scan shares the reading with real_person_text when it
            # reads with the same options and no registry matcher (read only for flagged fields).
            self._names = PersonReader(ReadingOptions())
            self._names.load()
        self._second = None
        if self.params.second_head:
            import copy

            # after everything else is loaded: the same encoder, lexicon, readers and params; its own head, threshold
            second = copy.copy(self)
            second._head = semantic.load_head(self.params.second_head, "scripts/train_semantic_sexual.py",
                                              token_level=True)
            if not self._head.token_level or second._head.encoder_id != self._encoder.encoder_id:
                from ...errors import SignalError

                raise SignalError(f"second semantic head {self.params.second_head!r} needs a token head on "
                                  f"{self._encoder.encoder_id!r}")
            second._threshold = self.params.second_min_probability
            self._second = second

    # -- which fields need the encoder -------------------------------------------------------
    def _needs_model(self, nt, field: str, ctx=None) -> bool:
        """Whether the encoder must read this field (``ctx``: the scan it came from, if any)."""
        if field in self.params.skip_fields:
            return False
        if not nt.folded.text.strip():
            return False
        if self.params.skip_rule_score <= 1.0:
            matches = shared(ctx, CacheKey("sexual_lexicon", field, id(self._lexicon)), lambda: self._lexicon.match(nt))
            if any(m.entry.grade in _DECISIVE_GRADES and m.entry.score >= self.params.skip_rule_score for m in matches):
                return False
        if self._ngram is not None:
            p = shared(ctx, CacheKey("sexual_ngram_p", field, id(self._ngram)), lambda: self._ngram.score(nt.folded.text))
            if p < self.params.skip_below_ngram:
                return False
        return True

    def prepare(self, ctxs: Sequence) -> None:
        """Encode the fields of many scans in one batch (cached in each context for ``detect``)."""
        self.ensure_loaded()
        if self._disabled:
            return
        todo = []
        for ctx in ctxs:
            for field in ctx.text_fields:
                nt = ctx.text(field)
                if self._needs_model(nt, field, ctx):
                    todo.append((ctx, field, nt.folded.text))
        if not todo:
            return
        if self._head.token_level:
            texts = [t for _, _, t in todo]
            states = self._encoder.encode_tokens_many(texts, lambda i, spans: self._choose(texts[i], spans),
                                                      window=self._window)
            for (ctx, field, _), st in zip(todo, states):
                # The pass itself is shared too: real_person_text's private-reference model reads it.
                ctx.shared(CacheKey("semantic_tokens", field), lambda st=st: st)
                res = ctx.shared(CacheKey("semantic_sexual_tok", field), lambda st=st: self._token_result(st))
                if self._second is not None and self.params.second_first_floor <= res[0] < self._threshold:
                    # (round 30) the second head's reading too, the one detect_text would make: the
                    # private-reference model's gate peeks it (a cached value whatever order signals run in);
                    # at the first head's threshold the gate is open already
                    ctx.shared(CacheKey("semantic_sexual_tok2", field), lambda st=st: self._second._token_result(st))
            return
        probs = self._head.probabilities(self._encoder.encode([t for _, _, t in todo]))
        for (ctx, field, _), p in zip(todo, probs):
            ctx.shared(CacheKey("semantic_sexual_p", field), lambda p=p: float(p))

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        if self._disabled or not self._needs_model(nt, field, ctx):
            return []
        text = nt.folded.text
        if self._head.token_level:
            def states():  # the encoder pass, shared: real_person_text's private-reference model reads it
                return shared(ctx, CacheKey("semantic_tokens", field), lambda: self._encoder.encode_tokens(
                    text, lambda spans: self._choose(text, spans), window=self._window))

            res = shared(ctx, CacheKey("semantic_sexual_tok", field), lambda: self._token_result(states()))
            found = self._vetted(nt, field, ctx, res)
            if not found and self._second is not None and res[0] >= self.params.second_first_floor:
                # the union: the second head, same gate and vetoes
                res2 = shared(ctx, CacheKey("semantic_sexual_tok2", field),
                              lambda: self._second._token_result(states()))
                found = self._second._vetted(nt, field, ctx, res2)
            return found
        p = shared(ctx, CacheKey("semantic_sexual_p", field),
                   lambda: float(self._head.probabilities(self._encoder.encode_one(text))[0]))
        if not self._reportable(p, nt):
            return []
        return [self._finding(field, nt, p)]

    def _vetted(self, nt, field: str, ctx, res) -> list[Finding]:
        """The token head's finding for ``res`` unless its threshold or a veto drops it."""
        if (not self._reportable(res[0], nt) or self._odd_word_out(nt, res) or self._benign_sense(nt, res)
                or self._benign_frame(nt, res) or _benign_removal_only(nt.folded.text)
                or _written_task_only(nt.folded.text)
                or self._suggestive_only(nt, res)):
            return []
        names = self._name_spans(nt, field, ctx)
        if names and self._name_only(res, names):
            return []
        return [self._token_finding(field, nt, res, names)]

    def _choose(self, text: str, spans) -> int:
        """The window of a long field the token head reads: the one the n-gram classifier of
        sexual_text scores highest (the first on ties). Costs one n-gram score per window, a few
        hundred characters each: linear in the field's length."""
        best, pick = -1.0, 0
        for i, (start, end) in enumerate(spans):
            p = self._window_ngram.score(text[start:end])
            if p > best:
                best, pick = p, i
        return pick

    def _reportable(self, p: float, nt) -> bool:
        """At the threshold, and in a field written in another language at ``foreign_min_probability``."""
        return p >= self._threshold and (p >= self.params.foreign_min_probability or not _foreign(nt))

    def _odd_word_out(self, nt, res) -> bool:
        """The token head's score rests on words it cannot read: without them the field is under
        the threshold. Such a word is a word of another language of the word table (or a compound
        of two of its words: "Bleistiftzeichnung", "Kohlezeichnung") that is no English word and
        holds no explicit or nudity term. Why: the encoder is English-trained and its token head
        reads an unfamiliar word in a short benign prompt as the odd word out ("Paulina Vega als
        Bleistiftzeichnung" scored 0.98); with a person named that blocked an ordinary prompt. The
        lexicon reads those languages' sexual words; it carries them. Cost: only flagged fields,
        one table lookup (a few per split point for a long unknown word) per word. A word written mostly in a
        script other than Latin and CJK (Tamil, Thai, Hebrew...: :func:`_other_script`) is such a word
        too: the encoder's vocabulary barely holds those scripts (round 12: benign Tamil prompts scored 0.97)."""
        if not self.params.discount_foreign_words:
            return False
        from ...text.persons.language import word_languages
        from ...text.persons.gazetteer import load_gazetteer

        p, z, offsets, special, emb = res
        english = load_gazetteer()
        view = nt.folded
        odd = []
        for tok in view.tokens:
            w = tok.text.lower()
            if (len(w) < 3 or english.is_word(w) or self._holds_decisive_piece(w)
                    or not (_other_script(w) or word_languages(w, english.words_common))):
                continue
            odd.append((tok.start, tok.end))
        if not odd:
            return False
        from ...text import semantic

        return semantic.probability_without(self._head, emb, z, offsets, special, odd) < self._threshold

    def _benign_sense(self, nt, res) -> bool:
        """The score rests on words of a benign-sense phrase of the lexicon's exceptions ("chicken
        breasts on a grill", "the naked truth", "a nude-coloured dress"): without those words' tokens
        the field is under the threshold. The lexicon already reads these phrases as benign; the
        encoder does not know them (round 11: 4 of 41 homonym twins were flagged by this head alone).
        Cost: only flagged fields, one exception scan and one re-scoring."""
        if not self.params.discount_benign_senses:
            return False
        spans = self._lexicon.exception_spans(nt, "folded")
        if not spans:
            return False
        from ...text import semantic

        p, z, offsets, special, emb = res
        if semantic.probability_without(self._head, emb, z, offsets, special, spans) < self._threshold:
            return True
        # Round 21: the top word itself stands in a benign-sense phrase ("nude-coloured heels": "nude" 0.98)
        # and the lexicon reads no sexual word in the field: the head's score is that word's sexual sense.
        ranked = semantic.token_words(nt.folded.tokens, z, offsets, special)
        if not ranked:
            return False
        ts, te = ranked[0][0], ranked[0][1]
        return any(a <= ts and te <= b for a, b in spans) and not self._lexicon.match(nt)

    def _suggestive_only(self, nt, res) -> bool:
        """In a commerce frame (a catalogue, a product shot, a shop listing: ``_CATALOGUE``) the lexicon reads only
        suggestive words ("a model in a lingerie catalogue, tasteful") and the head's score rests on them: without
        those words' tokens the field is under the threshold. The lexicon's grade is the finer reading of a garment or a pose word (suggestive, reviewed, not sexual); the head read the
        same word as a sexual request (round 22: 0.96 on "lingerie" in a catalogue description). A field the lexicon
        reads nothing in, or anything stronger in, is left to the head. Cost: only flagged fields, the shared
        lexicon match and one re-scoring."""
        if not self.params.discount_benign_senses or not _CATALOGUE.search(nt.folded.text):
            return False
        found = self._lexicon.match(nt)
        if not found or any(m.entry.grade != "suggestive" for m in found):
            return False
        spans = [(m.start, m.end) for m in found if m.view == "folded"]
        if len(spans) != len(found):
            return False  # a word only the plain view reads: its folded span is unknown
        from ...text import semantic

        p, z, offsets, special, emb = res
        return semantic.probability_without(self._head, emb, z, offsets, special, spans) < self._threshold

    def _benign_frame(self, nt, res) -> bool:
        """The score rests on the words of a benign frame (:mod:`nciiguard.text.benign_frames`): a
        sexual key switched off ("explicit=False"), a clothing key switched on ("clothes=True"), a hen
        party, "fully clothed", booru boilerplate tags. Without those words' tokens the field is under
        the threshold. Round 18: "asleep on a hotel bed fully clothed" scored 0.99 on "clothed", "with
        a cocktail at a hen party" 0.97 on "hen"; with a person named both were blocked. Cost: only
        flagged fields, a few gated regexes and one re-scoring."""
        if not self.params.discount_benign_senses:
            return False
        from ...text.benign_frames import frame_spans

        spans = frame_spans(nt.folded.text)
        text = nt.folded.text
        from ...text import semantic

        p, z, offsets, special, emb = res
        if "adult" in text or "grown" in text:  # "adults watching a movie" (round 21)
            spans = sorted(spans + [m.span(m.lastindex) for m in _ADULTS_AT_ORDINARY.finditer(text)])
            # "(adult, bridesmaid)", "(she's an adult)" (round 22): the age said of the person, blanked with the
            # frames; without it the field must read as plainly benign (a soup item "tinder match (adult)" beside
            # "sheer nothing outfit" keeps 0.2 and stays flagged)
            ages = _age_assurances(nt) if not _UNDRESS_CUE.search(text) else []
            if ages and semantic.probability_without(self._head, emb, z, offsets, special,
                                                     sorted(spans + ages)) < _AGE_PLAIN:
                return True
        if not spans:
            return False
        return semantic.probability_without(self._head, emb, z, offsets, special, spans) < self._threshold

    def _name_spans(self, nt, field: str, ctx) -> list[tuple[int, int]]:
        """(start, end) in the folded view of the words inside a NAME the person reader found in
        this field: a full name, a handle, a registry alias, a style author, of at most
        ``_NAME_MAX_WORDS`` words. Roles and descriptions ("my coworker", "the adult ed
        teacher") are not names: their words are meaning and stay. Only flagged fields are read
        (once per scan, shared with real_person_text when both read alike)."""
        if self._names is None:
            return []
        found = (self._names.read_scan(ctx, field) if ctx is not None and field in ctx.text_fields
                 else self._names.read(nt, field))
        spans = [(f.span.start, f.span.end) for f in found
                 if f.span is not None and f.score >= _NAME_MIN_SCORE
                 and (f.label in _NAME_LABELS or (f.label in _SLOT_LABELS and _title_case_name(nt.original, f.span)))]
        if not spans:
            return []
        # Round 33: a double-barrelled family goes on past the found name by a hyphen ("Shelly-Marie
        # Gayle-Hinds": the reader's pair ends at "Gayle"); the joined capitalised part is the name's too
        spans = [_hyphen_tail(nt.original, a, b) for a, b in spans]
        from bisect import bisect_left

        # Each token's original span once, in order; each name then reads only the tokens from its
        # start on, and stops past its end or past _NAME_MAX_WORDS + 1 words: linear in the field
        # (a loop over every token per name was quadratic on a field of many short "names").
        view, out = nt.folded, []
        orig = [view.to_original(tok.start, tok.end) for tok in view.tokens]
        starts = [o[0] for o in orig]
        for a, b in spans:
            words = []
            for i in range(bisect_left(starts, a), len(orig)):
                os_, oe = orig[i]
                if os_ >= b or len(words) > _NAME_MAX_WORDS:
                    break
                if oe <= b:
                    tok = view.tokens[i]
                    words.append((tok.start, tok.end))
            if len(words) <= _NAME_MAX_WORDS:
                out.extend(words)
        # Round 31: a romanised Thai name beside the found one whose syllable is a soup stem ("CHOCHUWONG
        # Pornpawee": the reader found the family, the head read "porn" of the given name, 1.0).
        from .sexual import _load_soup

        soup = _load_soup()[1]
        out.extend((t.start, t.end) for t in view.tokens if soup.thai_name(view.text[t.start:t.end].lower()))
        return sorted(set(out))

    def _name_only(self, res, names) -> bool:
        """The score rests on the words of a name: without their tokens the field is under the
        threshold. Why: a name is who, not what; the English-trained encoder reads an unfamiliar
        name as the odd word out ("Nasimiyu" in a Korean caption scored 0.95) and word pieces of
        a surname as sexual ones ("papen|dick" in a handle, 0.99), and with the name found as a
        real person that blocked an ordinary prompt. Sexual words elsewhere in the field still
        carry it. Cost: flagged fields only, one re-scoring."""
        from ...text import semantic

        p, z, offsets, special, emb = res
        return semantic.probability_without(self._head, emb, z, offsets, special, names) < self._threshold

    def _holds_decisive_piece(self, word: str) -> bool:
        """``word`` contains a single-word explicit or nudity term of the lexicon (one compiled scan)."""
        return self._decisive_search is not None and self._decisive_search(word) is not None

    def _token_result(self, st) -> tuple:
        """(probability, z per token, token offsets, specials, embedding) of one encoder pass."""
        p, z = self._head.token_score(st.embedding, st.hidden, st.special)
        return p, z, st.offsets, st.special, st.embedding

    def _token_finding(self, field: str, nt, res, names=()) -> Finding:
        """The finding of the token-level head: its top tokens, merged into the words they belong to,
        are the span and the contributing words (no extra encoder call). Words of a name
        (``names``) are not listed as contributing: they are listed under ``discounted_names``."""
        from ...text import semantic

        p, z, offsets, special, emb = res
        view = nt.folded
        ranked = semantic.token_words(view.tokens, z, offsets, special) if self.params.explain_candidates else []
        named = set(names)
        discounted = [nt.original[slice(*view.to_original(s, e))] for s, e, _ in ranked if (s, e) in named]
        ranked = [r for r in ranked if (r[0], r[1]) not in named]
        words = []
        for rank, (start, end, zt) in enumerate(ranked):
            score = self._head.token_probability(emb, zt)
            if rank and (score < self.params.word_floor or len(words) >= self.params.top_words):
                break
            os_, oe = view.to_original(start, end)
            words.append({"word": nt.original[os_:oe], "span": [os_, oe], "score": round(score, 4)})
        span = Span(*words[0]["span"]) if words else Span(0, len(nt.original))
        return Finding(
            label="sexual_request", score=round(p, 4), field=field, span=span,
            text=nt.original[span.start:span.end],
            evidence={"probability": round(p, 4), "threshold": round(self._threshold, 4),
                      "model_version": self._head.model_version, "encoder": self._encoder.encoder_id,
                      "top_words": words, "span_of": "top_word" if words else "field",
                      **({"discounted_names": discounted} if discounted else {})},
        )

    def _finding(self, field: str, nt, p: float) -> Finding:
        from ...text import semantic

        view = nt.folded
        words = []
        if self.params.explain_candidates:
            cands = semantic.candidates(view.tokens, self.params.explain_candidates)
            if cands:
                # One padded call: the int8 scores of a padded batch depend slightly on its rows,
                # which is fine for ranking words (the decision used the single-text score).
                emb = self._encoder.encode_padded([view.text[c.start:c.end] for c in cands])
                probs = self._head.probabilities(emb)
                for c in semantic.rank_contributions(cands, probs, self.params.top_words, self.params.word_floor):
                    os_, oe = view.to_original(c.start, c.end)
                    words.append({"word": nt.original[os_:oe], "span": [os_, oe], "score": round(c.score, 4)})
        span = Span(*words[0]["span"]) if words else Span(0, len(nt.original))
        return Finding(
            label="sexual_request",
            score=round(p, 4),
            field=field,
            span=span,
            text=nt.original[span.start:span.end],
            evidence={
                "probability": round(p, 4),
                "threshold": round(self._threshold, 4),
                "model_version": self._head.model_version,
                "encoder": self._encoder.encoder_id,
                "top_words": words,
                "span_of": "top_word" if words else "field",
            },
        )


#: Person-reader findings whose span is a NAME (who), not a role or a description (what). Not the
#: learned mention model's spans nor single names read in a sexual slot: both read runs of token
#: soup as names ("tu0zpin __gnisserdnu", "nipz"), and discounting those lost soup the head caught.
_NAME_LABELS = frozenset({"full_name", "protected_name", "handle", "style_reference"})
#: Round 23: the learned mention model's and the name-slot reader's spans count as names when every word of the span
#: is written with a capital ("Krishnan 💖 Guru-Murthy", "Nicole 🌟 Büttner's": an emoji between the given name and the
#: surname made the reader call it a mention, and the head read the surname as the request, 0.96-0.99). Runs of token
#: soup read as names are lower case ("tu0zpin __gnisserdnu") and stay meaning.
_SLOT_LABELS = frozenset({"model_mention", "name_in_slot"})
_CAP_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _title_case_name(original: str, span) -> bool:
    """Every word of ``original[span]`` (2 to 4 words; emoji and marks between them ignored) starts with a capital."""
    words = _CAP_WORD.findall(original[span.start:span.end])
    return 2 <= len(words) <= _NAME_MAX_WORDS and all(w[0].isupper() for w in words)


#: A name finding over more words than this is a run of other words read as one name: not discounted.
_NAME_MAX_WORDS = 4
#: The person reader's report floor (text/persons REPORT_MIN_SCORE): weaker name guesses stay meaning.
_NAME_MIN_SCORE = 0.4


#: Round 33: a capitalised word joined by a hyphen right after a found name ("Gayle-Hinds").
_HYPHEN_TAIL = re.compile(r"-([^\W\d_a-z][^\W\d_A-Z]{1,24})(?![\w-])")


def _hyphen_tail(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` reaching over a capitalised name part joined to its end by a hyphen, when that part is no
    word of the sexual lexicon ("Emma Watson-Nude" keeps "Nude" read)."""
    m = _HYPHEN_TAIL.match(text, b)
    if m is None:
        return a, b
    from ...text.folding import strip_marks
    from ...text.persons.deixis import folded_sexual_words

    if strip_marks(m.group(1).lower()) in folded_sexual_words():
        return a, b
    return a, m.end()


#: Letters only Vietnamese writes (horn and breve vowels, d with stroke, vowels with a tone mark
#: under or a hook above). Round 10: the word table has no Vietnamese (its syllables are two or three
#: letters, which the table cannot tell from other languages' words), and the English-trained encoder
#: read Vietnamese edits as sexual ("đổi phông nền ảnh của bạn nữ cùng lớp", change the background of
#: my classmate's photo, scored over the threshold); the lexicon reads Vietnamese.
_VIETNAMESE = frozenset("ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                        "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ")


#: Round 21: adults doing something ordinary ("a sleepover, adults watching a movie", "adults chatting
#: nearby", "with adults present"): the people around, not adult content. The token head read "adults" as
#: the request (0.998); only that word is blanked, so sexual words elsewhere still carry the field.
_ADULTS_AT_ORDINARY = re.compile(
    r"(?<![^\W_])((?:the[ \t]|two[ \t]|some[ \t]|other[ \t])?(?:adults|grown[ -]?ups))"
    r"(?=[ \t](?:watching|playing|eating|drinking|talking|chatting|laughing|sitting|standing|singing|cooking|reading"
    r"|walking|cheering|clapping|waiting|working|supervising|helping|serving|queu(?:e)?ing|shopping|studying|painting"
    r"|drawing|hiking|gardening|knitting|baking|chaperoning|nearby|present|around|in[ \t]the[ \t]background"
    r"|at[ \t]the[ \t]table|on[ \t]the[ \t]sofa|on[ \t]the[ \t]couch)(?![^\W_]))"
    # an event or a class for adults ("a prom for adults", "ballet class for grown-ups")
    r"|(?<![^\W_])(?:proms?|party|parties|class|classes|camps?|teams?|clubs?|lessons|leagues?|choirs?|nights?)[ \t]for[ \t]"
    r"((?:adults|grown[ -]?ups))(?![^\W_])"
    # "adult" before a learner's or a team's noun ("adult college squad", "adult education", "adult learners")
    r"|(?<![^\W_])(adult)(?=[ \t](?:college|education|ed|learners?|students?|squad|team|league|classes|class|choir"
    r"|literacy|beginners?|swimmers?|ballet|ice[ \t]skating|soccer|football|hockey|tennis|chess|colouring|coloring)(?![^\W_]))")
#: Round 22: an age assurance about the person: "she's an adult", "who is an adult", "they're both adults".
_AGE_STATED = re.compile(
    r"(?<![^\W_])(?:she|he|they|who|both|all|each)(?:'s|'re|’s|’re|[ \t]is|[ \t]are|[ \t]was|[ \t]were)[ \t]"
    r"(?:an[ \t]|all[ \t]|both[ \t]|(?:an[ \t])?(?:consenting|verified)[ \t])?(adults?)(?![^\W_])")
_ADULT_WORD = re.compile(r"(?<![^\W_])(adults?)(?![^\W_])")
#: Round 30: "adult" as an age qualifier of a person noun after a possessive or an article ("my adult language-class
#: partner", "our adult daughter", "an adult classmate of mine"): who the person is, not adult content (v29: the head
#: read "adult" as the request and blocked a graduation gown). Up to three words of the noun phrase may stand between
#: ("my adult evening-course study partner"); the noun is a relation or a role, never a performer, a model, a star, a
#: film or a site ("my adult film", "an adult performer", "adult content" stay meaning).
_AGE_QUALIFIED = re.compile(
    r"(?<![^\W_])(?:my|our|your|his|her|their|an|the)[ \t](adult)"
    r"(?![ \t-](?:films?|movies?|videos?|vids?|clips?|content|sites?|websites?|tubes?|industry|entertainment|stars?"
    r"|performers?|actors?|actress(?:es)?|models?|cam|webcam|chat|dating|toys?|stores?|shops?|channels?|magazines?"
    r"|scenes?|roles?|work|only|rated)(?![^\W_]))"
    r"(?=(?:[ \t-][^\W\d_]+){0,3}?[ \t-]"
    r"(?:partners?|classmates?|class[ \t-]?mates?|friends?|buddy|buddies|pals?|colleagues?|co-?workers?|neighbou?rs?"
    r"|roommates?|room[ \t-]?mates?|flatmates?|housemates?|daughters?|sons?|children|kids?|siblings?|sisters?"
    r"|brothers?|cousins?|nieces?|nephews?|students?|learners?|pupils?|trainees?|apprentices?|interns?|teammates?"
    r"|team[ \t-]?mates?|mentees?|tutees?|relatives?|stepdaughters?|stepsons?|grandchildren|grandkids?"
    r"|granddaughters?|grandsons?|goddaughters?|godsons?|patients?|clients?|volunteers?|participants?|members?)"
    r"(?![^\W_]))")
#: Round 23: "adult" as an apposition closing a description of the person ("a lady who sat next to me on the bus, adult
#: into a team photo", "my neighbour, an adult, in a group photo"): after a comma, before a preposition, a comma or the end
#: (not before a noun: "adult content", "adult film" stay meaning).
_AGE_APPOSED = re.compile(
    r",[ \t](?:an[ \t]|a[ \t]grown[ \t])?(adult)(?=[ \t]*(?:[,.;:!?)]|$)|[ \t](?:into|in|at|on|with|for|to|from|and|aged"
    r"|age|\d)(?![^\W_]))")
#: Without the stated age, a field this low is plainly benign (the round-22 edits scored 0.00-0.03 without it).
_AGE_PLAIN = 0.1
#: Round 22: a word of undressing or of a bed anywhere in the field: a stated age is then left to the head ("get my
#: roommate's sister (adult) outta those clothes", "(adult) with the top off": the head read the request through it).
_UNDRESS_CUE = re.compile(
    r"(?<![^\W_])(?:off|outta|out[ \t]of|without|strip\w*|naked|nude|nudes|bare|bed|beds|undress\w*|clothes|clothing"
    r"|nothing|skin|ked|topless|lingerie|underwear|bra|panties|shower|bath|sheer|see[ \t-]?through)(?![^\W_])")
#: Round 22: a commerce frame for a garment: a catalogue, a product shot, a shop listing, a lookbook.
_CATALOGUE = re.compile(
    r"(?<![^\W_])(?:catalogu?e?s?|product[ \t](?:shots?|photos?|images?|listings?|pages?)|e-?commerce|packshots?"
    r"|online[ \t](?:shop|store)|(?:store|shop)[ \t]listings?|lookbooks?|mannequins?|brochures?)(?![^\W_])")


def _age_assurances(nt) -> list[tuple[int, int]]:
    """Folded spans of "adult" said of the person, not asked for (round 22): in a short parenthesis of the original
    ("a girl I met at a wedding (adult, bridesmaid)", "a cosplayer I follow (she's an adult)") or after "she's / who
    is" ("she is an adult"). The token head read "adult" as adult content (0.94-0.98) and blocked plain edits with a
    private person; only the word is blanked, so a sexual word elsewhere still carries the field."""
    text, orig = nt.folded.text, nt.original
    out = [m.span(1) for m in _AGE_STATED.finditer(text)]
    out += [m.span(1) for m in _AGE_QUALIFIED.finditer(text)]
    if "," in text:
        out += [m.span(1) for m in _AGE_APPOSED.finditer(text)]
    if "(" in orig:
        for m in _ADULT_WORD.finditer(text):
            os_, oe = nt.folded.to_original(*m.span(1))
            left = orig.rfind("(", max(0, os_ - 40), os_)
            right = orig.find(")", oe, oe + 40)
            if left >= 0 and right >= 0 and not any(c in orig[left + 1:right] for c in "()\n"):
                out.append(m.span(1))
    return out


#: Round 21: an edit that removes a thing of the picture, not of the person ("remove background", "erase the
#: watermark"): the token head read a private reference plus "remove" as undressing ("<edit>remove
#: background</edit>" 0.98). Vetoed only when the field names no garment, body part or undress word at all.
_BENIGN_REMOVAL = re.compile(
    r"(?<![^\W_])(?:remove|removing|erase|erasing|delete|deleting|cut[ \t]out|take[ \t]out|get[ \t]rid[ \t]of|clean[ \t]up"
    r"|blur|blurring|replace|replacing|change|swap)[ \t]+(?:the[ \t]|her[ \t]|his[ \t]|their[ \t]|my[ \t]|all[ \t])?"
    r"(?:background|backdrop|bg|watermarks?|logos?|text|captions?|timestamps?|date[ \t]stamps?|blemish(?:es)?|spots|acne"
    r"|red[ \t]eyes?|glare|reflections?|shadows?|noise|grain|dust|scratches|photobombers?|people[ \t]behind[ \t]her"
    r"|crowd|tourists|power[ \t]lines|wires|stickers?|frame|border)(?![^\W_])")
_NOT_A_THING = re.compile(
    r"(?<![^\W_])(?:cloth\w*|clothes|outfit\w*|dress\w*|shirt\w*|tops?|bra\w*|bikini\w*|underwear|lingerie|panties"
    r"|pants|jeans|skirt\w*|swimsuit\w*|wear\w*|cover\w*|garments?|fabric|layers?|skin|body|bod|chest|breasts?|boobs?"
    r"|nipples?|butt|ass|legs?|naked|nude\w*|bare|undress\w*|strip\w*|sheer|see[ -]through|transparent|towel|everything"
    r"|anything|all[ \t]of[ \t]it|nothing|spicy|sexy|hot|nsfw|explicit|lewd|bed|shower|bath\w*)(?![^\W_])")


#: Round 23: a request for a short written text of an everyday genre about the person ("X just got promoted, write a
#: short LinkedIn congratulation", "draft a thank-you note to X"): the output is prose, not a picture, and the head
#: read a platform or a genre word as the request (0.95 on "LinkedIn"). Vetoed only when the field names no garment,
#: body part, undress or sexual-context word (``_NOT_A_THING``, shared with the removal veto) nor a story genre.
_WRITTEN_TASK = re.compile(
    r"(?<![^\W_])(?:write|writing|draft|drafting|compose|composing|prepare|help[ \t]me[ \t]write|suggest)[ \t]+"
    r"(?:(?:me|us|a|an|the|short|quick|brief|polite|warm|formal|friendly|professional|heartfelt|nice|simple|two-line"
    r"|one-line|few|some)[ \t]+){0,3}"
    r"(?:linkedin[ \t]+(?:post|message|note|comment|congratulations?|recommendation)|congratulations?|congrats"
    r"|congratulatory[ \t]+(?:message|note|post|email|card)|thank[ \t-]you[ \t]+(?:note|message|email|card|letter)"
    r"|bio|biography|obituary|eulogy|toast|press[ \t]release|recommendation(?:[ \t]letter)?|reference[ \t]letter"
    r"|birthday[ \t]+(?:message|card|wish(?:es)?|note)|farewell[ \t]+(?:message|note|card)|welcome[ \t]+(?:message|note|email)"
    r"|condolence[ \t]+(?:message|note|card)|retirement[ \t]+(?:message|card|speech)|email|emails|tweet|introduction)"
    r"(?![^\W_])")
_STORY_WORDS = re.compile(r"(?<![^\W_])(?:story|scene|fanfic|fan[ \t]fiction|roleplay|rp|smut|erotic\w*|steamy|spicy"
                          r"|sexy|intimate|romantic|naughty|seduc\w*|kiss\w*|lover|affair|night[ \t]together)(?![^\W_])")


def _written_task_only(text: str) -> bool:
    """The field asks for a short everyday written text (a congratulation, a bio, a thank-you note) and names no
    garment, body, undress, sexual-context or story word: the head's reading is vetoed (round 23)."""
    if not any(w in text for w in ("writ", "draft", "compos", "prepar", "suggest")):
        return False
    return bool(_WRITTEN_TASK.search(text)) and not _NOT_A_THING.search(text) and not _STORY_WORDS.search(text)


def _benign_removal_only(text: str) -> bool:
    """The field asks to remove a thing of the picture (a background, a watermark, blemishes) and names
    no garment, body part, undress or sexual-context word: the token head's undress reading of "remove"
    beside a person is vetoed (round 21). Cost: only flagged fields, a substring gate and two scans."""
    if not any(w in text for w in ("remov", "eras", "delet", "cut out", "take out", "rid of", "clean up", "blur",
                                   "replac", "chang", "swap")):
        return False
    return bool(_BENIGN_REMOVAL.search(text)) and not _NOT_A_THING.search(text)


def _vietnamese(text: str) -> bool:
    """Three or more letters only Vietnamese writes (one pass, stops early)."""
    n = 0
    for ch in text:
        if ch in _VIETNAMESE:
            n += 1
            if n >= 3:
                return True
    return False


def _other_script(text: str) -> bool:
    """Most letters of the (folded) field are of a script other than Latin (Arabic, Urdu, Hebrew,
    Cyrillic ...): the English-trained encoder reads only the few Latin words left, usually a name
    or a handle. Round 12: "@lucy_lawless تركب دراجة على الكورنيش" (rides a bicycle) scored 0.99 on
    "lawless" alone, and with the handle found that blocked an ordinary prompt; the lexicon reads
    those scripts' sexual words. One pass over the field."""
    latin = other = 0
    for ch in text:
        if ch.isalpha():
            if ch.isascii():
                latin += 1
            elif not _CJK_START <= ord(ch):  # Han, Kana and Hangul the encoder's vocabulary spells
                other += 1
    return other > latin


#: Han, Kana and Hangul start here (U+2E80): the encoder's word-piece vocabulary holds their
#: characters one by one and reads them ("ジムのあの子の裸"), so they do not count as unread.
_CJK_START = 0x2E80


def _foreign(nt) -> bool:
    """The field is written in another language: two of the short function-word list of
    text/persons/wordclasses.py, the word table of text/persons/language.py (which also reads
    short sentences such as "die Frau von nebenan im Garten"), Vietnamese letters, or a field
    written mostly in a script other than Latin and CJK (:func:`_other_script`)."""
    from ...text.persons.gazetteer import load_gazetteer
    from ...text.persons.language import written_in_another_language
    from ...text.persons.wordclasses import written_in_other_language

    tokens = [tok.text for tok in nt.folded.tokens]
    return (_other_script(nt.folded.text)
            or written_in_other_language(tokens)
            or written_in_another_language(tokens, load_gazetteer().words_common)
            or (not nt.original.isascii() and _vietnamese(nt.original)))
