"""Site pages that belong to no domain: the home page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tradebridge.directory.selectors import directory_stats


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"stats": directory_stats()})


@cache
def _service_worker_source() -> bytes:
    found = finders.find("web/sw.js")
    assert isinstance(found, str), "web/static/web/sw.js is missing"
    return Path(found).read_bytes()


def service_worker(request: HttpRequest) -> HttpResponse:
    """The service worker, from the site's own static files, at the root of the site: its
    scope must cover the agendas (/en/…, /zh-hans/…), which a worker under /static/ cannot."""
    response = HttpResponse(_service_worker_source(), content_type="text/javascript")
    response["Service-Worker-Allowed"] = "/"
    # A browser checks for a new worker on each visit; never keep an old one.
    response["Cache-Control"] = "no-cache"
    return response
