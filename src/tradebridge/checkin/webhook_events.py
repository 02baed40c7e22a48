"""What check-in tells webhook endpoints (``webhooks.services.emit``): who was checked in at
which event (or programme item), when and at which desk."""

from __future__ import annotations

from typing import Any

from tradebridge.registrations.webhook_events import registration_ref
from tradebridge.webhooks.services import emit

from .models import CheckIn


def checkin_created(check_in: CheckIn) -> dict[str, Any]:
    """``checkin.created``: a new check-in (never a replayed or repeated scan)."""
    registration = check_in.registration
    item = check_in.agenda_item
    return {
        "id": check_in.pk,
        "registration": registration_ref(registration),
        "event": registration.event.slug,
        "agenda_item": (
            {
                "id": item.pk,
                "title_en": item.title_en or "",  # type: ignore[attr-defined]
                "title_zh": item.title_zh_hans or "",  # type: ignore[attr-defined]
            }
            if item is not None
            else None
        ),
        "desk": check_in.desk,
        "at": check_in.at.astimezone(registration.event.zone).isoformat(),
    }


def emit_checkin_created(check_in: CheckIn) -> None:
    emit("checkin.created", checkin_created(check_in))
