"""Two desks scanning one badge at the same moment, and a scanner replaying its queue while
the first send is still being answered: one check-in either way. The concurrent tests need
PostgreSQL (row locks, parallel transactions) and are skipped on SQLite."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

import pytest
from django.db import connection

from tradebridge.checkin.models import CheckIn
from tradebridge.checkin.services import Outcome, Result, check_in

from .factories import RegistrationFactory

ROUNDS = 5

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
    ),
]


def race(calls: list[Callable[[], Outcome]]) -> list[Outcome]:
    """Run the calls in threads (each with its own connection) released together."""
    outcomes: list[Outcome] = []
    crashed: list[BaseException] = []
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], Outcome]) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes.append(call())
        except BaseException as error:  # reported below, not swallowed
            crashed.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a call never returned"
    assert not crashed, crashed
    return outcomes


def test_two_desks_scanning_one_badge_record_one_check_in(staff, event):
    for round_ in range(ROUNDS):
        registration = RegistrationFactory(event=event)
        outcomes = race(
            [
                partial(
                    check_in,
                    actor=staff,
                    code=registration.check_in_code,
                    event=event,
                    desk=desk,
                    nonce=f"{round_}-{desk}",
                )
                for desk in ("Desk 1", "Desk 2", "Desk 3")
            ]
        )

        assert sorted(o.result for o in outcomes) == sorted(
            [Result.WELCOME, Result.ALREADY, Result.ALREADY]
        )
        assert CheckIn.objects.filter(registration=registration).count() == 1
        # The desks told "already" name the desk that was first.
        first = CheckIn.objects.get(registration=registration)
        assert {o.check_in.pk for o in outcomes} == {first.pk}


def test_a_replayed_queue_racing_its_first_send_records_once(staff, event):
    for round_ in range(ROUNDS):
        registration = RegistrationFactory(event=event)
        outcomes = race(
            [
                partial(
                    check_in,
                    actor=staff,
                    code=registration.check_in_code,
                    event=event,
                    desk="Phone 1",
                    nonce=f"queue-{round_}",
                )
            ]
            * 2
        )

        assert [o.result for o in outcomes] == [Result.WELCOME, Result.WELCOME]
        assert sorted(o.replayed for o in outcomes) == [False, True]
        assert CheckIn.objects.filter(registration=registration).count() == 1
