"""The demo's check-ins: skipped without the summit, else most attendees checked in."""

from __future__ import annotations

import pytest

from tests.factories import UserFactory
from tradebridge.checkin.models import CheckIn
from tradebridge.demo import checkin as demo_checkin

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db


def test_demo_without_the_summit_does_nothing():
    assert demo_checkin.load() == "0 check-ins"
    assert not CheckIn.objects.exists()


def test_demo_checks_in_most_confirmed_attendees(event):
    UserFactory(email=demo_checkin.STAFF_EMAIL, is_staff=True)
    event.slug = demo_checkin.EVENT_SLUG
    event.save()
    RegistrationFactory.create_batch(10, event=event)
    RegistrationFactory(event=event, status="cancelled")

    summary = demo_checkin.load()

    assert summary == "8 of 10 attendees checked in, 0 item check-ins"
    assert CheckIn.objects.filter(registration__status="confirmed").count() == 8
    assert demo_checkin.load() == "0 check-ins"  # once
