"""Match-making API: public events and sessions, and a representative's own agenda."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.conftest import client_for
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(staff, session, cn, us):
    """A meeting between ``cn`` and ``us`` in the published schedule, and a second meeting
    of ``us`` with a third participant."""
    from tests.matchmaking.conftest import make_participant

    (cn_p, cn_user), (us_p, us_user) = cn, us
    third, _ = make_participant(session, side="CN", name="Hebei Steel")
    services.request_create(actor=cn_user, requester=cn_p, recipient=us_p, priority=3)
    services.request_create(actor=us_user, requester=us_p, recipient=cn_p)  # mutual
    services.meeting_add(actor=staff, session=session, first=us_p, second=third)
    run = scheduling.run_start(actor=staff, session=session, time_limit=5)
    assert run.status == "done", run.error
    scheduling.run_publish(actor=staff, run=run)
    return run


def test_events_are_listed_publicly_with_both_languages(client, event):
    body = client.get("/api/v1/matchmaking/events").json()
    assert body["count"] == 1
    assert body["items"][0] == {
        "slug": event.slug,
        "title_en": "California–China Business Summit",
        "title_zh": "加州—中国商务峰会",
        "venue_en": "Los Angeles",
        "venue_zh": "洛杉矶",
        "starts_on": "2016-05-11",
        "ends_on": "2016-05-11",
        "time_zone": "America/Los_Angeles",
    }


def test_private_event_is_not_found_for_visitors_but_shown_to_staff(client, staff_client, event):
    event.is_public = False
    event.save()
    assert client.get("/api/v1/matchmaking/events").json()["count"] == 0
    response = client.get(f"/api/v1/matchmaking/events/{event.slug}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert staff_client.get(f"/api/v1/matchmaking/events/{event.slug}").status_code == 200


def test_sessions_show_times_in_the_events_zone(client, session):
    body = client.get("/api/v1/matchmaking/sessions", {"event": session.event.slug}).json()
    item = body["items"][0]
    assert item["id"] == session.pk
    assert (item["starts_at"], item["ends_at"]) == (
        "2016-05-11T14:00:00-07:00",
        "2016-05-11T15:30:00-07:00",
    )
    assert (item["slots"], item["tables"], item["status"], item["published"]) == (
        5,
        4,
        Session.Status.OPEN,
        False,
    )
    assert item["title_zh"] == "企业对接洽谈"
    assert client.get("/api/v1/matchmaking/sessions", {"event": "other"}).json()["count"] == 0
    assert client.get(f"/api/v1/matchmaking/sessions/{session.pk}").json() == item


def test_unknown_session_is_a_404_in_the_error_format(client, db):
    response = client.get("/api/v1/matchmaking/sessions/999999")
    assert response.status_code == 404
    assert set(response.json()["error"]) == {"code", "message", "details"}


def test_agenda_needs_a_signed_in_user(client, db):
    response = client.get("/api/v1/matchmaking/agenda")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_agenda_is_empty_before_publishing(cn, us):
    (cn_p, cn_user), (us_p, _) = cn, us
    services.request_create(actor=cn_user, requester=cn_p, recipient=us_p)
    assert client_for(cn_user).get("/api/v1/matchmaking/agenda").json() == {"count": 0, "items": []}


def test_agenda_lists_the_representatives_published_meetings_only(published, cn, us):
    (cn_p, cn_user), (us_p, us_user) = cn, us
    mine = client_for(cn_user).get("/api/v1/matchmaking/agenda").json()
    assert mine["count"] == 1
    item = mine["items"][0]
    assert item["organization"]["slug"] == cn_p.organization.slug
    assert item["partner"] == {
        "slug": us_p.organization.slug,
        "name_en": "Golden State Solar",
        "name_zh": us_p.organization.name_zh_hans or "",
    }
    assert item["mutual"] is True
    assert item["starts_at"].endswith("-07:00")
    theirs = client_for(us_user).get("/api/v1/matchmaking/agenda").json()
    assert theirs["count"] == 2
    assert [i["organization"]["slug"] for i in theirs["items"]] == [us_p.organization.slug] * 2
    starts = [i["starts_at"] for i in theirs["items"]]
    assert starts == sorted(starts)


def test_outsider_sees_no_agenda(published, outsider):
    assert client_for(outsider).get("/api/v1/matchmaking/agenda").json()["count"] == 0


def test_agenda_filters_by_session(published, session, us):
    _, us_user = us
    client = client_for(us_user)
    url = "/api/v1/matchmaking/agenda"
    assert client.get(url, {"session": session.pk}).json()["count"] == 2
    assert client.get(url, {"session": session.pk + 1}).json()["count"] == 0
    assert client.get(url, {"session": 2**64}).status_code == 422


def test_agenda_page_size_is_bounded(published, us):
    _, us_user = us
    client = client_for(us_user)
    assert client.get("/api/v1/matchmaking/agenda", {"limit": 1}).json()["count"] == 2
    assert len(client.get("/api/v1/matchmaking/agenda", {"limit": 1}).json()["items"]) == 1
    assert client.get("/api/v1/matchmaking/agenda", {"limit": 10_000}).status_code == 422


def test_agenda_is_read_only(us):
    _, us_user = us
    assert client_for(us_user).post("/api/v1/matchmaking/agenda").status_code == 405
    assert Client().delete("/api/v1/matchmaking/events").status_code == 405
