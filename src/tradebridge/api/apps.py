from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "tradebridge.api"
    verbose_name = _("API")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider

        from .personal_data import PROVIDER

        register_provider(PROVIDER)
