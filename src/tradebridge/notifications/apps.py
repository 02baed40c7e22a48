from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "tradebridge.notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from tradebridge.background.services import register_recovery

        from .tasks import send_notification_email

        # An e-mail whose worker died is queued again: delivered at least once (a worker
        # killed between sending and recording it may send it twice).
        register_recovery(send_notification_email, send_notification_email.enqueue)

        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
