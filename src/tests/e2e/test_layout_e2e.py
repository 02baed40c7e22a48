"""Layout in a real browser at a desktop and a phone width: a 500-character request message
does not squeeze the partner's name, a 200-character user name does not break the header."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Browser, expect

from tests.factories import OrganizationFactory, RepresentativeFactory, UserFactory
from tradebridge.events import services as event_services
from tradebridge.matchmaking import services
from tradebridge.matchmaking.models import Session

PASSWORD = "password"  # the factories' password
CN_NAME = "江苏晶阳光伏科技有限公司"
LONG_NAME = "王" + "磊" * 199  # 200 characters


@pytest.fixture
def requested(transactional_db, settings, tmp_path):
    settings.RECOMMENDING_TEXT = "off"
    settings.RECOMMENDING_STORE_DIR = tmp_path
    staff = UserFactory(is_staff=True, email="secretariat@example.org")
    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "Summit", "zh_hans": "峰会"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )
    session = services.session_create(
        actor=staff,
        event=event,
        data=services.SessionInput(
            title={"en": "Match-making", "zh_hans": "洽谈会"},
            date=dt.date(2016, 5, 11),
            start="14:00",
            end="15:00",
            slot_minutes=15,
            tables=3,
        ),
    )
    services.session_set_status(actor=staff, session=session, status=Session.Status.OPEN)
    cn_org = OrganizationFactory(side="CN", region=None, name_zh_hans=CN_NAME, name_en="")
    us_org = OrganizationFactory(side="US", name_en="Golden State Solar", name_zh_hans="")
    cn_user = RepresentativeFactory(
        organization=cn_org,
        user__email="wang@example.cn",
        user__language="zh-hans",
        user__full_name=LONG_NAME,
    ).user
    us_user = RepresentativeFactory(organization=us_org, user__email="emily@example.com").user
    cn = services.participant_add(actor=cn_user, session=session, organization=cn_org)
    us = services.participant_add(actor=us_user, session=session, organization=us_org)
    # The American side asks the Chinese side with a 500-character message, sent to the
    # Chinese side's list of received requests.
    services.request_create(
        actor=us_user,
        requester=us,
        recipient=cn,
        message=("希望洽谈光伏组件的分销合作。" * 40)[:500],
    )
    services.request_create(
        actor=cn_user,
        requester=cn,
        recipient=us,
        message=("我们希望在加州建立合作关系。" * 40)[:500],
    )
    return session


@pytest.mark.parametrize("width", [1280, 390])
def test_long_messages_and_names_keep_the_layout(browser: Browser, live_server, requested, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{live_server.url}/zh-hans/accounts/login/")
        page.fill("input[name=username]", "wang@example.cn")
        page.fill("input[name=password]", PASSWORD)
        page.locator("form:has(input[name=password]) button[type=submit]").click()
        expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
        page.goto(f"{live_server.url}/zh-hans/matchmaking/sessions/{requested.pk}/requests/")
        # Nothing wider than the window.
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # The partner's name keeps a column of its own: wider than a few characters.
        for testid in ("received-request", "sent-request"):
            name = page.get_by_test_id(testid).locator("td").first
            assert name.bounding_box()["width"] >= min(0.25 * width, 200), testid
        # The 200-character user name is cut to one line in the header.
        header = page.locator("header.topbar").bounding_box()
        assert header["height"] < 200
        # On a phone the name is in the folded menu: open it first.
        toggle = page.get_by_test_id("menu-toggle")
        if toggle.is_visible():
            toggle.click()
        user = page.locator(".usernav .username").bounding_box()
        # One line (it never wraps), at most 14rem wide.
        white_space = page.locator(".usernav .username").evaluate(
            "e => getComputedStyle(e).whiteSpace"
        )
        assert user["width"] <= 14 * 16 + 1 and white_space == "nowrap"
    finally:
        context.close()
