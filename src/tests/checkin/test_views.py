"""The desk, attendance and badge pages: staff only, answers shown at once, figures equal to
independent counts."""

from __future__ import annotations

import io
import re

import pytest
from django.urls import reverse
from django.utils import translation
from pdfminer.high_level import extract_text

from tradebridge.checkin.models import BadgePrint, CheckIn
from tradebridge.checkin.printing import badge_print_execute, badge_print_fail
from tradebridge.registrations.models import Registration

from .factories import AgendaItemFactory, ItemRegistrationFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def desk_url(event):
    return reverse("checkin:desk", args=[event.slug])


def scan(client, event, code, *, nonce="n-1", desk="Desk 2", item=""):
    return client.post(desk_url(event), {"code": code, "desk": desk, "nonce": nonce, "item": item})


@pytest.mark.parametrize("name", ["checkin:desk", "checkin:attendance", "checkin:attendance-live"])
def test_pages_are_staff_only(client, owner_client, outsider_client, staff_client, event, name):
    url = reverse(name, args=[event.slug])
    assert client.get(url).status_code == 302  # to sign in
    assert owner_client.get(url).status_code == 403
    assert outsider_client.get(url).status_code == 403
    assert staff_client.get(url).status_code == 200


def test_desk_scan_welcomes_and_shows_it_big(staff_client, event, attendee):
    response = scan(staff_client, event, attendee.check_in_code)

    page = response.content.decode()
    assert response.status_code == 200
    assert 'class="outcome outcome-ok"' in page
    assert "Welcome, 曾国藩!" in page
    assert CheckIn.objects.get().desk == "Desk 2"
    # Ready for the next badge: the same desk, a new nonce, an empty code.
    assert 'value="Desk 2"' in page
    assert 'name="nonce" value="n-1"' not in page


def test_desk_second_scan_is_already_checked_in(staff_client, event, attendee):
    scan(staff_client, event, attendee.check_in_code, nonce="a")
    page = scan(staff_client, event, attendee.check_in_code, nonce="b").content.decode()

    assert 'class="outcome outcome-warn"' in page
    assert "already checked in at" in page
    assert "by Desk 2" in page
    assert CheckIn.objects.count() == 1


def test_desk_reloaded_scan_records_nothing_twice(staff_client, event, attendee):
    scan(staff_client, event, attendee.check_in_code, nonce="same")
    page = scan(staff_client, event, attendee.check_in_code, nonce="same").content.decode()

    assert "This scan had already been recorded." in page
    assert CheckIn.objects.count() == 1


def test_desk_unknown_code_is_refused_in_red(staff_client, event):
    page = scan(staff_client, event, "Q" * 32).content.decode()

    assert 'class="outcome outcome-stop"' in page
    assert "Not registered" in page


def test_desk_answers_in_chinese(staff_client, event, attendee):
    with translation.override("zh-hans"):
        url = desk_url(event)
    response = staff_client.post(url, {"code": attendee.check_in_code, "nonce": "zh", "desk": ""})
    assert "欢迎，曾国藩！" in response.content.decode()


def test_desk_allows_the_camera_only_there(staff_client, event):
    desk = staff_client.get(desk_url(event))
    other = staff_client.get(reverse("checkin:attendance", args=[event.slug]))

    assert "camera=(self)" in desk["Permissions-Policy"]
    assert "camera=()" in other["Permissions-Policy"]


@pytest.mark.parametrize("query", ["曾国", "zeng guofan", "Zēng", "guofanzeng", "ZENGGUOFAN"])
def test_desk_search_finds_by_chinese_or_pinyin(staff_client, event, attendee, query):
    RegistrationFactory(event=event, full_name="Emily Johnson")

    page = staff_client.get(desk_url(event), {"q": query}).content.decode()

    assert "曾国藩" in page
    assert "Emily Johnson" not in page


def test_desk_search_finds_by_english_name_and_checks_in(staff_client, event, attendee):
    emily = RegistrationFactory(event=event, full_name="Emily Johnson")

    page = staff_client.get(desk_url(event), {"q": "johnson"}).content.decode()
    assert "Emily Johnson" in page
    nonce = re.search(
        r'name="code" value="'
        + re.escape(emily.check_in_code)
        + r'">.*?name="nonce" value="([0-9a-f]+)"',
        page,
        re.S,
    )
    assert nonce

    response = scan(staff_client, event, emily.check_in_code, nonce=nonce.group(1), desk="")
    assert "Welcome, Emily Johnson!" in response.content.decode()


def test_desk_search_does_not_list_other_events(staff_client, event, other_event):
    RegistrationFactory(event=other_event, full_name="曾国藩")

    page = staff_client.get(desk_url(event), {"q": "曾国藩"}).content.decode()

    assert "Nobody of this event has this name." in page


def test_attendance_figures_equal_independent_counts(staff, staff_client, event):
    item = AgendaItemFactory(event=event, title="Opening remarks")
    breakout = AgendaItemFactory(event=event, title="Breakout", capacity=10)
    people = RegistrationFactory.create_batch(6, event=event)
    RegistrationFactory(event=event, status=Registration.Status.CANCELLED)
    RegistrationFactory(event=event, status=Registration.Status.WAITLISTED)
    for person in people[:3]:
        ItemRegistrationFactory(registration=person, agenda_item=breakout)
    for person in people[:4]:
        CheckIn.objects.create(registration=person, by=staff)
    for person in people[:2]:
        CheckIn.objects.create(registration=person, agenda_item=item, by=staff)
        CheckIn.objects.create(registration=person, agenda_item=breakout, by=staff)

    page = staff_client.get(reverse("checkin:attendance-live", args=[event.slug])).content.decode()
    rows = re.findall(
        r'<th scope="row">(.*?)</th><td class="num" data-figure="registered">(\d+)</td>'
        r'<td class="num" data-figure="checked-in">(\d+)</td>'
        r'<td class="num" data-figure="no-shows">(\d+)</td>',
        page,
    )

    confirmed = Registration.objects.filter(event=event, status="confirmed").count()
    arrived = CheckIn.objects.filter(agenda_item=None, registration__event=event).count()
    at_item = CheckIn.objects.filter(agenda_item=item).count()
    seats = breakout.registrations.filter(status="confirmed").count()
    at_breakout = CheckIn.objects.filter(agenda_item=breakout).count()
    assert rows == [
        ("Whole event", str(confirmed), str(arrived), str(confirmed - arrived)),
        ("Opening remarks", str(confirmed), str(at_item), str(confirmed - at_item)),
        ("Breakout", str(seats), str(at_breakout), str(seats - at_breakout)),
    ]
    assert (confirmed, arrived, seats) == (6, 4, 3)


def test_badges_are_rendered_in_the_background_then_downloaded(staff_client, event, attendee):
    RegistrationFactory(event=event, full_name="Emily Johnson")
    RegistrationFactory(event=event, full_name="Cancelled Person", status="cancelled")

    # The test settings run tasks at once: the batch is done when the page comes back.
    page = staff_client.post(
        reverse("checkin:badges", args=[event.slug]), {"layout": "a4x4"}, follow=True
    )
    batch = BadgePrint.objects.get()
    assert (batch.status, batch.total, batch.done) == ("done", 2, 2)
    assert reverse("checkin:print-pdf", args=[batch.pk]) in page.content.decode()
    assert "2 of 2 badges." in page.content.decode()

    response = staff_client.get(reverse("checkin:print-pdf", args=[batch.pk]))

    assert response["Content-Type"] == "application/pdf"
    assert f"badges-{event.slug}-a4x4.pdf" in response["Content-Disposition"]
    text = extract_text(io.BytesIO(response.content))
    assert "曾国藩" in text and "Zeng Guofan" in text and "Emily Johnson" in text
    assert "Cancelled Person" not in text


def test_badges_are_staff_only(client, owner_client, staff, event):
    url = reverse("checkin:badges", args=[event.slug])
    assert client.post(url, {"layout": "a6"}).status_code == 302
    assert owner_client.post(url, {"layout": "a6"}).status_code == 403
    batch = BadgePrint.objects.create(event=event, layout="a6", language="en", requested_by=staff)
    for name in ("checkin:print", "checkin:print-progress"):
        assert owner_client.get(reverse(name, args=[batch.pk])).status_code == 403
    assert not BadgePrint.objects.exclude(pk=batch.pk).exists()


def test_badge_batch_of_a_dead_worker_fails_and_says_so(staff, staff_client, event):
    batch = BadgePrint.objects.create(
        event=event, layout="a6", language="en", requested_by=staff, status="running"
    )
    badge_print_fail(batch.pk)

    page = staff_client.get(reverse("checkin:print", args=[batch.pk])).content.decode()

    assert "could not be rendered" in page
    assert staff_client.get(reverse("checkin:print-pdf", args=[batch.pk])).status_code == 404


def test_badge_batch_is_taken_by_one_worker_only(staff, event, attendee):
    batch = BadgePrint.objects.create(event=event, layout="a6", language="en", requested_by=staff)
    assert badge_print_execute(batch.pk) == "done"
    assert badge_print_execute(batch.pk) == "done"  # a second delivery renders nothing again
    assert BadgePrint.objects.get().done == 1


def test_event_page_links_staff_to_the_desk(staff_client, owner_client, event):
    desk = desk_url(event)
    assert desk in staff_client.get(event.get_absolute_url()).content.decode()
    assert desk not in owner_client.get(event.get_absolute_url()).content.decode()


def test_desk_page_query_count_does_not_grow_with_results(
    staff_client, event, django_assert_max_num_queries
):
    RegistrationFactory.create_batch(15, event=event, full_name="王磊")
    with django_assert_max_num_queries(20):
        staff_client.get(desk_url(event), {"q": "wang"})
