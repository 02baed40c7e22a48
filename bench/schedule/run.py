"""Scheduling bench: one table (instance, objective, bound, status, seconds, published optimum).

    .venv/bin/python bench/schedule/run.py [--only originals|variants|generated] [--limit S]

Reads the JAIR 2022 benchmark from ../shared/benchmarks/b2b-jair2022/ (never copied here) and
writes the table as markdown to bench/schedule/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tradebridge.matchmaking.engine.scheduling import load_instance, solve  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks" / "b2b-jair2022"


def published() -> dict[str, str]:
    """Best published objective per file at d=2 (proven optimum, or UNSAT)."""
    best: dict[str, str] = {}
    with (BENCH / "reference_results_jair2022.csv").open() as fh:
        for row in csv.DictReader(fh):
            if row["fairness_d"] != "2":
                continue
            if row["status"] == "optimal":
                best[row["file"]] = row["objective"]
            elif row["status"] == "UNSAT" and row["file"] not in best:
                best[row["file"]] = "infeasible"
    return best


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["originals", "variants", "generated"])
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--match", default="", help="substring of the file names to run")
    parser.add_argument(
        "--out", default=str(ROOT / "bench" / "schedule" / "RESULTS.md"), help="markdown table"
    )
    args = parser.parse_args()
    ref = published()
    files: list[tuple[Path, int | None, float]] = []
    if args.only in (None, "originals"):
        files += [(f, 2, min(args.limit, 60.0)) for f in sorted(BENCH.glob("noves/*.original.dzn"))]
    if args.only in (None, "variants"):
        files += [
            (f, 2, args.limit)
            for f in sorted(BENCH.glob("noves/*.dzn"))
            if ".original." not in f.name
        ]
    if args.only in (None, "generated"):
        import generate

        out = ROOT / "bench" / "out"
        files += [(generate.write_la_summit(out), None, 30.0)]
        files += [(generate.write_brokerage(out), None, 60.0)]
    files = [f for f in files if args.match in f[0].name]
    lines = [
        "| instance | objective (priority / breaks) | bound | status | seconds | published |",
        "|---|---|---|---|---|---|",
    ]
    print(lines[0])
    print(lines[1])
    total = 0.0
    for path, fairness, limit in files:
        instance = load_instance(path)
        schedule = solve(instance, time_limit=limit, workers=args.workers, fairness=fairness)
        total += schedule.seconds
        pub = ref.get(path.name, "")
        line = (
            f"| {path.name} | {schedule.priority} / {schedule.breaks} | "
            f"{schedule.bound_priority} / {schedule.bound_breaks} | {schedule.status} | "
            f"{schedule.seconds:.1f} | {pub} |"
        )
        print(line, flush=True)
        lines.append(line)
    lines.append(f"\nTotal seconds: {total:.1f}\n")
    print(lines[-1])
    Path(args.out).write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
