"""``hash_match``: images and hashes that match a hash bank (survivor submissions, confirmed NCII).

Each image of the content is hashed once per scan (PDQ with the robust query variants, plus the
MD5 / SHA-256 of its file bytes) through :meth:`~nciiguard.content.ScanContext.image_hashes`, so
other signals and the caller reuse the hashes (the Guard puts them on ``Decision.hashes``). Hash
values given to :meth:`nciiguard.Guard.match` arrive as a :class:`HashQuery` in the content's
metadata (modality ``hashes``) and are matched in one pass of the matcher.

Label ``survivor_match`` for an entry of a survivor bank (submitted by a survivor, active at once,
not reviewed), ``bank_match`` for any other matchable bank (moderator-confirmed NCII, nudify
models). The hashes are looked up in ``resources.banks``, a :class:`~nciiguard.banks.BankMatcher`;
allow-listed images never match, flat images (PDQ quality below the floor) are not matched on PDQ.

Fail closed: with no banks configured the signal raises (the policy treats that as an error),
unless the operator said ``require_banks: false``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from pydantic import Field

from ...errors import SignalError
from ...findings import Finding
from ...content import CacheKey
from ...limits import PDQ_MATCH_DISTANCE, PDQ_MAX_DISTANCE
from ..base import Signal, SignalParams


#: Where the signal leaves its match reports in the scan (``ctx.shared(REPORTS_KEY, dict)``: field
#: -> MatchReport), for the Guard to put on ``Decision.matches``. One entry for all fields: a batch
#: of 1,000 hashes costs one cache entry, not 1,000.
REPORTS_KEY = CacheKey("bank_reports")


def match_score(distance: int, max_distance: int) -> float:
    """The score of a match: distance 0 -> 1.0, distance ``max_distance`` -> 0.5. Every match
    within the threshold clears the default profile's 0.5, and closer matches score higher. (A
    video's distance is 100 - its frame match percent, judged by its own threshold: it may exceed
    ``max_distance``; the score then falls towards 0, never below.)"""
    return max(0.0, 1.0 - 0.5 * (distance / max_distance if max_distance else 0.0))


@dataclass(frozen=True)
class HashQuery:
    """What :meth:`nciiguard.Guard.match` asks the signal (``Content.metadata["hashes"]``).

    ``queries``: one :class:`~nciiguard.hashing.QueryHashes` per hash, reported under field
    ``hash[i]``. ``banks`` / ``max_distance``: this call's choice, for the hashes and the images of
    the content alike (default: the signal's parameters)."""

    queries: Sequence[Any] = ()
    banks: Sequence[str] | None = None
    max_distance: int | None = None


class HashMatchSignal(Signal):
    name = "hash_match"
    version = "1"
    modalities = frozenset({"image", "hashes"})
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
        query: HashQuery = ctx.content.metadata.get("hashes") or HashQuery()
        max_d = self.params.max_distance if query.max_distance is None else query.max_distance
        banks = self.params.banks if query.banks is None else query.banks
        fields: list[str] = []
        reports: list[Any] = []
        for i in ctx.image_indices():
            hashes = ctx.image_hashes(i, matcher.prepare_image)
            fields.append(ctx.content.image_field(i))
            reports.append(matcher.query_prepared(hashes, banks, max_d))
        if query.queries:
            # One pass of the matcher for every hash of the call (one index lookup, one database read).
            fields += [f"hash[{j}]" for j in range(len(query.queries))]
            reports += matcher.query_many(query.queries, banks, max_d)
        # The reports (with allow-list and low-quality notes) go to the caller of Guard.match.
        ctx.shared(REPORTS_KEY, dict).update(zip(fields, reports))
        findings: list[Finding] = []
        for field_name, report in zip(fields, reports):
            for m in report.matches:
                # A survivor bank's entries are active the moment a survivor submits them, and
                # nobody has seen the picture: the policy may treat them differently from
                # moderator-confirmed NCII (the ncii profile holds them for review).
                findings.append(Finding(
                    label="survivor_match" if m.purpose == "survivor" else "bank_match",
                    score=match_score(m.distance, max_d), field=field_name,
                    evidence={"bank": m.bank, "purpose": m.purpose, "entry_id": m.entry_id, "case_id": m.case_id,
                              "distance": m.distance, "signal_type": m.signal_type, "variant": m.query_variant},
                ))
        return findings


def reason_codes(decision) -> dict[str, str]:
    """The reason code each matched field of a :meth:`~nciiguard.Guard.match` decision carries
    (one pass over the decision, for batches): a confirmed bank's (``known_ncii.bank_match`` in
    the ncii profile) over a survivor bank's alone (``survivor_bank.survivor_match``). For a
    profile with no category for the match, the signal's own ``hash_match.<label>``. Fields
    without a match are absent."""
    out: dict[str, str] = {}
    for res in decision.results:
        if res.signal == HashMatchSignal.name:
            for f in res.findings:  # the fallback, replaced below by the policy's reasons
                if out.get(f.field, "").endswith(".bank_match"):
                    continue
                out[f.field] = f"{HashMatchSignal.name}.{f.label}"
    policy: dict[str, str] = {}
    for r in decision.reasons:
        if r.signal == HashMatchSignal.name and (r.field not in policy or r.label != "survivor_match"
                                                  and policy[r.field].endswith(".survivor_match")):
            policy[r.field] = r.code
    out.update(policy)
    return out


def field_reason_code(decision, field_name: str) -> str | None:
    """:func:`reason_codes` of one field (None without a match)."""
    return reason_codes(decision).get(field_name)


def best_match_score(decision) -> float:
    """The hash_match signal's score of the closest match in ``decision`` (0.0 without one)."""
    return round(max((f.score for res in decision.results if res.signal == HashMatchSignal.name
                      for f in res.findings), default=0.0), 4)


def match_reports(decision, fields: Sequence[str]) -> list[Any]:
    """The bank match reports of ``fields`` in a :meth:`~nciiguard.Guard.match` decision. Raises
    RuntimeError if the signal failed (the decision itself fails closed): a caller that answers
    with the matches must not answer "no match" for a lookup that did not happen."""
    try:
        return [decision.matches[f] for f in fields]
    except KeyError:
        failed = next((r for r in decision.results if r.signal == HashMatchSignal.name), None)
        raise RuntimeError(f"hash_match did not match: {failed.error if failed is not None else 'not run'}") from None
