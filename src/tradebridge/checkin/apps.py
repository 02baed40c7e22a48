from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckinConfig(AppConfig):
    name = "tradebridge.checkin"
    verbose_name = _("Badges and check-in")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.background.services import register_recovery
        from tradebridge.events.sections import register_section

        from .personal_data import PROVIDER
        from .printing import badge_print_fail
        from .sections import CHECKIN
        from .tasks import badge_print_task

        register_section(CHECKIN)
        register_provider(PROVIDER)
        register_recovery(badge_print_task, badge_print_fail)
