"""Incidents (what a moderation bot did, with reason codes) and their appeals, for chat bots.

In memory, and appended as JSON lines to ``path`` when given: ids, reason codes, policy and
times, plus the appellant's short text. Never the message text or the image. Reloaded on start,
so an appeal button pressed after a restart still finds its incident.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, ClassVar


@dataclass
class Incident:
    id: str
    chat_id: int
    message_id: int
    author_id: int
    action: str  # what the bot did: delete, hold, flag
    decision: str  # the policy's action: block, review
    reason_codes: list[str]
    policy: str
    created_at: str
    appeal: dict[str, Any] | None = None
    #: The service's id of the decision, when the bot screens through a service (appealable there).
    decision_id: str | None = None


class AppealError(Exception):
    """An appeal that cannot be filed (unknown incident, not the author, already appealed)."""


@dataclass
class IncidentStore:
    """Incidents in memory, appended as JSON lines to ``path`` when given (ids and codes only).
    Shared by the chat bots: a bot whose incidents carry more fields (Discord's server and channel)
    sets ``incident_type`` and narrows :meth:`appeal` with ``_appeal(visible=...)``."""

    path: Path | None = None
    incidents: dict[str, Any] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    incident_type: ClassVar[type] = Incident
    #: who answers an appeal, in the "already appealed" message
    answerers: ClassVar[str] = "the admins"

    def __post_init__(self) -> None:
        if self.path is not None and Path(self.path).exists():
            for line in Path(self.path).read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:
                    continue  # a torn last line after a crash
                if rec.get("type") == "incident":
                    self.incidents[rec["incident"]["id"]] = self.incident_type(**rec["incident"])
                elif rec.get("type") == "appeal" and rec.get("incident_id") in self.incidents:
                    self.incidents[rec["incident_id"]].appeal = rec["appeal"]

    def _append(self, record: dict[str, Any]) -> None:
        if self.path is None:
            return
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, separators=(",", ":")) + "\n")

    def add(self, incident: Incident) -> None:
        with self._lock:
            self.incidents[incident.id] = incident
            self._append({"type": "incident", "incident": asdict(incident)})

    def get(self, incident_id: str) -> Incident | None:
        return self.incidents.get(incident_id)

    def appeal(self, incident_id: str, user_id: int, text: str, via: str) -> Incident:
        return self._appeal(incident_id, user_id, text, via)

    def _appeal(self, incident_id: str, user_id: int, text: str, via: str, *,
                visible: Callable[[Any], bool] = lambda inc: True, where: str = ""):
        """File the author's appeal of an incident ``visible`` from where it was asked."""
        with self._lock:
            inc = self.incidents.get(incident_id)
            if inc is None or not visible(inc):
                raise AppealError(f"there is no incident {incident_id[:20]!r}{where}")
            if inc.author_id != user_id:
                raise AppealError("only the author of the removed message can appeal it")
            if inc.appeal is not None:
                raise AppealError(f"incident {incident_id} has already been appealed; {self.answerers} will answer")
            inc.appeal = {"user_id": user_id, "text": text[:1000], "via": via, "status": "open",
                          "filed_at": datetime.now(timezone.utc).isoformat()}
            self._append({"type": "appeal", "incident_id": incident_id, "appeal": inc.appeal})
            return inc
