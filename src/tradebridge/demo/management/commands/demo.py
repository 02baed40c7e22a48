"""``tradebridge demo``: load the deterministic demo data set."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tradebridge.demo.services import demo_is_loaded, demo_load


class Command(BaseCommand):
    help = "Load the bilingual demo data (China provinces – California working group)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--once", action="store_true", help="do nothing if the demo data is already loaded"
        )

    def handle(self, *args: Any, once: bool = False, **options: Any) -> None:
        if once and demo_is_loaded():
            self.stdout.write("Demo data already loaded.")
            return
        summary = demo_load()
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded: {summary}"))
