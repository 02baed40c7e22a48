"""The follow-up survey: some time after an event (``POOL_SURVEY_DELAY_DAYS``, default 14), each
participant's people receive, in their language, one message listing their meetings of the
event with one link per answer (b2match's ratings: no cooperation, cooperation possible,
negotiation started, agreement reached). A link is signed (``django.core.signing``) with the
meeting, the organization and the person, so answering needs no sign-in and a link cannot be
altered to answer for someone else. The link opens a page with the answer and one button: a
mail scanner that follows every link of a message (as some do) answers nothing.

An event's survey is a :class:`SurveyDispatch`, scheduled by staff from the pipeline board;
a task runs at the due time and claims the dispatch by a conditional update, so it is sent
once even if the task runs twice or the sweep (``surveys_due``, registered with the
background recovery) finds it overdue."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from tradebridge.accounts.models import User
from tradebridge.matchmaking.models import Meeting, Participant
from tradebridge.notifications.services import notify

from .models import SurveyAnswer, SurveyDispatch

SALT = "tradebridge.pool.survey"
# A link stays valid a year: the six-month follow-up is answered from the same message.
MAX_AGE = 366 * 24 * 3600


def survey_delay() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "POOL_SURVEY_DELAY_DAYS", 14))


def survey_token(*, meeting_id: int, organization_id: int, user_id: int) -> str:
    return signing.dumps({"m": meeting_id, "o": organization_id, "u": user_id}, salt=SALT)


def survey_read(token: str) -> dict[str, int] | None:
    """The meeting, organization and user a token was made for; ``None`` if it was altered or
    is too old."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), int) for k in "mou"):
        return None
    return {"meeting": data["m"], "organization": data["o"], "user": data["u"]}


def _links(token: str, language: str) -> list[tuple[str, str]]:
    with translation.override(language):
        return [
            (
                str(label),
                settings.SITE_URL.rstrip("/")
                + reverse("pool:survey", kwargs={"token": token, "answer": value}),
            )
            for value, label in SurveyAnswer.Answer.choices
        ]


def survey_send(dispatch_id: int) -> int:
    """Send one event's survey if it is due and not yet sent; returns the people told."""
    now = timezone.now()
    with transaction.atomic():
        claimed = SurveyDispatch.objects.filter(
            pk=dispatch_id, status=SurveyDispatch.Status.SCHEDULED, due_at__lte=now
        ).update(status=SurveyDispatch.Status.SENDING)
        if not claimed:
            return 0
        dispatch = SurveyDispatch.objects.select_related("event").get(pk=dispatch_id)
        meetings = list(
            Meeting.objects.filter(session__event=dispatch.event, status=Meeting.Status.CONFIRMED)
            .select_related("first__organization", "second__organization", "session")
            .order_by("pk")
        )
        by_user: dict[int, list[tuple[Meeting, Participant, Participant]]] = defaultdict(list)
        users: dict[int, User] = {}
        organizations = {p.organization_id for m in meetings for p in (m.first, m.second)}
        people = User.objects.filter(
            representations__organization_id__in=organizations, is_active=True
        ).values_list("pk", "representations__organization_id")
        members: dict[int, list[int]] = defaultdict(list)
        for user_id, organization_id in people:
            members[organization_id].append(user_id)
        for user in User.objects.filter(pk__in={u for u, _ in people}):
            users[user.pk] = user
        for meeting in meetings:
            for own, other in ((meeting.first, meeting.second), (meeting.second, meeting.first)):
                for user_id in members[own.organization_id]:
                    by_user[user_id].append((meeting, own, other))
        for user_id, items in by_user.items():
            user = users[user_id]
            language = user.language or settings.LANGUAGE_CODE
            context: dict[str, Any] = {
                "event": dispatch.event,
                "meetings": [
                    {
                        "partner": other.organization,
                        "session": meeting.session,
                        "links": _links(
                            survey_token(
                                meeting_id=meeting.pk,
                                organization_id=own.organization_id,
                                user_id=user_id,
                            ),
                            language,
                        ),
                    }
                    for meeting, own, other in items
                ],
            }
            notify(
                users=[user],
                template="pool/notifications/survey",
                context=context,
                about=dispatch.event,
            )
        SurveyDispatch.objects.filter(pk=dispatch_id).update(
            status=SurveyDispatch.Status.SENT, sent_at=now, recipients=len(by_user)
        )
    return len(by_user)


def surveys_due(*, now: dt.datetime | None = None) -> int:
    """Send every survey that is due and still scheduled (a lost task's work); the sweep of
    ``background.services.tasks_recover``."""
    now = now or timezone.now()
    due = SurveyDispatch.objects.filter(
        status=SurveyDispatch.Status.SCHEDULED, due_at__lte=now
    ).values_list("pk", flat=True)
    return sum(1 for pk in list(due) if survey_send(pk))
