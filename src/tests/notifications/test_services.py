"""notify(): one inbox entry and one e-mail per person, in that person's language, with a link
in that language; inactive users and duplicates are skipped; marking read."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import override_settings

from tests.factories import UserFactory
from tradebridge.events.models import Event
from tradebridge.notifications.models import Notification
from tradebridge.notifications.selectors import notifications_of
from tradebridge.notifications.services import notifications_mark_read, notify

# A small bilingual notification, from strings the interface catalogue translates.
TEMPLATE = "tests/notification"


@pytest.fixture
def templates(tmp_path, settings):
    folder = tmp_path / "tests"
    folder.mkdir()
    (folder / "notification.subject.txt").write_text(
        '{% load i18n %}{% translate "Events" %}: {{ name }}\n'
    )
    (folder / "notification.body.txt").write_text(
        '{% load i18n %}{% translate "Dates" %} — {{ name }}'
    )
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], str(tmp_path)]}
    ]


@pytest.fixture
def event(db):
    return Event.objects.create(
        slug="summit",
        title="Summit",
        starts_on="2016-05-11",
        ends_on="2016-05-11",
        time_zone="America/Los_Angeles",
    )


@override_settings(SITE_URL="https://tradebridge.example")
def test_each_person_is_told_in_their_own_language(templates, event):
    english = UserFactory(language="en")
    chinese = UserFactory(language="zh-hans")
    sent = notify(
        users=[english, chinese, english],
        template=TEMPLATE,
        context={"name": "R&D <Summit>"},
        link=("events:detail", {"slug": event.slug}),
        about=event,
        time_zone=event.time_zone,
    )
    assert len(sent) == 2 and Notification.objects.count() == 2
    en = Notification.objects.get(user=english)
    zh = Notification.objects.get(user=chinese)
    assert (en.subject, en.body, en.link) == (
        "Events: R&D <Summit>",
        "Dates — R&D <Summit>",
        "/en/events/summit/",
    )
    assert (zh.subject, zh.body, zh.link) == (
        "活动: R&D <Summit>",
        "日期 — R&D <Summit>",
        "/zh-hans/events/summit/",
    )
    assert en.about == event and en.time_zone == "America/Los_Angeles"
    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {english.email, chinese.email}
    assert by_address[chinese.email].subject == zh.subject
    assert "https://tradebridge.example/zh-hans/events/summit/" in by_address[chinese.email].body


def test_inactive_people_are_not_told(templates, event):
    gone = UserFactory(is_active=False)
    assert notify(users=[gone], template=TEMPLATE, context={"name": "x"}) == []
    assert Notification.objects.count() == 0 and mail.outbox == []


def test_a_notification_without_link_or_subject_object(templates, db):
    user = UserFactory()
    (n,) = notify(users=[user], template=TEMPLATE, context={"name": "x"})
    assert (n.link, n.about, n.time_zone) == ("", None, "UTC")
    assert mail.outbox[0].body.strip() == n.body


def test_marking_read_touches_only_ones_own(templates, db):
    me, other = UserFactory(), UserFactory()
    notify(users=[me, other], template=TEMPLATE, context={"name": "x"})
    assert notifications_mark_read(actor=me) == 1
    assert notifications_mark_read(actor=me) == 0
    assert [n.read_at is None for n in notifications_of(other)] == [True]
