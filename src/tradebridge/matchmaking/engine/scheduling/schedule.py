"""The result of a solve, and its JSON form (``tradebridge-b2b-schedule/1``)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEDULE_FORMAT = "tradebridge-b2b-schedule/1"


@dataclass(frozen=True)
class Placement:
    """Where and when one meeting is held."""

    meeting: str
    slot: str
    table: int
    interpreter: str | None = None


@dataclass(frozen=True)
class Schedule:
    """A solved session: status, objective levels with their proven bounds, and placements."""

    instance: str
    status: str  # optimal | feasible | infeasible | unknown
    priority: int | None = None
    breaks: int | None = None
    moved: int | None = None
    bound_priority: int | None = None
    bound_breaks: int | None = None
    placements: tuple[Placement, ...] = ()
    unscheduled: tuple[str, ...] = ()
    seconds: float = 0.0
    reason: str | None = None
    phases: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The schedule as a JSON-ready dictionary."""
        objective: dict[str, Any] = {"priority": self.priority, "breaks": self.breaks}
        bound: dict[str, Any] = {"priority": self.bound_priority, "breaks": self.bound_breaks}
        if self.moved is not None:
            objective["moved"] = self.moved
        doc: dict[str, Any] = {
            "format": SCHEDULE_FORMAT,
            "instance": self.instance,
            "status": self.status,
            "objective": objective,
            "bound": bound,
            "meetings": [
                {"id": p.meeting, "slot": p.slot, "table": p.table, "interpreter": p.interpreter}
                for p in self.placements
            ],
            "unscheduled": list(self.unscheduled),
            "seconds": round(self.seconds, 3),
        }
        if self.reason:
            doc["reason"] = self.reason
        return doc


def write_schedule(schedule: Schedule, path: str | Path) -> None:
    """Write the schedule as JSON to ``path``."""
    Path(path).write_text(json.dumps(schedule.to_json(), indent=2) + "\n", encoding="utf-8")


def load_published(path: str | Path) -> dict[str, tuple[str, int | None]]:
    """Read a published schedule: meeting id -> (slot id, table) for re-scheduling."""
    from .instance import InstanceError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InstanceError(f"{path}: cannot read published schedule ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != SCHEDULE_FORMAT:
        raise InstanceError(f"format: expected {SCHEDULE_FORMAT!r} in {path}")
    meetings = data.get("meetings")
    if not isinstance(meetings, list):
        raise InstanceError("meetings: expected a list")
    published: dict[str, tuple[str, int | None]] = {}
    for i, row in enumerate(meetings):
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise InstanceError(f"meetings[{i}].id: expected a string")
        if not isinstance(row.get("slot"), str):
            raise InstanceError(f"meetings[{i}].slot: expected a string")
        table = row.get("table")
        published[row["id"]] = (row["slot"], table if isinstance(table, int) else None)
    return published
