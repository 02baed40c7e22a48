"""The directory in a real browser, in both languages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories import OrganizationFactory


@pytest.fixture
def organizations(transactional_db):
    OrganizationFactory(
        name_en="Jingyang PV",
        name_zh_hans="江苏晶阳光伏科技",
        side="CN",
        region=None,
        description_en="",
        description_zh_hans="我们生产高效光伏组件。",
    )
    OrganizationFactory(
        name_en="Sunrise Water",
        name_zh_hans="",
        description_zh_hans="",
        description_en="Water treatment.",
    )


def test_visitor_searches_in_chinese_and_switches_language(page: Page, live_server, organizations):
    page.goto(f"{live_server.url}/zh-hans/directory/")
    expect(page.locator("h1")).to_have_text("机构名录")
    page.fill("input[name=q]", "光伏")
    page.press("input[name=q]", "Enter")
    expect(page.locator(".org h2 a")).to_have_count(1)
    expect(page.locator(".org h2 a")).to_have_text("江苏晶阳光伏科技")
    page.get_by_test_id("language-switch").click()
    expect(page).to_have_url(re.compile(r"/en/directory/"))
    expect(page.locator("h1")).to_have_text("Directory of organizations")


def test_on_a_phone_the_filters_fold_below_the_search_until_one_is_used(
    page: Page, live_server, organizations
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/en/directory/")
    expect(page.locator("input[name=q]")).to_be_visible()
    expect(page.locator("select[name=sector]")).to_be_hidden()
    # The first result is on the first screen, not below six filter lists.
    assert page.locator(".org").first.bounding_box()["y"] < 844
    page.get_by_text("More filters").click()
    page.select_option("select[name=side]", "CN")
    expect(page.locator(".org h2 a")).to_have_count(1)
    page.reload()
    expect(page.get_by_text("More filters (1)")).to_be_visible()
    expect(page.locator("select[name=sector]")).to_be_visible()


def test_on_a_wide_screen_the_filters_stay_open(page: Page, live_server, organizations):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/en/directory/")
    expect(page.locator("select[name=sector]")).to_be_visible()
