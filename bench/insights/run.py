"""Insights bench: the dashboard's and the summary's latency on PostgreSQL with 100,000
opportunities and 1,000,000 pipeline events (made by generate.py).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME \
        .venv/bin/python bench/insights/run.py [--runs 20] [--write]

Measures, after one warm-up: each chart's query (the selectors, as the page calls them), the
headline figures, and the whole pages (``/en/insights/dashboard/`` signed in,
``/zh-hans/insights/``) through Django's test client — the view, every query and the template,
without the network; the number of queries of each page; and the machine's load while it ran.
``--write`` writes RESULTS.md beside this file.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import translation  # noqa: E402

from tradebridge.accounts.models import User  # noqa: E402
from tradebridge.insights import selectors  # noqa: E402
from tradebridge.pool.models import Deal, DealEvent, Opportunity  # noqa: E402

HERE = Path(__file__).resolve().parent


def percentiles(samples: list[float]) -> tuple[float, float, float, float]:
    ordered = sorted(samples)
    q = (
        statistics.quantiles(ordered, n=100, method="inclusive")
        if len(ordered) > 1
        else ordered * 99
    )
    return ordered[len(ordered) // 2], q[89], q[98], ordered[-1]


def measure(function: Callable[[], object], runs: int) -> tuple[list[float], int]:
    function()  # warm-up: caches, plans, templates
    executed: list[str] = []

    def count(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        executed.append(sql)
        return execute(sql, params, many, context)

    # A wrapper, not CaptureQueriesContext: each request resets the connection's query log.
    with connection.execute_wrapper(count):
        function()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, len(executed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to the PostgreSQL database generate.py filled.")
    settings.ALLOWED_HOSTS = ["testserver"]
    user, _ = User.objects.get_or_create(email="bench@example.org", defaults={"full_name": "Bench"})
    member = Client()
    member.force_login(user)
    anonymous = Client()

    def page(client: Client, url: str) -> Callable[[], object]:
        def get() -> object:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response

        return get

    translation.activate("en")
    cases: list[tuple[str, Callable[[], object]]] = [
        ("page /en/insights/dashboard/ (member)", page(member, "/en/insights/dashboard/")),
        ("page /zh-hans/insights/ (public summary)", page(anonymous, "/zh-hans/insights/")),
        ("headline figures", selectors.headlines),
        ("meetings by sector", selectors.meetings_by_sector),
        ("meetings by province (map)", lambda: selectors.meetings_by_region("CN")),
        ("meetings by state (map)", lambda: selectors.meetings_by_region("US")),
        ("opportunities by type and stage", selectors.opportunities_by_type_and_stage),
        ("deals by stage", selectors.deals_by_stage),
        ("signed deals by quarter", selectors.signed_deals_by_quarter),
        ("pipeline moves by quarter", selectors.pipeline_moves_by_quarter),
    ]
    load_before = os.getloadavg()
    rows = []
    for name, function in cases:
        samples, queries = measure(function, args.runs)
        p50, p90, p99, top = percentiles(samples)
        rows.append((name, queries, p50, p90, p99, top))
        print(
            f"{name:45} {queries:3d} q  p50 {p50:8.1f}  p90 {p90:8.1f}  "
            f"p99 {p99:8.1f}  max {top:8.1f} ms"
        )
    load_after = os.getloadavg()
    sizes = (
        f"{Opportunity.objects.count():,} opportunities, {Deal.objects.count():,} deals, "
        f"{DealEvent.objects.count():,} deal events"
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    lines = [
        "# Insights bench",
        "",
        f"Data: {sizes} (bench/insights/generate.py). PostgreSQL {version} on the same machine, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores shared with other work: "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after. "
        f"{args.runs} timed runs after a warm-up; milliseconds; a page is measured through "
        "Django's test client (view, queries, template; no network).",
        "",
        "| what | queries | p50 | p90 | p99 | max |",
        "|---|---:|---:|---:|---:|---:|",
        *[f"| {n} | {q} | {a:.1f} | {b:.1f} | {c:.1f} | {d:.1f} |" for n, q, a, b, c, d in rows],
        "",
    ]
    if args.write:
        (HERE / "RESULTS.md").write_text("\n".join(lines))
    print("\n".join(lines[:3]))


if __name__ == "__main__":
    main()
