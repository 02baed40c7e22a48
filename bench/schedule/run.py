"""Scheduling bench: one table (instance, objective, bound, status, seconds, published optimum).

    .venv/bin/python bench/schedule/run.py [--only originals|variants|generated] [--limit S]
    .venv/bin/python bench/schedule/run.py --fairness [0,1,3] [--limit 15]

Reads the JAIR 2022 benchmark from ../shared/benchmarks/b2b-jair2022/ (never copied here) and
writes the table as markdown to bench/schedule/RESULTS.md (or --out). ``--fairness`` runs the 20
originals at each fairness d given (default 0, 1 and 3) against the published results for that
d; "met" is the published optimum reached and proven, or infeasibility proven where the paper
reports UNSAT. The generated shapes come from generate.py (seeded, written to bench/out/).
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tradebridge.matchmaking.engine.scheduling import load_instance, solve  # noqa: E402

BENCH = ROOT.parent / "shared" / "benchmarks" / "b2b-jair2022"


def published(d: int = 2) -> dict[str, str]:
    """Best published objective per file at fairness d (proven optimum, or UNSAT).

    Where two solvers report different optima (ticf-13crafb at d = 1: 3 by UWrMaxSat, 23 by
    Chuffed) the smaller is taken: a schedule with it exists.
    """
    best: dict[str, str] = {}
    with (BENCH / "reference_results_jair2022.csv").open() as fh:
        for row in csv.DictReader(fh):
            if row["fairness_d"] != str(d):
                continue
            name, have = row["file"], best.get(row["file"])
            if row["status"] == "optimal":
                if have is None or have == "infeasible" or int(row["objective"]) < int(have):
                    best[name] = row["objective"]
            elif row["status"] == "UNSAT" and have is None:
                best[name] = "infeasible"
    return best


def met(schedule, pub: str) -> bool:
    """Published optimum reached and proven, or infeasibility proven where it is published."""
    if pub == "infeasible":
        return schedule.status == "infeasible"
    return schedule.status == "optimal" and str(schedule.breaks) == pub


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=["originals", "variants", "generated"])
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--fairness",
        nargs="?",
        const="0,1,3",
        help="run the 20 originals at these fairness values (default 0,1,3)",
    )
    parser.add_argument("--match", default="", help="substring of the file names to run")
    parser.add_argument("--seed", type=int, action="append", help="generated shapes: seeds")
    parser.add_argument(
        "--out", default=str(ROOT / "bench" / "schedule" / "RESULTS.md"), help="markdown table"
    )
    args = parser.parse_args()
    # (path, fairness, time limit, published objective)
    files: list[tuple[Path, int | None, float, str]] = []
    originals = sorted(BENCH.glob("noves/*.original.dzn"))
    if args.fairness is not None:
        for d in (int(x) for x in args.fairness.split(",")):
            ref = published(d)
            files += [(f, d, min(args.limit, 60.0), ref.get(f.name, "")) for f in originals]
    else:
        ref = published(2)
        if args.only in (None, "originals"):
            files += [(f, 2, min(args.limit, 60.0), ref.get(f.name, "")) for f in originals]
        if args.only in (None, "variants"):
            files += [
                (f, 2, args.limit, ref.get(f.name, ""))
                for f in sorted(BENCH.glob("noves/*.dzn"))
                if ".original." not in f.name
            ]
        if args.only in (None, "generated"):
            import generate

            out = ROOT / "bench" / "out"
            files += [(generate.write_la_summit(out), None, 30.0, "")]
            files += [(generate.write_brokerage(out), None, 60.0, "")]
            for seed in args.seed or [2016]:
                files += [(generate.write_la_summit_full(out, seed), None, 30.0, "")]
            for seed in args.seed or [17]:
                files += [(generate.write_brokerage_full(out, seed), None, 60.0, "")]
    files = [f for f in files if args.match in f[0].name]
    lines = [
        "| instance | d | objective (priority / breaks) | bound | status | seconds | published |",
        "|---|---|---|---|---|---|---|",
    ]
    print(lines[0])
    print(lines[1])
    total, hits, slowest = 0.0, 0, 0.0
    for path, fairness, limit, pub in files:
        instance = load_instance(path)
        schedule = solve(instance, time_limit=limit, workers=args.workers, fairness=fairness)
        total += schedule.seconds
        slowest = max(slowest, schedule.seconds)
        d = fairness if fairness is not None else instance.fairness
        mark = ""
        if pub:
            ok = met(schedule, pub)
            hits += ok
            mark = " (met)" if ok else " (**not met**)"
        extra = ""
        if schedule.bound_priority and schedule.priority is not None and not pub:
            gap = 100.0 * (schedule.bound_priority - schedule.priority) / schedule.bound_priority
            required = sum(1 for m in instance.meetings if m.required)
            held = sum(
                1 for m in instance.meetings if m.required and m.id not in schedule.unscheduled
            )
            extra = f" (priority gap {gap:.2f} %, required {held}/{required})"
        line = (
            f"| {path.name} | {d} | {schedule.priority} / {schedule.breaks} | "
            f"{schedule.bound_priority} / {schedule.bound_breaks} | {schedule.status}{extra} | "
            f"{schedule.seconds:.1f} | {pub}{mark} |"
        )
        print(line, flush=True)
        lines.append(line)
    with_pub = sum(1 for f in files if f[3])
    lines.append(
        f"\nTotal seconds: {total:.1f}; slowest {slowest:.1f} s; met {hits} of {with_pub}; "
        f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB\n"
    )
    print(lines[-1])
    Path(args.out).write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
