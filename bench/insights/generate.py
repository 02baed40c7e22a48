"""Insights bench data on PostgreSQL: 100,000 opportunities and 1,000,000 pipeline events.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME .venv/bin/python bench/insights/generate.py

Fills a migrated database (refuses SQLite) with, by default: 2,000 organizations on both sides
with sectors and regions, 100,000 opportunities of every type, stage and status, 100,000 deals at
every stage in both currencies (a fifth of them signed, over ten years), 1,000,000 deal events
(ten per deal: stage moves and dated notes) and two past match-making sessions with 6,000
meetings placed in their published schedules. Organizations, sessions and meetings go through
bulk inserts; opportunities, deals and events are made by PostgreSQL itself
(``INSERT … SELECT … FROM generate_series``), which takes seconds rather than minutes. Seeded:
the same rows every time. Run once; ``--force`` empties the tables it fills first.
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

from django.db import connection, transaction  # noqa: E402

from tradebridge.directory.models import Organization, Region, Sector  # noqa: E402
from tradebridge.directory.services import taxonomy_seed  # noqa: E402
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

KINDS = Opportunity.Kind.values
STAGES = [*Opportunity.Stage.values, ""]
STATUSES = Opportunity.Status.values
DEAL_STAGES = Deal.Stage.values


def _array(values: list[str]) -> str:
    return "ARRAY[" + ",".join(f"'{v}'" for v in values) + "]"


def organizations(n: int, rng: random.Random) -> list[int]:
    sectors = list(Sector.objects.values_list("pk", flat=True))
    cn = list(Region.objects.filter(code__startswith="CN-").values_list("pk", flat=True))
    us = list(Region.objects.filter(code__startswith="US-").values_list("pk", flat=True))
    made = Organization.objects.bulk_create(
        (
            Organization(
                slug=f"bench-{i}",
                name=f"Bench organization {i}",
                name_en=f"Bench organization {i}",
                side="CN" if i % 2 else "US",
                region_id=rng.choice(cn if i % 2 else us),
            )
            for i in range(n)
        ),
        batch_size=2000,
    )
    through = Organization.sectors.through
    through.objects.bulk_create(
        (
            through(organization_id=o.pk, sector_id=s)
            for o in made
            for s in rng.sample(sectors, rng.randint(1, 3))
        ),
        batch_size=5000,
    )
    return [o.pk for o in made]


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


def pool(opportunities: int, deals: int, events_per_deal: int) -> None:
    """Opportunities, deals and deal events made by PostgreSQL from generate_series."""
    o, d, e = (m._meta.db_table for m in (Opportunity, Deal, DealEvent))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT min(id), max(id) FROM directory_organization WHERE slug LIKE 'bench-%%'"
        )
        low, high = cursor.fetchone()
        cursor.execute("SELECT min(id), max(id) FROM directory_sector")
        s_low, s_high = cursor.fetchone()
        cursor.execute("SELECT min(id), max(id) FROM directory_region")
        r_low, r_high = cursor.fetchone()
        span, s_span, r_span = high - low + 1, s_high - s_low + 1, r_high - r_low + 1
        cursor.execute(
            f"""
            INSERT INTO {o} (owner_id, kind, title, title_en, summary, summary_en, description,
                partner_role, sector_id, region_id, stage, amount, currency, visibility,
                anonymous, status, published_at, search_document, created_at, updated_at)
            SELECT {low} + (g * 7919) % {span},
                ({_array(KINDS)})[1 + g % {len(KINDS)}],
                'Bench opportunity ' || g, 'Bench opportunity ' || g, 'Summary', 'Summary', '',
                '', {s_low} + g % {s_span}, {r_low} + (g * 31) % {r_span},
                ({_array(STAGES)})[1 + (g / 3) % {len(STAGES)}],
                (g % 1000) * 1000, CASE WHEN g % 3 = 0 THEN 'CNY' ELSE 'USD' END,
                'public', g % 10 = 0,
                ({_array(STATUSES)})[1 + (g / 7) % {len(STATUSES)}],
                timestamp with time zone '2016-01-01' + (g % 3650) * interval '1 day',
                'bench opportunity ' || g, now(), now()
            FROM generate_series(1, {opportunities}) AS g
            """
        )
        cursor.execute(
            f"""
            INSERT INTO {d} (first_id, second_id, title, stage, close_reason, amount, currency,
                jobs_created, signed_at, created_at, updated_at, sector_id)
            SELECT {low} + (g * 7919) % {span}, {low} + (g * 7919 + 1 + g % 97) % {span},
                'Bench deal ' || g,
                ({_array(DEAL_STAGES)})[1 + g % {len(DEAL_STAGES)}], '',
                (g % 500) * 10000, CASE WHEN g % 3 = 0 THEN 'CNY' ELSE 'USD' END,
                CASE WHEN g % {len(DEAL_STAGES)} IN (4, 5) THEN g % 40 END,
                CASE WHEN g % {len(DEAL_STAGES)} IN (4, 5)
                     THEN timestamp with time zone '2016-01-01' + (g % 3650) * interval '1 day' END,
                now(), now(), {s_low} + g % {s_span}
            FROM generate_series(1, {deals}) AS g
            """
        )
        cursor.execute(
            f"""
            INSERT INTO {e} (deal_id, from_stage, to_stage, note, at)
            SELECT d.id,
                CASE WHEN k % 2 = 0 THEN ({_array(DEAL_STAGES)})[1 + (k / 2) % 6]
                     ELSE ({_array(DEAL_STAGES)})[1 + (k / 2 + 5) % 6] END,
                ({_array(DEAL_STAGES)})[1 + (k / 2) % 6],
                CASE WHEN k % 2 = 0 THEN 'Call with both sides.' ELSE '' END,
                coalesce(d.signed_at, timestamp with time zone '2016-01-01'
                    + (d.id % 3650) * interval '1 day') - (10 - k) * interval '9 days'
            FROM {d} d CROSS JOIN generate_series(0, {events_per_deal - 1}) AS k
            WHERE d.title LIKE 'Bench deal %%'
            """
        )
        cursor.execute(f"ANALYZE {o}; ANALYZE {d}; ANALYZE {e}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--opportunities", type=int, default=100_000)
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--events-per-deal", type=int, default=10)
    parser.add_argument("--organizations", type=int, default=2_000)
    parser.add_argument("--meetings", type=int, default=3_000, help="per session (two sessions)")
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        raise SystemExit("Set DATABASE_URL to a migrated PostgreSQL database.")
    if Organization.objects.filter(slug__startswith="bench-").exists():
        if not args.force:
            raise SystemExit("Bench data is already there (--force to make it again).")
        DealEvent.objects.all().delete()
        Deal.objects.all().delete()
        Opportunity.objects.all().delete()
        Event.objects.filter(slug="bench-summit").delete()
        Organization.objects.filter(slug__startswith="bench-").delete()
    rng = random.Random(2016)
    started = time.perf_counter()
    with transaction.atomic():
        taxonomy_seed()
        ExchangeRate.objects.get_or_create(
            as_of=dt.date(2016, 1, 4), defaults={"cny_per_usd": "6.5", "source": "bench"}
        )
        orgs = organizations(args.organizations, rng)
        held = meetings(orgs, args.meetings, rng)
        pool(args.opportunities, args.deals, args.events_per_deal)
    print(
        f"{len(orgs)} organizations, {held} meetings, {Opportunity.objects.count()} opportunities, "
        f"{Deal.objects.count()} deals, {DealEvent.objects.count()} deal events "
        f"in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
