from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchmakingConfig(AppConfig):
    name = "tradebridge.matchmaking"
    verbose_name = _("Match-making")

    def ready(self) -> None:
        from tradebridge.directory.contacts import register_grant_source
        from tradebridge.directory.semantic import register_text_vectors
        from tradebridge.events.sections import register_section

        from .contacts import meeting_grants
        from .search_vectors import search_vectors
        from .sections import SESSIONS

        register_grant_source("matchmaking", meeting_grants)
        register_section(SESSIONS)
        register_text_vectors("matchmaking", search_vectors)
