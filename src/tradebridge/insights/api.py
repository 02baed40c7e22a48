"""Insights endpoints (API v1): the public summary's figures, the members' dashboard (the same
aggregates as the pages, ``selectors.py``), and statistics series with their points, which
staff create and fill (all or nothing; each bad value named by its row and field)."""

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import translation
from ninja import Field, Path, Query, Router, Schema, Status
from ninja.pagination import paginate

from tradebridge import scopes
from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser
from tradebridge.errors import NotAllowed, NotFound
from tradebridge.http.pagination import BoundedLimitOffset
from tradebridge.http.schemas import ErrorOut, Slug, patch_fields

from . import rules, selectors, services
from .models import Series

router = Router(tags=["insights"])

ERRORS: dict[int, type[Schema]] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}


class SummaryOut(Schema):
    organizations: int = Field(..., description="public organizations in the directory")
    chinese: int
    american: int
    meetings_held: int
    opportunities: int = Field(..., description="published by staff, open or closed since")
    deals_signed: int
    signed_value_usd: Decimal = Field(..., description="yuan converted at the latest rate")
    jobs_created: int
    rate_cny_per_usd: Decimal | None
    rate_date: dt.date | None


@router.get("/summary", response={200: SummaryOut, **ERRORS})
def summary(request: HttpRequest) -> SummaryOut:
    """The public summary's headline figures (everyone)."""
    scopes.require(request, "insights:read")
    h = selectors.headlines()
    return SummaryOut(
        organizations=h.organizations,
        chinese=h.chinese,
        american=h.american,
        meetings_held=h.meetings_held,
        opportunities=h.opportunities,
        deals_signed=h.deals_signed,
        signed_value_usd=h.signed_value_usd,
        jobs_created=h.jobs_created,
        rate_cny_per_usd=h.rate.cny_per_usd if h.rate else None,
        rate_date=h.rate.as_of if h.rate else None,
    )


class ChartOut(Schema):
    key: str = Field(..., description="as in the page's downloads: /insights/data/<key>.csv")
    title: str
    kind: str
    columns: list[str]
    rows: list[list[Any]] = Field(
        ...,
        description="the chart's table, as under the chart (amounts as decimal strings)",
    )
    note: str


class DashboardIn(Schema):
    language: Literal["en", "zh-hans"] = Field("en", description="of titles and labels")


def _cell(value: Any) -> Any:
    # Amounts exactly, as decimal strings (the page's script takes floats).
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value if isinstance(value, int | float | str | None) else str(value)


def _chart(chart: selectors.Chart) -> ChartOut:
    return ChartOut(
        key=chart.key,
        title=str(chart.title),
        kind=chart.kind,
        columns=[str(c) for c in chart.columns],
        rows=[[_cell(cell) for cell in row] for row in chart.rows],
        note=str(chart.note),
    )


@router.get("/dashboard", response={200: list[ChartOut], **ERRORS})
def dashboard(request: HttpRequest, options: Query[DashboardIn]) -> list[ChartOut]:
    """Every chart of the dashboard with its figures (signed-in members and staff): meetings
    held by sector, province and state; opportunities by type and stage; deals by stage;
    signed deals and pipeline moves by quarter; the statistics series."""
    user = scopes.require(request, "insights:read", signed_in=True)
    if not rules.can_view_dashboard(user):
        raise NotAllowed()
    with translation.override(options.language):
        charts = selectors.dashboard_charts()
        if not rules.can_manage_series(user):
            public = {f"series-{s.slug}" for s in selectors.series_public()}
            charts = [c for c in charts if not c.key.startswith("series-") or c.key in public]
        return [_chart(c) for c in charts]


class PointOut(Schema):
    period: dt.date = Field(..., description="a year is written as its first day")
    value: Decimal


class SeriesOut(Schema):
    slug: str
    title_en: str
    title_zh: str = Field(..., alias="title_zh_hans")
    unit_en: str
    unit_zh: str = Field(..., alias="unit_zh_hans")
    source_en: str
    source_zh: str = Field(..., alias="source_zh_hans")
    source_url: str
    note_en: str
    note_zh: str = Field(..., alias="note_zh_hans")
    is_public: bool
    updated_at: dt.datetime


class SeriesDetailOut(SeriesOut):
    points: list[PointOut]

    @staticmethod
    def resolve_points(obj: Series) -> list[Any]:
        return list(obj.points.order_by("period").values("period", "value"))


def _visible(user: AnyUser) -> QuerySet[Series]:
    qs = Series.objects.order_by("slug")
    return qs if rules.can_manage_series(user) else qs.filter(is_public=True)


def _series(user: AnyUser, slug: str) -> Series:
    series = _visible(user).filter(slug=slug).first()
    if series is None:
        raise NotFound()
    return series


@router.get("/series", response={200: list[SeriesOut], **ERRORS})
@paginate(BoundedLimitOffset)
def list_series(request: HttpRequest):  # type: ignore[no-untyped-def]
    """Statistics series: the public ones for everyone, all of them for staff."""
    user = scopes.require(request, "insights:read")
    return _visible(user)


@router.get("/series/{slug}", response={200: SeriesDetailOut, **ERRORS})
def get_series(request: HttpRequest, slug: Path[Slug]) -> Series:
    """One series with its points, oldest first (a series that is not public: staff only)."""
    user = scopes.require(request, "insights:read")
    return _series(user, slug)


class PointIn(Schema):
    period: str = Field(..., max_length=20, description="2015, 2015-07 or 2015-07-01")
    value: str | int | float = Field(..., description="a number, below 10^16")


class PointsIn(Schema):
    points: list[PointIn] = Field(..., max_length=services.MAX_ROWS)


class SeriesIn(Schema):
    title_en: str = Field("", max_length=200)
    title_zh: str = Field("", max_length=200)
    unit_en: str = Field("", max_length=80)
    unit_zh: str = Field("", max_length=80)
    source_en: str = Field("", max_length=200)
    source_zh: str = Field("", max_length=200)
    source_url: str = Field("", max_length=200)
    note_en: str = Field("", max_length=5000)
    note_zh: str = Field("", max_length=5000)
    is_public: bool = True
    slug: Slug | None = Field(None, description="default from the English title")
    points: list[PointIn] = Field(
        [], max_length=services.MAX_ROWS, description="optional: the series' first values"
    )


class SeriesPatch(Schema):
    title_en: str | None = Field(None, max_length=200)
    title_zh: str | None = Field(None, max_length=200)
    unit_en: str | None = Field(None, max_length=80)
    unit_zh: str | None = Field(None, max_length=80)
    source_en: str | None = Field(None, max_length=200)
    source_zh: str | None = Field(None, max_length=200)
    source_url: str | None = Field(None, max_length=200)
    note_en: str | None = Field(None, max_length=5000)
    note_zh: str | None = Field(None, max_length=5000)
    is_public: bool | None = None


def _rows(points: list[PointIn]) -> list[tuple[str, str]]:
    return [(p.period, str(p.value)) for p in points]


def _input(values: dict[str, Any]) -> services.SeriesInput:
    def pair(name: str) -> dict[str, str]:
        return {"en": values.get(f"{name}_en") or "", "zh_hans": values.get(f"{name}_zh") or ""}

    return services.SeriesInput(
        title=pair("title"),
        unit=pair("unit"),
        source=pair("source"),
        source_url=values.get("source_url") or "",
        note=pair("note"),
        is_public=bool(values.get("is_public", True)),
        slug=values.get("slug") or "",
    )


def _staff(request: HttpRequest) -> User:
    user: User = scopes.require(request, "insights:write")
    if not rules.can_manage_series(user):
        raise NotAllowed()
    return user


@router.post("/series", response={201: SeriesDetailOut, **ERRORS})
def create_series(request: HttpRequest, data: SeriesIn) -> Status[Series]:
    """Staff create a series, with its first points if given (all or nothing: a bad point
    creates nothing; ``details.errors`` names each row, from 1, and field)."""
    from django.db import transaction

    user = _staff(request)
    with transaction.atomic():
        series = services.series_create(actor=user, data=_input(data.model_dump()))
        if data.points:
            services.series_points_replace(actor=user, series=series, rows=_rows(data.points))
    return Status(201, Series.objects.get(pk=series.pk))


@router.patch("/series/{slug}", response={200: SeriesDetailOut, **ERRORS})
def update_series(request: HttpRequest, slug: Path[Slug], data: SeriesPatch) -> Series:
    """Staff change a series' texts, source or publicity (the fields sent; the others stay)."""
    user = _staff(request)
    series = _series(user, slug)
    values: dict[str, Any] = {
        f"{name}_{short}": getattr(series, f"{name}_{suffix}") or ""
        for name in ("title", "unit", "source", "note")
        for short, suffix in (("en", "en"), ("zh", "zh_hans"))
    }
    values.update(source_url=series.source_url, is_public=series.is_public)
    values.update(patch_fields(data))
    services.series_update(actor=user, series=series, data=_input(values))
    return Series.objects.get(pk=series.pk)


@router.post("/series/{slug}/import", response={200: SeriesDetailOut, **ERRORS})
def import_points(request: HttpRequest, slug: Path[Slug], data: PointsIn) -> Series:
    """Staff replace every point of the series, as the page's CSV import does: all or
    nothing (400 with ``details.errors``: each bad row, from 1, its field and what is
    wrong; the series is left as it was)."""
    user = _staff(request)
    series = _series(user, slug)
    services.series_points_replace(actor=user, series=series, rows=_rows(data.points))
    return Series.objects.get(pk=series.pk)


@router.post("/series/{slug}/points", response={201: SeriesDetailOut, **ERRORS})
def append_points(request: HttpRequest, slug: Path[Slug], data: PointsIn) -> Status[Series]:
    """Staff add points for periods the series does not hold yet: all or nothing (400 for bad
    rows, 409 when a period is already in the series; ``details.errors`` names the rows)."""
    user = _staff(request)
    series = _series(user, slug)
    services.series_points_append(actor=user, series=series, rows=_rows(data.points))
    return Status(201, Series.objects.get(pk=series.pk))
