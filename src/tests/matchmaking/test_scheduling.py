"""Scheduler runs in the platform: one run at a time, results saved whole, publishing notifies,
re-scheduling moves only what must move."""

from __future__ import annotations

import pytest
from django.core import mail

from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.matchmaking import scheduling, services, solving
from tradebridge.matchmaking.models import Placement, ScheduleRun
from tradebridge.notifications.models import Notification

from .conftest import make_participant


@pytest.fixture
def booked(staff, session):
    """Three Chinese and three US participants, every cross pair meeting (9 meetings)."""
    cns = [make_participant(session, side="CN")[0] for _ in range(3)]
    uss = [make_participant(session, side="US")[0] for _ in range(3)]
    for a in cns:
        for b in uss:
            services.meeting_add(actor=staff, session=session, first=a, second=b, priority=2)
    return cns, uss


def _run(staff, session, **kwargs) -> ScheduleRun:
    # The test settings run tasks immediately: the run is finished when run_start returns.
    run = scheduling.run_start(actor=staff, session=session, time_limit=10, **kwargs)
    run.refresh_from_db()
    return run


def test_a_run_places_every_meeting_without_clashes(staff, session, booked):
    run = _run(staff, session)
    assert run.status == ScheduleRun.Status.DONE, run.error
    placements = list(Placement.objects.filter(run=run).select_related("meeting"))
    assert len(placements) == 9 and run.result["unscheduled"] == []
    seen = set()
    for p in placements:
        for who in (p.meeting.first_id, p.meeting.second_id):
            assert (who, p.slot_id) not in seen
            seen.add((who, p.slot_id))
    assert len({(p.slot_id, p.table_id) for p in placements}) == 9


def test_only_staff_run_and_a_second_run_is_refused(staff, owner, session, booked):
    with pytest.raises(NotAllowed):
        scheduling.run_start(actor=owner, session=session)
    ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.RUNNING)
    with pytest.raises(ApplicationError, match="already running"):
        scheduling.run_start(actor=staff, session=session)


def test_an_infeasible_run_fails_and_leaves_the_published_schedule(staff, session, booked):
    first = _run(staff, session)
    scheduling.run_publish(actor=staff, run=first)
    cns, _uss = booked
    # Six required meetings for one participant in five slots cannot all be held.
    for _ in range(3):
        extra = make_participant(session)[0]
        services.meeting_add(
            actor=staff, session=session, first=cns[0], second=extra, required=True
        )
    for m in session.meetings.filter(first=cns[0]):
        m.required = True
        m.save()
    failed = _run(staff, session)
    assert failed.status == ScheduleRun.Status.FAILED and failed.error
    assert not Placement.objects.filter(run=failed).exists()
    session.refresh_from_db()
    assert session.published_run == first


def test_publishing_notifies_everyone_then_only_those_affected(staff, session, booked):
    run = _run(staff, session)
    result = scheduling.run_publish(actor=staff, run=run)
    assert len(result.notified) == 6 and len(mail.outbox) == 6
    cns, uss = booked
    services.participant_cancel(actor=staff, participant=uss[2])
    again = _run(staff, session, reschedule=True)
    assert again.status == ScheduleRun.Status.DONE, again.error
    changes = scheduling.run_compare(run, again)
    # Only the three meetings of the cancelled participant change; nothing else moves.
    assert {c.kind for c in changes} == {"removed"} and len(changes) == 3
    mail.outbox.clear()
    result = scheduling.run_publish(actor=staff, run=again)
    assert {u.pk for u in result.notified} == {
        u.pk for p in (*cns, uss[2]) for u in [r.user for r in p.organization.representatives.all()]
    }
    assert Notification.objects.count() == 6 + 4


def test_an_unplaced_meeting_says_the_interpreters_were_busy(staff, session):
    first_slot = session.slots.order_by("index").first()
    services.interpreter_add(actor=staff, session=session, name="Li", slots=[first_slot])
    pairs = [
        (make_participant(session, side="CN")[0], make_participant(session, side="US")[0])
        for _ in range(2)
    ]
    for cn, us in pairs:
        cn.languages, us.languages = ["zh"], ["en"]
        cn.save()
        us.save()
        services.meeting_add(actor=staff, session=session, first=cn, second=us)
    run = _run(staff, session)
    assert run.status == ScheduleRun.Status.DONE
    assert [u["reason"] for u in run.result["unscheduled"]] == ["interpreters_busy"]
    placement = Placement.objects.get(run=run)
    assert (placement.slot, placement.interpreter.name) == (first_slot, "Li")


def test_an_interpreter_marked_away_gets_no_meetings_in_the_next_run(staff, owner, session):
    li = services.interpreter_add(actor=staff, session=session, name="Li")
    cn, us = make_participant(session, side="CN")[0], make_participant(session, side="US")[0]
    cn.languages, us.languages = ["zh"], ["en"]
    cn.save()
    us.save()
    services.meeting_add(actor=staff, session=session, first=cn, second=us)
    assert Placement.objects.get(run=_run(staff, session)).interpreter == li

    with pytest.raises(NotAllowed):
        services.interpreter_set_active(actor=owner, interpreter=li, active=False)
    services.interpreter_set_active(actor=staff, interpreter=li, active=False)
    run = _run(staff, session)
    assert [u["reason"] for u in run.result["unscheduled"]] == ["no_interpreter"]

    wang = services.interpreter_add(actor=staff, session=session, name="Wang")
    assert Placement.objects.get(run=_run(staff, session)).interpreter == wang
    services.interpreter_set_active(actor=staff, interpreter=li, active=True)
    assert li.is_active and set(solving.build_instance(session).interpreters.values()) == {
        li,
        wang,
    }
