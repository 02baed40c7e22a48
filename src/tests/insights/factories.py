"""Demo-like activity for the insights tests: organizations on both sides with sectors and
regions, match-making sessions with meetings (held, cancelled, unplaced, not taken place, in a
session still to come), opportunities of every type and stage, deals at every stage in both
currencies, and their pipeline events. Written with bulk inserts so that a test can build it at
two sizes."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from tests.factories import _seeded
from tradebridge.directory.models import Organization, Region, Sector
from tradebridge.events.models import Event
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingOutcome,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
    Table,
)
from tradebridge.pool.models import Currency, Deal, DealEvent, ExchangeRate, Opportunity

UTC = dt.UTC


@dataclass
class Activity:
    organizations: list[Organization]
    sessions: list[Session]
    meetings: list[Meeting]
    opportunities: list[Opportunity]
    deals: list[Deal]


def _session(event: Event, *, day: dt.date, status: str, slots: int) -> Session:
    starts = dt.datetime.combine(day, dt.time(14), tzinfo=UTC)
    session = Session.objects.create(
        event=event,
        title="Match-making",
        title_en="Match-making",
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=3),
        status=status,
    )
    Slot.objects.bulk_create(
        Slot(
            session=session,
            index=i,
            starts_at=starts + dt.timedelta(minutes=15 * i),
            ends_at=starts + dt.timedelta(minutes=15 * i + 15),
        )
        for i in range(slots)
    )
    return session


def build_activity(size: int = 1, *, seed: int = 7) -> Activity:
    """About 30 organizations, 60 meetings, 40 opportunities and 30 deals per unit of ``size``."""
    rng = random.Random(seed)
    sectors = list(_seeded(Sector).all())
    regions = list(Region.objects.all())
    cn_regions = [r for r in regions if r.code.startswith("CN-")][:8]
    us_regions = [r for r in regions if r.code.startswith("US-")][:6]
    organizations = Organization.objects.bulk_create(
        Organization(
            slug=f"act-{seed}-{size}-{i}",
            name=f"Org {i}",
            name_en=f"Org {i}",
            side="CN" if i % 2 else "US",
            region=(rng.choice(cn_regions) if i % 2 else rng.choice(us_regions)) if i % 7 else None,
        )
        for i in range(30 * size)
    )
    through = Organization.sectors.through
    through.objects.bulk_create(
        through(organization_id=org.pk, sector_id=sector.pk)
        for org in organizations
        for sector in rng.sample(sectors, rng.randint(0, 3))
    )
    event = Event.objects.create(
        slug=f"act-{seed}-{size}",
        title="Summit",
        title_en="Summit",
        starts_on=dt.date(2016, 5, 11),
        ends_on=dt.date(2016, 5, 11),
    )
    sessions = []
    meetings: list[Meeting] = []
    far = dt.date.today() + dt.timedelta(days=400)
    for day, status in (
        (dt.date(2016, 5, 11), Session.Status.PUBLISHED),
        (dt.date(2017, 6, 1), Session.Status.PUBLISHED),
        (dt.date(2017, 9, 1), Session.Status.CLOSED),  # never published: nothing held
        (far, Session.Status.PUBLISHED),  # still to come: nothing held yet
    ):
        slots = 12 * size
        session = _session(event, day=day, status=status, slots=slots)
        sessions.append(session)
        tables = Table.objects.bulk_create(Table(session=session, number=n + 1) for n in range(10))
        chosen = rng.sample(organizations, min(len(organizations), 24 * size))
        participants = Participant.objects.bulk_create(
            Participant(session=session, organization=org) for org in chosen
        )
        pairs = set()
        while len(pairs) < 20 * size:
            a, b = sorted(rng.sample(range(len(participants)), 2))
            pairs.add((a, b))
        made = Meeting.objects.bulk_create(
            Meeting(
                session=session,
                first=participants[a],
                second=participants[b],
                status=Meeting.Status.CANCELLED if k % 9 == 0 else Meeting.Status.CONFIRMED,
            )
            for k, (a, b) in enumerate(sorted(pairs))
        )
        meetings.extend(made)
        run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
        old_run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
        slot_list = list(Slot.objects.filter(session=session))
        placements = []
        for k, meeting in enumerate(made):
            if k % 11 == 5:
                # Only in an older run: not in the published schedule.
                placements.append(
                    Placement(
                        run=old_run, meeting=meeting, slot=slot_list[k // 10], table=tables[k % 10]
                    )
                )
                continue
            placements.append(
                Placement(
                    run=run,
                    meeting=meeting,
                    slot=slot_list[k // 10],
                    table=tables[k % 10],
                )
            )
        Placement.objects.bulk_create(placements)
        if status == Session.Status.PUBLISHED:
            Session.objects.filter(pk=session.pk).update(published_run=run)
        MeetingOutcome.objects.bulk_create(
            MeetingOutcome(meeting=m, participant=m.first, held=k % 13 != 4)
            for k, m in enumerate(made)
            if k % 4 == 0
        )
    opportunities = Opportunity.objects.bulk_create(
        Opportunity(
            owner=rng.choice(organizations),
            kind=rng.choice(Opportunity.Kind.values),
            stage=rng.choice([*Opportunity.Stage.values, ""]),
            title=f"Opportunity {i}",
            title_en=f"Opportunity {i}",
            summary="A summary.",
            status=rng.choice(Opportunity.Status.values),
            sector=rng.choice(sectors),
            region=rng.choice(regions),
        )
        for i in range(40 * size)
    )
    ExchangeRate.objects.get_or_create(
        as_of=dt.date(2016, 1, 4), defaults={"cny_per_usd": Decimal("6.5")}
    )
    ExchangeRate.objects.get_or_create(
        as_of=dt.date(2017, 1, 3), defaults={"cny_per_usd": Decimal("6.9")}
    )
    deals = []
    for i in range(30 * size):
        first, second = rng.sample(organizations, 2)
        stage = rng.choice(Deal.Stage.values)
        signed = stage in (Deal.Stage.SIGNED, Deal.Stage.IMPLEMENTED)
        deals.append(
            Deal(
                first=first,
                second=second,
                stage=stage,
                amount=Decimal(rng.randint(1, 500) * 10_000) if i % 5 else None,
                currency=Currency.CNY if i % 3 == 0 else Currency.USD,
                jobs_created=rng.randint(0, 40) if signed else None,
                signed_at=dt.datetime(2016, 1, 1, tzinfo=UTC)
                + dt.timedelta(days=rng.randint(0, 700))
                if signed and i % 8
                else None,
            )
        )
    deals = Deal.objects.bulk_create(deals)
    events = []
    order = [s for s in Deal.Stage.values if s != Deal.Stage.CLOSED]
    for deal in deals:
        at = dt.datetime(2016, 2, 1, tzinfo=UTC) + dt.timedelta(days=rng.randint(0, 600))
        previous = ""
        reached = order.index(deal.stage) if deal.stage in order else 2
        for stage in order[: reached + 1]:
            events.append(DealEvent(deal=deal, from_stage=previous, to_stage=stage, at=at))
            events.append(
                DealEvent(deal=deal, from_stage=stage, to_stage=stage, note="Call.", at=at)
            )
            at += dt.timedelta(days=rng.randint(5, 90))
            previous = stage
        if deal.stage == Deal.Stage.CLOSED:
            events.append(DealEvent(deal=deal, from_stage=previous, to_stage="closed", at=at))
    DealEvent.objects.bulk_create(events)
    return Activity(organizations, sessions, meetings, opportunities, deals)
