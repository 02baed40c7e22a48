"""What match-making tells webhook endpoints (``webhooks.services.emit``): requests answered,
meetings placed by a published schedule and meetings a re-published schedule moves. Times in
the event's time zone, with their offset; organizations by slug and both names."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tradebridge.directory.webhook_events import organization_ref
from tradebridge.webhooks.services import emit, emit_many

from .models import Meeting, MeetingRequest, Placement, Session

# A ``scheduling.Change`` (not imported: scheduling imports this module): ``meeting``,
# ``before`` and ``after`` placements, and its ``kind``.
Change = Any


def _at(value: datetime | None, session: Session) -> str | None:
    return value.astimezone(session.event.zone).isoformat() if value else None


def session_ref(session: Session) -> dict[str, Any]:
    return {
        "id": session.pk,
        "title_en": session.title_en or "",  # type: ignore[attr-defined]
        "title_zh": session.title_zh_hans or "",  # type: ignore[attr-defined]
        "event": session.event.slug,
    }


def request_answered(request: MeetingRequest) -> dict[str, Any]:
    """``request.answered``: status "accepted" or "declined"."""
    session = request.session
    return {
        "id": request.pk,
        "session": session_ref(session),
        "requester": organization_ref(request.requester.organization),
        "recipient": organization_ref(request.recipient.organization),
        "status": request.status,
        "answered_at": _at(request.answered_at, session),
    }


def emit_request_answered(request: MeetingRequest) -> None:
    emit("request.answered", request_answered(request))


def _place(placement: Placement, session: Session) -> dict[str, Any]:
    return {
        "starts_at": _at(placement.slot.starts_at, session),
        "ends_at": _at(placement.slot.ends_at, session),
        "table": {"number": placement.table.number, "name": placement.table.name},
        "interpreter": placement.interpreter_id is not None,
    }


def _meeting_ref(meeting: Meeting, session: Session) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "session": session_ref(session),
        "first": organization_ref(meeting.first.organization),
        "second": organization_ref(meeting.second.organization),
    }


def _meeting(change: Change, session: Session) -> dict[str, Any]:
    out = _meeting_ref(change.meeting, session)
    if change.after is not None:
        out.update(_place(change.after, session))
    if change.before is not None:
        out["previous"] = _place(change.before, session)
    return out


def schedule_published(session: Session, changes: list[Change]) -> None:
    """``meeting.scheduled`` for every meeting the published schedule places for the first
    time, ``meeting.moved`` for every one it moves to another time or table,
    ``meeting.unscheduled`` for every confirmed one it no longer places (a cancelled one was
    told as ``meeting.cancelled`` when it was cancelled)."""
    emit_many("meeting.scheduled", [_meeting(c, session) for c in changes if c.kind == "added"])
    emit_many(
        "meeting.moved", [_meeting(c, session) for c in changes if c.kind in ("moved", "table")]
    )
    emit_many(
        "meeting.unscheduled",
        [
            _meeting(c, session)
            for c in changes
            if c.kind == "removed" and c.meeting.status == Meeting.Status.CONFIRMED
        ],
    )


def emit_meeting_cancelled(meeting: Meeting, placement: Placement | None) -> None:
    """``meeting.cancelled``, with where it was in the published schedule (``previous``) if it
    was there."""
    session = meeting.session
    out = _meeting_ref(meeting, session)
    if placement is not None:
        out["previous"] = _place(placement, session)
    emit("meeting.cancelled", out)
