"""Match-making tells webhook endpoints when a request is answered, when a published schedule
places meetings and when a re-published one moves them: once each, in the event's time zone."""

from __future__ import annotations

import pytest

from tests.webhooks.recording import emitted, subscribe
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import Placement, ScheduleRun

from .conftest import make_participant

pytestmark = pytest.mark.django_db


def test_accepting_and_declining_a_request_emit_request_answered(
    session, cn, us, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    (p_cn, u_cn), (p_us, u_us) = cn, us
    p_other, u_other = make_participant(session, side="US", name="Pacific Wind")
    first = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    second = services.request_create(actor=u_cn, requester=p_cn, recipient=p_other)
    with django_capture_on_commit_callbacks(execute=True):
        services.request_answer(actor=u_us, request=first, accept=True)
        services.request_answer(actor=u_other, request=second, accept=False)
    accepted, declined = emitted("request.answered")
    first.refresh_from_db()
    assert accepted == {
        "id": first.pk,
        "session": {
            "id": session.pk,
            "title_en": "Match-making",
            "title_zh": "企业对接洽谈",
            "event": session.event.slug,
        },
        "requester": {
            "slug": p_cn.organization.slug,
            "name_en": "Jiangsu Sunrise PV",
            "name_zh": p_cn.organization.name_zh_hans or "",
        },
        "recipient": {
            "slug": p_us.organization.slug,
            "name_en": "Golden State Solar",
            "name_zh": p_us.organization.name_zh_hans or "",
        },
        "status": "accepted",
        "answered_at": first.answered_at.astimezone(session.event.zone).isoformat(),
    }
    # In Los Angeles time (the event's), not UTC.
    assert accepted["answered_at"][-6:] in ("-07:00", "-08:00")
    assert (declined["id"], declined["status"]) == (second.pk, "declined")
    assert len(emitted()) == 2


def _run(staff, session, **kwargs) -> ScheduleRun:
    run = scheduling.run_start(actor=staff, session=session, time_limit=10, **kwargs)
    run.refresh_from_db()
    assert run.status == ScheduleRun.Status.DONE, run.error
    return run


def test_publishing_emits_meeting_scheduled_then_a_republication_meeting_moved(
    staff, session, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    cns = [make_participant(session, side="CN")[0] for _ in range(2)]
    uss = [make_participant(session, side="US")[0] for _ in range(2)]
    for a in cns:
        for b in uss:
            services.meeting_add(actor=staff, session=session, first=a, second=b, priority=2)
    run = _run(staff, session)
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.run_publish(actor=staff, run=run)
    scheduled = emitted("meeting.scheduled")
    assert sorted(m["id"] for m in scheduled) == sorted(
        session.meetings.values_list("pk", flat=True)
    )
    placement = Placement.objects.select_related("slot", "table").get(
        run=run, meeting_id=scheduled[0]["id"]
    )
    assert (
        scheduled[0]["starts_at"]
        == placement.slot.starts_at.astimezone(session.event.zone).isoformat()
    )
    assert scheduled[0]["table"]["number"] == placement.table.number
    assert "previous" not in scheduled[0]
    # A table breaks on the day: the re-schedule moves its meeting elsewhere.
    services.table_set_active(actor=staff, table=placement.table, active=False)
    again = _run(staff, session, reschedule=True)
    moved_kinds = [c for c in scheduling.run_compare(run, again) if c.kind in ("moved", "table")]
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.run_publish(actor=staff, run=again)
    moved = emitted("meeting.moved")
    assert len(moved) == len(moved_kinds) >= 1
    assert placement.meeting_id in {m["id"] for m in moved}
    mine = next(m for m in moved if m["id"] == placement.meeting_id)
    assert mine["previous"]["table"]["number"] == placement.table.number
    assert mine["table"]["number"] != placement.table.number
    # Nothing is scheduled twice.
    assert len(emitted("meeting.scheduled")) == len(scheduled)


def test_a_mutual_request_answers_both_requests(
    session, cn, us, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    (p_cn, u_cn), (p_us, u_us) = cn, us
    first = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    with django_capture_on_commit_callbacks(execute=True):
        second = services.request_create(actor=u_us, requester=p_us, recipient=p_cn)
    answered = emitted("request.answered")
    assert sorted((m["id"], m["status"]) for m in answered) == sorted(
        [(first.pk, "accepted"), (second.pk, "accepted")]
    )
    assert all(m["answered_at"] for m in answered)


def test_cancelling_a_scheduled_meeting_emits_meeting_cancelled_once(
    staff, session, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    a, b = make_participant(session, side="CN")[0], make_participant(session, side="US")[0]
    meeting = services.meeting_add(actor=staff, session=session, first=a, second=b)
    run = _run(staff, session)
    scheduling.run_publish(actor=staff, run=run)
    placement = Placement.objects.select_related("slot", "table").get(run=run, meeting=meeting)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(actor=staff, meeting=meeting)
        services.meeting_cancel(actor=staff, meeting=meeting)  # already cancelled: nothing
    (cancelled,) = emitted("meeting.cancelled")
    assert cancelled["id"] == meeting.pk
    assert cancelled["first"]["slug"] == a.organization.slug
    assert cancelled["previous"]["table"]["number"] == placement.table.number
    assert cancelled["previous"]["starts_at"] == (
        placement.slot.starts_at.astimezone(session.event.zone).isoformat()
    )
    # The next publication does not tell it again as unscheduled.
    again = _run(staff, session, reschedule=True)
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.run_publish(actor=staff, run=again)
    assert emitted("meeting.unscheduled") == []


def test_a_republication_that_no_longer_places_a_meeting_emits_meeting_unscheduled(
    staff, session, settings, django_capture_on_commit_callbacks
):
    subscribe(settings)
    pairs = [
        (make_participant(session, side="CN")[0], make_participant(session, side="US")[0])
        for _ in range(2)
    ]
    kept, dropped = (
        services.meeting_add(actor=staff, session=session, first=a, second=b) for a, b in pairs
    )
    run = _run(staff, session)
    scheduling.run_publish(actor=staff, run=run)
    # A finished run that places only one of the two (as a solver that cannot place the other
    # would), written directly.
    partial = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    before = Placement.objects.get(run=run, meeting=kept)
    Placement.objects.create(run=partial, meeting=kept, slot=before.slot, table=before.table)
    partial.result = {"status": "feasible", "placed": 1, "breaks": 0, "unscheduled": []}
    partial.save(update_fields=["result"])
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.run_publish(actor=staff, run=partial)
    (unscheduled,) = emitted("meeting.unscheduled")
    assert unscheduled["id"] == dropped.pk
    assert "starts_at" not in unscheduled and unscheduled["previous"]["table"]["number"] >= 1
    assert emitted("meeting.moved") == []
