"""Reads of the representative's pages. Each returns what a page shows with its relations
fetched, so that a page's query count does not grow with the number of meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils.translation import gettext as _

from tradebridge.accounts.rules import AnyUser
from tradebridge.bilingual import sort_column
from tradebridge.directory.models import Organization, Sector
from tradebridge.directory.search import name_matches
from tradebridge.directory.selectors import organization_search

from .. import documents, rules
from ..models import (
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Participant,
    Placement,
    Session,
)


def participations_of(user: AnyUser) -> QuerySet[Participant]:
    """The participants the user acts for, with their session and event."""
    if not user.is_authenticated:
        return Participant.objects.none()
    return (
        Participant.objects.filter(organization__representatives__user_id=user.pk)
        .exclude(status=Participant.Status.CANCELLED)
        .select_related("session__event", "organization")
        .order_by("-session__starts_at")
    )


def my_participant(user: AnyUser, session: Session) -> Participant | None:
    """The user's participant in the session, with its organization and the session's event.
    A user representing two participating organizations acts for the one registered first
    (the pages have no organization switch yet)."""
    return participations_of(user).filter(session=session).order_by("pk").first()


def my_participations(user: AnyUser) -> QuerySet[Participant]:
    """The user's participants with the number of requests awaiting their answer."""
    return participations_of(user).annotate(
        pending=Count(
            "received",
            filter=Q(received__status=MeetingRequest.Status.PENDING),
            distinct=True,
        )
    )


def open_sessions_for(user: AnyUser) -> QuerySet[Session]:
    """Sessions of public events that take registrations, where none of the user's
    organizations takes part yet."""
    if not user.is_authenticated:
        return Session.objects.none()
    return (
        Session.objects.filter(
            status=Session.Status.OPEN, registration_open=True, event__is_public=True
        )
        .exclude(
            participants__organization__representatives__user_id=user.pk,
        )
        .select_related("event")
        .order_by("starts_at")
    )


@dataclass
class RequestRow:
    request: MeetingRequest
    partner: Participant
    mutual: bool = False


@dataclass
class RequestLists:
    received: list[RequestRow] = field(default_factory=list)
    sent: list[RequestRow] = field(default_factory=list)
    sent_count: int = 0  # requests that count against the session's cap

    def remaining(self, session: Session) -> int:
        return max(0, session.max_requests - self.sent_count)


def requests_of(participant: Participant) -> RequestLists:
    """Requests received and sent. A request whose partner asked too is mutual; mutual ones
    and those of higher priority come first, then pending before answered (two queries)."""
    received = list(
        MeetingRequest.objects.filter(recipient=participant)
        .exclude(status=MeetingRequest.Status.WITHDRAWN)
        .select_related("requester__organization")
    )
    sent = list(
        MeetingRequest.objects.filter(requester=participant).select_related(
            "recipient__organization"
        )
    )
    active = MeetingRequest.Status.WITHDRAWN, MeetingRequest.Status.DECLINED
    asked = {r.recipient_id for r in sent if r.status not in active}
    asked_me = {r.requester_id for r in received if r.status not in active}
    lists = RequestLists(
        received=[RequestRow(r, r.requester, r.requester_id in asked) for r in received],
        sent=[RequestRow(r, r.recipient, r.recipient_id in asked_me) for r in sent],
        sent_count=sum(1 for r in sent if r.status != MeetingRequest.Status.WITHDRAWN),
    )
    order: dict[str, int] = {
        MeetingRequest.Status.PENDING: 0,
        MeetingRequest.Status.ACCEPTED: 1,
        MeetingRequest.Status.DECLINED: 2,
        MeetingRequest.Status.WITHDRAWN: 3,
    }
    for rows in (lists.received, lists.sent):
        rows.sort(
            key=lambda row: (
                order.get(row.request.status, 9),
                not row.mutual,
                -row.request.priority,
                -row.request.created_at.timestamp(),
            )
        )
    return lists


def session_partners(
    participant: Participant,
    *,
    viewer: AnyUser,
    q: str = "",
    side: str = "",
    sector: str = "",
) -> QuerySet[Participant]:
    """The other participants of the session that ``viewer`` may see as partners (not the
    unlisted ones: ``rules.listed_partners``), filtered like the directory, with their
    organizations' sectors and cooperation codes. A search finds them as the directory does,
    across the two languages ("solar" finds 光伏 companies), and by name in either language
    or in pinyin; the names first, then by relevance."""
    qs = (
        Participant.objects.filter(session_id=participant.session_id)
        .filter(rules.listed_partners(viewer))
        .exclude(pk=participant.pk)
        .exclude(status=Participant.Status.CANCELLED)
    )
    if side:
        qs = qs.filter(organization__side=side)
    if sector:
        qs = qs.filter(organization__sectors__code=sector)
    ranking: list[int] = []
    if q.strip():
        organizations = Organization.objects.filter(pk__in=qs.values("organization_id"))
        found, ranking = organization_search(organizations, q)
        names = organizations.order_by(sort_column(), "pk").values_list(
            "pk", "name_en", "name_zh_hans"
        )
        named = [pk for pk, en, zh in names if name_matches(q, en, zh)]
        qs = qs.filter(Q(organization_id__in=found.values("pk")) | Q(organization_id__in=named))
        seen = set(named)
        ranking = named + [pk for pk in ranking if pk not in seen]
    ordering: list[Any] = [sort_column(through="organization__"), "pk"]
    if ranking:
        rank = Case(
            *(When(organization_id=pk, then=Value(i)) for i, pk in enumerate(ranking)),
            default=Value(len(ranking)),
            output_field=IntegerField(),
        )
        ordering.insert(0, rank)
    return (
        qs.distinct()
        .select_related("organization__region")
        .prefetch_related(
            Prefetch("organization__sectors", queryset=Sector.objects.order_by("order")),
            "organization__offers",
            "organization__seeks",
        )
        .order_by(*ordering)
    )


def session_sectors(session: Session) -> list[Sector]:
    """The sectors of the session's participants, for the filter."""
    return list(
        Sector.objects.filter(organization__participations__session=session)
        .distinct()
        .order_by("order", "code")
    )


def request_states(participant: Participant) -> dict[int, str]:
    """Per other participant: "sent" (awaiting its answer), "received" (awaiting ours),
    "declined" (it declined ours), "meeting" (confirmed) or absent; two queries."""
    states: dict[int, str] = {}
    for requester, recipient, status in MeetingRequest.objects.filter(
        Q(requester=participant) | Q(recipient=participant)
    ).values_list("requester_id", "recipient_id", "status"):
        mine = requester == participant.pk
        if status == MeetingRequest.Status.PENDING:
            if mine:
                states[recipient] = "sent"
            else:
                states.setdefault(requester, "received")
        elif status == MeetingRequest.Status.DECLINED and mine:
            # Asking again is refused by the service: say so instead of offering a button.
            states.setdefault(recipient, "declined")
    for first, second in Meeting.objects.filter(
        Q(first=participant) | Q(second=participant), status=Meeting.Status.CONFIRMED
    ).values_list("first_id", "second_id"):
        states[second if first == participant.pk else first] = "meeting"
    return states


def published_meetings_of(participant: Participant) -> list[Placement]:
    """The participant's meetings in the published schedule, in time order."""
    run_id = participant.session.published_run_id
    if run_id is None:
        return []
    return list(
        Placement.objects.filter(run_id=run_id, meeting__status=Meeting.Status.CONFIRMED)
        .filter(Q(meeting__first=participant) | Q(meeting__second=participant))
        .select_related(
            "slot",
            "table",
            "interpreter",
            "meeting__first__organization",
            "meeting__second__organization",
        )
        .order_by("slot__index")
    )


@dataclass
class AgendaRow:
    placement: Placement
    partner: Participant
    outcome: MeetingOutcome | None


def agenda_of(participant: Participant) -> list[AgendaRow]:
    """The participant's published meetings in time order, each with its partner and the
    outcome this participant reported (three queries whatever the number of meetings)."""
    placements = published_meetings_of(participant)
    outcomes = {
        o.meeting_id: o
        for o in MeetingOutcome.objects.filter(
            participant=participant, meeting_id__in=[p.meeting_id for p in placements]
        )
    }
    return [
        AgendaRow(
            placement=p,
            partner=p.meeting.second if p.meeting.first_id == participant.pk else p.meeting.first,
            outcome=outcomes.get(p.meeting_id),
        )
        for p in placements
    ]


def confirmed_meetings_of(participant: Participant) -> list[tuple[Meeting, Participant]]:
    """Confirmed meetings, with the partner, while no schedule is published."""
    meetings = Meeting.objects.filter(
        Q(first=participant) | Q(second=participant), status=Meeting.Status.CONFIRMED
    ).select_related("first__organization", "second__organization")
    return [(m, m.second if m.first_id == participant.pk else m.first) for m in meetings]


def meeting_of(participant: Participant, meeting_id: int) -> tuple[Meeting, Participant] | None:
    """One of the participant's meetings and its partner, or None (not its meeting)."""
    meeting = (
        Meeting.objects.filter(Q(first=participant) | Q(second=participant), pk=meeting_id)
        .select_related("first__organization", "second__organization", "session__event")
        .first()
    )
    if meeting is None:
        return None
    return meeting, meeting.second if meeting.first_id == participant.pk else meeting.first


_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def _name(organization: Organization, *, zh: bool) -> str:
    """Both names, the reader's language first: the partner's own spelling is on its badge."""
    en = organization.name_en or ""  # type: ignore[attr-defined]
    cn = organization.name_zh_hans or ""  # type: ignore[attr-defined]
    first, second = (cn, en) if zh else (en, cn)
    names = [n for n in (first, second) if n] or [organization.name]
    return " · ".join(dict.fromkeys(names))


def agenda_document(participant: Participant, *, zh: bool) -> documents.Agenda:
    """The participant's published agenda as the PDF and ICS files show it (web and API), in
    the reader's language (``zh``: Chinese names and labels first)."""
    session = participant.session
    event = session.event
    column = "zh_hans" if zh else "en"

    def text(obj: object, name: str) -> str:
        value = getattr(obj, f"{name}_{column}", "") or getattr(obj, name, "")
        return str(value or "")

    items = []
    run = session.published_run
    # Seconds from 2020 to the publication: larger for every later publication, and far
    # below the 32-bit limit some calendar programs keep SEQUENCE in.
    sequence = (
        int((run.published_at - _SEQUENCE_EPOCH).total_seconds()) if run and run.published_at else 0
    )
    for row in agenda_of(participant) if run else []:
        placement, partner = row.placement, row.partner.organization
        contact = " · ".join(
            v
            for v in (
                partner.contact_name,
                partner.contact_email,
                documents.unbroken(partner.contact_phone),
            )
            if v
        )
        items.append(
            documents.AgendaItem(
                uid=f"meeting-{placement.meeting_id}@tradebridge",
                start=placement.slot.starts_at,
                end=placement.slot.ends_at,
                table=str(placement.table),
                partner=_name(partner, zh=zh),
                partner_detail=contact,
                interpreter=placement.interpreter.name if placement.interpreter else "",
                location=text(session, "location"),
                sequence=sequence,
            )
        )
    venue = ", ".join(v for v in (text(session, "location"), text(event, "venue")) if v)
    return documents.Agenda(
        participant=_name(participant.organization, zh=zh),
        session=text(session, "title"),
        event=text(event, "title"),
        venue=venue,
        time_zone=event.time_zone,
        items=items,
        labels={
            "time": _("Time"),
            "table": _("Table"),
            "partner": _("Partner"),
            "interpreter": _("Interpreter"),
            "times_in": _("Times in {zone}"),
            "empty": _("No meetings."),
        },
    )
