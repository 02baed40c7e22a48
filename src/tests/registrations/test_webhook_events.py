"""Registrations tell webhook endpoints when someone registers: id, event, name, role and
status, never the e-mail address."""

from __future__ import annotations

import pytest

from tests.webhooks.recording import emitted, subscribe
from tradebridge.errors import ApplicationError

from .conftest import register

pytestmark = pytest.mark.django_db


def test_registering_emits_registration_created_once(
    event, attendee, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    with django_capture_on_commit_callbacks(execute=True):
        registration = register(attendee, event, organization_name="Acme", latin_name="")
    [created] = emitted("registration.created")
    assert created == {
        "id": registration.pk,
        "event": event.slug,
        "full_name": "Alice Smith",
        "latin_name": "",
        "status": "confirmed",
        "role": registration.role,
        "organization": None,
        "organization_name": "Acme",
        "created_at": registration.consented_at.astimezone(event.zone).isoformat(),
    }
    assert "alice@example.org" not in str(emitted())
    # A refused second registration emits nothing.
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ApplicationError):
        register(attendee, event)
    assert len(emitted()) == 1
