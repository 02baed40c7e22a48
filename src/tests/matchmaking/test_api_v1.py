"""Match-making API v1: what the write endpoints change (requests, answers, meetings,
participants, availability, outcomes, sessions), the contacts rule, conflicts (409), the
agenda as ICS and query counts that stay flat as lists grow."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory, api_token, bearer
from tradebridge.matchmaking import scheduling, services
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


def post(client, url, body=None, **headers):
    return client.post(url, body or {}, content_type="application/json", headers=headers or None)


def patch(client, url, body, **headers):
    return client.patch(url, body, content_type="application/json", headers=headers or None)


@pytest.fixture
def tokens(cn, us):
    """Read-and-write tokens of the Chinese (requester) and American (recipient) sides."""
    (_p_cn, u_cn), (_p_us, u_us) = cn, us
    return bearer(api_token(u_cn, *RW)), bearer(api_token(u_us, *RW))


def _contact_the_requester(cn):
    organization = cn[0].organization
    organization.contact_name, organization.contact_email = "Li Wei", "li.wei@js-sunrise.example"
    organization.save()


# --- requests: create, accept, contacts -------------------------------------------------------


def test_request_a_meeting_then_accept_confirms_it_and_opens_the_contacts(client, cn, us, tokens):
    (p_cn, _u_cn), (p_us, _u_us) = cn, us
    _contact_the_requester(cn)
    t_cn, t_us = tokens

    response = post(
        client,
        f"{API}/requests",
        {"recipient": p_us.pk, "priority": 3, "message": "Solar modules for your farms"},
        **t_cn,
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    request = MeetingRequest.objects.get()
    assert (request.requester, request.recipient, request.priority, request.status) == (
        p_cn,
        p_us,
        3,
        MeetingRequest.Status.PENDING,
    )
    assert request.message == "Solar modules for your farms"
    assert (body["id"], body["status"], body["meeting"]) == (request.pk, "pending", None)
    assert body["requester"]["organization"] == p_cn.organization.slug
    # In the event's zone (Los Angeles): its offset, whatever the season.
    created = dt.datetime.fromisoformat(body["created_at"])
    assert created.utcoffset() == created.astimezone(ZoneInfo("America/Los_Angeles")).utcoffset()
    assert created.utcoffset() in (dt.timedelta(hours=-7), dt.timedelta(hours=-8))

    # Pending: the recipient sees the request but not the requester's contacts.
    received = client.get(f"{API}/requests", {"box": "received"}, headers=t_us).json()
    assert received["count"] == 1
    assert received["items"][0]["requester"]["contacts"] is None
    assert not Meeting.objects.exists()

    accepted = post(client, f"{API}/requests/{request.pk}/accept", **t_us)
    assert accepted.status_code == 200, accepted.json()
    meeting = Meeting.objects.get()
    assert (meeting.status, meeting.mutual, {meeting.first_id, meeting.second_id}) == (
        Meeting.Status.CONFIRMED,
        False,
        {p_cn.pk, p_us.pk},
    )
    assert accepted.json()["status"] == "accepted"
    assert accepted.json()["meeting"] == meeting.pk
    assert accepted.json()["requester"]["contacts"] == {
        "name": "Li Wei",
        "email": "li.wei@js-sunrise.example",
        "phone": "+1 555 0100",
    }
    # The meeting is listed for both sides, the partner's contacts with it.
    meetings = client.get(f"{API}/meetings", headers=t_us).json()
    assert [m["id"] for m in meetings["items"]] == [meeting.pk]
    first = meetings["items"][0]
    partner = first["first"] if first["first"]["id"] == p_cn.pk else first["second"]
    assert partner["contacts"]["email"] == "li.wei@js-sunrise.example"


def test_a_declined_request_shows_no_contacts_and_confirms_nothing(client, cn, us, tokens):
    (_p_cn, _), (p_us, _) = cn, us
    _contact_the_requester(cn)
    t_cn, t_us = tokens
    pk = post(client, f"{API}/requests", {"recipient": p_us.pk}, **t_cn).json()["id"]
    response = post(client, f"{API}/requests/{pk}/decline", **t_us)
    assert response.status_code == 200
    assert response.json()["status"] == "declined"
    assert response.json()["requester"]["contacts"] is None
    assert MeetingRequest.objects.get().status == MeetingRequest.Status.DECLINED
    assert not Meeting.objects.exists()


def test_the_other_sides_request_makes_a_mutual_meeting_at_once(client, cn, us, tokens):
    (p_cn, _), (p_us, _) = cn, us
    t_cn, t_us = tokens
    assert post(client, f"{API}/requests", {"recipient": p_us.pk}, **t_cn).status_code == 201
    response = post(client, f"{API}/requests", {"recipient": p_cn.pk, "priority": 1}, **t_us)
    assert response.status_code == 201
    meeting = Meeting.objects.get()
    assert meeting.mutual
    assert response.json()["status"] == "accepted" and response.json()["meeting"] == meeting.pk
    assert set(MeetingRequest.objects.values_list("status", flat=True)) == {"accepted"}


def test_accept_after_withdraw_and_a_second_accept_are_conflicts(client, cn, us, tokens):
    (_p_cn, _), (p_us, _) = cn, us
    _contact_the_requester(cn)
    t_cn, t_us = tokens
    pk = post(client, f"{API}/requests", {"recipient": p_us.pk}, **t_cn).json()["id"]
    assert post(client, f"{API}/requests/{pk}/withdraw", **t_cn).json()["status"] == "withdrawn"

    # The recipient's app still shows it: accepting it now is a conflict, nothing confirmed.
    response = post(client, f"{API}/requests/{pk}/accept", **t_us)
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "already_answered"
    assert not Meeting.objects.exists()
    assert MeetingRequest.objects.get().status == MeetingRequest.Status.WITHDRAWN
    # Staff too: 409.
    staff = RepresentativeFactory(user__is_staff=True).user
    assert (
        post(client, f"{API}/requests/{pk}/accept", **bearer(api_token(staff, *RW))).status_code
        == 409
    )
    # The recipient's list no longer shows it (as on the web).
    assert client.get(f"{API}/requests", {"box": "received"}, headers=t_us).json()["count"] == 0

    # A new request, accepted twice: the second is 409 and changes nothing.
    again = post(client, f"{API}/requests", {"recipient": p_us.pk}, **t_cn)
    assert again.status_code == 201  # asking again after withdrawing is allowed
    assert post(client, f"{API}/requests/{pk}/accept", **t_us).status_code == 200
    second = post(client, f"{API}/requests/{pk}/accept", **t_us)
    assert second.status_code == 409
    assert Meeting.objects.count() == 1
    # Withdrawing an accepted request is 409 as well: the meeting stands.
    assert post(client, f"{API}/requests/{pk}/withdraw", **t_cn).status_code == 409
    assert Meeting.objects.get().status == Meeting.Status.CONFIRMED
    # Asking the same organization twice.
    duplicate = post(client, f"{API}/requests", {"recipient": p_us.pk}, **t_cn)
    assert duplicate.status_code == 409


def test_request_limits_are_the_webs(client, session, cn, us, tokens):
    (p_cn, _), (p_us, _) = cn, us
    t_cn, _t_us = tokens
    # An unlisted organization takes no requests from others: as if it were not there.
    hidden, _ = make_participant(session, side="US", name="Quiet Capital")
    hidden.organization.is_public = False
    hidden.organization.save()
    response = post(client, f"{API}/requests", {"recipient": hidden.pk}, **t_cn)
    assert response.status_code == 404
    # The cap: five requests per participant in this session.
    others = [make_participant(session, side="US")[0] for _ in range(5)]
    statuses = [
        post(client, f"{API}/requests", {"recipient": p.pk}, **t_cn).status_code
        for p in [p_us, *others]
    ]
    assert statuses == [201] * 5 + [400]
    assert MeetingRequest.objects.filter(requester=p_cn).count() == 5
    # The deadline.
    Session.objects.filter(pk=session.pk).update(
        request_deadline=dt.datetime(2016, 1, 1, tzinfo=dt.UTC)
    )
    late = make_participant(session, side="CN")[1]
    response = post(
        client, f"{API}/requests", {"recipient": p_us.pk}, **bearer(api_token(late, *RW))
    )
    assert response.status_code == 400
    assert "deadline" in response.json()["error"]["message"]
    # Bad input: a priority outside 1–3 is 422, and nothing is written.
    count = MeetingRequest.objects.count()
    bad = post(client, f"{API}/requests", {"recipient": p_us.pk, "priority": 4}, **t_cn)
    assert bad.status_code == 422
    assert MeetingRequest.objects.count() == count


def test_a_user_without_a_participant_in_the_session_cannot_request(client, us, outsider):
    p_us, _ = us
    response = post(
        client, f"{API}/requests", {"recipient": p_us.pk}, **bearer(api_token(outsider, *RW))
    )
    assert response.status_code == 403
    assert not MeetingRequest.objects.exists()


# --- participants and availability --------------------------------------------------------------


def test_register_and_cancel_ones_organization(client, session, us):
    p_us, _u_us = us
    organization = OrganizationFactory(side="CN", region=None)
    user = RepresentativeFactory(organization=organization).user
    token = bearer(api_token(user, *RW))
    response = post(
        client,
        f"{API}/sessions/{session.pk}/participants",
        {"organization": organization.slug},
        **token,
    )
    assert response.status_code == 201, response.json()
    participant = Participant.objects.get(organization=organization)
    assert (response.json()["id"], participant.status) == (participant.pk, "registered")
    # Someone else's organization: refused by the service's rule.
    other = post(
        client,
        f"{API}/sessions/{session.pk}/participants",
        {"organization": p_us.organization.slug},
        **token,
    )
    assert other.status_code == 403
    # A meeting, then the participant cancels: the meeting is cancelled with it.
    meeting = services.meeting_add(
        actor=RepresentativeFactory(user__is_staff=True).user,
        session=session,
        first=participant,
        second=p_us,
    )
    cancelled = post(client, f"{API}/participants/{participant.pk}/cancel", **token)
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "cancelled"
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED


def test_the_organizer_invites_and_removes(client, staff, session):
    organization = OrganizationFactory()
    token = bearer(api_token(staff, *RW))
    response = post(
        client,
        f"{API}/sessions/{session.pk}/participants",
        {"organization": organization.slug, "invited": True},
        **token,
    )
    assert response.status_code == 201
    assert response.json()["status"] == "invited"
    pk = response.json()["id"]
    assert post(client, f"{API}/participants/{pk}/cancel", **token).json()["status"] == "cancelled"
    assert Participant.objects.get(pk=pk).status == Participant.Status.CANCELLED


def test_participants_list_shows_what_the_partners_page_shows(client, staff, session, cn, us):
    (p_cn, u_cn), (p_us, _) = cn, us
    hidden, _ = make_participant(session, side="US", name="Quiet Capital")
    hidden.organization.is_public = False
    hidden.organization.save()
    gone, _ = make_participant(session, side="US", name="Gone West")
    services.participant_cancel(actor=staff, participant=gone)

    def ids(token):
        body = client.get(f"{API}/sessions/{session.pk}/participants", headers=token).json()
        return {item["id"] for item in body["items"]}

    assert ids(bearer(api_token(u_cn, "matchmaking:read"))) == {p_cn.pk, p_us.pk}
    assert ids(bearer(api_token(staff, "matchmaking:read"))) == {
        p_cn.pk,
        p_us.pk,
        hidden.pk,
        gone.pk,
    }
    found = client.get(
        f"{API}/sessions/{session.pk}/participants",
        {"organization": p_us.organization.slug},
        headers=bearer(api_token(u_cn, "matchmaking:read")),
    ).json()
    assert [item["id"] for item in found["items"]] == [p_us.pk]
    # Contacts: the participant's own organization only (no meeting yet).
    body = client.get(
        f"{API}/sessions/{session.pk}/participants",
        headers=bearer(api_token(u_cn, "matchmaking:read")),
    ).json()
    contacts = {item["id"]: item["contacts"] for item in body["items"]}
    assert contacts[p_us.pk] is None and contacts[p_cn.pk] is not None


def test_availability_is_read_and_set_by_the_participants_people(client, session, cn):
    p_cn, u_cn = cn
    token = bearer(api_token(u_cn, *RW))
    url = f"{API}/participants/{p_cn.pk}/availability"
    before = client.get(url, headers=token).json()
    assert [s["index"] for s in before["slots"]] == [1, 2, 3, 4, 5]
    assert before["slots"][0]["starts_at"] == "2016-05-11T14:00:00-07:00"
    first, third = before["slots"][0]["id"], before["slots"][2]["id"]
    response = patch(
        client,
        url,
        {"unavailable": [first, third], "languages": ["zh"], "attendees": [u_cn.email]},
        **token,
    )
    assert response.status_code == 200, response.json()
    p_cn.refresh_from_db()
    assert set(p_cn.unavailable.values_list("pk", flat=True)) == {first, third}
    assert (p_cn.languages, list(p_cn.attendees.all())) == (["zh"], [u_cn])
    assert response.json()["unavailable"] == sorted([first, third])
    # A field left out keeps its value; a stranger as attendee is refused and changes nothing.
    refused = patch(client, url, {"attendees": ["someone@example.org"]}, **token)
    assert refused.status_code == 400
    assert refused.json()["error"]["details"] == {"field": "attendees"}
    p_cn.refresh_from_db()
    assert set(p_cn.unavailable.values_list("pk", flat=True)) == {first, third}
    # Another session's slot is refused.
    assert patch(client, url, {"unavailable": [999999]}, **token).status_code == 400


# --- meetings, schedule, agenda, outcomes ------------------------------------------------------


@pytest.fixture
def published(staff, session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=3)
    services.request_create(actor=u_us, requester=p_us, recipient=p_cn)  # mutual
    run = scheduling.run_start(actor=staff, session=session, time_limit=5)
    assert run.status == "done", run.error
    return run


def test_the_organizer_publishes_a_run_and_the_agenda_and_ics_follow(client, staff, published, cn):
    _p_cn, u_cn = cn
    staff_token = bearer(api_token(staff, *RW))
    runs = client.get(f"{API}/sessions/{published.session_id}/runs", headers=staff_token).json()
    assert [(r["id"], r["status"], r["published"], r["placed"]) for r in runs["items"]] == [
        (published.pk, "done", False, 1)
    ]
    token = bearer(api_token(u_cn, "matchmaking:read"))
    assert client.get(f"{API}/agenda", headers=token).json()["count"] == 0
    response = post(client, f"{API}/runs/{published.pk}/publish", **staff_token)
    assert response.status_code == 200 and response.json()["published"] is True
    assert Session.objects.get(pk=published.session_id).published_run_id == published.pk
    again = post(client, f"{API}/runs/{published.pk}/publish", **staff_token)
    assert again.status_code == 400

    agenda = client.get(f"{API}/agenda", headers=token).json()
    assert agenda["count"] == 1
    schedule = client.get(f"{API}/sessions/{published.session_id}/schedule", headers=token).json()
    assert [s["meeting"] for s in schedule["items"]] == [agenda["items"][0]["meeting"]]

    ics = client.get(f"{API}/agenda.ics", headers=token)
    assert ics.status_code == 200
    assert ics["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(ics.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == [
        f"meeting-{agenda['items'][0]['meeting']}@tradebridge"
    ]
    start = events[0].decoded("dtstart")
    assert (
        start.isoformat()
        == dt.datetime.fromisoformat(agenda["items"][0]["starts_at"]).astimezone(dt.UTC).isoformat()
    )
    # The same file as the web's agenda.ics for that session.
    web = client_for(u_cn).get(f"/en/matchmaking/sessions/{published.session_id}/agenda.ics")
    web_events = list(icalendar.Calendar.from_ical(web.content).walk("VEVENT"))
    assert [str(e["summary"]) for e in web_events] == [str(e["summary"]) for e in events]


def test_the_organizer_adds_and_cancels_a_meeting(client, staff, session, cn, us):
    (p_cn, _), (p_us, _) = cn, us
    token = bearer(api_token(staff, *RW))
    response = post(
        client,
        f"{API}/meetings",
        {"session": session.pk, "first": p_us.pk, "second": p_cn.pk, "required": True},
        **token,
    )
    assert response.status_code == 201, response.json()
    meeting = Meeting.objects.get()
    assert (meeting.origin, meeting.required, meeting.status) == ("organizer", True, "confirmed")
    cancelled = post(client, f"{API}/meetings/{meeting.pk}/cancel", **token)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED


def test_outcomes_are_recorded_and_listed(client, staff, session, cn, us):
    (p_cn, u_cn), (p_us, _) = cn, us
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    token = bearer(api_token(u_cn, *RW))
    body = {
        "meeting": meeting.pk,
        "held": True,
        "interest": 2,
        "next_step": "visit",
        "notes": "Factory visit in June",
    }
    first = post(client, f"{API}/outcomes", body, **token)
    assert first.status_code == 201, first.json()
    outcome = MeetingOutcome.objects.get()
    assert (outcome.participant, outcome.interest, outcome.next_step, outcome.reported_by) == (
        p_cn,
        2,
        "visit",
        u_cn,
    )
    second = post(client, f"{API}/outcomes", {**body, "held": False}, **token)
    assert second.status_code == 200
    outcome.refresh_from_db()
    assert (outcome.held, outcome.interest, outcome.next_step) == (False, 0, "none")
    listed = client.get(f"{API}/outcomes", headers=token).json()
    assert [o["id"] for o in listed["items"]] == [outcome.pk]
    # A cancelled meeting has no outcome.
    services.meeting_cancel(actor=staff, meeting=meeting)
    assert post(client, f"{API}/outcomes", body, **token).status_code == 400


# --- sessions -----------------------------------------------------------------------------------


def test_staff_create_and_update_a_session(client, staff, event):
    token = bearer(api_token(staff, *RW))
    response = post(
        client,
        f"{API}/sessions",
        {
            "event": event.slug,
            "title_en": "Afternoon meetings",
            "title_zh": "下午洽谈",
            "date": "2016-05-11",
            "start": "14:00",
            "end": "16:00",
            "slot_minutes": 20,
            "pauses": [{"start": "15:00", "end": "15:20"}],
            "tables": ["A", "B", "C"],
            "request_deadline": "2016-05-10T18:00:00",
        },
        **token,
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    session = Session.objects.get(pk=body["id"])
    assert (session.slots.count(), session.tables.count(), session.status) == (5, 3, "draft")
    assert body["starts_at"] == "2016-05-11T14:00:00-07:00"
    assert body["request_deadline"] == "2016-05-10T18:00:00-07:00"  # naive: in the event's zone
    assert body["title_zh"] == "下午洽谈"

    changed = patch(
        client, f"{API}/sessions/{session.pk}", {"max_requests": 8, "status": "open"}, **token
    )
    assert changed.status_code == 200, changed.json()
    session.refresh_from_db()
    assert (session.max_requests, session.status, session.title_zh_hans) == (8, "open", "下午洽谈")
    # A representative may not.
    rep = RepresentativeFactory().user
    refused = patch(
        client, f"{API}/sessions/{session.pk}", {"max_requests": 2}, **bearer(api_token(rep, *RW))
    )
    assert refused.status_code == 403
    assert Session.objects.get(pk=session.pk).max_requests == 8
    # Bad hours are refused with the field named, and no session is made.
    bad = post(
        client,
        f"{API}/sessions",
        {
            "event": event.slug,
            "title_en": "x",
            "date": "2016-05-11",
            "start": "16:00",
            "end": "14:00",
        },
        **token,
    )
    assert bad.status_code == 400 and bad.json()["error"]["details"] == {"field": "end"}
    assert Session.objects.count() == 1


# --- query counts ---------------------------------------------------------------------------------


def _queries(client, url, headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, response.json()
    return len(captured)


def test_lists_make_as_many_queries_with_many_more_rows(client, staff, session, cn):
    p_cn, u_cn = cn
    token = bearer(api_token(u_cn, "matchmaking:read"))
    urls = [
        f"{API}/requests",
        f"{API}/meetings",
        f"{API}/outcomes",
        f"{API}/sessions/{session.pk}/participants",
    ]

    def grow(n):
        for _ in range(n):
            other, other_user = make_participant(session, side="US")
            services.request_create(actor=other_user, requester=other, recipient=p_cn)
            meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=other)
            services.outcome_report(
                actor=u_cn,
                meeting=meeting,
                participant=p_cn,
                held=True,
                interest=1,
                next_step="none",
            )

    grow(1)
    client.get(f"{API}/sessions", headers=token)  # the token's first use writes "last used"
    small = [_queries(client, url, token) for url in urls]
    grow(10)
    large = [_queries(client, url, token) for url in urls]
    assert large == small
