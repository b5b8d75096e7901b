"""Reading the TSV files the round-13 writers (helper sessions) wrote for training and validation.

One reader for all of them (scripts/data/scenario/, private_people/, person_templates/): the header must be
exactly the expected columns and every row must pass the file's own check, or training stops with the file
and line. A malformed row would otherwise change silently what a retrain learns.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable, Sequence


def read_writer_tsv(path: Path, columns: Sequence[str], row_ok: Callable[[dict], bool]) -> list[dict]:
    """Rows of ``path`` as dicts; ``ValueError`` naming the file (and the line) on a bad header or row."""
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != list(columns):
            raise ValueError(f"{path}: header {reader.fieldnames} is not {list(columns)}")
        rows = []
        for line, r in enumerate(reader, start=2):
            if None in r or None in r.values() or not row_ok(r):
                raise ValueError(f"{path}:{line}: malformed row")
            rows.append(r)
    return rows
