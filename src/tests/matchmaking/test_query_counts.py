"""Guards: the match-making pages and endpoints make as many queries, and a representative's
pages weigh as many bytes, whether the session holds a handful of meetings or ten times more.
An organizer's page lists every meeting, so its bytes may grow, but only by a bounded amount per
meeting (a page that repeats the participant list in every row would not pass)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.conftest import client_for
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import (
    Meeting,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Table,
)

from .conftest import make_participant

pytestmark = pytest.mark.django_db

SMALL, LARGE = 6, 60  # meetings in the session
# What one more meeting may add to an organizer's page that lists every meeting.
BYTES_PER_MEETING = 3_000


@dataclass(frozen=True)
class Measure:
    queries: int
    size: int


def measure(client, url: str) -> Measure:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    content = b"".join(response) if response.streaming else response.content
    return Measure(len(queries), len(content))


def _fake_run(session: Session, *, shift: int = 0) -> ScheduleRun:
    """A finished run placing every confirmed meeting (slot by slot, then table by table;
    ``shift`` moves each to a later slot), written directly: the solver's time is not what this
    file guards."""
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    slots = list(session.slots.order_by("index"))
    tables = list(Table.objects.filter(session=session).order_by("number"))
    meetings = list(Meeting.objects.filter(session=session).order_by("pk"))
    Placement.objects.bulk_create(
        Placement(
            run=run,
            meeting=m,
            slot=slots[(i + shift) % len(slots)],
            table=tables[i // len(slots)],
        )
        for i, m in enumerate(meetings)
    )
    run.result = {"status": "feasible", "placed": len(meetings), "breaks": 0, "unscheduled": []}
    run.save(update_fields=["result"])
    return run


@dataclass
class World:
    session: Session
    me: Participant
    me_user: object
    published: ScheduleRun
    draft: ScheduleRun


def _grow(staff, session: Session, total: int) -> None:
    """Meetings between new participants until the session holds ``total``, with a request
    for each (one pending, the others accepted) so the demand page has them too."""
    while Meeting.objects.filter(session=session).count() < total:
        (a, a_user), (b, _) = (
            make_participant(session, side="CN"),
            make_participant(session, side="US"),
        )
        request = services.request_create(actor=a_user, requester=a, recipient=b)
        services.request_answer(actor=staff, request=request, accept=True)
        c, _ = make_participant(session, side="US")
        services.request_create(actor=a_user, requester=a, recipient=c)  # stays pending
        services.meeting_add(actor=staff, session=session, first=a, second=c)


def _publish_and_draft(staff, session: Session) -> tuple[ScheduleRun, ScheduleRun]:
    published = _fake_run(session)
    scheduling.run_publish(actor=staff, run=published)
    # Every meeting moves in the draft, so the comparison lists them all.
    return published, _fake_run(session, shift=1)


@pytest.fixture
def world(staff, session, cn, us) -> World:
    """``me`` (a Chinese participant) with two meetings, one request waiting for its answer and
    one it sent; everything else in the session grows around it."""
    Table.objects.bulk_create(Table(session=session, number=n) for n in range(5, 21))
    (me, me_user), (partner, partner_user) = cn, us
    services.request_create(actor=me_user, requester=me, recipient=partner, priority=3)
    services.request_answer(actor=partner_user, request=me.sent.get(), accept=True)
    other, _ = make_participant(session, side="US", name="Bay Grid")
    services.meeting_add(actor=staff, session=session, first=me, second=other)
    waiting, waiting_user = make_participant(session, side="US", name="Mojave Storage")
    services.request_create(actor=waiting_user, requester=waiting, recipient=me)
    sent_to, _ = make_participant(session, side="US", name="Phoenix Farms")
    services.request_create(actor=me_user, requester=me, recipient=sent_to)
    _grow(staff, session, SMALL)
    published, draft = _publish_and_draft(staff, session)
    return World(session, me, me_user, published, draft)


def _grow_world(staff, world: World) -> None:
    _grow(staff, world.session, LARGE)
    world.published, world.draft = _publish_and_draft(staff, world.session)
    assert Meeting.objects.filter(session=world.session).count() >= LARGE


def _organizer_urls(world: World) -> dict[str, str]:
    return {
        "demand": reverse("matchmaking:manage-demand", args=[world.session.pk]),
        "run result": reverse("matchmaking:manage-run", args=[world.draft.pk]),
        "compare": reverse("matchmaking:manage-run-compare", args=[world.draft.pk]),
    }


def _representative_urls(world: World) -> dict[str, str]:
    pk = world.session.pk
    return {
        "agenda": reverse("matchmaking:agenda", args=[pk]),
        "requests": reverse("matchmaking:requests", args=[pk]),
        "agenda.ics": reverse("matchmaking:agenda_ics", args=[pk]),
        "API agenda": f"/api/v1/matchmaking/agenda?session={pk}",
    }


def _public_urls(world: World) -> dict[str, str]:
    return {
        "API events": "/api/v1/matchmaking/events",
        "API sessions": "/api/v1/matchmaking/sessions",
        "API session": f"/api/v1/matchmaking/sessions/{world.session.pk}",
    }


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_organizer_pages_make_as_many_queries_with_ten_times_the_meetings(
    staff, staff_client, world, language
):
    with translation.override(language):
        before = {n: measure(staff_client, url) for n, url in _organizer_urls(world).items()}
    meetings = Meeting.objects.filter(session=world.session).count()
    _grow_world(staff, world)
    added = Meeting.objects.filter(session=world.session).count() - meetings
    with translation.override(language):
        after = {n: measure(staff_client, url) for n, url in _organizer_urls(world).items()}
    for name, first in before.items():
        assert after[name].queries == first.queries, name
        assert after[name].size - first.size <= BYTES_PER_MEETING * added, name


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_representative_pages_stay_the_same_size_as_the_session_grows(staff, world, language):
    client = client_for(world.me_user)
    with translation.override(language):
        before = {n: measure(client, url) for n, url in _representative_urls(world).items()}
    _grow_world(staff, world)
    with translation.override(language):
        after = {n: measure(client, url) for n, url in _representative_urls(world).items()}
    for name, first in before.items():
        assert after[name].queries == first.queries, name
        # Identifiers in links and a DTSTAMP may gain a digit; the content does not grow.
        assert abs(after[name].size - first.size) <= 200, name


def test_public_endpoints_make_as_many_queries_as_the_session_grows(client, staff, world):
    before = {name: measure(client, url) for name, url in _public_urls(world).items()}
    _grow_world(staff, world)
    after = {name: measure(client, url) for name, url in _public_urls(world).items()}
    assert {n: m.queries for n, m in after.items()} == {n: m.queries for n, m in before.items()}
    assert {n: m.size for n, m in after.items()} == {n: m.size for n, m in before.items()}


def test_the_representative_sees_its_own_meetings_only(world):
    body = client_for(world.me_user).get("/api/v1/matchmaking/agenda").json()
    assert body["count"] == 2
