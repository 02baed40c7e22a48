"""The roster and the rooming list as XLSX, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo

import openpyxl
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.delegations.exporting import rooming_xlsx, roster_xlsx
from tradebridge.delegations.importing import parse_roster, plan_roster
from tradebridge.delegations.selectors import rooming_list, roster

from .factories import DelegateFactory

LA = zoneinfo.ZoneInfo("America/Los_Angeles")


def _sheet(content: bytes, name: str) -> list[tuple]:
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    return [tuple(row) for row in workbook[name].iter_rows(values_only=True)]


def _arrivals(trip):
    DelegateFactory(
        delegation=trip.province,
        full_name="吕晓明",
        latin_name="LYU XIAOMING",
        hotel="Biltmore",
        arrival_at=dt.datetime(2016, 5, 9, 14, 30, tzinfo=LA),
        departure_at=dt.datetime(2016, 5, 13, 12, 30, tzinfo=LA),
    )
    DelegateFactory(
        delegation=trip.other,
        full_name="单立新",
        latin_name="SHAN LIXIN",
        hotel="Biltmore",
        arrival_at=dt.datetime(2016, 5, 10, 9, 35, tzinfo=LA),
        departure_at=dt.datetime(2016, 5, 14, 1, 10, tzinfo=LA),
    )
    DelegateFactory(delegation=trip.other, full_name="曾志强", latin_name="ZENG ZHIQIANG", hotel="")


def test_roster_export_reads_back_with_the_import_headers_and_local_times(trip):
    _arrivals(trip)
    content = roster_xlsx(trip.national, roster(trip.national, include_parts=True))
    rows = _sheet(content, "Roster")
    header = rows[0]
    assert header[:4] == ("Name", "Family name", "Given name", "Passport name")
    by_passport = {row[3]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_passport) == {"WANG LEI", "LYU XIAOMING", "SHAN LIXIN", "ZENG ZHIQIANG"}
    lyu = by_passport["LYU XIAOMING"]
    assert (lyu["Name"], lyu["Arrival"], lyu["Departure"], lyu["Delegation"]) == (
        "吕晓明",
        "2016-05-09 14:30",
        "2016-05-13 12:30",
        "Jiangsu Provincial Delegation",
    )


def test_an_exported_roster_re_imports_as_updates(trip):
    _arrivals(trip)
    content = roster_xlsx(trip.province, roster(trip.province))
    plan = plan_roster(trip.province, parse_roster(filename="roster.xlsx", content=content))
    assert plan.valid
    assert plan.counts == {"created": 0, "updated": 2}


def test_a_formula_like_cell_is_exported_as_text(trip):
    DelegateFactory(delegation=trip.province, full_name="=HYPERLINK(1)", latin_name="")
    rows = _sheet(roster_xlsx(trip.province, roster(trip.province)), "Roster")
    assert "'=HYPERLINK(1)" in [row[0] for row in rows]


def test_rooming_list_counts_people_per_hotel_against_the_roster(trip):
    _arrivals(trip)
    delegates = roster(trip.national, include_parts=True)
    content = rooming_xlsx(trip.national, rooming_list(delegates))
    hotels = _sheet(content, "Hotels")
    assert hotels[0] == ("Hotel", "People", "First arrival", "Last departure")
    counts = {row[0]: row[1] for row in hotels[1:]}
    independent = {}
    for delegate in delegates:
        key = delegate.hotel or "(no hotel)"
        independent[key] = independent.get(key, 0) + 1
    assert {k: v for k, v in counts.items() if k != "Total"} == independent
    assert counts["Total"] == delegates.count() == 4
    biltmore = next(row for row in hotels if row[0] == "Biltmore")
    assert biltmore[2:] == ("2016-05-09 14:30", "2016-05-14 01:10")
    guests = _sheet(content, "Rooming list")
    assert guests[0][:3] == ("Hotel", "Passport name", "Name")
    lyu = next(row for row in guests if row[1] == "LYU XIAOMING")
    assert (lyu[0], lyu[6], lyu[7], lyu[8]) == (
        "Biltmore",
        "2016-05-09 14:30",
        "2016-05-13 12:30",
        4,
    )


def test_export_views_send_workbooks(trip, leader):
    _arrivals(trip)
    client = client_for(leader)
    for name in ("roster-export", "rooming-export", "import-template"):
        response = client.get(reverse(f"delegations:{name}", args=[trip.province.pk]))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")
        openpyxl.load_workbook(io.BytesIO(response.content))
    # The provincial leader's export holds their own delegation only.
    rows = _sheet(
        client.get(reverse("delegations:roster-export", args=[trip.province.pk])).content, "Roster"
    )
    assert sorted(row[3] for row in rows[1:]) == ["LYU XIAOMING", "WANG LEI"]


def test_the_template_imports_cleanly(trip, leader):
    response = client_for(leader).get(
        reverse("delegations:import-template", args=[trip.province.pk])
    )
    plan = plan_roster(trip.province, parse_roster(filename="t.xlsx", content=response.content))
    assert plan.valid
    assert plan.counts == {"created": 1, "updated": 0}
