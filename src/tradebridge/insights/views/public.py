"""The insights pages: the public summary, the members' dashboard, a series, and every chart's
figures as CSV and XLSX. Thin views: read, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from tradebridge.http.views import allowed_only

from .. import rules, selectors
from ..exporting import chart_csv, chart_xlsx
from ..models import Series

FORMATS = {
    "csv": ("text/csv; charset=utf-8", chart_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", chart_xlsx),
}


def _charts_context(charts: list[selectors.Chart]) -> dict[str, object]:
    return {
        "charts": charts,
        "specs": [c.spec() for c in charts],
        "echarts_locale": "ZH" if (get_language() or "").startswith("zh") else "EN",
    }


def summary(request: HttpRequest) -> HttpResponse:
    charts = [selectors.series_chart(s) for s in selectors.series_public()]
    return render(
        request,
        "insights/summary.html",
        {
            "headlines": selectors.headlines(),
            "can_view_dashboard": rules.can_view_dashboard(request.user),
            **_charts_context(charts),
        },
    )


@allowed_only(rules.can_view_dashboard)
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "insights/dashboard.html",
        {
            "can_manage": rules.can_manage_series(request.user),
            **_charts_context(selectors.dashboard_charts()),
        },
    )


def series_detail(request: HttpRequest, slug: str) -> HttpResponse:
    series = get_object_or_404(Series, slug=slug)
    if not (series.is_public or rules.can_manage_series(request.user)):
        raise Http404
    chart = selectors.series_chart(series)
    return render(
        request,
        "insights/series.html",
        {
            "series": series,
            "can_manage": rules.can_manage_series(request.user),
            **_charts_context([chart]),
        },
    )


def chart_download(request: HttpRequest, key: str, fmt: str) -> HttpResponse:
    if fmt not in FORMATS or not rules.can_download_chart(request.user, key):
        raise Http404
    chart = selectors.chart_by_key(key)
    if chart is None:
        raise Http404
    if key.startswith("series-"):
        series = Series.objects.get(slug=key.removeprefix("series-"))
        if not (series.is_public or rules.can_manage_series(request.user)):
            raise Http404
    content_type, render_file = FORMATS[fmt]
    response = HttpResponse(render_file(chart), content_type=content_type)
    language = "zh" if (get_language() or "").startswith("zh") else "en"
    response["Content-Disposition"] = f'attachment; filename="{key}-{language}.{fmt}"'
    return response
