"""Writes on match-making. Each function runs in one transaction and checks permissions through
``rules`` when it is given the acting user. Views, the API, tasks and commands call these."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.rules import refusal_reason
from tradebridge.bilingual import set_translated
from tradebridge.directory.models import Organization
from tradebridge.directory.services import OrganizationInput, organization_create
from tradebridge.errors import ApplicationError, Conflict, NotAllowed, full_clean_or_error
from tradebridge.events.models import AgendaItem, Event
from tradebridge.notifications.services import notify

from . import rules
from .models import (
    DayReport,
    Interpreter,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Participant,
    Placement,
    Session,
    Slot,
    Table,
)
from .selectors.day import report_kinds
from .webhook_events import emit_meeting_cancelled, emit_request_answered

_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


# --- events and sessions ------------------------------------------------------------------


@dataclass
class SessionInput:
    title: dict[str, str]
    date: dt.date
    start: str  # "14:00" in the event's time zone
    end: str  # "17:00"
    slot_minutes: int = 15
    pauses: Sequence[tuple[str, str]] = ()  # [("15:30", "15:45")]
    tables: Sequence[str] | int = 50  # a count, or the tables' names
    location: dict[str, str] | None = None
    max_requests: int = 15
    request_deadline: dt.datetime | None = None
    registration_open: bool = True
    fairness: int | None = 2


def _clock(value: str, field: str) -> dt.time:
    match = _CLOCK.match(value.strip())
    if not match:
        raise ApplicationError(
            _("%(field)s: %(value)s is not a time of day (HH:MM).")
            % {"field": field, "value": value},
            details={"field": field},
        )
    return dt.time(int(match[1]), int(match[2]))


def plan_slots(
    *,
    date: dt.date,
    zone: dt.tzinfo,
    start: str,
    end: str,
    minutes: int,
    pauses: Iterable[tuple[str, str]],
) -> list[tuple[dt.datetime, dt.datetime, int]]:
    """The session's slots (start, end, segment) from its hours, slot length and pauses."""
    if not 5 <= minutes <= 240:
        raise ApplicationError(
            _("A slot lasts between 5 and 240 minutes."), details={"field": "slot_minutes"}
        )
    begin = dt.datetime.combine(date, _clock(start, "start"), zone)
    finish = dt.datetime.combine(date, _clock(end, "end"), zone)
    if finish <= begin:
        raise ApplicationError(_("The session ends before it starts."), details={"field": "end"})
    gaps = sorted(
        (
            dt.datetime.combine(date, _clock(a, "pauses"), zone),
            dt.datetime.combine(date, _clock(b, "pauses"), zone),
        )
        for a, b in pauses
    )
    for a, b in gaps:
        if b <= a:
            raise ApplicationError(_("A pause ends before it starts."), details={"field": "pauses"})
    slots: list[tuple[dt.datetime, dt.datetime, int]] = []
    step = dt.timedelta(minutes=minutes)
    moment, segment = begin, 0
    while moment + step <= finish:
        pause = next((g for g in gaps if g[0] < moment + step and moment < g[1]), None)
        if pause is not None:
            moment, segment = max(moment, pause[1]), segment + 1
            gaps.remove(pause)
            continue
        slots.append((moment, moment + step, segment))
        moment += step
    if not slots:
        raise ApplicationError(
            _("No slot fits between the start and the end."), details={"field": "end"}
        )
    if len(slots) > 96:
        raise ApplicationError(_("At most 96 slots per session."), details={"field": "end"})
    return slots


def session_create(*, actor: User, event: Event, data: SessionInput) -> Session:
    """A session with its slots and tables."""
    if not rules.can_manage_sessions(actor):
        raise NotAllowed()
    if not (data.title.get("en") or data.title.get("zh_hans")):
        raise ApplicationError(_("A session needs a title."), details={"field": "title"})
    slots = plan_slots(
        date=data.date,
        zone=event.zone,
        start=data.start,
        end=data.end,
        minutes=data.slot_minutes,
        pauses=data.pauses,
    )
    names = (
        [str(n) for n in range(1, data.tables + 1)]
        if isinstance(data.tables, int)
        else [str(n).strip() for n in data.tables]
    )
    if not 1 <= len(names) <= 500 or any(not n for n in names):
        raise ApplicationError(
            _("Give between 1 and 500 tables, each with a name or number."),
            details={"field": "tables"},
        )
    if len(set(names)) != len(names):
        raise ApplicationError(_("Two tables have the same name."), details={"field": "tables"})
    with transaction.atomic():
        session = Session(
            event=event,
            starts_at=slots[0][0],
            ends_at=slots[-1][1],
            slot_minutes=data.slot_minutes,
            pauses=[{"start": a, "end": b} for a, b in data.pauses],
            max_requests=data.max_requests,
            request_deadline=data.request_deadline,
            registration_open=data.registration_open,
            fairness=data.fairness,
        )
        set_translated(session, "title", data.title)
        set_translated(session, "location", data.location)
        full_clean_or_error(session, exclude=["published_run"])
        session.save()
        Slot.objects.bulk_create(
            Slot(session=session, index=i + 1, starts_at=a, ends_at=b, segment=seg)
            for i, (a, b, seg) in enumerate(slots)
        )
        Table.objects.bulk_create(
            Table(session=session, number=i + 1, name=name) for i, name in enumerate(names)
        )
    return session


@dataclass
class SessionSettings:
    """What can change once a session exists: its hours, slots and tables are fixed (meetings
    and schedules refer to them), the rest is not."""

    title: dict[str, str]
    location: dict[str, str] | None = None
    request_deadline: dt.datetime | None = None
    max_requests: int = 15
    registration_open: bool = True
    fairness: int | None = 2


def session_update(*, actor: User, session: Session, data: SessionSettings) -> Session:
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    if not (data.title.get("en") or data.title.get("zh_hans")):
        raise ApplicationError(_("A session needs a title."), details={"field": "title"})
    if not 1 <= data.max_requests <= 200:
        raise ApplicationError(
            _("Between 1 and 200 requests per participant."), details={"field": "max_requests"}
        )
    if data.fairness is not None and not 0 <= data.fairness <= 96:
        raise ApplicationError(
            _("Fairness is between 0 and 96 breaks, or empty for no limit."),
            details={"field": "fairness"},
        )
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        set_translated(session, "title", data.title)
        set_translated(session, "location", data.location)
        session.request_deadline = data.request_deadline
        session.max_requests = data.max_requests
        session.registration_open = data.registration_open
        session.fairness = data.fairness
        full_clean_or_error(session, exclude=["published_run"])
        session.save()
    return session


def session_set_status(*, actor: User, session: Session, status: str) -> Session:
    """Open requests, close them, or go back to preparation (publishing has its own service)."""
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    allowed = {Session.Status.DRAFT, Session.Status.OPEN, Session.Status.CLOSED}
    if status not in allowed:
        raise ApplicationError(_("Unknown status."), details={"field": "status"})
    # Conditional on the row as it is now: the schedule may have been published since this
    # session object was read, and publishing sets the status this would overwrite.
    moved = Session.objects.filter(pk=session.pk, published_run__isnull=True).update(status=status)
    session.refresh_from_db()
    if not moved:
        raise ApplicationError(_("The schedule is published: the session stays published."))
    return session


def interpreter_add(
    *,
    actor: User,
    session: Session,
    name: str,
    languages: Sequence[str] = ("zh", "en"),
    slots: Sequence[Slot] = (),
) -> Interpreter:
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    unknown = [code for code in languages if code not in ("zh", "en")]
    if not name.strip() or unknown or len(languages) < 2:
        raise ApplicationError(
            _("An interpreter needs a name and two languages among zh and en."),
            details={"field": "languages" if name.strip() else "name"},
        )
    if any(slot.session_id != session.pk for slot in slots):
        raise ApplicationError(_("That slot belongs to another session."))
    with transaction.atomic():
        interpreter = Interpreter.objects.create(
            session=session, name=name.strip(), languages=list(dict.fromkeys(languages))
        )
        interpreter.slots.set(slots)
    return interpreter


def _set_active(actor: User, item: Interpreter | Table | Slot, active: bool) -> None:
    """Take a session's interpreter, table or slot out of use for the day, or back in."""
    if not rules.can_manage_session(actor, item.session):
        raise NotAllowed()
    type(item).objects.filter(pk=item.pk).update(is_active=active)
    item.refresh_from_db()


def interpreter_set_active(*, actor: User, interpreter: Interpreter, active: bool) -> Interpreter:
    """An interpreter is away (or back) on the day; the next re-schedule gives their meetings
    to the others, or reports the meetings that can no longer be held."""
    _set_active(actor, interpreter, active)
    return interpreter


def table_set_active(*, actor: User, table: Table, active: bool) -> Table:
    """A table breaks (or is repaired) on the day; the next re-schedule moves its meetings."""
    _set_active(actor, table, active)
    return table


def slot_set_active(*, actor: User, slot: Slot, active: bool) -> Slot:
    """A slot is lost (or restored) on the day; the next re-schedule moves its meetings."""
    _set_active(actor, slot, active)
    return slot


# --- participants -----------------------------------------------------------------------------


def participant_add(
    *, actor: User, session: Session, organization: Organization, invited: bool = False
) -> Participant:
    """Register an organization (its representative, while registration is open) or invite it
    (staff). Registering again is harmless; a cancelled participant comes back."""
    staff = rules.can_manage_session(actor, session)
    if not staff:
        if not rules.can_act_for(actor, organization):
            raise NotAllowed(refusal_reason(actor))
        if not session.registration_open or session.status != Session.Status.OPEN:
            raise ApplicationError(_("Registration for this session is closed."))
    with transaction.atomic():
        participant, created = Participant.objects.select_for_update(no_key=True).get_or_create(
            session=session,
            organization=organization,
            defaults={
                "status": Participant.Status.INVITED if invited else Participant.Status.REGISTERED,
            },
        )
        if not created and (participant.status == Participant.Status.CANCELLED or not invited):
            participant.status = (
                Participant.Status.INVITED
                if invited and participant.status == Participant.Status.CANCELLED
                else Participant.Status.REGISTERED
            )
            participant.save(update_fields=["status"])
        if created and not staff:
            participant.attendees.add(actor)
    return participant


def participants_invite(
    *, actor: User, session: Session, organizations: Iterable[Organization]
) -> int:
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    organizations = list(organizations)
    count = 0
    with transaction.atomic():
        # Those already taking part are locked together, in primary-key order (the services'
        # one lock order), before participant_add locks them again one by one.
        _lock_participants(
            *Participant.objects.filter(session=session, organization__in=organizations)
        )
        for organization in organizations:
            participant_add(actor=actor, session=session, organization=organization, invited=True)
            count += 1
    return count


def participant_set_availability(
    *,
    actor: User,
    participant: Participant,
    unavailable: Sequence[Slot],
    attendees: Sequence[User] = (),
    attendee_count: int | None = None,
    languages: Sequence[str] | None = None,
) -> Participant:
    """Which slots the organization cannot meet in, who attends and which languages they speak.
    Two attendees can hold two meetings at once."""
    if not rules.can_edit_participant(actor, participant):
        raise NotAllowed(refusal_reason(actor))
    if any(slot.session_id != participant.session_id for slot in unavailable):
        raise ApplicationError(_("That slot belongs to another session."))
    representatives = set(
        participant.organization.representatives.values_list("user_id", flat=True)
    )
    strangers = [user for user in attendees if user.pk not in representatives]
    if strangers:
        raise ApplicationError(
            _("%(email)s does not represent this organization.") % {"email": strangers[0].email},
            details={"field": "attendees"},
        )
    count = attendee_count if attendee_count is not None else max(1, len(attendees))
    if not 1 <= count <= 5:
        raise ApplicationError(
            _("Between 1 and 5 people can attend."), details={"field": "attendee_count"}
        )
    if languages is not None and (not languages or any(c not in ("zh", "en") for c in languages)):
        raise ApplicationError(
            _("Choose the languages spoken: zh, en or both."), details={"field": "languages"}
        )
    with transaction.atomic():
        participant.unavailable.set(unavailable)
        if attendees:
            participant.attendees.set(attendees)
        participant.attendee_count = count
        if languages is not None:
            participant.languages = list(dict.fromkeys(languages))
        participant.save(update_fields=["attendee_count", "languages"])
    return participant


def participant_cancel(*, actor: User, participant: Participant) -> list[Meeting]:
    """A participant withdraws (or does not turn up): its meetings are cancelled. Returns them."""
    if not (
        rules.can_manage_session(actor, participant.session)
        or rules.can_edit_participant(actor, participant)
    ):
        raise NotAllowed(refusal_reason(actor))
    with transaction.atomic():
        # Every service that confirms a meeting or moves a request locks both participants
        # first: holding this one's row, nothing of it can be confirmed behind our back.
        locked = _lock_participants(participant)[participant.pk]
        if locked.status == Participant.Status.CANCELLED:
            participant.refresh_from_db()
            return []
        # Requests, then meetings: the order every service takes their rows in.
        MeetingRequest.objects.filter(
            Q(requester=participant) | Q(recipient=participant),
            status=MeetingRequest.Status.PENDING,
        ).update(status=MeetingRequest.Status.WITHDRAWN)
        meetings = list(
            Meeting.objects.filter(
                Q(first=participant) | Q(second=participant), status=Meeting.Status.CONFIRMED
            )
        )
        Meeting.objects.filter(
            pk__in=[m.pk for m in meetings], status=Meeting.Status.CONFIRMED
        ).update(status=Meeting.Status.CANCELLED)
        Participant.objects.filter(pk=participant.pk, status=locked.status).update(
            status=Participant.Status.CANCELLED
        )
    participant.refresh_from_db()
    return meetings


# --- requests and meetings ------------------------------------------------------------------
#
# Lock order: participants (by primary key), then requests, then meetings. Every service that
# moves a request or a meeting between two participants first locks both participants' rows,
# lower primary key first, so two such services on the same pair run one after the other and
# never wait on each other in a circle (A→B and B→A at once used to deadlock). Inside the lock
# each status moves only from the state it is read in.


def _lock_participants(*participants: Participant) -> dict[int, Participant]:
    """Lock the participants' rows, lower primary key first, and return them as they are now.

    ``no_key``: the lock keeps other writers of these rows out but lets unrelated rows refer
    to them (a foreign key check takes a key-share lock, which a plain FOR UPDATE blocks)."""
    rows = (
        Participant.objects.select_for_update(no_key=True)
        .filter(pk__in={p.pk for p in participants})
        .order_by("pk")
    )
    return {row.pk: row for row in rows}


def _refuse_cancelled(*participants: Participant) -> None:
    if any(p.status == Participant.Status.CANCELLED for p in participants):
        raise ApplicationError(
            _("That participant has withdrawn from the session."), code="participant_cancelled"
        )


def _pair(a: Participant, b: Participant) -> tuple[Participant, Participant]:
    return (a, b) if a.pk < b.pk else (b, a)


def _confirm_meeting(
    *,
    session: Session,
    a: Participant,
    b: Participant,
    priority: int,
    mutual: bool,
    origin: str,
    required: bool = False,
) -> Meeting:
    """Create or re-confirm the pair's meeting. The caller holds both participants' locks."""
    first, second = _pair(a, b)
    meeting, created = Meeting.objects.select_for_update(no_key=True).get_or_create(
        first=first,
        second=second,
        defaults={
            "session": session,
            "priority": priority,
            "mutual": mutual,
            "origin": origin,
            "required": required,
        },
    )
    if not created:
        meeting.status = Meeting.Status.CONFIRMED
        meeting.priority = max(meeting.priority, priority)
        meeting.mutual = meeting.mutual or mutual
        meeting.required = meeting.required or required
        meeting.save(update_fields=["status", "priority", "mutual", "required"])
    return meeting


def _meeting_priority(*requests: MeetingRequest) -> int:
    """A meeting's weight in the scheduler: the requests' priorities (1–3), and a mutual
    request (both asked) counts both, so it ranks above any one-sided one."""
    return sum(r.priority for r in requests) + (3 if len(requests) > 1 else 0)


def request_create(
    *,
    actor: User,
    requester: Participant,
    recipient: Participant,
    priority: int = MeetingRequest.Priority.MEDIUM,
    message: str = "",
) -> MeetingRequest:
    """Ask for a meeting. If the other side has already asked for the same meeting, both
    requests are accepted at once and the meeting is confirmed as mutual."""
    session = requester.session
    staff = rules.can_manage_session(actor, session)
    if not (staff or rules.can_edit_participant(actor, requester)):
        raise NotAllowed(refusal_reason(actor))
    if recipient.session_id != session.pk:
        raise ApplicationError(_("That organization is not in this session."))
    if recipient.pk == requester.pk:
        raise ApplicationError(_("An organization cannot meet itself."))
    if not rules.can_request_meeting_with(actor, recipient):
        # Said as if it were not there: an unlisted organization is not shown to others.
        raise ApplicationError(_("That organization is not in this session."))
    if not staff:
        if session.status != Session.Status.OPEN:
            raise ApplicationError(_("The session does not take requests now."))
        if session.request_deadline and timezone.now() > session.request_deadline:
            raise ApplicationError(_("The deadline for requests has passed."))
    if priority not in MeetingRequest.Priority.values:
        raise ApplicationError(_("Priority must be 1, 2 or 3."), details={"field": "priority"})
    message = message.strip()
    if len(message) > 500:
        raise ApplicationError(
            _("The message is longer than 500 characters."), details={"field": "message"}
        )
    with transaction.atomic():
        # Both sides locked: two tabs cannot both pass the cap, and of two requests crossing
        # (A→B, B→A) the second waits for the first and then sees it.
        locked = _lock_participants(requester, recipient)
        _refuse_cancelled(*locked.values())
        sent = MeetingRequest.objects.filter(requester=requester).exclude(
            status=MeetingRequest.Status.WITHDRAWN
        )
        if not staff and sent.count() >= session.max_requests:
            raise ApplicationError(
                _("You have sent the most requests this session allows (%(n)d).")
                % {"n": session.max_requests},
                code="request_cap",
            )
        try:
            with transaction.atomic():
                request = MeetingRequest.objects.create(
                    session=session,
                    requester=requester,
                    recipient=recipient,
                    priority=priority,
                    message=message,
                    created_by=actor,
                )
        except IntegrityError:
            request = MeetingRequest.objects.get(requester=requester, recipient=recipient)
            asked_again = MeetingRequest.objects.filter(
                pk=request.pk, status=MeetingRequest.Status.WITHDRAWN
            ).update(
                status=MeetingRequest.Status.PENDING,
                priority=priority,
                message=message,
                answered_at=None,
            )
            if not asked_again:
                raise Conflict(
                    _("You have already asked this organization for a meeting."),
                    code="duplicate",
                ) from None
            request.refresh_from_db()
        reverse_request = (
            MeetingRequest.objects.select_for_update(no_key=True)
            .filter(requester=recipient, recipient=requester)
            .exclude(status__in=[MeetingRequest.Status.WITHDRAWN, MeetingRequest.Status.DECLINED])
            .first()
        )
        if reverse_request is not None:
            now = timezone.now()
            for r in (request, reverse_request):
                MeetingRequest.objects.filter(pk=r.pk, status=r.status).update(
                    status=MeetingRequest.Status.ACCEPTED, answered_at=now
                )
                r.status, r.answered_at = MeetingRequest.Status.ACCEPTED, now
                # The recipient's earlier request is accepted by this one, and this one by it.
                emit_request_answered(r)
            _confirm_meeting(
                session=session,
                a=requester,
                b=recipient,
                priority=_meeting_priority(request, reverse_request),
                mutual=True,
                origin=Meeting.Origin.REQUEST,
            )
    return request


def request_answer(*, actor: User, request: MeetingRequest, accept: bool) -> MeetingRequest:
    """The recipient accepts (the meeting is confirmed) or declines."""
    if not (
        rules.can_edit_participant(actor, request.recipient)
        or rules.can_manage_session(actor, request.session)
    ):
        raise NotAllowed(refusal_reason(actor))
    with transaction.atomic():
        locked = _lock_participants(request.requester, request.recipient)
        request = MeetingRequest.objects.select_for_update(no_key=True).get(pk=request.pk)
        if request.status != MeetingRequest.Status.PENDING:
            # Someone acted first (a second accept, or the requester withdrew): HTTP's 409.
            raise Conflict(_("This request has already been answered."), code="already_answered")
        if accept:
            _refuse_cancelled(*locked.values())
        status = MeetingRequest.Status.ACCEPTED if accept else MeetingRequest.Status.DECLINED
        now = timezone.now()
        MeetingRequest.objects.filter(pk=request.pk, status=MeetingRequest.Status.PENDING).update(
            status=status, answered_at=now
        )
        request.status, request.answered_at = status, now
        if accept:
            _confirm_meeting(
                session=request.session,
                a=request.requester,
                b=request.recipient,
                priority=_meeting_priority(request),
                mutual=False,
                origin=Meeting.Origin.REQUEST,
            )
        emit_request_answered(request)
    return request


def request_withdraw(*, actor: User, request: MeetingRequest) -> MeetingRequest:
    """The requester takes back a request still awaiting an answer. The request is read again
    under lock: if the recipient accepted it meanwhile, the meeting stands and this fails."""
    if not rules.can_edit_participant(actor, request.requester):
        raise NotAllowed(refusal_reason(actor))
    with transaction.atomic():
        _lock_participants(request.requester, request.recipient)
        withdrawn = MeetingRequest.objects.filter(
            pk=request.pk, status=MeetingRequest.Status.PENDING
        ).update(status=MeetingRequest.Status.WITHDRAWN)
    request.refresh_from_db()
    if not withdrawn:
        raise Conflict(
            _("Only a request still awaiting an answer can be withdrawn."), code="not_pending"
        )
    return request


def meeting_add(
    *,
    actor: User,
    session: Session,
    first: Participant,
    second: Participant,
    priority: int = 3,
    required: bool = False,
    walk_in: bool = False,
) -> Meeting:
    """The organizer adds (or forces, ``required``) a meeting; on the day, a walk-in's. A
    cancelled participant is registered again."""
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    if first.pk == second.pk or {first.session_id, second.session_id} != {session.pk}:
        raise ApplicationError(_("Choose two different participants of this session."))
    if not 1 <= priority <= 9:
        raise ApplicationError(
            _("Priority must be between 1 and 9."), details={"field": "priority"}
        )
    with transaction.atomic():
        for p in _lock_participants(first, second).values():
            if p.status == Participant.Status.CANCELLED:
                Participant.objects.filter(pk=p.pk, status=Participant.Status.CANCELLED).update(
                    status=Participant.Status.REGISTERED
                )
        return _confirm_meeting(
            session=session,
            a=first,
            b=second,
            priority=priority,
            mutual=False,
            origin=Meeting.Origin.WALK_IN if walk_in else Meeting.Origin.ORGANIZER,
            required=required,
        )


def meeting_cancel(*, actor: User, meeting: Meeting) -> Meeting:
    """The organizer removes a meeting (spam, a mistake, a cancellation). Cancelling a
    cancelled meeting changes nothing."""
    if not rules.can_manage_session(actor, meeting.session):
        raise NotAllowed()
    with transaction.atomic():
        _lock_participants(meeting.first, meeting.second)
        cancelled = Meeting.objects.filter(pk=meeting.pk, status=Meeting.Status.CONFIRMED).update(
            status=Meeting.Status.CANCELLED
        )
        meeting.refresh_from_db()
        if cancelled:
            placement = (
                Placement.objects.select_related("slot", "table")
                .filter(meeting=meeting, run_id=F("meeting__session__published_run_id"))
                .first()
            )
            emit_meeting_cancelled(meeting, placement)
    return meeting


def outcome_report(
    *,
    actor: User,
    meeting: Meeting,
    participant: Participant,
    held: bool,
    interest: int,
    next_step: str,
    notes: str = "",
) -> MeetingOutcome:
    if participant.pk not in (meeting.first_id, meeting.second_id):
        raise ApplicationError(_("That organization is not in this meeting."))
    if not rules.can_edit_participant(actor, participant):
        raise NotAllowed(refusal_reason(actor))
    if meeting.status == Meeting.Status.CANCELLED:
        raise ApplicationError(_("This meeting was cancelled: there is no outcome to report."))
    if interest not in MeetingOutcome.Interest.values:
        raise ApplicationError(_("Unknown interest level."), details={"field": "interest"})
    if next_step not in MeetingOutcome.NextStep.values:
        raise ApplicationError(_("Unknown next step."), details={"field": "next_step"})
    outcome, _created = MeetingOutcome.objects.update_or_create(
        meeting=meeting,
        participant=participant,
        defaults={
            "held": held,
            "interest": interest if held else MeetingOutcome.Interest.NONE,
            "next_step": next_step if held else MeetingOutcome.NextStep.NONE,
            "notes": notes.strip()[:5000],
            "reported_by": actor,
        },
    )
    return outcome


# --- the day itself ---------------------------------------------------------------------------


def walk_in_add(
    *,
    actor: User,
    session: Session,
    organization: Organization | None = None,
    new_organization: OrganizationInput | None = None,
    partners: Sequence[Participant],
) -> tuple[Participant, list[Meeting]]:
    """A walk-in on the day: an organization of the directory, or a new one added to it (name,
    side, contact), takes part and meets ``partners`` (placed by the next re-schedule). All or
    nothing: a refused meeting leaves no new organization behind."""
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    if (organization is None) == (new_organization is None):
        raise ApplicationError(
            _("Give either an organization of the directory or a new one."),
            details={"field": "organization"},
        )
    if not partners:
        raise ApplicationError(
            _("Choose at least one participant to meet."), details={"field": "partners"}
        )
    with transaction.atomic():
        if new_organization is not None:
            try:
                organization = organization_create(data=new_organization, actor=actor)
            except ApplicationError as error:
                field = (
                    (error.details or {}).get("field") if isinstance(error.details, dict) else None
                )
                fields = {"name": "new_name", "side": "new_side"}
                raise ApplicationError(
                    error.message,
                    code=error.code,
                    details={"field": fields.get(str(field), str(field))} if field else None,
                ) from error
        assert organization is not None
        participant = participant_add(actor=actor, session=session, organization=organization)
        meetings = [
            meeting_add(
                actor=actor, session=session, first=participant, second=partner, walk_in=True
            )
            for partner in partners
        ]
    return participant, meetings


def day_report_create(
    *,
    actor: User,
    participant: Participant,
    meeting: Meeting,
    kind: str,
    at: dt.datetime | None = None,
) -> tuple[DayReport, bool]:
    """A representative tells the organizers that it is running late for a meeting or that the
    partner is not at the table. Only for a meeting of its published agenda, and only while
    that makes sense (``selectors.day.report_kinds``). The session's staff are notified once:
    the same report again returns the first one. Returns the report and whether it is new."""
    if not rules.can_edit_participant(actor, participant):
        raise NotAllowed()
    if kind not in DayReport.Kind.values:
        raise ApplicationError(_("Unknown report."), details={"field": "kind"})
    session = participant.session
    placement = (
        Placement.objects.filter(
            run_id=session.published_run_id,
            meeting=meeting,
            meeting__session=session,
        )
        .filter(Q(meeting__first=participant) | Q(meeting__second=participant))
        .select_related("slot", "table", "meeting__first__organization")
        .select_related("meeting__second__organization")
        .first()
        if session.published_run_id
        else None
    )
    if placement is None:
        raise ApplicationError(_("This meeting is not on your published agenda."))
    if kind not in report_kinds(placement, session, at or timezone.now()):
        raise ApplicationError(
            _(
                "Running late can be reported until the meeting ends; partner not here once it "
                "has started, and up to 15 minutes after it ends."
            ),
            code="report_closed",
        )
    partner = (
        placement.meeting.second
        if placement.meeting.first_id == participant.pk
        else placement.meeting.first
    )
    zone = session.event.time_zone
    local = placement.slot.starts_at.astimezone(zoneinfo.ZoneInfo(zone))
    with transaction.atomic():
        try:
            with transaction.atomic():
                report = DayReport.objects.create(
                    session=session,
                    meeting=meeting,
                    participant=participant,
                    kind=kind,
                    created_by=actor,
                )
        except IntegrityError:
            # Reported already (twice pressed, or a colleague): staff were told the first time.
            existing = DayReport.objects.get(meeting=meeting, participant=participant, kind=kind)
            return existing, False
        notify(
            users=User.objects.filter(is_staff=True, is_active=True),
            template="matchmaking/notifications/day_report",
            context={
                "kind": kind,
                "reporter": participant.organization.name,
                "partner": partner.organization.name,
                "table": str(placement.table),
                "time": f"{local:%H:%M}",
                "session": session.title,
            },
            link=("matchmaking:manage", {"pk": session.pk}),
            about=report,
            time_zone=zone,
        )
    return report, True


def day_report_handle(*, actor: User, report: DayReport) -> bool:
    """A staff member has dealt with a report (found the partner, told the table). Two staff
    pressing at once: the first one handles it, the second is told so. Returns whether this
    call handled it."""
    if not rules.can_manage_session(actor, report.session):
        raise NotAllowed()
    handled = DayReport.objects.filter(pk=report.pk, status=DayReport.Status.OPEN).update(
        status=DayReport.Status.HANDLED, handled_by=actor, handled_at=timezone.now()
    )
    report.refresh_from_db()
    return handled == 1


@transaction.atomic
def session_programme_item_set(
    *, actor: User, session: Session, item: AgendaItem | None
) -> Session:
    """Hold the session in a match-making item of its event's programme (or in none): the
    programme then links to the session. The item is one of the event's, of kind match-making,
    and holds one session."""
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    if item is not None:
        if item.event_id != session.event_id:
            raise ApplicationError(
                _("That programme item is not in this session's event."),
                details={"field": "programme_item"},
            )
        if item.kind != AgendaItem.Kind.MATCHMAKING:
            raise ApplicationError(
                _("Only a match-making item of the programme can hold a session."),
                details={"field": "programme_item"},
            )
        taken = Session.objects.filter(programme_item=item).exclude(pk=session.pk).first()
        if taken is not None:
            raise ApplicationError(
                _("That programme item already holds the session “%(title)s”.")
                % {"title": taken.title},
                details={"field": "programme_item"},
            )
    Session.objects.filter(pk=session.pk).update(programme_item=item)
    session.programme_item = item
    return session
