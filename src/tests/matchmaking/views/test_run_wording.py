"""The scheduler run page says what the run is really doing: its status in the header that
updates itself, the phase the engine is in (the next one once the meetings placed are proven
the best), and a result that is called optimal where it is proven so."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from tradebridge.matchmaking.models import ScheduleRun

pytestmark = pytest.mark.django_db


def _progress(client, run) -> str:
    return client.get(reverse("matchmaking:manage-run-progress", args=[run.pk])).content.decode()


def _page(client, run) -> str:
    return client.get(reverse("matchmaking:manage-run", args=[run.pk])).content.decode()


def test_a_claimed_run_says_it_is_scheduling_not_waiting(staff_client, session):
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.QUEUED)
    assert "Waiting for a worker" in _progress(staff_client, run)
    # The worker claims it: the part of the page that polls itself says so.
    ScheduleRun.objects.filter(pk=run.pk).update(
        status=ScheduleRun.Status.RUNNING,
        started_at=timezone.now(),
        progress={"phase": "priority", "objective": 500.0, "bound": 574.0, "seconds": 2.0},
    )
    polled = _progress(staff_client, run)
    assert "Waiting for a worker" not in polled and "Scheduling…" in polled
    page = _page(staff_client, run)
    # The status is only in the polled part while the run works: nothing stale beside it
    # (it said "Waiting for a worker" until the end when the page was opened early).
    assert page.count('data-testid="run-status"') == 1
    assert page.index('data-testid="run-status"') > page.index('id="run-progress"')
    assert "Waiting for a worker" not in page
    assert "placing as many (and as important) meetings as possible" in polled
    assert "Weight of the meetings placed so far: 500" in polled
    assert "no schedule can exceed 574" in polled


def test_once_the_meetings_placed_reach_their_bound_the_next_phase_is_named(staff_client, session):
    run = ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.RUNNING,
        started_at=timezone.now(),
        progress={"phase": "priority", "objective": 574.0, "bound": 574.0, "seconds": 9.0},
    )
    polled = _progress(staff_client, run)
    assert "574 is the proven best" in polled
    assert "placing as many" not in polled
    assert "Now: shortening idle time between meetings." in polled
    # A re-schedule moves as few meetings as possible next.
    ScheduleRun.objects.filter(pk=run.pk).update(kind=ScheduleRun.Kind.RESCHEDULE)
    assert "Now: moving as few meetings as possible." in _progress(staff_client, run)


def test_the_breaks_phase_reports_idle_slots(staff_client, session):
    run = ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.RUNNING,
        started_at=timezone.now(),
        progress={"phase": "breaks", "objective": 12.0, "bound": 8.0, "seconds": 20.0},
    )
    polled = _progress(staff_client, run)
    assert "Idle slots in the best schedule so far: 12 · no fewer than 8 possible" in polled


def _finished(session, **result) -> ScheduleRun:
    return ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.DONE,
        result={"placed": 10, "unscheduled": [], **result},
    )


def test_a_result_whose_meetings_reach_their_bound_is_not_called_unproven(staff_client, session):
    run = _finished(
        session, status="feasible", priority=574, bound_priority=574, breaks=14, bound_breaks=9
    )
    page = _page(staff_client, run)
    verdict = page[page.index('data-testid="result-status"') :][:600]
    assert "not proven optimal" not in verdict
    assert "574, is the proven best" in verdict
    assert "14 idle slots, and no schedule with these meetings has fewer than 9" in verdict


def test_an_unproven_result_gives_its_best_and_bound(staff_client, session):
    run = _finished(
        session, status="feasible", priority=560, bound_priority=574, breaks=14, bound_breaks=9
    )
    page = _page(staff_client, run)
    assert (
        "not proven optimal within the time limit: the weight of the meetings placed is 560, "
        "and no schedule can exceed 574." in page
    )


def test_an_optimal_result_says_optimal(staff_client, session):
    run = _finished(
        session, status="optimal", priority=574, bound_priority=574, breaks=9, bound_breaks=9
    )
    page = _page(staff_client, run)
    assert "This schedule is optimal" in page and "not proven" not in page


def test_a_proven_priority_with_the_least_idle_time_is_not_qualified(staff_client, session):
    run = _finished(
        session, status="feasible", priority=574, bound_priority=574, breaks=9, bound_breaks=9
    )
    page = _page(staff_client, run)
    assert "574, is the proven best" in page and "Idle time is not proven" not in page
