"""The recipient accepts through the API while the requester withdraws through the API, at
the same moment (PostgreSQL: real concurrent transactions; skipped on SQLite). Exactly one
wins; the other is told 409, and the request and the meeting agree with the winner."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Q
from django.test import Client

from tests.factories import api_token, bearer
from tradebridge.matchmaking import services
from tradebridge.matchmaking.contacts import has_confirmed_meeting_with
from tradebridge.matchmaking.models import Meeting, MeetingRequest

from .conftest import make_participant
from .test_races import race

ROUNDS = 8
API = "/api/v1/matchmaking"
RW = ("matchmaking:read", "matchmaking:write")

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


@pytest.mark.django_db
def test_an_accept_sent_after_the_withdraw_is_a_409_and_confirms_nothing(client, session, cn, us):
    """The same two calls one after the other (everywhere, SQLite too): the recipient's app
    still shows the request it loaded before the requester withdrew it."""
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    recipient_app = bearer(api_token(u_us, *RW))
    withdrawn = client.post(
        f"{API}/requests/{request.pk}/withdraw",
        {},
        content_type="application/json",
        headers=bearer(api_token(u_cn, *RW)),
    )
    assert withdrawn.status_code == 200
    late = client.post(
        f"{API}/requests/{request.pk}/accept",
        {},
        content_type="application/json",
        headers=recipient_app,
    )
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "already_answered"
    assert not Meeting.objects.exists()


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_api_accept_and_withdraw_at_once_one_wins_the_other_gets_409(session):
    for _round in range(ROUNDS):
        (p_cn, u_cn), (p_us, u_us) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )
        request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
        requester, recipient = bearer(api_token(u_cn, *RW)), bearer(api_token(u_us, *RW))
        statuses: dict[str, int] = {}

        def call(name, verb, headers, pk=request.pk, statuses=statuses):
            response = Client().post(
                f"{API}/requests/{pk}/{verb}", {}, content_type="application/json", headers=headers
            )
            statuses[name] = response.status_code

        outcome = race(
            {
                "accept": lambda call=call, headers=recipient: call("accept", "accept", headers),
                "withdraw": lambda call=call, headers=requester: call(
                    "withdraw", "withdraw", headers
                ),
            }
        )

        assert outcome.crashed == []
        assert sorted(statuses.values()) == [200, 409], statuses
        request.refresh_from_db()
        met = Meeting.objects.filter(
            Q(first=p_cn, second=p_us) | Q(first=p_us, second=p_cn),
            status=Meeting.Status.CONFIRMED,
        ).exists()
        if statuses["accept"] == 200:
            assert statuses["withdraw"] == 409
            assert (request.status, met) == (MeetingRequest.Status.ACCEPTED, True)
        else:
            assert statuses["withdraw"] == 200
            assert (request.status, met) == (MeetingRequest.Status.WITHDRAWN, False)
            assert not has_confirmed_meeting_with(user=u_us, organization=p_cn.organization)


@pytest.mark.django_db
def test_a_decline_after_an_accept_is_a_409_and_the_meeting_stands(client, session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    recipient = bearer(api_token(u_us, *RW))
    url = f"{API}/requests/{request.pk}"
    accepted = client.post(f"{url}/accept", {}, content_type="application/json", headers=recipient)
    assert accepted.status_code == 200
    declined = client.post(f"{url}/decline", {}, content_type="application/json", headers=recipient)
    assert declined.status_code == 409
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.ACCEPTED
    assert Meeting.objects.get().status == Meeting.Status.CONFIRMED
