"""TRADEBRIDGE_CACHE_URL (issue 13, scale-out): a Redis address gives every process Django's
RedisCache and sessions read through it (kept in the database); anything else fails loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]
SHOW = (
    "from django.conf import settings; c = settings.CACHES['default']; "
    "print(c['BACKEND'], c.get('LOCATION', ''), settings.SESSION_ENGINE)"
)


def _python(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "TRADEBRIDGE_CACHE_URL"}
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env={
            **environment,
            "PYTHONPATH": str(SRC),
            "DJANGO_SETTINGS_MODULE": "tradebridge.settings.dev",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    ("env", "shown"),
    [
        (
            {},
            "django.core.cache.backends.locmem.LocMemCache  django.contrib.sessions.backends.db",
        ),
        (
            {"TRADEBRIDGE_CACHE_URL": "redis://127.0.0.1:6379/0"},
            "tradebridge.http.redis_cache.RedisCache redis://127.0.0.1:6379/0 "
            "django.contrib.sessions.backends.cached_db",
        ),
    ],
)
def test_the_cache_comes_from_the_environment(env, shown):
    result = _python(SHOW, env)
    assert (result.stdout.strip(), result.stderr[-2000:]) == (shown, "")


def test_a_cache_address_that_is_not_redis_fails_loudly():
    result = _python(SHOW, {"TRADEBRIDGE_CACHE_URL": "memcached://127.0.0.1:11211"})
    assert result.returncode != 0
    assert "TRADEBRIDGE_CACHE_URL='memcached://127.0.0.1:11211' is not a Redis address" in (
        result.stderr
    )
