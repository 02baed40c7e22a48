"""The representative's day: the meeting now and next on the agenda (table number large, a
link to the partner's profile), "running late" and "partner not here" told to the organizers
(recorded, staff notified, shown on the organizer's session page until handled)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import RepresentativeFactory, UserFactory
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import DayReport, Placement, ScheduleRun, Session, Slot
from tradebridge.matchmaking.selectors import day
from tradebridge.matchmaking.selectors.participant import agenda_of
from tradebridge.notifications.models import Notification

from ..conftest import make_participant
from ..test_races import on_postgresql, race


def _day_around(session: Session, slot_index: int, *, started_minutes_ago: int) -> None:
    """Move the whole session in time so that slot ``slot_index`` started that long ago."""
    slot = session.slots.get(index=slot_index)
    delta = timezone.now() - dt.timedelta(minutes=started_minutes_ago) - slot.starts_at
    Slot.objects.filter(session=session).update(
        starts_at=F("starts_at") + delta, ends_at=F("ends_at") + delta
    )
    Session.objects.filter(pk=session.pk).update(
        starts_at=F("starts_at") + delta, ends_at=F("ends_at") + delta
    )
    session.refresh_from_db()


@pytest.fixture
def today(staff, session, cn, us):
    """The Chinese participant meets the US one at table 3 in slot 1 (under way: it started 5
    minutes ago) and a second US participant at table 4 in slot 3 (next)."""
    (p_cn, _), (p_us, _) = cn, us
    other, _ = make_participant(session, side="US", name="Pacific Grid Storage")
    first = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    second = services.meeting_add(actor=staff, session=session, first=p_cn, second=other)
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    Placement.objects.create(
        run=run, meeting=first, slot=session.slots.get(index=1), table=session.tables.get(number=3)
    )
    Placement.objects.create(
        run=run, meeting=second, slot=session.slots.get(index=3), table=session.tables.get(number=4)
    )
    scheduling.run_publish(actor=staff, run=run)
    _day_around(session, 1, started_minutes_ago=5)
    return {"now": first, "next": second, "other": other}


def _agenda(client, session):
    return client.get(reverse("matchmaking:agenda", args=[session.pk])).content.decode()


def test_agenda_shows_the_meeting_now_and_next_with_table_and_partner_profile(
    session, today, cn, us
):
    page = _agenda(client_for(cn[1]), session)
    now = page[page.index('data-testid="meeting-now"') : page.index('data-testid="meeting-next"')]
    upcoming = page[page.index('data-testid="meeting-next"') : page.index('data-testid="agenda"')]
    assert "Golden State Solar" in now and ">3</strong>" in now
    assert us[0].organization.get_absolute_url() in now
    assert "Pacific Grid Storage" in upcoming and ">4</strong>" in upcoming
    assert 'class="meeting-table big"' in now
    # Under way: "running late" and "partner not here" both; the next one: only "running late".
    assert 'data-testid="report-late"' in now and 'data-testid="report-absent"' in now
    assert 'data-testid="report-late"' in upcoming and 'data-testid="report-absent"' not in upcoming


def test_now_and_next_before_during_and_after_the_day(session, today, cn):
    rows = agenda_of(cn[0])
    starts = [r.placement.slot.starts_at for r in rows]
    before = day.now_and_next(rows, starts[0] - dt.timedelta(hours=1))
    assert before.now is None and before.next is rows[0] and not before.over
    between = day.now_and_next(rows, rows[0].placement.slot.ends_at + dt.timedelta(minutes=1))
    assert between.now is None and between.next is rows[1]
    after = day.now_and_next(rows, rows[1].placement.slot.ends_at)
    assert after.now is None and after.next is None and after.over


def test_partner_not_here_is_recorded_and_staff_are_notified(staff, session, today, cn):
    other_staff = UserFactory(is_staff=True, language="zh-hans")
    client = client_for(cn[1])
    response = client.post(
        reverse("matchmaking:day_report", args=[today["now"].pk]), {"kind": "absent"}
    )
    assert response.status_code == 302
    report = DayReport.objects.get()
    assert (report.meeting, report.participant, report.kind, report.status) == (
        today["now"],
        cn[0],
        "absent",
        "open",
    )
    notes = {n.user_id: n for n in Notification.objects.filter(kind__endswith="day_report")}
    assert set(notes) == {staff.pk, other_staff.pk}
    assert "Golden State Solar" in notes[staff.pk].body and "table 3" in notes[staff.pk].body
    assert notes[staff.pk].link == reverse("matchmaking:manage", args=[session.pk])
    # Each in their own language.
    assert "桌" in notes[other_staff.pk].subject
    # The agenda says the organizers were told, instead of offering the button again.
    page = _agenda(client, session)
    assert 'data-testid="report-sent"' in page and 'data-testid="report-absent"' not in page
    # The organizer's session page lists it.
    manage = client_for(staff).get(reverse("matchmaking:manage", args=[session.pk]))
    assert manage.content.decode().count('data-testid="day-report"') == 1


def test_the_same_report_twice_tells_staff_once(staff, session, today, cn):
    for _ in range(2):
        services.day_report_create(
            actor=cn[1], participant=cn[0], meeting=today["now"], kind="late"
        )
    assert DayReport.objects.count() == 1
    assert Notification.objects.filter(kind__endswith="day_report").count() == 1


def test_partner_not_here_is_refused_before_the_meeting_starts(session, today, cn):
    with pytest.raises(ApplicationError) as raised:
        services.day_report_create(
            actor=cn[1], participant=cn[0], meeting=today["next"], kind="absent"
        )
    assert raised.value.code == "report_closed"
    assert not DayReport.objects.exists()


def test_nothing_can_be_reported_after_the_day(session, today, cn):
    late = today["next"].placements.get().slot.ends_at + dt.timedelta(hours=1)
    for kind in ("late", "absent"):
        with pytest.raises(ApplicationError):
            services.day_report_create(
                actor=cn[1], participant=cn[0], meeting=today["next"], kind=kind, at=late
            )


def test_an_unknown_report_is_refused(session, today, cn):
    with pytest.raises(ApplicationError) as raised:
        services.day_report_create(
            actor=cn[1], participant=cn[0], meeting=today["now"], kind="bored"
        )
    assert raised.value.details == {"field": "kind"}


def test_reports_by_other_organization_anonymous_and_staff(staff, session, today, cn, us):
    other = today["other"]
    # Another organization's representative cannot report on a meeting it is not in.
    outsider = UserFactory()
    response = client_for(outsider).post(
        reverse("matchmaking:day_report", args=[today["now"].pk]), {"kind": "late"}
    )
    assert response.status_code == 404
    with pytest.raises(NotAllowed):
        services.day_report_create(
            actor=outsider, participant=cn[0], meeting=today["now"], kind="late"
        )
    # The partner of another meeting, acting for its own participant: not its meeting.
    with pytest.raises(ApplicationError):
        services.day_report_create(
            actor=other.organization.representatives.get().user,
            participant=other,
            meeting=today["now"],
            kind="late",
        )
    response = Client().post(
        reverse("matchmaking:day_report", args=[today["now"].pk]), {"kind": "late"}
    )
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    # Staff do not report for a participant (they act on the organizer's pages).
    with pytest.raises(NotAllowed):
        services.day_report_create(
            actor=staff, participant=cn[0], meeting=today["now"], kind="late"
        )
    assert not DayReport.objects.exists()


def test_staff_mark_a_report_handled_once(staff, session, today, cn):
    report, _ = services.day_report_create(
        actor=cn[1], participant=cn[0], meeting=today["now"], kind="late"
    )
    client = client_for(staff)
    url = reverse("matchmaking:manage-report-handled", args=[session.pk, report.pk])
    assert client.post(url).status_code == 302
    report.refresh_from_db()
    assert (report.status, report.handled_by) == ("handled", staff)
    assert (
        'data-testid="day-report"'
        not in client.get(reverse("matchmaking:manage", args=[session.pk])).content.decode()
    )
    # Pressed again from a stale page: nothing changes.
    assert services.day_report_handle(actor=staff, report=report) is False
    # A representative cannot mark it handled.
    with pytest.raises(NotAllowed):
        services.day_report_handle(actor=cn[1], report=report)
    assert client_for(cn[1]).post(url).status_code == 403


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_staff_handling_the_same_report_at_once_handle_it_once(staff, session, today, cn):
    report, _ = services.day_report_create(
        actor=cn[1], participant=cn[0], meeting=today["now"], kind="absent"
    )
    colleague = UserFactory(is_staff=True)
    results: list[bool] = []
    outcome = race(
        {
            "a": lambda: results.append(
                services.day_report_handle(actor=staff, report=DayReport.objects.get(pk=report.pk))
            ),
            "b": lambda: results.append(
                services.day_report_handle(
                    actor=colleague, report=DayReport.objects.get(pk=report.pk)
                )
            ),
        }
    )
    assert not outcome.crashed
    assert sorted(results) == [False, True]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_representatives_reporting_at_once_tell_staff_once(staff, session, today, cn):
    second_user = RepresentativeFactory(organization=cn[0].organization).user
    outcome = race(
        {
            name: (
                lambda user=user: services.day_report_create(
                    actor=user, participant=cn[0], meeting=today["now"], kind="absent"
                )
            )
            for name, user in (("a", cn[1]), ("b", second_user))
        }
    )
    assert not outcome.crashed and sorted(outcome.done) == ["a", "b"]
    assert DayReport.objects.count() == 1
    assert Notification.objects.filter(kind__endswith="day_report").count() == 1
