"""Site pages that belong to no domain: the home page, the page of a server error."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation

from tradebridge.directory.selectors import directory_stats


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"stats": directory_stats()})


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
