"""Where a page of the load benchmark spends its time: its SQL queries (slowest first, with
their share of the page's time) and, with --profile, cProfile's top functions.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/tradebridge_load PYTHONPATH=src \\
        python bench/load/inspect_page.py /en/directory/ [--user bench.rep@load.example] [--profile]

Run after ``run.py`` has prepared the database. Uses the test client in-process with the
production settings' middleware (DEBUG off), after one warm-up request.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--user", default="")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tradebridge.accounts.models import User

    client = Client(HTTP_HOST="127.0.0.1")
    if args.user:
        client.force_login(User.objects.get(email=args.user))
    status = client.get(args.path).status_code
    started = time.perf_counter()
    for _ in range(args.repeat):
        client.get(args.path)
    page_ms = (time.perf_counter() - started) * 1000 / args.repeat
    with CaptureQueriesContext(connection) as queries:
        client.get(args.path)
    print(f"{args.path}: {status}, {page_ms:.1f} ms a request, {len(queries)} queries, "
          f"{sum(float(q['time']) for q in queries) * 1000:.1f} ms in SQL")  # fmt: skip
    for q in sorted(queries, key=lambda q: -float(q["time"]))[:8]:
        print(f"  {float(q['time']) * 1000:7.1f} ms  {q['sql'][:300]}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.repeat):
            client.get(args.path)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(35)


if __name__ == "__main__":
    main()
