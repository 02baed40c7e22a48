"""The organizer's pages (and the representative's partner list) of a large session: 700
participants and 2,500 requests, built with bulk_create. Each page shows one page of each long
list, makes as many queries as for a small session, weighs a bounded number of bytes, and the
counts beside its filters match an independent count of the rows."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from django.db.models import Q
from django.urls import reverse

from tests.conftest import client_for
from tests.factories import RepresentativeFactory
from tradebridge.directory.models import Organization
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Meeting, MeetingRequest, Participant, Session

from ..test_query_counts import measure

pytestmark = pytest.mark.django_db

LARGE_PARTICIPANTS, LARGE_REQUESTS = 700, 2_500
SMALL_PARTICIPANTS, SMALL_REQUESTS = 40, 120
# A page of the organizer's must stay light on a phone line at any size.
MAX_PAGE_BYTES = 250_000
PER_PAGE = 25


def build(session: Session, participants: int, requests: int, *, seed: int = 1) -> None:
    """Organizations, participants, requests (two in three accepted, with their meetings) in a
    handful of bulk inserts. Half the Chinese side speaks Chinese only: their meetings with the
    English-only US side need an interpreter."""
    rng = random.Random(seed)
    organizations = Organization.objects.bulk_create(
        Organization(
            slug=f"bulk-{session.pk}-{n}",
            name=f"Bulk Trading {n}",
            name_en=f"Bulk Trading {n}",
            name_zh_hans=f"批量贸易{n}号",
            side="CN" if n % 2 else "US",
            search_document=f"bulk trading {n} 批量贸易{n}号",
        )
        for n in range(participants)
    )
    people = Participant.objects.bulk_create(
        Participant(
            session=session,
            organization=o,
            languages=(["zh"] if n % 4 == 1 else ["zh", "en"]) if o.side == "CN" else ["en"],
            status=Participant.Status.CANCELLED if n % 50 == 7 else Participant.Status.REGISTERED,
        )
        for n, o in enumerate(organizations)
    )
    cn = [p for p in people if p.organization.side == "CN"]
    us = [p for p in people if p.organization.side == "US"]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < requests:
        a, b = rng.choice(cn), rng.choice(us)
        pairs.add((a.pk, b.pk) if rng.random() < 0.5 else (b.pk, a.pk))
    rows = []
    for i, (requester, recipient) in enumerate(sorted(pairs)):
        status = MeetingRequest.Status.ACCEPTED if i % 3 else MeetingRequest.Status.PENDING
        rows.append(
            MeetingRequest(
                session=session,
                requester_id=requester,
                recipient_id=recipient,
                status=status,
                message=f"Request {i}",
            )
        )
    MeetingRequest.objects.bulk_create(rows)
    met = {tuple(sorted((r.requester_id, r.recipient_id))) for r in rows if r.status == "accepted"}
    Meeting.objects.bulk_create(
        Meeting(session=session, first_id=a, second_id=b, priority=2) for a, b in sorted(met)
    )


def _pages(session: Session) -> dict[str, str]:
    pk = session.pk
    return {
        "overview": reverse("matchmaking:manage", args=[pk]),
        "demand": reverse("matchmaking:manage-demand", args=[pk]),
        "demand, filtered": reverse("matchmaking:manage-demand", args=[pk])
        + "?q=bulk&side=CN&needs_interpreter=on&sort=-meetings&mq=1&rq=2&mpage=2",
    }


@pytest.fixture
def large(staff, session):
    build(session, LARGE_PARTICIPANTS, LARGE_REQUESTS)
    return session


def test_the_organizer_pages_of_700_participants_show_one_page_in_as_many_queries(
    staff, session, event
):
    small = services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Small"}, date=dt.date(2016, 5, 11), start="14:00", end="15:00"
        ),
    )
    build(small, SMALL_PARTICIPANTS, SMALL_REQUESTS, seed=2)
    build(session, LARGE_PARTICIPANTS, LARGE_REQUESTS)
    client = client_for(staff)
    # A search loads the stored vectors once per process (directory.semantic): load them
    # before counting, so that both sizes are measured alike.
    measure(client, _pages(small)["demand, filtered"])
    before = {name: measure(client, url) for name, url in _pages(small).items()}
    after = {name: measure(client, url) for name, url in _pages(session).items()}
    assert {n: m.queries for n, m in after.items()} == {n: m.queries for n, m in before.items()}
    for name, found in after.items():
        assert found.size <= MAX_PAGE_BYTES, (name, found.size)


def test_the_demand_page_shows_one_page_of_each_list_with_true_counts(staff, large):
    session = large
    page = client_for(staff).get(reverse("matchmaking:manage-demand", args=[session.pk]))
    html = page.content.decode()
    assert html.count('data-testid="participant-row"') == PER_PAGE
    assert html.count('data-testid="meeting-row"') == PER_PAGE
    assert html.count('data-testid="pending-row"') == PER_PAGE
    # The counts beside the filters, against independent counts of the rows.
    participants = Participant.objects.filter(session=session)
    cn = participants.filter(organization__side="CN").count()
    meetings = Meeting.objects.filter(session=session, status="confirmed")
    met = set(meetings.values_list("first_id", flat=True)) | set(
        meetings.values_list("second_id", flat=True)
    )
    no_meeting = participants.exclude(pk__in=met).count()
    zh_only = participants.filter(organization__side="CN", languages=["zh"])
    interpreted = meetings.filter(Q(first__in=zh_only) | Q(second__in=zh_only))
    needing = set(interpreted.values_list("first_id", flat=True)) | set(
        interpreted.values_list("second_id", flat=True)
    )
    pending = MeetingRequest.objects.filter(session=session, status="pending").count()
    assert (
        f"{LARGE_PARTICIPANTS} participants shown of {LARGE_PARTICIPANTS} "
        f"({cn} CN, {LARGE_PARTICIPANTS - cn} US)"
    ) in html
    assert f'data-testid="facet-no-meeting">({no_meeting})' in html
    assert f'data-testid="facet-needs-interpreter">({len(needing)})' in html
    assert f"{meetings.count()} shown of {meetings.count()}" in html
    assert f"{pending} shown of {pending}" in html
    assert "requests sent / requests received / meetings" in html  # the triples' legend


def test_filters_find_a_participant_by_either_name_and_count_what_they_keep(staff, large):
    session = large
    url = reverse("matchmaking:manage", args=[session.pk])
    client = client_for(staff)
    for query in ("Bulk Trading 123", "批量贸易123号"):
        html = client.get(url, {"q": query}).content.decode()
        assert html.count('data-testid="participant-row"') == 1
        assert "1 participant shown of 700" in html
    html = client.get(url, {"side": "CN", "status": "cancelled"}).content.decode()
    expected = Participant.objects.filter(
        session=session, organization__side="CN", status="cancelled"
    ).count()
    assert f"{expected} participants shown of 700" in html
    # Sorted by meetings, the first row is one of those with the most.
    html = client.get(url, {"sort": "-meetings"}).content.decode()
    counts = Counter()
    for first, second in Meeting.objects.filter(session=session).values_list("first", "second"):
        counts[first] += 1
        counts[second] += 1
    most = max(counts.values())
    leaders = Participant.objects.filter(pk__in=[p for p, n in counts.items() if n == most])
    first_row = html[html.index('data-testid="participant-row"') :][:600]
    assert any(p.organization.name_en in first_row for p in leaders.select_related("organization"))


def test_the_partner_list_of_a_representative_in_a_large_session_is_paged(staff, large):
    session = large
    me = Participant.objects.filter(session=session, organization__side="CN").first()
    user = RepresentativeFactory(organization=me.organization).user
    html = client_for(user).get(reverse("matchmaking:partners", args=[session.pk])).content.decode()
    assert html.count('data-testid="participant"') == 20
    others = (
        Participant.objects.filter(session=session).exclude(pk=me.pk).exclude(status="cancelled")
    )
    assert f"{others.count()} participants" in html
    assert len(html.encode()) <= MAX_PAGE_BYTES


def test_a_run_of_a_large_session_lists_one_page_of_meetings_not_placed(staff, large):
    from tradebridge.matchmaking.models import ScheduleRun

    session = large
    meetings = list(Meeting.objects.filter(session=session).values_list("pk", flat=True))
    run = ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.DONE,
        result={
            "status": "feasible",
            "placed": 0,
            "priority": 0,
            "bound_priority": 10,
            "unscheduled": [{"meeting": pk, "reason": "lower_priority"} for pk in meetings],
        },
    )
    url = reverse("matchmaking:manage-run", args=[run.pk])
    found = measure(client_for(staff), url)
    html = client_for(staff).get(url, {"upage": "2"}).content.decode()
    assert f'data-testid="unplaced-count">{len(meetings)}<' in html
    rows = html[
        html.index('data-testid="unplaced-list"') : html.index(
            "</table>", html.index('data-testid="unplaced-list"')
        )
    ]
    assert rows.count("<tr>") == 1 + PER_PAGE  # the head and one page
    assert f"Page 2 of {-(-len(meetings) // PER_PAGE)}" in html
    assert found.size <= MAX_PAGE_BYTES


def test_the_meeting_list_filtered_to_those_needing_an_interpreter_counts_them(staff, large):
    session = large
    html = (
        client_for(staff)
        .get(reverse("matchmaking:manage-demand", args=[session.pk]), {"mi": "1"})
        .content.decode()
    )
    zh_only = Participant.objects.filter(session=session, languages=["zh"])
    meetings = Meeting.objects.filter(session=session, status="confirmed")
    interpreted = meetings.filter(Q(first__in=zh_only) | Q(second__in=zh_only)).count()
    assert 0 < interpreted < meetings.count()
    assert f"{interpreted} shown of {meetings.count()}" in html
    assert html.count('data-testid="meeting-row"') == min(PER_PAGE, interpreted)


def test_too_few_requests_lists_twelve_and_filters_to_all_of_them(staff, large):
    session = large
    requests = Counter()
    for requester, recipient in MeetingRequest.objects.filter(session=session).values_list(
        "requester", "recipient"
    ):
        requests[requester] += 1
        requests[recipient] += 1
    meetings = Counter()
    for first, second in Meeting.objects.filter(session=session).values_list("first", "second"):
        meetings[first] += 1
        meetings[second] += 1
    few = [
        p
        for p in Participant.objects.filter(session=session).exclude(status="cancelled")
        if requests[p.pk] < 3 and meetings[p.pk] < 3
    ]
    assert len(few) > 12
    url = reverse("matchmaking:manage-demand", args=[session.pk])
    client = client_for(staff)
    html = client.get(url).content.decode()
    assert f'data-testid="facet-too-few">({len(few)})' in html
    assert f"and {len(few) - 12} more: see them all in the list below." in html
    listed = client.get(url, {"too_few": "on"}).content.decode()
    assert f"{len(few)} participants shown of {LARGE_PARTICIPANTS}" in listed
