"""Reads of insights: every chart's figures and the headline figures, each computed by the
database (a fixed number of grouped queries per chart, whatever the number of rows: COUNT, SUM
and GROUP BY, never a Python loop over rows). Python only shapes the aggregated rows (a dozen
sectors, pairs of regions, eight types, some quarters) into a chart.

What is counted (docs/insights.md says the same for readers):

- a **meeting held** is a confirmed meeting placed in its session's published schedule, in a
  session that has ended, that no participant reported as not having taken place;
- an **opportunity in the pool** is one that staff published (still open or since closed);
- a **signed deal** is a deal at the stage "signed" or "implemented" with its signature date;
  its value is in US dollars, yuan converted at the latest exchange rate staff entered;
- a **pipeline move** is a deal event that changes the stage (notes are not moves).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import (
    Case,
    Count,
    DecimalField,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, TruncQuarter
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.bilingual import active_suffix
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.matchmaking.models import Meeting, MeetingOutcome, Placement, Session
from tradebridge.pool.models import Currency, Deal, DealEvent, ExchangeRate, Opportunity

from .models import Point, Series

SIGNED_STAGES = (Deal.Stage.SIGNED, Deal.Stage.IMPLEMENTED)
POOL_STATUSES = (Opportunity.Status.PUBLISHED, Opportunity.Status.CLOSED)
MONEY = DecimalField(max_digits=20, decimal_places=2)


@dataclass(frozen=True)
class Chart:
    """One chart: its figures as a table (``columns`` and ``rows``, what the CSV and XLSX
    downloads hold) and what the page's script needs to draw it (``kind``, ``options``)."""

    key: str
    title: str
    kind: str  # bar | stacked | map | bar-line | line
    columns: list[str]
    rows: list[list[Any]]
    options: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    def spec(self) -> dict[str, Any]:
        """What the page hands the script, as JSON."""
        return {
            "key": self.key,
            "title": self.title,
            "kind": self.kind,
            "columns": self.columns,
            "rows": [[_plain(v) for v in row] for row in self.rows],
            "options": self.options,
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _label(values: Mapping[str, Any], name: str = "name") -> str:
    other = "en" if active_suffix() == "zh_hans" else "zh_hans"
    return str(values.get(f"{name}_{active_suffix()}") or values.get(f"{name}_{other}") or "")


# --- meetings ----------------------------------------------------------------------------------


def meetings_held(*, now: dt.datetime | None = None) -> QuerySet[Meeting]:
    """Meetings that took place (see the module's note)."""
    placed = Placement.objects.filter(
        meeting=OuterRef("pk"), run=OuterRef("session__published_run")
    )
    not_held = MeetingOutcome.objects.filter(meeting=OuterRef("pk"), held=False)
    return (
        Meeting.objects.filter(
            status=Meeting.Status.CONFIRMED,
            session__status=Session.Status.PUBLISHED,
            session__ends_at__lte=now or timezone.now(),
        )
        .filter(Exists(placed))
        .exclude(Exists(not_held))
    )


def _meetings_per_sector() -> Counter[int]:
    """Held meetings per sector id, a meeting once in each sector of either side: those where
    the first side has the sector, plus those where the second has it, less those where both
    have it (three grouped queries, whatever the number of meetings)."""
    held = meetings_held().order_by()
    sides = Organization.sectors.through.objects.filter(
        organization=OuterRef("second__organization"), sector=OuterRef("sector")
    )
    first = held.values(sector=F("first__organization__sectors")).annotate(n=Count("pk"))
    second = held.values(sector=F("second__organization__sectors")).annotate(n=Count("pk"))
    both = (
        held.annotate(sector=F("first__organization__sectors"))
        .filter(Exists(sides))
        .values("sector")
        .annotate(n=Count("pk"))
    )
    counts: Counter[int] = Counter()
    for rows, sign in ((first, 1), (second, 1), (both, -1)):
        for row in rows:
            if row["sector"] is not None:
                counts[row["sector"]] += sign * row["n"]
    return counts


def meetings_by_sector() -> Chart:
    """Held meetings by sector: a meeting counts in each sector of either side (once)."""
    counts = _meetings_per_sector()
    sectors = Sector.objects.filter(pk__in=[k for k, n in counts.items() if n]).values(
        "pk", "code", "order", "name_en", "name_zh_hans"
    )
    ordered = sorted(sectors, key=lambda r: (-counts[r["pk"]], r["order"], r["code"]))
    return Chart(
        key="meetings-by-sector",
        title=_("Meetings held by sector"),
        kind="bar",
        columns=[_("Code"), _("Sector"), _("Meetings")],
        rows=[[r["code"], _label(r), counts[r["pk"]]] for r in ordered],
        note=_("A meeting counts once in each sector of either side."),
    )


def meetings_per_region() -> Counter[int]:
    """Held meetings per region id: one query grouped by the pair of the two sides' regions; a
    meeting within one region counts there once."""
    counts: Counter[int] = Counter()
    pairs = (
        meetings_held()
        .order_by()
        .values(a=F("first__organization__region"), b=F("second__organization__region"))
        .annotate(n=Count("pk"))
    )
    for row in pairs:
        for region in {row["a"], row["b"]} - {None}:
            counts[region] += row["n"]
    return counts


def meetings_by_region(country: str, counts: Counter[int] | None = None) -> Chart:
    """Held meetings by province (``CN``) or state (``US``), every region listed (a map);
    ``counts`` from ``meetings_per_region`` when the page draws both maps."""
    counts = meetings_per_region() if counts is None else counts
    rows = (
        Region.objects.filter(code__startswith=f"{country}-")
        .order_by("code")
        .values("pk", "code", "name_en", "name_zh_hans")
    )
    china = country == "CN"
    return Chart(
        key="meetings-by-province" if china else "meetings-by-state",
        title=_("Meetings held by province") if china else _("Meetings held by state"),
        kind="map",
        columns=[_("Code"), _("Province") if china else _("State"), _("Meetings")],
        rows=[[r["code"], _label(r), counts[r["pk"]]] for r in rows],
        options={"map": "china" if china else "usa"},
        note=_("A meeting counts once in the region of either side."),
    )


# --- the project pool -------------------------------------------------------------------------


def opportunities_by_type_and_stage() -> Chart:
    """Opportunities in the pool by type, each bar split by stage of development."""
    counts = {
        (r["kind"], r["stage"]): r["n"]
        for r in Opportunity.objects.filter(status__in=POOL_STATUSES)
        .order_by()
        .values("kind", "stage")
        .annotate(n=Count("pk"))
    }
    stages = [*Opportunity.Stage.choices, ("", _("Not given"))]
    rows = []
    for kind, label in Opportunity.Kind.choices:
        row = [counts.get((kind, stage), 0) for stage, _label_ in stages]
        rows.append([kind, str(label), *row, sum(row)])
    return Chart(
        key="opportunities-by-type",
        title=_("Opportunities by type and stage of development"),
        kind="stacked",
        columns=[_("Code"), _("Type"), *[str(label) for _s, label in stages], _("Total")],
        rows=rows,
        note=_("Opportunities that staff published, open or closed since."),
    )


def deals_by_stage() -> Chart:
    """Deals by their current stage: the pipeline."""
    counts = dict(Deal.objects.order_by().values_list("stage").annotate(n=Count("pk")))
    return Chart(
        key="deals-by-stage",
        title=_("Deals by stage"),
        kind="bar",
        columns=[_("Code"), _("Stage"), _("Deals")],
        rows=[[stage, str(label), counts.get(stage, 0)] for stage, label in Deal.Stage.choices],
    )


def latest_rate() -> ExchangeRate | None:
    return ExchangeRate.objects.order_by("-as_of").first()


def _usd(rate: ExchangeRate | None) -> Case:
    """A deal's amount in US dollars (yuan at ``rate``; without a rate yuan amounts count 0)."""
    yuan = (
        ExpressionWrapper(F("amount") / Value(rate.cny_per_usd), output_field=MONEY)
        if rate
        else Value(Decimal(0), output_field=MONEY)
    )
    return Case(
        When(currency=Currency.CNY, then=yuan),
        default=F("amount"),
        output_field=MONEY,
    )


def _quarter(day: dt.date) -> str:
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def _quarters_between(first: dt.date, last: dt.date) -> list[dt.date]:
    quarters, day = [], dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while day <= last:
        quarters.append(day)
        month = day.month + 3
        day = dt.date(day.year + (month > 12), (month - 1) % 12 + 1, 1)
    return quarters


def signed_deals_by_quarter(rate: ExchangeRate | None = None) -> Chart:
    """Signed deals per quarter of signature: their number and value in US dollars."""
    rate = rate if rate is not None else latest_rate()
    grouped = {
        r["quarter"].date() if isinstance(r["quarter"], dt.datetime) else r["quarter"]: r
        for r in Deal.objects.filter(stage__in=SIGNED_STAGES, signed_at__isnull=False)
        .annotate(quarter=TruncQuarter("signed_at"))
        .order_by()
        .values("quarter")
        .annotate(
            n=Count("pk"), value=Coalesce(Sum(_usd(rate)), Value(Decimal(0)), output_field=MONEY)
        )
    }
    rows: list[list[Any]] = []
    if grouped:
        for quarter in _quarters_between(min(grouped), max(grouped)):
            found: Mapping[str, Any] = grouped.get(quarter, {})
            value = Decimal(found.get("value") or 0).quantize(Decimal("0.01"))
            rows.append([_quarter(quarter), found.get("n", 0), value])
    note = (
        _("Values in US dollars; yuan at %(rate)s per dollar (%(date)s).")
        % {"rate": rate.cny_per_usd.normalize(), "date": rate.as_of.isoformat()}
        if rate
        else _("Values in US dollars; no exchange rate entered, amounts in yuan are left out.")
    )
    return Chart(
        key="deals-signed",
        title=_("Signed deals by quarter"),
        kind="bar-line",
        columns=[_("Quarter"), _("Deals signed"), _("Value (US dollars)")],
        rows=rows,
        note=note,
    )


def pipeline_moves_by_quarter() -> Chart:
    """Stage changes per quarter, by the stage reached: how the pipeline moves."""
    counts: dict[dt.date, dict[str, int]] = {}
    for r in (
        DealEvent.objects.exclude(to_stage=F("from_stage"))
        .annotate(quarter=TruncQuarter("at"))
        .order_by()
        .values("quarter", "to_stage")
        .annotate(n=Count("pk"))
    ):
        quarter = r["quarter"].date() if isinstance(r["quarter"], dt.datetime) else r["quarter"]
        counts.setdefault(quarter, {})[r["to_stage"]] = r["n"]
    stages = Deal.Stage.choices
    rows: list[list[Any]] = []
    if counts:
        for quarter in _quarters_between(min(counts), max(counts)):
            found = counts.get(quarter, {})
            rows.append([_quarter(quarter), *[found.get(stage, 0) for stage, _l in stages]])
    return Chart(
        key="pipeline-moves",
        title=_("Pipeline moves by quarter"),
        kind="stacked-columns",
        columns=[_("Quarter"), *[str(label) for _s, label in stages]],
        rows=rows,
        note=_("Each deal's change of stage, by the stage it reached."),
    )


# --- statistics series ------------------------------------------------------------------------


def series_chart(series: Series) -> Chart:
    """A statistics series as a line, with its unit and source."""
    points = Point.objects.filter(series=series).order_by("period").values_list("period", "value")
    yearly = all(p.month == 1 and p.day == 1 for p, _v in points)
    rows = [[str(p.year) if yearly else p.isoformat(), v] for p, v in points]
    return Chart(
        key=f"series-{series.slug}",
        title=_text(series, "title"),
        kind="line",
        columns=[_("Period"), _text(series, "unit")],
        rows=rows,
        options={"unit": _text(series, "unit"), "source": _text(series, "source")},
        note=" ".join(
            filter(
                None,
                [
                    _("Source: %(source)s.") % {"source": _text(series, "source")},
                    _text(series, "note"),
                ],
            )
        ),
    )


def _text(obj: object, name: str) -> str:
    other = "en" if active_suffix() == "zh_hans" else "zh_hans"
    own = getattr(obj, f"{name}_{active_suffix()}", "") or ""
    return str(own or getattr(obj, f"{name}_{other}", "") or "")


def series_public() -> list[Series]:
    return list(Series.objects.filter(is_public=True).order_by("slug"))


# --- pages -------------------------------------------------------------------------------------


def dashboard_charts() -> list[Chart]:
    """Every chart of the dashboard, in page order."""
    regions = meetings_per_region()
    return [
        meetings_by_sector(),
        meetings_by_region("CN", regions),
        meetings_by_region("US", regions),
        opportunities_by_type_and_stage(),
        deals_by_stage(),
        signed_deals_by_quarter(),
        pipeline_moves_by_quarter(),
        *[series_chart(s) for s in Series.objects.order_by("slug")],
    ]


def chart_by_key(key: str) -> Chart | None:
    """One chart, for its download (None if there is no such chart)."""
    builders = {
        "meetings-by-sector": meetings_by_sector,
        "meetings-by-province": lambda: meetings_by_region("CN"),
        "meetings-by-state": lambda: meetings_by_region("US"),
        "opportunities-by-type": opportunities_by_type_and_stage,
        "deals-by-stage": deals_by_stage,
        "deals-signed": signed_deals_by_quarter,
        "pipeline-moves": pipeline_moves_by_quarter,
    }
    if key in builders:
        return builders[key]()
    if key.startswith("series-"):
        series = Series.objects.filter(slug=key.removeprefix("series-")).first()
        return series_chart(series) if series else None
    return None


@dataclass(frozen=True)
class Headlines:
    organizations: int
    chinese: int
    american: int
    meetings_held: int
    opportunities: int
    deals_signed: int
    signed_value_usd: Decimal
    jobs_created: int
    rate: ExchangeRate | None


def headlines() -> Headlines:
    """The public summary's figures: one aggregate query for each table."""
    orgs = Organization.objects.filter(is_public=True).aggregate(
        total=Count("pk"),
        cn=Count("pk", filter=Q(side=Organization.Side.CN)),
        us=Count("pk", filter=Q(side=Organization.Side.US)),
    )
    rate = latest_rate()
    deals = Deal.objects.filter(stage__in=SIGNED_STAGES, signed_at__isnull=False).aggregate(
        n=Count("pk"),
        value=Coalesce(Sum(_usd(rate)), Value(Decimal(0)), output_field=MONEY),
        jobs=Coalesce(Sum("jobs_created"), 0),
    )
    return Headlines(
        organizations=orgs["total"],
        chinese=orgs["cn"],
        american=orgs["us"],
        meetings_held=meetings_held().count(),
        opportunities=Opportunity.objects.filter(status__in=POOL_STATUSES).count(),
        deals_signed=deals["n"],
        signed_value_usd=Decimal(deals["value"]).quantize(Decimal("0.01")),
        jobs_created=deals["jobs"],
        rate=rate,
    )
