"""The programme's days and times in the event's time zone: the day boundary (an evening in Los
Angeles is the next day in UTC) and the change of the clocks (PST → PDT on 8 March 2026)."""

from __future__ import annotations

import datetime as dt

import pytest
from django import forms
from django.urls import reverse

from tests.events.programme_fixtures import DST_FIRST, DST_LAST, LA
from tradebridge.events.forms import in_zone
from tradebridge.events.selectors import programme_days, programme_items

pytestmark = pytest.mark.django_db


def test_days_follow_the_events_clock_not_utc(dst_event, dst_items):
    days = programme_days(dst_event, programme_items(dst_event))
    assert [(d.day, [i.title_en for i in d.items]) for d in days] == [
        (DST_FIRST, ["Morning in winter time", "Late reception"]),
        (DST_LAST, ["Morning in summer time"]),
    ]
    # The late reception starts on 8 March in UTC, and is still on the 7th's page.
    assert dst_items[1].starts_at.astimezone(dt.UTC).date() == dt.date(2026, 3, 8)
    assert [d.abbreviations for d in days] == [["PST"], ["PDT"]]


def test_both_mornings_read_nine_oclock_though_utc_differs_by_an_hour(dst_items):
    first, _, last = dst_items
    assert first.starts_at.astimezone(dt.UTC).hour == 17
    assert last.starts_at.astimezone(dt.UTC).hour == 16


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_programme_page_shows_local_times_days_and_the_zone_named(
    client, dst_event, dst_items, language
):
    response = client.get(f"/{language}" + reverse("events:programme", args=[dst_event.slug])[3:])
    html = response.content.decode()
    assert response.status_code == 200
    times = [(t.split('datetime="')[1][:25]) for t in html.split("<time ")[1:]]
    assert times == [
        "2026-03-07T09:00:00-08:00",
        "2026-03-07T10:00:00-08:00",
        "2026-03-07T22:00:00-08:00",
        "2026-03-07T23:30:00-08:00",
        "2026-03-09T09:00:00-07:00",
        "2026-03-09T10:00:00-07:00",
    ]
    assert html.count('data-testid="programme-item"') == 3
    assert html.count('class="programme-day"') == 2
    label = "Pacific Time (Los Angeles)" if language == "en" else "太平洋时间（洛杉矶）"
    assert label in html
    assert ">09:00</time>" in html and ">22:00</time>" in html


def test_a_time_the_clocks_skip_is_refused_and_a_repeated_one_is_the_first():
    with pytest.raises(forms.ValidationError):
        in_zone(dt.datetime(2026, 3, 8, 2, 30), LA)
    # 01:30 on 1 November 2026 happens twice in Los Angeles: first in PDT (UTC-7).
    assert in_zone(dt.datetime(2026, 11, 1, 1, 30), LA).utcoffset() == dt.timedelta(hours=-7)
    assert in_zone(dt.datetime(2026, 3, 9, 9, 0), LA).utcoffset() == dt.timedelta(hours=-7)
