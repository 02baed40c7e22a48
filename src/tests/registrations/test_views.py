"""The registration pages: the public form (errors beside the fields, what was typed kept),
the person's own page, staff's list and form, the leader's page, the event page's section.
Every figure a page shows is compared with an independent count of the same rows."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.accounts.models import Consent
from tradebridge.registrations import services
from tradebridge.registrations.models import Registration, Status

from .conftest import VERSION, capacity, person, register
from .factories import AgendaItemFactory, DelegateFactory

pytestmark = pytest.mark.django_db


def figure(html: str, testid: str) -> int:
    match = re.search(rf'data-testid="{testid}">(\d+)<', html)
    assert match, testid
    return int(match.group(1))


def form_answers(**overrides):
    answers = {
        "full_name": "王磊",
        "latin_name": "wang lei",
        "organization_name": "Jiangsu Trade Co.",
        "title": "Manager",
        "role": "attendee",
        "languages": ["zh", "en"],
        "diet": "halal",
        "dietary_needs": "no peanuts",
        "accessibility_needs": "",
        "consent": "on",
        "consent_version": VERSION,
    }
    answers.update(overrides)
    return answers


# --- the public form ------------------------------------------------------------------------


def test_a_visitor_is_asked_to_sign_in(client, event):
    response = client.get(reverse("registrations:register", args=[event.slug]))
    assert response.status_code == 200
    assert reverse("accounts:login") in response.content.decode()
    assert b'name="full_name"' not in response.content


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_registering_through_the_form(event, zh_attendee, language):
    client = client_for(zh_attendee)
    url = f"/{language}/registration/events/{event.slug}/"
    response = client.post(url, form_answers())
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/registration/events/{event.slug}/mine/"
    registration = Registration.objects.get()
    assert registration.user == zh_attendee
    assert registration.email == zh_attendee.email
    assert registration.latin_name == "WANG LEI"
    assert registration.languages == ["zh", "en"]
    assert registration.consent_version == VERSION
    assert Consent.objects.filter(user=zh_attendee, version=VERSION).exists()


def test_errors_stand_beside_their_fields_and_the_answers_stay(event, attendee):
    client = client_for(attendee)
    response = client.post(
        reverse("registrations:register", args=[event.slug]),
        form_answers(full_name="Alice Smith", latin_name="艾丽丝", consent=""),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert not Registration.objects.exists()
    # The consent error beside the consent box, the passport error (from the service) only
    # once the form's own checks pass.
    consent_field = html[html.index('name="consent"') :]
    assert "Tick the box to agree to the privacy notice." in consent_field[:1500]
    assert 'value="Alice Smith"' in html
    assert 'value="艾丽丝"' in html
    assert "no peanuts" in html

    response = client.post(
        reverse("registrations:register", args=[event.slug]),
        form_answers(full_name="Alice Smith", latin_name="艾丽丝"),
    )
    html = response.content.decode()
    latin_field = html[html.index('name="latin_name"') :]
    assert "Write the name as in the passport" in latin_field[:800]


def test_the_form_in_chinese(event, zh_attendee):
    response = client_for(zh_attendee).post(
        f"/zh-hans/registration/events/{event.slug}/", form_answers(consent="")
    )
    html = response.content.decode()
    assert "加州—中国商务峰会" in html
    assert "勾选" in html  # "Tick the box…" in Chinese


def test_an_unconfirmed_account_is_told_to_confirm_first(event):
    unconfirmed = person("new@example.org")
    unconfirmed.email_verified = False
    unconfirmed.save()
    response = client_for(unconfirmed).post(
        reverse("registrations:register", args=[event.slug]), form_answers()
    )
    assert response.status_code == 200
    assert not Registration.objects.exists()
    assert "Confirm your e-mail address first" in response.content.decode()


# --- my registration --------------------------------------------------------------------------


def test_my_page_shows_my_place_on_the_waiting_list(event, staff, attendee):
    capacity(staff, event, 1)
    register(person("first@example.org"), event)
    register(person("second@example.org"), event)
    register(attendee, event)
    html = client_for(attendee).get(reverse("registrations:mine", args=[event.slug])).content
    assert "You are number 2 on the waiting list." in html.decode()


def test_cancelling_from_my_page_promotes_the_next(event, staff, attendee):
    capacity(staff, event, 1)
    mine = register(attendee, event)
    waiting = register(person("next@example.org"), event)
    response = client_for(attendee).post(reverse("registrations:cancel", args=[event.slug]))
    assert response.status_code == 302
    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert (mine.status, waiting.status) == (Status.CANCELLED, Status.CONFIRMED)


def test_taking_a_seat_in_an_item_from_my_page(event, attendee):
    item = AgendaItemFactory(event=event, capacity=10)
    register(attendee, event)
    client = client_for(attendee)
    client.post(reverse("registrations:item-register", args=[event.slug, item.pk]))
    html = client.get(reverse("registrations:mine", args=[event.slug])).content.decode()
    assert "1 / 10" in html
    assert item.registrations.filter(status=Status.CONFIRMED).count() == 1


def test_someone_elses_item_seat_cannot_be_cancelled(event, attendee, zh_attendee):
    item = AgendaItemFactory(event=event)
    registration = register(attendee, event)
    seat = services.item_register(actor=attendee, registration=registration, item=item)
    register(zh_attendee, event)
    response = client_for(zh_attendee).post(
        reverse("registrations:item-cancel", args=[event.slug, seat.pk])
    )
    assert response.status_code == 404
    seat.refresh_from_db()
    assert seat.status == Status.CONFIRMED


# --- staff ------------------------------------------------------------------------------------


def test_the_staff_list_is_for_staff_only(client, event, staff, attendee, leader):
    url = reverse("registrations:staff-list", args=[event.slug])
    assert client_for(staff).get(url).status_code == 200
    assert client_for(attendee).get(url).status_code == 403
    assert client_for(leader).get(url).status_code == 403
    assert client.get(url).status_code == 302


def test_the_staff_lists_figures_equal_the_rows(event, staff):
    capacity(staff, event, 60)
    people = [person(f"p{i}@example.org") for i in range(65)]
    regs = [register(p, event) for p in people]
    for p, r in zip(people[:3], regs[:3], strict=True):
        services.registration_cancel(actor=p, registration=r)

    html = (
        client_for(staff)
        .get(reverse("registrations:staff-list", args=[event.slug]))
        .content.decode()
    )

    rows = Registration.objects.filter(event=event)
    assert figure(html, "count-confirmed") == rows.filter(status="confirmed").count() == 60
    assert figure(html, "count-waitlisted") == rows.filter(status="waitlisted").count() == 2
    assert figure(html, "count-cancelled") == rows.filter(status="cancelled").count() == 3
    assert figure(html, "count-seats-left") == 0
    assert f"{rows.count()} registrations match." in html
    # 50 to a page.
    assert html.count('data-testid="row"') == 50


def test_the_staff_list_filters(event, staff, attendee, zh_attendee):
    register(attendee, event)
    register(zh_attendee, event, organization_name="Jiangsu Trade Co.")
    client = client_for(staff)
    url = reverse("registrations:staff-list", args=[event.slug])
    html = client.get(url, {"q": "jiangsu"}).content.decode()
    assert "1 registration matches." in html
    assert "王磊" in html and "Alice Smith" not in html
    html = client.get(url, {"status": "cancelled"}).content.decode()
    assert "0 registrations match." in html


def test_staff_register_someone_and_change_the_capacity(event, staff):
    client = client_for(staff)
    response = client.post(
        reverse("registrations:staff-create", args=[event.slug]),
        form_answers(email="consul@example.cn", role="guest", full_name="张领事"),
    )
    assert response.status_code == 302
    guest = Registration.objects.get()
    assert (guest.role, guest.registered_by) == ("guest", staff)

    client.post(
        reverse("registrations:settings", args=[event.slug]), {"capacity": "1", "is_open": "on"}
    )
    late = register(person("late@example.org"), event)
    assert late.status == Status.WAITLISTED

    client.post(reverse("registrations:staff-cancel", args=[guest.pk]))
    late.refresh_from_db()
    assert late.status == Status.CONFIRMED


def test_staff_form_errors_keep_the_answers(event, staff):
    response = client_for(staff).post(
        reverse("registrations:staff-create", args=[event.slug]),
        form_answers(email="not-an-address", full_name="张领事"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid email address." in html
    assert 'value="张领事"' in html


# --- the delegation's leader ----------------------------------------------------------------


def test_the_leader_registers_delegates_from_the_page(event, leader, delegation, delegates):
    url = reverse("registrations:leader", args=[delegation.pk])
    client = client_for(leader)
    response = client.post(
        url,
        {
            "delegates": [d.pk for d in delegates[:2]],
            "consent": "on",
            "consent_version": VERSION,
        },
    )
    assert response.status_code == 302
    html = client.get(url).content.decode()
    registered = Registration.objects.filter(delegation=delegation).exclude(status="cancelled")
    assert figure(html, "count-delegates") == len(delegates) == 3
    assert figure(html, "count-registered") == registered.count() == 2
    assert figure(html, "count-confirmed") == registered.filter(status="confirmed").count()


def test_the_leader_page_is_not_for_outsiders(event, staff, attendee, leader, delegation):
    url = reverse("registrations:leader", args=[delegation.pk])
    assert client_for(attendee).get(url).status_code == 404
    assert client_for(staff).get(url).status_code == 200
    assert client_for(leader).get(url).status_code == 200


def test_the_leaders_page_lists_provincial_delegates(event, leader, delegation):
    from .factories import DelegationFactory

    province = DelegationFactory(event=event, parent=delegation, name_en="Jiangsu delegation")
    DelegateFactory(delegation=province, full_name="单小明", latin_name="SHAN XIAOMING")
    html = client_for(leader).get(reverse("registrations:leader", args=[delegation.pk]))
    assert "SHAN XIAOMING" in html.content.decode()


# --- the event page -----------------------------------------------------------------------------


def test_the_event_section_and_list_line_count_the_confirmed(client, event, staff):
    capacity(staff, event, 2)
    for i in range(3):
        register(person(f"e{i}@example.org"), event)
    html = client.get(event.get_absolute_url()).content.decode()
    confirmed = Registration.objects.filter(event=event, status="confirmed").count()
    assert figure(html, "count-confirmed") == confirmed == 2
    assert figure(html, "count-waitlisted") == 1
    assert reverse("registrations:register", args=[event.slug]) in html
    listing = client.get(reverse("events:list")).content.decode()
    assert f"· {confirmed} registered" in listing


def test_the_event_section_links_the_leader_to_the_delegates_page(event, leader, delegation):
    html = client_for(leader).get(event.get_absolute_url()).content.decode()
    assert reverse("registrations:leader", args=[delegation.pk]) in html
