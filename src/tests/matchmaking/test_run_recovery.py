"""A scheduler run whose worker died does not hold the session: with no heartbeat for a while
(or far past its time limit) it ends failed, the published schedule untouched, and a new run
starts at once; cancelling always ends a run, whether a worker is there to notice or not."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tradebridge.errors import ApplicationError
from tradebridge.matchmaking import scheduling
from tradebridge.matchmaking.models import Placement, ScheduleRun

from .test_scheduling import booked  # noqa: F401  (fixture)

MINUTE = dt.timedelta(minutes=1)


def running(session, *, started: dt.datetime, beat: dt.datetime | None, limit: int = 60):
    """A run as a worker leaves it while solving (or when it was killed while solving)."""
    return ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.RUNNING,
        time_limit=limit,
        started_at=started,
        heartbeat_at=beat,
        progress={"phase": "breaks", "objective": 7, "bound": 9, "seconds": 52.0},
    )


@pytest.fixture
def published(staff, session, booked):  # noqa: F811
    run = scheduling.run_start(actor=staff, session=session, time_limit=10)
    run.refresh_from_db()
    scheduling.run_publish(actor=staff, run=run)
    return run


def test_a_run_whose_worker_died_ends_failed_and_a_new_run_starts_at_once(
    staff, session, published
):
    now = timezone.now()
    dead = running(session, started=now - 3 * MINUTE, beat=now - 2 * MINUTE)
    placements = Placement.objects.filter(run=published).count()
    again = scheduling.run_start(actor=staff, session=session, time_limit=10)
    again.refresh_from_db()
    dead.refresh_from_db()
    assert dead.status == ScheduleRun.Status.FAILED and dead.finished_at is not None
    assert "stopped" in dead.error and not Placement.objects.filter(run=dead).exists()
    assert again.status == ScheduleRun.Status.DONE
    session.refresh_from_db()
    assert session.published_run == published
    assert Placement.objects.filter(run=published).count() == placements


def test_a_run_that_beats_is_left_running_and_holds_the_session(staff, session, booked):  # noqa: F811
    now = timezone.now()
    alive = running(session, started=now - MINUTE, beat=now - dt.timedelta(seconds=3))
    with pytest.raises(ApplicationError, match="already running"):
        scheduling.run_start(actor=staff, session=session)
    alive.refresh_from_db()
    assert alive.status == ScheduleRun.Status.RUNNING


def test_a_run_far_past_its_time_limit_ends_even_if_it_still_beats(session, booked):  # noqa: F811
    now = timezone.now()
    stuck = running(session, started=now - 10 * MINUTE, beat=now, limit=60)
    assert scheduling.runs_recover(session=session) == 1
    stuck.refresh_from_db()
    assert stuck.status == ScheduleRun.Status.FAILED and "time limit" in stuck.error


def test_the_run_page_shows_a_dead_run_as_failed(staff_client, session, booked):  # noqa: F811
    now = timezone.now()
    dead = running(session, started=now - 3 * MINUTE, beat=now - 2 * MINUTE)
    poll = staff_client.get(
        reverse("matchmaking:manage-run-progress", args=[dead.pk]), HTTP_HX_REQUEST="true"
    )
    assert poll["HX-Refresh"] == "true"
    page = staff_client.get(reverse("matchmaking:manage-run", args=[dead.pk])).content.decode()
    assert "The worker running this schedule stopped" in page
    assert "Scheduling…" not in page and "Remove a required meeting" not in page
    # Each reader gets the reason in their own language, whoever's request ended the run.
    chinese = staff_client.get(f"/zh-hans/matchmaking/manage/runs/{dead.pk}/").content.decode()
    assert "运行本次排程的后台进程已停止" in chinese


def test_cancel_ends_a_running_run_whose_worker_is_gone(staff, staff_client, session, booked):  # noqa: F811
    now = timezone.now()
    # The heartbeat is recent: recovery would not end it yet, cancel does.
    run = running(session, started=now - MINUTE, beat=now)
    response = staff_client.post(reverse("matchmaking:manage-run-cancel", args=[run.pk]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == ScheduleRun.Status.CANCELLED and run.cancel_requested
    again = scheduling.run_start(actor=staff, session=session, time_limit=10)
    again.refresh_from_db()
    assert again.status == ScheduleRun.Status.DONE


def test_recover_tasks_ends_dead_runs_of_every_session(session, booked, capsys):  # noqa: F811
    now = timezone.now()
    dead = running(session, started=now - 3 * MINUTE, beat=now - 2 * MINUTE)
    call_command("recover_tasks")
    assert "scheduler runs: 1 ended" in capsys.readouterr().out
    dead.refresh_from_db()
    assert dead.status == ScheduleRun.Status.FAILED
