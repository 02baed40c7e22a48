"""Two editors placing items in the same room at the same time: the room's row lock lets one
through and refuses the other (PostgreSQL: real parallel transactions)."""

from __future__ import annotations

import pytest

from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tests.matchmaking.test_races import on_postgresql, race
from tradebridge.events import services
from tradebridge.events.models import AgendaItem

ROUNDS = 5


@on_postgresql
@pytest.mark.django_db(transaction=True)
def test_two_items_racing_for_one_room_slot_book_it_once(staff, event, hall):
    for round_ in range(ROUNDS):
        start, end = at(SUMMIT_DAY, 8 + round_), at(SUMMIT_DAY, 8 + round_, 45)
        outcome = race(
            {
                name: (
                    lambda name=name, start=start, end=end: services.agenda_item_create(
                        actor=staff,
                        event=event,
                        data=item_input(start, end, room=hall, title={"en": name}),
                    )
                )
                for name in ("first", "second")
            }
        )
        assert outcome.crashed == []
        assert sorted(outcome.done + outcome.refused) == ["first", "second"]
        assert len(outcome.done) == 1
        assert AgendaItem.objects.filter(room=hall, starts_at=start).count() == 1
