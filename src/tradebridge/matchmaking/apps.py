from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchmakingConfig(AppConfig):
    name = "tradebridge.matchmaking"
    verbose_name = _("Match-making")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.background.services import register_recovery, register_sweep
        from tradebridge.directory.contacts import register_grant_source
        from tradebridge.directory.semantic import register_text_vectors
        from tradebridge.events.sections import register_item_links, register_section

        from .contacts import meeting_grants
        from .personal_data import PROVIDER
        from .scheduling import run_worker_lost, runs_recover
        from .search_vectors import search_vectors
        from .sections import SESSIONS, programme_links
        from .tasks import run_scheduler_task

        register_grant_source("matchmaking", meeting_grants)
        register_section(SESSIONS)
        register_item_links("matchmaking", programme_links)
        register_recovery(run_scheduler_task, run_worker_lost)
        register_sweep("scheduler runs", runs_recover)
        register_text_vectors("matchmaking", search_vectors)
        register_provider(PROVIDER)

        from tradebridge.delegations.sections import register_section as register_delegation_section

        from .delegation_sections import MEETINGS

        register_delegation_section(MEETINGS)
