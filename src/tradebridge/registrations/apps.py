"""Registration for events and programme items: attendees, consent, capacity, waiting lists."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegistrationsConfig(AppConfig):
    name = "tradebridge.registrations"
    verbose_name = _("Registrations")

    def ready(self) -> None:
        from tradebridge.accounts.personal_data import register_provider
        from tradebridge.delegations.sections import register_section as register_delegation_section
        from tradebridge.events.sections import register_section

        from .delegation_sections import REGISTRATIONS
        from .personal_data import PROVIDER
        from .sections import REGISTRATION

        register_section(REGISTRATION)
        register_delegation_section(REGISTRATIONS)
        register_provider(PROVIDER)
