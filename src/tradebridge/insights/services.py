"""Writes of insights: statistics series and their import from CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.bilingual import set_translated
from tradebridge.errors import ApplicationError, NotAllowed, full_clean_or_error

from . import rules
from .models import Point, Series

# "new" is the address of the creation page.
RESERVED_SLUGS = frozenset({"new"})
MAX_BYTES = 1024 * 1024
MAX_ROWS = 10_000
MAX_ERRORS = 20
# The column names a file may use, in either language.
PERIOD_NAMES = {"period", "year", "date", "期间", "年份", "年", "日期"}
VALUE_NAMES = {"value", "数值", "值"}
LARGEST = Decimal(10) ** 16  # Point.value: 20 digits, 4 of them decimals
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass
class SeriesInput:
    title: dict[str, str]
    unit: dict[str, str]
    source: dict[str, str]
    source_url: str = ""
    note: dict[str, str] | None = None
    is_public: bool = True
    slug: str = ""


def _apply(series: Series, data: SeriesInput) -> None:
    for name, values in (("title", data.title), ("unit", data.unit), ("source", data.source)):
        if not (values.get("en") or values.get("zh_hans")):
            raise ApplicationError(
                _("Give the series' %(what)s in at least one language.")
                % {"what": getattr(Series._meta.get_field(name), "verbose_name", name)},
                details={"field": f"{name}_en"},
            )
        set_translated(series, name, values)
    set_translated(series, "note", data.note)
    series.source_url = data.source_url.strip()
    series.is_public = data.is_public


@transaction.atomic
def series_create(*, actor: User, data: SeriesInput) -> Series:
    """A new series (without points: ``series_import`` fills it)."""
    if not rules.can_manage_series(actor):
        raise NotAllowed()
    series = Series(updated_by=actor)
    _apply(series, data)
    base = slugify(data.slug or data.title.get("en") or "")[:70] or "series"
    slug, n = base, 2
    while slug in RESERVED_SLUGS or Series.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    series.slug = slug
    full_clean_or_error(series)
    series.save()
    return series


@transaction.atomic
def series_update(*, actor: User, series: Series, data: SeriesInput) -> Series:
    if not rules.can_manage_series(actor):
        raise NotAllowed()
    _apply(series, data)
    series.updated_by = actor
    full_clean_or_error(series)
    series.save()
    return series


def parse_period(text: str) -> dt.date | None:
    """``2015`` (the year: its first day), ``2015-07`` (the month) or ``2015-07-01``."""
    match = _PERIOD.match(text.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "1", match.group(3) or "1"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: its row (the file's line, or the position in a list from 1), its column
    (``period`` or ``value``, or the file's own header) and what is wrong, in the reader's
    language."""

    row: int
    field: str
    message: str


def check_rows(
    rows: Iterable[tuple[int, str, str]], *, period_name: str = "period", value_name: str = "value"
) -> tuple[list[tuple[dt.date, Decimal]], list[RowProblem]]:
    """Points from ``(row number, period text, value text)``, sorted by period, and every
    problem (up to ``MAX_ERRORS``): a period that is not one, a value that is not a number, a
    period given twice. The file import and the API's point lists share it."""
    problems: list[RowProblem] = []
    points: dict[dt.date, Decimal] = {}
    first_row: dict[dt.date, int] = {}
    for number, period_text, value_text in rows:
        period = parse_period(period_text)
        value: Decimal | None
        try:
            value = Decimal(value_text.strip())
            if not value.is_finite() or abs(value) >= LARGEST:
                value = None
            else:
                value = value.quantize(Decimal("0.0001"))
        except InvalidOperation:
            value = None
        if period is None:
            problems.append(
                RowProblem(
                    number,
                    "period",
                    _(
                        "Row %(row)d, column %(column)s: “%(text)s” is not a year (2015), a "
                        "month (2015-07) or a date (2015-07-01)."
                    )
                    % {"row": number, "column": period_name, "text": period_text},
                )
            )
        if value is None:
            problems.append(
                RowProblem(
                    number,
                    "value",
                    _(
                        "Row %(row)d, column %(column)s: “%(text)s” is not a number (write 9.1, "
                        "with a point and no thousands separator, below 10^16)."
                    )
                    % {"row": number, "column": value_name, "text": value_text},
                )
            )
        if period is not None and period in first_row:
            problems.append(
                RowProblem(
                    number,
                    "period",
                    _("Row %(row)d, column %(column)s: %(period)s is already on row %(first)d.")
                    % {
                        "row": number,
                        "column": period_name,
                        "period": period_text.strip(),
                        "first": first_row[period],
                    },
                )
            )
        elif period is not None and value is not None:
            points[period] = value
            first_row[period] = number
        if len(problems) >= MAX_ERRORS:
            break
    return sorted(points.items()), problems


def parse_points(content: bytes) -> list[tuple[dt.date, Decimal]]:
    """The points of a CSV file (a header with a period and a value column, in English or
    Chinese; UTF-8, with or without a byte-order mark; comma or semicolon). Every problem is
    reported with its row and column, up to ``MAX_ERRORS`` of them, in one ``ApplicationError``
    whose ``details`` lists them."""
    if len(content) > MAX_BYTES:
        raise ApplicationError(_("The file is larger than 1 MB."), details={"field": "file"})
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApplicationError(
            _("The file is not UTF-8 text: save it as “CSV UTF-8” and try again."),
            details={"field": "file"},
        ) from None
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=dialect)
    header = [h.strip().casefold() for h in next(reader, [])]
    period_col = next((i for i, h in enumerate(header) if h in PERIOD_NAMES), None)
    value_col = next((i for i, h in enumerate(header) if h in VALUE_NAMES), None)
    if period_col is None or value_col is None:
        raise ApplicationError(
            _("Row 1: the header must name a “period” and a “value” column (found: %(found)s).")
            % {"found": ", ".join(header) or _("nothing")},
            details={"field": "file", "rows": [1]},
        )
    rows: list[tuple[int, str, str]] = []
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if number - 1 > MAX_ROWS:
            raise ApplicationError(
                _("The file has more than %(n)d rows.") % {"n": MAX_ROWS},
                details={"field": "file"},
            )
        cells = row + [""] * (max(period_col, value_col) + 1 - len(row))
        rows.append((number, cells[period_col], cells[value_col]))
    points, problems = check_rows(
        rows, period_name=header[period_col], value_name=header[value_col]
    )
    errors = [problem.message for problem in problems]
    if errors:
        raise ApplicationError(
            _("The file was not imported: nothing has changed.") + " " + " ".join(errors),
            code="import_errors",
            details={"field": "file", "errors": errors},
        )
    if not points:
        raise ApplicationError(_("The file has no values."), details={"field": "file"})
    return points


@transaction.atomic
def series_import(*, actor: User, series: Series, content: bytes) -> int:
    """Replace a series' points with a CSV file's, all or nothing: a file with any bad row
    changes nothing. Returns the number of points."""
    if not rules.can_manage_series(actor):
        raise NotAllowed()
    points = parse_points(content)
    # Locked: two imports at once replace the points one after the other, never mixed.
    Series.objects.select_for_update().filter(pk=series.pk).first()
    Point.objects.filter(series=series).delete()
    Point.objects.bulk_create(Point(series=series, period=p, value=v) for p, v in points)
    Series.objects.filter(pk=series.pk).update(updated_by=actor)
    return len(points)


def _rows_or_error(rows: list[tuple[str, str]]) -> list[tuple[dt.date, Decimal]]:
    if len(rows) > MAX_ROWS:
        raise ApplicationError(
            _("More than %(n)d values at once.") % {"n": MAX_ROWS}, details={"field": "points"}
        )
    points, problems = check_rows(
        (number, period, value) for number, (period, value) in enumerate(rows, start=1)
    )
    if problems:
        raise ApplicationError(
            _("Nothing was saved.") + " " + " ".join(p.message for p in problems),
            code="import_errors",
            details={
                "field": "points",
                "errors": [
                    {"row": p.row, "field": p.field, "message": p.message} for p in problems
                ],
            },
        )
    if not points:
        raise ApplicationError(_("No values were given."), details={"field": "points"})
    return points


@transaction.atomic
def series_points_replace(*, actor: User, series: Series, rows: list[tuple[str, str]]) -> int:
    """Replace a series' points with ``rows`` (period text, value text) as ``series_import``
    does with a file: all or nothing. Returns the number of points."""
    if not rules.can_manage_series(actor):
        raise NotAllowed()
    points = _rows_or_error(rows)
    Series.objects.select_for_update().filter(pk=series.pk).first()
    Point.objects.filter(series=series).delete()
    Point.objects.bulk_create(Point(series=series, period=p, value=v) for p, v in points)
    Series.objects.filter(pk=series.pk).update(updated_by=actor, updated_at=timezone.now())
    return len(points)


@transaction.atomic
def series_points_append(*, actor: User, series: Series, rows: list[tuple[str, str]]) -> int:
    """Add points for periods the series does not have yet, all or nothing: a row whose
    period the series already holds is an error naming that row. The series' row lock orders
    two appends at once (the second sees the first's points). Returns the number added."""
    if not rules.can_manage_series(actor):
        raise NotAllowed()
    points = _rows_or_error(rows)
    Series.objects.select_for_update().filter(pk=series.pk).first()
    held = set(
        Point.objects.filter(series=series, period__in=[p for p, _v in points]).values_list(
            "period", flat=True
        )
    )
    if held:
        positions = {parse_period(period): n for n, (period, _v) in enumerate(rows, start=1)}
        problems: list[dict[str, Any]] = [
            {
                "row": positions[period],
                "field": "period",
                "message": _("Row %(row)d, column period: the series already has %(period)s.")
                % {"row": positions[period], "period": period.isoformat()},
            }
            for period in sorted(held)
        ][:MAX_ERRORS]
        raise ApplicationError(
            _("Nothing was saved.") + " " + " ".join(str(p["message"]) for p in problems),
            code="conflict",
            details={"field": "points", "errors": problems},
        )
    Point.objects.bulk_create(Point(series=series, period=p, value=v) for p, v in points)
    Series.objects.filter(pk=series.pk).update(updated_by=actor, updated_at=timezone.now())
    return len(points)
