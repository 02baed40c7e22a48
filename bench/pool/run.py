"""Latency of the project pool's reads on a large PostgreSQL database: search (both languages,
with and without filters, as a visitor and as staff) and the pipeline board, each as the page
runs it (the first page of 20 and the count; the board's per-stage counts and cards).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB \\
        .venv/bin/python bench/pool/run.py [--rounds 15]

DB is filled by ``bench/pool/generate.py`` (100,000 opportunities, 1,000,000 deal events).
Text vectors are off (``TRADEBRIDGE_RECOMMENDING_TEXT=lexical``): this measures the database
side. Writes bench/pool/RESULTS.md (the table, the sizes and the load average).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")
os.environ.setdefault("TRADEBRIDGE_RECOMMENDING_TEXT", "lexical")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Sum  # noqa: E402
from django.db.models.functions import TruncMonth  # noqa: E402

from tradebridge.accounts.models import User  # noqa: E402
from tradebridge.pool.models import Deal, DealEvent, Opportunity  # noqa: E402
from tradebridge.pool.selectors import (  # noqa: E402
    BoardFilters,
    PoolFilters,
    board,
    deals_visible,
    opportunity_list,
)

SEARCHES = {
    "no query, newest first": PoolFilters(),
    "Chinese: 污水处理膜": PoolFilters(q="污水处理膜"),
    "Chinese: 江苏 光伏组件": PoolFilters(q="江苏 光伏组件"),
    "English: cold chain logistics": PoolFilters(q="cold chain logistics"),
    "English → Chinese: solar modules": PoolFilters(q="solar modules"),
    "type + sector filter": PoolFilters(kinds=["investment-sought"], sectors=["energy"]),
    "query + side filter: battery": PoolFilters(q="battery", country="CN"),
}


def _page(user: object, filters: PoolFilters) -> None:
    qs = opportunity_list(user=user, filters=filters)  # type: ignore[arg-type]
    qs.count()
    list(qs[:20])


def _percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    q = statistics.quantiles(ordered, n=100, method="inclusive")
    return ordered[len(ordered) // 2], q[94], max(ordered)


def measure(call: Callable[[], object], rounds: int) -> tuple[float, float, float]:
    call()  # warm: jieba's dictionary, the vocabulary, the plan cache
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return _percentiles(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database.")
    staff, _ = User.objects.get_or_create(
        email="bench-staff@example.org", defaults={"is_staff": True, "full_name": "Bench"}
    )
    visitor = AnonymousUser()
    rows = []
    for name, filters in SEARCHES.items():
        rows.append(
            (
                f"search as a visitor — {name}",
                measure(lambda f=filters: _page(visitor, f), args.rounds),
            )
        )
    rows.append(
        (
            "search as staff — Chinese: 污水处理膜",
            measure(lambda: _page(staff, PoolFilters(q="污水处理膜")), args.rounds),
        )
    )
    rows.append(
        (
            "board (staff, all deals): counts + 50 cards a stage",
            measure(lambda: board(user=staff), args.rounds),
        )
    )
    some_region = Deal.objects.values_list("first__region__code", flat=True).first() or ""
    rows.append(
        (
            f"board filtered by region {some_region}",
            measure(
                lambda: board(user=staff, filters=BoardFilters(region=some_region)), args.rounds
            ),
        )
    )
    some_event = Deal.objects.exclude(event=None).values_list("event_id", flat=True).first()
    rows.append(
        (
            "board filtered by event",
            measure(lambda: board(user=staff, filters=BoardFilters(event=some_event)), args.rounds),
        )
    )
    member = Deal.objects.values_list("first_id", flat=True).first()
    rep = User.objects.filter(representations__organization_id=member).first()
    if rep is None:
        from tradebridge.directory.models import Representative

        rep, _ = User.objects.get_or_create(
            email="bench-rep@example.org", defaults={"full_name": "Rep"}
        )
        Representative.objects.get_or_create(user=rep, organization_id=member)
    rows.append(
        (
            "an organization's own deals (first page)",
            measure(
                lambda: list(deals_visible(user=rep).order_by("-updated_at")[:20]), args.rounds
            ),
        )
    )
    rows.append(
        (
            "signed value and count by month (DealEvent → Deal)",
            measure(
                lambda: list(
                    DealEvent.objects.filter(to_stage="signed")
                    .annotate(month=TruncMonth("at"))
                    .values("month")
                    .annotate(n=Count("deal_id"), value=Sum("deal__amount"))
                    .order_by("month")
                ),
                args.rounds,
            ),
        )
    )
    sizes = {
        "opportunities": Opportunity.objects.count(),
        "deals": Deal.objects.count(),
        "deal events": DealEvent.objects.count(),
    }
    load = os.getloadavg()
    lines = [
        "# Project pool: search and pipeline latency on PostgreSQL",
        "",
        f"`bench/pool/run.py --rounds {args.rounds}` on a database filled by "
        "`bench/pool/generate.py`: "
        + ", ".join(f"{n:,} {k}" for k, n in sizes.items())
        + ". Lexical search (no text model). Milliseconds of wall time in the benchmark's process "
        "(query + Python), first page of 20 and the count, as the list page runs them.",
        "",
        f"Machine: 2 shared cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} "
        "(1 / 5 / 15 min) while it ran — other engineers' tests ran at the same time, so the "
        "figures are several times what an idle machine gives.",
        "",
        "| read | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|",
    ]
    for name, (p50, p95, worst) in rows:
        lines.append(f"| {name} | {p50:.0f} | {p95:.0f} | {worst:.0f} |")
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(__file__).with_name("RESULTS.md")
    previous = out.read_text(encoding="utf-8") if out.exists() else ""
    notes = previous.split("\n## Notes\n", 1)[1] if "\n## Notes\n" in previous else ""
    out.write_text(text + ("\n## Notes\n" + notes if notes else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
