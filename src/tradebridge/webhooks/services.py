"""Webhooks: what happened on the platform, sent to the HTTPS endpoints staff registered for
it. Domains call ``emit`` after their change is committed."""

from __future__ import annotations

from typing import Any

# The event types an endpoint can subscribe to.
EVENT_TYPES: dict[str, str] = {
    "organization.changed": "an organization's profile was created or changed",
    "request.answered": "a meeting request was accepted or declined",
    "meeting.scheduled": "a meeting was placed in a published schedule",
    "meeting.moved": "a scheduled meeting moved to another time or table",
    "registration.created": "someone registered for an event",
    "checkin.created": "someone was checked in",
    "deal.stage_changed": "a deal moved to another stage",
}


def emit(event_type: str, payload: dict[str, Any]) -> None:
    """Queue a delivery of ``payload`` to every active endpoint subscribed to ``event_type``,
    once the current transaction commits (nothing is sent for a change that is rolled back)."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}")
