"""The API's request counting, in one place for the API's authentication and for the page
cache, which answers some API requests without reaching it: a fixed window per kind ("address",
"token") and caller, kept in the shared cache (Redis in production, so every web node counts
together), at the rates of ``API_THROTTLE_RATES``."""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from ninja.throttling import BaseThrottle

# The time counted by, in seconds: ``time.time``; tests set a fixed one, so that a window cannot
# turn over between the requests a test sends.
clock = time.time


def _rate(kind: str) -> tuple[int, int]:
    """``API_THROTTLE_RATES[kind]`` as (requests, seconds): "600/min" → (600, 60)."""
    text = settings.API_THROTTLE_RATES[kind]
    count, _slash, period = text.partition("/")
    seconds = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600, "d": 86400}
    return int(count), seconds[period]


def address(request: HttpRequest) -> str:
    """The caller's address as ninja reads it (``NINJA_NUM_PROXIES`` behind proxies)."""
    return BaseThrottle().get_ident(request) or "unknown"


def count(kind: str, ident: str) -> int | None:
    """Count one request of ``ident``; the seconds to wait if it is past the rate, else None."""
    limit, period = _rate(kind)
    now = clock()
    window = int(now // period)
    key = f"api-throttle:{kind}:{ident}:{window}"
    try:
        counted = cache.incr(key)
    except ValueError:  # the window's first request (or its key just expired)
        counted = 1 if cache.add(key, 1, timeout=period + 1) else cache.incr(key)
    if counted > limit:
        return math.ceil((window + 1) * period - now)
    return None
