"""The demo summit's programme: remarks, five provincial briefings, three breakout topics with
the four companies, the linked match-making session, a reception, rooms and co-hosts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from tradebridge.demo.events import EVENT_SLUG
from tradebridge.demo.services import demo_load
from tradebridge.events.models import AgendaItem, AgendaItemSpeaker, Event
from tradebridge.matchmaking.models import Session

# One load for the whole module, rolled back at its end (as in test_demo_events.py).
pytestmark = [pytest.mark.xdist_group("demo"), pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        summary = demo_load()
        yield summary
        transaction.set_rollback(True)


@pytest.fixture
def event() -> Event:
    return Event.objects.get(slug=EVENT_SLUG)


def test_summary_counts_the_programme(demo, event):
    assert f"{event.agenda_items.count()} programme items" in demo


def test_programme_has_remarks_five_briefings_three_breakouts_matchmaking_and_a_reception(event):
    kinds = list(event.agenda_items.order_by("starts_at").values_list("kind", flat=True))
    assert kinds == ["plenary"] + ["briefing"] * 5 + ["breakout"] * 3 + ["matchmaking", "reception"]
    briefings = event.agenda_items.filter(kind=AgendaItem.Kind.BRIEFING).order_by("starts_at")
    assert [b.title_zh_hans for b in briefings] == [
        "河北推介会",
        "内蒙古推介会",
        "江苏推介会",
        "上海推介会",
        "广东推介会",
    ]
    topics = event.agenda_items.filter(kind=AgendaItem.Kind.BREAKOUT).order_by("starts_at")
    assert [t.topic_en for t in topics] == [
        "FDI in California",
        "Cross-border business",
        "The new normal of Sino-US trade",
    ]


def test_breakout_panellists_are_the_four_companies_with_a_moderator(event):
    parts = AgendaItemSpeaker.objects.filter(item__event=event, item__kind=AgendaItem.Kind.BREAKOUT)
    companies = set(
        parts.filter(role=AgendaItemSpeaker.Role.PANELLIST).values_list(
            "speaker__organization__slug", flat=True
        )
    )
    assert companies == {
        "netease-kaola",
        "bluefocus-international",
        "milken-institute",
        "orb-media-group",
    }
    assert parts.filter(role=AgendaItemSpeaker.Role.MODERATOR).count() == 3


def test_matchmaking_item_holds_the_demo_session_at_its_hours(event):
    session = Session.objects.get(event=event)
    item = session.programme_item
    assert item is not None and item.kind == AgendaItem.Kind.MATCHMAKING
    assert (item.starts_at, item.ends_at) == (session.starts_at, session.ends_at)


def test_co_hosts_are_the_governors_office_and_the_chamber(event):
    assert list(
        event.cohosts.order_by("position").values_list("organization__slug", flat=True)
    ) == [
        "go-biz",
        "la-area-chamber",
    ]


def test_reception_ends_on_the_day_in_los_angeles_though_utc_is_the_next(event):
    reception = event.agenda_items.get(kind=AgendaItem.Kind.RECEPTION)
    assert reception.ends_at.astimezone(event.zone).date() == dt.date(2016, 5, 11)
    assert reception.ends_at.astimezone(dt.UTC).date() == dt.date(2016, 5, 12)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_public_programme_page_shows_every_item(event, language):
    url = reverse("events:programme", args=[event.slug])
    html = Client().get(f"/{language}{url[3:]}").content.decode()
    assert html.count('data-testid="programme-item"') == event.agenda_items.count()
