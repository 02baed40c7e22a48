"""Background work of match-making (run by ``db_worker``): scheduler runs. (E-mail is the
notifications app's.)"""

from __future__ import annotations

from django_tasks import task

from .solving import run_execute


@task()
def run_scheduler_task(run_id: int) -> str:
    return run_execute(run_id).status
