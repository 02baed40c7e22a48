"""The demo summit: an event in Los Angeles whose match-making session is requested, scheduled
and published, so that a demo representative sees the whole flow."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Q
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tradebridge.demo import events
from tradebridge.demo.events import EVENT_SLUG, requests_data
from tradebridge.demo.services import (
    DEMO_PASSWORD,
    STAFF_EMAIL,
    demo_load,
    organization_records,
)
from tradebridge.events.models import Event
from tradebridge.matchmaking.models import (
    Interpreter,
    Meeting,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
    Session,
)
from tradebridge.matchmaking.selectors.participant import published_meetings_of

# One load for the whole module, rolled back at its end (as in test_demo.py).
pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]

CN_REP = "rep.jiangsu-solar@tradebridge.example"
US_REP = "rep.sunrise-solar@tradebridge.example"


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        summary = demo_load()
        yield summary
        transaction.set_rollback(True)


@pytest.fixture
def session() -> Session:
    return Session.objects.select_related("event").get(event__slug=EVENT_SLUG)


def published_clashes(session: Session) -> list[str]:
    """Double bookings in the session's published schedule: a table used twice in a slot, a
    participant in more meetings at once than it has people, an interpreter in two places.
    Empty when the schedule is sound."""
    run_id = session.published_run_id
    placements = list(
        Placement.objects.filter(run_id=run_id).select_related("meeting__first", "meeting__second")
    )
    problems: list[str] = []
    seen: dict[tuple[str, int, int], int] = {}
    for p in placements:
        keys = [("table", p.slot_id, p.table_id)]
        keys += [("participant", p.slot_id, m) for m in (p.meeting.first_id, p.meeting.second_id)]
        if p.interpreter_id:
            keys.append(("interpreter", p.slot_id, p.interpreter_id))
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    capacity = dict(Participant.objects.filter(session=session).values_list("pk", "attendee_count"))
    for (kind, slot, who), count in seen.items():
        limit = capacity.get(who, 1) if kind == "participant" else 1
        if count > limit:
            problems.append(f"{kind} {who} in slot {slot}: {count} meetings")
    unavailable = set(
        Participant.unavailable.through.objects.filter(participant__session=session).values_list(
            "participant_id", "slot_id"
        )
    )
    for p in placements:
        for who in (p.meeting.first_id, p.meeting.second_id):
            if (who, p.slot_id) in unavailable:
                problems.append(f"participant {who} placed in a slot it is not available")
    return problems


def _requests_snapshot() -> list[tuple]:
    return sorted(
        MeetingRequest.objects.values_list(
            "requester__organization__slug", "recipient__organization__slug", "status", "priority"
        )
    )


def _meetings_snapshot() -> list[tuple]:
    return sorted(
        Meeting.objects.values_list(
            "first__organization__slug", "second__organization__slug", "mutual", "priority"
        )
    )


def test_demo_summary_names_the_summit(demo):
    meetings = Meeting.objects.count()
    placed = Placement.objects.count()
    enterprises = sum(1 for r in organization_records() if r["kind"] == "enterprise")
    # Later parts of the demo (delegations...) add their own counts after the summit's.
    assert (
        f"1 event, {enterprises} participants, {len(requests_data())} meeting requests, "
        f"{meetings} meetings, {placed} scheduled"
    ) in demo


def test_event_is_bilingual_in_los_angeles(session):
    event = session.event
    assert (event.title_en, event.title_zh_hans) == (
        "California–China Business Summit 2016",
        "2016加州—中国经贸合作峰会",
    )
    assert "Los Angeles" in event.venue_en and "洛杉矶" in event.venue_zh_hans
    assert event.time_zone == "America/Los_Angeles"
    assert str(event.starts_on) == "2016-05-11"


def test_session_is_a_three_hour_afternoon_with_a_pause(session):
    zone = session.event.zone
    slots = list(session.slots.order_by("index"))
    assert session.starts_at.astimezone(zone).strftime("%H:%M") == "14:00"
    assert session.ends_at.astimezone(zone).strftime("%H:%M") == "17:00"
    assert len(slots) == 11
    assert {s.segment for s in slots} == {0, 1}
    assert session.tables.count() == 55
    assert session.title_zh_hans == "下午企业对接洽谈会"


def test_eight_interpreters_some_for_part_of_the_afternoon(session):
    interpreters = list(Interpreter.objects.filter(session=session).prefetch_related("slots"))
    assert len(interpreters) == 8
    assert all(sorted(i.languages) == ["en", "zh"] for i in interpreters)
    assert sorted(len(i.slots.all()) for i in interpreters) == [0, 0, 0, 0, 0, 5, 6, 6]


def test_every_demo_enterprise_takes_part_with_its_languages(session):
    participants = Participant.objects.filter(session=session).select_related("organization")
    enterprises = [r for r in organization_records() if r["kind"] == "enterprise"]
    assert participants.count() == len(enterprises)
    languages = {p.organization.slug: p.languages for p in participants}
    us = [languages[r["slug"]] for r in enterprises if r["side"] == "US"]
    cn = [languages[r["slug"]] for r in enterprises if r["side"] == "CN"]
    assert all(langs == ["en"] for langs in us)
    assert cn.count(["zh"]) > len(cn) / 2
    assert ["zh", "en"] in cn


def test_demo_representatives_attend_for_their_company(session):
    jiangsu = Participant.objects.get(session=session, organization__slug="jiangsu-solar")
    emails = sorted(jiangsu.attendees.values_list("email", flat=True))
    assert emails == [CN_REP, "rep2.jiangsu-solar@tradebridge.example"]
    assert jiangsu.attendee_count == 2


def test_requests_are_mostly_accepted_some_pending_declined_or_mutual(session):
    statuses = dict(
        MeetingRequest.objects.filter(session=session).values_list("status").annotate(n=Count("pk"))
    )
    total = sum(statuses.values())
    assert total == len(requests_data())
    assert statuses["accepted"] > total / 2
    assert statuses["pending"] > 0 and statuses["declined"] > 0
    mutual = Meeting.objects.filter(session=session, mutual=True)
    assert mutual.filter(
        first__organization__slug__in=["jiangsu-solar", "sunrise-solar"],
        second__organization__slug__in=["jiangsu-solar", "sunrise-solar"],
    ).exists()
    assert mutual.count() > 10


def test_the_documented_pairs_meet(session):
    for a, b in [
        ("jiangsu-solar", "sunrise-solar"),
        ("shenzhen-kuajingtong", "golden-poppy-skincare"),
        ("zhangjiang-bio", "bayshore-therapeutics"),
        ("baotou-rare-earth", "detroit-ev-components"),
        ("shanghai-chunjing-wine", "napa-hills-winery"),
        ("shenzhen-lvtu-ebus", "pacific-coast-fleet"),
    ]:
        pair = Q(first__organization__slug=a, second__organization__slug=b) | Q(
            first__organization__slug=b, second__organization__slug=a
        )
        assert Meeting.objects.filter(pair, session=session, status="confirmed").exists(), (a, b)


def test_schedule_is_published_without_clash(session):
    run = session.published_run
    assert run is not None and run.status == ScheduleRun.Status.DONE
    assert session.status == Session.Status.PUBLISHED
    assert run.published_at is not None
    assert published_clashes(session) == []
    placed = Placement.objects.filter(run=run).count()
    assert placed == run.result["placed"]
    assert placed > Meeting.objects.filter(session=session).count() / 2
    assert Placement.objects.filter(run=run, interpreter__isnull=False).exists()


def test_both_named_representatives_have_published_meetings_and_something_to_answer(session):
    for email, slug in [(CN_REP, "jiangsu-solar"), (US_REP, "sunrise-solar")]:
        participant = Participant.objects.get(session=session, organization__slug=slug)
        assert Meeting.objects.filter(Q(first=participant) | Q(second=participant)).count() >= 4
        assert len(published_meetings_of(participant)) >= 2, slug
        assert MeetingRequest.objects.filter(recipient=participant, status="pending").exists()
        assert Client().login(email=email, password=DEMO_PASSWORD)


@pytest.mark.parametrize(
    ("email", "language", "partner"),
    [(CN_REP, "zh-hans", "日升太阳能分销公司"), (US_REP, "en", "Jiangsu Suguang Solar")],
)
def test_demo_representatives_see_their_agenda(session, email, language, partner):
    client = Client()
    assert client.login(email=email, password=DEMO_PASSWORD)
    with translation.override(language):
        page = client.get(reverse("matchmaking:agenda", args=[session.pk]))
    assert page.status_code == 200
    assert partner in page.content.decode()


def test_demo_staff_see_the_published_run(session):
    client = Client()
    assert client.login(email=STAFF_EMAIL, password=DEMO_PASSWORD)
    run = reverse("matchmaking:manage-run", args=[session.published_run_id])
    assert client.get(run).status_code == 200
    assert client.get(reverse("matchmaking:manage-demand", args=[session.pk])).status_code == 200


def test_publishing_notified_the_demo_representatives(session):
    notified = set(
        session.event.sessions.get()
        .participants.filter(attendees__notifications__isnull=False)
        .values_list("organization__slug", flat=True)
    )
    assert {"jiangsu-solar", "sunrise-solar"} <= notified


def test_napa_hills_leaves_early(session):
    napa = Participant.objects.get(session=session, organization__slug="napa-hills-winery")
    assert sorted(s.index for s in napa.unavailable.all()) == [10, 11]
    assert all(p.slot.index < 10 for p in published_meetings_of(napa))


def test_loading_again_adds_no_event(session):
    before = (_requests_snapshot(), _meetings_snapshot(), ScheduleRun.objects.count())
    assert "0 events" in demo_load()
    assert Event.objects.filter(slug=EVENT_SLUG).count() == 1
    assert (_requests_snapshot(), _meetings_snapshot(), ScheduleRun.objects.count()) == before


def test_demo_command_with_once_does_nothing_more(session):
    before = (Event.objects.count(), MeetingRequest.objects.count(), Placement.objects.count())
    out = io.StringIO()
    call_command("demo", "--once", stdout=out)
    assert out.getvalue() == "Demo data already loaded.\n"
    assert (Event.objects.count(), MeetingRequest.objects.count(), Placement.objects.count()) == (
        before
    )


def test_requests_and_meetings_are_what_the_data_file_says(session):
    rows = requests_data()
    both = {(r["from"], r["to"]) for r in rows} & {(r["to"], r["from"]) for r in rows}
    expected_requests = sorted(
        (
            r["from"],
            r["to"],
            "accepted" if (r["from"], r["to"]) in both else r["answer"],
            r["priority"],
        )
        for r in rows
    )
    assert _requests_snapshot() == expected_requests
    accepted = {frozenset((r["from"], r["to"])) for r in rows if (r["from"], r["to"]) in both} | {
        frozenset((r["from"], r["to"])) for r in rows if r["answer"] == "accepted"
    }
    meetings = {frozenset(m[:2]) for m in _meetings_snapshot()}
    assert meetings == accepted
    assert {frozenset(m[:2]) for m in _meetings_snapshot() if m[2]} == {
        frozenset(pair) for pair in both
    }


def test_requests_file_names_only_demo_enterprises_and_stays_under_the_cap():
    enterprises = {r["slug"] for r in organization_records() if r["kind"] == "enterprise"}
    sent: dict[str, int] = {}
    for row in requests_data():
        assert {row["from"], row["to"]} <= enterprises
        assert row["answer"] in ("accepted", "pending", "declined")
        sent[row["from"]] = sent.get(row["from"], 0) + 1
    assert max(sent.values()) <= events.SESSION.max_requests
