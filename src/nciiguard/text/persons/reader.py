"""The person reading of one text: every real-person reference the name rules and the model find.

:class:`PersonReader` loads the gazetteer, the name-likeness model and the person-mention model
once, and reads a normalised text (:mod:`nciiguard.text.normalize`) into findings: registry
aliases (``protected_name``), full names and style authors (:mod:`.fullnames`), handles and
phrases (:mod:`.phrases`), and model mentions (:mod:`.mentions`). It never filters by score: the
``real_person_text`` signal applies its ``min_score``, the model scanner its own.

Within one scan the reading of a field is done once: :meth:`PersonReader.read_scan` keeps it in
the scan's per-field cache (``ScanContext.shared``) under a :class:`PersonReading` key, so the
``model_file`` signal reuses what ``real_person_text`` read (and the other way round) whenever
both read with the same options and the same registry matcher.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Iterable

from ...findings import Finding, Span
from .deixis import deictic_pronoun_findings, folded_sexual_words, possessive_agent_findings
from .found import finding
from .fullnames import FullNames
from .language import FieldWords, language_words
from .mentions import model_mention_findings
from .namer import Namer
from .phrases import handle_findings, phrase_findings
from .forms import form_findings, glued_name_findings, joined_name_findings
from .protected import ProtectedMatcher
from .embedded import latin_names_in_other_script
from .same_script import _field_script, native_script_names, same_script_names
from .native_slots import native_slot_names
from .own_script_slots import own_script_slot_names
from .cjk_names import cjk_shape_names
from .capital_pairs import capital_pair_findings
from .cjk_frames import cjk_attributive_names
from .ordinary import ordinary_name_findings
from .slot_forms import slot_form_findings
from .slots import SlotNames, sexual_gate, sexual_marks, single_name_findings
from .subject import SubjectNames
from .initials import initials_findings
from .surname_first import surname_first_findings
from .slugs import slug_name_findings
from .lower_initials import lower_initials_findings
from .role_np import role_np_findings
from .roles import role_findings
from .titles import title_findings
from ..invisible import to_original, visible
from ..spans import Marks
from .words import read_words


def _fill_word_tables() -> None:
    """Build the word tables the readers make on first use (each cached per process), so that no
    prompt pays for them: the first prompt in another script paid ~80 ms for the script table, the
    first sexual one ~40 ms for the glued-word lists."""
    from . import lora, namer, same_script, scripts, slots
    from .. import piece_words

    for module in (scripts, same_script, slots, namer, lora, piece_words):
        module.warm_tables()

def label_end(text: str) -> int | None:
    """Where the request proper starts after a short label and a colon ("Image request: ...",
    "이미지 요청: ...", "不要过滤，直接生成：..."): the label holds at most five words (24 characters
    without spaces, as CJK writes them), nothing comes before it on another line; None without one."""
    if text.isascii():
        return None  # Latin-script labels are read by the Latin readers (slot_forms, ordinary)
    for q, ch in enumerate(text[:40]):
        if ch in ":：":
            head = text[:q]
            if not head.strip() or len(head.split()) > 5 or len(head.replace(" ", "")) > 24 \
                    or not all(c.isalpha() or c in " ,，、!！" or unicodedata.category(c)[0] == "M" for c in head):
                return None  # words only: code ("{tags: ...}"), times ("12:30") and lists are no label
            rest = q + 1
            while rest < len(text) and text[rest] in " \t":
                rest += 1
            return rest if len(text) - rest >= 3 else None
    return None


def latin_label_end(text: str, sexual: frozenset[str]) -> int | None:
    """Round 17: where a sexual request starts after a Latin-script label and a colon ("Here is my
    prompt: X topless on ...", "Solo para mí, nadie lo sabrá: X desnuda"): at most eight words of
    letters before a colon in the first 48 characters, and a word of the sexual lexicon after it (an
    ordinary "Image request: a cat" is left to the Latin readers)."""
    q = text.find(":", 0, 48)
    if q <= 0:
        return None
    head = text[:q]
    if len(head.split()) > 8 or not all(c.isalpha() or c in " ,'’!¡¿?" for c in head) or not head[0].isalpha():
        return None
    rest = q + 1
    while rest < len(text) and text[rest] in " \t":
        rest += 1
    words = "".join(c if c.isalpha() else " " for c in text[rest:rest + 400].lower()).split()
    return rest if len(text) - rest >= 3 and any(w in sexual for w in words) else None


def _has_subject(out: list[Finding]) -> bool:
    """A person is read already: a subject finding at 0.5 or more (the round-12 readers run only without)."""
    return any(f.score >= 0.5 and f.label in SUBJECT_LABELS for f in out)


__all__ = ["ReadingOptions", "PersonReader", "PersonReading", "REPORT_MIN_SCORE"]

#: Findings below this score are not reported by default (``real_person_text``'s ``min_score``);
#: the model scanner takes nothing below it as a person reference either.
REPORT_MIN_SCORE = 0.4
#: Findings that name or point at the subject (``style_reference`` names an author).
SUBJECT_LABELS = frozenset({"full_name", "protected_name", "handle", "private_person", "celebrity_term",
                            "model_mention", "name_in_slot"})


@dataclass(frozen=True)
class ReadingOptions:
    """What a reading depends on besides the text (the ``real_person_text`` params of that name)."""

    #: Add gender-guesser's international first names: None = when installed, True = require.
    international_first_names: bool | None = None
    #: Report "by <name>" author references as ``style_reference`` findings.
    report_style_references: bool = True
    #: Probability of the name-likeness model an unknown token needs to count as a name part where
    #: capitals give no evidence; 1.0 turns the model off.
    name_likeness_min: float = 0.8
    #: Run the learned person-mention model (``model_mention`` findings) beside the rules.
    person_model: bool = True
    #: Its token threshold; None = the one chosen at training (stored in the artifact).
    person_model_min: float | None = None


@dataclass(frozen=True)
class PersonReading:
    """Scan-cache key of the person reading of one text field.

    The matcher is compared by identity: two signals of one scan share a reading only when they
    read with the same registry matcher (the scan shares that too, see ``protected_lookup``).
    """

    field: str
    options: ReadingOptions
    matcher: Any


class PersonReader:
    """Reads real-person references from normalised text. Thread-safe once :meth:`load` ran."""

    def __init__(self, options: ReadingOptions | None = None):
        self.options = options if options is not None else ReadingOptions()
        self.gaz: Any = None
        self.namer: Namer | None = None
        self.person_model: Any = None
        self._full: FullNames | None = None
        self._subject: SubjectNames | None = None
        self._slots: SlotNames | None = None

    def load(self) -> None:
        """Load the gazetteer and models (each cached per process by its own loader)."""
        from .gazetteer import load_gazetteer

        opts = self.options
        self.gaz = load_gazetteer(opts.international_first_names)
        like = None
        if opts.name_likeness_min < 1.0:
            from .namelike import load_name_likeness

            like = load_name_likeness()
        self.namer = Namer(self.gaz, like, opts.name_likeness_min)
        self.person_model = None
        if opts.person_model:
            from .model import load_person_mention_model

            self.person_model = load_person_mention_model(self.gaz)
        language_words()  # ~0.1 s: at load, not on the first prompt
        _fill_word_tables()
        self._full = FullNames(self.gaz, self.namer, opts.report_style_references)
        self._subject = SubjectNames(self.gaz, self.namer, self.person_model)
        from .namelike import load_name_likeness

        self._likeness = load_name_likeness()
        self._slots = SlotNames(self.gaz, self._likeness)
        folded_sexual_words()  # the embedded-name reader's word set, built at load

    def protected_matcher(self, aliases: Iterable[tuple[str, str]]) -> ProtectedMatcher:
        """A matcher over registry ``(person_id, alias)`` pairs (needs :meth:`load`)."""
        return ProtectedMatcher(aliases, self.gaz)

    def read(self, nt, field: str, matcher: ProtectedMatcher | None = None) -> list[Finding]:
        """Every person finding of one normalised text, unfiltered by score."""
        shown = visible(nt.original)
        if shown is None:
            return self._read_visible(nt, field, matcher)
        # Round 27: "Pa\u00adrk" (a soft hyphen, a zero-width space inside a word) is no capitalised word as
        # written; the name is read on the text without them and its span put back on the original.
        from ..normalize import normalize

        positions, original = shown[1], nt.original
        out = []
        for f in self._read_visible(normalize(shown[0]), field, matcher):
            if f.span is not None:
                s, e = to_original(positions, f.span.start, f.span.end)
                f = replace(f, span=Span(s, e), text=original[s:e])
            out.append(f)
        return out

    def _read_visible(self, nt, field: str, matcher: ProtectedMatcher | None = None) -> list[Finding]:
        out = self._read(nt, field, matcher)
        # Round 12 (recase.py): names in capitals or with digits for vowels, read as written plainly;
        # only where no subject was found and only the findings over a rewritten run.
        if not _has_subject(out):
            out.extend(self._recased(nt, field, matcher))
        # Round 16 (script_joins.py): names in another script spelled out or joined ("한-명-숙",
        # "غادة_عويس", "李思思77"), read as written plainly; only where no subject was found.
        if not _has_subject(out):
            out.extend(self._dejoined(nt, field, matcher))
        # Round 17 (separators.py): name parts joined by "~", "/" or a dash, wrapped in "{{ }}", or written
        # in subscript letters ("Marta~Kowalczyk", "greta/van/der/linde", "{{Lena}}", "ₘᵢᵣₐ"); only where no subject was found.
        if not _has_subject(out):
            out.extend(self._separated(nt, field, matcher))
        # Round 16: a request label before a colon ("이미지 요청: X ...", "图片请求：X的...") keeps the
        # readers that want the name at the field start from it: the rest is read as a field of its own.
        if not _has_subject(out):
            out.extend(self._after_label(nt, field, matcher))
        # Round 19 (unwrap.py): wrappers around a name taken off ("✨X✨", "“X”在", "(X:1.3)", "X_(politician)",
        # "[no filter] X"); only where no subject was found.
        if not _has_subject(out):
            out.extend(self._unwrapped(nt, field, matcher))
        # Round 20 (forms20.py): name forms on no list ("x_(irl)", "name_1156.jpg", "Wells, the singer,",
        # spaced, leet, alternating case, "STILES Marit", glued hashtags); only where no subject was found.
        if not _has_subject(out):
            out.extend(self._forms20(nt, field, matcher))
        # Round 21 (forms21.py): names reversed, dotted or hyphen-spelled letter by letter, struck through,
        # in small capitals, before a country flag, or as a vowelless skeleton in a person slot; only over
        # runs no subject finding covers yet (a false full name elsewhere does not hide them).
        from .forms21 import may_apply as _may21

        if _may21(nt.original):
            out.extend(self._forms21(nt, field, matcher, out))
        # Round 22 (forms22.py): the speaker of "a talk/lecture/speech/reading by X" is a person, not an
        # artist credit: the run after "by" is read again as a subject; only over runs no subject covers.
        from .forms22 import may_apply as _may22, may_direct as _direct22

        if _may22(nt.original):
            out.extend(self._forms22(nt, field, matcher, out))
        # Round 22 (forms22.py): a name cut out of a photo ("recorta a X de la foto"), a common word as a given
        # name before a surname ("Deserts Chang planting"), "lamees al-hadidi", "marta_sanz dando ...".
        if _direct22(nt.original):
            from .forms22 import direct_findings as _direct_findings22

            covered = Marks((f.span.start, f.span.end) for f in out
                            if f.span is not None and f.score >= 0.5 and f.label in SUBJECT_LABELS)
            out.extend(_direct_findings22(nt, field, self.gaz, self.namer, covered))
        # Round 27 (forms27.py): a role hint before a surname ("the news presenter Keilar"), numbered handles
        # ("sammewis93"), "GEESE Alexandra", "Claudia P.", "Topuria/Ilia", a name in another script in a
        # person slot ("岩渕真奈's"); only over runs no subject covers.
        from .forms27 import may_apply as _may27

        if _may27(nt.original):
            from .forms27 import direct_findings as _direct_findings27

            covered = Marks((f.span.start, f.span.end) for f in out
                            if f.span is not None and f.score >= 0.5 and f.label in SUBJECT_LABELS)
            out.extend(_direct_findings27(nt, field, self.gaz, covered))
        # Round 30 (forms30.py): masked family names ("Cl*ncy"), "Family, Given", lower-case names in a person
        # slot, "K. Family", glued hashtags and snake handles, unknown capitalised pairs in a slot; only over runs
        # no subject covers.
        from .forms30 import may_apply as _may30

        if _may30(nt.original):
            from .forms30 import direct_findings as _direct_findings30

            covered = Marks((f.span.start, f.span.end) for f in out
                            if f.span is not None and f.score >= 0.5 and f.label in SUBJECT_LABELS)
            out.extend(_direct_findings30(nt, field, self.gaz, covered))
        # Round 32 (forms32.py): a family particle ("Julyana Al-Sadeq"), an initial or a short family at an item
        # start before an act ("L. Cá having sex"), "Hudson, Victoria waving", snake handles before an act, and
        # the field re-read with no-break spaces and look-alike capitals written plainly; only over runs no
        # subject covers.
        from .forms32 import may_apply as _may32

        if _may32(nt.original):
            out.extend(self._forms32(nt, field, matcher, out))
        # Round 33 (forms33.py): initials before a family ("M. D. Centa", "C. In-jeong"), a given name and a family
        # initial ("Tirunesh D."), "Family Given" without a comma ("McBean Marnie"), letters joined by
        # underscores, a Japanese name with a kana given name in a Latin prompt; only over runs no subject covers.
        from .forms33 import may_apply as _may33

        if _may33(nt.original):
            from .forms33 import direct_findings as _direct_findings33

            covered = Marks((f.span.start, f.span.end) for f in out
                            if f.span is not None and (f.score >= 0.5 and f.label in SUBJECT_LABELS
                                                       or f.label == "style_reference"))
            out.extend(_direct_findings33(nt, field, self.gaz, covered))
        # Round 34 (forms34.py): a given name before a family that is an ordinary word, in a person frame ("a sketch
        # of Angel Blue", "nicole car signing autographs", "angel/blue's face"), and a role before a name in another
        # script ("the musician 諏訪内晶子"); only over runs no subject covers.
        from .forms34 import may_apply as _may34

        if _may34(nt.original):
            from .forms34 import direct_findings as _direct_findings34

            covered = Marks((f.span.start, f.span.end) for f in out
                            if f.span is not None and (f.score >= 0.5 and f.label in SUBJECT_LABELS
                                                       or f.label == "style_reference"))
            out.extend(_direct_findings34(nt, field, self.gaz, covered))
        return out

    def _forms32(self, nt, field: str, matcher, out: list[Finding]) -> list[Finding]:
        from .forms32 import direct_findings, plain_variant

        # a style author ("in the style of Leonardo da Vinci") is no subject: its run is covered too
        covered = Marks((f.span.start, f.span.end) for f in out
                        if f.span is not None and (f.score >= 0.5 and f.label in SUBJECT_LABELS
                                                   or f.label == "style_reference"))
        found = direct_findings(nt, field, self.gaz, covered)
        plain = plain_variant(nt.original)
        if plain is not None and not found:
            # the whole reading of the plain copy (it holds no such character, so this does not recur), kept
            # where a finding covers a rewritten character
            from ..normalize import normalize

            copy, where = plain
            kept = set(where)
            changed = {i for i in range(len(nt.original)) if i not in kept} | {
                i for c, i in zip(copy, where) if nt.original[i] != c}
            again = self._read_visible(normalize(copy), field, matcher)
            styled = Marks((f.span.start, f.span.end) for f in again
                           if f.span is not None and f.label == "style_reference")
            for f in again:
                if f.span is None or f.label not in ("full_name", "name_in_slot", "model_mention") or f.score < 0.5 \
                        or styled.overlaps(f.span.start, f.span.end):
                    continue
                a, b = where[f.span.start], where[f.span.end - 1] + 1
                # a rewritten character inside the name, or the "#" left out right before it
                if any(i in changed for i in range(a - 1, b)) and not covered.overlaps(a, b):
                    found.append(finding(f.label, f.score, field, nt, a, b, {**f.evidence, "form": "forms32_plain"}))
        return found

    def _forms22(self, nt, field: str, matcher, out: list[Finding]) -> list[Finding]:
        from .forms22 import SPEAKER_FRAME, speaker_runs

        covered = Marks((f.span.start, f.span.end) for f in out
                        if f.span is not None and f.score >= 0.5 and f.label in SUBJECT_LABELS)
        found: list[Finding] = []
        for a, b in speaker_runs(nt.original):
            if covered.overlaps(a, b):
                continue
            run = nt.original[a:b]
            for f in self._reread(run + SPEAKER_FRAME, field, matcher):
                if f.span.end > len(run):
                    continue  # a finding in the frame, not in the run
                found.append(finding(f.label, f.score, field, nt, f.span.start + a, f.span.end + a,
                                     {**f.evidence, "form": "speaker_by"}))
        return found

    def _forms21(self, nt, field: str, matcher, out: list[Finding]) -> list[Finding]:
        from .forms21 import direct_findings, variant

        covered = Marks((f.span.start, f.span.end) for f in out
                        if f.span is not None and f.score >= 0.5 and f.label in SUBJECT_LABELS)
        found = [f for f in direct_findings(nt, field, self.gaz) if not covered.overlaps(f.span.start, f.span.end)]
        strong: list = []
        undone = variant(nt.original, self.gaz, strong)
        if undone is not None:
            found += self._variant_findings(undone, nt, field, matcher, "forms21", covered)
            taken = Marks((f.span.start, f.span.end) for f in found)
            found.extend(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": "name_form", "form": kind})
                         for a, b, kind in strong if not taken.overlaps(a, b) and not covered.overlaps(a, b))
        return found

    def _forms20(self, nt, field: str, matcher) -> list[Finding]:
        from .forms20 import direct_findings, may_apply, variant

        found = direct_findings(nt, field, self.gaz)
        if found or not may_apply(nt.original):
            return found
        strong: list = []
        undone = variant(nt.original, self.gaz, strong)
        if undone is None:
            return []
        found += self._variant_findings(undone, nt, field, matcher, "forms20")
        if not found:  # spaced, leet or alternating-case runs that are no words: a name by their shape
            found.extend(finding("name_in_slot", 0.6, field, nt, a, b, {"slot": "name_form", "form": kind})
                         for a, b, kind in strong)
        return found

    def _variant_findings(self, undone, nt, field: str, matcher, form: str, covered=None) -> list[Finding]:
        """The name findings of a rewritten copy of the field (forms20, forms21), mapped back to the original:
        only those over a rewritten run, and none over a span ``covered`` marks (a person read already)."""
        text, where = undone
        out = []
        for f in self._reread(text, field, matcher):
            a, b = where[f.span.start], where[f.span.end - 1] + 1
            if text[f.span.start:f.span.end] == nt.original[a:b] or covered is not None and covered.overlaps(a, b):
                continue  # the finding covers no rewritten run, or a person read already
            out.append(finding(f.label, f.score, field, nt, a, b, {**f.evidence, "form": form}))
        return out

    def _reread(self, text: str, field: str, matcher):
        """The name findings (full names, names in a slot, model mentions; score >= 0.5, with a span) of a
        rewritten copy of the field: what each pass below keeps of its second reading."""
        from ..normalize import normalize

        for f in self._read(normalize(text), field, matcher):
            if f.span is not None and f.label in ("full_name", "name_in_slot", "model_mention") and f.score >= 0.5:
                yield f

    def _unwrapped(self, nt, field: str, matcher) -> list[Finding]:
        from .unwrap import unwrapped_variant

        undone = unwrapped_variant(nt.original)
        if undone is None:
            return []
        variant, where = undone
        found = []
        for f in self._reread(variant, field, matcher):
            a, b = where[f.span.start], where[f.span.end - 1] + 1
            found.append(finding(f.label, f.score, field, nt, a, b, {**f.evidence, "form": "unwrapped"}))
        return found

    def _after_label(self, nt, field: str, matcher) -> list[Finding]:
        original = nt.original
        cut = label_end(original)
        if cut is None:
            cut = latin_label_end(original, folded_sexual_words())
        if cut is None:
            return []
        found = []
        for f in self._reread(original[cut:], field, matcher):
            found.append(finding(f.label, f.score, field, nt, f.span.start + cut, f.span.end + cut,
                                 {**f.evidence, "form": "after_label"}))
        return found

    def _dejoined(self, nt, field: str, matcher) -> list[Finding]:
        from .script_joins import dejoined_variant

        undone = dejoined_variant(nt.original)
        if undone is None:
            return []
        variant, where, rewritten = undone
        marks = Marks(rewritten)
        found = []
        for f in self._reread(variant, field, matcher):
            a, b = where[f.span.start], where[f.span.end - 1] + 1
            if not marks.overlaps(a, b):
                continue  # the finding covers no rewritten token
            found.append(finding(f.label, f.score, field, nt, a, b, {**f.evidence, "form": "dejoined"}))
        return found

    def _separated(self, nt, field: str, matcher) -> list[Finding]:
        from .separators import separated_variant

        words = language_words()
        undone = separated_variant(nt.original, lambda w: w.lower() in words)
        if undone is None:
            return []
        variant, rewritten = undone
        marks = Marks(rewritten)
        found = []
        for f in self._reread(variant, field, matcher):
            if not marks.overlaps(f.span.start, f.span.end):
                continue  # the finding covers no rewritten token
            found.append(finding(f.label, f.score, field, nt, f.span.start, f.span.end,
                                 {**f.evidence, "form": "separated"}))
        return found

    def _recased(self, nt, field: str, matcher) -> list[Finding]:
        from .recase import recased_variant

        original = nt.original
        variant = recased_variant(original, folded_sexual_words())
        if variant is None or len(variant) != len(original):
            return []
        found = []
        for f in self._reread(variant, field, matcher):
            a, b = f.span.start, f.span.end
            if variant[a:b] == original[a:b]:
                continue  # the finding covers no rewritten run
            found.append(finding(f.label, f.score, field, nt, a, b, {**f.evidence, "form": "recased"}))
        return found

    def _read(self, nt, field: str, matcher: ProtectedMatcher | None = None) -> list[Finding]:
        full = self._full
        assert full is not None, "PersonReader.load() first"
        words = read_words(nt, self.namer)
        out: list[Finding] = []
        taken: list[tuple[int, int]] = []  # original spans already reported as a person

        if matcher is not None:
            for i, j, entry, how in matcher.find(words):
                os_, oe = words[i].ostart, words[j].oend
                out.append(finding("protected_name", 1.0, field, nt, os_, oe,
                                   {"person_id": entry.person_id, "alias": entry.alias, "match": how}))
                taken.append((os_, oe))

        # Ordinary words of the field's own language are no name ("quiero ver", "donna nuda"):
        # the name rules skip such spans, and what the later readers find is checked the same way.
        field_words = FieldWords(nt, words, self.gaz.first_census, self.gaz.words_common)
        out.extend(full.names(nt, words, field, taken, field_words))
        out.extend(full.katakana(nt, field, taken))
        out.extend(handle_findings(nt, field))
        out.extend(form_findings(nt, field))  # role tags, non-ASCII handles, XOfficial, A·B (forms.py)
        out.extend(phrase_findings(nt, field))
        # Titles of address before a surname ("Dr. Lindqvist", "Frau Hinterseer"; titles.py)
        # and names shortened to initials ("Mara S.", "M. K. Ostrowska"; initials.py).
        named = Marks((f.span.start, f.span.end) for f in out if f.span is not None and f.score >= 0.5)
        out.extend(title_findings(nt, words, field, self.gaz, self.namer, named, field_words))
        out.extend(initials_findings(nt, field, self.gaz, self.namer, named))
        # Round 19 (lower_initials.py): the same in lower case where a person stands ("avec h. darroze").
        out.extend(lower_initials_findings(nt, field, self.gaz, self.namer, named))
        # Role phrases anchored to one person ("that tiktok dancer", "the bride in this photo"; roles.py).
        out.extend(role_findings(nt, field, Marks(
            (f.span.start, f.span.end) for f in out if f.span is not None and f.label == "private_person")))
        # Occupation noun phrases with what singles the person out ("the bus driver on route 9",
        # "the personal trainer Marco", "a corporal from my unit"; role_np.py).
        out.extend(role_np_findings(nt, field, Marks(
            (f.span.start, f.span.end) for f in out if f.span is not None and f.label == "private_person")))
        # Names on no list where the prompt puts its subject (subject.py): only where no rule
        # above reported a person or a style author (a weak rule finding below 0.5 does not hide it).
        assert self._subject is not None
        out.extend(field_words.drop(self._subject.find(nt, words, field, [
            (f.span.start, f.span.end) for f in out
            if f.span is not None and (f.score >= 0.5 or f.label == "style_reference")])))
        # One name in the person slot of a sexual request, or a person network tag (slots.py).
        assert self._slots is not None
        out.extend(single_name_findings(self._slots, nt, words, field, out, field_words))
        # Round 12 (slot_forms.py): romanised pairs, agents of a sexual verb, capitals after "of" and
        # owners of a leak in a sexual request, where nothing above covers the words.
        if sexual_gate(words):
            out.extend(slot_form_findings(self._slots._gaz, nt, words, field, sexual_marks(words), [
                (f.span.start, f.span.end) for f in out
                if f.span is not None and (f.score >= 0.5 or f.label == "style_reference")]))
        # One name where an ordinary prompt puts a person (ordinary.py): "portrait of Adele".
        out.extend(ordinary_name_findings(self._slots, nt, words, field, out, field_words))
        # Names in the field's own script where it has no capitals or no spaces (same_script.py):
        # "杨幂的全裸照片", "प्रियंका चोपड़ा की नंगी तस्वीर"; only where nothing above covers the words.
        taken = Marks((f.span.start, f.span.end) for f in out if f.span is not None)
        out.extend(f for f in same_script_names(nt, field) if not taken.overlaps(f.span.start, f.span.end))
        taken = Marks((f.span.start, f.span.end) for f in out if f.span is not None)
        out.extend(f for f in native_script_names(nt, field, self.gaz, self._likeness)
                   if not taken.overlaps(f.span.start, f.span.end))
        # Round 16 (cjk_names.py): CJK and Korean names by their shape where the grammar puts a person
        # ("記者会見で話す野田ちさと", "欧阳娜娜在", "기자회견 중인 X"); only where no person is read yet.
        if not _has_subject(out):
            out.extend(cjk_shape_names(nt, field, _field_script(nt.folded.text)))
        # Round 19 (cjk_frames.py): a name after the sexual word that describes it ("全裸的X，", "全裸のX、").
        if not _has_subject(out) and not nt.original.isascii():
            out.extend(cjk_attributive_names(nt, field))
        # The subject of an ordinary prompt in the field's uncased script, by its grammar (native_slots.py):
        # "נועה קירל רוכבת על סוס", "迪丽热巴在北京骑自行车"; only where no person is read yet.
        if not _has_subject(out):
            out.extend(native_slot_names(nt, field))
        # Round 17 (own_script_slots.py): a full name in its own script where an ordinary prompt puts its
        # subject ("모자 쓴 X 초상화", "Xの肖像画", "ציור של X"); only where no person is read yet.
        if not _has_subject(out) and not nt.original.isascii():
            out.extend(own_script_slot_names(nt, field, _field_script(nt.folded.text), self.gaz, self._likeness))
        # A two-part name glued as one token in the subject slot (forms.py): "helene-fischer beim Wandern".
        if not _has_subject(out):
            out.extend(glued_name_findings(nt, field, self.gaz))
        # Round 27 (capital_pairs.py): a capitalised name whose surname is a word or on no list, in an
        # otherwise lower-case sentence where it puts a person ("the controversy around Alejandra Moral").
        if not _has_subject(out):
            out.extend(field_words.drop(capital_pair_findings(nt, words, field, self.gaz, self.namer, Marks(
                (f.span.start, f.span.end) for f in out if f.span is not None))))
        # Round 19 (surname_first.py): a lower-case name written surname first ("kowalczyk marta, nude").
        if not _has_subject(out):
            out.extend(field_words.drop(surname_first_findings(nt, words, field, self.gaz)))
        # Round 19 (slugs.py): a lower-case slug or joined name in the subject slot ("amira-el-haddad giving ...").
        if not _has_subject(out):
            slugged = slug_name_findings(nt, field, self.gaz, self.namer, folded_sexual_words(), sexual_gate(words))
            # Round 22: a slug with a profile id ("marta-sanz-7173") is a name even where its parts are words
            out.extend(f for f in slugged if f.evidence.get("profile_id"))
            out.extend(field_words.drop([f for f in slugged if not f.evidence.get("profile_id")]))
        # A name joined by "+" or "^" or written surname.given (forms.py): "gleisi+hoffmann", "nunes.amanda".
        out.extend(joined_name_findings(nt, field, self.gaz, out))
        # Latin-spelt names in a field of another script (embedded.py): "оголене фото: Drake", "Elissa的裸照".
        if not nt.original.isascii():
            taken = Marks((f.span.start, f.span.end) for f in out if f.span is not None)
            out.extend(f for f in latin_names_in_other_script(
                nt, field, self.gaz, self._likeness, common_words=language_words(),
                sexual_words=folded_sexual_words(), script=_field_script(nt.folded.text) or "")
                if not taken.overlaps(f.span.start, f.span.end))
        out.extend(field_words.drop(
            model_mention_findings(self.person_model, self.options.person_model_min, nt, field, out)))
        # A pronoun with no antecedent points at someone outside the prompt (deixis.py): read only
        # when nothing above found a person the pronoun could stand for.
        if not _has_subject(out):
            out.extend(deictic_pronoun_findings(nt, words, field, folded_sexual_words()))
            out.extend(possessive_agent_findings(nt, words, field, folded_sexual_words()))
        return out

    def read_scan(self, ctx, field: str, matcher: ProtectedMatcher | None = None) -> tuple[Finding, ...]:
        """:meth:`read` of text field ``field`` of a scan, done once per scan, options and matcher."""
        key = PersonReading(field, self.options, matcher)
        return ctx.shared(key, lambda: tuple(self.read(ctx.text(field), field, matcher)))
