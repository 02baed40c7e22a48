"""Bilingual news articles and their RSS and Atom feeds."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "tradebridge.news"
    verbose_name = _("News")

    def ready(self) -> None:
        from tradebridge.events.sections import register_section

        from .sections import NEWS

        register_section(NEWS)
