from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchmakingConfig(AppConfig):
    name = "tradebridge.matchmaking"
    verbose_name = _("Match-making")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.directory.contacts import register_grant_source
        from tradebridge.events.sections import register_section

        from .contacts import meeting_grants
        from .personal_data import PROVIDER
        from .sections import SESSIONS

        register_grant_source("matchmaking", meeting_grants)
        register_section(SESSIONS)
        register_provider(PROVIDER)
