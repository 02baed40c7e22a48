"""The event form lists time zones by their names in the reader's language; the value stored
is the IANA name, checked as before; an event in an unlisted zone keeps it."""

from __future__ import annotations

import datetime as dt
import re

from django.urls import reverse

from tradebridge.events.models import Event

from .test_event_views import EVENT_POST


def _options(html: str) -> dict[str, str]:
    select = re.search(r'<select name="time_zone".*?</select>', html, re.S)
    assert select, "the time zone is a list"
    return dict(re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select.group(0)))


def test_the_event_form_lists_zones_by_name_in_both_languages(staff_client):
    en = _options(staff_client.get(reverse("events:create")).content.decode())
    zh = _options(staff_client.get("/zh-hans" + reverse("events:create")[3:]).content.decode())
    assert en["America/Los_Angeles"] == "Pacific Time (Los Angeles)"
    assert zh["America/Los_Angeles"] == "太平洋时间（洛杉矶）"
    assert en.keys() == zh.keys()


def test_a_zone_picked_from_the_list_is_stored_by_its_iana_name(staff_client):
    data = {**EVENT_POST, "time_zone": "America/Chicago"}
    assert staff_client.post(reverse("events:create"), data).status_code == 302
    assert Event.objects.get().time_zone == "America/Chicago"


def test_an_event_in_an_unlisted_zone_keeps_it_when_edited(staff_client, staff):
    event = Event.objects.create(
        slug="madrid",
        title="Madrid forum",
        title_en="Madrid forum",
        starts_on=dt.date(2027, 3, 2),
        ends_on=dt.date(2027, 3, 2),
        time_zone="Europe/Madrid",
    )
    url = reverse("events:edit", args=[event.slug])
    assert _options(staff_client.get(url).content.decode())["Europe/Madrid"] == "Europe/Madrid"
    data = {**EVENT_POST, "time_zone": "Europe/Madrid"}
    data.pop("slug", None)
    assert staff_client.post(url, data).status_code == 302
    event.refresh_from_db()
    assert event.time_zone == "Europe/Madrid"
