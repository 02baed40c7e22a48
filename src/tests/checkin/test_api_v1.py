"""The check-in API v1: a permission matrix over every operation and caller, and a scanning
device's token (``checkin:write`` alone, limited to one event) that checks people in at its
event and can do nothing else."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests.delegations.test_api_v1 import CALLERS, caller, send
from tests.factories import RepresentativeFactory, UserFactory, api_token, bearer
from tradebridge.checkin.models import CheckIn

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db

COMMON = {
    "anonymous": 401,
    "owner token, wrong scope": 403,
    "owner token, expired": 401,
    "owner token, revoked": 401,
}
# The owner is a desk's staff member (whom ``rules.can_check_in`` allows); another
# organization's representative is refused before any event is looked up.
DESK = {
    "owner session": 200,
    "owner token": 200,
    "other organization": 403,
    "staff session": 200,
    "staff token": 200,
    "staff token, other event": 404,
}
MATRIX = [
    ("post", "check-ins", "write"),
    ("get", "attendance", "read"),
    ("get", "people?q=zeng", "read"),
]


@pytest.mark.parametrize("who", CALLERS)
@pytest.mark.parametrize(
    ("method", "path", "access"), MATRIX, ids=[f"{m} {p}" for m, p, _ in MATRIX]
)
def test_permission_matrix(method, path, access, who, event, other_event, attendee, staff):
    desk = UserFactory(is_staff=True, email="desk@example.org")
    client, headers = caller(
        who,
        owner=desk,
        staff=staff,
        outsider=RepresentativeFactory().user,
        right=[f"checkin:{access}"],
        wrong=["checkin:read" if access == "write" else "checkin:write"],
        other_event=other_event,
    )
    url = f"/api/v1/checkin/events/{event.slug}/{path}"
    body = {"code": attendee.check_in_code, "nonce": "n-1"}

    response = send(client, method, url, headers, body)

    status = {**COMMON, **DESK}[who]
    assert response.status_code == status, response.content
    recorded = CheckIn.objects.filter(registration=attendee).count()
    if status >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        assert recorded == 0
    elif method == "post":
        assert response.json()["result"] == "welcome"
        assert recorded == 1
    elif path.startswith("people"):
        [found] = response.json()
        assert (found["id"], found["code"], found["checked_in"]) == (
            attendee.pk,
            attendee.check_in_code,
            False,
        )


def scan(client, event, headers, **body):
    return client.post(
        f"/api/v1/checkin/events/{event.slug}/check-ins",
        json.dumps(body),
        content_type="application/json",
        headers=headers,
    )


def test_a_scanning_device_checks_in_at_its_event_and_does_nothing_else(
    event, other_event, attendee, staff
):
    device = bearer(api_token(staff, "checkin:write", event=event))
    client = Client()
    elsewhere = RegistrationFactory(event=other_event, full_name="李娜")

    first = scan(client, event, device, code=attendee.check_in_code, desk="iPad north", nonce="a")
    replay = scan(client, event, device, code=attendee.check_in_code, desk="iPad north", nonce="a")
    assert first.status_code == replay.status_code == 200
    assert (first.json()["result"], replay.json()["replayed"]) == ("welcome", True)
    [recorded] = CheckIn.objects.all()
    assert (recorded.registration, recorded.by, recorded.desk) == (attendee, staff, "iPad north")

    # Another event: as if it did not exist, whatever the badge.
    for code in (elsewhere.check_in_code, attendee.check_in_code):
        refused = scan(client, other_event, device, code=code, nonce=f"b-{code[:4]}")
        assert refused.status_code == 404
        assert refused.json()["error"]["code"] == "not_found"
    assert CheckIn.objects.count() == 1

    # Every other operation, of check-in and of every other domain: 403, scope named.
    for url in (
        f"/api/v1/checkin/events/{event.slug}/attendance",
        f"/api/v1/checkin/events/{event.slug}/people?q=zeng",
        "/api/v1/delegations/",
        "/api/v1/registrations/mine",
        f"/api/v1/registrations/events/{event.slug}",
        f"/api/v1/registrations/events/{event.slug}/registrations",
        "/api/v1/accounts/me/consents",
        "/api/v1/matchmaking/agenda",
    ):
        response = client.get(url, headers=device)
        assert response.status_code == 403, url
        assert response.json()["error"]["code"] == "insufficient_scope", url
    cancel = client.post(f"/api/v1/registrations/{attendee.pk}/cancel", headers=device)
    assert cancel.status_code == 403
    attendee.refresh_from_db()
    assert attendee.status == "confirmed"


def test_a_device_token_of_a_user_the_rules_refuse_checks_in_no_one(event, attendee, owner):
    # A token never grants more than its user has: a representative's token is refused by the
    # desk's rule, whatever its scope and event.
    device = bearer(api_token(owner, "checkin:write", event=event))
    response = scan(Client(), event, device, code=attendee.check_in_code, nonce="x")
    assert response.status_code == 403
    assert not CheckIn.objects.exists()


def test_the_desk_search_finds_by_pinyin_and_says_who_came(event, attendee, staff):
    token = bearer(api_token(staff, "checkin:read", "checkin:write", event=event))
    client = Client()
    RegistrationFactory(event=event, full_name="Emily Johnson")
    before = client.get(f"/api/v1/checkin/events/{event.slug}/people?q=zeng guofan", headers=token)
    assert [(p["full_name"], p["checked_in"]) for p in before.json()] == [("曾国藩", False)]
    scan(client, event, token, code=before.json()[0]["code"], nonce="s-1")
    after = client.get(f"/api/v1/checkin/events/{event.slug}/people?q=曾国藩", headers=token)
    assert [(p["id"], p["checked_in"]) for p in after.json()] == [(attendee.pk, True)]
    empty = client.get(f"/api/v1/checkin/events/{event.slug}/people?q=", headers=token)
    assert empty.status_code == 422


def test_attendance_through_a_read_token_equals_the_rows(event, attendee, staff):
    RegistrationFactory(event=event)
    token = bearer(api_token(staff, "checkin:read", "checkin:write", event=event))
    client = Client()
    scan(client, event, token, code=attendee.check_in_code, nonce="f-1")
    [whole] = client.get(f"/api/v1/checkin/events/{event.slug}/attendance", headers=token).json()
    confirmed = attendee.event.registrations.filter(status="confirmed").count()
    arrived = CheckIn.objects.filter(agenda_item__isnull=True).count()
    assert (whole["registered"], whole["checked_in"], whole["no_shows"]) == (
        confirmed,
        arrived,
        confirmed - arrived,
    )
