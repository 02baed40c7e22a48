"""The scheduler in the organizer's hands: a run is queued (solved by a background task, see
``solving``), cancelled, compared with the published schedule and published, which makes it
everyone's agenda and notifies only those whose meetings changed."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.background.services import stale_after
from tradebridge.bilingual import sort_column, sort_key
from tradebridge.errors import ApplicationError, NotAllowed
from tradebridge.notifications.services import notify

from . import rules
from .models import Meeting, Participant, Placement, ScheduleRun, Session
from .tasks import run_scheduler_task
from .webhook_events import schedule_published

MAX_TIME_LIMIT = 600


# --- starting and cancelling ----------------------------------------------------------------


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
    # A run left "running" by a dead worker must not hold the session's one place.
    runs_recover(session=session)
    if reschedule and session.published_run_id is None:
        raise ApplicationError(_("Nothing is published yet: run the scheduler first."))
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
    """End a queued or running run at once: it is cancelled and changes nothing, whether or
    not a worker is still alive to notice (a live worker sees at its next heartbeat that the
    run is no longer running, stops solving and saves nothing)."""
    if not rules.can_manage_session(actor, run.session):
        raise NotAllowed()
    ScheduleRun.objects.filter(
        pk=run.pk, status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]
    ).update(cancel_requested=True, status=ScheduleRun.Status.CANCELLED, finished_at=timezone.now())
    run.refresh_from_db()
    return run


# A run may overrun its time limit by this much (building the instance, saving the result)
# before recovery ends it even though its worker still beats.
OVERTIME_SECONDS = 120


def runs_recover(*, session: Session | None = None, now: datetime | None = None) -> int:
    """Fail the running runs (of ``session``, or of every session) whose worker is gone: no
    heartbeat for ``TASK_STALE_SECONDS``, or past their time limit by ``OVERTIME_SECONDS``. The
    published schedule is untouched and a new run can start at once. Returns how many ended."""
    now = now or timezone.now()
    runs = ScheduleRun.objects.filter(status=ScheduleRun.Status.RUNNING)
    if session is not None:
        runs = runs.filter(session=session)
    ended = 0
    for run in runs.only("pk", "started_at", "time_limit", "heartbeat_at"):
        last = run.heartbeat_at or run.started_at
        if last is None:
            continue  # never claimed by a worker: nothing to judge it by
        silent = last < now - stale_after()
        overtime = (
            run.started_at is not None
            and run.started_at + timedelta(seconds=run.time_limit + OVERTIME_SECONDS) < now
        )
        if not (silent or overtime):
            continue
        lost = {
            "reason": "silent" if silent else "overtime",
            "last": last.isoformat(),
            "time_limit": run.time_limit,
        }
        ended += ScheduleRun.objects.filter(pk=run.pk, status=ScheduleRun.Status.RUNNING).update(
            status=ScheduleRun.Status.FAILED,
            finished_at=now,
            result={"lost": lost},
            # Kept as a code in ``result`` so that each reader gets it in their language
            # (``lost_message``); the text is for logs and the admin.
            error=lost_message(lost, translate=False),
        )
    return ended


def run_worker_lost(run_id: int) -> None:
    """The worker that took a run's task died (``background`` recovery): the run, queued or
    running, ends failed and the session is free for a new one."""
    lost = {"reason": "worker_lost"}
    ScheduleRun.objects.filter(
        pk=run_id, status__in=[ScheduleRun.Status.QUEUED, ScheduleRun.Status.RUNNING]
    ).update(
        status=ScheduleRun.Status.FAILED,
        finished_at=timezone.now(),
        result={"lost": lost},
        error=lost_message(lost, translate=False),
    )


def lost_message(lost: dict[str, Any], *, translate: bool = True) -> str:
    """Why recovery ended a run, in the current language (or in English for the record)."""
    with contextlib.nullcontext() if translate else translation.override("en"):
        if lost.get("reason") == "overtime":
            why = _("The run went past its time limit of %(n)d seconds without ending.") % {
                "n": lost.get("time_limit", 0)
            }
        elif lost.get("last"):
            last = datetime.fromisoformat(lost["last"])
            why = _(
                "The worker running this schedule stopped (last sign of life: %(time)s UTC)."
            ) % {"time": last.strftime("%Y-%m-%d %H:%M:%S")}
        else:
            why = _("The worker running this schedule stopped.")
        return why + " " + _("Start the run again.")


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
        if self.before.slot_id != self.after.slot_id:
            return "moved"
        if self.before.table_id != self.after.table_id:
            return "table"
        return "interpreter"


def run_compare(old: ScheduleRun | None, new: ScheduleRun) -> list[Change]:
    """What changes for whom when ``new`` replaces ``old``: meetings added, removed (cancelled
    or no longer placed), moved to another slot, only to another table, or only given another
    interpreter."""

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
class Audience:
    """Who publishing a run tells, and who it cannot reach: a participant whose attendees and
    representatives have no active account (the organizer prints or phones them)."""

    people: list[User]
    unreachable: list[Participant]


def _touched(previous: ScheduleRun | None, run: ScheduleRun, changes: list[Change]) -> set[int]:
    """The participants publishing ``run`` concerns: on first publication everyone with a
    meeting, afterwards those whose meetings changed."""
    if previous is None:
        pairs = Placement.objects.filter(run=run).values_list(
            "meeting__first_id", "meeting__second_id"
        )
        return {pid for pair in pairs for pid in pair}
    return affected_participants(changes)


def publication_audience(run: ScheduleRun) -> Audience:
    """Whom publishing ``run`` now would notify (the same people ``run_publish`` notifies)."""
    session = run.session
    previous = session.published_run
    changes = run_compare(previous, run) if previous != run else []
    recipients = _recipients(_touched(previous, run, changes))
    people = {user.pk: user for users in recipients.values() for user in users}
    unreachable = list(
        Participant.objects.filter(
            pk__in=[pid for pid, users in recipients.items() if not users]
        ).select_related("organization")
    )
    key = sort_column()
    return Audience(
        people=sorted(people.values(), key=lambda u: (sort_key(u.full_name or u.email), u.pk)),
        unreachable=sorted(unreachable, key=lambda p: (getattr(p.organization, key), p.pk)),
    )


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
        touched = _touched(previous, run, changes)
        session.published_run = run
        session.status = Session.Status.PUBLISHED
        session.save(update_fields=["published_run", "status"])
        ScheduleRun.objects.filter(pk=run.pk).update(published_at=timezone.now())
        notified = _notify(session, touched, first=first)
        schedule_published(session, changes)
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
    users = [user for people in _recipients(participant_ids).values() for user in people]
    sent = notify(
        users=users,
        template="matchmaking/notifications/" + ("agenda_published" if first else "agenda_changed"),
        # The templates show the session's title in each reader's language.
        context={"session": session},
        link=("matchmaking:agenda", {"pk": session.pk}),
        about=session,
        time_zone=session.event.time_zone,
    )
    return [notification.user for notification in sent]
