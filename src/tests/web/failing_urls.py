"""The site's URLs and one view that fails, for the 500 page's tests."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from tradebridge.urls import handler500
from tradebridge.urls import urlpatterns as site_urls


def fail(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("the database is on fire")


urlpatterns = [path("en/fail/", fail), path("zh-hans/fail/", fail), *site_urls]

__all__ = ["handler500", "urlpatterns"]
