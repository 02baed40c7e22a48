"""Root URL configuration: interface pages under a language prefix, the API and static files
without one."""

from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from tradebridge.api.api import api
from tradebridge.web.views import service_worker


def favicon(request: HttpRequest) -> HttpResponse:
    # Resolved per request: the manifest of hashed static names exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("web/favicon.svg"))


urlpatterns = [
    path("favicon.ico", favicon),
    path("sw.js", service_worker, name="service-worker"),
    path("api/", api.urls),
]

urlpatterns += i18n_patterns(
    # Inside the language prefix so that set_language can translate the page's own URL.
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("tradebridge.web.urls")),
    path("accounts/", include("tradebridge.accounts.urls")),
    path("directory/", include("tradebridge.directory.urls")),
    path("events/", include("tradebridge.events.urls")),
    path("matchmaking/", include("tradebridge.matchmaking.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static as serve_files

    urlpatterns += serve_files(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
