"""A representative's agenda, kept whole per session by the page cache
(tradebridge.http.page_cache): served again without being made while nothing in it changed,
never to anyone else, never after signing out, made anew as soon as a meeting, a partner or
the clock changes it."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import api_token, bearer
from tradebridge.directory.models import Organization
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Meeting, Participant, Placement
from tradebridge.matchmaking.selectors import day
from tradebridge.matchmaking.selectors.participant import agenda_of

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def published(staff, session, cn, us):
    """A meeting between ``cn`` and ``us`` in the published schedule."""
    (cn_p, cn_user), (us_p, _) = cn, us
    request = services.request_create(actor=cn_user, requester=cn_p, recipient=us_p)
    services.request_answer(actor=staff, request=request, accept=True)
    run = scheduling.run_start(actor=staff, session=session, time_limit=5)
    assert run.status == "done", run.error
    scheduling.run_publish(actor=staff, run=run)
    return run


def signed_in(user) -> Client:
    """A browser signed in that has shown a page (so it holds its CSRF cookie)."""
    client = Client()
    client.force_login(user)
    client.get(reverse("matchmaking:mine"))
    assert client.cookies.get("csrftoken")
    return client


def get(client: Client, url: str):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_the_agenda_is_served_again_without_being_made(page_cache, session, cn, published):
    url = reverse("matchmaking:agenda", args=[session.pk])
    client = signed_in(cn[1])
    first, made = get(client, url)
    assert first.status_code == 200 and made > 3
    again, queries = get(client, url)
    assert queries <= 1  # the session (read through the cache in production)
    assert again.content == first.content
    assert "Golden State Solar" in again.content.decode()
    assert "private" in again["Cache-Control"]


def test_the_api_agenda_too_but_not_for_a_token(page_cache, session, cn, published):
    client = signed_in(cn[1])
    first, _ = get(client, "/api/v1/matchmaking/agenda")
    again, queries = get(client, "/api/v1/matchmaking/agenda")
    assert queries <= 1 and again.json() == first.json() and first.json()["count"] == 1
    token = Client(headers=bearer(api_token(cn[1], "matchmaking:read")))
    token.get("/api/v1/matchmaking/agenda")
    answer, queries = get(token, "/api/v1/matchmaking/agenda")
    assert answer.json()["count"] == 1 and queries > 1


def test_nobody_else_gets_a_representatives_copy(page_cache, session, cn, us, published):
    url = reverse("matchmaking:agenda", args=[session.pk])
    mine = signed_in(cn[1]).get(url).content.decode()
    theirs = signed_in(us[1]).get(url).content.decode()
    assert "Agenda of Jiangsu Sunrise PV" in mine
    assert "Agenda of Golden State Solar" in theirs
    # Same session cookie, another browser's CSRF cookie: its own copy, with its own token.
    client = signed_in(cn[1])
    client.get(url)
    other = Client()
    other.cookies["sessionid"] = client.cookies["sessionid"].value
    other.get(reverse("matchmaking:mine"))
    _, queries = get(other, url)
    assert queries > 1


def test_no_copy_after_signing_out_or_a_new_password(page_cache, session, cn, published):
    url = reverse("matchmaking:agenda", args=[session.pk])
    client = signed_in(cn[1])
    client.get(url)
    client.get(url)
    cookies = {name: morsel.value for name, morsel in client.cookies.items()}
    client.post(reverse("accounts:logout"))
    stolen = Client()
    for name, value in cookies.items():
        stolen.cookies[name] = value
    assert stolen.get(url).status_code == 302

    client = signed_in(cn[1])
    client.get(url)
    user = cn[1]
    user.set_password("a-new-password-42")
    user.save()
    assert client.get(url).status_code == 302


def test_a_change_in_the_agenda_shows_at_once(page_cache, staff, session, cn, us, published):
    url = reverse("matchmaking:agenda", args=[session.pk])
    client = signed_in(cn[1])
    client.get(url)
    client.get(url)
    Organization.objects.filter(pk=us[0].organization_id).update(name_en="Renamed Solar")
    assert "Renamed Solar" in client.get(url).content.decode()
    meeting = Meeting.objects.get(session=session)
    services.meeting_cancel(actor=staff, meeting=meeting)
    page = client.get(url).content.decode()
    assert "Renamed Solar" not in page
    assert "No meeting of yours is in the published schedule." in page


def test_a_message_waiting_is_shown_not_the_copy(page_cache, session, cn, published):
    url = reverse("matchmaking:agenda", args=[session.pk])
    client = signed_in(cn[1])
    client.get(url)
    client.get(url)
    meeting = Meeting.objects.get(session=session)
    # The session was in 2016: too late to say "running late"; the refusal is a message.
    response = client.post(
        reverse("matchmaking:day_report", args=[meeting.pk]), {"kind": "late"}, follow=True
    )
    assert response.redirect_chain[-1][0] == url
    assert 'class="messages"' in response.content.decode()
    assert 'class="messages"' not in client.get(url).content.decode()


def test_the_agenda_changes_by_itself_when_a_meeting_begins_or_ends(session, cn, published):
    rows = agenda_of(Participant.objects.get(pk=cn[0].pk))
    slot = Placement.objects.get(run=published).slot
    before = session.starts_at - day.LATE_FROM - dt.timedelta(minutes=1)
    assert day.changes_after(rows, session, before) == session.starts_at - day.LATE_FROM
    assert day.changes_after(rows, session, slot.starts_at - dt.timedelta(seconds=1)) == (
        slot.starts_at
    )
    assert day.changes_after(rows, session, slot.starts_at) == slot.ends_at
    last = slot.ends_at + day.ABSENT_UNTIL
    assert day.changes_after(rows, session, slot.ends_at) > last
    assert day.changes_after(rows, session, last + dt.timedelta(seconds=1)) is None
    # At each instant it names, the page's "now and next" or report buttons do change.
    for at in (slot.starts_at, slot.ends_at):
        earlier = at - dt.timedelta(microseconds=1)
        assert (
            day.now_and_next(rows, earlier),
            day.report_kinds(rows[0].placement, session, earlier),
        ) != (
            day.now_and_next(rows, at),
            day.report_kinds(rows[0].placement, session, at),
        )
