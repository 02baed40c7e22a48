"""The scheduler's seam with the platform, on the worker's side: a session's data becomes an
engine instance, and a run is solved (progress and cancellation through the run's row) and its
placements saved. ``tasks.run_scheduler_task`` calls ``run_execute``; organizers start, cancel
and publish runs through ``scheduling``."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .engine import scheduling as engine
from .models import (
    Interpreter,
    Meeting,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Slot,
    Table,
)

log = logging.getLogger(__name__)

# How often a solving run shows it is alive (besides each progress write); recovery ends a run
# silent for settings.TASK_STALE_SECONDS (see scheduling.runs_recover).
HEARTBEAT_SECONDS = 2.0


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


# --- running (in the worker) ---------------------------------------------------------------


def _progress_json(progress: engine.Progress) -> dict[str, object]:
    return {
        "phase": progress.phase,
        "objective": progress.objective,
        "bound": progress.bound,
        "seconds": round(progress.seconds, 1),
    }


def run_execute(run_id: int, *, workers: int = 2, seed: int = 0) -> ScheduleRun:
    """The task's body. Claims the run once, solves in a thread while this thread writes the
    progress and a heartbeat and watches for cancellation (all database work stays on this
    thread), then saves the placements in one transaction. A failure, a cancellation or an
    ending by recovery (the run no longer "running") saves no placement."""
    now = timezone.now()
    claimed = ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.QUEUED).update(
        status=ScheduleRun.Status.RUNNING, started_at=now, heartbeat_at=now
    )
    run = ScheduleRun.objects.select_related("session").get(pk=run_id)
    if not claimed:
        return run
    running = ScheduleRun.objects.filter(pk=run_id, status=ScheduleRun.Status.RUNNING)
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
        beat = time.monotonic()
        while thread.is_alive():
            thread.join(0.5)
            fields: dict[str, object] = {}
            if len(latest) > written:
                written = len(latest)
                fields["progress"] = _progress_json(latest[-1])
            if fields or time.monotonic() - beat >= HEARTBEAT_SECONDS:
                beat = time.monotonic()
                fields["heartbeat_at"] = timezone.now()
                # Zero rows: the run was cancelled or ended by recovery; stop solving.
                if not running.update(**fields):
                    cancel.set()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        schedule: engine.Schedule = outcome["schedule"]  # type: ignore[assignment]
        # Every ending below moves the run only from "running": a run that was cancelled or
        # ended by recovery meanwhile stays as it is, and gets no placement.
        if cancel.is_set():
            running.update(status=ScheduleRun.Status.CANCELLED, finished_at=timezone.now())
        elif schedule.status in ("infeasible", "unknown"):
            running.update(
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
                ended = running.update(
                    status=ScheduleRun.Status.DONE,
                    finished_at=timezone.now(),
                    result=_result(schedule, data),
                )
                if not ended:
                    return _reloaded(run)
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
    except Exception as error:
        log.exception("scheduler run %s failed", run_id)
        running.update(
            status=ScheduleRun.Status.FAILED, finished_at=timezone.now(), error=str(error)[:2000]
        )
    return _reloaded(run)


def _reloaded(run: ScheduleRun) -> ScheduleRun:
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
