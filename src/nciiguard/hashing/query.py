"""QueryHashes: the hashes one thing is matched with, and the one place they are built.

Every path that matches against the banks (the hash_match signal on a scanned image,
``Guard.match`` on a hash or a file, the service's ``/v1/match`` batches, a takedown's sweep, the
model-file signal) builds its query here, so a hash is turned into a query the same way everywhere:

* :meth:`QueryHashes.of_image`: a decoded image, hashed once (PDQ with the query strategy's
  variants, plus the MD5 / SHA-256 of its file bytes).
* :meth:`QueryHashes.of_hash`: one ``(signal type, value)`` pair (a PDQ value is its own
  "original" variant at full quality; a flat-image check needs the image, not the hash).
* :meth:`QueryHashes.of_hashes`: several pairs describing ONE piece of content (a takedown
  request's PDQ, MD5 and SHA-256): one query whose matches are any of them.
* :meth:`QueryHashes.of_record`: a :class:`~nciiguard.hashing.records.HashRecord` (``nciiguard
  hash`` output, a video's vPDQ).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import InputError
from .pdq import QueryStrategy, Variant, query_variants
from .signal_types import normalize_signal_type, validate_signal_value

#: Quality a PDQ value given as a bare hash is assumed to have (the flat-image check ran where it
#: was computed; the matcher cannot redo it without the picture).
GIVEN_HASH_QUALITY = 100
#: Signal types matched by equality in the database (the file digests).
EXACT_TYPES = ("md5", "sha256")


@dataclass
class QueryHashes:
    """The hashes a query is matched with: PDQ variants (with quality), exact file hashes, vPDQ.

    The hash_match signal computes these once per image per scan
    (:meth:`~nciiguard.content.ScanContext.image_hashes`); the Guard hands them to the caller on
    ``Decision.hashes`` so nothing hashes the same image twice.
    """

    pdq: list[Variant] = field(default_factory=list)
    quality: int | None = None
    exact: list[tuple[str, str]] = field(default_factory=list)  # (signal type, value)
    vpdq: str | None = None

    # -- builders ---------------------------------------------------------------------------------
    @classmethod
    def of_image(cls, decoded, strategy: QueryStrategy | None = None) -> "QueryHashes":
        """Hashes of a :class:`~nciiguard.imaging.DecodedImage`: PDQ variants by ``strategy`` and
        the digests of the file bytes it was decoded from (none for an in-memory array)."""
        variants, quality = query_variants(decoded.rgb, strategy)
        exact = []
        if decoded.md5:
            exact.append(("md5", decoded.md5))
        if decoded.sha256:
            exact.append(("sha256", decoded.sha256))
        return cls(pdq=variants, quality=quality, exact=exact)

    @classmethod
    def of_hash(cls, signal_type: str, value: str, *, validate: bool = True) -> "QueryHashes":
        """The query for one hash value. ``validate=False``: ``signal_type`` and ``value`` were
        normalised and validated already (the service's batch validates once, up front)."""
        st = normalize_signal_type(signal_type) if validate else signal_type
        v = validate_signal_value(st, value) if validate else value
        if st == "pdq":
            return cls(pdq=[Variant("original", v, GIVEN_HASH_QUALITY)])
        if st == "video-pdq":
            return cls(vpdq=v)
        return cls(exact=[(st, v)])

    @classmethod
    def of_hashes(cls, pairs: Iterable[tuple[str, str]], *, validate: bool = True) -> "QueryHashes":
        """One query from several hashes of the SAME content (its PDQ values and file digests).
        Other signal types are left out (a vPDQ value is queried on its own, :meth:`of_hash`)."""
        q = cls()
        for st, v in pairs:
            one = cls.of_hash(st, v, validate=validate)
            q.pdq += one.pdq
            q.exact += one.exact
        return q

    @classmethod
    def of_text(cls, text: str, signal_type: str | None = None) -> "QueryHashes":
        """The query for a hash written as text: ``"pdq:<hex>"``, ``"md5:<hex>"``..., or a bare
        value of ``signal_type``, or a bare hex value (32 digits: MD5; 64: a PDQ hash or a
        SHA-256, looked up as both). Raises InputError for a value that is none of these."""
        t = text.strip()
        if signal_type is None and ":" in t:
            head, _, rest = t.partition(":")
            signal_type, t = head, rest
        if signal_type is not None:
            return cls.of_hash(signal_type, t)
        v = t.lower()
        if len(v) == 32:
            return cls.of_hash("md5", v)
        # 64 hex characters are either a PDQ hash or a SHA-256: look for both.
        v = validate_signal_value("pdq", v)
        return cls.of_hashes([("pdq", v), ("sha256", v)], validate=False)

    @classmethod
    def of_record(cls, record) -> "QueryHashes":
        """The query for a :class:`~nciiguard.hashing.records.HashRecord` (its PDQ and crop
        variants at the record's quality, its digests, its vPDQ)."""
        q = cls(quality=record.quality, exact=[("md5", record.md5), ("sha256", record.sha256)], vpdq=record.vpdq)
        if record.pdq:
            q.pdq = [Variant("original", record.pdq, record.quality or 0)]
            q.pdq += [Variant(k, v, record.quality or 0) for k, v in record.pdq_variants.items()]
        return q

    # -- reading ----------------------------------------------------------------------------------
    @property
    def pdq_hash(self) -> str | None:
        """The PDQ hash of the content itself (the ``original`` variant), if any."""
        return next((v.hex for v in self.pdq if v.name == "original"), None)

    def signals(self) -> list[tuple[str, str]]:
        """(signal type, value) pairs of the content itself, best first, as
        :meth:`HashRecord.signals` orders them: the PDQ hash, a vPDQ, then the file digests.
        Variants (crops, rotations) are query-side only and left out."""
        out: list[tuple[str, str]] = []
        if self.pdq_hash is not None:
            out.append(("pdq", self.pdq_hash))
        if self.vpdq is not None:
            out.append(("video-pdq", self.vpdq))
        out += [(st, v) for st, v in self.exact if st in EXACT_TYPES]
        return out

    def to_dict(self) -> dict[str, Any]:
        """The content's own hashes: ``{"pdq": hex, "quality": q, "md5": ..., "sha256": ...}``
        (keys only for what was computed)."""
        out: dict[str, Any] = {}
        if self.pdq_hash is not None:
            out["pdq"] = self.pdq_hash
            out["quality"] = self.quality
        if self.vpdq is not None:
            out["video-pdq"] = self.vpdq
        out.update({st: v for st, v in self.exact if st in EXACT_TYPES})
        return out


def looks_like_hash(text: str) -> bool:
    """True if ``text`` reads as a hash (``type:value`` with a known type, or 32 / 64 hex digits)
    rather than a file name."""
    t = text.strip().lower()
    if ":" in t and not t.startswith(("/", ".")) and len(t.split(":", 1)[0]) <= 16:
        head = t.split(":", 1)[0]
        try:
            normalize_signal_type(head)
            return True
        except InputError:
            return False
    return len(t) in (32, 64) and all(c in "0123456789abcdef" for c in t)
