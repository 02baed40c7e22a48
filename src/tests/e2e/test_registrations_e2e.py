"""Registration in a real browser: a delegation's leader registers a delegate in Chinese on a
phone; an attendee registers in English, with an error first, and takes the last seat's place
on the waiting list."""

from __future__ import annotations

import datetime as dt
import re

from playwright.sync_api import Page, expect

from tests.factories import UserFactory
from tests.registrations.factories import DelegateFactory, DelegationFactory
from tradebridge.events import services as event_services
from tradebridge.registrations import services
from tradebridge.registrations.models import Registration

PASSWORD = "password"


def _event():
    staff = UserFactory(email="staff@example.org", is_staff=True)
    event = event_services.event_create(
        actor=staff,
        data=event_services.EventInput(
            title={"en": "California–China Business Summit", "zh_hans": "加州—中国商务峰会"},
            venue={"en": "Los Angeles", "zh_hans": "洛杉矶"},
            starts_on=dt.date(2016, 5, 11),
            ends_on=dt.date(2016, 5, 11),
            time_zone="America/Los_Angeles",
        ),
    )
    return staff, event


def _sign_in(page: Page, base: str, language: str, email: str) -> None:
    page.goto(f"{base}/{language}/accounts/login/")
    page.fill("input[name=username]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))


def test_a_leader_registers_a_delegate_in_chinese_on_a_phone(page: Page, live_server):
    _staff, event = _event()
    leader = UserFactory(email="leader@example.cn", full_name="周卫东", language="zh-hans")
    delegation = DelegationFactory(event=event, name_zh_hans="江苏省代表团")
    delegation.leaders.add(leader)
    DelegateFactory(delegation=delegation, full_name="单小明", latin_name="SHAN XIAOMING")
    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in(page, live_server.url, "zh-hans", leader.email)

    page.goto(f"{live_server.url}/zh-hans/events/{event.slug}/")
    page.get_by_role("link", name=re.compile("为江苏省代表团报名代表")).click()
    expect(page.locator("h1")).to_contain_text("为代表报名")
    page.get_by_label(re.compile("单小明")).check()
    page.get_by_label("这些代表已同意隐私声明。").check()
    page.get_by_role("button", name="为所选代表报名").click()

    expect(page.locator(".messages")).to_contain_text("已为 1 名代表报名")
    expect(page.get_by_test_id("count-registered")).to_have_text("1")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    registration = Registration.objects.get()
    assert (registration.latin_name, registration.role, registration.registered_by) == (
        "SHAN XIAOMING",
        "delegate",
        leader,
    )


def test_an_attendee_registers_in_english_and_waits_for_a_seat(page: Page, live_server):
    staff, event = _event()
    services.registration_settings_update(actor=staff, event=event, capacity=0, is_open=True)
    UserFactory(email="alice@example.org", full_name="Alice Smith")
    _sign_in(page, live_server.url, "en", "alice@example.org")

    page.goto(f"{live_server.url}/en/events/{event.slug}/")
    page.get_by_role("link", name="Join the waiting list").click()
    page.fill("input[name=latin_name]", "艾丽丝")
    page.get_by_label("English").check()
    page.get_by_role("button", name="Register").last.click()
    # The box was not ticked: the error stands beside it and what was typed stays.
    expect(page.locator(".has-error")).to_contain_text("Tick the box")
    expect(page.locator("input[name=latin_name]")).to_have_value("艾丽丝")

    page.fill("input[name=latin_name]", "SMITH ALICE")
    page.get_by_label(re.compile("I have read the privacy notice")).check()
    page.get_by_role("button", name="Register").last.click()

    expect(page).to_have_url(re.compile(r"/en/registration/events/.+/mine/$"))
    expect(page.get_by_test_id("status")).to_have_text("Wait-listed")
    expect(page.locator("body")).to_contain_text("You are number 1 on the waiting list.")
