from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "tradebridge.accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from .personal_data import Provider, register_provider
        from .privacy import account_erase, account_export

        # Registered first: exported first, erased last (the other domains still see who the
        # person was while they erase).
        register_provider(Provider(name="accounts", export=account_export, erase=account_erase))
