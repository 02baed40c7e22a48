"""The roster and the rooming list as XLSX workbooks (openpyxl).

The roster sheet uses the import's headers, so an exported roster re-imports cleanly (the same
people updated, not duplicated); times are written in the event's time zone, as the import
reads them. The rooming list gives the hotels their guests: one sheet per hotel count and one
line per guest with the arrival and departure."""

from __future__ import annotations

import datetime as dt
import io
import zoneinfo
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db.models import QuerySet

from tradebridge.directory.importing import FORMULA_STARTS

from .importing import COLUMNS
from .models import Delegate, Delegation
from .selectors import HotelGroup

TIME_FORMAT = "%Y-%m-%d %H:%M"


def _text(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheet programs; the import
    # strips the quote again.
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _zone(delegation: Delegation) -> zoneinfo.ZoneInfo:
    if delegation.event is not None:
        return delegation.event.zone
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def _time(moment: dt.datetime | None, zone: zoneinfo.ZoneInfo) -> str:
    return moment.astimezone(zone).strftime(TIME_FORMAT) if moment else ""


def _nights(delegate: Delegate, zone: zoneinfo.ZoneInfo) -> int | str:
    if not (delegate.arrival_at and delegate.departure_at):
        return ""
    first = delegate.arrival_at.astimezone(zone).date()
    last = delegate.departure_at.astimezone(zone).date()
    return max((last - first).days, 0)


def roster_values(delegate: Delegate, zone: zoneinfo.ZoneInfo) -> dict[str, str]:
    """A delegate's row in the import's columns."""
    organization = (
        delegate.organization.slug if delegate.organization else delegate.organization_name
    )
    return {
        "full_name": delegate.full_name,
        "family_name": delegate.family_name,
        "given_name": delegate.given_name,
        "latin_name": delegate.latin_name,
        "organization": organization,
        "title_en": delegate.title_en or "",
        "title_zh": delegate.title_zh_hans or "",
        "languages": delegate.languages,
        "gender": delegate.gender,
        "email": delegate.email,
        "phone": delegate.phone,
        "arrival": _time(delegate.arrival_at, zone),
        "departure": _time(delegate.departure_at, zone),
        "hotel": delegate.hotel,
    }


def _bold_header(sheet: Any, headers: Iterable[str]) -> None:
    from openpyxl.styles import Font

    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"


def _save(workbook: Any) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def roster_xlsx(delegation: Delegation, delegates: QuerySet[Delegate]) -> bytes:
    """The roster: one row per delegate, the import's columns and the delegation last."""
    import openpyxl

    zone = _zone(delegation)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Roster"
    _bold_header(sheet, [*(c.en for c in COLUMNS), "Delegation"])
    for delegate in delegates.select_related("delegation", "organization"):
        values = roster_values(delegate, zone)
        sheet.append(
            [_text(values[c.name]) for c in COLUMNS] + [_text(delegate.delegation.name_en or "")]
        )
    guide = workbook.create_sheet("Columns 列说明")
    guide.append(["column", "English", "中文"])
    for column in COLUMNS:
        guide.append([column.name, column.en, column.zh])
    guide.append(["", f"Times in {zone.key}", f"时间为 {zone.key} 时区"])
    return _save(workbook)


ROOMING_HEADERS = (
    "Hotel",
    "Passport name",
    "Name",
    "Gender",
    "Delegation",
    "Organization",
    "Arrival",
    "Departure",
    "Nights",
    "Phone",
)


def rooming_xlsx(delegation: Delegation, groups: list[HotelGroup]) -> bytes:
    """The rooming list: a summary sheet (people per hotel, first arrival, last departure)
    and one line per guest, grouped by hotel."""
    import openpyxl

    zone = _zone(delegation)
    workbook = openpyxl.Workbook()
    summary = workbook.active
    summary.title = "Hotels"
    _bold_header(summary, ["Hotel", "People", "First arrival", "Last departure"])
    for group in groups:
        arrivals = [d.arrival_at for d in group.delegates if d.arrival_at]
        departures = [d.departure_at for d in group.delegates if d.departure_at]
        summary.append(
            [
                _text(group.hotel or "(no hotel)"),
                group.count,
                _time(min(arrivals), zone) if arrivals else "",
                _time(max(departures), zone) if departures else "",
            ]
        )
    summary.append(["Total", sum(g.count for g in groups), "", ""])
    guests = workbook.create_sheet("Rooming list")
    _bold_header(guests, ROOMING_HEADERS)
    for group in groups:
        for delegate in group.delegates:
            organization = (
                getattr(delegate.organization, "name_en", "") or delegate.organization.name
                if delegate.organization
                else delegate.organization_name
            )
            guests.append(
                [
                    _text(group.hotel),
                    _text(delegate.latin_name),
                    _text(delegate.full_name),
                    delegate.gender,
                    _text(delegate.delegation.name_en or delegate.delegation.name),
                    _text(organization),
                    _time(delegate.arrival_at, zone),
                    _time(delegate.departure_at, zone),
                    _nights(delegate, zone),
                    _text(delegate.phone),
                ]
            )
    guests.append([])
    guests.append([f"Times in {zone.key}"])
    return _save(workbook)


def template_xlsx() -> bytes:
    """An empty roster with the headers (English and Chinese guide) and one example row."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Roster"
    _bold_header(sheet, [c.en for c in COLUMNS])
    example = {
        "full_name": "吕晓明",
        "family_name": "吕",
        "given_name": "晓明",
        "latin_name": "LYU XIAOMING",
        "organization": "Jiangsu Solar Co., Ltd.",
        "title_en": "General Manager",
        "title_zh": "总经理",
        "languages": "Chinese, English",
        "gender": "M",
        "email": "lyu.xiaoming@example.cn",
        "phone": "+86 25 5555 0100",
        "arrival": "2016-05-22 14:30",
        "departure": "2016-05-27 11:00",
        "hotel": "The Westin Bonaventure",
    }
    sheet.append([example[c.name] for c in COLUMNS])
    guide = workbook.create_sheet("Columns 列说明")
    guide.append(["column", "English", "中文"])
    for column in COLUMNS:
        guide.append([column.name, column.en, column.zh])
    return _save(workbook)
