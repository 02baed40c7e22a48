"""Time zones as people name them: the zones the platform's events need, each with a label in
the reader's language ("Pacific Time (Los Angeles)" / "太平洋时间（洛杉矶）"), in the order the
event form lists them. A zone outside the list is shown by its IANA name."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

# China and the US first (the cooperation bodies the platform serves), then their neighbours
# and the other places delegations travel to, then UTC.
ZONES: dict[str, Promise] = {
    "Asia/Shanghai": _("China Standard Time (Beijing)"),
    "Asia/Hong_Kong": _("Hong Kong Time"),
    "Asia/Taipei": _("Taipei Time"),
    "America/Los_Angeles": _("Pacific Time (Los Angeles)"),
    "America/Denver": _("Mountain Time (Denver)"),
    "America/Phoenix": _("Mountain Time without daylight saving (Phoenix)"),
    "America/Chicago": _("Central Time (Chicago)"),
    "America/New_York": _("Eastern Time (New York)"),
    "America/Anchorage": _("Alaska Time (Anchorage)"),
    "Pacific/Honolulu": _("Hawaii Time (Honolulu)"),
    "America/Toronto": _("Eastern Time (Toronto)"),
    "America/Vancouver": _("Pacific Time (Vancouver)"),
    "America/Mexico_City": _("Central Time (Mexico City)"),
    "Asia/Tokyo": _("Japan Time (Tokyo)"),
    "Asia/Seoul": _("Korea Time (Seoul)"),
    "Asia/Singapore": _("Singapore Time"),
    "Asia/Dubai": _("Gulf Time (Dubai)"),
    "Europe/London": _("UK Time (London)"),
    "Europe/Berlin": _("Central European Time (Berlin)"),
    "Europe/Paris": _("Central European Time (Paris)"),
    "Australia/Sydney": _("Eastern Australia Time (Sydney)"),
    "UTC": _("Coordinated Universal Time (UTC)"),
}


def zone_label(name: str) -> str:
    """The zone's label in the active language, or its IANA name when it has none."""
    label = ZONES.get(name)
    return str(label) if label is not None else name


def zone_choices(*also: str) -> list[tuple[str, str]]:
    """The listed zones as form choices, plus any other zone given (an event's current zone
    that is not in the list keeps its place at the end)."""
    choices = [(name, str(label)) for name, label in ZONES.items()]
    choices += [(name, name) for name in dict.fromkeys(also) if name and name not in ZONES]
    return choices
