from axes import apps as axes_apps
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from django_tasks_db import apps as tasks_db_apps


class WebConfig(AppConfig):
    name = "tradebridge.web"
    verbose_name = _("Web interface")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from tradebridge.http.page_cache import install_write_watch

        # Every database connection of every process (web, workers, commands) tells the page
        # cache about its committed writes.
        connection_created.connect(install_write_watch, dispatch_uid="page-cache-write-watch")


class TasksDatabaseConfig(tasks_db_apps.TasksAppConfig):
    """django_tasks_db (the background tasks' table) under a translated name in the admin: it
    names itself "Tasks Database Backend" in every language. Installed by this path in the
    settings instead of ``django_tasks_db``; ``default = False`` keeps ``WebConfig`` the
    configuration of ``tradebridge.web``."""

    default = False
    verbose_name = _("Background tasks")  # type: ignore[assignment]  # lazy, like Django's own


class AxesConfig(axes_apps.AppConfig):  # type: ignore[misc]  # axes ships no type hints
    """django-axes (sign-in throttling) under a translated name in the admin: it would show its
    label, "Axes". Installed by this path in the settings instead of ``axes``."""

    default = False
    verbose_name = _("Sign-in throttling")


# django-axes marks these strings for translation but ships no Chinese catalogue either.
AXES_STRINGS = (
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("Access Attempt"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
)


# django_tasks_db marks these strings for translation but ships no Chinese catalogue: naming
# them here puts them in ours, so its model and columns read in Chinese in the admin.
LIBRARY_STRINGS = (
    gettext_noop("Task Result"),
    gettext_noop("Task Results"),
    gettext_noop("status"),
    gettext_noop("enqueued at"),
    gettext_noop("started at"),
    gettext_noop("finished at"),
    gettext_noop("args kwargs"),
    gettext_noop("priority"),
    gettext_noop("task path"),
    gettext_noop("worker id"),
    gettext_noop("queue name"),
    gettext_noop("backend name"),
    gettext_noop("run after"),
    gettext_noop("return value"),
    gettext_noop("exception class path"),
    gettext_noop("traceback"),
)
