"""A chart's figures as files: CSV (UTF-8 with a byte-order mark, which spreadsheet programs
need to read Chinese) and XLSX, with the chart's title, note and the time they were computed."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from .selectors import Chart


def _cell(value: Any) -> Any:
    # A spreadsheet must not run a formula a text happens to start with.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def chart_csv(chart: Chart) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([_cell(c) for c in chart.columns])
    for row in chart.rows:
        writer.writerow([_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def chart_xlsx(chart: Chart) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = chart.key[:31]
    sheet.append([chart.title])
    sheet["A1"].font = Font(bold=True)
    if chart.note:
        sheet.append([chart.note])
    sheet.append([timezone.now().strftime("%Y-%m-%d %H:%M UTC")])
    sheet.append([])
    sheet.append([_cell(c) for c in chart.columns])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in chart.rows:
        sheet.append([_cell(v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
