"""Reads for the secretariat's pages: demand, a run's result, the table plan. Each runs a fixed
number of queries whatever the number of participants and meetings (guard tests)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet

from tradebridge.bilingual import sort_column
from tradebridge.directory.models import Organization
from tradebridge.directory.search import name_matches
from tradebridge.directory.selectors import organization_search

from ..documents import PlanCell, TablePlan
from ..models import (
    Interpreter,
    Meeting,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
    Table,
)

# A participant with fewer requests than this (sent and received together) risks an empty day.
FEW_REQUESTS = 3


def needs_interpreter(a: Participant, b: Participant) -> bool:
    """Both sides said which languages they speak and they share none."""
    return bool(a.languages and b.languages and not set(a.languages) & set(b.languages))


@dataclass
class Demand:
    participants: list[Participant]  # annotated: sent, received, accepted, meetings, capacity
    meetings: list[Meeting]
    over_requested: list[Participant]
    too_few: list[Participant]
    interpreted: list[Meeting]
    slot_count: int
    pending: list[MeetingRequest]
    stats: dict[str, int] = field(default_factory=dict)


def session_participants(session: Session) -> QuerySet[Participant]:
    """Participants with their request counts (withdrawn requests not counted)."""
    live = ~Q(sent__status=MeetingRequest.Status.WITHDRAWN)
    got = ~Q(received__status=MeetingRequest.Status.WITHDRAWN)
    return (
        Participant.objects.filter(session=session)
        .select_related("organization")
        .annotate(
            sent_count=Count("sent", filter=live, distinct=True),
            received_count=Count("received", filter=got, distinct=True),
            accepted_count=Count(
                "received",
                filter=Q(received__status=MeetingRequest.Status.ACCEPTED),
                distinct=True,
            ),
        )
        .order_by(sort_column(through="organization__"), "pk")
    )


def session_demand(session: Session) -> Demand:
    """Who asks whom: request counts per participant, the companies more people want to meet
    than they have slots, those at risk of an empty day, and meetings that need an interpreter."""
    active_slots = set(
        Slot.objects.filter(session=session, is_active=True).values_list("pk", flat=True)
    )
    slot_count = len(active_slots)
    participants = list(session_participants(session))
    by_id = {p.pk: p for p in participants}
    meetings = list(
        Meeting.objects.filter(session=session, status=Meeting.Status.CONFIRMED).order_by("pk")
    )
    count: Counter[int] = Counter()
    for meeting in meetings:
        # Participants come from the list above: no query per meeting.
        meeting.first = by_id[meeting.first_id]
        meeting.second = by_id[meeting.second_id]
        count[meeting.first_id] += 1
        count[meeting.second_id] += 1
    pending = list(
        MeetingRequest.objects.filter(session=session, status=MeetingRequest.Status.PENDING)
        .select_related("requester__organization", "recipient__organization")
        .order_by(sort_column(through="requester__organization__"), "pk")
    )
    active = [p for p in participants if p.status != Participant.Status.CANCELLED]
    for p in participants:
        p.meeting_count = count[p.pk]  # type: ignore[attr-defined]
        p.capacity = slot_count * max(1, p.attendee_count)  # type: ignore[attr-defined]
    # Demand on a participant: its confirmed meetings plus the requests it has not answered
    # yet (an accepted request is already a meeting and counts once).
    waiting: Counter[int] = Counter(r.recipient_id for r in pending)
    for p in participants:
        p.pending_count = waiting[p.pk]  # type: ignore[attr-defined]
    over = sorted(
        (
            p
            for p in active
            if p.meeting_count + p.pending_count > p.capacity  # type: ignore[attr-defined]
        ),
        key=lambda p: -(p.meeting_count + p.pending_count),  # type: ignore[attr-defined]
    )
    too_few = [p for p in active if _too_few(p)]
    interpreted = [m for m in meetings if needs_interpreter(m.first, m.second)]
    # Each interpreter covers one meeting per slot worked (all slots when none is chosen).
    interpreter_slots = sum(
        len({s.pk for s in i.slots.all()} & active_slots) if i.slots.all() else slot_count
        for i in session_interpreters(session)
    )
    return Demand(
        participants=participants,
        meetings=meetings,
        over_requested=over,
        too_few=too_few,
        interpreted=interpreted,
        slot_count=slot_count,
        pending=pending,
        stats={
            "participants": len(active),
            "meetings": len(meetings),
            "required": sum(1 for m in meetings if m.required),
            "interpreted": len(interpreted),
            "interpreter_slots": interpreter_slots,
            "pending": len(pending),
        },
    )


def run_placements(run: ScheduleRun) -> list[Placement]:
    return list(
        Placement.objects.filter(run=run).select_related(
            "slot",
            "table",
            "interpreter",
            "meeting__first__organization",
            "meeting__second__organization",
        )
    )


@dataclass
class Unplaced:
    meeting: Meeting
    reason: str


def run_unplaced(run: ScheduleRun) -> list[Unplaced]:
    """The meetings a run could not place, each with the engine's reason code."""
    reasons = {
        int(item["meeting"]): str(item["reason"])
        for item in (run.result or {}).get("unscheduled", [])
    }
    meetings = Meeting.objects.filter(pk__in=reasons).select_related(
        "first__organization", "second__organization"
    )
    return [Unplaced(m, reasons[m.pk]) for m in meetings]


def left_empty(placements: list[Placement], unplaced: list[Unplaced]) -> list[Participant]:
    """Participants who asked for meetings but get none in this run (no query: the meetings
    come with their participants)."""
    placed = {pid for p in placements for pid in (p.meeting.first_id, p.meeting.second_id)}
    empty: dict[int, Participant] = {}
    for item in unplaced:
        for participant in (item.meeting.first, item.meeting.second):
            if participant.pk not in placed:
                empty[participant.pk] = participant
    key = sort_column()
    return sorted(empty.values(), key=lambda p: (getattr(p.organization, key), p.pk))


def session_runs(session: Session) -> QuerySet[ScheduleRun]:
    return ScheduleRun.objects.filter(session=session).select_related("created_by")


def session_tables(session: Session) -> QuerySet[Table]:
    return Table.objects.filter(session=session)


def session_interpreters(session: Session) -> QuerySet[Interpreter]:
    return Interpreter.objects.filter(session=session).prefetch_related("slots")


def plan_run(session: Session) -> ScheduleRun | None:
    """The run a printed plan shows: the published one, else the latest finished draft."""
    if session.published_run_id is not None:
        return ScheduleRun.objects.get(pk=session.published_run_id)
    return (
        ScheduleRun.objects.filter(session=session, status=ScheduleRun.Status.DONE)
        .order_by("-created_at")
        .first()
    )


def _name(organization: Organization, *, chinese: bool) -> str:
    en, zh = organization.name_en, organization.name_zh_hans  # type: ignore[attr-defined]
    return (zh or en if chinese else en or zh) or organization.name


def table_plan(
    session: Session, run: ScheduleRun, *, chinese: bool, labels: dict[str, str]
) -> TablePlan:
    """The slot × table grid of a run, names in the reader's language. Slots and tables out
    of use are left out unless the run still uses them."""
    placements = run_placements(run)
    used_slots = {p.slot_id for p in placements}
    slots = [s for s in Slot.objects.filter(session=session) if s.is_active or s.pk in used_slots]
    row = {slot.pk: index for index, slot in enumerate(slots)}
    used_tables = {p.table_id for p in placements}
    tables = [t for t in session_tables(session) if t.is_active or t.pk in used_tables]
    cells = {
        (row[p.slot_id], str(p.table)): PlanCell(
            first=_name(p.meeting.first.organization, chinese=chinese),
            second=_name(p.meeting.second.organization, chinese=chinese),
            interpreter=p.interpreter.name if p.interpreter else "",
        )
        for p in placements
    }
    title_en, title_zh = session.title_en, session.title_zh_hans  # type: ignore[attr-defined]
    return TablePlan(
        title=(title_zh or title_en if chinese else title_en or title_zh) or session.title,
        slots=[(s.starts_at, s.ends_at) for s in slots],
        tables=[str(t) for t in tables],
        time_zone=session.event.time_zone,
        cells=cells,
        labels=labels,
    )


# --- long lists: filtered, sorted, counted (the pages show one page of them) -----------------


@dataclass(frozen=True)
class ParticipantFilters:
    q: str = ""
    side: str = ""
    status: str = ""
    no_meeting: bool = False
    needs_interpreter: bool = False
    too_few: bool = False  # the demand page's "too few requests"
    sort: str = "name"


PARTICIPANT_SORTS = ("name", "-sent", "-received", "-meetings")


def _named(organization: Organization, q: str) -> bool:
    """The organization's name holds ``q`` in either language or in pinyin."""
    en, zh = organization.name_en, organization.name_zh_hans  # type: ignore[attr-defined]
    return name_matches(q, en, zh)


def organizations_found(session: Session, q: str) -> frozenset[int]:
    """The ids of the session's organizations that the directory's search finds for ``q``,
    across the two languages ("solar" finds 光伏 companies): a fixed number of queries
    whatever the session's size, none without a search."""
    if not q.strip():
        return frozenset()
    organizations = Organization.objects.filter(participations__session=session)
    found, _ = organization_search(organizations, q)
    return frozenset(found.values_list("pk", flat=True))


def mark_interpreted(demand: Demand) -> None:
    """Per participant, how many of its confirmed meetings need an interpreter (no query)."""
    count: Counter[int] = Counter()
    for meeting in demand.interpreted:
        count[meeting.first_id] += 1
        count[meeting.second_id] += 1
    for p in demand.participants:
        p.interpreted_count = count[p.pk]  # type: ignore[attr-defined]


def filter_participants(
    participants: list[Participant],
    filters: ParticipantFilters,
    *,
    chinese: bool,
    found: Collection[int] = (),
) -> list[Participant]:
    """The participants of ``session_demand`` (annotated) that pass the filters, sorted. A
    search keeps those named by it (in either language or in pinyin); when it names none, the
    organizations ``found`` by the directory's search for it (``organizations_found``: "solar"
    finds 光伏 companies). No query."""
    q = filters.q.strip()
    named = {p.pk for p in participants if q and _named(p.organization, q)}
    rows = [
        p
        for p in participants
        if (not q or (p.pk in named if named else p.organization_id in found))
        and (not filters.side or p.organization.side == filters.side)
        and (not filters.status or p.status == filters.status)
        and (not filters.no_meeting or not p.meeting_count)  # type: ignore[attr-defined]
        and (not filters.needs_interpreter or p.interpreted_count)  # type: ignore[attr-defined]
        and (not filters.too_few or _too_few(p))
    ]

    def by_name(p: Participant) -> str:
        return _name(p.organization, chinese=chinese).lower()

    rows.sort(key=by_name)
    counts = {"-sent": "sent_count", "-received": "received_count", "-meetings": "meeting_count"}
    if filters.sort in counts:
        attribute = counts[filters.sort]
        rows.sort(key=lambda p: -getattr(p, attribute))
    return rows


def _too_few(p: Participant) -> bool:
    return (
        p.status != Participant.Status.CANCELLED
        and p.sent_count + p.received_count < FEW_REQUESTS  # type: ignore[attr-defined]
        and p.meeting_count < FEW_REQUESTS  # type: ignore[attr-defined]
    )


def participant_facets(participants: list[Participant]) -> dict[str, int]:
    """How many participants each filter would keep (shown beside the filter)."""
    return {
        "all": len(participants),
        "CN": sum(1 for p in participants if p.organization.side == "CN"),
        "US": sum(1 for p in participants if p.organization.side == "US"),
        "cancelled": sum(1 for p in participants if p.status == Participant.Status.CANCELLED),
        "no_meeting": sum(1 for p in participants if not getattr(p, "meeting_count", 0)),
        "needs_interpreter": sum(1 for p in participants if getattr(p, "interpreted_count", 0)),
        "too_few": sum(1 for p in participants if _too_few(p)),
    }


def filter_meetings(
    meetings: list[Meeting], *, q: str = "", interpreted_only: bool = False
) -> list[Meeting]:
    """Confirmed meetings of ``session_demand`` whose either side is named by ``q`` (in either
    language or in pinyin)."""
    q = q.strip()
    return [
        m
        for m in meetings
        if (not q or _named(m.first.organization, q) or _named(m.second.organization, q))
        and (not interpreted_only or needs_interpreter(m.first, m.second))
    ]


def filter_requests(requests: list[MeetingRequest], *, q: str = "") -> list[MeetingRequest]:
    """Pending requests whose either side is named by ``q`` (in either language or in pinyin)."""
    q = q.strip()
    return [
        r
        for r in requests
        if not q or _named(r.requester.organization, q) or _named(r.recipient.organization, q)
    ]


# --- what a destructive action would change (its confirmation page) --------------------------


def published_placements_of(
    session: Session, *, table: Table | None = None, interpreter: Interpreter | None = None
) -> list[Placement]:
    """The confirmed meetings of the published schedule at a table or with an interpreter, in
    time order: what marking it out of use sends back to the re-scheduler."""
    if session.published_run_id is None:
        return []
    placements = Placement.objects.filter(
        run_id=session.published_run_id, meeting__status=Meeting.Status.CONFIRMED
    )
    if table is not None:
        placements = placements.filter(table=table)
    if interpreter is not None:
        placements = placements.filter(interpreter=interpreter)
    return list(
        placements.select_related(
            "slot", "table", "meeting__first__organization", "meeting__second__organization"
        ).order_by("slot__index", "table__number")
    )


@dataclass
class CancelImpact:
    meetings: list[Meeting]  # confirmed, to be cancelled
    scheduled: set[int]  # of those, the ones in the published schedule
    pending: int  # requests to and from it awaiting an answer, to be withdrawn


def participant_cancel_impact(participant: Participant) -> CancelImpact:
    """What cancelling a participant's participation would change."""
    meetings = list(
        Meeting.objects.filter(
            Q(first=participant) | Q(second=participant), status=Meeting.Status.CONFIRMED
        )
        .select_related("first__organization", "second__organization")
        .order_by("pk")
    )
    run_id = participant.session.published_run_id
    scheduled = (
        set(
            Placement.objects.filter(run_id=run_id, meeting__in=meetings).values_list(
                "meeting_id", flat=True
            )
        )
        if run_id
        else set()
    )
    pending = MeetingRequest.objects.filter(
        Q(requester=participant) | Q(recipient=participant),
        status=MeetingRequest.Status.PENDING,
    ).count()
    return CancelImpact(meetings=meetings, scheduled=scheduled, pending=pending)
