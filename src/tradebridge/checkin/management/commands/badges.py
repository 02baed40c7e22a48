"""``tradebridge badges EVENT_SLUG -o badges.pdf [--layout a6|a4x4]``: every confirmed
attendee's badge, for the printer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from tradebridge.checkin import badges, selectors
from tradebridge.events.models import Event


class Command(BaseCommand):
    help = "Write the badges of an event's confirmed attendees to a PDF."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("event", help="the event's identifier (slug)")
        parser.add_argument(
            "-o", "--output", required=True, type=Path, help="the PDF file to write"
        )
        parser.add_argument(
            "--layout",
            choices=badges.LAYOUTS,
            default=badges.LAYOUTS[0],
            help="a6: one badge a page (default); a4x4: four badges on each A4 sheet",
        )
        parser.add_argument(
            "--language",
            choices=["en", "zh-hans"],
            default="en",
            help="the language of the role labels (names and organizations print as written)",
        )

    def handle(
        self, *args: Any, event: str, output: Path, layout: badges.Layout, language: str, **_: Any
    ) -> None:
        found = Event.objects.filter(slug=event).first()
        if found is None:
            raise CommandError(f"No event with the identifier {event!r}.")
        with translation.override(language):
            rows = selectors.badges_of(found)
            pdf = badges.render(rows, layout=layout, title=f"Badges: {found}")
        output.write_bytes(pdf)
        sheets = len(rows) if layout == "a6" else -(-len(rows) // 4)
        self.stdout.write(
            self.style.SUCCESS(f"Wrote {output}: {len(rows)} badges on {sheets} pages ({layout}).")
        )
