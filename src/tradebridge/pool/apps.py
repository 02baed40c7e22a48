from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoolConfig(AppConfig):
    name = "tradebridge.pool"
    verbose_name = _("Project pool")

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.background.services import register_sweep
        from tradebridge.directory.contacts import register_grant_source
        from tradebridge.matchmaking.models import MeetingOutcome

        from .contacts import interest_grants
        from .personal_data import PROVIDER
        from .services import deal_from_outcome
        from .surveys import surveys_due

        register_grant_source("pool", interest_grants)
        register_sweep("pool follow-up surveys", surveys_due)
        register_provider(PROVIDER)

        def outcome_saved(
            sender: type[MeetingOutcome], instance: MeetingOutcome, **kw: object
        ) -> None:
            # Match-making knows nothing of the pool: the pool listens for its outcomes.
            if not kw.get("raw"):
                deal_from_outcome(instance)

        post_save.connect(
            outcome_saved, sender=MeetingOutcome, weak=False, dispatch_uid="pool-outcome"
        )
