from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "tradebridge.notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
