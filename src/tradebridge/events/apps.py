from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "tradebridge.events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
