from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "tradebridge.directory"
    verbose_name = _("Directory")

    def ready(self) -> None:
        from tradebridge.background.services import register_recovery

        from .importing import import_batch_task, import_batch_worker_lost

        register_recovery(import_batch_task, import_batch_worker_lost)

        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
