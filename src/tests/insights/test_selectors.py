"""Every figure of the dashboard and the summary equals an independent count of the same rows,
made here in Python from the objects themselves; and each chart costs the same number of
queries whatever the amount of data."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.insights import selectors
from tradebridge.matchmaking.models import Meeting, MeetingOutcome, Placement
from tradebridge.pool.models import Deal, DealEvent, ExchangeRate, Opportunity

from .factories import build_activity

pytestmark = pytest.mark.django_db


def held_meetings() -> list[Meeting]:
    """Independently: confirmed, in the published run of an ended, published session, and no
    outcome saying it did not take place."""
    now = timezone.now()
    not_held = set(MeetingOutcome.objects.filter(held=False).values_list("meeting_id", flat=True))
    published = {(p.meeting_id, p.run_id) for p in Placement.objects.all()}
    result = []
    for m in Meeting.objects.select_related(
        "session", "first__organization", "second__organization"
    ):
        s = m.session
        if (
            m.status == "confirmed"
            and s.status == "published"
            and s.ends_at <= now
            and s.published_run_id is not None
            and (m.pk, s.published_run_id) in published
            and m.pk not in not_held
        ):
            result.append(m)
    return result


@pytest.fixture
def activity(db):
    return build_activity(1)


def test_meetings_held_by_sector_equal_an_independent_count(activity):
    sectors_of = {
        o.pk: {s.code for s in o.sectors.all()}
        for o in Organization.objects.prefetch_related("sectors")
    }
    expected: Counter[str] = Counter()
    for m in held_meetings():
        for code in sectors_of[m.first.organization_id] | sectors_of[m.second.organization_id]:
            expected[code] += 1
    chart = selectors.meetings_by_sector()
    assert {row[0]: row[2] for row in chart.rows} == dict(expected)
    assert sum(expected.values()) > 20  # the data exercises the chart
    labels = dict(Sector.objects.values_list("code", "name_en"))
    assert all(row[1] == labels[row[0]] for row in chart.rows)


@pytest.mark.parametrize("country", ["CN", "US"])
def test_meetings_held_by_region_equal_an_independent_count(activity, country):
    expected: Counter[str] = Counter()
    for m in held_meetings():
        codes = {
            o.region.code
            for o in (m.first.organization, m.second.organization)
            if o.region is not None and o.region.code.startswith(country + "-")
        }
        for code in codes:
            expected[code] += 1
    chart = selectors.meetings_by_region(country)
    assert {r[0]: r[2] for r in chart.rows if r[2]} == dict(expected)
    # Every province or state is on the map, the ones without meetings at 0.
    assert len(chart.rows) == Region.objects.filter(code__startswith=country + "-").count()
    assert sum(expected.values()) > 5


def test_headline_meetings_held_counts_each_meeting_once(activity):
    held = held_meetings()
    assert selectors.headlines().meetings_held == len(held)
    # The data holds each kind of meeting the definition leaves out.
    assert Meeting.objects.filter(status="cancelled").exists()
    assert MeetingOutcome.objects.filter(held=False).exists()
    assert len(held) < Meeting.objects.count()


def test_opportunities_by_type_and_stage_equal_an_independent_count(activity):
    expected = Counter(
        (o.kind, o.stage) for o in Opportunity.objects.all() if o.status in ("published", "closed")
    )
    chart = selectors.opportunities_by_type_and_stage()
    stages = [*Opportunity.Stage.values, ""]
    for row in chart.rows:
        kind = row[0]
        assert row[2:-1] == [expected[(kind, s)] for s in stages]
        assert row[-1] == sum(expected[(kind, s)] for s in stages)
    assert sum(r[-1] for r in chart.rows) == sum(expected.values()) > 0
    assert selectors.headlines().opportunities == sum(expected.values())


def test_deals_by_stage_equal_an_independent_count(activity):
    expected = Counter(d.stage for d in Deal.objects.all())
    assert {r[0]: r[2] for r in selectors.deals_by_stage().rows} == {
        s: expected[s] for s in Deal.Stage.values
    }


def _usd(deal: Deal, rate: Decimal) -> Decimal:
    if deal.amount is None:
        return Decimal(0)
    return deal.amount / rate if deal.currency == "CNY" else deal.amount


def test_signed_deals_by_quarter_equal_an_independent_sum(activity):
    rate = ExchangeRate.objects.order_by("-as_of").first().cny_per_usd
    assert rate == Decimal("6.9")  # the latest of the two rates
    count: Counter[str] = Counter()
    value: dict[str, Decimal] = {}
    signed = [d for d in Deal.objects.all() if d.stage in ("signed", "implemented") and d.signed_at]
    for d in signed:
        q = f"{d.signed_at.year} Q{(d.signed_at.month - 1) // 3 + 1}"
        count[q] += 1
        value[q] = value.get(q, Decimal(0)) + _usd(d, rate)
    chart = selectors.signed_deals_by_quarter()
    got = {r[0]: (r[1], r[2]) for r in chart.rows}
    for q in count:
        assert got[q][0] == count[q]
        assert abs(got[q][1] - value[q]) < Decimal("0.02")
    # Quarters without a signature are shown as 0, never skipped.
    assert all(got[q] == (0, 0) for q in got if q not in count)
    assert chart.rows[0][0] == min(count) and chart.rows[-1][0] == max(count)
    h = selectors.headlines()
    assert h.deals_signed == len(signed)
    assert abs(h.signed_value_usd - sum(_usd(d, rate) for d in signed)) < Decimal("0.02")
    assert h.jobs_created == sum(d.jobs_created or 0 for d in signed)


def test_pipeline_moves_equal_an_independent_count(activity):
    expected: Counter[tuple[str, str]] = Counter()
    for e in DealEvent.objects.all():
        if e.from_stage != e.to_stage:
            expected[(f"{e.at.year} Q{(e.at.month - 1) // 3 + 1}", e.to_stage)] += 1
    chart = selectors.pipeline_moves_by_quarter()
    stages = Deal.Stage.values
    got = {(r[0], s): n for r in chart.rows for s, n in zip(stages, r[1:], strict=True) if n}
    assert got == dict(expected)


def test_headline_organizations_by_side(activity):
    public = [o for o in Organization.objects.all() if o.is_public]
    h = selectors.headlines()
    assert h.organizations == len(public)
    assert (h.chinese, h.american) == (
        sum(o.side == "CN" for o in public),
        sum(o.side == "US" for o in public),
    )


def test_without_an_exchange_rate_yuan_amounts_are_left_out_and_said_so(activity):
    ExchangeRate.objects.all().delete()
    signed = [d for d in Deal.objects.all() if d.stage in ("signed", "implemented") and d.signed_at]
    expected = sum((d.amount or 0) for d in signed if d.currency == "USD")
    assert selectors.headlines().signed_value_usd == Decimal(expected).quantize(Decimal("0.01"))
    assert "no exchange rate" in selectors.signed_deals_by_quarter().note


def test_labels_follow_the_reader_language(activity):
    with translation.override("zh-hans"):
        chart = selectors.meetings_by_region("CN")
        names = dict(Region.objects.values_list("code", "name_zh_hans"))
        assert all(row[1] == names[row[0]] for row in chart.rows)
        assert chart.title == "各省份已举行的洽谈"
        assert chart.columns == ["代码", "省份", "会谈"]


def _queries(function) -> int:
    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured)


def test_query_counts_are_flat_as_data_grows(db):
    build_activity(1, seed=1)
    small = {
        "dashboard": _queries(selectors.dashboard_charts),
        "headlines": _queries(selectors.headlines),
    }
    build_activity(4, seed=2)
    large = {
        "dashboard": _queries(selectors.dashboard_charts),
        "headlines": _queries(selectors.headlines),
    }
    assert Meeting.objects.count() > 4 * 80
    assert small == large


def test_quarters_between_spans_years():
    quarters = selectors._quarters_between(dt.date(2016, 11, 5), dt.date(2017, 4, 1))
    assert quarters == [dt.date(2016, 10, 1), dt.date(2017, 1, 1), dt.date(2017, 4, 1)]
