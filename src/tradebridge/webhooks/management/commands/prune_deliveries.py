"""``tradebridge prune-deliveries``: remove the webhook deliveries that ended more than
``WEBHOOKS_KEEP_DAYS`` ago (``webhooks.services.deliveries_prune``); from cron, once a day."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tradebridge.webhooks.services import deliveries_prune


class Command(BaseCommand):
    help = "Remove webhook deliveries that ended (succeeded or failed) more than N days ago."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--keep-days", type=int, default=None, help="default: WEBHOOKS_KEEP_DAYS (90)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        keep = options["keep_days"]
        if keep is not None and keep < 1:
            self.stderr.write("--keep-days must be at least 1")
            raise SystemExit(2)
        self.stdout.write(f"deliveries removed: {deliveries_prune(keep_days=keep)}")
