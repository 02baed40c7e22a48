"""A person's erasure redacts their name in the webhook deliveries that named them."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tradebridge.accounts.privacy import personal_data_erase
from tradebridge.webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db


def test_erasure_redacts_the_name_in_deliveries():
    person = UserFactory(full_name="Wang Leiming", password="password")
    endpoint = Endpoint.objects.create(
        url="https://a.example.com/", event_types=["checkin.created"]
    )
    named = Delivery.objects.create(
        endpoint=endpoint,
        event_type="checkin.created",
        payload={"registration": {"id": 3, "full_name": "Wang Leiming"}, "desk": "Desk 2"},
        last_response_body="welcome Wang Leiming",
    )
    other = Delivery.objects.create(
        endpoint=endpoint,
        event_type="checkin.created",
        payload={"registration": {"id": 4, "full_name": "Emily Johnson"}},
    )
    personal_data_erase(actor=person, password="password")
    named.refresh_from_db()
    other.refresh_from_db()
    assert "Wang Leiming" not in str(named.payload) and named.payload["desk"] == "Desk 2"
    assert "Wang Leiming" not in named.last_response_body
    assert other.payload == {"registration": {"id": 4, "full_name": "Emily Johnson"}}
