"""Settings shared by every environment, read from environment variables.

A wrong value fails loudly at start-up rather than silently falling back.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(os.environ.get("TRADEBRIDGE_HOME", Path.cwd())).resolve()
VAR_DIR = BASE_DIR / "var"


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean environment variable, refusing anything ambiguous."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false)")


def env_int(name: str, default: int) -> int:
    """Read a whole-number environment variable."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """Read a comma-separated environment variable."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # modeltranslation must come before admin to patch its forms.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",  # serves the API docs (Swagger UI) from its own static files, not a CDN
    # Before django_tasks_db: its `db_worker` command (the same, with a heartbeat) wins.
    "tradebridge.background",
    "django_tasks",
    "tradebridge.web.apps.TasksDatabaseConfig",  # django_tasks_db, named in both languages
    # axes (sign-in throttling: see AXES_* below), named in both languages
    "tradebridge.web.apps.AxesConfig",
    "tradebridge.web",
    "tradebridge.accounts",
    "tradebridge.notifications",
    "tradebridge.webhooks",
    "tradebridge.directory",
    "tradebridge.events",
    "tradebridge.delegations",
    "tradebridge.registrations",
    "tradebridge.checkin",
    "tradebridge.matchmaking",
    "tradebridge.pool",
    "tradebridge.news",
    "tradebridge.insights",
    "tradebridge.api",
    "tradebridge.demo",
]

# The API (tradebridge.api): requests per window, per personal access token and per address
# (counted in the shared cache, so across web nodes); how long an Idempotency-Key's answer is
# kept.
API_THROTTLE_RATES = {
    "token": os.environ.get("API_THROTTLE_TOKEN", "1200/min"),
    "address": os.environ.get("API_THROTTLE_ADDRESS", "600/min"),
}
API_IDEMPOTENCY_HOURS = 24

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "tradebridge.http.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # After the session and language (the key holds the language; a signed-in copy is checked
    # against the session), before everything a kept page does not need.
    "tradebridge.http.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the session, language and user (its 413 page is a page of the site); before
    # anything reads the body (the CSRF check reads a form in process_view, after this).
    "tradebridge.http.middleware.RequestSizeLimitMiddleware",
    "tradebridge.http.middleware.NulTextMiddleware",
    # Outside the error format, so that a replayed answer is the formatted one.
    "tradebridge.api.idempotency.IdempotencyMiddleware",
    "tradebridge.http.middleware.ApiErrorFormatMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last: turns a locked-out sign-in into the lockout page (accounts.views.locked_out).
    "axes.middleware.AxesMiddleware",
]

# Content-Security-Policy (django-csp): every script, style, font and image comes from the
# platform itself; no inline script or style, no eval, no frames. The API docs (Swagger UI,
# served by ninja from its own static files) need data: images for their icons, nothing more.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Browser features no page uses (see http.middleware.PermissionsPolicyMiddleware).
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
SECURE_REFERRER_POLICY = "same-origin"

ROOT_URLCONF = "tradebridge.urls"
WSGI_APPLICATION = "tradebridge.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tradebridge.web.context_processors.site",
            ],
        },
    },
]

DATABASE_URL = os.environ.get("DATABASE_URL", "")
# Database connections. By default each request closes its connection when it ends
# (CONN_MAX_AGE 0): the development server runs a thread per request, and persistent
# connections there outlive their threads until PostgreSQL runs out of them. In production a
# connection kept for a while saves its set-up per request: set DJANGO_DB_CONN_MAX_AGE (e.g.
# 60) when every process serves a bounded number of threads (gunicorn: workers x threads
# connections at most), or DJANGO_DB_POOL="MIN,MAX" for psycopg's pool in each process. Both
# check a kept connection before use. See docs/deployment.md.
CONN_MAX_AGE = env_int("DJANGO_DB_CONN_MAX_AGE", 0)
DB_POOL = os.environ.get("DJANGO_DB_POOL", "").strip()
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=CONN_MAX_AGE, conn_health_checks=CONN_MAX_AGE > 0
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(VAR_DIR / "tradebridge.sqlite3")),
            # WAL lets the task worker and the web server write without "database is locked".
            "OPTIONS": {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
if DB_POOL:
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DJANGO_DB_POOL needs a PostgreSQL DATABASE_URL")
    if CONN_MAX_AGE:
        raise ImproperlyConfigured("DJANGO_DB_POOL and DJANGO_DB_CONN_MAX_AGE exclude each other")
    try:
        pool_min, pool_max = (int(n) for n in DB_POOL.split(","))
    except ValueError:
        raise ImproperlyConfigured(
            f"DJANGO_DB_POOL={DB_POOL!r} is not MIN,MAX (two numbers, e.g. 2,8)"
        ) from None
    if not 0 <= pool_min <= pool_max or pool_max < 1:
        raise ImproperlyConfigured(f"DJANGO_DB_POOL={DB_POOL!r}: need 0 <= MIN <= MAX, MAX >= 1")
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": pool_min,
        "max_size": pool_max,
        "timeout": 10,
    }


def sqlite_directory(database: Mapping[str, Any]) -> Path | None:
    """The directory a SQLite database file lives in (None for another database or memory)."""
    name = str(database.get("NAME") or "")
    if database.get("ENGINE") != "django.db.backends.sqlite3" or name in ("", ":memory:"):
        return None
    if name.startswith("file:"):
        return None
    return Path(name).expanduser().resolve().parent


# SQLite cannot create the directory of its file ("unable to open database file"): a fresh
# checkout has no var/ yet.
_sqlite_dir = sqlite_directory(DATABASES["default"])
if _sqlite_dir is not None:
    _sqlite_dir.mkdir(parents=True, exist_ok=True)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses every sign-in (site and admin) of a locked-out address and client.
    "tradebridge.accounts.backends.ThrottleBackend",
    "tradebridge.accounts.backends.EmailBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:home"

# Sign-in throttling (django-axes): five wrong passwords for one address from one client lock
# that pair out for 15 minutes (a wrong password meanwhile starts the 15 minutes again); the
# address's owner can still sign in from elsewhere, and a correct sign-in clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Failed attempts are kept until their lock expires; successful sign-ins (who, from where, with
# which browser) are not recorded at all.
AXES_DISABLE_ACCESS_LOG = True
AXES_USERNAME_CALLABLE = "tradebridge.accounts.backends.throttled_username"
AXES_LOCKOUT_CALLABLE = "tradebridge.accounts.views.locked_out"
# Behind reverse proxies, how many of them append to X-Forwarded-For: the client is the address
# that many places from its right. Unset, the client is REMOTE_ADDR (a header a client can
# forge must not hand an attacker fresh addresses).
PROXY_COUNT = 0
if os.environ.get("TRADEBRIDGE_PROXY_COUNT"):
    _proxies = os.environ["TRADEBRIDGE_PROXY_COUNT"]
    if not _proxies.isdigit():
        raise ImproperlyConfigured(
            f"TRADEBRIDGE_PROXY_COUNT={_proxies!r} is not a number of proxies (0, 1, 2, ...)"
        )
    PROXY_COUNT = int(_proxies)
AXES_CLIENT_IP_CALLABLE = "tradebridge.accounts.backends.client_address"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "tradebridge.accounts.validators.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English and Simplified Chinese, language-prefixed URLs.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "zh-hans")
# A text written in one language only is shown in the other rather than left blank; the
# templates mark such fallbacks (see web.templatetags.bilingual).
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en", "zh-hans")}
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Dates and times are written one way per language on every page, PDF and e-mail.
FORMAT_MODULE_PATH = ["tradebridge.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TRADEBRIDGE_TIME_ZONE", "UTC")

# Request sizes. A request body larger than MAX_REQUEST_BYTES is refused with 413 before it is
# read (http.middleware): the largest upload is a directory import (10 MB, see
# directory.importing.MAX_BYTES) and the form around it. Form fields other than files are
# limited to DATA_UPLOAD_MAX_MEMORY_SIZE together (an API JSON body too); an uploaded file
# larger than FILE_UPLOAD_MAX_MEMORY_SIZE goes to a temporary file rather than memory.
MAX_REQUEST_BYTES = env_int("TRADEBRIDGE_MAX_REQUEST_BYTES", 12 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("TRADEBRIDGE_MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# Several web processes (gunicorn nodes) share one cache: TRADEBRIDGE_CACHE_URL=redis://host:6379/0
# (Django's RedisCache). Sessions then live in the database and are read through the cache
# (cached_db), so a person signed in on one node is signed in on every other and keeps the
# session if the cache restarts. Unset: each process caches in its own memory and sessions are
# read from the database (shared all the same). See docs/deployment.md, "Scale-out".
CACHE_URL = os.environ.get("TRADEBRIDGE_CACHE_URL", "").strip()
if CACHE_URL:
    if not CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
        raise ImproperlyConfigured(
            f"TRADEBRIDGE_CACHE_URL={CACHE_URL!r} is not a Redis address (redis://host:6379/0)"
        )
    CACHES = {
        "default": {
            # Django's, with one Redis client per pool (tradebridge/http/redis_cache.py).
            "BACKEND": "tradebridge.http.redis_cache.RedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "tradebridge",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The pages read most (anonymous visitors' public pages; a representative's agenda, per
# session) are kept whole in that cache for at most PAGE_CACHE_SECONDS (0: off), and dropped as
# soon as a committed write touches a table they read, outside PAGE_CACHE_IGNORED_TABLES
# (tradebridge.http.page_cache). On by default only with the shared cache: in each process's
# own memory a write made in one process would not drop the pages kept by another.
PAGE_CACHE_SECONDS = int(
    os.environ.get("TRADEBRIDGE_PAGE_CACHE_SECONDS", "60" if CACHE_URL else "0")
)
PAGE_CACHE_VIEWS = frozenset(
    {
        "web:home",
        "directory:list",
        "directory:detail",
        "events:list",
        "events:detail",
        "events:programme",
        "api:list_organizations",
        "api:get_organization",
        "api:list_events",
        "api:get_event",
        "api:list_sessions",
        "api:get_session",
    }
)
# The same pages for people signed in (each session its own copy), and their agenda.
PAGE_CACHE_SIGNED_IN_VIEWS = PAGE_CACHE_VIEWS | {"matchmaking:agenda", "api:my_agenda"}
# Tables that are neither read for a kept page's content nor change it (sessions, checked on
# each signed-in hit; sign-in throttling; the task queue's bookkeeping); prefixes.
PAGE_CACHE_IGNORED_TABLES = ("django_session", "axes_", "django_tasks", "background_")

# Workers write a heartbeat every TASK_HEARTBEAT_SECONDS (scheduler runs every 2 s); a task
# row or run with no sign of life for TASK_STALE_SECONDS is ended by recovery
# (`tradebridge recover-tasks`, and the pages that wait on it).
TASK_HEARTBEAT_SECONDS = 5
TASK_STALE_SECONDS = int(os.environ.get("TRADEBRIDGE_TASK_STALE_SECONDS", "30"))
if TASK_STALE_SECONDS < 3 * TASK_HEARTBEAT_SECONDS:
    raise ImproperlyConfigured(
        f"TRADEBRIDGE_TASK_STALE_SECONDS={TASK_STALE_SECONDS} is shorter than three heartbeats "
        f"({3 * TASK_HEARTBEAT_SECONDS} s): live workers would be taken for dead"
    )

EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# Partner recommendations: how profile text is read (auto = the e5 model, lexical, off) and
# where embeddings are kept between runs (default: MEDIA_ROOT/cache).
RECOMMENDING_TEXT = os.environ.get("TRADEBRIDGE_RECOMMENDING_TEXT", "auto")
RECOMMENDING_STORE_DIR = os.environ.get("TRADEBRIDGE_RECOMMENDING_STORE") or None

# The privacy notice (accounts/privacy_notice.html): who runs the platform, whom people write
# to about their data, and where it is stored and processed. Empty: the notice says "the
# secretariat that runs this platform" and "outside mainland China".
PRIVACY_OPERATOR = os.environ.get("TRADEBRIDGE_PRIVACY_OPERATOR", "")
PRIVACY_CONTACT = os.environ.get("TRADEBRIDGE_PRIVACY_CONTACT", "")
PRIVACY_DATA_LOCATION = os.environ.get("TRADEBRIDGE_DATA_LOCATION", "")

# Webhooks (tradebridge.webhooks): endpoints must be HTTPS; plain http://127.0.0.1 or
# http://localhost is accepted in debug or with WEBHOOKS_ALLOW_HTTP (tests, local receivers).
# Deliveries never go to private, loopback or reserved addresses (the host is resolved and
# checked) unless WEBHOOKS_ALLOW_PRIVATE (on in debug). An attempt waits WEBHOOKS_TIMEOUT_SECONDS
# for an answer; a delivery is tried WEBHOOKS_MAX_ATTEMPTS times (1 min, 5 min, 30 min, 2 h,
# 6 h apart) before it fails.
WEBHOOKS_ALLOW_HTTP = env_bool("TRADEBRIDGE_WEBHOOKS_ALLOW_HTTP", False)
WEBHOOKS_ALLOW_PRIVATE = env_bool("TRADEBRIDGE_WEBHOOKS_ALLOW_PRIVATE", DEBUG)
WEBHOOKS_TIMEOUT_SECONDS = env_int("TRADEBRIDGE_WEBHOOKS_TIMEOUT_SECONDS", 10)
WEBHOOKS_MAX_ATTEMPTS = env_int("TRADEBRIDGE_WEBHOOKS_MAX_ATTEMPTS", 6)
# Deliveries that ended (succeeded, or failed after every attempt) are kept this many days for
# the staff's list and resending, then removed by `tradebridge prune-deliveries` (cron).
WEBHOOKS_KEEP_DAYS = env_int("TRADEBRIDGE_WEBHOOKS_KEEP_DAYS", 90)
if WEBHOOKS_KEEP_DAYS < 1:
    raise ImproperlyConfigured("TRADEBRIDGE_WEBHOOKS_KEEP_DAYS must be at least 1 day")
if not 1 <= WEBHOOKS_TIMEOUT_SECONDS <= 60:
    raise ImproperlyConfigured("TRADEBRIDGE_WEBHOOKS_TIMEOUT_SECONDS must be 1 to 60 seconds")
if not 1 <= WEBHOOKS_MAX_ATTEMPTS <= 20:
    raise ImproperlyConfigured("TRADEBRIDGE_WEBHOOKS_MAX_ATTEMPTS must be 1 to 20")

# Where links in e-mails point to.
SITE_URL = os.environ.get("TRADEBRIDGE_SITE_URL", "http://127.0.0.1:8000")
# The project pool sends an event's follow-up survey this many days after its last day.
POOL_SURVEY_DELAY_DAYS = int(os.environ.get("TRADEBRIDGE_POOL_SURVEY_DELAY_DAYS", "14"))
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Tradebridge <noreply@localhost>")
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))

# A CJK font for PDFs (agendas, table plans). Searched in this order; see web.fonts.
CJK_FONT_PATHS = env_list(
    "TRADEBRIDGE_CJK_FONT",
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    ],
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"forbidden": {"()": "tradebridge.http.log_filters.ForbiddenWithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        # axes: failures and lockouts (warnings) are logged, not every attempt (info).
        "axes": {"level": "WARNING"},
        # Django's default configuration gives "django" a console handler of its own (in
        # debug) and lets it propagate to ours too: every request warning came out twice.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        # A 403 is logged in one line, without a traceback.
        "django.request": {"filters": ["forbidden"]},
    },
}
