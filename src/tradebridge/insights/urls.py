"""Insights addresses, under /<language>/insights/."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from .views import public, staff

app_name = "insights"
urlpatterns: list[URLPattern | URLResolver] = [
    path("", public.summary, name="summary"),
    path("dashboard/", public.dashboard, name="dashboard"),
    path("data/<slug:key>.<str:fmt>", public.chart_download, name="download"),
    path("series/", staff.series_list, name="series-list"),
    path("series/new/", staff.series_edit, name="series-create"),
    path("series/<slug:slug>/", public.series_detail, name="series"),
    path("series/<slug:slug>/edit/", staff.series_edit, name="series-edit"),
]
