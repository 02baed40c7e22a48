"""Root URL configuration: interface pages under a language prefix, the API and static files
without one."""

from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog

from tradebridge.api.api import api
from tradebridge.directory.views import public as directory_public
from tradebridge.web.views import healthz, service_worker


def legacy_api_redirect(request: HttpRequest, rest: str) -> HttpResponse:
    # 308 keeps the method and body, so that an old client's POST still arrives.
    query = request.META.get("QUERY_STRING", "")
    response = HttpResponse(status=308)
    response["Location"] = f"/api/v1/{rest}" + (f"?{query}" if query else "")
    return response


def favicon(request: HttpRequest) -> HttpResponse:
    # Resolved per request: the manifest of hashed static names exists only after collectstatic.
    return HttpResponsePermanentRedirect(static("web/favicon.svg"))


urlpatterns = [
    path("favicon.ico", favicon),
    path("sw.js", service_worker, name="service-worker"),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    # The first API had no version in its addresses: they answer with the v1 address.
    re_path(r"^api/(?!v1/)(?P<rest>.*)$", legacy_api_redirect),
    # Uploaded files are served by the platform with access checks, in production too; only
    # organizations' logos are uploads today (MEDIA_URL + "logos/").
    path(
        settings.MEDIA_URL.lstrip("/") + "logos/<path:name>",
        directory_public.logo_view,
        name="logo",
    ),
]

urlpatterns += i18n_patterns(
    # Inside the language prefix so that set_language can translate the page's own URL.
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("tradebridge.web.urls")),
    path("accounts/", include("tradebridge.accounts.urls")),
    # Personal access tokens (accounts/tokens/, staff/tokens/) and the API guide
    # (developers/api/).
    path("", include("tradebridge.api.urls")),
    path("directory/", include("tradebridge.directory.urls")),
    path("events/", include("tradebridge.events.urls")),
    path("matchmaking/", include("tradebridge.matchmaking.urls")),
    path("registration/", include("tradebridge.registrations.urls")),
    path("checkin/", include("tradebridge.checkin.urls")),
    path("delegations/", include("tradebridge.delegations.urls")),
    path("pool/", include("tradebridge.pool.urls")),
    path("news/", include("tradebridge.news.urls")),
    path("insights/", include("tradebridge.insights.urls")),
    path("staff/webhooks/", include("tradebridge.webhooks.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=True,
)

# 403 and 404 are Django's views with our templates (web/templates/403.html, 404.html).
handler500 = "tradebridge.web.views.server_error"
