"""Output helpers shared by every batch command (prompts, images, models, datasets).

Records are the decision record of :mod:`nciiguard.records` (one shape everywhere, with a JSON
Schema): ``{"id", "action", "categories", "scores", "reasons", "message", "policy", "rules"}`` for a
decision, ``{"id", "error": {"code", "message"}}`` for an item that could not be screened. This
module writes them and renders decisions for terminals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterable, TextIO

from ..findings import Decision


def write_jsonl(stream: TextIO, record: dict[str, Any]) -> None:
    stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


def human_summary(decision: Decision) -> str:
    """A readable multi-line rendering of one decision for terminals."""
    lines = [f"{decision.action.value.upper()}  (policy {decision.policy} {decision.policy_version})"]
    if decision.message:
        lines.append(f"  {decision.message}")
    for r in decision.reasons:
        where = r.field
        if r.span is not None:
            where += f"[{r.span.start}:{r.span.end}]"
        if r.box is not None:
            where += " box=" + ",".join(map(str, r.box.to_list()))
        text = f" {r.text!r}" if r.text else ""
        lines.append(f"  - {r.code:<34} {r.signal:<16} {where}{text} score={r.score:.2f}")
    return "\n".join(lines)


class Progress:
    """A tqdm bar on stderr when it is a terminal or when asked; silent otherwise."""

    def __init__(self, total: int | None, desc: str, stream: TextIO | None = None, enabled: bool | None = None):
        stream = stream or sys.stderr
        if enabled is None:
            enabled = bool(getattr(stream, "isatty", lambda: False)())
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, file=stream, unit="item", dynamic_ncols=True)

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def summarise(counts: dict[str, int], stream: TextIO, elapsed_s: float, noun: str = "items") -> None:
    total = sum(counts.values())
    parts = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    rate = total / elapsed_s if elapsed_s > 0 else 0.0
    print(f"{total} {noun} in {elapsed_s:.1f} s ({rate:.0f}/s): {parts or 'none'}", file=stream)


def iter_nonempty(lines: Iterable[str]):
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, line


# -- files the operator names -------------------------------------------------------------------
# Checked before any model loads, so a typo costs a second, not a minute, and each problem is one
# line naming the path (never the file's content).

def open_input(path: str, what: str = "input file"):
    """``path`` opened for reading in binary, or InputError saying why it cannot be."""
    from ..errors import InputError
    from ._errors import os_error_message

    p = Path(path)
    if not p.exists():
        raise InputError(f"{what} not found: {path}")
    if p.is_dir():
        raise InputError(f"{what} is a directory, not a file: {path}")
    try:
        return open(p, "rb")
    except OSError as exc:
        raise InputError(os_error_message(exc, f"cannot read {what}")) from None


def check_output(path: str, what: str = "output file") -> None:
    """Refuse an output path whose folder is missing or that is a directory, before any work."""
    from ..errors import InputError

    if path == "-":
        return
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{what} is a directory: {path} (give a file name)")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.exists():
        raise InputError(f"{what}'s folder does not exist: {parent}")
    if not parent.is_dir():
        raise InputError(f"{what}'s folder is not a directory: {parent}")


def open_output(path: str, what: str = "output file"):
    """``path`` opened for writing text (checked with :func:`check_output`), or InputError."""
    from ..errors import InputError
    from ._errors import os_error_message

    check_output(path, what)
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(os_error_message(exc, f"cannot write {what}")) from None


# -- --fail-on ----------------------------------------------------------------------------------

def add_fail_on(p) -> None:
    p.add_argument("--fail-on", choices=("review", "block"), default=None,
                   help="exit 1 when any decision is at least this severe (block, or review and block); "
                        "default: exit 0 whatever the decisions")


def reached(fail_on: str | None, action) -> bool:
    """Whether a decision's action is at least as severe as ``--fail-on``."""
    from ..findings import Action

    return fail_on is not None and Action(action).severity >= Action(fail_on).severity
