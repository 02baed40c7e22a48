"""Destructive organizer actions first show what they will change (how many meetings, with
whom) on a page whose button does it; a walk-in not in the directory is added on the spot, and
a form error keeps what was typed beside the field."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tradebridge.directory.models import Organization
from tradebridge.matchmaking import scheduling, services
from tradebridge.matchmaking.models import (
    Meeting,
    MeetingRequest,
    Participant,
    Placement,
    ScheduleRun,
)

from ..conftest import make_participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(staff, session, booked):
    """The booked session's 4 meetings published: two at table 1 (slots 0, 1), two at table
    2; the first two with the interpreter."""
    interpreter = services.interpreter_add(actor=staff, session=session, name="Wang Fang")
    run = ScheduleRun.objects.create(session=session, status=ScheduleRun.Status.DONE)
    tables = list(session.tables.order_by("number"))
    slots = list(session.slots.order_by("index"))
    for i, meeting in enumerate(Meeting.objects.filter(session=session).order_by("pk")):
        Placement.objects.create(
            run=run,
            meeting=meeting,
            slot=slots[i % 2],
            table=tables[i // 2],
            interpreter=interpreter if i < 2 else None,
        )
    scheduling.run_publish(actor=staff, run=run)
    return {"run": run, "interpreter": interpreter, "tables": tables}


def test_marking_a_table_broken_shows_its_meetings_before_it_is_done(
    staff_client, session, booked, published
):
    table = published["tables"][0]
    url = reverse("matchmaking:manage-table", args=[session.pk, table.pk])
    page = staff_client.get(url).content.decode()
    expected = Placement.objects.filter(run=published["run"], table=table).select_related(
        "meeting__first__organization", "meeting__second__organization"
    )
    assert "2 meetings of the published schedule will need another place" in page
    for placement in expected:
        assert placement.meeting.first.organization.name in page
        assert placement.meeting.second.organization.name in page
    table.refresh_from_db()
    assert table.is_active  # looking changes nothing
    staff_client.post(url, {"active": "0"})
    table.refresh_from_db()
    assert not table.is_active


def test_marking_an_interpreter_away_shows_the_meetings_they_interpret(
    staff_client, session, published
):
    interpreter = published["interpreter"]
    url = reverse("matchmaking:manage-interpreter-active", args=[session.pk, interpreter.pk])
    page = staff_client.get(url).content.decode()
    assert "Mark Wang Fang as away?" in page
    assert page.count("<tr><td>") == 2
    interpreter.refresh_from_db()
    assert interpreter.is_active
    staff_client.post(url, {"active": "0"})
    interpreter.refresh_from_db()
    assert not interpreter.is_active


def test_cancelling_a_participant_says_how_many_meetings_and_with_whom(
    staff, staff_client, session, booked, published
):
    cns, uss = booked
    participant = cns[0]
    pending_from, pending_user = make_participant(session, side="US", name="Mojave Storage")
    services.request_create(actor=pending_user, requester=pending_from, recipient=participant)
    url = reverse("matchmaking:manage-participant-cancel", args=[session.pk, participant.pk])
    page = staff_client.get(url).content.decode()
    assert "Its 2 confirmed meetings will be cancelled and its 1 requests" in page
    assert "2 of them are in the published schedule" in page
    for partner in uss:
        assert partner.organization.name in page
    participant.refresh_from_db()
    assert participant.status != Participant.Status.CANCELLED
    staff_client.post(url)
    participant.refresh_from_db()
    assert participant.status == Participant.Status.CANCELLED
    assert not Meeting.objects.filter(first=participant, status="confirmed").exists()
    assert MeetingRequest.objects.get(requester=pending_from).status == "withdrawn"


def test_the_overview_links_to_the_confirmation_pages_instead_of_posting(
    staff_client, session, booked, published
):
    page = staff_client.get(reverse("matchmaking:manage", args=[session.pk])).content.decode()
    table = published["tables"][0]
    assert f'href="{reverse("matchmaking:manage-table", args=[session.pk, table.pk])}"' in page
    assert 'data-testid="participant-cancel"' in page and "Cancel participation…" in page
    assert 'name="active" value="0"' not in page  # no one-click "broken" / "away" forms


def test_a_walk_in_not_in_the_directory_is_added_with_its_meetings(staff_client, session, booked):
    cns, _uss = booked
    response = staff_client.post(
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
        {
            "new_name": "Sierra Battery Recycling",
            "new_side": "US",
            "contact_name": "Ana Ruiz",
            "contact_email": "ana@sierra-battery.example",
            "contact_phone": "+1 916 555 0101",
            "partners": [cns[0].pk, cns[1].pk],
        },
    )
    assert response.status_code == 302
    organization = Organization.objects.get(name_en="Sierra Battery Recycling")
    assert (organization.side, organization.contact_email) == ("US", "ana@sierra-battery.example")
    newcomer = Participant.objects.get(session=session, organization=organization)
    meetings = Meeting.objects.filter(session=session, origin="walk-in")
    assert {m.first_id for m in meetings} | {m.second_id for m in meetings} == {
        newcomer.pk,
        cns[0].pk,
        cns[1].pk,
    }


def test_a_chinese_walk_in_name_is_its_chinese_name(staff_client, session, booked):
    _cns, uss = booked
    staff_client.post(
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
        {"new_name": "苏州储能科技", "new_side": "CN", "partners": [uss[0].pk]},
    )
    assert Organization.objects.get(name_zh_hans="苏州储能科技").side == "CN"


def test_a_walk_in_form_error_keeps_what_was_typed_beside_the_field(staff_client, session, booked):
    cns, _uss = booked
    before = Organization.objects.count()
    response = staff_client.post(
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
        {
            "new_name": "Sierra Battery Recycling",
            "contact_email": "not-an-address",
            "partners": [cns[0].pk],
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Sierra Battery Recycling"' in page
    assert 'value="not-an-address"' in page
    side = page[page.index('name="new_side"') - 400 : page.index('name="new_side"') + 900]
    assert "Choose the side of the new organization." in side
    email = page[
        page.index('name="contact_email"') - 400 : page.index('name="contact_email"') + 400
    ]
    assert "error" in email
    assert Organization.objects.count() == before


def test_an_unknown_directory_name_is_an_error_beside_the_field(staff_client, session, booked):
    cns, _uss = booked
    response = staff_client.post(
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
        {"organization": "Nobody Inc.", "partners": [cns[0].pk]},
    )
    page = response.content.decode()
    field = page[page.index('name="organization"') - 300 : page.index('name="organization"') + 600]
    assert "No organization has this identifier or name" in field
    assert 'value="Nobody Inc."' in field


def test_a_refused_walk_in_meeting_leaves_no_new_organization(staff, session, booked):
    cns, _uss = booked
    from tradebridge.directory.services import OrganizationInput
    from tradebridge.errors import ApplicationError

    before = Organization.objects.count()
    with pytest.raises(ApplicationError):
        services.walk_in_add(
            actor=staff,
            session=session,
            new_organization=OrganizationInput(name={"en": "Half Written"}, side="US"),
            # The second partner is not of this session: meeting_add refuses it, after the
            # organization and the first meeting were written.
            partners=[cns[0], Participant(pk=cns[0].pk, session_id=0)],
        )
    assert Organization.objects.count() == before


def test_only_staff_see_the_confirmation_pages(client, session, booked, published):
    cns, _uss = booked
    representative = cns[0].organization.representatives.get().user
    from tests.conftest import client_for

    urls = [
        reverse("matchmaking:manage-table", args=[session.pk, published["tables"][0].pk]),
        reverse(
            "matchmaking:manage-interpreter-active",
            args=[session.pk, published["interpreter"].pk],
        ),
        reverse("matchmaking:manage-participant-cancel", args=[session.pk, cns[0].pk]),
        reverse("matchmaking:manage-walk-in", args=[session.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302, url
        assert client_for(representative).get(url).status_code == 403, url
