"""Background work of check-in (run by ``db_worker``): badge batches."""

from __future__ import annotations

from django_tasks import task

from .printing import badge_print_execute


@task()
def badge_print_task(print_id: int) -> str:
    return badge_print_execute(print_id)
