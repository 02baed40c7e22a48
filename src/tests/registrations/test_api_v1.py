"""The registrations API v1: a permission matrix over every operation and caller, a
registration vendor's sync (filters, pages, ``updated_since``), cancelling with the waiting
list's promotion, seats in agenda items, and a leader registering delegates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from tests.conftest import client_for
from tests.delegations.factories import EventFactory
from tests.delegations.test_api_v1 import CALLERS, caller, send
from tests.factories import RepresentativeFactory, api_token, bearer
from tradebridge.registrations import services
from tradebridge.registrations.models import ItemRegistration, Registration, Status

from .conftest import VERSION, capacity, person, register
from .factories import AgendaItemFactory

pytestmark = pytest.mark.django_db

COMMON = {
    "anonymous": 401,
    "owner token, wrong scope": 403,
    "owner token, expired": 401,
    "owner token, revoked": 401,
}
PUBLIC = {
    "anonymous": 200,
    "owner session": 200,
    "owner token": 200,
    "other organization": 200,
    "staff session": 200,
    "staff token": 200,
    "staff token, other event": 404,
}
OWN = {  # the attendee's own registration
    "owner session": 200,
    "owner token": 200,
    "other organization": 404,
    "staff session": 200,
    "staff token": 200,
    "staff token, other event": 404,
}
STAFF_ONLY = {
    "owner session": 403,
    "owner token": 403,
    "other organization": 403,
    "staff session": 200,
    "staff token": 200,
    "staff token, other event": 404,
}
LEADERS = {  # the delegation's leader is the owner
    "owner session": 200,
    "owner token": 200,
    "other organization": 404,
    "staff session": 200,
    "staff token": 200,
    "staff token, other event": 404,
}


def created(row):
    return {who: 201 if status == 200 else status for who, status in row.items()}


PERSON = {"full_name": "Press Person", "email": "press@example.com", "role": "press"}
CONSENT = {"consent": True, "consent_version": VERSION}

# (owner, method, path, body, scope, {caller: status}). "{r}": the attendee's registration,
# "{s}": their seat in an agenda item, "{i}": another item, "{d}": the leader's delegation,
# "{p}": a delegate of its roster not yet registered.
MATRIX = [
    ("attendee", "get", "events/{event}", None, "read", PUBLIC),
    ("attendee", "get", "events/{event}/items", None, "read", PUBLIC),
    (
        "attendee",
        "get",
        "mine",
        None,
        "read",
        {**OWN, "other organization": 200, "staff token, other event": 200},
    ),
    (
        "attendee",
        "post",
        "events/{event}/register",
        {"full_name": "Self", **CONSENT},
        "write",
        # The attendee is registered already (400 "duplicate"); the others register.
        {**created(OWN), "owner session": 400, "owner token": 400, "other organization": 201},
    ),
    ("attendee", "get", "events/{event}/registrations", None, "read", STAFF_ONLY),
    (
        "attendee",
        "post",
        "events/{event}/registrations",
        {**PERSON, **CONSENT},
        "write",
        created(STAFF_ONLY),
    ),
    ("attendee", "get", "{r}", None, "read", OWN),
    ("attendee", "post", "{r}/cancel", None, "write", OWN),
    ("attendee", "get", "{r}/items", None, "read", OWN),
    ("attendee", "post", "{r}/items", {"item_id": "{i}"}, "write", created(OWN)),
    ("attendee", "post", "items/{s}/cancel", None, "write", OWN),
    ("leader", "get", "delegations/{d}/registrations", None, "read", LEADERS),
    (
        "leader",
        "post",
        "delegations/{d}/registrations",
        {"delegates": ["{p}"], **CONSENT},
        "write",
        created(LEADERS),
    ),
]


def _fill(value, names):
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return names[value[1:-1]]
    if isinstance(value, list):
        return [_fill(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, names) for k, v in value.items()}
    return value


@pytest.mark.parametrize("who", CALLERS)
@pytest.mark.parametrize(
    ("owner", "method", "path", "body", "access", "row"),
    MATRIX,
    ids=[f"{m} {p}" for _o, m, p, *_ in MATRIX],
)
def test_permission_matrix(
    owner, method, path, body, access, row, who, event, staff, attendee, leader, delegation
):
    from .factories import DelegateFactory

    registration = register(attendee, event)
    seated_in, other_item = AgendaItemFactory(event=event), AgendaItemFactory(event=event)
    seat = services.item_register(actor=attendee, registration=registration, item=seated_in)
    delegate = DelegateFactory(delegation=delegation)
    outsider = RepresentativeFactory().user
    scope = f"registrations:{access}"
    wrong = "registrations:read" if access == "write" else "registrations:write"
    client, headers = caller(
        who,
        owner={"attendee": attendee, "leader": leader}[owner],
        staff=staff,
        outsider=outsider,
        right=[scope],
        wrong=[wrong],
        other_event=EventFactory(),
    )
    names = {
        "event": event.slug,
        "r": registration.pk,
        "s": seat.pk,
        "i": other_item.pk,
        "d": delegation.pk,
        "p": delegate.pk,
    }
    url = "/api/v1/registrations/" + path.format(**names)
    before = sorted(Registration.objects.values_list("pk", "status"))
    seats_before = sorted(ItemRegistration.objects.values_list("pk", "status"))

    response = send(client, method, url, headers, _fill(body, names))

    status = {**COMMON, **row}[who]
    assert response.status_code == status, response.content
    if status >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        assert sorted(Registration.objects.values_list("pk", "status")) == before
        assert sorted(ItemRegistration.objects.values_list("pk", "status")) == seats_before
    elif path == "{r}/cancel":
        registration.refresh_from_db()
        assert registration.status == Status.CANCELLED
    elif path == "items/{s}/cancel":
        seat.refresh_from_db()
        assert seat.status == Status.CANCELLED


# --- a registration vendor's sync -----------------------------------------------------------


def test_a_vendor_syncs_with_filters_pages_and_updated_since(client, event, staff):
    capacity(staff, event, 2)
    people = [register(person(f"p{i}@example.org"), event) for i in range(5)]
    token = bearer(api_token(staff, "registrations:read", event=event))
    url = f"/api/v1/registrations/events/{event.slug}/registrations"

    waiting = client.get(url, {"status": "waitlisted"}, headers=token).json()
    assert waiting["count"] == 3
    assert [r["waiting_position"] for r in waiting["items"]] == [1, 2, 3]
    assert [r["email"] for r in waiting["items"]] == [p.email for p in people[2:]]

    page = client.get(url, {"limit": 2, "offset": 2}, headers=token).json()
    assert (page["count"], len(page["items"])) == (5, 2)

    mark = timezone.now()
    Registration.objects.update(updated_at=mark - dt.timedelta(hours=1))
    services.registration_cancel(actor=staff, registration=people[0])
    changed = client.get(url, {"updated_since": mark.isoformat()}, headers=token).json()
    # The cancelled one and the one promoted from the waiting list in its place.
    assert sorted((r["email"], r["status"]) for r in changed["items"]) == [
        ("p0@example.org", "cancelled"),
        ("p2@example.org", "confirmed"),
    ]
    # Times are in the event's zone (Los Angeles: -08:00 or -07:00 by the date).
    updated = dt.datetime.fromisoformat(changed["items"][0]["updated_at"])
    assert updated.utcoffset() == updated.astimezone(event.zone).utcoffset()
    assert updated.utcoffset() in (dt.timedelta(hours=-8), dt.timedelta(hours=-7))
    naive = client.get(url, {"updated_since": "2016-05-01T00:00:00"}, headers=token)
    assert naive.status_code == 400
    assert naive.json()["error"]["details"]["field"] == "updated_since"


def test_the_staff_list_costs_the_same_queries_for_a_longer_waiting_list(
    event, staff, django_assert_max_num_queries
):
    capacity(staff, event, 1)
    client = client_for(staff)
    url = f"/api/v1/registrations/events/{event.slug}/registrations"
    for i in range(3):
        register(person(f"a{i}@example.org"), event)
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    for i in range(15):
        register(person(f"b{i}@example.org"), event)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).json()["count"] == 18


def test_the_figures_per_event_and_per_item_equal_the_rows(client, event, staff, attendee):
    capacity(staff, event, 10)
    item = AgendaItemFactory(event=event, capacity=1)
    first = register(attendee, event)
    second = register(person("b@example.org"), event)
    services.item_register(actor=attendee, registration=first, item=item)
    services.item_register(actor=staff, registration=second, item=item)
    counts = client.get(f"/api/v1/registrations/events/{event.slug}").json()
    assert (counts["confirmed"], counts["seats_left"]) == (2, 8)
    [line] = client.get(f"/api/v1/registrations/events/{event.slug}/items").json()
    rows = ItemRegistration.objects.filter(agenda_item=item)
    assert (line["id"], line["seat_limit"], line["confirmed"], line["waitlisted"]) == (
        item.pk,
        1,
        rows.filter(status="confirmed").count(),
        rows.filter(status="waitlisted").count(),
    )
    assert line["seats_left"] == 0


# --- cancelling ----------------------------------------------------------------------------


def test_cancelling_gives_the_seat_to_the_first_person_waiting(event, staff, attendee):
    capacity(staff, event, 1)
    mine = register(attendee, event)
    waiting = register(person("waiting@example.org"), event)
    later = register(person("later@example.org"), event)
    mail.outbox.clear()
    token = bearer(api_token(attendee, "registrations:write"))
    client = client_for(attendee)

    response = client.post(f"/api/v1/registrations/{mine.pk}/cancel", headers=token)

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "cancelled"
    assert response.json()["cancelled_at"] is not None
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses == {
        mine.pk: Status.CANCELLED,
        waiting.pk: Status.CONFIRMED,
        later.pk: Status.WAITLISTED,
    }
    assert sorted(m.to[0] for m in mail.outbox) == [attendee.email, "waiting@example.org"]

    again = client.post(f"/api/v1/registrations/{mine.pk}/cancel", headers=token)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "conflict"
    assert dict(Registration.objects.values_list("pk", "status")) == statuses


def test_seats_in_an_item_are_taken_waited_for_and_given_up(event, staff, attendee):
    item = AgendaItemFactory(event=event, capacity=1)
    other = person("other@example.org")
    first, second = register(other, event), register(attendee, event)
    services.item_register(actor=other, registration=first, item=item)
    client = client_for(attendee)

    taken = client.post(
        f"/api/v1/registrations/{second.pk}/items",
        {"item_id": item.pk},
        content_type="application/json",
    )
    assert taken.status_code == 201, taken.content
    assert (taken.json()["status"], taken.json()["waiting_position"]) == ("waitlisted", 1)
    twice = client.post(
        f"/api/v1/registrations/{second.pk}/items",
        {"item_id": item.pk},
        content_type="application/json",
    )
    assert twice.status_code == 400
    assert ItemRegistration.objects.filter(registration=second).count() == 1

    seat = ItemRegistration.objects.get(registration=first)
    assert client.post(f"/api/v1/registrations/items/{seat.pk}/cancel").status_code == 404
    given_up = client_for(other).post(f"/api/v1/registrations/items/{seat.pk}/cancel")
    assert given_up.status_code == 200
    mine = client.get(f"/api/v1/registrations/{second.pk}/items").json()
    assert [(s["agenda_item"], s["status"]) for s in mine] == [(item.pk, "confirmed")]

    foreign = AgendaItemFactory(event=EventFactory())
    wrong = client.post(
        f"/api/v1/registrations/{second.pk}/items",
        {"item_id": foreign.pk},
        content_type="application/json",
    )
    assert wrong.status_code == 400
    assert wrong.json()["error"]["details"]["field"] == "item_id"


def test_a_cancelled_registration_takes_no_seat(event, attendee):
    item = AgendaItemFactory(event=event, capacity=3)
    mine = register(attendee, event)
    services.registration_cancel(actor=attendee, registration=mine)
    response = client_for(attendee).post(
        f"/api/v1/registrations/{mine.pk}/items",
        {"item_id": item.pk},
        content_type="application/json",
    )
    assert response.status_code == 409
    assert not ItemRegistration.objects.exists()


# --- a delegation's leader -----------------------------------------------------------------


def test_the_leader_registers_delegates_and_reads_their_registrations(
    event, leader, delegation, delegates, attendee
):
    client = client_for(leader)
    url = f"/api/v1/registrations/delegations/{delegation.pk}/registrations"
    response = client.post(
        url,
        {"delegates": [d.pk for d in delegates[:2]], **CONSENT},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    made = Registration.objects.filter(delegation=delegation)
    assert sorted(made.values_list("delegate_id", flat=True)) == sorted(d.pk for d in delegates[:2])
    assert set(made.values_list("role", flat=True)) == {"delegate"}
    assert sorted(r["id"] for r in response.json()) == sorted(made.values_list("pk", flat=True))

    listed = client.get(url).json()
    assert listed["count"] == 2
    # The leader sees their delegates' personal data; the attendee sees none of it.
    assert {r["email"] for r in listed["items"]} == {d.email for d in delegates[:2]}
    one = made.first()
    assert client.get(f"/api/v1/registrations/{one.pk}").status_code == 200
    assert client_for(attendee).get(f"/api/v1/registrations/{one.pk}").status_code == 404


def test_registering_an_unknown_delegate_registers_no_one(event, leader, delegation, delegates):
    response = client_for(leader).post(
        f"/api/v1/registrations/delegations/{delegation.pk}/registrations",
        {"delegates": [delegates[0].pk, 10**9], **CONSENT},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "delegates"
    assert not Registration.objects.exists()


def test_without_consent_no_delegate_is_registered(event, leader, delegation, delegates):
    response = client_for(leader).post(
        f"/api/v1/registrations/delegations/{delegation.pk}/registrations",
        {"delegates": [delegates[0].pk], "consent": False, "consent_version": VERSION},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"]["field"] == "consent"
    assert not Registration.objects.exists()
