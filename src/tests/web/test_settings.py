"""Production settings pass Django's deployment checklist, and wrong settings fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tradebridge.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env={
            # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a deployment check.
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            "DJANGO_SETTINGS_MODULE": "tradebridge.settings.production",
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def _production(tmp_path) -> dict[str, str]:
    return {
        "DJANGO_SECRET_KEY": "x7" * 30 + "-not-a-real-secret-but-long-and-varied-enough",
        "DJANGO_ALLOWED_HOSTS": "tradebridge.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    }


def test_production_settings_pass_check_deploy(tmp_path):
    result = _check(_production(tmp_path))
    assert (result.returncode, result.stderr[-3000:]) == (0, "")


def test_production_settings_refuse_a_missing_secret_key():
    result = _check({"DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_a_wrong_boolean_fails_loudly():
    result = _check({"DJANGO_SECRET_KEY": "y" * 60, "DJANGO_DEBUG": "maybe"})
    assert "DJANGO_DEBUG='maybe' is not a boolean" in result.stderr
