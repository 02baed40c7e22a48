"""A real worker process killed while it solves (SIGKILL: no clean-up runs), then recovery:
the run and its task row end failed, the published schedule stays, and a new run starts. And
a run cancelled while a live worker solves ends cancelled with nothing saved. PostgreSQL only:
the worker is another process on the test database."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tradebridge.background.services import tasks_recover
from tradebridge.matchmaking import scheduling, services, solving
from tradebridge.matchmaking.models import Placement, ScheduleRun

from .conftest import make_participant

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a second process needs a shared database"
    ),
    pytest.mark.django_db(transaction=True),
]

SRC = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def crowded(staff, event):
    """A day of 30-minute slots and more requests than a day holds, with mixed priorities and
    uneven availability: a run that uses its time limit."""
    session = services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Long day", "zh_hans": "全天洽谈"},
            date=dt.date(2016, 5, 11),
            start="09:00",
            end="17:00",
            slot_minutes=30,
            pauses=[("12:00", "13:00")],
            tables=5,
            max_requests=20,
        ),
    )
    session = services.session_set_status(actor=staff, session=session, status="open")
    cns = [make_participant(session, side="CN")[0] for _ in range(12)]
    uss = [make_participant(session, side="US")[0] for _ in range(12)]
    for i, a in enumerate(cns):
        for j, b in enumerate(uss):
            if (i + 2 * j) % 5:
                services.meeting_add(
                    actor=staff, session=session, first=a, second=b, priority=1 + (i * j + i) % 3
                )
    return session


def wait_for(predicate, *, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def start_worker() -> subprocess.Popen[bytes]:
    settings = connection.settings_dict
    url = "postgres://{USER}:{PASSWORD}@{HOST}:{PORT}/{NAME}".format(
        **{k: settings[k] or "" for k in ("USER", "PASSWORD", "HOST", "PORT", "NAME")}
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tradebridge.cli", "db_worker", "--no-reload", "--no-startup-delay"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_killed_worker_leaves_no_run_running_after_recovery(staff, crowded):
    session = crowded
    worker = start_worker()
    try:
        with override_settings(TASKS=DB_TASKS):
            run = scheduling.run_start(actor=staff, session=session, time_limit=60)

        def solving_now() -> bool:
            run.refresh_from_db()
            return run.status == ScheduleRun.Status.RUNNING and bool(run.progress)

        assert wait_for(solving_now), f"the worker did not take the run ({run.status})"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    task = DBTaskResult.objects.get(task_path__endswith="run_scheduler_task")
    assert task.status == TaskResultStatus.RUNNING  # as the dead worker left it
    with pytest.raises(Exception, match="already running"):
        scheduling.run_start(actor=staff, session=session, time_limit=5)

    # Past the silence threshold (no need to wait for it: recovery takes the time to judge by).
    later = timezone.now() + dt.timedelta(seconds=61)
    recovery = tasks_recover(now=later)
    assert recovery.tasks == ["run_scheduler_task"]
    run.refresh_from_db()
    task.refresh_from_db()
    assert run.status == ScheduleRun.Status.FAILED and "stopped" in run.error
    assert task.status == TaskResultStatus.FAILED
    assert not Placement.objects.filter(run=run).exists()
    again = scheduling.run_start(actor=staff, session=session, time_limit=5)
    again.refresh_from_db()
    assert again.status == ScheduleRun.Status.DONE


def test_a_run_cancelled_while_a_worker_solves_saves_nothing(staff, crowded):
    session = crowded
    run = ScheduleRun.objects.create(session=session, time_limit=60)
    done = threading.Event()

    def work() -> None:
        try:
            solving.run_execute(run.pk)
        finally:
            connection.close()
            done.set()

    thread = threading.Thread(target=work)
    thread.start()

    def solving_now() -> bool:
        run.refresh_from_db()
        return run.status != ScheduleRun.Status.QUEUED

    assert wait_for(solving_now)
    assert run.status == ScheduleRun.Status.RUNNING
    scheduling.run_cancel(actor=staff, run=run)
    thread.join(timeout=60)
    assert done.is_set()
    run.refresh_from_db()
    assert run.status == ScheduleRun.Status.CANCELLED, run.result
    assert not Placement.objects.filter(run=run).exists()
