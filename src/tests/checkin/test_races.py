"""Two desks scanning one badge at the same moment, and a scanner replaying its queue while
the first send is still being answered: one check-in either way. The concurrent tests need
PostgreSQL (row locks, parallel transactions) and are skipped on SQLite."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from django.db import connection

from tests.matchmaking.test_races import race as matchmaking_race
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
    """The calls run together in threads by match-making's ``race``; their outcomes."""
    outcomes: list[Outcome] = []
    result = matchmaking_race(
        {str(n): (lambda call=call: outcomes.append(call())) for n, call in enumerate(calls)}
    )
    assert not result.crashed, result.crashed
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
