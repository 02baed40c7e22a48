"""Deliveries that ended are removed after ``WEBHOOKS_KEEP_DAYS``; those still to be sent stay
whatever their age (``tradebridge prune-deliveries``)."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from tradebridge.webhooks.models import Delivery, Endpoint

pytestmark = pytest.mark.django_db


def test_ended_deliveries_older_than_the_kept_days_are_removed(settings):
    settings.WEBHOOKS_KEEP_DAYS = 30
    endpoint = Endpoint.objects.create(url="https://crm.example.com/hook", event_types=["x"])
    now = timezone.now()
    ages = {"succeeded": [31, 29], "failed": [40, 1], "pending": [400], "retrying": [31]}
    made = {}
    for status, days in ages.items():
        for age in days:
            delivery = Delivery.objects.create(
                endpoint=endpoint, event_type="checkin.created", status=status
            )
            # created_at is set on insert; age it as the clock would have.
            Delivery.objects.filter(pk=delivery.pk).update(created_at=now - dt.timedelta(days=age))
            made[(status, age)] = delivery.pk
    out = StringIO()
    call_command("prune_deliveries", stdout=out)
    assert out.getvalue().strip() == "deliveries removed: 2"
    left = set(Delivery.objects.values_list("pk", flat=True))
    assert left == {
        made[k] for k in [("succeeded", 29), ("failed", 1), ("pending", 400), ("retrying", 31)]
    }
    call_command("prune_deliveries", "--keep-days", "1", stdout=StringIO())
    assert set(Delivery.objects.values_list("status", flat=True)) == {"pending", "retrying"}
