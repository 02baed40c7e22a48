"""Side by side: this engine against another checkout of it, in the same run, on the same files.

    .venv/bin/python bench/recommend/compare.py OTHER_ROOT [--rounds 3] [--no-vnni]

OTHER_ROOT holds ``src/`` of the other engine, e.g. the code before issue 18:
``git archive 307c1ef src bench | tar -x -C /tmp/old``. Each round runs, for each engine in
turn, a cold session (``tradebridge recommend`` on 170 synthetic organizations as a new
process, or ``--session FILE``) and the indexing of 2,000 synthetic profiles (every text new;
or the organizations of ``--directory FILE …`` together), each as its own
process, and reports wall time, CPU time and the load: on a shared machine, alternating the
two engines is what makes their figures comparable. ``--no-vnni`` hides AVX-512 and VNNI
from both (``speed.py --no-vnni``). Nothing is written; the table is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import speed  # noqa: E402

INDEXING = """
import json, sys, time
from tradebridge.matchmaking.engine.recommending import E5Encoder, EmbeddingIndex, parse_profiles
profiles = parse_profiles(json.load(open(sys.argv[1], encoding="utf-8")))
encoder = E5Encoder()
encoder.encode(["warm-up"])
index = EmbeddingIndex(encoder)
start, cpu = time.perf_counter(), time.process_time()
texts = index.upsert(profiles)
print(json.dumps({"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
                  "texts": texts}))
"""


def child(root: Path, cmd: list[str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of a child process run on ``root``'s engine, and its output."""
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime, out


def main() -> None:
    """Alternate the two engines and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("other", type=Path, help="root of the other checkout (holds src/)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-vnni", action="store_true")
    parser.add_argument(
        "--session", type=Path, help="a profiles file for the session (default: 170 synthetic)"
    )
    parser.add_argument(
        "--directory",
        type=Path,
        nargs="+",
        help="profiles files indexed together (default: 2,000 synthetic profiles)",
    )
    args = parser.parse_args()
    isa = speed.no_vnni() if args.no_vnni else "native"
    engines = {"other": args.other.resolve(), "this": ROOT}
    results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        session = args.session or Path(tmp) / "session.json"
        if not args.session:
            synthetic = speed.synthetic(170, seed=11)
            session.write_text(json.dumps(synthetic, ensure_ascii=False), "utf-8")
        directory = Path(tmp) / "directory.json"
        if args.directory:  # the files' organizations together, ids made unique
            organizations = [
                {**o, "id": f"{k}-{o['id']}"}
                for k, path in enumerate(args.directory)
                for o in json.loads(path.read_text("utf-8"))["organizations"]
            ]
            listing = {"format": "tradebridge-profiles/1", "organizations": organizations}
        else:
            listing = speed.synthetic(2000, seed=3)
        directory.write_text(json.dumps(listing, ensure_ascii=False), "utf-8")
        indexed = len(listing["organizations"])  # type: ignore[arg-type]
        for _ in range(args.rounds):
            for name, root in engines.items():
                before = os.getloadavg()[0]
                out = Path(tmp) / f"{name}.json"
                cli = [sys.executable, "-m", "tradebridge.cli", "recommend", str(session)]
                wall, cpu, _ = child(root, [*cli, "--top", "10", "-o", str(out)])
                results.setdefault((name, "session"), []).append((wall, cpu, before))
                before = os.getloadavg()[0]
                _, _, text = child(root, [sys.executable, "-c", INDEXING, str(directory)])
                figures = json.loads(text.strip().splitlines()[-1])
                results.setdefault((name, "indexing"), []).append(
                    (indexed / figures["wall"], indexed / figures["cpu"], before)
                )
    print(f"ISA: {isa}; {args.rounds} rounds, engines alternating; other = {engines['other']}")
    print(f"session: {args.session or '170 synthetic'}; indexing: {indexed} profiles")
    print("| engine | session cold, wall median (best) | CPU median | indexing, profiles/s median"
          " (best) | per CPU-second median | load (1-min) |")  # fmt: skip
    print("|---|---|---|---|---|---|")
    for name in engines:
        s, x = results[name, "session"], results[name, "indexing"]
        loads = [r[2] for r in s + x]
        print(
            f"| {name} | {statistics.median(r[0] for r in s):.2f} s ({min(r[0] for r in s):.2f})"
            f" | {statistics.median(r[1] for r in s):.2f} s"
            f" | {statistics.median(r[0] for r in x):.0f} ({max(r[0] for r in x):.0f})"
            f" | {statistics.median(r[1] for r in x):.0f}"
            f" | {min(loads):.1f}–{max(loads):.1f} |"
        )


if __name__ == "__main__":
    main()
