"""The hard JAIR files side by side at two time limits (issue 17: no time-limit dependence).

    PYTHONPATH=src .venv/bin/python bench/schedule/hard.py [--limits 15,60] [--match TEXT]
        [--src OTHER/src] [--out FILE]

forum-13crafb/c and ticf-13crafb/c at d = 1, 2, 3, their forb0003 / forb0007 variants at d = 2
and ticf-14crafa.prec15. For each run: the final breaks and bound, the status, the seconds, and
"found" — when the final breaks value was first reported to the progress callback. A short
limit that loses what the long one found early shows as a worse value where the long run's
"found" is below the short limit. ``--src`` runs another tree's engine (e.g. the previous
commit's, from ``git worktree``), so before and after run in the same minutes.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limits", default="15,60")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--match", default="")
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    sys.path.insert(0, args.src)
    sys.path.insert(1, str(Path(__file__).resolve().parent))
    from run import BENCH, published

    from tradebridge.matchmaking.engine.scheduling import load_instance, solve

    runs: list[tuple[str, int]] = []
    hard = ["forum-13crafb", "forum-13crafc", "ticf-13crafb", "ticf-13crafc"]
    for d in (1, 2, 3):
        runs += [(f"{h}.original.dzn", d) for h in hard]
    runs += [(f"{h}.{v}.dzn", 2) for v in ("forb0003", "forb0007") for h in hard]
    runs.append(("ticf-14crafa.prec15.dzn", 2))
    runs = [r for r in runs if args.match in f"{r[0]}@{r[1]}"]
    limits = [float(x) for x in args.limits.split(",")]
    head = "| instance | d | " + " | ".join(
        f"{lim:g} s: breaks / bound, status, seconds, found" for lim in limits
    )
    lines = [head + " | published |", "|---|---|" + "---|" * (len(limits) + 1)]
    print(os.popen("uptime").read().strip(), flush=True)
    print(lines[0], lines[1], sep="\n", flush=True)
    met = dict.fromkeys(limits, 0)
    for name, d in runs:
        pub = published(d).get(name, "")
        cells = []
        for lim in limits:
            seen: list = []
            s = solve(
                load_instance(BENCH / "noves" / name),
                time_limit=lim,
                workers=args.workers,
                fairness=d,
                on_progress=seen.append,
            )
            found = next(
                (p.seconds for p in seen if p.phase == "breaks" and p.objective == s.breaks),
                None,
            )
            ok = (s.status == "optimal" and str(s.breaks) == pub) or (
                pub == "infeasible" and s.status == "infeasible"
            )
            met[lim] += ok
            f = f"{found:.1f}" if found is not None else "–"
            cell = f"{s.breaks} / {s.bound_breaks}, {s.status}, {s.seconds:.1f}, {f}"
            if lim > limits[0]:
                # What this longer run had when the shortest limit would have stopped it.
                early = [p for p in seen if p.phase == "breaks" and p.seconds <= limits[0]]
                if early:
                    best = min(p.objective for p in early)
                    cell += f" (at {limits[0]:g} s: {best:g} / {max(p.bound for p in early):g})"
            cells.append(cell)
        line = f"| {name} | {d} | " + " | ".join(cells) + f" | {pub} |"
        print(line, flush=True)
        lines.append(line)
    tail = "; ".join(f"{lim:g} s: met {met[lim]} of {len(runs)}" for lim in limits)
    lines.append(f"\n{tail}; {os.popen('uptime').read().strip()}\n")
    print(lines[-1])
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
