"""What a representative reads after sending a request to a company whose name ends in a
period ("Co., Ltd."): one period, not two; a long message wraps in its own column."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import client_for
from tradebridge.matchmaking import services

from ..conftest import make_participant


@pytest.fixture(autouse=True)
def _no_text_model(settings, tmp_path):
    settings.RECOMMENDING_TEXT = "off"
    settings.RECOMMENDING_STORE_DIR = tmp_path


def test_a_name_ending_in_a_period_ends_the_sentence_once(session):
    _cn, u_cn = make_participant(session, side="CN")
    us, _u_us = make_participant(session, side="US", name="Golden State Solar Co., Ltd.")
    mine = session.participants.get(organization__representatives__user=u_cn)
    response = client_for(u_cn).post(
        reverse("matchmaking:request_new", args=[session.pk, us.pk]),
        {"priority": "2", "message": ""},
        follow=True,
    )
    assert mine.sent.count() == 1
    html = response.content.decode()
    assert "Your request has been sent to Golden State Solar Co., Ltd.<" in html
    assert "Ltd.." not in html


def test_a_long_message_is_shortened_with_the_whole_text_on_demand(session, staff):
    cn, u_cn = make_participant(session, side="CN")
    us, _u_us = make_participant(session, side="US")
    message = "希望洽谈光伏组件在加州的分销合作。" * 30  # 510 characters, no space to break at
    services.request_create(actor=staff, requester=us, recipient=cn, message=message[:500])
    html = client_for(u_cn).get(reverse("matchmaking:requests", args=[session.pk])).content
    html = html.decode()
    assert 'class="data requests"' in html and "<colgroup>" in html
    assert f"<p>{message[:500]}</p>" in html  # the whole message, behind "Read all"
    assert "<summary>" + message[:119] + "…" in html
