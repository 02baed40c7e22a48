"""A person with a record of every kind the platform holds, and another person beside them.

``world`` builds, through the services where they exist: a match-making session in which
the person's organization (whose contact they are) and another organization take part; a
request each way with messages (the other's message names the person), a confirmed meeting and
both outcomes; notifications; an administration log entry about the person; a directory
import that lists them; a failed e-mail task whose traceback names them; their consents."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory
from tradebridge.accounts.models import User
from tradebridge.accounts.privacy import consent_record
from tradebridge.directory.models import ImportBatch, Organization
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services as mm
from tradebridge.matchmaking.models import Meeting, MeetingRequest, Participant, Session
from tradebridge.notifications.models import Notification
from tradebridge.notifications.services import notify

PASSWORD = "password"  # tests.factories.UserFactory


@dataclass
class Person:
    user: User
    organization: Organization
    participant: Participant
    phone: str
    message: str
    notes: str

    @property
    def strings(self) -> list[str]:
        """What identifies the person, as the issue's search looks for it."""
        return [self.user.email, self.user.full_name, self.phone]


@dataclass
class World:
    session: Session
    person: Person
    other: Person
    staff: User


def _person(session: Session, *, name: str, email: str, phone: str, side: str) -> Person:
    user = UserFactory(full_name=name, email=email)
    organization = OrganizationFactory(
        side=side, contact_name=name, contact_email=email, contact_phone=phone
    )
    if side == Organization.Side.CN:
        organization.region = None
        organization.save()
    RepresentativeFactory(user=user, organization=organization, title="Export manager")
    participant = mm.participant_add(actor=user, session=session, organization=organization)
    mm.participant_set_availability(
        actor=user, participant=participant, unavailable=[], attendees=[user], attendee_count=2
    )
    consent_record(user=user, documents=["privacy-notice", "cross-border-transfer"], language="en")
    return Person(user, organization, participant, phone, message="", notes="")


@pytest.fixture(params=["Wang Lei", "王磊"], ids=["latin-name", "chinese-name"])
def world(request, staff) -> World:
    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "California–China Business Summit", "zh_hans": "加州—中国商务峰会"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )
    session = mm.session_create(
        actor=staff,
        event=event,
        data=mm.SessionInput(
            title={"en": "Match-making", "zh_hans": "企业对接洽谈"},
            date=dt.date(2016, 5, 11),
            start="14:00",
            end="15:30",
            slot_minutes=15,
            pauses=[],
            tables=4,
            max_requests=5,
        ),
    )
    session = mm.session_set_status(actor=staff, session=session, status=Session.Status.OPEN)
    person = _person(
        session,
        name=request.param,
        email="wang.lei@jiangsu-solar.example.cn",
        phone="+86 138 0013 8000",
        side="CN",
    )
    other = _person(
        session,
        name="Emily Johnson",
        email="emily@sunrise-solar.example.com",
        phone="+1 415 555 0199",
        side="US",
    )
    person.message = f"Call me on {person.phone} — {person.user.full_name}"
    other.message = f"Looking forward to meeting {person.user.full_name} again."
    sent = mm.request_create(
        actor=person.user,
        requester=person.participant,
        recipient=other.participant,
        message=person.message,
    )
    mm.request_create(
        actor=other.user,
        requester=other.participant,
        recipient=person.participant,
        message=other.message,
    )
    sent.refresh_from_db()
    meeting = Meeting.objects.get(session=session)
    person.notes = f"Good talk; {person.user.email} will send the quotation."
    other.notes = f"{person.user.full_name} will visit in June."
    mm.outcome_report(
        actor=person.user,
        meeting=meeting,
        participant=person.participant,
        held=True,
        interest=2,
        next_step="visit",
        notes=person.notes,
    )
    mm.outcome_report(
        actor=other.user,
        meeting=meeting,
        participant=other.participant,
        held=True,
        interest=1,
        next_step="proposal",
        notes=other.notes,
    )
    links = ("matchmaking:session", {"pk": session.pk})
    context = {"en": "Match-making", "zh": "企业对接洽谈"}
    template = "matchmaking/notifications/agenda_published"
    notify(users=[person.user, other.user], template=template, context=context, link=links)
    Notification.objects.create(
        user=other.user,
        kind="test/mention",
        subject=f"{person.user.full_name} accepted your request",
        body=f"Write to {person.user.email}.",
    )
    LogEntry.objects.log_actions(
        user_id=staff.pk, queryset=[person.user], action_flag=CHANGE, change_message="Changed."
    )
    ImportBatch.objects.create(
        filename="contacts.xlsx",
        created_by=staff,
        payload={
            "columns": ["name_en", "contact_name", "contact_email", "contact_phone"],
            "rows": [
                {
                    "row": 2,
                    "values": {
                        "name_en": "Jiangsu Sunrise PV",
                        "contact_name": person.user.full_name,
                        "contact_email": person.user.email,
                        "contact_phone": person.phone,
                    },
                },
                {
                    "row": 3,
                    "values": {
                        "name_en": "Sunrise Solar",
                        "contact_name": other.user.full_name,
                        "contact_email": other.user.email,
                        "contact_phone": other.phone,
                    },
                },
            ],
        },
    )
    DBTaskResult.objects.create(
        status="FAILED",
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="tradebridge.notifications.tasks.send_notification_email",
        backend_name="default",
        queue_name="default",
        run_after=timezone.now(),
        exception_class_path="smtplib.SMTPRecipientsRefused",
        traceback=f"SMTPRecipientsRefused: {{'{person.user.email}': (550, b'mailbox full')}}",
    )
    return World(session=session, person=person, other=other, staff=staff)


def database_strings() -> list[tuple[str, str]]:
    """Every text value of every table, as (table, text): JSON columns decoded too, so that a
    Chinese name SQLite keeps as ``\\u`` escapes is found."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                for cell in row:
                    value = (
                        json.dumps(cell, ensure_ascii=False)
                        if isinstance(cell, (dict, list))
                        else cell
                    )
                    if isinstance(value, str):
                        found.append((table, value))
                        if value[:1] in "[{":
                            try:
                                decoded = json.loads(value)
                            except ValueError:
                                continue
                            found.append((table, json.dumps(decoded, ensure_ascii=False)))
    return found


def tables_mentioning(text: str) -> set[str]:
    needle = text.lower()
    return {table for table, value in database_strings() if needle in value.lower()}


def counts_per_session(session: Session) -> dict[str, int]:
    return {
        "participants": Participant.objects.filter(session=session).count(),
        "requests": MeetingRequest.objects.filter(session=session).count(),
        "meetings": Meeting.objects.filter(session=session).count(),
        "confirmed": Meeting.objects.filter(
            session=session, status=Meeting.Status.CONFIRMED
        ).count(),
        "outcomes": Meeting.objects.filter(session=session, outcomes__isnull=False).count(),
        "attendee_count": sum(
            Participant.objects.filter(session=session).values_list("attendee_count", flat=True)
        ),
    }
