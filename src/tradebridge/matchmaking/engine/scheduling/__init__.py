"""Meeting scheduling engine: place one-to-one meetings in slots and at tables (CP-SAT).

Pure Python, no Django: dataclasses in (:class:`Instance`), dataclasses out (:class:`Schedule`).
"""

from .instance import (
    Instance,
    InstanceError,
    Interpreter,
    Meeting,
    Participant,
    Slot,
    load_instance,
    parse_dzn,
    parse_instance,
)
from .precheck import count_breaks, diagnose
from .schedule import Placement, Schedule, load_published, write_schedule
from .solver import Progress, solve

__all__ = [
    "Instance",
    "InstanceError",
    "Interpreter",
    "Meeting",
    "Participant",
    "Placement",
    "Progress",
    "Schedule",
    "Slot",
    "count_breaks",
    "diagnose",
    "load_instance",
    "load_published",
    "parse_dzn",
    "parse_instance",
    "solve",
    "write_schedule",
]
