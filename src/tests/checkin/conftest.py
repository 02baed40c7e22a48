"""Check-in's fixtures: the Los Angeles summit of the match-making tests, with attendees."""

from __future__ import annotations

import pytest

from tests.matchmaking.conftest import event  # noqa: F401
from tradebridge.events.models import Event

from .factories import RegistrationFactory


@pytest.fixture
def other_event(staff) -> Event:
    import datetime as dt

    from tradebridge.events import services as event_services

    return event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "Shanghai investment forum", "zh_hans": "上海投资论坛"},
            venue={"en": "Shanghai", "zh_hans": "上海"},
            starts_on=dt.date(2016, 9, 1),
            ends_on=dt.date(2016, 9, 1),
            time_zone="Asia/Shanghai",
        ),
    )


@pytest.fixture
def attendee(event):  # noqa: F811
    return RegistrationFactory(
        event=event, full_name="曾国藩", latin_name="", email="zeng@example.org"
    )
