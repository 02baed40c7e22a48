"""The representative's pages through the test client: registration, availability, partners
with recommendations, requests (send, accept, decline, withdraw, mutual, cap), the published
agenda on the web, as PDF and as ICS, outcomes, and who may see what."""

from __future__ import annotations

import datetime as dt
import io

import icalendar
import pypdf
import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.conftest import client_for
from tests.factories import OrganizationFactory, RepresentativeFactory
from tradebridge.directory.models import CooperationType
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
    Session,
)

from ..conftest import make_participant


@pytest.fixture(autouse=True)
def _codes_only_recommendations(settings, tmp_path):
    # Pages are not about text here: codes only keeps these tests fast. The default text path
    # is tested in test_recommendations.
    settings.RECOMMENDING_TEXT = "off"
    settings.RECOMMENDING_STORE_DIR = tmp_path
    cache.clear()
    yield
    cache.clear()


def url(name, *args):
    return reverse(f"matchmaking:{name}", args=args)


def url_zh(name, *args):
    with translation.override("zh-hans"):
        return url(name, *args)


@pytest.fixture
def cn_client(cn):
    return client_for(cn[1])


@pytest.fixture
def us_client(us):
    return client_for(us[1])


def _publish(staff, session, meetings):
    """A finished run placing ``meetings`` in distinct (slot, table) cells, published."""
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    cells = [(s, t) for s in session.slots.all() for t in session.tables.all()]
    Placement.objects.bulk_create(
        Placement(run=run, meeting=m, slot=cells[i][0], table=cells[i][1])
        for i, m in enumerate(meetings)
    )
    scheduling.run_publish(actor=staff, run=run)
    return run


# --- access ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["mine", "availability", "partners", "requests", "agenda", "agenda_pdf", "agenda_ics"]
)
def test_anonymous_visitors_are_sent_to_sign_in(client, session, name):
    target = url(name) if name == "mine" else url(name, session.pk)
    response = client.get(target)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize(
    "name", ["availability", "partners", "requests", "agenda", "agenda_pdf", "agenda_ics"]
)
def test_a_representative_outside_the_session_gets_404(outsider_client, session, cn, name):
    assert outsider_client.get(url(name, session.pk)).status_code == 404


def test_only_the_recipient_answers_and_only_the_sender_withdraws(
    session, cn, us, cn_client, us_client, outsider_client
):
    (p_cn, u_cn), (p_us, _) = cn, us
    _third, u_third = make_participant(session, side="US")
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    for client in (cn_client, outsider_client, client_for(u_third)):
        response = client.post(url("request_answer", request.pk), {"decision": "accept"})
        assert response.status_code == 404
    for client in (us_client, outsider_client):
        assert client.post(url("request_withdraw", request.pk)).status_code == 404
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.PENDING


def test_a_representative_sees_only_its_own_requests(session, cn, us, us_client):
    (p_cn, u_cn), (_p_us, _) = cn, us
    third, _ = make_participant(session, side="US", name="Sierra Storage")
    services.request_create(actor=u_cn, requester=p_cn, recipient=third, message="secret plan")
    page = us_client.get(url("requests", session.pk)).content.decode()
    assert "secret plan" not in page and "Sierra Storage" not in page


def test_the_session_page_is_public_and_offers_registration(client, session):
    page = client.get(url("session", session.pk))
    assert page.status_code == 200
    assert "Match-making" in page.content.decode()
    assert 'name="organization"' not in page.content.decode()


def test_an_unlisted_event_session_is_404_for_visitors(client, session):
    session.event.is_public = False
    session.event.save()
    assert client.get(url("session", session.pk)).status_code == 404


# --- registration and availability ------------------------------------------------------------


def test_a_representative_registers_its_organization(session, owner, organization):
    client = client_for(owner)
    page = client.get(url("session", session.pk)).content.decode()
    assert "Register my organization" in page
    response = client.post(url("register", session.pk), {"organization": organization.slug})
    assert response.status_code == 302 and response["Location"] == url("availability", session.pk)
    participant = Participant.objects.get(session=session, organization=organization)
    assert list(participant.attendees.all()) == [owner]


def test_nobody_registers_an_organization_it_does_not_represent(session, owner, organization):
    other = OrganizationFactory()
    response = client_for(owner).post(url("register", session.pk), {"organization": other.slug})
    assert response.status_code == 404
    assert not Participant.objects.filter(organization=other).exists()


def test_registration_closed_is_refused_with_a_message(staff, session, owner, organization):
    services.session_set_status(actor=staff, session=session, status=Session.Status.CLOSED)
    client = client_for(owner)
    response = client.post(
        url("register", session.pk), {"organization": organization.slug}, follow=True
    )
    assert "Registration for this session is closed." in response.content.decode()


def test_availability_saves_slots_attendees_and_languages(session, cn, cn_client):
    p_cn, u_cn = cn
    colleague = RepresentativeFactory(organization=p_cn.organization).user
    slots = list(session.slots.all())
    form = cn_client.get(url("availability", session.pk)).content.decode()
    assert "14:00–14:15" in form  # slots labelled in the event's time zone
    response = cn_client.post(
        url("availability", session.pk),
        {
            "unavailable": [slots[0].pk, slots[4].pk],
            "attendees": [u_cn.pk, colleague.pk],
            "attendee_count": "2",
            "languages": ["zh"],
        },
    )
    assert response.status_code == 302
    p_cn.refresh_from_db()
    assert set(p_cn.unavailable.all()) == {slots[0], slots[4]}
    assert set(p_cn.attendees.all()) == {u_cn, colleague}
    assert (p_cn.attendee_count, p_cn.languages) == (2, ["zh"])


def test_availability_error_from_the_service_lands_on_its_field(session, cn, cn_client):
    response = cn_client.post(
        url("availability", session.pk), {"attendee_count": "9", "languages": ["en"]}
    )
    assert response.status_code == 200
    assert "Ensure this value is less than or equal to 5." in response.content.decode()


# --- partners and requests ------------------------------------------------------------------


def test_partners_page_recommends_with_reasons_and_filters(session, cn, us, cn_client):
    (p_cn, _), (p_us, _) = cn, us
    distribution = CooperationType.objects.get(code="distribution")
    p_cn.organization.seeks.set([distribution])
    p_us.organization.offers.set([distribution])
    p_us.organization.save()
    page = cn_client.get(url("partners", session.pk)).content.decode()
    assert "Golden State Solar" in page
    assert "Distribution" in page  # a reason, worded by the taxonomy
    assert "You can send 5 more requests." in page
    partial = cn_client.get(url("partners", session.pk), {"side": "CN"}, HTTP_HX_REQUEST="true")
    assert "<html" not in partial.content.decode()
    assert "No participant matches these filters." in partial.content.decode()
    found = cn_client.get(url("partners", session.pk), {"q": "golden"}, HTTP_HX_REQUEST="true")
    assert "Golden State Solar" in found.content.decode()


def test_partners_reasons_follow_the_reader_language(session, cn, us, cn_client):
    (p_cn, _), (p_us, _) = cn, us
    distribution = CooperationType.objects.get(code="distribution")
    p_cn.organization.seeks.set([distribution])
    p_us.organization.offers.set([distribution])
    page = cn_client.get(url_zh("partners", session.pk))
    assert "分销代理" in page.content.decode()


def test_request_accept_flow_reveals_contacts(session, cn, us, cn_client, us_client):
    (p_cn, _), (p_us, _) = cn, us
    form = cn_client.get(url("request_new", session.pk, p_us.pk))
    assert 'name="priority"' in form.content.decode() and 'name="message"' in form.content.decode()
    response = cn_client.post(
        url("request_new", session.pk, p_us.pk), {"priority": "3", "message": "Modules?"}
    )
    assert response.status_code == 302
    request = MeetingRequest.objects.get()
    assert (request.requester, request.recipient, request.priority) == (p_cn, p_us, 3)
    received = us_client.get(url("requests", session.pk)).content.decode()
    assert "Modules?" in received and "Accept" in received
    response = us_client.post(url("request_answer", request.pk), {"decision": "accept"})
    assert response.status_code == 302
    assert Meeting.objects.filter(first=p_cn, second=p_us, status="confirmed").exists()
    detail = cn_client.get(p_us.organization.get_absolute_url()).content.decode()
    assert p_us.organization.contact_email in detail
    partners = cn_client.get(url("partners", session.pk)).content.decode()
    assert "Meeting confirmed" in partners


def test_declining_a_request(session, cn, us, us_client):
    (p_cn, u_cn), (p_us, _) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    us_client.post(url("request_answer", request.pk), {"decision": "decline"})
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.DECLINED
    assert not Meeting.objects.exists()


def test_mutual_requests_are_confirmed_and_shown_first(session, cn, us, us_client):
    (p_cn, u_cn), (p_us, _u_us) = cn, us
    other, u_other = make_participant(session, side="CN", name="Zhejiang Storage")
    services.request_create(actor=u_other, requester=other, recipient=p_us, priority=3)
    services.request_create(actor=u_cn, requester=p_cn, recipient=p_us, priority=1)
    response = us_client.post(
        url("request_new", session.pk, p_cn.pk), {"priority": "1", "message": ""}, follow=True
    )
    page = response.content.decode()
    assert "the meeting is confirmed" in page
    assert Meeting.objects.get().mutual
    received = page[page.index('data-testid="received"') :]
    # The mutual (accepted) one is listed after the pending one, and marked mutual.
    assert received.index("Zhejiang Storage") < received.index("Jiangsu Sunrise PV")
    assert "Mutual" in received


def test_withdrawing_a_request(session, cn, us, cn_client):
    (p_cn, u_cn), (p_us, _) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    cn_client.post(url("request_withdraw", request.pk))
    request.refresh_from_db()
    assert request.status == MeetingRequest.Status.WITHDRAWN


def test_the_cap_shows_the_remaining_count_and_refuses_the_next(session, cn, cn_client):
    p_cn, u_cn = cn
    others = [make_participant(session)[0] for _ in range(session.max_requests + 1)]
    for other in others[:-2]:
        services.request_create(actor=u_cn, requester=p_cn, recipient=other)
    form = cn_client.get(url("request_new", session.pk, others[-2].pk)).content.decode()
    assert "You can send 1 more request." in form
    cn_client.post(url("request_new", session.pk, others[-2].pk), {"priority": "2"})
    refused = cn_client.post(url("request_new", session.pk, others[-1].pk), {"priority": "2"})
    assert refused.status_code == 200
    assert "You have sent the most requests this session allows (5)." in refused.content.decode()


# --- agenda ----------------------------------------------------------------------------------


@pytest.fixture
def published(staff, session, cn, us):
    (p_cn, _), (p_us, _) = cn, us
    p_cn.organization.name_zh_hans = "江苏晶阳光伏科技"
    p_cn.organization.save()
    interpreter = services.interpreter_add(actor=staff, session=session, name="王芳")
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    Placement.objects.create(
        run=run,
        meeting=meeting,
        slot=session.slots.get(index=2),
        table=session.tables.get(number=3),
        interpreter=interpreter,
    )
    scheduling.run_publish(actor=staff, run=run)
    return meeting


def test_before_publishing_the_agenda_lists_confirmed_meetings(staff, session, cn, us, cn_client):
    (p_cn, _), (p_us, _) = cn, us
    services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    page = cn_client.get(url("agenda", session.pk)).content.decode()
    assert "not published yet" in page and "Golden State Solar" in page
    assert url("agenda_pdf", session.pk) not in page


def test_published_agenda_shows_local_time_table_interpreter_and_contacts(
    session, published, cn_client
):
    page = cn_client.get(url("agenda", session.pk)).content.decode()
    # Slot 2 starts 14:15 in Los Angeles (21:15 UTC).
    assert "14:15–14:30" in page
    assert "Golden State Solar" in page and "王芳" in page
    assert "jane@example.org" in page  # the partner's contact e-mail (factory)
    assert url("agenda_pdf", session.pk) in page and url("agenda_ics", session.pk) in page
    assert "Download PDF" in page and "Add to calendar (ICS)" in page


def test_agenda_pdf_contains_the_partner_chinese_name(session, published, us_client):
    response = us_client.get(url("agenda_pdf", session.pk))
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    assert "江苏晶阳光伏科技" in text and "Jiangsu Sunrise PV" in text
    assert "14:15–14:30" in text and "王芳" in text


def test_agenda_pdf_in_chinese(session, published, us_client):
    response = us_client.get(url_zh("agenda_pdf", session.pk))
    text = pypdf.PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    # The reader's language first, and the labels in Chinese.
    assert "江苏晶阳光伏科技 · Jiangsu Sunrise PV" in text
    assert "洽谈对象" in text


def test_agenda_ics_reads_back_with_utc_times(session, published, us_client):
    response = us_client.get(url("agenda_ics", session.pk))
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(2016, 5, 11, 21, 15, tzinfo=dt.UTC)
    assert event.decoded("dtend") == dt.datetime(2016, 5, 11, 21, 30, tzinfo=dt.UTC)
    assert str(event["summary"]).startswith("Jiangsu Sunrise PV")
    assert "江苏晶阳光伏科技" in str(event["summary"])
    assert event.decoded("sequence") > 0


def test_a_new_publication_raises_the_ics_sequence(staff, session, published, us_client):
    def sequence():
        calendar = icalendar.Calendar.from_ical(
            us_client.get(url("agenda_ics", session.pk)).content
        )
        (event,) = calendar.walk("VEVENT")
        return event.decoded("sequence"), event.decoded("dtstart")

    # The first publication an hour ago, the second now.
    session.refresh_from_db()
    ScheduleRun.objects.filter(pk=session.published_run_id).update(
        published_at=session.published_run.published_at - dt.timedelta(hours=1)
    )
    before, start = sequence()
    moved = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    Placement.objects.create(
        run=moved, meeting=published, slot=session.slots.get(index=4), table=session.tables.first()
    )
    scheduling.run_publish(actor=staff, run=moved)
    after, moved_start = sequence()
    assert after > before and moved_start != start


def test_outcome_form_saves_the_report(session, published, cn, cn_client, outsider_client):
    p_cn, _ = cn
    target = url("outcome", published.pk)
    assert outsider_client.get(target).status_code == 404
    response = cn_client.post(
        target,
        {"held": "yes", "interest": "2", "next_step": "visit", "notes": "Factory visit in June"},
    )
    assert response.status_code == 302
    outcome = MeetingOutcome.objects.get(meeting=published, participant=p_cn)
    assert (outcome.held, outcome.interest, outcome.next_step) == (True, 2, "visit")
    page = cn_client.get(url("agenda", session.pk)).content.decode()
    assert "Strong interest" in page


def test_my_sessions_lists_participations_and_notifications(session, published, cn_client):
    page = cn_client.get(url("mine")).content.decode()
    assert "Match-making" in page
    assert "Your match-making agenda" in page  # the publication's notification
    assert url("agenda", session.pk) in page


def test_a_notification_shows_its_time_in_the_event_zone(session, published, cn, cn_client):
    _p_cn, u_cn = cn
    sent = dt.datetime(2016, 5, 11, 21, 5, tzinfo=dt.UTC)  # 14:05 in Los Angeles
    u_cn.notifications.update(created_at=sent)
    page = cn_client.get(url("mine")).content.decode()
    # One date format per language, the zone by its name (were Django's and the IANA name).
    assert "Wed, May 11, 2016, 14:05 · Pacific Time (Los Angeles)" in page


# --- query counts ---------------------------------------------------------------------------


def _queries(client, target):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(target).status_code == 200
    return len(ctx.captured_queries)


def _booked(staff, session, host, n):
    """``n`` other participants, each with a confirmed meeting with ``host`` and a request
    to it."""
    meetings = []
    for _ in range(n):
        other, user = make_participant(session, side="US")
        services.request_create(actor=user, requester=other, recipient=host, message="hi")
        meetings.append(
            services.meeting_add(actor=staff, session=session, first=host, second=other)
        )
    return meetings


@pytest.mark.parametrize("page", ["agenda", "requests", "partners", "session"])
def test_pages_query_count_does_not_grow_with_meetings(staff, event, page):
    counts = []
    for n in (3, 15):
        session = services.session_create(
            actor=staff,
            event=event,
            data=services.SessionInput(
                title={"en": f"Session {n}"},
                date=dt.date(2016, 5, 11),
                start="14:00",
                end="15:30",
                tables=4,
                max_requests=20,
            ),
        )
        services.session_set_status(actor=staff, session=session, status="open")
        host, user = make_participant(session, side="CN")
        services.participant_set_availability(
            actor=user, participant=host, unavailable=[], attendee_count=3
        )
        _publish(staff, session, _booked(staff, session, host, n))
        counts.append(_queries(client_for(user), url(page, session.pk)))
    assert counts[0] == counts[1]


def test_a_declined_request_is_shown_instead_of_a_new_button(session, cn, us, cn_client):
    (p_cn, u_cn), (p_us, u_us) = cn, us
    request = services.request_create(actor=u_cn, requester=p_cn, recipient=p_us)
    services.request_answer(actor=u_us, request=request, accept=False)
    page = cn_client.get(url("partners", session.pk)).content.decode()
    assert "Request declined" in page
    assert url("request_new", session.pk, p_us.pk) not in page


def test_notifications_are_marked_read(session, published, cn, cn_client):
    _p, u_cn = cn
    assert "Mark all as read" in cn_client.get(url("mine")).content.decode()
    cn_client.post(url("notifications_read"))
    assert not u_cn.notifications.filter(read_at__isnull=True).exists()
    assert "Mark all as read" not in cn_client.get(url("mine")).content.decode()


def test_staff_reach_the_organizer_page_from_the_session_page(session, staff_client, client):
    manage = reverse("matchmaking:manage", args=[session.pk])
    assert manage in staff_client.get(url("session", session.pk)).content.decode()
    assert manage not in client.get(url("session", session.pk)).content.decode()


def test_the_partners_page_works_when_the_recommender_fails(settings, session, cn, us, cn_client):
    settings.RECOMMENDING_TEXT = "bogus"  # refused loudly by the recommender
    page = cn_client.get(url("partners", session.pk)).content.decode()
    assert "Recommendations are not available right now" in page
    assert "Golden State Solar" in page and url("request_new", session.pk, us[0].pk) in page


def test_recommendations_survive_a_store_that_cannot_be_saved(settings, session, cn, us):
    settings.RECOMMENDING_TEXT = "lexical"
    blocker = settings.RECOMMENDING_STORE_DIR / "blocker"
    blocker.write_text("a file where the store's folder should be")
    settings.RECOMMENDING_STORE_DIR = blocker / "store"
    page = client_for(cn[1]).get(url("partners", session.pk)).content.decode()
    assert "Recommendations are not available" not in page
    assert '<ol class="results">' in page and "Golden State Solar" in page


def test_a_representative_withdraws_its_organization(staff, session, cn, us, cn_client):
    (p_cn, _), (p_us, _) = cn, us
    meeting = services.meeting_add(actor=staff, session=session, first=p_cn, second=p_us)
    response = cn_client.post(url("withdraw", session.pk))
    assert response.status_code == 302
    p_cn.refresh_from_db()
    meeting.refresh_from_db()
    assert p_cn.status == Participant.Status.CANCELLED
    assert meeting.status == Meeting.Status.CANCELLED
    # Withdrawn: the session's pages are no longer its own, until it registers again.
    assert cn_client.get(url("requests", session.pk)).status_code == 404
    assert "Register my organization" in cn_client.get(url("session", session.pk)).content.decode()
    cn_client.post(url("register", session.pk), {"organization": p_cn.organization.slug})
    p_cn.refresh_from_db()
    assert p_cn.status == Participant.Status.REGISTERED


def test_nobody_withdraws_another_organization(session, cn, us_client, outsider_client):
    p_cn, _ = cn
    assert outsider_client.post(url("withdraw", session.pk)).status_code == 404
    us_client.post(url("withdraw", session.pk))
    p_cn.refresh_from_db()
    assert p_cn.status == Participant.Status.REGISTERED


def test_my_sessions_offers_open_sessions_to_register(session, owner, organization):
    client = client_for(owner)
    page = client.get(url("mine")).content.decode()
    assert "Sessions open for registration" in page and url("session", session.pk) in page
    second = OrganizationFactory(name_en="Second Org", name="Second Org")
    RepresentativeFactory(user=owner, organization=second)
    form = client.get(url("session", session.pk)).content.decode()
    # Two organizations: the representative chooses which one registers.
    assert f'value="{second.slug}"' in form and f'value="{organization.slug}"' in form
    client.post(url("register", session.pk), {"organization": second.slug})
    assert Participant.objects.filter(session=session, organization=second).exists()
    assert "Sessions open for registration" not in client.get(url("mine")).content.decode()
