"""The ``tradebridge`` console command.

``tradebridge schedule`` and ``tradebridge recommend`` run the pure engine on files and never
start Django (fast, and usable without a database). Every other sub-command is a Django
management command (``tradebridge migrate``, ``tradebridge demo``, ``tradebridge runserver``...).
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

ENGINE_COMMANDS = {
    "schedule": "tradebridge.matchmaking.engine.scheduling.cli",
    "recommend": "tradebridge.matchmaking.engine.recommending.cli",
}


def engine_command(name: str) -> ModuleType:
    """The module of engine command ``name`` (a key of ``ENGINE_COMMANDS``), imported.

    The cyclic garbage collector would walk the objects that numpy, onnxruntime and the
    engine create while they are imported some 60 times over, and again in every later
    pass: about 0.01 s of a cold `recommend`. Imported modules live as long as the process,
    so they are kept out of its passes; what the command creates later is collected as usual.
    """
    import gc
    import importlib

    enabled = gc.isenabled()
    gc.disable()
    try:
        return importlib.import_module(ENGINE_COMMANDS[name])
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def main(argv: list[str] | None = None) -> int:
    """Dispatch to an engine command or to Django's management commands."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ENGINE_COMMANDS:
        return int(engine_command(args[0]).main(args[1:]))
    if args and not args[0].startswith("-"):
        # Sub-commands read with hyphens (`recover-tasks`) are modules with underscores.
        args[0] = args[0].replace("-", "_")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["tradebridge", *args])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
