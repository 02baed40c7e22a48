"""Reads of the day itself: a representative's meeting now and next, when a meeting can be
reported on ("running late", "partner not here"), and the reports staff still have to handle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import QuerySet

from ..models import DayReport, Meeting, Participant, Placement, Session
from .participant import AgendaRow

# "Running late" can be said from this long before the session starts until the meeting ends;
# "partner not here" from the meeting's start until this long after its end.
LATE_FROM = dt.timedelta(hours=3)
ABSENT_UNTIL = dt.timedelta(minutes=15)


@dataclass
class NowNext:
    now: AgendaRow | None
    next: AgendaRow | None
    over: bool  # every meeting of the day has ended


def now_and_next(rows: Sequence[AgendaRow], at: dt.datetime) -> NowNext:
    """The meeting under way at ``at`` (if any) and the first one after it; rows in time
    order. With two attendees two meetings can share a slot: the first is "now", the other
    "next"."""
    current = next(
        (r for r in rows if r.placement.slot.starts_at <= at < r.placement.slot.ends_at), None
    )
    later = next(
        (
            r
            for r in rows
            if r.placement.slot.starts_at > at
            or (r is not current and r.placement.slot.starts_at <= at < r.placement.slot.ends_at)
        ),
        None,
    )
    return NowNext(now=current, next=later, over=bool(rows) and current is None and later is None)


def report_kinds(placement: Placement, session: Session, at: dt.datetime) -> list[str]:
    """What a participant may report about this published meeting at ``at``."""
    if placement.meeting.status != Meeting.Status.CONFIRMED:
        return []
    kinds = []
    if session.starts_at - LATE_FROM <= at < placement.slot.ends_at:
        kinds.append(DayReport.Kind.LATE.value)
    if placement.slot.starts_at <= at <= placement.slot.ends_at + ABSENT_UNTIL:
        kinds.append(DayReport.Kind.ABSENT.value)
    return kinds


def changes_after(
    rows: Sequence[AgendaRow], session: Session, at: dt.datetime
) -> dt.datetime | None:
    """The first instant after ``at`` at which ``now_and_next`` or ``report_kinds`` of these
    rows answer otherwise (a meeting begins or ends, a report window opens or closes): until
    then a page made from them at ``at`` holds. None: nothing changes any more."""
    tick = dt.timedelta(microseconds=1)
    instants = [session.starts_at - LATE_FROM]
    for row in rows:
        slot = row.placement.slot
        # "Partner not here" holds up to and including its last instant.
        instants += [slot.starts_at, slot.ends_at, slot.ends_at + ABSENT_UNTIL + tick]
    return min((when for when in instants if when > at), default=None)


def reports_of(participant: Participant) -> dict[tuple[int, str], DayReport]:
    """The participant's reports by (meeting, kind)."""
    return {(r.meeting_id, r.kind): r for r in DayReport.objects.filter(participant=participant)}


def open_reports(session: Session) -> QuerySet[DayReport]:
    """Reports staff have not handled yet, newest first, with who and which meeting."""
    return (
        DayReport.objects.filter(session=session, status=DayReport.Status.OPEN)
        .select_related(
            "participant__organization",
            "meeting__first__organization",
            "meeting__second__organization",
            "created_by",
        )
        .order_by("-created_at")
    )
