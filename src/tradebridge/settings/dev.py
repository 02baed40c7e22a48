"""Local development: ``make run``. Debug on, a fixed non-secret key, e-mail on the console."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_DEBUG", "1")

from .base import *  # noqa: F403
from .base import SECRET_KEY as _SECRET_KEY

SECRET_KEY = _SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
# The manifest storage needs collectstatic; in development serve files as they are.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Serve static files from the apps directly, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# `tradebridge demo` embeds the demo session's profiles once, so partner pages open quickly.
DEMO_WARM_RECOMMENDATIONS = True
