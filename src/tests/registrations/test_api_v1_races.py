"""The API's cancel (a status change from confirmed or wait-listed) racing itself and racing a
registration, on PostgreSQL (real parallel transactions; skipped on SQLite)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test import Client

from tests.concurrency import race
from tests.factories import api_token, bearer
from tradebridge.registrations import selectors, services
from tradebridge.registrations.models import ItemRegistration, Registration, Status

from .conftest import VERSION, capacity, person, register
from .factories import AgendaItemFactory

ROUNDS = 5

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="concurrent transactions need PostgreSQL"
)


def _post(url, token, body=None):
    """A POST in its own client (each thread its own connection); returns the status."""
    statuses = []

    def call():
        response = Client().post(
            url, json.dumps(body or {}), content_type="application/json", headers=bearer(token)
        )
        statuses.append(response.status_code)

    return call, statuses


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_cancels_of_one_registration_promote_one_person_once(event, staff):
    for round_ in range(ROUNDS):
        Registration.objects.all().delete()
        capacity(staff, event, 1)
        owner = person(f"o{round_}@example.org")
        mine = register(owner, event)
        first = register(person(f"w{round_}@example.org"), event)
        second = register(person(f"x{round_}@example.org"), event)
        url = f"/api/v1/registrations/{mine.pk}/cancel"
        one, a = _post(url, api_token(owner, "registrations:write"))
        two, b = _post(url, api_token(staff, "registrations:write"))

        crashed = race(one, two)

        assert crashed == []
        assert sorted(a + b) == [200, 409]
        statuses = dict(Registration.objects.values_list("pk", "status"))
        assert statuses == {
            mine.pk: Status.CANCELLED,
            first.pk: Status.CONFIRMED,
            second.pk: Status.WAITLISTED,
        }


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_an_api_cancel_racing_an_api_registration_never_exceeds_the_capacity(event, staff):
    for round_ in range(ROUNDS):
        Registration.objects.all().delete()
        capacity(staff, event, 1)
        owner, waiting, late = (person(f"{p}{round_}@example.org") for p in ("o", "w", "l"))
        mine = register(owner, event)
        queued = register(waiting, event)
        cancel, a = _post(
            f"/api/v1/registrations/{mine.pk}/cancel", api_token(owner, "registrations:write")
        )
        arrive, b = _post(
            f"/api/v1/registrations/events/{event.slug}/register",
            api_token(late, "registrations:write"),
            {"full_name": "Late", "consent": True, "consent_version": VERSION},
        )

        crashed = race(cancel, arrive)

        assert crashed == []
        assert (a, b) == ([200], [201])
        assert selectors.registration_counts(event).confirmed == 1
        queued.refresh_from_db()
        # The freed seat went to the person waiting, never to the one arriving.
        assert queued.status == Status.CONFIRMED
        assert Registration.objects.get(email=late.email).status == Status.WAITLISTED


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_cancels_of_one_seat_in_an_item_promote_once(event, staff):
    for round_ in range(ROUNDS):
        Registration.objects.all().delete()
        item = AgendaItemFactory(event=event, capacity=1)
        owner = person(f"o{round_}@example.org")
        people = [register(owner, event)] + [
            register(person(f"p{round_}{i}@example.org"), event) for i in range(2)
        ]
        seats = [services.item_register(actor=staff, registration=r, item=item) for r in people]
        url = f"/api/v1/registrations/items/{seats[0].pk}/cancel"
        one, a = _post(url, api_token(owner, "registrations:write"))
        two, b = _post(url, api_token(staff, "registrations:write"))

        crashed = race(one, two)

        assert crashed == []
        assert sorted(a + b) == [200, 409]
        statuses = dict(
            ItemRegistration.objects.filter(agenda_item=item).values_list("pk", "status")
        )
        assert statuses == {
            seats[0].pk: Status.CANCELLED,
            seats[1].pk: Status.CONFIRMED,
            seats[2].pk: Status.WAITLISTED,
        }
