"""Site pages that belong to no domain: the home page, the page of a server error."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from tradebridge.directory.selectors import directory_stats


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"stats": directory_stats()})


def healthz(request: HttpRequest) -> HttpResponse:
    """A liveness probe for load balancers and the load benchmark's minimal page: it passes
    through every middleware and touches neither the database nor a template."""
    response = HttpResponse(b"ok\n", content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the language of the address (``/zh-hans/…``), whatever failed: the
    language is read from the path, not from middleware that may not have run; the template
    has no base layout, context processors, database query or static file."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    other = "en" if language == "zh-hans" else "zh-hans"
    with translation.override(language):
        body = loader.get_template("500.html").render(
            {"home": f"/{language}/", "other_home": f"/{other}/"}
        )
    return HttpResponseServerError(body)


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
