"""Check-in tells webhook endpoints about each new check-in, never about a replayed scan or a
second scan of the same badge."""

from __future__ import annotations

import pytest

from tests.webhooks.recording import emitted, subscribe
from tradebridge.checkin.services import Result, check_in

pytestmark = pytest.mark.django_db


def test_a_check_in_is_emitted_once_and_replays_are_not(
    staff, event, attendee, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    with django_capture_on_commit_callbacks(execute=True):
        first = check_in(
            actor=staff, code=attendee.check_in_code, event=event, desk="Desk 2", nonce="s-1"
        )
        replay = check_in(actor=staff, code=attendee.check_in_code, event=event, nonce="s-1")
        again = check_in(actor=staff, code=attendee.check_in_code, event=event, desk="Desk 5")
    assert (first.result, replay.replayed, again.result) == (Result.WELCOME, True, Result.ALREADY)
    [recorded] = emitted("checkin.created")
    assert recorded == {
        "id": first.check_in.pk,
        "registration": {
            "id": attendee.pk,
            "event": event.slug,
            "full_name": "曾国藩",
            "latin_name": "",
            "status": attendee.status,
        },
        "event": event.slug,
        "agenda_item": None,
        "desk": "Desk 2",
        "at": first.check_in.at.astimezone(event.zone).isoformat(),
    }
    assert "zeng@example.org" not in str(emitted())
    assert len(emitted()) == 1
