"""Cancel, recovery and a new run at the same moment on a run whose worker died: the run ends
in exactly one state, said once, and the session ends up with at most one active run.
PostgreSQL only (real parallel transactions)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from tradebridge.matchmaking import scheduling
from tradebridge.matchmaking.models import ScheduleRun

from .test_races import ROUNDS, race

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True),
]


def dead_run(session) -> ScheduleRun:
    now = timezone.now()
    return ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.RUNNING,
        time_limit=30,
        started_at=now - dt.timedelta(minutes=3),
        heartbeat_at=now - dt.timedelta(minutes=2),
    )


def test_cancel_and_recovery_at_once_end_a_dead_run_once(staff, session):
    for _ in range(ROUNDS):
        run = dead_run(session)
        ended: list[int] = []
        outcome = race(
            {
                "cancel": lambda run=run: scheduling.run_cancel(actor=staff, run=run),
                "recover": lambda ended=ended: ended.append(
                    scheduling.runs_recover(session=session)
                ),
            }
        )
        assert outcome.crashed == []
        run.refresh_from_db()
        assert run.status in (ScheduleRun.Status.CANCELLED, ScheduleRun.Status.FAILED)
        # Recovery says it ended the run exactly when it was recovery that ended it.
        assert ended == [1 if run.status == ScheduleRun.Status.FAILED else 0]


def test_two_organizers_pressing_run_on_a_dead_run_get_one_new_run(staff, session):
    # Nothing to schedule: each new run ends at once, so repeat with a fresh dead run.
    for _ in range(ROUNDS):
        dead = dead_run(session)
        outcome = race(
            {
                "first": lambda: scheduling.run_start(actor=staff, session=session, time_limit=1),
                "second": lambda: scheduling.run_start(actor=staff, session=session, time_limit=1),
            }
        )
        assert outcome.crashed == []
        dead.refresh_from_db()
        assert dead.status == ScheduleRun.Status.FAILED
        assert len(outcome.done) >= 1
        assert not ScheduleRun.objects.filter(
            session=session, status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]
        ).exists()
