"""Check-in: a scanned or typed code admits its person to the event, or to one item of its
programme, once. The desk page and the API for scanning apps call the same ``check_in``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from django.db import transaction
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.timezone import localtime
from django.utils.translation import gettext

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import AnyUser, refusal_reason
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.events.models import AgendaItem, Event
from tradebridge.registrations.models import ItemRegistration, Registration, Status

from . import qr, rules, selectors
from .badges import LAYOUTS
from .models import BadgePrint, CheckIn
from .tasks import badge_print_task
from .webhook_events import emit_checkin_created

DESK_MAX = CheckIn._meta.get_field("desk").max_length or 60
# A scanning device's clock may run a little ahead of the server's.
CLOCK_SKEW = timedelta(minutes=5)
NONCE_MAX = CheckIn._meta.get_field("nonce").max_length or 64


class Result(StrEnum):
    """What the desk is told. Only ``WELCOME`` records a check-in."""

    WELCOME = "welcome"
    ALREADY = "already_checked_in"
    NOT_REGISTERED = "not_registered"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    WRONG_EVENT = "wrong_event"
    NOT_REGISTERED_FOR_ITEM = "not_registered_for_item"


@dataclass(frozen=True)
class Outcome:
    """A scan's answer: the result, the person (when the code is known), and the check-in
    recorded now or earlier (for "already checked in at 09:12 by desk 2")."""

    result: Result
    registration: Registration | None = None
    check_in: CheckIn | None = None
    # The same scan sent again (a replayed queue, a reloaded page): nothing new was recorded.
    replayed: bool = False

    @property
    def admitted(self) -> bool:
        return self.result in (Result.WELCOME, Result.ALREADY)

    @property
    def tone(self) -> str:
        """How the desk shows it: "ok" (green), "warn" (amber: let in, but look), "stop"."""
        return {Result.WELCOME: "ok", Result.ALREADY: "warn"}.get(self.result, "stop")

    def message(self, event: Event) -> str:
        """The answer in the reader's language, times in the event's time zone."""
        name = self.registration.full_name if self.registration else ""
        if self.result == Result.WELCOME:
            return gettext("Welcome, %(name)s!") % {"name": name}
        if self.result == Result.ALREADY and self.check_in is not None:
            at = time_format(localtime(self.check_in.at, event.zone), "H:i")
            if self.check_in.desk:
                return gettext("%(name)s already checked in at %(time)s by %(desk)s.") % {
                    "name": name,
                    "time": at,
                    "desk": self.check_in.desk,
                }
            return gettext("%(name)s already checked in at %(time)s.") % {"name": name, "time": at}
        if self.result == Result.CANCELLED:
            return gettext("Not registered: %(name)s's registration was cancelled.") % {
                "name": name
            }
        if self.result == Result.WAITLISTED:
            return gettext("Not registered: %(name)s is on the waiting list.") % {"name": name}
        if self.result == Result.WRONG_EVENT and self.registration is not None:
            return gettext("Wrong event: this badge is for %(event)s.") % {
                "event": self.registration.event
            }
        if self.result == Result.NOT_REGISTERED_FOR_ITEM:
            return gettext("Not registered for this item: %(name)s has no seat in it.") % {
                "name": name
            }
        return gettext("Not registered: no registration has this code.")


def _refuse(registration: Registration, event: Event, item: AgendaItem | None) -> Result | None:
    if registration.event_id != event.pk:
        return Result.WRONG_EVENT
    status = registration.status
    if item is not None and status == Status.CONFIRMED and selectors.item_is_seated(item):
        seat = (
            ItemRegistration.objects.filter(registration=registration, agenda_item=item)
            .exclude(status=Status.CANCELLED)
            .first()
        )
        if seat is None:
            return Result.NOT_REGISTERED_FOR_ITEM
        status = seat.status
    if status == Status.CANCELLED:
        return Result.CANCELLED
    if status == Status.WAITLISTED:
        return Result.WAITLISTED
    return None


def check_in(
    *,
    actor: AnyUser,
    code: str,
    event: Event,
    item: AgendaItem | None = None,
    desk: str = "",
    nonce: str | None = None,
    at: datetime | None = None,
) -> Outcome:
    """Check in the person whose badge holds ``code`` at ``event`` (or at its programme item
    ``item``), recorded as done by ``actor`` at ``desk``.

    Once per person and event (or item): a second scan answers "already checked in" with the
    first one's time and desk. ``nonce`` is the scanning client's identifier of this scan: the
    same nonce again (a queue replayed after a lost connection, a reloaded page) returns the
    first answer and records nothing. The registration's row is locked first, so two desks
    scanning one badge at the same moment record one check-in, and the other desk is told
    "already checked in". A code of another event, a cancelled or wait-listed registration
    record nothing. At an item with seats of its own (a breakout, a site visit), only a
    confirmed seat in it admits. ``at`` is when the badge was scanned, for a queue sent
    later (now when not given; never in the future)."""
    if not isinstance(actor, User) or not rules.can_check_in(actor, event):
        raise NotAllowed(refusal_reason(actor))
    if item is not None and item.event_id != event.pk:
        raise ApplicationError(
            gettext("This programme item belongs to another event."), details={"field": "item"}
        )
    nonce = (nonce or "").strip() or None
    if nonce is not None and len(nonce) > NONCE_MAX:
        raise ApplicationError(
            gettext("The nonce is longer than %(max)d characters.") % {"max": NONCE_MAX},
            details={"field": "nonce"},
        )
    desk = " ".join(desk.split())[:DESK_MAX]
    now = timezone.now()
    if at is not None and (timezone.is_naive(at) or at > now + CLOCK_SKEW):
        raise ApplicationError(
            gettext("The scan's time must have a time zone and not be in the future."),
            details={"field": "at"},
        )
    code = qr.scanned_code(code)
    with transaction.atomic():
        registration = (
            Registration.objects.select_for_update().filter(check_in_code=code).first()
            if code
            else None
        )
        if registration is None:
            return Outcome(Result.NOT_REGISTERED)
        refused = _refuse(registration, event, item)
        if refused is not None:
            return Outcome(refused, registration)
        # Read under the lock: whichever of two simultaneous scans comes second sees the first.
        earlier = CheckIn.objects.filter(registration=registration, agenda_item=item).first()
        if earlier is not None:
            if nonce is not None and earlier.nonce == nonce:
                return Outcome(Result.WELCOME, registration, earlier, replayed=True)
            return Outcome(Result.ALREADY, registration, earlier)
        if nonce is not None and CheckIn.objects.filter(nonce=nonce).exists():
            raise ApplicationError(
                gettext("This nonce was already used for another scan: send a new one."),
                code="nonce_reused",
                details={"field": "nonce"},
            )
        recorded = CheckIn.objects.create(
            registration=registration,
            agenda_item=item,
            desk=desk,
            by=actor,
            nonce=nonce,
            at=at or now,
        )
        emit_checkin_created(recorded)
        return Outcome(Result.WELCOME, registration, recorded)


def badge_print_request(*, actor: AnyUser, event: Event, layout: str, language: str) -> BadgePrint:
    """Queue the rendering of every confirmed attendee's badge of ``event`` (role labels in
    ``language``); the batch's row carries its progress and then the PDF. A thousand badges
    take a minute: too long for a request."""
    if not isinstance(actor, User) or not rules.can_print_badges(actor, event):
        raise NotAllowed(refusal_reason(actor))
    if layout not in LAYOUTS:
        raise ApplicationError(
            gettext("Choose a layout from the list."), details={"field": "layout"}
        )
    with transaction.atomic():
        # The event's earlier finished batches go: their PDFs are out of date.
        BadgePrint.objects.filter(
            event=event, status__in=[BadgePrint.Status.DONE, BadgePrint.Status.FAILED]
        ).delete()
        batch = BadgePrint.objects.create(
            event=event, layout=layout, language=language, requested_by=actor
        )
        # The database queue stores the task in this transaction: no worker starts it
        # before the batch exists.
        badge_print_task.enqueue(batch.pk)
    batch.refresh_from_db()
    return batch
