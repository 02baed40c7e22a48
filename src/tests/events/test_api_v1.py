"""Events and their programme in the API v1: events (list, detail with co-hosts, creation and
changes by staff), rooms, speakers and agenda items (reads for whoever may see the event,
writes for staff), the programme as ICS; unlisted events hidden from outsiders as on the web,
a booked room refused with 409, tokens limited to another event kept out. A permission matrix
in the style of pretix's API tests: (method, URL, caller) → status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from tests.conftest import client_for
from tests.directory.test_api_v1 import CALLERS, caller_for, send
from tests.events.programme_fixtures import SUMMIT_DAY, at, item_input
from tests.factories import api_token, bearer
from tests.matchmaking.conftest import make_participant
from tradebridge.events import services
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, Event, Room, Speaker
from tradebridge.matchmaking import services as matchmaking_services

pytestmark = pytest.mark.django_db

API = "/api/v1/events"
EVENT_CALLERS = (*CALLERS, "staff token of another event")


@pytest.fixture
def item(staff, event, hall, consul):
    return services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            room=hall,
            speakers=[services.SpeakerRole(consul, AgendaItemSpeaker.Role.SPEAKER)],
        ),
    )


@pytest.fixture
def hidden(staff):
    """An unlisted event with a match-making session: its participant's representative is a
    guest (``guest``)."""
    hidden = services.event_create(
        actor=staff,
        data=services.EventInput(
            title={"en": "Closed Round Table", "zh_hans": "闭门圆桌会"},
            starts_on=dt.date(2026, 9, 1),
            ends_on=dt.date(2026, 9, 2),
            time_zone="Asia/Shanghai",
        ),
    )
    session = matchmaking_services.session_create(
        actor=staff,
        event=hidden,
        data=matchmaking_services.SessionInput(
            title={"en": "Match-making", "zh_hans": "企业对接洽谈"},
            date=dt.date(2026, 9, 1),
            start="14:00",
            end="15:30",
            slot_minutes=15,
            tables=4,
            max_requests=5,
        ),
    )
    session = matchmaking_services.session_set_status(
        actor=staff, session=session, status=session.Status.OPEN
    )
    _participant, guest = make_participant(session, side="CN", name="Jiangsu Sunrise PV")
    Event.objects.filter(pk=hidden.pk).update(is_public=False)
    hidden.refresh_from_db()
    hidden.guest = guest  # type: ignore[attr-defined]
    return hidden


@pytest.fixture
def call(hidden, outsider, staff):
    def call(kind: str, method: str, url: str, body: Any = None):
        client, headers = caller_for(
            kind,
            owner=hidden.guest,
            outsider=outsider,
            staff=staff,
            domain="events",
            event=hidden,
        )
        return send(client, headers, method, url, body)

    return call


ROOM = {"name_en": "Room 2", "name_zh": "二号厅", "capacity": 30}
ITEM = {
    "kind": "panel",
    "title_en": "Energy panel",
    "title_zh": "能源论坛",
    "starts_at": "2016-05-11T13:00:00-07:00",
    "ends_at": "2016-05-11T14:00:00-07:00",
}

# Columns: the callers of tests.directory.test_api_v1.CALLERS, then a staff token limited to
# another event. The "owner" is a guest of the unlisted event {hidden}; {event} is listed.
PUBLIC_READ = (200, 200, 200, 403, 401, 401, 200, 200, 200, 404)
# The token limited to an event is limited to {hidden}: its own event, readable.
GUEST_READ = (404, 200, 200, 403, 401, 401, 404, 200, 200, 200)
STAFF_WRITE_ON_EVENT = (401, 403, 403, 403, 401, 401, 403, 200, 200, 404)
MATRIX_ROWS = [
    ("GET", "/", None, (200, 200, 200, 403, 401, 401, 200, 200, 200, 200)),
    ("GET", "/{event}", None, PUBLIC_READ),
    ("GET", "/{hidden}", None, GUEST_READ),
    ("GET", "/{hidden}/programme", None, GUEST_READ),
    ("GET", "/{hidden}/programme.ics", None, GUEST_READ),
    ("GET", "/{hidden}/programme/items", None, GUEST_READ),
    ("GET", "/{event}/programme", None, PUBLIC_READ),
    ("GET", "/{event}/programme.ics", None, PUBLIC_READ),
    ("GET", "/{event}/programme/items", None, PUBLIC_READ),
    ("GET", "/{event}/programme/items/{item}", None, PUBLIC_READ),
    ("GET", "/{event}/rooms", None, PUBLIC_READ),
    ("GET", "/{event}/rooms/{room}", None, PUBLIC_READ),
    ("GET", "/{event}/speakers", None, PUBLIC_READ),
    (
        "POST",
        "/",
        {"title_en": "Expo", "starts_on": "2026-10-01", "ends_on": "2026-10-02"},
        (401, 403, 403, 403, 401, 401, 403, 201, 201, 403),
    ),
    ("PATCH", "/{event}", {"venue_en": "Long Beach"}, STAFF_WRITE_ON_EVENT),
    (
        "PATCH",
        "/{hidden}",
        {"venue_en": "Suzhou"},
        (401, 403, 403, 403, 401, 401, 404, 200, 200, 200),
    ),
    ("POST", "/{event}/rooms", ROOM, (401, 403, 403, 403, 401, 401, 403, 201, 201, 404)),
    ("PATCH", "/{event}/rooms/{room}", {"capacity": 500}, STAFF_WRITE_ON_EVENT),
    ("DELETE", "/{event}/rooms/{room}", None, (401, 403, 403, 403, 401, 401, 403, 204, 204, 404)),
    ("POST", "/{event}/programme/items", ITEM, (401, 403, 403, 403, 401, 401, 403, 201, 201, 404)),
    ("PATCH", "/{event}/programme/items/{item}", {"title_zh": "开幕"}, STAFF_WRITE_ON_EVENT),
    (
        "DELETE",
        "/{event}/programme/items/{item}",
        None,
        (401, 403, 403, 403, 401, 401, 403, 204, 204, 404),
    ),
    ("GET", "/speakers", None, (401, 403, 403, 403, 401, 401, 403, 200, 200, 403)),
    ("GET", "/speakers/{speaker}", None, (401, 403, 403, 403, 401, 401, 403, 200, 200, 403)),
    (
        "POST",
        "/speakers",
        {"name_en": "Ann Lee", "name_zh": "李安"},
        (401, 403, 403, 403, 401, 401, 403, 201, 201, 403),
    ),
    (
        "PATCH",
        "/speakers/{speaker}",
        {"title_en": "Mayor"},
        (401, 403, 403, 403, 401, 401, 403, 200, 200, 403),
    ),
    ("DELETE", "/speakers/{speaker}", None, (401, 403, 403, 403, 401, 401, 403, 204, 204, 403)),
]
MATRIX = [
    pytest.param(method, url, body, kind, statuses[i], id=f"{method} {url} {kind}")
    for method, url, body, statuses in MATRIX_ROWS
    for i, kind in enumerate(EVENT_CALLERS)
]


def _counts() -> tuple[int, ...]:
    return (
        Event.objects.count(),
        Room.objects.count(),
        AgendaItem.objects.count(),
        Speaker.objects.count(),
    )


@pytest.mark.parametrize(("method", "url", "body", "kind", "status"), MATRIX)
def test_permission_matrix(
    call, event, hidden, hall, item, consul, method, url, body, kind, status
):
    before = _counts()
    address = API + url.format(
        event=event.slug, hidden=hidden.slug, item=item.pk, room=hall.pk, speaker=consul.pk
    )
    response = call(kind, method, address, body)
    assert response.status_code == status, response.content
    if status >= 400:
        assert set(response.json()["error"]) == {"code", "message", "details"}
        assert _counts() == before  # a refused write changes nothing


# --- events -----------------------------------------------------------------------------------


def test_event_has_both_languages_cohosts_and_offsets(client, staff, event, organization):
    services.cohost_add(
        actor=staff,
        event=event,
        organization=organization,
        role={"en": "Co-host", "zh_hans": "联合主办"},
    )
    body = client.get(f"{API}/{event.slug}").json()
    assert (body["title_en"], body["title_zh"]) == (
        "California–China Business Summit",
        "加州—中国商务峰会",
    )
    assert (body["venue_en"], body["venue_zh"]) == ("Los Angeles", "洛杉矶")
    assert (body["time_zone"], body["time_zone_zh"]) == (
        "America/Los_Angeles",
        "太平洋时间（洛杉矶）",
    )
    assert body["cohosts"] == [
        {
            "organization": organization.slug,
            "name_en": organization.name_en,
            "name_zh": organization.name_zh_hans,
            "role_en": "Co-host",
            "role_zh": "联合主办",
        }
    ]
    created = dt.datetime.fromisoformat(body["created_at"])
    assert created.utcoffset() in (dt.timedelta(hours=-8), dt.timedelta(hours=-7))
    listed = client.get(f"{API}/").json()
    assert listed["count"] == 1 and listed["items"][0] == body


def test_event_list_hides_unlisted_events_and_filters(client, staff, event, hidden):
    assert [e["slug"] for e in client.get(f"{API}/").json()["items"]] == [event.slug]
    guest = client_for(hidden.guest).get(f"{API}/?ordering=starts_on").json()
    assert [e["slug"] for e in guest["items"]] == [event.slug, hidden.slug]
    assert guest["count"] == 2
    staff_list = client_for(staff).get(f"{API}/?ends_after=2020-01-01").json()
    assert [e["slug"] for e in staff_list["items"]] == [hidden.slug]
    limited = Client().get(f"{API}/", headers=bearer(api_token(staff, "events:read", event=hidden)))
    assert [e["slug"] for e in limited.json()["items"]] == [hidden.slug]


def test_staff_create_and_change_an_event(staff):
    client = client_for(staff)
    created = client.post(
        f"{API}/",
        {
            "title_en": "Jiangsu Week",
            "title_zh": "江苏周",
            "starts_on": "2026-11-03",
            "ends_on": "2026-11-05",
            "time_zone": "Asia/Shanghai",
            "is_public": False,
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    slug = created.json()["slug"]
    assert slug == "jiangsu-week"
    changed = client.patch(
        f"{API}/{slug}",
        {"venue_zh": "南京", "ends_on": "2026-11-06"},
        content_type="application/json",
    )
    assert changed.status_code == 200
    event = Event.objects.get(slug=slug)
    assert (event.title_zh_hans, event.venue_zh_hans, event.ends_on, event.is_public) == (
        "江苏周",
        "南京",
        dt.date(2026, 11, 6),
        False,
    )
    backwards = client.patch(
        f"{API}/{slug}", {"ends_on": "2026-11-01"}, content_type="application/json"
    )
    assert backwards.status_code == 400
    assert backwards.json()["error"]["details"] == {"field": "ends_on"}
    bad_zone = client.patch(
        f"{API}/{slug}", {"time_zone": "Mars/Olympus"}, content_type="application/json"
    )
    assert bad_zone.status_code == 400
    assert Event.objects.get(slug=slug).time_zone == "Asia/Shanghai"


# --- the programme ----------------------------------------------------------------------------


def test_staff_add_an_item_with_speakers_in_order(staff, event, hall, consul, moderator):
    secret = api_token(staff, "events:write", "events:read")
    response = Client().post(
        f"{API}/{event.slug}/programme/items",
        {
            **ITEM,
            "room": hall.pk,
            "topic_zh": "清洁能源",
            "speakers": [
                {"speaker": moderator.pk, "role": "moderator"},
                {"speaker": consul.pk, "role": "panellist"},
            ],
        },
        content_type="application/json",
        headers=bearer(secret),
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["starts_at"], body["day"]) == ("2016-05-11T13:00:00-07:00", "2016-05-11")
    assert [(s["id"], s["role"]) for s in body["speakers"]] == [
        (moderator.pk, "moderator"),
        (consul.pk, "panellist"),
    ]
    item = AgendaItem.objects.get(pk=body["id"])
    assert (item.title_zh_hans, item.topic_zh_hans, item.room) == ("能源论坛", "清洁能源", hall)
    # Given in another offset, stored as the same moment.
    moved = Client().patch(
        f"{API}/{event.slug}/programme/items/{item.pk}",
        {"starts_at": "2016-05-11T21:30:00+00:00", "ends_at": "2016-05-11T22:30:00Z"},
        content_type="application/json",
        headers=bearer(secret),
    )
    assert moved.status_code == 200, moved.content
    assert moved.json()["starts_at"] == "2016-05-11T14:30:00-07:00"
    assert moved.json()["speakers"] == body["speakers"]  # left out: kept


def test_a_booked_room_is_refused_with_409_and_nothing_changes(staff, event, hall, item):
    client = client_for(staff)
    clash = client.post(
        f"{API}/{event.slug}/programme/items",
        {
            **ITEM,
            "starts_at": "2016-05-11T09:30:00-07:00",
            "ends_at": "2016-05-11T10:30:00-07:00",
            "room": hall.pk,
        },
        content_type="application/json",
    )
    assert clash.status_code == 409
    error = clash.json()["error"]
    assert error["code"] == "conflict"
    assert error["details"] == {"field": "room"}
    assert "Petree Hall D is already booked" in error["message"]
    assert AgendaItem.objects.count() == 1
    other = client.post(
        f"{API}/{event.slug}/programme/items",
        {
            **ITEM,
            "starts_at": "2016-05-11T10:00:00-07:00",
            "ends_at": "2016-05-11T11:00:00-07:00",
            "room": hall.pk,
        },
        content_type="application/json",
    )
    assert other.status_code == 201
    moved = client.patch(
        f"{API}/{event.slug}/programme/items/{other.json()['id']}",
        {"starts_at": "2016-05-11T09:59:00-07:00"},
        content_type="application/json",
    )
    assert moved.status_code == 409
    assert AgendaItem.objects.get(pk=other.json()["id"]).starts_at == at(SUMMIT_DAY, 10)


@pytest.mark.parametrize(
    ("change", "status", "field"),
    [
        (
            {"starts_at": "2016-05-12T09:00:00-07:00", "ends_at": "2016-05-12T10:00:00-07:00"},
            400,
            "starts_at",
        ),
        ({"ends_at": "2016-05-11T08:00:00-07:00"}, 400, "ends_at"),
        ({"room": 999999}, 400, "room"),
        ({"speakers": [{"speaker": 999999}]}, 400, "speakers"),
        ({"title_en": "", "title_zh": ""}, 400, "title_en"),
        ({"starts_at": "9999-12-31T23:00:00-12:00"}, 400, "starts_at"),
        ({"starts_at": "2016-05-11T09:00:00"}, 422, None),
        ({"starts_at": 1462982400}, 422, None),
        ({"capacity": 0}, 422, None),
    ],
)
def test_bad_items_are_refused_saying_where(staff, event, item, change, status, field):
    response = client_for(staff).patch(
        f"{API}/{event.slug}/programme/items/{item.pk}", change, content_type="application/json"
    )
    assert response.status_code == status, response.content
    if field:
        assert response.json()["error"]["details"]["field"] == field
    item.refresh_from_db()
    assert item.starts_at == at(SUMMIT_DAY, 9) and item.title_en == "Opening remarks"


def test_a_room_of_another_event_is_not_found(staff, event, dst_event, item):
    other_room = services.room_create(
        actor=staff, event=dst_event, data=services.RoomInput(name={"en": "Elsewhere"})
    )
    client = client_for(staff)
    assert client.get(f"{API}/{event.slug}/rooms/{other_room.pk}").status_code == 404
    assert client.get(f"{API}/{dst_event.slug}/programme/items/{item.pk}").status_code == 404
    assigned = client.patch(
        f"{API}/{event.slug}/programme/items/{item.pk}",
        {"room": other_room.pk},
        content_type="application/json",
    )
    assert assigned.status_code == 400


def test_rooms_and_speakers_in_both_languages(staff, event, hall, item, consul):
    client = client_for(staff)
    rooms = Client().get(f"{API}/{event.slug}/rooms").json()
    assert rooms == {
        "items": [
            {"id": hall.pk, "name_en": "Petree Hall D", "name_zh": "Petree D厅", "capacity": 400}
        ],
        "count": 1,
    }
    speakers = Client().get(f"{API}/{event.slug}/speakers").json()
    assert speakers["count"] == 1
    assert (speakers["items"][0]["name_zh"], speakers["items"][0]["affiliation_zh"]) == (
        "中国总领事",
        "驻洛杉矶总领事馆",
    )
    smaller = client.patch(
        f"{API}/{event.slug}/rooms/{hall.pk}", {"capacity": 10}, content_type="application/json"
    )
    assert smaller.status_code == 200 and smaller.json()["name_zh"] == "Petree D厅"
    created = client.post(
        f"{API}/speakers",
        {"name_en": "Ann Lee", "name_zh": "李安", "organization": "no-such-org"},
        content_type="application/json",
    )
    assert created.status_code == 400
    assert created.json()["error"]["details"] == {"field": "organization"}
    renamed = client.patch(
        f"{API}/speakers/{consul.pk}", {"title_zh": "总领事阁下"}, content_type="application/json"
    )
    assert renamed.status_code == 200
    consul.refresh_from_db()
    assert (consul.title_zh_hans, consul.name_en) == ("总领事阁下", "Consul General of China")
    assert client.delete(f"{API}/speakers/{consul.pk}").status_code == 204
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    assert not AgendaItemSpeaker.objects.exists()
    assert client.delete(f"{API}/{event.slug}/rooms/{hall.pk}").status_code == 204
    item.refresh_from_db()
    assert item.room is None


def test_programme_ics_is_the_web_calendar(client, event, item):
    response = client.get(f"{API}/{event.slug}/programme.ics?lang=zh-hans")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    entries = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in entries] == ["开幕致辞"]
    assert str(entries[0]["uid"]) == f"agenda-item-{item.pk}@tradebridge"
    assert entries[0]["dtstart"].dt == at(SUMMIT_DAY, 9)
    assert "TZID=America/Los_Angeles" in response.content.decode()
    web = client.get(f"/en/events/{event.slug}/programme.ics")
    english = client.get(f"{API}/{event.slug}/programme.ics?lang=en")

    def strip(data: bytes) -> list[str]:
        return [line for line in data.decode().splitlines() if not line.startswith("DTSTAMP")]

    assert strip(english.content) == strip(web.content)


# --- queries do not grow with the page --------------------------------------------------------


def _count(client: Client, headers: dict[str, str], url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize("who", ["anonymous", "staff token"])
def test_lists_make_as_many_queries_for_a_larger_page(
    who, staff, outsider, event, hall, consul, organization
):
    client, headers = caller_for(
        who, owner=outsider, outsider=outsider, staff=staff, domain="events"
    )
    urls = [
        f"{API}/?limit=200",
        f"{API}/{event.slug}/programme/items?limit=200",
        f"{API}/{event.slug}/programme",
        f"{API}/{event.slug}/speakers?limit=200",
        f"{API}/{event.slug}/rooms?limit=200",
    ]

    def grow(n: int) -> None:
        for i in range(n):
            other = services.event_create(
                actor=staff,
                data=services.EventInput(
                    title={"en": f"Expo {i}"},
                    starts_on=dt.date(2026, 1, 1),
                    ends_on=dt.date(2026, 1, 1),
                ),
            )
            services.cohost_add(actor=staff, event=other, organization=organization)
            room = services.room_create(
                actor=staff, event=event, data=services.RoomInput(name={"en": f"R{i}"})
            )
            speaker = services.speaker_create(
                actor=staff,
                data=services.SpeakerInput(name={"en": f"Speaker {i}"}, organization=organization),
            )
            services.agenda_item_create(
                actor=staff,
                event=event,
                data=item_input(
                    at(SUMMIT_DAY, 8 + i),
                    at(SUMMIT_DAY, 9 + i),
                    room=room,
                    speakers=[services.SpeakerRole(speaker), services.SpeakerRole(consul)],
                ),
            )

    grow(1)
    for url in urls:
        _count(client, headers, url)
    small = [_count(client, headers, url) for url in urls]
    grow(8)
    assert [_count(client, headers, url) for url in urls] == small
