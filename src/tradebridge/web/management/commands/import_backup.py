"""``tradebridge import-backup ARCHIVE``: restore an archive of ``tradebridge export`` into an
empty database migrated to the archive's state (all or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tradebridge.web.backup import BackupError, backup_import


class Command(BaseCommand):
    help = "Restore an archive written by `tradebridge export` into an empty, migrated database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="the archive (.tar.gz) to restore")

    def handle(self, *args: Any, archive: Path, **options: Any) -> None:
        try:
            summary = backup_import(path=archive)
        except BackupError as error:
            raise CommandError(f"{archive}: nothing restored: {error.message}") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {summary.rows} rows in {summary.tables} tables and "
                f"{summary.files} media files from {archive}."
            )
        )
