"""Agenda and table-plan documents: PDFs whose text holds Chinese and English names, and ICS
files that a calendar parser reads back with the right UTC times."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pypdf
import pytest

from tradebridge.matchmaking import documents

UTC = dt.UTC


def _agenda(**overrides) -> documents.Agenda:
    items = [
        documents.AgendaItem(
            uid="m1@tradebridge",
            start=dt.datetime(2016, 5, 11, 21, 0, tzinfo=UTC),
            end=dt.datetime(2016, 5, 11, 21, 15, tzinfo=UTC),
            table="3",
            partner="江苏晶阳光伏科技 · Jiangsu Sunrise PV",
            partner_detail="李明 · li@example.cn",
            interpreter="王芳",
        ),
        documents.AgendaItem(
            uid="m2@tradebridge",
            start=dt.datetime(2016, 5, 11, 22, 0, tzinfo=UTC),
            end=dt.datetime(2016, 5, 11, 22, 15, tzinfo=UTC),
            table="Hall B",
            # Long enough to wrap in the partner column.
            partner="Pacific Northwest Advanced Energy Storage and Grid Integration Consortium",
        ),
    ]
    values = {
        "participant": "Golden State Solar",
        "session": "Match-making",
        "event": "California–China Business Summit",
        "venue": "Los Angeles",
        "time_zone": "America/Los_Angeles",
        "items": items,
        "labels": {"table": "Table", "interpreter": "Interpreter"},
    }
    return documents.Agenda(**(values | overrides))


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_agenda_pdf_renders_chinese_and_english_names_in_local_time():
    text = _pdf_text(documents.agenda_pdf(_agenda()))
    assert "江苏晶阳光伏科技" in text
    assert "Golden State Solar" in text
    assert "王芳" in text
    # 21:00 UTC is 14:00 in Los Angeles (daylight saving time in May).
    assert "14:00–14:15" in text and "15:00–15:15" in text
    # The day as the pages write it, the zone as people name it (were ISO and IANA).
    assert "Wed, May 11, 2016 · Times in Pacific Time (Los Angeles)" in text


def test_agenda_pdf_labels_follow_the_reader_language():
    labels = {"time": "时间", "table": "桌号", "partner": "洽谈对象", "interpreter": "翻译"}
    text = _pdf_text(documents.agenda_pdf(_agenda(labels=labels)))
    assert "洽谈对象" in text and "桌号" in text


def test_agenda_pdf_without_meetings_says_so():
    text = _pdf_text(documents.agenda_pdf(_agenda(items=[], labels={"empty": "No meetings."})))
    assert "No meetings." in text


def test_agenda_pdf_without_a_cjk_font_still_renders_latin_text(settings):
    settings.CJK_FONT_PATHS = ["/nonexistent/font.ttc"]
    documents.cjk_font_path.cache_clear()
    try:
        text = _pdf_text(documents.agenda_pdf(_agenda()))
    finally:
        documents.cjk_font_path.cache_clear()
    assert "Jiangsu Sunrise PV" in text and "14:00-14:15" in text


def test_agenda_ics_reads_back_with_utc_times_and_summaries():
    agenda = _agenda(
        items=[
            documents.AgendaItem(
                uid="m7@tradebridge",
                # Given in the event's zone: the file still says UTC.
                start=dt.datetime(2016, 5, 11, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
                end=dt.datetime(2016, 5, 11, 14, 15, tzinfo=dt.timezone(dt.timedelta(hours=-7))),
                table="3",
                partner="江苏晶阳光伏科技",
                interpreter="王芳",
            )
        ]
    )
    calendar = icalendar.Calendar.from_ical(documents.agenda_ics(agenda))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
    assert event.decoded("dtend") == dt.datetime(2016, 5, 11, 21, 15, tzinfo=UTC)
    assert event.decoded("dtstart").tzinfo is not None
    assert str(event["summary"]) == "江苏晶阳光伏科技 (Table 3)"
    assert str(event["uid"]) == "m7@tradebridge"
    assert "Interpreter: 王芳" in str(event["description"])
    assert str(event["location"]) == "Los Angeles"


def test_agenda_ics_stamp_is_when_the_file_is_made():
    stamp = dt.datetime(2016, 5, 1, 8, 0, tzinfo=UTC)
    calendar = icalendar.Calendar.from_ical(documents.agenda_ics(_agenda(), stamp=stamp))
    assert {e.decoded("dtstamp") for e in calendar.walk("VEVENT")} == {stamp}


@pytest.mark.parametrize("with_font", [True, False])
def test_table_plan_pdf_has_the_grid_and_a_sheet_per_table(settings, with_font):
    if not with_font:
        settings.CJK_FONT_PATHS = ["/nonexistent/font.ttc"]
    documents.cjk_font_path.cache_clear()
    start = dt.datetime(2016, 5, 11, 21, 0, tzinfo=UTC)
    plan = documents.TablePlan(
        title="Match-making",
        slots=[(start, start + dt.timedelta(minutes=15))],
        tables=["1", "2"],
        time_zone="America/Los_Angeles",
        cells={(0, "1"): documents.PlanCell("Jiangsu Sunrise PV", "Golden State Solar", "Wang")},
    )
    try:
        data = documents.table_plan_pdf(plan)
    finally:
        documents.cjk_font_path.cache_clear()
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 3  # the grid, then one sheet per table
    assert "Golden State Solar" in reader.pages[0].extract_text()
    assert "14:00" in reader.pages[1].extract_text()


def test_a_long_agenda_flows_onto_more_pages():
    start = dt.datetime(2016, 5, 11, 16, 0, tzinfo=UTC)
    items = [
        documents.AgendaItem(
            uid=f"m{i}@tradebridge",
            start=start + dt.timedelta(minutes=15 * i),
            end=start + dt.timedelta(minutes=15 * i + 15),
            table=str(i % 7 + 1),
            partner=f"浙江省新能源装备制造有限公司第{i}分公司 · Zhejiang New Energy Equipment {i}",
            partner_detail="王先生 · wang@example.cn · +86 571 0000 0000",
        )
        for i in range(40)
    ]
    reader = pypdf.PdfReader(io.BytesIO(documents.agenda_pdf(_agenda(items=items))))
    assert len(reader.pages) > 1
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "第39分公司" in text
