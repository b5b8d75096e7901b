"""Outputs of a dataset scan, written atomically (temporary file, fsync, rename).

``decisions.parquet``: one row per item in source order. Columns: ``id``, ``seq``, ``source``,
``action`` (allow / review / block; null for an error row), ``cat_<category>`` (bool, one column
per category the policy reports), ``score_<category>`` (float), ``reason_codes`` (list of
strings), ``reasons`` (JSON: code, signal, field, span/box, score, evidence; never the matched
text), ``message`` (null when allowed), ``policy`` (``name@version``), ``error_code`` and ``error``
(the message). It is a flat projection of the journal's decision records (:mod:`nciiguard.records`).

The filtered manifest holds the items that were **allowed** (review, block and error rows are
left out: a curator keeps only what passed):

- CSV source -> ``manifest.csv``: the input's rows, all columns, unchanged.
- parquet source -> ``manifest.parquet``: the input's rows, all columns.
- folder / WebDataset -> ``manifest.parquet`` with ``id``, ``source`` and ``path`` (folder) or
  ``shard`` and ``key`` (WebDataset).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from ..records import policy_ref
from .checkpoint import fsync_dir
from .sources import Source, TableSource

DECISIONS = "decisions.parquet"


def _pa():
    from .._optional import require

    require("pyarrow", extra="dataset", feature="the dataset scanner's parquet output")
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pa, pq


def _replace_into(tmp: Path, final: Path) -> None:
    with open(tmp, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(tmp, final)
    fsync_dir(final.parent)


def _tmp(final: Path) -> Path:
    return final.with_name(f".{final.name}.tmp-{os.getpid()}")


def decisions_table(records: list[dict[str, Any]]):
    pa, _ = _pa()
    records = sorted(records, key=lambda r: (r["seq"], r["id"]))
    cats = sorted({k for r in records for k in r.get("categories", {})})
    scores = sorted({k for r in records for k in r.get("scores", {})})
    cols: dict[str, Any] = {
        "id": pa.array([r["id"] for r in records], pa.string()),
        "seq": pa.array([r["seq"] for r in records], pa.int64()),
        "source": pa.array([r["source"] for r in records], pa.string()),
        "action": pa.array([r.get("action") for r in records], pa.string()),
    }
    for c in cats:
        cols[f"cat_{c}"] = pa.array([r["categories"].get(c) if r.get("action") else None for r in records], pa.bool_())
    for s in scores:
        cols[f"score_{s}"] = pa.array([r["scores"].get(s) if r.get("action") else None for r in records],
                                      pa.float32())
    cols["reason_codes"] = pa.array([r.get("reason_codes", []) for r in records], pa.list_(pa.string()))
    cols["reasons"] = pa.array([json.dumps(r.get("reasons", []), separators=(",", ":")) for r in records],
                               pa.string())
    flat = {
        "message": lambda r: r.get("message") or None,
        "policy": lambda r: policy_ref(r["policy"]) if r.get("policy") else None,
        "error_code": lambda r: r["error"]["code"] if r.get("error") else None,
        "error": lambda r: r["error"]["message"] if r.get("error") else None,
    }
    for name, value in flat.items():
        cols[name] = pa.array([value(r) for r in records], pa.string())
    return pa.table(cols)


def write_decisions(output: Path, records: list[dict[str, Any]]) -> Path:
    _, pq = _pa()
    final = Path(output) / DECISIONS
    tmp = _tmp(final)
    pq.write_table(decisions_table(records), tmp)
    _replace_into(tmp, final)
    return final


def write_manifest(output: Path, source: Source, records: list[dict[str, Any]]) -> Path:
    """Write the filtered manifest (allowed items only) in the input's format where it has one."""
    allowed = {r["id"] for r in records if r.get("action") == "allow"}
    output = Path(output)
    if isinstance(source, TableSource) and source.format == "csv":
        final = output / "manifest.csv"
        tmp = _tmp(final)
        ids = source.ids()
        with open(source.location, newline="", encoding="utf-8-sig") as src, \
                open(tmp, "w", newline="", encoding="utf-8") as dst:
            reader = csv.reader(src)
            writer = csv.writer(dst)
            writer.writerow(next(reader))
            for i, row in enumerate(reader):
                if ids[i] in allowed:
                    writer.writerow(row)
        _replace_into(tmp, final)
        return final
    pa, pq = _pa()
    final = output / "manifest.parquet"
    tmp = _tmp(final)
    if isinstance(source, TableSource):
        ids = source.ids()
        pf = pq.ParquetFile(source.location)
        writer = None
        offset = 0
        try:
            for batch in pf.iter_batches(batch_size=8192):
                mask = pa.array([ids[offset + i] in allowed for i in range(batch.num_rows)])
                offset += batch.num_rows
                if writer is None:
                    writer = pq.ParquetWriter(tmp, batch.schema)
                writer.write_table(pa.Table.from_batches([batch]).filter(mask))
            if writer is None:
                writer = pq.ParquetWriter(tmp, pf.schema_arrow)
        finally:
            if writer is not None:
                writer.close()
    else:
        kept = sorted((r for r in records if r["id"] in allowed), key=lambda r: r["seq"])
        if source.format == "folder":
            table = pa.table({"id": pa.array([r["id"] for r in kept], pa.string()),
                              "path": pa.array([r["id"] for r in kept], pa.string())})
        else:
            table = pa.table({
                "id": pa.array([r["id"] for r in kept], pa.string()),
                "shard": pa.array([r["source"] for r in kept], pa.string()),
                "key": pa.array([r["id"].split("/", 1)[1] for r in kept], pa.string()),
            })
        pq.write_table(table, tmp)
    _replace_into(tmp, final)
    return final


def write_summary(output: Path, summary: dict[str, Any]) -> Path:
    final = Path(output) / "summary.json"
    tmp = _tmp(final)
    tmp.write_bytes(json.dumps(summary, indent=1, sort_keys=True).encode("utf-8"))
    _replace_into(tmp, final)
    return final


def counts(records: list[dict[str, Any]]) -> dict[str, int]:
    out = {"allow": 0, "review": 0, "block": 0, "error": 0}
    for r in records:
        out[r.get("action") or "error"] += 1
    return out


__all__ = ["DECISIONS", "counts", "decisions_table", "write_decisions", "write_manifest", "write_summary"]
