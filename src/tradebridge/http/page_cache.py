"""Whole-response cache of the pages read most (issue 13, load), kept until the data under
them change.

Anonymous visitors' public pages (the directory and its search, an organization, events, the
home page, the API's public lists) are the same for every anonymous visitor in one language,
and a signed-in representative's agenda is the same at every reload until something in it
changes; rendering either costs 15-60 ms of CPU. ``PageCacheMiddleware`` keeps such answers in
the shared cache (Redis across web nodes) and serves them without rendering:

- **anonymous**: the views in ``PAGE_CACHE_VIEWS``, for GET requests that carry no session, no
  credentials and no cookie but the CSRF and language ones; one entry per address and language;
- **signed in**: the views in ``PAGE_CACHE_SIGNED_IN_VIEWS``, for GET requests with a session
  cookie and a CSRF cookie (a browser that has shown a signed-in page has both) and no message
  waiting; one entry per session, CSRF cookie, address and language. A hit still reads the
  session (one cache read with ``cached_db``) and is served only while it holds the same user
  with the same password hash as when the page was made: signing out, or a password changed,
  ends it at once. The page's CSRF token is the one made for that browser's cookie.

Why our own middleware and not Django's ``UpdateCacheMiddleware``/``FetchFromCacheMiddleware``:
Django's caches every URL, keys on the ``Vary`` headers, tells browsers to keep the page for the
whole TTL (``Cache-Control: max-age``, so a change would not show at once), knows nothing of
sessions, and has no way to drop a page when its data change.

**Invalidation by the tables a page read.** While a page is made, every SELECT on the request's
database connection names its tables (``FROM``/``JOIN``); the entry keeps that list. Every
committed INSERT/UPDATE/DELETE, whichever code made it (a service, the admin, an import, a
background task, a conditional ``UPDATE`` that sends no signal), stamps its tables with the next
value of one counter (``CLOCK_KEY``), once per transaction after its commit
(``install_write_watch``: on the connection, so no write path can forget it). An entry is
served only while each of its tables carries the stamp it had when the page was made, and it
is stored only if none of them was stamped after the page began (a write during the rendering).
So a check-in or a meeting request does not drop the directory, and an edited organization
drops every page that read organizations. Sessions, sign-in throttling and the task queue's
bookkeeping (``PAGE_CACHE_IGNORED_TABLES``) are neither dependencies nor invalidations: they
change no page's content and would empty the cache every few seconds.

A page that changes with the clock (the agenda's "now and next") says until when it holds
(``page_valid_until``); every entry lives at most ``PAGE_CACHE_SECONDS``. Writes made outside
the platform's processes (``psql``) are seen when that time runs out.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.core.cache import cache
from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language

from . import throttling

CLOCK_KEY = "page-cache:clock"
_TABLE_PREFIX = "page-cache:t:"
_KEY_PREFIX = "page-cache:p:"
# Headers of the answer that are not kept: they belong to one response, not to the page.
_DROPPED_HEADERS = {"set-cookie", "date", "content-length"}
# htmx asks for a part of the same page at the same address.
_VARYING_REQUEST_HEADERS = ("HX-Request", "HX-Target", "HX-Boosted", "HX-History-Restore-Request")
_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([A-Za-z0-9_]+)', re.I)
_READ = re.compile(r'\b(?:FROM|JOIN)\s+"?([A-Za-z_][A-Za-z0-9_]*)', re.I)
# The messages framework keeps a message waiting in the session or in this cookie.
_MESSAGES_SESSION_KEY = "_messages"
_MESSAGES_COOKIE = "messages"

Handler = Callable[[HttpRequest], HttpResponse]

# The tables read by the page being made on this thread (None: no page is being recorded).
_reads: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "page_cache_reads", default=None
)


# --- the clock and the tables' stamps ---------------------------------------------------------


def _table_key(table: str) -> str:
    return _TABLE_PREFIX + table


def _now_micro() -> int:
    return time.time_ns() // 1000


def _clock_tick() -> int:
    """The counter's next value. Started (or restarted, if the cache lost it) at the current
    time in microseconds, so that a new stamp is never below one given before the loss."""
    try:
        return int(cache.incr(CLOCK_KEY))
    except ValueError:
        cache.add(CLOCK_KEY, _now_micro(), None)
        return int(cache.incr(CLOCK_KEY))


def tables_changed(tables: Iterable[str]) -> None:
    """Stamp these tables: every page that read one of them is made anew on its next request."""
    names = {table.lower() for table in tables if not _ignored(table)}
    if names:
        stamp = _clock_tick()
        cache.set_many({_table_key(name): stamp for name in names}, None)


def _ignored(table: str) -> bool:
    return table.lower().startswith(settings.PAGE_CACHE_IGNORED_TABLES)


def _stamps(tables: Iterable[str], start: int) -> dict[str, int] | None:
    """The current stamp of each table, or None if one was stamped after ``start`` (a write
    during the page's making). A table never stamped (or lost by the cache) gets ``start``
    now, so a later loss and a new stamp cannot look like the value kept in the entry."""
    keys = [_table_key(table) for table in tables]
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, start, None)
        found.update(cache.get_many(missing))
    if len(found) < len(keys) or any(int(value) > start for value in found.values()):
        return None
    return {key[len(_TABLE_PREFIX) :]: int(found[key]) for key in keys}


# --- watching the database connection --------------------------------------------------------


def _flush_writes(connection: BaseDatabaseWrapper) -> None:
    pending: set[str] = connection.page_cache_writes  # type: ignore[attr-defined]
    tables = set(pending)
    pending.clear()
    tables_changed(tables)


def _watch(
    execute: Callable[..., Any], sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    result = execute(sql, params, many, context)
    # With the cache off (the test settings) nothing is kept, so nothing is to be dropped.
    if not settings.PAGE_CACHE_SECONDS:
        return result
    reads = _reads.get()
    write = _WRITE.match(sql)
    if write:
        _record_write(context["connection"], write.group(1))
    elif reads is not None:
        reads.update(name.lower() for name in _READ.findall(sql))
    return result


def _record_write(connection: BaseDatabaseWrapper, table: str) -> None:
    if _ignored(table):
        return
    if not connection.in_atomic_block:
        tables_changed([table])  # autocommit: already committed
        return
    flush = connection.page_cache_flush  # type: ignore[attr-defined]
    pending: set[str] = connection.page_cache_writes  # type: ignore[attr-defined]
    # One stamp per transaction, after its commit; none if it rolls back (Django then drops the
    # transaction's on-commit list, this entry with it, and the tables noted so far with it).
    if not any(entry[1] is flush for entry in connection.run_on_commit):
        pending.clear()
        transaction.on_commit(flush, using=connection.alias)
    pending.add(table.lower())


def install_write_watch(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """``connection_created`` receiver: watch this connection's reads and writes (once)."""
    if _watch not in connection.execute_wrappers:
        connection.page_cache_writes = set()  # type: ignore[attr-defined]
        connection.page_cache_flush = partial(_flush_writes, connection)  # type: ignore[attr-defined]
        connection.execute_wrappers.append(_watch)


# --- what views say ---------------------------------------------------------------------------


def page_valid_until(request: HttpRequest, when: dt.datetime | None) -> None:
    """The page being made changes by itself at ``when`` (a meeting begins): a kept copy is
    not served from then on. None: it does not change with the clock."""
    if when is None:
        return
    current: dt.datetime | None = getattr(request, "page_cache_until", None)
    if current is None or when < current:
        request.page_cache_until = when  # type: ignore[attr-defined]


# --- the middleware ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    stamps: dict[str, int]
    user: tuple[str, str] | None  # signed in: (user id, password hash) in the session
    status: int
    headers: list[tuple[str, str]]
    content: bytes


def _signed_in_user(request: HttpRequest) -> tuple[str, str] | None:
    session = request.session
    user_id = session.get(SESSION_KEY)
    if user_id is None or _MESSAGES_SESSION_KEY in session:
        return None
    return (f"{user_id}|{session.get(BACKEND_SESSION_KEY, '')}", session.get(HASH_SESSION_KEY, ""))


def _audience(request: HttpRequest) -> str | None:
    """Whose copy this request may have: "a" (anonymous), "s<digest>" (this session in this
    browser), or None (not cacheable)."""
    if request.method != "GET" or "Authorization" in request.headers:
        return None
    cookies = request.COOKIES
    session_key = cookies.get(settings.SESSION_COOKIE_NAME)
    if session_key is None:
        allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
        return "a" if set(cookies) <= allowed else None
    csrf = cookies.get(settings.CSRF_COOKIE_NAME)
    if not csrf or _MESSAGES_COOKIE in cookies:
        return None
    digest = hashlib.sha256(f"{session_key}|{csrf}".encode()).hexdigest()[:32]
    return "s" + digest


def _listed(request: HttpRequest, audience: str) -> bool:
    # Resolving the address (some 20 us) spares every other page a round trip to the cache.
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    views = settings.PAGE_CACHE_VIEWS if audience == "a" else settings.PAGE_CACHE_SIGNED_IN_VIEWS
    return match.view_name in views


def _key(request: HttpRequest, audience: str) -> str:
    varying = "|".join(request.headers.get(name, "") for name in _VARYING_REQUEST_HEADERS)
    return f"{_KEY_PREFIX}{audience}|{get_language()}|{varying}|{request.get_full_path()}"


def _throttled(request: HttpRequest) -> bool:
    """An API request past its address's rate is not answered from the cache: it goes on to
    the API, which counts it again and answers 429 in its own format. Others are counted here
    as the API would count them."""
    if not request.path_info.startswith("/api/"):
        return False
    return throttling.count("address", throttling.address(request)) is not None


def _new_cookies(request: HttpRequest, response: HttpResponse) -> set[str]:
    csrf = settings.CSRF_COOKIE_NAME
    renewed = csrf in response.cookies and (
        response.cookies[csrf].value == request.COOKIES.get(csrf)
    )
    return set(response.cookies) - ({csrf} if renewed else set())


class PageCacheMiddleware:
    """Serve and keep the listed pages (see the module's docstring). Placed after the session
    and language middleware (the key holds the language; a signed-in hit reads the session) and
    before the CSRF, authentication and message middleware, which a kept page does not need."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.PAGE_CACHE_SECONDS:
            return self.get_response(request)
        audience = _audience(request)
        if audience is None or not _listed(request, audience):
            return self.get_response(request)
        key = _key(request, audience)
        # One round trip for the clock and the page, one for its tables' stamps.
        found = cache.get_many([CLOCK_KEY, key])
        entry: _Entry | None = found.get(key)
        if entry is not None and self._fresh(request, entry) and not _throttled(request):
            response = HttpResponse(entry.content, status=entry.status)
            for name, value in entry.headers:
                response[name] = value
            return response
        start = found.get(CLOCK_KEY)
        if start is None:
            start = _clock_tick()
        reads: set[str] = set()
        token = _reads.set(reads)
        try:
            response = self.get_response(request)
        finally:
            _reads.reset(token)
        self._store(
            request=request,
            response=response,
            audience=audience,
            key=key,
            start=int(start),
            reads=reads,
        )
        return response

    @staticmethod
    def _fresh(request: HttpRequest, entry: _Entry) -> bool:
        if entry.user is not None and _signed_in_user(request) != entry.user:
            return False
        if not entry.stamps:
            return True
        keys = [_table_key(table) for table in entry.stamps]
        found = cache.get_many(keys)
        return all(found.get(_table_key(t)) == stamp for t, stamp in entry.stamps.items())

    def _store(
        self,
        *,
        request: HttpRequest,
        response: HttpResponse,
        audience: str,
        key: str,
        start: int,
        reads: set[str],
    ) -> None:
        match = request.resolver_match
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if (
            response.status_code != 200
            or response.streaming
            or match is None
            # A page that sets a cookie (a CSRF token made, a session begun or changed, a
            # message left or shown) belongs to this response alone; one that only renews the
            # CSRF cookie the browser sent (Django does on every page showing the token) not.
            or _new_cookies(request, response)
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            or signed_in != (audience != "a")
        ):
            return
        views = settings.PAGE_CACHE_SIGNED_IN_VIEWS if signed_in else settings.PAGE_CACHE_VIEWS
        if match.view_name not in views:
            return
        owner = _signed_in_user(request) if signed_in else None
        if signed_in and (owner is None or owner[0].split("|")[0] != str(request.user.pk)):
            return
        seconds = float(settings.PAGE_CACHE_SECONDS)
        until: dt.datetime | None = getattr(request, "page_cache_until", None)
        if until is not None:
            seconds = min(seconds, (until - timezone.now()).total_seconds())
            if seconds < 1:
                return
        stamps = _stamps(sorted(t for t in reads if not _ignored(t)), start)
        if stamps is None:
            return
        if signed_in:
            # Only this browser may keep it; no shared cache on the way.
            patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in _DROPPED_HEADERS
        ]
        entry = _Entry(stamps, owner, response.status_code, headers, response.content)
        cache.set(key, entry, int(seconds))
