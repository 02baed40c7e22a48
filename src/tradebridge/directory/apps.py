from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "tradebridge.directory"
    verbose_name = _("Directory")

    def ready(self) -> None:
        from django.db.models.signals import pre_delete

        from tradebridge.background.services import register_recovery

        from .models import Organization
        from .semantic import lock_before_delete

        pre_delete.connect(lock_before_delete, sender=Organization, dispatch_uid="vector-lock")

        from .importing import import_batch_task, import_batch_worker_lost

        register_recovery(import_batch_task, import_batch_worker_lost)

        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
