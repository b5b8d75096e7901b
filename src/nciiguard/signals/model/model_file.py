"""``model_file``: models made to reproduce a real person, and known nudify models.

Reads what :func:`nciiguard.modelscan.model_content` puts in a Content: the page texts
(``model_card``, ``description``, ``bounty``), the training metadata as ``metadata_*`` text fields,
and the file itself (``Content.metadata["model_file"]``, hashes only). Labels:

``likeness_claim``
    The text says the model reproduces a person: "likeness of <person>", "trained on photos of
    <person>", "LoRA of <person>", "face LoRA". ``<person>`` is a real-person reference (name,
    handle, registry alias, "my coworker") found right after the phrase. 0.6-0.9 by phrase.
``likeness_request``
    The same in a request or bounty ("looking for a LoRA of my coworker", "will pay $50 ...").
``person_subject``
    A kohya / DreamBooth dataset folder of one human subject (``10_janedoe woman``: repeats,
    instance token, a person class word). That recipe trains a person's likeness. 0.6.
``known_nudify_model``
    The file's SHA-256 or MD5 is in a bank of purpose ``nudify_model``. 1.0.

Names alone (an output name or trigger word that is a person's name) are the ``real_person_text``
signal's job; the ``models`` profile reads those findings in ``metadata_*`` fields as likeness.

Fail closed: with a model file to match and no banks configured the signal raises, unless the
profile sets ``require_banks: false``.
"""

from __future__ import annotations

from pydantic import Field

from ...errors import SignalError
from ...findings import Finding, Span
from ..base import Signal, SignalParams


class ModelFileSignal(Signal):
    name = "model_file"
    version = "1"
    modalities = frozenset({"text", "model_file"})
    extra = None
    summary = "model files and pages made to reproduce a real person's likeness; known nudify models (hash banks)"

    class Params(SignalParams):
        #: Banks to match model files against (default: every bank of purpose nudify_model).
        banks: list[str] | None = None
        #: With a model file and no banks configured, raise (fail closed).
        require_banks: bool = True
        #: A person reference must start within this many characters after a likeness phrase.
        window: int = Field(default=48, ge=0, le=400)
        #: real_person_text findings below this score are not taken as person references.
        person_min_score: float = Field(default=0.5, ge=0.0, le=1.0)
        #: Score of a kohya folder of one human subject (``10_<token> woman``).
        person_subject_score: float = Field(default=0.6, ge=0.0, le=1.0)

    def load(self) -> None:
        from ...text.persons import PersonReader
        from ..text.protected_lookup import ProtectedNames

        # The person reading the prompt guard's real_person_text does (its default options), used
        # here only to find where the subject of a likeness phrase is; its findings are reported
        # by real_person_text. Read through the scan's cache: a text is read once per scan.
        self._persons = PersonReader()
        self._persons.load()
        self._protected = ProtectedNames(self._persons.protected_matcher)

    def detect(self, ctx):
        from ..text.protected_lookup import scan_protected_names

        matcher, _failure = scan_protected_names(ctx, self._protected, self.resources)  # reported by real_person_text
        findings: list[Finding] = []
        for field_name in ctx.text_fields:
            found = self._persons.read_scan(ctx, field_name, matcher)
            findings.extend(self._likeness(ctx.text(field_name), field_name, found))
        if "metadata_dataset_dirs" in ctx.content.texts:
            findings.extend(self._subjects(ctx.content.texts["metadata_dataset_dirs"]))
        model = ctx.content.metadata.get("model_file")
        if model is not None:
            findings.extend(self._bank(model))
        return findings

    def _likeness(self, nt, field_name: str, found) -> list[Finding]:
        from ...modelscan.text import PersonRef, likeness_claims
        from ...text.persons import REPORT_MIN_SCORE

        # What real_person_text reports by default (registry names always), at person_min_score.
        refs = [
            PersonRef(f.span.start, f.span.end, f.label, f.text or "")
            for f in found
            if f.span is not None and f.score >= self.params.person_min_score
            and (f.score >= REPORT_MIN_SCORE or f.label == "protected_name")
        ]
        out = []
        for c in likeness_claims(nt, refs, window=self.params.window):
            ev = {"pattern": c.pattern}
            if c.person_label:
                ev["person_label"] = c.person_label
                ev["person_text"] = c.person_text
            if c.request_term:
                ev["request_term"] = c.request_term
            out.append(Finding(c.label, c.score, field_name, span=Span(c.start, c.end),
                               text=nt.original[c.start:c.end], evidence=ev))
        return out

    def _subjects(self, text: str) -> list[Finding]:
        from ...modelscan.metadata import parse_folder

        out = []
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            folder = parse_folder(line)
            if folder.repeats is not None and folder.person_class:
                out.append(Finding(
                    "person_subject", self.params.person_subject_score, "metadata_dataset_dirs",
                    span=Span(start, start + len(line)), text=line,
                    evidence={"repeats": folder.repeats, "instance": folder.instance, "class_word": folder.class_word,
                              "rule": "kohya folder <repeats>_<instance> <person class>"},
                ))
        return out

    def _bank(self, model) -> list[Finding]:
        matcher = self.resources.banks
        if matcher is None:
            if self.params.require_banks:
                raise SignalError("model_file has no banks configured (set require_banks: false to run without)")
            return []
        from ...hashing.query import QueryHashes

        query = QueryHashes.of_hashes([("sha256", model.sha256), ("md5", model.md5)], validate=False)
        report = matcher.query_prepared(query, self.params.banks)
        out = []
        for m in report.matches:
            if m.purpose != "nudify_model":
                continue
            out.append(Finding("known_nudify_model", 1.0, "model_file", evidence={
                "bank": m.bank, "purpose": m.purpose, "entry_id": m.entry_id, "case_id": m.case_id,
                "signal_type": m.signal_type,
            }))
        return out
