"""Production: every secret from the environment, HTTPS everywhere.

Required, or start-up fails: DJANGO_SECRET_KEY (50+ characters), DJANGO_ALLOWED_HOSTS,
DATABASE_URL (PostgreSQL recommended) and DJANGO_EMAIL_BACKEND naming a back-end that delivers
mail (SMTP or a provider's), not the console, memory, file or dummy back-ends of development.
Nothing falls back quietly to SQLite, console e-mail or localhost.
"""

from __future__ import annotations

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set to a random string of 50+ characters")

_missing = [
    name
    for name in ("DATABASE_URL", "DJANGO_ALLOWED_HOSTS", "DJANGO_EMAIL_BACKEND")
    if not os.environ.get(name, "").strip()
]
if _missing:
    raise ImproperlyConfigured(
        "Production needs " + ", ".join(_missing) + " set (see README, Configuration): "
        "without them it would run on a local SQLite file, print e-mail to the console or "
        "answer only to localhost."
    )
_UNDELIVERED = {
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
}
if os.environ["DJANGO_EMAIL_BACKEND"].strip() in _UNDELIVERED:
    raise ImproperlyConfigured(
        f"DJANGO_EMAIL_BACKEND={os.environ['DJANGO_EMAIL_BACKEND']!r} delivers no mail: use "
        "django.core.mail.backends.smtp.EmailBackend (with DJANGO_EMAIL_HOST) or a provider's"
    )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
