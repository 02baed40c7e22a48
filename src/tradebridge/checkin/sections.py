"""Check-in's section of the event page: for staff, the desk, attendance and badges."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from tradebridge.events.models import Event
from tradebridge.events.sections import EventSection

from . import rules


def _context(request: HttpRequest, event: Event) -> Mapping[str, Any]:
    return {"can_check_in": rules.can_check_in(request.user, event)}


CHECKIN = EventSection(
    name="checkin", template="checkin/event_section.html", context=_context, order=90
)
