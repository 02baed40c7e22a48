"""The programme as files: ICS read back with icalendar (TZID and times across a change of the
clocks, one speaker's items) and the printable PDF read back with pdfminer (Chinese titles)."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pytest
from django.urls import reverse
from pdfminer.high_level import extract_text

from tests.events.programme_fixtures import LA, SUMMIT_DAY, at, item_input
from tradebridge.events import documents, services
from tradebridge.events.models import AgendaItemSpeaker
from tradebridge.events.selectors import programme_document, programme_items

pytestmark = pytest.mark.django_db


def _calendar(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def test_event_ics_has_local_times_with_tzid_across_the_change_of_the_clocks(
    client, dst_event, dst_items
):
    response = client.get(reverse("events:programme-ics", args=[dst_event.slug]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = _calendar(response.content)
    events = calendar.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "Morning in winter time",
        "Late reception",
        "Morning in summer time",
    ]
    assert {e["dtstart"].params["TZID"] for e in events} == {"America/Los_Angeles"}
    starts = [e.decoded("dtstart") for e in events]
    assert [s.replace(tzinfo=None) for s in starts] == [
        dt.datetime(2026, 3, 7, 9),
        dt.datetime(2026, 3, 7, 22),
        dt.datetime(2026, 3, 9, 9),
    ]
    # The same wall-clock hour, an hour apart in absolute time: the zone's rules came along.
    assert [s.astimezone(dt.UTC).hour for s in starts] == [17, 6, 16]
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "America/Los_Angeles"
    assert {c.name for c in zone.subcomponents} >= {"STANDARD", "DAYLIGHT"}
    assert len({str(e["uid"]) for e in events}) == 3


def test_speaker_ics_holds_only_that_speakers_items(client, staff, event, consul, moderator):
    for hour, speaker in ((9, consul), (10, moderator), (11, consul)):
        services.agenda_item_create(
            actor=staff,
            event=event,
            data=item_input(
                at(SUMMIT_DAY, hour),
                at(SUMMIT_DAY, hour, 45),
                title={"en": f"Item at {hour}"},
                speakers=[services.SpeakerRole(speaker, AgendaItemSpeaker.Role.SPEAKER)],
            ),
        )
    response = client.get(reverse("events:speaker-ics", args=[event.slug, consul.pk]))
    events = _calendar(response.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Item at 9", "Item at 11"]
    assert "Speaker: Consul General of China, Consul General" in str(events[0]["description"])


def test_ics_of_a_given_list_of_items_in_chinese(staff, event, hall):
    from django.utils import translation

    item = services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(at(SUMMIT_DAY, 9), at(SUMMIT_DAY, 10), room=hall),
    )
    with translation.override("zh-hans"):
        document = programme_document(event, list(programme_items(event)), subtitle="我的日程")
    stamp = dt.datetime(2016, 5, 1, tzinfo=dt.UTC)
    (entry,) = _calendar(documents.programme_ics(document, stamp=stamp)).walk("VEVENT")
    assert str(entry["summary"]) == "开幕致辞"
    assert str(entry["location"]) == "Petree D厅, 洛杉矶"
    assert entry.decoded("dtstart") == item.starts_at.astimezone(LA)
    assert entry.decoded("dtstamp") == stamp


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_programme_pdf_has_the_chinese_titles(client, staff, event, hall, consul, language):
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 9),
            at(SUMMIT_DAY, 10),
            room=hall,
            title={"en": "Opening remarks", "zh_hans": "开幕致辞"},
            speakers=[services.SpeakerRole(consul)],
        ),
    )
    services.agenda_item_create(
        actor=staff,
        event=event,
        data=item_input(
            at(SUMMIT_DAY, 17, 30),
            at(SUMMIT_DAY, 19),
            title={"zh_hans": "晚间招待会"},
        ),
    )
    url = reverse("events:programme-pdf", args=[event.slug])
    response = client.get(f"/{language}{url[3:]}")
    assert response["Content-Type"] == "application/pdf"
    text = extract_text(io.BytesIO(response.content))
    assert "晚间招待会" in text  # in Chinese only: shown in both languages
    assert "17:30–19:00" in text and "09:00–10:00" in text
    if language == "zh-hans":
        assert "开幕致辞" in text and "加州—中国商务峰会" in text and "中国总领事" in text
    else:
        assert "Opening remarks" in text and "Pacific Time (Los Angeles)" in text


def test_programme_pdf_of_an_empty_programme_says_so(client, event):
    text = extract_text(
        io.BytesIO(client.get(reverse("events:programme-pdf", args=[event.slug])).content)
    )
    assert "The programme has no items yet." in text
