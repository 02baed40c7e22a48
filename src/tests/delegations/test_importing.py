"""Roster import: the directory's reader with the roster's columns, row-level problems in the
reader's language, all or nothing, once."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zoneinfo

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation

from tests.conftest import client_for
from tests.factories import OrganizationFactory
from tradebridge.delegations.importing import (
    MAX_ROWS,
    parse_roster,
    plan_roster,
    roster_import_confirm,
    roster_import_create,
)
from tradebridge.delegations.models import Delegate, RosterImport
from tradebridge.directory.importing import MAX_UNPACKED_BYTES, ImportRejected
from tradebridge.errors import NotAllowed

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
HEADER = [
    "姓名",
    "Passport name",
    "Organization",
    "Title (English)",
    "Arrival",
    "Departure",
    "Hotel",
]


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8-sig") -> bytes:
    return "\n".join(",".join(row) for row in rows).encode(encoding)


def messages(problems, language="en") -> list[str]:
    with translation.override(language):
        return [p.message for p in problems]


def test_a_good_file_previews_then_imports_every_row(trip, leader):
    member = OrganizationFactory(slug="jiangsu-solar", name_en="Jiangsu Solar")
    content = xlsx(
        [
            HEADER,
            ["吕晓明", "lyu xiaoming", "jiangsu-solar", "Deputy Director General",
             dt.datetime(2016, 5, 9, 14, 30), "2016-05-13 12:30", "The Westin Bonaventure"],
            ["欧阳慧", "OUYANG HUI", "Guangdong Commerce", "", "", "", ""],
        ]
    )  # fmt: skip
    upload = roster_import_create(
        actor=leader, delegation=trip.province, filename="roster.xlsx", content=content
    )
    plan = plan_roster(trip.province, parse_roster(filename="roster.xlsx", content=content))
    assert plan.valid
    assert plan.counts == {"created": 2, "updated": 0}
    result = roster_import_confirm(actor=leader, upload=upload)
    assert (result.created, result.updated) == (2, 0)
    lyu = Delegate.objects.get(latin_name="LYU XIAOMING")
    assert (lyu.full_name, lyu.organization, lyu.title_en, lyu.hotel) == (
        "吕晓明",
        member,
        "Deputy Director General",
        "The Westin Bonaventure",
    )
    # Times without a zone are the event's (Los Angeles).
    assert lyu.arrival_at == dt.datetime(2016, 5, 9, 14, 30, tzinfo=LA)
    assert lyu.departure_at == dt.datetime(2016, 5, 13, 12, 30, tzinfo=LA)
    ouyang = Delegate.objects.get(latin_name="OUYANG HUI")
    assert (ouyang.organization, ouyang.organization_name) == (None, "Guangdong Commerce")
    upload.refresh_from_db()
    assert upload.status == RosterImport.Status.IMPORTED


def test_a_row_for_someone_on_the_roster_updates_them(trip, leader):
    content = csv_bytes([["Name", "Passport name", "Hotel"], ["王磊", "WANG LEI", "Biltmore"]])
    upload = roster_import_create(
        actor=leader, delegation=trip.province, filename="r.csv", content=content
    )
    result = roster_import_confirm(actor=leader, upload=upload)
    assert (result.created, result.updated) == (0, 1)
    trip.delegate.refresh_from_db()
    # Columns the file does not have keep their values; the account link stays.
    assert (trip.delegate.hotel, trip.delegate.title_en) == ("Biltmore", "General Manager")
    assert trip.delegate.user is not None


def test_row_problems_name_the_row_and_the_column_as_headed_in_the_file(trip, leader):
    content = csv_bytes(
        [
            ["姓名", "护照姓名", "性别", "Arrival", "Departure", "E-mail"],
            ["吕晓明", "LYU XIAOMING", "男", "2016-05-09 14:30", "2016-05-13 12:30", ""],
            ["", "", "", "", "", ""],
            ["王磊", "WANG LEI 3", "M", "tomorrow", "", "wang@"],
            ["曾志强", "ZENG ZHIQIANG", "unknown", "2016-05-10 10:00", "2016-05-09 10:00", ""],
            ["吕晓明", "LYU XIAOMING", "", "", "", ""],
        ]
    )
    plan = plan_roster(trip.province, parse_roster(filename="r.csv", content=content))
    assert not plan.valid
    assert messages(plan.problems) == [
        "row 4, column 护照姓名: “WANG LEI 3” is not a passport spelling: capital Latin letters "
        "A–Z, surname first, e.g. WANG LEI",
        "row 4, column E-mail: not an e-mail address",
        "row 4, column Arrival: “tomorrow” is not a date and time (use 2016-05-22 14:30)",
        "row 5, column 性别: unknown gender “unknown” (use F, M or X)",
        "row 5, column Departure: the departure is before the arrival",
        "row 6, column 护照姓名: the same person is also on row 2",
    ]


def test_row_problems_are_worded_in_the_readers_language(trip, leader):
    content = csv_bytes([["Name", "Passport name"], ["王磊", "Wang Lei!"]])
    plan = plan_roster(trip.province, parse_roster(filename="r.csv", content=content))
    [chinese] = messages(plan.problems, "zh-hans")
    assert chinese.startswith("第 2 行，Passport name 列：")
    assert "护照" in chinese


def test_a_file_with_a_bad_row_imports_nothing(trip, leader):
    content = csv_bytes([["Name", "Passport name"], ["吕晓明", "LYU XIAOMING"], ["王", "W4NG"]])
    upload = roster_import_create(
        actor=leader, delegation=trip.province, filename="r.csv", content=content
    )
    with pytest.raises(ImportRejected):
        roster_import_confirm(actor=leader, upload=upload)
    assert Delegate.objects.filter(delegation=trip.province).count() == 1
    upload.refresh_from_db()
    assert upload.status == RosterImport.Status.FAILED
    assert upload.summary["problems"][0]["row"] == 3


def test_a_database_failure_in_the_middle_rolls_every_row_back(trip, leader, monkeypatch):
    content = csv_bytes(
        [["Name", "Passport name"], ["吕晓明", "LYU XIAOMING"], ["欧阳慧", "OUYANG HUI"]]
    )
    upload = roster_import_create(
        actor=leader, delegation=trip.province, filename="r.csv", content=content
    )
    from tradebridge.delegations import importing, services

    calls = []

    def failing_add(**kwargs):
        calls.append(kwargs)
        if len(calls) == 2:
            from django.db import DatabaseError

            raise DatabaseError("disk full")
        return services.delegate_add(**kwargs)

    monkeypatch.setattr(importing, "delegate_add", failing_add)
    with pytest.raises(ImportRejected) as raised:
        roster_import_confirm(actor=leader, upload=upload)
    assert "disk full" in raised.value.message
    assert Delegate.objects.filter(delegation=trip.province).count() == 1


def test_an_upload_is_imported_once(trip, leader):
    content = csv_bytes([["Name", "Passport name"], ["吕晓明", "LYU XIAOMING"]])
    upload = roster_import_create(
        actor=leader, delegation=trip.province, filename="r.csv", content=content
    )
    roster_import_confirm(actor=leader, upload=upload)
    with pytest.raises(ImportRejected) as raised:
        roster_import_confirm(actor=leader, upload=upload)
    assert raised.value.problems[0].code == "already_done"
    assert Delegate.objects.filter(latin_name="LYU XIAOMING").count() == 1


def test_another_leader_may_not_import_into_a_roster(trip, other_leader):
    content = csv_bytes([["Name"], ["吕晓明"]])
    with pytest.raises(NotAllowed):
        roster_import_create(
            actor=other_leader, delegation=trip.province, filename="r.csv", content=content
        )


def test_a_file_without_a_name_column_is_refused_in_the_readers_language(trip):
    content = csv_bytes([["Hotel", "Phone"], ["Biltmore", "1"]])
    with pytest.raises(ImportRejected) as raised:
        parse_roster(filename="r.csv", content=content)
    assert messages(raised.value.problems) == [
        "The file has none of the columns that name a person: full_name, latin_name."
    ]


def test_gbk_csv_from_a_chinese_excel_is_read(trip):
    content = csv_bytes([["姓名", "护照姓名"], ["吕晓明", "LYU XIAOMING"]], encoding="gb18030")
    parsed = parse_roster(filename="r.csv", content=content)
    assert parsed.rows == [(2, {"full_name": "吕晓明", "latin_name": "LYU XIAOMING"})]


def test_a_roster_longer_than_the_limit_is_refused(trip):
    rows = [["Name"]] + [[f"Person {n}"] for n in range(MAX_ROWS + 1)]
    with pytest.raises(ImportRejected) as raised:
        parse_roster(filename="r.csv", content=csv_bytes(rows))
    assert raised.value.problems[0].code == "too_many_rows"


def test_a_spreadsheet_bomb_is_refused_before_it_is_inflated(trip):
    base = xlsx([["Name"], ["吕晓明"]])
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            if item.filename != "xl/sharedStrings.xml":
                target.writestr(item, source.read(item.filename))
        with target.open("xl/sharedStrings.xml", "w") as stream:
            stream.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            stream.write(b"<si><t>")
            for _ in range(MAX_UNPACKED_BYTES // (1024 * 1024) + 1):
                stream.write(b"A" * 1024 * 1024)
            stream.write(b"</t></si></sst>")
    content = out.getvalue()
    assert len(content) < 1024 * 1024
    with pytest.raises(ImportRejected) as raised:
        parse_roster(filename="bomb.xlsx", content=content)
    assert raised.value.problems[0].code == "too_large_unpacked"


def test_import_pages_preview_and_confirm(trip, leader):
    client = client_for(leader)
    content = csv_bytes([["Name", "Passport name"], ["吕晓明", "LYU XIAOMING"], ["王", "W4NG"]])
    upload = io.BytesIO(content)
    upload.name = "roster.csv"
    response = client.post(reverse("delegations:import", args=[trip.province.pk]), {"file": upload})
    assert response.status_code == 302
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "row 3, column Passport name" in text
    assert "Confirm the import" not in text
    with translation.override("zh-hans"):
        chinese = client.get(
            response["Location"].replace("/en/", "/zh-hans/"), HTTP_ACCEPT_LANGUAGE="zh-hans"
        )
    assert "第 3 行，Passport name 列" in chinese.content.decode()
    # Confirming anyway is refused and imports nothing.
    client.post(response["Location"])
    assert Delegate.objects.filter(delegation=trip.province).count() == 1


def test_import_page_shows_file_problems_on_the_form(trip, leader):
    upload = io.BytesIO(b"\xd0\xcf\x11\xe0old excel")
    upload.name = "roster.xls"
    response = client_for(leader).post(
        reverse("delegations:import", args=[trip.province.pk]), {"file": upload}
    )
    assert response.status_code == 200
    assert "save the file as .xlsx" in response.content.decode()
    assert RosterImport.objects.count() == 0
