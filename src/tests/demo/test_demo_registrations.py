"""The demo's registrations: about 350 attendees of the 2016 Los Angeles summit, the
delegation's delegates among them, a few wait-listed and cancelled; the figures on the staff's
page equal the rows."""

from __future__ import annotations

import re

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tradebridge.accounts.models import User
from tradebridge.delegations.models import Delegate
from tradebridge.demo import delegations, registrations, services
from tradebridge.demo.events import EVENT
from tradebridge.demo.services import DEMO_PASSWORD, STAFF_EMAIL, demo_load
from tradebridge.events.models import Event
from tradebridge.events.services import event_create
from tradebridge.registrations.models import Registration

pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    # The directory, the accounts, the summit's event and its delegations: enough for the
    # registrations, and quick.
    with (
        pytest.MonkeyPatch.context() as patch,
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        patch.setattr(services, "EXTRA_LOADER_MODULES", [])
        demo_load()
        event_create(actor=User.objects.get(email=STAFF_EMAIL), data=EVENT)
        delegations.load()
        summary = registrations.load()
        yield summary
        transaction.set_rollback(True)


def _rows():
    return Registration.objects.filter(event__slug=registrations.EVENT_SLUG)


def test_the_load_reports_what_it_created(demo):
    rows = _rows()
    assert demo.startswith(
        f"{rows.filter(status='confirmed').count()} confirmed, "
        f"{rows.filter(status='waitlisted').count()} wait-listed and "
        f"{rows.filter(status='cancelled').count()} cancelled registrations "
        f"({Delegate.objects.count()} delegates)"
    )
    assert registrations.load() == "0 registrations"


def test_about_350_attendees_with_the_whole_delegation():
    rows = _rows()
    assert rows.filter(status="confirmed").count() == registrations.CAPACITY == 350
    assert 1 <= rows.filter(status="waitlisted").count() <= 10
    assert rows.filter(status="cancelled").count() == registrations.CANCELLING
    delegates = rows.filter(role="delegate").exclude(status="cancelled")
    assert delegates.count() == Delegate.objects.count() >= 120
    assert set(delegates.values_list("delegate_id", flat=True)) == set(
        Delegate.objects.values_list("pk", flat=True)
    )
    # Each delegate registered by a leader of their delegation (or of the national one).
    for registration in delegates.select_related("delegation__parent", "registered_by")[:20]:
        leaders = set(registration.delegation.leaders.all())
        if registration.delegation.parent:
            leaders |= set(registration.delegation.parent.leaders.all())
        assert registration.registered_by in leaders


def test_names_are_bilingual_distinct_and_codes_unique():
    rows = _rows()
    assert rows.filter(latin_name__regex=r"^[A-Z]+ [A-Z]+").count() >= 150
    assert rows.exclude(latin_name="").filter(full_name__regex=r"[\u4e00-\u9fff]").exists()
    assert rows.filter(full_name__regex=r"^[A-Z][a-z]+ [A-Z][a-z]+$").count() >= 100
    assert rows.values("check_in_code").distinct().count() == rows.count()
    live = rows.exclude(status="cancelled").exclude(email="")
    assert live.values("email").distinct().count() == live.count()


def test_the_waiting_list_was_served_in_order():
    rows = _rows()
    promoted = rows.filter(status="confirmed", waitlisted_at__isnull=False)
    waiting = rows.filter(status="waitlisted")
    assert promoted.count() == registrations.CANCELLING
    assert max(promoted.values_list("waitlisted_at", flat=True)) <= min(
        waiting.values_list("waitlisted_at", flat=True)
    )


def test_the_staff_page_shows_the_same_figures():
    client = Client()
    assert client.login(username=STAFF_EMAIL, password=DEMO_PASSWORD)
    event = Event.objects.get(slug=registrations.EVENT_SLUG)
    html = client.get(reverse("registrations:staff-list", args=[event.slug])).content.decode()
    for status in ("confirmed", "waitlisted", "cancelled"):
        shown = re.search(rf'data-testid="count-{status}">(\d+)<', html)
        assert shown and int(shown.group(1)) == _rows().filter(status=status).count()
