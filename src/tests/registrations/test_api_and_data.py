"""The registration API (figures, mine, registering; staff's list and registering someone), the
person's own calendar file, and the personal data download and erasure."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import icalendar
import pytest
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.accounts import privacy
from tradebridge.registrations import services
from tradebridge.registrations.models import ItemRegistration, Registration, Status

from .conftest import VERSION, capacity, person, register
from .factories import AgendaItemFactory

pytestmark = pytest.mark.django_db

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


# --- API --------------------------------------------------------------------------------------


def test_the_figures_are_public_and_equal_the_rows(client, event, staff):
    capacity(staff, event, 1)
    register(person("a@example.org"), event)
    register(person("b@example.org"), event)
    body = client.get(f"/api/v1/registrations/events/{event.slug}").json()
    rows = Registration.objects.filter(event=event)
    assert body == {
        "event": event.slug,
        "is_open": True,
        "capacity": 1,
        "confirmed": rows.filter(status="confirmed").count(),
        "waitlisted": rows.filter(status="waitlisted").count(),
        "seats_left": 0,
    }


def test_registering_through_the_api(event, zh_attendee):
    client = client_for(zh_attendee)
    response = post(
        client,
        f"/api/v1/registrations/events/{event.slug}/register",
        {
            "full_name": "王磊",
            "latin_name": "wang lei",
            "languages": ["zh"],
            "consent": True,
            "consent_version": VERSION,
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["status"], body["latin_name"], body["email"]) == (
        "confirmed",
        "WANG LEI",
        zh_attendee.email,
    )
    again = post(
        client,
        f"/api/v1/registrations/events/{event.slug}/register",
        {"full_name": "王磊", "consent": True, "consent_version": VERSION},
    )
    assert again.status_code == 400
    assert again.json()["error"]["code"] == "duplicate"
    mine = client.get("/api/v1/registrations/mine").json()
    assert [r["id"] for r in mine["items"]] == [body["id"]]


def test_the_api_refuses_without_consent_and_names_the_field(event, attendee):
    response = post(
        client_for(attendee),
        f"/api/v1/registrations/events/{event.slug}/register",
        {"full_name": "Alice", "consent": False, "consent_version": VERSION},
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"field": "consent"}


@pytest.mark.parametrize(
    ("who", "status"), [("staff", 200), ("attendee", 403), ("leader", 403), ("anonymous", 401)]
)
def test_the_staff_list_in_the_api(client, event, staff, attendee, leader, who, status):
    register(attendee, event)
    users = {"staff": staff, "attendee": attendee, "leader": leader}
    caller = client_for(users[who]) if who in users else client
    response = caller.get(f"/api/v1/registrations/events/{event.slug}/registrations")
    assert response.status_code == status
    if status == 200:
        assert response.json()["count"] == Registration.objects.filter(event=event).count()


def test_staff_register_someone_through_the_api(event, staff, attendee):
    body = {
        "full_name": "Press Person",
        "email": "press@example.com",
        "role": "press",
        "consent": True,
        "consent_version": VERSION,
    }
    url = f"/api/v1/registrations/events/{event.slug}/registrations"
    assert post(client_for(attendee), url, body).status_code == 403
    response = post(client_for(staff), url, body)
    assert response.status_code == 201
    assert response.json()["role"] == "press"


# --- my calendar file --------------------------------------------------------------------------


def test_my_calendar_holds_open_items_and_my_seats_in_local_time(event, staff, attendee):
    plenary = AgendaItemFactory(
        event=event,
        kind="plenary",
        title_en="Opening remarks",
        starts_at=dt.datetime(2016, 5, 11, 9, 0, tzinfo=LA),
        ends_at=dt.datetime(2016, 5, 11, 9, 30, tzinfo=LA),
    )
    mine = AgendaItemFactory(event=event, capacity=10, title_en="FDI in California")
    AgendaItemFactory(event=event, capacity=10, title_en="Not mine")
    registration = register(attendee, event)
    services.item_register(actor=attendee, registration=registration, item=mine)

    response = client_for(attendee).get(reverse("registrations:mine-ics", args=[event.slug]))

    assert response.status_code == 200
    calendar = icalendar.Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Opening remarks", "FDI in California"}
    start = events["Opening remarks"]["dtstart"].dt
    assert start == dt.datetime(2016, 5, 11, 9, 0, tzinfo=LA)
    assert str(start.tzinfo) == "America/Los_Angeles"
    assert plenary.pk  # the open item needs no seat


def test_no_calendar_for_the_waiting_list(event, staff, attendee):
    capacity(staff, event, 0)
    register(attendee, event)
    response = client_for(attendee).get(reverse("registrations:mine-ics", args=[event.slug]))
    assert response.status_code == 404


# --- personal data ------------------------------------------------------------------------------


def test_the_download_holds_the_registration(event, attendee):
    register(attendee, event, dietary_needs="no peanuts", latin_name="SMITH ALICE")
    export = privacy.personal_data_export(actor=attendee, subject=attendee, format="json")
    sections = {s.key: s for s in export.sections}
    (row,) = sections["registrations"].rows
    assert (row["latin_name"], row["dietary_needs"], row["consent_version"]) == (
        "SMITH ALICE",
        "no peanuts",
        VERSION,
    )


def test_erasure_cancels_and_empties_the_registration_but_keeps_the_count(event, attendee):
    item = AgendaItemFactory(event=event, capacity=5)
    registration = register(attendee, event, dietary_needs="no peanuts", latin_name="SMITH ALICE")
    services.item_register(actor=attendee, registration=registration, item=item)

    privacy.personal_data_erase(actor=attendee, password="password")

    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
    assert registration.user is None
    assert (registration.email, registration.latin_name, registration.dietary_needs) == ("", "", "")
    assert "Alice" not in registration.full_name
    assert ItemRegistration.objects.get().status == Status.CANCELLED
    assert Registration.objects.filter(event=event).count() == 1
