"""The event pages render the sections that apps above events register: match-making adds
its sessions to the event page and their number to the list."""

from __future__ import annotations

from django.urls import reverse

from tradebridge.events.sections import EventSection, register_section, sections


def test_match_making_registers_its_section():
    # Registrations and check-in register theirs too.
    assert {"matchmaking", "registrations", "checkin"} <= {s.name for s in sections()}


def test_sections_render_in_order(monkeypatch, client, db):
    from tradebridge.events import sections as registry

    monkeypatch.setattr(registry, "_SECTIONS", dict(registry._SECTIONS))
    register_section(
        EventSection(
            name="aa-programme",
            template="events/_dates.html",
            context=lambda request, event: {},
            order=10,
        )
    )
    shown = sections()
    assert shown[0].name == "aa-programme"
    assert [(s.order, s.name) for s in shown] == sorted((s.order, s.name) for s in shown)


def test_an_event_page_shows_the_sessions_section(client, session):
    page = client.get(reverse("events:detail", args=[session.event.slug])).content.decode()
    assert (
        "Match-making sessions" in page
        and reverse("matchmaking:session", args=[session.pk]) in page
    )
    listing = client.get(reverse("events:list")).content.decode()
    assert "1 match-making session" in listing
