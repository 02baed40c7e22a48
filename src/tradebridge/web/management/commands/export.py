"""``tradebridge export -o ARCHIVE``: the whole platform (every table, every media file) in one
.tar.gz, for ``tradebridge import-backup``. See docs/deployment.md, "Backup and restore"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tradebridge.web.backup import backup_export


class Command(BaseCommand):
    help = "Write every table and every media file to one archive (.tar.gz)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "-o", "--output", required=True, type=Path, help="the archive to write (.tar.gz)"
        )

    def handle(self, *args: Any, output: Path, **options: Any) -> None:
        manifest = backup_export(path=output)
        rows = sum(manifest["models"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {output}: {rows} rows in {len(manifest['models'])} tables, "
                f"{len(manifest['media'])} media files."
            )
        )
