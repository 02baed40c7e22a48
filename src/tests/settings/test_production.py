"""Production settings refuse to start without a database, a mail back-end that delivers and
the host names they answer to, instead of falling back to SQLite, the console and localhost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2]
COMPLETE = {
    "DJANGO_SECRET_KEY": "k9" * 30 + "-a-long-enough-test-secret-that-is-not-used-anywhere",
    "DJANGO_ALLOWED_HOSTS": "tradebridge.example.org",
    "DATABASE_URL": "postgres://tb@db.example.org:5432/tradebridge",
    "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
}
SHOW = (
    "from django.conf import settings; "
    "print(settings.DATABASES['default']['ENGINE'], settings.ALLOWED_HOSTS, settings.EMAIL_BACKEND)"
)


def _load(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    keep = {k: v for k, v in os.environ.items() if k not in COMPLETE}
    return subprocess.run(
        [sys.executable, "-c", SHOW],
        env={
            **keep,
            "PYTHONPATH": str(SRC),
            "DJANGO_SETTINGS_MODULE": "tradebridge.settings.production",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def test_complete_production_settings_load():
    result = _load(COMPLETE)
    assert (result.returncode, result.stderr[-2000:]) == (0, "")
    assert result.stdout.split()[0] == "django.db.backends.postgresql"
    assert "tradebridge.example.org" in result.stdout


@pytest.mark.parametrize(
    "missing", ["DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_EMAIL_BACKEND"]
)
def test_production_refuses_to_start_without(missing):
    result = _load({k: v for k, v in COMPLETE.items() if k != missing})
    assert result.returncode != 0
    assert f"Production needs {missing} set" in result.stderr


@pytest.mark.parametrize("backend", ["console", "locmem", "filebased", "dummy"])
def test_production_refuses_a_mail_back_end_that_delivers_nothing(backend):
    result = _load(
        {**COMPLETE, "DJANGO_EMAIL_BACKEND": f"django.core.mail.backends.{backend}.EmailBackend"}
    )
    assert result.returncode != 0 and "delivers no mail" in result.stderr
