"""``tradebridge db_worker``: django-tasks' database worker that also shows it is alive.

A thread writes the worker's row every ``TASK_HEARTBEAT_SECONDS`` (on its own short-lived
database connection); ``background.services.tasks_recover`` fails the running tasks of a
worker whose row has gone quiet. This command replaces the one of ``django_tasks_db`` (the
``background`` app comes first in ``INSTALLED_APPS``) and takes the same options."""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import Any

from django.conf import settings
from django.db import connection
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from tradebridge.background.services import worker_beat, worker_stopped

log = logging.getLogger(__name__)


def _beat(worker_id: str, stop: threading.Event) -> None:
    hostname, pid = socket.gethostname(), os.getpid()
    while True:
        try:
            worker_beat(worker_id=worker_id, hostname=hostname, pid=pid)
        except Exception:  # a busy or restarting database: try again at the next beat
            log.warning("worker %s could not record its heartbeat", worker_id, exc_info=True)
        finally:
            connection.close()
        if stop.wait(settings.TASK_HEARTBEAT_SECONDS):
            return


class Command(DatabaseWorkerCommand):
    help = "Run a database background worker that records a heartbeat while it lives."

    def handle(self, *args: Any, **options: Any) -> None:
        worker_id: str = options["worker_id"]
        stop = threading.Event()
        beat = threading.Thread(
            target=_beat, args=(worker_id, stop), name="worker-heartbeat", daemon=True
        )
        beat.start()
        try:
            super().handle(*args, **options)
        finally:
            stop.set()
            beat.join(timeout=5)
            worker_stopped(worker_id=worker_id)
