"""The ``tradebridge`` console command.

``tradebridge schedule`` and ``tradebridge recommend`` run the pure engine on files and never
start Django (fast, and usable without a database). Every other sub-command is a Django
management command (``tradebridge migrate``, ``tradebridge demo``, ``tradebridge runserver``...).
"""

from __future__ import annotations

import os
import sys

ENGINE_COMMANDS = {
    "schedule": "tradebridge.matchmaking.engine.scheduling.cli",
    "recommend": "tradebridge.matchmaking.engine.recommending.cli",
}


def main(argv: list[str] | None = None) -> int:
    """Dispatch to an engine command or to Django's management commands."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ENGINE_COMMANDS:
        import importlib

        module = importlib.import_module(ENGINE_COMMANDS[args[0]])
        return int(module.main(args[1:]))
    if args and not args[0].startswith("-"):
        # Sub-commands read with hyphens (`recover-tasks`) are modules with underscores.
        args[0] = args[0].replace("-", "_")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tradebridge", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
