from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CheckinConfig(AppConfig):
    name = "tradebridge.checkin"
    verbose_name = _("Badges and check-in")
