"""Tests: fast hashing, in-memory e-mail, tasks run immediately unless a test says otherwise."""

from __future__ import annotations

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
if not DATABASE_URL:  # noqa: F405
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

# Serve static files from the apps directly, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The suite sends thousands of API requests from one address; the throttling tests set their
# own rates.
API_THROTTLE_RATES = {"token": "1000000/min", "address": "1000000/min"}

# A page cache shared by the tests would leak one test's pages into another; its own tests turn
# it on (override_settings).
PAGE_CACHE_SECONDS = 0
