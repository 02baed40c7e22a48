"""The personal data match-making holds (registered with the accounts' providers in
``apps.MatchmakingConfig.ready``): the participations a person acts for or attends, the
meeting requests and the outcomes they wrote.

An erasure keeps every request, meeting and outcome (a session's counts and its schedule stay
as they were, and the other side's records stay whole): the text the person wrote goes, their
name leaves the attendee lists, and the records point at the anonymous placeholder account."""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext as _

from tradebridge.accounts.models import User
from tradebridge.accounts.personal_data import (
    Identifiers,
    Provider,
    Section,
    mentioning,
    redact_rows,
)

from .models import MeetingOutcome, MeetingRequest, Participant


def _participation_row(p: Participant) -> dict[str, object]:
    return {
        "session": str(p.session),
        "event": str(p.session.event),
        "organization": p.organization.name,
        "status": p.get_status_display(),
        "attendee_count": p.attendee_count,
        "languages": ", ".join(p.languages),
    }


def _participation_columns() -> list[tuple[str, str]]:
    return [
        ("session", _("Session")),
        ("event", _("Event")),
        ("organization", _("Organization")),
        ("status", _("Status")),
        ("attendee_count", _("People attending")),
        ("languages", _("Languages spoken")),
    ]


def matchmaking_export(user: User) -> list[Section]:
    acting = (
        Participant.objects.filter(organization__representatives__user=user)
        .select_related("session__event", "organization")
        .order_by("pk")
        .distinct()
    )
    attending = (
        Participant.objects.filter(attendees=user)
        .select_related("session__event", "organization")
        .order_by("pk")
    )
    requests = (
        MeetingRequest.objects.filter(created_by=user)
        .select_related("session", "requester__organization", "recipient__organization")
        .order_by("created_at", "pk")
    )
    outcomes = (
        MeetingOutcome.objects.filter(reported_by=user)
        .select_related(
            "meeting__session", "meeting__first__organization", "meeting__second__organization"
        )
        .order_by("pk")
    )
    columns = _participation_columns()
    return [
        Section(
            key="participations",
            title=_("Match-making participations you act for"),
            columns=columns,
            rows=[_participation_row(p) for p in acting],
        ),
        Section(
            key="attendances",
            title=_("Match-making sessions you attend"),
            columns=columns,
            rows=[_participation_row(p) for p in attending],
        ),
        Section(
            key="meeting_requests",
            title=_("Meeting requests you wrote"),
            columns=[
                ("session", _("Session")),
                ("from", _("From")),
                ("to", _("To")),
                ("priority", _("Priority")),
                ("message", _("Message")),
                ("status", _("Status")),
                ("created_at", _("Sent")),
                ("answered_at", _("Answered")),
            ],
            rows=[
                {
                    "session": str(r.session),
                    "from": r.requester.organization.name,
                    "to": r.recipient.organization.name,
                    "priority": r.get_priority_display(),
                    "message": r.message,
                    "status": r.get_status_display(),
                    "created_at": r.created_at,
                    "answered_at": r.answered_at,
                }
                for r in requests
            ],
        ),
        Section(
            key="meeting_outcomes",
            title=_("Meeting outcomes you reported"),
            columns=[
                ("session", _("Session")),
                ("meeting", _("Meeting")),
                ("held", _("The meeting took place")),
                ("interest", _("Interest")),
                ("next_step", _("Next step")),
                ("notes", _("Notes")),
                ("updated_at", _("Reported")),
            ],
            rows=[
                {
                    "session": str(o.meeting.session),
                    "meeting": str(o.meeting),
                    "held": o.held,
                    "interest": o.get_interest_display(),
                    "next_step": o.get_next_step_display(),
                    "notes": o.notes,
                    "updated_at": o.updated_at,
                }
                for o in outcomes
            ],
        ),
    ]


def matchmaking_erase(user: User, identifiers: Identifiers) -> dict[str, int]:
    """Messages and notes the person wrote are blanked (the requests and outcomes stay, so the
    counts do); the person leaves the attendee lists; others' text loses the person's name."""
    messages = MeetingRequest.objects.filter(created_by=user).exclude(message="").update(message="")
    notes = MeetingOutcome.objects.filter(reported_by=user).exclude(notes="").update(notes="")
    attendances = Participant.attendees.through.objects.filter(user=user).delete()[0]
    messages += redact_rows(
        MeetingRequest.objects.filter(~Q(created_by=user) | Q(created_by__isnull=True)).filter(
            mentioning(["message"], identifiers)
        ),
        ["message"],
        identifiers,
    )
    notes += redact_rows(
        MeetingOutcome.objects.filter(~Q(reported_by=user) | Q(reported_by__isnull=True)).filter(
            mentioning(["notes"], identifiers)
        ),
        ["notes"],
        identifiers,
    )
    return {
        "meeting_request_messages": messages,
        "meeting_outcome_notes": notes,
        "attendances": attendances,
    }


PROVIDER = Provider(name="matchmaking", export=matchmaking_export, erase=matchmaking_erase)
