"""Match-making's notifications speak one language: the reader's, with the session's title in
it, in the inbox and in the e-mail."""

from __future__ import annotations

import pytest
from django.core import mail

from tradebridge.matchmaking import scheduling, services
from tradebridge.notifications.models import Notification

from .conftest import make_participant


@pytest.fixture
def pair(staff, session):
    cn, u_cn = make_participant(session, side="CN")
    us, u_us = make_participant(session, side="US")
    u_cn.language, u_us.language = "zh-hans", "en"
    u_cn.save()
    u_us.save()
    services.meeting_add(actor=staff, session=session, first=cn, second=us, priority=2)
    return (cn, u_cn), (us, u_us)


def _publish(staff, session, **kwargs):
    run = scheduling.run_start(actor=staff, session=session, time_limit=10, **kwargs)
    run.refresh_from_db()
    return scheduling.run_publish(actor=staff, run=run)


def _has_latin_words(text: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in text)


def test_publication_tells_each_reader_in_their_own_language(staff, session, pair):
    (_cn, u_cn), (_us, u_us) = pair
    _publish(staff, session)
    zh = Notification.objects.get(user=u_cn)
    en = Notification.objects.get(user=u_us)
    assert zh.subject == "您的洽谈会日程"
    assert zh.body == "“企业对接洽谈”的日程已发布：您的会谈、桌号和时间请见您的日程。"
    assert en.subject == "Your match-making agenda"
    assert en.body == (
        "The schedule of Match-making is published: your meetings, tables and times are on "
        "your agenda."
    )
    by_address = {m.to[0]: m for m in mail.outbox}
    chinese_mail = by_address[u_cn.email]
    assert chinese_mail.subject == zh.subject and chinese_mail.body.startswith(zh.body)
    # Apart from the link, the Chinese reader's e-mail holds no English word.
    assert not _has_latin_words(chinese_mail.body.split("http")[0])
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in by_address[u_us.email].body)


def test_a_changed_agenda_is_told_in_the_readers_language(staff, session, pair):
    (_cn, u_cn), (us, u_us) = pair
    _publish(staff, session)
    Notification.objects.all().delete()
    services.participant_cancel(actor=staff, participant=us)
    _publish(staff, session, reschedule=True)
    zh = Notification.objects.get(user=u_cn)
    assert zh.subject == "您的洽谈会日程有变动"
    assert zh.body.startswith("“企业对接洽谈”的日程有变动")
    en = Notification.objects.get(user=u_us)
    assert en.subject == "Your match-making agenda has changed"
    assert en.body.startswith("The schedule of Match-making has changed")


def test_a_session_titled_in_one_language_is_named_in_it(staff, session, pair):
    (_cn, u_cn), _us = pair
    session.title_zh_hans = ""
    session.save()
    _publish(staff, session)
    assert Notification.objects.get(user=u_cn).body.startswith("“Match-making”的日程已发布")
