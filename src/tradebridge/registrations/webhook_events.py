"""What registrations tell webhook endpoints (``webhooks.services.emit``): the registration's
id, event, the person's name, role and status; no contact details."""

from __future__ import annotations

from typing import Any

from tradebridge.directory.webhook_events import organization_ref
from tradebridge.webhooks.services import emit

from .models import Registration


def registration_ref(registration: Registration) -> dict[str, Any]:
    return {
        "id": registration.pk,
        "event": registration.event.slug,
        "full_name": registration.full_name,
        "latin_name": registration.latin_name,
        "status": registration.status,
    }


def registration_created(registration: Registration) -> dict[str, Any]:
    """``registration.created``: status "confirmed" or "waitlisted"."""
    organization = registration.organization
    created = registration.consented_at or registration.created_at
    return {
        **registration_ref(registration),
        "role": registration.role,
        "organization": organization_ref(organization) if organization else None,
        "organization_name": registration.organization_name,
        "created_at": created.astimezone(registration.event.zone).isoformat(),
    }


def emit_registration_created(registration: Registration) -> None:
    emit("registration.created", registration_created(registration))
