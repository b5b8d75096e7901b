"""Output records shared by every batch command (prompts, images, datasets).

One shape everywhere: ``{"id", "action", "categories", "scores", "reasons", "message", "policy"}``
for a decision, ``{"id", "error": {"code", "message"}}`` for an item that could not be screened.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Iterable, TextIO

from ..findings import Decision

#: Categories every record carries, true or false, so consumers can rely on the keys.
CORE_CATEGORIES = ("sexual", "real_person", "minor", "ncii")


def decision_record(item_id: Any, decision: Decision) -> dict[str, Any]:
    d = decision.to_dict()
    categories = {name: bool(d["categories"].get(name, False)) for name in CORE_CATEGORIES}
    categories.update({k: bool(v) for k, v in d["categories"].items()})
    return {
        "id": item_id,
        "action": d["action"],
        "categories": categories,
        "scores": d["scores"],
        "reasons": d["reasons"],
        "message": d["message"],
        "policy": f"{decision.policy}@{decision.policy_version}",
    }


def error_record(item_id: Any, code: str, message: str) -> dict[str, Any]:
    return {"id": item_id, "error": {"code": code, "message": message}}


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
