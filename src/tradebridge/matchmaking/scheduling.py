"""The scheduler in the platform: a session's data becomes an engine instance, a run solves it
in a background task (progress and cancellation through the run's row), and publishing a run
makes it everyone's agenda, notifying only those whose meetings changed."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.errors import ApplicationError, NotAllowed

from . import rules
from .engine import scheduling as engine
from .models import (
    Interpreter,
    Meeting,
    Notification,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
    Table,
)

log = logging.getLogger(__name__)

MAX_TIME_LIMIT = 600


@dataclass
class SessionInstance:
    """An engine instance and the way back from its ids to the session's rows."""

    instance: engine.Instance
    slots: dict[str, Slot]
    tables: list[Table]  # engine table n is tables[n - 1]
    interpreters: dict[str, Interpreter]
    meetings: dict[str, Meeting]
    participants: dict[str, Participant] = field(default_factory=dict)


def build_instance(session: Session) -> SessionInstance:
    """The engine's view of the session: active slots and tables, participants that have not
    withdrawn, confirmed meetings between them (forced ones required, the others optional and
    weighted by their requests' priorities)."""
    slots = {s.code: s for s in Slot.objects.filter(session=session, is_active=True)}
    tables = list(Table.objects.filter(session=session, is_active=True))
    meetings = {
        m.code: m
        for m in Meeting.objects.filter(session=session, status=Meeting.Status.CONFIRMED)
        .exclude(first__status=Participant.Status.CANCELLED)
        .exclude(second__status=Participant.Status.CANCELLED)
        .order_by("pk")
    }
    ids = {m.first_id for m in meetings.values()} | {m.second_id for m in meetings.values()}
    participants = {
        p.code: p
        for p in Participant.objects.filter(pk__in=ids)
        .select_related("organization")
        .prefetch_related("unavailable")
    }
    interpreters = {
        f"i{i.pk}": i
        for i in Interpreter.objects.filter(session=session, is_active=True).prefetch_related(
            "slots"
        )
    }
    instance = engine.Instance(
        name=f"session-{session.pk}",
        slots=tuple(
            engine.Slot(
                id=code,
                session=f"part-{slot.segment}",
                start=slot.starts_at.isoformat(),
                end=slot.ends_at.isoformat(),
            )
            for code, slot in slots.items()
        ),
        tables=len(tables),
        participants=tuple(
            engine.Participant(
                id=code,
                name=p.organization.name,
                side=p.organization.side,
                languages=tuple(p.languages) or None,
                forbidden=frozenset(s.code for s in p.unavailable.all()) & slots.keys(),
                capacity=max(1, p.attendee_count),
            )
            for code, p in participants.items()
        ),
        interpreters=tuple(
            engine.Interpreter(
                id=code,
                languages=frozenset(i.languages),
                available=frozenset(s.code for s in i.slots.all() if s.code in slots)
                if i.slots.all()
                else frozenset(slots),
            )
            for code, i in interpreters.items()
        ),
        meetings=tuple(
            engine.Meeting(
                id=code,
                between=(f"p{m.first_id}", f"p{m.second_id}"),
                priority=max(1, m.priority),
                required=m.required,
            )
            for code, m in meetings.items()
        ),
        fairness=session.fairness,
    )
    return SessionInstance(instance, slots, tables, interpreters, meetings, participants)


def _keep(run: ScheduleRun | None, data: SessionInstance) -> dict[str, tuple[str, int | None]]:
    """The published placements, in the engine's ids, of meetings still to schedule."""
    if run is None:
        return {}
    number = {t.pk: n for n, t in enumerate(data.tables, start=1)}
    keep: dict[str, tuple[str, int | None]] = {}
    for placement in Placement.objects.filter(run=run).select_related("slot"):
        code = f"m{placement.meeting_id}"
        if code in data.meetings and placement.slot.code in data.slots:
            keep[code] = (placement.slot.code, number.get(placement.table_id))
    return keep


# --- starting, running, cancelling ----------------------------------------------------------


def run_start(
    *, actor: User, session: Session, time_limit: int = 30, reschedule: bool = False
) -> ScheduleRun:
    """Queue a scheduler run. Only one run per session can be queued or running: a second
    "run" (two organizers at once, a double click) is refused by the database itself."""
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    if not 1 <= time_limit <= MAX_TIME_LIMIT:
        raise ApplicationError(
            _("The time limit is between 1 and %(n)d seconds.") % {"n": MAX_TIME_LIMIT},
            details={"field": "time_limit"},
        )
    session = Session.objects.get(pk=session.pk)
    if reschedule and session.published_run_id is None:
        raise ApplicationError(_("Nothing is published yet: run the scheduler first."))
    from .tasks import run_scheduler_task

    try:
        with transaction.atomic():
            run = ScheduleRun.objects.create(
                session=session,
                kind=ScheduleRun.Kind.RESCHEDULE if reschedule else ScheduleRun.Kind.DRAFT,
                time_limit=time_limit,
                based_on_id=session.published_run_id if reschedule else None,
                created_by=actor,
            )
            # The database queue stores the task in this transaction: no worker starts it
            # before the run exists.
            run_scheduler_task.enqueue(run.pk)
    except IntegrityError:
        raise ApplicationError(
            _("The scheduler is already running for this session."), code="run_in_progress"
        ) from None
    run.refresh_from_db()
    return run


def run_cancel(*, actor: User, run: ScheduleRun) -> ScheduleRun:
    """Ask a queued or running run to stop; it ends cancelled and changes nothing."""
    if not rules.can_manage_session(actor, run.session):
        raise NotAllowed()
    ScheduleRun.objects.filter(pk=run.pk, status=ScheduleRun.Status.RUNNING).update(
        cancel_requested=True
    )
    ScheduleRun.objects.filter(pk=run.pk, status=ScheduleRun.Status.QUEUED).update(
        cancel_requested=True, status=ScheduleRun.Status.CANCELLED, finished_at=timezone.now()
    )
    run.refresh_from_db()
    return run


def _progress_json(progress: engine.Progress) -> dict[str, object]:
    return {
        "phase": progress.phase,
        "objective": progress.objective,
        "bound": progress.bound,
        "seconds": round(progress.seconds, 1),
    }


def run_execute(run_id: int, *, workers: int = 2, seed: int = 0) -> ScheduleRun:
    """The task's body. Claims the run once, solves in a thread while this thread writes the
    progress and watches for cancellation (all database work stays on this thread), then saves
    the placements in one transaction. A failure or a cancellation saves no placement."""
    claimed = ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.QUEUED).update(
        status=ScheduleRun.Status.RUNNING, started_at=timezone.now()
    )
    run = ScheduleRun.objects.select_related("session").get(pk=run_id)
    if not claimed:
        return run
    try:
        data = build_instance(run.session)
        keep = _keep(run.based_on, data) if run.kind == ScheduleRun.Kind.RESCHEDULE else None
        latest: list[engine.Progress] = []
        outcome: dict[str, object] = {}
        cancel = threading.Event()

        def work() -> None:
            try:
                outcome["schedule"] = engine.solve(
                    data.instance,
                    time_limit=run.time_limit,
                    workers=workers,
                    seed=seed,
                    keep=keep,
                    on_progress=latest.append,
                    cancel=cancel,
                )
            except Exception as error:
                outcome["error"] = error

        thread = threading.Thread(target=work, name=f"schedule-run-{run_id}", daemon=True)
        thread.start()
        written = 0
        while thread.is_alive():
            thread.join(0.5)
            if len(latest) > written:
                written = len(latest)
                ScheduleRun.objects.filter(pk=run_id).update(progress=_progress_json(latest[-1]))
            if ScheduleRun.objects.filter(pk=run_id, cancel_requested=True).exists():
                cancel.set()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        schedule: engine.Schedule = outcome["schedule"]  # type: ignore[assignment]
        if cancel.is_set():
            ScheduleRun.objects.filter(pk=run_id).update(
                status=ScheduleRun.Status.CANCELLED, finished_at=timezone.now()
            )
        elif schedule.status in ("infeasible", "unknown"):
            ScheduleRun.objects.filter(pk=run_id).update(
                status=ScheduleRun.Status.FAILED,
                finished_at=timezone.now(),
                result=_result(schedule, data),
                error=schedule.reason
                or (
                    _("No schedule satisfies every constraint together.")
                    if schedule.status == "infeasible"
                    else _("No schedule was found within the time limit; allow more time.")
                ),
            )
        else:
            with transaction.atomic():
                Placement.objects.bulk_create(
                    Placement(
                        run_id=run_id,
                        meeting=data.meetings[p.meeting],
                        slot=data.slots[p.slot],
                        table=data.tables[p.table - 1],
                        interpreter=data.interpreters.get(p.interpreter or ""),
                    )
                    for p in schedule.placements
                )
                ScheduleRun.objects.filter(pk=run_id).update(
                    status=ScheduleRun.Status.DONE,
                    finished_at=timezone.now(),
                    result=_result(schedule, data),
                )
    except Exception as error:
        log.exception("scheduler run %s failed", run_id)
        ScheduleRun.objects.filter(pk=run_id).update(
            status=ScheduleRun.Status.FAILED, finished_at=timezone.now(), error=str(error)[:2000]
        )
    run.refresh_from_db()
    return run


def _result(schedule: engine.Schedule, data: SessionInstance) -> dict[str, object]:
    """The engine's verdict with a reason for each meeting it could not place."""
    unscheduled = []
    busy: dict[str, set[str]] = {}
    for p in schedule.placements:
        for who in _between(data, p.meeting):
            busy.setdefault(who, set()).add(p.slot)
    for code in schedule.unscheduled:
        a, b = _between(data, code)
        pa, pb = data.instance.participant(a), data.instance.participant(b)
        free = [s.id for s in data.instance.slots if s.id not in pa.forbidden | pb.forbidden]
        needs = pa.languages and pb.languages and not set(pa.languages) & set(pb.languages)
        if not free:
            reason = "no_common_slot"
        elif needs and not any(
            set(i.languages) & set(pa.languages or ())
            and set(i.languages) & set(pb.languages or ())
            and set(free) & i.available
            for i in data.instance.interpreters
        ):
            reason = "no_interpreter"
        elif any(set(free) <= busy.get(who, set()) for who in (a, b)):
            reason = "participant_full"
        elif needs:
            # Both had free slots, but the interpreters were with other meetings then.
            reason = "interpreters_busy"
        else:
            reason = "lower_priority"
        unscheduled.append({"meeting": data.meetings[code].pk, "reason": reason})
    return {
        "status": schedule.status,
        "priority": schedule.priority,
        "breaks": schedule.breaks,
        "moved": schedule.moved,
        "bound_priority": schedule.bound_priority,
        "bound_breaks": schedule.bound_breaks,
        "seconds": round(schedule.seconds, 1),
        "placed": len(schedule.placements),
        "unscheduled": unscheduled,
    }


def _between(data: SessionInstance, code: str) -> tuple[str, str]:
    meeting = data.meetings[code]
    return f"p{meeting.first_id}", f"p{meeting.second_id}"


# --- comparing and publishing ------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    meeting: Meeting
    before: Placement | None
    after: Placement | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return "added"
        if self.after is None:
            return "removed"
        return "moved" if self.before.slot_id != self.after.slot_id else "table"


def run_compare(old: ScheduleRun | None, new: ScheduleRun) -> list[Change]:
    """What changes for whom when ``new`` replaces ``old``: meetings added, removed (cancelled
    or no longer placed), moved to another slot, or only to another table."""

    def placements(run: ScheduleRun | None) -> dict[int, Placement]:
        if run is None:
            return {}
        return {
            p.meeting_id: p
            for p in Placement.objects.filter(run=run).select_related(
                "slot",
                "table",
                "interpreter",
                "meeting__first__organization",
                "meeting__second__organization",
            )
        }

    before, after = placements(old), placements(new)
    changes = []
    for meeting_id in sorted(before.keys() | after.keys()):
        b, a = before.get(meeting_id), after.get(meeting_id)
        if (
            b
            and a
            and (b.slot_id, b.table_id, b.interpreter_id)
            == (
                a.slot_id,
                a.table_id,
                a.interpreter_id,
            )
        ):
            continue
        changes.append(Change((a or b).meeting, b, a))  # type: ignore[union-attr]
    return changes


def affected_participants(changes: list[Change]) -> set[int]:
    return {pid for c in changes for pid in (c.meeting.first_id, c.meeting.second_id)}


@dataclass
class PublishResult:
    run: ScheduleRun
    changes: list[Change]
    notified: list[User]


def run_publish(*, actor: User, run: ScheduleRun) -> PublishResult:
    """Make a finished run the session's schedule. On first publication everyone with a
    meeting is told; afterwards only the people whose meetings changed."""
    session = run.session
    if not rules.can_manage_session(actor, session):
        raise NotAllowed()
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        run = ScheduleRun.objects.get(pk=run.pk)
        if run.status != ScheduleRun.Status.DONE:
            raise ApplicationError(_("Only a finished run can be published."))
        if session.published_run_id == run.pk:
            raise ApplicationError(_("This schedule is already published."))
        previous = session.published_run
        first = previous is None
        changes = run_compare(previous, run)
        touched = (
            set(Placement.objects.filter(run=run).values_list("meeting__first_id", flat=True))
            | set(Placement.objects.filter(run=run).values_list("meeting__second_id", flat=True))
            if first
            else affected_participants(changes)
        )
        session.published_run = run
        session.status = Session.Status.PUBLISHED
        session.save(update_fields=["published_run", "status"])
        ScheduleRun.objects.filter(pk=run.pk).update(published_at=timezone.now())
        notified = _notify(session, touched, first=first)
    run.refresh_from_db()
    return PublishResult(run, changes, notified)


def _recipients(participant_ids: set[int]) -> dict[int, list[User]]:
    """Who hears about a participant's agenda: its attendees, else all its representatives."""
    out: dict[int, list[User]] = {}
    for participant in Participant.objects.filter(pk__in=participant_ids).prefetch_related(
        "attendees", "organization__representatives__user"
    ):
        users = list(participant.attendees.all()) or [
            r.user for r in participant.organization.representatives.all()
        ]
        out[participant.pk] = [u for u in users if u.is_active]
    return out


def _notify(session: Session, participant_ids: set[int], *, first: bool) -> list[User]:
    from .tasks import send_notification_task

    users: dict[int, User] = {}
    for people in _recipients(participant_ids).values():
        for user in people:
            users[user.pk] = user
    if first:
        subject = "Your match-making agenda / 您的洽谈会日程"
        body = (
            "The schedule of {en} is published: your meetings, tables and times are on your "
            "agenda.\n\n{zh}的日程已发布：您的会谈、桌号和时间请见您的日程。"
        )
    else:
        subject = "Your match-making agenda has changed / 您的洽谈会日程有变动"
        body = (
            "The schedule of {en} has changed and one or more of your meetings moved. Please "
            "check your agenda.\n\n"
            "{zh}的日程有变动，您的一场或多场会谈时间或桌号已调整，请查看您的日程。"
        )
    text = body.format(
        en=getattr(session, "title_en", "") or session.title,
        zh=getattr(session, "title_zh_hans", "") or session.title,
    )
    Notification.objects.bulk_create(
        Notification(user=user, session=session, subject=subject, body=text)
        for user in users.values()
    )
    for user in users.values():
        send_notification_task.enqueue(user.pk, subject, text, session.pk)
    return list(users.values())


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
