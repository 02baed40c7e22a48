"""The secretariat's match-making pages through the test client: staff only, the session's
overview, demand, scheduler runs (progress partial, result, a second run refused), comparing and
publishing, the printed table plan, and the day's changes re-scheduled and notified to those
affected only."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from tests.conftest import client_for
from tests.factories import OrganizationFactory
from tradebridge.directory.models import Organization
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import (
    Interpreter,
    Meeting,
    Participant,
    Placement,
    ScheduleRun,
    Session,
    Table,
)
from tradebridge.notifications.models import Notification

from ..conftest import make_participant
from .conftest import start_run

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


def h1_count(response) -> int:
    return len(re.findall(r"<h1[ >]", text(response)))


# --- permissions ---------------------------------------------------------------------------


def _urls(
    session: Session,
    run: ScheduleRun,
    table: Table,
    participant: Participant,
    meeting: Meeting,
    interpreter: Interpreter,
):
    pk = session.pk
    return {
        "get": [
            reverse("matchmaking:manage", args=[pk]),
            reverse("matchmaking:manage-demand", args=[pk]),
            reverse("matchmaking:manage-invite", args=[pk]) + "?q=solar",
            reverse("matchmaking:manage-run", args=[run.pk]),
            reverse("matchmaking:manage-run-progress", args=[run.pk]),
            reverse("matchmaking:manage-run-compare", args=[run.pk]),
            reverse("matchmaking:manage-table-plan", args=[pk]),
        ],
        "post": [
            reverse("matchmaking:manage-status", args=[pk]),
            reverse("matchmaking:manage-interpreter", args=[pk]),
            reverse("matchmaking:manage-interpreter-active", args=[pk, interpreter.pk]),
            reverse("matchmaking:manage-table", args=[pk, table.pk]),
            reverse("matchmaking:manage-invite", args=[pk]),
            reverse("matchmaking:manage-participant-cancel", args=[pk, participant.pk]),
            reverse("matchmaking:manage-walk-in", args=[pk]),
            reverse("matchmaking:manage-meeting-add", args=[pk]),
            reverse("matchmaking:manage-meeting-cancel", args=[pk, meeting.pk]),
            reverse("matchmaking:manage-request-decline", args=[pk, 1]),
            reverse("matchmaking:manage-run-start", args=[pk]),
            reverse("matchmaking:manage-run-cancel", args=[run.pk]),
            reverse("matchmaking:manage-run-publish", args=[run.pk]),
        ],
    }


def test_only_staff_reach_the_organizer_pages(client, staff, staff_client, session, booked):
    cns, _uss = booked
    representative = next(iter(cns[0].organization.representatives.all())).user
    rep_client = client_for(representative)
    run = start_run(staff_client, session)
    meeting = Meeting.objects.filter(session=session).first()
    interpreter = services.interpreter_add(actor=staff, session=session, name="Li")
    urls = _urls(session, run, session.tables.first(), cns[0], meeting, interpreter)
    for url in urls["get"]:
        assert client.get(url).status_code == 302, url
        assert rep_client.get(url).status_code == 403, url
    for url in urls["post"]:
        assert client.post(url).status_code == 302, url
        assert rep_client.post(url, {"time_limit": "5", "active": "0"}).status_code == 403, url
    # Nothing changed: no cancelled participant, no broken table, nothing published.
    assert not Participant.objects.filter(status=Participant.Status.CANCELLED).exists()
    assert not Table.objects.filter(is_active=False).exists()
    assert not Interpreter.objects.filter(is_active=False).exists()
    session.refresh_from_db()
    assert session.published_run is None


# --- the session's overview ----------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_overview_shows_participants_tables_and_the_run_form(staff_client, session, booked, lang):
    response = staff_client.get(f"/{lang}/matchmaking/manage/sessions/{session.pk}/")
    html = text(response)
    assert response.status_code == 200 and h1_count(response) == 1
    field = "name_zh_hans" if lang == "zh-hans" else "name_en"
    for participant in (*booked[0], *booked[1]):
        assert getattr(participant.organization, field) in html
    assert 'name="time_limit"' in html and 'data-testid="run-start"' in html
    assert ("运行排程" if lang == "zh-hans" else "Run the scheduler") in html


def test_staff_close_requests_add_an_interpreter_and_mark_a_table_broken(
    staff_client, session, booked
):
    pk = session.pk
    staff_client.post(reverse("matchmaking:manage-status", args=[pk]), {"status": "closed"})
    session.refresh_from_db()
    assert session.status == Session.Status.CLOSED
    slot = session.slots.first()
    response = staff_client.post(
        reverse("matchmaking:manage-interpreter", args=[pk]),
        {"name": "Li Wei", "languages": ["zh", "en"], "slots": [slot.pk]},
    )
    assert response.status_code == 302
    interpreter = Interpreter.objects.get(session=session)
    assert (interpreter.name, interpreter.languages) == ("Li Wei", ["zh", "en"])
    assert list(interpreter.slots.all()) == [slot]
    # A single language is refused by the form before reaching the service.
    staff_client.post(
        reverse("matchmaking:manage-interpreter", args=[pk]), {"name": "X", "languages": ["en"]}
    )
    assert Interpreter.objects.count() == 1
    table = session.tables.get(number=2)
    url = reverse("matchmaking:manage-table", args=[pk, table.pk])
    staff_client.post(url, {"active": "0"})
    table.refresh_from_db()
    assert table.is_active is False
    html = text(staff_client.get(reverse("matchmaking:manage", args=[pk])))
    assert "Li Wei" in html and "out of use" in html
    staff_client.post(url, {"active": "1"})
    table.refresh_from_db()
    assert table.is_active is True
    away = reverse("matchmaking:manage-interpreter-active", args=[pk, interpreter.pk])
    staff_client.post(away, {"active": "0"})
    interpreter.refresh_from_db()
    assert interpreter.is_active is False
    assert "away" in text(staff_client.get(reverse("matchmaking:manage", args=[pk])))


def test_invite_searches_the_directory_and_invites_the_ticked(staff_client, session, cn):
    outsider = OrganizationFactory(name_en="Sierra Lithium Recycling", name="Sierra Lithium")
    url = reverse("matchmaking:manage-invite", args=[session.pk])
    partial = staff_client.get(url, {"q": "Sierra"}, HTTP_HX_REQUEST="true")
    assert partial.status_code == 200 and "<html" not in text(partial)
    assert "Sierra Lithium Recycling" in text(partial)
    # Organizations already in the session are not offered again.
    taken = staff_client.get(url, {"q": "Jiangsu"}, HTTP_HX_REQUEST="true")
    assert "Jiangsu Sunrise PV" not in text(taken)
    # Without JavaScript the search is a page of its own.
    page = staff_client.get(url, {"q": "Sierra"})
    assert h1_count(page) == 1 and "Sierra Lithium Recycling" in text(page)
    response = staff_client.post(url, {"organization": [str(outsider.pk)]})
    assert response.status_code == 302
    participant = Participant.objects.get(session=session, organization=outsider)
    assert participant.status == Participant.Status.INVITED


# --- demand ---------------------------------------------------------------------------------


def test_demand_counts_requests_and_flags_interpreters_and_thin_agendas(
    staff, staff_client, session, cn, us
):
    chinese, chinese_user = cn
    american, american_user = us
    services.participant_set_availability(
        actor=chinese_user, participant=chinese, unavailable=[], languages=["zh"]
    )
    services.participant_set_availability(
        actor=american_user, participant=american, unavailable=[], languages=["en"]
    )
    quiet = make_participant(session, side="US", name="Quiet Valley Farms")[0]
    request = services.request_create(actor=chinese_user, requester=chinese, recipient=american)
    services.request_answer(actor=american_user, request=request, accept=True)
    services.request_create(actor=chinese_user, requester=chinese, recipient=quiet)
    response = staff_client.get(reverse("matchmaking:manage-demand", args=[session.pk]))
    assert response.status_code == 200 and h1_count(response) == 1
    demand = response.context["demand"]
    rows = {p.organization.name_en: p for p in demand.participants}
    sunrise = rows["Jiangsu Sunrise PV"]
    assert (sunrise.sent_count, sunrise.received_count, sunrise.meeting_count) == (2, 0, 1)
    golden = rows["Golden State Solar"]
    assert (golden.sent_count, golden.received_count, golden.accepted_count) == (0, 1, 1)
    assert [m.pk for m in demand.interpreted] == [Meeting.objects.get().pk]
    assert demand.stats["interpreter_slots"] == 0
    assert {p.organization.name_en for p in demand.too_few} == {
        "Jiangsu Sunrise PV",
        "Golden State Solar",
        "Quiet Valley Farms",
    }
    assert demand.stats["pending"] == 1
    # Two interpreters: one all afternoon (5 slots), one for two slots.
    services.interpreter_add(actor=staff, session=session, name="Li Wei")
    services.interpreter_add(
        actor=staff, session=session, name="Wang Fang", slots=list(session.slots.all()[:2])
    )
    again = staff_client.get(reverse("matchmaking:manage-demand", args=[session.pk]))
    assert again.context["demand"].stats["interpreter_slots"] == 7


def test_over_requested_company(staff, staff_client, session, us):
    star = us[0]
    # Five slots, one attendee: six organizations asking for it is more than it can meet.
    for n in range(6):
        asker, user = make_participant(session, side="CN", name=f"Asker {n}")
        services.request_create(actor=user, requester=asker, recipient=star)
    demand = staff_client.get(reverse("matchmaking:manage-demand", args=[session.pk])).context[
        "demand"
    ]
    assert [p.pk for p in demand.over_requested] == [star.pk]


def test_an_accepted_request_counts_once_in_the_demand(staff_client, session, us):
    star, star_user = us
    # Five slots: three accepted requests (three meetings) leave room; counting each accepted
    # request again beside its meeting would report six.
    for n in range(3):
        asker, user = make_participant(session, side="CN", name=f"Asker {n}")
        request = services.request_create(actor=user, requester=asker, recipient=star)
        services.request_answer(actor=star_user, request=request, accept=True)
    demand = staff_client.get(reverse("matchmaking:manage-demand", args=[session.pk])).context[
        "demand"
    ]
    assert demand.over_requested == []


def test_staff_force_a_meeting_and_remove_spam(staff_client, session, cn, us):
    url = reverse("matchmaking:manage-meeting-add", args=[session.pk])
    response = staff_client.post(
        url, {"first": cn[0].pk, "second": us[0].pk, "priority": "5", "required": "on"}
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.required, meeting.priority, meeting.origin) == (True, 5, "organizer")
    # The same participant twice: the service refuses, the page says why.
    response = staff_client.post(
        url, {"first": cn[0].pk, "second": cn[0].pk, "priority": "3"}, follow=True
    )
    assert "Choose two different participants" in text(response)
    cancel = reverse("matchmaking:manage-meeting-cancel", args=[session.pk, meeting.pk])
    staff_client.post(cancel)
    meeting.refresh_from_db()
    assert meeting.status == Meeting.Status.CANCELLED


def test_staff_decline_a_spam_request(staff_client, session, cn, us):
    chinese, chinese_user = cn
    request = services.request_create(
        actor=chinese_user, requester=chinese, recipient=us[0], message="Cheap watches!!!"
    )
    demand = reverse("matchmaking:manage-demand", args=[session.pk])
    assert "Cheap watches!!!" in text(staff_client.get(demand))
    url = reverse("matchmaking:manage-request-decline", args=[session.pk, request.pk])
    response = staff_client.post(url)
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "declined"
    assert not Meeting.objects.exists()


def _book(staff, session, count: int) -> None:
    """``count`` meetings between as many Chinese and US participants as needed, and a pending
    request from each Chinese participant."""
    side = max(1, int(count**0.5) + 1)
    cns = [make_participant(session, side="CN") for _ in range(side)]
    uss = [make_participant(session, side="US")[0] for _ in range(side)]
    pairs = [(a, b) for a, _user in cns for b in uss][:count]
    for a, b in pairs:
        services.meeting_add(actor=staff, session=session, first=a, second=b)
    for (a, user), b in zip(cns, [uss[-1], *uss[:-1]], strict=True):
        if not Meeting.objects.filter(Q(first=a, second=b) | Q(first=b, second=a)).exists():
            services.request_create(actor=user, requester=a, recipient=b)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("name", ["matchmaking:manage-demand", "matchmaking:manage"])
def test_demand_and_overview_queries_do_not_grow_with_meetings(staff, staff_client, session, name):
    url = reverse(name, args=[session.pk])
    _book(staff, session, 5)
    services.interpreter_add(actor=staff, session=session, name="Li Wei")
    few = _queries(staff_client, url)
    _book(staff, session, 45)
    services.interpreter_add(actor=staff, session=session, name="Wang Fang")
    assert Meeting.objects.count() == 50
    assert _queries(staff_client, url) == few


def _fake_finished_run(session, *, placed: int) -> ScheduleRun:
    """A finished run with ``placed`` meetings placed and the rest reported unplaced, written
    directly (the solver's time is not what this guards)."""
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    meetings = list(Meeting.objects.filter(session=session).order_by("pk"))
    cells = [(s, t) for s in session.slots.all() for t in session.tables.all()]
    base = Table.objects.filter(session=session).count() + 1
    extra = Table.objects.bulk_create(
        Table(session=session, number=base + n) for n in range(placed)
    )
    cells += [(s, t) for s in session.slots.all()[:1] for t in extra]
    Placement.objects.bulk_create(
        Placement(run=run, meeting=m, slot=cells[i][0], table=cells[i][1])
        for i, m in enumerate(meetings[:placed])
    )
    run.result = {
        "status": "feasible",
        "placed": placed,
        "breaks": 0,
        "unscheduled": [{"meeting": m.pk, "reason": "lower_priority"} for m in meetings[placed:]],
    }
    run.save()
    return run


def test_result_and_compare_queries_do_not_grow_with_meetings(staff, staff_client, session):
    _book(staff, session, 5)
    small = _fake_finished_run(session, placed=3)
    _book(staff, session, 45)
    large = _fake_finished_run(session, placed=30)
    for name in ("matchmaking:manage-run", "matchmaking:manage-run-compare"):
        few = _queries(staff_client, reverse(name, args=[small.pk]))
        many = _queries(staff_client, reverse(name, args=[large.pk]))
        assert many == few, name


# --- running the scheduler --------------------------------------------------------------------


def test_a_run_shows_what_was_placed(staff_client, session, booked):
    run = start_run(staff_client, session)
    assert run.status == ScheduleRun.Status.DONE, run.error
    response = staff_client.get(reverse("matchmaking:manage-run", args=[run.pk]))
    html = text(response)
    assert h1_count(response) == 1
    assert re.search(r'data-testid="placed-count">4<', html)
    assert re.search(r'data-testid="unplaced-count">0<', html)
    assert "This schedule is optimal" in html
    assert reverse("matchmaking:manage-run-compare", args=[run.pk]) in html


def test_unplaced_meetings_say_why_in_the_readers_language(staff, staff_client, session, booked):
    cns, uss = booked
    # The Chinese side speaks only Chinese, the American only English, and no interpreter.
    for p in (*cns, *uss):
        p.languages = ["zh"] if p in cns else ["en"]
        p.save()
    run = start_run(staff_client, session)
    assert run.status == ScheduleRun.Status.DONE, run.error
    assert {u["reason"] for u in run.result["unscheduled"]} == {"no_interpreter"}
    response = staff_client.get(reverse("matchmaking:manage-run", args=[run.pk]))
    html = text(response)
    assert "They need an interpreter and none is available" in html
    # Nobody got a meeting: all four are named.
    assert {p.pk for p in response.context["left_empty"]} == {p.pk for p in (*cns, *uss)}
    html = text(staff_client.get(f"/zh-hans/matchmaking/manage/runs/{run.pk}/"))
    assert "需要口译" in html


def test_a_run_that_cannot_place_every_required_meeting_fails_and_says_so(
    staff, staff_client, session, cn
):
    # Six required meetings for one participant in five slots cannot all be held.
    for n in range(6):
        other = make_participant(session, side="US", name=f"Buyer {n}")[0]
        services.meeting_add(actor=staff, session=session, first=cn[0], second=other, required=True)
    run = start_run(staff_client, session)
    assert run.status == ScheduleRun.Status.FAILED
    html = text(staff_client.get(reverse("matchmaking:manage-run", args=[run.pk])))
    assert "No schedule" in html and "the published schedule is unchanged" in html
    assert reverse("matchmaking:manage-run-compare", args=[run.pk]) not in html
    assert (
        staff_client.get(reverse("matchmaking:manage-run-compare", args=[run.pk])).status_code
        == 404
    )


def test_a_time_limit_out_of_range_starts_nothing(staff_client, session, booked):
    url = reverse("matchmaking:manage-run-start", args=[session.pk])
    response = staff_client.post(url, {"time_limit": "0"}, follow=True)
    assert "from 1 to 600" in text(response)
    assert not ScheduleRun.objects.exists()


def test_a_second_run_while_one_runs_leads_to_the_running_one(staff_client, session, booked):
    running = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.RUNNING)
    response = staff_client.post(
        reverse("matchmaking:manage-run-start", args=[session.pk]), {"time_limit": "5"}
    )
    assert response["Location"] == reverse("matchmaking:manage-run", args=[running.pk])
    page = staff_client.get(response["Location"])
    assert "already running" in text(page)
    assert ScheduleRun.objects.count() == 1


def test_the_progress_bar_polls_itself_until_the_run_ends(staff, staff_client, session, booked):
    run = ScheduleRun.objects.create(
        session=session,
        status=ScheduleRun.Status.RUNNING,
        time_limit=20,
        progress={"phase": "priority", "objective": 7, "bound": 9, "seconds": 5.0},
    )
    page = text(staff_client.get(reverse("matchmaking:manage-run", args=[run.pk])))
    url = reverse("matchmaking:manage-run-progress", args=[run.pk])
    assert f'hx-get="{url}"' in page and 'hx-trigger="every 1s"' in page
    partial = staff_client.get(url, HTTP_HX_REQUEST="true")
    html = text(partial)
    assert "<html" not in html and 'hx-trigger="every 1s"' in html
    assert "Weight of the meetings placed so far: 7" in html and "no schedule can exceed 9" in html
    cancel = staff_client.post(reverse("matchmaking:manage-run-cancel", args=[run.pk]))
    assert cancel.status_code == 302
    run.refresh_from_db()
    assert run.cancel_requested
    # The worker notices and ends the run; the next poll reloads the page to the result.
    ScheduleRun.objects.filter(pk=run.pk).update(status=ScheduleRun.Status.CANCELLED)
    finished = staff_client.get(url, HTTP_HX_REQUEST="true")
    assert finished.status_code == 286 or finished["HX-Refresh"] == "true"
    assert "was cancelled" in text(
        staff_client.get(reverse("matchmaking:manage-run", args=[run.pk]))
    )


# --- comparing, publishing, printing ---------------------------------------------------------


def test_first_publication_notifies_everyone_with_a_meeting(staff_client, session, booked):
    run = start_run(staff_client, session)
    compare = staff_client.get(reverse("matchmaking:manage-run-compare", args=[run.pk]))
    assert compare.status_code == 200 and 'data-testid="run-publish"' in text(compare)
    response = staff_client.post(reverse("matchmaking:manage-run-publish", args=[run.pk]))
    assert response.status_code == 200
    assert len(response.context["notified"]) == 4 and len(mail.outbox) == 4
    session.refresh_from_db()
    assert session.published_run == run and session.status == Session.Status.PUBLISHED
    # Publishing twice is refused with a message.
    again = staff_client.post(reverse("matchmaking:manage-run-publish", args=[run.pk]), follow=True)
    assert "already published" in text(again)


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_table_plan_pdf_renders_chinese_names_and_interpreters(
    staff, staff_client, session, booked
):
    cns, _uss = booked
    Organization.objects.filter(pk=cns[0].organization_id).update(name_zh_hans="江苏日出光伏")
    services.interpreter_add(actor=staff, session=session, name="Wang Fang")
    for p in cns:
        p.languages = ["zh"]
        p.save()
    for p in _uss:
        p.languages = ["en"]
        p.save()
    run = start_run(staff_client, session)
    assert run.status == ScheduleRun.Status.DONE, run.error
    response = staff_client.get(f"/zh-hans/matchmaking/manage/sessions/{session.pk}/table-plan.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    content = _pdf_text(response.content)
    assert "江苏日出光伏" in content
    assert "Wang Fang" in content
    assert "桌" in content  # the Chinese label of "Table"
    # One grid page (four tables fit on one), then a sheet for each table.
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1 + 4


def test_no_plan_to_print_before_a_run(staff_client, session):
    response = staff_client.get(
        reverse("matchmaking:manage-table-plan", args=[session.pk]), follow=True
    )
    assert "There is no schedule to print yet" in text(response)


# --- on the day ---------------------------------------------------------------------------------


def test_on_the_day_reschedule_shows_and_notifies_only_those_affected(
    staff, staff_client, session, booked
):
    cns, uss = booked
    first = start_run(staff_client, session)
    staff_client.post(reverse("matchmaking:manage-run-publish", args=[first.pk]))
    mail.outbox.clear()
    Notification.objects.all().delete()

    # A participant cancels, a walk-in asks to meet a Chinese company, a table breaks.
    staff_client.post(
        reverse("matchmaking:manage-participant-cancel", args=[session.pk, uss[1].pk])
    )
    walk_in = OrganizationFactory(
        name_en="Mojave Microgrids", name="Mojave Microgrids", name_zh_hans="莫哈韦微电网"
    )
    response = staff_client.post(
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
        {"organization": "莫哈韦微电网", "partners": [cns[1].pk]},
    )
    assert response.status_code == 302
    newcomer = Participant.objects.get(session=session, organization=walk_in)
    walk_in_meeting = Meeting.objects.get(first=cns[1], second=newcomer)
    assert walk_in_meeting.origin == Meeting.Origin.WALK_IN
    used = Placement.objects.filter(run=first, meeting__first=cns[0], meeting__second=uss[0]).get()
    staff_client.post(
        reverse("matchmaking:manage-table", args=[session.pk, used.table_id]), {"active": "0"}
    )

    again = start_run(staff_client, session, reschedule="on")
    assert again.kind == ScheduleRun.Kind.RESCHEDULE and again.status == ScheduleRun.Status.DONE
    compare = staff_client.get(reverse("matchmaking:manage-run-compare", args=[again.pk]))
    changes = scheduling.run_compare(first, again)
    expected = scheduling.affected_participants(changes)
    shown = {p.pk for p in compare.context["affected"]}
    assert shown == expected
    # Removed: the cancelled participant's meetings; added: the walk-in's; the broken table's
    # meeting moved. Nobody else.
    kinds = {(c.meeting.pk, c.kind) for c in changes}
    assert (walk_in_meeting.pk, "added") in kinds
    assert all(
        kind == "removed"
        for mid, kind in kinds
        if Meeting.objects.get(pk=mid).status == "cancelled"
    )
    assert used.meeting_id in {mid for mid, _kind in kinds}
    untouched = {cns[0].pk, cns[1].pk, uss[0].pk, uss[1].pk, newcomer.pk} - expected
    html = text(compare)
    assert "Mojave Microgrids" in html and 'data-testid="affected"' in html

    published = staff_client.post(reverse("matchmaking:manage-run-publish", args=[again.pk]))
    notified = {u.pk for u in published.context["notified"]}
    reps = {
        p.pk: {r.user_id for r in p.organization.representatives.all()}
        for p in Participant.objects.filter(session=session)
    }
    assert notified == set().union(*(reps[pid] for pid in expected))
    assert not notified & set().union(*(reps[pid] for pid in untouched))
    assert len(mail.outbox) == len(notified)


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
def test_every_organizer_page_has_one_h1_in_both_languages(staff_client, session, booked, lang):
    run = start_run(staff_client, session)
    pages = [
        reverse("matchmaking:manage", args=[session.pk]),
        reverse("matchmaking:manage-demand", args=[session.pk]),
        reverse("matchmaking:manage-run", args=[run.pk]),
        reverse("matchmaking:manage-run-compare", args=[run.pk]),
        reverse("events:create"),
        reverse("events:edit", args=[session.event.slug]),
        reverse("matchmaking:session-create", args=[session.event.slug]),
    ]
    for page in pages:
        response = staff_client.get(page.replace("/en/", f"/{lang}/", 1))
        html = text(response)
        assert response.status_code == 200, page
        assert h1_count(response) == 1, page
        assert f'lang="{"zh-Hans" if lang == "zh-hans" else "en"}"' in html
    published = staff_client.post(
        reverse("matchmaking:manage-run-publish", args=[run.pk]).replace("/en/", f"/{lang}/", 1)
    )
    assert h1_count(published) == 1
    assert ("日程已发布" if lang == "zh-hans" else "Schedule published") in text(published)


def test_staff_edit_the_settings_of_a_session_in_the_event_zone(staff_client, client, session, us):
    url = reverse("matchmaking:manage-settings", args=[session.pk])
    assert staff_client.get(url).status_code == 200
    response = staff_client.post(
        url,
        {
            "title_en": "Afternoon match-making",
            "title_zh_hans": "下午洽谈会",
            "request_deadline": "2016-05-06T10:00",
            "max_requests": "12",
            "fairness": "",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.max_requests, session.registration_open, session.fairness) == (12, False, None)
    assert session.title_zh_hans == "下午洽谈会"
    # Typed in Los Angeles time: 10:00 PDT is 17:00 UTC.
    assert session.request_deadline.astimezone(dt.UTC).hour == 17
    assert session.slots.count() == 5
    client.force_login(us[1])
    assert client.get(url).status_code == 403
