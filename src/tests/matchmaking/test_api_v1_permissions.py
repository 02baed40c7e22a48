"""Who may call each match-making operation: a permission matrix in the style of pretix's API
tests, (method, path, caller) → status, over one small world: a session of a listed event in
which the Chinese participant (the *requester*) has asked the American one (the *recipient*)
for a meeting, and the organizer has added a meeting between them. A refused call changes
nothing (the world's state is compared before and after)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory, api_token, bearer
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Participant,
    Session,
)

from .conftest import make_participant

pytestmark = pytest.mark.django_db

API = "/api/v1/matchmaking"
RW = ("matchmaking:read", "matchmaking:write")
CALLERS = (
    "anonymous",
    "requester_session",
    "requester_token",
    "requester_read_only",  # matchmaking:read only: every write refused
    "requester_wrong_scope",  # directory:read only
    "requester_expired",
    "requester_revoked",
    "recipient",
    "third",  # represents an organization outside the session
    "staff_session",
    "staff_token",
    "other_event",  # the requester's token limited to another event
)


class World:
    def __init__(self, staff, session, cn, us):
        (self.requester, self.requester_user), (self.recipient, self.recipient_user) = cn, us
        self.staff, self.session = staff, session
        self.partner, _ = make_participant(session, side="US", name="Pacific Wind")
        self.third_org = OrganizationFactory(side="US")
        self.third_user = RepresentativeFactory(organization=self.third_org).user
        self.request = services.request_create(
            actor=self.requester_user, requester=self.requester, recipient=self.recipient
        )
        self.meeting = services.meeting_add(
            actor=staff, session=session, first=self.requester, second=self.recipient
        )
        self.other_event = event_services.event_create(
            actor=staff,
            data=event_services.EventInput(
                title={"en": "Another fair", "zh_hans": "另一展会"},
                venue={"en": "Houston", "zh_hans": "休斯敦"},
                starts_on=dt.date(2016, 9, 1),
                ends_on=dt.date(2016, 9, 1),
                time_zone="America/Chicago",
            ),
        )

    def headers(self, caller: str) -> tuple[Client, dict[str, str] | None]:
        user = self.requester_user
        if caller == "anonymous":
            return Client(), None
        if caller == "requester_session":
            return client_for(user), None
        if caller == "staff_session":
            return client_for(self.staff), None
        scopes, event = RW, None
        if caller == "requester_read_only":
            scopes = ("matchmaking:read",)
        elif caller == "requester_wrong_scope":
            scopes = ("directory:read",)
        elif caller == "recipient":
            user = self.recipient_user
        elif caller == "third":
            user = self.third_user
        elif caller == "staff_token":
            user = self.staff
        elif caller == "other_event":
            event = self.other_event
        secret = api_token(user, *scopes, event=event)
        token = ApiToken.objects.order_by("-pk").first()
        if caller == "requester_expired":
            ApiToken.objects.filter(pk=token.pk).update(
                expires_at=timezone.now() - dt.timedelta(seconds=1)
            )
        elif caller == "requester_revoked":
            token_revoke(actor=user, token_id=token.pk)
        return Client(), bearer(secret)

    def state(self) -> tuple:
        """Everything a call could change."""
        return (
            sorted(MeetingRequest.objects.values_list("pk", "status")),
            sorted(Meeting.objects.values_list("pk", "status")),
            sorted(Participant.objects.values_list("pk", "status", "languages")),
            sorted(Session.objects.values_list("pk", "status", "max_requests")),
            MeetingOutcome.objects.count(),
        )


@pytest.fixture
def world(staff, session, cn, us):
    return World(staff, session, cn, us)


# Expected status per caller, in the order of CALLERS:
# anon, req session, req token, read-only, wrong scope, expired, revoked, recipient, third,
# staff session, staff token, other event.
def row(*statuses: int) -> dict[str, int]:
    assert len(statuses) == len(CALLERS)
    return dict(zip(CALLERS, statuses, strict=True))


MATRIX: list[tuple[str, str, object, dict[str, int]]] = [
    # Sessions: public reads; staff writes.
    (
        "get",
        "/sessions/{session}",
        None,
        row(200, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 404),
    ),
    ("get", "/sessions", None, row(200, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    (
        "post",
        "/sessions",
        lambda w: {
            "event": w.session.event.slug,
            "title_en": "Evening",
            "date": "2016-05-11",
            "start": "18:00",
            "end": "19:00",
        },
        row(401, 403, 403, 403, 403, 401, 401, 403, 403, 201, 201, 404),
    ),
    (
        "patch",
        "/sessions/{session}",
        {"max_requests": 7},
        row(401, 403, 403, 403, 403, 401, 401, 403, 403, 200, 200, 404),
    ),
    (
        "get",
        "/sessions/{session}/runs",
        None,
        row(401, 403, 403, 403, 403, 401, 401, 403, 403, 200, 200, 404),
    ),
    # Participants: the session's participants and staff see them; one registers its own.
    (
        "get",
        "/sessions/{session}/participants",
        None,
        row(401, 200, 200, 200, 403, 401, 401, 200, 403, 200, 200, 404),
    ),
    (
        "post",
        "/sessions/{session}/participants",
        lambda w: {"organization": w.third_org.slug},
        row(401, 403, 403, 403, 403, 401, 401, 403, 201, 201, 201, 404),
    ),
    (
        "post",
        "/participants/{requester}/cancel",
        None,
        row(401, 200, 200, 403, 403, 401, 401, 403, 404, 200, 200, 404),
    ),
    # Availability: the participant's own people (staff read it; the service lets only them write).
    (
        "get",
        "/participants/{requester}/availability",
        None,
        row(401, 200, 200, 200, 403, 401, 401, 403, 404, 200, 200, 404),
    ),
    (
        "patch",
        "/participants/{requester}/availability",
        {"languages": ["zh", "en"]},
        row(401, 200, 200, 403, 403, 401, 401, 403, 404, 403, 403, 404),
    ),
    # Requests.
    ("get", "/requests", None, row(401, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    (
        "get",
        "/requests/{request}",
        None,
        row(401, 200, 200, 200, 403, 401, 401, 200, 404, 200, 200, 404),
    ),
    (
        "post",
        "/requests",
        lambda w: {"recipient": w.partner.pk, "priority": 2, "message": "Hello"},
        # staff have no participant of their own to ask from: 403 unless they name one
        row(401, 201, 201, 403, 403, 401, 401, 201, 403, 403, 403, 404),
    ),
    (
        "post",
        "/requests/{request}/accept",
        None,
        row(401, 403, 403, 403, 403, 401, 401, 200, 404, 200, 200, 404),
    ),
    (
        "post",
        "/requests/{request}/decline",
        None,
        row(401, 403, 403, 403, 403, 401, 401, 200, 404, 200, 200, 404),
    ),
    (
        "post",
        "/requests/{request}/withdraw",
        None,
        row(401, 200, 200, 403, 403, 401, 401, 403, 404, 403, 403, 404),
    ),
    # Meetings: their two sides and staff; staff add and cancel.
    ("get", "/meetings", None, row(401, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    (
        "get",
        "/meetings/{meeting}",
        None,
        row(401, 200, 200, 200, 403, 401, 401, 200, 404, 200, 200, 404),
    ),
    (
        "post",
        "/meetings",
        lambda w: {"session": w.session.pk, "first": w.recipient.pk, "second": w.partner.pk},
        row(401, 403, 403, 403, 403, 401, 401, 403, 403, 201, 201, 404),
    ),
    (
        "post",
        "/meetings/{meeting}/cancel",
        None,
        row(401, 403, 403, 403, 403, 401, 401, 403, 404, 200, 200, 404),
    ),
    (
        "get",
        "/sessions/{session}/schedule",
        None,
        row(401, 200, 200, 200, 403, 401, 401, 200, 403, 200, 200, 404),
    ),
    # Agendas and outcomes: the caller's own.
    ("get", "/agenda", None, row(401, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    ("get", "/agenda.ics", None, row(401, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    ("get", "/outcomes", None, row(401, 200, 200, 200, 403, 401, 401, 200, 200, 200, 200, 200)),
    (
        "post",
        "/outcomes",
        lambda w: {"meeting": w.meeting.pk, "interest": 2, "next_step": "proposal"},
        row(401, 201, 201, 403, 403, 401, 401, 201, 404, 403, 403, 404),
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "caller", "expected"),
    [
        pytest.param(method, path, body, caller, expected[caller], id=f"{method} {path} {caller}")
        for method, path, body, expected in MATRIX
        for caller in CALLERS
    ],
)
def test_permission_matrix(world, method, path, body, caller, expected):
    client, headers = world.headers(caller)
    url = API + path.format(
        session=world.session.pk,
        requester=world.requester.pk,
        request=world.request.pk,
        meeting=world.meeting.pk,
    )
    data = body(world) if callable(body) else body
    before = world.state()
    if method == "get":
        response = client.get(url, headers=headers)
    else:
        response = getattr(client, method)(
            url, data or {}, content_type="application/json", headers=headers
        )
    assert response.status_code == expected, response.content[:300]
    if expected >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        assert world.state() == before
    elif method != "get":
        assert world.state() != before


def test_an_event_limited_token_lists_nothing_of_other_events(world, client):
    secret = api_token(world.requester_user, *RW, event=world.other_event)
    for path in ("/requests", "/meetings", "/sessions", "/agenda", "/outcomes"):
        assert client.get(API + path, headers=bearer(secret)).json()["count"] == 0, path
    own = api_token(world.requester_user, *RW, event=world.session.event)
    assert client.get(API + "/requests", headers=bearer(own)).json()["count"] == 1
