"""Match-making services: sessions, requests, meetings, permissions."""

from __future__ import annotations

import pytest

from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services
from tradebridge.matchmaking.contacts import has_confirmed_meeting_with
from tradebridge.matchmaking.models import Meeting, MeetingRequest

from .conftest import make_participant


def test_session_slots_skip_the_pause_and_start_a_new_segment(session):
    slots = list(session.slots.all())
    assert [f"{s.starts_at.astimezone(session.event.zone):%H:%M}" for s in slots] == [
        "14:00",
        "14:15",
        "14:30",
        "15:00",
        "15:15",
    ]
    assert [s.segment for s in slots] == [0, 0, 0, 1, 1]
    assert session.tables.count() == 4


def test_a_bad_time_of_day_names_the_field(staff, event):
    with pytest.raises(ApplicationError, match="start: 25:00"):
        services.plan_slots(
            date=event.starts_on, zone=event.zone, start="25:00", end="16:00", minutes=15, pauses=()
        )


def test_accepting_a_request_confirms_the_meeting_and_reveals_contacts(session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=3)
    assert not has_confirmed_meeting_with(user=u_cn, organization=p_us.organization)
    services.request_answer(actor=u_us, request=request, accept=True)
    meeting = Meeting.objects.get()
    assert (meeting.first, meeting.second, meeting.mutual) == (p_cn, p_us, False)
    assert has_confirmed_meeting_with(user=u_cn, organization=p_us.organization)


def test_mutual_requests_confirm_at_once_and_rank_higher(session, cn, us):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=1)
    services.request_create(actor=u_us, requester=p_us, recipient=p_cn, priority=1)
    meeting = Meeting.objects.get()
    assert meeting.mutual and meeting.priority > 3
    assert set(MeetingRequest.objects.values_list("status", flat=True)) == {"accepted"}


def test_only_the_recipient_answers_and_only_a_representative_requests(session, cn, us, outsider):
    (p_cn, u_cn), (p_us, _u_us) = cn, us
    with pytest.raises(NotAllowed):
        services.request_create(actor=outsider, requester=p_cn, recipient=p_us)
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    for actor in (u_cn, outsider):
        with pytest.raises(NotAllowed):
            services.request_answer(actor=actor, request=request, accept=True)


def test_the_request_cap_holds(session, cn):
    p_cn, u_cn = cn
    others = [make_participant(session)[0] for _ in range(session.max_requests + 1)]
    for other in others[:-1]:
        services.request_create(actor=u_cn, requester=p_cn, recipient=other)
    with pytest.raises(ApplicationError, match="most requests"):
        services.request_create(actor=u_cn, requester=p_cn, recipient=others[-1])


def test_a_participant_who_cancels_loses_its_meetings(staff, session, cn, us):
    (p_cn, _), (p_us, _) = cn, us
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    cancelled = services.participant_cancel(actor=staff, participant=p_us)
    assert cancelled == [meeting]
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED


def test_an_event_never_takes_the_address_of_the_creation_page(staff):
    import datetime as dt

    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "New"}, starts_on=dt.date(2026, 1, 1), ends_on=dt.date(2026, 1, 1)
        ),
    )
    assert event.slug == "new-2"


def test_no_outcome_is_reported_for_a_cancelled_meeting(staff, session, cn, us):
    (p_cn, cn_user), (p_us, _) = cn, us
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    services.meeting_cancel(actor=staff, meeting=meeting)
    with pytest.raises(ApplicationError, match="cancelled"):
        services.outcome_report(
            actor=cn_user, meeting=meeting, participant=p_cn, held=True, interest=2,
            next_step="visit",
        )  # fmt: skip
    assert not meeting.outcomes.exists()
