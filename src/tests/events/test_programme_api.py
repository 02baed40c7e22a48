"""The programme in the API: both languages' fields, ISO 8601 times with the event's offset at
that moment (PST, then PDT), speakers in order, unlisted events hidden from outsiders."""

from __future__ import annotations

import pytest

from tests.conftest import client_for
from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tradebridge.events import services
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, Event

pytestmark = pytest.mark.django_db


def test_programme_times_carry_the_offset_of_their_day(client, dst_event, dst_items):
    response = client.get(f"/api/v1/events/{dst_event.slug}/programme")
    assert response.status_code == 200
    body = response.json()
    assert body["time_zone"] == "America/Los_Angeles"
    assert (body["time_zone_en"], body["time_zone_zh"]) == (
        "Pacific Time (Los Angeles)",
        "太平洋时间（洛杉矶）",
    )
    assert [(i["starts_at"], i["day"]) for i in body["items"]] == [
        ("2026-03-07T09:00:00-08:00", "2026-03-07"),
        ("2026-03-07T22:00:00-08:00", "2026-03-07"),
        ("2026-03-09T09:00:00-07:00", "2026-03-09"),
    ]
    first = body["items"][0]
    assert (first["title_en"], first["title_zh"]) == (
        "Morning in winter time",
        "冬令时上午",
    )


def test_programme_item_has_room_speakers_in_order_and_cohosts(
    client, staff, event, hall, consul, moderator, organization
):
    services.cohost_add(
        actor=staff,
        event=event,
        organization=organization,
        role={"en": "Co-host", "zh_hans": "联合主办"},
    )
    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 11, 30),
            at(SUMMIT_DAY, 12),
            kind=AgendaItem.Kind.BREAKOUT,
            topic={"en": "FDI in California", "zh_hans": "在加州的外国直接投资"},
            room=hall,
            speakers=[
                services.SpeakerRole(moderator, AgendaItemSpeaker.Role.MODERATOR),
                services.SpeakerRole(consul, AgendaItemSpeaker.Role.PANELLIST),
            ],
        ),
    )
    body = client.get(f"/api/v1/events/{event.slug}/programme").json()
    assert body["cohosts"] == [
        {
            "organization": organization.slug,
            "name_en": organization.name_en,
            "name_zh": organization.name_zh_hans or "",
            "role_en": "Co-host",
            "role_zh": "联合主办",
        }
    ]
    assert body["rooms"] == [
        {"id": hall.pk, "name_en": "Petree Hall D", "name_zh": "Petree D厅", "capacity": 400}
    ]
    one = client.get(f"/api/v1/events/{event.slug}/programme/items/{item.pk}").json()
    assert one == body["items"][0]
    assert one["kind"] == "breakout" and one["topic_zh"] == "在加州的外国直接投资"
    assert (one["capacity"], one["seat_limit"]) == (None, 400)
    assert one["ends_at"] == "2016-05-11T12:00:00-07:00"
    assert [(s["id"], s["role"]) for s in one["speakers"]] == [
        (moderator.pk, "moderator"),
        (consul.pk, "panellist"),
    ]
    assert one["speakers"][1]["affiliation_zh"] == "驻洛杉矶总领事馆"


def test_unlisted_events_programme_is_for_staff_only(client, staff, outsider, event):
    Event.objects.filter(pk=event.pk).update(is_public=False)
    url = f"/api/v1/events/{event.slug}/programme"
    assert client.get(url).status_code == 404
    assert client_for(outsider).get(url).status_code == 404
    assert client_for(staff).get(url).status_code == 200
    response = client.get(f"/api/v1/events/{event.slug}/programme/items/1")
    assert response.json()["error"]["code"] == "not_found"


def test_item_of_another_event_is_not_found(client, staff, event, dst_event, dst_items):
    response = client.get(f"/api/v1/events/{event.slug}/programme/items/{dst_items[0].pk}")
    assert response.status_code == 404
