"""The demo's check-ins at the 2016 Los Angeles summit: most confirmed attendees arrived
between 08:00 and 10:30 at one of three desks, and many were scanned into the programme's
items (an item with seats of its own only admits its seats). Skipped when the summit or its
registrations are not in the demo. Deterministic; everything goes through ``check_in``."""

from __future__ import annotations

import datetime as dt
import random

from tradebridge.accounts.models import User
from tradebridge.checkin.models import CheckIn
from tradebridge.checkin.services import Result, check_in
from tradebridge.events.models import AgendaItem, Event
from tradebridge.registrations.models import Registration

from .services import STAFF_EMAIL

EVENT_SLUG = "california-china-business-summit-2016"
ARRIVED = 0.8  # of the confirmed attendees
AT_ITEM = 0.6  # of those arrived, at each item (those with a seat, at a seated item)
DESKS = ("Desk 1", "Desk 2", "Desk 3")


def load() -> str:
    event = Event.objects.filter(slug=EVENT_SLUG).first()
    if event is None or CheckIn.objects.filter(registration__event=event).exists():
        return "0 check-ins"
    confirmed = list(
        Registration.objects.filter(event=event, status=Registration.Status.CONFIRMED).order_by(
            "pk"
        )
    )
    if not confirmed:
        return "0 check-ins (no registrations)"
    staff = User.objects.get(email=STAFF_EMAIL)
    rng = random.Random(14)
    opening = dt.datetime.combine(event.starts_on, dt.time(8, 0), tzinfo=event.zone)
    arrived = sorted(rng.sample(confirmed, round(len(confirmed) * ARRIVED)), key=lambda r: r.pk)
    welcomed = 0
    for number, registration in enumerate(arrived):
        outcome = check_in(
            actor=staff,
            code=registration.check_in_code,
            event=event,
            desk=DESKS[number % len(DESKS)],
            nonce=f"demo-{registration.pk}",
            at=opening + dt.timedelta(seconds=rng.randrange(150 * 60)),
        )
        welcomed += outcome.result == Result.WELCOME
    at_items = 0
    for item in AgendaItem.objects.filter(event=event).order_by("starts_at", "pk"):
        for registration in rng.sample(arrived, round(len(arrived) * AT_ITEM)):
            outcome = check_in(
                actor=staff,
                code=registration.check_in_code,
                event=event,
                item=item,
                desk="Door scanner",
                at=max(item.starts_at, opening) + dt.timedelta(seconds=rng.randrange(600)),
            )
            at_items += outcome.result == Result.WELCOME
    return f"{welcomed} of {len(confirmed)} attendees checked in, {at_items} item check-ins"
