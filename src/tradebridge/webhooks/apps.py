from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "tradebridge.webhooks"
    verbose_name = _("Webhooks")

    def ready(self) -> None:
        from tradebridge.background.services import register_recovery, register_sweep

        from .tasks import deliver, deliver_worker_lost, deliveries_requeue

        # A worker that dies during an attempt: the attempt counts as failed, the next one is
        # scheduled. An attempt whose task was lost: queued again by the sweep.
        register_recovery(deliver, deliver_worker_lost)
        register_sweep("webhooks", deliveries_requeue)

        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
