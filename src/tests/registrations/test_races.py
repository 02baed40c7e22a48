"""Two people racing for the last seat, and a cancellation racing a registration, on
PostgreSQL (row locks and real parallel transactions; skipped on SQLite)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from django.db import connection

from tradebridge.registrations import selectors, services
from tradebridge.registrations.models import ItemRegistration, Registration, Status

from .conftest import capacity, person, register
from .factories import AgendaItemFactory

ROUNDS = 5

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


def race(calls: list[Callable[[], object]]) -> list[BaseException]:
    """Run the calls in threads (each with its own connection), released together; returns
    what crashed."""
    barrier = threading.Barrier(len(calls))
    crashed: list[BaseException] = []

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
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a call never returned"
    return crashed


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_people_racing_for_the_last_seat_one_gets_it_the_other_waits(event, staff):
    for round_ in range(ROUNDS):
        Registration.objects.all().delete()
        capacity(staff, event, 1)
        a, b = person(f"a{round_}@example.org"), person(f"b{round_}@example.org")

        crashed = race([lambda a=a: register(a, event), lambda b=b: register(b, event)])

        assert crashed == []
        statuses = sorted(Registration.objects.values_list("status", flat=True))
        assert statuses == [Status.CONFIRMED, Status.WAITLISTED]


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_cancellation_racing_a_registration_never_exceeds_the_capacity(event, staff):
    for round_ in range(ROUNDS):
        Registration.objects.all().delete()
        capacity(staff, event, 2)
        seated = [register(person(f"s{round_}{i}@example.org"), event) for i in range(2)]
        waiting = register(person(f"w{round_}@example.org"), event)
        late = person(f"late{round_}@example.org")
        leaving = seated[0]

        crashed = race(
            [
                lambda leaving=leaving: services.registration_cancel(
                    actor=staff, registration=leaving
                ),
                lambda late=late: register(late, event),
            ]
        )

        assert crashed == []
        counts = selectors.registration_counts(event)
        assert counts.confirmed == 2
        waiting.refresh_from_db()
        # The freed seat went to the person waiting first, never to the one arriving.
        assert waiting.status == Status.CONFIRMED
        assert Registration.objects.get(email=late.email).status == Status.WAITLISTED


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_three_people_racing_for_an_items_last_seat(event, staff):
    item = AgendaItemFactory(event=event, capacity=1)
    people = [person(f"i{i}@example.org") for i in range(3)]
    regs = [register(p, event) for p in people]

    crashed = race(
        [
            lambda p=p, r=r: services.item_register(actor=p, registration=r, item=item)
            for p, r in zip(people, regs, strict=True)
        ]
    )

    assert crashed == []
    statuses = sorted(ItemRegistration.objects.values_list("status", flat=True))
    assert statuses == [Status.CONFIRMED, Status.WAITLISTED, Status.WAITLISTED]
