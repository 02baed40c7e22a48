"""``tradebridge recover-tasks``: end the background work whose worker died (see
``background.services.tasks_recover``). Safe to run at any time, e.g. from cron or after a
crash; the pages that need it run the same recovery themselves."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tradebridge.background.services import tasks_recover


class Command(BaseCommand):
    help = "Fail the tasks and scheduler runs left running by a worker that died."

    def handle(self, *args: Any, **options: Any) -> None:
        recovery = tasks_recover()
        for task in recovery.tasks:
            self.stdout.write(f"task of a lost worker ended: {task}")
        for name, count in recovery.swept.items():
            if count:
                self.stdout.write(f"{name}: {count} ended")
        self.stdout.write(f"recovered: {recovery.total}")
