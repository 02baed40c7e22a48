"""A provincial leader on a phone, in Chinese: the delegation's pages fit 390 px (no sideways
scroll, every toolbar button on screen), and adding a delegate with a mistake keeps what was
typed, shows the error beside the field, then saves."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from tests.delegations.factories import DelegateFactory, DelegationFactory, LetterheadFactory
from tests.factories import UserFactory
from tradebridge.delegations.models import Delegate

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def province(transactional_db):
    leader = UserFactory(email="jiangsu.leader@example.cn", full_name="吕晓明", language="zh-hans")
    national = DelegationFactory(name_en="Chinese Provincial Trade and Economic Delegation")
    delegation = DelegationFactory(
        parent=national,
        event=national.event,
        name_en="Jiangsu Provincial Delegation",
        name_zh_hans="江苏省代表团",
        leaders=[leader],
    )
    LetterheadFactory(event=national.event)
    DelegateFactory.create_batch(3, delegation=delegation)
    return delegation


def _signed_in(browser: Browser, live_server, viewport, language: str):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("input[name=username]", "jiangsu.leader@example.cn")
    page.fill("input[name=password]", "password")
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    return context, page


@pytest.mark.parametrize("language", ["en", "zh-hans"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_delegation_pages_fit_the_screen(
    browser: Browser, live_server, province, language, viewport
):
    context, page = _signed_in(browser, live_server, viewport, language)
    pk = province.pk
    try:
        for path in (
            f"/delegations/{pk}/",
            f"/delegations/{pk}/delegates/new/",
            f"/delegations/{pk}/import/",
            f"/delegations/{pk}/letterhead/",
            f"/delegations/{pk}/edit/",
        ):
            page.goto(f"{live_server.url}/{language}{path}")
            assert page.locator("h1").count() == 1, path
            assert page.evaluate("document.documentElement.scrollWidth") == viewport["width"], path
            for box in page.locator(".transfer-toolbar a").evaluate_all(
                "links => links.map(a => a.getBoundingClientRect().left)"
            ):
                assert box >= 0, path
    finally:
        context.close()


def test_a_leader_adds_a_delegate_in_chinese_on_a_phone(browser: Browser, live_server, province):
    context, page = _signed_in(browser, live_server, PHONE, "zh-hans")
    try:
        page.goto(f"{live_server.url}/zh-hans/delegations/{province.pk}/delegates/new/")
        page.fill("#id_full_name", "曾志强")
        page.fill("#id_latin_name", "Zeng Zhi-qiang 2")
        page.fill("#id_hotel", "威斯汀酒店")
        page.locator("[data-testid=delegate-form] button[type=submit]").first.click()
        error = page.locator(".field.has-error:has(#id_latin_name) .error")
        expect(error).to_contain_text("不是护照拼写")
        expect(page.locator("#id_full_name")).to_have_value("曾志强")
        expect(page.locator("#id_hotel")).to_have_value("威斯汀酒店")
        page.fill("#id_latin_name", "zeng zhiqiang")
        page.locator("[data-testid=delegate-form] button[type=submit]").first.click()
        expect(page.locator("[data-testid=roster]")).to_contain_text("ZENG ZHIQIANG")
        assert Delegate.objects.get(full_name="曾志强").latin_name == "ZENG ZHIQIANG"
    finally:
        context.close()
