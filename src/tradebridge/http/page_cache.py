"""Whole-response cache for anonymous visitors' public pages (issue 13, load).

A public page (the directory and its search, an organization, events, the home page, the API's
public lists) is the same for every anonymous visitor in one language, and rendering it costs
15-60 ms of CPU. ``AnonymousPageCacheMiddleware`` keeps such answers in the shared cache (Redis
across web nodes) for ``PAGE_CACHE_SECONDS`` and serves them without touching the database.

Why our own middleware and not Django's ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware``:
Django's caches every URL, keys on the ``Vary`` headers (so on the ``Cookie`` header: a visitor
holding a CSRF cookie gets a cache of their own), tells browsers to keep the page for the whole
TTL (``Cache-Control: max-age``, so a change would not show at once), and has no way to drop
everything when the data change. Here: only the views named in ``PAGE_CACHE_VIEWS``, only
requests that carry no session, no credentials and no cookie but the CSRF and language ones,
nothing sent to the browser but the page, and one version number for all entries.

Invalidation: every committed write to a table outside ``PAGE_CACHE_IGNORED_TABLES`` replaces
the version (``page_cache_bump``), whichever code made it — a service, the admin, an import, a
background task, a conditional ``UPDATE`` that sends no signal. A statement is recognised on the
database connection (``install_write_watch``), so no write path can forget it; the version
changes once per transaction, after its commit. Sessions, sign-in throttling and the task
queue's bookkeeping are ignored: they change no public page and would empty the cache every
few seconds.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

VERSION_KEY = "page-cache:version"
_KEY_PREFIX = "page-cache:"
# Headers of the answer that are not kept: they belong to one response, not to the page.
_DROPPED_HEADERS = {"set-cookie", "date", "content-length"}
# htmx asks for a part of the same page at the same address.
_VARYING_REQUEST_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-History-Restore-Request")
_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([A-Za-z0-9_]+)', re.I)

Handler = Callable[[HttpRequest], HttpResponse]


def page_cache_bump() -> None:
    """Invalidate every cached page (a new version; the old entries expire unread)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # First use, or evicted: any fresh value differs from every stored entry's.
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return str(version)


def _watch_writes(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    result = execute(sql, params, many, context)
    # With the cache off (the test settings) nothing is kept, so nothing is to be dropped.
    match = _WRITE.match(sql) if settings.PAGE_CACHE_SECONDS else None
    if match and not match.group(1).lower().startswith(settings.PAGE_CACHE_IGNORED_TABLES):
        connection = context["connection"]
        # One bump per transaction, after its commit (none if it rolls back: Django then
        # drops the transaction's on-commit list, this entry with it).
        if not connection.in_atomic_block or not any(
            entry[1] is page_cache_bump for entry in connection.run_on_commit
        ):
            transaction.on_commit(page_cache_bump, using=connection.alias)
    return result


def install_write_watch(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """``connection_created`` receiver: watch this connection's writes (once per wrapper)."""
    if _watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(_watch_writes)


def _cacheable_request(request: HttpRequest) -> bool:
    if request.method != "GET" or "Authorization" in request.headers:
        return False
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    return set(request.COOKIES) <= allowed


def _listed(request: HttpRequest) -> bool:
    # Resolving the address (some 20 us) spares every other page a round trip to the cache.
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.view_name in settings.PAGE_CACHE_VIEWS


def _key(request: HttpRequest) -> str:
    varying = "|".join(request.headers.get(name, "") for name in _VARYING_REQUEST_HEADERS)
    return f"{_KEY_PREFIX}{get_language()}|{varying}|{request.get_full_path()}"


class AnonymousPageCacheMiddleware:
    """Serve and keep anonymous visitors' public pages (see the module's docstring). Placed
    after the session and language middleware (the key holds the language) and before the CSRF,
    authentication and message middleware, which a cached page does not need."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not _cacheable_request(request) or not _listed(request):
            return self.get_response(request)
        key = _key(request)
        # One round trip to the cache for the version and the page.
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY)
        if version is None:
            version = _current_version()
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            _version, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            return response
        response = self.get_response(request)
        if self._storable(request, response):
            patch_vary_headers(response, ("Cookie",))
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _DROPPED_HEADERS
            ]
            cache.set(key, (version, response.status_code, headers, response.content), seconds)
        return response

    @staticmethod
    def _storable(request: HttpRequest, response: HttpResponse) -> bool:
        match = request.resolver_match
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and match is not None
            and match.view_name in settings.PAGE_CACHE_VIEWS
            # A page that sets a cookie (a CSRF token rendered, a session begun, a message
            # left) belongs to this visitor alone.
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not (user is not None and user.is_authenticated)
        )
