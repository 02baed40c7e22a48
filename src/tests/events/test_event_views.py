"""Event pages: the public list and detail in both languages, and the secretariat's forms to
create and edit an event and add a match-making session (staff only)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.urls import reverse

from tradebridge.events.models import Event
from tradebridge.matchmaking.models import Session

pytestmark = pytest.mark.django_db

EVENT_POST = {
    "title_en": "Shanghai Clean Energy Forum",
    "title_zh_hans": "上海清洁能源论坛",
    "venue_en": "Pudong Expo Centre",
    "venue_zh_hans": "浦东博览中心",
    "description_en": "",
    "description_zh_hans": "",
    "starts_on": "2027-03-02",
    "ends_on": "2027-03-03",
    "time_zone": "Asia/Shanghai",
    "slug": "",
    "is_public": "on",
}

SESSION_POST = {
    "title_en": "Afternoon match-making",
    "title_zh_hans": "下午洽谈会",
    "location_en": "",
    "location_zh_hans": "",
    "date": "2016-05-11",
    "start": "14:00",
    "end": "17:00",
    "slot_minutes": "15",
    "pauses": "15:30-15:45",
    "tables": "A1, A2, VIP",
    "request_deadline": "2016-05-10T18:00",
    "max_requests": "12",
    "registration_open": "on",
    "fairness": "2",
}


def h1_count(response) -> int:
    return len(re.findall(r"<h1[ >]", response.content.decode()))


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_list_and_detail_show_the_event_in_the_readers_language(client, event, session, lang):
    listing = client.get(f"/{lang}/events/")
    detail = client.get(f"/{lang}/events/{event.slug}/")
    title = "加州—中国商务峰会" if lang == "zh-hans" else "California–China Business Summit"
    for response in (listing, detail):
        assert response.status_code == 200
        assert title in response.content.decode()
        assert h1_count(response) == 1
    html = detail.content.decode()
    # The session's hours in the event's time zone (Los Angeles), not in UTC, and the zone
    # named as people name it (was the IANA name before the zones had labels).
    zone = "太平洋时间（洛杉矶）" if lang == "zh-hans" else "Pacific Time (Los Angeles)"
    assert "14:00–15:30" in html and zone in html
    assert ("企业对接洽谈" if lang == "zh-hans" else "Match-making") in html
    assert reverse("matchmaking:manage", args=[session.pk]) not in html


def test_an_unlisted_event_is_hidden_from_the_public_and_shown_to_staff(
    client, staff_client, event
):
    Event.objects.filter(pk=event.pk).update(is_public=False)
    assert client.get(event.get_absolute_url()).status_code == 404
    assert event.slug not in client.get(reverse("events:list")).content.decode()
    assert staff_client.get(event.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("name", ["events:create", "events:edit", "matchmaking:session-create"])
def test_only_staff_manage_events(client, owner_client, staff_client, event, name):
    url = reverse(name, args=[] if name == "events:create" else [event.slug])
    assert client.get(url).status_code == 302
    assert owner_client.get(url).status_code == 403
    assert owner_client.post(url, EVENT_POST).status_code == 403
    assert staff_client.get(url).status_code == 200


def test_staff_create_an_event_in_both_languages(staff_client):
    response = staff_client.post(reverse("events:create"), EVENT_POST)
    event = Event.objects.get(slug="shanghai-clean-energy-forum")
    assert response.status_code == 302 and response["Location"] == event.get_absolute_url()
    assert (event.title_en, event.title_zh_hans) == (
        "Shanghai Clean Energy Forum",
        "上海清洁能源论坛",
    )
    assert (event.starts_on, event.time_zone) == (dt.date(2027, 3, 2), "Asia/Shanghai")


def test_a_wrong_time_zone_or_date_order_is_a_form_error(staff_client):
    bad = {**EVENT_POST, "time_zone": "Mars/Olympus"}
    response = staff_client.post(reverse("events:create"), bad)
    # The zone is picked from a list now: an unknown one is refused as not in it.
    assert response.status_code == 200
    assert "Mars/Olympus is not one of the available choices" in response.content.decode()
    reversed_days = {**EVENT_POST, "ends_on": "2027-03-01"}
    response = staff_client.post(reverse("events:create"), reversed_days)
    assert "The last day is before the first day." in response.content.decode()
    assert not Event.objects.exists()


def test_staff_edit_an_event_and_its_address_stays(staff_client, event):
    slug = event.slug
    data = {**EVENT_POST, "title_en": "Summit 2016", "time_zone": "America/Los_Angeles"}
    response = staff_client.post(reverse("events:edit", args=[event.slug]), data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title_en, event.title_zh_hans, event.slug) == (
        "Summit 2016",
        "上海清洁能源论坛",
        slug,
    )


def test_staff_create_a_session_with_pauses_named_tables_and_a_local_deadline(staff_client, event):
    response = staff_client.post(
        reverse("matchmaking:session-create", args=[event.slug]), SESSION_POST
    )
    session = Session.objects.get(title_en="Afternoon match-making")
    assert response.status_code == 302
    assert response["Location"] == reverse("matchmaking:manage", args=[session.pk])
    assert session.title_zh_hans == "下午洽谈会"
    assert [str(t) for t in session.tables.all()] == ["A1", "A2", "VIP"]
    # 14:00–17:00 in 15-minute slots less the 15:30–15:45 pause.
    assert session.slots.count() == 11
    assert session.pauses == [{"start": "15:30", "end": "15:45"}]
    # 18:00 in Los Angeles (PDT, UTC-7) is 01:00 UTC the next day.
    assert session.request_deadline == dt.datetime(2016, 5, 11, 1, 0, tzinfo=dt.UTC)
    assert (session.max_requests, session.fairness, session.registration_open) == (12, 2, True)


def test_a_table_count_and_a_bad_pause(staff_client, event):
    url = reverse("matchmaking:session-create", args=[event.slug])
    response = staff_client.post(url, {**SESSION_POST, "pauses": "15:30 to 15:45"})
    assert response.status_code == 200
    assert "is not a pause" in response.content.decode()
    response = staff_client.post(url, {**SESSION_POST, "tables": "8", "end": "13:00"})
    assert "The session ends before it starts." in response.content.decode()
    staff_client.post(url, {**SESSION_POST, "tables": "8"})
    assert Session.objects.get().tables.count() == 8
