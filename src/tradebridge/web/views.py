"""Site pages that belong to no domain: the home page, the page of a server error."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.shortcuts import render
from django.template import loader
from django.urls import translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from tradebridge.directory.selectors import directory_stats


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"stats": directory_stats()})


def language_switch(request: HttpRequest) -> HttpResponse:
    """The language switcher's link: the same page in ``?language=``, remembered in the language
    cookie. A GET link, not Django's ``set_language`` form, so that no page carries a CSRF token
    for it (pages without one can be cached whole for anonymous visitors); choosing a
    language changes nothing worth forging a request for."""
    language = request.GET.get("language", "")
    if language not in dict(settings.LANGUAGES):
        return HttpResponseBadRequest(
            _("Unknown language %(language)r: choose one of %(choices)s.")
            % {"language": language, "choices": ", ".join(dict(settings.LANGUAGES))}
        )
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    # translate_url resolves the address in the language of its own prefix.
    current = translation.get_language_from_path(next_url) or translation.get_language()
    with translation.override(current):
        target = translate_url(next_url, language)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    return response


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
