"""Background tasks outlive their worker: a task row left "running" by a worker that stopped
showing signs of life is failed by recovery, and its domain ends what it left (an import
batch fails saying so, an e-mail is queued again); a live worker's tasks are left alone."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from tests.factories import UserFactory
from tradebridge.background.models import Worker
from tradebridge.background.services import WORKER_LOST, tasks_recover, worker_beat
from tradebridge.directory.importing import import_batch_create, import_batch_task
from tradebridge.directory.models import ImportBatch
from tradebridge.notifications.models import Notification
from tradebridge.notifications.tasks import send_notification_email

BACKENDS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "db": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}
LONG_AGO = dt.timedelta(minutes=5)


def claimed(task, *args, worker: str, started: dt.datetime) -> DBTaskResult:
    """A task row as the database worker leaves it once it has taken the task."""
    with override_settings(TASKS=BACKENDS):
        result = task.using(backend="db").enqueue(*args)
    row = DBTaskResult.objects.get(pk=result.id)
    row.claim(worker)
    DBTaskResult.objects.filter(pk=row.pk).update(started_at=started)
    return row


@pytest.fixture
def batch(staff):
    batch = import_batch_create(
        filename="orgs.csv", content=b"name_en,side\nAcme Solar,US\n", actor=staff
    )
    ImportBatch.objects.filter(pk=batch.pk).update(status=ImportBatch.Status.RUNNING)
    return batch


def test_an_import_whose_worker_died_fails_saying_so(staff, batch):
    row = claimed(
        import_batch_task, batch.pk, staff.pk, worker="w-dead", started=timezone.now() - LONG_AGO
    )
    recovery = tasks_recover()
    assert recovery.tasks == ["import_batch_task"]
    row.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED and row.exception_class_path == WORKER_LOST
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED
    assert [p["code"] for p in batch.summary["problems"]] == ["worker_lost"]
    # A second sweep finds nothing more to do.
    assert tasks_recover().tasks == []


def test_the_import_page_ends_a_batch_whose_worker_died(staff, staff_client, batch):
    claimed(
        import_batch_task, batch.pk, staff.pk, worker="w-dead", started=timezone.now() - LONG_AGO
    )
    page = staff_client.get(f"/en/directory/import/{batch.pk}/")
    assert page.status_code == 200
    assert "The worker importing this file stopped" in page.content.decode()
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED


def test_a_live_workers_task_is_left_alone(staff, batch):
    worker_beat(worker_id="w-live", hostname="here", pid=1)
    row = claimed(
        import_batch_task, batch.pk, staff.pk, worker="w-live", started=timezone.now() - LONG_AGO
    )
    assert tasks_recover().tasks == []
    row.refresh_from_db()
    batch.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING and batch.status == ImportBatch.Status.RUNNING
    # Once the worker has been silent for longer than the threshold, it counts as gone.
    later = timezone.now() + dt.timedelta(minutes=2)
    assert tasks_recover(now=later).tasks == ["import_batch_task"]
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED


def test_a_task_just_taken_is_not_judged_before_its_worker_could_beat(staff, batch):
    claimed(import_batch_task, batch.pk, staff.pk, worker="w-new", started=timezone.now())
    assert tasks_recover().tasks == []


def test_an_email_whose_worker_died_is_sent_again(db):
    user = UserFactory(email="rep@example.org")
    notification = Notification.objects.create(
        user=user, kind="test", subject="Agenda changed", body="Your agenda changed."
    )
    claimed(
        send_notification_email,
        notification.pk,
        worker="w-dead",
        started=timezone.now() - LONG_AGO,
    )
    assert mail.outbox == []
    tasks_recover()
    # The test settings run a queued task at once: the e-mail went out.
    assert [(m.subject, m.to) for m in mail.outbox] == [("Agenda changed", ["rep@example.org"])]


def test_the_command_reports_what_it_recovered(staff, batch, capsys):
    claimed(
        import_batch_task, batch.pk, staff.pk, worker="w-dead", started=timezone.now() - LONG_AGO
    )
    call_command("recover_tasks")
    out = capsys.readouterr().out
    assert "import_batch_task" in out and "recovered: 1" in out
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.FAILED


def test_a_worker_beats_then_says_when_it_stops(db):
    worker_beat(worker_id="w1", hostname="host", pid=42)
    first = Worker.objects.get(pk="w1").seen_at
    worker_beat(worker_id="w1", hostname="host", pid=42, now=first + dt.timedelta(seconds=5))
    assert Worker.objects.get(pk="w1").seen_at == first + dt.timedelta(seconds=5)
    assert Worker.objects.count() == 1
