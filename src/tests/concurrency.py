"""Running calls at the same moment, for the race tests on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.db import connection


def race(*calls: Callable[[], object], timeout: float = 60) -> list[BaseException]:
    """Run the calls in threads (each with its own database connection) released together by
    a barrier; returns what they raised."""
    crashed: list[BaseException] = []
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], object]) -> None:
        try:
            barrier.wait(timeout=10)
            call()
        except BaseException as error:  # reported by the test
            crashed.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    assert not any(thread.is_alive() for thread in threads), "a call never returned"
    return crashed
