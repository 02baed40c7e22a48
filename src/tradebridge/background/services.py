"""Background work that outlives its worker. A worker process (``tradebridge db_worker``) writes
its sign of life every few seconds (``worker_beat``). ``tasks_recover`` — called by
``tradebridge recover-tasks`` and by the pages and services that would otherwise wait on a dead
worker — fails every task row left "running" by a worker with no recent sign of life, lets the
domain that owns the task end its own rows (a scheduler run, a directory import) or queue the
task again (an e-mail), and runs the domains' own sweeps (a scheduler run has its own
heartbeat). No daemon: whoever needs the answer asks, and the answer is the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks.base import Task, TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import Worker

# What a task row failed by recovery names as its exception (there is no class to import).
WORKER_LOST = "tradebridge.background.WorkerLost"

Recover = Callable[..., object]
Sweep = Callable[..., int]

_RECOVERIES: dict[str, Recover] = {}
_SWEEPS: dict[str, Sweep] = {}


def register_recovery(task: Task[Any, Any], recover: Recover) -> None:
    """Let ``recover(*args, **kwargs)`` (the task's own arguments) end what the task left
    unfinished when its worker died; it runs in the transaction that fails the task row."""
    _RECOVERIES[task.module_path] = recover


def register_sweep(name: str, sweep: Sweep) -> None:
    """Add a domain's own check for work left behind: ``sweep(now=...)`` returns how many rows
    it ended."""
    _SWEEPS[name] = sweep


def stale_after() -> timedelta:
    """How long without a sign of life makes a worker (or a run) count as gone."""
    return timedelta(seconds=settings.TASK_STALE_SECONDS)


def worker_beat(*, worker_id: str, hostname: str, pid: int, now: datetime | None = None) -> None:
    """Record that a worker is alive now."""
    now = now or timezone.now()
    with transaction.atomic():
        updated = Worker.objects.filter(worker_id=worker_id).update(seen_at=now)
        if not updated:
            Worker.objects.create(
                worker_id=worker_id, hostname=hostname, pid=pid, started_at=now, seen_at=now
            )


def worker_stopped(*, worker_id: str) -> None:
    """A worker that stops cleanly says so: its tasks are finished, its row goes."""
    Worker.objects.filter(worker_id=worker_id).delete()


@dataclass
class Recovery:
    """What one sweep ended: task rows of lost workers (by task name) and each domain's rows."""

    tasks: list[str] = field(default_factory=list)
    swept: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.tasks) + sum(self.swept.values())


def tasks_recover(*, now: datetime | None = None) -> Recovery:
    """Fail every task row that a worker left "running" without a sign of life for
    ``TASK_STALE_SECONDS`` (its worker died or was killed), hand each to its domain's recovery,
    then run the domains' sweeps. Safe to call at any time and from several processes: a row
    moves from "running" only once."""
    now = now or timezone.now()
    limit = now - stale_after()
    alive = set(Worker.objects.filter(seen_at__gte=limit).values_list("worker_id", flat=True))
    recovery = Recovery()
    candidates = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=limit
    ).only("pk", "worker_ids", "task_path", "args_kwargs")
    for row in candidates:
        if row.worker_ids and row.worker_ids[-1] in alive:
            continue
        with transaction.atomic():
            ended = DBTaskResult.objects.filter(pk=row.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.FAILED,
                finished_at=now,
                exception_class_path=WORKER_LOST,
                traceback=(
                    f"The worker {', '.join(row.worker_ids) or '?'} showed no sign of life "
                    f"since before {limit.isoformat()}; the task was ended by recovery."
                ),
            )
            if not ended:
                continue
            recover = _RECOVERIES.get(row.task_path)
            if recover is not None:
                recover(*row.args_kwargs.get("args", []), **row.args_kwargs.get("kwargs", {}))
        recovery.tasks.append(row.task_path.rsplit(".", 1)[-1])
    for name, sweep in _SWEEPS.items():
        recovery.swept[name] = sweep(now=now)
    # Rows of workers long gone only grow the table.
    Worker.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()
    return recovery
