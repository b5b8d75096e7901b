"""Sexual content asked for in text: a graded multilingual lexicon plus a small learned classifier.

Labels (one finding per match; spans in the user's original characters of the field):

- ``explicit``   sex acts, genitals, pornography terms (score 0.8-1.0)
- ``nudity``     nude, naked, topless, bare breasts ... (0.75-0.95)
- ``euphemism``  "without clothes", "birthday suit", "nsfw", "onlyfans" ... (0.6-0.9)
- ``suggestive`` sexy, lingerie, bikini, seductive ... (0.5-0.7; sexualised, not explicit)
- ``learned``    the classifier's probability for the whole field, when >= ``learned_floor``

The lexicon is matched over both normalised views of each field (see
:mod:`nciiguard.text.lexicon`), so ``n u d e``, ``s3x``, ``(nude:1.3)``, ``ｎｕｄｅ`` and
``<lora:nsfw_v2:0.8>`` are caught; benign senses (breast cancer, naked mole rat, nude lipstick,
Moby Dick) are suppressed by the exceptions file. Descriptive phrasings without a keyword ("her
clothes fell off", "in a state of undress") are lexicon ``re:`` rules, and generated misspellings
of core words ("nakd", "tpless") are lexicon lines. Any other single edit of about 30 core words
("nuditiy", "pornogrxphy") is found by a bounded fuzzy match (``FuzzyIndex``: tokens of 5+ letters
that are not English words or names, one insertion/deletion/substitution/transposition away), scored
below the exact term, with ``evidence["fuzzy"] = True`` and the edit. Leetspeak, stretched and
joined letters the folded view keeps ("nack7", "nu$", "booooobs", "s e m r o u p a") are decoded
against the lexicon (:mod:`nciiguard.text.decode`), and camelCase-glued words are split and matched
again ("BrimNueWub"), in every language of the lexicon. Every field is reported, the
negative prompt included; the policy decides which fields count.

Adversarial "token soup" (prompts optimised against safety filters: CLIP special tokens such as
``<|startoftext|>``, mojibake, glued non-words around weak sexual fragments such as ``cowxxx``,
``larkgenital``, ``stockings pecker``) gets one ``euphemism`` finding for the field with
``evidence["rule"] = "token_soup"`` when the field is a soup (see :func:`soup_markers`) AND holds at
least ``soup_min_fragments`` distinct sexual fragments (``sexual_soup.tsv``: whole words, and stems
inside unknown tokens). Each fragment alone is weak ("stockings"); the combination with a soup is not
how anyone writes a benign prompt.
"""

from __future__ import annotations

import dataclasses

import re
import threading
from bisect import bisect_left, bisect_right
from typing import ClassVar

from pydantic import Field, field_validator

from ...findings import Finding, Span
from ...content import CacheKey
from ...text import soup_pieces
from ...text.benign_frames import (frame_spans, garment_swap_follows, name_shaped_porn_tokens, off_flag_spans,
                                   written_name)
from ...text.jamo import has_jamo, jamo_matches
from ...text.case_pieces import CAMEL, alternating_case
from ...text.lexicon_collisions import drop_ordinary
from ...text.sexual_lexicon import EXCEPTIONS_FILE, GRADES, LEXICON_FILES, load_sexual_lexicon
from ...text.piece_words import FieldWords as _FieldWords
from ...text.cipher_words import PENALTY as _CIPHER_PENALTY
from ...text.reversed_words import PENALTY as _REVERSED_PENALTY
from ...text.split_words import PENALTY as _SPLIT_PENALTY
from ...text.light_words import EMOJI_ACT as _EMOJI_ACT
from ...text.emoji_garments import RULES as _EMOJI_GARMENT_RULES
from ...text.absent_clothing import RULES as _ABSENT_RULES
from ..base import SignalParams, TextSignal, shared
from .sexual_clauses import explicit_fakes as _explicit_fakes, self_corrected as _self_corrected, possessed_bare_chest
from .sexual_clauses import undressed_thing as _undressed_thing
from .sexual_clauses import drop_excluded as _drop_excluded, negative_folded_spans as _negative_spans
from .sexual_kwargs import keyword_arg_findings
from .soup import SOUP_FILE, SoupFragments, soup_markers

FUZZY_FILE = "sexual_fuzzy.tsv"
#: Word lists of ``nciiguard.text.persons.gazetteer`` whose tokens are never fuzzy hits: a word or a name one
#: edit from a core term is that word or name ("exotic", "books", "Denis", "Nunes", "Topliss").
#: The gazetteer's slang list is left out on purpose: it lists "klitoris", "pussys".
FUZZY_KNOWN_FILES = ("names_words_common.txt.gz", "names_words_other.txt.gz", "names_proper_other.txt.gz",
                     "names_first.txt.gz", "names_surnames.txt.gz")
#: Unknown to the word lists but not sexual: never fuzzy hits ("his gut and moobs", COCO).
#: Words one edit from a sexual term that the English word lists do not hold: the fuzzy matcher
#: must read them as themselves ("tenis" is tennis in Spanish and Portuguese, not "penis": every
#: "jugando al tenis" was blocked). A real fix is a known-word list per language (see the note).
FUZZY_NOT = frozenset({"moobs", "tenis"})
CLASSIFIER_FILE = "sexual_classifier.npz"
#: Strong soup stems that are not a soup marker on their own: glued into an unknown token they have
#: benign readings ("nudelipstick", "nudeheels", "pussywillow"); inside a real soup they still count.
GLUED_BENIGN_STEMS = frozenset({"nude", "pussy"})
#: Lowered from the exact term's score for a masked spelling ("n*ked"): the reader has to guess.
MASK_PENALTY = 0.1
#: Emoji sequences that mean sex when together (each alone is food or water): eggplant/peach with
#: droplets or with each other, tongue with peach/eggplant. Matched on the original text. Droplets a few
#: words before an eggplant or peach on one line mean the same ("💦💦 right after the 🍆", round 15); the
#: other order is a garden as often ("🍆 plants with a watering can 💦").
_EMOJI_SEX = re.compile(
    r"(?:\U0001F346|\U0001F351|\U0001F445)\ufe0f?\s*(?:\U0001F4A6|\U0001F351|\U0001F346)"
    r"|\U0001F4A6\ufe0f?\s*(?:\U0001F346|\U0001F351)"
    r"|\U0001F4A6[^\n\U0001F4A6]{1,30}?(?:\U0001F346|\U0001F351)"
)
#: The "no one under 18" emoji (U+1F51E): posted and typed as an adult-content marker, like "nsfw".
#: The normaliser keeps letters and digits only, so it is matched on the original text.
_EMOJI_ADULT = re.compile("\U0001F51E\ufe0f?")
#: Algospeak written with emoji or capitals (round 5, issue 10), matched on the original text because
#: the normaliser keeps letters and digits only. Each needs its context, never the emoji alone:
#: - corn (U+1F33D) for porn, before an image/video noun ("🌽 video of", "🌽 star") or between an
#:   article and a possessive "of/de" ("le 🌽 de ma collègue"); "🌽 soup", "grilled 🌽" stay out;
#: - two cherries or two melons (breasts) with "out"/"showing" or after a possessive ("her 🍒🍒",
#:   "ses 🍒🍒 à l'air"); "🍒🍒 on a plate", "des cerises 🍒🍒" stay out;
#: - a peach (buttocks) before a picture noun or "out" ("🍑 pic of", "her 🍑 out"); "🍑 smoothie" stays out;
#: - "OF" (OnlyFans) in capitals before a lower-case content noun, or after a possessive ("OF content",
#:   "her OF"); "of course", "TABLE OF CONTENTS" (capital noun) and "Bank OF America" stay out;
#: - "+18"/"18+" beside a content noun in the languages the guard reads ("contenido +18", "+18 videosu").
_VS = "\ufe0f?"
_PIC = (r"(?:video|videos|vid|vids|clip|clips|pics?|photos?|pictures?|images?|selfies?|nudes|content|tape|"
        r"scenes?|star|stars|hub|movie|film|vídeo|vídeos|fotos?|videosu|videolar[ıi]|fotoğraflar[ıi])\b")
_EMOJI_CORN = re.compile(
    rf"\U0001F33D{_VS}\s*{_PIC}"
    rf"|(?<![^\W_])(?:the|le|el|o|il|lo|der|het|de|her|his|ses|sus|seus)\s+\U0001F33D{_VS}\s*(?:of|de|da|del|di|von|van|du)\s",
    re.IGNORECASE)
_EMOJI_BREASTS = re.compile(
    rf"(?:(?<![^\W_])(?:her|his|their|ses|sus|seus|suas|le sue|i suoi|ihre|haar|jej)\s*"
    rf"(?:\U0001F352{_VS}\s*\U0001F352|\U0001F348{_VS}\s*\U0001F348){_VS})"
    rf"|(?:\U0001F352{_VS}\s*\U0001F352|\U0001F348{_VS}\s*\U0001F348){_VS}\s*"
    rf"(?:out|showing|exposed|free|à l'air|a l'air|al aire|de fora|raus|al vento)\b",
    re.IGNORECASE)
_EMOJI_PEACH = re.compile(rf"\U0001F351{_VS}\s*(?:pics?|photos?|pictures?|selfies?|shots?|out|showing|exposed|vids?|videos?)\b"
                          rf"|(?<![^\W_])(?:her|his|their)\s+\U0001F351{_VS}\s*(?:out|showing|exposed|pics?|photos?)\b",
                          re.IGNORECASE)
_ONLYFANS_CAPS = re.compile(
    r"(?<![^\W_])OF(?=\s+(?:content|pics?|photos?|videos?|vids?|leaks?|leaked|page|account|model|creator|girl|"
    r"style|shoot|material|link|subscription|nudes|stuff)\b)"
    r"|(?<![^\W_])(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Yy]our)\s+OF(?![^\W_])")
_ADULT_CONTENT = re.compile(
    r"(?:\+\s?18|18\s?\+)\s*(?:content|contenido|conteúdo|contenu|contenuto|inhalt|videos?|vídeos?|videosu|videoları|"
    r"fotos?|fotoğrafları|photos?|pics?|bilder|zdjęcia|filmy|konten|poze)\b"
    r"|\b(?:content|contenido|conteúdo|contenu|contenuto|inhalt|videos?|vídeos?|videosu|fotos?|photos?|pics?|bilder|"
    r"zdjęcia|konten|poze)\s*(?:\+\s?18|18\s?\+)",
    re.IGNORECASE)
#: (pattern, grade, score, rule) of the emoji matched on the original text.
_EMOJI_RULES = ((_EMOJI_SEX, "explicit", 0.75, "emoji"), (_EMOJI_ADULT, "euphemism", 0.85, "emoji_18plus"),
                (_EMOJI_CORN, "euphemism", 0.8, "emoji_corn"), (_EMOJI_BREASTS, "euphemism", 0.8, "emoji_breasts"),
                (_EMOJI_PEACH, "euphemism", 0.7, "emoji_peach"), (_ONLYFANS_CAPS, "euphemism", 0.8, "onlyfans_caps"),
                (_ADULT_CONTENT, "euphemism", 0.8, "adult_content_18"),
                (_EMOJI_ACT, "explicit", 0.75, "emoji_act"))  # round 16: "🍆 in her" (text.light_words)
_EMOJI_RULES += _EMOJI_GARMENT_RULES  # round 21: "🚫👙🚫🩲", "➖👗➖👙" (text.emoji_garments)
_EMOJI_RULES += _ABSENT_RULES  # round 28: ", nothing on", "no 👙 at all", "🚫👕🚫👖 on the bed" (text.absent_clothing)
#: An undress verb standing alone about a person ("my neighbour stripping", "photo of her roommate
#: undressing, 35mm", "Laura Finch stripping in the kitchen", "the girl from accounting s.t.r.i.p.p.i.n.g"):
#: the clause ends there (end of field, punctuation) or goes on with how, where or for whom, never
#: with an object ("my dad stripping paint", "a man stripping bark", "our team stripping down the
#: engine", "stripping it for parts" stay clean). Matched on the folded view (spaced and dotted
#: letters joined, leetspeak and homoglyphs undone); who the subject is is checked in code
#: (:func:`_undress_subject`).
_UNDRESS_VERB = re.compile(
    r"(?<![^\W_])(?:stripping|undressing|disrobing|strips|undresses|disrobes)"
    r"(?=\s*(?:$|[,.;:!?|()\[\]]|(?:in|on|at|by|near|next to|behind|inside|outside|under|during|while|before|after"
    r"|for (?!parts|scrap|repair|repairs|recycling|restoration|painting|cleaning)|in front|on camera|on stage|slowly"
    r"|completely|fully|live|again|at home|together|alone|naked|nude|down to (?:her|his|their|nothing|the waist)"
    r"|seductively|sensually|provocatively|erotically)(?![^\W_])))")
#: Subject words before an undress verb: a possessive within a few words, a person noun or a pronoun
#: right before it (optionally with "is", "getting" ...), or a capitalised name (checked in code).
_POSSESSIVES = frozenset({"my", "your", "his", "her", "our", "their"})
_PERSON_WORDS = frozenset("""she he they her him them girl girls woman women man men boy boys lady ladies wife husband
girlfriend boyfriend mom mum mother dad father sister brother daughter son aunt uncle cousin teacher nurse coworker
co-worker colleague neighbour neighbor classmate roommate flatmate secretary student actress actor model
babysitter maid waitress stepmom stepsister stepdaughter niece bride boss tutor""".split())
_LINKS = frozenset({"is", "are", "was", "were", "getting", "caught", "seen", "filmed", "watched", "slowly", "then"})
#: Languages the shipped lexicon covers (ISO 639-1). ``languages`` params must be a subset.
LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "nl", "ru", "ja", "zh", "ko", "ar", "hi",
             "uk", "pl", "cs", "hu", "ro", "sv", "da", "no", "tr", "id", "vi", "tl", "el", "he", "fa", "th",
             # round 8 (scripts/sexual_lexicon_world.py)
             "bg", "sk", "hr", "sl", "fi", "et", "lt", "lv", "ca", "sw", "bn", "ur",
             # round 9: Dravidian and other Indic languages, Sinhala
             "ta", "te", "kn", "ml", "gu", "pa", "mr", "ne", "si")


class SexualTextSignal(TextSignal):
    name: ClassVar[str] = "sexual_text"
    version: ClassVar[str] = "2"  # 2: lexicon rules of 2026-11-21, text-labelled classifier
    modalities: ClassVar[frozenset[str]] = frozenset({"text"})
    extra: ClassVar[str | None] = None
    summary: ClassVar[str] = "Sexual content in text: multilingual graded lexicon and a learned classifier."

    class Params(SignalParams):
        #: Run the classifier and report ``learned`` findings.
        enable_learned: bool = True
        #: Lowest classifier probability reported as a ``learned`` finding (the policy applies
        #: its own, usually higher, threshold).
        learned_floor: float = Field(default=0.5, ge=0.0, le=1.0)
        #: Lexicon languages to use; None means all shipped languages.
        languages: list[str] | None = None
        #: Number of words/bigrams listed as evidence of a learned finding.
        top_features: int = Field(default=5, ge=0, le=20)
        #: Report tokens one edit away from a core term (``nuditiy``) as fuzzy findings.
        fuzzy: bool = True
        #: Report adversarial token soup with sexual fragments (a ``euphemism`` finding, rule ``token_soup``).
        token_soup: bool = True
        #: Distinct sexual fragments a soup needs before it is reported.
        soup_min_fragments: int = Field(default=2, ge=1, le=10)
        #: Share of letter tokens (4+ letters) that are neither English words nor names that makes a
        #: field a soup on its own (special tokens and mojibake make it one whatever the share).
        soup_unknown_share: float = Field(default=0.3, gt=0.0, le=1.0)
        #: Score of a token-soup finding.
        soup_score: float = Field(default=0.7, ge=0.0, le=1.0)

        @field_validator("languages")
        @classmethod
        def _known_languages(cls, value):
            if value is None:
                return value
            if not value:
                raise ValueError("languages must list at least one language, or be omitted for all")
            unknown = sorted(set(value) - set(LANGUAGES))
            if unknown:
                raise ValueError(f"unknown languages {unknown}; known: {', '.join(LANGUAGES)}")
            return sorted(set(value))

    def load(self) -> None:
        from ...text import classifier, lexicon

        self._lexicon = lexicon.load_packaged(
            LEXICON_FILES, exceptions=EXCEPTIONS_FILE, grades=GRADES, languages=self.params.languages
        )
        self._model = classifier.load_packaged(CLASSIFIER_FILE) if self.params.enable_learned else None
        self._fuzzy = None
        english = self.params.languages is None or "en" in self.params.languages
        if self.params.fuzzy and english:
            self._fuzzy = _load_fuzzy()
        self._soup = _load_soup() if self.params.token_soup and english else None
        self._masked = _load_masked() if self.params.fuzzy else None
        self._decoded = _load_decoded() if self.params.fuzzy else None
        self._split = self._reversed = self._cipher = None
        if self.params.fuzzy:
            from ...text.cipher_words import CipherIndex
            from ...text.piece_words import english_words
            from ...text.reversed_words import ReversedIndex
            from ...text.glued_terms import loose_terms
            from ...text.split_words import SplitIndex, strong_terms, syllabic_terms

            forms = list(self._lexicon.forms("folded"))
            terms, short = strong_terms(forms), _short_terms(forms)
            # Hangul terms are word tokens of the index (particles follow them); kana and ideographs substrings
            words = [(tokens[0], e) for tokens, _stem, e in forms if len(tokens) == 1]
            syllabic = syllabic_terms(self._lexicon.substring_forms("folded") + words)
            self._split = SplitIndex(terms, short=short, syllabic=syllabic, loose=loose_terms(forms))
            self._reversed = ReversedIndex(terms, inflected=self._decoded.inflected, short=short)
            self._cipher = CipherIndex(terms, common_words=english_words())

    def detect_text(self, nt, field: str = "prompt", ctx=None) -> list[Finding]:
        self.ensure_loaded()
        findings: list[Finding] = []
        if nt.original:
            # Shared through the scan context with semantic_sexual_text (same cached Lexicon object
            # with default params), which skips its encoder where this match is already decisive.
            exact = shared(ctx, CacheKey("sexual_lexicon", field, id(self._lexicon)), lambda: self._lexicon.match(nt))
            exact = drop_ordinary(nt, exact)  # "Peins un portrait ...": French "paint!", no "penis" (round 28)
            findings.extend(_lexicon_finding(field, nt, m) for m in exact)
            fuzzy = self._fuzzy.find(nt, exact) if self._fuzzy is not None else []
            if self._masked is not None:
                fuzzy += [m for m in self._masked.find(nt, exact + fuzzy) if self._lang_ok(m.entry)]
                if not nt.original.isascii() and _DIGIT.search(nt.original):  # "ע1רומה": a digit in another script
                    fuzzy += [m for m in self._masked.find_digits(nt, exact + fuzzy)
                              if self._lang_ok(m.entry) and self._not_excepted(nt, m)]
            if self._decoded is not None:  # "nack7", "nu$", "booooobs": leet and stretches the folded view keeps
                fuzzy += [m for m in self._decoded.find(nt, exact + fuzzy)
                          if self._lang_ok(m.entry) and self._not_excepted(nt, m)]
                if "*" in nt.original:  # "nud*na", "sv*stirla": a masked vowel in an inflected form
                    fuzzy += [m for m in self._decoded.find_masked(nt, exact + fuzzy)
                              if self._lang_ok(m.entry) and self._not_excepted(nt, m)]
            if CAMEL.search(nt.original):  # "FnarStrippingTrx", "ZqPeitosQel": glued words with capitals
                fuzzy += self._camel_matches(nt, exact + fuzzy)
            if has_jamo(nt.original):  # "ㄴㅜㄷㅡ": Hangul spelled in loose letters (round 18)
                fuzzy += jamo_matches(self._lexicon, nt, exact + fuzzy)
            fuzzy = drop_ordinary(nt, fuzzy)
            findings.extend(_lexicon_finding(field, nt, m, fuzzy=True, edit=m.edit) for m in fuzzy)
            if self._split is not None:  # "na ked", "por-no", "dekan (read it backwards)"
                cut = self._cut_words(nt, exact + fuzzy)
                findings.extend(_lexicon_finding(field, nt, m, fuzzy=True, edit=m.edit, rule=rule,
                                                 score=round(max(0.0, m.entry.score - penalty), 2))
                                for m, rule, penalty in cut)
                fuzzy += [m for m, _rule, _p in cut]
            for pattern, grade, score, rule in _EMOJI_RULES:
                for em in pattern.finditer(nt.original):
                    findings.append(Finding(label=grade, score=score, field=field, span=Span(em.start(), em.end()),
                                            text=em.group(), evidence={"rule": rule, "term": em.group(),
                                                                       "grade": grade, "source": "nciiguard"}))
            for um in _UNDRESS_VERB.finditer(nt.folded.text):
                subj = _undress_subject(nt, um.start())
                if subj is None:
                    continue
                os_, oe = nt.folded.to_original(subj, um.end())
                evidence = {"rule": "undress_alone", "term": nt.folded.text[subj:um.end()], "grade": "euphemism",
                            "source": "nciiguard"}
                findings.append(Finding(label="euphemism", score=0.75, field=field, span=Span(os_, oe),
                                        text=nt.original[os_:oe], evidence=evidence))
            if "fake" in nt.folded.text or "swap" in nt.folded.text or "morph" in nt.folded.text:
                findings.extend(_explicit_fakes(field, nt))  # "<name> fakes? need explicit ones" (round 23)
            if "bare" in nt.folded.text:  # "show <anyone, however long>'s bare chest" (round 33)
                findings.extend(possessed_bare_chest(field, nt))
            if _FR_NU.search(nt.folded.text):  # "Julien Moreau nu": French masculine nude after a name
                findings.extend(_name_nu(field, nt))
            findings.extend(keyword_arg_findings(field, nt))  # "spicy=True", "nude_mode: on" (round 16; not "safe=0")
            if self._soup is not None:
                matched = frozenset(getattr(nt, m.view).text[m.start:m.end] for m in exact + fuzzy
                                    if m.view in ("plain", "folded"))
                matched |= name_shaped_porn_tokens(nt.original)  # "Siriporn Kaewkhao": a Thai name (round 18)
                soup = self._soup_finding(field, nt, [m.entry.term for m in exact] + [m.entry.term for m in fuzzy],
                                          matched)
                if soup is not None:
                    findings.append(soup)
            if self._model is not None and nt.folded.text.strip():
                # Shared with semantic_sexual_text, which skips its encoder when this is very low.
                p = shared(ctx, CacheKey("sexual_ngram_p", field, id(self._model)),
                           lambda: self._model.score(nt.folded.text))
                if p >= self.params.learned_floor:
                    # a score that rests on a benign sense ("la verdad desnuda") is not reported: the
                    # field is scored again without those words (in the view the model reads); only
                    # for a field the model flags, so the exception scan costs the rest nothing
                    p = score_past_benign_senses(self._model, self._lexicon, nt, p)
                if p >= self.params.learned_floor:  # "explicit=False", "1girl, masterpiece" (round 18)
                    frames = frame_spans(nt.folded.text) + _negative_spans(nt)  # round 24: "negative prompt: nsfw."
                    if frames:
                        p = min(p, self._model.score(_blank(nt.folded.text, frames)))
                if p >= self.params.learned_floor:
                    findings.append(
                        Finding(
                            label="learned",
                            score=p,
                            field=field,
                            span=Span(0, len(nt.original)),
                            text=nt.original,
                            evidence={
                                "probability": round(p, 4),
                                "model_version": self._model.model_version,
                                "top_features": list(self._model.explain(nt.folded.text, self.params.top_features)),
                            },
                        )
                    )
            findings = _past_off_flags(nt, findings)
        if getattr(nt, "decoded", ()):  # a coded phrase read as a whole (text.phrase_decode): say how
            findings = [_with_cipher(f, nt) for f in findings]
        return findings

    def _cut_words(self, nt, taken) -> list:
        """``(match, rule, score penalty)`` of sexual words cut by a space or by syllable marks
        (``split_word``, ``syllable_marks``: :mod:`nciiguard.text.split_words`) or written backwards
        (``reversed``: :mod:`nciiguard.text.reversed_words`) or in a simple cipher (ROT13, Pig Latin,
        no vowels, base64 ...: :mod:`nciiguard.text.cipher_words`), clear of ``taken``; the benign senses of
        the lexicon's exceptions still apply to the word they spell."""
        words = _FieldWords(nt)
        out = [(m, rule, _SPLIT_PENALTY) for m, rule in self._split.find(nt, taken, words)]
        out += [(m, rule, _REVERSED_PENALTY)
                for m, rule in self._reversed.find(nt, list(taken) + [m for m, _r, _p in out], words)]
        out += [(m, rule, _CIPHER_PENALTY)
                for m, rule in self._cipher.find(nt, list(taken) + [m for m, _r, _p in out], words)]
        return [x for x in out if self._lang_ok(x[0].entry) and self._not_excepted(nt, x[0])]

    def _camel_matches(self, nt, taken) -> list:
        """Lexicon terms inside camelCase tokens ("BrimNueWub", "GloSpogliataFnar"): the original is
        split at each lower-to-upper change inside a word, normalised and matched again (so the
        benign-sense exceptions apply: "NudeLipstick" is "nude lipstick"); only matches inside a
        split token and clear of ``taken`` are kept, with spans in the original."""
        from ...text.fuzzy import FuzzyMatch
        from ...text.normalize import normalize
        from ...text.spans import Marks

        orig = nt.original
        cuts = [m.start() + 1 for m in CAMEL.finditer(orig)]
        mocking = alternating_case(orig) if cuts else []
        split, pos = [], []  # split text, and the original index of each of its characters
        prev = 0
        for c in cuts + [len(orig)]:
            split.append(orig[prev:c])
            pos.extend(range(prev, c))
            if c < len(orig):
                split.append(" ")
                pos.append(c)
            prev = c
        nt2 = normalize("".join(split), coded_phrases=False)  # pieces of the field, decoded already
        marks = Marks((m.ostart, m.oend) for m in taken)
        out = []
        for m in self._lexicon.match(nt2):
            os_, oe = pos[m.ostart], pos[m.oend - 1] + 1
            if m.entry.grade == "suggestive" or marks.overlaps(os_, oe):
                continue
            j = bisect_left(cuts, os_)  # the first cut at or after the match's start
            if j == len(cuts) or cuts[j] > oe:
                continue  # not a piece of a split token: the first match already saw it
            if oe - os_ <= 3 and any(a <= os_ and oe <= b for a, b in mocking):
                continue  # two short pieces of a word in alternating case: no word its writer split
            out.append(FuzzyMatch(m.entry, "split", m.start, m.end, os_, oe, "split camelCase"))
            marks.add(os_, oe)
        return out

    def _not_excepted(self, nt, m) -> bool:
        """A decoded word keeps the benign senses of the word it spells ("pieds nu5" is "pieds
        nus", barefoot): the term is put back in its context (a few words either side) and the
        lexicon, exceptions included, must still report it. Decoded hits are rare; this costs one
        short normalisation each."""
        from ...text.normalize import normalize

        if self._lexicon.cleared_at(nt, m.view, m.start, m.end):
            return False  # the word as written is a benign sense where it stands ("голыми руками")
        text = getattr(nt, m.view).text
        head = f"{text[max(0, m.start - 48):m.start]} "
        term = m.entry.term.rstrip("*")
        window = f"{head}{term} {text[m.end:m.end + 48]}"
        # any match on the term's place (a higher-scored part of it may win: "naked" in "naked body")
        return any(x.ostart < len(head) + len(term) and x.oend > len(head)
                   for x in self._lexicon.match(normalize(window, coded_phrases=False)) if x.entry.grade != "suggestive")

    def _lang_ok(self, entry) -> bool:
        """A masked match only counts for the configured languages (an entry may list several)."""
        langs = self.params.languages
        return langs is None or any(lang in langs for lang in entry.lang.split(";"))

    def _soup_finding(self, field: str, nt, terms: list[str], matched: frozenset[str] = frozenset()) -> Finding | None:
        """One ``euphemism`` finding when the field is a token soup with enough sexual fragments."""
        known, soup = self._soup
        markers = soup_markers(nt, known, self.params.soup_unknown_share)
        # One strong stem glued inside an unknown token ("tumblpornomutt", "yarnPornographicBrass")
        # is a request on its own: no benign prompt glues "porn" to noise. It marks the field as a
        # soup too, except for stems with benign glued uses ("nudelipstick", "pussywillow").
        strong = sorted(soup.strong_in(nt.plain.text, known, matched))
        if strong and "nude" in nt.plain.text:  # "nudefarbenem Lippenstift": a colour compound (round 21)
            glued = frozenset(m.group() for m in _GLUED_COLOUR.finditer(nt.plain.text))
            if glued:
                matched = matched | glued
                strong = sorted(soup.strong_in(nt.plain.text, known, matched))
        if strong:
            # words of a benign sense ("árboles desnudos") are no glued stem either (scanned only here:
            # the exception scan costs ~0.1 ms a prompt)
            benign = self._lexicon.exception_spans(nt, "plain")
            if benign:
                matched = matched | frozenset(w for s, e in benign for w in nt.plain.text[s:e].split())
                strong = sorted(soup.strong_in(nt.plain.text, known, matched))
        if not markers and any(st not in GLUED_BENIGN_STEMS for st in strong):
            markers = ["glued_strong_stem"]
        if not markers:
            return None
        fragments = set(soup.fragments(nt.plain.text, known))
        fragments.update(t for t in terms if not t.startswith("re:"))
        fragments.update(soup_pieces.emoji_fragments(nt.original))  # "👙❌", "🍒" inside a soup
        if len(fragments) < self.params.soup_min_fragments and not strong:
            return None
        return Finding(
            label="euphemism",
            score=self.params.soup_score,
            field=field,
            span=Span(0, len(nt.original)),
            text=nt.original,
            evidence={"rule": "token_soup", "markers": markers, "fragments": sorted(fragments | set(strong))[:10],
                      "strong": strong[:10],
                      "source": f"nciiguard ({SOUP_FILE})"},
        )


def _past_off_flags(nt, findings: list[Finding]) -> list[Finding]:
    """``findings`` without the word findings inside a sexual key switched off ("nsfw": false,
    ``explicit=False``: :func:`nciiguard.text.benign_frames.off_flag_spans`): the key names what the
    user does not want. Whole-field findings (the classifier, a soup) are left to their own readers."""
    flags = off_flag_spans(nt.folded.text)
    if not flags:
        return _past_benign_readings(nt, findings)
    spans = [nt.folded.to_original(s, e) for s, e in flags]
    whole = len(nt.original)
    return _past_benign_readings(nt, [f for f in findings
                                    if f.span is None or f.span.end - f.span.start >= whole
                                    or not any(a <= f.span.start and f.span.end <= b for a, b in spans)])


#: Round 21: a nudity or euphemism word glued by a hyphen to a colour head is a colour ("a buff-coloured
#: trench coat", "nude-toned heels"), not a state of undress; read on the original text right after the span.
_COLOUR_COMPOUND = re.compile(r"-(?:colou?r(?:ed|s)?|ton(?:e|ed)|tint(?:ed)?|hued|shade[ds]?)(?![^\W_])", re.I)
#: Round 21: an "X-themed"/"X-style" compound naming an event or a thing ("a naturist-themed trivia night")
#: in a field that says the person is dressed ("fully clothed"): the theme is the event's, not the person's state.
_THEMED_COMPOUND = re.compile(r"-(?:themed|theme|style|styled|inspired|friendly)(?![^\W_])", re.I)  # round 24: friendly
_DRESSED = re.compile(r"(?<![^\W_])(?:fully|completely|properly|modestly|normally|entirely|still)[ -](?:clothed|dressed)"
                      r"(?![^\W_])", re.I)


#: Round 21: "nude" as a colour in other languages' compounds and phrases: glued to a colour word
#: ("nudefarbenem", "nudekleurige", "ヌードカラー", "누드톤") or after one ("w kolorze nude", "warna nude").
_COLOUR_TAIL = re.compile(r"[-]?(?:farb|kleur|färg|farv|colou?r|couleur|カラー|色|톤|컬러|색)", re.I)
_COLOUR_BEFORE = re.compile(r"(?<![^\W_])(?:colou?r|couleur|colore|cor|farbe|kleur|kolor\w{0,3}|warna|barv\w{0,2}|renk\w{0,2}"
                            r"|màu|färg|farve)[ \t]{0,2}:?[ \t]{0,2}$", re.I)
_GLUED_COLOUR = re.compile(r"(?<![^\W_])nude-?(?:farb|kleur|färg|farv|colou?r|ton)\w*", re.I)


def _nude_colour(nt, f: Finding) -> bool:
    """The lexicon's "nude" (any script) used as a colour name: a colour word glued to it or right before it."""
    term = str(f.evidence.get("term", ""))
    if term.lower() not in ("nude", "ヌード", "누드") or f.span is None:
        return False
    text = nt.original
    if f.text.lower().startswith(term.lower()) and len(f.text) > len(term) and _COLOUR_TAIL.match(f.text, len(term)):
        return True  # "누드톤": the match holds the glued colour word
    if _COLOUR_TAIL.match(text, f.span.end):
        return True
    return bool(_COLOUR_BEFORE.search(text, max(0, f.span.start - 14), f.span.start))


def _compound_modifier(nt, f: Finding) -> bool:
    """A nudity or euphemism word of the lexicon used as the first part of a hyphenated compound that is
    a colour ("buff-coloured") or, in a field that says the person is fully clothed, a theme
    ("naturist-themed trivia night, fully clothed"). Cost: a character test, then one anchored match."""
    if f.label not in ("nudity", "euphemism") or f.span is None or f.evidence.get("fuzzy"):
        return False
    end = f.span.end
    if end >= len(nt.original) or nt.original[end] != "-":
        return False
    if _COLOUR_COMPOUND.match(nt.original, end):
        return True
    return bool(_THEMED_COMPOUND.match(nt.original, end)) and bool(_DRESSED.search(nt.original))


#: Round 22: a handle's "@" sigil at the start of a word (read as the letter "a" by the folded view's leetspeak).
_HANDLE_AT = re.compile(r"(?<![^\s(\[{,;:!?\"'])@(?=[^\W\d_])")
def _handle_sigil(nt, f: Finding) -> bool:
    """A term the folded view read through a handle's "@" ("@gina.apostol_real" read as "agina", a misspelling of
    "vagina"): the "@" opens the word and what follows it is a first name or an English word, or the handle goes
    on with a dot or an underscore ("@name.surname_real"). "@ss" (leet for the word) is neither, and stays."""
    if f.span is None or not f.text.startswith("@") or not _HANDLE_AT.match(nt.original, f.span.start):
        return False
    rest = f.text[1:].lower()
    first, common = _name_words()
    if len(rest) >= 3 and (rest in first or rest in common):
        return True
    end = f.span.end
    return end + 1 < len(nt.original) and nt.original[end] in "._" and nt.original[end + 1].isalnum()


def _past_benign_readings(nt, findings: list[Finding]) -> list[Finding]:
    """``findings`` without two benign readings (round 18): a term written as part of a person's name ("MP Dick
    Schoof"; rounds 25 and 28 added "Cho Kuk", "Lolita Tuazon", "Vanina Ickx": :func:`written_name`), and a euphemism rule whose garment the same edit replaces with a covering one
    ("mask over the shirt -> replace with a green wool sweater": a clothes swap); and (round 21) a word
    that is the first part of a colour or theme compound (:func:`_compound_modifier`); and (round 22) a term read
    through a handle's "@" (:func:`_handle_sigil`) or a word corrected at once (:func:`_self_corrected`)."""
    out, ends = [], None
    at = "@" in nt.original
    # "negative prompt: nudity, nsfw. positive: ..."; "caption for an anti-revenge-porn campaign" (round 24)
    findings = _drop_excluded(nt, findings)
    for f in findings:
        if at and _handle_sigil(nt, f):
            continue  # "@gina.apostol_real": a handle, not "agina" (round 22)
        if _self_corrected(nt, f):
            continue  # "undressed... sorry, underdressed for a snowstorm" (round 22)
        if f.label in ("explicit", "nudity", "euphemism") and _undressed_thing(nt, f):
            continue  # "undressing the Christmas tree, taking the ornaments off" (round 23)
        if "-" in nt.original and _compound_modifier(nt, f):
            continue  # "buff-coloured trench coat"; "naturist-themed trivia night, fully clothed" (round 21)
        if f.label == "nudity" and _nude_colour(nt, f):
            continue  # "w kolorze nude", "ヌードカラー", "누드톤": a colour (round 21)
        if f.span is not None and written_name(nt.original, f.span.start, f.span.end, f.label, f.evidence,
                                               alone=len(findings) == 1):
            continue  # "MP Dick Schoof", "Lolita Tuazon", "Vanina Ickx", "Cho Kuk": part of a person's name
        if f.label == "euphemism" and f.evidence.get("view") and str(f.evidence.get("term", "")).startswith("re:"):
            if ends is None:  # original end -> folded end of each token, once per field (linear)
                view = nt.folded
                ends = {view.to_original(t.start, t.end)[1]: t.end for t in view.tokens}
            end = ends.get(f.span.end)
            if end is not None and garment_swap_follows(nt.folded.text, end):
                continue
        out.append(f)
    return out


def _with_cipher(f: Finding, nt) -> Finding:
    """``f`` with the cipher of the coded phrase it was read in (``cipher``, ``coded_span``)."""
    if f.span is None or f.span.end - f.span.start >= len(nt.original):
        return f
    for a, b, rule in nt.decoded:
        if a < f.span.end and f.span.start < b:
            return dataclasses.replace(f, evidence={**f.evidence, "cipher": rule, "coded_span": [a, b]})
    return f


def score_past_benign_senses(model, lexicon, nt, p: float) -> float:
    """``p``, the n-gram ``model``'s score of the field's folded view, or its score with the benign-sense
    phrases of the lexicon's exceptions ("stripping paint", "naked truth") blanked out, if that is lower:
    a score that rests on a benign sense is not a request. Shared by sexual_text's and scenario_sexual_text's
    classifiers; called only on a field the model flags, so the exception scan costs the rest nothing."""
    benign = lexicon.exception_spans(nt, "folded")
    return min(p, model.score(_blank(nt.folded.text, benign))) if benign else p


def _blank(text: str, spans) -> str:
    """``text`` with the characters of ``spans`` turned into spaces."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _undress_subject(nt, verb_start: int) -> int | None:
    """Where the person an undress verb is about starts in the folded view, or None when the words
    before the verb name no person (``paint stripping``, ``Wire Stripping`` in a title)."""
    tokens = nt.folded.tokens
    k = bisect_right(tokens, verb_start, key=lambda t: t.end)  # O(log n): a prompt of many verbs stays linear
    toks = tokens[max(0, k - 6):k]
    i = len(toks) - 1
    while i >= 0 and toks[i].text in _LINKS:
        i -= 1
    if i < 0:
        return None
    for k in range(i, max(-1, i - 5), -1):  # "my neighbour", "my cousin's wife", "her new roommate"
        if toks[k].text in _POSSESSIVES and (k < i or toks[k].text == "her"):
            return toks[k].start
    for k in range(i, max(-1, i - 4), -1):  # "the girl", "she", "the girl from accounting"
        if toks[k].text in _PERSON_WORDS and (k == i or toks[k + 1].text in _PREPOSITIONS):
            return toks[k - 1].start if k > 0 and toks[k - 1].text in _DETERMINERS else toks[k].start
    # A capitalised name right before the verb ("Laura Finch", "Dana Kowalczyk"): capitalised as
    # written, and one of its words a first name or no English word (a title "Paint Stripping" is
    # not); the first word of the field must be a first name ("Stripping paint", "Paint Stripping").
    first, common = _name_words()
    names = []
    k = i
    while k >= 0 and len(names) < 3:
        os_, _oe = nt.folded.to_original(toks[k].start, toks[k].end)
        if not nt.original[os_:os_ + 1].isupper():
            break
        names.append((toks[k], os_))
        k -= 1
    if any(t.text in first or (t.text not in common and os_ > 0) for t, os_ in names):
        return names[-1][0].start
    return None


#: French masculine "nu"/"nus" (the word alone is Dutch "now", Nu Skin, nu metal: only after a name,
#: in a French sentence; after a man or a posing verb it is a lexicon rule).
_FR_NU = re.compile(r"(?<![^\W_])nus?(?![^\W_])")
#: Words that make a field French and are no Dutch words ("de", "en", "is" are both).
_FR_MARKERS = frozenset("le la les une du des dans sur avec mon ma mes ton ta sa son ses au aux près chez très "
                        "photo image génère montre dessine mets".split())


def _name_nu(field: str, nt) -> list[Finding]:
    """``nu``/``nus`` right after a capitalised name one of whose words is a first name or no English
    word ("Julien Moreau nu"), in a field with a French word that is no Dutch word ("Kan Jan nu
    komen" is Dutch "now"). Score 0.85, ``rule: name_nu``."""
    tokens = nt.folded.tokens
    if not any(t.text in _FR_MARKERS for t in tokens):
        return []
    first, common = _name_words()
    out = []
    for k, tok in enumerate(tokens):
        if tok.text not in ("nu", "nus") or k == 0:
            continue
        names, j = [], k - 1
        while j >= 0 and len(names) < 3:
            os_, _oe = nt.folded.to_original(tokens[j].start, tokens[j].end)
            if not nt.original[os_:os_ + 1].isupper():
                break
            names.append((tokens[j], os_))
            j -= 1
        if names and any(t.text in first or (t.text not in common and os_ > 0) for t, os_ in names):
            os_, oe = nt.folded.to_original(names[-1][0].start, tok.end)
            out.append(Finding(label="nudity", score=0.85, field=field, span=Span(os_, oe), text=nt.original[os_:oe],
                               evidence={"rule": "name_nu", "term": nt.folded.text[names[-1][0].start:tok.end],
                                         "grade": "nudity", "source": "nciiguard"}))
    return out


_PREPOSITIONS = frozenset({"from", "of", "at", "in", "next", "across", "upstairs", "downstairs", "on", "with"})
_DETERMINERS = _POSSESSIVES | {"the", "a", "an", "this", "that"}
_NAME_WORDS = None


def _name_words():
    """(first names, English words) of the shipped lists, loaded once."""
    global _NAME_WORDS
    if _NAME_WORDS is None:
        from ...text.persons import gazetteer as names

        _NAME_WORDS = (names.word_list("names_first.txt.gz"), names.word_list("names_words_common.txt.gz"))
    return _NAME_WORDS


_DIGIT = re.compile(r"\d")
_FUZZY = None
_KNOWN = None
_SOUP = None
_FUZZY_LOCK = threading.Lock()


def _known_words():
    """English words and names of the shipped word lists, as one membership test (built once)."""
    global _KNOWN
    if _KNOWN is None:
        from ...text.persons import gazetteer as names

        known: set[str] = set(FUZZY_NOT)
        for f in FUZZY_KNOWN_FILES:
            known.update(names.list_words(f))  # the name module's shared lists: its strings, no copy
        _KNOWN = frozenset(known).__contains__
    return _KNOWN


def _data_text(name: str) -> str:
    """One of the package's text data files (nciiguard/text/data/<name>)."""
    from ..._data import read_text

    return read_text(f"text/data/{name}")


def _load_fuzzy():
    """The fuzzy index with its word lists, built once per process (about 0.1 s) and shared."""
    global _FUZZY
    with _FUZZY_LOCK:
        if _FUZZY is None:
            from ...text import fuzzy, lexicon

            text = _data_text(FUZZY_FILE)
            entries = lexicon.read_tsv(text, FUZZY_FILE, grades=GRADES)
            _FUZZY = fuzzy.FuzzyIndex(entries, known=fuzzy.fuzzy_known(_known_words()))  # + FUZZY_NOT_ML
        return _FUZZY


_MASKED = None


def _load_masked():
    """The masked-spelling index over the explicit and nudity terms of the lexicon (built once)."""
    global _MASKED
    with _FUZZY_LOCK:
        if _MASKED is None:
            from ...text import fuzzy, lexicon

            entries, phrases = [], []
            for name in LEXICON_FILES:
                text = _data_text(name)
                for e in lexicon.read_tsv(text, name, grades=GRADES):
                    masked = lexicon.Entry(e.term, e.grade, round(max(0.0, e.score - MASK_PENALTY), 2), e.lang, e.source)
                    if e.grade in ("explicit", "nudity"):
                        entries.append(masked)
                    # round 9: the words of "without clothes" phrases too ("sem ro*pa", "zonder kl*ren")
                    if e.grade in ("explicit", "nudity", "euphemism") and " " in e.term and e.score >= 0.8 \
                            and not e.term.startswith("re:"):
                        phrases.append(masked)
            _MASKED = fuzzy.MaskedIndex(entries, phrases=phrases)
        return _MASKED


_DECODED = None


def _load_decoded():
    """The lexicon-checked decoder of leetspeak and stretched letters (built once, shared)."""
    global _DECODED
    with _FUZZY_LOCK:
        if _DECODED is None:
            from ...text import decode

            lex = load_sexual_lexicon()
            _DECODED = decode.DecodedIndex(lex.forms("folded"), known=_known_words())
        return _DECODED


def _load_soup():
    """(known-word test, fragments) for the token-soup check, built once per process and shared."""
    global _SOUP
    with _FUZZY_LOCK:
        if _SOUP is None:
            text = _data_text(SOUP_FILE)
            from ...text.persons import gazetteer as names

            fragments = SoupFragments(text)
            fragments.read_glued(names.word_list("names_words_common.txt.gz"))
            _SOUP = (_known_words(), fragments)
        return _SOUP


def _short_terms(forms) -> dict:
    """3-letter explicit/nudity terms ("sex", "nue", "nua"): read backwards only after an instruction."""
    out = {}
    for tokens, stem, e in forms:
        if (not stem and len(tokens) == 1 and len(tokens[0]) == 3 and tokens[0].isalpha() and tokens[0].isascii()
                and e.grade in ("explicit", "nudity") and e.score >= 0.75):
            out.setdefault(tokens[0], e)
    return out


def _lexicon_finding(field: str, nt, m, score: float | None = None, **extra) -> Finding:
    """A finding for one lexicon match (exact, or fuzzy with ``fuzzy``/``edit`` in the evidence;
    ``score``: lowered from the term's for a guessed reading)."""
    e = m.entry
    return Finding(
        label=e.grade,
        score=e.score if score is None else score,
        field=field,
        span=Span(m.ostart, m.oend),
        text=nt.original[m.ostart:m.oend],
        evidence={"term": e.term, "grade": e.grade, "lang": e.lang, "source": e.source, "view": m.view, **extra},
    )
