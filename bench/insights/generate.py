"""Insights bench data on PostgreSQL: 100,000 opportunities and 1,000,000 pipeline events.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/insights/generate.py

The project pool's rows come from the pool's own generator (``bench/pool/generate.py``: 5,000
organizations, 100,000 opportunities in both languages, deals and 1,000,000 deal events, written
with COPY); this script adds what the dashboard reads beyond the pool: two past match-making
sessions with 3,000 meetings each, placed in their published schedules, between those
organizations, one to three sectors for each organization, and an exchange rate for the yuan
amounts. Seeded: the same rows every time. The
database must be migrated and hold no pool rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradebridge.settings.dev")

import django  # noqa: E402

django.setup()

sys.path.insert(0, str(ROOT))
from bench.pool.generate import generate as pool_generate  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from tradebridge.directory.models import Organization, Sector  # noqa: E402
from tradebridge.events.models import Event  # noqa: E402
from tradebridge.matchmaking.models import (  # noqa: E402
    Meeting,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
    Table,
)
from tradebridge.pool.models import Deal, DealEvent, ExchangeRate, Opportunity  # noqa: E402


def sectors(orgs: list[int], rng: random.Random) -> None:
    """One to three sectors for each organization that has none (the pool's generator gives
    opportunities a sector, not organizations): the meetings-by-sector chart reads them."""
    through = Organization.sectors.through
    taken = set(through.objects.values_list("organization_id", flat=True))
    codes = list(Sector.objects.values_list("pk", flat=True))
    through.objects.bulk_create(
        (
            through(organization_id=o, sector_id=s)
            for o in orgs
            if o not in taken
            for s in rng.sample(codes, rng.randint(1, 3))
        ),
        batch_size=5000,
    )


def meetings(orgs: list[int], per_session: int, rng: random.Random) -> int:
    event = Event.objects.create(
        slug="bench-summit",
        title="Bench summit",
        title_en="Bench summit",
        starts_on=dt.date(2016, 5, 11),
        ends_on=dt.date(2016, 5, 12),
    )
    total = 0
    for day in (11, 12):
        starts = dt.datetime(2016, 5, day, 14, tzinfo=dt.UTC)
        session = Session.objects.create(
            event=event,
            title="Bench session",
            title_en="Bench session",
            starts_at=starts,
            ends_at=starts + dt.timedelta(hours=6),
            status=Session.Status.PUBLISHED,
        )
        slots = Slot.objects.bulk_create(
            Slot(
                session=session,
                index=i,
                starts_at=starts + dt.timedelta(minutes=15 * i),
                ends_at=starts + dt.timedelta(minutes=15 * i + 15),
            )
            for i in range(24)
        )
        tables = Table.objects.bulk_create(Table(session=session, number=n + 1) for n in range(150))
        chosen = rng.sample(orgs, 1200)
        participants = Participant.objects.bulk_create(
            Participant(session=session, organization_id=o) for o in chosen
        )
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < per_session:
            a, b = sorted(rng.sample(range(len(participants)), 2))
            pairs.add((a, b))
        made = Meeting.objects.bulk_create(
            (
                Meeting(session=session, first=participants[a], second=participants[b])
                for a, b in sorted(pairs)
            ),
            batch_size=2000,
        )
        run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
        Placement.objects.bulk_create(
            (
                Placement(run=run, meeting=m, slot=slots[k // 150], table=tables[k % 150])
                for k, m in enumerate(made)
            ),
            batch_size=2000,
        )
        Session.objects.filter(pk=session.pk).update(published_run=run)
        total += len(made)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--meetings", type=int, default=3_000, help="per session (two sessions)")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a migrated PostgreSQL database.")
    started = time.perf_counter()
    for name, seconds in pool_generate(
        opportunities=args.opportunities, events=args.events
    ).items():
        print(f"pool: {name}: {seconds:.1f}")
    rng = random.Random(2016)
    with transaction.atomic():
        ExchangeRate.objects.get_or_create(
            as_of=dt.date(2016, 1, 4), defaults={"cny_per_usd": "6.5", "source": "bench"}
        )
        orgs = list(Organization.objects.values_list("pk", flat=True))
        sectors(orgs, rng)
        held = meetings(orgs, args.meetings, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"{Organization.objects.count()} organizations, {held} meetings, "
        f"{Opportunity.objects.count()} opportunities, {Deal.objects.count()} deals, "
        f"{DealEvent.objects.count()} deal events in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
