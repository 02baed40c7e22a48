"""Fixtures of the programme tests: the summit in Los Angeles (one day, from the match-making
tests), rooms, speakers, and an event that spans a change of the clocks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tradebridge.events import services
from tradebridge.events.models import AgendaItem, Event, Room, Speaker

LA = ZoneInfo("America/Los_Angeles")


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A wall-clock time in Los Angeles."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LA)


SUMMIT_DAY = dt.date(2016, 5, 11)
# Clocks in Los Angeles spring forward on 8 March 2026 at 02:00 (PST, UTC-8 → PDT, UTC-7).
DST_FIRST, DST_CHANGE, DST_LAST = dt.date(2026, 3, 7), dt.date(2026, 3, 8), dt.date(2026, 3, 9)


def item_input(start: dt.datetime, end: dt.datetime, **kwargs: object) -> services.AgendaItemInput:
    kwargs.setdefault("kind", AgendaItem.Kind.PLENARY)
    kwargs.setdefault("title", {"en": "Opening remarks", "zh_hans": "开幕致辞"})
    return services.AgendaItemInput(starts_at=start, ends_at=end, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def hall(staff, event) -> Room:
    return services.room_create(
        actor=staff,
        event=event,
        data=services.RoomInput(
            name={"en": "Petree Hall D", "zh_hans": "Petree D厅"}, capacity=400
        ),
    )


@pytest.fixture
def consul(staff) -> Speaker:
    return services.speaker_create(
        actor=staff,
        data=services.SpeakerInput(
            name={"en": "Consul General of China", "zh_hans": "中国总领事"},
            title={"en": "Consul General", "zh_hans": "总领事"},
            affiliation={"en": "Consulate General in Los Angeles", "zh_hans": "驻洛杉矶总领事馆"},
        ),
    )


@pytest.fixture
def moderator(staff) -> Speaker:
    return services.speaker_create(
        actor=staff,
        data=services.SpeakerInput(name={"en": "Jane Moderator", "zh_hans": "主持人简"}),
    )


@pytest.fixture
def dst_event(staff) -> Event:
    """Three days in Los Angeles around the night the clocks spring forward."""
    return services.event_create(
        actor=staff,
        data=services.EventInput(
            title={"en": "Spring Trade Week", "zh_hans": "春季贸易周"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=DST_FIRST,
            ends_on=DST_LAST,
            time_zone="America/Los_Angeles",
        ),
    )


@pytest.fixture
def dst_items(staff, dst_event) -> list[AgendaItem]:
    """09:00 on the first day (PST), a late item on the first evening (already the next day in
    UTC), and 09:00 on the last day (PDT)."""
    specs = [
        (
            at(DST_FIRST, 9),
            at(DST_FIRST, 10),
            {"en": "Morning in winter time", "zh_hans": "冬令时上午"},
        ),
        (
            at(DST_FIRST, 22),
            at(DST_FIRST, 23, 30),
            {"en": "Late reception", "zh_hans": "晚间招待会"},
        ),
        (
            at(DST_LAST, 9),
            at(DST_LAST, 10),
            {"en": "Morning in summer time", "zh_hans": "夏令时上午"},
        ),
    ]
    return [
        services.agenda_item_create(
            actor=staff, event=dst_event, data=item_input(start, end, title=title)
        )
        for start, end, title in specs
    ]
