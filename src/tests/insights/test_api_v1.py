"""The insights API (v1): every figure of the summary and the dashboard equals an independent
count of the same rows; series and their points (all-or-nothing imports and appends, each bad
value named by row and field); flat query counts; a permission matrix."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.conftest import client_for
from tests.factories import api_token, bearer
from tradebridge.api.models import ApiToken
from tradebridge.api.tokens import token_revoke
from tradebridge.directory.models import Organization
from tradebridge.insights import services
from tradebridge.insights.models import Point, Series
from tradebridge.pool.models import Deal, DealEvent, ExchangeRate, Opportunity

from .factories import build_activity
from .test_selectors import held_meetings

pytestmark = pytest.mark.django_db

BASE = "/api/v1/insights"


def make_series(staff, *, public=True, slug="investment"):
    series = services.series_create(
        actor=staff,
        data=services.SeriesInput(
            title={"en": "Chinese investment in California", "zh_hans": "中国对加州投资"},
            unit={"en": "billion US dollars", "zh_hans": "十亿美元"},
            source={"en": "Milken Institute", "zh_hans": "米尔肯研究所"},
            is_public=public,
            slug=slug,
        ),
    )
    services.series_points_replace(
        actor=staff, series=series, rows=[("2005", "0.08"), ("2015", "9.2")]
    )
    return series


def test_summary_figures_equal_independent_counts(client):
    build_activity(1)
    data = client.get(f"{BASE}/summary").json()
    public = [o for o in Organization.objects.all() if o.is_public]
    rate = ExchangeRate.objects.order_by("-as_of").first()
    signed = [d for d in Deal.objects.all() if d.stage in ("signed", "implemented") and d.signed_at]

    def usd(d):
        if d.amount is None:
            return Decimal(0)
        return d.amount / rate.cny_per_usd if d.currency == "CNY" else d.amount

    assert data["organizations"] == len(public) > 0
    assert data["chinese"] == sum(o.side == "CN" for o in public)
    assert data["american"] == sum(o.side == "US" for o in public)
    assert data["meetings_held"] == len(held_meetings()) > 0
    assert data["opportunities"] == sum(
        o.status in ("published", "closed") for o in Opportunity.objects.all()
    )
    assert data["deals_signed"] == len(signed) > 0
    assert abs(Decimal(data["signed_value_usd"]) - sum(usd(d) for d in signed)) < Decimal("0.02")
    assert data["jobs_created"] == sum(d.jobs_created or 0 for d in signed)
    assert Decimal(data["rate_cny_per_usd"]) == rate.cny_per_usd
    assert data["rate_date"] == rate.as_of.isoformat()


def test_dashboard_figures_equal_independent_counts(owner, staff):
    build_activity(1)
    make_series(staff, slug="public-one")
    make_series(staff, public=False, slug="staff-only")
    charts = {c["key"]: c for c in client_for(owner).get(f"{BASE}/dashboard").json()}

    sectors_of = {
        o.pk: {s.code for s in o.sectors.all()}
        for o in Organization.objects.prefetch_related("sectors")
    }
    by_sector: Counter[str] = Counter()
    for m in held_meetings():
        for code in sectors_of[m.first.organization_id] | sectors_of[m.second.organization_id]:
            by_sector[code] += 1
    assert {r[0]: r[2] for r in charts["meetings-by-sector"]["rows"]} == dict(by_sector)

    for key, country in (("meetings-by-province", "CN"), ("meetings-by-state", "US")):
        expected: Counter[str] = Counter()
        for m in held_meetings():
            for code in {
                o.region.code
                for o in (m.first.organization, m.second.organization)
                if o.region is not None and o.region.code.startswith(country + "-")
            }:
                expected[code] += 1
        assert {r[0]: r[2] for r in charts[key]["rows"] if r[2]} == dict(expected)

    kinds = Counter(
        (o.kind, o.stage) for o in Opportunity.objects.all() if o.status in ("published", "closed")
    )
    stages = [*Opportunity.Stage.values, ""]
    for row in charts["opportunities-by-type"]["rows"]:
        assert row[2:-1] == [kinds[(row[0], s)] for s in stages]

    deals = Counter(d.stage for d in Deal.objects.all())
    assert {r[0]: r[2] for r in charts["deals-by-stage"]["rows"]} == {
        s: deals[s] for s in Deal.Stage.values
    }

    signed = Counter(
        f"{d.signed_at.year} Q{(d.signed_at.month - 1) // 3 + 1}"
        for d in Deal.objects.all()
        if d.stage in ("signed", "implemented") and d.signed_at
    )
    assert {r[0]: r[1] for r in charts["deals-signed"]["rows"] if r[1]} == dict(signed)

    moves: Counter[tuple[str, str]] = Counter()
    for e in DealEvent.objects.all():
        if e.from_stage != e.to_stage:
            moves[(f"{e.at.year} Q{(e.at.month - 1) // 3 + 1}", e.to_stage)] += 1
    got = {
        (r[0], s): n
        for r in charts["pipeline-moves"]["rows"]
        for s, n in zip(Deal.Stage.values, r[1:], strict=True)
        if n
    }
    assert got == dict(moves)

    assert charts["series-public-one"]["rows"] == [["2005", "0.0800"], ["2015", "9.2000"]]
    # A series that is not public is for staff only.
    assert "series-staff-only" not in charts
    assert "series-staff-only" in {
        c["key"] for c in client_for(staff).get(f"{BASE}/dashboard").json()
    }


def test_dashboard_labels_in_either_language(owner):
    build_activity(1)
    zh = client_for(owner).get(f"{BASE}/dashboard", {"language": "zh-hans"}).json()
    en = client_for(owner).get(f"{BASE}/dashboard").json()
    assert en[4]["key"] == zh[4]["key"] == "deals-by-stage"
    assert en[4]["title"] == "Deals by stage" and en[4]["title"] != zh[4]["title"]
    assert [r[2] for r in en[4]["rows"]] == [r[2] for r in zh[4]["rows"]]


def test_series_list_and_detail_public_and_staff(client, staff):
    make_series(staff, slug="open")
    make_series(staff, public=False, slug="closed")
    assert [s["slug"] for s in client.get(f"{BASE}/series").json()["items"]] == ["open"]
    assert client.get(f"{BASE}/series/closed").status_code == 404
    detail = client.get(f"{BASE}/series/open").json()
    assert (detail["title_zh"], detail["unit_en"]) == ("中国对加州投资", "billion US dollars")
    assert detail["points"] == [
        {"period": "2005-01-01", "value": "0.0800"},
        {"period": "2015-01-01", "value": "9.2000"},
    ]
    assert client_for(staff).get(f"{BASE}/series").json()["count"] == 2


def test_import_is_all_or_nothing_with_each_problem_named(staff):
    series = make_series(staff)
    c = client_for(staff)
    bad = c.post(
        f"{BASE}/series/{series.slug}/import",
        {
            "points": [
                {"period": "2016", "value": "1.5"},
                {"period": "twenty", "value": "2"},
                {"period": "2018", "value": "1,5"},
                {"period": "2016", "value": 3},
            ]
        },
        content_type="application/json",
    )
    assert bad.status_code == 400
    errors = bad.json()["error"]["details"]["errors"]
    assert [(e["row"], e["field"]) for e in errors] == [(2, "period"), (3, "value"), (4, "period")]
    assert "Row 2" in errors[0]["message"]
    assert list(Point.objects.filter(series=series).values_list("value", flat=True)) == [
        Decimal("0.08"),
        Decimal("9.2"),
    ]
    good = c.post(
        f"{BASE}/series/{series.slug}/import",
        {"points": [{"period": "2016-07", "value": 1.25}, {"period": "2017", "value": "2"}]},
        content_type="application/json",
    )
    assert good.status_code == 200
    assert list(Point.objects.filter(series=series).values_list("period", "value")) == [
        (dt.date(2016, 7, 1), Decimal("1.25")),
        (dt.date(2017, 1, 1), Decimal("2")),
    ]


def test_append_adds_new_periods_and_refuses_held_ones(staff):
    series = make_series(staff)
    c = client_for(staff)
    url = f"{BASE}/series/{series.slug}/points"
    added = c.post(
        url, {"points": [{"period": "2016", "value": "10.1"}]}, content_type="application/json"
    )
    assert added.status_code == 201
    assert [p["period"] for p in added.json()["points"]] == [
        "2005-01-01",
        "2015-01-01",
        "2016-01-01",
    ]
    clash = c.post(
        url,
        {"points": [{"period": "2017", "value": "11"}, {"period": "2015", "value": "1"}]},
        content_type="application/json",
    )
    assert clash.status_code == 409
    assert clash.json()["error"]["details"]["errors"][0]["row"] == 2
    assert Point.objects.filter(series=series).count() == 3
    assert not Point.objects.filter(series=series, period=dt.date(2017, 1, 1)).exists()


def test_staff_create_a_series_with_points_or_nothing(staff):
    c = client_for(staff)
    body = {
        "title_en": "Trade",
        "unit_en": "USD",
        "source_en": "Census",
        "points": [{"period": "2020", "value": "x"}],
    }
    bad = c.post(f"{BASE}/series", body, content_type="application/json")
    assert bad.status_code == 400 and not Series.objects.exists()
    body["points"] = [{"period": "2020", "value": "5"}]
    good = c.post(f"{BASE}/series", body, content_type="application/json")
    assert good.status_code == 201 and good.json()["slug"] == "trade"
    assert Point.objects.get().value == Decimal("5")
    patched = c.patch(
        f"{BASE}/series/trade",
        {"is_public": False, "title_zh": "贸易"},
        content_type="application/json",
    )
    assert patched.status_code == 200
    assert Series.objects.filter(
        slug="trade", is_public=False, title_zh_hans="贸易", title_en="Trade"
    ).exists()


def test_series_list_query_count_is_flat(client, staff):
    make_series(staff, slug="a")

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{BASE}/series").status_code == 200
        return len(captured)

    before = count()
    for n in range(4):
        make_series(staff, slug=f"s{n}")
    assert count() == before


CALLERS = [
    "anonymous",
    "member session",
    "member token",
    "member wrong scope",
    "expired",
    "revoked",
    "other org",
    "staff session",
    "staff token",
    "staff read only",
]


def _caller(kind, member, other, staff):
    if kind == "anonymous":
        return Client(), {}
    if kind == "member session":
        return client_for(member), {}
    if kind == "member token":
        return Client(), bearer(api_token(member, "insights:read", "insights:write"))
    if kind == "member wrong scope":
        return Client(), bearer(api_token(member, "news:read", "news:write"))
    if kind in ("expired", "revoked"):
        secret = api_token(staff, "insights:read", "insights:write")
        token = ApiToken.objects.filter(user=staff).latest("pk")
        if kind == "expired":
            ApiToken.objects.filter(pk=token.pk).update(
                expires_at=timezone.now() - dt.timedelta(days=1)
            )
        else:
            token_revoke(actor=staff, token_id=token.pk)
        return Client(), bearer(secret)
    if kind == "other org":
        return client_for(other), {}
    if kind == "staff session":
        return client_for(staff), {}
    if kind == "staff token":
        return Client(), bearer(api_token(staff, "insights:read", "insights:write"))
    if kind == "staff read only":
        return Client(), bearer(api_token(staff, "insights:read"))
    raise AssertionError(kind)


def _read(anon, member, staff_):
    out = dict.fromkeys(CALLERS, member)
    out.update({"anonymous": anon, "member wrong scope": 403, "expired": 401, "revoked": 401})
    out.update({"staff session": staff_, "staff token": staff_, "staff read only": staff_})
    return out


def _write(staff_):
    out = dict.fromkeys(CALLERS, 403)
    out.update({"anonymous": 401, "expired": 401, "revoked": 401})
    out.update({"staff session": staff_, "staff token": staff_})
    return out


POINTS = {"points": [{"period": "2020", "value": "1"}]}
MATRIX = [
    ("get", "/summary", None, _read(200, 200, 200)),
    ("get", "/dashboard", None, _read(401, 200, 200)),
    ("get", "/series", None, _read(200, 200, 200)),
    ("get", "/series/open", None, _read(200, 200, 200)),
    ("get", "/series/closed", None, _read(404, 404, 200)),
    ("post", "/series", {"title_en": "T", "unit_en": "U", "source_en": "S"}, _write(201)),
    ("patch", "/series/open", {"note_en": "n"}, _write(200)),
    ("post", "/series/open/import", POINTS, _write(200)),
    ("post", "/series/open/points", POINTS, _write(201)),
]


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(
    ("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, _b, _e in MATRIX]
)
def test_permission_matrix(staff, owner, outsider, method, path, body, expected, caller):
    make_series(staff, slug="open")
    make_series(staff, public=False, slug="closed")
    c, headers = _caller(caller, owner, outsider, staff)
    kwargs = {"headers": headers}
    if body is not None:
        kwargs.update(data=body, content_type="application/json")
    response = getattr(c, method)(BASE + path, **kwargs)
    assert response.status_code == expected[caller], response.content


def test_a_patch_with_null_is_refused_and_the_series_stays(staff):
    series = make_series(staff, public=True, slug="kept")
    response = client_for(staff).patch(
        f"{BASE}/series/{series.slug}", {"is_public": None}, content_type="application/json"
    )
    assert response.status_code == 400
    assert Series.objects.get(pk=series.pk).is_public is True
