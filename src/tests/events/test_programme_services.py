"""The programme's services: items within the event's days in its time zone, ending after they
start, in rooms that are free; rooms, speakers and co-hosts; the match-making item's session."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tests.factories import OrganizationFactory
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.events import services
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, CoHost
from tradebridge.matchmaking.models import Session
from tradebridge.matchmaking.services import session_programme_item_set

pytestmark = pytest.mark.django_db
Role = AgendaItemSpeaker.Role


def _error(call, **kwargs) -> ApplicationError:
    with pytest.raises(ApplicationError) as caught:
        call(**kwargs)
    return caught.value


def test_item_create_keeps_texts_times_room_and_speakers_in_order(
    staff, event, hall, consul, moderator
):
    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 9, 45),
            kind=AgendaItem.Kind.PANEL,
            topic={"en": "FDI in California", "zh_hans": "在加州的外国直接投资"},
            room=hall,
            speakers=[
                services.SpeakerRole(moderator, Role.MODERATOR),
                services.SpeakerRole(consul, Role.PANELLIST),
            ],
        ),
    )
    item.refresh_from_db()
    assert (item.title_en, item.title_zh_hans) == ("Opening remarks", "开幕致辞")
    assert item.topic_zh_hans == "在加州的外国直接投资"
    assert item.starts_at == dt.datetime(2016, 5, 11, 16, 0, tzinfo=dt.UTC)
    assert item.room == hall and item.seat_limit == 400
    assert [(p.speaker, p.role) for p in item.roles.order_by("position")] == [
        (moderator, Role.MODERATOR),
        (consul, Role.PANELLIST),
    ]


def test_item_ending_before_it_starts_is_refused_on_the_end_field(staff, event):
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 10), at(SUMMIT_DAY, 9)),
    )
    assert error.details == {"field": "ends_at"}
    assert AgendaItem.objects.count() == 0


def test_item_without_a_time_zone_is_refused(staff, event):
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(dt.datetime(2016, 5, 11, 9), dt.datetime(2016, 5, 11, 10)),
    )
    assert error.details == {"field": "starts_at"}


def test_evening_item_is_on_the_events_day_though_utc_has_moved_on(staff, event):
    # 17:30-23:30 in Los Angeles is 00:30-06:30 on 12 May in UTC: still the event's one day.
    item = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 17, 30), at(SUMMIT_DAY, 23, 30))
    )
    assert item.ends_at.astimezone(dt.UTC).date() == dt.date(2016, 5, 12)


def test_item_ending_at_midnight_ends_on_its_day(staff, event):
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 22), at(dt.date(2016, 5, 12), 0)),
    )
    assert AgendaItem.objects.count() == 1


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        # The day before, in Los Angeles (though it is 11 May in UTC).
        (dt.datetime(2016, 5, 10, 20, 0), dt.datetime(2016, 5, 10, 21, 0), "starts_at"),
        # Past midnight in Los Angeles.
        (dt.datetime(2016, 5, 11, 23, 0), dt.datetime(2016, 5, 12, 0, 30), "ends_at"),
        (dt.datetime(2016, 5, 12, 9, 0), dt.datetime(2016, 5, 12, 10, 0), "starts_at"),
    ],
)
def test_item_outside_the_events_days_in_its_zone_is_refused(staff, event, start, end, field):
    from tests.events.programme_fixtures import LA

    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(start.replace(tzinfo=LA), end.replace(tzinfo=LA)),
    )
    assert error.details == {"field": field}
    assert error.message.startswith("The event is on Wed, May 11, 2016. The item ")


def test_room_double_booking_is_refused_naming_the_room_and_the_other_item(staff, event, hall):
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            room=hall,
            title={"en": "Opening remarks", "zh_hans": "开幕致辞"},
        ),
    )
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9, 30),
            at(SUMMIT_DAY, 10, 30),
            room=hall,
            title={"en": "Hebei briefing"},
        ),
    )
    assert error.details == {"field": "room"}
    assert error.message == (
        "Petree Hall D is already booked from Wed, May 11, 2016 09:00 to Wed, May 11, 2016 10:00 "
        "for “Opening remarks”."
    )
    assert AgendaItem.objects.count() == 1


def test_back_to_back_items_share_a_room_and_an_item_does_not_clash_with_itself(staff, event, hall):
    first = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=hall)
    )
    services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 10), at(SUMMIT_DAY, 11), room=hall)
    )
    moved = services.agenda_item_update(
        actor=staff,
        item=first,
        data=item_input(at(SUMMIT_DAY, 8, 30), at(SUMMIT_DAY, 10), room=hall),
    )
    assert moved.starts_at == at(SUMMIT_DAY, 8, 30)


def test_room_of_another_event_and_seats_beyond_the_room_are_refused(staff, event, hall, dst_event):
    other_room = services.room_create(
        actor=staff, event=dst_event, data=services.RoomInput(name={"en": "Elsewhere"})
    )
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=other_room),
    )
    assert error.details == {"field": "room"}
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=hall, capacity=401),
    )
    assert error.details == {"field": "capacity"}


def test_room_cannot_shrink_below_an_items_own_seats(staff, event, hall):
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=hall, capacity=300),
    )
    error = _error(
        services.room_update,
        actor=staff,
        room=hall,
        data=services.RoomInput(name={"en": "Petree Hall D"}, capacity=200),
    )
    assert error.details == {"field": "capacity"}
    hall.refresh_from_db()
    assert hall.capacity == 400


def test_item_without_its_own_seats_has_the_rooms_or_none(staff, event, hall):
    in_hall = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=hall)
    )
    nowhere = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10))
    )
    assert (in_hall.seat_limit, nowhere.seat_limit) == (400, None)


def test_a_speaker_named_twice_is_refused(staff, event, consul):
    error = _error(
        services.agenda_item_create,
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            speakers=[services.SpeakerRole(consul), services.SpeakerRole(consul, Role.MODERATOR)],
        ),
    )
    assert error.details == {"field": "speakers"}


def test_update_replaces_the_speakers_and_delete_removes_the_item(staff, event, consul, moderator):
    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), speakers=[services.SpeakerRole(consul)]
        ),
    )
    services.agenda_item_update(
        actor=staff,
        item=item,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            speakers=[services.SpeakerRole(moderator, Role.MODERATOR)],
        ),
    )
    assert list(item.roles.values_list("speaker", "role")) == [(moderator.pk, Role.MODERATOR)]
    services.agenda_item_delete(actor=staff, item=item)
    assert AgendaItem.objects.count() == 0
    assert AgendaItemSpeaker.objects.count() == 0


def test_outsiders_cannot_change_the_programme(outsider, event, hall, consul):
    with pytest.raises(NotAllowed):
        services.agenda_item_create(
            actor=outsider, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10))
        )
    with pytest.raises(NotAllowed):
        services.room_create(actor=outsider, event=event, data=services.RoomInput(name={"en": "X"}))
    with pytest.raises(NotAllowed):
        services.speaker_update(
            actor=outsider, speaker=consul, data=services.SpeakerInput(name={"en": "X"})
        )
    with pytest.raises(NotAllowed):
        services.cohost_add(actor=outsider, event=event, organization=OrganizationFactory())


def test_cohosts_keep_their_order_move_and_are_named_once(staff, event):
    governor, chamber, council = OrganizationFactory.create_batch(3)
    for organization in (governor, chamber, council):
        services.cohost_add(
            actor=staff, event=event, organization=organization, role={"en": "Co-host"}
        )
    error = _error(services.cohost_add, actor=staff, event=event, organization=chamber)
    assert error.details == {"field": "organization"}

    def order() -> list[int]:
        return list(event.cohosts.order_by("position").values_list("organization", flat=True))

    assert order() == [governor.pk, chamber.pk, council.pk]
    services.cohost_move(actor=staff, cohost=CoHost.objects.get(organization=council), up=True)
    assert order() == [governor.pk, council.pk, chamber.pk]
    services.cohost_move(actor=staff, cohost=CoHost.objects.get(organization=governor), up=True)
    assert order() == [governor.pk, council.pk, chamber.pk]
    services.cohost_remove(actor=staff, cohost=CoHost.objects.get(organization=council))
    assert order() == [governor.pk, chamber.pk]


def test_a_matchmaking_item_holds_its_events_session(staff, event, session, dst_event):
    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 14), at(SUMMIT_DAY, 17), kind=AgendaItem.Kind.MATCHMAKING),
    )
    session_programme_item_set(actor=staff, session=session, item=item)
    assert Session.objects.get(pk=session.pk).programme_item == item

    remarks = services.agenda_item_create(
        actor=staff, event=event, data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10))
    )
    assert _error(
        session_programme_item_set, actor=staff, session=session, item=remarks
    ).details == {"field": "programme_item"}
    elsewhere = services.agenda_item_create(
        actor=staff,
        event=dst_event,
        data=item_input(
            dt.datetime(2026, 3, 7, 14, tzinfo=item.starts_at.tzinfo),
            dt.datetime(2026, 3, 7, 15, tzinfo=item.starts_at.tzinfo),
            kind=AgendaItem.Kind.MATCHMAKING,
        ),
    )
    assert _error(
        session_programme_item_set, actor=staff, session=session, item=elsewhere
    ).details == {"field": "programme_item"}
