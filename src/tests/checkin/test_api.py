"""The check-in API: a permission matrix, scans with nonces, and the figures."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from tradebridge.checkin.models import CheckIn

from ..conftest import client_for
from .factories import AgendaItemFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


@pytest.mark.parametrize(
    ("who", "method", "path", "status"),
    [
        ("anonymous", "post", "check-ins", 401),
        ("anonymous", "get", "attendance", 401),
        ("representative", "post", "check-ins", 403),
        ("representative", "get", "attendance", 403),
        ("staff", "post", "check-ins", 200),
        ("staff", "get", "attendance", 200),
    ],
)
def test_permission_matrix(who, method, path, status, event, attendee, staff, owner):
    client = {
        "anonymous": Client(),
        "representative": client_for(owner),
        "staff": client_for(staff),
    }[who]
    url = f"/api/v1/checkin/events/{event.slug}/{path}"
    if method == "post":
        response = post(client, url, {"code": attendee.check_in_code, "nonce": "x"})
    else:
        response = client.get(url)
    assert response.status_code == status
    if status != 200:
        assert "error" in response.json()
    assert CheckIn.objects.count() == (1 if (who, method) == ("staff", "post") else 0)


def test_scan_then_replay_then_other_desk(staff_client, event, attendee):
    url = f"/api/v1/checkin/events/{event.slug}/check-ins"
    body = {"code": attendee.check_in_code, "desk": "Phone 1", "nonce": "q-1"}

    first = post(staff_client, url, body).json()
    replay = post(staff_client, url, body).json()
    other = post(staff_client, url, {**body, "desk": "Desk 3", "nonce": "q-2"}).json()

    assert (first["result"], first["replayed"], first["admitted"]) == ("welcome", False, True)
    assert first["person"]["full_name"] == "曾国藩"
    assert (replay["result"], replay["replayed"]) == ("welcome", True)
    assert replay["checked_in_at"] == first["checked_in_at"]
    assert (other["result"], other["desk"]) == ("already_checked_in", "Phone 1")
    assert CheckIn.objects.count() == 1


def test_scan_of_another_events_badge_names_no_one(staff_client, event, other_event):
    elsewhere = RegistrationFactory(event=other_event, full_name="Someone Else")

    answer = post(
        staff_client,
        f"/api/v1/checkin/events/{event.slug}/check-ins",
        {"code": elsewhere.check_in_code},
    ).json()

    assert (answer["result"], answer["admitted"], answer["person"]) == ("wrong_event", False, None)


def test_scan_with_an_item_of_another_event_is_404(staff_client, event, other_event, attendee):
    item = AgendaItemFactory(event=other_event)

    response = post(
        staff_client,
        f"/api/v1/checkin/events/{event.slug}/check-ins",
        {"code": attendee.check_in_code, "item_id": item.pk},
    )

    assert response.status_code == 404
    assert not CheckIn.objects.exists()


def test_scan_reusing_a_nonce_for_another_badge_is_400(staff_client, event, attendee):
    other = RegistrationFactory(event=event)
    url = f"/api/v1/checkin/events/{event.slug}/check-ins"
    post(staff_client, url, {"code": attendee.check_in_code, "nonce": "dup"})

    response = post(staff_client, url, {"code": other.check_in_code, "nonce": "dup"})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "nonce_reused"


def test_unknown_event_is_404_for_staff(staff_client):
    response = post(staff_client, "/api/v1/checkin/events/nope/check-ins", {"code": "a" * 20})
    assert response.status_code == 404


def test_attendance_matches_independent_counts(staff, staff_client, event):
    people = RegistrationFactory.create_batch(5, event=event)
    item = AgendaItemFactory(event=event)
    for person in people[:2]:
        CheckIn.objects.create(registration=person, by=staff)
    CheckIn.objects.create(registration=people[0], agenda_item=item, by=staff)

    rows = staff_client.get(f"/api/v1/checkin/events/{event.slug}/attendance").json()

    confirmed = event.registrations.filter(status="confirmed").count()
    arrived = CheckIn.objects.filter(agenda_item=None).count()
    assert rows[0] == {
        "item_id": None,
        "label": "Whole event",
        "registered": confirmed,
        "checked_in": arrived,
        "no_shows": confirmed - arrived,
    }
    assert (rows[1]["item_id"], rows[1]["checked_in"]) == (
        item.pk,
        CheckIn.objects.filter(agenda_item=item).count(),
    )


def test_scan_from_a_queue_keeps_its_time(staff_client, event, attendee):
    answer = post(
        staff_client,
        f"/api/v1/checkin/events/{event.slug}/check-ins",
        {"code": attendee.check_in_code, "nonce": "q", "scanned_at": "2016-05-11T09:12:00-07:00"},
    ).json()

    assert dt.datetime.fromisoformat(answer["checked_in_at"]) == dt.datetime(
        2016, 5, 11, 16, 12, tzinfo=dt.UTC
    )
    assert CheckIn.objects.get().at == dt.datetime(2016, 5, 11, 16, 12, tzinfo=dt.UTC)
    assert answer["message"] == "Welcome, 曾国藩!"
