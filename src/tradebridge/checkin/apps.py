from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckinConfig(AppConfig):
    name = "tradebridge.checkin"
    verbose_name = _("Badges and check-in")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.events.sections import register_section

        from .personal_data import PROVIDER
        from .sections import CHECKIN

        register_section(CHECKIN)
        register_provider(PROVIDER)
