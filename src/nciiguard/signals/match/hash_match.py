"""``hash_match``: images that match a hash bank (survivor submissions, confirmed NCII).

Each image of the content is hashed once per scan (PDQ with the robust query variants, plus the
MD5 / SHA-256 of its file bytes) through ``ctx.shared(("pdq", i), ...)``, so other signals and
the caller can reuse the hashes. Label ``survivor_match`` for an entry of a survivor bank
(submitted by a survivor, active at once, not reviewed), ``bank_match`` for any other matchable
bank (moderator-confirmed NCII, nudify models). The hashes are looked up in ``resources.banks``, a
:class:`~nciiguard.banks.BankMatcher`; allow-listed images never match, flat images (PDQ quality
below the floor) are not matched on PDQ.

Fail closed: with no banks configured the signal raises (the policy treats that as an error),
unless the operator said ``require_banks: false``.
"""

from __future__ import annotations

from pydantic import Field

from ...errors import SignalError
from ...findings import Finding
from ...limits import PDQ_MATCH_DISTANCE, PDQ_MAX_DISTANCE
from ..base import Signal, SignalParams


class HashMatchSignal(Signal):
    name = "hash_match"
    version = "1"
    modalities = frozenset({"image"})
    extra = "image"
    summary = "images matching a hash bank (PDQ with crop/border/rotation variants, MD5, SHA-256)"

    class Params(SignalParams):
        #: Largest PDQ Hamming distance that counts as a match (of 256 bits; 31 is PDQ's own default).
        max_distance: int = Field(default=PDQ_MATCH_DISTANCE, ge=0, le=PDQ_MAX_DISTANCE)
        #: Only these banks (default: every bank except allow-lists).
        banks: list[str] | None = None
        #: With no banks configured, raise (fail closed). Set false for deployments without banks.
        require_banks: bool = True

    def load(self) -> None:
        from ..._optional import require

        require("pdqhash", extra="image", feature="the hash_match signal")

    def detect(self, ctx):
        matcher = self.resources.banks
        if matcher is None:
            if self.params.require_banks:
                raise SignalError("hash_match has no banks configured (set require_banks: false to run without)")
            return []
        findings: list[Finding] = []
        max_d = self.params.max_distance
        for i in ctx.image_indices():
            hashes = ctx.shared(("pdq", i), lambda i=i: matcher.prepare_image(ctx.image(i)))
            report = matcher.query_prepared(hashes, self.params.banks, max_d)
            field_name = ctx.content.image_field(i)
            for m in report.matches:
                # distance 0 -> 1.0, distance max_d -> 0.5: every match within the threshold
                # clears the default profile's 0.5, and closer matches score higher.
                score = 1.0 - 0.5 * (m.distance / max_d if max_d else 0.0)
                # A survivor bank's entries are active the moment a survivor submits them, and
                # nobody has seen the picture: the policy may treat them differently from
                # moderator-confirmed NCII (the ncii profile holds them for review).
                findings.append(Finding(
                    label="survivor_match" if m.purpose == "survivor" else "bank_match", score=score, field=field_name,
                    evidence={"bank": m.bank, "purpose": m.purpose, "entry_id": m.entry_id, "case_id": m.case_id,
                              "distance": m.distance, "signal_type": m.signal_type, "variant": m.query_variant},
                ))
        return findings
