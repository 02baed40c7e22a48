"""``tradebridge schedule INSTANCE.{json,dzn} [-o SCHEDULE.json] [--time-limit S] ...``.

Exit status 0 when a schedule was written, 1 when infeasible or nothing was found in time,
2 on bad input with one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .instance import InstanceError, load_instance
from .schedule import load_published, write_schedule
from .solver import solve


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own error prints the usage too; the format asks for one clear line.
        print(f"tradebridge schedule: {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tradebridge schedule", description="Schedule one-to-one meetings.")
    parser.add_argument("instance", type=Path, help="a tradebridge-b2b/1 .json or a .dzn file")
    parser.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds (60)")
    parser.add_argument("--workers", type=int, default=2, help="CP-SAT workers (2)")
    parser.add_argument("--fairness", type=int, help="max breaks above the minimum (d)")
    parser.add_argument("--seed", type=int, help="random seed; implies one worker (deterministic)")
    parser.add_argument(
        "--keep", type=Path, help="published schedule to move as little as possible"
    )
    return parser


def main(argv: list[str]) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        instance = load_instance(args.instance)
        keep = load_published(args.keep) if args.keep else None
    except InstanceError as exc:
        print(f"tradebridge schedule: {args.instance}: {exc}", file=sys.stderr)
        return 2
    workers = 1 if args.seed is not None else args.workers
    schedule = solve(
        instance,
        time_limit=args.time_limit,
        workers=workers,
        seed=args.seed or 0,
        fairness=args.fairness,
        keep=keep,
    )
    text = json.dumps(schedule.to_json(), indent=2)
    if args.output:
        write_schedule(schedule, args.output)
    else:
        print(text)
    if schedule.status in ("infeasible", "unknown"):
        why = f": {schedule.reason}" if schedule.reason else ""
        print(f"tradebridge schedule: {schedule.status}{why}", file=sys.stderr)
        return 1
    return 0
